# ruff: noqa: E501
"""Generate held-out DV for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifth writer; hairdressers, barbers, beauty salons and spas.

    python data/pii/generate_dv.py           # writes data/pii/generated-heldout-dv.jsonl
    python data/pii/generate_dv.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dv.py --check   # checks the written file, prints counts only
    python data/pii/generate_dv.py --seed 7 --out /tmp/dv.jsonl   # a scratch seed

DV's names are drawn by how often people carry them: every name word comes from `names_dv.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row as `MIXES` says. Written by a helper who tunes nothing,
who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row
format, `--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first
line of `generated-heldout-u.jsonl`; not the detector (`src/`), its lexicons, tests or any other
set's names, templates or rows, and DV was never run through the detector or a scorer by its
writer. The genre (`templates_dv.py`): salons, barbershops, nail and lash studios and spas -
bookings and reminders, staff rotas, customer cards, reviews, no-shows, gift cards, chair rentals,
home visits, invoices, consent forms and chats, in Swedish, English and both at once. Stdlib only;
one seeded Random: same seed, same bytes.
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

from names_dv import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, TYPED_PLAIN, Pool, feminine, plain  # noqa: E402
from templates_dv import COLOURS, DAYS, EN, MIXED, MONTHS, NEGATIVES, SALONS, SLUGS, SV, TREATMENTS  # noqa: E402

SEED = 20270182
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dv.jsonl"
SPLIT = "heldout-dv"
KEYS = ("id", "split", "lang", "text", "spans")
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head, tail or fixed
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's own knowledge of Swedish towns).
SV_STREETS = (
    "Drottninggatan", "Storgatan", "Kungsgatan", "Västra Hamngatan", "Östra Storgatan", "Trädgårdsgatan",
    "Bangatan", "Skomakaregatan", "Kyrkogatan", "Fabriksgatan", "Hantverkargatan", "Linnégatan",
    "Södra Förstadsgatan", "Nygatan", "Rådhusgatan", "Prästgatan", "Järnvägsgatan", "Bryggargatan",
    "Sveavägen", "Lindvägen", "Björkvägen", "Tallvägen", "Skolvägen", "Kvarnvägen", "Solvägen",
    "Backvägen", "Parkvägen", "Ringvägen", "Industrivägen", "Örnvägen", "Idrottsvägen", "Smedvägen",
    "Fältvägen", "Hagvägen", "Granvägen", "Lärksvängen", "Bergsvängen", "Kvarnsvängen",
    "Klöversvängen", "Vallmosvängen", "Lindallén", "Kastanjeallén", "Hammarby allé", "Ekallén",
    "Lundby allé", "Parkallén", "Kvarnbacken", "Kyrkbacken", "Tornbacken", "Slottsbacken",
    "Brunnsbacken", "Ängsbacke", "Lövstigen", "Ekorrstigen", "Tranbärsstigen", "Lingonstigen",
    "Fjällstigen", "Rönnbärsstigen", "Stortorget", "Lilla torg", "Järntorget", "Fisktorget",
    "Södra torget", "Kungstorget", "Stationsplan", "Brunnsplan", "Hamnplan", "Skolplan",
    "Kyrkogränd", "Smedjegränd", "Pilgränd", "Hattmakargränd", "Bagargränd", "Fiskargränd",
    "Strandkajen", "Packhuskajen", "Norra kajen", "Södra kajen", "Hamnkajen", "Lastkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes, low and high.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 250, 256),
    ("Norrköping", 600, 603), ("Jönköping", 551, 556), ("Umeå", 901, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Varberg", 432, 432), ("Nyköping", 611, 611), ("Motala", 591, 591), ("Lidköping", 531, 531),
    ("Landskrona", 261, 261), ("Ängelholm", 262, 262), ("Visby", 621, 621), ("Piteå", 941, 941),
    ("Kiruna", 981, 981), ("Örnsköldsvik", 891, 891), ("Alingsås", 441, 441), ("Sandviken", 811, 811),
    ("Hudiksvall", 824, 824), ("Enköping", 745, 745), ("Västervik", 593, 593), ("Ystad", 271, 271),
    ("Kungsbacka", 434, 434), ("Nacka", 131, 131), ("Solna", 169, 171), ("Sollentuna", 191, 192),
    ("Huddinge", 141, 141), ("Mölndal", 431, 431), ("Hässleholm", 281, 281), ("Katrineholm", 641, 641),
)  # fmt: skip
# Small towns whose countryside has village addresses, with their postcodes' first digits.
RURAL_TOWNS = (
    ("Rättvik", 795), ("Leksand", 793), ("Orsa", 794), ("Ludvika", 771), ("Hedemora", 776), ("Arvika", 671),
    ("Sunne", 686), ("Ljusdal", 827), ("Sollefteå", 881), ("Hjo", 544), ("Tidaholm", 522), ("Vimmerby", 598),
    ("Eksjö", 575), ("Sölvesborg", 294), ("Tomelilla", 273), ("Höör", 243), ("Osby", 283), ("Laholm", 312),
    ("Gnosjö", 335), ("Älvdalen", 796), ("Åre", 837), ("Jokkmokk", 962), ("Söderhamn", 826), ("Östhammar", 742),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Östanbäck", "Norrby", "Sörby", "Lillåsen", "Björkhult", "Ekhult", "Stora Mossen",
    "Bäckebo", "Lövåsen", "Kullsbo", "Hagaby", "Granhult", "Övertorp", "Tallbacka", "Bredsjö",
    "Ljungsjö", "Lindhem", "Solberga", "Myrbacka", "Nedre Gärdet", "Övre Skogen",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Church Road", "Station Road", "Victoria Street", "Market Street", "Queen Street",
    "Park Road", "Mill Lane", "The Parade", "Castle Street", "Bold Street", "Northcote Road",
    "Byres Road", "Rose Street", "Whiteladies Road", "Chapel Street", "Albert Road", "London Road",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SW"), ("London", "E"), ("London", "N"), ("Manchester", "M"), ("Leeds", "LS"),
    ("Bristol", "BS"), ("Brighton", "BN"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"),
    ("Birmingham", "B"), ("York", "YO"), ("Oxford", "OX"), ("Liverpool", "L"), ("Norwich", "NR"),
    ("Bath", "BA"), ("Belfast", "BT"),
)  # fmt: skip
US_STREETS = ("Main Street", "Broadway", "Elm Street", "Maple Avenue", "Oak Street", "Pine Street", "Cedar Lane", "Lake Street", "Park Avenue", "Market Street", "3rd Avenue", "Colfax Avenue", "Magazine Street", "Ocean Drive", "Hill Street")  # fmt: skip
US_TOWNS = (("Austin", "TX", 787), ("Portland", "OR", 972), ("Denver", "CO", 802), ("Chicago", "IL", 606), ("Brooklyn", "NY", 112), ("Seattle", "WA", 981), ("Minneapolis", "MN", 554), ("New Orleans", "LA", 701), ("Miami", "FL", 331), ("Boston", "MA", 21), ("Nashville", "TN", 372), ("San Diego", "CA", 921))  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:80331-80339} München", "Lindenallee {n}, {z5:20249-20259} Hamburg",
    "{n} rue des Lilas, {z5:75019-75020} Paris", "{n} rue de la République, {z5:69001-69002} Lyon",
    "Hämeenkatu {n} B {m}, {z5:33100-33210} Tampere", "Rantakatu {n}, {z5:90100-90120} Oulu",
    "Storgata {n}, {z4:0155-0185} Oslo", "Bryggen {n}, {z4:5003-5018} Bergen",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V", "ul. Długa {n}/{m}, 80-{z3:827-838} Gdańsk",
    "ul. Mokotowska {n} m. {m}, 00-{z3:551-640} Warszawa", "Calle Mayor {n}, {m}º B, {z5:28012-28013} Madrid",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via del Corso {n}, {z5:00186-00187} Roma",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Tartu mnt {n}, {z5:10115-10145} Tallinn", "Rua Augusta {n}, {z4:1100-1100}-{z3:048-053} Lisboa",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "protonmail.com", "hotmail.se")  # fmt: skip
MAIL_EN = ("gmail.com", "yahoo.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "icloud.com", "aol.com")  # fmt: skip
WORK = ("example.se", "salong.example.se", "spa.example.com", "example.co.uk", "example.org", "example.com")  # fmt: skip
FIRM_LOCAL = {
    "sv": ("bokning", "info", "hej", "kontakt", "salong", "kundtjanst", "spa", "reception", "faktura"),
    "en": ("hello", "bookings", "info", "reception", "spa", "enquiries", "accounts"),
}  # fmt: skip


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
    given: list[Word]  # one word, or two joined by a hyphen (`Ann-Sofie` from two draws)
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
    """Every value of DV from one seeded Random; counts the head/tail split and the origins."""

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

    def pick_hyphenated(self, pool: Pool) -> Word:
        """A hyphenated given name of the list itself (`Ann-Marie`, `Karl-Erik`): from the head's
        hyphenated names with HEAD_SHARE, else from the tail's, by weight; about one Swedish given
        name in twenty comes out hyphenated."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        ranks = [i for i in range(lo, hi) if "-" in pool.names[i]]
        return pool.names[r.choices(ranks, weights=[pool.weights[i] for i in ranks])[0]], part

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.05
        ):  # Ann-Christin, Karl-Erik
            given = [self.pick_hyphenated(pool)]
        middle: list[Word] = []
        fixed = origin.middle_f if woman else origin.middle_m
        if fixed and r.random() < 0.5:
            middle = [(r.choice(fixed), "fixed")]
        elif r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.03):
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
        if key in TYPED_PLAIN and r.random() < 0.3:  # typed without its letters
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
            if part in ("head", "tail"):
                self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng

        def clean(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given = clean(person.first)
        surname = clean(person.surname[0][0])
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
            f"{surname}.{given}", f"{given}_{surname}", f"{given}{r.randrange(1960, 2008)}", f"{given[0]}.{surname}",
        ))  # fmt: skip
        mail = MAIL_EN if self.lang == "en" else MAIL
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else mail)}"

    def firm_mail(self) -> str:
        r = self.rng
        lang = "en" if self.lang == "en" else "sv"
        tld = (
            r.choice((".co.uk", ".com"))
            if lang == "en"
            else r.choice((".se", ".se", ".nu", ".com"))
        )
        return f"{r.choice(FIRM_LOCAL[lang])}@{r.choice(SLUGS)}{tld}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "36", "35", "46")
        )
        area3 = r.choice(("250", "280", "291", "340", "370", "413", "431", "470", "480", "498", "500", "511", "520", "550", "570", "586", "611", "620", "640", "650", "660", "690", "910", "920", "980"))  # fmt: skip
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (10, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m}-{d[:3]} {d[3:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (4, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (3, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"), (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0771-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self, where: str = "any") -> str:
        """A number from abroad, as people there write it: with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        uk = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"07{d[:3]}{d[3:9]}", f"020 7{d[:3]} {d[3:7]}",
            f"0161 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}", f"+44 (0)20 7946 0{d[:3]}", f"0117 {d[:3]} {d[3:7]}",
            f"029 20{d[:2]} {d[2:6]}", f"0044 7{d[:3]} {d[3:9]}",
        )  # fmt: skip
        us = (
            f"(212) 555-0{d[:3]}", f"+1 512 555 0{d[:3]}", f"503-555-0{d[:3]}", f"+1 (303) 555-0{d[:3]}",
            f"(206) 555-0{d[:3]}", f"312.555.0{d[:3]}", f"+1-504-555-0{d[:3]}",
        )  # fmt: skip
        world = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"0047 4{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}",
            f"0049 171 {d[:7]}", f"+48 {d[:3]} {d[3:6]} {d[6:9]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 660 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}", f"+66 8{d[0]} {d[1:4]} {d[4:8]}",
            f"+84 9{d[:2]} {d[2:5]} {d[5:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+383 44 {d[:3]} {d[3:6]}", f"+56 9 {d[:4]} {d[4:8]}", f"+351 91 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        choices = {"uk": uk, "us": us}.get(where, world + uk[:2] + us[:2])
        return r.choice(choices)

    def national_id(self, centenarian: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        `+` for one past a hundred."""
        r = self.rng
        year = r.randrange(1918, 1927) if centenarian else r.randrange(1936, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if centenarian:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        shape = "12-" if roll < 0.36 else "10-" if roll < 0.74 else "12" if roll < 0.88 else "10"
        self.forms[f"pnr {shape}"] += 1
        century = str(year // 100) if shape.startswith("12") else ""
        joint = "-" if shape.endswith("-") else ""
        return f"{century}{date}{joint}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.15:
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
        elif roll < 0.11:
            out = "SE-" + out
        elif roll < 0.14:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def street_tr(self) -> str:
        r = self.rng
        return (
            f"{self.sv_street()}{r.choice((', ', ' '))}{r.randrange(1, 7)} tr{r.choice(('', '.'))}"
        )

    def street_lgh(self) -> str:
        r = self.rng
        return f"{self.sv_street()}{r.choice((', ', ' '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}, {self.sv_postal(rural=r.random() < 0.2)}"

    def plan(self) -> str:
        """An address in a mall or an office: the street, a floor, the postcode and town."""
        r = self.rng
        floor = r.choice(
            (f"plan {r.randrange(2, 6)}", f"{r.randrange(1, 5)} tr", f"uppg. {r.choice('ABC')}")
        )
        return f"{self.sv_street()}, {floor}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        elif roll < 0.3:
            street = f"Unit {r.randrange(1, 20)}, {r.choice(('The Arcade', 'Kingsway Parade', 'Riverside Mews'))}, {street}"
        if lines:
            return f"{street.replace(', ', chr(10))}\n{town}\n{code}"
        return f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += r.choice(
                (
                    f", Suite {r.randrange(100, 400)}",
                    f", Apt {r.randrange(1, 9)}{r.choice('ABCD')}",
                    f" #{r.randrange(2, 40)}",
                )
            )
        return (
            f"{street}\n{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
            if lines
            else f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
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
        if lines:
            head, _, tail = out.rpartition(", ")
            return f"{head}\n{tail}"
        return out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU/GU
    surname or given name in capitals, I an initial and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if middle and draw.rng.random() < 0.3:
            initials += f" {middle[0][0][0]}."
            words = surname + middle
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


def salon_named(draw: Draw, english: bool) -> list[Segment]:
    """A firm named after a person: the person's name is PERSON, the rest is not."""
    r = draw.rng
    person = draw.person(None)
    if english:
        shape = r.choice(
            (
                "Hair by {G}",
                "{P} Hair & Beauty",
                "{G'} Nail Bar",
                "{S} & Daughters Barbers",
                "Studio {G}",
            )
        )
    else:
        shape = r.choice(
            (
                "Hår by {G}",
                "{Gs} Hårstudio",
                "Frisör {S}",
                "Barber {G}",
                "{P} Hår & Hud",
                "Salong {G}",
                "{Ss} Herrfrisering",
                "Klippstudio {S} & Co",
            )
        )
    out: list[Segment] = []
    last = 0
    for match in SLOT.finditer(shape):
        out.append((shape[last : match.start()], None))
        out.extend(person_segments(match.group(1), person, draw))
        last = match.end()
    out.append((shape[last:], None))
    return [(t, k) for t, k in out if t]


def care_of(draw: Draw) -> list[Segment]:
    """`c/o Name, address`: the c/o outside, the name its own PERSON, the address from the street."""
    r = draw.rng
    lines = r.random() < 0.4
    person = draw.person(None)
    name = person_segments(r.choice(("P", "P", "S")), person, draw)
    if draw.lang == "en" and r.random() < 0.5:
        address = draw.uk_address(lines)
    else:
        address = draw.sv_address(lines=lines, rural=False)
    return [("c/o ", None), *name, ("\n" if lines else ", ", None), (address, "ADDRESS")]


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    lang = "en" if en else "sv"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALLGH": lambda: (draw.sv_address(lines=True, lgh=True, rural=False), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.street_lgh(), "ADDRESS"),
        "STTR": lambda: (draw.street_tr(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "APLAN": lambda: (draw.plan(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "STUKN": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "STUSN": lambda: (r.choice(US_STREETS), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(centenarian=True), "NATIONAL_ID"),
        "MAILF": lambda: (draw.firm_mail(), "EMAIL"),
        "SALON": lambda: (r.choice(SALONS[lang]), None),
        "TREAT": lambda: (r.choice(TREATMENTS["sv"]), None),
        "TREATEN": lambda: (r.choice(TREATMENTS["en"]), None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1][:3]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(95, 4800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(8, 260)}.{r.choice(('00', '50', '95'))}", None),
        "EUR": lambda: (f"€{r.randrange(20, 400)}", None),
        "USD": lambda: (f"${r.randrange(15, 350)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(10000, 99999)}", f"F-{r.randrange(1000, 9999)}", f"#{r.randrange(100000, 999999)}", f"ORD-{r.randrange(2027000, 2027999)}")), None),
        "BOOK": lambda: (r.choice((f"B-{r.randrange(10000, 99999)}", f"#{r.randrange(100000, 999999)}", f"BK{r.randrange(1000000, 9999999)}")), None),
        "GIFT": lambda: (r.choice((f"PK-{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}", f"GC{r.randrange(100000, 999999)}", f"{r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}")), None),
        "ORG": lambda: (f"55{r.randrange(6000, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "COL": lambda: (r.choice(COLOURS), None),
        "VOL": lambda: (r.choice(("6 %", "9 %", "20 vol", "30 vol", "1,9 %")), None),
        "TOWN": lambda: (r.choice(("London", "Leeds", "Bristol", "Glasgow", "Manchester")) if en else r.choice(SV_TOWNS)[0], None),
        "TOWNUS": lambda: (r.choice(US_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (r.choice(MONTHS["sv"]), None),
        "ROOM": lambda: (f"rum {r.randrange(1, 9)}", None),
    }  # fmt: skip
    if form == "CO":
        return care_of(draw)
    if form in ("SALONP", "SALONPEN"):
        return salon_named(draw, english=form == "SALONPEN")
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    names: set[tuple[str, str]] = set()
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
                for _ in range(6):  # two people of one row do not share a name
                    person = draw.person({"f": True, "m": False}.get(gender or ""))
                    if (person.first, person.last) not in names:
                        break
                names.add((person.first, person.last))
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
    text += template[last:]
    if re.search(r"\{[A-Za-z]", SLOT.sub("", template)):
        raise ValueError(f"a slot not understood in {template[:60]!r}")
    return text, spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """DV's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of DV is printed."""
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
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 60) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [key for key in MIXES["sv"] if not draw.origins[key]]
    print(f"origins in MIXES never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file and prints counts only; returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = pnr = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += tuple(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        problems["slot left unfilled"] += bool(re.search(r"\{[A-Za-z]", text))
        for span in row["spans"]:
            kinds += 1
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in KINDS
            problems["empty or out of bounds"] += not 0 <= start < stop <= len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                digits = re.sub(r"\D", "", value)[-10:]
                shape_ok = re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value) is not None
                problems["personnummer"] += not shape_ok or luhn(digits[:9]) != int(digits[9])
    print(
        f"checked {rows} rows, {kinds} spans, {pnr} personnummer: "
        + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "no problems")
    )
    return sum(problems.values())


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
