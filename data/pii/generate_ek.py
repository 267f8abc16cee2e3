# ruff: noqa: E501
"""Generate held-out EK for personal-data detection (issue 15): names as the population has them,
a hundred-and-twentieth writer. Every name word is drawn by how often people carry it from
`names_ek.py` (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from a list's head and 20% from its
tail, mixed per language as Sweden's population is; the genre (`templates_ek.py`) is cleaning,
gardening and home services with the RUT deduction, window cleaners and snow clearing: bookings,
RUT invoices with the buyer's personnummer, route lists, key receipts, quotes, contracts, staff
chats, reviews, complaints and e-mails in Swedish, English and both at once. Written by a helper
who does not tune the detector and who read only `generate_aw.py` (for the mechanics), the
sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the keys of
`generated-heldout-u.jsonl`; not the detector, its lexicons, tests or any other set. Stdlib only;
one seeded Random: same seed, same bytes.

    python data/pii/generate_ek.py           # writes data/pii/generated-heldout-ek.jsonl
    python data/pii/generate_ek.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ek.py --check   # checks the written file, prints counts only
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

from names_ek import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, TYPED_PLAIN, Pool, feminine, plain  # noqa: E402
from templates_ek import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270197
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ek.jsonl"
SPLIT = "heldout-ek"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Östra Storgatan", "Västra Hamngatan", "Kaserngatan",
    "Bangårdsgatan", "Fabriksgatan", "Tegnérgatan", "Linnégatan", "Götgatan", "Hornsgatan",
    "Odengatan", "Kyrkogatan", "Nygatan", "Norra Järnvägsgatan", "Södra Långgatan",
    "Trädgårdsgatan", "Repslagaregatan", "Rådhusgatan", "Slottsgatan", "Brogatan", "Sankt Eriksgatan",
    "Birger Jarlsgatan", "Fleminggatan", "Björkvägen", "Granvägen", "Tallvägen", "Rönnvägen",
    "Syrenvägen", "Lönnvägen", "Almvägen", "Solvägen", "Hagvägen", "Parkvägen", "Idrottsvägen",
    "Gärdesvägen", "Villavägen", "Backvägen", "Kvarnvägen", "Åkervägen", "Smedjevägen",
    "Vallmovägen", "Blåklintsvägen", "Prästgårdsvägen", "Stationsvägen", "Ringvägen", "Nya vägen",
    "Kyrkvägen", "Sjöviksvägen", "Skogsbrynsvägen", "Ekorrsvängen", "Klöversvängen", "Lärksvängen",
    "Videsvängen", "Lindallé", "Kastanjeallén", "Björkallén", "Parkallén", "Hammarby allé",
    "Kvarnbacken", "Smedsbacken", "Klockarebacken", "Prästbacke", "Lärkbacken", "Blåbärsstigen",
    "Lingonstigen", "Hjortronstigen", "Smultronstigen", "Ljungstigen", "Ekstigen", "Stora torget",
    "Lilla torg", "Järntorget", "Gustav Adolfs torg", "Stationsplan", "Kyrkplan", "Brunnsplan",
    "Gärdesplan", "Smedjegränd", "Tullgränd", "Bagargränd", "Klockgränd", "Norra kajen",
    "Södra kajen", "Hamnkajen", "Packhuskajen", "Strandkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Nacka", 131, 132), ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Solna", 169, 171),
    ("Lidingö", 181, 181), ("Danderyd", 182, 182), ("Järfälla", 175, 177), ("Kungsbacka", 434, 434),
    ("Mölndal", 431, 431), ("Partille", 433, 433), ("Lerum", 443, 443), ("Alingsås", 441, 441),
    ("Varberg", 432, 432), ("Ängelholm", 262, 262), ("Trelleborg", 231, 231), ("Ystad", 271, 271),
    ("Nyköping", 611, 611), ("Enköping", 745, 745), ("Norrtälje", 761, 761), ("Visby", 621, 621),
    ("Kiruna", 981, 981), ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891),
    ("Hudiksvall", 824, 824), ("Borlänge", 781, 781), ("Uddevalla", 451, 451), ("Kungälv", 442, 442),
    ("Värnamo", 331, 331), ("Västervik", 593, 593), ("Arvika", 671, 671), ("Höganäs", 263, 263),
    ("Vellinge", 235, 235), ("Lomma", 234, 234), ("Tyresö", 135, 135), ("Åkersberga", 184, 184),
    ("Gällivare", 982, 982), ("Boden", 961, 961), ("Lycksele", 921, 921), ("Åre", 837, 837),
    ("Mora", 792, 792), ("Sollefteå", 881, 881),
)  # fmt: skip
NORTH = ("Kiruna", "Luleå", "Piteå", "Skellefteå", "Umeå", "Östersund", "Gällivare", "Boden", "Lycksele", "Åre", "Mora", "Sollefteå", "Örnsköldsvik", "Sundsvall")  # fmt: skip
# Village and farm names as rural addresses have them (`Västanå 112`, `Norrbyn 23`).
VILLAGES = (
    "Västanå", "Norrbyn", "Sörbyn", "Lillgården", "Ängebo", "Björkhult", "Granlunda", "Östanvik",
    "Hagalund", "Kvarnby", "Bäckby", "Ekeby", "Lövsta", "Mossebo", "Tallbacken", "Sjöhagen",
    "Ovanåker", "Rödåsen", "Stormyran", "Bergsbyn", "Övre Ullerud", "Nedre Gärdsjö", "Ljusvattnet",
)  # fmt: skip
UK_STREETS = (
    "Ashdown Road", "Beech Grove", "Kingsway", "Queens Road", "Orchard Way", "Meadow Close",
    "The Crescent", "Victoria Street", "Elm Avenue", "Windsor Drive", "Cedar Court", "Mill Hill",
    "St Mary's Road", "Park Lane", "Highfield Road", "Church Street", "Station Approach", "Green Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Reading", "RG"), ("Guildford", "GU"), ("Leicester", "LE"), ("Nottingham", "NG"),
    ("Sheffield", "S"), ("York", "YO"), ("Bath", "BA"), ("Cambridge", "CB"), ("Oxford", "OX"),
    ("Brighton", "BN"), ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"),
    ("Aberdeen", "AB"), ("Exeter", "EX"), ("Harrogate", "HG"), ("Chester", "CH"), ("Derby", "DE"),
)  # fmt: skip
UK_HOUSES = ("Holly Cottage", "The Willows", "Fernbank", "Greystones", "The Old School House", "Meadowside", "Laurel Lodge", "Brook House")  # fmt: skip
US_STREETS = ("Maple Ave", "Oak Street", "Lakeview Dr", "Birch Lane", "N 3rd St", "Summit Ave", "Elm Ct", "Cedar Ridge Rd", "Grand Blvd", "Prospect Pl", "Hillcrest Way", "W Main St")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Madison", "WI", 537), ("Buffalo", "NY", 142), ("Rochester", "NY", 146), ("Syracuse", "NY", 132), ("Erie", "PA", 165), ("Burlington", "VT", 54), ("Anchorage", "AK", 995), ("Marquette", "MI", 498), ("Denver", "CO", 802), ("Worcester", "MA", 16), ("Green Bay", "WI", 543), ("Fargo", "ND", 581), ("Sioux Falls", "SD", 571))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Am Stadtpark {n}, {z5:90402-90491} Nürnberg",
    "{n} rue des Lilas, {z5:69001-69009} Lyon", "{n}, avenue Jean Jaurès, {z5:31000-31500} Toulouse",
    "Hämeenkatu {n} A {m}, {z5:33100-33900} Tampere", "Koivukuja {n}, {z5:90100-90900} Oulu",
    "Storgata {n}, {z4:0150-0190} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Nørregade {n}, {m}. th., {z4:8000-8000} Aarhus C", "Vesterbrogade {n}, {z4:1620-1799} København V",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Słoneczna {n}, 30-{z3:100-999} Kraków",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via Garibaldi {n}, {z5:20121-20159} Milano", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
    "Rua Augusta {n}, 1100-{z3:100-999} Lisboa", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Strada Lipscani {n}, {z6:030031-030039} București", "{n} Main Street, Ennis, Co. Clare",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "bredband.net", "me.com", "hotmail.se")  # fmt: skip
WORK = ("example.se", "stad.example.se", "brf.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_LOCAL = ("info", "bokning", "kundservice", "faktura", "kontakt", "order", "hello", "bookings", "office", "jobb", "snojour", "trädgård")  # fmt: skip
FIRM_DOMAIN = ("glansfonster.example.se", "hemrent.example.se", "gronahander.example.se", "plogbolaget.example.se", "stadtjanst.example.com", "sparklingpanes.example.co.uk", "northplow.example.com", "rutnu.example.se")  # fmt: skip
# Swedish double given names (`Ann-Marie`, `Karl-Erik`): the first parts that take a second, and
# the commonest second parts.
FIRST_F = ("Ann", "Anna", "Eva", "Maj", "Gun", "Britt", "Inga", "Marie", "Karin", "Lena", "Ulla", "Anne", "Lisa", "Mona")  # fmt: skip
FIRST_M = ("Karl", "Lars", "Per", "Jan", "Nils", "Sven", "Bo", "Stig", "Erik", "Carl", "Hans", "Kjell", "Bengt", "Sten", "Gustav")  # fmt: skip
SECOND_F = ("Marie", "Karin", "Lena", "Britt", "Maria", "Louise", "Sofie", "Christine", "Lill")  # fmt: skip
SECOND_M = ("Erik", "Johan", "Olof", "Åke", "Göran", "Arne", "Anders", "Gunnar", "Olov")  # fmt: skip
BRFS = ("BRF Lärkan", "Brf Tallbacken 3", "HSB Brf Solgläntan", "Riksbyggen Brf Kvarnen", "Brf Ekorren", "Samfälligheten Norrbyn", "Brf Utsikten")  # fmt: skip


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
    """Every value of EK from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and given[0][0] in (FIRST_F if woman else FIRST_M) and r.random() < 0.3:
            second = r.choice(SECOND_F if woman else SECOND_M)  # Ann-Marie, Karl-Erik
            if second != given[0][0]:
                given.append((second, "head"))  # the commonest second parts, counted as head words
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "latin": 0.2}.get(key, 0.04):
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
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in TYPED_PLAIN and r.random() < 0.3:  # typed without the letters
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
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
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
                "60",
                "26",
                "35",
                "36",
                "11",
                "42",
            )
        )
        area3 = r.choice(("920", "980", "970", "910", "950", "611", "620", "660", "680", "570", "470", "520", "300", "340", "430", "480", "501", "650", "696", "247"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (4, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"), (5, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0046 {area3} {d[:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        return self.mobile() if self.rng.random() < 0.72 else self.landline()

    def firm_phone(self) -> str:
        r = self.rng
        d = self.digits(7)
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:]}",
                         f"0770-{d[:2]} {d[2:4]} {d[4:6]}", f"020 {d[:3]} {d[3:6]}", f"010 {d[:3]} {d[3:5]} {d[5:]}",
                         self.landline()))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        return r.choice((f"07700 900{d[:3]}", f"07{r.choice('4579')}{d[:2]} {d[2:5]} {d[5:7]}{r.randrange(10)}", f"+44 7700 900{d[:3]}",
                         f"+44 (0)118 496 0{d[:3]}", f"0118 496 0{d[:3]}", f"020 7946 0{d[:3]}", f"0131 496 0{d[:3]}",
                         f"01632 960{d[:3]}", f"0044 7{d[:3]} {d[3:7]}{r.randrange(10)}{r.randrange(10)}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            (
                "612",
                "651",
                "608",
                "716",
                "585",
                "315",
                "814",
                "802",
                "907",
                "906",
                "303",
                "508",
                "920",
                "701",
                "605",
            )
        )
        return r.choice((f"({area}) 555-0{d}", f"{area}-555-0{d}", f"+1 {area} 555 0{d}", f"{area}.555.0{d}",
                         f"+1 ({area}) 555-0{d}", f"1-{area}-555-0{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 4{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"040 {d[:3]} {d[3:7]}", f"+358 (0)9 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}",
            f"+49 (0)30 {d[:7]}", f"0049 89 {d[:7]}", f"+48 5{d[:2]} {d[2:5]} {d[5:8]}", f"5{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+31 6 {d[:8]}", f"06-{d[:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"07{d[:2]} {d[2:5]} {d[5:8]}", f"+380 67 {d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 770 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+372 5{d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+44 7700 900{d[:3]}", f"+1 (612) 555-0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1917, 1927) if old else r.randrange(1934, 2007)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 without -"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without -"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice((" A", " B", "A", "B", "C", " C", "a"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False, north: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        towns = [t for t in SV_TOWNS if t[0] in NORTH] if north else SV_TOWNS
        town, low, high = r.choice(towns)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, north: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural, north)
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(
        self, lines: bool = False, lgh: bool = False, rural: bool | None = None, north: bool = False
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += r.choice(
                (
                    f", {r.randrange(1, 7)} tr",
                    f" {r.randrange(1, 7)} tr",
                    f", uppg. {r.choice('ABC')}",
                    f", {r.randrange(1, 5)} tr. ög.",
                )
            )
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural, north=north)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 24)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += r.choice(
                (
                    f", Apt {r.randrange(1, 40)}",
                    f" Apt {r.randrange(1, 9)}{r.choice('ABCD')}",
                    f", Unit {r.randrange(2, 40)}",
                    f" #{r.randrange(2, 40)}",
                )
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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
    (sometimes its short form), GF the given name as registered, GU in capitals, N/n the short
    form where the name has one, S/s the surname, SU in capitals, I an initial and the surname,
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("GF", "GU"):
        words, value = given, person.first.upper() if base == "GU" else person.first
    elif base in ("S", "s", "SU"):
        words, value = (
            surname,
            person.last.lower()
            if base == "s"
            else person.last.upper()
            if base == "SU"
            else person.last,
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
    "GF",
    "GU",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "AN": lambda: (draw.sv_address(north=True), "ADDRESS"),
        "ANL": lambda: (draw.sv_address(lines=True, north=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
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
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(290, 24000):,} kr".replace(",", " "), None),
        "RUT": lambda: (f"{r.randrange(150, 12000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(15, 480)}{r.choice(('', '.00', '.50'))}", None),
        "USD": lambda: (f"${r.randrange(35, 1900)}{r.choice(('', '.00'))}", None),
        "EUR": lambda: (f"€{r.randrange(30, 900)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(10000, 99999)}", f"#{r.randrange(1000, 99999)}", f"SO-{r.randrange(100000, 999999)}", f"B{r.randrange(10000, 99999)}")), None),
        "INV": lambda: (f"{r.choice(('', 'F', '2027-'))}{r.randrange(1000, 99999)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 16)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "PG": lambda: (f"{r.randrange(10000, 9999999)}-{r.randrange(10)}", None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{draw.digits(3)}-{draw.digits(4)}", None),
        "CUST": lambda: (f"{r.randrange(1000, 999999)}", None),
        "CASE": lambda: (f"{r.choice(('131', '202', '8-'))}{draw.digits(6)}-{r.randrange(20, 28)}", None),
        "HRS": lambda: (r.choice(("2", "3", "4", "2,5", "3,5", "1,5", "6", "8")), None),
        "M2": lambda: (str(r.randrange(28, 260)), None),
        "KEY": lambda: (f"{r.randrange(1, 99)}{r.choice(('', 'A', 'B', '-K'))}", None),
        "PCT": lambda: (r.choice(("50 %", "30 %", "25%", "50%")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNN": lambda: (r.choice(NORTH), None),
        "USTOWN": lambda: (r.choice(US_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "CM": lambda: (str(r.randrange(3, 45)), None),
        "ROOMS": lambda: (str(r.randrange(1, 8)), None),
        "AGE": lambda: (str(r.randrange(19, 64)), None),
        "SEASON": lambda: (r.choice((f"{2020 + month % 8}/{2021 + month % 8}", f"{2020 + month % 8}/{21 + month % 8}", f"{2020 + month % 8}–{2021 + month % 8}")), None),
        "BRF": lambda: (r.choice(BRFS), None),
        "FAST": lambda: (f"{r.choice(('Ekbacken', 'Tallen', 'Lärkan', 'Kvarnen', 'Norrbyn', 'Solhem', 'Ängen'))} {r.randrange(1, 30)}:{r.randrange(1, 200)}", None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
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
    """EK's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of EK is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address without a digit"] += not any(c.isdigit() for c in value)
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value: {sum(empty.values())} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + ")"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("draws: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in {k for mix in MIXES.values() for k in mix} if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = 0
    pnr_digits: Counter[int] = Counter()
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            kinds += 1
            start, stop = span["start"], span["end"]
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                pnr_digits[len(digits)] += 1
                ok = re.fullmatch(r"(?:\d{6}|\d{8})[-+]?\d{4}", value) is not None and len(
                    digits
                ) in (10, 12)
                problems["personnummer check digit"] += not ok or luhn(digits[-10:-1]) != int(
                    digits[-1]
                )
    print(
        f"rows {rows}, ids {len(ids)}, spans {kinds}, personnummer by digits: "
        + ", ".join(f"{k} {v}" for k, v in sorted(pnr_digits.items()))
    )
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
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
