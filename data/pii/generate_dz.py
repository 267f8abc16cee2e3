# ruff: noqa: E501
"""Generate held-out DZ for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninth writer.

    python data/pii/generate_dz.py           # writes data/pii/generated-heldout-dz.jsonl
    python data/pii/generate_dz.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dz.py --check   # checks the written file, prints counts only

DZ's names are drawn by how often people really carry them: every name word comes from
`names_dz.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
Written by a helper who tunes nothing, who read only `generate_aw.py` (for the mechanics: the
seeded `Draw`, the slot filler, the row format, `--stats`), the sections "Held-out AW" and
"Held-out CL" of docs/privacy.md and the first line of `generated-heldout-u.jsonl`; not the
detector's rules, lexicons or tests, nor any other set's names, templates or rows, nor any error
listing. DZ was never run through the detector by its writer and its names were not checked
against rung's lexicons. The genre (`templates_dz.py`) is dentists, opticians and pharmacies:
appointment reminders, treatment plans and cost estimates, prescriptions and powers of attorney,
frikort and high-cost protection, lens and spectacle orders, patient letters, referrals and
complaints, in Swedish, English and both at once. Stdlib only; one seeded Random: same seed, same
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

from names_dz import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dz import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV, VOCAB  # noqa: E402

SEED = 20270186
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dz.jsonl"
SPLIT = "heldout-dz"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Hamngatan", "Klostergatan", "Östra Storgatan", "Västra Hamngatan",
    "Trädgårdsgatan", "Rådhusgatan", "Kaserngatan", "Fabriksgatan", "Bangårdsgatan", "Tullgatan",
    "Södra Förstadsgatan", "Linnégatan", "Götgatan", "Hornsgatan", "Odengatan", "Polhemsgatan",
    "Apotekaregatan", "Badhusgatan", "Biblioteksgatan", "Brogatan", "Repslagaregatan",
    "Skeppargatan", "Vallgatan", "Långgatan", "Sveavägen", "Valhallavägen", "Karlavägen",
    "Ekbacksvägen", "Björnvägen", "Hjortvägen", "Rävvägen", "Lärkvägen", "Svalvägen", "Trastvägen",
    "Humlevägen", "Klövervägen", "Vallmovägen", "Syrenvägen", "Hasselvägen", "Aspvägen", "Almvägen",
    "Lönnvägen", "Pilvägen", "Villavägen", "Idrottsvägen", "Backavägen", "Hagavägen", "Kyrkvägen",
    "Stationsvägen", "Solvägen", "Fridhemsvägen", "Blåklockssvängen", "Videsvängen", "Smedsvängen",
    "Lingonsvängen", "Lindallén", "Parkallén", "Björkallé", "Skogsallén", "Tallbacken",
    "Svarvarbacken", "Kyrkbacken", "Sandbacken", "Hammarby backe", "Skogsstigen", "Vitsippestigen",
    "Gökstigen", "Myrstigen", "Tranbärsstigen", "Hötorget", "Stora torget", "Fisktorget", "Nytorget",
    "Gustav Adolfs torg", "Kyrkplan", "Slottsplan", "Centrumplan", "Tunnbindargränd", "Bagargränd",
    "Garvargränd", "Prästgränd", "Skeppsbrokajen", "Norra Kajen", "Stadsgårdskajen", "Packhuskajen",
    "Södra Kajen", "Klockargången", "Medborgarplatsen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 756),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 722, 725), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Piteå", 941, 941), ("Ängelholm", 262, 262),
    ("Landskrona", 261, 261), ("Nyköping", 611, 611), ("Visby", 621, 621), ("Kiruna", 981, 981),
    ("Ystad", 271, 271), ("Sandviken", 811, 811), ("Varberg", 432, 432), ("Kungsbacka", 434, 434),
    ("Alingsås", 441, 441), ("Katrineholm", 641, 641), ("Enköping", 745, 745), ("Hudiksvall", 824, 824),
    ("Norrtälje", 761, 761), ("Härnösand", 871, 871), ("Arvika", 671, 671), ("Eslöv", 241, 241),
    ("Nässjö", 571, 571), ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Ludvika", 771, 771),
    ("Sollentuna", 191, 192), ("Solna", 169, 171), ("Nacka", 131, 132), ("Huddinge", 141, 141),
    ("Lidingö", 181, 181), ("Järfälla", 175, 177),
)  # fmt: skip
# Small towns whose rural postcodes end in 9x, for addresses by village.
SV_RURAL = (
    ("Ljusdal", 827), ("Sveg", 842), ("Älvdalen", 796), ("Vindeln", 922), ("Storuman", 923),
    ("Jokkmokk", 962), ("Sollefteå", 881), ("Strömsund", 833), ("Torsby", 685), ("Hagfors", 683),
    ("Malung", 782), ("Leksand", 793), ("Vimmerby", 598), ("Tingsryd", 362), ("Osby", 283),
    ("Sjöbo", 275), ("Bengtsfors", 666), ("Tanumshede", 457), ("Slite", 624), ("Kil", 665),
    ("Åtvidaberg", 597), ("Orsa", 794), ("Överkalix", 956), ("Vilhelmina", 912),
)  # fmt: skip
VILLAGES = (
    "Kyrkbyn", "Östanbäck", "Nederby", "Hällsjö", "Björnsjö", "Lillmossen", "Skogsby", "Myrbacka",
    "Ängsbo", "Tallåsen", "Rönnliden", "Bredsjö", "Åsbyn", "Svedjan", "Kvarntorp", "Stensjö",
    "Västra Ryd", "Östra Hult", "Lövåsen", "Granlunda", "Nybyn", "Hallsta", "Hökåsen", "Finnbyn",
    "Grönhult", "Mjösjö", "Ekeby", "Norra Tjärn",
)  # fmt: skip
UK_STREETS = (
    "Elm Grove", "Victoria Road", "Church Street", "Station Road", "The Crescent", "Park Lane",
    "Albert Road", "Queens Drive", "Mill Road", "Oakfield Avenue", "Brook Street", "Grange Road",
    "Windsor Close", "Beech Walk", "Hillside Terrace", "Meadow Way", "North Parade", "St Mary's Road",
)  # fmt: skip
UK_TOWNS = (
    ("Bristol", "BS"), ("Leeds", "LS"), ("Sheffield", "S"), ("Cardiff", "CF"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("York", "YO"), ("Brighton", "BN"), ("Oxford", "OX"), ("Cambridge", "CB"),
    ("Nottingham", "NG"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Norwich", "NR"),
    ("Exeter", "EX"), ("Bath", "BA"), ("Reading", "RG"), ("London", "SE"), ("London", "N"),
)  # fmt: skip
US_STREETS = ("Oak Street", "Maple Avenue", "W 34th Street", "N Lincoln Ave", "Pine Ridge Road", "Lakeview Drive", "E Washington Street", "Cedar Lane", "Sunset Boulevard", "2nd Avenue", "Elm Court", "Harbor Way")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Boston", "MA", 21), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Brooklyn", "NY", 112), ("San Diego", "CA", 921))  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:80331-80339} München", "Lindenallee {n}, {z5:50968-50969} Köln",
    "{n} avenue des Tilleuls, {z5:69001-69009} Lyon", "{n} boulevard de la Liberté, {z5:59000-59000} Lille",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "Kauppakatu {n} C {m}, {z5:40100-40100} Jyväskylä",
    "Storgata {n}, {z4:0150-0190} Oslo", "Fjellveien {n}, {z4:5019-5019} Bergen",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1680} København V", "Søndergade {n}, {z4:8000-8000} Aarhus C",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Piękna {n}, 00-{z3:500-599} Warszawa",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Via Nazionale {n}, {z5:00184-00184} Roma", "Mariahilfer Straße {n}, {z4:1060-1070} Wien",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Rua das Flores {n}, {m}º, {z4:1200-1200}-{z3:190-199} Lisboa", "{n} Main Street, Dingle, Co. Kerry, V92 {L2}{m}{L2}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.co.uk", "yahoo.com", "bahnhof.se")  # fmt: skip
WORK = ("example.se", "tandvard.example.se", "apotek.example.se", "optik.example.se", "regionen.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
FIRM_LOCAL = ("bokning", "reception", "info", "kundtjanst", "recept", "optik", "tandvard", "kansli", "ekonomi", "bookings", "appointments", "pharmacy", "hello", "patientservice", "order")  # fmt: skip


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
    """Every value of DZ from one seeded Random; counts the head/tail split and the origins."""

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
        common = pool.names[:60]
        if (
            key == "swedish" and given[0][0] in common and r.random() < 0.05
        ):  # Anna-Karin, Lars-Erik
            second = (r.choices(common, weights=pool.weights[:60])[0], "head")
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.4}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or ("-" in middle[0][0] and r.random() < 0.5):
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
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_LOCAL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "26", "35", "36", "46")
        )
        area3 = r.choice(("220", "240", "290", "322", "380", "411", "454", "470", "480", "498", "510", "522", "563", "586", "611", "620", "651", "660", "696", "920", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}-{d[:6]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a clinic's number: switchboards, 010, 020 and 0771 numbers, landlines."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0770-{d[:3]} {d[3:6]}",
            f"08-{d[:3]} {d[3:5]} {d[5:7]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 771 {d[:3]} {d[3:6]}",
        )  # fmt: skip
        return r.choice(shapes) if r.random() < 0.8 else self.phone()

    def mobile(self) -> str:
        """A Swedish mobile number."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (f"{m}-{d[:3]} {d[3:5]} {d[5:]}", f"{m}{d}", f"{m} {d[:3]} {d[3:5]} {d[5:]}", f"{m}-{d}", f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}", f"+46{m[1:]}{d}", f"{m}-{d[:2]} {d[2:4]} {d[4:]}")  # fmt: skip
        return r.choices(shapes, weights=(8, 5, 4, 2, 4, 2, 1))[0]

    def phone_uk(self) -> str:
        """A number in the UK as people there write it (Ofcom's ranges for drama)."""
        r = self.rng
        d = self.digits(3)
        shapes = (f"07700 900{d}", f"07700 900 {d}", f"020 7946 0{d}", f"0161 496 0{d}", f"0113 496 0{d}", f"0117 496 0{d}", f"0131 496 0{d}", f"029 2018 0{d}", f"+44 7700 900{d}", f"+44 (0)20 7946 0{d}", f"(0161) 496 0{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        """A number in the US as people there write it (the 555-01xx range)."""
        r = self.rng
        area, d = (
            r.choice(("612", "206", "312", "512", "303", "617", "503", "608", "718", "619")),
            self.digits(2),
        )
        shapes = (f"({area}) 555-01{d}", f"{area}-555-01{d}", f"{area}.555.01{d}", f"+1 {area} 555 01{d}", f"+1 ({area}) 555-01{d}", f"1-{area}-555-01{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}",
            f"00358 44 {d[:7]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"020 7946 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"+44 (0)113 496 0{d[:3]}", f"0044 117 496 0{d[:3]}",
            f"+49 151 {d[:4]} {d[4:8]}", f"+49 (0)89 {d[:4]} {d[4:7]}", f"0049 221 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (612) 555-01{d[:2]}", f"(206) 555-01{d[:2]}", f"+1 312 555 01{d[:2]}", f"555-01{d[:2]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+381 64 {d[:7]}", f"+385 91 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+291 7 {d[:6]}", f"+93 70 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone a hundred or more (`+`)."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1932, 2024)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return (
                f"{date}+{serial}{check}" if roll < 0.75 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

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
        if rural:
            town, low = r.choice(SV_RURAL)
            return town, f"{low}{r.randrange(90, 100)}"
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.choice(('uppg. B', 'bv', 'plan 3', 'ög'))}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        if roll < 0.85:
            return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        flat = ""
        if roll < 0.2:
            flat = f"Flat {r.randrange(1, 30)}{r.choice(('', 'A', 'B'))}"
        elif roll < 0.3:
            flat = f"{r.choice(('Ivy House', 'The Old Bakery', 'Rowan Court', 'Garden Flat'))}"
        if lines:
            return "\n".join(x for x in (flat, street, town, code) if x)
        return ", ".join(x for x in (flat, street) if x) + f", {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
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
        out = out.replace("{L2}", r.choice("ACDEFHKNPRTWXY") + r.choice("ACDEFHKNPRTWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else ("S" if name.isupper() else "s")


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GU the given name in capitals, N/n the short form where the name
    has one, S/s the surname, SU in capitals, I an initial and the surname, IF initials of all
    given names and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a
    trailing `'` an English one.
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
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
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
    elif base == "IF":
        words = given + middle + surname
        value = (
            " ".join(f"{w[0]}." for w in [person.first] + [w for w, _ in middle])
            + f" {person.last}"
        )
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
    "N",
    "n",
    "S",
    "s",
    "I",
    "IF",
    "Gi",
    "R",
    "RU",
    "GU",
    "SU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def care_of(draw: Draw, lines: bool) -> list[Segment]:
    """`c/o Name`, then the address: `c/o` outside any span, the name its own PERSON."""
    r = draw.rng
    host = draw.person(None)
    name = person_segments(r.choice(("P", "P", "S")), host, draw)
    joint = "\n" if lines else ", "
    return [
        ("c/o ", None),
        *name,
        (joint, None),
        (draw.sv_address(lines=lines, rural=False), "ADDRESS"),
    ]


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def lower() -> str:
        if r.random() < 0.4:
            return r.choice((draw.sv_street(), draw.sv_street(), draw.village())).lower()
        return draw.sv_address().lower()

    values: dict[str, Callable[[], Segment | list[Segment]]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: (lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "CO": lambda: care_of(draw, False),
        "COL": lambda: care_of(draw, True),
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
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "STUK": lambda: (f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else '.'}{r.choice(('00', '15', '20', '30', '40', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(150, 24000):,} kr".replace(",", " "), None),
        "AMTS": lambda: (f"{r.randrange(99, 1000)} kr", None),
        "GBP": lambda: (f"£{r.randrange(9, 900)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(10, 2400)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(20, 900)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}", f"A{r.randrange(1000, 99999)}")), None),
        "ORDER": lambda: (r.choice((f"{r.randrange(1000000, 9999999)}", f"WEB-{r.randrange(100000, 999999)}", f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}")), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "RX": lambda: (f"{r.randrange(10000000, 99999999)}", None),
        "SPH": lambda: (f"{r.choice(('-', '+', '-'))}{r.randrange(0, 7)}{'.' if en else ','}{r.choice(('00', '25', '50', '75'))}", None),
        "LENSRX": lambda: (f"Sph {r.choice(('-', '+', '-'))}{r.randrange(0, 6)}{'.' if en else ','}{r.choice(('00', '25', '50', '75'))} Cyl -{r.randrange(0, 3)}{'.' if en else ','}{r.choice(('00', '25', '50', '75'))} Ax {r.randrange(0, 181)}", None),
        "TOOTH": lambda: (str(r.choice((11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 31, 32, 33, 34, 35, 36, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48))), None),
        "MED": lambda: (r.choice(VOCAB["med_en" if en else "med_sv"]), None),
        "CLINIC": lambda: (r.choice(VOCAB["clinic"]).replace("{t}", r.choice(SV_TOWNS)[0]), None),
        "OPTIK": lambda: (r.choice(VOCAB["optik"]).replace("{t}", r.choice(SV_TOWNS)[0]), None),
        "APOTEK": lambda: (r.choice(VOCAB["apotek"]).replace("{t}", r.choice(SV_TOWNS)[0]), None),
        "HOSP": lambda: (r.choice(VOCAB["hosp"]), None),
        "PET": lambda: (r.choice(VOCAB["pet"]), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTHSV": lambda: (MONTHS["sv"][month - 1], None),
        "CITY": lambda: (r.choice(("London", "Berlin", "Helsingfors", "Oslo", "Köpenhamn", "Warszawa", "Madrid", "Amsterdam", "Wien")), None),
        "ORGNR": lambda: (f"{r.choice(('556', '559', '802', '969'))}{r.randrange(100, 1000)}-{r.randrange(1000, 10000)}", None),
        "YEAR": lambda: (str(r.randrange(1935, 2022)), None),
    }  # fmt: skip
    out = values[form]()
    return out if isinstance(out, list) else [out]


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
    """DZ's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of DZ is printed."""
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
                forms["genitive"] += bool(re.match(r"(?:s|S|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] in "([" and span["start"] > 0
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += (
                    value.startswith("SE-") or "\nSE-" in value or ", SE-" in value
                )
                forms["address after c/o"] += (
                    "c/o " in text[max(0, span["start"] - 60) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[
                    f"personnummer {len(digits)} digits{' +' if '+' in value else ' -' if '-' in value else ''}"
                ] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    keys = ["id", "split", "lang", "text", "spans"]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        problems["row keys not as heldout-u's"] += list(row) != keys
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        problems["split not heldout-dz"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            problems["span empty or out of bounds"] += not 0 <= start < stop <= len(text)
            value = text[start:stop]
            problems["whitespace at a span's edge"] += value != value.strip()
            problems["spans unsorted or overlapping"] += start < end
            problems["kind unknown"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ok = digits.isdigit() and len(digits) in (10, 12)
                ten = digits[-10:]
                problems["personnummer check digit"] += not ok or luhn(ten[:9]) != int(ten[9])
                problems["personnummer + with 12 digits"] += "+" in value and len(digits) == 12
    langs = Counter(row["lang"] for row in rows)
    print(
        f"{len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {sum(len(r['spans']) for r in rows)} spans"
    )
    stats(rows, None)
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out))
    draw = Draw(args.seed)
    rows = generate(seed=args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
