# ruff: noqa: E501
"""Generate held-out cc for personal-data detection: names as the population has them, a sixtieth
writer.

    python data/pii/generate_cc.py           # writes data/pii/generated-heldout-cc.jsonl
    python data/pii/generate_cc.py --stats   # counts only, writes nothing
    python data/pii/generate_cc.py --check   # checks the written file, counts only
    python data/pii/generate_cc.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

cc's names are drawn by how often people carry them (`names_cc.py`: SCB's ranks for Sweden, the
US Census 1990 per cents, the ONS rankings for the UK, the commonest names of origins common in
Sweden), 80% from the head of a list and 20% from its tail. The genres (`templates_cc.py`) are the
mix gateways see from teams in Sweden: support tickets and replies, HR mail, medical notes and
letters, chat between colleagues and friends, invoices and reminders, school and preschool mail,
insurance and bank letters. Written by a helper who does not tune the detector and read neither its
rules, lexicons nor any other set's names, templates or rows; never run through the detector by its
writer. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_cc import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cc import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270137
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cc.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan", "Hornsgatan",
    "Linnégatan", "Fleminggatan", "Sankt Eriksgatan", "Östra Hamngatan", "Södra Förstadsgatan",
    "Järnvägsgatan", "Skolgatan", "Nygatan", "Västra Storgatan", "Bangårdsgatan", "Rådhusgatan",
    "Björkvägen", "Industrivägen", "Ringvägen", "Skogsvägen", "Lindvägen", "Tallvägen", "Ekvägen",
    "Solvägen", "Parkvägen", "Bergsvägen", "Idrottsvägen", "Västerled", "Nynäsvägen", "Valhallavägen",
    "Kopparsvängen", "Ängssvängen", "Granitsvängen", "Tornsvängen", "Lärksvängen", "Björnsvängen",
    "Kastanjeallé", "Hammarby allé", "Lindallén", "Karlavägen", "Ekebergs allé", "Slottsallén",
    "Kvarnbacken", "Prästbacken", "Eriksbergs backe", "Solbacken", "Mariebergs backe", "Klockarbacken",
    "Lärkstigen", "Blåbärsstigen", "Hagtornsstigen", "Ekorrstigen", "Trastvägen", "Vitsippsstigen",
    "Stortorget", "Lilla torget", "Järntorget", "Medborgarplatsen", "Gustav Adolfs torg", "Möllevångstorget",
    "Tulpangränd", "Smedgränd", "Kyrkogränd", "Prästgatan", "Mårten Trotzigs gränd", "Bagargränd",
    "Stationsplan", "Brunnsplan", "Mästarplan", "Hamnplan", "Kungsplan", "Tingsplan",
    "Hagaesplanaden", "Strandpromenaden", "Kajen", "Norra Kungsvägen", "Gamla Tanneforsvägen",
    "Fridhemsgatan", "Dalagatan", "Odengatan", "Birger Jarlsgatan", "Nils Ericsons gata",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Huddinge", 141, 141), ("Eskilstuna", 632, 635), ("Gävle", 802, 806),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 461),
    ("Östersund", 831, 832), ("Borlänge", 781, 784), ("Tumba", 147, 147), ("Solna", 169, 171),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Falun", 791, 791),
    ("Nacka", 131, 131), ("Sollentuna", 191, 192), ("Kungsbacka", 434, 434), ("Lidingö", 181, 181),
    ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Landskrona", 261, 261),
    ("Ängelholm", 262, 262), ("Piteå", 941, 941), ("Visby", 621, 621), ("Alingsås", 441, 441),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Märsta", 195, 195), ("Kiruna", 981, 981),
    ("Ystad", 271, 271), ("Vetlanda", 574, 574), ("Arvika", 671, 671), ("Mora", 792, 792),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road",
    "Park Avenue", "Queens Road", "Albert Street", "The Crescent", "Orchard Close", "Mill Lane",
    "London Road", "Kingsway", "Meadow View", "Elm Grove",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "N"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"),
    ("Birmingham", "B"), ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Norwich", "NR"),
    ("York", "YO"), ("Brighton", "BN"), ("Reading", "RG"), ("Cambridge", "CB"), ("Oxford", "OX"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Flat 3B, Carlton House", "Willow Barn", "2 Mews Court")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Washington Avenue", "Lake Shore Drive", "Sunset Boulevard", "2nd Avenue", "Pine Street", "Cedar Lane")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Boston", "MA", 21), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Brooklyn", "NY", 112))  # fmt: skip
EUROPE = (
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès, {z5:75019-75020} Paris",
    "{n}, boulevard Victor Hugo, {z5:06000-06300} Nice", "Hauptstraße {n}, {z5:10115-10999} Berlin",
    "Schillerstraße {n}, {z5:80331-80999} München", "Am Markt {n}a, {z5:20095-22769} Hamburg",
    "Calle Mayor {n}, {m}º B, {z5:28013-28099} Madrid", "Avenida de la Constitución {n}, {z5:41001-41099} Sevilla",
    "Carrer de Balmes {n}, {z5:08006-08008} Barcelona", "{n} Church Street, Leeds LS{m} 4QT",
    "Flat {m}, {n} Albion Road, London N16 9PE", "Mannerheimintie {n} A {m}, {z5:00100-00280} Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "Aleksanterinkatu {n}, {z5:20100-20810} Turku",
    "Storgata {n}, {z4:0155-0185} Oslo", "Bryggen {n}, {z4:5003-5018} Bergen",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "ul. Marszałkowska {n}/{m}, 00-{z3:500-699} Warszawa", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.se", "protonmail.com", "bredband.net")  # fmt: skip
WORK = ("example.se", "foretag.example.se", "region.example.se", "skola.example.se", "example.com", "example.org", "example.co.uk", "kommun.example.se")  # fmt: skip
LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"  # registration plates use no I, Q, V, Å, Ä, Ö


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
    """Every value of cc from one seeded Random; counts the head/tail split and the origins."""

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
        if r.random() < {"swedish": 0.3, "us": 0.3, "uk": 0.25}.get(key, 0.04):
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
        if key in ("polish", "bcs", "turkish", "latin", "kurdish") and r.random() < 0.3:  # typed plain
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
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "23", "26"))
        area3 = r.choice(
            (
                "250",
                "280",
                "271",
                "380",
                "470",
                "480",
                "492",
                "495",
                "520",
                "560",
                "570",
                "611",
                "640",
                "651",
                "660",
                "680",
                "695",
                "910",
                "920",
                "921",
                "926",
                "940",
                "950",
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
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+358 6 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"07700 900{d[:3]}", f"01539 {d[:6]}", f"+44 (0)1434 {d[:6]}", f"0044 1865 {d[:6]}",
            f"+49 171 {d[:7]}", f"+49 (0)431 {d[:6]}", f"0049 8031 {d[:6]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (218) 555-0{d[:3]}", f"(406) 555-0{d[:3]}", f"+1 802 555 0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"0031 6{d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        if self.lang == "en" and r.random() < 0.6:  # English rows: mostly British and American numbers
            home = (
                f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"020 {d[:4]} {d[4:8]}", f"+44 (0)161 {d[:3]} {d[3:7]}",
                f"0113 {d[:3]} {d[3:7]}", f"(612) 555-0{d[:3]}", f"+1 312 555 0{d[:3]}", f"206-555-0{d[:3]}",
            )  # fmt: skip
            return r.choice(home)
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer: 12 or 10 digits, with or without `-`, `+` for those past a hundred."""
        r = self.rng
        old = r.random() < 0.04
        year = r.randrange(1918, 1927) if old else r.randrange(1938, 2026)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}" if r.random() < 0.7 else f"{year // 100}{date}-{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """An organisation number (third digit 2 or more, so never a date): a look-alike."""
        r = self.rng
        head = r.choice(("556", "559", "802", "212", "969", "716", "769"))
        body = head + self.digits(9 - len(head))
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[30:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=bool(rural))}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.5)}"
        if roll < 0.7:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 120)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 12)}, {street}"
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (f"{r.choice(('support', 'kundtjanst', 'billing', 'faktura', 'hr', 'payroll', 'info', 'ekonomi'))}@{r.choice(WORK)}", "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day:02d}.{month:02d}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(95, 48000):,} kr".replace(",", " ") if r.random() < 0.7 else f"{r.randrange(95, 48000)},{r.choice(('00', '50', '90'))} SEK", None),
        "GBP": lambda: (f"£{r.randrange(12, 2400)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(20, 3000)}", None),
        "USD": lambda: (f"${r.randrange(9, 900)}.{r.randrange(100):02d}", None),
        "ORG": lambda: (draw.org_number(), None),
        "OCR": lambda: (draw.digits(r.choice((8, 10, 12, 14, 16))), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{draw.digits(4)}", f"{r.randrange(5000, 5999)}-{draw.digits(4)}")), None),
        "PG": lambda: (f"{r.randrange(10000, 999999)}-{r.randrange(10)}", None),
        "INV": lambda: (r.choice((str(r.randrange(10000, 99999)), f"F{r.randrange(2027000, 2027999)}", f"2027-{r.randrange(100, 999)}", f"INV-{r.randrange(1000, 9999)}")), None),
        "CASE": lambda: (r.choice((f"#{r.randrange(100000, 999999)}", f"INC{r.randrange(10**6, 10**7):07d}", f"ÄR-{r.randrange(10000, 99999)}", f"CS-{r.randrange(2026, 2028)}-{r.randrange(1000, 99999)}", f"Dnr {r.randrange(1, 9)}.{r.randrange(1, 9)}-{r.randrange(100, 9999)}/2027")), None),
        "CUST": lambda: (r.choice((draw.digits(7), f"{draw.digits(3)} {draw.digits(3)} {draw.digits(3)}", f"K-{draw.digits(6)}")), None),
        "ORDER": lambda: (r.choice((draw.digits(9), f"{r.randrange(100, 999)}-{draw.digits(7)}-{draw.digits(7)}", f"SO{draw.digits(8)}")), None),
        "TRACK": lambda: (r.choice((f"00370{draw.digits(15)}", f"JJD{draw.digits(16)}", f"UA{draw.digits(9)}SE")), None),
        "REG": lambda: (f"{''.join(r.choice(LETTERS) for _ in range(3))} {r.randrange(10, 100)}{r.choice(('0', '1', '5', '8', 'A', 'C', 'F', 'L'))}", None),
        "ACC": lambda: (f"{r.choice(('8327-9', '6000', '3300', '5000', '9420'))} {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}", None),
        "EMP": lambda: (f"{r.choice(('A', 'E', ''))}{draw.digits(5)}", None),
        "POLICY": lambda: (f"{r.choice(('HEM', 'BIL', 'OLY', 'PL'))}-{draw.digits(7)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PCT": lambda: (f"{r.randrange(1, 9)},{r.randrange(10)} %", None),
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
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """cc's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-cc-{len(rows) + 1:04d}", "split": "heldout-cc", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of cc is printed."""
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
                forms["after c/o"] += text[max(0, span["start"] - 4) : span["start"]] == "c/o "
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> None:
    """Checks the written file; prints counts only."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    problems: Counter[str] = Counter()
    spans_seen, ids = 0, 0
    for row in rows:
        text, last = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, end = span["start"], span["end"]
            value = text[start:end]
            problems["empty"] += not value
            problems["out of bounds"] += not (0 <= start < end <= len(text))
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < last
            problems["unknown kind"] += span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")
            last = end
            if span["kind"] == "NATIONAL_ID":
                ids += 1
                digits = re.sub(r"[-+]", "", value)
                ten = digits[-10:]
                ok = digits.isdigit() and len(digits) in (10, 12) and luhn(ten[:9]) == int(ten[9])
                problems["personnummer with a bad check digit"] += not ok
    print(f"rows {len(rows)}, spans {spans_seen}, personnummer {ids}")
    for name in ("empty", "out of bounds", "whitespace at an edge", "unsorted or overlapping", "unknown kind", "personnummer with a bad check digit"):
        print(f"{name}: {problems[name]}")
    ids_ok = [row["id"] for row in rows] == [f"gen-heldout-cc-{i + 1:04d}" for i in range(len(rows))]
    print(f"ids in order: {ids_ok}")
    if sum(problems.values()) or not ids_ok:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed (the set's own is the default)")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, print counts only")
    args = parser.parse_args()
    if args.check:
        check(args.out)
        return
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
