# ruff: noqa: E501
"""Generate held-out BI for personal-data detection: names as the population has them, the
fortieth writer.

    python data/pii/generate_bi.py          # writes data/pii/generated-heldout-bi.jsonl
    python data/pii/generate_bi.py --stats  # counts only (sizes, kinds, forms, the head/tail split)
    python data/pii/generate_bi.py --check  # counts only: offsets and personnummer check digits

BI's names are drawn by how often people really carry them: every name word comes from
`names_bi.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of twenty origins common in Sweden and among the
trade's vendors), 80% from the head of a list and 20% from its tail, mixed by the language of the
row. The genres are IT support and software work (`templates_bi.py`): helpdesk tickets, incident
reports and post-mortems, on-call chat in Slack and Teams, commit messages and code review
comments, access requests and onboarding checklists, log lines and error reports that name
users, change-approval mail and English vendor support threads, with offices' and homes'
addresses (Swedish streets of every form, box addresses, c/o, foreign formats), phone numbers in
every common grouping and personnummer in their four written forms. Written by a helper who does
not tune the detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor
any error listing nor any other set's names, templates or rows (`generate_aw.py` was read for
the mechanics only); BI was never run through the detector by its writer, and its names were not
checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_bi import HEAD_SHARE, HYPHENATED, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bi import EN, MIXED, NEGATIVES, ORGS, SV, TITLES, TOOLS  # noqa: E402

SEED = 20270117
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bi.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every form the address register has; some are named after people (their
# names are part of the address, never PERSON).
SV_STREETS = (
    "Sveavägen", "Drottninggatan", "Kungsgatan", "Vasagatan", "Hamngatan", "Storgatan",
    "Isafjordsgatan", "Torshamnsgatan", "Finlandsgatan", "Lindhagensgatan", "Fleminggatan",
    "Sankt Eriksgatan", "Odengatan", "Götgatan", "Hornsgatan", "Ringvägen", "Valhallavägen",
    "Karlavägen", "Birger Jarlsgatan", "Regeringsgatan", "Första Långgatan", "Östra Hamngatan",
    "Södra Förstadsgatan", "Stora Nygatan", "Lilla Nygatan", "Västerlånggatan", "Prästgatan",
    "Olof Palmes gata", "Fredrika Bremers gata", "Hans Michelsensgatan", "Jakob Westinsgatan",
    "Gustaf Dalénsgatan", "Björkvägen", "Industrivägen", "Solnavägen", "Nobelvägen", "Tallvägen",
    "Skogsvägen", "Per Albin Hanssons väg", "Selma Lagerlöfs väg", "Drottning Kristinas väg",
    "Greta Garbos väg", "Rosensvängen", "Hästhovssvängen", "Skogssvängen", "Ekensvängen",
    "Alfred Nobels allé", "Kista allé", "Lindallén", "Kastanjeallén", "Ekallén", "Kvarnbacken",
    "Slottsbacken", "Eriksbergs backe", "Tegelbacken", "Lärkstigen", "Fågelstigen",
    "Ekorrstigen", "Blåbärsstigen", "Stortorget", "Järntorget", "Gustav Adolfs torg",
    "Kungstorget", "Möllevångstorget", "Stationsplan", "Sveaplan", "Fridhemsplan", "Mariaplan",
    "Mårten Trotzigs gränd", "Smedjegränd", "Klockgränd", "Bagargränd", "Kistagången",
    "Lindholmspiren", "Anna Lindhs plats", "Evert Taubes terrass", "Kronoleden",
    "Stadsgårdskajen", "Tyska brinken", "Kungsportsavenyn", "Norra vägen", "Södra vägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes, from the lowest to the highest.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Kista", 164, 164), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Nacka", 131, 132), ("Täby", 183, 187), ("Huddinge", 141, 141), ("Södertälje", 151, 152),
    ("Lidingö", 181, 181), ("Sollentuna", 191, 192), ("Järfälla", 175, 177), ("Göteborg", 411, 427),
    ("Mölndal", 431, 431), ("Malmö", 211, 217), ("Lund", 222, 227), ("Helsingborg", 252, 256),
    ("Uppsala", 751, 757), ("Linköping", 581, 589), ("Norrköping", 601, 603), ("Örebro", 702, 703),
    ("Västerås", 721, 725), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 977), ("Östersund", 831, 832),
    ("Falun", 791, 791), ("Borlänge", 781, 784), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Trollhättan", 461, 461),
    ("Uddevalla", 451, 451), ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891),
    ("Nyköping", 611, 611), ("Kiruna", 981, 981), ("Visby", 621, 621), ("Piteå", 941, 941),
    ("Varberg", 432, 432), ("Ystad", 271, 271), ("Motala", 591, 591), ("Härnösand", 871, 871),
    ("Alingsås", 441, 441), ("Karlskoga", 691, 691),
)  # fmt: skip
UK_STREETS = ("High Street", "Station Road", "Church Lane", "Victoria Road", "Kings Road", "Park Avenue", "Mill Lane", "Queen Street", "Old Street", "Canal Street", "Deansgate", "Bath Road", "London Road", "Commercial Street", "Whitworth Street")  # fmt: skip
UK_TOWNS = (("London", ("EC1V", "EC2A", "SE1", "N1", "E14", "W1T")), ("Manchester", ("M1", "M3", "M4")), ("Leeds", ("LS1", "LS2")), ("Bristol", ("BS1", "BS2")), ("Reading", ("RG1", "RG2")), ("Cambridge", ("CB1", "CB2", "CB4")), ("Edinburgh", ("EH1", "EH3", "EH8")), ("Glasgow", ("G1", "G2")), ("Cardiff", ("CF10", "CF24")), ("Belfast", ("BT1", "BT2")))  # fmt: skip
US_STREETS = ("Main Street", "Market Street", "Mission Street", "N First Street", "Broadway", "Pine Street", "Pike Street", "Congress Avenue", "Peachtree Street NE", "Boylston Street", "W Madison Street", "Elm Street", "Lake Shore Drive", "Sand Hill Road")  # fmt: skip
US_TOWNS = (("San Francisco", "CA", (94103, 94111)), ("San Jose", "CA", (95110, 95134)), ("Seattle", "WA", (98101, 98109)), ("Austin", "TX", (78701, 78705)), ("Atlanta", "GA", (30303, 30309)), ("Boston", "MA", (2108, 2116)), ("Chicago", "IL", (60601, 60607)), ("Denver", "CO", (80202, 80205)), ("Raleigh", "NC", (27601, 27606)), ("Portland", "OR", (97201, 97209)))  # fmt: skip
MAIL = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "proton.me", "hotmail.se", "bredband.net")  # fmt: skip
WORK = ("example.se", "example.com", "corp.example.se", "it.example.se", "example.org", "example.net", "region.example.se", "kommun.example.se", "vendor.example.com", "example.co.uk", "example.de", "example.in")  # fmt: skip
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    origin: str
    woman: bool
    given: Word  # one word; a hyphenated name (`Anna-Karin`, `Jean-Pierre`) is drawn whole
    second: Word | None  # a second given name, a middle name or a father's name, or none
    surname: list[Word]  # one word, or two (a double surname)
    joint: str  # between two surnames: a space or a hyphen
    eastern: bool  # the family name written first (`Wang Wei`)

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of BI from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.pnr: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[int]] = {}

    # --- names ---------------------------------------------------------------------------------

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None = None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = self.pick(pool)
        if key in HYPHENATED and r.random() < HYPHENATED[key][2]:
            given = self.pick(HYPHENATED[key][0 if woman else 1])
        second: Word | None = None
        share = {"swedish": 0.45, "us": 0.5, "uk": 0.3, "latin": 0.4, "somali": 0.6, "eritrean": 0.5, "german": 0.2, "french": 0.15}.get(key, 0.08)  # fmt: skip
        if r.random() < share:
            father = key in ("somali", "eritrean")
            second = self.pick(origin.given_m if father else pool)
            if second[0] == given[0]:
                second = None
        if key == "malay":
            father = self.pick(origin.surnames)
            surname = [(("binti " if woman else "bin ") + father[0], father[1])]
        else:
            surname = [self.pick(origin.surnames)]
            if surname[0][0] == given[0]:  # `Mohammed Mohammed` is carried, but rarely
                surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name, with or without a hyphen
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us", "german") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin", "romanian") and r.random() < 0.25:
            given = (plain(given[0]), given[1])  # typed without its letters
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        eastern = key == "chinese" and r.random() < (0.2 if self.lang == "en" else 0.4)
        return Person(key, woman, given, second, surname, joint, eastern)

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

    def local(self, person: Person) -> tuple[str, str]:
        given = re.sub(r"[^a-z]", "", plain(person.first).lower())
        surname = re.sub(r"[^a-z]", "", plain(person.surname[0][0].split()[-1]).lower())
        return given or "x", surname or "x"

    def email(self, person: Person, work: bool | None = None) -> str:
        r = self.rng
        g, s = self.local(person)
        local = r.choice((f"{g}.{s}", f"{g}.{s}", f"{g[0]}{s}", f"{g}.{s[0]}", f"{g}{s}{r.randrange(1, 99)}",
                          f"{s}.{g}", f"{g}_{s}", f"{g[:3]}{s[:3]}", f"{g}.{s}.ext", f"{g}"))  # fmt: skip
        if work is None:
            work = r.random() < 0.65
        return f"{local}@{r.choice(WORK if work else MAIL)}"

    def handle(self, person: Person) -> str:
        """A user name, never marked: account names are identifiers, not names as written."""
        r = self.rng
        g, s = self.local(person)
        return r.choice((f"{g[0]}{s}", f"{g}.{s}", f"{g[:2]}{s[:2]}{r.randrange(1, 20):02d}", f"{g}{s[0]}",
                         f"{s}{g[0]}", f"{g[:3]}{s[:3]}", f"{g}-{s}", f"x{g[0]}{s[:5]}", f"{g}_{s[:1]}"))  # fmt: skip

    # --- numbers -------------------------------------------------------------------------------

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0002233669")
        shapes = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (9, f"{m}{d}"), (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46-{m[1:]}-{d}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = self.digits(8)
        a2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "63", "11", "36", "46")
        )
        a3 = r.choice(
            (
                "220",
                "240",
                "300",
                "340",
                "370",
                "410",
                "470",
                "480",
                "500",
                "520",
                "550",
                "620",
                "640",
                "660",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08{d}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:4]} {d[4:8]}"), (4, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a2}-{d[:7]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (3, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"),
            (1, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.6 else self.landline()

    def deck(self, name: str, makers: tuple[Callable[[], str], ...]) -> str:
        """One of `makers`, drawn from a shuffled deck: every one before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(range(len(makers)))
            self.rng.shuffle(self.decks[name])
        return makers[self.decks[name].pop()]()

    def phone_us(self) -> str:
        r = self.rng
        a = r.choice(
            (
                "415",
                "650",
                "408",
                "206",
                "512",
                "404",
                "617",
                "312",
                "303",
                "919",
                "212",
                "646",
                "503",
            )
        )
        d = self.digits(7)
        return r.choice((f"+1 ({a}) {d[:3]}-{d[3:]}", f"({a}) {d[:3]}-{d[3:]}", f"{a}-{d[:3]}-{d[3:]}",
                         f"+1 {a} {d[:3]} {d[3:]}", f"+1-{a}-{d[:3]}-{d[3:]}", f"{a}.{d[:3]}.{d[3:]}",
                         f"1-800-{d[:3]}-{d[3:]}", f"+1 888 {d[:3]} {d[3:]}"))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        return r.choice((f"+44 20 {d[:4]} {d[4:]}", f"020 {d[:4]} {d[4:]}", f"+44 7{d[:3]} {d[3:]}{r.randrange(10)}",
                         f"07{d[:3]} {d[3:]}{r.randrange(10)}", f"+44 (0)161 {d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}",
                         f"+44 131 {d[:3]} {d[3:7]}", f"0800 {d[:3]} {d[3:7]}", f"+44 (0) 117 {d[:3]} {d[3:7]}"))  # fmt: skip

    def phone_x(self) -> str:
        r, d = self.rng, self.digits(10)
        makers = (
            lambda: f"+358 40 {d[:3]} {d[3:7]}", lambda: f"+358 9 {d[:4]} {d[4:8]}", lambda: f"040 {d[:3]} {d[3:7]}",
            lambda: f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", lambda: f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            lambda: f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", lambda: f"+49 30 {d[:8]}",
            lambda: f"+49 (0)151 {d[:8]}", lambda: f"0049 89 {d[:4]} {d[4:8]}", lambda: f"+48 60{d[:1]} {d[1:4]} {d[4:7]}",
            lambda: f"+31 20 {d[:3]} {d[3:7]}", lambda: f"+31 6 {d[:8]}", lambda: f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            lambda: f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", lambda: f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            lambda: f"+353 1 {d[:3]} {d[3:7]}", lambda: f"+353 87 {d[:3]} {d[3:7]}", lambda: f"+372 5{d[:3]} {d[3:7]}",
            lambda: f"+40 72{d[:1]} {d[1:4]} {d[4:7]}", lambda: f"+380 67 {d[:3]} {d[3:7]}", lambda: f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",
            lambda: f"+91 98{d[:3]} {d[3:8]}", lambda: f"+91 80 {d[:4]} {d[4:8]}", lambda: f"+91-{r.choice('6789')}{d[:9]}",
            lambda: f"+86 13{d[:1]} {d[1:5]} {d[5:9]}", lambda: f"+60 12-{d[:3]} {d[3:7]}", lambda: f"+66 81 {d[:3]} {d[3:7]}",
            lambda: f"+56 9 {d[:4]} {d[4:8]}", lambda: f"+61 2 {d[:4]} {d[4:8]}", lambda: f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}",
            lambda: f"+964 770 {d[:3]} {d[3:7]}", lambda: f"+252 61 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return self.deck("phone", makers)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1944, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.3:
            form, out = "12 digits with hyphen", f"{year // 100}{date}-{serial}{check}"
        elif roll < 0.65:
            form, out = "10 digits with hyphen", f"{date}-{serial}{check}"
        elif roll < 0.82:
            form, out = "12 digits without", f"{year // 100}{date}{serial}{check}"
        else:
            form, out = "10 digits without", f"{date}{serial}{check}"
        self.pnr[form] += 1
        return out

    # --- addresses -----------------------------------------------------------------------------

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.15:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def street(self, number: bool = True) -> str:
        r = self.rng
        name = r.choice(SV_STREETS)
        if not number:
            self.forms["address without number"] += 1
            return name
        out = f"{name} {self.number()}"
        roll = r.random()
        if roll < 0.08:
            out += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif roll < 0.12:
            out += f", {r.randrange(1, 7)} tr"
        elif roll < 0.16:
            out += f", {r.choice(('vån', 'plan', 'våning'))} {r.randrange(2, 12)}"
        elif roll < 0.18:
            out += f", uppg. {r.choice('ABCD')}"
        return out

    def postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        roll = r.random()
        if roll < 0.78:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.88:
            out = f"{code} {town}"
        elif roll < 0.94:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.97:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        else:
            out = f"S-{code} {town}"
        if r.random() < 0.04:
            out += r.choice((", Sverige", ", Sweden", "\nSWEDEN"))
        return out

    def sv_address(self, lines: bool = False) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.08:  # a street and a town, no postcode
            town = r.choice(SV_TOWNS)[0]
            return f"{self.street(number=r.random() < 0.7)}, {town}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{self.street()}{joint}{self.postal()}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.postal()}"
        return f"Postbox {r.randrange(10, 999)}, {self.postal()}"

    def office(self) -> str:
        r = self.rng
        floor = r.choice(
            (
                f", plan {r.randrange(2, 14)}",
                f", våning {r.randrange(2, 14)}",
                f" {r.choice('ABC')}",
                "",
                "",
            )
        )
        return f"{r.choice(SV_STREETS)} {r.randrange(1, 80)}{floor}, {self.postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        code = f"{r.choice(areas)} {r.randrange(1, 10)}{r.choice(LETTERS)}{r.choice(LETTERS)}"
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.35:
            street = f"Unit {r.randrange(1, 12)}, {r.choice(('Kingfisher House', 'The Old Mill', 'Albion Works', 'Quayside Tower', 'Tech Hub'))}, {street}"
        elif roll < 0.45:
            street = f"{r.randrange(2, 9)}th Floor, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, (low, high) = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.35:
            street += f", {r.choice(('Suite', 'Ste', 'Apt', 'Floor', '#'))} {r.randrange(2, 2400)}".replace(
                "# ", "#"
            )
        return f"{street}, {town}, {state} {r.randrange(low, high + 1):05d}"

    def foreign(self, lines: bool = False) -> str:
        r = self.rng
        n, m = r.randrange(1, 180), r.randrange(1, 60)

        def z(low: int, high: int, width: int = 5) -> str:
            return f"{r.randrange(low, high + 1):0{width}d}"

        makers = (
            lambda: f"Friedrichstraße {n}, {z(10115, 10119)} Berlin", lambda: f"Leopoldstraße {n}, {z(80802, 80807)} München",
            lambda: f"Mannerheimintie {n} B {m}, {z(100, 260)} Helsinki", lambda: f"Hämeenkatu {n}, {z(33100, 33200)} Tampere",
            lambda: f"Karl Johans gate {n}, {z(150, 180, 4)} Oslo", lambda: f"Vesterbrogade {n}, {r.randrange(1, 6)}. th., {z(1620, 1699, 4)} København V",
            lambda: f"ul. Marszałkowska {n}/{m}, 00-{z(500, 999, 3)} Warszawa", lambda: f"ul. Piotrkowska {n} lok. {m}, 90-{z(100, 999, 3)} Łódź",
            lambda: f"Herengracht {n}, {z(1015, 1017, 4)} {r.choice(LETTERS)}{r.choice(LETTERS)} Amsterdam", lambda: f"{n} rue de la Paix, {z(75001, 75020)} Paris",
            lambda: f"Calle de Alcalá {n}, {r.randrange(1, 9)}º {r.choice('ABCD')}, {z(28001, 28014)} Madrid", lambda: f"Via Torino {n}, {z(20121, 20123)} Milano",
            lambda: f"Unit {m}, Sandyford Business Park, Dublin 18, D18 {r.choice(LETTERS)}{r.randrange(10, 99)}{r.choice(LETTERS)}{r.randrange(1, 9)}",
            lambda: f"No. {n}, {r.randrange(1, 9)}th Cross, Koramangala, Bengaluru {z(560034, 560095, 6)}",
            lambda: f"Plot {m}, Hitech City, Madhapur, Hyderabad, Telangana {z(500081, 500084, 6)}",
            lambda: f"Tartu mnt {n}, {z(10111, 10149)} Tallinn", lambda: f"Gedimino pr. {n}, LT-{z(1100, 1110, 5)} Vilnius",
            lambda: f"Bahnhofstrasse {n}, {z(8001, 8003, 4)} Zürich", lambda: f"Vinohradská {n}, 120 00 Praha 2",
            lambda: f"Str. Mihai Eminescu nr. {n}, ap. {m}, {z(10511, 10519, 6)} București",
            lambda: f"Atatürk Cad. No: {n} D: {m % 12 + 1}, {z(34710, 34730)} Kadıköy/İstanbul",
            lambda: f"{n} King St W, Toronto, ON M5H {r.randrange(1, 9)}{r.choice(LETTERS)}{r.randrange(1, 9)}",
            lambda: f"Level {m % 30 + 1}, {n} Clarence St, Sydney NSW 2000", lambda: f"Jalan Sultan Ismail {n}, {z(50250, 50450)} Kuala Lumpur",
            lambda: f"вул. Хрещатик, {n}, Київ, {z(1001, 1030)}",
        )  # fmt: skip
        out = self.deck("foreign", makers)
        return out.replace(", ", "\n", 1) if lines else out


