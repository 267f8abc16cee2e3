# ruff: noqa: E501
"""Generate held-out FQ for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifty-second writer.

    python data/pii/generate_fq.py                  # writes data/pii/generated-heldout-fq.jsonl
    python data/pii/generate_fq.py --stats          # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fq.py --check          # checks the written file, prints counts only
    python data/pii/generate_fq.py --seed 7 --out /tmp/fq.jsonl   # a scratch seed, to read rows

FQ's names are drawn by how often people really carry them: every name word comes from
`names_fq.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is debt collection (`templates_fq.py`): payment reminders and collection demands,
the Enforcement Authority's and bailiffs' letters (payment orders, service, wage garnishment,
attachment visits, evictions), payment plans and their confirmations, disputes from debtors,
case notes and call logs of collection agents, debt counselling, estates and guarantors, with
chats between colleagues and with debtors, e-mail headers and signatures, in Swedish, English and
the mix Swedes write at work. Written by a helper who does not tune the detector, who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of `docs/privacy.md`, and the first line
of `generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, any other set's
names, templates or rows, or any error listing. FQ was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_fq import COMPOUND, HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fq import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270229
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fq.jsonl"
SPLIT = "heldout-fq"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, from the writer's knowledge of Swedish towns.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Järnvägsgatan", "Skolgatan", "Parkgatan",
    "Köpmangatan", "Västra Hamngatan", "Tegelbruksgatan", "Brogatan", "Trädgårdsgatan",
    "Kyrkogatan", "Nygatan", "Fabriksgatan", "Industrigatan", "Allégatan", "Bäckgatan", "Götgatan",
    "Hornsgatan", "Sveavägen", "Södra Vägen", "Björkvägen", "Tallvägen", "Granvägen", "Skogsvägen",
    "Ekvägen", "Lönnvägen", "Aspvägen", "Almvägen", "Rönnvägen", "Lärkvägen", "Solvägen",
    "Ringvägen", "Bergsvägen", "Backvägen", "Åkervägen", "Ängsvägen", "Hagvägen", "Kvarnvägen",
    "Mossvägen", "Strandvägen", "Parkvägen", "Idrottsvägen", "Fridhemsvägen", "Villavägen",
    "Kyrkvägen", "Gamla Vägen", "Nya Vägen", "Östra Vägen", "Hedvägen", "Myrvägen", "Tjädervägen",
    "Vitsippsvägen", "Blåklintsvägen", "Prästkragens väg", "Lingonvägen", "Hjortronvägen",
    "Lärksvängen", "Rönnsvängen", "Tallsvängen", "Korpsvängen", "Vallmosvängen", "Parkallén",
    "Kastanjeallén", "Skolallén", "Bokallén", "Ekallén", "Stationsallé", "Kyrkbacken",
    "Smedsbacken", "Vallbacken", "Tallbacken", "Klockarbacken", "Ekbacken", "Kvarnbacke",
    "Nyponstigen", "Hallonstigen", "Vinbärsstigen", "Gökstigen", "Syrénstigen", "Pilstigen",
    "Videstigen", "Mjölnarstigen", "Krusbärsstigen", "Stortorget", "Fisktorget", "Hötorget",
    "Nytorget", "Kyrkplan", "Centrumplan", "Skolplan", "Stationsplan", "Klockargränd",
    "Bagargränd", "Skomakargränd", "Sotargränd", "Fiskargränd", "Tullgränd", "Norra Kajen",
    "Södra Kajen", "Packhuskajen", "Strandkajen", "Inre Hamnkajen", "Gröndalsvägen", "Bäckvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high), cities and suburbs first;
# the towns from index 40 on are the small ones whose countryside has `xxx 9x` codes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Västerås", 721, 725), ("Örebro", 701, 705), ("Linköping", 581, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 551, 556), ("Norrköping", 600, 603), ("Lund", 222, 227), ("Umeå", 901, 907),
    ("Gävle", 802, 806), ("Borås", 501, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 636),
    ("Halmstad", 301, 305), ("Växjö", 351, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Huddinge", 141, 141), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Järfälla", 175, 177),
    ("Nacka", 131, 132), ("Täby", 183, 187), ("Haninge", 136, 137), ("Tumba", 147, 147),
    ("Norsborg", 145, 145), ("Bromma", 161, 168), ("Mölndal", 431, 431), ("Angered", 424, 424),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Landskrona", 261, 261), ("Trelleborg", 231, 231),
    ("Karlskrona", 371, 371), ("Nyköping", 611, 611), ("Lidköping", 531, 531), ("Varberg", 432, 432),
    ("Ängelholm", 262, 262), ("Ystad", 271, 271), ("Västervik", 593, 593), ("Köping", 731, 731),
    ("Avesta", 774, 774), ("Ludvika", 771, 771), ("Hudiksvall", 824, 824), ("Söderhamn", 826, 826),
    ("Örnsköldsvik", 891, 892), ("Härnösand", 871, 871), ("Piteå", 941, 943), ("Kiruna", 981, 981),
    ("Boden", 961, 961), ("Gällivare", 982, 982), ("Visby", 621, 624), ("Katrineholm", 641, 641),
    ("Kumla", 692, 692), ("Hässleholm", 281, 281), ("Falkenberg", 311, 311), ("Karlshamn", 374, 374),
    ("Enköping", 745, 745), ("Sandviken", 811, 811), ("Ljusdal", 827, 827), ("Torsby", 685, 685),
    ("Hagfors", 683, 683), ("Årjäng", 672, 672), ("Järpen", 837, 837), ("Storuman", 923, 923),
    ("Sorsele", 924, 924), ("Dorotea", 917, 917), ("Jokkmokk", 962, 962), ("Älvdalen", 796, 796),
    ("Malung", 782, 782), ("Vansbro", 780, 780), ("Ånge", 841, 841), ("Bräcke", 843, 843),
    ("Edsbyn", 828, 828), ("Filipstad", 682, 682), ("Tingsryd", 362, 362), ("Emmaboda", 361, 361),
)  # fmt: skip
# Villages and hamlets as rural addresses have them (`Västra Ryd 14`).
VILLAGES = (
    "Västra Ryd", "Östra Ryd", "Norrby", "Söderby", "Lillby", "Storbyn", "Kyrkbyn", "Bäckebo",
    "Hultet", "Rävsnäs", "Mossebo", "Furuhult", "Björkhaga", "Tallnäs", "Granåsen", "Myrheden",
    "Ängsbo", "Källtorp", "Lövåsen", "Fallet", "Nybyn", "Sandviken", "Åsbyn", "Hammaren",
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Queen Street", "Victoria Street", "Grange Road", "Springfield Road", "New Road",
    "Park Road", "Church Street", "Mill Road", "Windsor Avenue", "Beech Grove", "Elm Close",
    "Oak Drive", "Cedar Way", "Meadow View", "Station Approach", "Clarence Terrace",
    "Hillside Crescent", "The Crescent", "Ash Grove", "Stanley Road", "Brook Lane", "Kingsway",
    "Market Street", "Chapel Street", "Castle Road", "Hawthorn Avenue", "Riverside Walk",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Birmingham", "B"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"),
    ("Nottingham", "NG"), ("Leicester", "LE"), ("Coventry", "CV"), ("Bradford", "BD"), ("Hull", "HU"),
    ("Swansea", "SA"), ("Plymouth", "PL"), ("Derby", "DE"), ("Reading", "RG"), ("Luton", "LU"),
    ("Croydon", "CR"), ("Bolton", "BL"), ("Wigan", "WN"), ("Oldham", "OL"), ("Middlesbrough", "TS"),
    ("Sunderland", "SR"), ("Blackpool", "FY"), ("Doncaster", "DN"), ("Northampton", "NN"),
    ("Norwich", "NR"), ("Belfast", "BT"),
)  # fmt: skip
UK_HOUSES = ("Flat 3, Alder Court", "Flat 12, Wellington House", "Apartment 4, The Maltings", "Unit 7, Riverside Business Park", "Suite 2, Exchange Buildings", "Rose Cottage", "2 Mill Cottages")  # fmt: skip
US_STREETS = (
    "Elm Street", "Maple Avenue", "Oak Lane", "Washington Street", "Lincoln Avenue", "Cedar Drive",
    "Park Place", "3rd Street", "W 14th Street", "N Main Street", "Sunset Boulevard",
    "Riverside Drive", "Highland Avenue", "Franklin Avenue", "Pleasant Street", "Hillcrest Road",
    "Willow Creek Lane", "E 5th Avenue", "S Broadway", "Industrial Parkway",
)  # fmt: skip
US_TOWNS = (
    ("Columbus", "OH", 432), ("Phoenix", "AZ", 850), ("Tampa", "FL", 336), ("Atlanta", "GA", 303),
    ("Houston", "TX", 770), ("Dallas", "TX", 752), ("Charlotte", "NC", 282), ("Denver", "CO", 802),
    ("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Detroit", "MI", 482), ("Cleveland", "OH", 441),
    ("Memphis", "TN", 381), ("Louisville", "KY", 402), ("Albuquerque", "NM", 871), ("Sacramento", "CA", 958),
    ("Jacksonville", "FL", 322), ("Las Vegas", "NV", 891), ("Baltimore", "MD", 212), ("Rockford", "IL", 611),
    ("Worcester", "MA", 16), ("Providence", "RI", 29), ("Buffalo", "NY", 142), ("Omaha", "NE", 681),
)  # fmt: skip
# European formats: {n} a house number, {m} a floor or flat, {zW:LOW-HIGH} a postcode of W digits.
EUROPE = (
    "Bahnhofstraße {n}, {z5:44135-44149} Dortmund", "Hauptstraße {n}, {z5:10115-10999} Berlin",
    "Schulweg {n}, {z5:20095-22769} Hamburg", "Storgata {n}, {z4:150-190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "Mannerheimintie {n} A {m}, {z5:100-280} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "ul. Marszałkowska {n}/{m}, 00-{z3:24-950} Warszawa",
    "ul. Długa {n}, 31-{z3:146-147} Kraków", "Hoofdstraat {n}, {z4:3511-3585} {L2} Utrecht",
    "Rue de la Loi {n}, {z4:1040-1040} Bruxelles", "{n} rue de la République, {z5:69001-69009} Lyon",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Via del Corso {n}, {z5:186-187} Roma",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "{n} Main Street, Ennis, Co. Clare",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "hotmail.se", "bredband.net")  # fmt: skip
WORK = ("example.se", "inkasso.example.se", "example.com", "example.org", "example.co.uk", "collections.example.com", "kommun.example.se")  # fmt: skip
ROLES = ("inkasso", "kundtjanst", "betalning", "info", "ekonomi", "reskontra", "collections", "payments", "support", "disputes", "kundservice", "skuldradgivning")  # fmt: skip
PETS = ("Molly", "Sixten", "Bamse", "Ludde", "Charlie", "Bella", "Tassen", "Nala", "Rocky", "Sessan")  # fmt: skip
FASTIGHETER = ("Solna Råsunda 4:12", "Gävle Söder 12:3", "Ljusdal Nore 2:41", "Torsby Västra Ryd 1:8", "Kalmar Lövet 7", "Umeå Tegs 9:27", "Bräcke Kälarne 3:56", "Visby Specksrum 1:14")  # fmt: skip


def luhn(digits: str) -> int:
    """The Luhn check digit of `digits`: a personnummer's nine (YYMMDDNNN), an OCR's or org.nr's."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
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
    """Every value of FQ from one seeded Random; counts the head/tail split and the origins."""

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
        firsts, seconds = COMPOUND["f" if woman else "m"]
        if (
            key == "swedish" and given[0][0] in firsts and r.random() < 0.15
        ):  # Anna-Karin, Karl-Erik
            second = r.choice([w for w in seconds if w != given[0][0]])
            given.append((second, "head" if second in pool.names[: pool.head] else "tail"))
            self.forms["double given name"] += 1
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
            self.forms["typed plain"] += 1
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
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(ROLES)}@{self.rng.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("002233669")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm's 08, the cities' two-digit codes, the towns' three."""
        r = self.rng
        d = str(r.randrange(2, 10)) + self.digits(7)
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "23", "26", "11", "35", "36", "42", "44", "46", "60"))  # fmt: skip
        area3 = r.choice(("150", "171", "220", "240", "250", "270", "280", "290", "320", "340", "380", "410", "431", "454", "470", "480", "490", "500", "510", "520", "550", "560", "570", "611", "620", "640", "650", "660", "680", "690", "910", "920", "940", "950", "960", "980"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"08{d}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.62 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or an agency's number: 0771, 020, 010 and 08 switchboards."""
        r = self.rng
        d = self.digits(7)
        return r.choice((
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"08-{d[:3]} {d[3:6]} 00",
            f"0775-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
        ))  # fmt: skip

    def phone_uk(self, firm: bool = False) -> str:
        """A UK number: a person's mobile or landline, or a firm's (0300, 0800, 0345 and landlines)."""
        r = self.rng
        d = self.digits(7)
        landlines = (
            f"020 7946 0{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}",
            f"0161 496 0{d[:3]}",
            f"0113 496 0{d[:3]}",
            f"0117 496 0{d[:3]}",
            f"029 2018 0{d[:3]}",
            f"0131 496 0{d[:3]}",
            f"+44 1632 960{d[:3]}",
        )
        if firm:
            return r.choice((*landlines, f"0300 {d[:3]} {d[3:]}", f"0800 {d[:3]} {d[3:]}", f"0345 {d[:3]} {d[3:]}", f"0330 {d[:3]} {d[3:]}"))  # fmt: skip
        mobiles = (
            f"07700 900{d[:3]}",
            f"+44 7700 900{d[:3]}",
            f"07{r.choice('45789')}{d[:2]} {d[2:6]}{self.digits(2)}",
            f"+44 7{r.choice('45789')}{d[:2]} {d[2:6]}{self.digits(2)}",
        )
        return r.choice(mobiles) if r.random() < 0.6 else r.choice(landlines)

    def phone_us(self, firm: bool = False) -> str:
        """A US number as Americans write it; toll-free ones are firms'."""
        r = self.rng
        d = self.digits(3)
        area = r.choice(("212", "312", "614", "602", "813", "404", "713", "214", "704", "303", "612", "313", "901", "505"))  # fmt: skip
        shapes = (
            f"({area}) 555-0{d}",
            f"{area}-555-0{d}",
            f"+1 {area} 555 0{d}",
            f"+1 ({area}) 555-0{d}",
            f"{area}.555.0{d}",
        )
        if firm:
            return r.choice((*shapes, f"1-800-555-0{d}", f"1 (888) 555-0{d}", f"(877) 555-0{d}"))
        return r.choice((*shapes, f"555-0{d}"))

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"050 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+49 30 {d[:8]}", f"030 / {d[:4]} {d[4:8]}", f"0171 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06-{d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+387 61 {d[:3]} {d[3:6]}", f"+381 6{r.choice('0345')} {d[:3]} {d[3:7]}",
            f"+66 8{r.choice('1679')} {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+353 8{r.choice('3567')} {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}", f"+86 139 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, digits: int | None = None, centenarian: bool = False) -> str:
        """A personnummer with a valid check digit; 12 or 10 digits, with or without the hyphen,
        `+` in the 10-digit form for someone past a hundred (the texts are of 2027)."""
        r = self.rng
        year = r.randrange(1917, 1927) if centenarian else r.randrange(1936, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if digits is None:
            digits = 12 if r.random() < 0.5 else 10
        hyphen = r.random() < 0.8
        if digits == 12:
            return f"{year // 100}{date}{'-' if hyphen else ''}{serial}{check}"
        sep = "+" if year <= 2027 - 100 else "-" if hyphen else ""
        return f"{date}{sep}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", " C"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[40:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.06:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def flat(self, street: str) -> str:
        """`lgh 1102` (floor and flat) or `2 tr` after a street, now and then."""
        r = self.rng
        roll = r.random()
        if roll < 0.14:
            return (
                f"{street}{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            )
        if roll < 0.2:
            return f"{street}, {r.randrange(1, 7)} tr"
        if roll < 0.23:
            return f"{street}, {r.choice(('uppg. B', 'bv', 'uppgång 2'))}"
        return street

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        if rural:
            street = self.village()
        else:
            street = self.sv_street()
            street = (
                f"{street} lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
                if lgh
                else self.flat(street)
            )
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        out = f"Box {r.randrange(10, 9999)}{chr(10) if lines else ', '}{self.sv_postal()}"
        return out

    def office(self) -> str:
        r = self.rng
        return f"{self.sv_street()}, {r.choice(('plan', 'våning'))} {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.22:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def uk_pobox(self) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"PO Box {r.randrange(10, 9999)}, {town} {area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += (
                f"{r.choice((', Apt ', ' Apt ', ', Unit ', ' #', ', Suite '))}{r.randrange(2, 400)}"
            )
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

    def ocr(self) -> str:
        body = self.digits(self.rng.randrange(9, 17))
        return body + str(luhn(body))

    def orgnr(self) -> str:
        body = f"55{self.rng.randrange(6, 10)}{self.digits(6)}"
        return f"{body[:6]}-{body[6:]}{luhn(body)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        draw.forms["genitive"] += 1
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
    "S",
    "s",
    "SU",
    "GU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def amount(r: Random, low: int, high: int) -> str:
    """An amount between `low` and `high`, small ones as often as large ones (log-uniform)."""
    return f"{int(math.exp(r.uniform(math.log(low), math.log(high)))):,}".replace(",", " ")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "POBOX": lambda: (draw.uk_pobox(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUKF": lambda: (draw.phone_uk(firm=True), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHUSF": lambda: (draw.phone_us(firm=True), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNR12": lambda: (draw.national_id(12), "NATIONAL_ID"),
        "PNR10": lambda: (draw.national_id(10), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(10, centenarian=True), "NATIONAL_ID"),
        "MF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027", f"27{month:02d}{day:02d}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '05', '15', '20', '30', '42', '45', '55'))}", None),
        "NUM": lambda: (str(r.randrange(2, 31)), None),
        "KIDS": lambda: (str(r.choice((0, 0, 1, 1, 2, 2, 3, 4))), None),
        "BYEAR": lambda: (str(r.randrange(1942, 2006)), None),
        "AMT": lambda: (r.choice((f"{amount(r, 120, 90000)} kr", f"{amount(r, 120, 90000)},{r.choice(('00', '50', '25'))} kr", f"{amount(r, 120, 90000)}:-", f"SEK {amount(r, 120, 90000)}")), None),
        "FEE": lambda: (r.choice(("60 kr", "180 kr", "60:-", "180:-", "300 kr", "380 kr", "600 kr", "25 kr")), None),
        "GBP": lambda: (f"£{amount(r, 20, 9000).replace(' ', ',')}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${amount(r, 40, 12000).replace(' ', ',')}.{r.randrange(100):02d}", None),
        "EUR": lambda: (r.choice((f"€{r.randrange(40, 5000)}", f"{r.randrange(40, 5000)},{r.randrange(100):02d} €", f"EUR {r.randrange(40, 5000)}")), None),
        "PCT": lambda: (f"{r.randrange(2, 24)},{r.randrange(10)} %", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}", f"IK-{r.randrange(100000, 999999)}", f"{r.randrange(20, 28)}/{r.randrange(1000, 9999)}")), None),
        "OCR": lambda: (draw.ocr(), None),
        "BG": lambda: (r.choice((f"{r.randrange(5000, 5999)}-{draw.digits(4)}", f"{r.randrange(100, 999)}-{draw.digits(4)}")), None),
        "PG": lambda: (f"{r.randrange(10, 99)} {draw.digits(2)} {draw.digits(2)}-{draw.digits(1)}", None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "MAL": lambda: (f"{r.choice(('12', '14', '16', '18'))}-{draw.digits(6)}-{r.choice(('25', '26', '27'))}", None),
        "ORGNR": lambda: (draw.orgnr(), None),
        "FAKT": lambda: (r.choice((f"{r.randrange(20000, 99999)}", f"2027-{draw.digits(5)}", f"F{draw.digits(6)}", f"{draw.digits(8)}")), None),
        "KUND": lambda: (r.choice((f"{draw.digits(7)}", f"K{draw.digits(6)}", f"{draw.digits(4)}-{draw.digits(4)}")), None),
        "IBAN": lambda: (r.choice((f"SE{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)}", f"GB{draw.digits(2)} NWBK {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(2)}")), None),
        "ACCT": lambda: (draw.digits(8), None),
        "SORT": lambda: (f"{draw.digits(2)}-{draw.digits(2)}-{draw.digits(2)}", None),
        "CLAIM": lambda: (f"{r.choice('FGHJK')}{draw.digits(1)}{r.choice('QZ')}{r.choice('ABCDEFGH')}{draw.digits(1)}{r.choice('ABCDEFGHJK')}{draw.digits(2)}", None),
        "ACC": lambda: (r.choice((f"{r.choice(('LC', 'AC', 'CR', 'DCA'))}-{draw.digits(7)}", f"{draw.digits(4)} {draw.digits(4)} {draw.digits(4)}", f"{draw.digits(10)}")), None),
        "AGENT": lambda: (str(r.randrange(100, 9999)), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {draw.digits(2)}{r.choice(('0', '1', '5', 'A', 'C', 'F'))}", None),
        "FAST": lambda: (r.choice(FASTIGHETER), None),
        "PET": lambda: (r.choice(PETS), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS + tuple((t, s) for t, s, _ in US_TOWNS))[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MON": lambda: (r.choice(MONTHS["sv"]), None),
        "MONEN": lambda: (r.choice(MONTHS["en"]), None),
        "YEAR": lambda: (str(r.randrange(2019, 2028)), None),
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
    """FQ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "hyphen" if "-" in value else "no hyphen"
    return f"{len(digits)} digits, {sep}"


def pnr_valid(value: str) -> bool:
    match = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not match:
        return False
    century, date, sep, tail = match.groups()
    if century and sep == "+":
        return False
    month, day = int(date[2:4]), int(date[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn(date + tail[:3]) == int(tail[3])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FQ is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not re.search(r"\d", value)
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                ids[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value: {sum(empty.values())} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f"); negatives in templates_fq: {len(NEGATIVES)}"
    )
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}")
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(
        f"genitives: {draw.forms['genitive']}, nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}, double given names joined: {draw.forms['double given name']}"
    )
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    never = sorted(set().union(*MIXES.values()) - set(draw.origins))
    print(f"origins never drawn: {', '.join(never) or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, no row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["id repeated"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            value = text[start:stop]
            problems["kind"] += kind not in KINDS
            problems["empty"] += not value
            problems["out of bounds"] += not 0 <= start < stop <= len(text)
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            end = stop
            if kind == "NATIONAL_ID":
                problems["personnummer check digit"] += not pnr_valid(value)
    print(
        f"{rows} rows, {len(ids)} ids; problems: "
        + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none")
    )
    return 1 if any(problems.values()) else 0


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
