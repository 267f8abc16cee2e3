# ruff: noqa: E501
"""Generate held-out AT for personal-data detection (issue 15): names as the population has them,
the twenty-fifth writer.

    python data/pii/generate_at.py          # writes data/pii/generated-heldout-at.jsonl
    python data/pii/generate_at.py --stats  # counts only (sizes, forms, the head/tail split)

AT's names are drawn by how often people carry them: every name word comes from `names_at.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS's rankings for the
UK, and the commonest names of the origins common in Sweden, mixed by the language of the row
roughly as Sweden's population is), 80% from the head of a list and 20% from its tail. The
genres are family, school and childcare (`templates_at.py`): preschool notes and pick-up lists,
absence reports and messages to teachers, parent-teacher meetings, class lists and phone trees,
after-school schedules, birthday invitations and answers, sport carpools, custody and social
services, weddings, christenings and confirmations, student housing. Written by a helper who
does not tune the detector and who read neither its rules, lexicons and tagger
(`src/rung/privacy/`) nor any error listing nor any other set's names, templates or rows
(`generate_ag.py` was read for its mechanics only); AT was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
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

from names_at import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_at import (  # noqa: E402
    ABROAD,
    CHURCHES,
    CLASSES,
    CLUBS,
    DAYS,
    EN,
    EN_CLASSES,
    EN_CLUBS,
    EN_SCHOOLS,
    EN_VENUES,
    GROUPS,
    HALLS,
    HOUSING,
    MIXED,
    MONTHS,
    NEGATIVES,
    PRESCHOOLS,
    SCHOOLS,
    SV,
    VENUES,
)

SEED = 20270102
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-at.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets as the writer knows them, of every common form (-gatan, -vägen, -svängen,
# allé, backe, stig, torg, plan, gränd), some named after people (the whole is the address).
SV_STREETS = (
    "Storgatan",
    "Kungsgatan",
    "Drottninggatan",
    "Skolgatan",
    "Kyrkogatan",
    "Järnvägsgatan",
    "Nygatan",
    "Västra Långgatan",
    "Hornsgatan",
    "Folkungagatan",
    "Odengatan",
    "Sankt Eriksgatan",
    "Tegnérgatan",
    "Övre Husargatan",
    "Östra Ringgatan",
    "Södra Kyrkogatan",
    "Slöjdgatan",
    "Birger Jarlsgatan",
    "Hjalmar Brantingsgatan",
    "Olof Palmes gata",
    "Engelbrektsgatan",
    "Björkvägen",
    "Tallvägen",
    "Granvägen",
    "Ringvägen",
    "Skogsvägen",
    "Ekvägen",
    "Lönnvägen",
    "Ängsvägen",
    "Villavägen",
    "Solvägen",
    "Sjövägen",
    "Nämndemansvägen",
    "Fyrverkarvägen",
    "Idunvägen",
    "Karlavägen",
    "Drottning Kristinas väg",
    "Gamla Övägen",
    "Bergsvägen",
    "Ekbackssvängen",
    "Klöversvängen",
    "Björnbärssvängen",
    "Tornsvängen",
    "Fasansvängen",
    "Kastanjeallén",
    "Lindallé",
    "Bäckaby allé",
    "Sofiero allé",
    "Lövsta allé",
    "Ekenäs allé",
    "Kvarnbacken",
    "Solbacken",
    "Kyrkbacken",
    "Brunnsbacken",
    "Tomtebobacken",
    "Lärkbacke",
    "Skolbacke",
    "Lärkstigen",
    "Blåklintsstigen",
    "Harstigen",
    "Vitsippsstigen",
    "Smultronstigen",
    "Kantarellstigen",
    "Järntorget",
    "Kungstorget",
    "Lilla torget",
    "Gustav Adolfs torg",
    "Södermalmstorg",
    "Karlaplan",
    "Mariaplan",
    "Fridhemsplan",
    "Prästgårdsgränd",
    "Smedsgränd",
    "Bagargränd",
    "Klockargränd",
    "Hantverkargatan",
    "Snickarvägen",
    "Bondegatan",
    "Fiskaregatan",
    "Apelsinvägen",
    "Rönnbärsvägen",
    "Tranvägen",
    "Orrspelsvägen",
    "Hagalundsgatan",
    "Doktor Forselius gata",
    "Mölndalsvägen",
    "Axel Dahlströms torg",
)
# Real towns and the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129),
    ("Göteborg", 411, 426),
    ("Malmö", 211, 217),
    ("Uppsala", 751, 757),
    ("Västerås", 721, 725),
    ("Örebro", 702, 703),
    ("Linköping", 582, 589),
    ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556),
    ("Norrköping", 602, 603),
    ("Lund", 222, 227),
    ("Umeå", 903, 907),
    ("Gävle", 802, 806),
    ("Borås", 503, 507),
    ("Södertälje", 151, 152),
    ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305),
    ("Växjö", 352, 355),
    ("Karlstad", 652, 656),
    ("Sundsvall", 852, 857),
    ("Luleå", 972, 977),
    ("Trollhättan", 461, 462),
    ("Östersund", 831, 832),
    ("Norrtälje", 761, 761),
    ("Kristianstad", 291, 291),
    ("Falun", 791, 791),
    ("Skellefteå", 931, 931),
    ("Kalmar", 392, 393),
    ("Karlskrona", 371, 371),
    ("Uddevalla", 451, 451),
    ("Varberg", 432, 432),
    ("Motala", 591, 591),
    ("Landskrona", 261, 261),
    ("Borlänge", 781, 784),
    ("Visby", 621, 621),
    ("Örnsköldsvik", 891, 891),
    ("Piteå", 941, 941),
    ("Lidköping", 531, 531),
    ("Ystad", 271, 271),
    ("Alingsås", 441, 441),
    ("Sandviken", 811, 811),
    ("Kungälv", 442, 442),
    ("Täby", 183, 187),
    ("Huddinge", 141, 141),
    ("Solna", 169, 171),
    ("Sundbyberg", 172, 174),
    ("Nacka", 131, 132),
    ("Tyresö", 135, 135),
    ("Upplands Väsby", 194, 194),
    ("Märsta", 195, 195),
    ("Åkersberga", 184, 184),
    ("Kiruna", 981, 981),
    ("Trelleborg", 231, 231),
    ("Hässleholm", 281, 281),
    ("Vänersborg", 462, 462),
    ("Mora", 792, 792),
    ("Arvika", 671, 671),
    ("Katrineholm", 641, 641),
    ("Värnamo", 331, 331),
    ("Enköping", 745, 745),
    ("Tumba", 147, 147),
    ("Eslöv", 241, 241),
    ("Ludvika", 771, 771),
    ("Oskarshamn", 572, 572),
)
UK_STREETS = (
    "High Street",
    "Station Road",
    "Church Lane",
    "Victoria Road",
    "Park Avenue",
    "Mill Lane",
    "The Green",
    "Oxford Road",
    "Queens Road",
    "Manor Way",
    "Orchard Close",
    "Beech Grove",
    "Windsor Drive",
    "St John's Road",
    "Albert Street",
    "Kingsway",
    "Meadow View",
    "Hawthorn Close",
    "Elmfield Terrace",
    "Chestnut Avenue",
    "Cromwell Road",
    "Nelson Street",
    "Brookside",
    "Woodland Rise",
)
UK_TOWNS = (
    ("London", "N"),
    ("London", "SW"),
    ("London", "E"),
    ("Croydon", "CR"),
    ("Manchester", "M"),
    ("Leeds", "LS"),
    ("Bradford", "BD"),
    ("Birmingham", "B"),
    ("Coventry", "CV"),
    ("Leicester", "LE"),
    ("Bristol", "BS"),
    ("Bath", "BA"),
    ("Oxford", "OX"),
    ("Cambridge", "CB"),
    ("Brighton", "BN"),
    ("Newcastle upon Tyne", "NE"),
    ("Sheffield", "S"),
    ("Cardiff", "CF"),
    ("Swansea", "SA"),
    ("Glasgow", "G"),
    ("Aberdeen", "AB"),
    ("Edinburgh", "EH"),
    ("Belfast", "BT"),
    ("Plymouth", "PL"),
)
US_STREETS = ("Maple Avenue", "Oak Street", "Pine Street", "Cedar Lane", "Elm Drive", "Washington Street", "Lake Shore Drive", "Highland Avenue", "Willow Court", "Sunset Boulevard", "Ridge Road", "Martin Luther King Jr Blvd", "Hillside Drive", "Park Avenue", "Jefferson Avenue", "Spring Street")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Boston", "MA", 21), ("Portland", "OR", 972), ("Denver", "CO", 802), ("Brooklyn", "NY", 112), ("San Diego", "CA", 921), ("Madison", "WI", 537), ("Atlanta", "GA", 303), ("Rockford", "IL", 611))  # fmt: skip
# Other countries in their own formats; `{n}` a house number, `{m}` a flat or floor, `{zW:L-H}`
# a postcode of W digits between L and H.
ABROAD_ADDRESSES = (
    "Lindenstraße {n}, {z5:10961-10999} Berlin",
    "Goethestraße {n}, {z5:04109-04319} Leipzig",
    "Am Markt {n}, {z5:28195-28199} Bremen",
    "Mariahilfer Straße {n}/{m}, 1060 Wien",
    "{n} rue Victor Hugo, {z5:33000-33800} Bordeaux",
    "{n} avenue des Champs, {z5:59000-59800} Lille",
    "{n} rue du Moulin, {z5:44000-44300} Nantes",
    "Aleksanterinkatu {n} B {m}, 00100 Helsinki",
    "Puistokatu {n} A {m}, {z5:20100-20900} Turku",
    "Kirkkokatu {n}, {z5:90100-90900} Oulu",
    "Thorvald Meyers gate {n}, 0555 Oslo",
    "Kongens gate {n}, {z4:7011-7099} Trondheim",
    "Nørrebrogade {n}, {m}. tv., 2200 København N",
    "Algade {n}, {z4:9000-9000} Aalborg",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Krakowska {n} m. {m}, 50-{z3:100-999} Wrocław",
    "Calle de Alcalá {n}, {m}º izq., 280{z2:10-99} Madrid",
    "Carrer de Sants {n}, 080{z2:10-40} Barcelona",
    "Prinsengracht {n}, {z4:1015-1019} {AA} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {AA} Utrecht",
    "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Rue de la Loi {n}, 1040 Bruxelles",
    "Ulica Maršala Tita {n}, 71000 Sarajevo",
    "Atatürk Caddesi No: {n} D: {m}, 35220 Konak/İzmir",
    "vulytsia Shevchenka {n}, kv. {m}, {z5:79000-79070} Lviv",
    "{n} Grafton Street, Dublin 2, D02 X{z3:100-999}",
)
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "hotmail.se", "me.com", "bredband.net")  # fmt: skip
WORK = ("skola.example.se", "forskola.example.se", "kommun.example.se", "example.se", "school.example.org.uk", "example.com", "example.edu")  # fmt: skip


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
    given: list[Word]  # two words make a hyphenated given name
    surname: list[Word]  # as the family carries it (a Polish man's form)
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    typed_plain: bool = False

    def shape(self, word: str) -> str:
        return plain(word) if self.typed_plain else word

    @property
    def first(self) -> str:
        return self.shape("-".join(w for w, _ in self.given))

    @property
    def last(self) -> str:
        words = [w for w, _ in self.surname]
        if self.origin == "polish" and self.woman:
            words = [feminine(w) for w in words]
        return self.shape(self.joint.join(words))

    @property
    def middles(self) -> list[str]:
        return [self.shape(w) for w, _ in self.middle]


class Draw:
    """Every value of AT from one seeded Random; counts the head/tail split, origins, nicknames."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.nicknames = 0
        self.lang = "sv"
        self.abroad: list[str] = []

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None, family: Person | None = None) -> Person:
        r = self.rng
        if family is not None:
            key = family.origin
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if r.random() < {"swedish": 0.04, "uk": 0.015, "us": 0.015}.get(key, 0.0):
            second = self.pick(pool)
            if "-" not in given[0][0] + second[0] and second[0] != given[0][0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.5, "us": 0.4, "uk": 0.3}.get(key, 0.05):
            word = self.pick(pool)
            if word[0] not in {w for w, _ in given}:
                middle = [word]
        if family is not None:
            return Person(
                woman, key, given, list(family.surname), middle, family.joint, family.typed_plain
            )
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.02 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        typed_plain = key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3
        return Person(woman, key, given, surname, middle, joint, typed_plain)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def short(self, person: Person, chance: float) -> str | None:
        """The short form someone uses for `person`'s given name (`Jocke`), now and then."""
        if (
            len(person.given) == 1
            and person.given[0][0] in NICKNAMES
            and self.rng.random() < chance
        ):
            self.nicknames += 1
            return self.rng.choice(NICKNAMES[person.given[0][0]])
        return None

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.last.split()[0].split("-")[0]).lower().replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}",
                          f"{given}_{surname}", f"{given}{r.randrange(70, 100)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a3 = r.choice(
            ("031", "040", "018", "013", "019", "021", "016", "054", "060", "090", "036", "046")
        )
        a4 = r.choice(
            ("0480", "0910", "0920", "0498", "0455", "0522", "0611", "0413", "0345", "0650", "0570")
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:3]} {d[3:7]}"),
            (2, f"{m}-{d[:3]} {d[3:7]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46-{m[1:]}-{d[:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (4, f"{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"{a3}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{a3}{d[:7]}"), (3, f"{a4}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"{a4}-{d[:3]} {d[3:5]}"),
            (2, f"+46 {a3[1:]} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_abroad(self) -> str:
        """A number from abroad, with `+` or `00`: the countries families in Sweden call."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+47 9{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+44 7{d[:3]} {d[3:9]}", f"+49 151 {d[:8]}",
            f"0049 30 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+1 ({r.choice(('212', '617', '415', '312'))}) {d[:3]}-{d[3:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:8]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"0090 5{d[:2]} {d[2:5]} {d[5:9]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"00964 770 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+385 91 {d[:3]} {d[3:7]}", f"+66 8{d[0]} {d[1:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+86 138 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+39 347 {d[:3]} {d[3:7]}", f"+43 664 {d[:7]}", f"+251 91 {d[:3]} {d[3:7]}",
            f"0047 4{d[:2]} {d[2:4]} {d[4:7]}", f"0045 {d[:8]}", f"00387 62 {d[:3]} {d[3:6]}",
            f"0044 7{d[:3]} {d[3:9]}", f"00252 63 {d[:7]}", f"0098 935 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_english(self) -> str:
        """A number as written in the UK or the US, at home or with its country code."""
        r = self.rng
        d = self.digits(10)
        us = r.choice(("212", "617", "415", "312", "206", "512", "303", "713", "608", "404"))
        shapes = (
            (6, f"07{d[:3]} {d[3:9]}"), (3, f"07{d[:9]}"), (2, f"07{d[:3]}-{d[3:6]}-{d[6:9]}"),
            (3, f"+44 7{d[:3]} {d[3:9]}"), (1, f"+44 (0)7{d[:3]} {d[3:9]}"), (1, f"0044 7{d[:3]} {d[3:9]}"),
            (3, f"020 7{d[:3]} {d[3:7]}"), (2, f"0161 {d[:3]} {d[3:7]}"), (1, f"0113 {d[:3]} {d[3:7]}"),
            (1, f"0117 {d[:3]} {d[3:7]}"), (1, f"+44 20 8{d[:3]} {d[3:7]}"), (1, f"01{d[:3]} {d[3:9]}"),
            (5, f"({us}) {d[:3]}-{d[3:7]}"), (3, f"{us}-{d[:3]}-{d[3:7]}"), (1, f"{us}.{d[:3]}.{d[3:7]}"),
            (2, f"+1 {us} {d[:3]} {d[3:7]}"), (1, f"+1-{us}-{d[:3]}-{d[3:7]}"), (1, f"1-{us}-{d[:3]}-{d[3:7]}"),
            (1, f"+353 8{r.choice('3567')} {d[:3]} {d[3:7]}"),
        )  # fmt: skip
        if r.random() < 0.12:
            return self.phone()
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def national_id(self) -> str:
        """A personnummer with a valid check digit: a child's more often than a parent's."""
        r = self.rng
        year = r.randrange(2008, 2025) if r.random() < 0.6 else r.randrange(1955, 1998)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.5:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.93:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 15)) + 1, 180))
        if r.random() < 0.13:
            number += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        if r.random() < 0.05:
            out = out.upper()
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.15:
            street += f"{r.choice((' ', ', ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lgh nr'))} {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif roll < 0.21:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.24:
            street += f", {r.randrange(1, 6)} {r.choice(('tr', 'trappor', 'vån'))}"
        if r.random() < 0.07:
            family = ORIGINS["swedish"].surnames.names[: r.randrange(10, 120)]
            street = f"c/o {r.choice(family)}{chr(10) if lines else ', '}{street}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal()}"

    def box(self) -> str:
        return f"Box {self.rng.randrange(10, 9999)}, {self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.35:
            return f"{self.sv_street()}, plan {r.randrange(1, 7)}, {self.sv_postal()}"
        if roll < 0.55:
            return self.box()
        if roll < 0.8:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 25)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.2:
            street = f"{r.randrange(1, 90)}{r.choice('ABC')} {street.split(' ', 1)[1]}"
        elif roll < 0.26:
            street = f"{r.choice(('Ivy Cottage', 'The Old Rectory', 'Holly House', 'Rowan Lodge'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Apt.', 'Unit', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}"
        city = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{city}" if lines else f"{street}, {city}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD_ADDRESSES)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 140)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace(
            "{AA}", r.choice("BCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


BASES = {"P", "p", "U", "F", "M", "G", "g", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}


def person_segments(form: str, person: Person, draw: Draw, english: bool) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    base = form if form in BASES else form[:-1]
    given, surname, middle = person.given, person.surname, person.middle
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        short = draw.short(person, 0.05) if base != "U" else None
        words, value = given + surname, f"{short or person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first, *person.middles, person.last])
    elif base == "M":
        words = given + middle + surname
        value = " ".join([person.first, *(f"{m[0]}." for m in person.middles), person.last])
    elif base in ("G", "g"):
        words, value = given, draw.short(person, 0.2) or person.first
        value = value.lower() if base == "g" else value
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
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english or form.endswith("x")), None))
    return segments


SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d+)(?:=(\d+))?)?(?::([a-z,]+))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True) if r.random() < 0.75 else draw.us_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "ph": lambda: (draw.phone(), "PHONE"),
        "PHE": lambda: (draw.phone_english(), "PHONE"),
        "PHX": lambda: (draw.phone_abroad(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(120, 2400)), None),
        "AGE": lambda: (str(r.randrange(3, 13)), None),
        "WEEK": lambda: (str(r.randrange(2, 51)), None),
        "REF": lambda: (f"Dnr SN {r.randrange(2025, 2027)}/{r.randrange(10, 999)}", None),
        "DAY": lambda: (r.choice(DAYS["sv"][:5]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"][:5]), None),
        "MONTH": lambda: (r.choice(MONTHS["sv"]), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "ENTOWN": lambda: (r.choice(UK_TOWNS)[0] if r.random() < 0.6 else r.choice(US_TOWNS)[0], None),
        "ABROAD": lambda: (r.choice(ABROAD), None),
        "GRP": lambda: (r.choice(GROUPS), None),
        "FSK": lambda: (r.choice(PRESCHOOLS), None),
        "SKOLA": lambda: (r.choice(SCHOOLS), None),
        "KLASS": lambda: (r.choice(CLASSES), None),
        "KYRKA": lambda: (r.choice(CHURCHES), None),
        "CLUB": lambda: (r.choice(CLUBS), None),
        "VENUE": lambda: (r.choice(VENUES), None),
        "HOUSE": lambda: (r.choice(HOUSING), None),
        "ENKLASS": lambda: (r.choice(EN_CLASSES), None),
        "ENSCHOOL": lambda: (r.choice(EN_SCHOOLS), None),
        "ENVENUE": lambda: (r.choice(EN_VENUES), None),
        "ENCLUB": lambda: (r.choice(EN_CLUBS), None),
        "HALL": lambda: (r.choice(HALLS), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin, opts = match.groups()
        flags = set((opts or "").split(","))
        if form in BASES or (form[:-1] in BASES and form[-1] in "sx"):
            if ref and ref in people:
                person = people[ref]
            else:
                woman = True if "f" in flags else False if "m" in flags else None
                person = draw.person(woman, people.get(kin) if kin else None)
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw, draw.lang == "en")
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AT's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-at-{len(rows) + 1:04d}", "split": "heldout-at", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AT is printed."""
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
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 3]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value.lower()
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.nicknames}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(SEED)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
