# ruff: noqa: E501
"""Generate held-out CN for personal-data detection (issue 15): names as the population has them,
a seventy-first writer.

    python data/pii/generate_cn.py           # writes data/pii/generated-heldout-cn.jsonl
    python data/pii/generate_cn.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cn.py --check   # checks the written file, prints counts only

CN's names are drawn by how often people really carry them: every name word comes from
`names_cn.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is law, estates and money at home (`templates_cn.py`): lawyers' letters and
engagement letters, estate inventories (bouppteckning) with heirs and their addresses, divisions
of estates (arvskifte), wills and their witnesses, prenuptial agreements and divisions of
property on divorce (bodelning), guardians and trustees (god man, förvaltare) and their reports,
debt collection and payment plans (inkasso, Kronofogden), small claims and summons, rent tribunal
disputes, bank know-your-customer forms, powers of attorney, notaries, UK solicitors and probate,
US estate letters. Written by a helper who does not tune the detector, who read only
`generate_aw.py` (for the mechanics), two sections of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`, and neither the detector's rules, lexicons and tagger nor any error
listing nor any other set's names and templates; CN was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_cn import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cn import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270148
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cn.jsonl"
SPLIT = "heldout-cn"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from the address register.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Vasagatan", "Nygatan",
    "Järnvägsgatan", "Trädgårdsgatan", "Hantverkargatan", "Västra Storgatan", "Östra Hamngatan",
    "Södra Förstadsgatan", "Linnégatan", "Fredsgatan", "Bangårdsgatan", "Rådhusgatan",
    "Björkvägen", "Ringvägen", "Skogsvägen", "Industrivägen", "Tallvägen", "Ekvägen", "Lindvägen",
    "Granvägen", "Villavägen", "Parkvägen", "Solvägen", "Sjövägen", "Lärkvägen", "Enebacksvägen",
    "Gamla Kungsvägen", "Norra Promenaden", "Södra Vägen", "Rönnbärsvägen", "Häggvägen",
    "Lönnsvängen", "Hagsvängen", "Ekbackssvängen", "Fruktsvängen", "Kastanjeallé", "Lindallén",
    "Hammarby allé", "Sveavägen", "Karlavägen", "Bondegatan", "Götgatan", "Ringgatan",
    "Kvarnbacken", "Solbacken", "Prästbacken", "Klockarbacken", "Västra backe", "Lärkstigen",
    "Blåbärsstigen", "Smultronstigen", "Idrottsstigen", "Stortorget", "Lilla Torg", "Gustav Adolfs torg",
    "Järntorget", "Nytorget", "Stationsplan", "Brunnsplan", "Mästarplan", "Torgplan", "Smedjegränd",
    "Kyrkogränd", "Tullgränd", "Prästgränd", "Skeppsbrokajen", "Norra Kajen", "Inre Hamnkajen",
    "Strandkajen", "Ågatan", "Åkervägen", "Ängsgärdet", "Bäckvägen",
)  # fmt: skip
# Towns and the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152), ("Gävle", 802, 806),
    ("Sundsvall", 852, 857), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Uddevalla", 451, 451),
    ("Motala", 591, 591), ("Karlskrona", 371, 371), ("Nyköping", 611, 611), ("Solna", 169, 171),
    ("Sollentuna", 191, 192), ("Täby", 183, 187), ("Nacka", 131, 132), ("Huddinge", 141, 141),
    ("Botkyrka", 145, 147), ("Järfälla", 175, 177), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434),
    ("Visby", 621, 621), ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Ystad", 271, 271),
    ("Vänersborg", 462, 462), ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Nässjö", 571, 571),
    ("Mora", 792, 792), ("Ludvika", 771, 771), ("Arvika", 671, 671), ("Hudiksvall", 824, 824),
    ("Härnösand", 871, 871), ("Lidköping", 531, 531), ("Vetlanda", 574, 574), ("Oskarshamn", 572, 572),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Mellanby", "Backa", "Lillåker", "Storängen", "Hult",
    "Skogstorp", "Bäckaskog", "Ängsbo", "Kärrtorp", "Lövåsen", "Bergsby", "Sjöhaga", "Granlunda",
    "Tallbacka", "Ekeby", "Rödsten", "Nybygget", "Stensjö",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Road", "London Road", "Victoria Road", "Green Lane",
    "Manor Road", "Park Road", "Queens Road", "The Crescent", "Mill Lane", "Kings Avenue",
    "Grange Close", "St John's Road", "Albert Street", "Chapel Street", "Orchard Way", "Broad Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SW"), ("London", "N"), ("Manchester", "M"), ("Birmingham", "B"), ("Leeds", "LS"),
    ("Bristol", "BS"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Cardiff", "CF"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Norwich", "NR"), ("Exeter", "EX"), ("York", "YO"),
    ("Brighton", "BN"), ("Oxford", "OX"), ("Reading", "RG"), ("Leicester", "LE"),
)  # fmt: skip
UK_HOUSES = ("Flat 3", "Flat 12", "Apartment 4", "Rose Cottage", "The Old Vicarage", "Ivy House", "1 Mews Cottages", "Basement Flat")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Elm Street", "Maple Drive", "Washington Boulevard", "Cedar Lane", "Park Avenue", "Sunset Drive", "2nd Street", "Lakeview Terrace", "Pine Ridge Road", "Willow Court")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Austin", "TX", 787),
    ("Boston", "MA", 21), ("Denver", "CO", 802), ("Portland", "OR", 972), ("San Diego", "CA", 921),
    ("Phoenix", "AZ", 850), ("Brooklyn", "NY", 112), ("Rockford", "IL", 611), ("Jamestown", "NY", 147),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}, {z5:80331-81929} München",
    "{n} rue Victor Hugo, {z5:69001-69009} Lyon", "{n}, avenue des Champs, {z5:75001-75020} Paris",
    "Mannerheimintie {n} A {m}, {z5:00100-00280} Helsinki", "Hämeenkatu {n} B {m}, {z5:33100-33500} Tampere",
    "Storgata {n}, {z4:0155-0190} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Nørregade {n}, {m}. th., {z4:1165-1172} København K", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "Calle Mayor {n}, {m}º, {z5:28013-28015} Madrid", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
    "Ilica {n}, {z5:10000-10000} Zagreb", "Ferhadija {n}, {z5:71000-71000} Sarajevo",
    "Knez Mihailova {n}, {z5:11000-11000} Beograd", "Bağdat Caddesi No: {n}, {z5:34710-34740} Kadıköy/İstanbul",
    "Laugavegur {n}, {z3:101-101} Reykjavík", "Tartu mnt {n}, {z5:10115-10145} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "hotmail.co.uk", "bredband.net", "me.com")  # fmt: skip
WORK = ("example.se", "advokat.example.se", "juristbyra.example.se", "example.com", "example.org", "example.co.uk", "law.example.com", "kommun.example.se")  # fmt: skip
FIRM_MAIL = (
    "info@advokatbyran.example.se", "kansli@juristbyra.example.se", "overformyndaren@kommun.example.se",
    "dodsbo@bank.example.se", "kundtjanst@inkasso.example.se", "probate@solicitors.example.co.uk",
    "estates@law.example.com", "collections@example.co.uk", "hyresnamnden@example.se",
    "registrator@tingsratt.example.se", "kyc@bank.example.com", "familjeratt@example.se",
)  # fmt: skip
COURTS = (
    "Stockholms tingsrätt", "Göteborgs tingsrätt", "Malmö tingsrätt", "Uppsala tingsrätt",
    "Södertörns tingsrätt", "Attunda tingsrätt", "Örebro tingsrätt", "Umeå tingsrätt",
    "Linköpings tingsrätt", "Hudiksvalls tingsrätt", "Värmlands tingsrätt", "Eksjö tingsrätt",
)  # fmt: skip
FASTIGHET = ("Stora Mellby", "Norrby", "Ängen", "Kvarnen", "Eken", "Lönnen", "Hästhagen", "Sjöhagen", "Tallmon", "Backa")  # fmt: skip


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
    """Every value of CN from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Anna-Karin
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
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.03:
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
                          f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "11", "90", "60", "36", "35", "42", "46")
        )
        area3 = r.choice(("220", "221", "240", "250", "270", "300", "320", "340", "370", "410", "455", "470", "480", "490", "500", "510", "520", "530", "550", "570", "580", "611", "620", "650", "660", "670", "690", "910", "920", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0{area2}{d[:7]}"), (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's, bank's, court's or agency's number: switchboards and service numbers."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0770-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"0{r.choice(('13', '19', '21', '90'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+44 20 7{d[:3]} {d[3:7]}", f"020 7{d[:3]} {d[3:7]}", f"+44 (0)161 {d[:3]} {d[3:7]}",
            f"0117 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"0044 113 {d[:3]} {d[3:7]}",
            f"+44 131 {d[:3]} {d[3:7]}", f"(612) 555-0{d[:3]}", f"+1 (206) 555-0{d[:3]}", f"+1 312 555 0{d[:3]}",
            f"512-555-0{d[:3]}", f"001 617 555 0{d[:3]}", f"+1 303.555.0{d[:3]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+49 30 {d[:8]}", f"+49 (0)89 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+39 011 {d[:7]}", f"+31 20 {d[:3]} {d[3:7]}", f"+385 1 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+381 11 {d[:3]} {d[3:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+1 416 555 0{d[:3]}", f"+354 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `+` in the ten-digit form past a hundred."""
        r = self.rng
        if old:  # the deceased and the old under guardianship: a third of them past a hundred
            year = r.randrange(1918, 1928) if r.random() < 0.35 else r.randrange(1928, 1952)
        else:
            year = r.randrange(1935, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        hundred = year <= 2027 - 100
        roll = r.random()
        if roll < (0.25 if hundred else 0.4):
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{'+' if hundred else '-'}{serial}{check}"
        if roll < 0.9 or hundred:
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

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def rural(self) -> str:
        r = self.rng
        return f"{r.choice(VILLAGES)} {r.randrange(1, 160)}{r.choice(('', '', '', 'A', 'B'))}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.18
        street = self.rural() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.3:
            street = f"{r.choice(UK_HOUSES)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 900)}".replace(
                "# ", "#"
            )
        place = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{place}" if lines else f"{street}, {place}"

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
    SU the surname and GU the given name in capitals (a form's separate fields), I an initial and
    the surname, Gi the given name and the surname's initial, R `Surname, Given`, E an e-mail
    address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "GU":
        words = given + middle
        value = " ".join([person.first] + [w for w, _ in middle]).upper()
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2025, 2026, 2027, 2027))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
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
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "FE": lambda: (r.choice(FIRM_MAIL), "EMAIL"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]} {year}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}")), None),
        "TIME": lambda: (f"{r.randrange(8, 18)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(1, 240)), None),
        "YEAR": lambda: (str(r.randrange(1930, 2027)), None),
        "AMT": lambda: (f"{round(10 ** r.uniform(2.5, 6.4), -1):,.0f} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{10 ** r.uniform(1.8, 5.7):,.2f}", None),
        "USD": lambda: (f"${round(10 ** r.uniform(2.5, 5.5)):,}", None),
        "EUR": lambda: (f"€{r.randrange(40, 30000)}", None),
        "PCT": lambda: (f"{r.randrange(2, 20)},{r.randrange(10)} %", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 999999)}", f"{r.choice('ABDKLP')}{r.randrange(100000, 999999)}")), None),
        "CASE": lambda: (f"{r.choice(('T', 'FT', 'Ä', 'T'))} {r.randrange(100, 9999)}-{r.choice(('25', '26', '27'))}", None),
        "KFM": lambda: (f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}-{r.choice(('26', '27'))}", None),
        "ORG": lambda: (f"55{r.randrange(6000, 6999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**14)), None),
        "ACCT": lambda: (f"{r.choice(('8327-9', '3300', '6112', '5213', '9150'))} {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}", None),
        "FAST": lambda: (f"{r.choice(FASTIGHET)} {r.randrange(1, 30)}:{r.randrange(1, 200)}", None),
        "COURT": lambda: (r.choice(COURTS), None),
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
    """CN's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(?:\d{2})?(\d{6})[-+]?(\d{4})$")


def pnr_forms(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of CN is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    pnrs: Counter[str] = Counter()
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "NATIONAL_ID":
                pnrs[pnr_forms(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    total_spans = 0
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
        total_spans += kinds[(kind, "all")]
    print(f"spans: {total_spans}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnrs.items())))
    if draw is None:
        return
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in {k for mix in MIXES.values() for k in mix} if not draw.origins[k]]
    print(f"origins never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            if not 0 <= start < stop <= len(text):
                problems["span out of bounds or empty"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                match = PNR.match(value)
                problems["personnummer form"] += not match
                if match:
                    nine = match.group(1) + match.group(2)[:3]
                    problems["personnummer check digit"] += luhn(nine) != int(match.group(2)[3])
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
    stats(rows, None)
    bad = sum(problems.values())
    print(
        f"checked {len(rows)} rows, {len(ids)} ids: problems {bad}"
        + "".join(f", {k} {v}" for k, v in problems.items() if v)
    )
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
