# ruff: noqa: E501
"""Generate held-out DQ for personal-data detection (issue 15): names as the population has them,
a hundredth writer. Every name word comes from `names_dq.py`'s weighted pools (SCB's ranks for
Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the commonest names of the
origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the language
of the row roughly as Sweden's population is. The genre is getting about (`templates_dq.py`):
public transport, taxis, ride sharing and lost property, in Swedish, English and both at once,
with addresses, phone numbers, e-mail addresses and personnummer as those texts carry them.
Written by a helper who does not tune the detector, who read only `generate_aw.py` (for the
mechanics), two sections of docs/privacy.md and the first line of `generated-heldout-u.jsonl`;
not the detector's rules, lexicons or tagger, no error listing, no other set's names, templates or
rows. DQ was never run through the detector by its writer and its names were not checked against
rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_dq.py              # writes data/pii/generated-heldout-dq.jsonl
    python data/pii/generate_dq.py --stats      # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dq.py --check      # checks the written file, prints counts only
    python data/pii/generate_dq.py --seed 7 --out /tmp/dq.jsonl   # a scratch seed
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

from names_dq import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dq import (  # noqa: E402
    DAYS,
    EN,
    FIRMS,
    ITEMS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    STOPS,
    SV,
)

SEED = 20270177
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dq.jsonl"
SPLIT = "heldout-dq"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's street names.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Kyrkogatan", "Nygatan",
    "Östra Hamngatan", "Västra Vallgatan", "Järnvägsgatan", "Stationsgatan", "Skolgatan",
    "Trädgårdsgatan", "Bangårdsgatan", "Hamngatan", "Södra Förstadsgatan", "Götgatan",
    "Hornsgatan", "Linnégatan", "Fabriksgatan", "Tullgatan", "Kaserngatan", "Slottsgatan",
    "Rådhusgatan", "Bryggargatan", "Prästgatan", "Sveavägen", "Ringvägen", "Skogsvägen",
    "Björkvägen", "Industrivägen", "Lindvägen", "Tallvägen", "Granvägen", "Sjövägen",
    "Backvägen", "Bergsvägen", "Solvägen", "Parkvägen", "Idrottsvägen", "Ängsvägen", "Åkervägen",
    "Vallmovägen", "Blåklintsvägen", "Hagvägen", "Gamla vägen", "Kvarnvägen",
    "Nämndemansvägen", "Hantverkarsvängen", "Kometsvängen", "Skolsvängen", "Ekorrsvängen",
    "Orgelsvängen", "Sickla allé", "Kvarnholms allé", "Rosenlunds allé", "Norra allén",
    "Ekallén", "Kyrkbacken", "Klockarbacken", "Tornbacken", "Rönnbacken", "Mjölnarbacken",
    "Kapellbacke", "Lärkstigen", "Blåbärsstigen", "Vitsippsstigen", "Transtigen", "Mosstigen",
    "Ljungstigen", "Stortorget", "Norra torget", "Södra torget", "Kungstorget", "Fisktorget",
    "Stationsplan", "Tingsplan", "Kyrkplan", "Bagargränd", "Smedgränd", "Skomakargränd",
    "Tullgränd", "Norra kajen", "Södra kajen", "Hamnkajen", "Strandkajen", "Packhuskajen",
    "Strandvägen", "Riddargatan", "Folkungagatan", "Odengatan", "Västra Storgatan",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 461), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Nyköping", 611, 611), ("Varberg", 432, 432),
    ("Trelleborg", 231, 231), ("Örnsköldsvik", 891, 891), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Visby", 621, 621), ("Alingsås", 441, 441), ("Solna", 169, 171), ("Sollentuna", 191, 192),
    ("Huddinge", 141, 141), ("Nacka", 131, 132), ("Kungsbacka", 434, 434), ("Mölndal", 431, 431),
    ("Märsta", 195, 195), ("Norrtälje", 761, 761), ("Ystad", 271, 271), ("Sandviken", 811, 811),
    ("Hudiksvall", 824, 824), ("Mora", 792, 792), ("Orsa", 794, 794), ("Älvdalen", 796, 796),
    ("Malung", 782, 782), ("Järpen", 837, 837), ("Jokkmokk", 962, 962), ("Arvidsjaur", 933, 933),
    ("Överkalix", 956, 956), ("Sorsele", 924, 924), ("Torsby", 685, 685), ("Vimmerby", 598, 598),
)  # fmt: skip
RURAL_FROM = 53  # the towns from here on have rural addresses by village
VILLAGES = (
    "Västanå", "Österby", "Norrby", "Sunnanå", "Bäckebo", "Höglunda", "Tallnäs", "Granlunda",
    "Kärrbacken", "Lillåsen", "Nybyn", "Ytterbyn", "Sörby", "Mellanbyn", "Övre Gärdet",
    "Nedre Ängen", "Skattungbyn", "Våmhus", "Lisselby", "Kvarnåsen", "Björkhöjden", "Sjöändan",
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "High Street", "Station Road", "Church Street", "Queen Street", "Park Road",
    "Victoria Road", "Mill Lane", "Grove Road", "Manor Way", "St John's Road", "Northgate",
    "London Road", "Elm Grove", "Cromwell Road", "Canal Street", "Ashley Avenue", "The Crescent",
)  # fmt: skip
UK_TOWNS = (
    ("Brighton", "BN"), ("Leeds", "LS"), ("Manchester", "M"), ("London", "N"), ("London", "SE"),
    ("Bristol", "BS"), ("York", "YO"), ("Cambridge", "CB"), ("Oxford", "OX"), ("Cardiff", "CF"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Newcastle upon Tyne", "NE"), ("Sheffield", "S"),
    ("Norwich", "NR"), ("Exeter", "EX"), ("Belfast", "BT"), ("Nottingham", "NG"), ("Liverpool", "L"),
)  # fmt: skip
UK_HOUSES = ("Holly Cottage", "The Old Bakery", "Stable House", "2 Mill Cottages", "The Granary", "Flat B")  # fmt: skip
US_STREETS = (
    "W Belmont Ave", "N Clark St", "Elm Street", "SE Hawthorne Blvd", "Oak Avenue", "Pine St",
    "Main St", "5th Ave", "Lincoln Ave", "Maple Drive", "Park Place", "E Colfax Ave",
    "Commonwealth Ave", "University Ave", "Sunset Blvd", "Lake Street",
)  # fmt: skip
US_TOWNS = (
    ("Chicago", "IL", 606), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Portland", "OR", 972),
    ("Austin", "TX", 787), ("Denver", "CO", 802), ("Boston", "MA", 21), ("Brooklyn", "NY", 112),
    ("San Diego", "CA", 921), ("Madison", "WI", 537), ("Atlanta", "GA", 303), ("Philadelphia", "PA", 191),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}, {z5:80331-80339} München",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse",
    "Storgata {n}, {z4:0150-0190} Oslo", "Kongens gate {n}, {z4:7010-7030} Trondheim",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki", "Hämeenkatu {n}, {z5:33100-33210} Tampere",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 31-{z3:100-200} Kraków",
    "Calle Mayor {n}, {m}º B, {z5:28012-28014} Madrid", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Via Garibaldi {n}, {z5:10121-10124} Torino", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "spray.se")  # fmt: skip
WORK = ("example.se", "trafik.example.se", "taxi.example.se", "region.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
DESKS = (
    "hittegods", "kundservice", "bokning", "info", "fardtjanst", "trafikledning", "lostproperty",
    "bookings", "dispatch", "support", "customer.relations", "skolskjuts", "sjukresor", "kontrollavgift",
)  # fmt: skip
# Hyphenated given names as Swedes carry them: a common first part and a common second part.
HYPHEN_FIRST = {"Anna", "Ann", "Eva", "Maria", "Lena", "Karl", "Carl", "Lars", "Per", "Jan", "Nils", "Sven", "Hans", "Bengt", "Britt", "Maj", "Inga", "Ulla", "Mats", "Stig"}  # fmt: skip
HYPHEN_SECOND = {"Karin", "Marie", "Maria", "Lena", "Britt", "Christin", "Sofie", "Louise", "Charlotte", "Lotta", "Kristin", "Erik", "Olof", "Göran", "Johan", "Gunnar", "Åke", "Anders", "Olov", "Gustav", "Inge", "Ove", "Arne", "Ola"}  # fmt: skip


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
    """Every value of DQ from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int = SEED) -> None:
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
        if key == "swedish" and given[0][0] in HYPHEN_FIRST and r.random() < 0.3:
            second = self.pick(pool)  # Anna-Karin, Lars-Erik: kept only where people join them
            if second[0] != given[0][0] and second[0] in HYPHEN_SECOND:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # the father's surname and the mother's
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or "-" in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
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
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given = clean(person.first)
        surname = clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def desk_email(self) -> str:
        r = self.rng
        return f"{r.choice(DESKS)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool | None = None) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        mobiles = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m}-{d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46(0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46 {m[1:]}-{d[:7]}"),
        )  # fmt: skip
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "11", "90", "60", "63", "26", "23", "54", "35", "42", "46", "36"))  # fmt: skip
        area3 = r.choice(("920", "910", "980", "470", "480", "498", "250", "520", "500", "570", "640", "660", "690", "611", "140"))  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"), (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{area2}-{d[:6]}"), (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"), (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0046 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        if mobile is None:
            mobile = r.random() < 0.7
        shapes = mobiles if mobile else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's or an agency's number: switchboards, free numbers and national numbers."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} {d[6:8]}",
            f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
            f"0{r.choice(('18', '90', '60', '19'))}-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 771 {d[:3]} {d[3:6]}",
            f"0{r.choice(('920', '63', '26'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = {
            "uk": (f"07{r.choice('45789')}{d[:2]} {d[2:8]}", f"+44 7{r.choice('45789')}{d[:2]} {d[2:8]}",
                   f"020 {d[:4]} {d[4:8]}", f"0113 {d[:3]} {d[3:7]}", f"+44 (0)161 {d[:3]} {d[3:7]}",
                   f"0044 131 {d[:3]} {d[3:7]}", f"01223 {d[:6]}", f"(0117) {d[:3]} {d[3:7]}"),
            "us": (f"(312) 555-0{d[:3]}", f"312-555-0{d[:3]}", f"+1 206 555 0{d[:3]}", f"(617) 555-0{d[:3]}",
                   f"+1 (718) 555-0{d[:3]}", f"512.555.0{d[:3]}", f"1-303-555-0{d[:3]}", f"555-0{d[:3]}"),
            "eu": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
                   f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"050 {d[:3]} {d[3:7]}",
                   f"+49 151 {d[:8]}", f"0171 {d[:7]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                   f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
                   f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                   f"06-{d[:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"347 {d[:3]} {d[3:7]}",
                   f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+43 664 {d[:7]}",
                   f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:3]} {d[3:7]}"),
            "far": (f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"0532 {d[:3]} {d[3:5]} {d[5:7]}",
                    f"+964 770 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}",
                    f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+93 70 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}",
                    f"081 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
                    f"+91 98{d[:3]} {d[3:8]}", f"+91-{d[:5]}-{d[5:10]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}"),
        }  # fmt: skip
        if country is None:
            country = r.choices(("uk", "us", "eu", "far"), weights=(2, 2, 4, 3))[0]
        return r.choice(shapes[country])

    def national_id(self, who: str = "adult") -> str:
        """A personnummer with a valid check digit: an adult's, an elderly person's (now and then
        past a hundred, written with `+`), a child's, or one past a hundred."""
        r = self.rng
        old = who == "old" or r.random() < {"adult": 0.03, "elderly": 0.12}.get(who, 0)
        years = {"adult": (1940, 2009), "elderly": (1928, 1960), "child": (2011, 2022)}
        year = r.randrange(1917, 1927) if old else r.randrange(*years[who])
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.36:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.89:
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
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
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

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}{chr(10) if lines else ', '}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Apt.', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
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
        if lines:
            head, _, tail = out.rpartition(", ")
            out = f"{head}\n{tail}"
        return out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname in capitals, GU the given name in capitals, I an initial and the surname, Gi the given
    name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        short = draw.nickname(person, 0.85 if base in ("N", "n") else 0.07 if base != "GU" else 0)
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
    letters = "ABCDEFGHJKLMNPRSTUWXYZ"

    def sv_lower() -> str:
        roll = r.random()
        if roll < 0.35:
            return draw.sv_street().lower()
        if roll < 0.5:
            return r.choice(SV_STREETS).lower()
        return draw.sv_address().lower()

    def item(lang: str, bare: bool) -> str:
        article, thing = r.choice(ITEMS[lang])
        return thing if bare else f"{article} {thing}"

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: (sv_lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHL": lambda: (draw.phone(mobile=False), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PHEU": lambda: (draw.phone_x("eu"), "PHONE"),
        "PHFAR": lambda: (draw.phone_x("far"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id("elderly"), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id("child"), "NATIONAL_ID"),
        "EF": lambda: (draw.desk_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(5, 24):02d}{r.choice(('.', ':'))}{r.choice(('00', '05', '10', '15', '20', '30', '40', '45', '50'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(5, 24):02d}:{r.choice(('00', '15', '25', '30', '45'))}", f"{r.randrange(1, 13)}:{r.choice(('00', '10', '30', '45'))} {r.choice(('am', 'pm'))}", f"{r.randrange(1, 13)}{r.choice(('am', 'pm'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 9999)), None),
        "AMT": lambda: (f"{r.randrange(35, 2400):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(4, 140)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(6, 160)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(8, 220)}", None),
        "REF": lambda: (r.choice(("".join(r.choice(letters + "23456789") for _ in range(6)), f"{r.randrange(100000, 999999)}", f"{r.choice(letters)}{r.choice(letters)}-{r.randrange(1000, 99999)}")), None),
        "CASE": lambda: (r.choice((f"{r.randrange(2025, 2028)}-{r.randrange(10000, 99999)}", f"#{r.randrange(100000, 9999999)}", f"ÄR-{r.randrange(1000, 99999)}", f"CR{r.randrange(100000, 999999)}")), None),
        "ORD": lambda: (str(r.randrange(10000, 9999999)), None),
        "LINE": lambda: (str(r.choice((1, 2, 3, 4, 6, 11, 16, 25, 47, 55, 73, 101, 172, 191, 401, 550, 612, 807))), None),
        "VEH": lambda: (str(r.randrange(100, 9999)), None),
        "REG": lambda: (r.choice((f"{''.join(r.choice(letters.replace('W', '')) for _ in range(3))} {r.randrange(10, 99)}{r.choice(letters[:20])}", f"{''.join(r.choice(letters) for _ in range(3))} {r.randrange(100, 999)}")), None),
        "REGUK": lambda: (f"{r.choice(('LK', 'YB', 'MA', 'BD', 'SN', 'EY'))}{r.randrange(10, 25)} {''.join(r.choice(letters) for _ in range(3))}", None),
        "STOP": lambda: (r.choice(STOPS["sv"]), None),
        "STOPEN": lambda: (r.choice(STOPS["en"]), None),
        "AIRPORT": lambda: (r.choice(STOPS["air"]), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "FIRM": lambda: (r.choice(FIRMS["sv"]), None),
        "TAXI": lambda: (r.choice(FIRMS["taxi"]), None),
        "FIRMEN": lambda: (r.choice(FIRMS["en"]), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS + tuple((t, s) for t, s, _ in US_TOWNS))[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "ITEM": lambda: (item("sv", False), None),
        "ITEMB": lambda: (item("sv", True), None),
        "ITEMEN": lambda: (item("en", False), None),
        "ITEMENB": lambda: (item("en", True), None),
        "PET": lambda: (r.choice(PETS), None),
        "KM": lambda: (f"{r.randrange(1, 60)},{r.randrange(10)}", None),
        "MI": lambda: (f"{r.randrange(1, 40)}.{r.randrange(10)}", None),
        "MIN": lambda: (str(r.randrange(20, 190)), None),
        "CARD": lambda: (f"{r.randrange(10000):04d}", None),
        "ORG": lambda: (f"55{r.randrange(60, 99)}{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "CLR": lambda: (f"{r.choice(('8327-9', '6000', '3300', '5000', '8105-9', '9150'))}", None),
        "ACC": lambda: (f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}{r.choice(('', '-' + str(r.randrange(10))))}", None),
        "FLIGHT": lambda: (f"{r.choice(('SK', 'DY', 'D8', 'BA', 'LH', 'KL', 'AY', 'TK'))} {r.randrange(100, 2999)}", None),
        "TRAIN": lambda: (str(r.randrange(10, 9999)), None),
        "SEATS": lambda: (str(r.randrange(1, 4)), None),
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
    """DQ's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR_FORMS = (
    ("12 digits with hyphen", re.compile(r"\d{8}-\d{4}")),
    ("12 digits", re.compile(r"\d{12}")),
    ("10 digits with hyphen", re.compile(r"\d{6}-\d{4}")),
    ("10 digits", re.compile(r"\d{10}")),
    ("10 digits with + (past a hundred)", re.compile(r"\d{6}\+\d{4}")),
)


def pnr_form(value: str) -> str | None:
    for name, pattern in PNR_FORMS:
        if pattern.fullmatch(value):
            return name
    return None


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if pnr_form(value) is None:
        return False
    ten = digits[-10:]
    month, day = int(ten[2:4]), int(ten[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn(ten[:9]) == int(ten[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of DQ is printed."""
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
                before = text[max(0, span["start"] - 1) : span["start"]]
                forms["after @"] += before == "@"
                forms["in brackets"] += before == "(" and text[span["end"] : span["end"] + 1] == ")"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value) or "other"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in pnr.items()))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    keys = {"id", "split", "lang", "text", "spans"}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            if set(row) != keys:
                problems["row keys"] += 1
            if row["id"] in ids:
                problems["duplicate id"] += 1
            ids.add(row["id"])
            if row["split"] != SPLIT or row["lang"] not in SIZES:
                problems["split or lang"] += 1
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                if not 0 <= start < stop <= len(text):
                    problems["span empty or out of bounds"] += 1
                    continue
                value = text[start:stop]
                if value != value.strip():
                    problems["whitespace at an edge"] += 1
                if start < end:
                    problems["unsorted or overlapping"] += 1
                end = stop
                if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                    problems["kind"] += 1
                if span["kind"] == "NATIONAL_ID" and not pnr_valid(value):
                    problems["personnummer check digit"] += 1
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
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
