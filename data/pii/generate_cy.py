# ruff: noqa: E501
"""Generate held-out CY for personal-data detection (issue 15): names as the population has them,
an eighty-second writer. CY's names are drawn by how often people carry them (`names_cy.py`:
SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, the CSO's for
Ireland, and the commonest names of the origins common in Sweden; 80% of name words from a list's
head, 20% from its tail), mixed by the language of the row; written by a helper who tunes nothing
and who read only `generate_aw.py` (for the mechanics), two write-ups of `docs/privacy.md` and
the keys of heldout-u's first row, not the detector, its lexicons, tests or any other set; the
genre (`templates_cy.py`) is the justice system as the people in it see it: lawyers' case files
and client letters, legal aid, summonses and hearing notices, probation and parole, prison visits
and mail, victim support, witness statements, bailiffs and Kronofogden, debt settlements, in
Sweden, the UK, Ireland, Germany, Poland and the US, in Swedish, English and both at once.

    python data/pii/generate_cy.py            # writes data/pii/generated-heldout-cy.jsonl
    python data/pii/generate_cy.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cy.py --check    # checks the written file, prints counts only
    python data/pii/generate_cy.py --seed 7 --out /tmp/cy7.jsonl   # a scratch seed

Stdlib only; one seeded Random: same seed, same bytes.
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

from names_cy import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SV_DOUBLE_F,
    SV_DOUBLE_M,
    Pool,
    feminine,
    plain,
)
from templates_cy import (  # noqa: E402
    COURTS,
    DAYS,
    EN,
    FIRMS,
    FIRMS_EN,
    FIRMS_US,
    HMPS,
    IE_COURTS,
    IE_PRISONS,
    IE_STATIONS,
    LANDLORDS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PRISONS,
    SV,
    UK_STREETS_ALONE,
    US_JAILS,
)

SEED = 20270159
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cy.jsonl"
SPLIT = "heldout-cy"
KEYS = ("id", "split", "lang", "text", "spans")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Hornsgatan", "Götgatan", "Sveavägen",
    "Järnvägsgatan", "Nygatan", "Skolgatan", "Kyrkogatan", "Västra Hamngatan", "Södra Förstadsgatan",
    "Trädgårdsgatan", "Tingshusgatan", "Fabriksgatan", "Köpmangatan", "Östra Promenaden", "Bondegatan",
    "Björkvägen", "Tallvägen", "Ringvägen", "Skogsvägen", "Ängsvägen", "Industrivägen", "Parkvägen",
    "Idrottsvägen", "Solvägen", "Villavägen", "Kvarnvägen", "Gamla Vägen", "Norra Ringvägen",
    "Rönnsvängen", "Ekorrsvängen", "Tranbärssvängen", "Lingonsvängen", "Kastanjeallé", "Linnés allé",
    "Lindallén", "Ekallén", "Skolbacken", "Solbacken", "Lugna backe", "Kvarnbacken", "Prästbacken",
    "Blåbärsstigen", "Lärkstigen", "Hasselstigen", "Smultronstigen", "Stortorget", "Lilla torget",
    "Järntorget", "Möllevångstorget", "Fridhemsplan", "Odenplan", "Brunnsplan", "Kungsplan",
    "Gåsgränd", "Kråkgränd", "Smedjegränd", "Prästgränd", "Norra Kajen", "Skeppsbrokajen",
    "Packhuskajen", "Östra Kajen", "Vallslingan", "Lärkgången", "Tegelbruksvägen", "Hamngatan",
    "Nordmannavägen", "Stenhuggarvägen", "Hagaesplanaden", "Sandhamnsgatan", "Västerlånggatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes; the last seventeen are small rural towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Falun", 791, 791), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Kumla", 692, 692),
    ("Solna", 169, 171), ("Huddinge", 141, 141), ("Haninge", 136, 137), ("Sollentuna", 191, 192),
    ("Järfälla", 175, 177), ("Botkyrka", 145, 147), ("Märsta", 195, 195), ("Upplands Väsby", 194, 194),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Ystad", 271, 271), ("Örnsköldsvik", 891, 891),
    ("Tidaholm", 522, 522), ("Norrtälje", 761, 761), ("Hudiksvall", 824, 824), ("Kiruna", 981, 981),
    ("Boden", 961, 961), ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Härnösand", 871, 871),
    ("Mora", 792, 792), ("Arvika", 671, 671), ("Lidköping", 531, 531), ("Värnamo", 331, 331),
    ("Vetlanda", 574, 574), ("Hässleholm", 281, 281), ("Sollefteå", 881, 881), ("Ljusdal", 827, 827),
    ("Säffle", 661, 661), ("Älmhult", 343, 343), ("Vimmerby", 598, 598), ("Sveg", 842, 842),
    ("Strömsund", 833, 833), ("Gällivare", 982, 982), ("Torsby", 685, 685),
)  # fmt: skip
RURAL = 17
VILLAGES = (
    "Norrby", "Söderby", "Västanå", "Östansjö", "Lillgården", "Storgården", "Backa", "Hultet",
    "Kvarnbyn", "Lövåsen", "Myrbacken", "Bränna", "Sjöända", "Rotsjö", "Gammelstad", "Nybyn",
    "Ängebacken", "Tallåsen", "Skäret", "Bodarna",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Mill Lane", "Park Avenue",
    "Queens Road", "Manor Road", "Albert Street", "New Road", "Grange Road", "Chapel Lane",
    "Westfield Avenue", "Brook Street", "Oxford Road", "Elm Grove", "Cavendish Close", "Priory Way",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"), ("Liverpool", "L"),
    ("Sheffield", "S"), ("Nottingham", "NG"), ("Cardiff", "CF"), ("Newcastle upon Tyne", "NE"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Norwich", "NR"), ("Leicester", "LE"), ("Hull", "HU"),
    ("Swansea", "SA"), ("Plymouth", "PL"), ("Bradford", "BD"), ("Croydon", "CR"), ("London", "SE"),
    ("London", "E"), ("London", "N"),
)  # fmt: skip
IE_STREETS = (
    "Main Street", "O'Connell Street", "Church Road", "Mill Road", "Patrick Street", "Dublin Road",
    "Castle Street", "Bridge Street", "Station Road", "Green Road", "Meadow View", "Oak Park",
)  # fmt: skip
IE_TOWNS = (
    ("Dublin 8", "D08"), ("Dublin 15", "D15"), ("Dublin 24", "D24"), ("Cork", "T12"), ("Galway", "H91"),
    ("Limerick", "V94"), ("Waterford", "X91"), ("Drogheda, Co. Louth", "A92"), ("Ennis, Co. Clare", "V95"),
    ("Athlone, Co. Westmeath", "N37"), ("Navan, Co. Meath", "C15"), ("Tralee, Co. Kerry", "V92"),
    ("Letterkenny, Co. Donegal", "F92"), ("Carlow", "R93"),
)  # fmt: skip
US_STREETS = (
    "Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Washington Avenue", "Lincoln Road",
    "Park Place", "Cedar Lane", "Lake Street", "Pine Street", "Jefferson Boulevard", "Sunset Drive",
    "Highland Avenue", "Broadway", "Martin Luther King Jr. Boulevard", "Grand Avenue",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Brooklyn", "NY", 112), ("Queens", "NY", 113),
    ("Houston", "TX", 770), ("Phoenix", "AZ", 850), ("Atlanta", "GA", 303), ("Seattle", "WA", 981),
    ("Denver", "CO", 802), ("Philadelphia", "PA", 191), ("Boston", "MA", 21), ("Miami", "FL", 331),
    ("Oakland", "CA", 946), ("Detroit", "MI", 482), ("Columbus", "OH", 432), ("Baltimore", "MD", 212),
    ("Newark", "NJ", 71), ("Portland", "OR", 972),
)  # fmt: skip
DE_ADDRESSES = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Schillerstr. {n}{l}, {z5:80331-81929} München",
    "Goethestraße {n}, {z5:60311-60599} Frankfurt am Main", "Bahnhofstraße {n}, {z5:50667-51149} Köln",
    "Lindenallee {n}, {z5:20095-22769} Hamburg", "Am Markt {n}, {z5:04103-04357} Leipzig",
    "Gartenweg {n}, {z5:28195-28779} Bremen", "Kirchgasse {n}, {z5:69115-69126} Heidelberg",
)  # fmt: skip
PL_ADDRESSES = (
    "ul. Marszałkowska {n} m. {m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}/{m}, 31-{z3:100-999} Kraków",
    "os. Piastów {n}/{m}, 31-{z3:600-699} Kraków", "ul. Piotrkowska {n}, 90-{z3:100-999} Łódź",
    "al. Grunwaldzka {n}/{m}, 80-{z3:200-499} Gdańsk", "ul. Świdnicka {n}, 50-{z3:000-999} Wrocław",
    "ul. Polna {n}, 60-{z3:100-999} Poznań", "ul. Lipowa {n}, 15-{z3:100-999} Białystok",
)  # fmt: skip
EUROPE = (
    "Mannerheimintie {n} B {m}, {z5:00100-00990} Helsinki", "Hämeenkatu {n} A {m}, {z5:33100-33900} Tampere",
    "Storgata {n}, {z4:0155-0190} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Kerkstraat {n}, {z4:1011-1099} {L2} Amsterdam", "{n} rue de la République, {z5:69001-69009} Lyon",
    "Calle Mayor {n}, {m}º, {z5:28001-28080} Madrid", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Ferhadija {n}, {z5:71000-71000} Sarajevo", "Bulevar oslobođenja {n}, {z5:21000-21000} Novi Sad",
    "Atatürk Caddesi No: {n}, {z5:35210-35290} İzmir", "Mäe tn {n}, {z5:10111-13999} Tallinn",
    "Reichsstraße {n}, {z4:6890-6890} Lustenau", "Rue du Marché {n}, {z4:1000-1210} Bruxelles",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "hotmail.co.uk", "yahoo.com", "gmx.de", "wp.pl", "eircom.net")  # fmt: skip
WORK = ("example.se", "advokat.example.se", "byran.example.se", "example.com", "example.org", "law.example.co.uk", "example.ie", "kanzlei.example.de", "example.pl")  # fmt: skip
BOXES = ("kansli", "info", "registrator", "reception", "mottagning", "klient", "office", "enquiries", "visits", "casework", "support", "kontakt")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def pnr_valid(value: str) -> bool:
    digits = value.replace("-", "").replace("+", "")
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    digits = digits[-10:]
    return luhn(digits[:9]) == int(digits[9])


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or two joined by a hyphen (`Anna-Karin`)
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    called: dict[str, str | None] = field(
        default_factory=dict
    )  # the given name chosen per form, kept for the row

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of CY from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}
        self.last: Person | None = (
            None  # the person named last in the row: a personnummer is theirs
        )

    def deal(self, name: str, cards: tuple[str, ...]) -> str:
        """A card from a shuffled deck: every card before any comes again."""
        deck = self.decks.get(name)
        if not deck:
            deck = self.decks[name] = list(cards)
            self.rng.shuffle(deck)
        return deck.pop()

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None, origin: str | None = None) -> Person:
        r = self.rng
        if origin is None:
            mix = MIXES[self.lang]
            origin = r.choices(list(mix), weights=list(mix.values()))[0]
        key = origin
        self.origins[key] += 1
        pools = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = pools.given_f if woman else pools.given_m
        given = [self.pick(pool)]
        if (
            key == "swedish" and r.random() < 0.04
        ):  # a double given name: `Ann-Christin`, `Karl-Erik`
            first, second = SV_DOUBLE_F if woman else SV_DOUBLE_M
            given = [(f"{r.choice(first)}-{r.choice(second)}", "head")]
            if given[0][0].split("-")[0] == given[0][0].split("-")[1]:
                given = [self.pick(pool)]
            self.forms["double given name"] += 1
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "irish": 0.2}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(pools.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(pools.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(pools.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us", "german") and roll < 0.03:
            surname.append(self.pick(pools.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
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
        chosen for a person (or not), the same again wherever the row names them so."""
        key = f"{share}"
        if key in person.called:
            return person.called[key]
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        short = None
        if forms and self.rng.random() < share:
            self.forms["nickname"] += 1
            short = self.rng.choice(forms)
        person.called[key] = short
        return short

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def email_firm(self) -> str:
        r = self.rng
        return f"{r.choice(BOXES)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def subscriber(self, n: int) -> str:
        """Digits of a subscriber number: the first is never 0."""
        return str(self.rng.randrange(1, 10)) + self.digits(n - 1)

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.subscriber(8)
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
                "60",
                "26",
                "11",
                "36",
                "42",
                "46",
            )
        )
        area3 = r.choice(("152", "240", "270", "293", "380", "410", "470", "480", "498", "500", "511", "520", "550", "563", "611", "620", "651", "660", "910", "920", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's, agency's or switchboard's number: 010-, 020-, 0771-, 08- and the like."""
        r = self.rng
        d = self.subscriber(8)
        return r.choice((f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:5]} 00", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"040-{d[:2]} {d[2:4]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
                         f"0{r.choice(('19', '13', '60', '90'))}-{d[:2]} {d[2:4]} 00", f"0774-{d[:2]} {d[2:4]} 00"))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        return r.choice((f"07700 900{d[:3]}", f"07{r.choice('4579')}{d[:2]} {d[2:5]}{d[5:7]}{r.randrange(10)}", f"+44 7700 900{d[:3]}",
                         f"+44 (0)7{r.choice('4579')}{d[:2]} {d[2:7]}{r.randrange(10)}", f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}",
                         f"(0161) 496 0{d[:3]}", f"0121 496 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"0044 117 496 0{d[:3]}",
                         f"0300 123 {d[:4]}", f"029 2018 {d[:4]}", f"0141 496 0{d[:3]}"))  # fmt: skip

    def phone_ie(self) -> str:
        r = self.rng
        d = self.subscriber(7)
        net = r.choice(("83", "85", "86", "87", "89"))
        return r.choice((f"0{net} {d[:3]} {d[3:]}", f"+353 {net} {d[:3]} {d[3:]}", f"00353 {net} {d[:7]}", f"(01) {d[:3]} {d[3:]}",
                         f"+353 1 {d[:3]} {d[3:]}", f"021 {d[:3]} {d[3:]}", f"091 {d[:3]} {d[3:6]}", f"0{net}-{d[:7]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            (
                "212",
                "312",
                "612",
                "713",
                "404",
                "206",
                "303",
                "215",
                "617",
                "305",
                "510",
                "313",
                "614",
                "410",
                "973",
            )
        )
        d = self.digits(3)
        return r.choice((f"({area}) 555-0{d}", f"{area}-555-0{d}", f"+1 {area} 555 0{d}", f"{area}.555.0{d}", f"1-{area}-555-0{d}",
                         f"+1 ({area}) 555-0{d}", f"({area}) 555-01{d[:2]}"))  # fmt: skip

    def phone_de(self) -> str:
        r = self.rng
        d = self.subscriber(8)
        return r.choice((f"+49 30 {d[:8]}", f"030 {d[:4]} {d[4:8]}", f"0171 {d[:7]}", f"+49 (0)89 {d[:6]}-0", f"0049 221 {d[:6]}",
                         f"+49 151 {d[:4]} {d[4:8]}", f"040/{d[:6]}", f"(069) {d[:3]} {d[3:6]}"))  # fmt: skip

    def phone_pl(self) -> str:
        r = self.rng
        d = self.subscriber(9)
        return r.choice((f"+48 {r.choice('567')}{d[:2]} {d[2:5]} {d[5:8]}", f"{r.choice('567')}{d[:2]}-{d[2:5]}-{d[5:8]}",
                         f"22 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 (22) {d[:3]} {d[3:5]} {d[5:7]}", f"0048 {r.choice('567')}{d[:8]}",
                         f"(12) {d[:3]} {d[3:5]} {d[5:7]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home, from a shuffled deck."""
        r = self.rng
        d = self.subscriber(9)
        shapes = (
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+964 750 {d[:3]} {d[3:7]}", f"00964 770 {d[:7]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"0090 532 {d[:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+93 70 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:3]} {d[3:7]}",
            f"+385 91 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+31 6 {d[:4]} {d[4:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return self.deal("phone_x", shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        someone past a hundred writes `+` in the ten-digit form."""
        r = self.rng
        old = old or r.random() < 0.03
        year = r.randrange(1919, 1927) if old else r.randrange(1940, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        woman = self.last.woman if self.last else r.random() < 0.5
        serial = f"{r.randrange(100):02d}{r.randrange(0 if woman else 1, 10, 2)}"  # the third digit: even for a woman
        check = luhn(date + serial)
        if old:
            form = "plus" if r.random() < 0.7 else "12 hyphen"
        else:
            form = r.choices(
                ("12 hyphen", "10 hyphen", "12 plain", "10 plain"), weights=(38, 38, 12, 12)
            )[0]
        self.forms[f"personnummer {form}"] += 1
        return {
            "plus": f"{date}+{serial}{check}",
            "12 hyphen": f"{year // 100}{date}-{serial}{check}",
            "10 hyphen": f"{date}-{serial}{check}",
            "12 plain": f"{year // 100}{date}{serial}{check}",
            "10 plain": f"{date}{serial}{check}",
        }[form]

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[-RURAL:] if rural else SV_TOWNS)
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
            rural = r.random() < 0.18
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            self.forms["address with lgh"] += 1
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural, country=country)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}{joint}{self.sv_postal()}"
        return f"{self.sv_street()}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.28:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def ie_address(self, lines: bool = False) -> str:
        r = self.rng
        town, key = r.choice(IE_TOWNS)
        chars = "ACDEFHKNPRTVWXY0123456789"
        eircode = f"{key} {''.join(r.choice(chars) for _ in range(4))}"
        street = f"{r.randrange(1, 120)} {r.choice(IE_STREETS)}"
        if r.random() < 0.25:
            street = f"Apartment {r.randrange(1, 60)}, {r.choice(('The Maltings', 'Riverside Court', 'Cois Abhann', 'Hazel Lodge'))}"
        return f"{street}\n{town}\n{eircode}" if lines else f"{street}, {town}, {eircode}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Apt.'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        elif roll < 0.35:
            street = f"P.O. Box {r.randrange(100, 9999)}"
        zipcode = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zipcode}"
            if lines
            else f"{street}, {town}, {state} {zipcode}"
        )

    def fill_codes(self, card: str) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = card.replace("{n}", str(r.randrange(1, 160))).replace("{m}", str(r.randrange(1, 60)))
        out = out.replace("{l}", r.choice(("", "", "a", "b")))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        return re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)

    def de_address(self, lines: bool = False) -> str:
        out = self.fill_codes(self.deal("de", DE_ADDRESSES))
        return out.replace(", ", "\n", 1) if lines else out

    def pl_address(self, lines: bool = False) -> str:
        out = self.fill_codes(self.deal("pl", PL_ADDRESSES))
        return out.replace(", ", "\n", 1) if lines else out

    def eu_address(self, lines: bool = False) -> str:
        out = self.fill_codes(self.deal("eu", EUROPE))
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    GU/SU given name or surname in capitals (forms with separate fields), I an initial and the
    surname, IM the initials of every given name and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS)
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
        short = (
            None if base == "GU" else draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        )
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base in ("I", "IM"):
        words = surname + (middle if base == "IM" else [])
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if base == "IM" and middle:
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
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
    "IM",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?(?:@([a-z]+))?\}")
