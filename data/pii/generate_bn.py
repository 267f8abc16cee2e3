# ruff: noqa: E501
"""Generate held-out bn for personal-data detection: names as the population has them, a
forty-fifth writer (field service and home installations).

    python data/pii/generate_bn.py           # writes data/pii/generated-heldout-bn.jsonl
    python data/pii/generate_bn.py --stats   # counts only, writes nothing
    python data/pii/generate_bn.py --check   # checks the written file, prints counts only
    python data/pii/generate_bn.py --seed 7 --show 20   # scratch rows, for the writer's eyes

bn's names are drawn by how often people really carry them: every name word comes from
`names_bn.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as the population is.
The genre is field service and work in people's homes (`templates_bn.py`): electricians,
plumbers, heat-pump, solar, fibre and broadband installers, locksmiths, alarm companies, lift
service, chimney sweeps, property managers' fault reports and work orders, dispatch SMS and route
lists, customer portals, quotes and invoices with ROT deduction, moving electricity and broadband
contracts, and home-office IT support, with site addresses and phone numbers in every common
form. Written by a helper who does not tune the detector and read neither its rules, lexicons
and tagger nor any error listing nor any other set's names and templates; bn was never run
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

from names_bn import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bn import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270122
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bn.jsonl"
SPLIT = "heldout-bn"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets as towns and suburbs have them (the writer's knowledge of the address register).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Götgatan", "Hornsgatan",
    "Sankt Eriksgatan", "S:t Eriksgatan", "Odengatan", "Tegnérgatan", "Linnégatan", "Fleminggatan",
    "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Nygatan", "Östra Storgatan", "Västra Vägen",
    "Norra Esplanaden", "Södra Förstadsgatan", "Övre Husargatan", "Långgatan", "Trädgårdsgatan",
    "Björkvägen", "Tallvägen", "Lindvägen", "Granvägen", "Ekvägen", "Rönnvägen", "Aspvägen",
    "Ringvägen", "Skogsvägen", "Ängsvägen", "Kvarnvägen", "Industrivägen", "Hantverkarvägen",
    "Bagarbyvägen", "Fornbyvägen", "Solhemsvägen", "Hagalundsvägen", "Sjöviksvägen", "Ekbacksvägen",
    "Violstigen", "Lärkstigen", "Blåklockestigen", "Smultronstigen", "Fasanstigen", "Trastvägen",
    "Mårdvägen", "Rävstigen", "Gökvägen", "Kastanjeallén", "Lindallén", "Parkallén", "Solbacken",
    "Kvarnbacken", "Sjöbacken", "Tornbacken", "Bergsgränd", "Smedsgränd", "Klockargränd",
    "Stortorget", "Lilla torget", "Brunnsplan", "Mästarplan", "Fjällgatan", "Bruksgatan",
    "Villagatan", "Höjdvägen", "Utsiktsvägen", "Kronogårdsvägen", "Tunavägen", "Bellmansgatan",
    "Backstugevägen", "Slånbärsvägen", "Nyponvägen", "Hjortronvägen", "Furuhöjden", "Hagaterrassen",
    "Ekängen", "Vallmovägen", "Tingsvägen", "Gamla Vägen", "Kanalvägen", "Strandpromenaden",
)  # fmt: skip
# Towns and suburbs with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Hägersten", 126, 129), ("Bromma", 161, 168), ("Solna", 169, 171),
    ("Sundbyberg", 172, 174), ("Nacka", 131, 132), ("Täby", 183, 187), ("Huddinge", 141, 141),
    ("Järfälla", 175, 177), ("Haninge", 136, 137), ("Sollentuna", 191, 192), ("Lidingö", 181, 181),
    ("Vällingby", 162, 162), ("Johanneshov", 121, 121), ("Spånga", 163, 163), ("Tyresö", 135, 135),
    ("Farsta", 123, 123), ("Enskede", 122, 122), ("Bandhagen", 124, 124), ("Åkersberga", 184, 184),
    ("Göteborg", 411, 418), ("Västra Frölunda", 421, 421), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434),
    ("Partille", 433, 433), ("Malmö", 211, 217), ("Lund", 222, 227), ("Helsingborg", 252, 256),
    ("Uppsala", 752, 757), ("Västerås", 721, 725), ("Örebro", 702, 705), ("Linköping", 582, 589),
    ("Norrköping", 602, 605), ("Jönköping", 551, 556), ("Borås", 503, 507), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Umeå", 903, 907), ("Gävle", 802, 806), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Kalmar", 392, 393), ("Trollhättan", 461, 461), ("Kristianstad", 291, 291), ("Nyköping", 611, 611),
    ("Karlskrona", 371, 371), ("Skövde", 541, 541), ("Uddevalla", 451, 451), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Östersund", 831, 832), ("Skellefteå", 931, 931), ("Piteå", 941, 941),
    ("Kiruna", 981, 981), ("Örnsköldsvik", 891, 891), ("Hudiksvall", 824, 824), ("Ystad", 271, 271),
    ("Trelleborg", 231, 231), ("Alingsås", 441, 441), ("Kungälv", 442, 442), ("Märsta", 195, 195),
    ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Motala", 591, 591), ("Värnamo", 331, 331),
    ("Arvika", 671, 671), ("Visby", 621, 621), ("Lerum", 443, 443), ("Vallentuna", 186, 186),
)  # fmt: skip
UK_STREETS = (
    "Station Road", "High Street", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
    "Queens Road", "Manor Way", "Orchard Close", "Grove Road", "Albert Street", "Chapel Street",
    "The Crescent", "Kingsway", "Windsor Drive", "Beech Grove", "Meadow View", "Hawthorn Close",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "N"), ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"),
    ("Sheffield", "S"), ("Reading", "RG"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"),
    ("York", "YO"), ("Norwich", "NR"), ("Brighton", "BN"), ("Nottingham", "NG"), ("Exeter", "EX"),
)  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Lakeview Drive", "Pine Street", "Cedar Lane", "Washington Avenue", "Hillcrest Road", "N 3rd Street", "Sunset Boulevard", "Park Place", "Ridge Road")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Boston", "MA", 21), ("Raleigh", "NC", 276))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-10999} Berlin", "Lindenweg {n}, {z5:22041-22769} Hamburg",
    "Mannerheimintie {n} B {m}, {z5:00100-00290} Helsinki", "Kauppakatu {n} A {m}, {z5:40100-40720} Jyväskylä",
    "Storgata {n}, {z4:0155-0190} Oslo", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Marszałkowska {n} m. {m}, 00-{z3:600-699} Warszawa",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "{n} rue Victor Hugo, {z5:69002-69009} Lyon",
    "Kerkstraat {n}, {z4:1017-1017} {L2} Amsterdam", "Atatürk Caddesi No: {n} D: {m}, {z5:35210-35220} İzmir",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.com", "hotmail.se", "bredband.net", "comhem.se")  # fmt: skip
FIRM_DOMAINS = (
    "elkraft-norr.se", "rorjouren-syd.se", "varmepumpsteamet.se", "solel-installation.se",
    "fiberbyggarna.se", "laskompaniet.se", "trygglarm.example.se", "hisservice.example.se",
    "sotarna-mitt.se", "fastighet.example.se", "hyresvard.example.se", "kundservice.example.com",
    "homeservices.example.co.uk", "example.com", "example.se", "itsupport.example.se",
)  # fmt: skip
FIRM_LOCALS = ("info", "kundservice", "service", "order", "felanmalan", "faktura", "support", "jour", "bokning", "kontakt", "dispatch", "help", "billing", "noreply")  # fmt: skip
BLOCKS = ("Kvasten", "Fjärilen", "Tallen", "Ekorren", "Uttern", "Mården", "Bagaren", "Smeden", "Svalan", "Rönnen", "Lärkan", "Hammaren", "Vinkeln", "Tegelbruket")  # fmt: skip


# The second parts of Swedish hyphenated given names as people carry them (`Lars-Erik`, `Ann-Marie`).
SECOND_M = ("Erik", "Olof", "Johan", "Åke", "Göran", "Gunnar", "Anders", "Ove", "Inge", "Arne", "Olov", "Gustaf", "Axel", "Magnus", "Henrik")  # fmt: skip
SECOND_F = ("Karin", "Marie", "Christin", "Lena", "Britt", "Louise", "Sofie", "Maria", "Charlotte", "Lotta", "Kristin", "Lisa", "Mari", "Stina")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def valid_pnr(value: str) -> bool:
    """A personnummer of 10 or 12 digits, with `-`, `+` or nothing before the last four."""
    m = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not m:
        return False
    nine = m.group(2) + m.group(4)[:3]
    return luhn(nine) == int(m.group(4)[3])


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
    """Every value of bn from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Karl-Johan
            second = (r.choice(SECOND_F if woman else SECOND_M), "head")
            if second[0] != given[0][0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05 and " " not in surname[0][0]:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin", "kurdish") and r.random() < 0.3
        ):  # typed plain
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
        domain = r.choice(FIRM_DOMAINS) if r.random() < 0.35 else r.choice(MAIL)
        return f"{local}@{domain}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCALS)}@{self.rng.choice(FIRM_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("00233699")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"{m} - {d[:3]} {d[3:5]} {d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
            (1, f"+46-{m[1:]}-{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the two-digit and the three-digit areas."""
        r = self.rng
        d = self.digits(8)
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "16",
                "11",
                "90",
                "60",
                "35",
                "36",
                "46",
                "42",
                "54",
            )
        )
        a3 = r.choice(
            (
                "150",
                "155",
                "226",
                "240",
                "243",
                "250",
                "270",
                "290",
                "300",
                "320",
                "340",
                "410",
                "480",
                "491",
                "500",
                "510",
                "520",
                "550",
                "563",
                "570",
                "611",
                "620",
                "640",
                "660",
                "670",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"08{d}"), (1, f"08/{d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+468{d}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a2}-{d[:7]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's number: switchboards, 0771 and 020 numbers, 010 numbers, city landlines."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771 {d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010 {d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:7]}",
            f"0775-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone(self) -> str:
        r = self.rng
        roll = r.random()
        return (
            self.mobile() if roll < 0.68 else self.landline() if roll < 0.9 else self.firm_phone()
        )

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+358 9 {d[:3]} {d[3:7]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+49 151 {d[:4]} {d[4:8]}", f"+49 (0)30 {d[:8]}",
            f"+964 7{r.choice('5789')}{d[:1]} {d[1:4]} {d[4:8]}", f"00964 77{d[:8]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"0090 53{d[:1]} {d[1:4]} {d[4:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+93 70 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+381 64 {d[:3]} {d[3:7]}", f"+385 91 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}", f"0044 161 496 0{d[:3]}", f"+1 (612) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(3)
        shapes = (
            f"07700 900{d}", f"07700 900 {d}", f"+44 7700 900{d}", f"+44 (0)7700 900{d}", f"020 7946 0{d}",
            f"0113 496 0{d}", f"0161 496 0{d}", f"0117 496 0{d}", f"0131 496 0{d}", f"(0114) 496 0{d}",
            f"+44 20 7946 0{d}", f"0044 7700 900{d}", f"0808 157 0{d}", f"03069 990{d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(("612", "206", "312", "512", "303", "503", "608", "617", "919", "763"))
        shapes = (f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}", f"+1 ({area}) 555-0{d}", f"1-{area}-555-0{d}")  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        # past a hundred (ten digits with `+`) for one in twenty
        year = r.randrange(1917, 1927) if r.random() < 0.05 else r.randrange(1935, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if year < 1927:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.45:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.93:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.18:
            out += r.choice(("A", "B", "C", " A", " B", "D", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        roll = r.random()
        if roll < 0.78:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        elif roll < 0.96:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        else:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        return out

    def flat(self, lgh: bool = False) -> str:
        """What follows a street and number inside a building: lgh, floor, entrance."""
        r = self.rng
        lg = f"lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        roll = r.random()
        if lgh or roll < 0.16:
            if r.random() < 0.3:
                return f", {lg}, {r.randrange(1, 9)} tr"
            return r.choice((f", {lg}", f" {lg}", f", Lgh {lg[4:]}", f", lägenhet {lg[4:]}"))
        if roll < 0.24:
            return r.choice(
                (
                    f", {r.randrange(1, 9)} tr",
                    f", {r.randrange(1, 7)} tr ög",
                    f", vån {r.randrange(1, 9)}",
                    f", {r.randrange(1, 6)}:a vån",
                )
            )
        if roll < 0.28:
            return f", uppg. {r.choice('ABC')}"
        return ""

    def sv_address(self, lines: bool = False, lgh: bool = False, plain_: bool = False) -> str:
        street = self.sv_street() + ("" if plain_ else self.flat(lgh))
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def chat_address(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            out = self.sv_street() + self.flat()
        elif roll < 0.7:
            out = self.sv_street() + self.flat(lgh=True)
        else:
            out = self.sv_address()
        return out.lower()

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.35:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.35:
            street += f"{r.choice((', Apt ', ' Apt ', ', Unit ', ' #'))}{r.randrange(1, 40)}{r.choice(('', 'B', 'C'))}"
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

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

    # Look-alikes: numbers that are no value of any kind.
    def org_nr(self, brf: bool = False) -> str:
        r = self.rng
        head = r.choice(("769", "716")) if brf else r.choice(("556", "559", "969", "802", "212"))
        body = head + self.digits(6)
        return f"{body[:6]}-{body[6:9]}{luhn(body)}"

    def ocr(self) -> str:
        r = self.rng
        d = self.digits(r.randrange(10, 17))
        return d if r.random() < 0.6 else " ".join(d[i : i + 4] for i in range(0, len(d), 4))


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU the surname in capitals, I an initial and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, GIVEN`, E an e-mail address. A trailing `s` asks for
    a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english else form
    gen = english
    if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
        base, gen = base[:-1], True
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
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
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
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first.upper()}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if gen:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hour = r.randrange(7, 17)
    values: dict[str, Callable[[], Segment]] = {
        # values
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AG": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "AGL": lambda: (draw.sv_address(lines=True, lgh=True), "ADDRESS"),
        "AP": lambda: (draw.sv_address(plain_=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STF": lambda: (draw.sv_street() + draw.flat(lgh=r.random() < 0.5), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: (draw.chat_address(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "MOB": lambda: (draw.mobile(), "PHONE"),
        "TEL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        # no values
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{hour}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45'))}", None),
        "WIN": lambda: (r.choice((f"{hour}–{hour + 2}", f"{hour:02d}.00–{hour + 3:02d}.00", f"{hour}-{hour + 4}", f"kl {hour}-{hour + 2}" if not en else f"{hour}am-{hour + 2}")), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(450, 98000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(60, 4800)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(89, 5200)}.{r.randrange(100):02d}", None),
        "KW": lambda: (r.choice(("6", "8", "10", "12", "3,6", "5,8", "9,9", "11,2")), None),
        "ORG": lambda: (draw.org_nr(), None),
        "BRF": lambda: (draw.org_nr(brf=True), None),
        "OCR": lambda: (draw.ocr(), None),
        "BG": lambda: (r.choice((f"{draw.digits(3)}-{draw.digits(4)}", f"{draw.digits(4)}-{draw.digits(4)}")), None),
        "PG": lambda: (f"{draw.digits(2)} {draw.digits(2)} {draw.digits(2)}-{draw.digits(1)}", None),
        "KUND": lambda: (r.choice((draw.digits(7), draw.digits(8), f"K{draw.digits(6)}", f"{draw.digits(4)} {draw.digits(4)}")), None),
        "ORDER": lambda: (r.choice((f"AO-{draw.digits(6)}", f"WO-2027-{draw.digits(5)}", f"#{draw.digits(6)}", f"{draw.digits(8)}", f"SO{draw.digits(7)}")), None),
        "CASE": lambda: (r.choice((f"{draw.digits(6)}", f"FA-{draw.digits(5)}", f"2027-{draw.digits(4)}-{draw.digits(3)}", f"INC{draw.digits(7)}", f"#{draw.digits(5)}")), None),
        "INV": lambda: (r.choice((f"{draw.digits(5)}", f"F{draw.digits(6)}", f"2027-{draw.digits(4)}")), None),
        "PORT": lambda: (r.choice((draw.digits(4), draw.digits(4), f"{draw.digits(4)}#", f"{draw.digits(2)}{r.choice('AB')}{draw.digits(2)}")), None),
        "KEY": lambda: (draw.digits(4), None),
        "ANL": lambda: (f"735999{draw.digits(12)}", None),
        "METER": lambda: (r.choice((draw.digits(8), f"{draw.digits(2)}-{draw.digits(6)}")), None),
        "SERIAL": lambda: (r.choice((f"{draw.digits(4)}-{draw.digits(4)}-{draw.digits(2)}", f"SN{draw.digits(9)}", f"{r.choice('ABCDEFGH')}{draw.digits(2)}{r.choice('KLMNPRST')}{draw.digits(6)}")), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {draw.digits(2)}{r.choice('0123456789ABCDEFGHJKLMNPRSTUWXYZ')}", None),
        "FAST": lambda: (f"{r.choice(SV_TOWNS)[0]} {r.choice(BLOCKS)} {r.randrange(1, 40)}" + (f":{r.randrange(1, 300)}" if r.random() < 0.5 else ""), None),
        "LGHNR": lambda: (f"{r.randrange(10, 16)}{r.randrange(1, 9):02d}", None),
        "TECH": lambda: (r.choice((f"T{r.randrange(10, 300)}", f"Bil {r.randrange(1, 60)}", f"tekn-{r.randrange(100, 999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YEAR": lambda: (str(r.randrange(1952, 2021)), None),
        "PCT": lambda: (r.choice(("30", "50", "20")), None),
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
        is_person = base in PERSON_FORMS or (base.endswith("s") and base[:-1] in PERSON_FORMS)
        if is_person:
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
    """bn's rows: every negative once, then positive rows from shuffled decks of each language's
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
        seen.add(text)
        if negative and spans:
            raise ValueError("a negative has a value")
        if not negative and not spans:
            raise ValueError("a positive template has no value")
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of bn is printed."""
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
                forms["address with lgh"] += "lgh" in value.lower() or "lägenhet" in value
                forms["address with floor"] += bool(re.search(r"\d tr\b|vån|plan \d", value))
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
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
    spans_n = 0
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        if row["split"] != SPLIT or row["lang"] not in SIZES or row["id"] in ids:
            problems["id, split or lang"] += 1
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_n += 1
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
    print(
        f"checked {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {spans_n} spans"
    )
    print(
        f"problems: {sum(problems.values())}"
        + ("" if not problems else " (" + ", ".join(f"{k} {v}" for k, v in problems.items()) + ")")
    )
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed while writing")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    parser.add_argument("--show", type=int, default=0, help="print N rows of a scratch seed")
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.show:
        if args.seed == SEED:
            sys.exit("--show is for scratch seeds only")
        for row in rows[: args.show]:
            text = str(row["text"])
            print(f"--- {row['id']} {row['lang']}\n{text}")
            for span in row["spans"]:  # type: ignore[attr-defined]
                print(f"    [{span['kind']}] {text[span['start'] : span['end']]!r}")
        return
    if args.stats:
        stats(rows, draw)
        return
    if args.seed != SEED and args.out == OUT:
        sys.exit("a scratch seed writes only with --out")
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
