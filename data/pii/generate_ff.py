# ruff: noqa: E501
"""Generate held-out FF for personal-data detection (issue 15): names as the population has them,
a hundred-and-forty-first writer.

    python data/pii/generate_ff.py                    # writes data/pii/generated-heldout-ff.jsonl
    python data/pii/generate_ff.py --stats            # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ff.py --check            # checks the written file, prints counts only
    python data/pii/generate_ff.py --seed 7 --out /tmp/ff.jsonl   # a scratch seed

FF's names are drawn by how often people really carry them: every name word comes from
`names_ff.py`'s weighted pools (SCB's rank order for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is online shops' customer service (`templates_ff.py`): order confirmations,
deliveries to parcel lockers, agents and doors, couriers' texts, returns and refunds, complaints
and damaged goods, warranty cases, gift cards, chats with support agents, call logs and tickets,
reviews and newsletters, in Swedish, English and the mixed Swedish and English of a Swedish
workplace, with addresses of every common Swedish form and from abroad, and phone numbers in every
common grouping. Written by a helper who does not tune the detector, who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), two sections of docs/privacy.md ("Held-out AW" and "Held-out CL") and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons and tagger, nor any other set's
names, templates or rows, nor any error listing. FF was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_ff import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ff import (  # noqa: E402
    CARRIERS_EN,
    CARRIERS_SV,
    DAYS,
    EN,
    LOCKERS_EN,
    LOCKERS_SV,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    PRODUCTS_EN,
    PRODUCTS_SV,
    SHOPS_EN,
    SHOPS_SV,
    SIZES_,
    SV,
    USERS,
)

SEED = 20270218
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ff.jsonl"
SPLIT = "heldout-ff"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the address register's names; some
# carry a person's name (`Birger Jarlsgatan`): the whole is the ADDRESS, no PERSON inside it.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Götgatan", "Hornsgatan", "Järnvägsgatan",
    "Nygatan", "Kyrkogatan", "Skolgatan", "Parkgatan", "Västra Hamngatan", "Östra Kanalgatan", "Södra Förstadsgatan",
    "Birger Jarlsgatan", "Sankt Eriksgatan", "Engelbrektsgatan", "Olof Palmes gata", "Linnégatan", "Tegnérgatan",
    "Björkvägen", "Ekvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Rönnvägen", "Ringvägen", "Karlavägen",
    "Skogsvägen", "Kvarnvägen", "Bäckvägen", "Solvägen", "Ängsvägen", "Idrottsvägen", "Industrivägen",
    "Lagervägen", "Västerleden", "Hamnvägen", "Sjöviksvägen", "Gamla Kungsvägen", "Norra Vallvägen",
    "Lärkstigen", "Trastvägen", "Blåklockestigen", "Smultronstigen", "Hasselstigen", "Vitsippsstigen",
    "Ekorrsvängen", "Rävsvängen", "Lingonsvängen", "Kastanjesvängen", "Sveavägen", "Valhallavägen",
    "Lindallén", "Kastanjeallén", "Hammarby allé", "Ljusstråket", "Folkparksallén", "Rosenlunds allé",
    "Solbacken", "Kyrkbacken", "Kvarnbacken", "Brunnsbacken", "Sandbacken", "Klockarbacken", "Mölnbacken",
    "Stortorget", "Lilla torget", "Järntorget", "Gustav Adolfs torg", "Fisktorget", "Stora torget",
    "Brunnsplan", "Stationsplan", "Kyrkplan", "Klockarplan", "Rådhusplan",
    "Smedjegränd", "Tunnbindaregränd", "Prästgränd", "Kopparslagargränd", "Bagargränd",
    "Skeppsbrokajen", "Norra kajen", "Hamnkajen", "Södra kajen", "Lastkajen", "Strandkajen",
    "Bryggaregatan", "Tullgatan", "Sjömansgatan", "Vintergatan", "Renstiernas gata", "Rosendalsgatan",
    "Lindslingan", "Klöverslingan", "Ekbacksringen", "Höstvägen", "Vårvägen", "Sommarvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes as the writer knows them.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 502, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Nyköping", 611, 611), ("Visby", 621, 621),
    ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Ystad", 271, 271), ("Varberg", 432, 432),
    ("Kungsbacka", 434, 434), ("Enköping", 745, 745), ("Sandviken", 811, 811), ("Alingsås", 441, 441),
    ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 892), ("Katrineholm", 641, 641), ("Trelleborg", 231, 231),
    ("Ängelholm", 262, 262), ("Mölndal", 431, 431), ("Partille", 433, 433), ("Solna", 169, 171),
    ("Sundbyberg", 172, 174), ("Huddinge", 141, 141), ("Nacka", 131, 132), ("Lidingö", 181, 181),
    ("Haninge", 136, 137), ("Upplands Väsby", 194, 194), ("Märsta", 195, 195), ("Arvika", 671, 671),
    ("Mora", 792, 792), ("Ludvika", 771, 771), ("Hässleholm", 281, 281), ("Landskrona", 261, 261),
    ("Eslöv", 241, 241), ("Värnamo", 331, 331), ("Nässjö", 571, 571), ("Oskarshamn", 572, 572),
    ("Västervik", 593, 593), ("Falköping", 521, 521), ("Strängnäs", 645, 645), ("Norrtälje", 761, 761),
)  # fmt: skip
RURAL_TOWNS = (
    ("Orsa", 794), ("Rättvik", 795), ("Sunne", 686), ("Torsby", 685), ("Ljusdal", 827), ("Bollnäs", 821),
    ("Sveg", 842), ("Strömsund", 833), ("Sollefteå", 881), ("Vilhelmina", 912), ("Arvidsjaur", 933),
    ("Älmhult", 343), ("Vimmerby", 598), ("Tranås", 573), ("Åmål", 662), ("Tomelilla", 273), ("Sjöbo", 275),
    ("Hjo", 544), ("Sala", 733), ("Östhammar", 742), ("Överkalix", 956), ("Hemse", 623), ("Krokom", 835),
    ("Malung", 782), ("Hedemora", 776), ("Emmaboda", 361), ("Lycksele", 921), ("Kil", 665), ("Järpen", 837),
)  # fmt: skip
# Villages and farms as rural addresses name them (`Västanby 112`).
VILLAGES = (
    "Västanby", "Österby", "Norrby", "Sörby", "Kvarnbo", "Lillån", "Björkebo", "Sjöhagen", "Ängsholm",
    "Tallbacken", "Grönkulla", "Bäckebo", "Granlunda", "Myrviken", "Åsen", "Hagalund", "Lövsta", "Berga",
    "Nybyn", "Gärdet", "Stensätter", "Skogsby", "Backa", "Frösö by", "Mellanbyn", "Övre Gärdsjö", "Tjärnheden",
    "Storhögen", "Lillhärad", "Bodarna",
)  # fmt: skip
UK_STREETS = (
    "Grove Road", "Albert Street", "Queens Road", "Church Street", "Mill Lane", "Park Road", "Victoria Street",
    "Elm Grove", "Beech Avenue", "Kingsway", "Meadow Close", "Oak Drive", "St John's Road", "Cavendish Place",
    "Harbour Walk", "The Crescent", "Windsor Terrace", "Hawthorn Way", "Brook Street", "Clifton Gardens",
    "Station Approach", "London Road", "New Street", "Chestnut Close", "Orchard Way", "Cromwell Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Birmingham", "B"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Brighton", "BN"),
    ("York", "YO"), ("Norwich", "NR"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Belfast", "BT"),
    ("Reading", "RG"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Exeter", "EX"), ("London", "SE"),
    ("London", "N"), ("London", "E"), ("Swansea", "SA"), ("Aberdeen", "AB"),
)  # fmt: skip
UK_HOUSES = ("Riverside House", "Victoria Court", "The Old Bakery", "Mill View", "Rose Cottage", "Kingfisher House", "The Granary", "Abbey Mews")  # fmt: skip
US_STREETS = ("Maple Street", "Oak Avenue", "Elm Street", "Main Street", "Washington Avenue", "Cedar Lane", "Park Avenue", "Sunset Boulevard", "Lakeview Drive", "Pine Street", "2nd Avenue", "Willow Court", "Highland Road", "Broadway", "Jefferson Street", "Chestnut Street")  # fmt: skip
US_TOWNS = (
    ("Columbus", "OH", 432), ("Austin", "TX", 787), ("Portland", "OR", 972), ("Denver", "CO", 802),
    ("Minneapolis", "MN", 554), ("Raleigh", "NC", 276), ("Madison", "WI", 537), ("Seattle", "WA", 981),
    ("Brooklyn", "NY", 112), ("Chicago", "IL", 606), ("Phoenix", "AZ", 850), ("Atlanta", "GA", 303),
    ("Nashville", "TN", 372), ("Salt Lake City", "UT", 841), ("San Diego", "CA", 921), ("Boston", "MA", 21),
)  # fmt: skip
# Other countries' formats, a shuffled deck: {n} a number, {m} a small one, {zW:lo-hi} a postcode.
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Schillerstraße {n}, {z5:60311-60599} Frankfurt am Main",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse", "Calle Mayor {n}, {m}º B, {z5:28001-28080} Madrid",
    "Carrer de Mallorca {n}, {z5:08001-08042} Barcelona", "Via Roma {n}, {z5:10121-10156} Torino",
    "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam", "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V",
    "Nørregade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:001-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "{n} Main Street, Galway H91 {E4}", "Rua Augusta {n}, {m}º, {z4:1100-1100}-{z3:001-199} Lisboa",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "hotmail.co.uk", "yahoo.com", "protonmail.com")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "kontor.example.se", "mail.example.com")  # fmt: skip
FIRM_LOCAL = ("kundservice", "kundtjanst", "support", "info", "returer", "order", "hej", "reklamation", "help", "care", "customercare", "returns", "no-reply", "faktura", "press")  # fmt: skip
FIRM_DOMAIN = ("example.se", "shop.example.se", "butik.example.se", "example.com", "store.example.com", "example.co.uk")  # fmt: skip


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
    """Every value of FF from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.03:  # Eva-Lena, Per-Erik
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0] and " " not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.5, "us": 0.4, "uk": 0.35, "finnish": 0.3}.get(key, 0.05):
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
            middle = [(plain(w), p) for w, p in middle]
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given = clean(person.first)
        surname = clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(70, 100)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "11", "36", "46", "42")
        )
        a3 = r.choice(("120", "150", "155", "171", "220", "240", "250", "270", "300", "320", "340", "380", "413", "431", "470", "480", "491", "500", "510", "520", "560", "570", "580", "611", "620", "640", "660", "680", "690", "910", "920", "950", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46-{m[1:]}-{d[:7]}"),
            (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8 {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (1, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's number: national service numbers, switchboards, their own lines."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0770-{d[:3]} {d[3:6]}",
            f"0775-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00",
            f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0771{d[:6]}",
            f"036-{d[:2]} {d[2:4]} {d[4:6]}", f"040-{d[:3]} {d[3:5]} {d[5:7]}", f"075-{d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_en(self) -> str:
        """A British, Irish, American, Canadian or Australian number as people there write it."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"07700 900{d[:3]}", f"07{d[:3]} {d[3:6]}{d[6:8]}9", f"+44 7700 900{d[:3]}", f"+44 (0)7{d[:3]} {d[3:6]} {d[6:8]}9",
            f"020 7946 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}",
            f"(0131) 496 0{d[:3]}", f"0800 {d[:3]} {d[3:7]}", f"0345 {d[:3]} {d[3:7]}", f"028 9{d[:3]} {d[3:7]}",
            f"(212) 555-0{d[:3]}", f"+1 415-555-0{d[:3]}", f"+1 (617) 555-0{d[:3]}", f"512.555.0{d[:3]}",
            f"555-0{d[:3]}", f"1-800-555-0{d[:3]}", f"+1 604 555 0{d[:3]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"087 {d[:3]} {d[3:7]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"04{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"050 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}",
            f"+49 151 {d[:4]} {d[4:8]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 89 {d[:6]}", f"030 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"06-{d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, `-` or none, `+` past a hundred."""
        r = self.rng
        old = r.random() < 0.1
        year = r.randrange(1916, 1927) if old else r.randrange(1935, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old and r.random() < 0.75:
            self.forms["pnr 10 with +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 plain"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 plain"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, first = r.choice(RURAL_TOWNS)
            code = f"{first}{r.randrange(90, 100)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.82 else f"{code} {town}"
        if r.random() < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.06:
            out += ", Sverige"
        elif roll < 0.07:
            out += ", Sweden"
        return out

    def flat(self) -> str:
        r = self.rng
        lgh = f"lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        return r.choice((f" {lgh}", f", {lgh}", f", {r.randrange(1, 7)} tr", f" {r.randrange(1, 7)} tr",
                         f", {lgh}, {r.randrange(1, 7)} tr", f", {r.randrange(1, 5)} tr ned", f", uppg. {r.choice('ABC')}"))  # fmt: skip

    def sv_address(self, lines: bool = False, flat: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.18
        if rural:
            street = f"{r.choice(VILLAGES)} {r.randrange(1, 260)}"
        else:
            street = self.sv_street()
            if flat or r.random() < 0.1:
                street += self.flat()
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        """A firm's address: a box, an office or a warehouse, on one line or over lines."""
        r = self.rng
        roll = r.random()
        if roll < 0.4:
            return f"Box {r.randrange(2, 9999)}{r.choice((', ', chr(10)))}{self.sv_postal()}"
        if roll < 0.6:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"{r.choice(('Lagervägen', 'Logistikvägen', 'Terminalvägen', 'Godsvägen', 'Truckvägen'))} {r.randrange(1, 40)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        if lines:
            return street.replace(", ", "\n", 1 if r.random() < 0.5 else 0) + f"\n{town}\n{code}"
        return f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', '', 'B', 'C'))}".replace(
                "# ", "#"
            )
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {zip_code}"

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
        out = out.replace("{E4}", "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


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
        words, value = given, f"{person.first} {person.last[0].upper()}."
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True, rural=False), "ADDRESS"),
        "AFL": lambda: (draw.sv_address(lines=True, flat=True, rural=False), "ADDRESS"),
        "ACL": lambda: (draw.sv_address(lines=True).upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "AB": lambda: (draw.box(), "ADDRESS"),
        "UK": lambda: (draw.uk_address(), "ADDRESS"),
        "UKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "uk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "US": lambda: (draw.us_address(), "ADDRESS"),
        "USL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "us": lambda: (draw.us_address().lower(), "ADDRESS"),
        "EU": lambda: (draw.eu_address(), "ADDRESS"),
        "EUL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHE": lambda: (draw.phone_en(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(7, 21):02d}{r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}{r.choice(('am', 'pm', ':30pm', ':30am'))}", f"{r.randrange(7, 21):02d}:{r.choice(('00', '30'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "AMT": lambda: (r.choice((f"{r.randrange(99, 24999):,} kr".replace(",", " "), f"{r.randrange(99, 9999)},00 kr", f"SEK {r.randrange(99, 9999)}")), None),
        "AMTS": lambda: (f"{r.choice((99, 149, 199, 249, 299, 349, 399, 499, 599, 799, 999, 1299))} kr", None),
        "GBP": lambda: (f"£{r.randrange(5, 900)}.{r.choice(('00', '99', '49', '50', '95'))}", None),
        "USD": lambda: (f"${r.randrange(5, 1200)}.{r.choice(('00', '99', '49', '95'))}", None),
        "EUR": lambda: (f"€{r.randrange(10, 900)}", None),
        "ORD": lambda: (r.choice((str(r.randrange(10**7, 10**8)), f"#{r.randrange(100000, 999999)}", f"SE-{r.randrange(1000, 9999)}-{r.randrange(100, 999)}", f"{r.randrange(100, 999)}-{r.randrange(1000000, 9999999)}", f"W{r.randrange(10**8, 10**9)}")), None),
        "TRK": lambda: (r.choice((f"00370{draw.digits(15)}", f"UA{draw.digits(9)}SE", f"JJFI{draw.digits(20)}"[:24], f"1Z{r.randrange(10**15, 10**16)}", f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(4))}{draw.digits(6)}", f"JVGL{draw.digits(16)}")), None),
        "GC": lambda: (f"{draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)}", None),
        "GCC": lambda: ("-".join("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(3)), None),
        "CASE": lambda: (r.choice((f"#{r.randrange(100000, 999999)}", f"CS-{r.randrange(10000, 99999)}", f"2027-{r.randrange(10000, 99999):06d}", f"ÄR{r.randrange(100000, 999999)}" if not en else f"TKT-{r.randrange(1000, 9999)}")), None),
        "CUST": lambda: (r.choice((f"K-{r.randrange(100000, 999999)}", str(r.randrange(10**6, 10**8)), f"C{r.randrange(10**5, 10**6)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(8, 16)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{draw.digits(3)}-{draw.digits(4)}", None),
        "VAT": lambda: (f"SE55{r.randrange(6, 10)}{draw.digits(7)}01", None),
        "DISC": lambda: (r.choice(("VÅR20", "HEJ15", "TACK10", "SOMMAR25", "WELCOME10", "FRIFRAKT", "BF30", "KUND15", "BDAY20")), None),
        "PIN": lambda: (draw.digits(r.choice((4, 6))), None),
        "SKU": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"ART {r.randrange(10000, 99999)}", f"SN{draw.digits(10)}")), None),
        "QTY": lambda: (str(r.randrange(1, 6)), None),
        "SIZE": lambda: (r.choice(SIZES_), None),
        "PROD": lambda: (r.choice(PRODUCTS_SV), None),
        "PRODEN": lambda: (r.choice(PRODUCTS_EN), None),
        "LOCK": lambda: (r.choice(LOCKERS_SV), None),
        "LOCKEN": lambda: (r.choice(LOCKERS_EN), None),
        "SHOP": lambda: (r.choice(SHOPS_SV), None),
        "SHOPEN": lambda: (r.choice(SHOPS_EN), None),
        "CARRIER": lambda: (r.choice(CARRIERS_SV), None),
        "CARRIEREN": lambda: (r.choice(CARRIERS_EN), None),
        "TOWN": lambda: (r.choice(SV_TOWNS + tuple((t, 0, 0) for t, _ in RURAL_TOWNS))[0], None),
        "TOWNEN": lambda: (r.choice(tuple(t for t, _ in UK_TOWNS) + tuple(t for t, _, _ in US_TOWNS)), None),
        "PET": lambda: (r.choice(PETS), None),
        "USER": lambda: (r.choice(USERS), None),
        "STAR": lambda: (str(r.randrange(1, 6)), None),
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
    """FF's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of FF is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not re.search(r"\d", value)
                before = text[max(0, span["start"] - 30) : span["start"]]
                forms["address after c/o"] += "c/o" in before
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
    print("draw: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in MIXES["sv"] if not draw.origins[k]]
    print(f"origins never drawn: {len(missing)}")
    print(
        "templates: "
        + ", ".join(f"{lang} {len(TEMPLATES[lang])}" for lang in TEMPLATES)
        + f", negatives {len(NEGATIVES)}"
    )


def valid_pnr(value: str) -> bool:
    match = re.fullmatch(r"(?:\d{2})?(\d{6})([-+]?)(\d{3})(\d)", value)
    if not match:
        return False
    if len(re.sub(r"\D", "", value)) == 12 and match.group(2) == "+":
        return False
    return luhn(match.group(1) + match.group(3)) == int(match.group(4))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_n = 0
    keys = ["id", "split", "lang", "text", "spans"]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys"] += list(row) != keys
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            problems["duplicate id"] += row["id"] in ids
            ids.add(row["id"])
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_n += 1
                start, stop = span["start"], span["end"]
                problems["bad kind"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                if not 0 <= start < stop <= len(text):
                    problems["empty or out of bounds"] += 1
                    continue
                value = text[start:stop]
                problems["whitespace at an edge"] += value != value.strip()
                problems["unsorted or overlapping"] += start < end
                end = stop
                if span["kind"] == "NATIONAL_ID":
                    problems["personnummer check digit"] += not valid_pnr(value)
    sizes = Counter(json.loads(line)["lang"] for line in path.open(encoding="utf-8"))
    problems["sizes"] += dict(sizes) != SIZES
    bad = sum(problems.values())
    print(f"checked {rows} rows, {spans_n} spans, {len(ids)} ids: {bad} problems")
    for name, n in problems.items():
        if n:
            print(f"  {name}: {n}")
    return bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file (--out), counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
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
