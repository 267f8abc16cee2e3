# ruff: noqa: E501
"""Generate held-out FP for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifty-first writer.

    python data/pii/generate_fp.py                 # writes data/pii/generated-heldout-fp.jsonl
    python data/pii/generate_fp.py --stats         # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fp.py --check         # checks the written file, prints counts only
    python data/pii/generate_fp.py --seed 7 --out /tmp/fp.jsonl   # a scratch seed

FP's names are drawn by how often people really carry them: every name word comes from
`names_fp.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is tailors, dry cleaners, shoe and watch repair shops (`templates_fp.py`): pick-up
slips and order books, measurement cards, repair tickets and estimates, invoices with RUT,
complaints and their answers, contracts, registers, staff chat and rotas, SMS notices and e-mails,
with addresses of every common form and phone numbers in every common grouping. Written by a
helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics: the
seeded `Draw`, the slot filler, the row format, `--stats`), two write-ups of docs/privacy.md
("Held-out AW", "Held-out CL") and the first line of `generated-heldout-u.jsonl`; not the
detector's rules, lexicons or tagger (`src/`), nor any error listing, nor any other set's names and
templates. FP was never run through the detector by its writer, and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_fp import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fp import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270228
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fp.jsonl"
SPLIT = "heldout-fp"
KEYS = ("id", "split", "lang", "text", "spans")
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Drottninggatan", "Västra Hamngatan", "Vasagatan", "Götgatan", "Fleminggatan", "Odengatan",
    "Södra Förstadsgatan", "Bangatan", "Ågatan", "Slottsgatan", "Prästgatan", "Klostergatan",
    "Rådhusgatan", "Trädgårdsgatan", "Kaserngatan", "Skomakargatan", "Hantverksgatan", "Nygatan",
    "Linnégatan", "Engelbrektsgatan", "Östra Storgatan", "Norra Järnvägsgatan", "Kyrkogatan",
    "Idrottsvägen", "Parkvägen", "Villavägen", "Karlavägen", "Sveavägen", "Björkvägen",
    "Tallvägen", "Rönnvägen", "Lärkvägen", "Almvägen", "Granvägen", "Ekbacksvägen", "Sjövägen",
    "Gamla Vägen", "Solvägen", "Klöversvängen", "Tallsvängen", "Hagasvängen", "Ängssvängen",
    "Lindallén", "Kastanjeallén", "Valhalla allé", "Ekallén", "Björkallé", "Tegelbruksbacken",
    "Kungsbacken", "Kvarnbacken", "Mästarbacken", "Prästgårdsbacke", "Blåklintsstigen",
    "Kantarellstigen", "Lingonstigen", "Vitsippsstigen", "Stortorget", "Fisktorget", "Lilla torg",
    "Järntorget", "Kyrkplan", "Medborgarplan", "Stationsplan", "Klockargränd", "Sutargränd",
    "Bryggargränd", "Skeppsbrokajen", "Norra Kajen", "Stadskajen", "Packhuskajen", "Hamngatan",
    "Storgatan", "Kungsgatan", "Skolgatan", "Fabriksgatan", "Repslagaregatan", "Väverigatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Halmstad", 302, 305), ("Växjö", 352, 355),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kristianstad", 291, 291),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Solna", 169, 171),
    ("Sundbyberg", 172, 174), ("Nacka", 131, 131), ("Täby", 183, 187), ("Huddinge", 141, 141),
    ("Lidingö", 181, 181), ("Visby", 621, 621), ("Motala", 591, 591), ("Kiruna", 981, 981),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 892), ("Piteå", 941, 941), ("Ystad", 271, 271),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Alingsås", 441, 441),
    ("Kungsbacka", 434, 434), ("Mölndal", 431, 431), ("Enköping", 745, 745), ("Norrtälje", 761, 761),
    ("Katrineholm", 641, 641), ("Hudiksvall", 824, 824), ("Borlänge", 781, 781), ("Arvika", 671, 671),
    ("Lidköping", 531, 531), ("Värnamo", 331, 331), ("Hässleholm", 281, 281), ("Västervik", 593, 593),
)  # fmt: skip
# Towns whose countryside the rural addresses (village and number, a postcode ending in 9x) are in.
RURAL_TOWNS = {
    "Falun", "Skövde", "Karlskrona", "Uddevalla", "Nyköping", "Varberg", "Visby", "Motala", "Kiruna",
    "Skellefteå", "Örnsköldsvik", "Piteå", "Ystad", "Ängelholm", "Alingsås", "Kungsbacka", "Enköping",
    "Norrtälje", "Katrineholm", "Hudiksvall", "Borlänge", "Arvika", "Lidköping", "Värnamo",
    "Hässleholm", "Västervik", "Östersund", "Kalmar", "Umeå", "Växjö", "Kristianstad", "Luleå",
}  # fmt: skip
# Villages and hamlets: rural addresses are written by village name and number.
VILLAGES = (
    "Bäckby", "Västanå", "Gärdsjö", "Hallsta", "Ängebo", "Kyrkbyn", "Bäckaby", "Kullerstad",
    "Rya", "Hult", "Sörby", "Lövsta", "Mellby", "Nolby", "Östby", "Rönnäs", "Sjöända", "Skogsby",
    "Nybyn", "Uppgården", "Stora Mossen", "Lilla Bjärka", "Norra Hult", "Åsen", "Backa", "Tuna",
    "Övre Ålsta", "Nedre Gärde", "Myrbacka", "Hagby",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Church Road", "Victoria Street", "Station Road", "Mill Lane", "Park Road",
    "London Road", "The Crescent", "Market Street", "Broad Street", "Castle Street", "North Street",
    "New Road", "Westgate", "Bridge Street", "Oak Avenue", "Elm Grove", "Meadow Way", "Chapel Street",
    "Sandy Lane", "Manor Road", "Springfield Road", "The Parade", "Orchard Way", "Green Lane",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SW"), ("London", "N"), ("London", "SE"), ("London", "E"), ("Manchester", "M"),
    ("Leeds", "LS"), ("Bristol", "BS"), ("Birmingham", "B"), ("Edinburgh", "EH"), ("Glasgow", "G"),
    ("Cardiff", "CF"), ("Belfast", "BT"), ("Bath", "BA"), ("York", "YO"), ("Brighton", "BN"),
    ("Oxford", "OX"), ("Cambridge", "CB"), ("Norwich", "NR"), ("Exeter", "EX"), ("Sheffield", "S"),
    ("Liverpool", "L"), ("Nottingham", "NG"), ("Harrogate", "HG"), ("Cheltenham", "GL"),
    ("Newcastle upon Tyne", "NE"),
)  # fmt: skip
UK_UNITS = ("Flat {n}", "Unit {n}", "Apartment {n}", "Flat {n}A", "Ground Floor Flat")
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Mill House", "Ivy Lodge", "Holly Cottage", "The Coach House", "2 Riverside Mews", "Unit 4, Riverside Trading Estate")  # fmt: skip
US_STREETS = (
    "Main Street", "Broadway", "5th Avenue", "Elm Street", "Oak Avenue", "Maple Drive",
    "2nd Street", "Park Place", "Market Street", "Sunset Boulevard", "Mission Street", "Lake Street",
    "Pine Street", "Cedar Lane", "W 72nd St", "E 14th St", "Commonwealth Ave", "Division Street",
)  # fmt: skip
US_TOWNS = (
    ("New York", "NY", "100"), ("Brooklyn", "NY", "112"), ("Chicago", "IL", "606"), ("Boston", "MA", "021"),
    ("San Francisco", "CA", "941"), ("Los Angeles", "CA", "900"), ("Seattle", "WA", "981"),
    ("Minneapolis", "MN", "554"), ("Austin", "TX", "787"), ("Denver", "CO", "802"),
    ("Philadelphia", "PA", "191"), ("Atlanta", "GA", "303"), ("Portland", "OR", "972"), ("Miami", "FL", "331"),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}, {z5:80335-81929} München",
    "Am Markt {n}, {z5:28195-28779} Bremen", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue des Ternes, 750{z2:01-20} Paris", "Hämeenkatu {n} B {m}, 33{z3:100-720} Tampere",
    "Yliopistonkatu {n}, 20{z3:100-810} Turku", "Storgata {n}, 0{z3:155-190} Oslo",
    "Torggata {n}, 0{z3:181-183} Oslo", "Nørregade {n}, {m}. th., 1{z3:165-172} København K",
    "Søndergade {n}, 8000 Aarhus C", "ul. Piotrkowska {n}, 90-{z3:001-999} Łódź",
    "ul. Długa {n}/{m}, 80-{z3:827-831} Gdańsk", "Calle Mayor {n}, {m}º, 280{z2:13-14} Madrid",
    "Carrer de Mallorca {n}, 080{z2:08-37} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via del Corso {n}, 00186 Roma", "Rua do Ouro {n}, 1100-{z3:048-063} Lisboa",
    "Bahnhofstrasse {n}, 8001 Zürich", "Rue Neuve {n}, 1000 Bruxelles",
    "Pärnu mnt {n}, 10{z3:111-148} Tallinn", "Vilniaus g. {n}, LT-01{z3:100-400} Vilnius",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.se", "bredband.net", "yahoo.co.uk", "btinternet.com", "aol.com")  # fmt: skip
WORK = ("example.se", "foretaget.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_MAIL = ("info", "kundtjanst", "bokning", "order", "hej", "verkstad", "reklamation", "kontakt")
FIRM_DOMAINS = ("kemtvatten.example.se", "skradderiet.example.se", "klackbaren.example.se", "urmakeriet.example.se", "example.se", "tvattochpress.example.se")  # fmt: skip
FIRM_MAIL_EN = ("hello", "info", "repairs", "orders", "alterations", "bookings")
FIRM_DOMAINS_EN = ("example.co.uk", "example.com", "cleaners.example.com", "cobbler.example.co.uk", "tailors.example.com")  # fmt: skip
FIRMS = (
    "Kemtvätten Centrum", "Skrädderiet på hörnet", "Klackbaren", "Sy & Laga", "Nål & Tråd",
    "Urmakeriet", "Tvätt & Press", "Express Kemtvätt", "Lagningsateljén", "Ateljé Knapphålet",
    "Sömnadsverkstan", "Tidsverket Urmakeri", "Läst & Sula", "Skoateljén", "Nordisk Textilvård",
)  # fmt: skip
FIRMS_EN = (
    "Village Dry Cleaners", "The Alteration Room", "Heel & Sole", "Time Restored", "Needle & Thread",
    "Pressed Dry Cleaners", "Quick Cobbler", "The Mending Shop", "Crown Cleaners", "City Tailors",
    "Express Shoe Repair", "Tick Tock Watch Repair", "Stitch in Time",
)  # fmt: skip
ITEMS = ("kavaj", "kostym", "klänning", "kappa", "dunjacka", "skjorta", "kjol", "blus", "rock", "trenchcoat", "frack", "smoking", "väst", "vinterjacka", "skinnjacka", "mockajacka", "duk", "gardin", "brudklänning")  # fmt: skip
ITEMS_EN = ("suit", "blazer", "wool coat", "wedding dress", "silk blouse", "evening gown", "trench coat", "down jacket", "leather jacket", "kilt", "tuxedo", "pair of chinos", "duvet", "set of curtains")  # fmt: skip
SHOES = ("kängor", "boots", "pumps", "loafers", "sneakers", "stövlar", "sandaletter", "finskor", "dansskor", "oxfordskor", "vandringskängor")  # fmt: skip
SHOES_EN = ("brogues", "Chelsea boots", "loafers", "court shoes", "walking boots", "riding boots", "trainers", "Oxfords", "Derby shoes", "stilettos")  # fmt: skip
WATCHES = ("Omega Seamaster", "Seiko 5", "Longines Conquest", "Rolex Datejust", "Certina DS", "Citizen Eco-Drive", "Casio G-Shock", "Swatch", "Rado DiaStar", "Oris Aquis", "Orient Bambino", "Mondaine", "Timex Marlin", "Doxa Sub", "Halda", "Poljot Chronograph", "Omega Speedmaster", "Seiko SKX007", "fickur i silver")  # fmt: skip
CALIBRES = ("ETA 2824-2", "Seiko 7S26", "Valjoux 7750", "Miyota 8215", "ETA 955.112", "Sellita SW200", "cal. 1570", "ETA 2892-A2", "Seiko NH35")  # fmt: skip
BATTERIES = ("SR626SW", "SR621SW", "CR2032", "Renata 371", "SR920SW", "CR2016", "SR916SW")


def luhn(digits: str) -> int:
    """The check digit of nine digits (a personnummer's YYMMDDNNN, an org.nr's first nine)."""
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
    """Every value of FP from one seeded Random; counts the head/tail split and the origins."""

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
        ):  # Anna-Karin, Karl-Erik
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.3, "uk": 0.3}.get(key, 0.05):
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
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
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

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self, english: bool) -> str:
        r = self.rng
        if english:
            return f"{r.choice(FIRM_MAIL_EN)}@{r.choice(FIRM_DOMAINS_EN)}"
        return f"{r.choice(FIRM_MAIL)}@{r.choice(FIRM_DOMAINS)}"

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
                "11",
                "36",
                "35",
                "90",
                "60",
                "63",
                "42",
                "46",
            )
        )
        area3 = r.choice(("120", "140", "150", "155", "171", "220", "240", "270", "290", "300", "320", "340", "370", "410", "430", "470", "480", "498", "500", "510", "520", "560", "570", "611", "620", "640", "660", "680", "910", "920", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0{area2}{d}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A shop's, switchboard's or chain's number."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"08-{d[:3]} {d[3:6]} {d[6:]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}",
            f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('13', '19', '21', '90', '60'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        ))  # fmt: skip

    def phone_en(self) -> str:
        """A number as people in the UK or the US write it at home."""
        r = self.rng
        d = self.digits(7)
        if r.random() < 0.55:
            return r.choice((
                f"07700 900{d[:3]}", f"07{r.choice('4579')}{d[:2]} {d[2:]}{self.digits(1)}", f"020 7946 0{d[:3]}",
                f"0161 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"(0117) 496 0{d[:3]}", f"+44 7700 900{d[:3]}",
                f"+44 (0)20 7946 0{d[:3]}", f"01632 960{d[:3]}", f"0113 496 0{d[:3]}", f"029 2018 {d[:4]}",
            ))  # fmt: skip
        area = r.choice(("212", "718", "312", "617", "415", "213", "206", "612", "512", "303", "215", "404", "503", "305"))  # fmt: skip
        return r.choice((
            f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"+1 {area} 555 0{d[:3]}", f"{area}.555.0{d[:3]}",
            f"1-{area}-555-0{d[:3]}", f"+1 ({area}) 555-0{d[:3]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 {d[:3]} {d[3:5]} {d[5:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)50 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0044 161 496 0{d[:3]}",
            f"+49 171 {d[:7]}", f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+1 (212) 555-0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}",
            f"+353 8{r.choice('5679')} {d[:3]} {d[3:7]}", f"+351 9{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` for a person past a hundred in the 10-digit form with a sign."""
        r = self.rng
        old = r.random() < 0.08
        year = r.randrange(1918, 1927) if old else r.randrange(1930, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random() * (0.5 if old else 1) + (0.4 if old else 0)  # past a hundred: mostly `+`
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{'+' if year < 1927 else '-'}{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_nr(self) -> str:
        """A company's org.nr (no personnummer: the third digit is 2 or more)."""
        r = self.rng
        nine = f"{r.choice(('55', '556', '559', '769', '802', '916'))}"
        nine += self.digits(9 - len(nine))
        return f"{nine[:6]}-{nine[6:]}{luhn(nine)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_street_floor(self) -> str:
        """A street with a flat or floor, no postcode (`Storgatan 4, 3 tr`, `... lgh 1102`)."""
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if roll < 0.45:
            return (
                f"{street}{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            )
        if roll < 0.8:
            return f"{street}, {r.randrange(1, 7)} tr"
        if roll < 0.9:
            return f"{street}, uppg. {r.choice('ABC')}"
        return f"{street}, {r.choice(('bv', 'ög', 'nb'))}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x."""
        r = self.rng
        town, low, high = r.choice(
            [t for t in SV_TOWNS if t[0] in RURAL_TOWNS] if rural else SV_TOWNS
        )
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.12
        if rural:
            street = self.village()
        elif lgh or r.random() < 0.18:
            street = self.sv_street_floor()
        else:
            street = self.sv_street()
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.6:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"{r.choice(UK_UNITS).replace('{n}', str(r.randrange(1, 30)))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += r.choice((f", Apt {r.randrange(1, 30)}{r.choice('ABCD')}", f", Suite {r.randrange(100, 900)}", f" #{r.randrange(2, 40)}"))  # fmt: skip
        return (
            f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix}{r.randrange(1, 99):02d}"
        )

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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, E an e-mail address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STT": lambda: (draw.sv_street_floor(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "POST": lambda: (draw.sv_postal(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=r.random() < 0.8) if r.random() < 0.75 else draw.us_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHE": lambda: (draw.phone_en(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(False), "EMAIL"),
        "EFEN": lambda: (draw.firm_email(True), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(8, 19)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}:{r.choice(('00', '15', '30', '45'))}{r.choice(('am', 'pm', ' pm'))}", f"{r.randrange(8, 19)}:{r.choice(('00', '30'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(60, 9000):,} kr".replace(",", " "), f"{r.randrange(60, 4000)}:-", f"{r.randrange(60, 2500)} SEK")), None),
        "GBP": lambda: (f"£{r.randrange(6, 900)}.{r.choice(('00', '50', '95', '99'))}", None),
        "USD": lambda: (f"${r.randrange(8, 400)}.{r.choice(('00', '50', '95'))}", None),
        "ORD": lambda: (r.choice((f"{r.randrange(1000, 99999)}", f"A-{r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", f"K{r.randrange(100000, 999999)}")), None),
        "KUND": lambda: (f"{r.randrange(100, 999)} {r.randrange(100, 999)}" if r.random() < 0.5 else str(r.randrange(1000, 99999)), None),
        "ORG": lambda: (draw.org_nr(), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 17)), None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "VAT": lambda: (f"GB {draw.digits(3)} {draw.digits(4)} {draw.digits(2)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "ITEM": lambda: (r.choice(ITEMS), None),
        "ITEMEN": lambda: (r.choice(ITEMS_EN), None),
        "SHOE": lambda: (r.choice(SHOES), None),
        "SHOEEN": lambda: (r.choice(SHOES_EN), None),
        "SIZE": lambda: (r.choice((str(r.randrange(35, 47)), f"EU {r.randrange(35, 47)}", str(r.choice((46, 48, 50, 52, 54))))), None),
        "SIZEEN": lambda: (r.choice((f"UK {r.randrange(3, 13)}", str(r.randrange(5, 13)), f"{r.choice((36, 38, 40, 42, 44))}R")), None),
        "WATCH": lambda: (r.choice(WATCHES), None),
        "CAL": lambda: (r.choice(CALIBRES), None),
        "BAT": lambda: (r.choice(BATTERIES), None),
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
    """FP's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of FP is printed."""
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
        forms["rows with c/o"] += "c/o" in text
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += bool(re.search(r"[-+]", value))
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [key for key in MIXES["sv"] if not draw.origins[key]]
    print(f"origins in MIXES never drawn: {len(missing)}")
    templates = {lang: len(t) for lang, t in TEMPLATES.items()}
    print(f"templates: {templates}, negatives: {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = ids_checked = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u"] += tuple(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            kinds += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["kind"] += span["kind"] not in KINDS
            problems["empty span"] += not (0 <= start < stop <= len(text))
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                ids_checked += 1
                digits = re.sub(r"\D", "", value)
                shape = re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value)
                problems["personnummer shape"] += not shape or len(digits) not in (10, 12)
                problems["personnummer check digit"] += luhn(digits[-10:-1]) != int(digits[-1])
    sizes = Counter(
        json.loads(line)["lang"] for line in path.read_text(encoding="utf-8").splitlines()
    )
    problems["rows per language"] += dict(sizes) != SIZES
    print(f"rows {rows}, spans {kinds}, personnummer checked {ids_checked}, ids {len(ids)}")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    if args.seed != SEED and args.out == OUT and not args.stats:
        parser.error("a scratch seed needs --out elsewhere than the real set")
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
