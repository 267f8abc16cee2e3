# ruff: noqa: E501
"""Generate held-out GD for personal-data detection (issue 15): names as the population has them,
a hundred-and-sixty-fifth writer.

    python data/pii/generate_gd.py                 # writes data/pii/generated-heldout-gd.jsonl
    python data/pii/generate_gd.py --stats         # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gd.py --check         # checks the written file, prints counts only
    python data/pii/generate_gd.py --seed 7 --out /tmp/gd-7.jsonl   # a scratch seed to read

GD's names are drawn by how often people really carry them: every name word comes from
`names_gd.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is tattoo and piercing studios (`templates_gd.py`): booking requests, consultations,
consent and health forms (with guardians' consent for minors' piercings), aftercare messages,
artist schedules and guest spots, deposit receipts and gift cards, DMs and staff chat, reviews
and the owners' replies, name and memorial tattoos, studio signatures, hygiene inspections and
suppliers' invoices, in Swedish, English and the two mixed as Swedes write at work. Written by a
helper who does not tune the detector, who read only `generate_aw.py` (for these mechanics), the
sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons and tagger (`src/rung/privacy/`),
nor any error listing, nor any other set's names, templates or rows. GD was never run through the
detector by its writer, and its names were not checked against rung's lexicons. Stdlib only; one
seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
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

from names_gd import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gd import DAYS, EN, MIXED, MONTHS, NEGATIVES, STUDIOS, SV  # noqa: E402

SEED = 20270242
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gd.jsonl"
SPLIT = "heldout-gd"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds);
# a few are named after people (`Birger Jarlsgatan`): the whole is the ADDRESS, no PERSON inside.
SV_STREETS = (
    "Götgatan", "Hornsgatan", "Södermannagatan", "Åsögatan", "Folkungagatan", "Drottninggatan",
    "Kungsgatan", "Sankt Eriksgatan", "Birger Jarlsgatan", "Vasagatan", "Linnégatan",
    "Västra Hamngatan", "Möllevångsgatan", "Davidshallsgatan", "Östra Storgatan", "Nygatan",
    "Rådhusgatan", "Kyrkogatan", "Storgatan", "Järnvägsgatan", "Bangårdsgatan", "Olof Palmes gata",
    "Ringvägen", "Valhallavägen", "Björkvägen", "Lönnvägen", "Idrottsvägen", "Skolvägen",
    "Ängsvägen", "Fredsvägen", "Industrivägen", "Kvarnvägen", "Tallvägen", "Sjövägen",
    "Gamla Vägen", "Lärksvängen", "Blåklintssvängen", "Grindsvängen", "Majsvängen",
    "Kastanjeallén", "Slottsallén", "Parkallén", "Hagabergs allé", "Lindallé", "Rosenbacken",
    "Kvarnbacken", "Klevbacken", "Tegelbruksbacken", "Sjöbergs backe", "Hasselstigen",
    "Vallmostigen", "Ekorrstigen", "Blåbärsstigen", "Nytorget", "Mariatorget", "Järntorget",
    "Södra torg", "Stora torget", "Nils Ericsons plan", "Stationsplan", "Brunnsplan",
    "Smedjegränd", "Gåsgränd", "Mårten Trotzigs gränd", "Bryggargränd", "Hamnkajen",
    "Norra Kajen", "Södra Kajen", "Packhuskajen", "Stadsgårdskajen", "Skeppsbron", "Strandvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Falun", 791, 791),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Visby", 621, 621), ("Nyköping", 611, 611), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Täby", 183, 187), ("Lidingö", 181, 181),
    ("Kiruna", 981, 981), ("Ystad", 271, 271), ("Varberg", 432, 432), ("Mölndal", 431, 431),
)  # fmt: skip
# Small towns whose rural routes end in 9x, and village names as rural addresses have them.
SV_RURAL = (
    ("Kungsbacka", 434), ("Ystad", 271), ("Sigtuna", 193), ("Norrtälje", 761), ("Mora", 792),
    ("Rättvik", 795), ("Sunne", 686), ("Tranås", 573), ("Ljungby", 341), ("Alingsås", 441),
    ("Lerum", 443), ("Kungälv", 442), ("Tidaholm", 522), ("Härnösand", 871), ("Piteå", 941),
    ("Hudiksvall", 824), ("Enköping", 745), ("Vetlanda", 574), ("Vimmerby", 598), ("Simrishamn", 272),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Östanå", "Lillby", "Sörbo", "Norrby", "Bäckaskog", "Hjortsberga", "Stora Mellby",
    "Önnarp", "Kvarnby", "Ekeby", "Tuna", "Åsby", "Berga", "Broby", "Hagby", "Ryd", "Lunda",
    "Solberga", "Västra Ryd", "Lilla Ek", "Bredsjö",
)  # fmt: skip
UK_STREETS = (
    "Gloucester Road", "North Street", "Kensington Gardens", "Oldham Street", "Stokes Croft",
    "Call Lane", "Cowley Road", "Kingsland Road", "Brick Lane", "Sauchiehall Street", "Leith Walk",
    "Cowbridge Road East", "Bold Street", "Ouseburn Road", "Magdalen Street", "Division Street",
    "Hockley Street", "Camden High Street", "Old Kent Road", "Westgate Road",
)  # fmt: skip
UK_TOWNS = (
    ("Brighton", "BN"), ("Manchester", "M"), ("Leeds", "LS"), ("Glasgow", "G"), ("Edinburgh", "EH"),
    ("Cardiff", "CF"), ("Bristol", "BS"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"),
    ("Norwich", "NR"), ("Sheffield", "S"), ("Nottingham", "NG"), ("London", "E"), ("London", "N"),
    ("London", "SE"), ("Oxford", "OX"),
)  # fmt: skip
US_STREETS = ("N Milwaukee Ave", "Bedford Avenue", "South Congress Ave", "SE Hawthorne Blvd", "Pike Street", "Sunset Blvd", "Lake Street", "Broadway", "South Street", "Colfax Avenue", "Magazine Street", "Elm Street")  # fmt: skip
US_TOWNS = (("Chicago", "IL", 606), ("Brooklyn", "NY", 112), ("Austin", "TX", 787), ("Portland", "OR", 972), ("Seattle", "WA", 981), ("Los Angeles", "CA", 900), ("Minneapolis", "MN", 554), ("Nashville", "TN", 372), ("Philadelphia", "PA", 191), ("Denver", "CO", 802), ("New Orleans", "LA", 701))  # fmt: skip
EUROPE = (
    "Oranienstraße {n}, {z5:10997-10999} Berlin", "Schanzenstraße {n}, {z5:20357-20357} Hamburg",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V", "Nørrebrogade {n}, {z4:2200-2200} København N",
    "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo", "Fredrikinkatu {n} A {m}, {z5:00120-00120} Helsinki",
    "Haarlemmerdijk {n}, {z4:1013-1013} {L2} Amsterdam", "{n} rue Oberkampf, {z5:75011-75011} Paris",
    "Carrer de Verdi {n}, {m}º, {z5:08012-08012} Barcelona", "ul. Marszałkowska {n}/{m}, 00-{z3:500-699} Warszawa",
    "Via Vigevano {n}, {z5:20144-20144} Milano", "Neubaugasse {n}/{m}, {z4:1070-1070} Wien",
    "Langstrasse {n}, {z4:8004-8004} Zürich", "Laugavegur {n}, {z3:101-101} Reykjavík",
    "Telliskivi {n}, {z5:10412-10412} Tallinn", "Rua da Rosa {n}, {z4:1200-1200}-{z3:380-389} Lisboa",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "protonmail.com", "hotmail.co.uk", "yahoo.com")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "studio.example.se", "kommun.example.se")  # fmt: skip


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
    """Every value of GD from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish"
            and given[0][1] == "head"
            and "-" not in given[0][0]
            and r.random() < 0.03
        ):
            second = self.pick(pool)  # Eva-Lena, Per-Erik: two names joined
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
                          f"{given}{r.randrange(80, 100)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else MAIL)}"

    def handle(self, person: Person) -> str:
        """An Instagram handle made from a name: a username, so no PERSON."""
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        return r.choice((f"{given}.tattoos", f"inkby{given}", f"{given}_{surname}_tattoo", f"{given}{surname[0]}.ink", f"{given}.pierces"))  # fmt: skip

    def studio_email(self) -> str:
        r = self.rng
        studio = r.choice(STUDIOS)
        local = r.choice(
            ("bokning", "info", "hej", "booking", "hello", "piercing", "kontakt", "studio")
        )
        return f"{local}@{studio}.{r.choice(('example.se', 'example.com'))}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "26", "35", "42", "46")
        )
        area3 = r.choice(("300", "340", "346", "370", "411", "480", "498", "500", "511", "570", "611", "620", "650", "660", "690", "771", "910", "920", "960", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A studio's or a firm's number: a switchboard, a city landline or a national number."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"08-{d[:3]} {d[3:6]} {d[6:]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}", f"031-{d[:2]} {d[2:4]} {d[4:6]}",
            f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('13', '19', '90', '60'))}-{d[:3]} {d[3:5]} {d[5:7]}",
            f"+46 8 {d[:3]} {d[3:6]} {d[6:]}", f"+46 31 {d[:2]} {d[2:4]} {d[4:6]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 {d[:4]} {d[4:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"07700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:7]}", f"0049 40 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (312) 555-0{d[:3]}", f"(503) 555-0{d[:3]}", f"+1 512 555 0{d[:3]}", f"718-555-0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+354 {r.choice('678')}{d[:2]} {d[2:6]}", f"+351 91{d[0]} {d[1:4]} {d[4:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+81 90-{d[:4]}-{d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, born: tuple[int, int] = (1952, 2009)) -> str:
        """A personnummer with a valid check digit; `+` in the ten-digit form past a hundred."""
        r = self.rng
        year = r.randrange(born[0], born[1] + 1)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year <= 1926:  # a hundred or more in 2027
            if roll < 0.75:
                return f"{date}+{serial}{check}"
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, prefix = r.choice(SV_RURAL)
            code = f"{prefix}{r.randrange(90, 100)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = "SE-" + out
        elif roll < 0.12:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 320)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.choice(('uppg. B', 'bv', 'plan 2', 'gatuplan'))}"
        joint = "\n" if lines else ", " if r.random() < 0.95 else " "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        return f"Box {self.rng.randrange(10, 9999)}{chr(10) if lines else ', '}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Unit {r.randrange(1, 12)}, {street}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', 'A', 'B'))}, {street}"
        elif roll < 0.42:
            street = f"First Floor, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 4999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Suite', 'Apt', 'Unit', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B'))}".replace(
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
    (sometimes its short form), Gf the given name as registered (never a short form), GU in
    capitals, N/n the short form where the name has one, S/s the surname, SU in capitals, I an
    initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU
    `SURNAME, Given`, E an e-mail address, H an Instagram handle (a username: no value). A
    trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base == "H":
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
    elif base in ("Gf", "GU"):
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


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "G",
    "g",
    "N",
    "n",
    "Gf",
    "GU",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
    "H",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SO": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.studio_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRM": lambda: (draw.national_id((2011, 2013)), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id((1919, 1926)), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(10, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(8, 160) * 100:,} kr".replace(",", " "), None),
        "DEP": lambda: (f"{r.choice((300, 500, 500, 800, 1000, 1500))} kr", None),
        "GBP": lambda: (f"£{r.randrange(4, 90) * 10}", None),
        "USD": lambda: (f"${r.randrange(8, 200) * 10}", None),
        "EUR": lambda: (f"€{r.randrange(5, 120) * 10}", None),
        "REF": lambda: (r.choice((f"#{r.randrange(1000, 99999)}", f"B-{r.randrange(10000, 99999)}", f"{r.randrange(2026, 2028)}-{r.randrange(100, 9999):04d}")), None),
        "SIZE": lambda: (f"{r.randrange(3, 25)}x{r.randrange(3, 30)} cm", None),
        "ORG": lambda: (f"559{r.randrange(100, 500)}-{r.randrange(1000, 10000)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 10000)}", None),
        "SWISHF": lambda: (f"123 {r.randrange(100, 1000)} {r.randrange(10, 100)} {r.randrange(10, 100)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
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
    """GD's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of GD is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["lower-case given name alone"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "NATIONAL_ID":
                digits = sum(ch.isdigit() for ch in value)
                sep = "+" if "+" in value else "-" if "-" in value else "none"
                forms[f"personnummer {digits} digits, {sep}"] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    c_o = sum(str(row["text"]).count("c/o ") for row in rows)
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(
        f"spans: {sum(kinds[(k, 'all')] for k in ('PERSON', 'ADDRESS', 'PHONE', 'EMAIL', 'NATIONAL_ID'))}"
    )
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items())))
    print(f"c/o: {c_o}, nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in MIXES["sv"] if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {missing or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, no row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_n = 0
    keys = {"id", "split", "lang", "text", "spans"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["row keys"] += set(row) != keys
        problems["split"] += row.get("split") != SPLIT
        problems["lang"] += row.get("lang") not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_n += 1
            start, stop = span["start"], span["end"]
            problems["span keys"] += set(span) != {"start", "end", "kind"}
            problems["empty span"] += stop <= start
            problems["out of bounds"] += not (start >= 0 and stop <= len(text))
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer shape"] += not re.fullmatch(
                    r"(?:\d{2})?\d{6}[-+]?\d{4}", value
                )
                problems["personnummer check digit"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    print(f"{path.name}: {rows} rows, {spans_n} spans, {len(ids)} ids, sha256 {sha}")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


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
        raise SystemExit(check(args.out))
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
