# ruff: noqa: E501
"""Generate held-out GZ for personal-data detection (issue 15): names as the population has them,
the hundred-and-eighty-seventh writer.

    python data/pii/generate_gz.py            # writes data/pii/generated-heldout-gz.jsonl
    python data/pii/generate_gz.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gz.py --check    # checks the written file, prints counts only
    python data/pii/generate_gz.py --seed 7 --out /tmp/gz.jsonl   # a scratch seed

GZ's names are drawn by how often people really carry them: every name word comes from
`names_gz.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as the population is.
The genre is physiotherapy and rehabilitation clinics (`templates_gz.py`): appointment notes and
journal entries, referrals and replies to them, home-exercise programmes, clinic rosters and
phone lists, booking reminders, home visits and aids, patient messages, invoices, in Swedish,
English and the mixed Swedish/English of a Swedish workplace. Written by a helper who does not
tune the detector, who read only `generate_aw.py` (for its mechanics: the seeded `Draw`, the slot
filler, the row format, `--stats`), the "Held-out AW" and "Held-out CL" sections of
docs/privacy.md and the first line of `generated-heldout-u.jsonl` (for its keys); not the
detector's rules, lexicons or tests, nor any other set's names, templates or rows, nor any error
listing. GZ was never run through the detector by its writer and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_gz import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gz import (  # noqa: E402
    CLINICS_EN,
    CLINICS_SV,
    DAYS,
    EN,
    FIRMS_EN,
    FIRMS_SV,
    HOSPITALS,
    MIXED,
    MONTHS,
    NEGATIVES,
    SURGERIES,
    SV,
    UNITS,
)

SEED = 20270264
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gz.jsonl"
SPLIT = "heldout-gz"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the address register holds them.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan", "Hornsgatan",
    "Fleminggatan", "Sankt Eriksgatan", "Linnégatan", "Karlavägen", "Valhallavägen", "Odengatan",
    "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Nygatan", "Östra Hamngatan", "Västra Vallgatan",
    "Södra Förstadsgatan", "Trädgårdsgatan", "Hantverkargatan", "Bangårdsgatan", "Prästgatan",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Granvägen",
    "Ekvägen", "Rönnvägen", "Parkvägen", "Sjövägen", "Industrivägen", "Idrottsvägen", "Vårdvägen",
    "Kvarnvägen", "Gamla Vägen", "Södra Vägen", "Lasarettsvägen", "Brunnsvägen", "Folkets Parkväg",
    "Mossvägen", "Blåklocksvägen", "Prästkragens väg", "Solrosvägen", "Humlevägen",
    "Ängssvängen", "Kopparsvängen", "Lärkesvängen", "Bergsvängen", "Smedsvängen",
    "Kastanjeallé", "Lindallén", "Björkallén", "Solna allé", "Sturups allé", "Hammarby allé",
    "Kvarnbacken", "Solbacken", "Tallbacken", "Sofiebergs backe", "Munkbrons backe", "Eriksbergs backe",
    "Lärkstigen", "Blåbärsstigen", "Hasselstigen", "Ekorrstigen", "Vitsippsstigen", "Lingonstigen",
    "Stortorget", "Järntorget", "Nytorget", "Mariatorget", "Lilla torg", "Gustav Adolfs torg",
    "Brunnsplan", "Stationsplan", "Kyrkplan", "Kungsplan", "Medborgarplatsen", "Sergels torg",
    "Smedgränd", "Tulpangränd", "Kyrkogränd", "Hökargränd", "Pilgränd",
    "Skeppsbrokajen", "Norra Kajen", "Södra Kajen", "Hamnkajen", "Strandkajen", "Skeppsbron",
)  # fmt: skip
# Towns with the first three digits of their postcodes: cities and the country's small towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Varberg", 432, 432),
    ("Visby", 621, 621), ("Skellefteå", 931, 931), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Motala", 591, 591), ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Enköping", 745, 745),
    ("Hudiksvall", 824, 824), ("Lidköping", 531, 531), ("Alingsås", 441, 441), ("Kungsbacka", 434, 434),
    ("Mölndal", 431, 431), ("Solna", 169, 171), ("Nacka", 131, 132), ("Täby", 183, 187),
    ("Huddinge", 141, 141), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 892), ("Ludvika", 771, 771),
    ("Arvika", 671, 671), ("Värnamo", 331, 331), ("Oskarshamn", 572, 572), ("Falkenberg", 311, 311),
    ("Ängelholm", 262, 262), ("Hässleholm", 281, 281), ("Eslöv", 241, 241), ("Norrtälje", 761, 761),
    ("Strängnäs", 645, 645), ("Boden", 961, 961), ("Lycksele", 921, 921), ("Mora", 792, 792),
    ("Leksand", 793, 793), ("Ljusdal", 827, 827), ("Bollnäs", 821, 821), ("Vänersborg", 462, 462),
    ("Strömstad", 452, 452), ("Kungälv", 442, 442), ("Sollefteå", 881, 881), ("Vetlanda", 574, 574),
)  # fmt: skip
# Cities and their suburbs: no rural postcode is drawn for them.
METRO = {"Stockholm", "Göteborg", "Malmö", "Uppsala", "Solna", "Nacka", "Täby", "Huddinge", "Mölndal", "Lund", "Södertälje", "Helsingborg"}  # fmt: skip
# The usual second parts of Swedish double given names (`Eva-Lena`, `Karl-Erik`).
SECOND_F = ("Karin", "Lena", "Marie", "Britt", "Lotta", "Maria", "Sofie", "Christin", "Louise", "Stina", "Märta")  # fmt: skip
SECOND_M = ("Erik", "Johan", "Olof", "Göran", "Åke", "Anders", "Gustav", "Axel", "Olov", "Arne", "Inge", "Henrik")  # fmt: skip
# Villages for rural addresses (`Västanby 24`, with a rural postcode `xxx 9x`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Lillbyn", "Storbyn", "Kvarnby", "Åsby",
    "Bäckby", "Hagaby", "Sjöhult", "Lönneberga", "Ekeby", "Berga", "Tuna", "Mellby", "Holma",
    "Rya", "Torp", "Björkö", "Norra Åsen", "Övre Ullerud", "Nedre Gärdsjö", "Skallmyra",
    "Rödön", "Bölen", "Kåge", "Vallby", "Önnestad", "Killeberg",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "London Road", "Victoria Road", "Park Avenue",
    "Queen's Road", "Mill Lane", "Manor Road", "Grove Road", "Albert Street", "The Crescent",
    "Orchard Close", "Meadow Way", "Elm Grove", "Kingsway", "Castle Street", "Hospital Lane",
    "Riverside Walk", "Northgate", "Bridge Street", "Chapel Road", "St John's Road", "Hawthorn Drive",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Brighton", "BN"), ("Nottingham", "NG"),
    ("Leicester", "LE"), ("York", "YO"), ("Bath", "BA"), ("Exeter", "EX"), ("Plymouth", "PL"),
    ("Newcastle upon Tyne", "NE"), ("Liverpool", "L"), ("Manchester", "M"), ("Birmingham", "B"),
    ("Norwich", "NR"), ("Aberdeen", "AB"), ("Belfast", "BT"), ("London", "SE"), ("London", "N"),
)  # fmt: skip
UK_UNITS = ("Flat", "Flat", "Apartment", "Unit")
US_STREETS = (
    "Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Washington Avenue", "Park Place",
    "Lake Street", "Cedar Lane", "Hillcrest Drive", "Pine Street", "Sunset Boulevard", "River Road",
    "Medical Center Drive", "University Avenue", "2nd Street", "5th Avenue", "Broadway", "Summit Avenue",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Rochester", "MN", 559), ("Seattle", "WA", 981), ("Chicago", "IL", 606),
    ("Boston", "MA", 21), ("Denver", "CO", 802), ("Austin", "TX", 787), ("Portland", "OR", 972),
    ("Madison", "WI", 537), ("Phoenix", "AZ", 850), ("Atlanta", "GA", 303), ("Columbus", "OH", 432),
    ("Pittsburgh", "PA", 152), ("Nashville", "TN", 372), ("Sioux Falls", "SD", 571), ("San Diego", "CA", 921),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-10999} Berlin", "Lindenallee {n}, {z5:50667-50999} Köln",
    "Schillerstraße {n}a, {z5:80331-81929} München", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7099} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1199} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere",
    "Mannerheimintie {n} A {m}, {z5:00100-00990} Helsinki", "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Jean Médecin, {z5:06000-06300} Nice", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Avenida del Mar {n}, {z5:29600-29699} Marbella", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Rua Augusta {n}, 1100-{z3:100-999} Lisboa", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles", "Brīvības iela {n}, LV-{z4:1010-1050} Rīga",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "hotmail.co.uk", "yahoo.com", "btinternet.com")  # fmt: skip
WORK = ("example.se", "rehab.example.se", "fysio.example.se", "regionen.example.se", "example.com", "example.org", "clinic.example.co.uk", "example.co.uk")  # fmt: skip
FIRM_LOCAL = ("info", "bokning", "reception", "kontakt", "rehab", "fysio", "kansli", "admin", "booking", "appointments", "enquiries", "physio")  # fmt: skip


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
    """Every value of GZ from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Eva-Lena, Per-Erik
            second = r.choice(SECOND_F if woman else SECOND_M)  # the common second parts
            if second != given[0][0]:
                given.append((second, "fixed"))  # no pool draw: not in the head/tail split
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.3, "uk": 0.3, "german": 0.15}.get(key, 0.04):
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
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
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
            if part in ("head", "tail"):
                self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng

        def local(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = local(person.first), local(person.surname[0][0])
        shape = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{shape}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_LOCAL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        """n digits, the first not 0 (no subscriber number starts so)."""
        return str(self.rng.randrange(1, 10)) + "".join(
            str(self.rng.randrange(10)) for _ in range(n - 1)
        )

    def phone(self) -> str:
        """A Swedish number, mobile, landline or a firm's, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(("31", "40", "18", "13", "19", "21", "11", "16", "35", "36", "46", "54", "60", "63", "90", "23", "26", "42"))  # fmt: skip
        a3 = r.choice(("120", "141", "150", "155", "171", "220", "240", "290", "320", "346", "380", "410", "431", "454", "470", "480", "498", "500", "510", "520", "586", "611", "640", "660", "680", "696", "910", "920", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"08-{d[:7]}"),
            (6, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0){a2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0771-{d[:3]} {d[3:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"07{r.choice('4579')}{d[:2]} {d[2:]}", f"07{r.choice('4579')}{d[:2]}{d[2:]}", f"+44 7{r.choice('4579')}{d[:2]} {d[2:]}",
            f"+44 (0)7{r.choice('4579')}{d[:2]} {d[2:]}", f"0113 {d[:3]} {d[3:]}", f"0117 {d[:3]} {d[3:]}",
            f"020 7{d[:3]} {d[3:]}", f"020 8{d[:3]}{d[3:]}", f"0161 {d[:3]} {d[3:]}", f"0131-{d[:3]}-{d[3:]}",
            f"(01865) {d[:6]}", f"01392 {d[:6]}", f"029 20{d[:2]} {d[2:6]}", f"+44 20 7{d[:3]} {d[3:]}",
            f"0044 7{r.choice('4579')}{d[:2]} {d[2:]}", f"028 90{d[:2]} {d[2:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(("612", "507", "206", "312", "617", "303", "512", "503", "608", "602", "404", "614", "412", "615", "605", "619"))  # fmt: skip
        shapes = (
            f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}",
            f"+1 {area} {d[:3]} {d[3:]}", f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-{area}-{d[:3]}-{d[3:]}",
            f"{area} {d[:3]} {d[3:]}", f"+1-{area}-{d[:3]}-{d[3:]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"040-{d[:3]} {d[3:7]}", f"+49 151 {d[:8]}",
            f"+49 (0)30 {d[:7]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+44 7{r.choice('4579')}{d[:2]} {d[2:8]}", f"+1 (612) {d[:3]}-{d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` in the ten-digit form for those past a hundred."""
        r = self.rng
        year = r.randrange(1919, 1927) if old else r.randrange(1932, 2021)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.8
                else f"{year // 100}{date}-{serial}{check}"
            )
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
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(
            [t for t in SV_TOWNS if t[0] not in METRO] if rural else SV_TOWNS
        )
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def flat(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        if roll < 0.85:
            return f", {r.randrange(1, 7)} tr"
        return f", {r.randrange(1, 5)} tr, lgh {r.randrange(10, 15)}{r.randrange(1, 6):02d}"

    def sv_address(self, lines: bool = False, flat: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (flat or r.random() < 0.14):
            street += self.flat()
        joint = "\n" if lines else ", " if r.random() < 0.9 else " "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = f"{r.choice(UK_UNITS)} {r.randrange(1, 40)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace(
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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, E an e-mail address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 52)), None),
        "AMT": lambda: (r.choice((f"{r.choice((100, 200, 250, 300, 350, 400))} kr", f"{r.randrange(450, 4800):,} kr".replace(",", " "), f"{r.randrange(450, 1900)},00 SEK")), None),
        "GBP": lambda: (f"£{r.randrange(35, 95)}.{r.choice(('00', '50'))}", None),
        "USD": lambda: (f"${r.randrange(60, 260)}.{r.choice(('00', '50'))}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"R{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}")), None),
        "ORG": lambda: (f"55{r.randrange(6000, 9999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "YEAR": lambda: (str(r.randrange(1938, 2015)), None),
        "AGE": lambda: (str(r.randrange(19, 94)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "KLIN": lambda: (r.choice(CLINICS_SV), None),
        "CLINIC": lambda: (r.choice(CLINICS_EN), None),
        "FIRM": lambda: (r.choice(FIRMS_SV), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "HOSP": lambda: (r.choice(HOSPITALS), None),
        "SURGERY": lambda: (r.choice(SURGERIES), None),
        "UNIT": lambda: (r.choice(UNITS), None),
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
    """GZ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of GZ is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    never = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
    print(f"origins never drawn: {', '.join(never) or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts and the kinds of problem found, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = ids_checked = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            if span["kind"] == "NATIONAL_ID":
                ids_checked += 1
                digits = re.sub(r"\D", "", value)
                ok = re.fullmatch(r"(?:\d{8}|\d{6})[-+]?\d{4}", value) and len(digits) in (10, 12)
                problems["personnummer check digit"] += not ok or luhn(digits[-10:-1]) != int(
                    digits[-1]
                )
    sizes = Counter(
        json.loads(line)["lang"] for line in path.read_text(encoding="utf-8").splitlines()
    )
    problems["sizes"] += dict(sizes) != SIZES
    found = {k: v for k, v in problems.items() if v}
    print(f"{rows} rows, {spans_seen} spans, {len(ids)} ids, {ids_checked} personnummer checked")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in found.items()) if found else "none"))
    return 1 if found else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file (--out), counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out))
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
