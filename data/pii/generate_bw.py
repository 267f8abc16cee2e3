# ruff: noqa: E501
"""Generate held-out bw for personal-data detection: names as the population has them, the
fifty-fourth writer (clubs, associations and parents' groups).

    python data/pii/generate_bw.py             # writes data/pii/generated-heldout-bw.jsonl
    python data/pii/generate_bw.py --stats     # counts only, writes nothing
    python data/pii/generate_bw.py --check     # checks the written file, counts only
    python data/pii/generate_bw.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

bw's names are drawn by how often people carry them: every name word comes from `names_bw.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the
UK, and the commonest names of the origins common in Sweden), 80% from the head of a list and 20%
from its tail, mixed by the language of the row. The genre is local clubs, associations and
parents' groups (`templates_bw.py`): sports clubs, choirs, scouts, congregations, study circles,
pensioners' associations, parents' groups at schools and preschools, allotment associations,
local Facebook and WhatsApp groups and neighbourhood watch. Written by a helper who does not tune
the detector and read none of its code, lexicons, tests or error listings, nor any other set's
names, templates or rows; bw was never run through the detector by its writer. Stdlib only; one
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

from names_bw import (  # noqa: E402
    HEAD_SHARE,
    HYPHENED_F,
    HYPHENED_M,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    plain,
)
from templates_bw import CLUBS, DAYS, EN, MIXED, MONTHS, NEGATIVES, PETS, SV  # noqa: E402

SEED = 20270131
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bw.jsonl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets as the address register has them, many by sports grounds, schools and halls.
SV_STREETS = (
    "Idrottsvägen", "Idrottsgatan", "Sportvägen", "Skolvägen", "Skolgatan", "Storgatan",
    "Kyrkogatan", "Kyrkvägen", "Stationsgatan", "Järnvägsgatan", "Drottninggatan", "Kungsgatan",
    "Nygatan", "Parkgatan", "Parkvägen", "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen",
    "Lönnvägen", "Rönnvägen", "Lindvägen", "Almvägen", "Aspvägen", "Sjövägen", "Strandvägen",
    "Ängsvägen", "Backvägen", "Bergsgatan", "Västra Vägen", "Östra Långgatan", "Norra Allén",
    "Södra Förstadsgatan", "Fabriksgatan", "Verkstadsgatan", "Industrigatan", "Hantverkargatan",
    "Trädgårdsgatan", "Folkets Husvägen", "Badhusgatan", "Bollplansvägen", "Vallgatan",
    "Simhallsvägen", "Ishallsvägen", "Scoutvägen", "Prästgårdsgatan", "Klockarvägen",
    "Lärkvägen", "Trastvägen", "Svalvägen", "Duvvägen", "Blåklintsvägen", "Prästkragens väg",
    "Smörblomsvägen", "Solrosvägen", "Vitsippsvägen", "Gullvivevägen", "Kolonivägen",
    "Odlarvägen", "Koloniträdgårdsgatan", "Mossvägen", "Skogsbrynet", "Ekbacken", "Solbacken",
    "Kvarnbacken", "Tallbacken", "Lärkstigen", "Ekorrstigen", "Blåbärsstigen", "Granstigen",
    "Hagtornsgången", "Lindallén", "Kastanjeallén", "Rosengången", "Stortorget", "Lilla Torget",
    "Kyrktorget", "Smedjegatan", "Tullgatan", "Hamngatan", "Varvsgatan", "Möllevångsgatan",
    "Ribersborgsvägen", "Ringvägen", "Gamla Vägen", "Bruksvägen", "Hyttvägen", "Sågvägen",
    "Per Albin Hanssons väg", "Selma Lagerlöfs väg", "Olof Palmes gata", "Evert Taubes gata",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Huddinge", 141, 141), ("Eskilstuna", 632, 635), ("Gävle", 802, 806),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462),
    ("Östersund", 831, 832), ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393),
    ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Lidköping", 531, 531), ("Motala", 591, 591), ("Nyköping", 611, 611),
    ("Landskrona", 261, 261), ("Kungsbacka", 434, 434), ("Varberg", 432, 432), ("Alingsås", 441, 441),
    ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Sandviken", 811, 811), ("Visby", 621, 621),
    ("Ystad", 271, 271), ("Mora", 792, 792), ("Hudiksvall", 824, 824), ("Mariestad", 542, 542),
    ("Vetlanda", 574, 574), ("Kiruna", 981, 981), ("Arvika", 671, 671), ("Köping", 731, 731),
    ("Ljungby", 341, 341), ("Härnösand", 871, 871), ("Oskarshamn", 572, 572), ("Tranås", 573, 573),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Park Road", "Victoria Road", "Green Lane",
    "Manor Road", "Church Street", "Park Avenue", "The Avenue", "Queens Road", "New Road",
    "Grange Road", "Kings Road", "School Lane", "Mill Lane", "Recreation Ground Road",
    "Sports Ground Lane", "Meadow Close", "Orchard Way", "Hill View", "Chapel Street",
)  # fmt: skip
UK_TOWNS = (
    ("Sheffield", "S"), ("Leeds", "LS"), ("York", "YO"), ("Nottingham", "NG"), ("Bristol", "BS"),
    ("Reading", "RG"), ("Norwich", "NR"), ("Brighton", "BN"), ("Cardiff", "CF"), ("Swansea", "SA"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Newcastle upon Tyne", "NE"),
    ("Manchester", "M"), ("Liverpool", "L"), ("London", "SE"), ("Oxford", "OX"), ("Exeter", "EX"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old School House", "Ivy House", "Orchard House", "The Coach House", "Hillside")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Park Avenue", "Washington Street", "Lake Road", "School Street", "Church Road", "Field Drive")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Duluth", "MN", 558), ("Madison", "WI", 537), ("Rockford", "IL", 611), ("Seattle", "WA", 981), ("Portland", "OR", 972), ("Des Moines", "IA", 503), ("Jamestown", "NY", 147))  # fmt: skip
# Away tournaments and homes abroad: Denmark, Norway, Finland, Germany, and a few more.
EUROPE = {
    "dk": ("Idrætsvej {n}, {z4:5000-5260} Odense", "Stadion Allé {n}, {z4:8000-8270} Aarhus",
           "Bygaden {n}, {m}. th., {z4:2600-2690} Glostrup", "Skolevej {n}, {z4:9800-9800} Hjørring"),
    "no": ("Idrettsveien {n}, {z4:0580-0590} Oslo", "Stadionveien {n}, {z4:1400-1450} Ski",
           "Kirkegata {n}, {z4:3000-3050} Drammen", "Skoleveien {n} B, {z4:0660-0690} Oslo"),
    "fi": ("Urheilutie {n}, {z5:00250-00990} Helsinki", "Koulukatu {n} A {m}, {z5:00100-00180} Helsinki",
           "Kauppakatu {n}, {z5:02100-02180} Espoo", "Idrottsvägen {n}, {z5:00240-00260} Helsingfors"),
    "de": ("Sportplatzweg {n}, {z5:24103-24149} Kiel", "Am Sportpark {n}, {z5:24105-24116} Kiel",
           "Schulstraße {n}, {z5:24143-24148} Kiel", "Lindenstraße {n}, {z5:24118-24119} Kiel"),
    "x": ("Storgata {n} B, {z4:9008-9019} Tromsø", "Am Sportpark {n}, {z5:20249-20259} Hamburg",
          "ul. Sportowa {n}, 80-{z3:200-299} Gdańsk", "Sportlaan {n}, {z4:2566-2566} {L2} Den Haag",
          "Koulukatu {n} A {m}, {z5:65100-65380} Vaasa", "Lindenstraße {n}, {z5:10969-10999} Berlin"),
}  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "spray.se", "me.com", "outlook.se")  # fmt: skip
MAIL_EN = ("gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "icloud.com", "yahoo.com", "aol.com", "sky.com")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of nine digits (a personnummer's YYMMDDNNN, an org number's first nine)."""
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
    """Every value of bw from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: dict[str, list[str]] = {}

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None, family: Person | None = None) -> Person:
        """A person; with `family`, one of that person's household (same origin and surname)."""
        r = self.rng
        if family is not None:
            key = family.origin
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and r.random() < 0.05:  # Ann-Christin, Karl-Johan: their own list
            given = [self.pick(HYPHENED_F if woman else HYPHENED_M)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        joint = " "
        if family is not None:
            surname = list(family.surname)
            joint = family.joint
            if key == "polish":
                surname = [
                    (feminine(w) if woman else w.replace("ska", "ski").replace("cka", "cki"), p)
                    for w, p in surname
                ]
        else:
            surname = [self.pick(origin.surnames)]
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
            if key == "polish" and woman:
                surname = [(feminine(w), p) for w, p in surname]
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
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
            plain(person.surname[0][0]).lower().replace(" ", "").replace("-", "").replace("'", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        if r.random() < 0.25:  # a role address of the club, written to the person
            return f"{local}@{self.club()}"
        return f"{local}@{r.choice(MAIL_EN if self.lang == 'en' else MAIL)}"

    def club(self) -> str:
        r = self.rng
        slug = r.choice(CLUBS[-3:] if self.lang == "en" else CLUBS[:-3])
        return (
            f"{slug}.{r.choice(('se', 'se', 'se', 'nu', 'org'))}"
            if self.lang != "en"
            else f"{slug}.{r.choice(('org.uk', 'co.uk', 'org'))}"
        )

    def club_mail(self) -> str:
        r = self.rng
        role = r.choice(
            (
                "info",
                "kansli",
                "kassor",
                "ordforande",
                "styrelsen",
                "medlem",
                "kiosk",
                "ungdom",
                "tranare.p13",
                "sekreterare",
                "bokning",
                "kassan",
            )
        )
        if self.lang == "en":
            role = r.choice(
                (
                    "info",
                    "secretary",
                    "treasurer",
                    "membership",
                    "chair",
                    "bookings",
                    "u11.coach",
                    "welfare",
                )
            )
        return f"{role}@{self.club()}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
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
                "11",
                "35",
                "36",
                "42",
                "46",
                "26",
                "60",
            )
        )
        area3 = r.choice(
            (
                "250",
                "280",
                "300",
                "320",
                "340",
                "370",
                "380",
                "410",
                "413",
                "431",
                "454",
                "470",
                "480",
                "498",
                "510",
                "520",
                "550",
                "560",
                "570",
                "611",
                "650",
                "660",
                "690",
                "910",
                "920",
                "940",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
            (5, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"08{d[:6]}{self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0{area2}{d[:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self, country: str = "x") -> str:
        """A number from abroad (Denmark, Norway, Finland, Germany, the UK, ...)."""
        r = self.rng
        d = self.digits(9)
        by_country = {
            "dk": (f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 {d[:4]} {d[4:8]}", f"0045 {d[:8]}"),
            "no": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {r.choice('49')}{d[:7]}", f"0047 {r.choice('49')}{d[:2]} {d[2:5]} {d[5:7]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"00358 44 {d[:3]} {d[3:7]}"),
            "de": (f"+49 171 {d[:7]}", f"+49 (0)431 {d[:6]}", f"0049 431 {d[:6]}", f"+49 1522 {d[:7]}"),
        }  # fmt: skip
        if country in by_country:
            return r.choice(by_country[country])
        shapes = (
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 {d[:4]} {d[4:8]}", f"0045 {d[:8]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {r.choice('49')}{d[:7]}", f"0047 {r.choice('49')}{d[:2]} {d[2:5]} {d[5:7]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"00358 44 {d[:3]} {d[3:7]}", f"+358 18 {d[:5]}",
            f"+49 171 {d[:7]}", f"+49 (0)40 {d[:8]}", f"0049 381 {d[:6]}", f"+49 1522 {d[:7]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)114 {d[:3]} {d[3:7]}", f"0044 20 7946 0{d[:3]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+1 (612) 555-0{d[:3]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+252 61 {d[:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def mobile(self) -> str:
        """A Swedish mobile, as written for Swish."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        return r.choice(
            (
                f"{m}-{d[:3]} {d[3:5]} {d[5:]}",
                f"{m}{d}",
                f"{m} {d[:3]} {d[3:5]} {d[5:]}",
                f"{m}-{d}",
                f"+46{m[1:]}{d}",
            )
        )

    def phone_en(self) -> str:
        """A number as written in an English row: UK and US mostly."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"07{r.choice('1234579')}{d[:2]} {d[2:8]}", f"07{r.choice('1234579')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+44 7{r.choice('1234579')}{d[:2]} {d[2:8]}", f"+447{d[:9]}", f"0114 {d[:3]} {d[3:7]}",
            f"0113 {d[:3]} {d[3:7]}", f"020 7946 0{d[:3]}", f"(0117) {d[:3]} {d[3:7]}", f"01904 {d[:6]}",
            f"(612) 555-0{d[:3]}", f"612-555-0{d[:3]}", f"+1 206 555 0{d[:3]}", f"555-0{d[:3]}",
        )  # fmt: skip
        if r.random() < 0.3:
            return self.phone()
        return r.choice(shapes)

    def national_id(self, low: int = 1940, high: int = 2008, hundred: bool = False) -> str:
        r = self.rng
        year = r.randrange(low, high)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if hundred:  # past a hundred: ten digits with `+`
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """An association's organisation number (802... or 8x...): a look-alike, never a value."""
        r = self.rng
        first = r.choice(("802", "802", "802", "817", "835", "556", "769", "717"))
        nine = first + self.digits(6)
        return f"{nine[:6]}-{nine[6:]}{luhn(nine)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self, number: bool = True) -> str:
        street = self.rng.choice(SV_STREETS)
        return f"{street} {self.number()}" if number else street

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.03:
            out = "SE-" + out
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        if r.random() < 0.5 and not lines:  # street and number only, as often in club notes
            return street
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def sv_full(self, lines: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if r.random() < 0.1:
            street += f" lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        return (
            f"Box {r.randrange(10, 999)}, {self.sv_postal()}"
            if r.random() < 0.7
            else f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        )

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        if roll > 0.8:
            return street
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False, country: str = "x") -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        deck = self.europe.setdefault(country, [])
        if not deck:  # a shuffled deck: every format before any comes again
            deck.extend(EUROPE[country])
            r.shuffle(deck)
        out = deck.pop().replace("{n}", str(r.randrange(1, 90)))
        out = out.replace("{m}", str(r.randrange(1, 6)))
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
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a
    trailing `'` an English one.
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
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d+)(?:@(\d+))?)?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AF": lambda: (draw.sv_full(), "ADDRESS"),
        "AL": lambda: (draw.sv_full(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.sv_street(number=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_full()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "ADK": lambda: (draw.eu_address(country="dk"), "ADDRESS"),
        "ANO": lambda: (draw.eu_address(country="no"), "ADDRESS"),
        "ANOL": lambda: (draw.eu_address(lines=True, country="no"), "ADDRESS"),
        "AFI": lambda: (draw.eu_address(country="fi"), "ADDRESS"),
        "ADE": lambda: (draw.eu_address(country="de"), "ADDRESS"),
        "PDK": lambda: (draw.phone_x("dk"), "PHONE"),
        "PNO": lambda: (draw.phone_x("no"), "PHONE"),
        "PFI": lambda: (draw.phone_x("fi"), "PHONE"),
        "PDE": lambda: (draw.phone_x("de"), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PUS": lambda: (r.choice((f"({r.choice(('612', '218', '206', '503', '716'))}) 555-0{r.randrange(100, 200)}", f"{r.choice(('612', '651', '206'))}-555-0{r.randrange(100, 200)}", f"+1 {r.choice(('612', '206', '503'))} 555 0{r.randrange(100, 200)}")), "PHONE"),
        "PRIS": lambda: (f"{r.choice((10, 15, 20, 25, 30, 35, 40))} kr", None),
        "PH": lambda: (draw.phone_en() if en else draw.phone(), "PHONE"),
        "PHS": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(2008, 2023), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(1925, 1950, hundred=False), "NATIONAL_ID"),
        "PNRH": lambda: (draw.national_id(1921, 1927, hundred=True), "NATIONAL_ID"),
        "CM": lambda: (draw.club_mail(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(8, 21)}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "KR": lambda: (f"{r.choice((50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 750, 800, 900, 1200, 1500, 1800, 2400))} kr", None),
        "AMT": lambda: (f"{r.randrange(1200, 98000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(3, 180)}{r.choice(('', '.50', '.00'))}", None),
        "EUR": lambda: (f"{r.randrange(15, 400)} €", None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "PG": lambda: (f"{r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)}-{r.randrange(10)}", None),
        "SWISH": lambda: (r.choice((f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", f"123{r.randrange(1000000, 9999999)}", f"123-{r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}")), None),
        "ORG": lambda: (draw.org_number(), None),
        "MEM": lambda: (str(r.choice((r.randrange(100, 999), r.randrange(1000, 99999)))), None),
        "OCR": lambda: (draw.digits(r.choice((8, 10, 12, 14))).lstrip("0") or "7", None),
        "INV": lambda: (f"{r.randrange(2026, 2028)}-{r.randrange(1, 999):03d}", None),
        "SHIRT": lambda: (str(r.randrange(1, 99)), None),
        "SCORE": lambda: (f"{r.randrange(0, 7)}{r.choice(('-', '–'))}{r.randrange(0, 6)}", None),
        "YR": lambda: (str(r.randrange(2011, 2021)), None),
        "YY": lambda: (f"{r.randrange(11, 21)}", None),
        "LOTT": lambda: (str(r.randrange(1, 140)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PET": lambda: (r.choice(PETS), None),
        "AGE": lambda: (str(r.randrange(4, 17)), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, family, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS:
            base = base[:-1]
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person(
                    {"f": True, "m": False}.get(gender or ""), people.get(family or "")
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
    """bw's rows: every negative once, then positive rows from shuffled decks of each language's
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
    negatives = set(NEGATIVES)
    rows: list[dict[str, object]] = []
    for lang, template in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        seen.add(text)
        assert bool(spans) != ((lang, template) in negatives), template  # negatives carry no value
        rows.append({
            "id": f"gen-heldout-bw-{len(rows) + 1:04d}", "split": "heldout-bw", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of bw is printed."""
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
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address with postcode"] += bool(
                    re.search(r"\d{3} ?\d{2}|\b\d{4,5}\b", value)
                )
            elif span["kind"] == "PHONE":
                forms["phone with + or 00"] += value.startswith(("+", "00"))
            elif span["kind"] == "NATIONAL_ID":
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def valid_personnummer(value: str) -> bool:
    m = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not m:
        return False
    digits = m.group(2) + m.group(4)
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn(digits[:9]) == int(digits[9])


def check(path: Path) -> int:
    """Checks the written file; prints counts only."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for row in rows:
        text, spans = row["text"], row["spans"]
        problems["bad keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        problems["bad split"] += row["split"] != "heldout-bw"
        problems["bad lang"] += row["lang"] not in SIZES
        end = -1
        for span in spans:
            s, e, kind = span["start"], span["end"], span["kind"]
            value = text[s:e] if 0 <= s < e <= len(text) else ""
            problems["empty or out of bounds"] += not value
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += s < end
            problems["unknown kind"] += kind not in KINDS
            problems["invalid personnummer"] += kind == "NATIONAL_ID" and not valid_personnummer(
                value
            )
            end = e
    langs = Counter(row["lang"] for row in rows)
    problems["wrong size"] += dict(langs) != SIZES
    print(f"checked {len(rows)} rows, {sum(len(r['spans']) for r in rows)} spans")
    for name in (
        "bad keys",
        "duplicate id",
        "bad split",
        "bad lang",
        "empty or out of bounds",
        "whitespace at an edge",
        "unsorted or overlapping",
        "unknown kind",
        "invalid personnummer",
        "wrong size",
    ):
        print(f"{name}: {problems[name]}")
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
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
