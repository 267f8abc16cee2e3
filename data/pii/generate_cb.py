# ruff: noqa: E501
"""Generate held-out cb for personal-data detection: names as the population has them, a
fifty-ninth writer (IT support, on-call and software work).

    python data/pii/generate_cb.py               # writes data/pii/generated-heldout-cb.jsonl
    python data/pii/generate_cb.py --stats       # counts only, writes nothing
    python data/pii/generate_cb.py --check       # checks the written file, counts only
    python data/pii/generate_cb.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

Every name word comes from `names_cb.py`'s weighted pools (SCB's ranks for Sweden, the US Census
1990 lists, the ONS rankings for the UK, the commonest names of origins common in Sweden), 80%
from a list's head and 20% from its tail, mixed by the row's language. The genre
(`templates_cb.py`) is IT support and software work: helpdesk tickets, incident reports and
post-mortems, alarm chains and on-call lists, Slack and Teams chat, commit trailers and code
review, issue tracker exports, access requests and offboarding, asset registers, shipping of
equipment to home workers, log lines, CSV exports, stand-ups and retros, vendor cases abroad.
Written by a helper who tunes nothing and who read neither the detector nor any other set's
names and templates; never run through the detector. Stdlib only; one seeded Random: same seed,
same bytes.
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

from names_cb import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cb import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270136
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cb.jsonl"
SPLIT = "heldout-cb"

Word = tuple[str, str]
Segment = tuple[str, str | None]

SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Sveavägen", "Hamngatan", "Götgatan",
    "Hornsgatan", "Sankt Eriksgatan", "Fleminggatan", "Torsgatan", "Regeringsgatan", "Birger Jarlsgatan",
    "Kistagången", "Isafjordsgatan", "Lindholmspiren", "Första Långgatan", "Östra Hamngatan",
    "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Stationsgatan", "Nygatan", "Sjögatan",
    "Industrivägen", "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen",
    "Granvägen", "Ekvägen", "Kvarnvägen", "Gamla Landsvägen", "Norra Vägen", "Hamnvägen",
    "Kopparsvängen", "Vallsvängen", "Kastanjeallé", "Hammarby allé", "Lindallén", "Björkallén",
    "Kvarnbacken", "Solbacken", "Eriksbergs backe", "Lärkstigen", "Blåbärsstigen", "Ekorrstigen",
    "Stortorget", "Lilla torget", "Järntorget", "Smedgränd", "Tulpangränd", "Stationsplan",
    "Medborgarplatsen", "Gärdesvägen", "Ulvsundavägen", "Mölndalsvägen", "Dag Hammarskjölds väg",
    "Olof Palmes gata", "Anders Personsgatan", "Teknikringen", "Forskargatan", "Science Park",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Gävle", 802, 806), ("Sundsvall", 852, 857), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Luleå", 972, 975), ("Kista", 164, 164), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Nacka", 131, 131), ("Täby", 183, 187), ("Mölndal", 431, 431), ("Borås", 503, 507),
    ("Halmstad", 302, 305), ("Kalmar", 392, 393), ("Falun", 791, 791), ("Östersund", 831, 832),
    ("Skellefteå", 931, 931), ("Visby", 621, 621), ("Kiruna", 981, 981), ("Lidköping", 531, 531),
    ("Trollhättan", 461, 461), ("Eskilstuna", 631, 635), ("Södertälje", 151, 152), ("Kungsbacka", 434, 434),
)  # fmt: skip
UK_STREETS = ("High Street", "Station Road", "Church Lane", "Victoria Road", "Kings Road", "Park Avenue", "Mill Lane", "Queen Street", "Bridge Street", "Albert Road", "Orchard Close", "The Green", "London Road", "Market Place")  # fmt: skip
UK_TOWNS = (("Reading", "RG"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"), ("Edinburgh", "EH"), ("Cambridge", "CB"), ("Birmingham", "B"), ("London", "EC"), ("London", "SW"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Milton Keynes", "MK"), ("Belfast", "BT"), ("Newcastle upon Tyne", "NE"))  # fmt: skip
UK_BUILDINGS = ("Unit 7, Thames Valley Park", "Floor 3, Aldgate Tower", "Suite 12, Innovation Centre", "Flat 4", "2nd Floor, Brunel House", "The Old Mill")  # fmt: skip
US_STREETS = ("Main Street", "Market Street", "Oak Street", "Maple Avenue", "Mission Street", "Broadway", "Elm Street", "Pine Street", "Lake Shore Drive", "Peachtree Street NE", "Congress Avenue", "Pennsylvania Avenue", "Sunset Boulevard", "1st Avenue")  # fmt: skip
US_TOWNS = (("San Francisco", "CA", 941), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Boston", "MA", 21), ("New York", "NY", 100), ("Chicago", "IL", 606), ("Denver", "CO", 802), ("Atlanta", "GA", 303), ("Raleigh", "NC", 276), ("Minneapolis", "MN", 554), ("Portland", "OR", 972), ("Round Rock", "TX", 786), ("Palo Alto", "CA", 943), ("Redmond", "WA", 980))  # fmt: skip
IE_PLACES = (
    "{n} Harcourt Street, Dublin 2, D02 {E4}", "Unit {m}, Sandyford Business Park, Dublin 18, D18 {E4}",
    "{n} Barrow Street, Dublin 4, D04 {E4}", "Eastgate Road, Little Island, Cork, T45 {E4}",
    "{n} Dock Road, Limerick, V94 {E4}", "Block {L1}, Galway Technology Park, Parkmore, Galway, H91 {E4}",
    "{n} Main Street, Naas, Co. Kildare, W91 {E4}",
)  # fmt: skip
IN_PLACES = (
    "{m}th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru, Karnataka 560103",
    "Plot {n}, Hinjewadi Phase 2, Pune, Maharashtra 4110{z2}", "Tower {L1}, DLF Cyber City, Gurugram, Haryana 122002",
    "{n}, HITEC City, Madhapur, Hyderabad, Telangana 5000{z2}", "{n} Rajiv Gandhi Salai, Sholinganallur, Chennai 600119",
    "Building {m}, Mindspace, Airoli, Navi Mumbai 400708", "{n} Whitefield Main Road, Bengaluru 5600{z2}",
)  # fmt: skip
DE_PLACES = (
    "Friedrichstraße {n}, 10117 Berlin", "Leopoldstraße {n}, 80802 München", "Hanauer Landstraße {n}, 60314 Frankfurt am Main",
    "Am Sandtorkai {n}, 20457 Hamburg", "Mies-van-der-Rohe-Straße {n}, 80807 München", "Königsallee {n}, 40212 Düsseldorf",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "protonmail.com", "yahoo.com")  # fmt: skip
WORK = ("example.se", "corp.example.se", "it.example.se", "example.com", "dev.example.com", "example.co.uk", "example.ie", "example.in", "example.de", "example.org")  # fmt: skip


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
    given: list[Word]
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
    """Every value of cb from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"

    def pick(self, pool: Pool) -> Word:
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
        ):  # Ann-Christin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "irish": 0.2}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and self.rng.random() < share:
            self.forms["nickname"] += 1
            return self.rng.choice(forms)
        return None

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def _parts(self, person: Person) -> tuple[str, str]:
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        return given, surname

    def login(self, person: Person) -> str:
        """A user name made of the person's name (`anna.lund`, `alund`, `jsmith`)."""
        r = self.rng
        given, surname = self._parts(person)
        return r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname[0]}",
                         f"{given}.{surname}", f"{surname}{given[0]}", f"{given}_{surname}"))  # fmt: skip

    def email(self, person: Person) -> str:
        r = self.rng
        given, surname = self._parts(person)
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}", f"{given}"))  # fmt: skip
        domain = r.choice(WORK if r.random() < 0.65 else MAIL)
        if r.random() < 0.05:
            return f"{local.upper()}@{domain.upper()}"
        return f"{local}@{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile, landline or switchboard, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "46", "11"))
        area3 = r.choice(
            (
                "150",
                "240",
                "250",
                "380",
                "470",
                "480",
                "520",
                "560",
                "611",
                "620",
                "640",
                "660",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (2, f"+46 8-{d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"08{d}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (1, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad (vendors' lines and colleagues), or Swedish in an English text."""
        r = self.rng
        if self.lang != "en" and r.random() < 0.3:
            return self.phone()
        d = self.digits(10)
        shapes = (
            f"+44 20 7946 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"+44 7700 900{d[:3]}",
            f"07700 900{d[:3]}", f"+44 161 496 0{d[:3]}", f"0118 496 0{d[:3]}", f"0800 {d[:3]} {d[3:7]}",
            f"+1 (206) 555-0{d[:3]}", f"(512) 555-0{d[:3]}", f"+1 415 555 0{d[:3]}", f"+1-800-555-0{d[:3]}",
            f"617.555.0{d[:3]}", f"+1 212-555-0{d[:3]}", f"+353 1 {d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"(01) {d[:3]} {d[3:7]}", f"086 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+91 80 {d[:4]} {d[4:8]}",
            f"+91-{r.choice('6789')}{d[:4]}-{d[4:9]}", f"0{r.choice('6789')}{d[:4]} {d[4:9]}", f"+49 30 {d[:8]}",
            f"+49 (0)89 {d[:4]} {d[4:8]}", f"+49 151 {d[:8]}", f"0049 69 {d[:7]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+47 {d[:3]} {d[3:5]} {d[5:8]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+48 {d[:3]} {d[3:6]} {d[6:9]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1924, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if year <= 1926 and r.random() < 0.7:  # a hundred or more: the ten-digit form takes `+`
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def office(self, lines: bool = False) -> str:
        r = self.rng
        roll = r.random()
        joint = "\n" if lines else ", "
        if roll < 0.2:
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        if roll < 0.5:
            return f"{self.sv_street()}, plan {r.randrange(2, 12)}{joint}{self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, {r.randrange(2, 9)} tr{joint}{self.sv_postal()}"
        return f"{self.sv_street()}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        if r.random() < 0.3:
            street = f"{r.choice(UK_BUILDINGS)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.3:
            street += f", Suite {r.randrange(100, 2400)}"
        elif roll < 0.45:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        zip5 = f"{prefix:03d}{r.randrange(1, 99):02d}"
        if r.random() < 0.15:
            zip5 += f"-{r.randrange(1000, 9999)}"
        return f"{street}, {town}, {state} {zip5}"

    def _fill(self, text: str) -> str:
        r = self.rng
        letters = "ACDEFHKNPRTVWXY"
        text = text.replace("{n}", str(r.randrange(1, 160))).replace("{m}", str(r.randrange(2, 9)))
        text = text.replace("{L1}", r.choice("ABCDEFGH")).replace(
            "{z2}", f"{r.randrange(1, 99):02d}"
        )
        return text.replace("{E4}", "".join(r.choice(letters + "0123456789") for _ in range(4)))

    def ie_address(self) -> str:
        return self._fill(self.rng.choice(IE_PLACES))

    def in_address(self) -> str:
        return self._fill(self.rng.choice(IN_PLACES))

    def de_address(self) -> str:
        return self._fill(self.rng.choice(DE_PLACES))


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """P full name, p lower case, U capitals, F with middle names, G/g given name (sometimes its
    short form), N/n the short form where there is one, S/s the surname, I an initial and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, L/l a user name made
    of the name (PERSON), E an e-mail address. A trailing `s` a Swedish genitive, `'` English."""
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("L", "l"):
        words, value = given + surname, draw.login(person)
        draw.forms["user name"] += 1
    elif base in ("P", "p", "U"):
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
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "L", "l", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def hexs(r: Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "OFF": lambda: (draw.office(), "ADDRESS"),
        "OFFL": lambda: (draw.office(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AIE": lambda: (draw.ie_address(), "ADDRESS"),
        "AIN": lambda: (draw.in_address(), "ADDRESS"),
        "ADE": lambda: (draw.de_address(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(0, 24):02d}:{r.randrange(0, 60):02d}", None),
        "NUM": lambda: (str(r.randrange(2, 29)), None),
        "TICKET": lambda: (r.choice((f"INC{r.randrange(10**6, 10**7):07d}", f"SD-{r.randrange(100, 99999)}", f"#{r.randrange(10000, 999999)}", f"REQ{r.randrange(10**5, 10**6)}", f"OPS-{r.randrange(10, 9999)}")), None),
        "INC": lambda: (r.choice((f"INC-2027-{r.randrange(1, 999):03d}", f"PIR-{r.randrange(10, 400)}", f"SEV2-{r.randrange(100, 999)}")), None),
        "CASE": lambda: (r.choice((f"{r.randrange(10**9, 10**10)}", f"CS{r.randrange(10**7, 10**8)}", f"TRK-{r.randrange(100000, 999999)}", f"SR {r.randrange(10**6, 10**7)}")), None),
        "HOST": lambda: (r.choice((f"srv-app-{r.randrange(1, 40):02d}", f"k8s-prod-{r.randrange(1, 12):02d}.corp.local", f"db{r.randrange(1, 9)}.sto.example.net", f"api-gw-{r.choice(('sto', 'got', 'dub', 'fra'))}-{r.randrange(1, 5)}", f"vpn{r.randrange(1, 4)}.example.se")), None),
        "VER": lambda: (r.choice((f"{r.randrange(1, 12)}.{r.randrange(0, 30)}.{r.randrange(0, 12)}", f"v{r.randrange(1, 5)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}", f"10.0.{r.randrange(19041, 26100)}.{r.randrange(100, 4000)}")), None),
        "IP": lambda: (r.choice((f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}", f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}", f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}")), None),
        "SERIAL": lambda: (r.choice((f"5CG{r.randrange(1000, 9999)}{''.join(r.choice(up) for _ in range(3))}", f"PF{''.join(r.choice(up + '0123456789') for _ in range(6))}", f"C02{''.join(r.choice(up + '0123456789') for _ in range(7))}", f"{r.randrange(10**14, 10**15)}")), None),
        "ASSET": lambda: (r.choice((f"IT-{r.randrange(1, 99999):06d}", f"INV{r.randrange(10000, 99999)}", f"AT-{r.randrange(1000, 9999)}-{r.choice(up)}")), None),
        "HASH": lambda: (hexs(r, r.choice((7, 8, 12, 40))), None),
        "ORGNR": lambda: (f"55{r.randrange(6, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**13)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORDER": lambda: (r.choice((f"PO-{r.randrange(10000, 99999)}", f"4500{r.randrange(100000, 999999)}", f"ORD-{r.randrange(100000, 999999)}", f"1Z{''.join(r.choice(up + '0123456789') for _ in range(16))}")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["en" if en else "sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    last_person: Person | None = None
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
            elif (
                base == "E" and not ref and last_person is not None
            ):  # `{P}, {E}`: the same person's
                person = last_person
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
            last_person = person
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """Every negative once, then positive rows from shuffled decks of each language's templates,
    all in a seeded order; a text already written is drawn again."""
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
    """Counts only: no row of cb is printed."""
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
                forms["user-name shape"] += bool(re.fullmatch(r"[a-z]+[._][a-z]+", value))
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address with floor"] += bool(
                    re.search(r"\b(?:plan \d|\d tr\b|Floor|Suite)", value)
                )
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                forms["personnummer 12 digits"] += len(re.sub(r"\D", "", value)) == 12
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}, user names: {draw.forms['user name']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    problems: Counter[str] = Counter()
    ids = [row["id"] for row in rows]
    problems["duplicate id"] += len(ids) - len(set(ids))
    problems["row count"] += len(rows) != sum(SIZES.values())
    for i, row in enumerate(rows):
        problems["id"] += row["id"] != f"gen-{SPLIT}-{i + 1:04d}"
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["keys"] += set(row) != {"id", "split", "lang", "text", "spans"}
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            problems["kind"] += kind not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")
            problems["empty span"] += stop <= start
            problems["out of bounds"] += not 0 <= start <= stop <= len(text)
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            value = text[start:stop]
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            if kind == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ok = (
                    digits.isdigit()
                    and len(digits) in (10, 12)
                    and luhn(digits[-10:-1]) == int(digits[-1])
                )
                problems["personnummer check digit"] += not ok
    total = sum(problems.values())
    print(f"checked {len(rows)} rows, {sum(len(r['spans']) for r in rows)} spans: {total} problems")
    for name, n in problems.items():
        if n:
            print(f"  {name}: {n}")
    return total


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
