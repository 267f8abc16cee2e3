# ruff: noqa: E501
"""Generate held-out ca for personal-data detection: names as the population has them, the
fifty-eighth writer (housing, landlords and neighbours).

    python data/pii/generate_ca.py               # writes data/pii/generated-heldout-ca.jsonl
    python data/pii/generate_ca.py --stats       # counts only, writes nothing
    python data/pii/generate_ca.py --check       # checks the written file, counts only
    python data/pii/generate_ca.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

ca's names are drawn by how often people carry them (`names_ca.py`: SCB's order for Sweden, the
US Census 1990 lists, the ONS rankings for the UK, the commonest names of the origins common in
Sweden), 80% from the head of a list and 20% from its tail. The genre is housing
(`templates_ca.py`): tenant-owner associations and rental landlords, notices, board minutes,
member and flat registers, queue and sublet applications, inspections, key receipts, fault
reports, neighbour complaints, rent invoices and reminders, contracts, neighbourhood chats, and
in the UK and Ireland letting agents, council tax and tenancy deposits. Written by a helper who
tunes nothing and who read neither the detector nor any other set's names, templates or rows;
never run through the detector by its writer. Stdlib only; one seeded Random: same seed, same
bytes.
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

from names_ca import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ca import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270135
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ca.jsonl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of housing areas, every common form; some are also surnames or words (Berg, Lind, Strand).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Sveavägen", "Götgatan", "Hornsgatan",
    "Ringvägen", "Södra Vägen", "Linnégatan", "Tegnérgatan", "Fredsgatan", "Skolgatan", "Bergsgatan",
    "Lindgatan", "Strandgatan", "Parkgatan", "Backavägen", "Björkvägen", "Tallvägen", "Ekvägen",
    "Rönnvägen", "Lönnvägen", "Granvägen", "Solvägen", "Vårvägen", "Husbyvägen", "Rinkebysvängen",
    "Tensta allé", "Kastanjeallén", "Hammarby allé", "Lindallén", "Valhallavägen", "Västra Hamngatan",
    "Mölndalsvägen", "Dr Forselius backe", "Kvarnbacken", "Solbacken", "Trastbacken", "Siskinstigen",
    "Lärkstigen", "Blåsippestigen", "Ekorrstigen", "Fältöversten plan", "Medborgarplatsen",
    "Stortorget", "Möllevångstorget", "Järntorget", "Lilla torget", "Smedgränd", "Tulpangränd",
    "Kyrkogränd", "Klockargränd", "Bredängs allé", "Rosengårdsvägen", "Amiralsgatan", "Norra Grängesbergsgatan",
    "Hjällbovägen", "Gårdstensvägen", "Vivallagatan", "Gottsundavägen", "Sätra torg", "Bergsbacken", "Strandvägen",
    "Parkvägen", "Idrottsvägen", "Folkungagatan", "Tornérplatsen", "Blekingegatan", "Skånegatan",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Örebro", 702, 705), ("Västerås", 721, 725), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Linköping", 582, 589), ("Norrköping", 602, 603), ("Helsingborg", 252, 256), ("Jönköping", 553, 556),
    ("Lund", 222, 227), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Sundsvall", 852, 857), ("Halmstad", 302, 305),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Huddinge", 141, 141), ("Järfälla", 175, 177),
    ("Botkyrka", 145, 147), ("Nacka", 131, 131), ("Mölndal", 431, 431), ("Kalmar", 392, 393),
    ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832), ("Falun", 791, 791),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Landskrona", 261, 261), ("Motala", 591, 591),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Park Road", "Park Avenue", "Hill Street",
    "Victoria Road", "Queens Road", "Kingsley Road", "Albert Street", "Manor Way", "Green Lane",
    "Cromwell Road", "Mill Lane", "Brunswick Square", "Castle Hill", "Springfield Road", "Bank Street",
    "Hawthorn Close", "Chestnut Grove", "Elm Court", "Ladybarn Lane", "Harehills Avenue", "Stoke Newington Church Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", "E"), ("London", "N"), ("London", "SE"), ("Manchester", "M"), ("Leeds", "LS"),
    ("Bristol", "BS"), ("Birmingham", "B"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Cardiff", "CF"), ("Brighton", "BN"), ("York", "YO"), ("Leicester", "LE"),
    ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Oxford", "OX"), ("Belfast", "BT"),
)  # fmt: skip
IE_ADDR = (
    "Apt {m}, {n} Griffith Avenue, Dublin 9, D09 {E}", "{n} Main Street, Ballincollig, Co. Cork, P31 {E}",
    "{n} Seaview Park, Salthill, Galway H91 {E}", "Flat {m}, {n} O'Connell Street, Limerick V94 {E}",
    "{n} St. Patrick's Terrace, Dublin 8, D08 {E}",
)  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10961-10999} Berlin", "Hauptstraße {n}, {z5:69117-69126} Heidelberg",
    "Schillerstraße {n}, 2. OG, {z5:60313-60599} Frankfurt am Main", "Am Park {n}, {z5:50667-50999} Köln",
    "Mannerheimintie {n} B {m}, {z5:00100-00290} Helsinki", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Puistokatu {n} C {m}, {z5:20100-20900} Turku", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n} m. {m}, 31-{z3:100-999} Kraków", "ul. Ogrodowa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "Thereses gate {n}, {z4:0168-0368} Oslo",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("example.se", "brf.example.se", "fastighet.example.se", "bostad.example.se", "example.com", "lettings.example.co.uk", "example.ie")  # fmt: skip
BLOCKS = ("Sparven", "Kråkan", "Tallen", "Eken", "Hägern", "Pilen", "Kvarnen", "Tornet", "Ankaret", "Vesslan", "Lärkan", "Rosen", "Murklan", "Hjorten")  # fmt: skip


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
    """Every value of ca from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

    def pick(self, pool: Pool) -> Word:
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
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.05:  # Ann-Christin, Karl-Johan
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
        elif key == "swedish" and roll < 0.05 and " " not in surname[0][0]:
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
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

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def role_email(self) -> str:
        r = self.rng
        local = r.choice(("styrelsen", "info", "kundservice", "felanmalan", "uthyrning", "ordforande", "kassor", "lettings", "accounts", "enquiries", "tenancy"))
        return f"{local}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "11", "35", "36", "42", "46"))
        area3 = r.choice(("470", "480", "520", "611", "651", "660", "920", "480", "498", "550", "612", "910"))
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"),
            (7, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (2, f"08-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:]}"), (3, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}-{d[:3]} {d[3:5]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from the UK, Ireland or the rest of Europe, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"07{r.choice('4579')}{d[:2]} {d[2:8]}", f"07{r.choice('4579')}{d[:2]}{d[2:8]}", f"+44 7{r.choice('4579')}{d[:2]} {d[2:8]}",
            f"+44 (0)20 {d[:4]} {d[4:8]}", f"020 {d[:4]} {d[4:8]}", f"0161 {d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}",
            f"0117 {d[:3]} {d[3:7]}", f"0044 131 {d[:3]} {d[3:7]}", f"0121-{d[:3]}-{d[3:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}", f"(01) {d[:3]} {d[3:7]}", f"+353 1 {d[:3]} {d[3:7]}",
            f"+49 30 {d[:8]}", f"+49 (0)6221 {d[:6]}", f"0049 170 {d[:7]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 9 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        old = r.random() < 0.05  # past a hundred: `+` in the ten-digit form
        year = r.randrange(1919, 1927) if old else r.randrange(1940, 2008)
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

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 220))
        if r.random() < 0.15:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def lgh(self) -> str:
        return f"{self.rng.randrange(10, 18)}{self.rng.randrange(1, 9):02d}"

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.03:
            out = "SE-" + out
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.3:
            street += f"{r.choice((' ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lgh nr'))} {self.lgh()}"
        elif roll < 0.42:
            street += f"{r.choice((', ', ' '))}{r.randrange(1, 8)} tr"
        elif roll < 0.46:
            street += f", {r.randrange(1, 8)} {r.choice(('tr.', 'trappor', 'vån'))}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_postcode(self, area: str) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', '', 'A', 'B'))}, {street}"
        elif roll < 0.45:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        parts = [street, town, self.uk_postcode(area)]
        return "\n".join(parts) if lines else f"{street}, {town} {parts[2]}"

    def ie_address(self) -> str:
        r = self.rng
        e = "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return r.choice(IE_ADDR).replace("{n}", str(r.randrange(1, 120))).replace("{m}", str(r.randrange(1, 40))).replace("{E}", e)

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 40)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p lower case, U capitals, F with middle names, G/g the given name (sometimes its
    short form), N/n the short form where the name has one, S/s the surname, I an initial and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, GIVEN`,
    II initials alone (`A.L.`), E an e-mail address. A trailing `s` asks for a Swedish genitive,
    a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS) else form
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
    elif base == "II":
        words = given + surname
        value = "".join(p[0] + "." for p in person.first.split("-")) + person.last.replace(" ", "")[0] + "."
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if base == "RU" else value
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "II", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STLGH": lambda: (f"{draw.sv_street()} lgh {draw.lgh()}", "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AIE": lambda: (draw.ie_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EM": lambda: (draw.role_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        # look-alikes: never values
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(6, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(250, 16000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(450, 2400):,}".replace(",", ",") + r.choice(("", ".00", f".{r.randrange(100):02d}")), None),
        "EUR": lambda: (f"€{r.randrange(600, 3000)}", None),
        "ORG": lambda: (f"{r.choice(('769', '716', '556', '802'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.choice((8, 10, 12, 14))), None),
        "BG": lambda: (f"{draw.digits(r.choice((3, 4)))}-{draw.digits(4)}", None),
        "INV": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"F{r.randrange(10000, 99999)}", f"2027-{r.randrange(1000, 9999)}")), None),
        "KUND": lambda: (f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", None),
        "OBJ": lambda: (f"{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(1, 9)}-{r.randrange(10, 99)}", None),
        "LGH": lambda: (draw.lgh(), None),
        "FAST": lambda: (f"{r.choice(BLOCKS)} {r.randrange(1, 30)}" + (f":{r.randrange(1, 12)}" if r.random() < 0.4 else ""), None),
        "BLOCK": lambda: (r.choice(BLOCKS), None),
        "PARK": lambda: (r.choice((f"P{r.randrange(1, 90)}", f"nr {r.randrange(1, 90)}", f"{r.randrange(1, 90)}")), None),
        "SLOTT": lambda: (r.choice(("07.00–10.00", "10.00–13.00", "13.00–16.00", "16.00–19.00", "19.00–22.00")), None),
        "SHARE": lambda: (f"{r.randrange(5, 40)},{r.randrange(10, 99)}", None),
        "SQM": lambda: (str(r.randrange(24, 142)), None),
        "ROOMS": lambda: (r.choice(("1 rok", "2 rok", "3 rok", "4 rok", "1 rum och kök", "2 rum och kokvrå", "5 rok")), None),
        "PAR": lambda: (str(r.randrange(1, 24)), None),
        "KEY": lambda: (f"{r.choice(('A', 'B', 'C', 'K'))}{r.randrange(100, 999)}", None),
        "DEP": lambda: (f"DPS-{r.randrange(100000, 999999)}", None),
        "CT": lambda: (r.choice("ABCDEFG"), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "YEAR": lambda: (str(r.randrange(2019, 2028)), None),
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
        base = base[:-1] if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS else base
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
    """ca's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ca-{len(rows) + 1:04d}", "split": "heldout-ca", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of ca is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 2
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)|^\w\.\w\.", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["particle"] += bool(re.search(r"\b(?:von|af|De) ", value))
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value.lower()
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer +"] += "+" in value
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
        print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for row in rows:
        text, spans = row["text"], row["spans"]
        problems["keys"] += set(row) != {"id", "split", "lang", "text", "spans"}
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != "heldout-ca"
        problems["lang"] += row["lang"] not in SIZES
        end = 0
        for span in spans:
            s, e, kind = span["start"], span["end"], span["kind"]
            problems["kind"] += kind not in KINDS
            problems["empty"] += e <= s
            problems["out of bounds"] += s < 0 or e > len(text)
            value = text[s:e]
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += s < end
            end = max(end, e)
            if kind == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ok = digits.isdigit() and len(digits) in (10, 12) and luhn(digits[-10:-1]) == int(digits[-1])
                problems["personnummer check digit"] += not ok
    langs = Counter(row["lang"] for row in rows)
    print(f"checked {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {sum(len(r['spans']) for r in rows)} spans")
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed while writing")
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
