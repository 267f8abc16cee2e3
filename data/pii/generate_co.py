# ruff: noqa: E501
"""Generate held-out CO for personal-data detection (issue 15): names as the population has them,
a seventy-second writer.

    python data/pii/generate_co.py          # writes data/pii/generated-heldout-co.jsonl
    python data/pii/generate_co.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_co.py --check  # checks the written file, prints counts only

CO's names are drawn by how often people really carry them: every name word comes from
`names_co.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden and in British and
American care work), 80% from the head of a list and 20% from its tail, mixed by the language of
the row. The genre is care of the elderly and everyday health (`templates_co.py`): home-help
(hemtjänst) visit schedules and staff handovers, care homes' residents' lists, relatives'
contacts and visiting times, dentists' and pharmacies' bookings and reminders, patient transport
(färdtjänst, sjukresor), home nursing notes, assistive devices delivered home, care planning
meetings with relatives, meals on wheels, safety alarms (trygghetslarm) and key handovers, UK
care agencies and GP surgeries, US home health aides. Written by a helper who does not tune the
detector, who read only `generate_aw.py` (for the mechanics), two write-ups in docs/privacy.md
and the first line of `generated-heldout-u.jsonl`, and neither the detector's rules, lexicons and
tagger nor any error listing nor any other set's names and templates; CO was never run through
the detector by its writer, and its names were not checked against rung's lexicons. Stdlib only;
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

from names_co import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_co import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270149
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-co.jsonl"
SPLIT = "heldout-co"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns' address lists.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Västra Vallgatan", "Nygatan", "Trädgårdsgatan", "Sjukhusgatan", "Esplanaden", "Södra Långgatan",
    "Vårdvägen", "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Solvägen",
    "Ängsvägen", "Lärkvägen", "Granvägen", "Ekvägen", "Syrenvägen", "Klövervägen", "Fridhemsvägen",
    "Gamla Vägen", "Norra Ringvägen", "Idrottsvägen", "Parkvägen", "Prästgårdsvägen", "Brunnsvägen",
    "Åkervägen", "Hemvägen", "Vitsippsvägen", "Blåklockevägen", "Kopparsvängen", "Ängssvängen",
    "Bäcksvängen", "Hagsvängen", "Kastanjeallé", "Ulleråkers allé", "Lindallén", "Björkallén",
    "Kvarnbacken", "Solbacken", "Sjukhusbacken", "Eriksbergs backe", "Klockarbacken", "Lärkstigen",
    "Blåbärsstigen", "Hagtornsstigen", "Kyrkstigen", "Stortorget", "Lilla torget", "Fisktorget",
    "Gustav Adolfs torg", "Tulpangränd", "Smedgränd", "Apotekargränd", "Kyrkogränd", "Stationsplan",
    "Brunnsplan", "Gärdesplan", "Norra Kajen", "Södra Kajen", "Hamnkajen", "Strandkajen",
    "Köpmangatan", "Vasagatan", "Hantverkargatan", "Fabriksgatan", "Ängelholmsvägen", "Rosenvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Norrköping", 602, 605),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Sundsvall", 852, 857),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975),
    ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784), ("Falun", 791, 791),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skövde", 541, 541),
    ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Nyköping", 611, 611), ("Visby", 621, 621),
    ("Katrineholm", 641, 641), ("Lidköping", 531, 531), ("Piteå", 941, 941), ("Sandviken", 811, 811),
    ("Hudiksvall", 824, 824), ("Ystad", 271, 271), ("Vänersborg", 462, 462), ("Enköping", 745, 745),
    ("Mora", 792, 792), ("Kiruna", 981, 981), ("Gällivare", 982, 982), ("Söderhamn", 826, 826),
    ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871), ("Arvika", 671, 671), ("Ljungby", 341, 341),
    ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Nässjö", 571, 571), ("Värnamo", 331, 331),
    ("Alingsås", 441, 441), ("Kungsbacka", 434, 434), ("Sala", 733, 733), ("Strängnäs", 645, 645),
    ("Lycksele", 921, 921), ("Sollefteå", 881, 881), ("Ludvika", 771, 771), ("Tranås", 573, 573),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Lillby", "Kyrkbyn", "Bäckaby", "Hagaby", "Ekeby",
    "Berga", "Tuna", "Sunnanå", "Mellanbyn", "Övre Brattfors", "Nedre Gärdsjö", "Björkhult",
    "Långtorp", "Kråkeryd", "Stensjö", "Holmsjö", "Myckelgensjö", "Granbergsdal",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road",
    "Park Road", "Queen Street", "Albert Road", "The Crescent", "Mill Lane", "Kings Avenue",
    "Grange Road", "Windsor Close", "Orchard Way", "Westfield Drive", "Beech Grove", "St John's Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Bradford", "BD"), ("Stockport", "SK"), ("Wigan", "WN"),
    ("Swindon", "SN"), ("Exeter", "EX"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Glasgow", "G"),
    ("Aberdeen", "AB"), ("Norwich", "NR"), ("Croydon", "CR"), ("Harrow", "HA"), ("Bolton", "BL"),
    ("Derby", "DE"), ("Hull", "HU"), ("Worthing", "BN"), ("Eastbourne", "BN"), ("Belfast", "BT"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "Flat 3, Ashdown Court", "The Bungalow", "Willow House", "Flat 12, Meadowbank Court", "2 Elm Cottages", "Hillcrest")  # fmt: skip
US_STREETS = ("Oak Street", "Maple Avenue", "Elm Street", "Cedar Lane", "Washington Avenue", "Lincoln Road", "Sunset Boulevard", "Pine Ridge Drive", "Jefferson Street", "Meadow Lane", "Lakeview Drive", "Park Place")  # fmt: skip
US_TOWNS = (("Tampa", "FL", 336), ("Sarasota", "FL", 342), ("Phoenix", "AZ", 850), ("Tucson", "AZ", 857), ("Cleveland", "OH", 441), ("Dayton", "OH", 454), ("Minneapolis", "MN", 554), ("Albany", "NY", 122), ("Scranton", "PA", 185), ("Asheville", "NC", 288), ("Spokane", "WA", 992), ("El Paso", "TX", 799))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Am Sonnenhang {n}, {z5:79098-79117} Freiburg",
    "{n} rue Victor Hugo, {z5:69001-69009} Lyon", "Mannerheimintie {n} A {m}, {z5:00100-00990} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33900} Tampere", "Thorvald Meyers gate {n}, {z4:0550-0559} Oslo",
    "Nørregade {n}, {m}. th., {z4:8000-8099} Aarhus", "ul. Kwiatowa {n}/{m}, 30-{z3:100-999} Kraków",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, {z5:28001-28099} Madrid",
    "Avenida del Mar {n}, {z5:29600-29699} Marbella", "Kerkstraat {n}, {z4:3511-3599} {L2} Utrecht",
    "Via Garibaldi {n}, {z5:10121-10156} Torino", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "Str. Mihai Eminescu {n}, {z6:400000-400999} Cluj-Napoca", "Maksimirska {n}, {z5:10000-10090} Zagreb",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "btinternet.com", "comcast.net")  # fmt: skip
WORK = ("example.se", "omsorg.example.se", "vard.example.se", "kommun.example.se", "example.com", "example.org", "nhs.example.co.uk", "example.co.uk")  # fmt: skip


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
    """Every value of CO from one seeded Random; counts the head/tail split and the origins."""

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
            woman = r.random() < 0.55  # care work and old age both lean to women
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Anna-Karin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin", "romanian") and r.random() < 0.3
        ):  # typed plain
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

    def email(self, person: Person | None) -> str:
        r = self.rng
        if person is None:  # a shared mailbox of a unit or firm
            box = r.choice(
                (
                    "hemtjanst",
                    "bokning",
                    "info",
                    "kundtjanst",
                    "reception",
                    "enquiries",
                    "office",
                    "scheduling",
                    "larm",
                    "sjukresor",
                )
            )
            return f"{box}@{r.choice(WORK)}"
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile, landline or a firm's, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
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
                "90",
                "60",
                "54",
                "23",
                "26",
                "46",
            )
        )
        area3 = r.choice(
            (
                "250",
                "270",
                "280",
                "300",
                "320",
                "340",
                "380",
                "410",
                "430",
                "470",
                "480",
                "490",
                "510",
                "520",
                "570",
                "590",
                "611",
                "620",
                "640",
                "660",
                "680",
                "910",
                "920",
                "940",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (9, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (3, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"010-{d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"07700 900{d[:3]}", f"0113 496 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"0044 161 496 0{d[:3]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+1 (813) 555-0{d[:3]}", f"(602) 555-0{d[:3]}", f"+1 216 555 0{d[:3]}", f"555-0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"+385 91 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+63 917 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer; `old` for the residents and clients, most born before 1950."""
        r = self.rng
        year = r.randrange(1918, 1952) if old or r.random() < 0.5 else r.randrange(1952, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        sep = "+" if year < 1927 else "-"  # turned a hundred by 2027
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{sep}{serial}{check}"
        if roll < 0.9 or year < 1927:
            return (
                f"{year // 100}{date}{serial}{check}"
                if roll < 0.9
                else f"{date}{sep}{serial}{check}"
            )
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
        town, low, high = r.choice(SV_TOWNS[36:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.15):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.08:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.04:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
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
    surname in capitals, I an initial and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish
    genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS)
        else form
    )
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "MAIL": lambda: (draw.email(None), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(6, 22):02d}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45', '10', '50'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "ROOM": lambda: (str(r.randrange(1, 48)), None),
        "AMT": lambda: (f"{r.randrange(60, 4800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(12, 980)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(15, 1200)}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}", f"SR-{r.randrange(10000, 99999)}")), None),
        "KEY": lambda: (r.choice((f"{r.randrange(1000, 9999)}", f"N{r.randrange(100, 999)}", f"{r.choice('ABCDEFGH')}{r.randrange(10, 99)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    nearest: Person | None = None
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        base = (
            base[:-1]
            if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS
            else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            elif base == "E" and not ref and nearest is not None:  # the person named nearest before
                person = nearest
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                for _ in range(
                    6 if base in ("N", "n") else 0
                ):  # a short form asks for a name that has one
                    if person.first in NICKNAMES.get(person.origin, {}):
                        break
                    draw.origins[person.origin] -= 1  # counted only when used
                    person = draw.person(person.woman)
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
            nearest = person
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """CO's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of CO is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    people: list[str] = []
    for row in rows:
        text, lang, spans = str(row["text"]), str(row["lang"]), row["spans"]
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
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
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
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            if set(row) != {"id", "split", "lang", "text", "spans"}:
                problems["keys"] += 1
            if row["id"] in ids:
                problems["id repeated"] += 1
            ids.add(row["id"])
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            text, last = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, end = span["start"], span["end"]
                if not (0 <= start < end <= len(text)):
                    problems["out of bounds or empty"] += 1
                    continue
                value = text[start:end]
                if value != value.strip():
                    problems["whitespace at an edge"] += 1
                if start < last:
                    problems["unsorted or overlapping"] += 1
                last = end
                if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                    problems["kind"] += 1
                if span["kind"] == "NATIONAL_ID":
                    digits = re.sub(r"[-+]", "", value)
                    if (
                        not digits.isdigit()
                        or len(digits) not in (10, 12)
                        or luhn(digits[-10:-1]) != int(digits[-1])
                    ):
                        problems["personnummer check digit"] += 1
    total = sum(problems.values())
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids: {total} problems")
    for key, value in problems.items():
        if value:
            print(f"  {key}: {value}")
    return total


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
