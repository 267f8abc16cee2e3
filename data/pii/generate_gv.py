# ruff: noqa: E501
"""Generate held-out GV for personal-data detection (issue 15): names as the population has them,
a hundred-and-eighty-third writer.

    python data/pii/generate_gv.py           # writes data/pii/generated-heldout-gv.jsonl
    python data/pii/generate_gv.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gv.py --check   # checks the written file, prints counts only
    python data/pii/generate_gv.py --seed 7 --out /tmp/gv-7.jsonl   # a scratch seed

GV's names are drawn by how often people really carry them: every name word comes from
`names_gv.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is lost property and police reports (`templates_gv.py`): found-item registers of
transport companies, shops, gyms and the police, loss and theft reports, claim receipts for
returned property, bicycle registrations and frame numbers, reports of a neighbour's disturbance
to landlords and housing co-operatives, case officers' notes, insurance claims for stolen things,
in Swedish, English and the mixed Swedish/English of Swedish workplaces. Written by a helper who
does not tune the detector, who read only `generate_aw.py` (for the mechanics), two sections of
`docs/privacy.md` ("Held-out AW" and "Held-out CL") and the first line of
`generated-heldout-u.jsonl`; neither the detector's rules, lexicons and tagger (`src/`) nor any
error listing nor any other set's names, templates or rows. GV was never run through the
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

from names_gv import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gv import (  # noqa: E402
    BIKES,
    COLOURS,
    DAYS,
    EN,
    ITEMS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    PLACES,
    SV,
)

SEED = 20270260
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gv.jsonl"
SPLIT = "heldout-gv"
KEYS = ["id", "split", "lang", "text", "spans"]  # as in generated-heldout-u.jsonl
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Östra Storgatan", "Västra Vägen",
    "Järnvägsgatan", "Nygatan", "Skolgatan", "Trädgårdsgatan", "Kyrkogatan", "Fabriksgatan",
    "Södra Förstadsgatan", "Götgatan", "Hornsgatan", "Sveavägen", "Folkungagatan", "Linnégatan",
    "Andra Långgatan", "Rörstrandsgatan", "Tegnérgatan", "Vallgatan", "Parkgatan", "Bergsgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Rosenvägen", "Violvägen", "Idrottsvägen",
    "Skogsvägen", "Sjövägen", "Ringvägen", "Solvägen", "Ekbacksvägen", "Långbrodalsvägen",
    "Nynäsvägen", "Lilla Vägen", "Enköpingsvägen", "Kvarnsvängen", "Lärksvängen", "Gräsandsvängen",
    "Valla allé", "Lasarettsallén", "Kastanjeallén", "Sankt Eriks allé", "Hammarby allé",
    "Kvarnbacken", "Solbacken", "Lärkbacken", "Mölndals backe", "Prästbacken", "Rönnbärsstigen",
    "Blåklocksstigen", "Smultronstigen", "Ekorrstigen", "Hästhovsstigen", "Stortorget",
    "Södra torget", "Medborgarplatsen", "Järntorget", "Lilla torg", "Fiskartorget", "Centralplan",
    "Brunnsplan", "Kungsplan", "Hamnplan", "Klockargränd", "Repslagargränd", "Tullgränd",
    "Sillgränd", "Skeppsbrokajen", "Norra Kajen", "Stenpiren", "Stadsgårdskajen", "Packhuskajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (their range, as the writer knows it).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 581, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 977), ("Östersund", 831, 832), ("Trollhättan", 461, 461), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Kristianstad", 291, 291),
    ("Nyköping", 611, 611), ("Uddevalla", 451, 451), ("Borlänge", 784, 784), ("Solna", 169, 171),
    ("Sundbyberg", 172, 174), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Järfälla", 175, 177),
    ("Lidingö", 181, 181), ("Täby", 183, 187), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434),
    ("Partille", 433, 433), ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Ystad", 271, 271),
    ("Motala", 591, 591), ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Västervik", 593, 593),
    ("Värnamo", 331, 331), ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Hudiksvall", 824, 824),
    ("Mora", 792, 792), ("Karlskoga", 691, 691), ("Lidköping", 531, 531), ("Alingsås", 441, 441),
    ("Sandviken", 811, 811), ("Ängelholm", 262, 262), ("Örnsköldsvik", 891, 891), ("Visby", 621, 621),
)  # fmt: skip
# Towns whose countryside has rural postcodes (`xxx 9x`): no city and no suburb.
RURAL_TOWNS = tuple(t for t in SV_TOWNS if t[0] in {
    "Falun", "Skövde", "Kristianstad", "Nyköping", "Uddevalla", "Borlänge", "Kungsbacka", "Ystad", "Motala",
    "Enköping", "Katrineholm", "Västervik", "Värnamo", "Piteå", "Kiruna", "Hudiksvall", "Mora", "Karlskoga",
    "Lidköping", "Alingsås", "Sandviken", "Ängelholm", "Örnsköldsvik", "Visby", "Östersund", "Kalmar",
})  # fmt: skip
VILLAGES = (
    "Västanby", "Östanbäck", "Norrby", "Söderby", "Kvarnbo", "Lillgården", "Storängen", "Hagalund",
    "Backa", "Bäckebo", "Ekeby", "Sjöbo gård", "Åsen", "Furudal", "Berga", "Tomta", "Mossen", "Rya",
)  # fmt: skip
UK_STREETS = (
    "Station Road", "High Street", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
    "Queens Road", "The Crescent", "Kingsway", "Albert Street", "Green Lane", "Manor Road",
    "Orchard Close", "Highfield Road", "Grange Road", "Chapel Street", "St John's Road", "Elm Grove",
    "Cavendish Place", "Woodland Drive", "Mount Pleasant", "Coronation Street", "Market Square",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "N"), ("London", "E"), ("Manchester", "M"), ("Leeds", "LS"),
    ("Bristol", "BS"), ("Birmingham", "B"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"),
    ("Liverpool", "L"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Brighton", "BN"), ("Norwich", "NR"),
    ("York", "YO"), ("Newcastle upon Tyne", "NE"), ("Belfast", "BT"), ("Oxford", "OX"), ("Cambridge", "CB"),
)  # fmt: skip
US_STREETS = ("Elm Street", "Maple Avenue", "Oak Street", "Washington Avenue", "Lake Street", "2nd Avenue South", "Cedar Lane", "Sunset Boulevard", "Pine Street", "Hillcrest Drive", "Park Place", "Main Street")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Boston", "MA", 21), ("Denver", "CO", 802), ("Madison", "WI", 537), ("Portland", "OR", 972), ("Brooklyn", "NY", 112), ("Columbus", "OH", 432))  # fmt: skip
EUROPE = (
    "Schillerstraße {n}, {z5:10115-14199} Berlin", "Hauptstraße {n}a, {z5:80331-81929} München",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès, {z5:75019-75019} Paris",
    "Mannerheimintie {n} B {m}, {z5:00100-00180} Helsinki", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Storgata {n}, {z4:0150-0190} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "ul. Marszałkowska {n} m. {m}, {z2:00-00}-{z3:100-999} Warszawa", "Calle Mayor {n}, {m}º B, {z5:28001-28015} Madrid",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via Roma {n}, {z5:20121-20129} Milano",
    "Narva mnt {n}-{m}, {z5:10117-10152} Tallinn", "Gedimino pr. {n}, LT-{z5:01103-01110} Vilnius",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.co.uk", "yahoo.com")  # fmt: skip
WORK = ("example.se", "polisen.example.se", "bostad.example.se", "example.com", "example.org", "example.co.uk", "forsakring.example.se")  # fmt: skip
FIRM_LOCAL = ("hittegods", "info", "kundtjanst", "lostproperty", "lost.found", "reception", "forvaltning", "felanmalan", "claims", "skador", "cykel", "bovard", "noreply", "support")  # fmt: skip


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
    """Every value of GV from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Eva-Lena, Per-Erik
            second = (
                r.choices(pool.names[:40], weights=pool.weights[:40])[0],
                "head",
            )  # a common pair
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
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_LOCAL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d, m = self.digits(7), "07" + r.choice("0002336699")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (11, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline, a switchboard or a firm's number."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "11", "90", "60", "35", "36", "54", "63")
        )
        area3 = r.choice(
            (
                "480",
                "470",
                "455",
                "500",
                "510",
                "520",
                "611",
                "620",
                "651",
                "920",
                "980",
                "240",
                "243",
                "150",
            )
        )
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:3]} {d[3:6]}"), (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"),
            (1, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"010-{d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.68 else self.landline()

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)50 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 40 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+1 (612) 555-0{d[:3]}", f"+1 312-555-0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+252 61 {d[:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        m = "7" + r.choice("1345789")  # mobiles: 071 to 079
        shapes = (
            f"0{m}{d[:2]} {d[2:8]}", f"0{m}{d[:2]} {d[2:5]} {d[5:8]}", f"+44 {m}{d[:2]} {d[2:8]}", f"+44 (0){m}{d[:2]} {d[2:8]}",
            f"020 {r.choice('378')}{d[:3]} {d[3:7]}", f"020 7{d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}",
            f"0117 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}", f"029 {d[:4]} {d[4:8]}", f"01865 {d[:6]}",
            f"01223 {d[:6]}", f"+44 20 {r.choice('378')}{d[:3]} {d[3:7]}", f"0343 {d[:3]} {d[3:7]}", f"0300 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(("612", "651", "312", "206", "512", "617", "303", "608", "503", "718"))
        shapes = (f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}", f"1-{area}-555-{d}", f"+1 ({area}) 555-{d}")  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `+` for those a hundred or more (10 digits)."""
        r = self.rng
        old = old or r.random() < 0.05
        year = r.randrange(1918, 1927) if old else r.randrange(1934, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old and roll < 0.75:
            return f"{date}+{serial}{check}"
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
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x."""
        r = self.rng
        town, low, high = r.choice(RURAL_TOWNS if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def flat(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        if roll < 0.8:
            return f", {r.randrange(1, 7)} tr"
        return f" {r.choice(('1', '2', '3', '4'))} tr, lgh {r.randrange(10, 15)}{r.randrange(1, 6):02d}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += self.flat()
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        joint = r.choice((", ", ", ", "\n"))
        return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.3:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Apt.', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
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
    (sometimes its short form), N/n the short form where the name has one, GF the given name as
    written in a register (never short), GU the given name in capitals, S/s the surname, SU the
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
    elif base in ("GF", "GU"):
        words, value = given, person.first.upper() if base == "GU" else person.first
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
    "GF",
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


def filler(form: str, draw: Draw) -> list[Segment]:
    """The value (or the look-alike) for a slot that names nobody."""
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2026, 2027, 2027))

    def sv_date() -> str:
        return r.choice(
            (
                f"{year}-{month:02d}-{day:02d}",
                f"{day}/{month}",
                f"{day} {MONTHS['sv'][month - 1]}",
                f"{day}/{month} {year}",
                f"{year}{month:02d}{day:02d}",
            )
        )

    def en_date() -> str:
        return r.choice(
            (
                f"{day} {MONTHS['en'][month - 1]}",
                f"{day:02d}/{month:02d}/{year}",
                f"{MONTHS['en'][month - 1]} {day}, {year}",
                f"{month}/{day}/{year}",
                f"{year}-{month:02d}-{day:02d}",
            )
        )

    def co() -> list[Segment]:
        person = draw.person(None)
        joint = "\n" if r.random() < 0.5 else ", "
        return [
            ("c/o ", None),
            *person_segments(r.choice(("P", "P", "S")), person, draw),
            (joint, None),
            (draw.sv_address(lines=joint == "\n", rural=False), "ADDRESS"),
        ]

    def street_name() -> str:
        return r.choice(SV_STREETS)

    values: dict[str, Callable[[], Segment | list[Segment]]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (street_name(), "ADDRESS"),
        "stn": lambda: (street_name().lower(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "CO": co,
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
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PH114": lambda: ("114 14", "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (sv_date() if not en else en_date(), None),
        "DATEEN": lambda: (en_date(), None),
        "TIME": lambda: (f"{r.randrange(0, 24):02d}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '05', '15', '20', '30', '40', '45', '50'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 13)}:{r.choice(('00', '15', '30', '45', '10'))} {r.choice(('am', 'pm', 'am', 'pm', 'AM', 'PM'))}", f"{r.randrange(0, 24):02d}:{r.choice(('00', '20', '35', '50'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(150, 42000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(15, 2400)}{r.choice(('', '.00', '.99', '.50'))}", None),
        "USD": lambda: (f"${r.randrange(20, 3000)}{r.choice(('', '.00', '.99'))}", None),
        "EUR": lambda: (f"€{r.randrange(20, 1800)}", None),
        "DNR": lambda: (r.choice((f"K{r.randrange(100000, 999999)}-{year % 100}", f"5000-K{r.randrange(100000, 9999999)}-{year % 100}", f"{r.choice(('0800', '1400', '3000', '5000'))}-K{r.randrange(10000, 999999)}-{year % 100}", f"K {r.randrange(100000, 999999)}-{year % 100}")), None),
        "HG": lambda: (r.choice((f"HG-{year}-{r.randrange(100, 99999):05d}", f"H{r.randrange(100000, 999999)}", f"{r.randrange(1000, 9999)}/{year % 100}", f"LF-{r.randrange(10000, 99999)}")), None),
        "RAM": lambda: (r.choice((f"WBK{r.randrange(100000, 999999)}{r.choice('HJKL')}", f"{r.choice(('SN', 'GS', 'WC', 'WTU'))}{r.randrange(10000000, 99999999)}", f"{r.choice('ABCDEFGH')}{r.randrange(10, 99)}{r.choice('XYZKMN')}{r.randrange(100000, 999999)}", f"U{r.randrange(1000, 9999)} {r.randrange(1000, 9999)}")), None),
        "IMEI": lambda: ((lambda d: r.choice((d, f"{d[:2]} {d[2:8]} {d[8:14]} {d[14]}", f"{d[:8]}-{d[8:14]}-{d[14]}")))(f"35{r.randrange(10**12, 10**13)}{r.randrange(10)}"), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 99)}{r.choice('0123456789ACDEFGHJKLMNPRSTUWXYZ')}", None),
        "SER": lambda: (f"{r.choice(('SN', 'S/N', 'SN:', 'S/N:'))} {''.join(r.choice('ABCDEFGHJKLMNPQRSTVWXYZ0123456789') for _ in range(r.randrange(8, 13)))}", None),
        "CRN": lambda: (r.choice((f"{r.randrange(1, 99):02d}/{r.randrange(10000, 999999)}/{year % 100}", f"CRI{r.randrange(10000000, 99999999)}", f"{r.randrange(1000, 9999)}{r.randrange(100000, 999999)}", f"CAD {r.randrange(1000, 9999)}")), None),
        "INC": lambda: (r.choice((f"{year}-{r.randrange(100000, 999999):06d}", f"#{r.randrange(10000, 99999)}", f"IR-{year % 100}-{r.randrange(1000, 99999)}")), None),
        "PIR": lambda: (f"{r.choice(('ARN', 'GOT', 'LHR', 'CPH', 'MMX', 'OSL'))}{r.choice(('SK', 'DY', 'BA', 'LH', 'KL'))}{r.randrange(10000, 99999)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS + tuple((t, s) for t, s, _ in US_TOWNS))[0], None),
        "PLACE": lambda: (r.choice(PLACES["sv"]), None),
        "PLACEEN": lambda: (r.choice(PLACES["en"]), None),
        "ITEM": lambda: (r.choice(ITEMS["sv"]), None),
        "ITEMEN": lambda: (r.choice(ITEMS["en"]), None),
        "BIKE": lambda: (r.choice(BIKES), None),
        "COLOR": lambda: (r.choice(COLOURS["sv"]), None),
        "COLOREN": lambda: (r.choice(COLOURS["en"]), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PET": lambda: (r.choice(PETS), None),
        "PASS": lambda: (f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randrange(100000, 999999)}", None),
        "LGH": lambda: (f"{r.randrange(10, 16)}{r.randrange(1, 9):02d}", None),
        "ORG": lambda: (f"{r.choice(('55', '55', '71', '76', '80'))}{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}", None),
        "CARD": lambda: (r.choice((f"**** {r.randrange(1000, 9999)}", f"xxxx xxxx xxxx {r.randrange(1000, 9999)}", f"slutar på {r.randrange(1000, 9999)}")), None),
    }  # fmt: skip
    out = values[form]()
    return out if isinstance(out, list) else [out]


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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """GV's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of GV is printed."""
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
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address after c/o"] += (
                    "c/o " in text[max(0, span["start"] - 60) : span["start"]]
                )
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                sep = "+" if "+" in value else "-" if "-" in value else "no separator"
                forms[f"personnummer {len(digits)} digits, {sep}"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is None:
        return
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for mix in MIXES.values() for k in mix if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {sorted(set(missing)) or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only (never a row). Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows: list[dict[str, object]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows.append(row)
        if list(row) != KEYS:
            problems["keys not as in heldout-u"] += 1
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        if row["id"] in ids:
            problems["id twice"] += 1
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            if span["kind"] not in KINDS:
                problems["unknown kind"] += 1
            if not 0 <= start < stop <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at a span's edge"] += 1
            if start < end:
                problems["spans unsorted or overlapping"] += 1
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                if not re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value) or luhn(digits[:9]) != int(
                    digits[9]
                ):
                    problems["personnummer check digit"] += 1
    stats(rows, None)
    print(
        f"check: {len(rows)} rows, {len(ids)} ids; problems: "
        + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none")
    )
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--out", type=Path, default=None, help=f"where to write (default {OUT.name})"
    )
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed (needs --out)")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out or OUT) else 0)
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.seed != SEED and args.out is None:
        parser.error("a scratch seed is written only with --out")
    out = args.out or OUT
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
