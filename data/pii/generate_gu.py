# ruff: noqa: E501
"""Generate held-out GU for personal-data detection (issue 15): names as the population has them,
a hundred-and-eighty-second writer. GU's names are drawn by how often people carry them, from
`names_gu.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, the commonest names of origins common in Sweden), 80% from a list's head and
20% from its tail, mixed by the language of the row; its genre is pensions and retirement
(`templates_gu.py`): pension statements, withdrawal applications, survivors' pensions, transfers
between funds, employer contributions and pension advisers' meeting notes, in Swedish, English
and the two mixed. Written by a helper who does not tune the detector and who read only
`generate_aw.py` (for the mechanics), two sections of docs/privacy.md (what a write-up holds) and
the first line of `generated-heldout-u.jsonl` (its keys); not the detector, its lexicons, its
tests, nor any other set's names, templates or rows. Stdlib only; one seeded Random: same seed,
same bytes.

    python data/pii/generate_gu.py                    # writes data/pii/generated-heldout-gu.jsonl
    python data/pii/generate_gu.py --stats            # counts only
    python data/pii/generate_gu.py --check            # checks the written file, counts only
    python data/pii/generate_gu.py --seed 7 --out /tmp/gu.jsonl   # a scratch seed
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

from names_gu import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gu import DAYS, EN, FUNDS, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270259
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gu.jsonl"
SPLIT = "heldout-gu"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Västra Vallgatan", "Nygatan", "Järnvägsgatan", "Skolgatan",
    "Trädgårdsgatan", "Prästgatan", "Östra Långgatan", "Köpmangatan", "Hantverkargatan", "Fabriksgatan",
    "Södra Förstadsgatan", "Linnégatan", "Götgatan", "Tegnérgatan", "Bangårdsgatan", "Esplanaden",
    "Björkvägen", "Granvägen", "Tallvägen", "Rönnvägen", "Lönnvägen", "Ekvägen", "Sjövägen", "Kyrkvägen",
    "Skogsvägen", "Industrivägen", "Solvägen", "Ängsvägen", "Vallmovägen", "Blåklintsvägen", "Gamla Landsvägen",
    "Norra Ringvägen", "Strandvägen", "Backvägen", "Hagvägen", "Tingsvägen", "Lärkvägen",
    "Lingonsvängen", "Blåbärssvängen", "Hjortronsvängen", "Mossvängen",
    "Lindallé", "Kastanjeallén", "Parkallén", "Stationsallén",
    "Kvarnbacken", "Smedsbacken", "Tallbacke", "Klockarebacken",
    "Hasselstigen", "Vitsippsstigen", "Gökstigen", "Myrstigen", "Harstigen",
    "Stortorget", "Lilla Torg", "Kungstorget", "Fisktorget",
    "Ekplan", "Järnvägsplan", "Rosenplan",
    "Klockgränd", "Kopparslagargränd", "Tunnbindaregränd",
    "Hamnkajen", "Norra Kajen", "Skeppsbrokajen",
    "Bryggaregatan", "Repslagaregatan", "Sankt Eriksgatan", "Tullgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (a range), the larger first.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Bromma", 161, 168), ("Solna", 169, 171), ("Nacka", 131, 134), ("Täby", 183, 187),
    ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Örnsköldsvik", 891, 891),
    ("Skellefteå", 931, 931), ("Nyköping", 611, 611), ("Motala", 591, 591), ("Visby", 621, 621),
    ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Ystad", 271, 271), ("Hudiksvall", 824, 824),
    ("Mora", 792, 792), ("Ljungby", 341, 341), ("Sollefteå", 881, 881), ("Arvika", 671, 671),
    ("Sala", 733, 733), ("Lidköping", 531, 531), ("Alingsås", 441, 441), ("Härnösand", 871, 871),
    ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Vimmerby", 598, 598), ("Tranås", 573, 573),
    ("Vetlanda", 574, 574), ("Ludvika", 771, 771), ("Sandviken", 811, 811), ("Strömstad", 452, 452),
)  # fmt: skip
VILLAGES = (
    "Östra Ryd", "Norrby", "Västanby", "Sörbyn", "Lillgården", "Övre Bäck", "Nedre Sjöbacka", "Höganäset",
    "Kvarnbo", "Ängsbacka", "Bygget", "Tallåsen", "Storliden", "Myrviken", "Hästhagen", "Prästbordet",
)  # fmt: skip
CARE_HOMES = ("Solgården", "Ekbacken", "Lindängen", "Tallgården", "Björkhagen", "Rosengården", "Sjöstugan")  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "The Crescent",
    "Queens Road", "Manor Way", "Orchard Close", "Meadow View", "Kingsway", "St John's Road", "Beech Grove",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Exeter", "EX"), ("York", "YO"), ("Bath", "BA"),
    ("Cardiff", "CF"), ("Swansea", "SA"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Aberdeen", "AB"),
    ("Harrogate", "HG"), ("Eastbourne", "BN"), ("Torquay", "TQ"), ("Lincoln", "LN"), ("Belfast", "BT"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Hillside", "Woodlands", "The Bungalow", "Flat 3, Kingfisher Court", "Sunnyside", "Apartment 12, Marine Parade")  # fmt: skip
US_STREETS = ("Oak Street", "Maple Avenue", "Elm Drive", "Sunset Boulevard", "Lakeview Terrace", "Palm Court", "Cedar Lane", "Retirement Way", "Golf View Drive", "2nd Avenue")  # fmt: skip
US_TOWNS = (("Sarasota", "FL", 342), ("The Villages", "FL", 321), ("Scottsdale", "AZ", 852), ("Minneapolis", "MN", 554), ("Rockford", "IL", 611), ("Seattle", "WA", 981), ("Tucson", "AZ", 857), ("Lincoln", "NE", 685))  # fmt: skip
EUROPE = (
    "Calle del Sol {n}, {z5:29600-29699} Marbella", "Avenida de Andalucía {n}, {m}º B, {z5:29780-29789} Nerja",
    "Carrer Major {n}, {z5:03700-03709} Dénia", "Rua das Flores {n}, {z4:8200-8299}-{z3:100-999} Albufeira",
    "{n} avenue des Pins, {z5:06400-06499} Cannes", "{n} rue de la Paix, {z5:75001-75020} Paris",
    "Bahnhofstraße {n}, {z5:80331-80339} München", "Am Seeufer {n}, {z5:24103-24149} Kiel",
    "Rantakatu {n} A {m}, {z5:65100-65380} Vaasa", "Mannerheimintie {n} B {m}, {z5:00100-00290} Helsinki",
    "Storgata {n}, {z4:0155-0190} Oslo", "Strandvejen {n}, {m}. th., {z4:2900-2999} Hellerup",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam",
    "Via Garibaldi {n}, {z5:00153-00199} Roma", "Ilica {n}, {z5:10000-10000} Zagreb",
    "Atatürk Caddesi {n}, {z5:07100-07199} Antalya", "Soi Sukhumvit {m}, Khlong Toei, Bangkok {z5:10110-10110}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "comhem.se")  # fmt: skip
WORK = ("example.se", "pension.example.se", "radgivning.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_MAIL = ("kundservice", "pension", "tjanstepension", "info", "radgivning", "utbetalning", "efterlevande", "flytt", "lon", "hr", "pensions", "payroll", "benefits", "support")  # fmt: skip


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
    """Every value of GU from one seeded Random; counts the head/tail split and the origins."""

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
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(40, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_MAIL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
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
                "36",
                "46",
                "35",
            )
        )
        area3 = r.choice(
            (
                "120",
                "150",
                "171",
                "220",
                "240",
                "250",
                "270",
                "290",
                "300",
                "320",
                "340",
                "380",
                "410",
                "430",
                "454",
                "470",
                "480",
                "498",
                "510",
                "520",
                "550",
                "570",
                "611",
                "620",
                "640",
                "650",
                "660",
                "680",
                "690",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08-{d[:8]}"), (1, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an agency's number: switchboards, customer service, free numbers."""
        r = self.rng
        d = self.digits(8)
        return r.choice((f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"020-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:5]} {d[5:7]}", f"08-{d[:3]} {d[3:6]} 00",
                         f"031-{d[:3]} {d[3:5]} 00", f"+46 771 {d[:3]} {d[3:6]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"010-{d[:3]} {d[3:5]} {d[5:7]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"0034 6{d[:8]}", f"+34 952 {d[:3]} {d[3:6]}", f"+351 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)4 93 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)20 7{d[:3]} {d[3:7]}", f"020 7{d[:3]} {d[3:7]}",
            f"0113 {d[:3]} {d[3:7]}", f"+44 131 {d[:3]} {d[3:7]}", f"0044 117 {d[:3]} {d[3:7]}",
            f"+1 (941) 555-0{d[:3]}", f"(480) 555-0{d[:3]}", f"+1 612 555 0{d[:3]}", f"941-555-0{d[:3]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+49 89 {d[:4]} {d[4:8]}", f"+49 (0)151 {d[:8]}", f"+48 5{d[:2]} {d[2:5]} {d[5:8]}", f"+385 91 {d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+252 61 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, low: int = 1936, high: int = 1990, shape: str = "") -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` for one who is a hundred or more (shape `old`)."""
        r = self.rng
        year = r.randrange(1919, 1927) if shape == "old" else r.randrange(low, high + 1)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if shape == "old":
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.7
                else f"{year // 100}{date}-{serial}{check}"
            )
        roll = (
            r.random()
            if not shape
            else r.random() * 0.46
            if shape == "12"
            else 0.46 + r.random() * 0.54
        )
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.46:
            return f"{year // 100}{date}{serial}{check}"
        if roll < 0.9:
            return f"{date}-{serial}{check}"
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """An organisation number (a look-alike of a personnummer, no value): third digit 2 or more."""
        r = self.rng
        body = r.choice(("556", "559", "502", "802", "716", "969", "212", "202")) + self.digits(6)
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
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.06:
            out += ", Sverige"
        return out

    def farm(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def flat(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.7:
            return f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        return f", {r.randrange(1, 7)} tr"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.farm() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.18):
            street += self.flat()
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 99999)}{r.choice((', ', chr(10)))}{self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
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
    (sometimes its short form), GU the given name in capitals, N/n the short form where the name has
    one, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s`
    asks for a Swedish genitive, a trailing `'` an English one.
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
    "GU",
    "N",
    "n",
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


def money(r: Random, low: int, high: int) -> str:
    return f"{r.randrange(low, high):,}".replace(",", " ")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2026, 2027, 2027, 2027, 2028))

    def co() -> list[Segment]:
        """`c/o Name, address`: the c/o outside, the name its own PERSON, the address from the street."""
        person = draw.person(None)
        name = person_segments(r.choice(("P", "P", "S")), person, draw)
        return [
            ("c/o ", None),
            *name,
            (r.choice((", ", "\n")), None),
            (draw.sv_address(rural=False), "ADDRESS"),
        ]

    def co_en() -> list[Segment]:
        name = person_segments("P", draw.person(None), draw)
        return [("c/o ", None), *name, (", ", None), (draw.uk_address(), "ADDRESS")]

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True), "ADDRESS")],
        "ARL": lambda: [(draw.sv_address(lines=True, rural=True), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STT": lambda: [(f"{draw.sv_street()}{r.choice((', ', chr(10)))}{draw.town()[0]}", "ADDRESS")],
        "STN": lambda: [(r.choice(SV_STREETS), "ADDRESS")],
        "STL": lambda: [(draw.sv_address(lgh=True, rural=False), "ADDRESS")],
        "CARE": lambda: [(f"{r.choice(CARE_HOMES)}s äldreboende, ", None), (f"{draw.sv_street()}{draw.flat()}, {draw.sv_postal()}", "ADDRESS")],
        "a": lambda: [((r.choice((draw.sv_street(), draw.farm())) if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS")],
        "CO": co,
        "COEN": co_en,
        "STNEN": lambda: [(r.choice(UK_STREETS), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AUSL": lambda: [(draw.us_address(lines=True), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "AXL": lambda: [(draw.eu_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHF": lambda: [(draw.phone_firm(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "EF": lambda: [(draw.firm_email(), "EMAIL")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "PNR12": lambda: [(draw.national_id(shape="12"), "NATIONAL_ID")],
        "PNR10": lambda: [(draw.national_id(shape="10"), "NATIONAL_ID")],
        "PNRO": lambda: [(draw.national_id(shape="old"), "NATIONAL_ID")],
        "PNRP": lambda: [(draw.national_id(1934, 1962), "NATIONAL_ID")],
        "PNRC": lambda: [(draw.national_id(2007, 2022), "NATIONAL_ID")],
        "ORG": lambda: [(draw.org_number(), None)],
        "DATE": lambda: [(r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]} {year}", f"{day} {MONTHS['sv'][month - 1]}")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}")), None)],
        "BORN": lambda: [(f"{r.randrange(1936, 1966)}-{month:02d}-{day:02d}", None)],
        "YEAR": lambda: [(str(r.randrange(1938, 1966)), None)],
        "AGE": lambda: [(str(r.choice((61, 62, 63, 64, 65, 65, 66, 67, 67, 68, 69, 70))), None)],
        "TIME": lambda: [(f"{r.randrange(8, 18)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None)],
        "NUM": lambda: [(str(r.randrange(2, 45)), None)],
        "PCT": lambda: [(r.choice(("4.5", "2", "6", "30", "10", "25", "50", "75", "100", "3", "1.5")) if en else r.choice(("4,5", "2", "6", "30", "10", "25", "50", "75", "100", "3", "1,5", "40")), None)],
        "UTTAG": lambda: [(r.choice(("25", "50", "75", "100", "100")), None)],
        "AMT": lambda: [(f"{money(r, 1200, 48000)} kr", None)],
        "BIG": lambda: [(f"{money(r, 80000, 3400000)} kr", None)],
        "GBP": lambda: [(f"£{r.randrange(40, 2400):,}.{r.randrange(100):02d}", None)],
        "GBPW": lambda: [(f"£{r.randrange(120, 241)}.{r.randrange(100):02d}", None)],
        "GBPBIG": lambda: [(f"£{r.randrange(12000, 640000):,}", None)],
        "USD": lambda: [(f"${r.randrange(8000, 900000):,}", None)],
        "EUR": lambda: [(f"{money(r, 200, 4000)} €", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(100000, 999999)}", f"PM-{r.randrange(2025, 2028)}-{r.randrange(10000, 99999)}")), None)],
        "POL": lambda: [(r.choice((f"{r.randrange(100000, 999999)}-{r.randrange(100, 999)}", f"P{r.randrange(1000000, 9999999)}", f"{r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}", f"TJP-{r.randrange(100000, 999999)}")), None)],
        "BG": lambda: [(f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None)],
        "OCR": lambda: [(draw.digits(r.randrange(10, 17)), None)],
        "ACC": lambda: [(f"{r.choice(('8327-9', '6000', '3300', '5000', '8105-9', '9960'))}, {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}", None)],
        "FUND": lambda: [(r.choice(FUNDS), None)],
        "NINO": lambda: [(f"{r.choice('ABCEGHJKLMNOPRSTWXYZ')}{r.choice('ABCEGHJKLMNPRSTWXYZ')} {r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)} {r.choice('ABCD')}", None)],
        "TOWN": lambda: [(r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None)],
        "MONTH": lambda: [(MONTHS["sv"][month - 1], None)],
        "MONTHEN": lambda: [(MONTHS["en"][month - 1], None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """GU's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(?:(?:19|20)?(\d{6})[-+]?(\d{4}))$")


def pnr_form(value: str) -> str:
    digits = value.replace("-", "").replace("+", "")
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of GU is printed."""
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
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 50) : span["start"]]
                )
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
        print(f"origins in MIXES never drawn: {missing or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            if not 0 <= start < stop <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                match = PNR.match(value)
                if not match or luhn(match.group(1) + match.group(2)[:3]) != int(match.group(2)[3]):
                    problems["personnummer check digit"] += 1
    sizes = Counter(row["lang"] for row in rows)
    if dict(sizes) != SIZES:
        problems["sizes"] += 1
    print(
        f"checked {len(rows)} rows, {sum(len(row['spans']) for row in rows)} spans, {len(ids)} distinct ids"
    )
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    stats(rows, None)
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
