# ruff: noqa: E501
"""Generate held-out HU for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-eighth writer, in the genre of chess and bridge clubs.

    python data/pii/generate_hu.py             # writes data/pii/generated-heldout-hu.jsonl
    python data/pii/generate_hu.py --stats     # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hu.py --check     # checks the written file, prints counts only
    python data/pii/generate_hu.py --seed 7 --out /tmp/hu.jsonl   # a scratch seed to read

HU's names are drawn by how often people really carry them: every name word comes from
`names_hu.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row. The genre is chess and bridge
clubs (`templates_hu.py`): tournament entries, pairings and results tables, rating and handicap
lists, club-night rotas, membership fees and registers, team line-ups, partner searches, board
minutes, club chats and e-mails, in Swedish, English and both at once. Written by a helper who
tunes nothing and who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot
filler, the row format and `--stats`), the sections "Held-out AW" and "Held-out CL" of
docs/privacy.md and the first line of `generated-heldout-u.jsonl`; not the detector's rules,
lexicons or tagger, nor any other set's names, templates or rows, nor any error listing. HU was
never run through the detector or a scorer by its writer, and its names were not checked against
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

from names_hu import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, masculine, plain  # noqa: E402
from templates_hu import (  # noqa: E402
    BRIDGE_CLUBS,
    CHESS_CLUBS,
    CONTRACTS,
    DAYS,
    EN,
    EN_CLUBS,
    MIXED,
    MONTHS,
    NEGATIVES,
    OPENINGS,
    SV,
)

SEED = 20270285
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hu.jsonl"
SPLIT = "heldout-hu"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Västra Järnvägsgatan",
    "Nygatan", "Hamngatan", "Trädgårdsgatan", "Tegnérgatan", "Köpmangatan", "Norra Långgatan",
    "Rådhusgatan", "Fabriksgatan", "Bangårdsgatan", "Vasagatan", "Östra Storgatan", "Slottsgatan",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Granvägen",
    "Idrottsvägen", "Parkvägen", "Villavägen", "Vallmovägen", "Solrosvägen", "Bäckvägen",
    "Klövervägen", "Hagvägen", "Mossvägen", "Lärkvägen", "Gamla Vägen", "Smedsvängen",
    "Kvarnsvängen", "Ekbacksvängen", "Rönnsvängen", "Linnés allé", "Kastanjeallén", "Almallén",
    "Vallhalla allé", "Tornbacken", "Klockarbacken", "Kungsbacken", "Stora backe", "Sjöbacke",
    "Hasselstigen", "Lingonstigen", "Vitsippsstigen", "Trastens stig", "Stortorget", "Nytorget",
    "Fisktorget", "Gustavs torg", "Södra torg", "Järnvägsplan", "Skolplan", "Kyrkplan", "Torgplan",
    "Bagargränd", "Skomakargränd", "Prästgränd", "Klockgränd", "Norra Kajen", "Packhuskajen",
    "Skeppsbrokajen", "Strandkajen", "Fiskarkajen", "Bryggargatan", "Spelmansgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Västerås", 721, 725), ("Örebro", 702, 705), ("Norrköping", 602, 605),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Kristianstad", 291, 291), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Motala", 591, 591), ("Visby", 621, 621),
    ("Sollentuna", 191, 192), ("Lidingö", 181, 181), ("Nacka", 131, 131), ("Mölndal", 431, 431),
    ("Kungälv", 442, 442), ("Alingsås", 441, 441), ("Ängelholm", 262, 262), ("Landskrona", 261, 261),
    ("Katrineholm", 641, 641), ("Enköping", 745, 745), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Ludvika", 771, 771), ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 891), ("Vänersborg", 462, 462),
    ("Ystad", 271, 271), ("Oskarshamn", 572, 572), ("Härnösand", 871, 871), ("Arvika", 671, 671),
    ("Mariestad", 542, 542), ("Köping", 731, 731), ("Gislaved", 332, 332), ("Vetlanda", 574, 574),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 14`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Sörby", "Kyrkbyn", "Bäckby", "Hagby", "Nyby", "Ekeby",
    "Lillgården", "Storgården", "Åkerholm", "Björsäter", "Tallbacka", "Gärdet", "Ängsholmen",
    "Bergvik", "Sjövik", "Lövsta", "Forsa", "Kolbotten", "Ryd", "Skogsbo", "Granlunda",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Road", "London Road", "Victoria Road", "Green Lane",
    "Manor Road", "Park Road", "Queens Road", "Kings Avenue", "Mill Lane", "The Crescent",
    "Chester Road", "Grange Road", "Albert Street", "Springfield Road", "Windsor Close",
    "Orchard Way", "Castle Street", "Alexandra Road", "St John's Road", "Marlborough Place",
)  # fmt: skip
UK_TOWNS = (
    ("Cambridge", "CB"), ("Oxford", "OX"), ("Bath", "BA"), ("York", "YO"), ("Harrogate", "HG"),
    ("Cheltenham", "GL"), ("Reading", "RG"), ("Guildford", "GU"), ("Brighton", "BN"), ("Leeds", "LS"),
    ("Sheffield", "S"), ("Nottingham", "NG"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"),
    ("Swansea", "SA"), ("Norwich", "NR"), ("Exeter", "EX"), ("London", "NW"), ("Liverpool", "L"),
)  # fmt: skip
UK_HOUSES = ("Flat {f}, {h} Court", "The Coach House", "Apartment {f}, Riverside House", "{h} Cottage", "Flat {f}")  # fmt: skip
US_STREETS = ("Main Street", "Elm Street", "Washington Avenue", "Park Place", "Cedar Lane", "Highland Avenue", "Sunset Boulevard", "Lincoln Way", "Chestnut Street", "Broadway", "Lakeview Drive", "2nd Avenue", "Market Street")  # fmt: skip
US_TOWNS = (("Saint Louis", "MO", 631), ("Minneapolis", "MN", 554), ("Madison", "WI", 537), ("Ann Arbor", "MI", 481), ("Boston", "MA", 21), ("Brooklyn", "NY", 112), ("Portland", "OR", 972), ("Austin", "TX", 787), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Rockford", "IL", 611))  # fmt: skip
EUROPE = (
    "Schachweg {n}, {z5:10115-10999} Berlin", "Goethestraße {n}, {z5:80331-80999} München",
    "Am Markt {n}, {z5:37073-37085} Göttingen", "{n} rue Victor Hugo, {z5:69001-69009} Lyon",
    "{n}, avenue de la République, {z5:75011-75011} Paris", "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Thorvald Meyers gate {n}, {z4:0552-0559} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 31-{z3:100-199} Kraków", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Via Garibaldi {n}, {z5:10122-10122} Torino", "Váci utca {n}, {z4:1052-1056} Budapest",
    "Vinohradská {n}, {z3:120-130} 00 Praha 2", "Pärnu mnt {n}, {z5:10141-10148} Tallinn",
    "Laugavegur {n}, {z3:101-101} Reykjavík", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "comhem.se", "yahoo.co.uk", "btinternet.com")  # fmt: skip
WORK = ("example.se", "schack.example.se", "bridge.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
CLUB_LOCALS = ("info", "anmalan", "kassor", "kassoren", "ordforande", "styrelsen", "tl", "tavling", "junior", "medlem", "secretary", "treasurer", "entries", "results", "membership", "captain")  # fmt: skip
CLUB_DOMAINS = ("sktornet.example.se", "bkklover.example.se", "schackklubben.example.se", "bridgeklubb.example.se", "ssf.example.se", "chessclub.example.org", "bridgeclub.example.co.uk", "4ncl.example.co.uk", "club.example.com")  # fmt: skip
HANDLES = ("knightmare", "e4e5", "rookie", "gambit", "tempo", "zugzwang", "fianchetto", "blitzkung", "schackmatt", "sangkung", "dummy", "endgame", "pawnstorm", "tornado", "springaren")  # fmt: skip


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
    """Every value of HU from one seeded Random; counts the head/tail split and the origins."""

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

    def person(self, woman: bool | None, kin: Person | None = None) -> Person:
        """Someone of an origin drawn by the row's language; `kin` gives the origin and surname."""
        r = self.rng
        mix = MIXES[self.lang]
        key = kin.origin if kin else r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Anna-Karin
            second = self.pick(pool)
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
            middle = [(plain(w), p) for w, p in middle]
        if kin:  # a child, parent, spouse or sibling: the family's surname
            surname, joint = list(kin.surname), kin.joint
            if key == "polish":
                surname = [(masculine(w), p) for w, p in surname]
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
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def handle(self, person: Person) -> str:
        """A username on a chess or bridge site: no PERSON, even where a name is inside it."""
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        return r.choice((f"{given}{surname[:3]}{r.randrange(10, 99)}", f"{r.choice(HANDLES)}_{given}",
                         f"{surname}{r.randrange(60, 99)}", f"{given[0]}{surname}_chess", f"{r.choice(HANDLES)}{r.randrange(1, 999)}"))  # fmt: skip

    def club_mail(self) -> str:
        return f"{self.rng.choice(CLUB_LOCALS)}@{self.rng.choice(CLUB_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
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
                "54",
                "90",
                "11",
                "35",
                "36",
                "42",
                "46",
                "60",
            )
        )
        area3 = r.choice(
            (
                "220",
                "240",
                "250",
                "260",
                "290",
                "300",
                "320",
                "380",
                "410",
                "454",
                "470",
                "485",
                "498",
                "500",
                "510",
                "522",
                "530",
                "550",
                "560",
                "565",
                "611",
                "620",
                "650",
                "660",
                "670",
                "910",
                "920",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (9, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"), (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"),
            (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"08-{d[:3]}{d[3:6]}{self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0{area2}-{d[:6]}"), (1, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07{r.choice('3456789')}{d[:2]} {d[2:]}{r.randrange(10)}", f"+44 7{r.choice('3456789')}{d[:2]} {d[2:]}{r.randrange(10)}",
            f"+44 (0)7{r.choice('3456789')}{d[:2]} {d[2:]}{r.randrange(10)}", f"01223 {d}", f"(01865) {d[:3]} {d[3:]}",
            f"020 7{d[:3]} {d[3:]}{r.randrange(10)}", f"0113 {d[:3]} {d[3:]}{r.randrange(10)}", f"+44 131 {d[:3]} {d[3:]}{r.randrange(10)}",
            f"0044 29 20{d[:2]} {d[2:]}", f"01242 {d[:3]}{d[3:]}", f"07{r.choice('3456789')}{d}{r.randrange(10)}{r.randrange(10)}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            ("314", "612", "608", "734", "617", "718", "503", "512", "206", "312", "815")
        )
        shapes = (f"({area}) 555-{d}", f"{area}-555-{d}", f"+1 {area} 555 {d}", f"{area}.555.{d}", f"1-{area}-555-{d}", f"+1 ({area}) 555-{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)50 {d[:3]} {d[3:7]}", f"045 {d[:3]} {d[3:7]}", f"+49 160 {d[:7]}", f"+49 (0)30 {d[:8]}",
            f"0049 89 {d[:7]}", f"0151 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}",
            f"+31 (0)6-{d[:8]}", f"+36 30 {d[:3]} {d[3:7]}", f"+420 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+354 {r.choice('678')}{d[:2]} {d[2:6]}", f"+43 676 {d[:7]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+964 770 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+44 7{r.choice('3456789')}{d[:2]} {d[2:8]}", f"+1 (612) 555-0{d[:3]}", f"+86 139 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for a member past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1916, 1927) if old else r.randrange(1936, 2018)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["personnummer +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.35:
            shape, out = "12 digits with hyphen", f"{year // 100}{date}-{serial}{check}"
        elif roll < 0.7:
            shape, out = "10 digits with hyphen", f"{date}-{serial}{check}"
        elif roll < 0.88:
            shape, out = "12 digits without hyphen", f"{year // 100}{date}{serial}{check}"
        else:
            shape, out = "10 digits without hyphen", f"{date}{serial}{check}"
        self.forms[f"personnummer {shape}"] += 1
        return out

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
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def sv_address(
        self,
        lines: bool = False,
        lgh: bool = False,
        rural: bool | None = None,
        country: bool = False,
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural, country=country)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {r.choice(('plan', 'vån.'))} {r.randrange(2, 6)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            house = (
                r.choice(UK_HOUSES)
                .replace("{f}", str(r.randrange(1, 30)))
                .replace(
                    "{h}", r.choice(("Wellington", "Beech", "Cedar", "Ivy", "Rose", "Primrose"))
                )
            )
            street = f"{house}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}".replace(
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

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GU in capitals, N/n the short form where the name has one, S/s the
    surname, SU in capitals, I an initial and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, Given`, Ri `Surname, G.`, E an e-mail address, UN a
    username (no PERSON). A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base == "UN":
        return [(draw.handle(person), None)]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.08 if base in ("G", "g", "GU") else 0.85)
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
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
    elif base == "Ri":
        words, value = (
            surname,
            f"{person.last}, " + "-".join(p[0] + "." for p in person.first.split("-")),
        )
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
    "GU",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "Ri",
    "E",
    "UN",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?:~(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(country=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "CMAIL": lambda: (draw.club_mail(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "MONTH": lambda: (MONTHS["en" if en else "sv"][month - 1], None),
        "YEAR": lambda: ("2027", None),
        "TIME": lambda: (f"{r.randrange(9, 21)}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(150, 9000):,} kr".replace(",", " "), None),
        "FEE": lambda: (f"{r.choice((100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 750))} kr", None),
        "GBP": lambda: (f"£{r.randrange(5, 95)}{r.choice(('', '.00', '.50'))}", None),
        "USD": lambda: (f"${r.randrange(15, 120)}", None),
        "EUR": lambda: (f"€{r.randrange(20, 150)}", None),
        "ELO": lambda: (str(min(max(int(r.gauss(1720, 280)), 1000), 2590)), None),
        "FIDE": lambda: (str(r.choice((r.randrange(1700000, 1799999), r.randrange(400000, 499999), r.randrange(1500000, 1599999), r.randrange(2000000, 2099999)))), None),
        "SSF": lambda: (str(r.randrange(10000, 99999)), None),
        "MNR": lambda: (str(r.randrange(1000, 99999)), None),
        "ECF": lambda: (f"{r.randrange(100000, 399999)}{r.choice('ABCDEFGHJK')}", None),
        "RES": lambda: (r.choice(("1-0", "0-1", "½-½", "1–0", "0–1", "½–½", "1/2-1/2", "+ -", "- +")), None),
        "PTS": lambda: (r.choice(("7", "6½", "6", "5½", "5", "4½", "4", "3½", "3", "2½", "2", "1½", "1", "0")), None),
        "ROUND": lambda: (str(r.randrange(1, 10)), None),
        "BOARD": lambda: (str(r.randrange(1, 33)), None),
        "PCT": lambda: ((f"{r.randrange(38, 68)}.{r.randrange(10)}%" if en else f"{r.randrange(38, 68)},{r.randrange(10)} %"), None),
        "SCORE": lambda: (r.choice(("+420", "+620", "-100", "+140", "-50", "+1430", "-200", "+110", "+450", "-300", "+980", "+170")), None),
        "MP": lambda: (str(r.randrange(2, 40)), None),
        "CONTRACT": lambda: (r.choice(CONTRACTS), None),
        "OPENING": lambda: (r.choice(OPENINGS["en" if en else "sv"]), None),
        "TC": lambda: (r.choice(("90 min + 30 s", "90+30", "15+10", "10+5", "3+2", "5+3", "60 min + 30 s", "40/120 + 30")), None),
        "CLUB": lambda: (r.choice(CHESS_CLUBS), None),
        "BCLUB": lambda: (r.choice(BRIDGE_CLUBS), None),
        "ENCLUB": lambda: (r.choice(EN_CLUBS), None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(5000, 5999)}-{r.randrange(1000, 9999)}")), None),
        "PG": lambda: (f"{r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)}-{r.randrange(10)}", None),
        "OCR": lambda: (draw.digits(r.choice((8, 10, 12))), None),
        "ORGNR": lambda: (f"8{r.randrange(10000, 29999)}-{r.randrange(1000, 9999)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "USER": lambda: (f"{r.choice(HANDLES)}{r.randrange(1, 2000)}", None),
    }  # fmt: skip
    return values[form]()


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
                person = draw.person(
                    {"f": True, "m": False}.get(gender or ""), people.get(kin or "")
                )
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
    """HU's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of HU is printed."""
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
                forms["one word lower case"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(
                    re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)|, \w\.(?:-\w\.)?$", value)
                )
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "(" and after[:1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
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
    print(
        "personnummer: "
        + ", ".join(
            f"{k[13:]} {v}" for k, v in sorted(draw.forms.items()) if k.startswith("personnummer")
        )
    )
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_total = ids_checked = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["row keys not as heldout-u's"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_total += 1
            start, stop = span["start"], span["end"]
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at a span's edge"] += value != value.strip()
            problems["spans unsorted or overlapping"] += start < end
            end = max(end, stop)
            problems["kind unknown"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                ids_checked += 1
                digits = re.sub(r"[-+]", "", value)
                digits = digits[2:] if len(digits) == 12 else digits
                problems["personnummer not 10 or 12 digits"] += not re.fullmatch(r"\d{10}", digits)
                problems["personnummer check digit"] += (
                    digits[-1:] != str(luhn(digits[:9])) if len(digits) == 10 else 1
                )
    print(f"rows {rows}, ids {len(ids)}, spans {spans_total}, personnummer checked {ids_checked}")
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return bad


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
