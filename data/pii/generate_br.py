# ruff: noqa: E501
"""Generate held-out br for personal-data detection: names as the population has them, a
forty-ninth writer; IT and software work from sides other than a help desk's queue.

    python data/pii/generate_br.py              # writes data/pii/generated-heldout-br.jsonl
    python data/pii/generate_br.py --stats      # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_br.py --check      # checks the written file, prints counts only
    python data/pii/generate_br.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

br's names are drawn by how often people really carry them: every name word comes from
`names_br.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row. The genre is IT and software
work (`templates_br.py`): hardware orders and deliveries to home and branch offices, onboarding
and offboarding, commit logs and code review, postmortems and on-call handovers, CRM and user
exports pasted into tickets, stack traces and log lines that carry user data, config snippets,
chat threads, service-desk call notes, field technicians, procurement and licence invoices.
Written by a helper who does not tune the detector, who read neither its rules, lexicons and
tagger nor any error listing nor any other set's names and templates; br was never run through
the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_br import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SV_F_HYPHEN,
    SV_M_HYPHEN,
    Pool,
    feminine,
    plain,
)
from templates_br import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270126
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-br.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Streets of the office districts, with their towns and postcodes' first digits.
OFFICE_STREETS = (
    ("Isafjordsgatan", "Kista", 164), ("Torshamnsgatan", "Kista", 164), ("Kistagången", "Kista", 164),
    ("Lindholmspiren", "Göteborg", 417), ("Lindholmsallén", "Göteborg", 417), ("Kungsportsavenyen", "Göteborg", 411),
    ("Östra Hamngatan", "Göteborg", 411), ("Scheelevägen", "Lund", 223), ("Mobilvägen", "Lund", 223),
    ("Teknikringen", "Linköping", 583), ("Sveavägen", "Stockholm", 113), ("Regeringsgatan", "Stockholm", 111),
    ("Vasagatan", "Stockholm", 111), ("Klarabergsviadukten", "Stockholm", 111), ("Stora Varvsgatan", "Malmö", 211),
    ("Sjöfartsgatan", "Sundsvall", 852), ("Kopparbergsvägen", "Västerås", 722), ("Dag Hammarskjölds väg", "Uppsala", 751),
)  # fmt: skip
# Swedish streets: homes and offices, of every common form.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Sveavägen", "Hamngatan",
    "Regeringsgatan", "Götgatan", "Hornsgatan", "Sankt Eriksgatan", "Fleminggatan", "Torsgatan",
    "Skeppsbron", "Teknikringen", "Universitetsvägen", "Industrivägen", "Björkvägen", "Skogsvägen", "Ringvägen",
    "Tallvägen", "Lindvägen", "Ängsvägen", "Granvägen", "Ekvägen", "Kvarnvägen", "Skolgatan",
    "Kyrkogatan", "Järnvägsgatan", "Stationsgatan", "Nygatan", "Sjögatan", "Bryggargatan",
    "Hagagatan", "Linnégatan", "Södra Förstadsgatan", "Västra Hamngatan", "Norra Allégatan",
    "Kastanjeallén", "Lindallén", "Björkallén", "Hammarby allé", "Solbacken", "Kvarnbacken",
    "Lärkstigen", "Blåbärsstigen", "Ekorrstigen", "Stortorget", "Järntorget", "Smedjegränd",
    "Tulpangränd", "Stationsplan", "Brunnsplan", "Gustav Adolfs torg", "Olof Palmes gata",
    "Malmskillnadsgatan", "Klarabergsgatan", "Fabriksgatan", "Verkstadsgatan", "Datavägen",
    "Forskningsvägen", "Innovationsgatan", "Elektrogatan", "Kopparbergsvägen", "Furuvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 581, 589), ("Västerås", 721, 725), ("Örebro", 702, 705), ("Umeå", 903, 907),
    ("Lund", 222, 227), ("Kista", 164, 164), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Nacka", 131, 131), ("Huddinge", 141, 141), ("Täby", 183, 187), ("Mölndal", 431, 431),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Helsingborg", 252, 256), ("Gävle", 802, 806),
    ("Sundsvall", 852, 857), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Luleå", 972, 975),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Halmstad", 302, 305), ("Kalmar", 392, 393),
    ("Skövde", 541, 541), ("Östersund", 831, 832), ("Trollhättan", 461, 461), ("Falun", 791, 791),
    ("Karlskrona", 371, 371), ("Kristianstad", 291, 291), ("Skellefteå", 931, 931), ("Visby", 621, 621),
    ("Enköping", 745, 745), ("Märsta", 195, 195), ("Alingsås", 441, 441), ("Kungsbacka", 434, 434),
    ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 891), ("Lerum", 443, 443), ("Ystad", 271, 271),
)  # fmt: skip
UK = (
    ("London", ("EC1V", "EC2A", "EC4R", "SE1", "N1", "E14", "W1T", "WC2H", "SW1P")), ("Manchester", ("M1", "M2", "M4", "M15")),
    ("Leeds", ("LS1", "LS2", "LS11")), ("Bristol", ("BS1", "BS2", "BS8")), ("Reading", ("RG1", "RG2", "RG6")),
    ("Cambridge", ("CB1", "CB2", "CB4")), ("Edinburgh", ("EH1", "EH3", "EH6")), ("Glasgow", ("G1", "G2", "G3")),
    ("Birmingham", ("B1", "B3", "B15")), ("Milton Keynes", ("MK9", "MK10")), ("Cardiff", ("CF10", "CF11")),
    ("Newcastle upon Tyne", ("NE1", "NE4")), ("Brighton", ("BN1", "BN2")),
)  # fmt: skip
UK_STREETS = ("Station Road", "High Street", "Queen Street", "Victoria Road", "Church Lane", "Park Avenue", "Mill Lane", "London Road", "Albert Street", "Canal Street", "Market Street", "Kings Road", "Oxford Road", "The Crescent", "Orchard Close")  # fmt: skip
UK_BUILDINGS = ("Thames Valley Park", "Aztec West", "Cambridge Science Park", "Quayside House", "Canal Wharf", "The Tea Factory", "Albion Mills", "Minerva House")  # fmt: skip
DE = (
    ("Friedrichstraße", "10117 Berlin"), ("Torstraße", "10119 Berlin"), ("Leopoldstraße", "80802 München"),
    ("Landsberger Straße", "80339 München"), ("Mainzer Landstraße", "60329 Frankfurt am Main"),
    ("Hanauer Landstraße", "60314 Frankfurt am Main"), ("Speicherstadt", "20457 Hamburg"),
    ("Lange Reihe", "20099 Hamburg"), ("Königsallee", "40212 Düsseldorf"), ("Hohenzollernring", "50672 Köln"),
    ("Rosenstraße", "70182 Stuttgart"), ("Karl-Liebknecht-Straße", "04107 Leipzig"),
)  # fmt: skip
FI = (
    ("Keilaranta", "02150 Espoo"), ("Mannerheimintie", "00100 Helsinki"), ("Hämeentie", "00530 Helsinki"),
    ("Hatanpään valtatie", "33100 Tampere"), ("Linnankatu", "20100 Turku"), ("Kauppakatu", "40100 Jyväskylä"),
    ("Isokatu", "90100 Oulu"), ("Hermiankatu", "33720 Tampere"),
)  # fmt: skip
PL = (
    ("ul. Marszałkowska", "00-110 Warszawa"), ("ul. Prosta", "00-838 Warszawa"), ("ul. Przemysłowa", "30-701 Kraków"),
    ("ul. Lubicz", "31-503 Kraków"), ("al. Grunwaldzka", "80-309 Gdańsk"), ("ul. Legnicka", "54-202 Wrocław"),
    ("ul. Piotrkowska", "90-439 Łódź"), ("ul. Głogowska", "60-702 Poznań"),
)  # fmt: skip
IN = (
    ("Outer Ring Road, Marathahalli", "Bengaluru 5601{d2}"), ("Whitefield Main Road", "Bengaluru, Karnataka 5600{d2}"),
    ("Hitech City, Madhapur", "Hyderabad, Telangana 5000{d2}"), ("Baner Road", "Pune 4110{d2}"),
    ("Rajiv Gandhi Salai, Sholinganallur", "Chennai 6001{d2}"), ("DLF Cyber City, Phase 2", "Gurugram, Haryana 1220{d2}"),
    ("Sector 62", "Noida, Uttar Pradesh 2013{d2}"), ("Infopark, Kakkanad", "Kochi, Kerala 6820{d2}"),
)  # fmt: skip
IN_BUILDINGS = ("Prestige Tech Park", "Tower B", "Sai Residency", "Green Meadows", "RMZ Ecospace", "Block C", "Lakeview Apartments", "Sunrise Towers")  # fmt: skip
US = (
    ("Mission Street", "San Francisco, CA 941{d2}"), ("Westlake Avenue N", "Seattle, WA 981{d2}"),
    ("Congress Avenue", "Austin, TX 787{d2}"), ("Boylston Street", "Boston, MA 021{d2}"),
    ("N Wacker Drive", "Chicago, IL 606{d2}"), ("Glenwood Avenue", "Raleigh, NC 276{d2}"),
    ("Maple Avenue", "Denver, CO 802{d2}"), ("Peachtree Street NE", "Atlanta, GA 303{d2}"),
    ("Oak Street", "Portland, OR 972{d2}"), ("Main Street", "Minneapolis, MN 554{d2}"),
)  # fmt: skip
WORK = ("example.se", "example.com", "corp.example.se", "it.example.se", "example.org", "example.net")  # fmt: skip
WORK_ABROAD = ("example.co.uk", "example.de", "example.fi", "example.pl", "example.in", "example.com")  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "bredband2.com")  # fmt: skip
HEX = "0123456789abcdef"


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or an org number's."""
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
    """Every value of br from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.countries: list[str] = []

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        if lo >= hi:
            lo, hi, part = 0, pool.head, "head"
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < origin.women
        pool = origin.given_f if woman else origin.given_m
        if key == "swedish" and r.random() < 0.05:  # Ann-Christin, Karl-Johan
            pool = SV_F_HYPHEN if woman else SV_M_HYPHEN
        given = [self.pick(pool)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05 and " " not in surname[0][0]:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin", "german") and r.random() < 0.3:  # typed plain
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

    def local_parts(self, person: Person) -> tuple[str, str]:
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        return given, surname

    def email(self, person: Person) -> str:
        r = self.rng
        given, surname = self.local_parts(person)
        local = r.choice((f"{given}.{surname}", f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}", f"{given[:2]}{surname[:2]}"))  # fmt: skip
        roll = r.random()
        if roll < 0.45:
            domain = r.choice(WORK if person.origin in ("swedish", "finnish") or self.lang != "en" else WORK_ABROAD)
        elif roll < 0.55:
            domain = r.choice(WORK_ABROAD)
        else:
            domain = r.choice(MAIL)
        return f"{local}@{domain}"

    def handle(self, person: Person) -> str:
        """A chat handle or user name, not a name as written: no value of its own."""
        r = self.rng
        given, surname = self.local_parts(person)
        return r.choice((f"{given}.{surname[0]}", f"{given[0]}{surname}", f"{given}{surname[0]}", f"{given}.{surname}", f"{given[:2]}{surname[:2]}{r.randrange(10, 99)}"))

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def hexes(self, n: int, upper: bool = False) -> str:
        out = "".join(self.rng.choice(HEX) for _ in range(n))
        return out.upper() if upper else out

    def mobile(self) -> str:
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self, switchboard: bool = False) -> str:
        r = self.rng
        d = self.digits(8)
        if switchboard:
            d = d[:4] + r.choice(("0000", "1000", "5000", "7000", "0100", "6000"))
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "46", "11", "36"))
        area3 = r.choice(("470", "480", "498", "660", "920", "612", "171", "290", "454", "511", "520", "300"))
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08{d}"),
            (5, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3} {d[:3]} {d[3:5]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.7 else self.landline()

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad, as written there or with `+`/`00`."""
        r = self.rng
        d = self.digits(9)
        shapes = {
            "uk": (f"+44 20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}",
                   f"0113 496 0{d[:3]}", f"+44 (0)161 496 0{d[:3]}", f"0044 117 496 0{d[:3]}"),
            "de": (f"+49 30 {d[:7]}", f"+49 89 {d[:3]} {d[3:6]} {d[6:8]}", f"+49 171 {d[:7]}", f"030 {d[:8]}",
                   f"+49 (0)69 {d[:4]}-{d[4:7]}", f"0049 40 {d[:7]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:8]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}"),
            "pl": (f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
                   f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"{r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}"),
            "in": (f"+91 98{d[:3]} {d[3:8]}", f"+91 80 {d[:4]} {d[4:8]}", f"080-{d[:4]} {d[4:8]}", f"+91-{r.choice('6789')}{d[:9]}",
                   f"0091 40 {d[:8]}"),
            "us": (f"+1 (206) 555-01{d[:2]}", f"(512) 555-01{d[:2]}", f"+1 415 555 01{d[:2]}", f"312-555-01{d[:2]}",
                   f"+1-919-555-01{d[:2]}", f"001 617 555 01{d[:2]}"),
            "no": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",), "dk": (f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",),
        }  # fmt: skip
        if country is None:
            country = r.choice(("uk", "uk", "de", "fi", "pl", "in", "in", "us", "us", "no", "dk"))
        return r.choice(shapes[country])

    def national_id(self) -> str:
        r = self.rng
        old = r.random() < 0.05  # past a hundred: `+` in the ten-digit form
        year = r.randrange(1918, 1927) if old else r.randrange(1946, 2006)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
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
        """An organisation number (a month field of 20 or more): not a value."""
        r = self.rng
        nine = r.choice(("556", "559", "802", "969", "716", "212")) + self.digits(6)
        return f"{nine[:6]}-{nine[6:]}{luhn(nine)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_home(self, lines: bool = False, lgh: bool = False) -> str:
        """A home or home office: street, number, letter, `lgh NNNN` or `N tr`, postcode and town."""
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.22:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif roll < 0.32:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.36:
            street += f", {r.randrange(1, 6)} tr, lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def sv_office(self, lines: bool = False) -> str:
        """An office: a street with `plan N` or `N tr`, or a Box address; the office districts'
        own streets go with their towns."""
        r = self.rng
        roll = r.random()
        if roll < 0.2:
            return f"Box {r.randrange(10, 9999)}{chr(10) if lines else ', '}{self.sv_postal()}"
        street = self.sv_street()
        postal = self.sv_postal()
        if r.random() < 0.35:
            name, town, prefix = r.choice(OFFICE_STREETS)
            street = f"{name} {self.number()}"
            code = f"{prefix}{r.randrange(10, 90):02d}"
            postal = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if roll < 0.5:
            street += f", plan {r.randrange(1, 12)}"
        elif roll < 0.65:
            street += f", {r.randrange(1, 9)} tr"
        elif roll < 0.72:
            street += f", hus {r.choice('ABCDE')}, plan {r.randrange(1, 8)}"
        return f"{street}{chr(10) if lines else ', '}{postal}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, districts = r.choice(UK)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{r.choice(districts)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.4:
            street = f"Unit {r.randrange(1, 20)}, {r.choice(UK_BUILDINGS)}"
        elif roll < 0.55:
            street = f"{r.choice(('2nd', '3rd', '4th', '5th'))} Floor, {street}"
        parts = [street, town, code]
        return "\n".join(parts) if lines else f"{street}, {town} {code}"

    def de_address(self, lines: bool = False) -> str:
        r = self.rng
        street, town = r.choice(DE)
        extra = f", {r.randrange(1, 6)}. OG" if r.random() < 0.3 else ""
        return f"{street} {r.randrange(1, 180)}{extra}{chr(10) if lines else ', '}{town}"

    def fi_address(self, lines: bool = False) -> str:
        r = self.rng
        street, town = r.choice(FI)
        flat = f" {r.choice('ABC')} {r.randrange(1, 40)}" if r.random() < 0.4 else ""
        return f"{street} {r.randrange(1, 90)}{flat}{chr(10) if lines else ', '}{town}"

    def pl_address(self, lines: bool = False) -> str:
        r = self.rng
        street, town = r.choice(PL)
        flat = f"/{r.randrange(1, 60)}" if r.random() < 0.4 else ""
        return f"{street} {r.randrange(1, 200)}{flat}{chr(10) if lines else ', '}{town}"

    def in_address(self, lines: bool = False) -> str:
        r = self.rng
        area, town = r.choice(IN)
        town = town.replace("{d2}", f"{r.randrange(1, 99):02d}")
        roll = r.random()
        if roll < 0.35:
            head = f"{r.choice(('3rd', '4th', '6th', '9th'))} Floor, {r.choice(IN_BUILDINGS)}"
        elif roll < 0.65:
            head = f"Flat {r.randrange(101, 1204)}, {r.choice(IN_BUILDINGS)}"
        else:
            head = f"Plot No. {r.randrange(1, 120)}"
        return f"{head}{chr(10) if lines else ', '}{area}{chr(10) if lines else ', '}{town}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        street, town = r.choice(US)
        town = town.replace("{d2}", f"{r.randrange(1, 99):02d}")
        roll = r.random()
        extra = f", Suite {r.randrange(100, 2400)}" if roll < 0.25 else f", Apt {r.randrange(1, 40)}{r.choice('ABCD')}" if roll < 0.4 else f", Floor {r.randrange(2, 30)}" if roll < 0.5 else ""
        return f"{r.randrange(10, 9999)} {street}{extra}{chr(10) if lines else ', '}{town}"

    def abroad(self, lines: bool = False) -> str:
        """An office or home abroad, from a shuffled deck of the countries."""
        if not self.countries:
            self.countries = ["uk", "uk", "de", "fi", "pl", "in", "in", "us", "us"]
            self.rng.shuffle(self.countries)
        country = self.countries.pop()
        return {"uk": self.uk_address, "de": self.de_address, "fi": self.fi_address, "pl": self.pl_address,
                "in": self.in_address, "us": self.us_address}[country](lines)  # fmt: skip


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    UR `SURNAME, GIVEN`, I an initial and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, E an e-mail address, H a handle or user name (no value). A trailing `s`
    asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base == "H":
        draw.forms["handle"] += 1
        return [(draw.handle(person), None)]
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
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "UR":
        words, value = given + surname, f"{person.last.upper()}, {person.first.upper()}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "UR", "E", "H"}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        # values
        "A": lambda: (draw.sv_home(), "ADDRESS"),
        "AL": lambda: (draw.sv_home(lines=True), "ADDRESS"),
        "LGH": lambda: (draw.sv_home(lgh=True), "ADDRESS"),
        "AO": lambda: (draw.sv_office(), "ADDRESS"),
        "AOL": lambda: (draw.sv_office(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_home()).lower(), "ADDRESS"),
        "AX": lambda: (draw.abroad(), "ADDRESS"),
        "ax": lambda: (draw.abroad().lower(), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AXL": lambda: (draw.abroad(lines=True), "ADDRESS"),
        "AUK": lambda: (draw.uk_address(), "ADDRESS"),
        "AUKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "ADE": lambda: (draw.de_address(), "ADDRESS"),
        "AFI": lambda: (draw.fi_address(), "ADDRESS"),
        "APL": lambda: (draw.pl_address(), "ADDRESS"),
        "AIN": lambda: (draw.in_address(), "ADDRESS"),
        "AINL": lambda: (draw.in_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "MOB": lambda: (draw.mobile(), "PHONE"),
        "VX": lambda: (draw.landline(switchboard=True), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHDE": lambda: (draw.phone_x("de"), "PHONE"),
        "PHFI": lambda: (draw.phone_x("fi"), "PHONE"),
        "PHPL": lambda: (draw.phone_x("pl"), "PHONE"),
        "PHIN": lambda: (draw.phone_x("in"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        # look-alikes and plain words
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "ISO": lambda: (f"2027-{month:02d}-{day:02d}", None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TS": lambda: (f"2027-{month:02d}-{day:02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}.{r.randrange(1000):03d}Z", None),
        "HMS": lambda: (f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}", None),
        "TIME": lambda: (f"{r.randrange(0, 24):02d}{':' if en or r.random() < 0.5 else '.'}{r.choice(('00', '05', '15', '30', '42', '45'))}", None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "N2": lambda: (str(r.randrange(2, 25)), None),
        "MIN": lambda: (str(r.randrange(4, 190)), None),
        "PCT": lambda: (f"{r.randrange(1, 100)},{r.randrange(10)} %" if not en else f"{r.randrange(1, 100)}.{r.randrange(10)}%", None),
        "AMT": lambda: (f"{r.randrange(250, 268000):,} kr".replace(",", " "), None),
        "EUR": lambda: (f"€{r.randrange(40, 30000):,}", None),
        "GBP": lambda: (f"£{r.randrange(20, 24000):,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(20, 48000):,}.{r.randrange(100):02d}", None),
        "INC": lambda: (r.choice((f"INC{r.randrange(10**6, 10**7):07d}", f"RITM{r.randrange(10**6, 10**7):07d}", f"REQ{r.randrange(10**6, 10**7):07d}", f"SR-{r.randrange(10000, 99999)}")), None),
        "CHG": lambda: (f"CHG{r.randrange(10**6, 10**7):07d}", None),
        "JIRA": lambda: (f"{r.choice(('OPS', 'PLAT', 'INFRA', 'CRM', 'WEB', 'APP', 'SEC', 'DATA', 'IAM'))}-{r.randrange(10, 9999)}", None),
        "PIR": lambda: (f"PIR-2027-{r.randrange(1, 99):03d}", None),
        "ASSET": lambda: (r.choice((f"SE-LAP-{r.randrange(1000, 99999):05d}", f"AT{r.randrange(100000, 999999)}", f"IT-{r.randrange(10000, 99999)}", f"INV-{r.randrange(10**5, 10**6)}", f"MOB-{r.randrange(1000, 9999)}")), None),
        "SERIAL": lambda: (r.choice((f"PF{r.choice('0123456789ABCDEFGHJKLMNPQRSTVWXYZ')}{draw.hexes(5, True)}", f"C02{draw.hexes(2, True)}{r.randrange(1000, 9999)}{draw.hexes(3, True)}",
                                     f"5CG{r.randrange(1000, 9999)}{draw.hexes(3, True)}", f"{r.choice('FGH')}{draw.hexes(2, True)}{r.randrange(10**6, 10**7)}", f"R5{draw.hexes(2, True)}{r.randrange(10**5, 10**6)}{draw.hexes(1, True)}")), None),
        "IMEI": lambda: (f"35{r.randrange(10**12, 10**13)}", None),
        "IP": lambda: (r.choice((f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}", f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}", f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}", f"203.0.113.{r.randrange(1, 255)}", f"198.51.100.{r.randrange(1, 255)}")), None),
        "IP6": lambda: (f"2001:db8:{draw.hexes(4)}:{draw.hexes(2)}::{draw.hexes(3)}", None),
        "MAC": lambda: (r.choice(":-").join(draw.hexes(2, r.random() < 0.6) for _ in range(6)), None),
        "VER": lambda: (r.choice((f"v{r.randrange(1, 9)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}", f"{r.randrange(1, 25)}.{r.randrange(0, 12)}.{r.randrange(0, 9)}", f"{r.randrange(1, 6)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}-rc{r.randrange(1, 5)}", f"2027.{r.randrange(1, 13)}.{r.randrange(0, 9)}")), None),
        "HASH": lambda: (draw.hexes(r.choice((7, 7, 8, 12))), None),
        "SHA": lambda: (draw.hexes(40), None),
        "UUID": lambda: (f"{draw.hexes(8)}-{draw.hexes(4)}-4{draw.hexes(3)}-{r.choice('89ab')}{draw.hexes(3)}-{draw.hexes(12)}", None),
        "PORT": lambda: (r.choice(("22", "443", "8443", "8080", "5432", "3306", "6379", "9092", "3389", "636", "389", "1433", "9200", "5671", "27017")), None),
        "PID": lambda: (str(r.randrange(300, 65000)), None),
        "ORDER": lambda: (r.choice((f"PO-2027-{r.randrange(1, 9999):05d}", f"45{r.randrange(10**7, 10**8)}", f"ORD{r.randrange(10**5, 10**6)}", f"SO-{r.randrange(100000, 999999)}")), None),
        "ORGNR": lambda: (draw.org_number(), None),
        "INVNO": lambda: (r.choice((f"{r.randrange(2027000, 2027999)}", f"F{r.randrange(10**5, 10**6)}", f"INV-{r.randrange(10**4, 10**5)}", f"{r.randrange(10**6, 10**7)}")), None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "CUSTNO": lambda: (r.choice((f"{r.randrange(10**5, 10**6)}", f"K{r.randrange(10**4, 10**5)}", f"CUST-{r.randrange(10**4, 10**6)}")), None),
        "CASE": lambda: (r.choice((f"2027-{r.randrange(1, 9999):04d}", f"Ä{r.randrange(10000, 99999)}", f"#{r.randrange(10000, 99999)}")), None),
        "DESK": lambda: (r.choice((f"{r.randrange(2, 9)}.{r.randrange(1, 60):02d}", f"{r.choice('ABC')}-{r.randrange(2, 7)}{r.randrange(1, 40):02d}", f"{r.randrange(2, 9)}{r.choice('NSEW')}-{r.randrange(1, 60)}")), None),
        "ROOM": lambda: (r.choice(("Ada", "Turing", "Lovelace", "Hopper", "Vega", "Orion", "Fjällen", "Kattegatt", "Öresund", "Norrsken", "Blåklint")), None),
        "CODE": lambda: (f"{r.randrange(1000, 9999)}", None),
        "HOST": lambda: (r.choice((f"srv-app-{r.randrange(1, 40):02d}", f"db{r.randrange(1, 9)}.prod.internal", f"k8s-node-{r.randrange(1, 60)}", f"ws-{r.randrange(1000, 9999)}", f"vpn-gw-{r.choice(('sto', 'gbg', 'mmo', 'lon', 'blr'))}{r.randrange(1, 4)}", f"SE-PC{r.randrange(10000, 99999)}")), None),
        "LIC": lambda: ("-".join(draw.hexes(5, True) for _ in range(5)), None),
        "MODEL": lambda: (r.choice(("ThinkPad T14 Gen 4", "ThinkPad X1 Carbon Gen 11", "Latitude 7440", "EliteBook 840 G10", "MacBook Pro 14\" M3", "MacBook Air 13\" M2", "Surface Laptop 5", "iPhone 15", "iPhone 14", "Galaxy S23", "Galaxy A54", "Pixel 8")), None),
        "ACC": lambda: (r.choice(("dockningsstation", "skärm 27\"", "headset Jabra Evolve2 65", "tangentbord och mus", "laddare 65 W", "USB-C-hubb", "webbkamera")), None),
        "ACCEN": lambda: (r.choice(("docking station", "27\" monitor", "Jabra Evolve2 65 headset", "keyboard and mouse", "65 W charger", "USB-C hub", "webcam")), None),
        "QTY": lambda: (str(r.randrange(1, 250)), None),
        "ERR": lambda: (r.choice(("500", "502", "503", "504", "401", "403", "409", "422", "429")), None),
        "MS": lambda: (str(r.randrange(30, 30000)), None),
        "LINE": lambda: (str(r.randrange(12, 1800)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
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
        base = base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
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
    """br's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-br-{len(rows) + 1:04d}", "split": "heldout-br", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of br is printed."""
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address with plan/floor"] += bool(re.search(r"plan \d|Floor|OG\b", value))
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                forms[f"personnummer {len(re.sub(r'[^0-9]', '', value))} digits"] += 1
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}, handles (no value): {draw.forms['handle']}")
        total = sum(draw.split.values())
        print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for i, row in enumerate(rows):
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        if row["id"] != f"gen-heldout-br-{i + 1:04d}" or row["split"] != "heldout-br" or row["lang"] not in SIZES:
            problems["id, split or lang"] += 1
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            s, e, kind = span["start"], span["end"], span["kind"]
            if kind not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if not (0 <= s < e <= len(text)):
                problems["empty or out of bounds"] += 1
                continue
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if kind == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                if not re.fullmatch(r"(\d{10}|\d{12})", digits) or luhn(digits[-10:-1]) != int(digits[-1]):
                    problems["personnummer check digit"] += 1
    langs = Counter(row["lang"] for row in rows)
    if dict(langs) != SIZES or len(ids) != len(rows):
        problems["sizes"] += 1
    spans = sum(len(row["spans"]) for row in rows)
    print(f"checked {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {spans} spans: "
          + (", ".join(f"{k} {v}" for k, v in problems.items()) if problems else "no problems"))  # fmt: skip
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, print counts only")
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
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
