# ruff: noqa: E501
"""Generate held-out BB for personal-data detection (issue 15): names as the population has them,
a thirty-third writer.

    python data/pii/generate_bb.py          # writes data/pii/generated-heldout-bb.jsonl
    python data/pii/generate_bb.py --stats  # counts only (sizes, kinds, forms, the head/tail split)

BB's names are drawn by how often people really carry them: every name word comes from
`names_bb.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden, Afghan and
Romanian names among them), 80% from the head of a list and 20% from its tail, mixed by the
language of the row roughly as Sweden's population is. The genres are sport, clubs and
volunteering (`templates_bb.py`): football and ice-hockey rosters, match reports and line-ups,
youth teams' carpool and kiosk rotas, membership registers and AGM minutes (årsmöte), race
results and start lists, gym and climbing-wall waivers, scout camps, choirs and orchestras,
church volunteer rotas, fundraising receipts, English club newsletters and safeguarding forms,
with addresses of every form at home and abroad and phone numbers in every common grouping.
Written by a helper who does not tune the detector, who read neither its rules, lexicons and
tagger (`src/rung/privacy/`) nor any error listing nor any other set's names and templates; BB
was never run through the detector by its writer, and its names were not checked against
rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_bb import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bb import CLUBS_EN, CLUBS_SV, DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270110
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bb.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish street names of every form, weighted towards the common endings.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Skolgatan", "Idrottsgatan", "Bangatan", "Fabriksgatan",
    "Bruksgatan", "Köpmangatan", "Västra Storgatan", "Norra Kungsgatan", "Repslagaregatan",
    "Trädgårdsgatan", "Parkgatan", "Tegelbruksgatan", "Sportvägen", "Idrottsvägen", "Bollvägen",
    "Hockeyvägen", "Ekbacksvägen", "Hagalundsvägen", "Lönnvägen", "Aspvägen", "Enebacksvägen",
    "Gärdesvägen", "Kyrkvägen", "Mossvägen", "Lillsjövägen", "Tallbacksvägen", "Ljungvägen",
    "Klövervägen", "Smedsvängen", "Snickarsvängen", "Tunnbindarsvängen", "Mjölnarsvängen",
    "Ekallé", "Linnés allé", "Lindallé", "Slottsallén", "Kastanjeallén", "Hagbacke", "Kvarnbacke",
    "Rönnbacken", "Sjöbacken", "Skolbacken", "Lingonstigen", "Hasselstigen", "Sälgstigen",
    "Kattugglestigen", "Fältstigen", "Nytorget", "Kyrktorget", "Medborgarplatsen", "Gamla torget",
    "Sveaplan", "Karlaplan", "Nobels plan", "Bryggargränd", "Kopparslagargränd", "Mangelgränd",
    "Vävargränd", "Hamnleden", "Kustleden", "Ringleden", "Bäckstråket", "Ängsstråket",
    "Parkstråket", "Norra Kajen", "Södra kajen", "Strandkajen", "Älvpromenaden",
    "Strandpromenaden", "Sjöpromenaden", "Bergsgatan", "Magasinsgatan", "Sockerbruksgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (real ranges).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Linköping", 581, 589), ("Västerås", 721, 725), ("Örebro", 702, 705), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Huddinge", 141, 141), ("Eskilstuna", 632, 635), ("Gävle", 802, 806),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462),
    ("Östersund", 831, 832), ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393),
    ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Lidköping", 531, 531), ("Motala", 591, 591), ("Nyköping", 611, 611),
    ("Örnsköldsvik", 891, 891), ("Piteå", 941, 941), ("Leksand", 793, 793), ("Mora", 792, 792),
    ("Kiruna", 981, 981), ("Sandviken", 811, 811), ("Varberg", 432, 432), ("Alingsås", 441, 441),
    ("Hässleholm", 281, 281), ("Ystad", 271, 271), ("Enköping", 745, 745), ("Härnösand", 871, 871),
    ("Vetlanda", 574, 574), ("Arvika", 671, 671), ("Kungsbacka", 434, 434), ("Märsta", 195, 195),
    ("Nacka", 131, 131), ("Solna", 169, 171), ("Lerum", 443, 443), ("Kungälv", 442, 442),
    ("Mölndal", 431, 431), ("Partille", 433, 433), ("Tumba", 147, 147), ("Åre", 837, 837),
)  # fmt: skip
UK_STREETS = (
    "Victoria Street", "Albert Road", "Grove Road", "Queens Drive", "Meadow Way", "Cricket Field Lane",
    "Pavilion Close", "Stadium Way", "Park Road", "Canal Street", "Westgate", "St Mary's Road",
    "Fir Tree Avenue", "Chestnut Grove", "Kings Avenue", "Sandy Lane", "Bowling Green Lane", "The Crescent",
)  # fmt: skip
UK_TOWNS = (
    ("Sheffield", "S"), ("Bolton", "BL"), ("Leicester", "LE"), ("Cardiff", "CF"), ("Glasgow", "G"),
    ("Exeter", "EX"), ("Reading", "RG"), ("Preston", "PR"), ("York", "YO"), ("Derby", "DE"),
    ("Swansea", "SA"), ("Edinburgh", "EH"), ("Nottingham", "NG"), ("Brighton", "BN"), ("Coventry", "CV"),
    ("Stockport", "SK"), ("Belfast", "BT"), ("Aberdeen", "AB"),
)  # fmt: skip
UK_HOUSES = ("The Lodge", "Field View", "Orchard Cottage", "2 Pavilion Cottages", "The Coach House", "Willow Barn")  # fmt: skip
US_STREETS = ("Elm Street", "Lincoln Avenue", "Washington Street", "Hillcrest Drive", "Cedar Lane", "Lakeview Road", "Sunset Boulevard", "Jefferson Avenue", "Highland Avenue", "Walnut Street")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Madison", "WI", 537), ("Seattle", "WA", 981), ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Lindsborg", "KS", 674), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Worcester", "MA", 16))  # fmt: skip
EUROPE = (
    "Sportplatzweg {n}, {z5:80331-81929} München", "Gartenstraße {n}, {z5:20095-22769} Hamburg",
    "Schillerstraße {n}a, {z5:50667-51149} Köln", "{n} rue du Stade, {z5:69001-69009} Lyon",
    "{n} avenue Jean Jaurès, {z5:31000-31200} Toulouse", "Urheilutie {n}, {z5:00100-00990} Helsinki",
    "Hämeenkatu {n} A {m}, {z5:33100-33900} Tampere", "Idrettsveien {n}, {z4:0150-1295} Oslo",
    "Storgata {n}, {z4:9008-9020} Tromsø", "Nørregade {n}, {m}. th., {z4:8000-8210} Aarhus C",
    "Stadionvej {n}, {z4:5000-5270} Odense", "ul. Sportowa {n}, {z2:00-04}-{z3:100-999} Warszawa",
    "ul. Długa {n}/{m}, 31-{z3:100-999} Kraków", "Calle Mayor {n}, {m}º B, {z5:28001-28055} Madrid",
    "Avinguda Diagonal {n}, {z5:08001-08040} Barcelona", "Sportlaan {n}, {z4:2500-2599} {L2} Den Haag",
    "Stationsweg {n}, {z4:3511-3585} {L2} Utrecht", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Corso Italia {n}, {z5:50123-50145} Firenze",
)  # fmt: skip
# Given names that Swedes often join with a second one (`Lars-Erik`, `Ann-Sofie`, `Maj-Britt`).
DOUBLE_FIRST = {"Ann", "Anna", "Eva", "Maj", "Karin", "Lena", "Marie", "Britt", "Gun", "Ulla", "Inga", "Lars", "Karl", "Per", "Jan", "Nils", "Hans", "Bo", "Carl", "Sven", "Stig", "Erik", "Mats", "Lennart"}  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "comhem.se", "btinternet.com")  # fmt: skip
WORK = ("example.se", "idrott.example.se", "klubben.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip


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
    given: list[Word]  # one word, or two joined by a hyphen (`Ann-Sofie`)
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
    """Every value of BB from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and given[0][0] in DOUBLE_FIRST and r.random() < 0.3:  # Lars-Erik, Ann-Sofie
            second = self.pick(pool)
            if second[0][:3] != given[0][0][:3] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.3, "uk": 0.25, "finnish": 0.2}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.65:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
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
        surname = plain(person.surname[-1][0]).lower().replace("-", "").replace("'", "")
        for a, b in (("å", "a"), ("ä", "a"), ("ö", "o")):
            given, surname = given.replace(a, b), surname.replace(a, b)
        local = r.choice((f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}{surname[:3]}",
                          f"{surname}{r.randrange(60, 99)}", f"{given}.{surname}{r.randrange(1, 9)}",
                          f"{given}-{surname}", f"{given[:3]}{surname[:3]}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("00233669")
        a2 = r.choice(("31", "40", "18", "13", "11", "21", "16", "19", "35", "36", "42", "46", "54", "60", "90"))
        a3 = r.choice(("120", "150", "171", "220", "240", "243", "247", "250", "280", "300", "320", "340",
                       "410", "413", "451", "480", "500", "510", "520", "533", "554", "570", "586", "611",
                       "620", "647", "660", "670", "690", "910", "920", "923", "940", "980"))  # fmt: skip
        shapes = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (2, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"),
            (2, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m}-{d[:3]}{d[3:5]}{d[5:7]}".replace("-", " - ", 1)),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
            (5, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08-{d[:8]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+468{d[:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a2}/{d[:6]}"), (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"),
            (2, f"0{a3} {d[:3]} {d[3:6]}"), (1, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)114 {d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}",
            f"020 {d[:4]} {d[4:8]}", f"+44 20 {d[:4]} {d[4:8]}", f"(0131) {d[:3]} {d[3:7]}",
            f"+1 (612) 555-{d[:4]}", f"(206) 555-{d[:4]}", f"+1 608-555-{d[:4]}", f"001 512 555 {d[:4]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:5]} {d[5:8]}", f"+45 {d[:4]} {d[4:8]}", f"+358 50 {d[:3]} {d[3:7]}",
            f"+358 (0)40 {d[:7]}", f"+49 (0)89 {d[:4]} {d[4:8]}", f"+49 152 {d[:4]} {d[4:8]}", f"0049 40 {d[:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 (0)6 {d[:8]}", f"+39 3{d[:2]} {d[2:9]}",
            f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+252 61 {d[:7]}", f"+66 81 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1944, 2020)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.35:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.7:
            return f"{date}-{serial}{check}"
        if roll < 0.88:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 210))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "c", "D"))
        return out

    def sv_street(self, bare: bool = False) -> str:
        street = self.rng.choice(SV_STREETS)
        return street if bare else f"{street} {self.number()}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"
        roll = r.random()
        if roll < 0.82:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.92:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sweden"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, bare: bool = False) -> str:
        r = self.rng
        street = self.sv_street(bare=bare and r.random() < 0.5)
        if lgh or r.random() < 0.11:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.04:
            street += f", {r.randrange(2, 5)} tr."
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(2, 1999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(2, 1999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {r.randrange(2, 6)} tr, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', 'A', 'B'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
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
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 180)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:
            head, _, tail = out.rpartition(", ")
            return f"{head}\n{tail}"
        return out


def genitive(name: str, english: bool, r: Random) -> str:
    """The genitive's ending: `Sarah's`, `James'`, `Annas`, `Jonas` or `Jonas'`."""
    if english:
        return "'" if name.endswith("s") else "'s"
    if name[-1] in "sxzSXZ":
        return "'" if r.random() < 0.3 else ""
    return "s"


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
    draw.forms["slot " + base] += 1
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
        short = draw.nickname(person, 0.12 if base in ("G", "g") else 0.9)
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
        segments.append((genitive(value, english, draw.rng), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AB": lambda: (draw.sv_address(bare=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "CLUBMAIL": lambda: (f"{r.choice(('kansli', 'info', 'ungdom', 'kiosk', 'styrelsen', 'kassor'))}@{r.choice(WORK[:3])}", "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "SHIRT": lambda: (str(r.randrange(1, 99)), None),
        "YEAR": lambda: (str(r.randrange(2008, 2019)), None),
        "AMT": lambda: (f"{r.randrange(50, 12000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(5, 400)}.{r.choice(('00', '50', '00', '25'))}", None),
        "SCORE": lambda: (f"{r.randrange(0, 6)}-{r.randrange(0, 6)}", None),
        "RACE": lambda: (f"{r.randrange(0, 3)}:{r.randrange(10, 60):02d}:{r.randrange(0, 60):02d}" if r.random() < 0.5 else f"{r.randrange(17, 59)}:{r.randrange(0, 60):02d}", None),
        "BIB": lambda: (str(r.randrange(1, 3200)), None),
        "CLUB": lambda: (r.choice(CLUBS_EN) if en else r.choice(CLUBS_SV), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "MONTH": lambda: (MONTHS["en" if en else "sv"][month - 1], None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
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
        if base not in PERSON_FORMS and len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS:
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
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BB's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bb-{len(rows) + 1:04d}", "split": "heldout-bb", "lang": lang,
            "text": text, "spans": sorted(spans, key=lambda s: (s["start"], s["end"])),
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BB is printed."""
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
                forms["address with tr"] += bool(re.search(r"\btr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    slots = sorted((k[5:], v) for k, v in draw.forms.items() if k.startswith("slot "))
    print("name slots by form: " + ", ".join(f"{k} {v}" for k, v in slots))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(SEED)
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
