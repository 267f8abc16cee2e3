# ruff: noqa: E501
"""Generate held-out HQ for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-fourth writer. HQ's names are drawn by how often people carry them from
`names_hq.py` (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
the commonest names of the origins common in Sweden), 80% from a list's head and 20% from its
tail, mixed by the language of the row; its genre is dance schools (`templates_hq.py`): class
sign-ups, parents' messages, recital programmes, teacher rotas and fee reminders, in Swedish,
English and both at once. Written by a helper who does not tune the detector and who read only
`generate_aw.py` (for the mechanics, copied here), the sections "Held-out AW" and "Held-out CL" of
docs/privacy.md and the first line of `generated-heldout-u.jsonl`: not the detector's rules,
lexicons or tagger, nor any other set's names, templates or rows, nor any error listing. HQ was
never run through the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_hq.py           # writes data/pii/generated-heldout-hq.jsonl
    python data/pii/generate_hq.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hq.py --check   # checks the written file, prints counts only
    python data/pii/generate_hq.py --seed 7 --out /tmp/hq7.jsonl   # a scratch seed
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

from names_hq import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hq import EN, MIXED, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270281
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hq.jsonl"
SPLIT = "heldout-hq"
KEYS = ["id", "split", "lang", "text", "spans"]  # as heldout-u's rows have them

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, a few named after people (the whole is the ADDRESS).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan",
    "Järnvägsgatan", "Nygatan", "Trädgårdsgatan", "Köpmangatan", "Västra Hamngatan",
    "Östra Ringvägen", "Sveavägen", "Birger Jarlsgatan", "Sankt Eriksgatan", "Olof Palmes gata",
    "Drottning Kristinas väg", "Folkungagatan", "Ringvägen", "Björkvägen", "Tallvägen", "Ekvägen",
    "Lönnvägen", "Granvägen", "Idrottsvägen", "Parkvägen", "Solvägen", "Backvägen", "Skogsvägen",
    "Blåklintsvägen", "Vallmovägen", "Hjortronvägen", "Gamla Vägen", "Bergsvägen", "Slåttervägen",
    "Smedjesvängen", "Kvarnsvängen", "Rönnsvängen", "Lingonsvängen", "Humlesvängen",
    "Kastanjeallé", "Rosenallé", "Linnés allé", "Lindallén", "Ekallén", "Stationsallén",
    "Kvarnbacken", "Ängsbacken", "Tingsbacke", "Kyrkbacken", "Solbacken", "Rosendals backe",
    "Lärkstigen", "Sippstigen", "Ekorrstigen", "Vitsippestigen", "Mossstigen", "Tranbärsstigen",
    "Stortorget", "Lilla torg", "Nytorget", "Fisktorget", "Södra torget", "Marknadstorget",
    "Brunnsplan", "Kyrkplan", "Stationsplan", "Skeppsbroplan", "Rådhusplan",
    "Mäster Samuelsgatan", "Tunnbindaregatan", "Smedsgränd", "Bryggargränd", "Tullgränd",
    "Repslagargränd", "Hamnkajen", "Norra Kajen", "Södra Kajen", "Strandkajen", "Skeppsbrokajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 153), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Landskrona", 261, 261),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Lidköping", 531, 531), ("Karlskrona", 371, 371),
    ("Sollentuna", 191, 192), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Solna", 169, 171),
    ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Visby", 621, 621), ("Piteå", 941, 941),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Ystad", 271, 271), ("Enköping", 745, 745),
    ("Katrineholm", 641, 641), ("Mora", 792, 792), ("Härnösand", 871, 871), ("Kiruna", 981, 981),
    ("Sandviken", 811, 811), ("Ängelholm", 262, 262), ("Vänersborg", 462, 462), ("Märsta", 195, 195),
    ("Lerum", 443, 443), ("Partille", 433, 433),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Norrby 14, 434 92 Kungsbacka`).
VILLAGES = (
    "Norrby", "Sörby", "Österby", "Västerby", "Lillby", "Bäckby", "Övre Ås", "Åsen", "Hästhagen",
    "Kvarnbacka", "Tallbacka", "Björsäter", "Ängsholmen", "Långnäs", "Sjöända", "Bjärka", "Hult",
    "Lövbacken", "Stora Mon", "Mellomby", "Västanå", "Fågelsång", "Gräsö", "Rödsten", "Kärrbo",
)  # fmt: skip
UK_STREETS = (
    "Church Road", "Station Road", "Victoria Street", "Park Road", "High Street", "Mill Lane",
    "Queens Road", "The Crescent", "Elm Grove", "Kingsway", "Albert Road", "Chestnut Avenue",
    "Meadow Way", "Orchard Close", "Westfield Drive", "Castle Street", "Newport Road", "Grove Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS", 1, 29), ("Bristol", "BS", 1, 16), ("Manchester", "M", 1, 40), ("Sheffield", "S", 1, 36),
    ("Nottingham", "NG", 1, 25), ("Brighton", "BN", 1, 3), ("Cardiff", "CF", 10, 24), ("Glasgow", "G", 1, 53),
    ("Edinburgh", "EH", 1, 17), ("York", "YO", 1, 32), ("Norwich", "NR", 1, 14), ("Leicester", "LE", 1, 5),
    ("Bath", "BA", 1, 2), ("Oxford", "OX", 1, 4), ("Cambridge", "CB", 1, 5), ("Exeter", "EX", 1, 4),
    ("Newcastle upon Tyne", "NE", 1, 15), ("London", "SE", 1, 28), ("London", "N", 1, 22), ("Belfast", "BT", 1, 17),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Willow House", "Flat 3, Regent Court", "The Coach House", "Apartment 12, Wharf Mill")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "2nd Street", "Park Avenue", "Main Street", "Cedar Lane", "Sunset Boulevard", "Lakeview Drive", "Hillcrest Road", "Willow Court", "Pine Ridge Road")  # fmt: skip
US_TOWNS = (("Austin", "TX", 787), ("Columbus", "OH", 432), ("Denver", "CO", 802), ("Madison", "WI", 537), ("Raleigh", "NC", 276), ("Portland", "OR", 972), ("Albany", "NY", 122), ("Tucson", "AZ", 857), ("Omaha", "NE", 681), ("Minneapolis", "MN", 554), ("Sacramento", "CA", 958), ("Nashville", "TN", 372), ("Richmond", "VA", 232), ("Salt Lake City", "UT", 841))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10961-10999} Berlin", "Hauptstraße {n}, {z5:69117-69126} Heidelberg",
    "Gartenweg {n}, {z5:50667-51149} Köln", "{n} avenue des Tilleuls, {z5:69001-69009} Lyon",
    "{n} rue du Moulin, {z5:44000-44300} Nantes", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kirkeveien {n}, {z4:5003-5099} Bergen", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, 8000 Aarhus C", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Kauppakatu {n}, {z5:40100-40200} Jyväskylä", "ul. Długa {n}/{m}, 31-{z3:100-199} Kraków",
    "ul. Polna {n}, 60-{z3:500-599} Poznań", "Calle Mayor {n}, {m}º B, {z5:28001-28050} Madrid",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Corso Italia {n}, {z5:20122-20123} Milano", "Via del Corso {n}, 00186 Roma",
    "Gumpendorfer Straße {n}/{m}, {z4:1060-1070} Wien", "Bahnhofstrasse {n}, {z4:8001-8003} Zürich",
    "Pärnu mnt {n}, {z5:10141-10148} Tallinn", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
)  # fmt: skip
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "hotmail.se", "bredband.net", "yahoo.se"),
    "en": ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "aol.com", "btinternet.com", "hotmail.com"),
}  # fmt: skip
WORK = {
    "sv": ("example.se", "example.com", "skola.example.se", "kommun.example.se", "region.example.se"),
    "en": ("example.com", "example.org", "example.co.uk", "nhs.example.uk"),
}  # fmt: skip
# Common second parts of Swedish hyphenated given names (`Anna-Karin`, `Lars-Göran`).
SECOND_F = ("Karin", "Lena", "Marie", "Sofie", "Christin", "Louise", "Maria", "Britt", "Charlotte", "Kristin")  # fmt: skip
SECOND_M = ("Erik", "Olof", "Göran", "Johan", "Åke", "Gustav", "Anders", "Arne", "Inge", "Olov")  # fmt: skip
FIRM_LOCAL = ("info", "kansli", "anmalan", "ekonomi", "kontakt", "hej", "office", "admin", "bookings", "accounts", "studio", "faktura")  # fmt: skip
FIRM_DOMAIN = ("dansstudion.example.se", "steget.example.se", "piruett.example.se", "danscompaniet.example.org", "virvel.example.se", "pirouette.example.co.uk", "stepsdance.example.com", "example.com")  # fmt: skip


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
    base: list[Word] = field(default_factory=list)  # the surname before a Polish feminine ending
    nick: str | None = None  # the short form once one was used: the same one again in the text

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of HQ from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deal(self, name: str, items: tuple[str, ...]) -> str:
        """The next of `items` from a shuffled deck: every one before any comes again."""
        deck = self.decks.get(name)
        if not deck:
            deck = list(items)
            self.rng.shuffle(deck)
            self.decks[name] = deck
        return deck.pop()

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None, family: Person | None = None) -> Person:
        """Someone named; with `family`, a child or partner of theirs (same origin and surname)."""
        r = self.rng
        if family is None:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        else:
            key = family.origin
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if (
            key == "swedish"
            and "-" not in given[0][0]
            and given[0][1] == "head"
            and r.random() < 0.04
        ):
            second = r.choice(
                SECOND_F if woman else SECOND_M
            )  # Anna-Karin, Karl-Erik: a common second part
            if second != given[0][0]:
                given.append((second, "head"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        joint = " "
        if family is not None:
            surname, joint = list(family.base), family.joint
        else:
            surname = [self.pick(origin.surnames)]
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
            if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
                given = [(plain(w), p) for w, p in given]
                surname = [(plain(w), p) for w, p in surname]
        base = list(surname)
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint, base)

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one."""
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and self.rng.random() < share:
            self.forms["nickname"] += 1
            person.nick = person.nick or self.rng.choice(forms)
            return person.nick
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
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        domains = (WORK if r.random() < 0.3 else MAIL)["en" if self.lang == "en" else "sv"]
        return f"{local}@{r.choice(domains)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm's 08, the two-digit and three-digit areas."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "26", "46", "42", "35")
        )
        area3 = r.choice(
            (
                "155",
                "220",
                "240",
                "250",
                "300",
                "340",
                "380",
                "410",
                "454",
                "480",
                "520",
                "522",
                "611",
                "620",
                "660",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0046 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.72 else self.landline()

    def phone_firm(self) -> str:
        """A firm's or an office's number: a switchboard, 020 and 0771 numbers."""
        r = self.rng
        d = self.digits(8)
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"08-{d[:3]} {d[3:6]} {d[6:]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
                         f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"018-{d[:2]} {d[2:4]} {d[4:6]}", self.landline()))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        return r.choice((f"07{d[:3]} {d[3:8]}{self.digits(1)}", f"07{d[:3]}{d[3:8]}1", f"+44 7{d[:3]} {d[3:8]}7",
                         f"+44 (0)7{d[:3]} {d[3:6]} {d[6:8]}3", f"0113 {d[:3]} {d[3:7]}", f"0117 {d[:3]} {d[3:7]}",
                         f"020 {d[:4]} {d[4:8]}", f"(0161) {d[:3]} {d[3:7]}", f"01904 {d[:6]}", f"0044 20 {d[:4]} {d[4:8]}",
                         f"029 {d[:4]} {d[4:8]}", f"0131 {d[:3]} {d[3:7]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            (
                "512",
                "614",
                "303",
                "608",
                "919",
                "503",
                "518",
                "520",
                "402",
                "612",
                "916",
                "615",
                "804",
                "801",
            )
        )
        return r.choice((f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}",
                         f"+1 ({area}) 555-{d}", f"1-{area}-555-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {d[:3]} {d[3:5]} {d[5:8]}", f"0047 4{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}", f"040 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}",
            f"0049 221 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:8]}", f"+31 (0)6-{d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+353 87 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}", f"+1 (604) 555-{d[:4]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, born: tuple[int, int] = (1955, 2003), old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `old` writes a 10-digit number with `+` as it is written past a hundred."""
        r = self.rng
        year = r.randrange(*born)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
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
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
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
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.randrange(1, 7)} tr."
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deal("europe", EUROPE).replace("{n}", str(r.randrange(1, 160)))
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
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name and
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
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
        if middle and draw.rng.random() < 0.3:
            words = surname + middle
            value = (
                "-".join(p[0] for p in person.first.split("-"))
                + f". {middle[0][0][0]}. {person.last}"
            )
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?:=(\d))?(?::([fm]))?\}")


