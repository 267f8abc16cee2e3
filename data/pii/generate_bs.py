# ruff: noqa: E501
"""Generate held-out BS for personal-data detection: names as the population has them, the
fiftieth writer (utilities, energy and telecom from other sides).

    python data/pii/generate_bs.py            # writes data/pii/generated-heldout-bs.jsonl
    python data/pii/generate_bs.py --stats    # counts only, writes nothing
    python data/pii/generate_bs.py --check    # checks the written file, counts only
    python data/pii/generate_bs.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

BS's names are drawn by how often people carry them (`names_bs.py`: SCB's ranks for Sweden, the
US Census 1990 per cents, the ONS rankings for the UK, the commonest names of origins common in
Sweden), 80% from a list's head and 20% from its tail. Its genre (`templates_bs.py`) is
utilities, energy, water, district heating, broadband and telecom seen from many sides: meter
readings, installation and billing addresses, digging notices, outage SMS, moving in and out,
contract transfers, debt collection, customer-service chat and call notes, work orders,
housing cooperatives, number porting and invoices. Written by a helper who tunes nothing and
who read neither the detector nor any other set's names, templates or rows; BS was never run
through the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_bs import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SV_F_HYPHEN,
    SV_M_HYPHEN,
    Pool,
    feminine,
    plain,
)  # fmt: skip
from templates_bs import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20270127
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bs.jsonl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Stationsgatan", "Nygatan", "Västra Vägen", "Hantverkaregatan", "Sjögatan", "Södra Långgatan",
    "Industrigatan", "Verkstadsgatan", "Fabriksgatan", "Trädgårdsgatan", "Parkgatan", "Villagatan",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Granvägen",
    "Ekvägen", "Björnvägen", "Hagvägen", "Kvarnvägen", "Gamla Landsvägen", "Norra Vägen",
    "Östra Ringvägen", "Prästgårdsvägen", "Mejerivägen", "Hamnvägen", "Solvägen", "Rönnvägen",
    "Lönnvägen", "Aspvägen", "Syrenvägen", "Idrottsvägen", "Vallmovägen", "Klövervägen",
    "Videvägen", "Lärkvägen", "Bergsvägen", "Backavägen", "Tegelbruksvägen", "Elverksvägen",
    "Kraftverksvägen", "Ledningsvägen", "Transformatorvägen", "Vattentornsvägen", "Pumpvägen",
    "Kopparslagargränd", "Smedjegränd", "Bagargränd", "Hantverkargränd", "Kastanjeallén",
    "Lindallén", "Björkallén", "Kvarnbacken", "Solbacken", "Prästbacken", "Lärkstigen",
    "Blåbärsstigen", "Lingonstigen", "Hasselstigen", "Stortorget", "Lilla Torget", "Norra Torget",
    "Vasaplan", "Brunnsplan", "Mästarplan", "Kyrkslingan", "Ekslingan", "Rosenslingan",
    "Fjällsvängen", "Murgrönsvägen", "Sveavägen", "Götgatan", "Hornsgatan", "Linnégatan",
    "Vasagatan", "Odengatan", "Fleminggatan", "Kungsholmsgatan", "Ringvägen", "Valhallavägen",
    "Tegnérgatan", "Slottsgatan", "Magasinsgatan", "Sandgatan", "Korsgatan", "Kronoparksgatan",
    "Folkparksvägen", "Vintergatan", "Backstugevägen", "Gröna Gatan", "Övre Slottsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Tumba", 147, 147), ("Kalmar", 392, 393), ("Falun", 791, 791),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Nyköping", 611, 611),
    ("Motala", 591, 591), ("Katrineholm", 641, 641), ("Kiruna", 981, 981), ("Piteå", 941, 941),
    ("Hudiksvall", 824, 824), ("Ludvika", 771, 771), ("Mjölby", 595, 595), ("Lidköping", 531, 531),
    ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Enköping", 745, 745), ("Falköping", 521, 521),
    ("Vetlanda", 574, 574), ("Oskarshamn", 572, 572), ("Söderhamn", 826, 826), ("Köping", 731, 731),
    ("Arvika", 671, 671), ("Härnösand", 871, 871), ("Avesta", 774, 774), ("Fagersta", 737, 737),
    ("Gislaved", 332, 332), ("Värnamo", 331, 331), ("Ystad", 271, 271), ("Landskrona", 261, 261),
    ("Orsa", 794, 794), ("Älvdalen", 796, 796), ("Malung", 782, 782), ("Sorsele", 924, 924),
    ("Storuman", 923, 923), ("Lycksele", 921, 921), ("Åsele", 919, 919), ("Jokkmokk", 962, 962),
    ("Gällivare", 982, 982), ("Överkalix", 956, 956), ("Ånge", 841, 841), ("Hammarstrand", 840, 840),
    ("Järpen", 837, 837), ("Funäsdalen", 840, 840), ("Torsby", 685, 685), ("Filipstad", 682, 682),
    ("Munkfors", 684, 684), ("Gnosjö", 335, 335), ("Emmaboda", 361, 361), ("Borgholm", 387, 387),
    ("Ljusnarsberg", 714, 714), ("Hällefors", 712, 712), ("Vansbro", 780, 780), ("Ockelbo", 816, 816),
)  # fmt: skip
# Farm, croft and village names as rural addresses have them (`Norrgården 3`, `Byn 12`).
FARMS = (
    "Byn", "Norrbyn", "Sörbyn", "Västerbyn", "Österbyn", "Övre Byn", "Nedre Byn", "Kyrkbyn",
    "Norrgården", "Sörgården", "Östergården", "Västergården", "Mellangården", "Nygården",
    "Backgården", "Storgården", "Lillgården", "Hagalund", "Skogslund", "Rönnbacken", "Tallbacken",
    "Åsen", "Heden", "Myren", "Tjärnberget", "Sjöviken", "Lövudden", "Björkhagen", "Ängstorp",
    "Stenkullen", "Fäbodvallen", "Kvarnbyn", "Nybyn", "Gammelgården", "Bäckalund", "Fagerhult",
    "Bergsbyn", "Holmsund", "Furudal", "Granbo", "Stensele", "Ödmården", "Edsbyn", "Vallen",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue",
    "Green Lane", "Manor Road", "Queens Road", "The Crescent", "Chapel Street", "Albert Road",
    "York Road", "Grange Road", "Springfield Road", "Kingsway", "Meadow Close", "Willow Drive",
    "Oak Tree Close", "Elm Grove", "Hawthorn Way", "Beech Avenue", "Riverside Walk", "Castle Street",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Manchester", "M"), ("Birmingham", "B"),
    ("Nottingham", "NG"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Glasgow", "G"), ("Edinburgh", "EH"),
    ("Reading", "RG"), ("Norwich", "NR"), ("Exeter", "EX"), ("York", "YO"), ("Derby", "DE"),
    ("Leicester", "LE"), ("Coventry", "CV"), ("Bath", "BA"), ("London", "SE"), ("London", "N"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Hillside", "Orchard House", "The Willows", "Meadow View", "Ivy Cottage", "The Old School House")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Washington Avenue", "Lake Street", "Pine Road", "Cedar Lane", "Sunset Boulevard", "2nd Street", "Park Avenue", "Hillcrest Drive")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Columbus", "OH", 432), ("Sacramento", "CA", 958), ("Madison", "WI", 537), ("Portland", "OR", 972), ("Raleigh", "NC", 276))  # fmt: skip
EUROPE = (
    "Mannerheimintie {n} A {m}, {z5:00100-00990} Helsinki", "Hämeenkatu {n}, {z5:33100-33900} Tampere",
    "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Friedrichstraße {n}, {z5:10117-10119} Berlin", "Schillerstraße {n}, {z5:80336-80339} München",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "Ilica {n}, {z5:10000-10000} Zagreb", "Ferhadija {n}, {z5:71000-71000} Sarajevo",
    "Atatürk Caddesi No: {n}, {z5:35210-35220} İzmir", "Kalverstraat {n}, {z4:1012-1017} {L2} Amsterdam",
    "{n} rue de la République, {z5:69001-69009} Lyon", "Avenida Providencia {n}0, Providencia, Santiago",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "spray.se", "hotmail.co.uk", "btinternet.com", "yahoo.com", "comcast.net")  # fmt: skip
WORK = ("example.se", "brf-exempel.se", "elnat.example.se", "example.com", "example.org", "example.co.uk", "kommun.example.se")  # fmt: skip
SERVICE = ("kundservice", "kundtjanst", "felanmalan", "info", "faktura", "flytt", "support", "matarstallning", "inkasso", "styrelsen", "fiber", "customer.service", "billing", "help", "accounts")  # fmt: skip
SERVICE_DOMAINS = ("elbolaget.example.se", "energi.example.se", "vatten.example.se", "fjarrvarme.example.se", "fiber.example.se", "telekom.example.se", "bredband.example.com", "inkasso.example.se", "brf-example.se", "energy.example.co.uk", "water.example.co.uk", "power.example.com")  # fmt: skip
FIRMS = ("Vattenfall", "Ellevio", "E.ON", "Fortum", "Telia", "Tele2", "Telenor", "Tre", "Bahnhof", "Ownit", "Tibber", "Göteborg Energi", "Skellefteå Kraft", "Jämtkraft", "Mälarenergi", "Öresundskraft", "Jönköping Energi", "Umeå Energi", "Halmstads Energi och Miljö", "Stockholm Exergi", "Kalmar Energi", "Gävle Energi", "Open Universe", "Zitius", "IP-Only", "Stokab", "Hallon", "Comviq", "Vimla", "Fello", "Intrum", "Lowell", "Svea Ekonomi")  # fmt: skip
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip
DAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def luhn(digits: str) -> int:
    """The check digit (mod 10, Luhn) of `digits`: personnummer, OCR, IMEI, org. numbers."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def valid_pnr(text: str) -> bool:
    """Whether `text` is a personnummer of 10 or 12 digits (`-`/`+` allowed) with a valid date
    and check digit."""
    digits = re.sub(r"[-+]", "", text)
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    core = digits[-10:]
    month, day = int(core[2:4]), int(core[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn(core[:9]) == int(core[9])


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or a hyphenated Swedish given name
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    short: str | None = None  # the short form this person goes by, once drawn
    called: str | None = None  # the given name or short form a text first calls them by

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of BS from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

    # names ----------------------------------------------------------------------------------
    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE or pool.head >= len(pool.names) else "tail"
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
        if key == "swedish" and r.random() < 0.05:  # Ann-Christin, Karl-Johan
            given = [self.pick(SV_F_HYPHEN if woman else SV_M_HYPHEN)]
            self.forms["hyphenated given name"] += 1
        else:
            given = [self.pick(pool)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or middle[0][0] in given[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.04:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.02 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
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
            if person.short is None:  # one short form per person, however often named
                person.short = self.rng.choice(forms)
            return person.short
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
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def service_email(self) -> str:
        return f"{self.rng.choice(SERVICE)}@{self.rng.choice(SERVICE_DOMAINS)}"

    # numbers --------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def plain_number(self, n: int) -> str:
        """`n` digits that start with no 0 and, at 10 or 12 digits, are no personnummer."""
        while True:
            out = str(self.rng.randrange(1, 10)) + self.digits(n - 1)
            if not valid_pnr(out):
                return out

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
                "63",
                "23",
                "26",
                "11",
                "35",
                "36",
                "46",
                "60",
                "42",
            )
        )
        area3 = r.choice(
            (
                "250",
                "258",
                "280",
                "290",
                "380",
                "470",
                "480",
                "491",
                "498",
                "520",
                "522",
                "560",
                "570",
                "586",
                "611",
                "620",
                "650",
                "660",
                "680",
                "695",
                "910",
                "920",
                "921",
                "950",
                "970",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (11, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0{area2}{d[:7]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A company's number: free numbers, shared-cost 0771, a switchboard."""
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"020-{d[:2]} {d[2:4]} {d[4:]}", f"020-{d[:3]} {d[3:]}", f"020 {d[:2]} {d[2:4]} {d[4:]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:]}", f"0771-{d[:3]} {d[3:]}", f"0771 {d[:3]} {d[3:]}",
            f"08-{d[:3]} {d[3:]} 00", f"0{r.choice(('31', '40', '90', '19', '21', '13'))}-{d[:2]} {d[2:4]} 00",
            f"+46 771 {d[:2]} {d[2:4]} {d[4:]}", f"0774-{d[:2]} {d[2:4]} {d[4:]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        return r.choice((
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"00358 44 {d[:3]} {d[3:7]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+49 151 {d[:8]}", f"+49 30 {d[:7]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"+1 (612) 555-0{d[:3]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        return r.choice((
            f"07{d[:3]} {d[3:]}{self.digits(2)}", f"07{d[:3]} {d[3:6]} {d[6:]}{self.digits(2)}", f"07{d}{self.digits(2)}",
            f"+44 7{d[:3]} {d[3:]}{self.digits(2)}", f"+447{d}{self.digits(2)}", f"+44 (0)7{d[:3]} {d[3:]}{self.digits(2)}",
            f"020 7{d[:3]} {d[3:]}", f"0113 {d[:3]} {d[3:]}", f"0161 {d[:3]} {d[3:]}", f"0117 {d[:3]} {d[3:]}",
            f"01{r.choice(('223', '603', '904', '392', '332'))} {d[:6]}", f"(0114) {d[:3]} {d[3:]}",
        ))  # fmt: skip

    def phone_uk_firm(self) -> str:
        d = self.digits(7)
        return self.rng.choice((f"0800 {d[:3]} {d[3:]}", f"0345 {d[:3]} {d[3:]}", f"0330 {d[:3]} {d[3:]}", f"0808 {d[:3]} {d[3:]}", f"0300 {d[:3]} {d[3:]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(("612", "312", "206", "512", "303", "614", "916", "608", "503", "919"))
        return r.choice((f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"+1 {area} 555 0{d[:3]}", f"{area}.555.0{d[:3]}", f"1-800-{d[:3]}-{d[3:7]}", f"1-888-{d[:3]}-{d[3:7]}"))  # fmt: skip

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1932, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def national_id_old(self) -> str:
        """A personnummer of someone past a hundred (a dödsbo's papers), with `+`."""
        r = self.rng
        year = r.randrange(1918, 1927)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        return f"{date}+{serial}{luhn(date + serial)}"

    # addresses ------------------------------------------------------------------------------
    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[56:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def farm(self) -> str:
        return f"{self.rng.choice(FARMS)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.farm() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.15):
            street += f"{r.choice((' ', ', ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lgh nr'))} {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.choice(('nb', 'bv', '1 tr ned', 'uppg. B'))}"
        return f"{street}{chr(10) if lines else r.choice((', ', ', ', ' '))}{self.sv_postal(rural=rural)}"

    def care_of(self, lines: bool) -> list[Segment]:
        """`c/o Name, street, postcode town`: `c/o` outside, the name a PERSON, then the ADDRESS."""
        person = self.person(None)
        form = self.rng.choice(("P", "P", "S"))
        segments: list[Segment] = [("c/o ", None)]
        segments += person_segments(form, person, self)
        segments.append(("\n" if lines else ", ", None))
        segments.append((self.sv_address(lines=lines, rural=False), "ADDRESS"))
        return segments

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', '', 'B'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
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

    # look-alikes: numbers that are no values ------------------------------------------------
    def anlaggning(self) -> str:
        """An anläggnings-id (GSRN, 18 digits from 735999)."""
        body = "735999" + self.digits(11)
        out = body + str(luhn(body))
        return out if self.rng.random() < 0.8 else f"{out[:6]} {out[6:12]} {out[12:]}"

    def ocr(self) -> str:
        n = self.rng.choice((8, 10, 12, 13, 15, 16))
        body = self.plain_number(n - 1)
        out = body + str(luhn(body))
        return out if not valid_pnr(out) else self.ocr()

    def org(self, brf: bool = False) -> str:
        first = (
            self.rng.choice(("769", "716", "702"))
            if brf
            else self.rng.choice(("556", "559", "502", "802"))
        )
        body = first + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def imei(self) -> str:
        body = self.rng.choice(("35", "86", "01", "49")) + self.digits(12)
        out = body + str(luhn(body))
        return out if self.rng.random() < 0.75 else f"{out[:2]}-{out[2:8]}-{out[8:14]}-{out[14]}"

    def iccid(self) -> str:
        body = "8946" + self.rng.choice(("01", "02", "08", "20")) + self.digits(12)
        return body + str(luhn(body))

    def bankgiro(self) -> str:
        d = self.digits(8)
        return f"{self.rng.randrange(100, 9999)}-{d[:4]}"

    def meter(self) -> str:
        r = self.rng
        return r.choice((self.plain_number(8), f"{self.plain_number(2)} {self.digits(3)} {self.digits(3)}", f"{r.choice(('E', 'V', 'F', 'M'))}{self.digits(7)}", self.plain_number(9), f"{self.plain_number(4)}-{self.digits(4)}"))  # fmt: skip

    def kwh(self) -> str:
        n = self.rng.randrange(80, 32000)
        return f"{n:,}".replace(",", " ") if n > 9999 and self.rng.random() < 0.6 else str(n)

    def reading(self) -> str:
        r = self.rng
        n = r.randrange(100, 99999)
        return r.choice((f"{n:05d}", str(n), f"{n},{r.randrange(10)}", f"{n:06d}"))

    def amount(self) -> str:
        r = self.rng
        n = r.randrange(49, 48000)
        whole = f"{n:,}".replace(",", " ") if n > 9999 or r.random() < 0.5 else str(n)
        return r.choice(
            (
                f"{whole} kr",
                f"{whole},{r.randrange(100):02d} kr",
                f"{whole}:-",
                f"SEK {whole}",
                f"{whole} SEK",
            )
        )

    def property_designation(self) -> str:
        r = self.rng
        word = r.choice(
            (
                "Gräset",
                "Lärkan",
                "Tallen",
                "Björken",
                "Mården",
                "Kvarnen",
                "Smedjan",
                "Ugglan",
                "Hjorten",
                "Rönnen",
                "Byn",
                "Åsen",
                "Norrbyn",
                "Svanen",
                "Eken",
            )
        )
        return f"{word} {r.randrange(1, 30)}:{r.randrange(1, 220)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with the middle name, G/g the given
    name (sometimes its short form), N/n the short form where the name has one, NS the short form
    and the surname, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form if form in PERSON_FORMS else form[:-1]
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
        if person.called is None:  # as the text first calls them, it calls them again
            short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
            person.called = short or person.first
        value = person.called.lower() if base in ("g", "n") else person.called
    elif base == "NS":
        words = given + surname
        value = f"{draw.nickname(person, 0.85) or person.first} {person.last}"
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last.split()[-1][0].upper()}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        ending = genitive(value, english)
        if ending:
            segments.append((ending, None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "NS", "S", "s", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9]*'?)(?:#(\d))?(?::([fm]))?\}")


def is_person_form(form: str) -> bool:
    return form in PERSON_FORMS or (
        form[:-1] in PERSON_FORMS and form[-1] in "s'" and form[:-1] != "E"
    )


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hour = r.randrange(6, 22)
    values: dict[str, Callable[[], Segment | list[Segment]]] = {
        # addresses
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AT": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STR": lambda: (f"{r.choice(SV_STREETS)} {(low := r.randrange(1, 40))}–{low + 2 * r.randrange(1, 8)}", "ADDRESS"),
        "stn": lambda: (r.choice(SV_STREETS).lower(), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.farm(), draw.sv_street())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "CO": lambda: draw.care_of(lines=False),
        "COL": lambda: draw.care_of(lines=True),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUST": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        # phones, e-mail, personnummer
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUKF": lambda: (draw.phone_uk_firm(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EF": lambda: (draw.service_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id_old(), "NATIONAL_ID"),
        # look-alikes and the rest: no values
        "ANL": lambda: (draw.anlaggning(), None),
        "MAT": lambda: (draw.meter(), None),
        "KNR": lambda: (r.choice((draw.plain_number(r.choice((6, 7, 8, 9))), f"{draw.plain_number(3)} {draw.digits(3)} {draw.digits(2)}", f"K{draw.digits(7)}")), None),
        "OCR": lambda: (draw.ocr(), None),
        "BG": lambda: (draw.bankgiro(), None),
        "PG": lambda: (f"{r.randrange(10000, 9999999)}-{r.randrange(10)}", None),
        "AVT": lambda: (r.choice((draw.plain_number(8), f"AV-{r.randrange(2019, 2028)}-{draw.digits(5)}", f"{draw.plain_number(4)}-{draw.digits(6)}", f"A{draw.digits(9)}")), None),
        "IMEI": lambda: (draw.imei(), None),
        "ICCID": lambda: (draw.iccid(), None),
        "KWH": lambda: (draw.kwh(), None),
        "M3": lambda: (f"{r.randrange(8, 400)}{r.choice(('', ',' + str(r.randrange(10))))}", None),
        "READ": lambda: (draw.reading(), None),
        "ORG": lambda: (draw.org(), None),
        "BRFORG": lambda: (draw.org(brf=True), None),
        "AMT": lambda: (draw.amount(), None),
        "FAK": lambda: (r.choice((draw.plain_number(9), draw.plain_number(10), f"F{draw.digits(8)}", f"{r.randrange(2024, 2028)}-{draw.digits(6)}")), None),
        "ARN": lambda: (r.choice((f"#{draw.plain_number(7)}", f"{r.randrange(24, 28)}-{draw.digits(6)}", f"CS{draw.digits(8)}", f"INC{draw.digits(7)}", f"Ä{draw.digits(6)}")), None),
        "WO": lambda: (r.choice((f"AO-{draw.digits(6)}", f"WO{draw.digits(7)}", f"{draw.plain_number(6)}/{r.randrange(1, 9)}")), None),
        "FAST": lambda: (draw.property_designation(), None),
        "MPAN": lambda: (f"{r.choice(('10', '11', '12', '14', '16', '19', '20', '22'))} {draw.digits(4)} {draw.digits(4)} {draw.digits(3)}", None),
        "MPRN": lambda: (draw.plain_number(r.choice((8, 9, 10))), None),
        "ACCT": lambda: (r.choice((draw.plain_number(8), f"{draw.plain_number(4)} {draw.digits(4)} {draw.digits(3)}", f"A-{draw.digits(6)}{r.choice('ABCDEF')}")), None),
        "SORT": lambda: (f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}", None),
        "PUK": lambda: (draw.plain_number(8), None),
        "PORT": lambda: (r.choice((f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{draw.digits(6)}", draw.plain_number(6))), None),
        "SERIAL": lambda: (r.choice((f"SN {draw.digits(4)}{r.choice('ABCDEFGH')}{draw.digits(6)}", f"S/N: {r.choice(('ZTE', 'HW', 'GW', 'NK'))}{draw.digits(10)}", f"serienr {draw.plain_number(12)}")), None),
        "SAK": lambda: (f"{r.choice(('16', '20', '25', '35', '50', '63'))} A", None),
        "KW": lambda: (f"{r.randrange(1, 22)},{r.randrange(10)} kW", None),
        "GBP": lambda: (f"£{r.randrange(12, 1900)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(20, 900)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"{r.randrange(20, 900)},{r.randrange(100):02d} €", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "NUMR": lambda: (f"{(low := r.randrange(1, 60))}–{low + r.randrange(2, 30)}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "MBIT": lambda: (f"{r.choice(('100', '250', '500', '1000', '100/100', '250/250', '1000/1000', '10'))} Mbit/s", None),
        "GB": lambda: (f"{r.choice(('5', '10', '20', '30', '40', '60', '100'))} GB", None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS_SV[month - 1]}", f"{day:02d}.{month:02d}.2027", f"{day}/{month} -27")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS_EN[month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS_EN[month - 1]} {day}", f"{MONTHS_EN[month - 1]} {day}, 2027")), None),
        "MONTH": lambda: (MONTHS_EN[month - 1] if en else MONTHS_SV[month - 1], None),
        "TIME": lambda: (f"{hour:02d}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMES": lambda: (f"{hour:02d}.00–{min(hour + r.randrange(2, 7), 23):02d}.00", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "UKTOWN": lambda: (r.choice(UK_TOWNS)[0], None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "DAY": lambda: (r.choice(DAYS_SV), None),
        "DAYEN": lambda: (r.choice(DAYS_EN), None),
        "YEAR": lambda: (str(r.randrange(1962, 2026)), None),
    }  # fmt: skip
    out = values[form]()
    return out if isinstance(out, list) else [out]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        if is_person_form(form):
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
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
    """BS's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bs-{len(rows) + 1:04d}", "split": "heldout-bs", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of BS is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address in capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value.lower()
                forms["address Box"] += value.startswith("Box")
                forms["street alone (no digit)"] += not any(c.isdigit() for c in value)
            elif span["kind"] == "PHONE":
                forms["phone with + or 00"] += value.startswith(("+", "00"))
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(
            f"nicknames: {draw.forms['nickname']}, hyphenated given names drawn: {draw.forms['hyphenated given name']}"
        )
        total = sum(draw.split.values()) or 1
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for i, row in enumerate(rows, 1):
        if row.get("id") != f"gen-heldout-bs-{i:04d}" or row.get("split") != "heldout-bs":
            problems["id or split"] += 1
        ids.add(row["id"])
        if row.get("lang") not in SIZES:
            problems["lang"] += 1
        text, spans = row["text"], row["spans"]
        end = 0
        for span in spans:
            s, e, kind = span["start"], span["end"], span["kind"]
            if kind not in KINDS:
                problems["kind"] += 1
            if not (0 <= s < e <= len(text)):
                problems["empty or out of bounds"] += 1
                continue
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if kind == "NATIONAL_ID" and not valid_pnr(value):
                problems["personnummer check digit"] += 1
    langs = Counter(row["lang"] for row in rows)
    if dict(langs) != SIZES or len(ids) != len(rows):
        problems["sizes"] += 1
    spans_total = sum(len(row["spans"]) for row in rows)
    pnr = sum(1 for row in rows for s in row["spans"] if s["kind"] == "NATIONAL_ID")
    print(
        f"checked {len(rows)} rows, {spans_total} spans, {pnr} personnummer: "
        + (", ".join(f"{k} {v}" for k, v in problems.items()) if problems else "no problems")
    )
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed while writing")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    args.out.write_text(data, encoding="utf-8")
    print(
        f"{len(rows)} rows written to {args.out} (sha256 {hashlib.sha256(data.encode()).hexdigest()})"
    )


if __name__ == "__main__":
    main()
