# ruff: noqa: E501
"""Generate held-out HS for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-sixth writer. HS's names come from `names_hs.py`'s weighted pools (SCB's ranks
for Sweden, the US Census 1990 per cents, the ONS rankings for the UK and the commonest names of
origins common in Sweden; 80% of name words from a list's head, 20% from its tail), mixed by the
language of the row roughly as Sweden's population is; its genre (`templates_hs.py`) is bowling
halls, escape rooms and amusement arcades: group and company bookings, children's birthday
parties, score sheets and league lists, game-master logs, lost-item messages and lost-property
logs, staff rotas, shift swaps, contracts and incident reports, in Swedish, English and mixed
text. Written by a helper who tunes nothing and who read only `generate_aw.py` (for the
mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`), two write-up sections
of `docs/privacy.md` and the first line of `generated-heldout-u.jsonl`; not the detector, its
lexicons or tests, nor any other set's names, templates or rows. HS was never run through the
detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_hs.py           # writes data/pii/generated-heldout-hs.jsonl
    python data/pii/generate_hs.py --stats   # counts only
    python data/pii/generate_hs.py --check   # checks the written file, counts only
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

from names_hs import HEAD_SHARE, HYPHEN_SECOND, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hs import DAYS, EN, GAMES, ITEMS, MIXED, MONTHS, NEGATIVES, ROOMS, SV, VENUES  # noqa: E402

SEED = 20270283
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hs.jsonl"
SPLIT = "heldout-hs"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Nygatan", "Östra Hamngatan", "Västra Storgatan", "Bangatan", "Fabriksgatan", "Hamngatan",
    "Trädgårdsgatan", "Köpmangatan", "Rådhusgatan", "Brogatan", "Långgatan", "Fridhemsgatan", "Götgatan",
    "Bergsgatan", "Parkgatan", "Idrottsgatan", "Verkstadsgatan", "Magasinsgatan", "Södra Långgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Rönnvägen", "Aspvägen", "Hasselvägen",
    "Sjövägen", "Skogsvägen", "Ringvägen", "Industrivägen", "Idrottsvägen", "Solvägen", "Åkervägen",
    "Villavägen", "Kvarnvägen", "Lärkvägen", "Fasanvägen", "Backvägen", "Gamla Vägen", "Strandvägen",
    "Södra Vägen", "Parkvägen", "Källvägen", "Ängsvägen", "Prästgårdsvägen", "Hantverksvägen",
    "Lärksvängen", "Vallmosvängen", "Blåklockssvängen", "Tallsvängen", "Kastanjesvängen",
    "Lindallén", "Kastanjeallén", "Björkallén", "Parkallé", "Slottsallén", "Kyrkallén",
    "Kvarnbacken", "Kyrkbacken", "Solbacken", "Granbacken", "Tingsbacke", "Ängsbacke", "Mölnbacken",
    "Lärkstigen", "Ekorrstigen", "Blåbärsstigen", "Hjortronstigen", "Tallstigen", "Lingonstigen", "Hagstigen",
    "Stortorget", "Järntorget", "Fisktorget", "Nytorget", "Lilla torg", "Kanaltorget", "Hötorget",
    "Stationsplan", "Kyrkplan", "Rådhusplan", "Hamnplan", "Torgplan",
    "Smedsgränd", "Bagargränd", "Kvarngränd", "Skomakargränd", "Fiskargränd", "Sjömansgränd",
    "Hamnkajen", "Södra Kajen", "Norra Kajen", "Strandkajen", "Ångbåtskajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the writer's knowledge of the ranges).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Landskrona", 261, 261), ("Örnsköldsvik", 891, 891),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Kungsbacka", 434, 434), ("Visby", 621, 621),
    ("Ystad", 271, 271), ("Alingsås", 441, 441), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Enköping", 745, 745), ("Sandviken", 811, 811), ("Härnösand", 871, 871), ("Katrineholm", 641, 641),
    ("Köping", 731, 731), ("Ludvika", 771, 771), ("Mora", 792, 792), ("Vetlanda", 574, 574),
    ("Oskarshamn", 572, 572), ("Hudiksvall", 824, 824), ("Arvika", 671, 671), ("Mariestad", 542, 542),
)  # fmt: skip
# Villages and hamlets as rural addresses name them (`Västra Byn 14`), with a 9x postcode.
VILLAGES = (
    "Västra Byn", "Norrby", "Skogsby", "Kvarntorp", "Ängebo", "Bäckaby", "Sörby", "Hemby", "Åsen",
    "Backa", "Holmsjö", "Rya", "Östanå", "Lillmossen", "Övertorp", "Berga", "Ryd", "Ekeby", "Tuna",
    "Sandby", "Stommen", "Lövåsen", "Tallbacka", "Kärrby", "Bränntorp",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Road", "London Road", "Park Road", "The Crescent",
    "Meadow Way", "Green Lane", "New Road", "Bridge Street", "Castle Street", "Market Street", "North Street",
    "Grange Road", "Manor Road", "Chapel Street", "Elm Grove", "Willow Close", "Orchard Way",
)  # fmt: skip
UK_TOWNS = (
    ("Brighton", "BN"), ("Leeds", "LS"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Leicester", "LE"),
    ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Liverpool", "L"),
    ("Newcastle upon Tyne", "NE"), ("Reading", "RG"), ("Oxford", "OX"), ("York", "YO"), ("Exeter", "EX"),
    ("Coventry", "CV"), ("Aberdeen", "AB"), ("Swansea", "SA"), ("Plymouth", "PL"), ("Southampton", "SO"),
    ("Manchester", "M"), ("Birmingham", "B"), ("London", "SE"), ("London", "N"), ("London", "E"),
)  # fmt: skip
UK_HOUSES = ("The Old Bakery", "Rose Cottage", "Holly House", "The Stables", "Mill House", "Orchard Cottage", "The Coach House", "Elm Lodge")  # fmt: skip
UK_AREAS = ("Headingley", "Hove", "Jesmond", "Clifton", "Roath", "Kemptown", "Didsbury", "Moseley", "Leith", "Heavitree")  # fmt: skip
US_STREETS = ("Elm Street", "Maple Avenue", "Oak Street", "Lakeview Drive", "Park Avenue", "Walnut Street", "Cedar Lane", "Highland Avenue", "Pine Street", "Sunset Boulevard", "Main Street", "Ridge Road")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Boston", "MA", 21),
    ("Austin", "TX", 787), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Milwaukee", "WI", 532),
    ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Lindsborg", "KS", 674), ("Worcester", "MA", 16),
    ("San Diego", "CA", 921), ("Orlando", "FL", 328), ("Columbus", "OH", 432), ("Brooklyn", "NY", 112),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:80331-80339} München", "Gartenweg {n}, {z5:22525-22529} Hamburg",
    "Marktplatz {n}, {z5:69117-69121} Heidelberg", "{n} rue de la Gare, {z5:69001-69009} Lyon",
    "{n}, avenue des Tilleuls, {z5:33000-33800} Bordeaux", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Kauppakatu {n}, {z5:40100-40200} Jyväskylä", "Storgata {n}, {z4:0155-0189} Oslo",
    "Strandgaten {n}, {z4:5003-5015} Bergen", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "Nørrebrogade {n}, {z4:2200-2200} København N", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Piotrkowska {n}, 90-{z3:001-999} Łódź", "Calle Mayor {n}, {m}º B, 280{z2:10-15} Madrid",
    "Carrer del Mar {n}, 080{z2:01-10} Barcelona", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Via Roma {n}, {z5:00184-00199} Roma", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles", "Hauptstraße {n}, {z4:5020-5020} Salzburg",
    "Tartu mnt {n}, {z5:10115-10117} Tallinn", "vul. Khreshchatyk {n}, kv. {m}, 01001 Kyiv",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bahnhof.se", "me.com")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "kontor.example.se", "it.example.com", "skola.example.se", "kommun.example.se")  # fmt: skip
FIRM_MAIL = ("bokning", "info", "kalas", "hittegods", "event", "hello", "bookings", "lostproperty", "parties", "personal", "ekonomi", "support")  # fmt: skip
FIRM_DOMAINS = ("strikehallen.example.se", "laststrum.example.se", "pixelarkaden.example.se", "kagelbanan.example.se", "pinfall.example.co.uk", "lockedroom.example.com", "neonarcade.example.com", "nyckeln-escape.example.se")  # fmt: skip


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
    called: dict[str, str] = field(
        default_factory=dict
    )  # the given name or short form a text uses, kept

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of HS from one seeded Random; counts the head/tail split, the origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.clock = -1  # minutes past midnight of a chat's last message; -1 before its first

    def tick(self) -> str:
        """A chat's next time stamp: the first at random, each later one a few minutes on."""
        r = self.rng
        self.clock = (
            r.randrange(9 * 60, 22 * 60) if self.clock < 0 else self.clock + r.randrange(0, 9)
        )
        hours, minutes = divmod(self.clock, 60)
        if self.lang == "en":
            return f"{hours % 12 or 12}:{minutes:02d} {'pm' if hours >= 12 else 'am'}"
        return (
            f"{hours:02d}:{minutes:02d}" if self.lang == "mixed" else f"{hours:02d}.{minutes:02d}"
        )

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
            key == "swedish"
            and "-" not in given[0][0]
            and given[0][1] == "head"
            and r.random() < 0.04
        ):  # Anna-Karin, Lars-Erik
            second = r.choice(HYPHEN_SECOND["f" if woman else "m"])
            if second[:3] != given[0][0][:3]:  # no `Maria-Marie`
                given.append((second, given[0][1]))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.4}.get(key, 0.05):
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
        elif key in ("uk", "us", "german") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
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
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{r.randrange(70, 99)}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        """A venue's address: British and American venues in English text, Swedish ones in Swedish."""
        domains = (
            [d for d in FIRM_DOMAINS if (".se" in d) == (self.lang == "sv")]
            if self.lang != "mixed"
            else list(FIRM_DOMAINS)
        )
        return f"{self.rng.choice(FIRM_MAIL)}@{self.rng.choice(domains)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a3 = r.choice(
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
                "63",
                "35",
                "36",
                "42",
                "44",
                "46",
            )
        )
        a4 = r.choice(("455", "480", "470", "498", "150", "220", "240", "250", "300", "320", "346", "380", "413", "431",
                       "451", "470", "491", "500", "510", "520", "522", "532", "560", "570", "586", "611", "620", "640",
                       "651", "660", "670", "680", "690", "910", "920", "950", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"(08) {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a3} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0){a3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a4}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a4}-{d[:3]} {d[3:5]}"), (2, f"0{a4} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a4}{d[:6]}"), (1, f"+46 {a4} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0046 {a4} {d[:3]} {d[3:5]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's number: a switchboard, a national 020 or 0771 number, or a venue's landline."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0770-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:5]}0 00", f"031-{d[:3]} {d[3:5]} 00",
            f"040-{d[:2]} {d[2:4]} 00", f"+46 8 {d[:3]} {d[3:5]}0 00", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
            f"0{r.choice(('19', '21', '13', '90'))}-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A British number as people there write it (Ofcom's drama ranges)."""
        r, d = self.rng, self.digits(3)
        return r.choice((f"07700 900{d}", f"07700 900 {d}", f"+44 7700 900{d}", f"+44 (0)7700 900{d}", f"020 7946 0{d}",
                         f"0113 496 0{d}", f"0117 496 0{d}", f"0161 496 0{d}", f"0131 496 0{d}", f"(0121) 496 0{d}", f"0044 7700 900{d}"))  # fmt: skip

    def phone_us(self) -> str:
        """An American number in the 555-01xx range, as Americans write it."""
        r, d = self.rng, self.digits(2)
        area = r.choice(
            (
                "612",
                "312",
                "206",
                "617",
                "512",
                "303",
                "503",
                "414",
                "815",
                "716",
                "619",
                "407",
                "614",
                "718",
            )
        )
        return r.choice((f"({area}) 555-01{d}", f"{area}-555-01{d}", f"{area}.555.01{d}", f"+1 {area} 555 01{d}", f"+1 ({area}) 555-01{d}", f"1-{area}-555-01{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"050 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"020 7946 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"0044 7700 900{d[:3]}", f"+44 (0)113 496 0{d[:3]}",
            f"+49 151 {d[:8]}", f"030 {d[:8]}", f"0171 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"{r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+1 (312) 555-0{d[:3]}", f"(617) 555-0{d[:3]}",
            f"612-555-0{d[:3]}", f"+1 206 555 0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}",
            f"06-{d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"0532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"08{d[:1]}-{d[1:4]}-{d[4:8]}",
            f"+380 67 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+353 87 {d[:3]} {d[3:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"0041 79 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, who: str = "adult") -> str:
        """A personnummer with a valid check digit: an adult, a child, or someone past a hundred (`+`)."""
        r = self.rng
        year = {"adult": (1941, 2007), "child": (2013, 2022), "old": (1918, 1927)}[who]
        year = r.randrange(year[0], year[1])
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if who == "old":
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.7
                else f"{year}{date[2:]}-{serial}{check}"
            )
        roll = r.random()
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

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
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 8):02d}"
            joint = joint.replace(" ", ", ") if joint == " " else joint
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
            joint = joint.replace(" ", ", ") if joint == " " else joint
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
            joint = joint.replace(" ", ", ") if joint == " " else joint
        return f"{street}{joint}{self.sv_postal(rural=rural, country=country)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        return f"Box {r.randrange(10, 1999)}{joint}{self.sv_postal()}"

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
            street = f"Flat {r.randrange(1, 20)}, {street}"
        elif roll < 0.42:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        if lines:
            area_line = f"{r.choice(UK_AREAS)}\n" if r.random() < 0.3 else ""
            return f"{street}\n{area_line}{town}\n{code}"
        return f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Apt.', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
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
        if lines:
            head, _, rest = out.rpartition(", ")
            return f"{head}\n{rest}"
        return out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU the surname in capitals, I an initial and the surname, Gi the
    given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail
    address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        if (
            "given" not in person.called
        ):  # the same person is called the same way all through a text
            person.called["given"] = (
                draw.nickname(person, 0.85 if base in ("N", "n") else 0.07) or person.first
            )
        value = person.called["given"]
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        initial = next((ch for ch in person.last if ch.isupper()), person.last[0])
        words, value = given, f"{person.first} {initial}."
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    en = lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    side = "en" if en or (lang == "mixed" and r.random() < 0.4) else "sv"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AI": lambda: (draw.sv_address(country=True, rural=False), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), r.choice(SV_STREETS))) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "STUK": lambda: (f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "PNR": lambda: (draw.national_id("adult"), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id("child"), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.27")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day}/{month}")), None),
        "TIME": lambda: (f"{r.randrange(10, 22)}{r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 10)}{r.choice(('pm', '.30pm', ':15 pm', ' pm'))}", f"{r.randrange(11, 22)}:{r.choice(('00', '30'))}")), None),
        "CLOCK": lambda: (draw.tick(), None),
        "HOURS": lambda: (f"{r.randrange(9, 17)}–{r.randrange(18, 24)}", None),
        "NUM": lambda: (str(r.randrange(4, 40)), None),
        "AGE": lambda: (str(r.randrange(5, 14)), None),
        "AMT": lambda: (f"{r.randrange(300, 24000):,} kr".replace(",", " "), None),
        "KR": lambda: (f"{r.randrange(50, 600)} kr", None),
        "GBP": lambda: (f"£{r.randrange(12, 900)}.{r.choice(('00', '50', '95', '99'))}", None),
        "USD": lambda: (f"${r.randrange(15, 950)}", None),
        "EUR": lambda: (f"€{r.randrange(20, 700)}", None),
        "REF": lambda: (r.choice((f"B-{r.randrange(10000, 99999)}", f"#{r.randrange(100000, 999999)}", f"{r.choice('BKE')}{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(2000, 9999)}")), None),
        "LANE": lambda: (str(r.randrange(1, 25)), None),
        "SCORE": lambda: (str(min(300, max(38, int(r.gauss(138, 38))))), None),
        "MINSEC": lambda: (f"{r.randrange(38, 60)}:{r.randrange(60):02d}", None),
        "ROOM": lambda: (r.choice(ROOMS[side]), None),
        "GAME": lambda: (r.choice(GAMES), None),
        "VENUE": lambda: (r.choice(VENUES[side]), None),
        "ITEM": lambda: (r.choice(ITEMS[side]), None),
        "WEEK": lambda: (str(r.randrange(2, 52)), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "ORG": lambda: (f"55{r.randrange(6000, 9999)}-{r.randrange(1000, 9999)}", None),
        "CARD": lambda: (f"{r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}", None),
        "CODE": lambda: ("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.clock = -1
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
    """HS's rows: every negative once, then positive rows from shuffled decks of each language's
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


def national_id_valid(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of HS is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
                forms["lower case alone"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].count("c/o") > 0
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += bool(re.search(r"[-+]", value))
                forms["personnummer with +"] += "+" in value
                forms["personnummer valid"] += national_id_valid(value)
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only (never a row). Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows: list[dict[str, object]] = []
    ids: set[str] = set()
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows.append(row)
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop] if 0 <= start < stop <= len(text) else ""
            problems["empty or out of bounds"] += not value
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer check digit"] += not national_id_valid(value)
            end = stop
    sizes = Counter(str(row["lang"]) for row in rows)
    problems["sizes"] += dict(sizes) != SIZES
    print(f"checked {len(rows)} rows, {sum(len(row['spans']) for row in rows)} spans")  # type: ignore[arg-type]
    for name, n in problems.items():
        print(f"{name}: {n}")
    total = sum(problems.values())
    print("no problems" if total == 0 else f"{total} problems")
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed (the set itself uses SEED)"
    )
    parser.add_argument("--out", type=Path, default=OUT)
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