ORIGIN_CODES = {"sv": "swedish", "uk": "uk", "us": "us", "ie": "irish", "de": "german", "pl": "polish", "fi": "finnish", "ar": "arabic"}  # fmt: skip


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ASE": lambda: (draw.sv_address(country=True, rural=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STUK": lambda: (r.choice(UK_STREETS_ALONE).replace("the ", ""), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AIE": lambda: (draw.ie_address(), "ADDRESS"),
        "AIEL": lambda: (draw.ie_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "ADE": lambda: (draw.de_address(), "ADDRESS"),
        "ADEL": lambda: (draw.de_address(lines=True), "ADDRESS"),
        "APL": lambda: (draw.pl_address(), "ADDRESS"),
        "APLL": lambda: (draw.pl_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHIE": lambda: (draw.phone_ie(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHDE": lambda: (draw.phone_de(), "PHONE"),
        "PHPL": lambda: (draw.phone_pl(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.email_firm(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027", f"{day} {MONTHS['en'][month - 1]}")), None),
        "DATEUS": lambda: (r.choice((f"{month:02d}/{day:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027")), None),
        "TIME": lambda: (f"{r.randrange(8, 17)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(9, 12)}:{r.choice(('00', '30'))} am", f"{r.randrange(1, 5)}:{r.choice(('00', '15', '30'))} pm", f"{r.randrange(9, 16)}:{r.choice(('00', '30', '45'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(400, 240000):,} kr".replace(",", " "), None),
        "AMTM": lambda: (f"{r.randrange(3, 95) * 100:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(40, 9000):,}.{r.choice(('00', '50', str(r.randrange(10, 99))))}", None),
        "EUR": lambda: (f"€{r.randrange(60, 12000):,}".replace(",", "."), None),
        "USD": lambda: (f"${r.randrange(50, 25000):,}", None),
        "PLN": lambda: (f"{r.randrange(300, 40000):,} zł".replace(",", " "), None),
        "MAL": lambda: (f"{r.choice(('B', 'B', 'B', 'T', 'FT', 'Ä'))} {r.randrange(100, 19999)}-{r.choice(('26', '27'))}", None),
        "KFM": lambda: (f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}-{r.choice(('26', '27'))}", None),
        "KNR": lambda: (f"{r.randrange(5000, 5999)}-K{r.randrange(100000, 999999)}-{r.choice(('26', '27'))}", None),
        "AM": lambda: (f"AM-{r.randrange(10000, 299999)}-{r.choice(('26', '27'))}", None),
        "DNR": lambda: (r.choice((f"{r.randrange(1000, 99999)}/2027", f"{r.randrange(2026, 2028)}-{r.randrange(100, 9999):04d}", f"dnr {r.randrange(100, 999)}-{r.randrange(1000, 9999)}-27")), None),
        "CASEUK": lambda: (r.choice((f"T2027{r.randrange(1000, 9999)}", f"K{r.randrange(10, 99)}{r.choice(letters)}{r.choice(letters)}{r.randrange(100, 999)}", f"{r.randrange(10, 99)}/{r.randrange(10000, 99999)}/27", f"CO/{r.randrange(1000, 9999)}/2027")), None),
        "CASEUS": lambda: (r.choice((f"2027-CR-{r.randrange(1000, 99999):05d}", f"1:27-cv-{r.randrange(100, 9999):05d}", f"27-CF-{r.randrange(1000, 9999)}", f"CR-27-{r.randrange(100000, 999999)}")), None),
        "CASEIE": lambda: (r.choice((f"2027/{r.randrange(100, 9999)} P", f"2027/{r.randrange(10000, 99999)}", f"DS {r.randrange(100, 999)}/2027")), None),
        "AZ": lambda: (r.choice((f"{r.randrange(1, 40)} C {r.randrange(100, 9999)}/27", f"DR II {r.randrange(100, 999)}/27", f"{r.randrange(100, 600)} Js {r.randrange(1000, 99999)}/27")), None),
        "SYGN": lambda: (r.choice((f"II K {r.randrange(100, 2999)}/27", f"Km {r.randrange(100, 9999)}/27", f"I C {r.randrange(100, 999)}/27", f"IX Ka {r.randrange(100, 999)}/27")), None),
        "INMATE": lambda: (f"{r.choice('ABG')}{r.randrange(1000, 9999)}{r.choice(letters)}{r.choice(letters)}", None),
        "INMATEIE": lambda: (f"{r.randrange(10000, 99999)}", None),
        "INMATEUS": lambda: (r.choice((f"{r.randrange(10000, 99999)}-{r.randrange(100, 999)}", f"{r.randrange(100000, 999999)}", f"{r.randrange(2026, 2028)}-{r.randrange(10000, 99999)}")), None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORGNR": lambda: (f"55{r.randrange(10, 99)}{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"{r.randrange(2026, 2028)}/{r.randrange(10, 999):03d}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "COURT": lambda: (r.choice(COURTS), None),
        "PRISON": lambda: (r.choice(PRISONS), None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "FIRMUS": lambda: (r.choice(FIRMS_US), None),
        "LANDLORD": lambda: (r.choice(LANDLORDS), None),
        "HMP": lambda: (r.choice(HMPS), None),
        "IEPRISON": lambda: (r.choice(IE_PRISONS), None),
        "IECOURT": lambda: (r.choice(IE_COURTS), None),
        "IESTATION": lambda: (r.choice(IE_STATIONS), None),
        "USJAIL": lambda: (r.choice(US_JAILS), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "DOB": lambda: (r.choice((f"{day:02d}/{month:02d}/{r.randrange(1950, 2008)}", f"{day} {MONTHS['en'][month - 1]} {r.randrange(1950, 2008)}", f"{month:02d}/{day:02d}/{r.randrange(1950, 2008)}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "ROOM": lambda: (str(r.randrange(1, 14)), None),
        "MON": lambda: (str(r.randrange(1, 13)), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.last = None
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, origin = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1]
            if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS
            else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                woman = {"f": True, "m": False}.get(gender or "")
                person = draw.person(woman, ORIGIN_CODES[origin] if origin else None)
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
            if base != "E":
                draw.last = person
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """CY's rows: every negative once, then positive rows from shuffled decks of each language's
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
        rows.append(
            {
                "id": f"gen-{SPLIT}-{len(rows) + 1:04d}",
                "split": SPLIT,
                "lang": lang,
                "text": text,
                "spans": spans,
            }
        )
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of CY is printed."""
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
                forms["one-word lower case"] += value.islower() and " " not in value
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
                forms["address Box"] += value.startswith("Box") or "Box " in value
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value: {sum(empty.values())} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f"); negatives {len(NEGATIVES)}"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives: "
        + ", ".join(f"{la} {sum(1 for x, _ in NEGATIVES if x == la)}" for la in SIZES)
    )
    missing = [k for k in {o for mix in MIXES.values() for o in mix} if draw.origins[k] == 0]
    print(f"origins in MIXES never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    pnrs = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += tuple(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty or out of bounds"] += not (0 <= start < stop <= len(text))
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = stop
            if span["kind"] == "NATIONAL_ID":
                pnrs += 1
                problems["personnummer check digit"] += not pnr_valid(value)
    total = sum(problems.values())
    print(f"{rows} rows, {spans_seen} spans, {pnrs} personnummer checked, {len(ids)} distinct ids")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
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
