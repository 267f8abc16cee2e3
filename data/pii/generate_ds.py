# ruff: noqa: E501
"""Generate held-out DS for personal-data detection (issue 15): names as the population has them,
a hundred-and-second writer, in elder care, home help and care homes.

    python data/pii/generate_ds.py          # writes data/pii/generated-heldout-ds.jsonl
    python data/pii/generate_ds.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ds.py --check  # checks the written file, prints counts only
    python data/pii/generate_ds.py --seed 7 --out /tmp/ds.jsonl  # a scratch seed to read rows

DS's names are drawn by how often people really carry them: every name word comes from
`names_ds.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden and in British care
work), 80% from the head of a list and 20% from its tail, mixed by the language of the row
roughly as the population is. The genre is elder care (`templates_ds.py`): home-help rotas and
night reports, needs-assessment decisions, care and implementation plans, incident and
medication reports, safety alarms and key receipts, care-home admissions, fee invoices and
letters, relatives' mails and texts, staff chats, UK care homes and home-care agencies, US
assisted living. Written by a helper who does not tune the detector, who read only
`generate_aw.py` (for the mechanics, copied here), two sections of `docs/privacy.md` ("Held-out
AW" and "Held-out CL") and the first line of `generated-heldout-u.jsonl`; not the detector's
rules, lexicons or tagger, nor any other set's names, templates or rows, nor any error listing.
DS was never run through the detector by its writer, and its names were not checked against
rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ds import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, PLAIN_TYPED, Pool, feminine, plain  # noqa: E402
from templates_ds import (  # noqa: E402
    AREAS,
    CLINICS,
    DAYS,
    EN,
    HOMES,
    HOMES_EN,
    HOMES_US,
    HOSPITALS,
    MEDS,
    MEDS_EN,
    MIXED,
    MONTHS,
    NEGATIVES,
    PROPERTIES,
    SURGERIES,
    SV,
    UNITS,
    UNITS_EN,
)

SEED = 20270179
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ds.jsonl"
SPLIT = "heldout-ds"
KEYS = ("id", "split", "lang", "text", "spans")
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")
PROBLEMS = ("keys", "split", "lang", "id repeated", "empty span", "out of bounds", "whitespace at an edge", "unsorted or overlapping", "personnummer check digit", "unknown kind")  # fmt: skip

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, from the writer's knowledge of Swedish towns.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Trädgårdsgatan",
    "Järnvägsgatan", "Fabriksgatan", "Nygatan", "Västra Hamngatan", "Norra Esplanaden", "Tegnérgatan",
    "Bergsgatan", "Prästgatan", "Östra Storgatan", "Södra Vägen", "Björkvägen", "Granvägen",
    "Lärkvägen", "Rosenvägen", "Hasselvägen", "Backvägen", "Skogsvägen", "Ringvägen", "Parkvägen",
    "Kyrkvägen", "Villavägen", "Solvägen", "Ängsvägen", "Nyponvägen", "Gamla Vägen", "Åkervägen",
    "Vallmovägen", "Syrénvägen", "Tranvägen", "Lindsvängen", "Ekorrsvängen", "Körsbärssvängen",
    "Klöversvängen", "Linnés allé", "Kastanjeallén", "Lönnallén", "Sofielunds allé", "Björkallé",
    "Kvarnbacken", "Solbacken", "Rönnbacken", "Klockarbacken", "Humlebacken", "Tallbacksvägen",
    "Blåbärsstigen", "Lingonstigen", "Hagtornsstigen", "Vitsippsstigen", "Smultronstigen",
    "Stortorget", "Lilla torget", "Fisktorget", "Medborgarplatsen", "Stationsplan", "Klostergränd",
    "Smedjegränd", "Bagargränd", "Kopparslagargränd", "Norra Kajen", "Södra Kajen", "Hamnkajen",
    "Strandkajen", "Brunnsgatan", "Idrottsvägen", "Sjukhusvägen", "Vårdvägen", "Hemgårdsvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (a range where a town has several).
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Sundsvall", 852, 857), ("Karlstad", 652, 656), ("Växjö", 352, 353), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Nyköping", 611, 611), ("Uddevalla", 451, 451), ("Motala", 591, 591),
    ("Landskrona", 261, 261), ("Piteå", 941, 941), ("Varberg", 432, 432), ("Lidköping", 531, 531),
    ("Örnsköldsvik", 891, 891), ("Visby", 621, 621), ("Alingsås", 441, 441), ("Ystad", 271, 271),
    ("Kiruna", 981, 981), ("Hudiksvall", 824, 824), ("Katrineholm", 641, 641), ("Enköping", 745, 745),
    ("Ljungby", 341, 341), ("Vetlanda", 574, 574), ("Nässjö", 571, 571), ("Värnamo", 331, 331),
    ("Falkenberg", 311, 311), ("Härnösand", 871, 871), ("Sandviken", 811, 811), ("Avesta", 774, 774),
    ("Ludvika", 771, 771), ("Mora", 792, 792), ("Arvika", 671, 671), ("Kristinehamn", 681, 681),
    ("Eslöv", 241, 241), ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Hässleholm", 281, 281),
    ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Boden", 961, 961), ("Skellefteå", 931, 931),
    ("Gällivare", 982, 982), ("Lycksele", 921, 921), ("Sollefteå", 881, 881), ("Norrtälje", 761, 761),
    ("Solna", 169, 171), ("Täby", 183, 187), ("Nacka", 131, 132), ("Lidingö", 181, 181),
    ("Leksand", 793, 793), ("Sala", 733, 733), ("Tranås", 573, 573), ("Sjöbo", 275, 275),
)  # fmt: skip
# Villages and hamlets whose names are rural addresses (`Västanby 214, 745 92 Enköping`).
VILLAGES = (
    "Västanby", "Österby", "Sörby", "Norrby", "Bäckby", "Hagaby", "Kyrkbyn", "Gärdsby", "Lövsta",
    "Åsen", "Berga", "Tuna", "Ösby", "Myrbacka", "Hedby", "Rörbäck", "Stenåsen", "Kullsta",
    "Mellby", "Skogsby", "Torpa", "Nyby", "Östansjö", "Sandvik", "Holmsjö", "Lillträsk",
)  # fmt: skip
UK_STREETS = (
    "Beech Grove", "Park Road", "Station Road", "Church Street", "Victoria Road", "Queens Road",
    "The Esplanade", "Marine Parade", "Orchard Way", "Meadow Close", "Mill Lane", "Albert Road",
    "Ashfield Avenue", "Elm Crescent", "Priory Gardens", "Westfield Drive", "Highfield Road",
    "Windsor Terrace", "North Street", "Sandringham Court", "Rectory Lane", "Manor Road",
)  # fmt: skip
UK_BUILDINGS = ("Marine Court", "Cedar House", "Rosebank", "The Limes", "Ferndale", "Hillcrest", "Brook House", "Lindisfarne")  # fmt: skip
UK_TOWNS = (
    ("Harrogate", "HG"), ("Whitby", "YO"), ("Bath", "BA"), ("Exeter", "EX"), ("Cheltenham", "GL"),
    ("Worthing", "BN"), ("Eastbourne", "BN"), ("Bournemouth", "BH"), ("Torquay", "TQ"),
    ("Southport", "PR"), ("Blackpool", "FY"), ("Scarborough", "YO"), ("Llandudno", "LL"),
    ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Belfast", "BT"),
    ("Leicester", "LE"), ("Nottingham", "NG"), ("Birmingham", "B"), ("Sheffield", "S"),
    ("Bradford", "BD"), ("Swansea", "SA"), ("Norwich", "NR"), ("Leeds", "LS"),
)  # fmt: skip
US_STREETS = ("Sunset Blvd", "Oak Street", "Maple Avenue", "Lakeshore Drive", "Elm Street", "Cedar Lane", "Pine Ridge Road", "2nd Avenue", "Country Club Drive", "Park Place", "Orchard Road", "River Road")  # fmt: skip
US_TOWNS = (
    ("Sarasota", "FL", 342), ("Naples", "FL", 341), ("Tucson", "AZ", 857), ("Scottsdale", "AZ", 852),
    ("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Duluth", "MN", 558), ("Madison", "WI", 537),
    ("Rockford", "IL", 611), ("Seattle", "WA", 981), ("Spokane", "WA", 992), ("Des Moines", "IA", 503),
    ("Sioux Falls", "SD", 571), ("Lancaster", "PA", 176), ("Asheville", "NC", 288),
)  # fmt: skip
# Addresses abroad in their own countries' formats; {n} a number, {m} a flat or floor.
EUROPE = (
    "Storgata {n}, {z4:0150-0190} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Nørregade {n}, {m}. th., {z4:8000-8000} Aarhus C", "Vesterbrogade {n}, {m}. tv., {z4:1620-1699} København V",
    "Aurakatu {n} A {m}, {z5:20100-20810} Turku", "Kauppakatu {n} B {m}, {z5:40100-40740} Jyväskylä",
    "Lindenstraße {n}, {z5:10969-10999} Berlin", "Am Markt {n}, {z5:23552-23568} Lübeck",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Kwiatowa {n}, 00-{z3:100-999} Warszawa",
    "Calle Mayor {n}, {m}º A, {z5:29640-29649} Fuengirola", "Avenida del Mar {n}, {z5:03181-03189} Torrevieja",
    "Rua das Flores {n}, {m}º, {z4:8200-8200}-{z3:100-999} Albufeira", "Via Garibaldi {n}, {z5:16124-16124} Genova",
    "Ferhadija {n}, {z5:71000-71000} Sarajevo", "Ilica {n}, {z5:10000-10000} Zagreb",
    "Kerkstraat {n}, {z4:1017-1017} {L2} Amsterdam", "Cumhuriyet Caddesi No: {n}, {z5:07100-07100} Antalya",
)  # fmt: skip
# Swedish area codes without the trunk 0: the cities' two digits, the towns' three.
AREA2 = ("31", "40", "18", "13", "19", "21", "42", "11", "36", "90", "16", "23", "26", "60", "54", "46")  # fmt: skip
AREA3 = ("247", "250", "271", "292", "340", "370", "380", "410", "413", "480", "491", "500", "510", "522", "550", "570", "611", "620", "640", "660", "680", "910", "920", "950", "980")  # fmt: skip
# Webmail and work domains by the language of the row (work domains are example domains).
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.se", "bredband.net"),
    "en": ("gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "btinternet.com", "yahoo.com", "aol.com", "comcast.net"),
}  # fmt: skip
WORK = {"sv": ("example.se", "omsorg.example.se", "kommun.example.se"), "en": ("example.co.uk", "example.com", "example.org", "care.example.co.uk")}  # fmt: skip
ROLE_MAIL = {
    "sv": ("hemtjanst.norr@kommun.example.se", "aldreomsorg@kommun.example.se", "bistand@kommun.example.se", "info@omsorg.example.se", "bemanning@omsorg.example.se", "avgifter@kommun.example.se", "kundtjanst@example.se"),
    "en": ("reception@example.co.uk", "care@example.co.uk", "office@example.org", "frontdesk@example.com", "accounts@care.example.co.uk", "enquiries@example.co.uk"),
}  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or of any number by Luhn."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def nhs_check(nine: str) -> int | None:
    """The NHS number's modulus-11 check digit, None where the nine digits can have none."""
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(nine)) % 11
    return None if check == 10 else 0 if check == 11 else check


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
    """Every value of DS from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.clock: int | None = None  # minutes past midnight of a chat's last line

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.05:  # Karl-Erik
            second = (
                r.choices(pool.names[:30], weights=pool.weights[:30])[0],
                "head",
            )  # a common second
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # the father's surname and the mother's
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in PLAIN_TYPED and r.random() < 0.3:  # typed without the letters
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
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

        def local(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = local(person.first), local(person.last)
        shapes = (f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                  f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(40, 99)}")  # fmt: skip
        lang = "en" if self.lang == "en" or (self.lang == "mixed" and r.random() < 0.3) else "sv"
        return f"{r.choice(shapes)}@{r.choice(WORK[lang] if r.random() < 0.45 else MAIL[lang])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"), (1, f"+46-{m[1:]}-{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the cities' two-digit codes, the towns' three-digit."""
        r = self.rng
        d = self.digits(8)
        a2 = r.choice(AREA2)
        a3 = r.choice(AREA3)
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (1, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:]}"),
            (6, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a2}{d[:6]}"), (1, f"+46 {a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:3]} {d[3:6]}"),
            (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.55 else self.landline()

    def firm_phone(self) -> str:
        """A switchboard or service number: 020, 0771, a council's exchange."""
        r = self.rng
        d = self.digits(8)
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"020-{d[:3]} {d[3:6]}", f"08-508 {d[:3]} {d[3:5]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}",
                         f"0{r.choice(('19', '13', '21', '90'))}-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 771 {d[:3]} {d[3:6]}"))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        return r.choice((f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
                         f"01632 960{d[:3]}", f"(01632) 960 {d[:3]}", f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}",
                         f"020 7946 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0131 496 0{d[:3]}", f"029 2018 0{d[:3]}",
                         f"0044 113 496 0{d[:3]}", f"01632960{d[:3]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        a = r.choice(
            ("612", "651", "941", "239", "520", "480", "608", "206", "515", "605", "717", "828")
        )
        d = f"01{self.digits(2)}"
        return r.choice((f"({a}) 555-{d}", f"{a}-555-{d}", f"{a}.555.{d}", f"+1 {a} 555 {d}", f"+1 ({a}) 555-{d}", f"1-{a}-555-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home, as people there write it."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}", f"+44 7700 900{d[:3]}", f"+49 30 {d[:8]}", f"+49 171 {d[:7]}", f"0171 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"0034 952 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+351 91 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+385 91 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+291 7 {d[:6]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:7]}",
            f"+63 917 {d[:3]} {d[3:7]}", f"+234 803 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+40 72{d[:1]} {d[1:4]} {d[4:7]}", f"+1 (212) 555-01{d[:2]}", f"+1 312 555 01{d[:2]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+354 {d[:3]} {d[3:7]}", f"+31 6 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, born: tuple[int, int] = (1940, 2005)) -> str:
        """A personnummer with a valid check digit; `+` past a hundred in the ten-digit form."""
        r = self.rng
        year = r.randrange(born[0], born[1] + 1)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        hundred = 2027 - year >= 100
        roll = r.random()
        if roll < 0.4:
            out = f"{year // 100}{date}-{serial}{check}"
        elif roll < 0.8 or hundred:
            out = f"{date}{'+' if hundred else '-'}{serial}{check}"
        elif roll < 0.92:
            out = f"{year // 100}{date}{serial}{check}"
        else:
            out = f"{date}{serial}{check}"
        self.forms[
            "pnr "
            + ("12" if len(re.sub(r"\D", "", out)) == 12 else "10")
            + (" plus" if "+" in out else " hyphen" if "-" in out else " plain")
        ] += 1
        return out

    def org(self) -> str:
        """An organisation number (556... for a limited company) with its Luhn check digit."""
        body = "556" + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def clk(self) -> str:
        """A chat line's time: the first of a row at random, each later one a few minutes on."""
        r = self.rng
        self.clock = (
            r.randrange(6 * 60, 21 * 60) if self.clock is None else self.clock + r.randrange(1, 9)
        )
        return f"{self.clock // 60:02d}{':' if self.lang == 'en' else '.'}{self.clock % 60:02d}"

    def nhs(self) -> str:
        """An NHS number (no personnummer, so no value here), grouped 3 3 4."""
        while True:
            nine = self.digits(9)
            check = nhs_check(nine)
            if check is not None and nine[0] != "0":
                out = nine + str(check)
                return f"{out[:3]} {out[3:6]} {out[6:]}"

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
        town, low, high = r.choice(SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 320)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.15):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 24)} {r.randrange(0, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        parts = [f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"]
        roll = r.random()
        if roll < 0.2:
            parts = [f"Flat {r.randrange(1, 30)}", r.choice(UK_BUILDINGS), parts[0]]
        elif roll < 0.35:
            parts = [r.choice(UK_BUILDINGS), r.choice(UK_STREETS)]
        if lines:
            return "\n".join([*parts, town, code])
        return f"{', '.join(parts)}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.35:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 400)}".replace(
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
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 120)))
        out = out.replace("{m}", str(r.randrange(1, 7)))
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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU/GU
    the surname/given name in capitals, I an initial and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, E an e-mail address. A trailing `s` asks for a Swedish
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
        short = draw.nickname(person, 0.85 if base in ("N", "n") else 0.07 if base != "GU" else 0)
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALU": lambda: (draw.sv_address(lines=True, rural=r.random() < 0.15).upper(), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address(rural=r.random() < 0.2)).lower(), "ADDRESS"),
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
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id((1945, 1995)), "NATIONAL_ID"),
        "PNO": lambda: (draw.national_id((1920, 1927) if r.random() < 0.2 else (1928, 1950)), "NATIONAL_ID"),
        "PNY": lambda: (draw.national_id((1962, 2006)), "NATIONAL_ID"),
        "EM": lambda: (r.choice(ROLE_MAIL["en" if en else "sv"]), "EMAIL"),
        "CLK": lambda: (draw.clk(), None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45', '10', '50'))}", None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1924, 1952)}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "NUM": lambda: (str(r.randrange(1000, 99999)), None),
        "AMT": lambda: (f"{r.randrange(180, 2700):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(800, 6400):,}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"2027-{r.randrange(1000, 99999)}", f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "ROOM": lambda: (f"{r.randrange(1, 4)}{r.randrange(1, 30):02d}", None),
        "UNIT": lambda: (r.choice(UNITS), None),
        "UNITEN": lambda: (r.choice(UNITS_EN), None),
        "HOME": lambda: (r.choice(HOMES), None),
        "HOMEEN": lambda: (r.choice(HOMES_EN), None),
        "HOMEUS": lambda: (r.choice(HOMES_US), None),
        "CODE": lambda: (f"{r.randrange(1000, 9999)}{r.choice(('', '', '#', 'A'))}", None),
        "KEY": lambda: (f"{r.choice('KHN')}-{r.randrange(10, 399)}", None),
        "HRS": lambda: (str(r.randrange(6, 120)), None),
        "MED": lambda: (r.choice(MEDS), None),
        "MEDEN": lambda: (r.choice(MEDS_EN), None),
        "NHS": lambda: (draw.nhs(), None),
        "ORG": lambda: (draw.org(), None),
        "OCR": lambda: (draw.digits(r.randrange(10, 18)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "HOSP": lambda: (r.choice(HOSPITALS), None),
        "VC": lambda: (r.choice(CLINICS), None),
        "SURGERY": lambda: (r.choice(SURGERIES), None),
        "AREA": lambda: (r.choice(AREAS), None),
        "FAST": lambda: (r.choice(PROPERTIES), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.clock = None
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
    """DS's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of DS is printed."""
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
                before = text[max(0, span["start"] - 1) : span["start"]]
                forms["after @"] += before == "@"
                forms["in brackets"] += before == "(" and text[span["end"] : span["end"] + 1] == ")"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += (
                    value.startswith("SE-") or "\nSE-" in value or ", SE-" in value
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with -"] += "-" in value
                forms["personnummer with +"] += "+" in value
                forms["personnummer bare"] += value.isdigit()
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for lang in MIXES for k in MIXES[lang] if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += tuple(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_n += 1
            start, stop = span["start"], span["end"]
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)[-10:]
                problems["personnummer check digit"] += not (
                    digits.isdigit() and len(digits) == 10 and luhn(digits[:9]) == int(digits[9])
                )
            problems["unknown kind"] += span["kind"] not in KINDS
    print(f"checked {rows} rows, {spans_n} spans, {len(ids)} ids")
    for name in PROBLEMS:
        print(f"{name}: {problems[name]}")
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