def word(draw: Draw, key: str) -> str:
    """An everyday value of the genre (a class, a room, a venue ...) from a shuffled deck."""
    return draw.deal(key, WORDS[key])


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    sv_months = (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    )
    en_months = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )

    def co(
        lines: bool,
    ) -> list[Segment]:  # `c/o Name` before an address: c/o outside, the name its own PERSON
        host = draw.person(None)
        name, _ = person_segments(r.choice(("P", "P", "S")), host, draw)[0]
        return [
            ("c/o ", None),
            (name, "PERSON"),
            ("\n" if lines else ", ", None),
            (draw.sv_address(lines=lines, rural=False), "ADDRESS"),
        ]

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True), "ADDRESS")],
        "ARL": lambda: [(draw.sv_address(lines=True, rural=True), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STN": lambda: [(r.choice(SV_STREETS), "ADDRESS")],  # a street without its number
        "stn": lambda: [(r.choice(SV_STREETS).lower(), "ADDRESS")],
        "STUK": lambda: [(f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}", "ADDRESS")],
        "STUKN": lambda: [(r.choice(UK_STREETS), "ADDRESS")],
        "LGH": lambda: [(draw.sv_address(lgh=True, rural=False), "ADDRESS")],
        "a": lambda: [((draw.sv_street() if r.random() < 0.45 else draw.sv_address(rural=False)).lower(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "CO": lambda: co(False),
        "COL": lambda: co(True),
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AUSL": lambda: [(draw.us_address(lines=True), "ADDRESS")],
        "AEN": lambda: [(draw.uk_address() if r.random() < 0.55 else draw.us_address(), "ADDRESS")],
        "AENL": lambda: [(draw.uk_address(lines=True) if r.random() < 0.55 else draw.us_address(lines=True), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "AXL": lambda: [(draw.eu_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHM": lambda: [(draw.mobile(), "PHONE")],
        "PHF": lambda: [(draw.phone_firm(), "PHONE")],
        "PHUK": lambda: [(draw.phone_uk(), "PHONE")],
        "PHUS": lambda: [(draw.phone_us(), "PHONE")],
        "PHEN": lambda: [(draw.phone_uk() if r.random() < 0.55 else draw.phone_us(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "PNRK": lambda: [(draw.national_id(born=(2009, 2023)), "NATIONAL_ID")],
        "PNRS": lambda: [(draw.national_id(born=(1936, 1958)), "NATIONAL_ID")],
        "PNRO": lambda: [(draw.national_id(born=(1921, 1927), old=True), "NATIONAL_ID")],
        "EF": lambda: [(draw.firm_email(), "EMAIL")],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {sv_months[month - 1]}", f"{day}.{month}.2027")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {en_months[month - 1]}", f"{day:02d}/{month:02d}/2027", f"{en_months[month - 1]} {day}", f"{month}/{day}/27")), None)],
        "TIME": lambda: [(f"{r.randrange(9, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None)],
        "DOBEN": lambda: [(r.choice((f"{day:02d}/{month:02d}/{r.randrange(2010, 2023)}", f"{day} {en_months[month - 1]} {r.randrange(2010, 2023)}")), None)],
        "YEAR": lambda: [(str(r.randrange(2012, 2023)), None)],
        "AGE": lambda: [(str(r.randrange(4, 17)), None)],
        "NUM": lambda: [(str(r.randrange(2, 40)), None)],
        "AMT": lambda: [(f"{r.randrange(350, 4800):,} kr".replace(",", " "), None)],
        "GBP": lambda: [(f"£{r.randrange(12, 420)}.{r.choice(('00', '50', '25', '75'))}", None)],
        "USD": lambda: [(f"${r.randrange(25, 650)}", None)],
        "EUR": lambda: [(f"{r.randrange(30, 400)} €", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"HT27-{r.randrange(100, 999)}")), None)],
        "OCR": lambda: [(draw.digits(r.randrange(8, 15)), None)],
        "BG": lambda: [(f"{r.randrange(100, 9999)}-{draw.digits(4)}", None)],
        "PG": lambda: [(f"{draw.digits(r.randrange(2, 6))}-{draw.digits(1)}", None)],
        "ORGNR": lambda: [(f"80{r.randrange(2000, 2500)}-{draw.digits(4)}", None)],
        "SWISH": lambda: [(f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None)],
        "MEMBER": lambda: [(str(r.randrange(1000, 29999)), None)],
        "WEEK": lambda: [(str(r.randrange(2, 52)), None)],
        "SEAT": lambda: [(f"{r.randrange(1, 24)}", None)],
    }  # fmt: skip
    if form in values:
        return values[form]()
    return [(word(draw, form), None)]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                woman = {"f": True, "m": False}.get(gender or "")
                person = draw.person(woman, people.get(kin) if kin else None)
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
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """HQ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of HQ is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    ids: Counter[str] = Counter()
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o ") >= 0
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ids[
                    f"{len(digits)} digits{' with ' + repr(value[-5]) if value[-5] in '-+' else ' without'}"
                ] += 1
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
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for lang in MIXES.values() for k in lang if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")


def valid_pnr(value: str) -> bool:
    m = re.fullmatch(r"(?:(\d{2}))?(\d{6})([-+]?)(\d{4})", value)
    if not m:
        return False
    nine = m.group(2) + m.group(4)[:3]
    return luhn(nine) == int(m.group(4)[3])


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    rows = spans_n = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            ids[row["id"]] += 1
            problems["keys not as heldout-u's"] += list(row) != KEYS
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
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
                problems["kind"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                if span["kind"] == "NATIONAL_ID":
                    problems["personnummer check digit"] += not valid_pnr(value)
    problems["duplicate ids"] = sum(v - 1 for v in ids.values())
    print(f"rows {rows}, spans {spans_n}, ids {len(ids)}")
    for name, n in problems.items():
        print(f"{name}: {n}")
    total = sum(problems.values())
    print("no problems" if not total else f"{total} problems")
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
    rows = generate(seed=args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