TITLE_WORDS = re.compile(
    r"(?:^|\W)(" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\.? $"
)


def genitive(value: str, english: bool) -> str:
    if english:
        return "'" if value.endswith("s") else "'s"
    return "" if value[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P given and surname, p the same in lower case, U in capitals, UR `BERG, ANNA`, F with a
    second given name or a middle initial, GG the two given names alone, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname (`A. Berg`, `J.-P. Martin`), Gi the given name and the surname's
    initial, R `Surname, Given`, RS `Surname Given` (a directory's display name), E an e-mail
    address, H a user name (never marked), Ha the same after `@`. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
    """
    english = form.endswith("'")
    base = form[:-1] if english else form
    if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
        base, sv_gen = base[:-1], True
    else:
        sv_gen = False
    given, surname = [person.given], person.surname
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("H", "Ha"):
        return [(("@" if base == "Ha" else "") + draw.handle(person), None)]
    if person.origin == "malay" and base in ("S", "s", "I", "Gi", "R", "RS"):
        base = {"s": "g"}.get(base, "G")  # Malaysians are called by their given name
    if person.eastern and base in ("I", "Gi"):
        base = "P"
    full = f"{person.last} {person.first}" if person.eastern else f"{person.first} {person.last}"
    if base in ("P", "p", "U"):
        words, value = given + surname, full
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
        draw.forms[
            {"P": "full name", "p": "full name lower case", "U": "full name capitals"}[base]
        ] += 1
    elif base == "UR":
        words, value = given + surname, f"{person.last}, {person.first}".upper()
        draw.forms["Surname, Given capitals"] += 1
    elif base in ("F", "GG"):
        second = person.second
        if second is None:
            words, value = (
                given + (surname if base == "F" else []),
                full if base == "F" else person.first,
            )
            draw.forms["full name" if base == "F" else "given name"] += 1
        else:
            initial = person.origin == "us" and draw.rng.random() < 0.5 and base == "F"
            middle = f"{second[0][0]}." if initial else second[0]
            words = given + [second] + (surname if base == "F" else [])
            value = f"{person.first} {middle}" + (f" {person.last}" if base == "F" else "")
            draw.forms[
                "middle initial"
                if initial
                else ("two given names and surname" if base == "F" else "two given names")
            ] += 1
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.1 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
        draw.forms["given name lower case" if base in ("g", "n") else "given name"] += 1
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
        draw.forms["surname lower case" if base == "s" else "surname"] += 1
    elif base == "I":
        initials = "-".join(p[0] + "." for p in person.first.split("-"))
        if draw.rng.random() < 0.25:
            initials = initials.replace(".", "")
        words, value = surname, f"{initials} {person.last}"
        draw.forms["initial and surname"] += 1
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
        draw.forms["given name and initial"] += 1
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
        draw.forms["Surname, Given"] += 1
    elif base == "RS":
        words, value = given + surname, f"{person.last} {person.first}"
        draw.forms["Surname Given"] += 1
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if english or sv_gen:
        segments.append((genitive(value, english), None))
        draw.forms["genitive"] += 1
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "UR",
    "F",
    "GG",
    "G",
    "g",
    "N",
    "n",
    "S",
    "s",
    "I",
    "Gi",
    "R",
    "RS",
    "E",
    "H",
    "Ha",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")
MONTHS_SV = (
    "jan",
    "feb",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def filler(form: str, draw: Draw) -> list[Segment]:
    r = draw.rng
    month, day, hour, minute = (
        r.randrange(1, 13),
        r.randrange(1, 29),
        r.randrange(0, 24),
        r.randrange(60),
    )
    if form == "ACO":  # c/o: the name is PERSON, the address after it ADDRESS, `c/o` neither
        person = draw.person()
        lines = r.random() < 0.4
        name = person_segments(r.choice(("S", "P", "P")), person, draw)
        draw.forms["address c/o"] += 1
        return [
            ("c/o ", None),
            *name,
            ("\n" if lines else ", ", None),
            (draw.sv_address(lines=lines), "ADDRESS"),
        ]
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AS": lambda: (draw.street(), "ADDRESS"),
        "AN": lambda: (draw.street(number=False), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "ABOX": lambda: (draw.box(), "ADDRESS"),
        "a": lambda: ((draw.street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "AF": lambda: (draw.foreign(), "ADDRESS"),
        "AFL": lambda: (draw.foreign(lines=True), "ADDRESS"),
        "AUK": lambda: (draw.uk_address(), "ADDRESS"),
        "AUKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (f"2027-{month:02d}-{day:02d}", None),
        "DSV": lambda: (r.choice((f"{day} {MONTHS_SV[month - 1]}", f"{day}/{month}", f"2027-{month:02d}-{day:02d}")), None),
        "DEN": lambda: (r.choice((f"{day} {MONTHS_EN[month - 1]} 2027", f"{MONTHS_EN[month - 1]} {day}", f"{month:02d}/{day:02d}/2027", f"{day:02d}/{month:02d}/2027")), None),
        "TIME": lambda: (f"{hour:02d}:{minute:02d}", None),
        "TS": lambda: (f"2027-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{r.randrange(60):02d}{r.choice(('Z', f'.{r.randrange(1000):03d}Z', '+01:00'))}", None),
        "INC": lambda: (f"INC{r.randrange(10000, 99999):07d}", None),
        "CHG": lambda: (f"CHG{r.randrange(10000, 99999):07d}", None),
        "RITM": lambda: (f"RITM{r.randrange(10000, 99999):07d}", None),
        "JIRA": lambda: (f"{r.choice(('OPS', 'PLAT', 'SEC', 'HD', 'INFRA', 'WEB', 'PAY', 'IAM'))}-{r.randrange(100, 9999)}", None),
        "SHA": lambda: ("".join(r.choice("0123456789abcdef") for _ in range(7)), None),
        "PR": lambda: (f"#{r.randrange(100, 9999)}", None),
        "IP": lambda: (r.choice((f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}", f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}", f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}")), None),
        "HOST": lambda: (f"{r.choice(('srv-app', 'web-prod', 'db', 'k8s-node', 'sql', 'dc', 'fs', 'vpn-gw', 'jump', 'build'))}-{r.choice(('', 'sto-', 'got-', 'eu1-', 'mal-'))}{r.randrange(1, 40):02d}", None),
        "VER": lambda: (f"{r.randrange(1, 24)}.{r.randrange(0, 20)}.{r.randrange(0, 40)}", None),
        "NUM": lambda: (str(r.randrange(2, 900)), None),
        "DUR": lambda: (r.choice((f"{r.randrange(3, 59)} min", f"{r.randrange(1, 6)} h {r.randrange(5, 59)} min", f"{r.randrange(2, 90)} minuter")), None),
        "DURE": lambda: (r.choice((f"{r.randrange(3, 59)} minutes", f"{r.randrange(1, 6)}h {r.randrange(5, 59)}m", f"{r.randrange(2, 12)} hours")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "ORG": lambda: (r.choice(ORGS), None),
        "TOOL": lambda: (r.choice(TOOLS), None),
        "ASSET": lambda: (f"{r.choice(('PC', 'LT', 'MAC', 'SE-LT', 'STO-PC', 'MOB'))}-{r.randrange(1000, 99999)}", None),
        "ERR": lambda: (r.choice(("0x80070005", "0x800704cf", "AADSTS50076", "AADSTS53003", "HTTP 503", "HTTP 401", "ORA-12541", "ECONNRESET", "ERR_CERT_DATE_INVALID", "E_ACCESSDENIED", "OOMKilled", "CrashLoopBackOff", "SIGKILL", "exit code 137")), None),
        "ERRW": lambda: (r.choice(("0x80070005", "0x800704cf", "0xCAA70004", "0x80190001", "AADSTS50076", "AADSTS53003", "AADSTS700082", "0x8004010F")), None),
        "PCT": lambda: (f"{r.randrange(1, 100)}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "KB": lambda: (f"KB{r.randrange(4000000, 5099999)}", None),
        "ORGNR": lambda: (f"55{r.randrange(20, 99)}{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", None),
        "PORT": lambda: (str(r.choice((22, 80, 443, 3389, 5432, 6443, 8080, 8443, 9090, 1433))), None),
    }  # fmt: skip
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BI's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bi-{len(rows) + 1:04d}", "split": "heldout-bi", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BI is printed."""
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
                forms["hyphen in a name"] += "-" in value
                forms["particle (van, de, al-, bin, von, af ...)"] += bool(
                    re.search(
                        r"(?:^|[\s-])(?:van|von|de|del|der|den|ter|zu|du|af|al|Al|bin|binti|ap|le|Le|De|San)(?:\s|-)",
                        value,
                    )
                )
                forms["title before"] += bool(
                    TITLE_WORDS.search(text[max(0, span["start"] - 30) : span["start"]])
                )
                after = text[span["end"] : span["end"] + 2]
                forms["ending outside (s, 's, ')"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address over lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address Box"] += "Box" in value or "box" in value
                forms["address lgh/tr/vån/plan"] += bool(
                    re.search(r"\b(?:lgh|tr|vån|våning|plan|uppg)\b", value)
                )
                forms["address with a Swedish postcode"] += bool(
                    re.search(r"\b\d{3} ?\d{2}\b", value)
                )
            elif span["kind"] == "PHONE":
                forms["phone with + or 00"] += value.startswith(("+", "00"))
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")
    print("name forms drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    print("in the text: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.pnr.items())))
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(rows: list[dict[str, object]]) -> None:
    """Counts only: how many spans pass each test of their offsets, and the check digits."""
    tests: Counter[str] = Counter()
    spans_total = 0
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        end = 0
        for span in spans:
            spans_total += 1
            value = text[span["start"] : span["end"]]
            tests["non-empty"] += span["end"] > span["start"]
            tests["in bounds"] += span["start"] >= 0 and span["end"] <= len(text)
            tests["no outer whitespace"] += bool(value) and value == value.strip()
            tests["sorted, no overlap"] += span["start"] >= end
            end = span["end"]
            if span["kind"] == "NATIONAL_ID":
                digits = value.replace("-", "")
                short = digits[-10:]
                tests["personnummer"] += 1
                tests["personnummer check digit valid"] += (
                    digits.isdigit()
                    and len(digits) in (10, 12)
                    and luhn(short[:9]) == int(short[9])
                )
    print(
        f"rows {len(rows)}, spans {spans_total}: " + ", ".join(f"{k} {v}" for k, v in tests.items())
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed, for trying the filler"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="print counts of the offset checks only"
    )
    args = parser.parse_args()
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.check:
        check(rows)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
