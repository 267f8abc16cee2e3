# ruff: noqa: E501
"""Generate held-out HD for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninety-first writer.

    python data/pii/generate_hd.py                 # writes data/pii/generated-heldout-hd.jsonl
    python data/pii/generate_hd.py --stats         # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hd.py --check         # checks the written file, prints counts only
    python data/pii/generate_hd.py --seed 7 --out /tmp/hd.jsonl   # a scratch seed to read rows from

HD's names are drawn by how often people carry them: every name word comes from `names_hd.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row roughly as the people in such texts are. The genre is
patents and trademarks (`templates_hd.py`): patent and trademark applications, inventors'
declarations and assignments, agents' reporting letters, office actions and PRV injunctions,
oppositions and court pleadings, renewal and annuity reminders, licences, watch reports, invention
disclosures and the chat and e-mail around them, in Swedish, English and both at once. Written by
a helper who does not tune the detector and who read only `generate_aw.py` (for the mechanics:
the seeded `Draw`, the slot filler, the row format, `--stats`), the "Held-out AW" and "Held-out CL"
sections of docs/privacy.md and the first line of `generated-heldout-u.jsonl` (for its keys); not
the detector's rules, lexicons or tests, nor any other set's names, templates or rows, nor any
error listing. HD was never run through the detector by its writer, and its names were not
checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
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

from names_hd import HEAD_SHARE, HYPHEN_PARTS, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hd import (  # noqa: E402
    COMPANIES,
    DAYS,
    EN,
    FIRMS,
    MARKS,
    MIXED,
    MONTHS,
    NEGATIVES,
    SV,
    TITLES,
    TITLES_EN,
)

SEED = 20270268
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hd.jsonl"
SPLIT = "heldout-hd"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the address register's names.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Vasagatan", "Storgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Hamngatan", "Linnégatan", "Sankt Eriksgatan", "Birger Jarlsgatan", "Götgatan", "Fleminggatan",
    "Odengatan", "Västra Hamngatan", "Södra Förstadsgatan", "Nygatan", "Bangårdsgatan", "Teknikringen",
    "Industrigatan", "Fabriksgatan", "Verkstadsgatan", "Forskargatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Ringvägen", "Skogsvägen",
    "Kvarnvägen", "Idrottsvägen", "Sjövägen", "Ängsvägen", "Valhallavägen", "Karlavägen",
    "Uppsalavägen", "Mölndalsvägen", "Sockenvägen", "Lantmätarvägen", "Ideon Gateway vägen",
    "Rönnsvängen", "Lärksvängen", "Hagsvängen", "Tussilagosvängen",
    "Kastanjeallé", "Lindallén", "Sofiebergs allé", "Ekallén", "Parkallén",
    "Kyrkbacken", "Mejeribacken", "Ekbacken", "Rosenbacken", "Tullbacken",
    "Blåbärsstigen", "Lingonstigen", "Smultronstigen", "Ekorrstigen", "Gullvivestigen",
    "Stortorget", "Lilla torget", "Järntorget", "Kornhamnstorg", "Möllevångstorget",
    "Stationsplan", "Sveaplan", "Brunnsplan", "Kopparplan",
    "Ölgränd", "Smedgränd", "Tunnbindaregränd", "Klockgränd", "Pilgränd",
    "Norra Kajen", "Skeppsbrokajen", "Packhuskajen", "Stenpiren", "Hamnkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the writer's knowledge of the ranges).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Lund", 222, 227), ("Linköping", 581, 589), ("Västerås", 721, 725), ("Örebro", 702, 703),
    ("Norrköping", 602, 603), ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 901, 907),
    ("Luleå", 971, 977), ("Gävle", 802, 806), ("Borås", 503, 507), ("Sundsvall", 852, 857),
    ("Eskilstuna", 632, 635), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Kista", 164, 164), ("Lidingö", 181, 181),
    ("Täby", 183, 187), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Södertälje", 151, 152),
    ("Mölndal", 431, 431), ("Sollentuna", 191, 192), ("Skövde", 541, 541), ("Trollhättan", 461, 461),
    ("Karlskrona", 371, 371), ("Kalmar", 392, 393), ("Falun", 791, 791), ("Östersund", 831, 831),
    ("Kiruna", 981, 981), ("Visby", 621, 621), ("Piteå", 941, 941), ("Örnsköldsvik", 891, 892),
    ("Skellefteå", 931, 931), ("Hudiksvall", 824, 824), ("Ludvika", 771, 771), ("Sandviken", 811, 811),
    ("Motala", 591, 591), ("Nyköping", 611, 611), ("Enköping", 745, 745), ("Alingsås", 441, 441),
    ("Kungsbacka", 434, 434), ("Varberg", 432, 432), ("Falkenberg", 311, 311), ("Ängelholm", 262, 262),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Ystad", 271, 271), ("Kristianstad", 291, 291),
    ("Hässleholm", 281, 281), ("Karlshamn", 374, 374), ("Värnamo", 331, 331), ("Gislaved", 332, 332),
    ("Nässjö", 571, 571), ("Borlänge", 781, 784), ("Mora", 792, 792), ("Arvika", 671, 671),
    ("Härnösand", 871, 871), ("Lycksele", 921, 921), ("Gällivare", 982, 982), ("Vetlanda", 574, 574),
)  # fmt: skip
RURAL_FROM = 30  # towns from here on also take rural postcodes (xxx 9x)
VILLAGES = (
    "Västanby", "Östansjö", "Norrbyn", "Lillåsen", "Bäcklunda", "Hästhagen", "Kvarntorp", "Sörbo",
    "Granlid", "Björkhult", "Ekeby", "Tallbacken", "Sjöändan", "Nybodarna", "Myrheden", "Åsbyn",
    "Storbäcken", "Hultet", "Stensjö", "Övre Gärdet", "Nedre Lugnet", "Bredsjö", "Kallmora", "Rismyr",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Chancery Lane", "Gray's Inn Road", "Holborn Viaduct", "Fetter Lane",
    "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane", "Queen Street", "Regent Street",
    "Hills Road", "Milton Road", "Banbury Road", "Castle Street", "The Crescent", "Orchard Close",
    "Kings Parade", "Bridge Street", "Market Place", "Brunswick Square",
)  # fmt: skip
UK_TOWNS = (
    ("Cambridge", "CB"), ("Oxford", "OX"), ("Reading", "RG"), ("Manchester", "M"), ("Birmingham", "B"),
    ("Leeds", "LS"), ("Bristol", "BS"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"),
    ("Newcastle upon Tyne", "NE"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Southampton", "SO"),
    ("Guildford", "GU"), ("Milton Keynes", "MK"), ("Harrogate", "HG"), ("Bath", "BA"), ("York", "YO"),
)  # fmt: skip
LONDON = ("EC1A", "EC1M", "EC2A", "EC4A", "EC4Y", "WC1V", "WC1X", "WC2A", "WC2R", "SE1", "N1", "E14", "W1G", "NW1")  # fmt: skip
UK_HOUSES = ("Flat {m}", "Flat {m}B", "Suite {m}", "Floor {m}", "Unit {m}", "The Old Rectory", "Rose Cottage", "Ivy House")  # fmt: skip
UK_PARKS = (("Unit {m}, Cambridge Science Park, Milton Road", "Cambridge", "CB4"), ("Building {m}, Cambourne Business Park", "Cambridge", "CB23"), ("Suite {m}, Oxford Science Park", "Oxford", "OX4"), ("Building {m}, Harwell Campus", "Didcot", "OX11"), ("Unit {m}, Surrey Research Park", "Guildford", "GU2"))  # fmt: skip
US_STREETS = ("Main Street", "University Avenue", "El Camino Real", "Market Street", "Page Mill Road", "Kendall Square", "Congress Avenue", "Dulany Street", "Peachtree Road", "Lake Street", "Elm Street", "Innovation Drive", "Technology Parkway", "Oak Ridge Road")  # fmt: skip
US_TOWNS = (
    ("Palo Alto", "CA", 943), ("San Jose", "CA", 951), ("San Diego", "CA", 921), ("Boston", "MA", 21),
    ("Cambridge", "MA", 21), ("Austin", "TX", 787), ("Seattle", "WA", 981), ("Alexandria", "VA", 223),
    ("Arlington", "VA", 222), ("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Raleigh", "NC", 276),
    ("Ann Arbor", "MI", 481), ("Portland", "OR", 972), ("Denver", "CO", 802), ("Madison", "WI", 537),
)  # fmt: skip
ABROAD = (
    "Leopoldstraße {n}, {z5:80802-80809} München", "Bahnhofstraße {n}, {z5:70173-70199} Stuttgart",
    "Am Kupfergraben {n}, {z5:10117-10119} Berlin", "Erhardtstraße {n}, {z5:80469-80469} München",
    "Prinses Beatrixlaan {n}, {z4:2595-2595} {L2} Den Haag", "Patentlaan {n}, {z4:2288-2288} {L2} Rijswijk",
    "Kerkstraat {n}, {z4:5611-5658} {L2} Eindhoven", "{n} rue de la Paix, 750{z2:01-20} Paris",
    "{n} avenue Jean Médecin, 06000 Nice", "Mannerheimintie {n} B {m}, 00{z3:100-990} Helsinki",
    "Hämeenkatu {n} A {m}, 33{z3:100-900} Tampere", "Karl Johans gate {n}, 0{z3:150-162} Oslo",
    "Sandviksveien {n}, {z4:1300-1399} Sandvika", "Vesterbrogade {n}, {m}. th., 1{z3:620-799} København V",
    "Åboulevarden {n}, {z4:8000-8000} Aarhus C", "Bahnhofstrasse {n}, 80{z2:01-99} Zürich",
    "Avenida de Aguilera {n}, 030{z2:01-15} Alicante", "Calle de Serrano {n}, {m}º, 280{z2:01-06} Madrid",
    "Via Giuseppe Garibaldi {n}, 201{z2:21-62} Milano", "ul. Marszałkowska {n}/{m}, 00-{z3:500-999} Warszawa",
    "Mariahilfer Straße {n}, 10{z2:60-70} Wien", "Rue de la Loi {n}, 10{z2:00-49} Bruxelles",
    "{n} Harcourt Street, Dublin 2, D02 {L2}{z2:10-99}", "Narva mnt {n}, 10{z3:100-199} Tallinn",
)  # fmt: skip
WORLD = (
    "No. {n} Keyuan Road, Pudong New District, Shanghai {z6:201203-201210}, China",
    "{m}-{n}-1 Marunouchi, Chiyoda-ku, Tokyo 100-{z4:0001-0099}, Japan",
    "{n} MG Road, Bengaluru {z6:560001-560099}, Karnataka, India",
    "{n} Teheran-ro, Gangnam-gu, Seoul {z5:06100-06199}, Republic of Korea",
    "{n} Shenzhen Bay Road, Nanshan District, Shenzhen {z6:518057-518067}, China",
    "{n} Rothschild Boulevard, Tel Aviv {z7:6688101-6688199}, Israel",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.se", "bredband.net", "protonmail.com")  # fmt: skip
WORK = ("example.se", "patent.example.se", "ip.example.se", "example.com", "example.org", "ip.example.co.uk", "example.de", "lab.example.se")  # fmt: skip
BOXES = ("patent", "info", "varumarken", "renewals", "docketing", "mail", "ip", "trademarks", "prv", "annuities", "registry", "oppositions")  # fmt: skip


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
    """Every value of HD from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deal(self, name: str, cards: tuple[str, ...]) -> str:
        """The next card of a shuffled deck: every card before any comes again."""
        deck = self.decks.setdefault(name, [])
        if not deck:
            deck.extend(cards)
            self.rng.shuffle(deck)
        return deck.pop()

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
            key == "swedish" and given[0][0] in HYPHEN_PARTS and r.random() < 0.15
        ):  # Anna-Karin, Karl-Erik
            for _ in range(6):
                second = self.pick(pool)
                if second[0] != given[0][0] and second[0] in HYPHEN_PARTS:
                    given.append(second)
                    break
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "german": 0.15}.get(key, 0.05):
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
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us", "german") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
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
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given[0]}.{surname}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}", f"{given[:3]}{surname[:3]}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.55 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(BOXES)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool | None = None) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(("31", "40", "46", "18", "13", "11", "19", "21", "90", "36", "42", "54", "60", "63", "26", "16", "35", "33", "23"))  # fmt: skip
        a3 = r.choice(("920", "470", "480", "455", "498", "980", "910", "660", "243", "250", "240", "520", "500", "380", "640", "611"))  # fmt: skip
        mobiles = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:3]} {d[3:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        lands = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"(08) {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08{d[:8]}"),
            (3, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"0046 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (6, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0){a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a2}{d[:7]}"),
            (4, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (1, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a3}{d[:6]}"),
        )  # fmt: skip
        if mobile is None:
            mobile = r.random() < 0.55
        shapes = mobiles if mobile else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an agency's number: switchboards, 020 and 0771 numbers."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"08-{d[:3]} {d[3:5]} 00", f"08-{d[:3]} {d[3:6]} 00", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"031-{d[:3]} {d[3:5]} 00", f"040-{d[:2]} {d[2:4]} 00", f"+46 8 {d[:3]} {d[3:5]} 00", f"046-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 31 {d[:3]} {d[3:5]} 00",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, as people there write it, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:8]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+44 20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)1223 496 {d[:3]}", f"07700 900{d[:3]}", f"+44 7700 900 {d[:3]}",
            f"0044 161 496 0{d[:3]}", f"+353 1 {d[:3]} {d[3:7]}",
            f"+49 89 {d[:4]} {d[4:8]}", f"089 {d[:8]}", f"+49 (0)30 {d[:7]}", f"+49 171 {d[:7]}", f"0049 711 {d[:6]}-{d[6:8]}",
            f"+31 70 {d[:3]} {d[3:7]}", f"+31 6 {d[:8]}", f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}", f"+34 965 {d[:2]} {d[2:4]} {d[4:6]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+39 02 {d[:4]} {d[4:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+43 1 {d[:3]} {d[3:7]}", f"+32 2 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+1 (571) 555-01{d[:2]}", f"(650) 555-01{d[:2]}", f"617.555.01{d[:2]}", f"+1 212 555 01{d[:2]}", f"+1-512-555-01{d[:2]}",
            f"+1 416 555 01{d[:2]}", f"+86 10 {d[:4]} {d[4:8]}", f"+86 138 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+91 80 {d[:4]} {d[4:8]}", f"+81 3-{d[:4]}-{d[4:8]}", f"03-{d[:4]}-{d[4:8]}", f"+82 2-{d[:3]}-{d[3:7]}",
            f"+972 3-{d[:3]}-{d[3:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 770 {d[:3]} {d[3:7]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+66 81 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return shapes[int(self.deal("phone_x", tuple(str(i) for i in range(len(shapes)))))]

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old`: someone past a hundred (`+` in the ten-digit form)."""
        r = self.rng
        year = r.randrange(1915, 1927) if old else r.randrange(1940, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return f"{date}+{serial}{check}" if roll < 0.75 else f"{year}{date[2:]}-{serial}{check}"
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """A company's organisation number (no personnummer): 55xxxx-xxxx with its own check digit."""
        body = "55" + self.rng.choice("6789") + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.82 else f"{code} {town}"
        if roll > 0.95:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 160)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.1):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", plan {r.randrange(2, 9)}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        return f"Box {r.randrange(2, 9999)}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        inward = f"{r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        if r.random() < 0.3:
            town, code = "London", f"{r.choice(LONDON)} {inward}"
        else:
            town, area = r.choice(UK_TOWNS)
            code = f"{area}{r.randrange(1, 25)} {inward}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES).replace('{m}', str(r.randrange(2, 9)))}, {street}"
        elif roll < 0.35:
            park, town, district = r.choice(UK_PARKS)
            street, code = park.replace("{m}", str(r.randrange(1, 30))), f"{district} {inward}"
        parts = [street, town, code] if lines else [street, f"{town} {code}"]
        if r.random() < 0.12:
            parts.append("United Kingdom")
        return ("\n" if lines else ", ").join(parts)

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.35:
            street += f", {r.choice(('Suite', 'Ste.', 'Apt', 'Unit', '#'))} {r.randrange(2, 1200)}".replace(
                "# ", "#"
            )
        code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        if r.random() < 0.15:
            code += f"-{r.randrange(1000, 9999)}"
        out = f"{street}\n{town}, {state} {code}" if lines else f"{street}, {town}, {state} {code}"
        if r.random() < 0.1:
            out += "\nUSA" if lines else ", USA"
        return out

    def formatted(self, deck: str, cards: tuple[str, ...], lines: bool) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = (
            self.deal(deck, cards)
            .replace("{n}", str(r.randrange(1, 160)))
            .replace("{m}", str(r.randrange(1, 9)))
        )
        out = out.replace(
            "{L2}", r.choice("ABCDEFGHKLMNPRSTVWXY") + r.choice("ABCDEFGHKLMNPRSTVWXY")
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, M with the middle
    name's initial (`John A. Smith`), G/g the given name (sometimes its short form), N/n the short
    form where the name has one, S/s the surname, SU the surname in capitals, GU the given name in
    capitals, I an initial and the surname, II every initial and the surname (`M. C. Armstrong`),
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an
    e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base == "M":
        words = given + middle + surname
        value = " ".join([person.first] + [f"{w[0]}." for w, _ in middle] + [person.last])
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
        value = "-".join(p[0] + "." for p in person.first.split("-")) + f" {person.last}"
    elif base == "II":
        words = middle + surname
        value = " ".join(
            ["-".join(p[0] + "." for p in person.first.split("-"))]
            + [f"{w[0]}." for w, _ in middle]
            + [person.last]
        )
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
    "GU",
    "S",
    "s",
    "SU",
    "I",
    "II",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day, year = r.randrange(1, 13), r.randrange(1, 29), r.choice((2026, 2027, 2027, 2028))
    d = draw.digits(9)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.formatted("abroad", ABROAD, False), "ADDRESS"),
        "AXL": lambda: (draw.formatted("abroad", ABROAD, True), "ADDRESS"),
        "AW": lambda: (draw.formatted("world", WORLD, False), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHL": lambda: (draw.phone(mobile=False), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "ORG": lambda: (draw.org_number(), None),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day} {MONTHS['sv'][month - 1]} {year}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{MONTHS['en'][month - 1]} {day}, {year}", f"{day:02d}.{month:02d}.{year}", f"{day}/{month}/{year}")), None),
        "YEAR": lambda: (str(r.randrange(2019, 2027)), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "CLAIMS": lambda: (str(r.randrange(8, 31)), None),
        "NTH": lambda: (str(r.randrange(4, 21)), None),
        "AMT": lambda: (f"{r.randrange(8, 420) * 100:,} kr".replace(",", " "), None),
        "EUR": lambda: (f"EUR {r.randrange(4, 300) * 10:,}".replace(",", "."), None),
        "USD": lambda: (f"USD {r.randrange(4, 900) * 10:,}", None),
        "GBP": lambda: (f"£{r.randrange(2, 900) * 10:,}", None),
        "SEAPP": lambda: (f"{r.choice(('2', '2'))}{r.randrange(4, 8)}{r.choice('5')}{d[:4]}-{r.randrange(10)}", None),
        "SEPAT": lambda: (f"SE {r.randrange(540, 549)} {d[:3]} C{r.choice('12')}", None),
        "EPAPP": lambda: (f"EP {r.randrange(20, 27)} {d[:3]} {d[3:6]}.{r.randrange(10)}", None),
        "EPPAT": lambda: (f"EP {r.randrange(3, 5)} {d[:3]} {d[3:6]} B1", None),
        "USPAT": lambda: (f"US {r.randrange(10, 13)},{d[:3]},{d[3:6]} B{r.choice('12')}", None),
        "USAPP": lambda: (f"{r.choice(('17', '18', '19'))}/{d[:3]},{d[3:6]}", None),
        "WO": lambda: (f"WO {r.randrange(2021, 2027)}/{d[:6]} A1", None),
        "PCT": lambda: (f"PCT/{r.choice(('SE', 'SE', 'EP', 'US', 'GB', 'FI'))}{r.randrange(2022, 2027)}/05{d[:4]}", None),
        "GBPAT": lambda: (f"GB{r.randrange(25, 27)}{d[:5]}.{r.randrange(10)}", None),
        "TMSE": lambda: (f"{r.randrange(540, 640)} {d[:3]}", None),
        "UKTM": lambda: (f"UK0000{d[:7]}", None),
        "EUTM": lambda: (f"0{r.randrange(17, 19)} {d[:3]} {d[3:6]}", None),
        "IR": lambda: (f"{r.randrange(1, 2)} {r.randrange(600, 900)} {d[:3]}", None),
        "CLASS": lambda: (r.choice(("9", "9 och 42", "7, 9 och 11", "3 och 5", "25", "29, 30 och 32", "35 och 41", "9, 35 och 42", "12", "20 och 21")) if not en else r.choice(("9", "9 and 42", "7, 9 and 11", "3 and 5", "25", "35 and 41", "9, 35 and 42", "12")), None),
        "IPC": lambda: (r.choice(("H04W 72/04", "B65D 81/38", "A61B 5/00", "F03D 80/40", "H01M 10/54", "G06F 16/23", "B60L 53/14", "A01K 1/01", "E04F 13/08", "C22B 26/12", "A47J 31/44", "B62B 9/08")), None),
        "REF": lambda: (r.choice((f"P{r.randrange(10000, 99999)}SE00", f"T{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(2026, 2028)}-{d[:4]}", f"TM/{d[:5]}", f"ref. {r.randrange(100, 9999)}")), None),
        "DNR": lambda: (f"{r.choice(('PAT', 'VM', 'PRV'))} {r.randrange(2026, 2028)}/{d[:5]}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "TITLE": lambda: (draw.deal("titles", TITLES), None),
        "TITLEEN": lambda: (draw.deal("titles_en", TITLES_EN), None),
        "MARK": lambda: (draw.deal("marks", MARKS), None),
        "FIRM": lambda: (draw.deal("firms", FIRMS), None),
        "CO": lambda: (draw.deal("companies", COMPANIES), None),
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
    """HD's rows: every negative once, then positive rows from shuffled decks of each language's
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
    return f"{len(digits)} digits, {'no separator' if sep == 'none' else sep}"


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of HD is printed."""
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
                forms["initial"] += bool(re.search(r"(?:^|\s)\w\.(?:-\w\.)?(?:\s|$)", value))
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
                forms["address Box"] += value.startswith("Box")
                forms["address with SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer forms: " + ", ".join(f"{k}: {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for lang in MIXES for k in MIXES[lang] if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file and prints counts only; returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_total = 0
    pnr_total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["row keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_total += 1
            problems["span keys"] += list(span) != ["start", "end", "kind"]
            problems["kind"] += span["kind"] not in KINDS
            start, stop = span["start"], span["end"]
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            value = text[start:stop]
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            if span["kind"] == "NATIONAL_ID":
                pnr_total += 1
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer check digit"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
    bad = sum(problems.values())
    print(f"rows {rows}, ids {len(ids)}, spans {spans_total}, personnummer {pnr_total}")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    return bad


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
