# ruff: noqa: E501
"""Generate held-out BY for personal-data detection: names as the population has them, the
fifty-sixth writer, in what people paste into an AI assistant.

    python data/pii/generate_by.py           # writes data/pii/generated-heldout-by.jsonl
    python data/pii/generate_by.py --stats   # counts only, writes nothing
    python data/pii/generate_by.py --check   # checks the written file, prints counts only
    python data/pii/generate_by.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

BY's names are drawn by how often people really carry them: every name word comes from
`names_by.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre (`templates_by.py`) is what people paste into an assistant to be rewritten,
summarised, translated or answered: letters and e-mails, CVs, references, minutes, call notes,
case notes, medical letters, contracts, spreadsheets pasted as text, forms, chat logs,
invitations, obituaries. Written by a helper who does not tune the detector and who read neither
its rules, lexicons and tagger nor any error listing nor any other set's names and templates;
BY was never run through the detector by its writer. Stdlib only; one seeded Random: same seed,
same bytes.
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

from names_by import HEAD_SHARE, HYPHENS, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_by import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270133
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-by.jsonl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns and suburbs.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Sveavägen", "Götgatan",
    "Hornsgatan", "Fleminggatan", "Odengatan", "Karlavägen", "Linnégatan", "Övre Husargatan",
    "Västra Hamngatan", "Södra Förstadsgatan", "Regementsgatan", "Nobelvägen", "Bangatan",
    "Kyrkogatan", "Trädgårdsgatan", "Skolgatan", "Järnvägsgatan", "Nygatan", "Parkgatan",
    "Västerlånggatan", "Östra Promenaden", "Rådhusgatan", "Kaserngatan", "Tegnérgatan",
    "Rosengatan", "Fabriksgatan", "Sturegatan", "Slottsgatan", "Hamngatan", "Bergsgatan",
    "Björkvägen", "Granvägen", "Tallvägen", "Lönnvägen", "Ekvägen", "Rönnvägen", "Lindvägen",
    "Skogsvägen", "Ringvägen", "Industrivägen", "Föreningsgatan", "Hagavägen", "Solvägen",
    "Backvägen", "Stationsvägen", "Kvarnvägen", "Ängsvägen", "Bäckvägen", "Tvärvägen",
    "Hjalmar Brantingsgatan", "Selma Lagerlöfs väg", "Fjällgatan", "Rinkebysvängen",
    "Tensta allé", "Husby allé", "Kastanjeallén", "Lindallén", "Vårbergsvägen", "Hammarbacken",
    "Solbacken", "Sjöbacken", "Lärkstigen", "Körsbärsstigen", "Trastvägen", "Mässvägen",
    "Stortorget", "Gustav Adolfs torg", "Järntorget", "Möllevångstorget", "Lilla Torg",
    "Smedjegränd", "Pilgränd", "Prästgårdsgränd", "Stationsplan", "Brunnsplan", "Vasaplan",
    "Ribersborgsvägen", "Dalvägen", "Vintervägen", "Klostergatan", "Akademigatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 705), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 605), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Huddinge", 141, 141), ("Botkyrka", 147, 147),
    ("Järfälla", 175, 177), ("Nacka", 131, 131), ("Täby", 183, 187), ("Haninge", 136, 137),
    ("Östersund", 831, 832), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Kiruna", 981, 981), ("Visby", 621, 621), ("Landskrona", 261, 261), ("Motala", 591, 591),
    ("Alingsås", 441, 441), ("Varberg", 432, 432), ("Ystad", 271, 271), ("Nässjö", 571, 571),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road",
    "Park Road", "Queens Road", "Kings Road", "London Road", "The Crescent", "Mill Lane",
    "Albert Street", "Elm Grove", "Orchard Close", "Chester Road", "Wellington Street",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("London", "SE"), ("London", "N"),
    ("Birmingham", "B"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("York", "YO"),
    ("Brighton", "BN"), ("Norwich", "NR"), ("Sheffield", "S"), ("Oxford", "OX"), ("Reading", "RG"),
)  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Washington Avenue", "Park Place", "Cedar Lane", "Lincoln Road", "Pine Street", "Sunset Boulevard")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Boston", "MA", 21), ("Portland", "OR", 972), ("Madison", "WI", 537))  # fmt: skip
EUROPE = (
    "Schillerstraße {n}, {z5:10625-10629} Berlin", "Hauptstraße {n}, {z5:69117-69126} Heidelberg",
    "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki", "Hämeenkatu {n}, {z5:33100-33200} Tampere",
    "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "{n} rue de la République, {z5:69001-69009} Lyon", "Calle Mayor {n}, {m}º, {z5:28013-28013} Madrid",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via Garibaldi {n}, {z5:10121-10128} Torino",
    "Tartu mnt {n}, {z5:10115-10145} Tallinn", "Bulevar oslobođenja {n}, {z5:21000-21000} Novi Sad",
    "Ferhadija {n}, {z5:71000-71000} Sarajevo",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "hotmail.se", "protonmail.com")  # fmt: skip
WORK = ("example.se", "foretaget.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk", "region.example.se")  # fmt: skip
ROLE_MAIL = ("info", "kundtjanst", "hyresgast", "support", "ekonomi", "kansli", "bokning", "hr", "rekrytering", "felanmalan", "office", "hello", "admin", "noreply")  # fmt: skip
# Names of firms, associations and places in templates: words, no persons' names.
FIRM_WORDS = ("Svea", "Polar", "Norrsken", "Solhem", "Kronan", "Triton", "Orion", "Delta", "Atlas", "Granit", "Kvadrat", "Västkust", "Citykraft", "Nordisk", "Fyrtorn", "Mälarstrand", "Ljusgården", "Stjärnfall")  # fmt: skip
FIRM_WORDS_EN = ("Northgate", "Bluewater", "Riverside", "Summit", "Crown", "Oakfield", "Brightstar", "Meridian", "Harbourside", "Keystone", "Redwood", "Silverline")  # fmt: skip
BRF_NAMES = ("Solrosen", "Kastanjen", "Måsen", "Blåklinten", "Tornfalken", "Hägern", "Björken", "Humlan", "Lärkan", "Sjöutsikten", "Vallmon", "Ankdammen", "Tegelbruket", "Hästskon")  # fmt: skip
TITLES = ("Mr", "Mrs", "Ms", "Dr", "Miss", "Mr.", "Ms.")  # fmt: skip
TOWNS_ABROAD = ("London", "Manchester", "Dublin", "Berlin", "Helsinki", "Oslo", "Toronto", "Chicago", "Sydney", "Edinburgh")  # fmt: skip
FIRMS = ("bostadsbolaget", "fastighet", "tandvarden", "skolan", "vardcentralen", "bilhallen", "forsakring", "kommunen", "bygg", "redovisning")  # fmt: skip


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
    given: list[Word]  # one word (a hyphenated name is one word: `Anna-Karin`)
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
    """Every value of BY from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and r.random() < 0.05:  # Anna-Karin, Karl-Johan: about one in twenty
            given = [self.pick(HYPHENS["f" if woman else "m"])]
            self.forms["hyphenated given name"] += 1
        else:
            given = [self.pick(pool)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in given[0][0].split("-"):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.04:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.02 else " "
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 100)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def role_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLE_MAIL)}@{r.choice(FIRMS)}.{r.choice(('se', 'se', 'com', 'nu'))}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile, landline or switchboard, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "35", "36", "11", "46", "42", "90")
        )
        area3 = r.choice(("220", "240", "300", "320", "346", "410", "454", "470", "480", "500", "510", "522", "550", "570", "611", "620", "650", "660", "680", "920", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m[:3]}) {m[3:]}{d}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
            (7, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (2, f"08{d}"), (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){area2} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}",
            f"+44 20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)113 496 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"+1 (612) 555-0{d[:3]}", f"(206) 555-0{d[:3]}", f"+1 312 555 0{d[:3]}", f"512-555-0{d[:3]}",
            f"+49 30 {d[:8]}", f"+49 171 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"00964 7{d[:9]}", f"+31 6 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, width: int | None = None) -> str:
        r = self.rng
        year = r.randrange(1921, 2015)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if width == 10 or (width is None and 0.4 <= roll < 0.85):
            if year <= 1926:  # a hundred or more in 2027: `+`
                return f"{date}+{serial}{check}"
            return f"{date}-{serial}{check}" if r.random() < 0.85 else f"{date}{serial}{check}"
        return (
            f"{year // 100}{date}-{serial}{check}"
            if r.random() < 0.8
            else f"{year // 100}{date}{serial}{check}"
        )

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 190))
        if r.random() < 0.15:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.82 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.18:
            street += f"{r.choice((' ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lgh nr'))} {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            self.forms["address with lgh"] += 1
        elif roll < 0.25:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.27:
            street += " nb"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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

    # Look-alikes: numbers of firms, cases, invoices and payments, which are no values.
    def orgnr(self) -> str:
        r = self.rng
        head = r.choice(("556", "559", "769", "716", "802", "969", "212"))
        nine = head + self.digits(6)
        total = 0
        for i, ch in enumerate(nine):
            n = int(ch) * (2 if i % 2 == 0 else 1)
            total += n - 9 if n > 9 else n
        return f"{nine[:6]}-{nine[6:]}{(10 - total % 10) % 10}"

    def ocr(self) -> str:
        return str(self.rng.randrange(1, 10)) + self.digits(self.rng.choice((9, 11, 13, 15)))

    def case(self) -> str:
        r = self.rng
        return r.choice((f"{r.choice(('Dnr', 'dnr', 'Dnr.'))} {r.choice(('SN', 'BUN', 'KS', 'IFO'))} 2027/{r.randrange(10, 999)}",
                         f"{r.randrange(2026, 2028)}-{r.randrange(1000, 99999)}", f"#{r.randrange(100000, 999999)}",
                         f"ÄR-{r.randrange(10000, 99999)}", f"CS-{self.digits(7)}", f"{r.choice('ABCDEFGH')}{r.randrange(1000, 9999)}-27"))  # fmt: skip

    def plate(self) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
        tail = (
            f"{r.randrange(10, 100)}{r.choice(letters)}"
            if r.random() < 0.4
            else f"{r.randrange(100, 1000)}"
        )
        return f"{''.join(r.choice(letters) for _ in range(3))}{r.choice((' ', ''))}{tail}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, II initials only (`AKL`), E an e-mail address. A trailing `s` asks for a
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
        short = draw.nickname(person, 0.08 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
    elif base == "II":
        words = given + surname
        value = "".join(p[0] for p in person.first.split("-")) + "".join(
            w[0] for w in re.split(r"[ -]", person.last) if w[:1].isupper()
        )
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "II", "E"}
SLOT = re.compile(r"\{([A-Za-z]+[0-9]*'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRT": lambda: (draw.national_id(10), "NATIONAL_ID"),
        "PNRW": lambda: (draw.national_id(12), "NATIONAL_ID"),
        "EW": lambda: (draw.role_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"2027-{month:02d}-{day:02d}")), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AGE": lambda: (str(r.randrange(19, 96)), None),
        "YEAR": lambda: (str(r.randrange(1978, 2027)), None),
        "AMT": lambda: (f"{r.randrange(150, 48000):,} kr".replace(",", " "), None),
        "RENT": lambda: (f"{r.randrange(5200, 16900):,}".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(20, 9000):,}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "ORGNR": lambda: (draw.orgnr(), None),
        "OCR": lambda: (draw.ocr(), None),
        "INV": lambda: (r.choice((str(r.randrange(10000, 999999)), f"F{r.randrange(2027000, 2027999)}", f"INV-{r.randrange(1000, 99999)}")), None),
        "CASE": lambda: (draw.case(), None),
        "KUND": lambda: (str(r.randrange(100000, 9999999)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "REG": lambda: (draw.plate(), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTHSV": lambda: (MONTHS["sv"][month - 1], None),
        "FIRM": lambda: (r.choice(FIRM_WORDS), None),
        "FIRMEN": lambda: (r.choice(FIRM_WORDS_EN), None),
        "BRF": lambda: (r.choice(BRF_NAMES), None),
        "T": lambda: (r.choice(TITLES), None),
        "TOWNEN": lambda: (r.choice(TOWNS_ABROAD), None),
        "VAL": lambda: (f"{r.randrange(1, 200)},{r.randrange(10)}", None),
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
        if base in PERSON_FORMS or (base == "T" and ref):  # `{T#1}`: a title fitting person 1
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            if base == "T":
                titles = (
                    ("Ms", "Mrs", "Ms.", "Mrs.", "Dr", "Miss")
                    if person.woman
                    else ("Mr", "Mr.", "Dr")
                )
                segments = [(draw.rng.choice(titles), None)]
            else:
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
    """BY's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-by-{len(rows) + 1:04d}", "split": "heldout-by", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of BY is printed."""
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
                forms["address with lgh"] += "lgh" in value.lower()
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not re.search(
                    r"\d{3} ?\d{2}|[A-Z]{1,2}\d|\d{4,5}", value
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(
            f"nicknames: {draw.forms['nickname']}, hyphenated given names drawn: {draw.forms['hyphenated given name']}"
        )
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for row in rows:
        ids.add(row["id"])
        text, previous = row["text"], 0
        if set(row) != {"id", "split", "lang", "text", "spans"} or row["split"] != "heldout-by":
            problems["row keys"] += 1
        for span in row["spans"]:
            start, end, kind = span["start"], span["end"], span["kind"]
            value = text[start:end]
            if kind not in KINDS:
                problems["kind"] += 1
            if not (0 <= start < end <= len(text)):
                problems["bounds or empty"] += 1
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < previous:
                problems["unsorted or overlapping"] += 1
            previous = end
            if kind == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)[-10:]
                if not digits.isdigit() or luhn(digits[:9]) != int(digits[9]):
                    problems["personnummer check digit"] += 1
    if len(ids) != len(rows):
        problems["duplicate ids"] += 1
    stats(rows, None)
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    print(
        "check: "
        + ("all good" if not problems else ", ".join(f"{k} {v}" for k, v in problems.items()))
    )
    return 1 if problems else 0


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
        sys.exit(check(args.out))
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
