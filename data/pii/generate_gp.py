# ruff: noqa: E501
"""Generate held-out GP for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventy-seventh writer.

    python data/pii/generate_gp.py            # writes data/pii/generated-heldout-gp.jsonl
    python data/pii/generate_gp.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gp.py --check    # checks the written file, prints counts only
    python data/pii/generate_gp.py --seed 7 --out /tmp/gp-7.jsonl   # a scratch seed

GP's names are drawn by how often people really carry them: every name word comes from
`names_gp.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row. The genre is adult education
and language courses (`templates_gp.py`): SFI and Komvux enrolment, placement tests, queues,
attendance lists and absence, study certificates for CSN, course certificates and grades, folk
high schools (admission letters, boarding rooms, student councils, staff lists), study
associations' evening classes and study circles, interpreters, mentors and placements; in English
UK adult learning and ESOL, US continuing education and international students; mixed Swedish and
English as staff write at work; with Swedish, British, American and European addresses, phones in
every common grouping, e-mails and personnummer. Written by a helper who does not tune the
detector, who read only `generate_aw.py` (for the mechanics, copied here), two sections of
`docs/privacy.md` ("Held-out AW" and "Held-out CL") and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger (`src/`), not `tests/`,
not any other set's names, templates or rows, not any score or error listing. GP was never run
through the detector by its writer and its names were not checked against rung's lexicons.
Stdlib only; one seeded Random: same seed, same bytes.
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

from names_gp import HEAD_SHARE, HYPHENATED, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gp import (  # noqa: E402
    CIRCLES,
    COUNTRIES,
    COURSES,
    COURSES_EN,
    DAYS,
    EN,
    FHS,
    FHSCOURSES,
    GRADES,
    GRCOURSES,
    LANGUAGES,
    LEVELS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PROPS,
    ROOMS,
    SCHOOLS,
    SFIPATHS,
    SFISCHOOLS,
    STUDIEF,
    SV,
    UKCOLLEGES,
    USCOLLEGES,
)

SEED = 20270254
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gp.jsonl"
SPLIT = "heldout-gp"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what towns have).
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Östra Storgatan", "Västra Kyrkogatan", "Bangårdsgatan", "Fabriksgatan",
    "Hamngatan", "Trädgårdsgatan", "Köpmangatan", "Nygatan", "Rådhusgatan", "Klostergatan", "Slottsgatan",
    "Södra Förstadsgatan", "Norra Strandgatan", "Gamla Tingsgatan", "Skolgatan", "Biblioteksgatan",
    "Folkhögskolevägen", "Bäckvägen", "Hjortvägen", "Lönnvägen", "Allévägen", "Idrottsvägen", "Solvägen",
    "Vallmovägen", "Syrenvägen", "Stenhuggarvägen", "Gamla Vägen", "Kyrkvägen", "Sandåsvägen", "Rönnbärsvägen",
    "Tranvägen", "Nyponvägen", "Snickarvägen", "Linvävarvägen", "Sjöbodsvägen", "Blåklintsvägen",
    "Ekbacksvägen", "Tornsvängen", "Hagtornssvängen", "Bokbindarsvängen", "Sjöängssvängen",
    "Kastanjeallén", "Parkallén", "Lasarettsallé", "Björkallé", "Kvarnbacken", "Lärarbacken", "Skolbacken",
    "Smedjebacken", "Tingsbacke", "Ängsbacke", "Humlestigen", "Blåbärsstigen", "Ljungstigen", "Gläntstigen",
    "Stortorget", "Fisktorget", "Gustavs torg", "Nytorget", "Hötorget", "Stationsplan", "Gärdesplan",
    "Bryggplan", "Mästargränd", "Lärkgränd", "Hattmakargränd", "Pilgränd", "Packhuskajen", "Norra Kajen",
    "Skeppsbrokajen", "Kanalkajen", "Lastkajen", "Universitetsvägen", "Rinkebysvängen", "Hjällbo Torg",
    "Gottfridsbergsgatan", "Bäckaslingan", "Tellusgången",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high), large and small.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 418), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Norrköping", 602, 603), ("Örebro", 702, 703), ("Västerås", 721, 725),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152), ("Gävle", 802, 806),
    ("Sundsvall", 852, 857), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kristianstad", 291, 291),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Borlänge", 781, 784), ("Motala", 591, 591), ("Landskrona", 261, 261), ("Nyköping", 611, 611),
    ("Örnsköldsvik", 891, 891), ("Norrtälje", 761, 761), ("Visby", 621, 621), ("Enköping", 745, 745),
    ("Katrineholm", 641, 641), ("Värnamo", 331, 331), ("Alingsås", 441, 441), ("Hässleholm", 281, 281),
    ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Härnösand", 871, 871), ("Hudiksvall", 824, 824), ("Oskarshamn", 572, 572), ("Nässjö", 571, 571),
    ("Arvika", 671, 671), ("Lindesberg", 711, 711), ("Avesta", 774, 774), ("Tumba", 147, 147),
    ("Norsborg", 145, 145), ("Spånga", 163, 163), ("Kista", 164, 164), ("Järfälla", 175, 177),
    ("Sundbyberg", 172, 174), ("Märsta", 195, 195), ("Angered", 424, 424), ("Haninge", 136, 137),
)  # fmt: skip
# Villages and hamlets whose name is the address (`Västanå 14`), with rural postcodes (xxx 9x).
VILLAGES = (
    "Östanbyn", "Västanå", "Norrby", "Tallbacken", "Gärdsby", "Björkebo", "Stora Mon", "Lilla Mon",
    "Kvarntorp", "Backa", "Uddebo", "Ängsvik", "Kolbotten", "Hyttan", "Sörkärr", "Brännan", "Myrbacka",
    "Rösjö", "Hällsjö", "Lövsta", "Vika", "Prästbol", "Skolbyn", "Oxberg", "Sågmyra", "Gräsmyr",
)  # fmt: skip
RURAL_TOWNS = (
    ("Orsa", 794), ("Malung", 782), ("Leksand", 793), ("Kalix", 952), ("Vindeln", 922), ("Mullsjö", 565),
    ("Glimåkra", 289), ("Skurup", 274), ("Bromölla", 295), ("Ljungskile", 459), ("Fellingsbro", 644),
    ("Hjo", 544), ("Åsa", 439), ("Sollefteå", 881), ("Sveg", 842), ("Vansbro", 780), ("Storuman", 923),
)  # fmt: skip
UK_STREETS = (
    "Cavendish Road", "Albert Street", "Queen's Drive", "Beech Grove", "Holly Lane", "Waterloo Road",
    "Clarence Street", "Moorland Avenue", "St Mary's Road", "Priory Close", "Elm Crescent", "Canal Side",
    "Garden Walk", "Meadow View", "The Parade", "Northgate", "Castle Hill", "Union Terrace", "Cheapside",
    "Belmont Road", "Wellington Place", "Sycamore Way", "Brook Street", "Library Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Sheffield", "S"), ("Bradford", "BD"), ("Leicester", "LE"), ("Cardiff", "CF"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Nottingham", "NG"), ("Coventry", "CV"), ("Luton", "LU"), ("Birmingham", "B"),
    ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Swansea", "SA"), ("Belfast", "BT"),
    ("Aberdeen", "AB"), ("York", "YO"), ("Exeter", "EX"), ("Brighton", "BN"), ("Oxford", "OX"),
    ("Norwich", "NR"), ("London", "E"), ("London", "N"),
)  # fmt: skip
US_STREETS = ("Elm Street", "Washington Avenue", "Lake Street", "Hennepin Avenue", "Cedar Lane", "Broadway", "Second Street", "Franklin Avenue", "College Drive", "Park Place", "Swede Hollow Road", "Lincoln Way")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Saint Paul", "MN", 551), ("Seattle", "WA", 981), ("Chicago", "IL", 606),
    ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Lindsborg", "KS", 674), ("Austin", "TX", 787),
    ("Madison", "WI", 537), ("Boston", "MA", 21), ("Denver", "CO", 802), ("Ann Arbor", "MI", 481),
)  # fmt: skip
EUROPE = (
    "Bergstraße {n}, {z5:69115-69126} Heidelberg", "Schillerweg {n}a, {z5:04103-04109} Leipzig",
    "{n} avenue de la République, {z5:59000-59800} Lille", "{n} rue du Moulin, {z5:35000-35700} Rennes",
    "Hämeenkatu {n} B {m}, {z5:33100-33500} Tampere", "Puistotie {n}, {z5:90100-90500} Oulu",
    "Kirkeveien {n}, {z4:0350-0370} Oslo", "Storgata {n}, {z4:9008-9020} Tromsø",
    "Nørregade {n}, {m}. th., {z4:8000-8000} Aarhus C", "Vestergade {n}, {z4:5000-5000} Odense C",
    "ul. Mickiewicza {n}/{m}, 31-{z3:100-999} Kraków", "ul. Polna {n}, 60-{z3:100-999} Poznań",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Avinguda Diagonal {n}, {z5:08019-08029} Barcelona",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Garibaldi {n}, {z5:10121-10124} Torino",
    "{n} Main Street, Ennis, Co. Clare V95 {E4}", "Rua das Flores {n}, {z4:4050-4050}-{z3:260-270} Porto",
    "Rue de la Loi {n}, {z4:1040-1040} Bruxelles", "Vinohradská {n}, {z3:120-130} 00 Praha 2",
    "Odos Ermou {n}, {z3:105-105} {z2:10-60} Athina", "Tartu mnt {n}, {z5:10115-10117} Tallinn",
    "Gedimino pr. {n}, LT-{z5:01103-01110} Vilnius", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "live.se", "hotmail.se", "telia.com", "protonmail.com")  # fmt: skip
WORK = ("example.se", "komvux.example.se", "folkhogskola.example.se", "studieforbund.example.org", "example.com", "example.ac.uk", "example.edu")  # fmt: skip
OFFICES = {  # offices' and courses' own addresses, by the language of the row
    "sv": ("expeditionen@komvux.example.se", "sfi@example.se", "info@folkhogskola.example.se", "kansliet@folkhogskola.example.se",
           "anmalan@studieforbund.example.org", "vagledning@komvux.example.se", "betyg@komvux.example.se", "hr@example.se"),
    "en": ("enrolments@example.ac.uk", "adultlearning@example.org.uk", "esol@example.ac.uk", "esl@example.edu",
           "registrar@example.edu", "info@example.org.uk", "international@folkhogskola.example.se"),
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
    """Every value of GP from one seeded Random; counts the head/tail split and the origins."""

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
        firsts, seconds = HYPHENATED[woman]
        if key == "swedish" and given[0][0] in firsts and r.random() < 0.2:  # Eva-Lena, Per-Olof
            second = (r.choice(seconds), "second part")  # not a draw from a list: outside the split
            if second[0] != given[0][0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.04):
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
        elif key in ("uk", "us") and roll < 0.02:
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
            self.split[part] += 1  # head, tail, or the second part of a hyphenated name

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = re.sub(r"[^a-z]", "", plain(person.surname[0][0]).lower())
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("00023369")
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "11",
                "19",
                "21",
                "16",
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
        a3 = r.choice(("220", "240", "250", "370", "380", "413", "431", "451", "470", "480", "498", "522", "560", "586", "611", "650", "660", "692", "920", "960"))  # fmt: skip
        shapes = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2}{d[:7]}"),
            (4, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """An office's or switchboard's number: 010, 020, 0771, a city's switchboard."""
        r = self.rng
        d = self.digits(7)
        return r.choice((
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:5]} 00", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:5]} 00",
            f"031-{d[:3]} {d[3:5]} 00", f"040-{d[:2]} {d[2:4]} 00", f"018-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('250', '923', '565', '459'))}-{d[:2]} {d[2:4]} 00",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        return r.choice((
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"020 7946 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"+44 (0)161 496 0{d[:3]}", f"0114 496 0{d[:3]}", f"029 2018 0{d[:3]}", f"0131 496 0{d[:3]}",
            f"01632 960{d[:3]}", f"0044 117 496 0{d[:3]}", f"028 9018 0{d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(2)
        area = r.choice(
            ("612", "651", "206", "312", "815", "716", "785", "512", "608", "617", "303", "734")
        )
        return r.choice((
            f"({area}) 555-01{d}", f"{area}-555-01{d}", f"+1 {area} 555 01{d}", f"+1 ({area}) 555-01{d}",
            f"{area}.555.01{d}", f"1-{area}-555-01{d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:8]}",
            f"+49 151 {d[:8]}", f"0151 {d[:4]} {d[4:8]}", f"+49 30 {d[:7]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+964 7{r.choice('5789')}{d[:1]} {d[1:4]} {d[4:8]}", f"00964 7{r.choice('789')}0 {d[:3]} {d[3:7]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"0912 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+93 7{d[:1]} {d[1:4]} {d[4:8]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"08{d[:1]}-{d[1:4]}-{d[4:8]}", f"+90 53{d[:1]} {d[1:4]} {d[4:6]} {d[6:8]}", f"0532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 34{d[:1]} {d[1:4]} {d[4:8]}", f"06-{d[:8]}",
            f"+31 6 {d[:8]}", f"+353 87 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+251 91 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `+` in the ten-digit form past a hundred."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1946, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
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
        if rural:
            town, low = r.choice(RURAL_TOWNS)
            return town, f"{low}{r.randrange(90, 100)}"
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1):03d}{r.randrange(10, 90):02d}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.87 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.18
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.16):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
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

    def uk_code(self, area: str) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )

    def uk_street(self) -> str:
        r = self.rng
        return f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        street = self.uk_street()
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.22:
            street = f"{r.randrange(1, 40)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        code = self.uk_code(area)
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def uk_box(self) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        return f"PO Box {r.randrange(10, 9999)}, {town} {self.uk_code(area)}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 40)}".replace(
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
        out = out.replace(
            "{E4}",
            r.choice("ACDEFHKNPRTVWXY")
            + self.digits(1)
            + r.choice("ACDEFHKNPRTVWXY")
            + self.digits(1),
        )
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
    SC/GC the surname or the given name in capitals (a form's fields),
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("S", "s", "SC"):
        words, value = surname, person.last.lower() if base == "s" else person.last
        value = value.upper() if base == "SC" else value
    elif base == "GC":
        words, value = given, person.first.upper()
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SC", "GC", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALL": lambda: (draw.sv_address(lines=True, lgh=True, rural=False), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "STP": lambda: (f"{draw.sv_street()}, plan {r.randrange(1, 7)}", "ADDRESS"),
        "AP": lambda: (f"{draw.sv_street()}, plan {r.randrange(1, 7)}, {draw.sv_postal()}", "ADDRESS"),
        "ap": lambda: (f"{draw.sv_street()}, plan {r.randrange(1, 7)}, {draw.sv_postal()}".lower(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "STUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "BOXUK": lambda: (draw.uk_box(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (r.choice(OFFICES["en" if en else "sv"]), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1950, 2008)}", None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "FEW": lambda: (str(r.randrange(5, 13)), None),
        "AGE": lambda: (str(r.randrange(19, 64)), None),
        "HOURS": lambda: (str(r.choice((12, 20, 24, 30, 36, 40, 60, 80, 120))), None),
        "STH": lambda: (str(r.choice((2, 3, 4))), None),
        "POINTS": lambda: (str(r.choice((50, 100, 150, 200, 400))), None),
        "AMT": lambda: (f"{r.randrange(300, 4800):,} kr".replace(",", " "), None),
        "USD": lambda: (f"${r.randrange(60, 900)}.00", None),
        "GBP": lambda: (f"£{r.randrange(5, 40)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(2026, 2028)}-{r.randrange(1000, 99999)}", f"L{r.randrange(100000, 999999)}")), None),
        "WEEKN": lambda: (f"vecka {r.randrange(2, 51)}", None),
        "WEEKNUM": lambda: (str(r.randrange(2, 51)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"][:5]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "LANGUAGE": lambda: (r.choice(LANGUAGES), None),
        "SFIPATH": lambda: (r.choice(SFIPATHS), None),
        "COURSE": lambda: (r.choice(COURSES), None),
        "COURSEEN": lambda: (r.choice(COURSES_EN), None),
        "GRCOURSE": lambda: (r.choice(GRCOURSES), None),
        "FHSCOURSE": lambda: (r.choice(FHSCOURSES), None),
        "FHS": lambda: (r.choice(FHS), None),
        "SCHOOL": lambda: (r.choice(SCHOOLS), None),
        "SFISCHOOL": lambda: (r.choice(SFISCHOOLS), None),
        "STUDIEF": lambda: (r.choice(STUDIEF), None),
        "CIRCLE": lambda: (r.choice(CIRCLES), None),
        "LEVEL": lambda: (r.choice(LEVELS), None),
        "GRADE": lambda: (r.choice(GRADES), None),
        "ROOM": lambda: (r.choice(ROOMS), None),
        "PROP": lambda: (r.choice(PROPS), None),
        "UKCOLLEGE": lambda: (r.choice(UKCOLLEGES), None),
        "USCOLLEGE": lambda: (r.choice(USCOLLEGES), None),
        "COUNTRY": lambda: (r.choice(COUNTRIES["sv"]), None),
        "COUNTRYEN": lambda: (r.choice(COUNTRIES["en"]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    last: Person | None = None
    text, end = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[end : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            elif base == "E" and not ref and last is not None:  # the person named nearest before
                person = last
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
            last = person
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        end = match.end()
    return text + template[end:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """GP's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of GP is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += "Box" in value
                forms["address SE-"] += "SE-" in value
                forms["address near c/o"] += (
                    "c/o " in text[max(0, span["start"] - 50) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                pnr[
                    f"{len(digits)} digits"
                    + (", +" if "+" in value else ", hyphen" if "-" in value else ", no hyphen")
                ] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = draw.split["head"] + draw.split["tail"]
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print(f"second parts of hyphenated given names (no list draw): {draw.split['second part']}")
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file and prints counts only; returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = 0
    keys = {"id", "split", "lang", "text", "spans"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["row keys"] += set(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        problems["id form"] += not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"])
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            kinds += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["out of bounds"] += not (0 <= start < stop <= len(text))
            problems["empty"] += not value
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                digits = digits[2:] if len(digits) == 12 else digits
                problems["personnummer length"] += len(digits) != 10
                problems["personnummer check digit"] += len(digits) == 10 and luhn(
                    digits[:9]
                ) != int(digits[9])
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
    problems["row count"] += rows != sum(SIZES.values())
    total = sum(problems.values())
    print(f"checked {rows} rows, {kinds} spans, {len(ids)} ids: {total} problems")
    for name, n in problems.items():
        if n:
            print(f"  {name}: {n}")
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
