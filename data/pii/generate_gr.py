# ruff: noqa: E501
"""Generate held-out GR for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventy-ninth writer.

    python data/pii/generate_gr.py                              # writes data/pii/generated-heldout-gr.jsonl
    python data/pii/generate_gr.py --stats                      # counts only (sizes, forms, head/tail split)
    python data/pii/generate_gr.py --check                      # checks the written file, counts only
    python data/pii/generate_gr.py --seed 7 --out /tmp/gr.jsonl # a scratch seed, elsewhere

GR's names are drawn by how often people really carry them: every name word comes from
`names_gr.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is charities and fundraising (`templates_gr.py`): donors and monthly givers, gift and
memorial-gift forms, thank-you letters, receipts and the yearly report for the tax reduction for
gifts (and Gift Aid declarations and US donation receipts), bequests and estates, collections with
tins and volunteers' rotas, second-hand shops, food banks, fundraisers for a person or a cause,
boards and annual meetings, in Swedish, English and the mixed Swedish/English of a Swedish office.
Written by a helper who does not tune the detector and who read only `generate_aw.py` (for the
mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`), the sections "Held-out
AW" and "Held-out CL" of docs/privacy.md and the first line of `generated-heldout-u.jsonl`; not the
detector's code, lexicons or tests, no other set's names, templates or rows, no error listing. GR
was never run through the detector by its writer and its names were not checked against rung's
lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_gr import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gr import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270256
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gr.jsonl"
SPLIT = "heldout-gr"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form; some are named after people and are addresses all the same.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Skolgatan", "Kyrkogatan",
    "Järnvägsgatan", "Köpmangatan", "Nygatan", "Hamngatan", "Östra Storgatan", "Sankt Eriksgatan",
    "Birger Jarlsgatan", "Olof Palmes gata", "Linnégatan", "Götgatan", "Folkungagatan",
    "Bellmansgatan", "Mäster Samuelsgatan", "Kvarnbäcksgatan", "Allégatan", "Ringvägen",
    "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Ekvägen", "Lärkvägen", "Rosenvägen",
    "Blåklintsvägen", "Solvägen", "Parkvägen", "Strandvägen", "Industrivägen", "Gamla Vägen",
    "Kvarnvägen", "Skolvägen", "Lingonvägen", "Hjortronvägen", "Tegelbruksvägen", "Valhallavägen",
    "Västra Vägen", "Rönnbärssvängen", "Ängssvängen", "Lingonsvängen", "Majsvängen",
    "Kastanjeallén", "Lindallén", "Vasa allé", "Björkbacken", "Granbacken", "Solbacken",
    "Kvarnbacken", "Lärkstigen", "Smultronstigen", "Blåbärsstigen", "Vitsippsstigen",
    "Mariatorget", "Stortorget", "Järntorget", "Möllevångstorget", "Lilla torg", "Karlaplan",
    "Stationsplan", "Kungsplan", "Prästgränd", "Skomakargränd", "Bagargränd", "Järnvägsgränd",
    "Packhuskajen", "Skeppsbrokajen", "Hamnkajen", "Kanalkajen", "Norra Kajen", "Klockarbacken",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 856), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Varberg", 432, 432),
    ("Motala", 591, 591), ("Lidköping", 531, 531), ("Landskrona", 261, 261), ("Nyköping", 611, 611),
    ("Ängelholm", 262, 262), ("Visby", 621, 621), ("Kiruna", 981, 981), ("Piteå", 941, 941),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871),
    ("Alingsås", 441, 441), ("Kungsbacka", 434, 434), ("Sandviken", 811, 811),
    ("Katrineholm", 641, 641), ("Enköping", 745, 745), ("Norrtälje", 761, 761), ("Mora", 792, 792),
    ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Hudiksvall", 824, 824), ("Solna", 169, 171),
    ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Nacka", 131, 132), ("Lidingö", 181, 181),
    ("Bromma", 161, 168), ("Hägersten", 126, 129),
)  # fmt: skip
# Post towns of the countryside, with the first three digits of their postcodes.
RURAL_TOWNS = (
    ("Heby", 744), ("Tierp", 815), ("Rättvik", 795), ("Orsa", 794), ("Älvdalen", 796), ("Sunne", 686),
    ("Torsby", 685), ("Ljusdal", 827), ("Sveg", 842), ("Strömsund", 833), ("Vilhelmina", 912),
    ("Jokkmokk", 962), ("Överkalix", 956), ("Tomelilla", 273), ("Sjöbo", 275), ("Höör", 243),
    ("Hjo", 544), ("Ulricehamn", 523), ("Vimmerby", 598), ("Hultsfred", 577), ("Ljungby", 341),
    ("Älmhult", 343), ("Åmål", 662), ("Arvika", 671), ("Sala", 733), ("Östhammar", 742),
    ("Trosa", 619), ("Gnesta", 646), ("Hemse", 623), ("Bollnäs", 821),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Österby", "Norrby", "Sörby", "Lillby", "Nyby", "Hästbo", "Kärrbo", "Bodarna",
    "Skogsby", "Ängebo", "Kvarntorp", "Mossebo", "Tallbacken", "Vallsta", "Lövåsen", "Bäckebo",
    "Gransjö", "Hagaberg", "Ekeby", "Bergby", "Rösta", "Övre Gärdsjö", "Nedre Sälje", "Kyrkbyn",
)  # fmt: skip
UK_STREETS = (
    "Church Road", "Victoria Street", "Queens Road", "Albert Road", "Park Lane", "Elm Grove",
    "Beech Avenue", "Meadow Close", "Willow Way", "Kingsway", "The Crescent", "Station Approach",
    "Mill Road", "Castle Street", "North Street", "Priory Road", "Oak Tree Close", "Manor Road",
    "Rectory Lane", "Harbour Street", "Gladstone Terrace", "Nelson Street", "St John's Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("York", "YO"), ("Exeter", "EX"),
    ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Brighton", "BN"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Bath", "BA"),
    ("Leicester", "LE"), ("Reading", "RG"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"),
    ("Belfast", "BT"), ("Swansea", "SA"), ("Aberdeen", "AB"), ("Plymouth", "PL"), ("London", "N"),
    ("London", "SE"), ("Manchester", "M"),
)  # fmt: skip
UK_HOUSES = ("The Old Vicarage", "Holly Cottage", "Fern Lodge", "The Coach House", "Orchard View", "Brook House", "Meadowbank", "2 Mill Cottages")  # fmt: skip
US_STREETS = ("Elm Street", "Washington Avenue", "Maple Drive", "Cedar Lane", "Park Place", "Lincoln Avenue", "Oak Ridge Road", "West 4th Street", "Lakeview Terrace", "Spring Street", "N Main St", "Chestnut Hill Road")  # fmt: skip
US_TOWNS = (
    ("Columbus", "OH", 432), ("Madison", "WI", 537), ("Austin", "TX", 787), ("Denver", "CO", 802),
    ("Portland", "OR", 972), ("Raleigh", "NC", 276), ("Albany", "NY", 122), ("Boston", "MA", 21),
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Tucson", "AZ", 857), ("Richmond", "VA", 232),
    ("Ann Arbor", "MI", 481), ("Burlington", "VT", 54), ("Savannah", "GA", 314), ("Omaha", "NE", 681),
)  # fmt: skip
# Other countries' addresses in their own formats: {n} a number, {m} a small one, {zW:LO-HI} a code.
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-10999} Berlin", "Am Markt {n}, {z5:28195-28199} Bremen",
    "Goethestraße {n}, {z5:80331-80339} München", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse", "Mannerheimintie {n} A {m}, 00{z3:100-260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Aurakatu {n} B {m}, 20{z3:100-810} Turku",
    "Storgata {n}, 0{z3:150-190} Oslo", "Kongens gate {n}, 70{z2:10-30} Trondheim",
    "Nørregade {n}, {m}. th., 11{z2:50-72} København K", "Vestergade {n}, 8000 Aarhus C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-700} Warszawa", "ul. Długa {n}, 80-{z3:800-890} Gdańsk",
    "Calle Mayor {n}, {m}º B, 280{z2:12-14} Madrid", "Avinguda Diagonal {n}, 080{z2:08-36} Barcelona",
    "Prinsengracht {n}, 10{z2:15-17} {L2} Amsterdam", "Oudegracht {n}, 35{z2:11-12} {L2} Utrecht",
    "Via Garibaldi {n}, 101{z2:21-28} Torino", "Via dei Mille {n}, 401{z2:21-29} Bologna",
    "Bahnhofstrasse {n}, 80{z2:01-02} Zürich", "Rue Neuve {n}, 1000 Bruxelles",
    "Mariahilfer Straße {n}/{m}, 1060 Wien", "Rua Augusta {n}, 1100-{z3:048-120} Lisboa",
    "Narva mnt {n}-{m}, 10{z3:113-152} Tallinn", "Apartment {m}, {n} Dame Street, Dublin 2, D02 {E4}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.se", "bredband.net", "gmail.com")  # fmt: skip
WORK = ("example.se", "insamling.example.se", "example.org", "example.com", "example.org.uk", "kyrkan.example.se", "kommun.example.se")  # fmt: skip
ORG_MAIL = (
    "givarservice", "gava", "gavor", "info", "insamling", "volontar", "minnesgavor",
    "testamente", "kansli", "kassor", "donations", "supportercare", "legacies", "volunteering",
    "fundraising", "hello", "giftaid",
)  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"[-+ ]", "", value)
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


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
    """Every value of GR from one seeded Random; counts the head/tail split and the origins."""

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
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.04):
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

        def clean(name: str) -> str:
            return re.sub(r"[^a-z]", "", plain(name).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def org_email(self) -> str:
        r = self.rng
        domain = r.choice(
            (
                "example.se",
                "example.org",
                "insamling.example.se",
                "example.org.uk",
                "stiftelse.example.se",
            )
        )
        return f"{r.choice(ORG_MAIL)}@{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "11",
                "36",
                "90",
                "46",
                "33",
                "60",
                "26",
                "16",
                "54",
                "35",
                "63",
                "23",
                "44",
            )
        )
        a3 = r.choice(
            (
                "470",
                "920",
                "243",
                "480",
                "500",
                "455",
                "522",
                "340",
                "498",
                "980",
                "911",
                "910",
                "660",
                "250",
                "411",
                "651",
                "271",
                "590",
                "141",
                "587",
            )
        )
        mobiles = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46-{m[1:]}-{d[:7]}"),
        )  # fmt: skip
        landlines = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (2, f"+46 {a2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        shapes = mobiles if mobile else mobiles + landlines
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A charity's or a firm's number: free 020 and 0200 lines, 0771 and switchboards."""
        r = self.rng
        d = self.digits(7)
        return r.choice((
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:5]} {d[5:7]}",
            f"08-{d[:3]} {d[3:5]} 00", f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00",
            f"+46 8 {d[:3]} {d[3:5]} 00", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"040-{d[:2]} {d[2:4]} 00",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"020 7946 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}",
            f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900 {d[:3]}", f"(0131) 496 0{d[:3]}",
            f"01632 960{d[:3]}", f"0117 496 0{d[:3]}", f"029 2018 {d[:4]}", f"028 9018 {d[:4]}",
            f"0800 {d[:3]} {d[3:6]}1", f"07{d[:3]} {d[3:6]}{self.digits(3)}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(("212", "617", "312", "503", "608", "614", "206", "512", "720", "919"))
        return r.choice((
            f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"+1 {area} 555 0{d[:3]}", f"1-800-555-0{d[:3]}",
            f"{area}.555.0{d[:3]}", f"+1 ({area}) 555-0{d[:3]}", f"({area}) 555 0{d[:3]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:8]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 89 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"00964 7{d[:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+93 70 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"+1 (617) 555-0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        and a `+` in the short form for someone past a hundred."""
        r = self.rng
        old = old or r.random() < 0.08  # donors leaving a bequest, a hundredth birthday
        year = r.randrange(1918, 1927) if old else r.randrange(1935, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old and roll < 0.7:
            self.forms["pnr 10 with +"] += 1
            return f"{date}+{serial}{check}"
        if roll < 0.42:
            self.forms["pnr 12 with hyphen"] += 1
            return f"{year}{date[2:]}-{serial}{check}"
        if roll < 0.78:
            self.forms["pnr 10 with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            self.forms["pnr 12 without"] += 1
            return f"{year}{date[2:]}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"

    def postal(self, town: str, code: str, country: bool = False) -> str:
        r = self.rng
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_postal(self, country: bool = False) -> str:
        return self.postal(*self.town(), country=country)

    def village(self) -> tuple[str, str]:
        """A rural address by village name: `Västanby 214, 744 93 Heby`."""
        r = self.rng
        town, code = r.choice(RURAL_TOWNS)
        return f"{r.choice(VILLAGES)} {r.randrange(1, 320)}", self.postal(
            town, f"{code}9{r.randrange(10)}"
        )

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
        joint = "\n" if lines else ", "
        if rural:
            street, post = self.village()
            return f"{street}{joint}{post}"
        street = self.sv_street()
        if lgh or r.random() < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.03:
            street += f", {r.randrange(2, 5)} tr ög"
        return f"{street}{joint}{self.sv_postal(country=country)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        town, code = self.town()
        joint = "\n" if lines else ", "
        return f"Box {r.randrange(2, 9999)}{joint}{self.postal(town, code)}"

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
            street = f"Flat {r.randrange(1, 24)}, {street}"
        elif roll < 0.4:
            street = f"{r.randrange(1, 40)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        elif roll < 0.35:
            street = f"PO Box {r.randrange(100, 9999)}"
        city = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{city}" if lines else f"{street}, {city}"

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
        out = out.replace(
            "{E4}",
            r.choice("ACDEFHKNPRTVWXY")
            + self.digits(1)
            + r.choice("ACDEFHKNPRTVWXY")
            + self.digits(1),
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, GU and
    SU the given name and the surname in capitals (forms with separate fields), I initials and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.1 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last.lower() if base == "s" else person.last
        value = value.upper() if base == "SU" else value
    elif base == "GU":
        words, value = given, person.first.upper()
    elif base == "I":
        words = surname
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if middle and draw.rng.random() < 0.4:
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AS": lambda: (draw.sv_address(country=True, rural=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
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
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHP": lambda: (f"0900-{draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "FE": lambda: (draw.org_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027")), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "YEAR": lambda: (str(r.randrange(2022, 2028)), None),
        "NUM": lambda: (str(r.randrange(2, 300)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "AGE": lambda: (str(r.choice((30, 40, 50, 60, 70, 75, 80, 85, 90, 100))), None),
        "AMT": lambda: (r.choice((f"{r.choice((50, 100, 150, 200, 250, 300, 400, 500, 1000, 1500, 2000, 5000))} kr", f"{r.randrange(120, 48000):,} kr".replace(",", " "), f"{r.randrange(2, 90) * 100}:-")), None),
        "BIG": lambda: (f"{r.randrange(50, 4000) * 1000:,} kronor".replace(",", " "), None),
        "GBP": lambda: (r.choice((f"£{r.choice((5, 10, 15, 20, 25, 50, 100, 250))}", f"£{r.randrange(20, 5000):,}.{r.randrange(100):02d}")), None),
        "USD": lambda: (f"${r.randrange(25, 10000):,}", None),
        "EUR": lambda: (f"€{r.randrange(20, 3000)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}")), None),
        "OCR": lambda: (draw.digits(r.choice((8, 10, 12, 14))), None),
        "ORG": lambda: (f"802{draw.digits(3)}-{draw.digits(4)}", None),
        "BG": lambda: (f"{r.choice(('900', '901', '902'))}-{draw.digits(4)}", None),
        "PG": lambda: (f"90 {draw.digits(2)} {draw.digits(2)}-{draw.digits(1)}", None),
        "SWISH": lambda: (r.choice((f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", f"90{draw.digits(3)}{draw.digits(2)}", f"123-{draw.digits(3)} {draw.digits(2)} {draw.digits(2)}")), None),
        "DONOR": lambda: (r.choice((draw.digits(7), f"{draw.digits(2)} {draw.digits(3)} {draw.digits(3)}", f"G-{draw.digits(6)}")), None),
        "CAMP": lambda: (r.choice(("JUL", "VÅR", "SOMMAR", "HÖST", "AKUT", "MINNE", "XMAS", "SPRING")) + str(r.randrange(22, 28)), None),
        "CLEAR": lambda: (f"{r.choice(('8327-9', '6000', '5000', '3300', '8105-9', '9960'))} {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}", None),
        "SORT": lambda: (f"{draw.digits(2)}-{draw.digits(2)}-{draw.digits(2)}, account {draw.digits(8)}", None),
        "EIN": lambda: (f"{draw.digits(2)}-{draw.digits(7)}", None),
        "CHARITY": lambda: (r.choice((str(r.randrange(200000, 1199999)), f"SC0{draw.digits(5)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
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
        if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS:
            base = base[:-1]
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
    """GR's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of GR is printed."""
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
                forms["address Box"] += "Box" in value
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(
        "personnummer: "
        + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items()) if k.startswith("pnr"))
    )
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives "
        + ", ".join(f"{la} {sum(1 for x, _ in NEGATIVES if x == la)}" for la in SIZES)
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    pnr: Counter[str] = Counter()
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, last = row["text"], 0
        for span in row["spans"]:
            start, end, kind = span["start"], span["end"], span["kind"]
            problems["span out of bounds or empty"] += not 0 <= start < end <= len(text)
            value = text[start:end]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < last
            last = end
            problems["unknown kind"] += kind not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if kind == "NATIONAL_ID":
                problems["personnummer check digit"] += not pnr_valid(value)
                digits = re.sub(r"\D", "", value)
                pnr[
                    f"{len(digits)} digits"
                    + (" with +" if "+" in value else " with -" if "-" in value else " without")
                ] += 1
    print(f"rows {rows}, ids {len(ids)}")
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--out", type=Path, default=None, help=f"where to write (default {OUT.name})"
    )
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed; needs --out unless --stats"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out or OUT) else 0)
    if args.seed != SEED and args.out is None and not args.stats:
        parser.error("a scratch seed is written only with --out")
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    out = args.out or OUT
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
