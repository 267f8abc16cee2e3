# ruff: noqa: E501
"""Generate held-out GF for personal-data detection (issue 15): names as the population has them,
a 167th writer. GF's names are drawn by how often people carry them (`names_gf.py`: SCB's ranks for
Sweden, the US Census 1990 per cents, the ONS rankings for the UK, the commonest names of origins
common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the language of the
row roughly as Sweden's population is; the genre is spas, massage and beauty clinics
(`templates_gf.py`: treatment bookings, health questionnaires, gift cards, staff schedules, customer
messages, cancellations and reviews, in Swedish, English and mixed). Written by a helper who tunes
nothing and who read only `generate_aw.py` (for the mechanics, copied here), the sections
"Held-out AW" and "Held-out CL" of `docs/privacy.md` and the first line of
`generated-heldout-u.jsonl`; not the detector, its lexicons, tests or any other set. GF was never
run through the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_gf.py            # writes data/pii/generated-heldout-gf.jsonl
    python data/pii/generate_gf.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gf.py --check    # checks the written file, prints counts only
    python data/pii/generate_gf.py --seed 7 --out /tmp/gf.jsonl   # a scratch seed
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

from names_gf import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gf import DAYS, EN, MIXED, MONTHS, NEGATIVES, SPA_EN, SPA_SV, SV, TREAT_EN, TREAT_SV  # noqa: E402

SEED = 20270244
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gf.jsonl"
SPLIT = "heldout-gf"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's addresses.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Kungsgatan", "Storgatan", "Hamngatan", "Västra Hamngatan", "Badhusgatan",
    "Brunnsgatan", "Långgatan", "Köpmangatan", "Fabriksgatan", "Parkgatan", "Trädgårdsgatan", "Nygatan",
    "Klostergatan", "Östra Storgatan", "Rådhusgatan", "Järnvägsgatan", "Kaserngatan", "Södra Förstadsgatan",
    "Sveavägen", "Strandvägen", "Badvägen", "Kurortsvägen", "Ängsvägen", "Solvägen", "Lärkvägen",
    "Skogsbrynsvägen", "Idrottsvägen", "Sjöviksvägen", "Klövervägen", "Hagvägen", "Villavägen", "Björkvägen",
    "Lönnsvängen", "Syrensvängen", "Ekorrsvängen", "Rönnbärssvängen", "Kastanjeallén", "Lindallén",
    "Bokallén", "Nybro allé", "Kvarnbacken", "Klockarbacken", "Tullbacken", "Sjöbacken", "Hästskobacken",
    "Mariebergs backe", "Smultronstigen", "Vallmostigen", "Rönnstigen", "Gökstigen", "Blåklintsstigen",
    "Stortorget", "Järntorget", "Fisktorget", "Lilla torget", "Södra torget", "Köpmantorget", "Stationsplan",
    "Badhusplan", "Kyrkplan", "Tegelplan", "Bagargränd", "Klockargränd", "Apotekargränd", "Sjömansgränd",
    "Norra Kajen", "Södra Kajen", "Skeppsbrokajen", "Hamnkajen", "Packhuskajen", "Tallvägen", "Granvägen",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Varberg", 432, 432), ("Visby", 621, 621), ("Ystad", 271, 271), ("Båstad", 269, 269),
    ("Lidköping", 531, 531), ("Nyköping", 611, 611), ("Borlänge", 781, 784), ("Motala", 591, 591),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Enköping", 745, 745), ("Kungsbacka", 434, 434),
    ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Ängelholm", 262, 262), ("Hudiksvall", 824, 824),
    ("Alingsås", 441, 441), ("Tranås", 573, 573), ("Mora", 792, 792), ("Åre", 837, 837),
    ("Simrishamn", 272, 272), ("Tomelilla", 273, 273), ("Höör", 243, 243), ("Gnosjö", 335, 335),
    ("Arvika", 671, 671), ("Leksand", 793, 793), ("Sollefteå", 881, 881), ("Kiruna", 981, 981),
)  # fmt: skip
RURAL_FROM = 26  # SV_TOWNS[RURAL_FROM:] route rural mail (postcodes ending 9x)
VILLAGES = (
    "Östra Vemmerlöv", "Västra Torp", "Norra Ljunga", "Östanbyn", "Bäckaskog", "Lillbyn", "Kvarnby",
    "Södra Hoby", "Stora Rör", "Ödeshög by", "Tolånga", "Bergsjö", "Myrbacka", "Hällestad", "Sörby",
    "Västanå", "Nederbyn", "Kullabygd", "Hagaby", "Ängsholmen", "Ljungstorp", "Gärdslösa",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Church Road", "Station Road", "Victoria Road", "Park Lane", "Queen Street", "Milsom Street",
    "The Parade", "Marine Drive", "Regent Street", "George Street", "Montpellier Walk", "Princes Street",
    "Albert Road", "Mill Lane", "Well Walk", "The Crescent", "Harbour Street",
)  # fmt: skip
UK_TOWNS = (
    ("Harrogate", "HG"), ("Bath", "BA"), ("York", "YO"), ("Cheltenham", "GL"), ("Brighton", "BN"),
    ("Edinburgh", "EH"), ("Cardiff", "CF"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Leeds", "LS"),
    ("Manchester", "M"), ("Bristol", "BS"), ("Glasgow", "G"), ("Norwich", "NR"), ("Exeter", "EX"),
    ("Truro", "TR"), ("London", "SW"), ("London", "N"),
)  # fmt: skip
UK_HOUSES = ("The Old Bakery", "Rose Cottage", "Spa House", "Ivy Lodge", "The Coach House", "Mill House")  # fmt: skip
US_STREETS = (
    "Main Street", "Pine Street", "Oak Avenue", "Sunset Boulevard", "Lake Shore Drive", "Elm Street",
    "Broadway", "Market Street", "Maple Avenue", "5th Avenue", "Spring Street", "Canyon Road",
)  # fmt: skip
US_TOWNS = (
    ("Seattle", "WA", 981), ("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Boston", "MA", 21),
    ("Austin", "TX", 787), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Scottsdale", "AZ", 852),
    ("Sedona", "AZ", 863), ("Napa", "CA", 945), ("Miami", "FL", 331), ("Asheville", "NC", 288),
    ("Burlington", "VT", 54), ("St. Paul", "MN", 551),
)  # fmt: skip
EUROPE = (
    "Lichtentaler Allee {n}, {z5:76530-76534} Baden-Baden", "Kaiserstraße {n}, {z5:65183-65199} Wiesbaden",
    "Andrássy út {n}, {z4:1061-1068} Budapest", "Ranna puiestee {n}, {z5:80010-80050} Pärnu",
    "Pirita tee {n}, {z5:10127-10150} Tallinn", "Jomas iela {n}, Jūrmala, LV-{z4:2015-2016}",
    "Pohjoisesplanadi {n}, {z5:00130-00170} Helsinki", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Bogstadveien {n}, {z4:0355-0366} Oslo", "Strandgaten {n}, {z4:5013-5015} Bergen",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1670} København V", "Laugavegur {n}, 101 Reykjavík",
    "Calle de Alcalá {n}, {m}º B, {z5:28014-28028} Madrid", "Rua Augusta {n}, 1100-0{z2:10-99} Lisboa",
    "Via Roma {n}, 35031 Abano Terme", "{n} rue du Casino, 73100 Aix-les-Bains",
    "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam", "Stará louka {n}, 360 0{z1:1-9} Karlovy Vary",
    "ul. Monte Cassino {n}/{m}, 81-{z3:701-767} Sopot", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "bredband.net", "hotmail.se", "me.com")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "mail.example.se", "kommun.example.se")  # fmt: skip
SALON_DOMAINS = ("example.se", "spa.example.se", "hudklinik.example.se", "massage.example.se", "example.nu")  # fmt: skip
SALON_DOMAINS_EN = ("example.co.uk", "example.com", "spa.example.com", "example.org")  # fmt: skip


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
    """Every value of GF from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.05
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or ("-" in middle[0][0] and key != "swedish"):
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
        elif key == "thai" and woman and roll < 0.5:  # married in Sweden, the husband's surname
            surname = [self.pick(ORIGINS["swedish"].surnames)]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
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
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def salon_email(self, english: bool = False) -> str:
        r = self.rng
        if english:
            return f"{r.choice(('bookings', 'hello', 'info', 'reception', 'spa', 'enquiries', 'reservations'))}@{r.choice(SALON_DOMAINS_EN)}"
        return f"{r.choice(('bokning', 'info', 'hej', 'reception', 'spa', 'kontakt', 'kundtjanst', 'salong'))}@{r.choice(SALON_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mostly a mobile, in the groupings people write."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(6)  # a local number starts with no 0
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "36", "42", "46", "90", "60", "63", "54")
        )
        area3 = r.choice(("411", "431", "451", "480", "490", "498", "511", "520", "522", "532", "560", "611", "620", "650", "660", "680", "691", "730", "910", "920", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"), (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 {m[1:]}-{d}"), (2, f"0046{m[1:]}{d}"),
            (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"08-{d[:3]} {d[3:5]} {d[5:]}"),
            (3, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"(08) {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 8 {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A salon's or clinic's number: a switchboard, a city landline, or the owner's mobile."""
        r = self.rng
        if r.random() < 0.3:
            return self.phone()
        d = str(r.randrange(1, 10)) + self.digits(7)
        shapes = (
            f"08-{d[:3]} {d[3:5]} {d[5:7]}", f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"031-{d[:2]} {d[2:4]} {d[4:6]}",
            f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"040-{d[:3]} {d[3:5]} {d[5:7]}",
            f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"0431-{d[:2]} {d[2:4]} {d[4:6]}", f"0498-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('13', '19', '21', '60', '90'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home; UK and US ones first in English text."""
        r = self.rng
        d = self.digits(10)
        uk = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"07700 900{d[:3]}", f"020 7946 0{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"01225 {d[:6]}", f"+44 1423 {d[:6]}",
            f"0044 131 {d[:3]} {d[3:7]}", f"029 20{d[:2]} {d[2:6]}", f"(01242) {d[:6]}",
        )  # fmt: skip
        us = (
            f"(206) 555-01{d[:2]}", f"612-555-01{d[:2]}", f"+1 312 555 01{d[:2]}", f"+1 (617) 555-01{d[:2]}",
            f"512.555.01{d[:2]}", f"1-800-555-01{d[:2]}", f"(928) 555-01{d[:2]}", f"+1-305-555-01{d[:2]}",
        )  # fmt: skip
        other = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}", f"00358 9 {d[:3]} {d[3:7]}", f"+49 171 {d[:7]}", f"+49 (0)7221 {d[:6]}",
            f"0049 30 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+66 2 {d[:3]} {d[3:7]}", f"+36 30 {d[:3]} {d[3:7]}", f"+36 1 {d[:3]} {d[3:7]}",
            f"+354 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+371 2{d[:7]}", f"+420 {d[:3]} {d[3:6]} {d[6:9]}",
            f"+43 664 {d[:7]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+353 8{r.choice('3567')} {d[:3]} {d[3:7]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        roll = r.random()
        if self.lang == "en":
            return r.choice(uk if roll < 0.45 else us if roll < 0.8 else other)
        return r.choice(uk if roll < 0.25 else us if roll < 0.35 else other)

    def national_id(self, centenarian: bool = False) -> str:
        """A personnummer with its check digit: 12 or 10 digits, with or without `-`, `+` past a hundred."""
        r = self.rng
        old = centenarian or r.random() < 0.02
        year = r.randrange(1918, 1927) if old else r.randrange(1935, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 without -"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without -"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
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

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
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
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        elif roll < 0.36:
            street = f"Unit {r.randrange(1, 30)}, Riverside Business Park"
        if lines:
            return f"{street}\n{town}\n{code}" if r.random() < 0.6 else f"{street}\n{town} {code}"
        return f"{street}, {town} {code}" if r.random() < 0.7 else f"{street}, {town}, {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        zipcode = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zipcode}"
            if lines
            else f"{street}, {town}, {state} {zipcode}"
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, M with a middle
    initial, G/g the given name (sometimes its short form), N/n the short form where the name has
    one, S/s the surname, SU/GU surname or given name in capitals, I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, E an e-mail address.
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
    elif base == "M":
        words = given + middle + surname
        value = " ".join([person.first] + [f"{w[0]}." for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = (
            None if base == "GU" else draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        )
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
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


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "M",
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
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALU": lambda: (draw.sv_address(lines=True).upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(lines=r.random() < 0.3), "ADDRESS"),
        "PH": lambda: (draw.phone() if r.random() < 0.93 else draw.phone_x(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(centenarian=True), "NATIONAL_ID"),
        "EB": lambda: (draw.salon_email(), "EMAIL"),
        "EBEN": lambda: (draw.salon_email(english=True), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(9, 13)}:{r.choice(('00', '15', '30', '45'))}am", f"{r.randrange(1, 8)}:{r.choice(('00', '30'))}pm", f"{r.randrange(1, 8)}pm")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "NUM": lambda: (str(r.randrange(2, 9999)), None),
        "ROOM": lambda: (str(r.randrange(101, 460)), None),
        "AMT": lambda: (f"{r.randrange(3, 120) * 50:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(25, 300)}{r.choice(('', '.00', '.50'))}", None),
        "BOOK": lambda: (r.choice((f"#{r.randrange(10000, 999999)}", f"B-{r.randrange(1000, 99999)}", f"{r.choice('ABCDEFGHJKLMNPRSTUVXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVXYZ')}{r.randrange(1000, 9999)}")), None),
        "GC": lambda: (r.choice((f"PK-{r.randrange(2025, 2028)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}", f"GV{r.randrange(100000, 999999)}")), None),
        "REF": lambda: (r.choice((f"{r.randrange(10000, 99999)}", f"F{r.randrange(2027000, 2027999)}", f"INV-{r.randrange(1000, 9999)}")), None),
        "ORG": lambda: (f"{r.choice(('556', '559', '969', '802'))}{r.randrange(100, 1000)}-{r.randrange(1000, 10000)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "BANK": lambda: (f"{r.choice(('8327-9', '6000', '3300', '5000', '9272'))}, {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}", None),
        "TREAT": lambda: (r.choice(TREAT_SV), None),
        "TREATEN": lambda: (r.choice(TREAT_EN), None),
        "SPA": lambda: (r.choice(SPA_SV), None),
        "SPAEN": lambda: (r.choice(SPA_EN), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS + tuple((t, s) for t, s, _ in US_TOWNS))[0], None),
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
    """GF's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, template, True) for lang, template in NEGATIVES]
    for lang, size in SIZES.items():
        deck: list[str] = []
        for _ in range(size - sum(1 for la, _ in NEGATIVES if la == lang)):
            if not deck:
                deck = list(TEMPLATES[lang])
                r.shuffle(deck)
            plan.append((lang, deck.pop(), False))
    r.shuffle(plan)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for lang, template, negative in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        assert not negative or not spans, template
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GF is printed."""
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
                forms["after @"] += text[max(0, span["start"] - 1) : span["start"]] == "@"
                forms["in brackets"] += (
                    text[max(0, span["start"] - 1) : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address after c/o line"] += (
                    "c/o" in text[max(0, span["start"] - 40) : span["start"]]
                )
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[
                    f"pnr {len(digits)} digits {'with -' if '-' in value else 'with +' if '+' in value else 'without'}"
                ] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [key for mix in MIXES.values() for key in mix if not draw.origins[key]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    keys = {"id", "split", "lang", "text", "spans"}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["row keys"] += set(row) != keys
            problems["split"] += row.get("split") != SPLIT
            problems["lang"] += row.get("lang") not in SIZES
            problems["duplicate id"] += row["id"] in ids
            ids.add(row["id"])
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                problems["span keys"] += set(span) != {"start", "end", "kind"}
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
                value = text[start:stop]
                problems["whitespace at an edge"] += value != value.strip()
                end = stop
                if span["kind"] == "NATIONAL_ID":
                    digits = re.sub(r"[-+]", "", value)
                    ok = (
                        re.fullmatch(r"\d{10}|\d{12}", digits) is not None
                        and digits[-10:-1].isdigit()
                    )
                    ok = ok and luhn(digits[-10:-1]) == int(digits[-1])
                    problems["personnummer check digit"] += not ok
    total = sum(problems.values())
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} distinct ids: {total} problems")
    for name, count in sorted(problems.items()):
        if count:
            print(f"  {name}: {count}")
    return total


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
