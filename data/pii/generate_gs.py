# ruff: noqa: E501
"""Generate held-out GS for personal-data detection (issue 15): names as the population has them,
a hundred-and-eightieth writer, in texts about elections and political parties (polling stations
and their staff, postal and proxy votes, party members and their registers, candidate lists and
nominations, annual meetings and minutes, campaign volunteers, canvassing, phone banks and leaflet
rounds, in Swedish, English and the two mixed as Swedes write at work), written by a helper who
tunes nothing and who read only `generate_aw.py` for the mechanics (the seeded `Draw`, the slot
filler, the row format, `--stats`), two write-ups of earlier sets in docs/privacy.md and the first
line of `generated-heldout-u.jsonl` for its keys; no rule, lexicon, test or other set of rung's was
read, GS's names were not checked against anything in the repository, and GS was never run through
the detector or a scorer by its writer.

    python data/pii/generate_gs.py             # writes data/pii/generated-heldout-gs.jsonl
    python data/pii/generate_gs.py --stats     # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gs.py --check     # checks the written file, prints counts only
    python data/pii/generate_gs.py --seed 7 --out /tmp/gs7.jsonl   # a scratch seed

Every name word comes from `names_gs.py`'s weighted pools (SCB's ranks for Sweden, the US Census
1990 per cents, the ONS rankings for the UK, and the commonest names of origins common in Sweden),
80% from the head of a list and 20% from its tail, mixed by the language of the row (`MIXES`).
The templates are in `templates_gs.py`. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_gs import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gs import (  # noqa: E402
    CARE,
    DAYS,
    DISTRICTS,
    EN,
    HALLS,
    LANGS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PARTIES,
    PARTIES_EN,
    SV,
    VENUES,
    WARDS,
)

SEED = 20270257
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gs.jsonl"
SPLIT = "heldout-gs"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Nygatan", "Västra Storgatan", "Östra Kyrkogatan", "Rådhusgatan", "Tullgatan", "Fabriksgatan",
    "Bagaregatan", "Norra Järnvägsgatan", "Slottsgatan", "Vattugatan", "Hamngatan", "Prästgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ringvägen", "Industrivägen", "Kyrkvägen", "Skogsvägen",
    "Parkvägen", "Solvägen", "Lönnvägen", "Rönnvägen", "Villavägen", "Bergsvägen", "Lärkvägen",
    "Backvägen", "Mossvägen", "Gamla Vägen", "Östra Vägen", "Idrottsvägen", "Stationsvägen",
    "Folkets Husvägen", "Valhallavägen", "Konvaljsvängen", "Snickarsvängen", "Blåklockssvängen",
    "Tornsvängen", "Vallmosvängen", "Kastanjeallé", "Linnés allé", "Lindallén", "Aspallén",
    "Ekbacksallén", "Lillbacken", "Kyrkbacken", "Ängsbacken", "Kvarnbacken", "Möllebacken",
    "Gröna backe", "Hästhagsbacke", "Syrénstigen", "Vitsippsstigen", "Smultronstigen",
    "Hallonstigen", "Ekorrstigen", "Stortorget", "Järntorget", "Fisktorget", "Lilla torg",
    "Västra torg", "Nytorget", "Medborgarplatsen", "Brunnsplan", "Stationsplan", "Rådhusplan",
    "Kyrkplan", "Tunnbindaregränd", "Smedjegränd", "Kopparslagargränd", "Klockargränd",
    "Sjömansgränd", "Norra Kajen", "Södra Kajen", "Hamnkajen", "Stenpirskajen", "Kanalkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 636),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Lidköping", 531, 531), ("Motala", 591, 591), ("Landskrona", 261, 261),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Örnsköldsvik", 891, 891), ("Visby", 621, 621),
    ("Kiruna", 981, 981), ("Piteå", 941, 941), ("Ystad", 271, 271), ("Härnösand", 871, 871),
    ("Enköping", 745, 745), ("Sandviken", 811, 811), ("Katrineholm", 641, 641), ("Alingsås", 441, 441),
    ("Kungälv", 442, 442), ("Norrtälje", 761, 761), ("Hudiksvall", 824, 824), ("Arvika", 671, 671),
    ("Ludvika", 771, 771), ("Oskarshamn", 572, 572), ("Vetlanda", 574, 574), ("Söderhamn", 826, 826),
    ("Boden", 961, 961), ("Hässleholm", 281, 281), ("Ängelholm", 262, 262), ("Trelleborg", 231, 231),
    ("Falkenberg", 311, 311), ("Värnamo", 331, 331), ("Nässjö", 571, 571), ("Mariestad", 542, 542),
    ("Strängnäs", 645, 645), ("Leksand", 793, 793), ("Tierp", 815, 815), ("Sölvesborg", 294, 294),
)  # fmt: skip
# Villages and hamlets whose name and number are the address in the countryside.
VILLAGES = (
    "Västanby", "Österby", "Norrby", "Sunnanå", "Bäckby", "Kyrkbyn", "Stora Mossen", "Hökmark",
    "Tallbacken", "Övre Ål", "Nedre Kvarn", "Lillsjön", "Ängstorp", "Åsen", "Backen", "Gärdet",
    "Bredsjö", "Storbyn", "Lillbyn", "Nyby", "Hällby", "Sörbo", "Granlund", "Skogsbo", "Rödje",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Queens Road", "Green Lane",
    "Park Road", "Manor Road", "The Crescent", "Mill Lane", "Grange Road", "New Street",
    "Windsor Avenue", "Chapel Street", "North Road", "Springfield Close", "Beech Grove",
    "Elm Terrace", "Albert Road", "St John's Road", "Orchard Way", "Meadow View",
)  # fmt: skip
UK_TOWNS = (
    ("Leicester", "LE"), ("Swindon", "SN"), ("Stockport", "SK"), ("Wakefield", "WF"),
    ("Exeter", "EX"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Aberdeen", "AB"), ("Dundee", "DD"),
    ("Belfast", "BT"), ("Reading", "RG"), ("Luton", "LU"), ("Bolton", "BL"), ("Sheffield", "S"),
    ("Birmingham", "B"), ("London", "N"), ("London", "SE"), ("Glasgow", "G"), ("Oxford", "OX"),
)  # fmt: skip
US_STREETS = (
    "Main St", "Elm Street", "Oak Avenue", "2nd Street", "Washington Ave", "Lincoln Road",
    "Cedar Lane", "Park Place", "Maple Drive", "Jefferson Blvd", "N 5th Street", "Lakeview Drive",
    "Sunset Blvd", "Hillcrest Road", "W Market St",
)  # fmt: skip
US_TOWNS = (
    ("Columbus", "OH", 432), ("Madison", "WI", 537), ("Minneapolis", "MN", 554), ("Des Moines", "IA", 503),
    ("Tucson", "AZ", 857), ("Raleigh", "NC", 276), ("Savannah", "GA", 314), ("Albany", "NY", 122),
    ("Eugene", "OR", 974), ("Scranton", "PA", 185), ("Omaha", "NE", 681), ("Austin", "TX", 787),
    ("Rockford", "IL", 611), ("Spokane", "WA", 992),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-14199} Berlin", "Schillerstr. {n}, {z5:80331-81929} München",
    "Goethestraße {n}a, {z5:20095-22769} Hamburg", "{n} avenue Jean Jaurès, {z5:69001-69009} Lyon",
    "{n}, rue de la République, {z5:13001-13016} Marseille", "Mannerheimintie {n} A {m}, {z5:00100-00990} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33900} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7099} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 31-{z3:100-199} Kraków", "Calle Mayor {n}, {m}º B, {z5:28001-28080} Madrid",
    "Avenida de la Constitución {n}, {z5:41001-41020} Sevilla", "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3514} {L2} Utrecht", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Rua Augusta {n}, {z4:1100-1100}-{z3:100-999} Lisboa",
    "Vilniaus g. {n}, LT-{z5:01100-01999} Vilnius", "Pärnu mnt {n}, {z5:10100-10999} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "spray.se")  # fmt: skip
WORK = ("example.se", "kommun.example.se", "partiet.example.se", "region.example.se", "example.com", "example.org", "example.co.uk", "council.example.org.uk")  # fmt: skip
FUNCTIONS = (
    "valnamnden", "val", "valkansliet", "kansli", "info", "medlem", "medlemsregistret", "kampanj",
    "press", "volontar", "valstugan", "kassoren", "valberedningen", "ordforande", "elections",
    "volunteers", "electoral.services", "register", "canvass", "office", "membership",
)  # fmt: skip


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
    """Every value of GS from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.clock = 0  # minutes past midnight, for the times of a chat

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
        ):  # Anna-Karin, Per-Olof
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.4, "uk": 0.3, "nordic": 0.2}.get(key, 0.05):
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
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
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

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def function_email(self) -> str:
        r = self.rng
        return f"{r.choice(FUNCTIONS)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def tick(self) -> str:
        """The next time of a chat: each line a few minutes after the one before."""
        self.clock += self.rng.randrange(1, 25)
        hours, minutes = divmod(self.clock, 60)
        return f"{hours % 24:02d}:{minutes:02d}"

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
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
                "60",
                "26",
                "35",
                "36",
                "42",
                "46",
            )
        )
        a3 = r.choice(
            (
                "220",
                "240",
                "250",
                "270",
                "291",
                "320",
                "370",
                "380",
                "413",
                "451",
                "480",
                "491",
                "500",
                "510",
                "522",
                "560",
                "580",
                "612",
                "620",
                "650",
                "660",
                "670",
                "690",
                "910",
                "920",
                "940",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0046 {a2} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """An office's or a switchboard's number: 010, 020, 0771, a city's exchange."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:5]} 00", f"031-{d[:3]} {d[3:5]} 00",
                         f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('13', '19', '21', '90'))}-{d[:2]} {d[2:4]} 00"))  # fmt: skip

    def phone_uk(self) -> str:
        """A British number as people there write it: 0 and ten digits, grouped by the area code."""
        r = self.rng
        d = self.digits(10)
        area = r.choice(
            (
                "0116",
                "01793",
                "0161",
                "01924",
                "01392",
                "029",
                "01792",
                "01224",
                "01382",
                "028",
                "0118",
                "01582",
                "01204",
                "0114",
                "0121",
                "020",
                "0141",
                "01865",
            )
        )
        local = d[: 11 - len(area)]
        grouped = {8: f"{local[:4]} {local[4:]}", 7: f"{local[:3]} {local[3:]}", 6: local}[
            len(local)
        ]
        return r.choice((f"07{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:6]} {d[6:9]}", f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)7{d[:3]} {d[3:9]}",
                         f"{area} {grouped}", f"({area}) {grouped}", f"+44 {area[1:]} {grouped}", f"+44 (0){area[1:]} {grouped}", f"0044 {area[1:]} {local}"))  # fmt: skip

    def phone_us(self) -> str:
        """An American number as people there write it."""
        r = self.rng
        d = str(r.randrange(2, 10)) + self.digits(6)
        area = r.choice(
            (
                "614",
                "608",
                "612",
                "515",
                "520",
                "919",
                "912",
                "518",
                "541",
                "570",
                "402",
                "512",
                "815",
                "509",
            )
        )
        return r.choice((f"({area}) {d[:3]}-{d[3:]}", f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}",
                         f"+1 {area} {d[:3]} {d[3:]}", f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-{area}-{d[:3]}-{d[3:]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}",
            f"050 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)20 {d[:4]} {d[4:8]}",
            f"020 {d[:4]} {d[4:8]}", f"0116 {d[:3]} {d[3:7]}", f"0044 161 {d[:3]} {d[3:7]}", f"+44 29 {d[:4]} {d[4:8]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"030 {d[:8]}", f"0049 89 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"({r.choice(('614', '608', '612', '515', '520', '919'))}) {d[:3]}-{d[3:7]}",
            f"+1 {r.choice(('614', '608', '612', '515', '520', '919'))}-555-0{d[:3]}", f"1-800-{d[:3]}-{d[3:7]}",
            f"{r.choice(('614', '608', '612'))}.{d[:3]}.{d[3:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+31 6 {d[:4]} {d[4:8]}", f"06-{d[:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+32 4{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+351 9{d[:2]} {d[2:5]} {d[5:8]}", f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}",
            f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+291 7 {d[:3]} {d[3:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        past a hundred, the ten-digit form takes `+`."""
        r = self.rng
        year = r.randrange(1915, 1927) if old else r.randrange(1927, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old and roll < 0.7:
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[25:] if rural else SV_TOWNS)
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
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += r.choice(
                (
                    f", {r.randrange(1, 7)} tr",
                    f" {r.randrange(1, 7)} tr",
                    f", {r.randrange(1, 5)} tr.",
                )
            )
        joint = "\n" if lines else ", " if "lgh" in street or r.random() < 0.75 else " "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.22:
            street = f"{r.randrange(1, 60)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Apt.', 'Suite', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
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

    P full name, p the same in lower case, U in capitals, F with middle names, Pm with the middle
    name's initial, G/g the given name (sometimes its short form), N/n the short form where the
    name has one, S/s the surname, I an initial and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, SU and GU the surname and the given
    name in capitals, E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing
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
    elif base == "Pm":
        words = given + middle[:1] + surname
        value = (
            f"{person.first} {middle[0][0][0]}. {person.last}"
            if middle
            else f"{person.first} {person.last}"
        )
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = (
            draw.nickname(person, 0.07 if base in ("G", "g") else 0.85) if base != "GU" else None
        )
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last.lower() if base == "s" else person.last
        value = value.upper() if base == "SU" else value
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
    "Pm",
    "G",
    "g",
    "N",
    "n",
    "GU",
    "S",
    "s",
    "SU",
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
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "stn": lambda: (r.choice(SV_STREETS).lower(), "ADDRESS"),
        "AUP": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "UKST": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "ua": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.function_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2026")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/26")), None),
        "CT": lambda: (draw.tick(), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "VOTES": lambda: (f"{r.randrange(40, 3400)}", None),
        "PCT": lambda: (f"{r.randrange(1, 45)}{'.' if en else ','}{r.randrange(10)} %".replace(" %", "%" if en else " %"), None),
        "AMT": lambda: (f"{r.randrange(100, 48000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(5, 2400)}{r.choice(('', '.00', '.50'))}", None),
        "USD": lambda: (f"${r.randrange(5, 5000):,}", None),
        "EUR": lambda: (f"{r.randrange(10, 900)} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"Dnr {r.randrange(2024, 2027)}/{r.randrange(10, 999)}", f"#{r.randrange(10000, 99999)}", f"VAL-{r.randrange(2026, 2027)}-{r.randrange(100, 9999):04d}")), None),
        "MNR": lambda: (str(r.randrange(10000, 999999)), None),
        "LISTNR": lambda: (str(r.randrange(1, 40)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "SVTOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "UKTOWN": lambda: (r.choice(UK_TOWNS)[0], None),
        "USTOWN": lambda: (r.choice(US_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "DIST": lambda: (r.choice(DISTRICTS), None),
        "VENUE": lambda: (r.choice(VENUES), None),
        "HALL": lambda: (r.choice(HALLS), None),
        "WARD": lambda: (r.choice(WARDS), None),
        "PARTY": lambda: (r.choice(PARTIES), None),
        "PARTYEN": lambda: (r.choice(PARTIES_EN), None),
        "AGE": lambda: (str(r.randrange(19, 84)), None),
        "CARE": lambda: (r.choice(CARE), None),
        "LANG": lambda: (r.choice(LANGS), None),
        "CLR": lambda: (f"{r.choice('5689')}{draw.digits(3)}", None),
        "ACC": lambda: (f"{draw.digits(3)} {draw.digits(3)} {draw.digits(3)}-{draw.digits(1)}" if r.random() < 0.5 else f"{draw.digits(2)}-{draw.digits(6)}-{draw.digits(1)}", None),
        "ORG": lambda: (f"55{draw.digits(4)}-{draw.digits(4)}", None),
        "ELNO": lambda: (f"{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice(('', '1', '2', '3'))}-{r.randrange(1, 3200)}", None),
        "PLATE": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {draw.digits(2)}{r.choice('0123456789ABCDEFGHJKLMNPRSTUWXYZ')}", None),
        "PREC": lambda: (f"{r.randrange(1, 90)}{r.choice(('', '', 'A', 'B'))}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.clock = draw.rng.randrange(7 * 60, 22 * 60)
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
    """GS's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, text, True) for lang, text in NEGATIVES]
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
        assert bool(spans) != negative, template[:60]
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GS is printed."""
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
        forms["c/o"] += text.count("c/o ")
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
                forms["genitive"] += bool(
                    re.match(r"(?:s|'s?)(?:\W|$)", after)
                ) and not value.endswith("s")
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value: {sum(empty.values())} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f"); negatives {len(NEGATIVES)}"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Check the written file; print counts of problems only."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    kinds: Counter[str] = Counter()
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()
    ]
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["id repeated"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            problems["kind"] += kind not in KINDS
            if not 0 <= start < stop <= len(text):
                problems["out of bounds or empty"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if kind == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer check digit"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
    langs = Counter(row["lang"] for row in rows)
    print(
        f"{path.name}: {len(rows)} rows ("
        + ", ".join(f"{k} {v}" for k, v in sorted(langs.items()))
        + f"), {len(ids)} ids, {sum(kinds.values())} spans ("
        + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
        + ")"
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--out", type=Path, default=None, help="where to write (a scratch seed needs one)"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    out = args.out or OUT
    if args.check:
        raise SystemExit(check(out))
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.seed != SEED and args.out is None:
        raise SystemExit("a scratch seed is written only with --out")
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
