# ruff: noqa: E501
"""Generate held-out FX for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifty-ninth writer.

    python data/pii/generate_fx.py          # writes data/pii/generated-heldout-fx.jsonl
    python data/pii/generate_fx.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fx.py --check  # checks the written file, prints counts only

FX's names are drawn by how often people really carry them: every name word comes from
`names_fx.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is florists and flower delivery (`templates_fx.py`): bouquet and wreath orders, web and
phone orders, delivery notes and drivers' lists with card messages, wedding and funeral flower
bookings, grave decoration, subscriptions and company accounts, invoices, complaints and staff
chat, in Swedish, English and the mix of both that Swedes write at work. Written by a helper who
does not tune the detector, who read only `generate_aw.py` (for the mechanics), two write-ups of
docs/privacy.md and the keys of heldout-u, and neither the detector's rules, lexicons and tagger
(`src/rung/privacy/`) nor any other set's names and templates nor any error listing; FX was never
run through the detector by its writer, and its names were not checked against rung's lexicons.
Stdlib only; one seeded Random: same seed, same bytes.
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

from names_fx import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, SECOND_GIVEN, Pool, feminine, plain  # noqa: E402
from templates_fx import EN, MIXED, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270236
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fx.jsonl"
SPLIT = "heldout-fx"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, real and ordinary (some named after people: still streets).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Götgatan", "Hornsgatan", "Odengatan",
    "Birger Jarlsgatan", "Sankt Eriksgatan", "Linnégatan", "Östra Hamngatan", "Norra Strandgatan",
    "Rosengatan", "Liljegatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Trädgårdsgatan",
    "Västra Långgatan", "Repslagaregatan", "Sveavägen", "Karlavägen", "Valhallavägen", "Tulpanvägen",
    "Syrénvägen", "Nejlikevägen", "Blåklintsvägen", "Vitsippsvägen", "Björkvägen", "Ekvägen",
    "Lönnvägen", "Granvägen", "Tallvägen", "Ängsvägen", "Skogsvägen", "Ringvägen", "Industrivägen",
    "Bergsvägen", "Sjövägen", "Prästkragens väg", "Kvarnsvängen", "Ekorrsvängen", "Lärksvängen",
    "Parkallén", "Kastanjeallén", "Lindallé", "Solbacken", "Kvarnbacken", "Uggleviksbacken",
    "Smultronstigen", "Lingonstigen", "Hallonstigen", "Violstigen", "Vallmostigen", "Stortorget",
    "Järntorget", "Kungstorget", "Gustav Adolfs torg", "Möllevångstorget", "Odenplan",
    "Sankt Eriksplan", "Brunnsplan", "Stationsplan", "Skomakargränd", "Klockargränd",
    "Tunnbindaregränd", "Smedjegränd", "Hamnkajen", "Packhuskajen", "Södra Kajen", "Inre Hamnkajen",
    "Kungsportsavenyen", "Norr Mälarstrand", "Fjällgatan", "Åsögatan", "Nygatan", "Östra Vägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Lund", 222, 227), ("Umeå", 902, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857),
    ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Täby", 183, 187), ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Nacka", 131, 131),
    ("Lidingö", 181, 181), ("Huddinge", 141, 141), ("Mölndal", 431, 431), ("Partille", 433, 433),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Nyköping", 611, 611),
    ("Visby", 621, 621), ("Motala", 591, 591), ("Lidköping", 531, 531), ("Ystad", 271, 271),
    ("Enköping", 745, 745), ("Ängelholm", 262, 262), ("Alingsås", 441, 441), ("Piteå", 941, 941),
    ("Kungsbacka", 434, 434), ("Härnösand", 871, 871), ("Mora", 792, 792), ("Hudiksvall", 824, 824),
    ("Värnamo", 331, 331), ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Katrineholm", 641, 641),
    ("Arvika", 671, 671), ("Skellefteå", 931, 931), ("Kungälv", 442, 442), ("Örnsköldsvik", 891, 891),
    ("Kiruna", 981, 981), ("Sandviken", 811, 811), ("Köping", 731, 731),
)  # fmt: skip
RURAL_FROM = 32  # towns from here on have country routes: rural postcodes end in 9x
# Villages and farms as rural addresses have them (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Backa", "Solberga", "Hagaby", "Kvarnby", "Lövsta",
    "Berga", "Ekeby", "Forsa", "Myra", "Hällby", "Sjöhagen", "Björnhult", "Kråkhult", "Åsen",
    "Lillgården", "Nybygget", "Stensjö", "Ängsholm", "Rödje", "Tallbacken", "Granlunda",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Elm Grove", "Victoria Road", "Mill Lane",
    "Park Avenue", "Queen Street", "Windsor Terrace", "Orchard Close", "The Crescent", "Rose Hill",
    "Marlborough Road", "Kings Road", "Hawthorn Way", "Primrose Gardens", "Meadow View", "Albert Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SW11"), ("London", "N1"), ("London", "E8"), ("London", "SE15"), ("Manchester", "M14"),
    ("Leeds", "LS6"), ("Bristol", "BS6"), ("Edinburgh", "EH10"), ("Glasgow", "G12"), ("Cardiff", "CF24"),
    ("Brighton", "BN1"), ("Oxford", "OX4"), ("Cambridge", "CB1"), ("York", "YO31"), ("Bath", "BA1"),
    ("Norwich", "NR2"), ("Liverpool", "L17"), ("Sheffield", "S11"), ("Nottingham", "NG7"),
    ("Belfast", "BT9"), ("Exeter", "EX4"), ("Harrogate", "HG1"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "Ivy House", "The Old Vicarage", "Lilac Cottage", "Flat 3, Marlow Court", "The Coach House", "Holly Lodge", "2 The Mews")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Lake Street", "Washington Avenue", "Park Place", "Cedar Lane", "Sunset Boulevard", "Magnolia Drive", "2nd Avenue", "Rosewood Court")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Boston", "MA", 21),
    ("Austin", "TX", 787), ("Portland", "OR", 972), ("Denver", "CO", 802), ("Brooklyn", "NY", 112),
    ("San Diego", "CA", 921), ("Madison", "WI", 537), ("Rockford", "IL", 611), ("Jamestown", "NY", 147),
    ("Lindsborg", "KS", 674), ("Savannah", "GA", 314),
)  # fmt: skip
EUROPE = (
    "Gartenstraße {n}, 10{z3:115-999} Berlin", "Blumenstraße {n}, 80{z3:331-999} München",
    "Lindenallee {n}, 50{z3:668-999} Köln", "Rosenweg {n}, 80{z2:01-57} Zürich",
    "{n} rue des Lilas, 750{z2:01-20} Paris", "{n} avenue Jean Médecin, 06000 Nice",
    "Calle de las Flores {n}, {m}º B, 280{z2:01-55} Madrid", "Via dei Fiori {n}, 201{z2:21-62} Milano",
    "Bloemgracht {n}-II, 1016 {L2} Amsterdam", "Rue du Marché {n}, 1000 Bruxelles",
    "Nørregade {n}, {m}. th., 1165 København K", "Blomstergata {n}, 0{z3:150-599} Oslo",
    "Mannerheimintie {n} A {m}, 00{z3:100-990} Helsinki", "ul. Kwiatowa {n}/{m}, 00-{z3:100-999} Warszawa",
    "Rua das Flores {n}, 1200-{z3:100-999} Lisboa", "{n} Griffith Avenue, Dublin 9, D09 {L2}{m}{L2}",
    "Lille tn {n}, 10{z3:111-999} Tallinn", "Hauptstraße {n}, 1010 Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net")  # fmt: skip
WORK = ("example.se", "blommor.example.se", "kommun.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
FIRM_LOCAL = ("info", "order", "bestallning", "kundtjanst", "butiken", "hello", "orders", "weddings", "brollop", "begravning", "faktura", "kontakt", "events")  # fmt: skip
FIRM_DOMAIN = ("blomsterboden.example.se", "floristen.example.se", "tulpanhuset.se", "gronateljen.se", "petalsandstems.co.uk", "bloomroom.example.com", "blommor.example.se", "begravning.example.se")  # fmt: skip


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
    """Every value of FX from one seeded Random; counts the head/tail split and the origins."""

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
        pairs = SECOND_GIVEN["f" if woman else "m"]
        if key == "swedish" and given[0][0] in pairs and r.random() < 0.3:
            given.append((r.choice(pairs[given[0][0]]), "pair"))  # Anna-Karin, Karl-Erik
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.4, "uk": 0.3}.get(key, 0.04):
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
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
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

        def bare(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = bare(person.given[0][0]), bare(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}",
                          f"{given}_{surname}", f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("00233669")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the cities' two-digit areas, the towns' three-digit ones."""
        r = self.rng
        d = self.digits(8)
        a2 = r.choice(
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
                "42",
                "46",
                "11",
                "26",
            )
        )
        a3 = r.choice(("920", "980", "470", "480", "498", "512", "522", "611", "660", "651", "243", "250", "300", "322", "346", "410", "413", "431", "455", "491", "501", "520", "550", "570", "586", "620", "640", "690"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"08{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 {a2} {d[:2]} {d[2:4]} {d[4:6]}"), (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"),
            (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.72 else self.landline()

    def firm_phone(self) -> str:
        """A shop's, agency's or switchboard's number: landlines, 020 and 0771 numbers."""
        r = self.rng
        d = self.digits(7)
        roll = r.random()
        if roll < 0.2:
            return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}"))  # fmt: skip
        return self.landline() if roll < 0.85 else self.mobile()

    def uk_phone(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"0117 496 0{d[:3]}",
            f"0131 496 0{d[:3]}", f"01632 960{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0044 113 496 0{d[:3]}",
        ))  # fmt: skip

    def us_phone(self) -> str:
        r = self.rng
        area = r.choice(
            (
                "612",
                "206",
                "312",
                "617",
                "512",
                "503",
                "303",
                "718",
                "619",
                "608",
                "815",
                "716",
                "785",
                "912",
            )
        )
        d = self.digits(2)
        return r.choice((f"({area}) 555-01{d}", f"{area}-555-01{d}", f"+1 {area} 555 01{d}", f"+1 ({area}) 555-01{d}", f"{area}.555.01{d}", f"1-{area}-555-01{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        roll = r.random()
        if roll < 0.15:
            return self.uk_phone()
        if roll < 0.25:
            return self.us_phone()
        return r.choice((
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"040 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}",
            f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 89 {d[:7]}", f"0151 {d[:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"06-{d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+372 5{d[:3]} {d[3:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}", f"+353 87 {d[:3]} {d[3:7]}",
        ))  # fmt: skip

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` is someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1916, 1927) if old else r.randrange(1932, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return (
                f"{date}+{serial}{check}" if roll < 0.75 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.36:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
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

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self, flat: bool = False) -> str:
        r = self.rng
        out = f"{r.choice(SV_STREETS)} {self.number()}"
        roll = r.random()
        if flat or roll < 0.12:
            out += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif roll < 0.18:
            out += f", {r.randrange(1, 7)} tr"
        elif roll < 0.2:
            out += r.choice((", uppg. B", ", nb", " 3 tr"))
        return out

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def rural(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, flat: bool = False, rural: bool = False) -> str:
        street = self.rural() if rural else self.sv_street(flat)
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.7:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        zipcode = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zipcode}"
            if lines
            else f"{street}, {town}, {state} {zipcode}"
        )

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
        out = out.replace("{L2}", r.choice("ABCDEFHKNPRTVWXY") + r.choice("ABCDEFHKNPRTVWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, Q with a middle
    initial, G/g the given name (sometimes its short form), N/n the short form where the name has
    one, S/s the surname, GU/SU given name or surname in capitals, I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an
    e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        words = given + middle + surname
        value = " ".join([person.first] + [f"{w[0]}." for w, _ in middle] + [person.last])
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
        value = "-".join(p[0] + "." for p in person.first.split("-")) + f" {person.last}"
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
    "Q",
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
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (draw.street_name(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(flat=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUU": lambda: (draw.uk_address().upper(), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "ausl": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.uk_phone(), "PHONE"),
        "PHUS": lambda: (draw.us_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "MAILF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}{r.choice(('am', 'pm', '.30pm', ':15 am'))}", f"{r.randrange(8, 19)}:{r.choice(('00', '30'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YEAR": lambda: (str(r.randrange(1928, 1990)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(195, 24000):,} kr".replace(",", " "), f"{r.randrange(195, 4000)}:-", f"SEK {r.randrange(300, 9000)}")), None),
        "GBP": lambda: (f"£{r.randrange(25, 1900)}.{r.choice(('00', '50', '99', '95'))}", None),
        "USD": lambda: (f"${r.randrange(40, 4800):,}.{r.choice(('00', '50', '99'))}", None),
        "REF": lambda: (r.choice((f"{r.randrange(10000, 99999)}", f"#{r.randrange(100000, 999999)}", f"FX-{r.randrange(1000, 9999)}", f"{r.randrange(2026, 2028)}-{r.randrange(1, 9999):04d}")), None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**13)), None),
        "ACCT": lambda: (f"{r.randrange(8000, 8999)}-{r.randrange(1, 9)}, {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}-{r.randrange(10)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    if form in WORDS:  # the genre's words: bouquets, churches, venues, firms (no values)
        return r.choice(WORDS[form]), None
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
    """FX's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-fx-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FX is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["lower given alone"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += bool(re.search(r"[-+]", value))
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = draw.split["head"] + draw.split["tail"]
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%}); second halves of double given names {draw.split['pair']}"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted(set().union(*MIXES.values()) - set(draw.origins))
    print(f"origins in MIXES never drawn: {len(missing)} {missing}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, last = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, end = span["start"], span["end"]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if not (0 <= start < end <= len(text)):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:end]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < last
            last = end
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                digits = digits[2:] if len(digits) == 12 else digits
                valid = (
                    len(digits) == 10 and digits.isdigit() and luhn(digits[:9]) == int(digits[9])
                )
                problems["personnummer check digit"] += not valid
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids")
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
