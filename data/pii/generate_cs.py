# ruff: noqa: E501
"""Generate held-out CS for personal-data detection (issue 15): names as the population has them,
a seventy-sixth writer.

    python data/pii/generate_cs.py          # writes data/pii/generated-heldout-cs.jsonl
    python data/pii/generate_cs.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cs.py --check  # checks the written file, prints counts only

CS's names are drawn by how often people really carry them: every name word comes from
`names_cs.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is weddings, funerals, christenings and family celebrations (`templates_cs.py`):
guest lists, seating plans and RSVPs, officiants', caterers' and musicians' bookings, venue hire,
florists' orders, banns and marriage forms, christening registrations, death notices, obituaries
and memorial notices, funeral directors' orders, estate inventories, grave rights, thank-you cards,
gift lists and wishing wells, milestone birthdays and anniversaries; with addresses in every common
form and phone numbers as people write them. Written by a helper who does not tune the detector, who
read only `generate_aw.py` (for the mechanics), two sections of `docs/privacy.md` ("Held-out AW",
"Held-out CL") and the first line of `generated-heldout-u.jsonl`; neither the detector's rules,
lexicons and tagger nor any error listing nor any other set's names and templates. CS was never run
through the detector by its writer, and its names were not checked against rung's lexicons. Stdlib
only; one seeded Random: same seed, same bytes.
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

from names_cs import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cs import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270153
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cs.jsonl"
SPLIT = "heldout-cs"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kyrkogatan", "Prästgatan", "Trädgårdsgatan", "Västra Hamngatan",
    "Södra Förstadsgatan", "Linnégatan", "Fabriksgatan", "Tegelbruksgatan", "Nygatan", "Bangårdsgatan",
    "Vallgatan", "Östra Kyrkogatan", "Klostergatan", "Rådhusgatan", "Slottsgatan", "Skeppargatan",
    "Björkvägen", "Tallvägen", "Lönnvägen", "Syrénvägen", "Hagvägen", "Kyrkvägen", "Parkvägen",
    "Ängsvägen", "Solvägen", "Smedjevägen", "Klövervägen", "Bokvägen", "Bergsvägen",
    "Hästhagsvägen", "Gamla Kyrkvägen", "Prästvägen", "Mjölnarvägen", "Vitsippsvägen", "Kastanjevägen",
    "Lärkvägen", "Murgrönsvägen", "Häggvägen", "Blåklintsvägen", "Rosenvägen",
    "Kornsvängen", "Videsvängen", "Rönnbärssvängen", "Lingonsvängen",
    "Lindallé", "Kastanjeallén", "Parkallén", "Almallén", "Hagaallén",
    "Kyrkbacken", "Klockarbacken", "Slottsbacken", "Rosendals backe", "Tingsbacken",
    "Syrenstigen", "Myrstigen", "Smultronstigen", "Ljungstigen", "Kyrkstigen",
    "Stora torget", "Kyrktorget", "Fisktorget", "Nytorget", "Hötorget",
    "Brunnsplan", "Kyrkplan", "Torgplan", "Stationsplan",
    "Klockargränd", "Bagargränd", "Kyrkogårdsgränd", "Skomakargränd",
    "Norra Kajen", "Södra Kajen", "Skeppsbrokajen", "Packhuskajen", "Hamnkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Linköping", 581, 589), ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Lund", 222, 227),
    ("Helsingborg", 252, 256), ("Örebro", 702, 703), ("Västerås", 722, 725), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Borås", 503, 507),
    ("Eskilstuna", 632, 635), ("Sundsvall", 852, 857), ("Halmstad", 302, 305), ("Södertälje", 151, 152),
    ("Kristianstad", 291, 291), ("Kalmar", 392, 393), ("Falun", 791, 791), ("Skövde", 541, 541),
    ("Trollhättan", 461, 461), ("Östersund", 831, 831), ("Luleå", 972, 975), ("Visby", 621, 621),
    ("Nyköping", 611, 611), ("Karlskrona", 371, 371), ("Ystad", 271, 271), ("Lidköping", 531, 531),
    ("Alingsås", 441, 441), ("Varberg", 432, 432), ("Kungälv", 442, 442), ("Motala", 591, 591),
    ("Enköping", 745, 745), ("Sigtuna", 193, 193), ("Täby", 183, 187), ("Nacka", 131, 132),
    ("Mölndal", 431, 431), ("Piteå", 941, 941), ("Hudiksvall", 824, 824), ("Ludvika", 771, 771),
    ("Arvika", 671, 671), ("Katrineholm", 641, 641), ("Vetlanda", 574, 574), ("Ängelholm", 262, 262),
    ("Sölvesborg", 294, 294), ("Härnösand", 871, 871), ("Mariestad", 542, 542), ("Gislaved", 332, 332),
    ("Leksand", 793, 793), ("Vimmerby", 598, 598), ("Laholm", 312, 312), ("Tierp", 815, 815),
    ("Åre", 837, 837), ("Borgholm", 387, 387), ("Höör", 243, 243), ("Kiruna", 981, 981),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Kyrkbyn 14`, `Västergården 2`).
VILLAGES = (
    "Kyrkbyn", "Prästgården", "Västergården", "Östergården", "Mellanbyn", "Norrby", "Söderby",
    "Hässleby", "Ekeby", "Sjöholm", "Åsen", "Tallbacken", "Ängsholmen", "Björkhaga", "Klockargården",
    "Lövsta", "Rödsten", "Bäckaskog", "Hultet", "Vrå", "Sandvik", "Nybyn", "Tjärn", "Övergården",
)  # fmt: skip
UK_STREETS = (
    "Church Road", "Vicarage Lane", "Chapel Street", "Abbey Road", "Priory Close", "Rectory Gardens",
    "London Road", "Queen's Road", "Oak Avenue", "Meadow View", "Elm Grove", "Station Approach",
    "Cemetery Road", "Marlborough Crescent", "Highfield Drive", "The Crescent", "Park Terrace",
    "Mill Street", "Orchard Way", "Willow Walk",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Bath", "BA"), ("Chester", "CH"), ("Exeter", "EX"), ("Cardiff", "CF"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Belfast", "BT"), ("Oxford", "OX"), ("Cambridge", "CB"),
    ("Brighton", "BN"), ("Harrogate", "HG"), ("Salisbury", "SP"), ("Durham", "DH"), ("London", "N"),
    ("Reading", "RG"),
)  # fmt: skip
UK_HOUSES = ("The Old Vicarage", "Church Cottage", "Bell House", "Holly Lodge", "The Coach House", "Lychgate Cottage", "Meadowbank", "The Granary")  # fmt: skip
US_STREETS = ("Elm Street", "Chapel Hill Road", "Magnolia Drive", "Park Avenue", "Cedar Lane", "Lakeview Drive", "Willow Court", "Washington Street", "Sunset Boulevard", "Grove Street", "Cherry Lane", "Ocean Avenue")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Savannah", "GA", 314), ("Charleston", "SC", 294), ("Austin", "TX", 787), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Chicago", "IL", 606), ("Brooklyn", "NY", 112), ("Boston", "MA", 21), ("Napa", "CA", 945))  # fmt: skip
EUROPE = (
    "Hochzeitsweg {n}, {z5:10115-10999} Berlin", "Kirchstraße {n}, {z5:80331-80999} München",
    "Schlossallee {n}, {z5:20095-20999} Hamburg", "{n} rue de l'Église, {z5:75001-75020} Paris",
    "{n} avenue des Tilleuls, {z5:33000-33800} Bordeaux", "Mannerheimintie {n} A {m}, {z5:00100-00990} Helsinki",
    "Kirkkokatu {n}, {z5:90100-90900} Oulu", "Kirkeveien {n}, {z4:0150-0990} Oslo",
    "Storgata {n}, {z4:5003-5099} Bergen", "Kirkevej {n}, {m}. th., {z4:2100-2999} København Ø",
    "Algade {n}, {z4:9000-9220} Aalborg", "ul. Kościelna {n}, 31-{z3:001-999} Kraków",
    "ul. Mickiewicza {n}/{m}, 00-{z3:001-999} Warszawa", "Calle Mayor {n}, {m}º B, {z5:28001-28055} Madrid",
    "Avenida del Mar {n}, {z5:03001-03016} Alicante", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Kerkplein {n}, {z4:3511-3585} {L2} Utrecht", "Via della Chiesa {n}, {z5:50121-50145} Firenze",
    "Rue de la Gare {n}, {z4:1200-1299} Genève", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "Pärnu mnt {n}, {z5:10141-10148} Tallinn", "Rua Augusta {n}, {z4:1100-1199}-{z3:100-999} Lisboa",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "me.com", "spray.se")  # fmt: skip
WORK = ("example.se", "kyrkan.example.se", "fest.example.se", "begravning.example.se", "example.com", "example.org", "example.co.uk", "catering.example.com")  # fmt: skip
FIRM_MAIL = ("info", "bokning", "kontakt", "order", "kansli", "expedition", "bestallning", "hello", "events", "bookings", "enquiries", "florist", "fest", "minnesfond")  # fmt: skip


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


def masculine(surname: str) -> str:
    if surname.endswith(("ska", "cka", "dzka")):
        return surname[:-1] + "i"
    return surname


class Draw:
    """Every value of CS from one seeded Random; counts the head/tail split and the origins."""

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

    def person(self, woman: bool | None, kin: Person | None = None) -> Person:
        """A person; with `kin`, one of the same family: same origin, same surname."""
        r = self.rng
        if kin is not None:
            key = kin.origin
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.05
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        if kin is not None:
            surname, joint = list(kin.surname), kin.joint
            if key == "polish":
                surname = [((feminine if woman else masculine)(w), p) for w, p in surname]
            return Person(woman, key, given, surname, middle, joint)
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.03:
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
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{r.randrange(50, 99)}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_MAIL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "11",
                "19",
                "21",
                "16",
                "54",
                "90",
                "60",
                "35",
                "36",
                "42",
                "46",
            )
        )
        a3 = r.choice(("220", "240", "300", "320", "346", "380", "413", "451", "480", "498", "500", "511", "523", "586", "612", "650", "660", "696", "910", "920", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2}-{d[:6]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0771-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)50 {d[:3]} {d[3:7]}", f"09 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}",
            f"07{d[:3]} {d[3:9]}", f"020 {d[:4]} {d[4:8]}", f"+44 (0)20 {d[:4]} {d[4:8]}", f"0131 {d[:3]} {d[3:7]}",
            f"0044 1904 {d[:6]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}", f"030 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (612) 555-0{d[:3]}", f"(206) 555-0{d[:3]}", f"+1 512 555 0{d[:3]}", f"312.555.0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"0031 6 {d[:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+353 87 {d[:3]} {d[3:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for one past a hundred (`+`), `child` born lately."""
        r = self.rng
        if old or (not child and r.random() < 0.04):
            year = r.randrange(1917, 1927)
        elif child:
            year = r.randrange(2019, 2027)
        else:
            year = r.randrange(1928, 2027)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if year < 1927:
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.7
                else f"{year // 100}{date}-{serial}{check}"
            )
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
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
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def sv_address(
        self, lines: bool = False, lgh: bool = False, rural: bool | None = None, co: bool = False
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
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
            f"{area}{r.randrange(1, 24)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
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
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}".replace(
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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname in capitals, GU the given names in capitals, I an initial and the surname, Gi the given
    name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS)
        else form
    )
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
        words = given + middle
        value = " ".join([person.first] + [w for w, _ in middle]).upper()
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?:~(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.randrange(1925, 2005)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AE": lambda: (r.choice((draw.uk_address, draw.us_address))(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNROLD": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRKID": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{MONTHS['en'][month - 1]} {day}, 2027")), None),
        "BORN": lambda: (f"{day} {MONTHS['sv'][month - 1]} {year}", None),
        "BORNEN": lambda: (f"{day} {MONTHS['en'][month - 1]} {year}", None),
        "YEAR": lambda: (str(year), None),
        "AGE": lambda: (str(r.choice((30, 40, 50, 60, 70, 75, 80, 85, 90))), None),
        "AGED": lambda: (str(r.randrange(58, 99)), None),
        "TIME": lambda: (f"{r.randrange(10, 19)}{':' if en else '.'}{r.choice(('00', '00', '30', '15', '45'))}", None),
        "NUM": lambda: (str(r.randrange(12, 160)), None),
        "SMALL": lambda: (str(r.randrange(2, 12)), None),
        "AMT": lambda: (f"{r.randrange(2, 480) * 100:,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.randrange(195, 1295, 10)} kr", None),
        "GBP": lambda: (f"£{r.randrange(40, 9500):,}", None),
        "USD": lambda: (f"${r.randrange(50, 12000):,}", None),
        "EUR": lambda: (f"{r.randrange(40, 3000)} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(1000, 99999)}", f"#{r.randrange(10000, 99999)}", f"BK-{r.randrange(2027001, 2027999)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(8, 14)), None),
        "TABLE": lambda: (str(r.randrange(1, 24)), None),
        "GRAVE": lambda: (f"kvarter {r.choice('ABCDEFGHKLMN')}{r.randrange(1, 30)}, gravnummer {r.randrange(1, 900)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
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
        form, ref, kin, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1]
            if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS
            else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person(
                    {"f": True, "m": False}.get(gender or ""), people.get(kin or "")
                )
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
    """CS's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of CS is printed."""
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
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                sep = "+" if "+" in value else "-" if "-" in value else "none"
                pnr[f"{len(digits)} digits, {sep}"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


PNR = re.compile(r"^(?:(\d{2}))?(\d{6})([-+]?)(\d{3})(\d)$")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    keys = {"id", "split", "lang", "text", "spans"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["row keys"] += set(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            problems["empty or out of bounds"] += not (0 <= start < stop <= len(text))
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                m = PNR.match(value)
                problems["personnummer form"] += m is None
                if m:
                    problems["personnummer check digit"] += luhn(
                        m.group(2)[0:6] + m.group(4)
                    ) != int(m.group(5))
    print(f"rows {rows}, spans {spans_seen}, ids {len(ids)}")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


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
