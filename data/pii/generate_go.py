# ruff: noqa: E501
"""Generate held-out GO for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventy-sixth writer.

    python data/pii/generate_go.py            # writes data/pii/generated-heldout-go.jsonl
    python data/pii/generate_go.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_go.py --check    # checks the written file, prints counts only
    python data/pii/generate_go.py --seed 7 --out /tmp/go.jsonl   # a scratch seed

GO's names are drawn by how often people carry them: every name word comes from `names_go.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row roughly as Sweden's population is. The genre is tax
returns and the tax agency (`templates_go.py`): income tax returns and their boxes, deductions
(travel, interest, double residence, ROT and RUT), preliminary tax and F-skatt, property tax and
assessed values, sales of homes, estates of the dead, change-of-address notices, letters from and
questions to Skatteverket, HMRC and the IRS, accountants' mail, payroll and expats' chats. Written
by a helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics),
two sections of `docs/privacy.md` and the first line of `generated-heldout-u.jsonl`, and neither
the detector's rules, lexicons and tagger nor any error listing nor any other set's names and
templates; GO was never run through the detector by its writer, and its names were not checked
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

from names_go import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_go import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270253
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-go.jsonl"
SPLIT = "heldout-go"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the address register.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Kyrkogatan", "Storgatan", "Västra Hamngatan", "Nygatan",
    "Bangårdsgatan", "Trädgårdsgatan", "Fabriksgatan", "Södra Förstadsgatan", "Linnégatan",
    "Rådhusgatan", "Sveavägen", "Ringvägen", "Björkvägen", "Lövängsvägen", "Skolvägen",
    "Tallbacksvägen", "Kornvägen", "Smedjevägen", "Gamla Vägen", "Mossvägen", "Brunnsvägen",
    "Sjöängsvägen", "Hagalundsvägen", "Ekbacksvägen", "Rönnbärsvägen", "Lingonsvängen",
    "Klöversvängen", "Hästskosvängen", "Vallmosvängen", "Valhallavägen", "Lindallén",
    "Kastanjeallén", "Solna allé", "Västra allén", "Aspbacken", "Kvarnbacken", "Ekebergs backe",
    "Klockarbacken", "Rosenbacken", "Granstigen", "Nyponstigen", "Ekorrstigen", "Hallonstigen",
    "Kyrkstigen", "Stortorget", "Mårtenstorget", "Järntorget", "Gustav Adolfs torg",
    "Fisktorget", "Stationsplan", "Tingshusplan", "Sergels plan", "Tullhusplan", "Klostergränd",
    "Bagargränd", "Mästergränd", "Prästgårdsgränd", "Skeppsbrokajen", "Södra kajen",
    "Hamnkajen", "Strandkajen", "Norra Strandgatan", "Kungsgatan", "Bergsgatan", "Idrottsvägen",
    "Postvägen", "Åkervägen", "Fältvägen", "Industrigatan", "Magasinsgatan", "Lotsgatan",
    "Hamngatan", "Sjöbotorget", "Blåklintsvägen", "Snickarvägen", "Hedvägen", "Allégatan",
)  # fmt: skip
# Towns with the first three digits of their postcode range.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Solna", 169, 171), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Sollentuna", 191, 192),
    ("Järfälla", 175, 177), ("Mölndal", 431, 431), ("Partille", 433, 433), ("Kungsbacka", 434, 434),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Visby", 621, 621), ("Piteå", 941, 941),
    ("Ängelholm", 262, 262), ("Kiruna", 981, 981), ("Motala", 591, 591), ("Landskrona", 261, 261),
)  # fmt: skip
# Small towns for rural addresses (the postcode ends in 9x as the country routes do).
SMALL_TOWNS = (
    ("Mora", 792), ("Leksand", 793), ("Orsa", 794), ("Malung", 782), ("Vansbro", 780),
    ("Arvika", 671), ("Sunne", 686), ("Torsby", 685), ("Filipstad", 682), ("Ljusdal", 827),
    ("Hudiksvall", 824), ("Bollnäs", 821), ("Sollefteå", 881), ("Härnösand", 871), ("Krokom", 835),
    ("Strömsund", 833), ("Lycksele", 921), ("Vindeln", 922), ("Kalix", 952), ("Gällivare", 982),
    ("Ljungby", 341), ("Älmhult", 343), ("Eksjö", 575), ("Vimmerby", 598), ("Västervik", 593),
    ("Tranås", 573), ("Gnosjö", 335), ("Falköping", 521), ("Tidaholm", 522), ("Mariestad", 542),
    ("Sjöbo", 275), ("Ystad", 271), ("Simrishamn", 272), ("Höör", 243), ("Hörby", 242),
    ("Norrtälje", 761), ("Enköping", 745), ("Sala", 733), ("Hallstahammar", 734), ("Köping", 731),
    ("Hemse", 623), ("Slite", 624), ("Åmål", 662), ("Strömstad", 452), ("Tanum", 457),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Ösmo 112`, `Västanby 14`).
VILLAGES = (
    "Östanby", "Västanby", "Nolby", "Sunnanå", "Norrbyn", "Sörby", "Myckelbo", "Stora Mellby",
    "Lilla Ek", "Kvarntorp", "Hökberg", "Grängsbo", "Ålbo", "Fäbacken", "Noppikoski", "Tjärnäs",
    "Bäcka", "Ängebo", "Lövåsen", "Hultsjö", "Björkhult", "Djupdal", "Fjällsätern", "Skogsby",
    "Storsund", "Vallby", "Hedåsen", "Rönnäs", "Gräsmyr", "Tallåsen", "Kyrkbyn", "Övre Ulleråker",
)  # fmt: skip
# Trakt or block names for property designations (`Uppsala Kåbo 12:4`): no address.
TRAKTER = (
    "Kåbo", "Hersby", "Östnor", "Vasastaden", "Rosendal", "Tallkrogen", "Mellby", "Skogås",
    "Gamla staden", "Majorna", "Kulladal", "Ekeby", "Fäboda", "Sörby", "Rinkeby", "Norrmalm",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Road", "Victoria Street", "Albert Road", "Park Lane",
    "Queen's Road", "Mill Lane", "Bath Road", "Grange Avenue", "Meadow Close", "Oakfield Drive",
    "St John's Road", "Westgate", "Cherry Tree Walk", "London Road", "Chestnut Grove", "Priory Way",
    "Kingsway", "The Crescent", "Rectory Lane", "Orchard Way", "Riverside Court", "Castle Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", ("SW", "N", "E", "SE", "NW")), ("Manchester", ("M",)), ("Birmingham", ("B",)),
    ("Leeds", ("LS",)), ("Sheffield", ("S",)), ("Bristol", ("BS",)), ("Cardiff", ("CF",)),
    ("Edinburgh", ("EH",)), ("Glasgow", ("G",)), ("Newcastle upon Tyne", ("NE",)), ("Norwich", ("NR",)),
    ("Reading", ("RG",)), ("Leicester", ("LE",)), ("Swansea", ("SA",)), ("Belfast", ("BT",)),
    ("Cambridge", ("CB",)), ("Oxford", ("OX",)), ("Brighton", ("BN",)), ("York", ("YO",)),
    ("Aberdeen", ("AB",)), ("Exeter", ("EX",)), ("Nottingham", ("NG",)),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Holly House", "Meadow View", "Flat 2, Kingsley Court", "The Barn", "2 Willow Cottages", "Apartment 14, Wharf House")  # fmt: skip
US_STREETS = ("Maple Avenue", "Elm Street", "W 4th Street", "Lincoln Boulevard", "Oak Ridge Drive", "N Washington Ave", "Pine Street", "Lakeview Terrace", "Sunset Blvd", "Cedar Lane", "Highland Road", "Market Street")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Chicago", "IL", 606), ("Brooklyn", "NY", 112), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Boston", "MA", 21), ("San Diego", "CA", 921), ("Atlanta", "GA", 303), ("Rockford", "IL", 611))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Hauptstraße {n}a, {z5:69117-69126} Heidelberg",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n}, avenue Jean Jaurès, {z5:31000-31500} Toulouse",
    "Mannerheimintie {n} A {m}, 00{z3:100-260} Helsinki", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Storgata {n}, {z4:9008-9019} Tromsø", "Bygdøy allé {n}, 02{z2:57-68} Oslo",
    "Vesterbrogade {n}, {m}. th., 1{z3:620-799} København V", "Søndergade {n}, {z4:8000-8000} Aarhus C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Avenida de Andalucía {n}, {z5:29006-29007} Málaga",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Via Garibaldi {n}, {z5:10122-10122} Torino", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "{n} Rue Saint-Denis, Montréal, QC H2X {m}K{m}",
    "{n} Harbour Street, Sydney NSW 2000", "{n} Ranelagh Road, Dublin 6, D06 {L2}{m}{m}",
    "Rua Augusta {n}, 1100-{z3:100-300} Lisboa", "Bulevar Mihajla Pupina {n}, 11070 Novi Beograd",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "protonmail.com", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("example.se", "redovisning.example.se", "byra.example.se", "example.com", "example.co.uk", "example.org", "cpa.example.com")  # fmt: skip
FIRM_MAIL = ("info", "deklaration", "kundtjanst", "ekonomi", "lon", "support", "accounts", "payroll", "tax", "hello", "office", "kontakt")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def valid_personnummer(value: str) -> bool:
    """A personnummer's form (12 or 10 digits, `-` or `+` or nothing) and its check digit."""
    match = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not match:
        return False
    digits = match.group(2) + match.group(4)
    return luhn(digits[:9]) == int(digits[9])


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or two joined by a hyphen (`Anna-Karin`)
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    short: dict[str, str | None] = field(
        default_factory=dict
    )  # the short form once chosen, per form

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of GO from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "latin": 0.3}.get(key, 0.05):
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
        elif key in ("uk", "us", "german") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float, key: str) -> str | None:
        """A short form of the person's given name, with `share` when the name has one; the same
        person is called the same way again in the same text (`key` tells the given-name forms
        from the short-name forms)."""
        if key in person.short:
            return person.short[key]
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        short = None
        if forms and self.rng.random() < share:
            self.forms["nickname"] += 1
            short = self.rng.choice(forms)
        person.short[key] = short
        return short

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
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        domain = r.choice(WORK if self.lang != "en" else (*WORK[3:], "hmrc-agent.example.co.uk"))
        return f"{r.choice(FIRM_MAIL)}@{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the two-digit and the three-digit areas."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "16",
                "11",
                "35",
                "36",
                "42",
                "46",
                "54",
                "60",
                "63",
                "90",
            )
        )
        area3 = r.choice(("250", "247", "303", "470", "491", "500", "510", "522", "570", "586", "611", "620", "640", "650", "660", "680", "910", "920", "980"))  # fmt: skip
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area2}{d[:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}-{d[:6]}"),
            (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0046 {area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A person's Swedish number: mostly a mobile, else a landline."""
        return self.mobile() if self.rng.random() < 0.7 else self.landline()

    def office(self) -> str:
        """A firm's or an agency's number: switchboards, 0771 and 020 numbers, office landlines."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            (5, f"0771-{d[:3]} {d[3:6]}"), (3, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 771 {d[:3]} {d[3:6]}"),
            (3, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"020-{d[:3]} {d[3:6]}"), (2, f"0200-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"010-{d[:3]} {d[3:7]}"),
        )  # fmt: skip
        if r.random() < 0.4:
            return self.landline()
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"020 7946 0{d[:3]}", f"(020) 7946 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"029 2018 0{d[:3]}",
            f"0300 200 {d[:4]}", f"0300 123 {d[:4]}", f"01632 960{d[:3]}", f"0044 7700 900{d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            ("612", "206", "512", "312", "718", "303", "503", "608", "617", "619", "404", "815")
        )
        return r.choice((
            f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"+1 {area} 555 0{d[:3]}",
            f"{area}.555.0{d[:3]}", f"+1 ({area}) 555-0{d[:3]}", f"1-800-555-0{d[:3]}",
            f"555-0{d[:3]}", f"+1-{area}-555-0{d[:3]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        roll = r.random()
        if roll < 0.18:
            return self.phone_uk()
        if roll < 0.28:
            return self.phone_us()
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 {d[:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 6221 {d[:6]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+964 770 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+90 (212) {d[:3]} {d[3:5]} {d[5:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+93 70 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+381 64 {d[:3]} {d[3:7]}", f"+385 91 {d[:3]} {d[3:7]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 660 {d[:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, plus: bool = False) -> str:
        """A personnummer with a valid check digit, in the forms people write; `+` past a hundred."""
        r = self.rng
        year = r.randrange(1915, 1927) if plus else r.randrange(1936, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if plus:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_nr(self) -> str:
        """An organisation number: ten digits with a valid check digit, no date (no personnummer)."""
        r = self.rng
        head = r.choice(("556", "559", "769", "802", "969", "716", "212"))
        body = head + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        if rural:
            town, head = r.choice(SMALL_TOWNS)
            code = f"{head}{r.randrange(90, 99)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.22
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.choice(('uppg. B', 'bv', 'plan 3', 'uppgång 2'))}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}{joint}{self.sv_postal()}"
        return f"{self.sv_street()}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        inward = f"{r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        code = f"{r.choice(areas)}{r.randrange(1, 20)} {inward}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', ''))}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)))
        out = re.sub(r"\{m\}", lambda _: str(r.randrange(1, 9)), out)
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
    (sometimes its short form), GU the given name in capitals, N/n the short form where the name
    has one, S/s the surname, SU the surname in capitals, I an initial and the surname, II the
    initials of all given names and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish
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
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        given_form = base in ("G", "g", "GU")
        short = draw.nickname(person, 0.07 if given_form else 0.85, "G" if given_form else "N")
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
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


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "G",
    "g",
    "GU",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "I",
    "II",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2026, 2027, 2027))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(rural=r.random() < 0.15)).lower(), "ADDRESS"),
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
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHO": lambda: (draw.office(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRP": lambda: (draw.national_id(plus=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day} {MONTHS['sv'][month - 1]} {year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}", f"{day} {MONTHS['en'][month - 1]}")), None),
        "MONTH": lambda: ((MONTHS["en"] if en else MONTHS["sv"])[month - 1], None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "KM": lambda: (str(r.randrange(12, 95)), None),
        "AMT": lambda: (f"{r.randrange(300, 90000):,} kr".replace(",", " "), None),
        "AMTS": lambda: (f"{r.randrange(200, 9800):,} kr".replace(",", " "), None),
        "LON": lambda: (f"{r.randrange(240, 780) * 100:,} kr".replace(",", " "), None),
        "LONY": lambda: (f"{r.randrange(180, 950) * 1000 + r.randrange(1000):,} kr".replace(",", " "), None),
        "AMTB": lambda: (f"{r.randrange(6, 95) * 50000:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(40, 9000):,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(40, 12000):,}", None),
        "EUR": lambda: (f"€{r.randrange(40, 6000)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}")), None),
        "DNR": lambda: (f"{r.randrange(100, 999)} {r.randrange(100000, 999999)}-{year % 100}/{r.randrange(100, 999)}", None),
        "OCR": lambda: (str(r.randrange(1, 10)) + draw.digits(r.choice((9, 12, 15))), None),
        "ORG": lambda: (draw.org_nr(), None),
        "VAT": lambda: (f"GB{draw.digits(3)} {draw.digits(4)} {draw.digits(2)}", None),
        "EIN": lambda: (f"{r.randrange(10, 99)}-{draw.digits(7)}", None),
        "FASTB": lambda: (f"{r.choice(SV_TOWNS)[0]} {r.choice(TRAKTER)} {r.randrange(1, 90)}:{r.randrange(1, 400)}", None),
        "UTR": lambda: (r.choice((f"{r.randrange(1, 10)}{draw.digits(4)} {draw.digits(5)}", f"{r.randrange(1, 10)}{draw.digits(9)}")), None),
        "NINO": lambda: (r.choice((f"QQ {draw.digits(2)} {draw.digits(2)} {draw.digits(2)} {r.choice('ABCD')}", f"QQ{draw.digits(6)}{r.choice('ABCD')}")), None),
        "TAXCODE": lambda: (r.choice(("1257L", "1257L M1", "BR", "0T", "K475", "S1257L", "C1257L", "1383M", "1131N", "D0")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS + SMALL_TOWNS)[0], None),
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
    """GO's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of GO is printed."""
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                pnr[f"{len(digits)} digits"] += 1
                pnr["with -"] += "-" in value
                pnr["with +"] += "+" in value
                pnr["without a sign"] += "-" not in value and "+" not in value
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (total {sum(empty.values())})"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        if row["id"] in ids:
            problems["id repeated"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            s, e, kind = span["start"], span["end"], span["kind"]
            if set(span) != {"start", "end", "kind"} or kind not in KINDS:
                problems["span keys or kind"] += 1
            if not 0 <= s < e <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            if text[s].isspace() or text[e - 1].isspace():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if kind == "NATIONAL_ID" and not valid_personnummer(text[s:e]):
                problems["personnummer invalid"] += 1
    problems["row count"] += rows != sum(SIZES.values())
    bad = sum(problems.values())
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids: {bad} problems")
    for name, n in sorted(problems.items()):
        if n:
            print(f"  {name}: {n}")
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
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
