# ruff: noqa: E501
"""Generate held-out HZ for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-thirteenth writer.

    python data/pii/generate_hz.py             # writes data/pii/generated-heldout-hz.jsonl
    python data/pii/generate_hz.py --stats     # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hz.py --check     # checks the written file, prints counts only
    python data/pii/generate_hz.py --seed 7 --out /tmp/hz.jsonl   # a scratch seed to read rows

HZ's names are drawn by how often people really carry them: every name word comes from
`names_hz.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is florists and flower deliveries (`templates_hz.py`): web and phone orders with
card messages, deliveries to hospitals, homes and offices, wedding and funeral flower orders,
firms' flower subscriptions, delivery drivers' notes and run sheets, complaints and refunds, and a
shop's chat and SMS confirmations, in Swedish, English and both at once. Written by a helper who
does not tune the detector, who read only `generate_aw.py` (for the mechanics), two write-ups of
`docs/privacy.md` and the first line of `generated-heldout-u.jsonl`, and neither the detector's
rules, lexicons and tagger nor any error listing nor any other set's names and templates; HZ was
never run through the detector by its writer, and its names were not checked against rung's
lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_hz import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hz import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270290
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hz.jsonl"
SPLIT = "heldout-hz"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds);
# streets named after people (`Birger Jarlsgatan`, `Linnégatan`) are addresses, not persons.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Skolgatan", "Kyrkogatan",
    "Järnvägsgatan", "Nygatan", "Torggatan", "Hantverkargatan", "Sjögatan", "Västra Långgatan",
    "Birger Jarlsgatan", "Linnégatan", "Sankt Eriksgatan", "Karlavägen", "Odengatan", "Götgatan",
    "Folkungagatan", "Södra Förstadsgatan", "Rosengatan", "Trädgårdsgatan", "Blomstergatan",
    "Björkvägen", "Tallvägen", "Lindvägen", "Ekvägen", "Granvägen", "Rönnvägen", "Syrenvägen",
    "Ängsvägen", "Skogsvägen", "Ringvägen", "Sjövägen", "Idrottsvägen", "Kvarnvägen", "Parkvägen",
    "Gamla Landsvägen", "Norra vägen", "Tulpanvägen", "Liljevägen", "Nejlikevägen", "Violvägen",
    "Ros-Marievägen", "Klövervägen", "Prästkragevägen", "Kornvallsvägen", "Sjukhusvägen",
    "Solsvängen", "Ekorrsvängen", "Lärksvängen", "Bäcksvängen", "Kastanjeallén", "Lindallén",
    "Björkallén", "Hammarby allé", "Nobels allé", "Kvarnbacken", "Solbacken", "Prästbacken",
    "Eriksbergs backe", "Vintergatans backe", "Lärkstigen", "Blåbärsstigen", "Hallonstigen",
    "Smultronstigen", "Vitsippsstigen", "Stortorget", "Lilla torg", "Järntorget", "Möllevångstorget",
    "Nytorget", "Stationsplan", "Brunnsplan", "Kyrkplan", "Smedgränd", "Tulpangränd", "Kyrkogränd",
    "Pilgränd", "Skeppsbrokajen", "Norra Kajen", "Hamnkajen", "Strandkajen", "Packhuskajen",
    "Fiskhamnsgatan", "Industrigatan", "Verkstadsgatan", "Företagsvägen", "Kaserngatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Nacka", 131, 132), ("Lidingö", 181, 181),
    ("Täby", 183, 187), ("Huddinge", 141, 141), ("Södertälje", 151, 152), ("Mölndal", 431, 431),
    ("Lund", 222, 227), ("Helsingborg", 252, 256), ("Västerås", 721, 725), ("Örebro", 702, 705),
    ("Linköping", 581, 589), ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Sundsvall", 852, 857), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Borås", 503, 507), ("Eskilstuna", 632, 635),
    ("Östersund", 831, 832), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Falun", 791, 791),
    ("Skövde", 541, 541), ("Trollhättan", 461, 461), ("Visby", 621, 621), ("Karlskrona", 371, 371),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Skellefteå", 931, 931), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Ystad", 271, 271),
    ("Enköping", 745, 745), ("Motala", 591, 591), ("Härnösand", 871, 871), ("Ludvika", 771, 771),
)  # fmt: skip
RURAL_TOWNS = (
    ("Kungsbacka", 434), ("Sigtuna", 193), ("Norrtälje", 761), ("Tomelilla", 273), ("Sjöbo", 275),
    ("Höör", 243), ("Rättvik", 795), ("Leksand", 793), ("Mora", 792), ("Sunne", 686),
    ("Ulricehamn", 523), ("Tranås", 573), ("Vimmerby", 598), ("Ljusdal", 827), ("Bollnäs", 821),
    ("Vänersborg", 462), ("Östhammar", 742), ("Hemse", 623), ("Ånge", 841), ("Vilhelmina", 912),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 24`, `Lillgården 3`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Kvarnby", "Bäckby", "Lillgården", "Storgården",
    "Nygården", "Backgården", "Ängstorp", "Hagalund", "Solberga", "Ekeby", "Berga", "Sandvik",
    "Stensjö", "Lövåsen", "Granhult", "Björkhaga", "Myrbacka", "Sjöhagen", "Tallbacken",
    "Rosenlund", "Lindås", "Fågelsång", "Ödegården", "Kärrtorp", "Mossebo", "Gullåkra",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue",
    "Queens Road", "Manor Road", "The Crescent", "Orchard Close", "Kingsway", "London Road",
    "Albert Street", "Meadow Way", "Willow Gardens", "Cherry Tree Walk", "Primrose Hill Road",
    "Rose Lane", "Lavender Close", "Market Street", "Bridge Street", "Chapel Row", "North Parade",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SW"), ("London", "N"), ("London", "SE"), ("Manchester", "M"), ("Leeds", "LS"),
    ("Bristol", "BS"), ("Bath", "BA"), ("York", "YO"), ("Oxford", "OX"), ("Cambridge", "CB"),
    ("Norwich", "NR"), ("Brighton", "BN"), ("Cardiff", "CF"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("Harrogate", "HG"), ("Cheltenham", "GL"), ("Exeter", "EX"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Ivy House", "Orchard House", "The Willows", "Flat 3, Lavender Court", "Unit 4, Riverside Business Park", "Suite 210, Brunel House")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Street", "Elm Street", "Park Place", "Lexington Avenue", "Sunset Boulevard", "Magnolia Drive", "Peachtree Road", "Washington Street", "Cedar Lane", "Bay Street")  # fmt: skip
US_TOWNS = (("Brooklyn", "NY", 112), ("Boston", "MA", 21), ("Chicago", "IL", 606), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Atlanta", "GA", 303), ("Portland", "OR", 972), ("San Diego", "CA", 921), ("Madison", "WI", 537))  # fmt: skip
EUROPE = (
    "Blumenstraße {n}, {z5:80331-81929} München", "Gartenweg {n}, {z5:22041-22769} Hamburg",
    "Rosenthaler Str. {n}, {z5:10115-10119} Berlin", "{n} rue des Fleurs, {z5:75001-75020} Paris",
    "{n} avenue Jean Médecin, 06000 Nice", "Kukkatie {n} A {m}, {z5:00100-00990} Helsinki",
    "Puistokatu {n}, {z5:20100-20900} Turku", "Bygdøy allé {n}, {z4:0250-0270} Oslo",
    "Blomstervej {n}, {m}. th., {z4:8000-8270} Aarhus", "Nørrebrogade {n}, {z4:2200-2200} København N",
    "ul. Kwiatowa {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 31-{z3:100-199} Kraków",
    "Calle de las Flores {n}, {z5:28001-28050} Madrid", "Bloemgracht {n}, {z4:1015-1016} {L2} Amsterdam",
    "Via dei Fiori {n}, {z5:50121-50145} Firenze", "Blumengasse {n}, {z4:1010-1230} Wien",
    "Rue du Marché {n}, {z4:1000-1210} Bruxelles", "Laisvės al. {n}, LT-{z5:44001-44300} Kaunas",
    "Pärnu mnt {n}, {z5:10101-10150} Tallinn", "Çiçek Sokak No: {n}, {z5:34000-34990} İstanbul",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.co.uk", "yahoo.com", "bredband.net")  # fmt: skip
WORK = ("example.se", "foretag.example.se", "kommun.example.se", "region.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
SHOP_MAIL = ("order", "info", "butiken", "kundtjanst", "bestallning", "hello", "orders", "weddings", "begravning", "events", "support", "leverans")  # fmt: skip
SHOP_DOMAINS = ("blomsterboden.example.se", "grona-rummet.example.se", "tulpanhuset.example.se", "petalandstem.example.co.uk", "theflowerroom.example.com", "vildblomman.example.se", "stemsandco.example.com")  # fmt: skip


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
    """Every value of HZ from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.last_person: Person | None = None

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
            if second[0] != given[0][0] and "-" not in second[0] and " " not in second[0]:
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
            self.split[part] += 1

    def email(self, person: Person | None) -> str:
        """A person's address in one of the shapes people use; someone unnamed's without one."""
        r = self.rng
        if person is None:
            person = self.person(None)
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def shop_email(self) -> str:
        return f"{self.rng.choice(SHOP_MAIL)}@{self.rng.choice(SHOP_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm's, a city's or the countryside's."""
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
                "54",
                "90",
                "63",
                "23",
                "26",
                "35",
                "36",
                "11",
                "46",
                "60",
                "42",
            )
        )
        area3 = r.choice(
            (
                "250",
                "247",
                "271",
                "300",
                "303",
                "320",
                "346",
                "413",
                "470",
                "480",
                "491",
                "500",
                "511",
                "520",
                "555",
                "570",
                "611",
                "620",
                "640",
                "650",
                "660",
                "690",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"), (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (1, f"0{area3}-{d[:6]}"),
            (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.68 else self.landline()

    def firm_phone(self) -> str:
        """A shop's or a firm's number: a switchboard, a national number, or a landline."""
        r = self.rng
        d = self.digits(7)
        roll = r.random()
        if roll < 0.25:
            return r.choice(
                (
                    f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"020-{d[:3]} {d[3:6]}",
                    f"0771-{d[:3]} {d[3:6]}",
                    f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"0770-{d[:3]} {d[3:6]}",
                )
            )
        if roll < 0.35:
            return self.mobile()
        return self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        return r.choice((
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"020 7946 0{d[:3]}", f"(020) 7946 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"0117 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"(01632) 960{d[:3]}",
            f"01632 960 {d[:3]}", f"0044 20 7946 0{d[:3]}", f"029 2018 0{d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            ("212", "718", "617", "312", "612", "206", "512", "404", "503", "619", "608")
        )
        return r.choice((
            f"({area}) 555-0{d}", f"{area}-555-0{d}", f"+1 {area} 555 0{d}", f"+1 ({area}) 555-0{d}",
            f"{area}.555.0{d}", f"555-0{d}", f"1-{area}-555-0{d}", f"+1-{area}-555-0{d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}", f"0171 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"06-{d[:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+32 47{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"0532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+1 (604) 555-0{d[:3]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, centenarian: bool = False, worker: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` for one past a hundred."""
        r = self.rng
        year = (
            r.randrange(1919, 1927)
            if centenarian
            else r.randrange(1958, 2008)
            if worker
            else r.randrange(1932, 2009)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if centenarian:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            self.forms["pnr 12 with hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            self.forms["pnr 10 with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def window(self, en: bool, dash: bool) -> str:
        """A delivery window: `10.00 och 14.00`, `10:00 and 13:00`, `10–14`."""
        start = self.rng.randrange(8, 16)
        end = start + self.rng.choice((2, 3, 4))
        if dash:
            return f"{start}–{end}"
        sep = ":" if en else "."
        return f"{start}{sep}00 {'and' if en else 'och'} {end}{sep}00"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, low = r.choice(RURAL_TOWNS)
            code = f"{low}{r.randrange(90, 100)}"
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 220)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.choice(('uppg. B', 'port 2', 'plan 4', 'bv'))}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[:12])
        code = f"{r.randrange(low - 10 if low > 120 else low, high + 1)}{r.randrange(10, 99):02d}"
        return r.choice(
            (
                f"Box {r.randrange(10, 9999)}, {code[:3]} {code[3:]} {town}",
                f"Box {r.randrange(10, 999)}\n{code[:3]} {code[3:]} {town}",
            )
        )

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
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
    surname and GU the given name in capitals (forms with separate fields), I an initial (and the
    middle name's) and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing
    `'` an English one.
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
        initials = "-".join(p[0] + "." for p in person.first.split("-")).replace(".-", "-")
        if middle and draw.rng.random() < 0.4:
            words = surname + middle
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
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


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STUK": lambda: (f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AEN": lambda: (r.choice((draw.uk_address(), draw.uk_address(), draw.us_address())), "ADDRESS"),
        "AENL": lambda: (r.choice((draw.uk_address(lines=True), draw.us_address(lines=True))), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHEN": lambda: (draw.phone_uk() if r.random() < 0.55 else draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(centenarian=True), "NATIONAL_ID"),
        "PNRW": lambda: (draw.national_id(worker=True), "NATIONAL_ID"),
        "FE": lambda: (draw.shop_email(), "EMAIL"),
        "EX": lambda: (draw.email(None), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 180)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "WIN": lambda: (draw.window(en, dash=False), None),
        "WIND": lambda: (draw.window(en, dash=True), None),
        "VASES": lambda: (str(r.randrange(2, 13)), None),
        "AMTW": lambda: (f"{r.randrange(8, 75) * 1000:,} kr".replace(",", " "), None),
        "QTY": lambda: (str(r.choice((3, 5, 7, 10, 12, 15, 20, 25, 30, 40, 50, 100))), None),
        "AMT": lambda: (f"{r.choice((249, 295, 349, 395, 449, 495, 549, 595, 695, 795, 895, 1195, 1495, 1850, 2400, 3950, 6800, 12500)):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.choice((29, 35, 45, 49, 55, 65, 75, 95, 120, 180, 250, 650))}.{r.choice(('00', '50', '95', '99'))}", None),
        "USD": lambda: (f"${r.choice((39, 59, 65, 79, 89, 110, 145, 199, 350, 1200))}.{r.choice(('00', '95', '99'))}", None),
        "EUR": lambda: (f"€{r.randrange(30, 900)}", None),
        "ORD": lambda: (r.choice((f"#{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}", f"BB-{r.randrange(1000, 9999)}", f"W{r.randrange(100000, 999999)}", f"{r.randrange(2026, 2028)}-{r.randrange(1000, 9999)}")), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"ÄR-{r.randrange(100, 9999)}", f"CS{r.randrange(10000, 99999)}", f"REF {r.randrange(100000, 999999)}")), None),
        "OCR": lambda: ("".join(str(r.randrange(10)) for _ in range(r.choice((10, 12, 14, 16)))), None),
        "ORG": lambda: (f"55{r.randrange(5, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "CLEAR": lambda: (r.choice((f"{r.randrange(3000, 3999)}", f"{r.randrange(6000, 6999)}", f"8{r.randrange(100, 999)}-{r.randrange(1, 9)}", "5000", f"{r.randrange(7000, 7999)}")), None),
        "ACCT": lambda: (r.choice((f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}", f"{r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(10, 99)}-{r.randrange(1, 9)}", f"{r.randrange(1000000, 9999999)}")), None),
        "SORT": lambda: (f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}", None),
        "DOOR": lambda: (r.choice((f"{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}#", f"#{r.randrange(100, 999)}", f"{r.randrange(1000, 9999)}*")), None),
        "WARD": lambda: (r.choice((f"{r.randrange(10, 99)}", f"{r.choice('ABCDEFG')}{r.randrange(10, 79)}", f"{r.randrange(100, 999)}")), None),
        "ROOM": lambda: (str(r.randrange(1, 40)), None),
        "LAST": lambda: (f"{r.randrange(10000):04d}", None),
        "YEAR": lambda: (str(r.randrange(30, 101)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNSV": lambda: (r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    if form in values:
        return values[form]()
    if form.islower():  # a word of the genre as typed in chat
        return (r.choice(WORDS[form.upper()]).lower(), None)
    return (r.choice(WORDS[form]), None)  # words of the genre: flowers, shops, venues, pets


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
            elif base == "E" and not ref:
                person = None  # an address of someone unnamed
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = (
                person_segments(form, person, draw) if person else [(draw.email(None), "EMAIL")]
            )
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """HZ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of HZ is printed."""
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
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 60) : span["start"]].count("c/o") > 0
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"pnr {len(digits)} digits"] += 1
                forms["pnr with - or +"] += "-" in value or "+" in value
                forms["pnr with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        print(
            f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)} ("
            + ", ".join(f"{la} {sum(1 for x, _ in NEGATIVES if x == la)}" for la in SIZES)
            + ")"
        )


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        if row["id"] in ids:
            problems["id repeated"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            if not 0 <= start < stop <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["spans unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                if len(re.sub(r"\D", "", value)) not in (10, 12) or luhn(digits[:9]) != int(
                    digits[9]
                ):
                    problems["personnummer check digit"] += 1
    print(f"checked {len(rows)} rows, {sum(len(r['spans']) for r in rows)} spans, {len(ids)} ids")
    for name in (
        "row keys",
        "id repeated",
        "split",
        "lang",
        "span empty or out of bounds",
        "whitespace at an edge",
        "spans unsorted or overlapping",
        "kind",
        "personnummer check digit",
    ):
        print(f"  {name}: {problems[name]}")
    return 1 if sum(problems.values()) else 0


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
