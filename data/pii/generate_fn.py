# ruff: noqa: E501
"""Generate held-out FN for personal-data detection (issue 15): names as the population has them,
a hundred-and-forty-ninth writer. Every name word comes from `names_fn.py`'s weighted pools (SCB's
ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the commonest names
of the origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the
language of the row roughly as Sweden's population is. Written by a helper who does not tune the
detector and who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler,
the row format, `--stats`), the sections "Held-out AW" and "Held-out CL" of `docs/privacy.md`, and
the first line of `generated-heldout-u.jsonl` (for its keys); not the detector's rules, lexicons
or tagger, no other set's names, templates or rows, no error listing. FN was never run through the
detector by its writer and its names were not checked against rung's lexicons. The genre
(`templates_fn.py`): locksmiths, alarm companies and property guards: lock changes, key receipts,
alarm call-outs, guard patrol logs, incident reports at addresses, customer contracts and service
tickets. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_fn.py                       # writes data/pii/generated-heldout-fn.jsonl
    python data/pii/generate_fn.py --stats               # counts only (sizes, forms, head/tail split)
    python data/pii/generate_fn.py --check               # checks the written file, prints counts only
    python data/pii/generate_fn.py --seed 7 --out /tmp/fn7.jsonl   # a scratch seed, to read rows
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

from names_fn import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fn import AREAS, BRF, DAYS, EN, FIRMS, MIXED, MONTHS, NEGATIVES, PETS, PROPERTIES, SV  # noqa: E402

SEED = 20270226
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fn.jsonl"
SPLIT = "heldout-fn"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form; none named after a person.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Götgatan", "Järnvägsgatan", "Skolgatan",
    "Kyrkogatan", "Nygatan", "Fabriksgatan", "Verkstadsgatan", "Bangatan", "Östra Storgatan",
    "Västra Vallgatan", "Södra Förstadsgatan", "Norra Järnvägsgatan", "Bryggargatan", "Trädgårdsgatan",
    "Sveavägen", "Björkvägen", "Tallvägen", "Industrivägen", "Ringvägen", "Skogsvägen", "Solvägen",
    "Ängsvägen", "Lindvägen", "Kyrkvägen", "Hantverksvägen", "Förrådsvägen", "Gamla Vägen",
    "Mossvägen", "Snickarvägen", "Åkervägen", "Strandvägen", "Bagarsvängen", "Smedsvängen",
    "Lärksvängen", "Kvarnsvängen", "Kastanjeallén", "Lindallé", "Björkallén", "Slottsallén",
    "Parkallé", "Kvarnbacken", "Solbacken", "Tornbacken", "Kyrkbacken", "Bryggarbacken",
    "Kalvhagens backe", "Blåbärsstigen", "Lingonstigen", "Ekorrstigen", "Lärkstigen", "Rävstigen",
    "Hagtornsstigen", "Stortorget", "Lilla torget", "Järntorget", "Fisktorget", "Hötorget",
    "Stationstorget", "Stationsplan", "Kyrkplan", "Hamnplan", "Slussplan", "Smedgränd",
    "Bagargränd", "Kyrkogränd", "Tunnbindargränd", "Kopparslagargränd", "Hamnkajen",
    "Skeppsbrokajen", "Norra kajen", "Stenkajen", "Packhuskajen", "Strandpromenaden",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 581, 587), ("Västerås", 721, 725), ("Örebro", 702, 703), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 551, 556), ("Umeå", 901, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Solna", 169, 171),
    ("Sundbyberg", 172, 174), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Mölndal", 431, 431),
    ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Lidköping", 531, 531), ("Motala", 591, 591),
    ("Piteå", 941, 941), ("Ängelholm", 262, 262), ("Nyköping", 611, 611), ("Visby", 621, 621),
    ("Kiruna", 981, 981), ("Ystad", 271, 271), ("Enköping", 745, 745), ("Katrineholm", 641, 641),
    ("Sandviken", 811, 811), ("Härnösand", 871, 871), ("Alingsås", 441, 441), ("Kungsbacka", 434, 434),
    ("Örnsköldsvik", 891, 891), ("Falkenberg", 311, 311), ("Hudiksvall", 824, 824), ("Mora", 792, 792),
    ("Kungälv", 442, 442), ("Norrtälje", 761, 761), ("Landskrona", 261, 261), ("Trelleborg", 231, 231),
    ("Hässleholm", 281, 281), ("Värnamo", 331, 331), ("Oskarshamn", 572, 572), ("Västervik", 593, 593),
    ("Arvika", 671, 671), ("Köping", 731, 731), ("Ludvika", 771, 771), ("Söderhamn", 826, 826),
    ("Boden", 961, 961), ("Lycksele", 921, 921),
)  # fmt: skip
# SV_TOWNS[RURAL_FROM:] are the smaller towns whose country routes the rural addresses use.
RURAL_FROM = 32
# Villages as rural addresses name them (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanbäck", "Norrbyn", "Sörbyn", "Hökåsen", "Lillmossen", "Björkhult", "Ekeby",
    "Stora Mo", "Lönnäs", "Gäddtjärn", "Oxberg", "Åsbacka", "Kvarnbyn", "Tallåsen", "Rönnliden",
    "Hagaby", "Bäckeby", "Ängsbo", "Nedre Gärdet", "Övertorp", "Skogslund",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Park Road", "London Road",
    "Mill Lane", "Queens Road", "New Road", "Green Lane", "Manor Road", "Kings Road", "Albert Road",
    "The Crescent", "Chapel Street", "Castle Street", "Hillside Avenue", "Orchard Way", "Brook Close",
    "Moorland Drive", "Riverside Walk", "Market Square",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Birmingham", "B"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Cardiff", "CF"), ("Liverpool", "L"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Leicester", "LE"), ("Reading", "RG"), ("Brighton", "BN"), ("York", "YO"),
    ("Norwich", "NR"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Newcastle upon Tyne", "NE"),
    ("Belfast", "BT"), ("London", "SE"), ("London", "N"), ("London", "E"), ("Swansea", "SA"),
)  # fmt: skip
UK_HOUSES = ("The Old Bakery", "Rose Cottage", "Willow House", "Keepers Lodge", "The Coach House", "2 Mill Cottages", "Stable Barn")  # fmt: skip
UK_UNITS = ("Unit {n}, Riverside Trading Estate", "Unit {n}, Enterprise Park", "Suite {n}, Bridge House")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Street", "Elm Street", "Washington Avenue", "2nd Street", "Lakeview Drive", "Sunset Boulevard", "Pine Road", "Cedar Lane", "Highland Avenue", "Broadway")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Boston", "MA", 21), ("Columbus", "OH", 432), ("Portland", "OR", 972), ("Rockford", "IL", 611), ("Madison", "WI", 537), ("Tampa", "FL", 336))  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-10999} Berlin", "Schillerweg {n}, {z5:80331-81929} München",
    "Industriestraße {n}a, {z5:20095-22769} Hamburg", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n}, avenue Jean Jaurès, {z5:31000-31500} Toulouse", "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere",
    "Mannerheimintie {n} A {m}, {z5:00100-00990} Helsinki", "Storgata {n}, {z4:0155-0195} Oslo",
    "Kongens gate {n}, {z4:7011-7015} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Piękna {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 31-{z3:100-999} Kraków", "Calle Mayor {n}, {m}º B, {z5:28001-28080} Madrid",
    "Carrer de Balmes {n}, {z5:08001-08042} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Stationsweg {n}, {z4:2312-2316} {L2} Leiden", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
    "{n} Main Street, Dublin {z1:1-9}", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Rua Augusta {n}, {z4:1100-1100}-{z3:048-100} Lisboa", "Mariahilfer Straße {n}, {z4:1060-1070} Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "me.com", "protonmail.com")  # fmt: skip
WORK = ("example.se", "larm.example.se", "lassmed.example.se", "bevakning.example.com", "fastighet.example.se", "example.com", "example.co.uk", "brf.example.se")  # fmt: skip
# Swedish area codes: two-digit (cities) and three-digit (towns and the countryside), without the 0.
AREA2 = ("31", "40", "18", "13", "19", "21", "11", "16", "54", "90", "60", "63", "35", "36", "46", "42")  # fmt: skip
AREA3 = ("120", "171", "220", "240", "250", "270", "290", "325", "340", "380", "411", "455", "470", "480", "490", "500", "510", "520", "530", "560", "570", "586", "611", "620", "640", "650", "660", "670", "680", "690", "910", "920", "950", "970", "980")  # fmt: skip
MAILBOXES = ("jour", "order", "kundservice", "larmcentral", "bokning", "info", "service", "nycklar", "faktura", "dispatch", "control.room", "keyholding", "support", "styrelsen")  # fmt: skip


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
    """Every value of FN from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Eva-Britt, Per-Ola
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double name, as many married couples take
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

        def clean(word: str) -> str:
            return plain(word).lower().replace("-", "").replace("'", "").replace(" ", "")

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(MAILBOXES)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)  # no subscriber number starts with 0
        m = "07" + r.choice("0023369")
        a2 = r.choice(AREA2)
        a3 = r.choice(AREA3)
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 {m[1:]}-{d[:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08{d[:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: 020, 0771, 010, or a city's exchange."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(6)
        return r.choice((
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:5]} {d[5:7]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010 {d[:3]} {d[3:5]} {d[5:7]}",
            f"0775-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:5]} 00", f"031-{d[:3]} {d[3:5]} 00",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"+44 161 496 0{d[:3]}", f"0044 7700 900{d[:3]}", f"07700 900 {d[:3]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:7]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+1 (612) 555-01{d[:2]}", f"(312) 555-01{d[:2]}", f"+1 206-555-01{d[:2]}", f"555-01{d[:2]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+353 87 {d[:3]} {d[3:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        someone past a hundred has `+` in the 10-digit form."""
        r = self.rng
        old = r.random() < 0.08
        year = r.randrange(1915, 1927) if old else r.randrange(1930, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old and r.random() < 0.7:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.84 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural:
            roll = r.random()
            if lgh or roll < 0.13:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
            elif roll < 0.19:
                street += f", {r.randrange(1, 7)} tr"
            elif roll < 0.22:
                street += f", uppg. {r.choice('ABCD')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        if roll < 0.9:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.42:
            street = r.choice(UK_UNITS).replace("{n}", str(r.randrange(1, 40)))
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GU in capitals, N/n the short form where the name has one, S/s the
    surname, SU in capitals, I an initial and the surname, II every initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an
    e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base == "II":
        words = middle + surname
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "GU", "N", "n", "S", "s", "SU", "I", "II", "Gi", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    en = lang == "en"
    side = "en" if en else "sv" if lang == "sv" or r.random() < 0.7 else "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address() if r.random() < 0.7 else draw.us_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: ((draw.uk_address() if r.random() < 0.7 else draw.us_address()).lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x() if en or r.random() < 0.6 else draw.phone(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(7, 20) if r.random() < 0.7 else r.randrange(0, 24):02d}{':' if en or r.random() < 0.5 else '.'}{r.choice(('00', '05', '12', '20', '30', '41', '45', '58'))}", None),
        "CNT": lambda: (str(r.randrange(1, 9)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "FLAT": lambda: (str(r.randrange(1, 48)), None),
        "NUM": lambda: (str(r.randrange(2, 60) if r.random() < 0.5 else r.randrange(1001, 1799)), None),
        "AMT": lambda: (f"{r.randrange(450, 48000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(45, 1900)}.{r.choice(('00', '50', '99'))}", None),
        "USD": lambda: (f"${r.randrange(60, 2500)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(2026, 2028)}-{r.randrange(1000, 99999):05d}", f"#{r.randrange(10000, 999999)}", f"INC{r.randrange(100000, 999999):07d}", f"ÄR-{r.randrange(100, 9999)}", f"5000-K{r.randrange(100000, 999999)}-27")), None),
        "ORD": lambda: (r.choice((f"AO-{r.randrange(1000, 99999)}", f"WO-{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}", f"SR{r.randrange(1000, 9999)}")), None),
        "KEY": lambda: (r.choice((f"K{r.randrange(1, 99)}", f"{r.choice('ABCD')}-{r.randrange(100, 999)}", f"D12-{r.randrange(1000, 9999)}", f"nr {r.randrange(1, 40)}:{r.randrange(1, 9)}", f"MK-{r.randrange(10, 99)}")), None),
        "OBJ": lambda: (r.choice((f"{r.randrange(10000, 99999)}", f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"OBJ{r.randrange(1000, 9999)}")), None),
        "ZONE": lambda: (r.choice((f"sektion {r.randrange(1, 12)}", f"zon {r.randrange(1, 40)}", f"detektor {r.randrange(1, 9)}:{r.randrange(1, 9)}", f"zone {r.randrange(1, 40)}")), None),
        "BADGE": lambda: (r.choice((f"V-{r.randrange(1000, 9999)}", f"ID {r.randrange(100, 9999)}", f"SIA {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}", f"#{r.randrange(100, 999)}")), None),
        "ORG": lambda: (f"55{r.randrange(10, 99)}{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**13)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "CARD": lambda: (r.choice((f"{r.randrange(10**6):07d}", f"{r.randrange(16**6):06X}", f"nr {r.randrange(100, 9999)}")), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 99)}{r.choice('0123456789ACDEFGH')}", None),
        "FIRM": lambda: (r.choice(FIRMS[side]), None),
        "AREA": lambda: (r.choice(AREAS[side]), None),
        "FAST": lambda: (r.choice(PROPERTIES), None),
        "BRF": lambda: (r.choice(BRF), None),
        "PET": lambda: (r.choice(PETS), None),
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
    """FN's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sign = "+" if "+" in value else "-" if "-" in value else "no sign"
    return f"{len(digits)} digits, {sign}"


def pnr_valid(value: str) -> bool:
    """A personnummer's shape and check digit: YYYYMMDD or YYMMDD, `-`/`+`/nothing, NNNC."""
    match = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)", value)
    if not match:
        return False
    century, yy, mm, dd, sign, serial, check = match.groups()
    if century and sign == "+":
        return False
    if not (1 <= int(mm) <= 12 and 1 <= int(dd) <= 31):
        return False
    return luhn(yy + mm + dd + serial) == int(check)


FORMS = (
    "one word", "lower case", "lower-case one word in chat", "capitals", "hyphen", "initial", "Surname, Given",
    "three or more words", "genitive", "address on lines", "address lower case", "address with lgh", "address Box",
    "address after c/o",
)  # fmt: skip


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FN is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter(dict.fromkeys(FORMS, 0))
    pnr: Counter[str] = Counter()
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
                forms["lower-case one word in chat"] += (
                    value.islower() and " " not in value and ": " in text
                )
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
                before = text[: span["start"]].rstrip().split("\n")[-1]
                forms["address after c/o"] += "c/o" in before
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in MIXES["sv"] if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row, no value). Returns the problems found."""
    problems: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["split not " + SPLIT] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            kinds[span["kind"]] += 1
            problems["span empty"] += start >= stop
            problems["span out of bounds"] += not (start >= 0 and stop <= len(text))
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer invalid"] += not pnr_valid(value)
    print(
        f"rows {rows}, ids {len(ids)}, spans {sum(kinds.values())}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    found = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return found


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
        sys.exit(1 if check(args.out) else 0)
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
