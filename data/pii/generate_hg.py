# ruff: noqa: E501
"""Generate held-out HG for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninety-fourth writer.

    python data/pii/generate_hg.py           # writes data/pii/generated-heldout-hg.jsonl
    python data/pii/generate_hg.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hg.py --check   # checks the written file, prints counts only
    python data/pii/generate_hg.py --seed 7 --out /tmp/hg.jsonl   # a scratch seed

HG's names are drawn by how often people really carry them: every name word comes from
`names_hg.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is customs brokers and freight forwarding (`templates_hg.py`): import and export
declarations, consignee details, powers of attorney for customs agents, duty and VAT queries
from firms and private people, moving and inherited goods, warehouse and terminal pickups and
release notes, arrival notices, shipment tracking, drivers' and desk chats, with consignees',
shippers' and warehouses' addresses in Sweden and abroad and phone numbers in every common
grouping. Written by a helper who does not tune the detector, who read only `generate_aw.py`
(for these mechanics), two write-ups of earlier sets and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons and tagger (`src/`), nor any
error listing, nor any other set's names and templates. HG was never run through the detector
by its writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
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

from names_hg import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hg import CARRIERS, DAYS, EN, GOODS, MIXED, MONTHS, NEGATIVES, PETS, SV  # noqa: E402

SEED = 20270271
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hg.jsonl"
SPLIT = "heldout-hg"
KEYS = ["id", "split", "lang", "text", "spans"]

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, homes and offices.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kyrkogatan", "Skolgatan", "Järnvägsgatan", "Nygatan",
    "Köpmangatan", "Hamngatan", "Västra Hamngatan", "Södra Förstadsgatan", "Norra Långgatan",
    "Trädgårdsgatan", "Bangårdsgatan", "Repslagaregatan", "Fabriksgatan", "Tullgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ringvägen", "Skogsvägen", "Ängsvägen", "Sjövägen",
    "Solvägen", "Parkvägen", "Villavägen", "Kastanjevägen", "Lönnvägen", "Almvägen", "Rosenvägen",
    "Vallmovägen", "Blåklintsvägen", "Furuvägen", "Hagvägen", "Bäckvägen", "Kvarnvägen",
    "Lärkvägen", "Snickarvägen", "Smedsvägen", "Gamla Vägen", "Ekbackens väg",
    "Mossvägen", "Kornsvängen", "Havresvängen", "Rågsvängen", "Videsvängen", "Linnésvängen",
    "Lindallén", "Hammarby allé", "Kastanjeallén", "Stationsallén", "Björkallé",
    "Kvarnbacken", "Solbacken", "Rönnbacken", "Sjöbacken", "Tornbacken", "Valla backe",
    "Lärkstigen", "Blåbärsstigen", "Lingonstigen", "Hasselstigen", "Trastens stig",
    "Stortorget", "Gustavs torg", "Lilla torg", "Fisktorget", "Sturetorget",
    "Brunnsplan", "Stationsplan", "Mästarplan", "Tegelplan", "Hamnplan",
    "Smedjegränd", "Kryddgränd", "Tunnbindargränd", "Skomakargränd", "Bryggargränd",
    "Stenkajen", "Norra Kajen", "Stora Kajen", "Södra Kajen", "Masthuskajen",
    "Vasaleden", "Sjöviksslingan", "Ängsgången", "Klövervägen", "Hjortronvägen",
)  # fmt: skip
# Streets where forwarders, terminals and warehouses are.
IND_STREETS = (
    "Terminalvägen", "Godsvägen", "Logistikvägen", "Speditionsgatan", "Transportgatan",
    "Lagervägen", "Fraktvägen", "Containervägen", "Kajvägen", "Hamnvägen", "Industrivägen",
    "Industrigatan", "Verkstadsgatan", "Lastbilsvägen", "Truckvägen", "Distributionsvägen",
    "Grossistvägen", "Mekanikervägen", "Montörvägen", "Smältvägen", "Förrådsvägen",
    "Bangårdsvägen", "Tullhusgatan", "Pallvägen", "Packhusgatan", "Magasinsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Gävle", 802, 806), ("Sundsvall", 852, 857), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Falun", 791, 791), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Trelleborg", 231, 231),
    ("Ystad", 271, 271), ("Landskrona", 261, 261), ("Motala", 591, 591), ("Nässjö", 571, 571),
    ("Värnamo", 331, 331), ("Hallsberg", 694, 694), ("Kungsbacka", 434, 434), ("Märsta", 195, 195),
    ("Kiruna", 981, 981), ("Haparanda", 953, 953), ("Visby", 621, 621), ("Piteå", 941, 941),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Karlshamn", 374, 374), ("Alingsås", 441, 441),
    ("Lidköping", 531, 531), ("Enköping", 745, 745), ("Nyköping", 611, 611), ("Mölndal", 431, 431),
    ("Sollentuna", 191, 192), ("Täby", 183, 187), ("Huddinge", 141, 141), ("Nacka", 131, 132),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Haninge", 136, 137), ("Kungälv", 442, 442),
)  # fmt: skip
# Small towns for rural addresses, whose country postcodes end in 9x.
SV_RURAL = (
    ("Rimbo", 762), ("Östhammar", 742), ("Sala", 733), ("Heby", 744), ("Tierp", 815),
    ("Hudiksvall", 824), ("Ljusdal", 827), ("Sveg", 842), ("Strömsund", 833), ("Vilhelmina", 912),
    ("Sorsele", 924), ("Arjeplog", 938), ("Jokkmokk", 962), ("Pajala", 984), ("Överkalix", 956),
    ("Torsby", 685), ("Sunne", 686), ("Filipstad", 682), ("Åmål", 662), ("Bengtsfors", 666),
    ("Tanumshede", 457), ("Tranås", 573), ("Vimmerby", 598), ("Hultsfred", 577), ("Emmaboda", 361),
    ("Tingsryd", 362), ("Osby", 283), ("Tomelilla", 273), ("Sjöbo", 275), ("Hörby", 242),
    ("Falkenberg", 311), ("Ulricehamn", 523), ("Tidaholm", 522), ("Hjo", 544), ("Askersund", 696),
    ("Nora", 713), ("Ludvika", 771), ("Leksand", 793), ("Rättvik", 795), ("Älvdalen", 796),
    ("Malung", 782), ("Åre", 837), ("Krokom", 835), ("Skurup", 274), ("Kopparberg", 714),
)  # fmt: skip
VILLAGES = (
    "Östanby", "Västanby", "Norrby", "Söderby", "Kyrkbyn", "Bäckby", "Sandby", "Ekeby", "Åsby",
    "Berga", "Hultet", "Nybble", "Björkhaga", "Lillmossen", "Kvarnbo", "Stora Höga", "Råby",
    "Sörmon", "Nolby", "Ytterby", "Inre Kroken", "Bredsjö", "Backa", "Lövsta", "Hammarby",
    "Gransjön", "Myrheden", "Klippan", "Tallåsen", "Holmträsk", "Vallby", "Finnbacka",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Queens Road", "Park Avenue",
    "Mill Lane", "London Road", "Manor Road", "The Crescent", "Grange Road", "Springfield Road",
    "North Street", "Kingsway", "Orchard Close", "Meadow View", "Harbour Road", "Dock Street",
)  # fmt: skip
UK_TOWNS = (
    ("Felixstowe", "IP11"), ("Ipswich", "IP"), ("Southampton", "SO"), ("Leeds", "LS"),
    ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"), ("Glasgow", "G"), ("Cardiff", "CF"),
    ("Norwich", "NR"), ("Hull", "HU"), ("Liverpool", "L"), ("London", "E"), ("London", "SE"),
    ("Edinburgh", "EH"), ("Leicester", "LE"), ("Northampton", "NN"), ("York", "YO"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Willows", "Orchard House", "The Old Bakery", "Holly Lodge", "Fern Cottage", "The Barn")  # fmt: skip
UK_ESTATES = ("Orwell Business Park", "Harbour Trade Park", "Riverside Industrial Estate", "Airport Logistics Park", "Stonebridge Trading Estate", "Meridian Business Centre")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Cedar Lane", "Harbor Boulevard", "Commerce Drive", "Industrial Parkway", "Pine Street", "Lakeview Road", "Sunset Boulevard", "Airport Road")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Newark", "NJ", 71), ("Savannah", "GA", 314),
    ("Long Beach", "CA", 908), ("Chicago", "IL", 606), ("Portland", "OR", 972), ("Denver", "CO", 802),
    ("Rockford", "IL", 611), ("Duluth", "MN", 558), ("Miami", "FL", 331), ("Brooklyn", "NY", 112),
)  # fmt: skip
EUROPE = (
    "Hafenstraße {n}, {z5:20457-20459} Hamburg", "Industriestraße {n}, {z5:68169-68309} Mannheim",
    "Am Bahnhof {n}, {z5:33602-33739} Bielefeld", "{n} rue de la Gare, {z5:69001-69009} Lyon",
    "{n} avenue du Port, {z5:76600-76620} Le Havre", "Satamakatu {n}, {z5:00100-00190} Helsinki",
    "Teollisuustie {n} B {m}, {z5:20100-20900} Turku", "Havnegata {n}, {z4:4006-4099} Stavanger",
    "Industriveien {n}, {z4:2000-2099} Lillestrøm", "Havnevej {n}, {z4:8000-8270} Aarhus",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V", "ul. Portowa {n}, 80-{z3:100-999} Gdańsk",
    "ul. Magazynowa {n}/{m}, 02-{z3:100-999} Warszawa", "Calle del Puerto {n}, {z5:08039-08040} Barcelona",
    "Havenweg {n}, {z4:3011-3089} {L2} Rotterdam", "Nijverheidsstraat {n}, {z4:2000-2660} Antwerpen",
    "Via del Porto {n}, {z5:16121-16167} Genova", "Torggatan {n}, AX-{z5:22100-22150} Mariehamn",
    "Uosto g. {n}, LT-{z5:91100-94200} Klaipėda", "Sadama {n}, {z5:10111-10150} Tallinn",
)  # fmt: skip
ASIA = (
    "Room {m}0{m}, Building {m}, No. {n} Jianshe Road, Bao'an District, Shenzhen 518{z3:100-199}, China",
    "No. {n} Huangshan Road, Beilun District, Ningbo, Zhejiang 315{z3:800-899}, China",
    "{n}F, No. {n} Yingbin Avenue, Yiwu, Zhejiang 322{z3:000-099}, China",
    "Flat {m}B, {m}/F, {n} Harbour Road, Wan Chai, Hong Kong",
    "Plot No. {n}, MIDC Industrial Area, Andheri East, Mumbai 400{z3:050-099}, India",
    "{n}, Sector {m}, Noida, Uttar Pradesh 201{z3:301-310}, India",
    "Cumhuriyet Mah. Liman Cad. No: {n}/{m}, 35{z3:210-290} Konak/İzmir, Türkiye",
    "Warehouse {n}, Jebel Ali Free Zone, Dubai, United Arab Emirates",
    "{n}, Teheran-ro {m}-gil, Gangnam-gu, Seoul 06{z3:100-299}, South Korea",
    "{n}/{m} Moo {m}, Bang Na-Trat Road, Bang Phli, Samut Prakan 10{z3:540-560}, Thailand",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "bredband.net", "hotmail.co.uk", "gmx.de", "163.com", "qq.com")  # fmt: skip
WORK = ("example.se", "spedition.example.se", "tull.example.se", "example.com", "example.co.uk", "logistics.example.com", "example.de", "example.cn", "example.in")  # fmt: skip
FIRM_LOCALS = ("import", "export", "tull", "customs", "kundtjanst", "booking", "ops", "info", "seafreight", "airfreight", "lager", "warehouse", "claims", "faktura", "clearance")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def container_check(owner: str, serial: str) -> int:
    """The check digit of an ISO 6346 container number (four letters, six digits)."""
    values = [n for n in range(10, 39) if n % 11]  # letter values skip multiples of eleven
    total = 0
    for i, ch in enumerate(owner + serial):
        v = int(ch) if ch.isdigit() else values[ord(ch) - ord("A")]
        total += v * 2**i
    return total % 11 % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or two joined by a hyphen (`Anna-Karin`)
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    short: dict[str, str | None] = field(default_factory=dict)  # the short form once decided

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of HG from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}
        self.last_woman: bool | None = None  # the person named last in the row

    def deal(self, name: str, cards: tuple[str, ...]) -> str:
        """The next card of a shuffled deck: every card before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(cards)
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Eva-Lena, Per-Erik
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "german": 0.15}.get(key, 0.04):
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
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one; once
        decided for a person at a share, the same again (a chat's speaker keeps one name)."""
        key = f"{share}"
        if key not in person.short:
            forms = NICKNAMES.get(person.origin, {}).get(person.first)
            person.short[key] = (
                self.rng.choice(forms) if forms and self.rng.random() < share else None
            )
            self.forms["nickname"] += person.short[key] is not None
        return person.short[key]

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.5 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCALS)}@{self.rng.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "35", "36", "42", "60", "90", "11", "33")
        )
        area3 = r.choice(
            (
                "120",
                "171",
                "220",
                "240",
                "260",
                "300",
                "322",
                "340",
                "370",
                "410",
                "431",
                "454",
                "480",
                "501",
                "510",
                "522",
                "533",
                "570",
                "582",
                "611",
                "620",
                "650",
                "660",
                "682",
                "910",
                "920",
                "970",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:8]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:3]} {d[3:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: 020, 0771, 010, a city's exchange."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:7]}",
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 31 {d[:3]} {d[3:5]} {d[5:7]}", f"042-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)9 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)1394 {d[:6]}", f"0044 20 7946 0{d[:3]}",
            f"01473 {d[:6]}", f"+44 161 {d[:3]} {d[3:7]}", f"+49 40 {d[:8]}", f"+49 (0)621 {d[:3]} {d[3:7]}",
            f"0049 171 {d[:7]}", f"+48 58 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+1 (612) 555-0{d[:3]}", f"(206) 555-0{d[:3]}", f"+1 973 555 0{d[:3]}", f"+1-562-555-0{d[:3]}",
            f"+31 10 {d[:3]} {d[3:7]}", f"0031 6 {d[:8]}", f"+32 3 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 010 {d[:3]} {d[3:7]}", f"+34 93 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+86 13{d[:1]} {d[1:5]} {d[5:9]}", f"0086 755 {d[:4]} {d[4:8]}", f"+86-574-{d[:4]} {d[4:8]}",
            f"+852 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}", f"+91-22-{d[:4]} {d[4:8]}",
            f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+90 (232) {d[:3]} {d[3:5]} {d[5:7]}", f"+971 50 {d[:3]} {d[3:7]}",
            f"+82 10-{d[:4]}-{d[4:8]}", f"+66 2 {d[:3]} {d[3:7]}", f"+370 46 {d[:3]} {d[3:6]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+358 18 {d[:5]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 11 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return shapes[int(self.deal("phone_x", tuple(str(i) for i in range(len(shapes)))))]

    def phone_uk(self) -> str:
        """A British number as people there write it."""
        d = self.digits(10)
        return self.rng.choice((
            f"07{d[:3]} {d[3:9]}", f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)7{d[:3]} {d[3:9]}", f"01473 {d[:6]}",
            f"(01394) {d[:6]}", f"020 {d[:4]} {d[4:8]}", f"+44 (0)20 {d[:4]} {d[4:8]}", f"0161 {d[:3]} {d[3:7]}",
            f"+44 113 {d[:3]} {d[3:7]}", f"0044 23 {d[:4]} {d[4:8]}", f"+447{d[:9]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        """A North American number as people there write it."""
        r, d = self.rng, self.digits(7)
        area = r.choice(
            ("612", "206", "973", "912", "562", "312", "503", "303", "815", "218", "305", "718")
        )
        return r.choice((
            f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"+1 {area} {d[:3]} {d[3:]}",
            f"{area}.{d[:3]}.{d[3:]}", f"+1-{area}-{d[:3]}-{d[3:]}", f"+1 ({area}) {d[:3]}-{d[3:]}", f"001 {area} {d[:3]} {d[3:]}",
        ))  # fmt: skip

    def phone_cn(self) -> str:
        r, d = self.rng, self.digits(9)
        return r.choice((f"+86 13{d[0]} {d[1:5]} {d[5:9]}", f"+86 755 {d[:4]} {d[4:8]}", f"0086 574 {d[:8]}", f"+86-21-{d[:4]}-{d[4:8]}", f"139{d[:8]}", f"+86 186-{d[:4]}-{d[4:8]}"))  # fmt: skip

    def phone_de(self) -> str:
        r, d = self.rng, self.digits(9)
        return r.choice((f"+49 40 {d[:8]}", f"+49 (0)621 {d[:3]} {d[3:7]}", f"0049 171 {d[:7]}", f"040 {d[:3]} {d[3:6]} {d[6:8]}", f"+49 151 {d[:4]} {d[4:8]}", f"+49 (0) 421 {d[:2]} {d[2:4]} {d[4:6]}"))  # fmt: skip

    def phone_in(self) -> str:
        r, d = self.rng, self.digits(9)
        return r.choice((f"+91 98{d[:3]} {d[3:8]}", f"+91-22-{d[:4]} {d[4:8]}", f"+91 80 {d[:4]} {d[4:8]}", f"098{d[:3]} {d[3:8]}", f"+91 9{d[:4]}-{d[4:9]}"))  # fmt: skip

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`). Its
        ninth digit is even for a woman and odd for a man, after the person named last."""
        r = self.rng
        year = r.randrange(1915, 1927) if old else r.randrange(1938, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        woman = r.random() < 0.5 if self.last_woman is None else self.last_woman
        serial = f"{r.randrange(100):02d}{r.randrange(0 if woman else 1, 10, 2)}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        shape = "12 -" if roll < 0.4 else "10 -" if roll < 0.78 else "12" if roll < 0.9 else "10"
        self.forms[f"pnr {shape}"] += 1
        century = f"{year // 100}" if shape.startswith("12") else ""
        return f"{century}{date}{'-' if '-' in shape else ''}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self, industrial: bool = False) -> str:
        return f"{self.rng.choice(IND_STREETS if industrial else SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        if rural:
            town, low = r.choice(SV_RURAL)
            code = f"{low}{r.randrange(90, 100)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
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
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            self.forms["lgh"] += 1
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        joint = (
            "\n"
            if lines
            else ", "
            if "lgh" in street or " tr" in street
            else r.choice((", ", ", ", ", ", " "))
        )
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def industrial(self, lines: bool = False) -> str:
        r = self.rng
        street = self.sv_street(industrial=True)
        roll = r.random()
        if roll < 0.15:
            street += f", hus {r.choice('ABCDE')}"
        elif roll < 0.25:
            street += f", plan {r.randrange(1, 4)}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        joint = "\n" if r.random() < 0.35 else ", "
        return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        district = "" if area[-1].isdigit() else str(r.randrange(1, 20))
        code = f"{area}{district} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.18:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.45:
            street = f"Unit {r.randrange(1, 40)}, {r.choice(UK_ESTATES)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad(self, formats: tuple[str, ...], name: str, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deal(name, formats)
        out = re.sub(r"\{n\}", lambda _: str(r.randrange(1, 160)), out)
        out = re.sub(r"\{m\}", lambda _: str(r.randrange(1, 9)), out)
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 2 if name == "asia" else 1) if lines else out

    def container(self) -> str:
        r = self.rng
        owner = r.choice(
            (
                "MSCU",
                "CMAU",
                "HLXU",
                "OOLU",
                "TGHU",
                "TCLU",
                "CSQU",
                "EGHU",
                "SEGU",
                "FCIU",
                "MRKU",
                "BMOU",
            )
        )
        serial = self.digits(6)
        check = container_check(owner, serial)
        return r.choice(
            (
                f"{owner}{serial}{check}",
                f"{owner} {serial}-{check}",
                f"{owner} {serial} {check}",
                f"{owner}{serial}-{check}",
            )
        )

    def awb(self) -> str:
        serial = self.rng.randrange(1000000, 9999999)
        return f"{self.rng.choice(('117', '176', '020', '157', '160', '618', '235', '057'))}-{serial}{serial % 7}"

    def tracking(self) -> str:
        r = self.rng
        return r.choice((
            f"00{self.digits(18)}", f"1Z{r.choice(('999AA1', 'A12B34', '4E0V66'))}{self.digits(10)}",
            f"JJD{self.digits(15)}", f"RR{self.digits(9)}SE", f"LX{self.digits(9)}CN", f"UA{self.digits(9)}US",
            f"CV{self.digits(9)}GB", self.digits(12), f"3S{r.choice('ABCDX')}{r.choice('ABCDX')}{self.digits(8)}",
        ))  # fmt: skip


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "G",
    "g",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "GU",
    "I",
    "IM",
    "Gi",
    "R",
    "RU",
    "E",
}


