# ruff: noqa: E501
"""Generate held-out bu for personal-data detection: names as the population has them, a
fifty-second writer; the everyday mix of what people send through an assistant at work and at
home (support, HR, care, chat, invoices, school, insurance, bank and tax, legal, travel,
housing, clubs).

    python data/pii/generate_bu.py                    # writes data/pii/generated-heldout-bu.jsonl
    python data/pii/generate_bu.py --stats            # counts only, writes nothing
    python data/pii/generate_bu.py --check            # checks the written file, counts only
    python data/pii/generate_bu.py --seed 7 --show 5  # rows of a scratch seed, never the set's

Every name word comes from `names_bu.py`'s weighted pools (SCB's ranks for Sweden, the US Census
1990 per cents, the ONS rankings for the UK, the commonest names of origins common in Sweden),
80% from the head of a list and 20% from its tail, mixed by the language of the row. Written by a
helper who does not tune the detector and read neither its rules, lexicons and tagger nor any
error listing nor any other set's names, templates or rows; never run through the detector by
its writer. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_bu import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bu import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270129
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bu.jsonl"
SPLIT = "heldout-bu"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, towns' and suburbs' as much as the country's.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Götgatan", "Hornsgatan",
    "Sveavägen", "Odengatan", "Sankt Eriksgatan", "Södra Förstadsgatan", "Linnégatan",
    "Första Långgatan", "Västra Hamngatan", "Järnvägsgatan", "Skolgatan", "Kyrkogatan", "Nygatan",
    "Trädgårdsgatan", "Repslagargatan", "Fabriksgatan", "Ekbergsgatan", "Fredsgatan",
    "Björkvägen", "Tallvägen", "Ringvägen", "Industrivägen", "Skogsvägen", "Lindvägen",
    "Vallmovägen", "Kornvägen", "Solrosvägen", "Centralvägen", "Hammarbyvägen", "Bergsvägen",
    "Gamla Tanneforsvägen", "Norra Stationsgatan", "Östra Promenaden", "Västra Vägen",
    "Rosensvängen", "Ekorrsvängen", "Kastanjeallén", "Karlavägen", "Valhallavägen",
    "Folkungagatan", "Brännkyrkagatan", "Lidingövägen", "Rådmansgatan", "Tegnérgatan",
    "Mölndalsvägen", "Doktor Forselius gata", "Kapellgången", "Blåklintsgången", "Lärkstigen",
    "Snickarstigen", "Prästbacken", "Solbacken", "Klockarbacken", "Stortorget", "Lilla Torget",
    "Möllevångstorget", "Smedjegränd", "Tulpangränd", "Stationsplan", "Kungsholms strand",
    "Norr Mälarstrand", "Skeppsbron", "Strandvägen", "Hagalundsgatan", "Rinkebystråket",
    "Tensta allé", "Bergsjövägen", "Rosengårdsvägen", "Hjällbovägen", "Gottsundavägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Huddinge", 141, 141), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Nacka", 131, 131), ("Täby", 183, 187), ("Södertälje", 151, 152), ("Gävle", 802, 806),
    ("Eskilstuna", 632, 635), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Falun", 791, 791), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Varberg", 432, 432),
    ("Motala", 591, 591), ("Visby", 621, 621), ("Kiruna", 981, 981), ("Mölndal", 431, 431),
    ("Partille", 433, 433), ("Kungsbacka", 434, 434), ("Haninge", 136, 137), ("Botkyrka", 145, 147),
)  # fmt: skip
FARMS = ("Norrgården", "Sörgården", "Backgården", "Lillgården", "Övre Byn", "Skogstorp", "Ekudden", "Lugnet", "Åkerby", "Sjötorp")  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Queens Road",
    "Albert Street", "Green Lane", "Manor Road", "Grove Road", "Kingsway", "Mill Lane",
    "The Crescent", "Harrow Road", "Ladbroke Grove", "Deansgate", "Byres Road", "Cowley Road",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "N"), ("London", "W"), ("Manchester", "M"), ("Leeds", "LS"),
    ("Bristol", "BS"), ("Birmingham", "B"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"),
    ("Oxford", "OX"), ("Brighton", "BN"), ("York", "YO"), ("Norwich", "NR"), ("Belfast", "BT"),
)  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Washington Avenue", "Broadway", "Park Place", "Lake Street", "Sunset Boulevard", "5th Avenue")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Austin", "TX", 787), ("Boston", "MA", 21), ("Denver", "CO", 802), ("Brooklyn", "NY", 112), ("San Diego", "CA", 921))  # fmt: skip
EUROPE = (
    "{n} Rue de Rivoli, 7500{z1:1-9} Paris", "{n} rue de la République, 690{z2:01-09} Lyon",
    "{n} boulevard Voltaire, 750{z2:11-20} Paris", "Hauptstraße {n}, {z5:10115-10999} Berlin",
    "Schillerstraße {n}, {z5:60313-60599} Frankfurt am Main", "Leopoldstraße {n}a, 807{z2:02-99} München",
    "Mannerheimintie {n} A {m}, 00{z3:100-280} Helsinki", "Hämeenkatu {n} B {m}, 33{z3:100-720} Tampere",
    "Aleksanterinkatu {n}, 20{z3:100-900} Turku", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "ul. Floriańska {n}/{m}, 31-{z3:019-099} Kraków",
    "Nørrebrogade {n}, {m}. th., 2200 København N", "Bogstadveien {n}, 0{z3:355-366} Oslo",
    "Calle Mayor {n}, 280{z2:01-15} Madrid", "Carrer de Mallorca {n}, {m}º, 080{z2:08-37} Barcelona",
    "Prinsengracht {n}, 10{z2:15-18} {L2} Amsterdam", "Via del Corso {n}, 001{z2:86-87} Roma",
    "Mariahilfer Straße {n}, 10{z2:60-70} Wien", "Rua Augusta {n}, 1100-{z3:048-300} Lisboa",
    "Tallinna mnt {n}, 10{z3:111-999} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "hotmail.se", "protonmail.com", "bahnhof.se")  # fmt: skip
WORK = ("example.se", "foretaget.example.se", "kommun.example.se", "region.example.se", "example.com", "example.org", "example.co.uk", "skola.example.se")  # fmt: skip
ROLES = ("info", "kundtjanst", "support", "faktura", "hr", "rekrytering", "noreply", "bokning", "kansli", "ekonomi", "hello", "billing", "careers", "claims", "reception")  # fmt: skip


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
    """Every value of bu from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.03
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or ("-" in middle[0][0] and key != "swedish"):
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
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def role_email(self) -> str:
        r = self.rng
        host = r.choice(
            (
                "example.se",
                "example.com",
                "bolaget.example.se",
                "brf.example.se",
                "vard.example.se",
                "example.org",
                "example.co.uk",
                "forening.example.se",
            )
        )
        return f"{r.choice(ROLES)}@{host}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile, landline or a firm's line, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "11", "35", "36", "42", "46")
        )
        area3 = r.choice(
            (
                "150",
                "171",
                "220",
                "240",
                "300",
                "320",
                "340",
                "380",
                "413",
                "430",
                "470",
                "480",
                "500",
                "510",
                "520",
                "560",
                "611",
                "620",
                "650",
                "680",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"08-{d[:3]}{d[3:6]}{self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (1, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"0770-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+49 30 {d[:8]}", f"+49 (0)151 {d[:8]}",
            f"0049 89 {d[:7]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"050 {d[:3]} {d[3:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)20 {d[:4]} {d[4:8]}", f"020 {d[:4]} {d[4:8]}",
            f"07{d[:3]} {d[3:9]}", f"0161 {d[:3]} {d[3:7]}", f"+1 (612) 555-0{d[:3]}", f"(206) 555-0{d[:3]}",
            f"+1 312 555 0{d[:3]}", f"1-800-555-0{d[:3]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:3]} {d[3:7]}",
            f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        if r.random() < 0.04:  # past a hundred: the ten digits with `+`
            year = r.randrange(1918, 1927)
            date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
            serial = f"{r.randrange(1000):03d}"
            return f"{date}+{serial}{luhn(date + serial)}"
        year = r.randrange(1935, 2021)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 220))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.08
        street = f"{r.choice(FARMS)} {r.randrange(1, 90)}" if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.15):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.08:
            street += f", {r.randrange(1, 8)} tr"
        elif not rural and r.random() < 0.04:
            street += f", {r.randrange(1, 6)} {r.choice(('tr', 'trappor', 'vån'))}".replace(
                " 1 trappor", " 1 trappa"
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
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
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        if r.random() < 0.25:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
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

    def org_number(self) -> str:
        """An organisation number: a look-alike, never a value."""
        r = self.rng
        head = f"{r.choice(('55', '55', '55', '71', '80', '76', '96'))}{r.randrange(10, 100)}{r.randrange(10, 100)}"
        serial = f"{r.randrange(100, 1000)}"
        out = f"{head}-{serial}{luhn(head + serial)}"
        return out if r.random() < 0.85 else out.replace("-", "")


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given` as forms have it, E an e-mail address. A trailing `s` asks for a Swedish
    genitive, a trailing `'` an English one.
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
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),  # a street without its number
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EM": lambda: (draw.role_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "ORG": lambda: (draw.org_number(), None),
        "OCR": lambda: (draw.digits(r.randrange(10, 17)).lstrip("0") or "7", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "PG": lambda: (f"{r.randrange(10000, 9999999)}-{r.randrange(10)}", None),
        "INV": lambda: (r.choice((f"{r.randrange(10000, 999999)}", f"F{r.randrange(2026, 2028)}-{r.randrange(100, 9999):04d}", f"INV-{r.randrange(100000, 999999)}")), None),
        "CASE": lambda: (r.choice((f"{r.randrange(100000, 9999999)}", f"#{r.randrange(10000, 999999)}", f"ÄR-{r.randrange(2026, 2028)}-{r.randrange(1000, 99999)}", f"{r.randrange(2026, 2028)}-{r.randrange(1, 13):02d}-{r.randrange(1000, 9999)}", f"CS{draw.digits(8)}")), None),
        "DNR": lambda: (f"{r.choice(('Dnr', 'dnr', 'Dnr.'))} {r.choice(('KS', 'BUN', 'SN', 'AN', 'MBN'))} {r.randrange(2025, 2028)}/{r.randrange(10, 2400)}", None),
        "CUST": lambda: (f"{r.randrange(1000000, 99999999)}", None),
        "ORDER": lambda: (r.choice((f"{r.randrange(1000000, 9999999)}", f"#{r.randrange(100000, 999999)}", f"SE{draw.digits(9)}")), None),
        "BOOK": lambda: ("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), None),
        "FLIGHT": lambda: (f"{r.choice(('SK', 'DY', 'LH', 'AF', 'BA', 'KL', 'AY', 'LO', 'TK'))} {r.randrange(100, 2999)}", None),
        "POL": lambda: (f"{r.choice(('HEM', 'BIL', 'OLY', 'P'))}-{draw.digits(7)}", None),
        "CLEAR": lambda: (f"{r.choice(('8327', '6000', '3300', '5000', '8105', '9550'))}-{r.randrange(1, 10)}", None),
        "ACC": lambda: (f"{draw.digits(3)} {draw.digits(3)} {draw.digits(3)}-{r.randrange(10)}", None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUWXYZ') for _ in range(3))} {draw.digits(2)}{r.choice('0123456789ABCDEFGHJ')}", None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(150, 68000):,} kr".replace(",", " "), f"{r.randrange(150, 68000)},{r.randrange(100):02d} kr", f"SEK {r.randrange(150, 68000):,}".replace(",", " "))), None),
        "SAL": lambda: (f"{r.randrange(26, 78)} {r.randrange(0, 10)}00 kr", None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(20, 4000)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (r.choice((f"€{r.randrange(40, 3000)}", f"{r.randrange(40, 3000)},{r.randrange(100):02d} €", f"EUR {r.randrange(40, 3000)}")), None),
        "PCT": lambda: (f"{r.randrange(1, 100)}", None),
        "YEAR": lambda: (str(r.randrange(1998, 2027)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
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
    """bu's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of bu is printed."""
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
                forms["address abroad"] += (
                    not re.search(r"\d{3} ?\d{2} +[A-ZÅÄÖ]", value)
                    and bool(re.search(r"\d", value))
                    and not value.islower()
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values()) or 1
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = spans_seen = ids = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        ids += (
            row["id"] == f"gen-{SPLIT}-{rows:04d}"
            and row["split"] == SPLIT
            and row["lang"] in SIZES
        )
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            s, e, kind = span["start"], span["end"], span["kind"]
            if kind not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["unknown kind"] += 1
            if not 0 <= s < e <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if kind == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                if len(digits) not in (10, 12) or not re.fullmatch(r"\d{6,8}[-+]?\d{4}", value):
                    problems["personnummer shape"] += 1
                elif luhn(digits[-10:-1]) != int(digits[-1]):
                    problems["personnummer check digit"] += 1
    print(f"rows {rows}, spans {spans_seen}, ids and keys right {ids}")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    return sum(problems.values()) + (rows - ids)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed; only the default writes the set"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    parser.add_argument(
        "--show", type=int, default=0, help="print this many rows of a scratch seed"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.show:
        if args.seed == SEED:
            sys.exit("--show prints rows of scratch seeds only")
        for row in rows[: args.show]:
            print(json.dumps(row, ensure_ascii=False))
        return
    if args.stats:
        stats(rows, draw)
        return
    if args.seed != SEED and args.out == OUT:
        sys.exit("a scratch seed writes only with --out")
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
