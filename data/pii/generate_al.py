# ruff: noqa: E501
"""Generate held-out AL for personal-data detection (issue 15): names as the population has them,
a seventeenth writer.

    python data/pii/generate_al.py          # writes data/pii/generated-heldout-al.jsonl
    python data/pii/generate_al.py --stats  # counts only (sizes, kinds, forms, head/tail split)

Every name word of AL comes from `names_al.py`'s weighted pools (SCB's ranks for Sweden, the US
Census 1990 lists with their per cent, ONS's rankings for the UK, and the commonest names of the
origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the
language of the row roughly as Sweden's population (Swedish text ~70% Swedish names). The genres
are home and neighbourhood (`templates_al.py`): housing-association (BRF) minutes and notices,
neighbour notes and disputes, landlord and property-management tickets, tradespeople's quotes,
job tickets and RUT/ROT invoices, removals, home care and cleaning schedules, pet sitting and
vets, lost-and-found posts, family-tree notes, obituaries and funeral notices. Written by a helper
who tunes nothing and who read neither the detector's rules, lexicons and tagger
(`src/rung/privacy/`) nor any dev set's error listing nor any other set's names and templates;
`generate_ag.py` was read for its mechanics only. AL was never run through the detector by its
writer and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_al import (  # noqa: E402
    HEAD_SHARE,
    HYPHEN_FIRST,
    MIDDLE,
    MIXES,
    OLD_SV_F,
    OLD_SV_M,
    ORIGINS,
    SHORT,
    Pool,
    feminine,
    plain,
)
from templates_al import EN, MIXED, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20261225
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-al.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets in every common form (the writer's knowledge), some named after people.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Nygatan",
    "Stationsgatan", "Järnvägsgatan", "Hantverkargatan", "Sankt Eriksgatan", "Odengatan",
    "Götgatan", "Folkungagatan", "Hornsgatan", "Linnégatan", "Vasagatan", "Västra Hamngatan",
    "Östra Förstadsgatan", "Bergsgatan", "Prästgatan", "Klostergatan", "Tullgatan",
    "Fiskaregatan", "Ågatan", "Östra Storgatan", "Norra Strandgatan", "Södra Långgatan",
    "Brogatan", "Trädgårdsgatan", "Parkgatan", "Badhusgatan", "Smedjegatan", "Birger Jarlsgatan",
    "Engelbrektsgatan", "Olof Palmes gata", "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen",
    "Lindvägen", "Lönnvägen", "Rönnvägen", "Ringvägen", "Skogsvägen", "Ängsvägen", "Sjövägen",
    "Industrivägen", "Strandvägen", "Karlavägen", "Valhallavägen", "Solvägen", "Villavägen",
    "Idrottsvägen", "Kvarnvägen", "Hagvägen", "Lärkvägen", "Trastvägen", "Vitsippevägen",
    "Blåklintsvägen", "Gamla Landsvägen", "Kopparvägen", "Hjortvägen", "Per Albin Hanssons väg",
    "Drottning Kristinas väg", "Rinkebysvängen", "Björksvängen", "Ekorrsvängen", "Solsvängen",
    "Kvarnsvängen", "Hammarby allé", "Slottsallén", "Kastanjeallén", "Lindallén",
    "Kvarnbacken", "Solbacken", "Kyrkbacken", "Björkbacken", "Pilbacken", "Lärkstigen",
    "Blåbärsstigen", "Smultronstigen", "Klöverstigen", "Lingonstigen", "Stortorget",
    "Järntorget", "Möllevångstorget", "Gustav Adolfs torg", "Mariatorget", "Lilla torget",
    "Fridhemsplan", "Mariaplan", "Tulpangränd", "Bagargränd", "Prästgränd", "Kråkgränd",
    "Mårten Trotzigs gränd", "Skepparegränd",
)  # fmt: skip
SV_RURAL = ("Västerby", "Lillgården", "Norrbyn", "Björkhult", "Östanå", "Sörby", "Backa", "Hultet", "Nybygget", "Kullen")  # fmt: skip
# Real towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Östersund", 831, 832), ("Trollhättan", 461, 462), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Skellefteå", 931, 931), ("Visby", 621, 621), ("Borlänge", 781, 784), ("Varberg", 432, 432),
    ("Uddevalla", 451, 451), ("Lidköping", 531, 531), ("Hässleholm", 281, 281), ("Nyköping", 611, 611),
    ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Ystad", 271, 271), ("Trelleborg", 231, 231),
    ("Landskrona", 261, 261), ("Motala", 591, 591), ("Kiruna", 981, 981), ("Sandviken", 811, 811),
    ("Mora", 792, 792), ("Alingsås", 441, 441), ("Ängelholm", 262, 262), ("Hudiksvall", 824, 824),
    ("Täby", 183, 187), ("Järfälla", 175, 177), ("Sollentuna", 191, 192), ("Huddinge", 141, 141),
    ("Nacka", 131, 132), ("Solna", 169, 171), ("Haninge", 136, 137), ("Tumba", 147, 147),
    ("Lidingö", 181, 181), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Partille", 433, 433),
    ("Kungälv", 442, 442), ("Lomma", 234, 234), ("Tyresö", 135, 135), ("Upplands Väsby", 194, 194),
    ("Märsta", 195, 195), ("Norrtälje", 761, 761), ("Enköping", 745, 745), ("Falköping", 521, 521),
    ("Värnamo", 331, 331), ("Eslöv", 241, 241), ("Falkenberg", 311, 311), ("Boden", 961, 961),
    ("Bollnäs", 821, 821), ("Avesta", 774, 774), ("Karlskoga", 691, 691), ("Mariestad", 542, 542),
)  # fmt: skip
UK_STREETS = (
    "Station Road", "High Street", "Church Lane", "Park Road", "Victoria Road", "Mill Lane",
    "Manor Road", "Kings Road", "Queens Road", "The Avenue", "Orchard Close", "Meadow Way",
    "Beech Grove", "Oak Drive", "Chestnut Close", "Albert Street", "Windsor Road", "St John's Road",
    "Hawthorn Crescent", "Willow Walk", "Clarence Street", "Dumbarton Road", "Holloway Road",
    "Cowley Road", "Heaton Park Road", "Ashfield Terrace",
)  # fmt: skip
UK_TOWNS = (
    ("London", "N"), ("London", "SE"), ("London", "E"), ("London", "SW"), ("Manchester", "M"),
    ("Leeds", "LS"), ("Bristol", "BS"), ("Oxford", "OX"), ("Newcastle upon Tyne", "NE"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Belfast", "BT"),
    ("Brighton", "BN"), ("Norwich", "NR"), ("Leicester", "LE"), ("Coventry", "CV"), ("Bath", "BA"),
    ("Cambridge", "CB"), ("Aberdeen", "AB"), ("Sheffield", "S"),
)  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Pine Street", "Cedar Lane", "Lake Street", "Hillcrest Drive", "Washington Avenue", "Park Avenue", "Grand Avenue", "Summit Avenue", "Lincoln Street", "Country Club Road", "Ridge Road")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Duluth", "MN", 558), ("Rockford", "IL", 611), ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Portland", "OR", 972), ("Des Moines", "IA", 503), ("Madison", "WI", 537), ("Omaha", "NE", 681), ("Austin", "TX", 787), ("Boston", "MA", 21), ("Jamestown", "NY", 147), ("Lindsborg", "KS", 674))  # fmt: skip
US_ABBR = {"Avenue": "Ave", "Street": "St", "Drive": "Dr", "Lane": "Ln", "Road": "Rd"}
EUROPE = (
    "Lindenstraße {n}, {z5:10115-14199} Berlin", "Schulstraße {n}a, {z5:50667-51149} Köln",
    "Gartenweg {n}, {z5:20095-22769} Hamburg", "Mariahilfer Straße {n}/{m}, 1060 Wien",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "{n} rue des Lilas, {z5:69001-69009} Lyon",
    "{n}, avenue de la Gare, {z5:13001-13016} Marseille", "Rue Royale {n}, 1000 Bruxelles",
    "Prinsengracht {n}, 1016 {L} Amsterdam", "Oudegracht {n}, 35{z2:11-99} {L} Utrecht",
    "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere", "Aleksanterinkatu {n} A {m}, 00100 Helsinki",
    "Thorvald Meyers gate {n}, 0555 Oslo", "Kongens gate {n}, 7011 Trondheim",
    "Nørrebrogade {n}, {m}. tv., 2200 København N", "Vestergade {n}, 5000 Odense C",
    "ul. Kościuszki {n}/{m}, 50-{z3:100-999} Wrocław", "ul. Marszałkowska {n} m. {m}, 00-{z3:100-999} Warszawa",
    "Calle de Alcalá {n}, {m}º izq., 280{z2:10-50} Madrid", "Carrer de Sants {n}, 080{z2:14-28} Barcelona",
    "Via Garibaldi {n}, 101{z2:20-50} Torino", "Rua Augusta {n}, 1100-0{z2:10-99} Lisboa",
    "Tartu mnt {n}-{m}, 10115 Tallinn", "{n} Dame Street, Dublin 2, D02 {L2}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "bredband.net", "hotmail.se", "me.com")  # fmt: skip
WORK = ("example.se", "brf-example.se", "example.com", "example.org", "example.co.uk")
PARISHES = ("Västra Husby", "Rättvik", "Orsa", "Leksand", "Ljusdal", "Alfta", "Dalby", "Tuna", "Ovansjö", "Frödinge", "Kila", "Torsås", "Vånga", "Järnskog", "Nederkalix", "Hällestad", "Sunne", "Hjärtum")  # fmt: skip
EN_TOWNS = ("Leeds", "Swindon", "Harrogate", "Dundee", "Wrexham", "Minneapolis", "Rockford", "Duluth", "Milton Keynes", "Derby", "Bangor")  # fmt: skip
SV_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")  # fmt: skip
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip
SV_DAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or of an org number's."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # two words for a hyphenated given name
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)

    @property
    def middles(self) -> str:
        return " ".join(w for w, _ in self.middle)


class Draw:
    """Every value of AL from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.by_lang: Counter[tuple[str, bool]] = Counter()  # (row language, a Swedish name)
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def person(
        self,
        woman: bool | None,
        origin: str | None = None,
        kin: Person | None = None,
        old: bool = False,
        taken: frozenset[str] = frozenset(),
    ) -> Person:
        """A person of `origin` (else drawn by the row's language), of `kin`'s family (a child of
        an old Swedish kin takes a patronymic from the kin's name), given a name not in `taken`."""
        r = self.rng
        if kin is not None:
            key = kin.origin
        elif origin:
            key = origin
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        self.by_lang[(self.lang, key == "swedish")] += 1
        source = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = source.given_f if woman else source.given_m
        if old and key == "swedish":
            pool = OLD_SV_F if woman else OLD_SV_M
        given = [self.pick(pool)]
        for _ in range(8):  # two people of one row are not given the same name
            if given[0][0] not in taken:
                break
            given = [self.pick(pool)]
        if key == "swedish" and not old and "-" not in given[0][0] and r.random() < 0.05:
            for _ in range(40):  # Anna-Karin, Per-Olof: a first part that people combine
                if given[0][0] in HYPHEN_FIRST:
                    break
                given = [self.pick(pool)]
            second = self.pick(pool)
            if given[0][0] in HYPHEN_FIRST and second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        elif key in ("us", "uk") and r.random() < 0.01:
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < (0.7 if old else MIDDLE.get(key, 0.06)):
            mpool = source.given_m if key in ("arabic", "somali", "eritrean") else pool
            middle = [self.pick(mpool)]  # Arabic, Somali, Eritrean: the father's given name
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        if kin is not None and old and not kin.woman and r.random() < 0.7:
            father = kin.given[0]  # Anders -> Andersson, Erik -> Eriksdotter
            base = father[0] if father[0].endswith("s") else father[0] + "s"
            self.forms["patronymic"] += 1
            surname, joint = [(base + ("dotter" if woman else "son"), father[1])], " "
        elif kin is not None:
            surname, joint = list(kin.surname), kin.joint
            if key == "polish":
                surname = [(masculine(w), p) for w, p in surname]
        else:
            surname, joint = self.surname(key, woman, old)
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        if key == "thai" and woman and kin is None and self.lang != "en" and r.random() < 0.5:
            surname, joint = [self.pick(ORIGINS["swedish"].surnames)], " "  # married in Sweden
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.25:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def surname(self, key: str, woman: bool, old: bool) -> tuple[list[Word], str]:
        r = self.rng
        if old and key == "swedish" and r.random() < 0.6:  # a patronymic: Persson, Eriksdotter
            father = self.pick(OLD_SV_M)
            base = father[0] if father[0].endswith("s") else father[0] + "s"
            self.forms["patronymic"] += 1
            return [(base + ("dotter" if woman else "son"), father[1])], " "
        surname = [self.pick(ORIGINS[key].surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(ORIGINS[key].surnames))
        elif key == "swedish" and roll < 0.05:  # a double name after marriage
            surname.append(self.pick(ORIGINS[key].surnames))
            joint = "-" if roll < 0.02 else " "
        elif key == "uk" and roll < 0.03:
            surname.append(self.pick(ORIGINS[key].surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        return surname, joint

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname}",
                          f"{given}{surname[0]}", f"{given}_{surname}", f"{surname}.{given}",
                          f"{given}{r.randrange(50, 99)}", f"{given}.{surname}{r.randrange(1, 30)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("000233669")
        shapes = (
            (20, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (10, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}-{d[:3]} {d[3:]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (3, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = self.digits(8)
        two = r.choice(
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
                "54",
                "60",
                "63",
                "90",
                "46",
                "42",
            )
        )
        four = r.choice(
            (
                "0480",
                "0910",
                "0921",
                "0940",
                "0651",
                "0498",
                "0520",
                "0611",
                "0413",
                "0171",
                "0220",
                "0250",
                "0370",
                "0431",
                "0511",
                "0680",
            )
        )
        shapes = (
            (10, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (5, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08 {d[:3]} {d[3:6]} {d[6:]}"), (2, f"08{d}"),
            (8, f"0{two}-{d[:2]} {d[2:4]} {d[4:6]}"), (5, f"0{two}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{two}-{d[:7]}"), (2, f"0{two} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"{four}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"{four}-{d[:3]} {d[3:5]}"),
            (3, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (3, f"+46 {two} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 (0){two}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046 8 {d[:3]} {d[3:6]} {d[6:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def foreign(self) -> str:
        """A number from abroad, with `+` or `00`, as people in Sweden write it."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {d[:3]} {d[3:5]} {d[5:8]}", f"0047 {d[:8]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+44 7700 900{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}", f"+49 30 {d[:8]}", f"+49 171 {d[:7]}", f"0049 40 {d[:3]} {d[3:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+66 81 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+86 138 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+385 91 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:8]}", f"+1 (612) 555-0{d[:3]}",
            f"001 612 555 0{d[:3]}", f"+353 87 {d[:3]} {d[3:7]}", f"0090 532 {d[:3]} {d[3:7]}",
            f"00964 750 {d[:3]} {d[3:7]}", f"0048 {d[:3]} {d[3:6]} {d[6:9]}", f"0044 7700 900{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def uk_phone(self) -> str:
        r = self.rng
        d = self.digits(4)
        shapes = (
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"020 7946 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"029 2018 0{d[:3]}",
            f"(0117) 496 0{d[:3]}", f"+44 (0)1632 960{d[:3]}", f"01632 960{d[:3]}", f"0044 7700 900{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def us_phone(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            ("612", "651", "218", "312", "206", "515", "608", "402", "512", "617", "716", "785")
        )
        shapes = (
            f"({area}) 555-0{d}",
            f"{area}-555-0{d}",
            f"{area}.555.0{d}",
            f"+1 {area} 555 0{d}",
            f"1-{area}-555-0{d}",
        )
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1930, 2008)
        month = r.randrange(1, 13)
        day = r.randrange(1, (30 if month != 2 else 28) + 1)
        date = f"{year % 100:02d}{month:02d}{day:02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.45:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        if roll < 0.95:
            return f"{date}{serial}{check}"
        return f"{year // 100}{date} {serial}{check}"

    def org_number(self) -> str:
        """An organisation number (a near-miss of a personnummer): a BRF's 769..., a company's 556..."""
        r = self.rng
        head = r.choice(("5560", "5565", "5568", "5569", "5591", "7696", "7697", "7164", "8024"))
        body = head + self.digits(5)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def lgh(self) -> str:
        return f"{self.rng.randrange(10, 17)}{self.rng.randrange(1, 9):02d}"

    def sv_street(self, rural: bool = True) -> str:
        r = self.rng
        if rural and r.random() < 0.05:
            return f"{r.choice(SV_RURAL)} {r.randrange(1, 240)}"
        number = str(min(int(r.expovariate(1 / 15)) + 1, 180))
        if r.random() < 0.14:
            number += r.choice(("A", "B", "C", " A", " B", "a"))
        street = r.choice(SV_STREETS)
        if r.random() < 0.04 and street.endswith("gatan") and " " not in street:
            street = street[:-4] + "."  # Storg. 12
        return f"{street} {number}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        roll = r.random()
        if roll < 0.1:
            town = town.upper()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.85 else f"{code} {town}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, co: bool = False) -> str:
        r = self.rng
        street = self.sv_street(rural=not lgh)
        if street.split()[0] in SV_RURAL:  # a farm's address has no flat
            pass
        elif lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', '))}lgh {self.lgh()}"
        elif r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        if co or r.random() < 0.04:
            name = self.pick(ORIGINS["swedish"].surnames)
            self.count([name])
            street = f"c/o {name[0]}{chr(10) if lines else ', '}{street}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}{r.choice((', ', chr(10)))}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.2:
            street = f"Flat {r.randrange(0, 4)}/{r.randrange(1, 3)}, {street}"
        elif roll < 0.28:
            street = f"{r.choice(('Rose Cottage', 'The Old Forge', 'Ivy House', 'Hillside', '2 Mill Cottages'))}, {street.split(' ', 1)[1]}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        if r.random() < 0.08:
            street = f"PO Box {r.randrange(10, 2999)}"
        else:
            name = r.choice(US_STREETS)
            if r.random() < 0.4:
                last = name.rsplit(" ", 1)
                name = f"{last[0]} {US_ABBR.get(last[1], last[1])}"
            street = f"{r.randrange(10, 9999)} {name}"
            if r.random() < 0.25:
                street += f", {r.choice(('Apt', 'Apt.', 'Unit', '#'))} {r.randrange(1, 40)}{r.choice(('', 'B', 'C'))}".replace(
                    "# ", "#"
                )
        code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{town}, {state} {code}" if lines else f"{street}, {town}, {state} {code}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 190)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", f"{r.choice(letters)}{r.randrange(100, 999)}")
        out = out.replace("{L}", f"{r.choice(letters)}{r.choice(letters)}")
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def masculine(surname: str) -> str:
    """Undo `feminine` for a kin's surname: Kowalska -> Kowalski."""
    for ending in ("ska", "cka", "dzka"):
        if surname.endswith(ending):
            return surname[:-1] + "i"
    return surname


def genitive(name: str, lang: str, rng: Random) -> str:
    """The genitive's ending, no part of the value: Annas, Lars', Sarah's, James's."""
    if lang == "en":
        if name[-1] in "sS":
            return "'" if rng.random() < 0.6 else "'s"
        return "'s"
    if name[-1] in "sxzSXZ":
        return "" if rng.random() < 0.7 else "'"
    return "'s" if rng.random() < 0.06 else "s"  # the English apostrophe Swedes write too


def short_form(person: Person, draw: Draw, rate: float) -> str | None:
    if len(person.given) != 1:
        return None
    forms = SHORT.get(person.origin, {}).get(person.first)
    if forms and draw.rng.random() < rate:
        draw.forms["short form"] += 1
        return draw.rng.choice(forms)
    return None


def person_segments(form: str, person: Person, draw: Draw, gen: str | None) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    r = draw.rng
    given, surname, middle = person.given, person.surname, person.middle
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form in ("F", "O"):
        words = given + middle + surname
        value = " ".join(x for x in (person.first, person.middles, person.last) if x)
    elif form in ("G", "g"):
        words, value = given, short_form(person, draw, 0.1 if form == "G" else 0.3) or person.first
        value = value.lower() if form == "g" else value
    elif form in ("S", "s"):
        words, value = surname, person.last.lower() if form == "s" else person.last
    elif form == "I":
        words = given + surname
        initials = "-".join(w[0] for w, _ in given) + "."
        if middle and r.random() < 0.4:
            words = given + middle + surname
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
        if r.random() < 0.15:
            value = value.replace(". ", ".", 1) if " " in initials else value.replace(".", "", 1)
    elif form == "Gi":
        words, value = given + surname, f"{person.first} {person.last[0]}."
    elif form == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
        if middle and r.random() < 0.4:
            words, value = words + middle, f"{value} {person.middles}"
    elif form == "SG":
        words, value = given + surname, f"{person.last} {person.first}"
    elif form == "UG":
        words = surname + given + middle
        value = " ".join(x for x in (person.last.upper(), person.first, person.middles) if x)
    else:
        raise KeyError(form)
    draw.count(words)
    draw.forms[f"form {form}"] += 1
    segments: list[Segment] = [(value, "PERSON")]
    if gen:
        segments.append((genitive(value, gen, r), None))
        draw.forms["genitive"] += 1
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "O", "G", "g", "S", "s", "I", "Gi", "R", "SG", "UG", "E"}
SLOT = re.compile(r"\{([A-Za-z]+)(\+[es]?)?(?:#(\d+))?(?:=(\d+))?(?::([fm]))?(?:@(\w+))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def sv_date() -> str:
        return r.choice(
            (
                f"2026-{month:02d}-{day:02d}",
                f"{day}/{month}",
                f"{day} {SV_MONTHS[month - 1]}",
                f"den {day} {SV_MONTHS[month - 1]} 2026",
            )
        )

    def en_date() -> str:
        return r.choice(
            (
                f"{day} {EN_MONTHS[month - 1]} 2026",
                f"{day:02d}/{month:02d}/2026",
                f"{EN_MONTHS[month - 1]} {day}",
                f"{EN_MONTHS[month - 1]} {day}, 2026",
            )
        )

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "CO": lambda: (draw.sv_address(lines=True, co=True), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.mobile() if r.random() < 0.65 else draw.landline(), "PHONE"),
        "PM": lambda: (draw.mobile(), "PHONE"),
        "PL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.foreign(), "PHONE"),
        "PUK": lambda: (draw.uk_phone(), "PHONE"),
        "PUS": lambda: (draw.us_phone(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "ORG": lambda: (draw.org_number(), None),
        "LGH": lambda: (draw.lgh(), None),
        "DATE": lambda: (sv_date(), None),
        "DATEEN": lambda: (en_date(), None),
        "BDATE": lambda: (r.choice((f"{day} {SV_MONTHS[month - 1]} {r.randrange(1928, 1960)}", f"{r.randrange(1928, 1960)}-{month:02d}-{day:02d}")), None),
        "BYEAR": lambda: (str(r.randrange(1926, 1962)), None),
        "OYEAR": lambda: (str(r.randrange(1790, 1905)), None),
        "YEAR": lambda: (str(r.randrange(2008, 2026)), None),
        "AGE": lambda: (str(r.randrange(68, 99)), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "WEEK": lambda: (str(r.randrange(2, 52)), None),
        "NUM": lambda: (str(r.randrange(12, 4999)), None),
        "AMT": lambda: (f"{r.randrange(300, 68000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(40, 4800)}.{r.choice(('00', '50', '99', '20'))}", None),
        "USD": lambda: (f"${r.randrange(60, 5200):,}", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"FA-{r.randrange(2025, 2027)}-{r.randrange(1000, 9999)}", f"ÄR{r.randrange(10000, 99999)}")), None),
        "ENREF": lambda: (f"{r.choice(('WO', 'JOB', 'INV', 'TKT'))}-{r.randrange(10000, 99999)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "ENTOWN": lambda: (r.choice(EN_TOWNS), None),
        "PARISH": lambda: (r.choice(PARISHES), None),
        "DAY": lambda: (r.choice(SV_DAYS), None),
        "DAYEN": lambda: (r.choice(EN_DAYS), None),
        "MONTH": lambda: (r.choice(SV_MONTHS), None),
        "MONTHEN": lambda: (r.choice(EN_MONTHS), None),
        "PET": lambda: (r.choice(WORDS["pets_en" if en else "pets_sv"]), None),
        "PORT": lambda: (str(r.randrange(1000, 9999)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISHF": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}  # by reference; unreferenced people under a key of their own
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, gen, ref, kin, gender, origin = match.groups()
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                woman = {"f": True, "m": False}.get(gender or "")
                old = form == "O" and origin in (None, "swedish")
                if form == "O" and origin is None:
                    origin = "swedish"
                taken = frozenset(p.first for p in people.values()) | frozenset(
                    w for p in people.values() for w, _ in p.given
                )
                person = draw.person(woman, origin, people.get(kin or ""), old, taken)
                people[ref or f"_{match.start()}"] = person
            glang = None
            if gen is not None:
                glang = {"+e": "en", "+s": "sv"}.get(gen) or ("en" if draw.lang == "en" else "sv")
            segments = person_segments(form, person, draw, glang)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AL's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-al-{len(rows) + 1:04d}", "split": "heldout-al", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def check(rows: list[dict[str, object]]) -> None:
    """Spans are sorted, inside the text, apart, and trimmed; every personnummer checks."""
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        end = 0
        for span in spans:
            value = text[span["start"] : span["end"]]
            assert span["start"] >= end and value and value == value.strip(), row["id"]
            assert "{" not in text and "}" not in text, row["id"]
            end = span["end"]
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                assert luhn(digits[:9]) == int(digits[9]), row["id"]


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AL is printed."""
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
                forms["capitals"] += value.isupper()
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["apostrophe in name"] += "'" in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address c/o"] += "c/o" in value
                forms["address Box"] += value.startswith(("Box", "PO Box"))
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
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
    share = {
        la: draw.by_lang[(la, True)] / max(1, draw.by_lang[(la, True)] + draw.by_lang[(la, False)])
        for la in SIZES
    }
    print("people of Swedish origin: " + ", ".join(f"{la} rows {v:.0%}" for la, v in share.items()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(SEED)
    rows = generate(draw=draw)
    check(rows)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
