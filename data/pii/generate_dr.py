# ruff: noqa: E501
"""Generate held-out DR for personal-data detection (issue 15): names as the population has them,
a hundred-and-first writer; the genre is insurance claims, accidents and damage at home. Every
name word is drawn from `names_dr.py`'s pools weighted by how often people carry them (SCB's ranks
for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, the commonest names of the
origins common in Sweden), 80% from a list's head and 20% from its tail, mixed per language as
`MIXES` says; the texts (`templates_dr.py`) are claim forms, claim handlers' letters and notes,
water, fire, storm and burglary damage, accidents at home, witnesses, tradesmen's invoices,
housing co-operatives' notices and chats, in Swedish, English and mixed Swedish/English. Written
by a helper who does not tune the detector and read only `generate_aw.py` (for the mechanics:
the seeded `Draw`, the slot filler, the row format and `--stats`), the sections "Held-out AW" and
"Held-out CL" of docs/privacy.md and the first line of `generated-heldout-u.jsonl` (for its
keys); not the detector's code, lexicons or tests, nor any other set's names, templates or rows,
nor any score. DR was never run through the detector by its writer. Stdlib only; one seeded
Random: same seed, same bytes.

    python data/pii/generate_dr.py            # writes data/pii/generated-heldout-dr.jsonl
    python data/pii/generate_dr.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dr.py --check    # checks the written file, prints counts only
    python data/pii/generate_dr.py --seed 7 --out /tmp/dr7.jsonl   # a scratch seed
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

from names_dr import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dr import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270178
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dr.jsonl"
SPLIT = "heldout-dr"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, some named after people (the whole street is an ADDRESS).
SV_STREETS = (
    "Drottninggatan", "Götgatan", "Hornsgatan", "Fleminggatan", "Sankt Eriksgatan", "Linnégatan",
    "Västra Hamngatan", "Södra Förstadsgatan", "Bangatan", "Parkgatan", "Trädgårdsgatan", "Ågatan",
    "Vasagatan", "Tegnérgatan", "Fabriksgatan", "Bruksgatan", "Köpmangatan", "Rådhusgatan",
    "Norra Storgatan", "Östra Järnvägsgatan", "Evert Taubes gata", "Olof Palmes gata",
    "Bergsvägen", "Villavägen", "Vallmovägen", "Klövervägen", "Rosenvägen", "Syrenvägen", "Solvägen",
    "Lärkvägen", "Enebacksvägen", "Höjdvägen", "Kyrkvägen", "Idrottsvägen", "Tallbacksvägen",
    "Gamla vägen", "Östra vägen", "Bäckvägen", "Älgvägen", "Selma Lagerlöfs väg", "Prins Bertils väg",
    "Linsvängen", "Tranesvängen", "Blåklockssvängen", "Ekbackssvängen", "Sofielunds allé",
    "Fredsborgs allé", "Tuna allé", "Kastanjeallén", "Lindallén", "Slottsbacken", "Hagabacken",
    "Tegelbruksbacken", "Mariebergs backe", "Ringbacken", "Ljungstigen", "Harstigen",
    "Murklestigen", "Kantarellstigen", "Vitsippsstigen", "Stora torget", "Mariatorget", "Fisktorget",
    "Nytorget", "Kornhamnstorg", "Centralplan", "Kyrkplan", "Bryggplan", "Fältplan", "Skomakargränd",
    "Tunnbindaregränd", "Prästgränd", "Klockargränd", "Norra Kajen", "Södra Kajen", "Strandkajen",
    "Packhuskajen", "Skeppsbrokajen", "Björkslingan", "Hagaslingan", "Granliden", "Solliden",
    "Parkgången", "Körsbärsgången",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high); the small towns from index 40.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 428), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Västerås", 721, 725), ("Örebro", 702, 705), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 901, 907), ("Lund", 222, 227),
    ("Borås", 501, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 631, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Nacka", 131, 132),
    ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Järfälla", 175, 177),
    ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Lerum", 443, 443), ("Kungälv", 442, 442),
    ("Varberg", 432, 432), ("Lidköping", 531, 531), ("Motala", 591, 591), ("Piteå", 941, 941),
    ("Sandviken", 811, 811), ("Ängelholm", 262, 262), ("Landskrona", 261, 261), ("Visby", 621, 621),
    ("Kiruna", 981, 981), ("Skellefteå", 931, 931), ("Härnösand", 871, 871), ("Enköping", 745, 745),
    ("Katrineholm", 641, 641), ("Alingsås", 441, 441), ("Karlskoga", 691, 691), ("Hudiksvall", 824, 824),
    ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Oskarshamn", 572, 572), ("Västervik", 593, 593),
    ("Arvika", 671, 671), ("Köping", 731, 731), ("Avesta", 774, 774), ("Ludvika", 771, 771),
    ("Eslöv", 241, 241), ("Höganäs", 263, 263), ("Vetlanda", 574, 574), ("Värnamo", 331, 331),
    ("Nässjö", 571, 571), ("Ronneby", 372, 372), ("Karlshamn", 374, 374), ("Boden", 961, 961),
    ("Kalix", 952, 952), ("Gällivare", 982, 982), ("Örnsköldsvik", 891, 891), ("Lycksele", 921, 921),
    ("Söderhamn", 826, 826), ("Hedemora", 776, 776), ("Strängnäs", 645, 645), ("Nynäshamn", 149, 149),
    ("Norrtälje", 761, 761), ("Märsta", 195, 195), ("Åkersberga", 184, 184), ("Mora", 792, 792),
)  # fmt: skip
SMALL_TOWNS = 40
# Villages and farms as rural addresses have them (`Ekeby 112, 745 96 Enköping`).
VILLAGES = (
    "Lillängen", "Storbyn", "Österbyn", "Västerby", "Nolby", "Sunnanå", "Hjortsberga", "Kråkerum",
    "Bäckaby", "Holmsjö", "Tallåsen", "Rönnäs", "Grönhult", "Ekeby", "Hällby", "Mjölnartorpet",
    "Gransäter", "Ängsholmen", "Sörby", "Uddebo", "Brännan", "Nybyn", "Kullerstad", "Sjöhagen",
    "Bjärka", "Lövsta", "Myrheden", "Norrbäck", "Stora Hult", "Lilla Mellösa",
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Elm Grove", "Queens Road", "St Mary's Road", "Cromwell Road", "Jubilee Close",
    "Windsor Avenue", "Beech Crescent", "Meadow Way", "Springfield Road", "The Crescent",
    "Greenway Gardens", "Acacia Avenue", "Hawthorn Drive", "Cavendish Terrace", "Marlborough Place",
    "Brook Street", "Mill Hill Lane", "Nelson Street", "Riverside Walk", "Coronation Street",
    "Priory Lane", "Oakfield Road", "Kingsway",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Cardiff", "CF"), ("Swansea", "SA"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Aberdeen", "AB"), ("Belfast", "BT"), ("Exeter", "EX"),
    ("Plymouth", "PL"), ("Reading", "RG"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Brighton", "BN"),
    ("York", "YO"), ("Leicester", "LE"), ("Coventry", "CV"), ("Birmingham", "B"), ("Liverpool", "L"),
    ("Newcastle upon Tyne", "NE"), ("Southampton", "SO"), ("Bath", "BA"), ("London", "SE"),
    ("London", "N"), ("London", "E"), ("Manchester", "M"), ("Bristol", "BS"),
)  # fmt: skip
UK_FLATS = ("Flat {m}", "Flat {m}B", "Apartment {m}", "{m}F2", "Basement Flat")
US_STREETS = (
    "Oak Ridge Drive", "Elm Street", "Willow Lane", "N 3rd Street", "W Cedar Ave", "Lakeview Court",
    "Magnolia Way", "Hickory Lane", "E 14th St", "Peachtree Road", "Cypress Point Drive",
    "Country Club Road", "Washington Avenue", "Lincoln Street", "Sycamore Blvd", "Prairie View Rd",
)  # fmt: skip
US_TOWNS = (
    ("Columbus", "OH", 432), ("Austin", "TX", 787), ("Tampa", "FL", 336), ("Des Moines", "IA", 503),
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Denver", "CO", 802), ("Raleigh", "NC", 276),
    ("Sacramento", "CA", 958), ("Albany", "NY", 122), ("Omaha", "NE", 681), ("Tulsa", "OK", 741),
    ("Madison", "WI", 537), ("Savannah", "GA", 314), ("Houston", "TX", 770), ("Phoenix", "AZ", 850),
    ("New Orleans", "LA", 701), ("Charleston", "SC", 294),
)  # fmt: skip
# Europe and the rest of the English-speaking world, each in its own format (a shuffled deck).
ABROAD = (
    "Hauptstraße {n}, {z5:10823-10829} Berlin", "Bahnhofstr. {n}, {z5:80331-80339} München",
    "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse", "{n} rue du Moulin, {z5:44000-44300} Nantes",
    "Calle Mayor {n}, {m}º B, {z5:28012-28014} Madrid", "Avda. del Mediterráneo {n}, {z5:03501-03503} Benidorm",
    "Calle Caballero de Rodas {n}, {z5:03181-03185} Torrevieja", "Storgata {n}, {z4:0155-0185} Oslo",
    "Nørregade {n}, {m}. th., {z4:1165-1172} København K", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33210} Tampere", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "ul. Marszałkowska {n}/{m}, 00-{z3:500-699} Warszawa", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "Via Garibaldi {n}, {z5:10121-10124} Torino", "Rua Augusta {n}, 1100-{z3:040-060} Lisboa",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "Bahnhofstrasse {n}, {z4:8001-8003} Zürich",
    "{n} Main Street, Ballina, Co. Mayo F26 {L2}{z2:10-99}", "{n} Maple Street, Toronto, ON M4C {z1:1-9}B{z1:1-9}",
    "Unit {m}/{n} Smith Street, Fitzroy VIC {z4:3065-3065}", "Pärnu mnt {n}-{m}, {z5:10141-10148} Tallinn",
)  # fmt: skip
# Swedish area codes without the 0: two digits (cities) and three (towns and the countryside).
AREA2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "26", "35", "36", "11", "42", "46")  # fmt: skip
AREA3 = (
    "150", "171", "220", "240", "300", "321", "346", "380", "410", "431", "454", "470", "480", "500",
    "510", "522", "550", "564", "570", "580", "591", "611", "620", "650", "670", "690", "730", "750",
    "910", "920", "940", "960",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.se", "bahnhof.se", "protonmail.com")  # fmt: skip
WORK = ("example.se", "skador.example.se", "example.com", "example.org", "example.co.uk", "mail.example.net")  # fmt: skip
FIRM_MAIL = ("skador", "skadeservice", "kundservice", "claims", "info", "jour", "fukt", "hem", "bokning", "styrelsen", "support")  # fmt: skip


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
    """Every value of DR from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.abroad: list[str] = []

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Eva-Lena, Per-Olof
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "nordic": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
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
        return f"{r.choice(FIRM_MAIL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline (`mobile`: a mobile), in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"(08) {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2}{d[:6]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        if mobile:
            shapes = shapes[:15]  # the mobiles come first
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an agency's number: switchboards, 020, 0771, 010 and the like."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0770-{d[:3]} {d[3:6]}",
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 771 {d[:3]} {d[3:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('21', '19', '13', '90'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = {
            "uk": (f"+44 7700 900{d[:3]}", f"07700 900 {d[:3]}", f"07700 900{d[:3]}", f"020 7946 0{d[:3]}",
                   f"0161 496 0{d[:3]}", f"+44 (0)113 496 0{d[:3]}", f"0044 131 496 0{d[:3]}", f"029 2018 0{d[:3]}",
                   f"+44 117 496 0{d[:3]}", f"(0114) 496 0{d[:3]}"),
            "us": (f"(512) 555-01{d[:2]}", f"+1 614 555 01{d[:2]}", f"813-555-01{d[:2]}", f"+1 (206) 555-01{d[:2]}",
                   f"515.555.01{d[:2]}", f"1-800-555-01{d[:2]}", f"(504) 555-01{d[:2]}"),
            "other": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
                      f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
                      f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+49 30 {d[:8]}", f"030 {d[:7]}",
                      f"+49 (0)171 {d[:7]}", f"0171 {d[:7]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                      f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
                      f"0034 96 {d[:3]} {d[3:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
                      f"+31 6 {d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
                      f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
                      f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+98 912 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
                      f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
                      f"+387 61 {d[:3]} {d[3:6]}", f"+372 5{d[:3]} {d[3:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",
                      f"+353 87 {d[:3]} {d[3:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}"),
        }  # fmt: skip
        if country is None:
            country = r.choice(("uk", "us", "other", "other"))
        return r.choice(shapes[country])

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit; `old`: born before 1927, `+` past a hundred;
        `child`: born 2012 to 2023."""
        r = self.rng
        year = (
            r.randrange(1918, 1927)
            if old
            else r.randrange(2012, 2024)
            if child
            else r.randrange(1935, 2008)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return (
                f"{year // 100}{date}{serial}{check}"
                if r.random() < 0.25
                else f"{date}+{serial}{check}"
            )
        roll = r.random()
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
        town, low, high = r.choice(SV_TOWNS[SMALL_TOWNS:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.12:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def flat(self, street: str) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.12:
            return (
                f"{street}{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            )
        if roll < 0.18:
            return f"{street}, {r.randrange(1, 7)} tr"
        if roll < 0.2:
            return f"{street}, {r.randrange(1, 6)} tr, lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        return street

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        if rural:
            street = self.village()
        elif lgh:
            street = f"{self.sv_street()}{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        else:
            street = self.flat(self.sv_street())
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            flat = r.choice(UK_FLATS).replace("{m}", str(r.randrange(1, 40)))
            street = f"{flat}, {street}"
        elif roll < 0.35:
            street = f"{r.choice(('Rose Villa', 'Ashdown House', 'The Laurels', 'Willow Cottage'))}, {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 160)))
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

    P full name, p the same in lower case, U in capitals, F with a middle name, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A
    trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
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
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = (
            draw.nickname(person, 0.07 if base in ("G", "g") else 0.85) if base != "GU" else None
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "Gi", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def amount(r: Random) -> str:
    n = int(
        r.choice((r.randrange(300, 9000), r.randrange(2000, 60000), r.randrange(20000, 400000)))
    )
    return f"{n:,}".replace(",", " ") + r.choice((" kr", " kr", " kronor", ":-", " SEK"))


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    yy = r.choice((26, 27))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "ST": lambda: (draw.flat(draw.sv_street()) if r.random() < 0.3 else draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),  # a street without a number
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(rural=r.random() < 0.15)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PHO": lambda: (draw.phone_x("other"), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027")), None),
        "TIME": lambda: (f"{r.randrange(6, 22)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45', '10', '50'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'pm'))}", f"{r.randrange(7, 20):02d}:{r.choice(('00', '30'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "YEAR": lambda: (str(r.randrange(2009, 2027)), None),
        "AMT": lambda: (amount(r), None),
        "AMTS": lambda: (f"{r.randrange(300, 9000):,}".replace(",", " ") + r.choice((" kr", " kr", ":-")), None),
        "GBPS": lambda: (f"£{r.randrange(40, 2400):,}", None),
        "GBP": lambda: (f"£{r.randrange(80, 16000):,}.{r.choice(('00', '50', str(r.randrange(10, 99))))}", None),
        "USD": lambda: (f"${r.randrange(200, 90000):,}", None),
        "EUR": lambda: (f"{r.randrange(90, 30000)} €", None),
        "CLAIM": lambda: (r.choice((f"S-2027-{r.randrange(1, 99999):05d}", f"{r.randrange(10, 99)}-{r.randrange(1000000, 9999999)}", f"HS{r.randrange(100000, 999999)}", f"2027/{r.randrange(1000, 99999)}")), None),
        "CLAIMEN": lambda: (r.choice((f"CLM-{r.randrange(10**7, 10**8)}", f"HC/{r.randrange(100000, 999999)}/27", f"#{r.randrange(1000000, 9999999)}", f"{r.choice('ABHW')}{r.randrange(10**8, 10**9)}")), None),
        "POL": lambda: (r.choice((f"HF {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}", f"{r.randrange(10**9, 10**10)}", f"VI-{r.randrange(100000, 999999)}")), None),
        "POLEN": lambda: (r.choice((f"HH{r.randrange(10**7, 10**8)}", f"POL-{r.randrange(100000, 999999)}-{r.choice('ABC')}", f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}-{r.randrange(100, 999)}")), None),
        "CRIME": lambda: (r.choice((f"K{r.randrange(100000, 999999)}-{yy}", f"{r.choice(('5000', '0600', '1200', '1400'))}-K{r.randrange(10000, 999999)}-{yy}")), None),
        "CRIMEUK": lambda: (r.choice((f"{r.choice(('MPS', 'GMP', 'WYP'))}/{r.randrange(10000, 99999)}/27", f"CR/{r.randrange(100000, 999999)}/{yy}", f"{r.randrange(10, 99)}/{r.randrange(1000, 99999)}/27")), None),
        "ORG": lambda: (f"55{r.randrange(5, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "INV": lambda: (str(r.randrange(10000, 999999)), None),
        "KONTO": lambda: (r.choice((f"8{r.randrange(100, 999)}-{r.randrange(1, 9)}, {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}-{r.randrange(1, 9)}", f"{r.randrange(5000, 6999)} {r.randrange(10, 99)} {r.randrange(10000, 99999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNX": lambda: (r.choice(("Manchester", "Leeds", "Toronto", "Austin", "Gdańsk", "Tampere", "Lisbon", "Dublin", "Melbourne", "Cardiff")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "M2": lambda: (str(r.randrange(4, 180)), None),
        "PCT": lambda: (str(r.randrange(5, 60)), None),
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
    """DR's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of DR is printed."""
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
                forms["c/o before an address's name"] += (
                    "c/o" in text[max(0, span["start"] - 60) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
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
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")  # fmt: skip
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    keys = {"id", "split", "lang", "text", "spans"}
    for row in rows:
        problems["row keys"] += set(row) != keys
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty span"] += stop <= start
            problems["span out of bounds"] += start < 0 or stop > len(text)
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = max(end, stop)
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                problems["personnummer shape"] += len(digits) not in (10, 12)
                problems["personnummer check digit"] += luhn(digits[-10:-1]) != int(digits[-1])
    sizes = Counter(row["lang"] for row in rows)
    problems["sizes"] += dict(sizes) != SIZES
    print(
        f"checked {len(rows)} rows, {sum(len(row['spans']) for row in rows)} spans, {len(ids)} ids"
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


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
