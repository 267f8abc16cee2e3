# ruff: noqa: E501
"""Generate held-out ch for personal-data detection: names as the population has them, the
sixty-fifth writer (housing, neighbours and moving).

    python data/pii/generate_ch.py          # writes data/pii/generated-heldout-ch.jsonl
    python data/pii/generate_ch.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ch.py --check  # checks the written file, counts only

Names are drawn by how often people carry them (`names_ch.py`: SCB's ranks for Sweden, the US
Census 1990 lists, the ONS rankings for the UK, the commonest names of the origins common in
Sweden; 80% from the head of a list, 20% from its tail), mixed by the language of the row. The
genre (`templates_ch.py`) is housing, neighbours and moving: housing co-operatives and landlords,
board minutes and member registers, key receipts and booking boards, sublets and transfers,
work orders and damage reports, noise complaints and neighbour letters, moving, utility letters,
estate agents and neighbourhood chats. Written by a helper who does not tune the detector and
did not read it; never run through the detector by its writer. Stdlib only; one seeded Random:
same seed, same bytes. The mechanics (the seeded `Draw`, the slot filler, the row format,
`--stats`) follow `generate_aw.py`.
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

from names_ch import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ch import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270142
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ch.jsonl"
SPLIT = "heldout-ch"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as housing estates and town centres have them.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Götgatan", "Hornsgatan", "Sankt Eriksgatan",
    "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Nygatan", "Södra Förstadsgatan", "Östra Hamngatan",
    "Västra Ringvägen", "Björkvägen", "Tallvägen", "Lindvägen", "Ringvägen", "Ekvägen", "Skogsvägen",
    "Rågsvedsvägen", "Bredängsvägen", "Hagalundsvägen", "Sturevägen", "Karlavägen", "Valhallavägen",
    "Lärkstigen", "Blåbärsstigen", "Vitsippsstigen", "Ekorrstigen", "Svalstigen",
    "Kopparsvängen", "Mässingsvängen", "Vallsvängen", "Bäcksvängen", "Ängssvängen",
    "Lindallén", "Kastanjeallé", "Hammarby allé", "Rosendals allé", "Björkallén",
    "Solbacken", "Kvarnbacken", "Eriksbergs backe", "Ängsbacken", "Klockarbacken",
    "Smedgränd", "Tulpangränd", "Kyrkogränd", "Bagargränd", "Stora gränd",
    "Stortorget", "Lilla torget", "Järntorget", "Medborgarplatsen", "Rinkebytorget",
    "Stationsplan", "Brunnsplan", "Mästarplan", "Hagaplan", "Rosengårdsplan",
    "Gamla Vägen", "Norra vägen", "Kungsväg", "Bergsväg", "Sjöväg", "Tornväg",
    "Hantverkargatan", "Fleminggatan", "Ringblomsgatan", "Lövgatan", "Mariagatan",
    "Backavägen", "Nobelvägen", "Munkhättegatan", "Sallerupsvägen", "Tegelbruksvägen",
    "Gråbergsgatan", "Hjällbovägen", "Rymdtorget", "Vivstavarvsvägen", "Fyrverkarbacken",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 705), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Huddinge", 141, 141), ("Järfälla", 175, 177),
    ("Täby", 183, 187), ("Nacka", 131, 132), ("Botkyrka", 145, 147), ("Haninge", 136, 137),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Kristianstad", 291, 291), ("Falun", 791, 791), ("Skövde", 541, 541), ("Kiruna", 981, 981),
)  # fmt: skip
UK_STREETS = ("High Street", "Station Road", "Church Road", "Park Road", "Victoria Road", "Green Lane", "Manor Road", "Kings Road", "Queens Road", "Mill Lane", "Albert Street", "Grange Road", "Orchard Close", "Elm Grove", "Windsor Avenue")  # fmt: skip
UK_TOWNS = (("London", "SE"), ("London", "N"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"), ("Sheffield", "S"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Nottingham", "NG"), ("Brighton", "BN"), ("York", "YO"), ("Oxford", "OX"), ("Norwich", "NR"))  # fmt: skip
UK_HOUSES = ("Flat {m}, Rosewood Court", "Flat {m}, Albion House", "{n}A", "Flat {m}", "Apartment {m}, The Maltings")  # fmt: skip
ABROAD = (
    "Lindenstraße {n}, {z5:10115-14199} Berlin", "Goethestraße {n}, {z5:80331-81929} München",
    "Hauptstraße {n}, {z5:69115-69126} Heidelberg", "Am Markt {n}, {z5:28195-28779} Bremen",
    "Bahnhofstraße {n}, Wohnung {m}, {z5:20095-22769} Hamburg", "Schillerweg {n}, {z5:04103-04357} Leipzig",
    "Mannerheimintie {n} B {m}, {z5:00100-00280} Helsinki", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Aleksanterinkatu {n}, {z5:20100-20900} Turku", "Kauppakatu {n} C {m}, {z5:40100-40700} Jyväskylä",
    "Rantatie {n}, {z5:65100-65380} Vaasa", "Storgatan {n}, {z5:65100-65380} Vasa",
    "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
)  # fmt: skip
BRFS = ("Brf Eken", "Brf Lärkan 4", "Brf Blåklinten", "HSB Brf Solrosen", "Riksbyggen Brf Tallbacken", "Bostadsrättsföreningen Kastanjen", "Brf Hammarbyhöjden 3", "Brf Sjöutsikten", "Brf Kvarnstenen", "Brf Måsen 12", "Bostadsrättsföreningen Vintergatan", "Brf Gröna Gården", "Brf Fyrtornet", "HSB Brf Äppelträdet")  # fmt: skip
PLACES = ("Hammarby", "Vasastaden", "Majorna", "Rosengård", "Sofielund", "Gottsunda", "Hjulsta", "Bäckby", "Skäggetorp", "Tensta", "Kortedala", "Eriksberg", "Råsunda", "Norrmalm", "Sävja")  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "hotmail.co.uk", "yahoo.com")  # fmt: skip
WORK = ("example.se", "brfeken.example.se", "fastighet.example.se", "flytt.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
ROLES = ("styrelsen", "info", "felanmalan", "kundtjanst", "forvaltning", "ordforande", "kassor", "board", "lettings", "uthyrning", "jour", "vicevard")  # fmt: skip
ROLE_HOSTS = ("brfeken.se", "brflarkan4.se", "hsb.example.se", "bostad.example.se", "flyttexpressen.example.se", "example.com", "housing.example.co.uk", "kommun.example.se")  # fmt: skip


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
    """Every value of ch from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.abroad: list[str] = []

    def pick(self, pool: Pool) -> Word:
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None, key: str | None = None) -> Person:
        r = self.rng
        if key is None:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.05:  # Anna-Karin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
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
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def partner(self, person: Person) -> Person:
        """Someone sharing `person`'s surname (a couple), of the same origin."""
        other = self.person(not person.woman if self.rng.random() < 0.85 else person.woman, person.origin)
        other.surname, other.joint = person.surname, person.joint
        return other

    def nickname(self, person: Person, share: float) -> str | None:
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
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def role_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLES)}@{r.choice(ROLE_HOSTS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "23", "26", "36", "42", "46"))
        area3 = r.choice(("120", "150", "155", "171", "220", "240", "290", "340", "380", "470", "480", "520", "560", "611", "651", "660", "920", "980"))
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (2, f"08-{d[:3]}{d[3:6]}{self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)20 {d[:4]} {d[4:8]}", f"020 {d[:4]} {d[4:8]}",
            f"0161 {d[:3]} {d[3:7]}", f"+44 113 {d[:3]} {d[3:7]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}",
            f"00358 9 {d[:6]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}", f"+47 {d[:3]} {d[3:5]} {d[5:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+48 {d[:3]} {d[3:6]} {d[6:9]}", f"+1 (612) 555-0{d[:3]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+380 {d[:2]} {d[2:5]} {d[5:9]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1922, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            sep = "+" if 2027 - year >= 100 else "-"
            return f"{date}{sep}{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 240))
        roll = r.random()
        if roll < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        elif roll < 0.18:
            out += f"-{int(out) + 2}"  # a house range, 4-6
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def flat(self) -> str:
        r = self.rng
        return f"{r.randrange(10, 18)}{r.randrange(1, 9):02d}"

    def sv_street_rich(self) -> str:
        """A street with what a flat has: entrance, stairs, floor, `lgh`."""
        r = self.rng
        out = self.sv_street()
        extras = (
            f", uppg. {r.choice('ABCD')}", f" {r.randrange(1, 7)} tr", f", lgh {self.flat()}", f" lgh {self.flat()}",
            f", {r.randrange(1, 7)} tr, lgh {self.flat()}", f", {r.randrange(1, 5)} tr ö.g.", f", uppg. {r.choice('AB')}, lgh {self.flat()}",
            f", bv", f", {r.randrange(2, 9)} tr", f" {r.choice('ABC')}, lgh {self.flat()}",
        )  # fmt: skip
        return out + r.choice(extras)

    def town(self) -> tuple[str, str]:
        town, low, high = self.rng.choice(SV_TOWNS)
        return town, f"{self.rng.randrange(low, high + 1)}{self.rng.randrange(10, 99):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.08:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street_rich() if (lgh or r.random() < 0.3) else self.sv_street()
        if lgh and "lgh" not in street:
            street += f", lgh {self.flat()}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        n = r.randrange(1, 180)
        street = f"{n} {r.choice(UK_STREETS)}"
        if r.random() < 0.35:
            house = r.choice(UK_HOUSES).replace("{m}", str(r.randrange(1, 40))).replace("{n}", str(n))
            street = f"{house}, {r.choice(UK_STREETS)}" if house.endswith("A") else f"{house}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 120))).replace("{m}", str(r.randrange(1, 40)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`; a genitive's ending follows outside the value."""
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("C", "Ce"):
        other = draw.partner(person)
        draw.count(other.given + given + surname)
        word = " and " if base == "Ce" else draw.rng.choice((" och ", " och ", " & "))
        return [(other.first, "PERSON"), (word, None), (f"{person.first} {person.last}", "PERSON")]
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
    elif base in ("S", "s", "SU"):
        words = surname
        value = person.last.lower() if base == "s" else person.last.upper() if base == "SU" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "E", "C", "Ce"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    flat = draw.flat

    def co() -> list[Segment]:
        who = draw.person(None)
        value = r.choice((f"{who.first} {who.last}", who.last))
        draw.count(who.given + who.surname if " " in value else who.surname)
        joint = "\n" if r.random() < 0.4 else ", "
        return [("c/o ", None), (value, "PERSON"), (joint, None), (draw.sv_address(lines=joint == "\n"), "ADDRESS")]

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "stn": lambda: (draw.street_name().lower(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True) if r.random() < 0.6 else f"{draw.sv_street()}, lgh {flat()}", "ADDRESS"),
        "STR": lambda: (draw.sv_street_rich() if r.random() < 0.55 else draw.sv_address(lines=r.random() < 0.3, lgh=r.random() < 0.5), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "ph": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EM": lambda: (draw.role_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 22)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(450, 19_000):,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.randrange(40, 980) * 10_000:,} kr".replace(",", " ") if r.random() < 0.8 else f"{r.randrange(12, 95) / 10:.1f} Mkr".replace(".", ","), None),
        "GBP": lambda: (f"£{r.randrange(40, 2600)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(200, 6000)}", None),
        "LGH": lambda: (f"flat {r.randrange(1, 60)}" if en else f"lgh {flat()}", None),
        "LGHN": lambda: (flat(), None),
        "FAST": lambda: (f"{r.choice(PLACES)} {r.randrange(1, 40)}:{r.randrange(1, 300)}", None),
        "ORG": lambda: (f"{r.choice(('5565', '5568', '5592', '7696', '7164', '7025', '7178', '8024'))}{draw.digits(2)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.choice((8, 11, 14, 16))), None),
        "BG": lambda: (r.choice((f"{draw.digits(3)}-{draw.digits(4)}", f"{draw.digits(4)}-{draw.digits(4)}")), None),
        "INV": lambda: (r.choice((f"2027-{draw.digits(4)}", f"F{draw.digits(6)}", draw.digits(8))), None),
        "CASE": lambda: (r.choice((f"{draw.digits(2)}-{draw.digits(6)}", f"2027/{draw.digits(4)}", f"SK-{draw.digits(7)}", f"ÄR{draw.digits(6)}")), None),
        "METER": lambda: (r.choice((f"{draw.digits(2)} {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}", f"735999{draw.digits(12)}", f"{r.choice('KLM')}{draw.digits(8)}")), None),
        "KVM": lambda: (str(r.randrange(22, 148)), None),
        "ROOMS": lambda: (str(r.randrange(1, 6)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "REF": lambda: (r.choice((f"{draw.digits(4)}-{draw.digits(2)}", f"nr {draw.digits(5)}", f"#{draw.digits(6)}", f"AO-{draw.digits(5)}")), None),
        "KUND": lambda: (r.choice((f"{draw.digits(2)} {draw.digits(3)} {draw.digits(3)}", draw.digits(9))), None),
        "OBJ": lambda: (r.choice((f"{draw.digits(3)}-{draw.digits(3)}-{draw.digits(4)}", f"{r.randrange(1, 200)}", f"{draw.digits(4)}-{flat()}")), None),
        "BRF": lambda: (r.choice(BRFS), None),
        "PLATS": lambda: (str(r.randrange(1, 90)), None),
        "YEAR": lambda: (str(r.randrange(2019, 2028)), None),
        "SHARE": lambda: (r.choice((f"{r.randrange(0, 3)},{draw.digits(3)} %", f"0,0{draw.digits(3)}", f"{r.randrange(1, 4)},{draw.digits(2)}")), None),
    }  # fmt: skip
    if form == "CO":
        return co()
    return [values[form]()]


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
            segments = filler(form, draw)
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
    """Counts only: no row is printed."""
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
                forms["address with uppg."] += "uppg." in value
                forms["address street alone"] += not any(c.isdigit() for c in value)
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone +/00"] += value.startswith(("+", "00"))
            elif span["kind"] == "NATIONAL_ID":
                forms[f"personnummer {len(re.sub(r'[^0-9]', '', value))} digits"] += 1
                forms["personnummer +"] += "+" in value
        forms["address c/o"] += str(row["text"]).count("c/o ")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for row in rows:
        ids.add(row["id"])
        text, last = row["text"], 0
        if set(row) != {"id", "split", "lang", "text", "spans"} or row["split"] != SPLIT:
            problems["row keys or split"] += 1
        for span in row["spans"]:
            start, end = span["start"], span["end"]
            if not 0 <= start < end <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:end]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < last:
                problems["unsorted or overlapping"] += 1
            last = end
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["unknown kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                if not re.fullmatch(r"\d{10}|\d{12}", digits) or luhn(digits[-10:-1]) != int(digits[-1]):
                    problems["personnummer check digit"] += 1
    if len(ids) != len(rows):
        problems["duplicate ids"] += 1
    spans = sum(len(row["spans"]) for row in rows)
    print(f"checked {len(rows)} rows, {spans} spans, {len({row['text'] for row in rows})} distinct texts")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    return 1 if problems else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed while writing")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out))
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
