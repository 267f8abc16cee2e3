# ruff: noqa: E501
"""Generate held-out EU for personal-data detection (issue 15): names as the population has them,
a hundred-and-thirtieth writer.

    python data/pii/generate_eu.py             # writes data/pii/generated-heldout-eu.jsonl
    python data/pii/generate_eu.py --stats     # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_eu.py --check     # checks the written file, prints counts only
    python data/pii/generate_eu.py --seed 7 --out /tmp/eu.jsonl   # a scratch seed

EU's names are drawn by how often people really carry them: every name word comes from
`names_eu.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is accountants, bookkeeping, tax returns and small firms' dealings with the tax agency
(`templates_eu.py`): e-mails between clients and accounting firms, the tax agency's decisions,
audits and inspection visits, payroll, staff registers, vouchers and cash books, invoices of sole
traders, deductions, estates, boards and share registers, signatures and chats, with addresses of
every form and phone numbers in every common grouping. Written by a helper who does not tune the
detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler,
the row format and `--stats`), two sections of `docs/privacy.md` ("Held-out AW", "Held-out CL") and
the first line of `generated-heldout-u.jsonl`; neither the detector's rules, lexicons and tagger
nor any error listing nor any other set's names and templates. EU was never run through the
detector by its writer, and its names were not checked against rung's lexicons. Stdlib only; one
seeded Random: same seed, same bytes.
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

from names_eu import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_eu import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270207
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-eu.jsonl"
SPLIT = "heldout-eu"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Nygatan", "Västra Vägen", "Trädgårdsgatan",
    "Fabriksgatan", "Köpmangatan", "Rådhusgatan", "Esplanaden", "Bangårdsgatan", "Södra Järnvägsgatan",
    "Norra Kyrkogatan", "Repslagargatan", "Tullgatan", "Badhusgatan", "Skeppargatan", "Verkstadsgatan",
    "Lantmannagatan", "Magasinsgatan", "Gamla Vägen", "Kyrkvägen", "Björkvägen", "Tallvägen",
    "Lönnvägen", "Häggvägen", "Syrénvägen", "Blåklintsvägen", "Vitsippsvägen", "Solrosvägen",
    "Idrottsvägen", "Centrumvägen", "Parkvägen", "Mossvägen", "Lingonvägen", "Hjortvägen",
    "Rävvägen", "Timmervägen", "Dalvägen", "Backvägen", "Mjölnarvägen", "Bruksvägen",
    "Hagavägen", "Lärkvägen", "Svalvägen", "Kometvägen", "Klöversvängen", "Hästskosvängen",
    "Ekbackssvängen", "Murarsvängen", "Sjöbjörnssvängen", "Lindhagens allé", "Kastanjeallén",
    "Slottsallén", "Skolallén", "Iduns allé", "Kvarnbacken", "Trädgårdsbacken", "Kyrkbacken",
    "Ulvsunda backe", "Åsbacken", "Smedjebacken", "Rosenstigen", "Vallmostigen", "Trastenstigen",
    "Tjäderstigen", "Skogsstigen", "Lillstigen", "Stora Torget", "Hötorget", "Fisktorget",
    "Kornhamnstorg", "Gustav Adolfs torg", "Tingshusplan", "Centralplan", "Fiskarplan",
    "Apotekarplan", "Klockargränd", "Garvargränd", "Bagargränd", "Tunnbindargränd", "Hamnkajen",
    "Norra Kajen", "Östra Kajen", "Strandkajen", "Skeppsbrokajen", "Sveavägen", "Hornsgatan",
    "Linnégatan", "Vasagatan", "Odengatan", "Erik Dahlbergsgatan", "Karl Johansgatan",
)  # fmt: skip
# Towns and the first three digits of their postcodes (a range where a town has many).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 587), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 302), ("Växjö", 352, 352), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Solna", 169, 171), ("Nacka", 131, 132), ("Täby", 183, 187), ("Sollentuna", 191, 192),
    ("Huddinge", 141, 141), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 831),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Varberg", 432, 432), ("Nyköping", 611, 611), ("Motala", 591, 591), ("Piteå", 941, 941),
    ("Visby", 621, 621), ("Ystad", 271, 271), ("Örnsköldsvik", 891, 891), ("Hudiksvall", 824, 824),
    ("Lidköping", 531, 531), ("Vetlanda", 574, 574), ("Arvika", 671, 671), ("Kiruna", 981, 981),
    ("Ludvika", 771, 771), ("Härnösand", 871, 871), ("Enköping", 745, 745), ("Mariestad", 542, 542),
    ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Köping", 731, 731),
    ("Avesta", 774, 774), ("Oskarshamn", 572, 572), ("Gislaved", 332, 332), ("Ljungby", 341, 341),
)  # fmt: skip
SMALL = 30  # SV_TOWNS[SMALL:] are the small towns whose countryside has rural postcodes
# Villages and hamlets as rural addresses name them (`Västanby 24`).
VILLAGES = (
    "Tallåsen", "Norrby", "Österby", "Sunnanå", "Hamra", "Brattfors", "Lövsele", "Ytterby",
    "Bränna", "Nybyn", "Risbäck", "Fagervik", "Granlunda", "Hällbacken", "Stavsjö", "Björkbo",
    "Åkersberg", "Lugnvik", "Myrbacka", "Solberga", "Rödön", "Västerby", "Kyrkbyn", "Gärde",
    "Sörbo", "Holmsund", "Ängeby", "Backa", "Västanby", "Östansjö", "Mellanbyn", "Kvarntorp",
)  # fmt: skip
# Property designations (no address): a block or a village and its register number.
BLOCKS = ("Granen", "Svalan", "Hjorten", "Kronan", "Ankaret", "Plogen", "Smedjan", "Tärnan", "Lärkan", "Vågen")  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "London Road", "Victoria Road", "Green Lane",
    "Manor Road", "Park Road", "Queens Road", "New Road", "Grange Road", "Kings Avenue",
    "Windsor Close", "Mill Lane", "The Crescent", "Albert Street", "North Parade", "Elm Grove",
    "Beech Drive", "Meadow Way", "St John's Road", "Castle Street", "Bridge Street", "Market Square",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Reading", "RG"), ("Cambridge", "CB"), ("Oxford", "OX"), ("Exeter", "EX"),
    ("York", "YO"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Glasgow", "G"), ("Edinburgh", "EH"),
    ("Aberdeen", "AB"), ("Belfast", "BT"), ("Norwich", "NR"), ("Brighton", "BN"), ("Leicester", "LE"),
)  # fmt: skip
UK_UNITS = ("Suite 4, Regent House", "Unit 7, Meridian Business Park", "2nd Floor, Bank Chambers", "Office 12, The Exchange", "Flat 3", "Flat 14B", "Ground Floor")  # fmt: skip
US_STREETS = (
    "Main Street", "Oak Avenue", "Maple Street", "Washington Boulevard", "Park Avenue",
    "Elm Street", "Lakeview Drive", "Cedar Lane", "Hillcrest Road", "Sunset Boulevard",
    "Pine Street", "Broadway", "Jefferson Avenue", "Willow Court", "Highland Avenue",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Austin", "TX", 787),
    ("Denver", "CO", 802), ("Portland", "OR", 972), ("Boston", "MA", 21), ("Rockford", "IL", 611),
    ("Madison", "WI", 537), ("Sioux Falls", "SD", 571), ("Jamestown", "NY", 147), ("Brooklyn", "NY", 112),
)  # fmt: skip
# Addresses in Europe in their own formats: {n} a number, {m} a small one, {zW:LO-HI} a postcode.
EUROPE = (
    "Hauptstraße {n}, {z5:10115-10999} Berlin", "Schillerstraße {n}, {z5:80331-80999} München",
    "Am Markt {n}, {z5:20095-20999} Hamburg", "{n} rue Victor Hugo, {z5:69001-69009} Lyon",
    "{n}, avenue de la République, {z5:75011-75011} Paris", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Carrer de Balmes {n}, {z5:08006-08022} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
    "Tallinna mnt {n}, {z5:10111-10152} Tallinn", "Ferhadija {n}, {z5:71000-71000} Sarajevo",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("example.se", "redovisning.example.se", "byran.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
ROLES = {
    "sv": (
        "info",
        "ekonomi",
        "faktura",
        "lon",
        "redovisning",
        "bokforing",
        "kontakt",
        "kundtjanst",
    ),
    "en": ("accounts", "payroll", "info", "tax", "bookkeeping", "office", "enquiries", "billing"),
}
# Firms and agencies named after no person.
FIRMS = (
    "Redovisningsbyrån Norr AB", "Siffror & Saldo AB", "Balans Redovisning", "Kvitto & Klart AB",
    "Debet & Kredit HB", "Ekonomihuset i Mälardalen", "Räknestugan AB", "Bokslutsbolaget",
    "Revisionsbyrån Väst", "Konto Ett Redovisning AB", "Fjällbyråns Ekonomitjänst", "Verifikat AB",
)  # fmt: skip
CLIENTS = (
    "Sundsvalls Rör AB", "Café Kardemumma", "Hälsinge Snickeri AB", "Frisörsalong Saxen",
    "Åkeri Norrland AB", "Städbolaget Glans", "Bageriet Vetebullen", "Målerifirman Pensel AB",
    "Gårdsbutiken i Backa", "Elfirman Kontakt AB", "Byggtjänst Öst AB", "Restaurang Fyren",
    "Blomsterboden", "Trafikskola Grön Våg", "Tandläkarna i Centrum AB", "Kiosken vid Torget",
)  # fmt: skip
FIRMS_EN = (
    "Northgate Accountancy Ltd", "Meridian Bookkeeping", "Ledger & Line LLP", "Brightwater Tax Services",
    "Summit CPA Group", "Harbour View Accountants", "Clearwater Payroll Ltd", "Keystone Tax & Audit",
)  # fmt: skip
CLIENTS_EN = (
    "Hillside Plumbing Ltd", "Oak Lane Bakery", "Riverside Dental Practice", "Blue Ridge Landscaping LLC",
    "Copperfield Coffee Ltd", "Northern Lights Events", "Greenway Builders", "Crescent Moon Yoga",
)  # fmt: skip
PETS = ("Sixten", "Molly", "Ludde", "Sessan", "Zorro", "Bamse", "Doris", "Kajsa", "Pluto", "Smilla")  # fmt: skip
# Hyphenated Swedish given names beyond the lists' own (`Anna-Karin`, `Karl-Erik`): common first
# parts and the second parts they take.
FIRST_PARTS = {"Anna", "Ann", "Eva", "Maj", "Britt", "Inga", "Lena", "Marie", "Karl", "Lars", "Per", "Jan", "Carl", "Nils", "Sven", "Bengt", "Hans"}  # fmt: skip
SECOND_PARTS = {True: ("Marie", "Karin", "Lena", "Christin", "Sofie", "Britt", "Lotta", "Maria", "Louise", "Lisa"), False: ("Erik", "Johan", "Olof", "Göran", "Gustav", "Anders", "Axel", "Åke", "Olov", "Inge")}  # fmt: skip
AGENCY = {  # the tax agency's and the enforcement agency's public numbers
    "skv": ("0771-567 567", "0771-567 567", "0771 567 567", "+46 8 564 851 60"),
    "kfm": ("0771-73 73 00", "+46 771 73 73 00"),
}
HMRC = ("0300 200 3310", "0300 200 3300", "0300 200 3200", "+44 161 931 9070")  # fmt: skip


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
    """Every value of EU from one seeded Random; counts the head/tail split and the origins."""

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
        if given[0][0] in FIRST_PARTS and key == "swedish" and r.random() < 0.2:  # Anna-Karin
            second = r.choice(SECOND_PARTS[woman])
            if second != given[0][0]:
                given.append((second, given[0][1]))  # one name, counted where its first part is
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

        def clean(word: str) -> str:
            return plain(word).lower().replace("-", "").replace("'", "").replace(" ", "")

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        role = r.choice(ROLES["en" if self.lang == "en" else "sv"])
        return f"{role}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "11",
                "13",
                "19",
                "21",
                "16",
                "35",
                "36",
                "42",
                "46",
                "54",
                "60",
                "90",
                "63",
            )
        )
        a3 = r.choice(("150", "220", "240", "250", "270", "280", "290", "300", "340", "370", "410", "430", "454", "470",
                       "480", "498", "500", "510", "520", "550", "570", "580", "612", "640", "650", "660", "680", "691",
                       "910", "920", "929", "940", "950", "960", "970", "980"))  # fmt: skip
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a2}-{d[:7]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"0{a3}-{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        shapes = mobiles if mobile or r.random() < 0.6 else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's switchboard or service number."""
        r, d = self.rng, self.digits(8)
        if self.lang == "en" and r.random() < 0.7:
            return self.phone_uk() if r.random() < 0.6 else self.phone_us()
        return r.choice((f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"060-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('13', '19', '21', '90'))}-{d[:2]} {d[2:4]} {d[4:6]}"))  # fmt: skip

    def phone_agency(self, agency: str = "skv") -> str:
        """The tax agency's (or the enforcement agency's) numbers, or a case officer's direct line."""
        r = self.rng
        if r.random() < 0.35:
            return f"010-57{r.randrange(10)} {self.digits(2)} {self.digits(2)}"
        return r.choice(AGENCY[agency])

    def phone_uk(self) -> str:
        r, d = self.rng, self.digits(8)
        area = r.choice(
            ("0113", "0161", "0121", "0117", "0114", "0115", "0118", "01223", "01865", "01392")
        )
        return r.choice((f"07{r.choice('4579')}{d[:2]} {d[2:8]}", f"07{r.choice('4579')}{d[:2]} {d[2:5]} {d[5:8]}",
                         f"+44 7{r.choice('4579')}{d[:2]} {d[2:8]}", f"+44 (0)7{r.choice('4579')}{d[:2]} {d[2:5]} {d[5:8]}",
                         f"020 {r.choice('378')}{d[:3]} {d[3:7]}", f"+44 20 {r.choice('378')}{d[:3]} {d[3:7]}",
                         f"{area} {d[:3]} {d[3:7]}" if len(area) == 4 else f"{area} {d[:6]}", f"0044 {area[1:]} {d[:6]}"))  # fmt: skip

    def phone_us(self) -> str:
        r, d = self.rng, self.digits(7)
        area = r.choice(
            ("612", "206", "312", "512", "303", "503", "617", "815", "608", "605", "716", "718")
        )
        return r.choice((f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"+1 {area} {d[:3]} {d[3:]}",
                         f"+1 ({area}) {d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}", f"1-{area}-{d[:3]}-{d[3:]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+358 9 {d[:3]} {d[3:7]}", self.phone_uk(), self.phone_us(),
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+32 4{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+372 5{d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}", f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+353 87 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone born over a hundred years ago
        (`+` in the ten-digit form)."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1940, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return (
                f"{date}+{serial}{check}" if roll < 0.65 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.35:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.72:
            return f"{date}-{serial}{check}"
        if roll < 0.88:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """A company's organisationsnummer (the third digit pair over 20: no date), check digit valid."""
        r = self.rng
        head = r.choice(("556", "559", "556", "802", "969", "916", "717"))
        nine = head + self.digits(6)
        return f"{nine[:6]}-{nine[6:]}{luhn(nine)}"

    def number(self) -> str:
        out = str(min(int(self.rng.expovariate(1 / 16)) + 1, 190))
        if self.rng.random() < 0.13:
            out += self.rng.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self, flat: bool = False) -> str:
        r = self.rng
        street = f"{self.street_name()} {self.number()}"
        roll = r.random()
        if flat or roll < 0.1:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        elif roll < 0.15:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.18:
            street += f", uppg. {r.choice('ABC')}"
        return street

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[SMALL:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, flat: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street(flat)
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal(rural=r.random() < 0.2)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        if r.random() < 0.25:
            street = f"{r.choice(UK_UNITS)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zip_code}"
            if lines
            else f"{street}, {town}, {state} {zip_code}"
        )

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

    def care_of(self, lines: bool) -> list[Segment]:
        """`c/o Name, street, postcode town`: the `c/o` outside, the name its own PERSON, the
        address from the street on."""
        joint = "\n" if lines else ", "
        person = self.person(None)
        name = person_segments("P", person, self)
        if self.lang == "en":
            street, rest = self.uk_address(lines).split("\n" if lines else ", ", 1)
            address = f"{street}{joint}{rest}"
        else:
            address = self.sv_address(lines=lines, rural=False)
        return [("c/o ", None), *name, (joint, None), (address, "ADDRESS")]


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU/GU the surname/given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A
    trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        short = draw.nickname(person, 0.85 if base in ("N", "n") else 0.07)
        value = person.first.upper() if base == "GU" else short or person.first
        value = value.lower() if base in ("g", "n") else value
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
    "SU",
    "GU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    amount = int(
        10 ** r.uniform(2.5, 5.3)
    )  # amounts spread as a ledger's are: many small, few large
    small = r.randrange(25, 950)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(flat=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
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
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHA": lambda: (draw.phone_agency(), "PHONE"),
        "PHK": lambda: (draw.phone_agency("kfm"), "PHONE"),
        "PHHM": lambda: (r.choice(HMRC), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "YEAR": lambda: (str(r.choice((2024, 2025, 2026, 2026))), None),
        "YEAREN": lambda: (str(r.choice((2025, 2026, 2026))), None),
        "YEARUK": lambda: (r.choice(("2025/26", "2025-26", "2026/27")), None),
        "QUARTER": lambda: (str(r.randrange(1, 5)), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}.{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(8, 12)}{r.choice(('am', ' am'))}", f"{r.randrange(1, 6)}{r.choice(('pm', ' pm'))}", f"{r.randrange(9, 17)}:{r.choice(('00', '30'))}")), None),
        "TIN": lambda: (f"{r.randrange(6, 10):02d}.{r.randrange(60):02d}", None),
        "TUT": lambda: (f"{r.randrange(15, 19)}.{r.randrange(60):02d}", None),
        "FEW": lambda: (str(r.randrange(2, 9)), None),
        "NUM": lambda: (str(r.randrange(2, 400)), None),
        "KM": lambda: (str(r.randrange(8, 140)), None),
        "AMT": lambda: (r.choice((f"{amount:,} kr".replace(",", " "), f"{amount:,},{r.randrange(100):02d} kr".replace(",", " ", 1) if amount >= 1000 else f"{amount},00 kr", f"{amount}:-", f"SEK {amount:,}".replace(",", " "))), None),
        "AMTS": lambda: (r.choice((f"{small} kr", f"{small},{r.randrange(100):02d} kr", f"{small}:-")), None),
        "GBP": lambda: (f"£{amount // 10:,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${amount // 10:,}", None),
        "EUR": lambda: (r.choice((f"€{amount // 10:,}", f"{amount // 10} EUR")), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "ORG": lambda: (draw.org_number(), None),
        "OCR": lambda: (draw.digits(r.randrange(8, 17)), None),
        "BG": lambda: (r.choice((f"{draw.digits(3)}-{draw.digits(4)}", f"{draw.digits(4)}-{draw.digits(4)}")), None),
        "ACC": lambda: (r.choice(("1930", "2440", "2610", "2640", "2710", "2731", "3001", "4010", "5010", "5410", "5611", "6071", "6212", "6570", "7010", "7510", "8310")), None),
        "VER": lambda: (r.choice((f"A{r.randrange(1, 900)}", f"V{r.randrange(1, 900)}", f"{r.randrange(2025, 2028)}-{r.randrange(1, 9999):04d}", f"#{r.randrange(100, 999)}")), None),
        "INV": lambda: (r.choice((f"{r.randrange(1000, 99999)}", f"2027-{r.randrange(1, 999):03d}", f"INV-{r.randrange(1000, 9999)}")), None),
        "UTR": lambda: (r.choice((f"{draw.digits(5)} {draw.digits(5)}", draw.digits(10))), None),
        "NINO": lambda: (f"{r.choice('ABCEGHJKLMNPRSTWXYZ')}{r.choice('ABCEGHJKLMNPRSTWXYZ')} {draw.digits(2)} {draw.digits(2)} {draw.digits(2)} {r.choice('ABCD')}", None),
        "EIN": lambda: (f"{draw.digits(2)}-{draw.digits(7)}", None),
        "CRN": lambda: (r.choice((f"0{draw.digits(7)}", f"SC{draw.digits(6)}", f"1{draw.digits(7)}")), None),
        "PROP": lambda: (r.choice((f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 140)}", f"{r.choice(SV_TOWNS)[0]} {r.choice(BLOCKS)} {r.randrange(1, 40)}")), None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "CLIENT": lambda: (r.choice(CLIENTS), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "CLIENTEN": lambda: (r.choice(CLIENTS_EN), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "PET": lambda: (r.choice(PETS), None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return draw.care_of(lines=form == "COL")
    return [values[form]()]


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
    """EU's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(\d{2})?(\d{6})([-+]?)(\d{4})$")


def pnr_form(value: str) -> str:
    match = PNR.match(value)
    if not match:
        return "malformed"
    digits = "12" if match.group(1) else "10"
    sep = {"-": "with hyphen", "+": "with plus", "": "without hyphen"}[match.group(3)]
    return f"{digits} digits {sep}"


def pnr_valid(value: str) -> bool:
    match = PNR.match(value)
    if not match:
        return False
    ten = match.group(2) + match.group(4)
    return luhn(ten[:9]) == int(ten[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of EU is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
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
                forms["address c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o ") >= 0
                )
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not any(c.isdigit() for c in value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    never = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
    print(f"origins in MIXES never drawn: {never or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts and kinds of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    kinds: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            if not 0 <= start < stop <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if kind == "NATIONAL_ID" and not pnr_valid(value):
                problems["personnummer check digit"] += 1
            if kind not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
    bad = {k: v for k, v in problems.items() if v}
    print(
        f"rows {rows}, ids unique {len(ids) == rows}, spans "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
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
