# ruff: noqa: E501
"""Generate held-out EI for personal-data detection (issue 15): names as the population has them,
a hundred-and-eighteenth writer.

    python data/pii/generate_ei.py                 # writes data/pii/generated-heldout-ei.jsonl
    python data/pii/generate_ei.py --stats         # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ei.py --check         # checks the written file, prints counts only
    python data/pii/generate_ei.py --seed 7 --out /tmp/ei.jsonl   # a scratch seed elsewhere

EI's names are drawn by how often people really carry them: every name word comes from
`names_ei.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is travel (`templates_ei.py`): travel agencies and their customers, package tours
and charter holidays, flights (bookings, e-tickets, passenger lists, check-in, lost luggage,
delays and compensation), group trips (school trips, clubs, choirs, pensioners' coach tours,
company conferences, rooming lists) and travel insurance claims, in Swedish, English and the
two mixed as Swedes write at work, with addresses at home and abroad and phone numbers in every
common grouping. Written by a helper who does not tune the detector, who read only
`generate_aw.py` (for the mechanics), two sections of `docs/privacy.md` (Held-out AW and CL) and
the first line of `generated-heldout-u.jsonl` (for its keys): neither the detector's rules,
lexicons and tagger (`src/`, `lexicons/`) nor its tests, nor any error listing, nor any other
set's names and templates. EI was never run through the detector by its writer, and its names
were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ei import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ei import (  # noqa: E402
    AGENCIES,
    AIRLINES,
    AIRPORTS,
    DAYS,
    DESTS,
    EN,
    HOTELS,
    INSURERS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    SV,
)

SEED = 20270195
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ei.jsonl"
SPLIT = "heldout-ei"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Stationsgatan", "Nygatan", "Östra Långgatan", "Västra Hamngatan", "Södra Förstadsgatan",
    "Hantverkargatan", "Fleminggatan", "Götgatan", "Vasagatan", "Linnégatan", "Birger Jarlsgatan",
    "Sankt Eriksgatan", "Karlavägen", "Sveavägen", "Valhallavägen", "Industrivägen", "Björkvägen",
    "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Sjövägen", "Granvägen",
    "Ekvägen", "Kvarnvägen", "Gamla Landsvägen", "Norra Vägen", "Älvvägen", "Solvägen",
    "Hamnvägen", "Skolvägen", "Idrottsvägen", "Parkvägen", "Rönnvägen", "Lärkvägen",
    "Kopparsvängen", "Ängssvängen", "Hagsvängen", "Lillsvängen", "Kastanjeallé", "Hammarby allé",
    "Lindallén", "Björkallén", "Tuppens allé", "Kvarnbacken", "Prästbacken", "Eriksbergs backe",
    "Solbacken", "Mölnbacken", "Lärkstigen", "Blåbärsstigen", "Hagtornsstigen", "Ekorrstigen",
    "Vitsippsstigen", "Stortorget", "Lilla torget", "Järntorget", "Kornhamnstorg", "Tulpangränd",
    "Smedgränd", "Kyrkogränd", "Stationsplan", "Brunnsplan", "Mästarplan", "Hamnplan",
    "Strandkajen", "Skeppsbrokajen", "Packhuskajen", "Norr Mälarstrand", "Strandvägen",
    "Furuvägen", "Sjöbacken", "Lövängsvägen", "Fabriksgatan", "Repslagargatan", "Kaserngatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes, cities first, small towns after.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Halmstad", 302, 305), ("Växjö", 352, 355),
    ("Luleå", 972, 975), ("Trollhättan", 461, 463), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Nacka", 131, 132), ("Huddinge", 141, 141),
    ("Täby", 183, 187), ("Järfälla", 175, 177), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Falun", 791, 791), ("Nyköping", 611, 611), ("Visby", 621, 621), ("Karlskrona", 371, 371),
    ("Varberg", 432, 432), ("Uddevalla", 451, 451), ("Skellefteå", 931, 931), ("Kiruna", 981, 981),
    ("Ystad", 271, 271), ("Motala", 591, 591), ("Lidköping", 531, 531), ("Landskrona", 261, 261),
    ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Enköping", 745, 745), ("Katrineholm", 641, 641),
    ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Borlänge", 781, 784), ("Hudiksvall", 824, 824),
    ("Ängelholm", 262, 262), ("Trelleborg", 231, 231), ("Värnamo", 331, 331), ("Västervik", 593, 593),
    ("Mora", 792, 792), ("Sunne", 686, 686), ("Ljusdal", 827, 827), ("Strömstad", 452, 452),
    ("Vimmerby", 598, 598), ("Simrishamn", 272, 272), ("Åre", 837, 837), ("Sälen", 780, 780),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Östanbyn", "Sörby", "Norrby", "Nybyn", "Kvarnbyn", "Bäckby", "Lillby",
    "Gammelgården", "Nygården", "Storgården", "Backgården", "Sjötorp", "Ekudden", "Lugnet",
    "Björkås", "Lövnäs", "Ängsbacka", "Tallåsen", "Stensjö", "Mossebo", "Hultet", "Skogsbo",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue",
    "Kings Road", "Queens Road", "The Crescent", "Manor Road", "Orchard Close", "Bridge Street",
    "Market Street", "New Road", "London Road", "Green Lane", "Springfield Road", "Albert Road",
    "Grange Road", "The Avenue", "Windsor Close", "Beech Grove", "Riverside Walk", "Harbour View",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "N"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"),
    ("Birmingham", "B"), ("Brighton", "BN"), ("York", "YO"), ("Edinburgh", "EH"), ("Glasgow", "G"),
    ("Cardiff", "CF"), ("Norwich", "NR"), ("Exeter", "EX"), ("Cambridge", "CB"), ("Oxford", "OX"),
    ("Newcastle upon Tyne", "NE"), ("Sheffield", "S"), ("Belfast", "BT"), ("Inverness", "IV"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Ivy House", "Flat 2, Harbour Court", "The Coach House", "Meadow View", "2 The Mews")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Park Avenue", "Lake Shore Drive", "Sunset Boulevard", "Ocean Drive", "Pine Street", "Cedar Lane", "Broadway", "Mission Street")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Boston", "MA", 21), ("Miami", "FL", 331), ("Orlando", "FL", 328), ("Denver", "CO", 802), ("Austin", "TX", 787), ("San Diego", "CA", 921), ("Brooklyn", "NY", 112), ("Portland", "OR", 972), ("Duluth", "MN", 558))  # fmt: skip
# Holiday and European addresses in their own formats; a shuffled deck.
ABROAD = (
    "Avenida de Andalucía {n}, {z5:29620-29631} Torremolinos", "Calle Mayor {n}, 3º B, {z5:03501-03503} Benidorm",
    "Carrer de Mallorca {n}, {m}º {m}ª, {z5:08008-08036} Barcelona", "Avenida de Tirajana {n}, {z5:35100-35109} Maspalomas",
    "Carrer del Mar {n}, {z5:07400-07410} Alcúdia", "Leoforos Posidonos {n}, {z3:166-166} {z2:71-77} Glyfada",
    "Odos Chalidon {n}, {z3:731-731} {z2:31-36} Chania", "Put Firula {n}, {z5:21000-21000} Split",
    "Obala {n}, {z5:52440-52440} Poreč", "Via del Mare {n}, {z5:84017-84017} Positano",
    "Via Roma {n}, {z5:00184-00187} Roma", "Rua da Praia {n}, {z4:8200-8200}-{z3:100-699} Albufeira",
    "Rua Augusta {n}, {m}º Esq., {z4:1100-1100}-{z3:048-060} Lisboa", "{n} avenue de la Mer, {z5:06400-06400} Cannes",
    "{n} rue de Rivoli, {z5:75001-75004} Paris", "Nissi Avenue {n}, {z4:5340-5340} Ayia Napa",
    "Atatürk Caddesi No: {n}, {z5:07400-07460} Alanya", "{n}/{m} Moo {m}, Tambon Rawai, Phuket {z5:83130-83130}",
    "Seestraße {n}, {z5:23743-23743} Grömitz", "Hauptstraße {n}, {z5:80331-80339} München",
    "Strandgata {n}, {z4:5013-5015} Bergen", "Havnegade {n}, {m}. th., {z4:1058-1058} København K",
    "Rantakatu {n} A {m}, {z5:90100-90100} Oulu", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Dorfstraße {n}, {z4:6100-6100} Seefeld in Tirol", "Laugavegur {n}, {z3:101-101} Reykjavík",
    "ul. Długa {n}/{m}, 80-{z3:827-831} Gdańsk", "Triq il-Kbira {n}, Sliema SLM {z4:1500-1599}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "hotmail.co.uk", "yahoo.com")  # fmt: skip
WORK = ("example.se", "resor.example.se", "skola.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_MAIL = (
    "bokning@norrskenresor.example.se", "info@solkustenresor.example.se", "grupp@bussresor.example.se",
    "kundservice@resebyran.example.se", "skador@reseskydd.example.se", "claims@travelcover.example.com",
    "reservations@playaazul.example.es", "info@kalimeravillage.example.gr", "groups@nordicgroup.example.com",
    "kansli@kororna.example.org", "resor@pensionarerna.example.se", "baggage@airline.example.com",
    "ersattning@forsakring.example.se", "hello@seabreeze.example.com", "reception@hotelmiramar.example.it",
)  # fmt: skip


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
    """Every value of EI from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Eva-Lena, Per-Erik
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {
            "swedish": 0.45,
            "us": 0.35,
            "uk": 0.3,
            "norwegian": 0.3,
            "danish": 0.3,
        }.get(key, 0.05):
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
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

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
                "63",
                "35",
                "26",
                "36",
                "42",
                "46",
                "60",
            )
        )
        area3 = r.choice(
            (
                "250",
                "280",
                "380",
                "410",
                "480",
                "491",
                "498",
                "500",
                "520",
                "570",
                "611",
                "620",
                "647",
                "660",
                "680",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: 010, 020, 0771, or a city's exchange."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0770-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
            f"020 {d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}", f"040-{d[:2]} {d[2:4]} 00",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+34 971 {d[:2]} {d[2:4]} {d[4:6]}", f"0034 928 {d[:3]} {d[3:6]}",
            f"+30 69{d[:1]} {d[1:4]} {d[4:8]}", f"+30 28210 {d[:5]}", f"+385 91 {d[:3]} {d[3:7]}",
            f"+385 (0)21 {d[:3]} {d[3:6]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+39 06 {d[:4]} {d[4:8]}",
            f"+351 9{d[:2]} {d[2:5]} {d[5:8]}", f"+351 289 {d[:3]} {d[3:6]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+357 99 {d[:6]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+90 (242) {d[:3]} {d[3:5]} {d[5:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+66 (0)76 {d[:3]} {d[3:6]}",
            f"08{d[:1]}-{d[1:4]}-{d[4:8]}", f"+44 7700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"07700 900{d[:3]}", f"+1 (305) 555-0{d[:3]}", f"(212) 555-01{d[:2]}",
            f"+1 407 555 0{d[:3]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}",
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {r.choice('2345')}{d[:1]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 {r.choice('2345')}{d[:1]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+354 {d[:3]} {d[3:7]}",
            f"+971 50 {d[:3]} {d[3:7]}", f"+20 10 {d[:4]} {d[4:8]}", f"+212 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+43 664 {d[:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+52 998 {d[:3]} {d[3:7]}", f"+356 79{d[:2]} {d[2:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_en(self, us: bool | None = None) -> str:
        """A number from the UK or the US (`us`), as people there write it."""
        r = self.rng
        d = self.digits(10)
        if us is None:
            us = r.random() < 0.3
        uk = (
            f"07{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:6]} {d[6:9]}", f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)7{d[:3]} {d[3:9]}",
            f"020 7{d[:3]} {d[3:7]}", f"020 8{d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}",
            f"0117 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}", f"01{r.choice('2345689')}{d[:2]} {d[2:8]}", f"+44 1{d[:3]} {d[3:9]}",
            f"07700 900{d[:3]}",
        )  # fmt: skip
        usa = (
            f"({r.choice(('212', '312', '617', '206', '415', '612', '305'))}) {d[:3]}-{d[3:7]}",
            f"+1 {r.choice(('212', '312', '617', '206', '415', '612', '305'))} {d[:3]} {d[3:7]}", f"{r.choice(('646', '773', '503', '720'))}-{d[:3]}-{d[3:7]}",
            f"+1 ({r.choice(('407', '512', '619', '303'))}) {d[:3]}-{d[3:7]}", f"{r.choice(('954', '713'))}.{d[:3]}.{d[3:7]}", f"1-800-{d[:3]}-{d[3:7]}",
        )  # fmt: skip
        return r.choice(usa if us else uk)

    def national_id(self, born: tuple[int, int] = (1940, 2009)) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` for someone past a hundred."""
        r = self.rng
        roll = r.random()
        year = r.randrange(1918, 1927) if roll >= 0.96 else r.randrange(*born)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if roll >= 0.96:
            return f"{date}+{serial}{check}"
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.88:
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
        town, low, high = r.choice(SV_TOWNS[30:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_line(self, lgh: bool = False, rural: bool = False) -> str:
        """The first line of a Swedish address: a street with its number, flat and floor, or a
        village and its number."""
        r = self.rng
        if rural:
            return self.village()
        street = self.sv_street()
        if lgh or r.random() < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr{r.choice(('', '.'))}"
        return street

    def sv_plain(self, lines: bool = False) -> str:
        """A Swedish address alone, on one line or over lines."""
        rural = self.rng.random() < 0.2
        return (
            f"{self.sv_line(rural=rural)}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"
        )

    def sv_address(
        self, lines: bool = False, lgh: bool = False, rural: bool | None = None
    ) -> list[Segment]:
        """A whole Swedish address; now and then `c/o` a person first (the `c/o` outside every
        span, the name its own PERSON, the address from the street)."""
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        joint = "\n" if lines else ", "
        out: list[Segment] = []
        if r.random() < 0.07:
            host = self.person(None)
            full = r.random() < 0.5
            self.count(host.given + host.surname if full else host.surname)
            out += [
                ("c/o ", None),
                (f"{host.first} {host.last}" if full else host.last, "PERSON"),
                (joint, None),
            ]
            self.forms["c/o"] += 1
        out.append((f"{self.sv_line(lgh, rural)}{joint}{self.sv_postal(rural=rural)}", "ADDRESS"))
        return out

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B'))}".replace(
                "# ", "#"
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = (
            self.abroad.pop()
            .replace("{n}", str(r.randrange(1, 160)), 1)
            .replace("{n}", str(r.randrange(1, 40)))
        )
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

    P full name, p the same in lower case, U in capitals, F with middle names, FI with the middle
    name's initial, G/g the given name (sometimes its short form), N/n the short form where the
    name has one, S/s the surname, SU the surname in capitals, GU the given names in capitals,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, AIR `SURNAME/GIVEN` as airlines print it, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base == "FI":
        words = given + middle + surname
        value = " ".join([person.first] + [f"{w[0]}." for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.1 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last.lower() if base == "s" else person.last
        value = value.upper() if base == "SU" else value
    elif base == "GU":
        words = given + middle
        value = " ".join([person.first] + [w for w, _ in middle]).upper()
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    elif base == "AIR":
        words = given + middle + surname
        value = plain(f"{person.last}/{' '.join([person.first] + [w for w, _ in middle])}").upper()
        value = value.replace("Ø", "O").replace("Æ", "AE")
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
    "FI",
    "G",
    "g",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "GU",
    "I",
    "Gi",
    "R",
    "RU",
    "AIR",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    sv_months, en_months = MONTHS["sv"], MONTHS["en"]

    def one(value: str, kind: str | None) -> Callable[[], list[Segment]]:
        return lambda: [(value, kind)]

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: draw.sv_address(),
        "AL": lambda: draw.sv_address(lines=True),
        "AR": lambda: draw.sv_address(rural=True),
        "ARL": lambda: draw.sv_address(lines=True, rural=True),
        "AC": lambda: [(draw.sv_plain(), "ADDRESS")],  # never with c/o
        "ALN": lambda: [(draw.sv_plain(lines=True), "ADDRESS")],  # over lines, never with c/o
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STN": lambda: [(r.choice(SV_STREETS), "ADDRESS")],
        "STL": lambda: [(draw.sv_line(lgh=True), "ADDRESS")],
        "a": lambda: [((draw.sv_street() if r.random() < 0.4 else f"{draw.sv_line()}, {draw.sv_postal()}").lower(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AUSL": lambda: [(draw.us_address(lines=True), "ADDRESS")],
        "AX": lambda: [(draw.abroad_address(), "ADDRESS")],
        "AXL": lambda: [(draw.abroad_address(lines=True), "ADDRESS")],
        "ax": lambda: [(draw.abroad_address().lower(), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHF": lambda: [(draw.phone_firm(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PHE": lambda: [(draw.phone_en(), "PHONE")],
        "PHA": lambda: [(draw.phone_en(us=True), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "PNRK": lambda: [(draw.national_id(born=(2009, 2021)), "NATIONAL_ID")],
        "EF": lambda: [(r.choice(FIRM_MAIL), "EMAIL")],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {sv_months[month - 1]}", f"{day}.{month}.2027")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {en_months[month - 1]}", f"{day:02d}/{month:02d}/2027", f"{en_months[month - 1]} {day}", f"{day:02d}{en_months[month - 1][:3].upper()}")), None)],
        "TIME": lambda: [(f"{r.randrange(5, 23):02d}{':' if lang == 'en' else r.choice(('.', ':'))}{r.choice(('00', '05', '15', '20', '30', '35', '45', '50'))}", None)],
        "DATES": lambda: [(r.choice((f"{day}–{day + 7} {sv_months[month - 1]}", f"2027-{month:02d}-{day:02d}–2027-{month:02d}-{day + 7:02d}", f"{day}/{month}–{day + 7}/{month}")), None)],
        "DATESEN": lambda: [(r.choice((f"{day} to {day + 7} {en_months[month - 1]}", f"{day:02d}/{month:02d} to {day + 7:02d}/{month:02d}/2027", f"{en_months[month - 1]} {day}–{day + 7}")), None)],
        "NUM": lambda: [(str(r.randrange(2, 60)), None)],
        "NIGHTS": lambda: [(str(r.choice((3, 4, 5, 7, 7, 7, 10, 14, 14, 21))), None)],
        "AMT": lambda: [(f"{r.randrange(290, 89000):,} kr".replace(",", " "), None)],
        "GBP": lambda: [(f"£{r.randrange(20, 3400):,}.{r.randrange(100):02d}", None)],
        "EUR": lambda: [(r.choice((f"€{r.randrange(40, 4000)}", f"{r.randrange(40, 4000)} EUR", f"{r.randrange(40, 900)},{r.randrange(100):02d} €")), None)],
        "USD": lambda: [(f"${r.randrange(30, 2600)}", None)],
        "BOOK": lambda: [("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), None)],
        "ORDER": lambda: [(r.choice((f"{r.randrange(1000000, 9999999)}", f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"#{r.randrange(10000, 99999)}")), None)],
        "FLT": lambda: [(f"{r.choice(('SK', 'DY', 'D8', 'AY', 'LH', 'KL', 'TK', 'FR', 'U2', 'W6', 'BA', 'TF', 'QR', 'EK'))} {r.randrange(10, 9999)}", None)],
        "SEAT": lambda: [(f"{r.randrange(1, 40)}{r.choice('ABCDEF')}", None)],
        "GATE": lambda: [(f"{r.choice('ABCDF')}{r.randrange(1, 70)}", None)],
        "CLAIM": lambda: [(r.choice((f"{r.randrange(100, 999)}-{r.randrange(100000, 999999)}", f"RS-2027-{r.randrange(1000, 99999):05d}", f"{r.randrange(10**7, 10**8)}")), None)],
        "POL": lambda: [(f"{r.choice(('P', 'RF', 'HEM', 'TRV'))}{r.randrange(10**6, 10**8)}", None)],
        "BAG": lambda: [(f"{r.choice(('ARN', 'GOT', 'CPH', 'MMX', 'LHR', 'PMI'))}{r.choice(('SK', 'DY', 'AY', 'BA'))}{r.randrange(10000, 99999)}", None)],
        "TICKET": lambda: [(f"{r.randrange(100, 999)}-{r.randrange(10**9, 10**10)}", None)],
        "PASS": lambda: [(f"{r.randrange(10**7, 10**8)}", None)],
        "HOTEL": lambda: [(r.choice(HOTELS), None)],
        "DEST": lambda: [(r.choice(DESTS), None)],
        "AIRPORT": lambda: [(r.choice(AIRPORTS), None)],
        "AGENCY": lambda: [(r.choice(AGENCIES), None)],
        "AIRLINE": lambda: [(r.choice(AIRLINES), None)],
        "INSURER": lambda: [(r.choice(INSURERS), None)],
        "PET": lambda: [(r.choice(PETS), None)],
        "TOWN": lambda: [(r.choice(SV_TOWNS)[0], None)],
        "UKTOWN": lambda: [(r.choice(UK_TOWNS)[0], None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
        "ROOM": lambda: [(str(r.randrange(101, 640)), None)],
        "KG": lambda: [(str(r.randrange(8, 32)), None)],
        "YEAR": lambda: [(str(r.randrange(2, 9)), None)],
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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """EI's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) not in (10, 12) or not re.fullmatch(r"\d{6,8}[-+]?\d{4}", value):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of EI is printed."""
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
                forms["SURNAME/GIVEN"] += "/" in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address one word"] += " " not in value
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, c/o: {draw.forms['c/o']}")
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
    print(
        f"origins in MIXES never drawn: {len(missing)}"
        + (f" ({', '.join(missing)})" if missing else "")
    )
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    keys = {"id", "split", "lang", "text", "spans"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["row keys not as heldout-u's"] += set(row) != keys
        problems["split not heldout-ei"] += row.get("split") != SPLIT
        problems["lang unknown"] += row.get("lang") not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            problems["span keys"] += set(span) != {"start", "end", "kind"}
            problems["kind unknown"] += kind not in KINDS
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            if kind == "NATIONAL_ID":
                problems["personnummer check digit"] += not pnr_valid(value)
    print(f"rows {rows}, ids {len(ids)}")
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
    rows = generate(args.seed, draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