def person_segments(base: str, gen: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in form `base`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU and
    GU the surname and the given name in capitals, I an initial and the surname, IM the initials
    of all given names and the surname, Gi the given name and the surname's initial, R
    `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. `gen` is `s` for a Swedish
    genitive, `'` for an English one, empty for none.
    """
    given, surname, middle = person.given, person.surname, person.middle
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
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "IM":
        words = given + middle + surname
        initials = ["-".join(p[0] + "." for p in person.first.split("-"))] + [
            w[0] + "." for w, _ in middle
        ]
        value = " ".join(initials) + f" {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(base)
    draw.count(words)
    draw.forms["form " + base] += 1
    segments: list[Segment] = [(value, "PERSON")]
    if gen:
        segments.append((genitive(value, gen == "'"), None))
    return segments


SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    n = r.randrange(1, 99999)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AUP": lambda: (draw.sv_address(lines=True, rural=False).upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=r.random() < 0.1)).lower(), "ADDRESS"),
        "IND": lambda: (draw.industrial(), "ADDRESS"),
        "INDL": lambda: (draw.industrial(lines=True), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.abroad(EUROPE, "europe"), "ADDRESS"),
        "AXL": lambda: (draw.abroad(EUROPE, "europe", lines=True), "ADDRESS"),
        "AC": lambda: (draw.abroad(ASIA, "asia"), "ADDRESS"),
        "ACL": lambda: (draw.abroad(ASIA, "asia", lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHCN": lambda: (draw.phone_cn(), "PHONE"),
        "PHDE": lambda: (draw.phone_de(), "PHONE"),
        "PHIN": lambda: (draw.phone_in(), "PHONE"),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day}-{MONTHS['en'][month - 1][:3]}-27")), None),
        "TIME": lambda: (f"{r.randrange(6, 19)}{':' if en else r.choice(':.')}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "COLLI": lambda: (str(r.choice((1, 1, 2, 2, 3, 4, 6, 8, 12, 24, 33))), None),
        "KG": lambda: (f"{r.randrange(1, 4800)}{'.' if en else ','}{r.randrange(10)}", None),
        "AMT": lambda: (f"{r.randrange(60, 48000):,} kr".replace(",", " "), None),
        "SEK": lambda: (f"{r.randrange(60, 48000):,},{r.randrange(100):02d} SEK".replace(",", " ", 1) if r.random() < 0.5 else f"SEK {r.randrange(60, 48000)}", None),
        "USD": lambda: (f"USD {r.randrange(20, 38000):,}.{r.randrange(100):02d}" if r.random() < 0.5 else f"${r.randrange(20, 9000):,}", None),
        "EUR": lambda: (f"€{r.randrange(20, 9000)}" if r.random() < 0.5 else f"{r.randrange(20, 30000)},{r.randrange(100):02d} EUR", None),
        "GBP": lambda: (f"£{r.randrange(20, 6400):,}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 999999)}", f"SE{r.randrange(10**6, 10**7)}", f"GOT{r.randrange(10**5, 10**6)}")), None),
        "INV": lambda: (r.choice((f"INV-2027-{n:05d}", f"{r.randrange(10**5, 10**6)}", f"F{r.randrange(10**4, 10**5)}", f"PI-{r.randrange(100, 9999)}/27")), None),
        "AWB": lambda: (draw.awb(), None),
        "BL": lambda: (r.choice(("MEDU", "CMDU", "HLCU", "OOLU", "COSU", "SEGOT", "ONEY")) + draw.digits(r.choice((7, 8, 9))), None),
        "CONT": lambda: (draw.container(), None),
        "MRN": lambda: (f"27SE{draw.digits(12)}{r.choice('ABCDEFGH')}{r.randrange(10)}", None),
        "EORI": lambda: (r.choice((f"SE{draw.digits(10)}", f"GB{draw.digits(12)}", f"DE{draw.digits(8)}", f"SE{draw.digits(6)}{draw.digits(4)}")), None),
        "HS": lambda: (r.choice((f"{draw.digits(4)} {draw.digits(2)} {draw.digits(2)}", f"{draw.digits(4)}.{draw.digits(2)}.{draw.digits(2)}", draw.digits(8), f"{draw.digits(4)} {draw.digits(2)}", f"{draw.digits(10)}")), None),
        "ORG": lambda: (f"55{draw.digits(4)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "TRK": lambda: (draw.tracking(), None),
        "PLATE": lambda: (r.choice((f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {draw.digits(2)}{r.choice('0123456789ACDEF')}", f"GD {draw.digits(5)}", f"WX {draw.digits(4)}{r.choice('ACEK')}", f"{''.join(r.choice('ABCDEFGHJKLMN') for _ in range(3))}{draw.digits(3)}")), None),
        "VIN": lambda: ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)), None),
        "CHIP": lambda: (f"752{draw.digits(12)}", None),
        "FLIGHT": lambda: (r.choice(("SK 910", "LH 2416", "CV 7501", "QR 8151", "TK 1795", "AY 821", "EK 157", "CA 911", "CX 8071", "5X 220")), None),
        "VESSEL": lambda: (r.choice(("Ever Ace", "HMM Algeciras", "Cosco Shipping Aries", "ONE Apus", "Berlin Express", "Baltic Bright", "Nordic Bay", "Finneco I", "Atlantic Sail", "Seago Bremerhaven")) + f", voy. {draw.digits(3)}{r.choice('EWNS')}", None),
        "INCO": lambda: (r.choice(("EXW", "FCA", "FOB", "CIF", "CPT", "DAP", "DDP", "DPU", "CFR")), None),
        "CARRIER": lambda: (r.choice(CARRIERS), None),
        "GOODS": lambda: (r.choice(GOODS["sv"]), None),
        "GOODSEN": lambda: (r.choice(GOODS["en"]), None),
        "PET": lambda: (r.choice(PETS), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "TOWNX": lambda: (r.choice(("Shenzhen", "Ningbo", "Shanghai", "Yiwu", "Hamburg", "Rotterdam", "Gdańsk", "Istanbul", "Izmir", "Mumbai", "Chennai", "Ho Chi Minh City", "Los Angeles", "Chicago", "Oslo", "Bergen", "Manchester", "Felixstowe", "Dubai", "Busan")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.last_woman = None
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        gen = "'" if form.endswith("'") else ""
        base = form.rstrip("'")
        if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
            base, gen = base[:-1], "s"
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(base, gen, person, draw)
            draw.last_woman = person.woman
        else:
            segments = [filler(base, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """HG's rows: every negative once, then positive rows from shuffled decks of each language's
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
        assert negative == (not spans), template[:60]
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of HG is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"pnr {len(digits)} digits"] += 1
                forms["pnr with -"] += "-" in value
                forms["pnr with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in ORIGINS if not draw.origins[k]]
    print(f"origins never drawn: {missing or 'none'}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    kinds: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u"] += list(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            kinds[span["kind"]] += 1
            value = text[start:stop]
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer check digit"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
    print(
        f"rows {rows}, ids {len(ids)}, spans {sum(kinds.values())}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


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
        sys.exit(check(args.out))
    draw = Draw(args.seed)
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
