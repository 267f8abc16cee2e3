# ruff: noqa: E501
"""Generate held-out AP for personal-data detection (issue 15): names as the population has them,
a twenty-first writer.

    python data/pii/generate_ap.py          # writes data/pii/generated-heldout-ap.jsonl
    python data/pii/generate_ap.py --stats  # counts only (sizes, forms, the head/tail split)

Every name word comes from `names_ap.py`'s weighted pools (SCB's ranks for Sweden, the US Census
1990 per cents and the UK's ONS rankings for English text, the commonest names of the origins
common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the language of the
row roughly as Sweden's population has them. The genres are work life by the hour
(`templates_ap.py`): shift rosters and swaps, timesheets and payroll questions, staffing-agency
bookings, restaurant, shop and warehouse staff chat, construction-site daily logs and safety
reports, union cases and negotiations, job-interview notes, references and reference calls, sick
leave and parental-leave notices, onboarding and offboarding checklists. Written by a helper who
tunes nothing, who read neither the detector's rules, lexicons and tagger (`src/rung/privacy/`)
nor any dev set's error listing nor any other set's names and templates; AP was never run through
the detector by its writer, and its names were not checked against rung's lexicons. Stdlib only;
one seeded Random: same seed, same bytes.
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

from names_ap import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ap import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20261229
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ap.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of the common forms, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Järnvägsgatan", "Skolgatan", "Kyrkogatan",
    "Nygatan", "Stationsgatan", "Hantverkargatan", "Sveavägen", "Hornsgatan", "Götgatan",
    "Folkungagatan", "Odengatan", "Sankt Eriksgatan", "Birger Jarlsgatan", "Karlavägen",
    "Valhallavägen", "Upplandsgatan", "Bellmansgatan", "Tjärhovsgatan", "Katarina Bangata",
    "Vasagatan", "Linnégatan", "Övre Husargatan", "Första Långgatan", "Andra Långgatan",
    "Södra Vägen", "Friggagatan", "Bergsgatan", "Amiralsgatan", "Södra Förstadsgatan",
    "Regementsgatan", "Kattsundsgatan", "Trädgårdsgatan", "Fabriksgatan", "Industrigatan",
    "Verkstadsgatan", "Hamngatan", "Tullgatan", "Magasinsgatan", "Smedjegatan", "Bryggargatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Rönnvägen", "Aspvägen",
    "Skogsvägen", "Ängsvägen", "Sjövägen", "Bäckvägen", "Ringvägen", "Industrivägen",
    "Lasarettsvägen", "Idrottsvägen", "Kyrkvägen", "Gamla Vägen", "Norra Vägen", "Östra Vägen",
    "Byvägen", "Solvägen", "Villavägen", "Bergsvägen", "Nyckelpigevägen", "Blåbärsvägen",
    "Lingonvägen", "Hallonvägen", "Mossvägen", "Rinkebysvängen", "Smedsvängen", "Kvarnsvängen",
    "Tallsvängen", "Bäcksvängen", "Hjulmakarsvängen", "Hammarby allé", "Sickla allé",
    "Parkallén", "Lindallén", "Kastanjeallén", "Björkallén", "Kvarnbacken", "Kyrkbacken",
    "Solbacken", "Prästbacken", "Tegelbruksbacken", "Klockarbacken", "Lärkstigen",
    "Blåklintsstigen", "Vitsippsstigen", "Ekorrstigen", "Kantarellstigen", "Ängsstigen",
    "Stortorget", "Järntorget", "Lilla torget", "Södra torget", "Kungstorget", "Hötorget",
    "Möllevångstorget", "Värnhemstorget", "Fridhemsplan", "Odenplan", "Gullmarsplan",
    "Mariaplan", "Stureplan", "Tulpangränd", "Gåsgränd", "Klockargränd", "Bryggargränd",
    "Kopparslagargränd", "Skomakargränd", "Tenstagången", "Hagagången", "Murargången",
    "Tornslingan", "Trastslingan", "Snickarvägen", "Plåtslagarvägen", "Montörvägen",
    "Lagervägen", "Terminalvägen", "Logistikvägen", "Truckvägen", "Godsvägen",
)  # fmt: skip
# Real towns (and parts of the big ones as the post has them) with their postcodes' first three
# digits, as the writer knows them.
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Stockholm", 120, 129), ("Göteborg", 411, 418), ("Malmö", 211, 218),
    ("Uppsala", 751, 757), ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725),
    ("Helsingborg", 252, 256), ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907),
    ("Lund", 222, 227), ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806),
    ("Eskilstuna", 632, 635), ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Varberg", 432, 432),
    ("Nyköping", 611, 611), ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Sandviken", 811, 811),
    ("Katrineholm", 641, 641), ("Lidköping", 531, 531), ("Alingsås", 441, 441), ("Landskrona", 261, 261),
    ("Trelleborg", 231, 231), ("Ystad", 271, 271), ("Ängelholm", 262, 262), ("Hässleholm", 281, 281),
    ("Nässjö", 571, 571), ("Värnamo", 331, 331), ("Mora", 792, 792), ("Köping", 731, 731),
    ("Vänersborg", 462, 462), ("Kungälv", 442, 442), ("Härnösand", 871, 871), ("Hudiksvall", 824, 824),
    ("Bollnäs", 821, 821), ("Boden", 961, 961), ("Oskarshamn", 572, 572), ("Västervik", 593, 593),
    ("Enköping", 745, 745), ("Sala", 733, 733), ("Strängnäs", 645, 645), ("Karlskoga", 691, 691),
    ("Arvika", 671, 671), ("Ljungby", 341, 341), ("Falkenberg", 311, 311), ("Kumla", 692, 692),
    ("Bromma", 161, 168), ("Hägersten", 126, 129), ("Farsta", 123, 123), ("Spånga", 163, 163),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Järfälla", 175, 177), ("Huddinge", 141, 141),
    ("Tumba", 147, 147), ("Handen", 136, 136), ("Täby", 183, 187), ("Märsta", 195, 195),
    ("Mölndal", 431, 431), ("Västra Frölunda", 421, 421), ("Hisings Backa", 422, 422),
    ("Angered", 424, 424), ("Partille", 433, 433), ("Kungsbacka", 434, 434), ("Lomma", 234, 234),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Mill Lane", "Park Avenue",
    "The Green", "Queens Road", "Manor Way", "Orchard Close", "Meadow View", "Kingsway",
    "Albert Street", "Cromwell Road", "Windsor Terrace", "Marlborough Crescent", "Nelson Street",
    "Hollybush Lane", "Brook Street", "Castle Street", "Springfield Avenue", "Beech Grove",
    "Coronation Road", "Derwent Drive", "Oxford Road", "Mount Pleasant", "Chestnut Walk",
    "Riverside Court", "Stanley Road", "Wellington Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", "N"), ("London", "SW"), ("London", "E"), ("London", "SE"), ("Manchester", "M"),
    ("Salford", "M"), ("Leeds", "LS"), ("Bradford", "BD"), ("Birmingham", "B"), ("Coventry", "CV"),
    ("Leicester", "LE"), ("Liverpool", "L"), ("Sheffield", "S"), ("Bristol", "BS"),
    ("Nottingham", "NG"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Newcastle upon Tyne", "NE"), ("Hull", "HU"),
    ("Southampton", "SO"), ("Plymouth", "PL"), ("Milton Keynes", "MK"), ("Peterborough", "PE"),
    ("Belfast", "BT"), ("Stoke-on-Trent", "ST"), ("Wolverhampton", "WV"), ("Luton", "LU"),
)  # fmt: skip
US_STREETS = (
    "Main Street", "Oak Street", "Pine Street", "Maple Avenue", "Cedar Lane", "Elm Street",
    "Washington Street", "Lake Street", "Hill Street", "Park Avenue", "Walnut Street",
    "Ridge Road", "Highland Avenue", "Jackson Street", "Franklin Avenue", "Sunset Drive",
    "Church Street", "Railroad Avenue", "Industrial Parkway", "Commerce Drive",
)  # fmt: skip
US_TOWNS = (
    ("Chicago", "IL", 606), ("Milwaukee", "WI", 532), ("Columbus", "OH", 432), ("Dallas", "TX", 752),
    ("San Antonio", "TX", 782), ("Phoenix", "AZ", 850), ("Atlanta", "GA", 303), ("Charlotte", "NC", 282),
    ("Indianapolis", "IN", 462), ("Portland", "OR", 972), ("Denver", "CO", 802), ("Minneapolis", "MN", 554),
    ("Kansas City", "MO", 641), ("Nashville", "TN", 372), ("Sacramento", "CA", 958), ("Tampa", "FL", 336),
    ("Pittsburgh", "PA", 152), ("Albany", "NY", 122), ("Omaha", "NE", 681), ("Boise", "ID", 837),
)  # fmt: skip
# Other European formats, each as its country writes it: {n} a house number, {m} a small number,
# {zW:lo-hi} a postcode of W digits in that range.
EUROPE = (
    "Lindenstraße {n}, {z5:10115-14199} Berlin", "Hauptstraße {n}, {z5:70173-70619} Stuttgart",
    "Am Markt {n}, {z5:28195-28779} Bremen", "Gartenstraße {n}, {z5:50667-51149} Köln",
    "Bahnhofstr. {n}, {z5:90402-90491} Nürnberg", "{n}, rue Victor Hugo, {z5:69001-69009} Lyon",
    "{n} rue des Lilas, {z5:33000-33800} Bordeaux", "{n} avenue de la Gare, {z5:44000-44300} Nantes",
    "{n} bis rue Nationale, {z5:59000-59800} Lille", "Aleksanterinkatu {n} B {m}, 00100 Helsinki",
    "Puistokatu {n} A {m}, {z5:20100-20900} Turku", "Koulukatu {n}, {z5:40100-40900} Jyväskylä",
    "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Nørregade {n}, {m}. tv., {z4:1165-1172} København K", "Østergade {n}, {z4:5000-5000} Odense C",
    "ul. Kościuszki {n}/{m}, 50-{z3:001-999} Wrocław", "ul. Słowackiego {n}, 60-{z3:100-899} Poznań",
    "ul. Marszałkowska {n} m. {m}, 00-{z3:600-699} Warszawa",
    "Calle de Alcalá {n}, {m}º izda., 280{z2:01-49} Madrid", "Avenida del Puerto {n}, 460{z2:11-24} Valencia",
    "Keizersgracht {n}-{m}, 10{z2:15-17} {LL} Amsterdam", "Dorpsstraat {n}, {z4:3500-3585} {LL} Utrecht",
    "Via Roma {n}, {z5:10121-10156} Torino", "Narva mnt {n}-{m}, 10{z3:111-152} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "hotmail.co.uk", "proton.me")  # fmt: skip
WORK = ("bygg.example.se", "lager.example.se", "example.se", "example.com", "staff.example.co.uk", "bemanning.example.se", "example.org", "restaurang.example.se")  # fmt: skip


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
    given: Word
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    family_first: bool = False  # a Chinese name written surname first

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AP from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.nicknames = 0
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
        given = self.pick(pool)
        if key == "swedish" and "-" not in given[0] and r.random() < 0.03:  # Anna-Karin, Per-Anders
            second = self.pick(pool)
            if "-" not in second[0] and second[0] != given[0]:
                given = (f"{given[0]}-{second[0]}", given[1])
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double surname, by marriage or by birth
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        elif key == "thai" and woman and roll < 0.45:  # married in Sweden
            surname = [self.pick(ORIGINS["swedish"].surnames)]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = (plain(given[0]), given[1])
            surname = [(plain(w), p) for w, p in surname]
        if key in ("polish", "ukrainian") and woman:
            surname = [(feminine(w), p) for w, p in surname]
        family_first = key == "chinese" and r.random() < 0.2
        return Person(woman, key, given, surname, middle, joint, family_first)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def short(self, person: Person, chance: float) -> str:
        """The given name, or with `chance` a short form people use for it."""
        forms = NICKNAMES.get(person.first)
        if forms and self.rng.random() < chance:
            self.nicknames += 1
            return self.rng.choice(forms)
        return person.first

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{given}_{surname}",
                          f"{given[:3]}{surname[:3]}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.55 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (20, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}-{d[:3]} {d[3:]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46-{m[1:]}-{d[:3]}{d[3:]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
            (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline or switchboard number."""
        r = self.rng
        d = self.digits(8)
        two = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "16",
                "11",
                "35",
                "36",
                "54",
                "60",
                "90",
                "63",
                "23",
            )
        )
        three = r.choice(
            (
                "480",
                "910",
                "920",
                "921",
                "940",
                "651",
                "498",
                "371",
                "520",
                "611",
                "413",
                "500",
                "522",
                "346",
                "590",
            )
        )
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (5, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (4, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (2, f"08{d}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+468{d[:7]}"),
            (5, f"0{two}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{two}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{two} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {two} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{two}{d[:7]}"), (4, f"0{three}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{three}-{d[:3]} {d[3:5]}"), (1, f"0{three} {d[:3]} {d[3:5]}"),
            (1, f"+46 {three} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"),
            (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{two}-{d[:3]} {d[3:6]} {d[6:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.7 else self.landline()

    def phone_x(self) -> str:
        """A number from abroad, with `+` or `00`."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"0044 7700 900{d[:3]}", f"+44 (0)161 496 0{d[:3]}", f"+49 151 {d[:8]}", f"+49 (0)40 {d[:7]}",
            f"0049 30 {d[:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 {r.choice('56')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+1 (312) 555-01{d[:2]}",
            f"+1 206 555 01{d[:2]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+353 86 {d[:3]} {d[3:7]}",
            f"+370 6{d[:2]} {d[2:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"00380 50 {d[:3]} {d[3:7]}",
            f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+385 91 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A British number as written at home (the ranges set aside for drama)."""
        r = self.rng
        d = self.digits(3)
        return r.choice((
            f"07700 900{d}", f"07700 900 {d}", f"07700900{d}", f"+44 7700 900{d}", f"020 7946 0{d}",
            f"0161 496 0{d}", f"0113 496 0{d}", f"0121 496 0{d}", f"0117 496 0{d}", f"(0131) 496 0{d}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(2)
        area = r.choice(("312", "414", "614", "214", "602", "404", "503", "612", "615", "412"))
        return r.choice((f"({area}) 555-01{d}", f"{area}-555-01{d}", f"{area}.555.01{d}", f"+1 {area} 555 01{d}", f"1-{area}-555-01{d}"))  # fmt: skip

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1950, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 16)) + 1, 180))
        if r.random() < 0.14:
            number += r.choice(("A", "B", "C", " A", " B", "D"))
        return number

    def sv_street(self) -> str:
        r = self.rng
        street = r.choice(SV_STREETS)
        if street.endswith(("torget", "plan", "torg")) and r.random() < 0.5:
            return f"{street} {r.randrange(1, 14)}"
        return f"{street} {self.number()}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.82 else f"{code} {town}"
        if r.random() < 0.12:
            out = out.upper()
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def lgh(self) -> str:
        r = self.rng
        return (
            f"lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
            if r.random() < 0.85
            else f"lgh {r.randrange(1000, 1400)}"
        )

    def sv_address(self, lines: bool = False, lgh: bool = False, co: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', '))}{self.lgh()}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.04:
            street += f", {r.choice(('uppg.', 'port', 'ingång'))} {r.choice('ABC')}"
        if co or r.random() < 0.05:
            host = self.pick(ORIGINS["swedish"].surnames)[0]
            street = f"c/o {host}{chr(10) if lines else ', '}{street}"
        plain_street = not any(c in street for c in ",/\n") and "lgh" not in street
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " ")) if plain_street else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def office(self, lines: bool = False) -> str:
        r = self.rng
        roll = r.random()
        joint = "\n" if lines else ", "
        if roll < 0.3:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}{joint}{self.sv_postal()}"
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}{joint}{self.sv_postal(country=True)}"
        return f"{self.sv_street()}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 260)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', '', 'A', 'B'))}, {street}"
        elif roll < 0.22:
            street = f"{r.choice(('Ivy Cottage', 'The Old Bakery', 'Unit 7', 'Apartment 12', '2nd Floor'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(('', '', '', 'N ', 'S ', 'W ', 'E '))}{r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f"{r.choice((', ', ' '))}{r.choice(('Apt', 'Apt.', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}"
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
        out = out.replace("{LL}", r.choice("ABCEGHJKLMNPRSTVWX") + r.choice("ABCEGHJKLMNPRSTVWX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, gen: str | None) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    given, surname, middle = [person.given], person.surname, person.middle
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    full = (
        f"{person.last} {person.first}" if person.family_first else f"{person.first} {person.last}"
    )
    if form in ("P", "p", "U"):
        words, value = given + surname, full
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join(w for w, _ in given + middle) + f" {person.last}"
        if person.family_first:
            words, value = given + surname, full
    elif form in ("G", "g"):
        words = given
        value = draw.short(person, 0.06 if form == "G" else 0.2)
        value = value.lower() if form == "g" else value
    elif form in ("N", "n"):  # where people use a short form: chat, rosters, the shop floor
        words = given
        value = draw.short(person, 0.7)
        value = value.lower() if form == "n" else value
    elif form in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if form == "s" else value.upper() if form == "SU" else value
    elif form == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif form == "II":  # both initials before the surname: `A. K. Berg`, or `A.K. Berg`
        words = surname
        value = person.first[0] + ". " + person.last
        if person.middle:
            value = f"{person.first[0]}.{draw.rng.choice((' ', ''))}{person.middle[0][0][0]}. {person.last}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif form in ("R", "RU", "RF"):
        words, value = given + surname, f"{person.last}, {person.first}"
        if form == "RF" and middle:
            words, value = given + middle + surname, value + " " + " ".join(w for w, _ in middle)
        value = value.upper() if form == "RU" else value
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if gen:
        segments.append((genitive(value, gen), None))
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
    "I",
    "II",
    "Gi",
    "R",
    "RU",
    "RF",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?(\+(?:en|sv)?)?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (f"{draw.sv_street()} {draw.lgh()}", "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ACO": lambda: (draw.sv_address(co=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AOL": lambda: (draw.office(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}")), None),
        "TIME": lambda: (f"{r.randrange(5, 23):02d}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "SHIFT": lambda: (r.choice(("06-14", "06.00-14.30", "07-16", "14-22", "13.30-22", "22-06", "10-19", "09:00-17:30", "16-00", "05.45-14.15")), None),
        "NUM": lambda: (str(r.randrange(12, 4999)), None),
        "EMPNO": lambda: (r.choice((f"{r.randrange(1000, 99999)}", f"A{r.randrange(100, 9999)}", f"E-{r.randrange(10000, 99999)}")), None),
        "AMT": lambda: (f"{r.randrange(300, 48000):,} kr".replace(",", " "), None),
        "WAGE": lambda: (f"{r.randrange(128, 245)},{r.choice(('00', '50', '25', '40'))} kr", None),
        "GBP": lambda: (f"£{r.randrange(20, 3000)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(20, 3000)}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(2025, 2027)}-{r.randrange(100, 9999)}", f"Ärende {r.randrange(10000, 99999)}", f"#{r.randrange(1000, 99999)}")), None),
        "ENREF": lambda: (r.choice((f"INC-{r.randrange(1000, 99999)}", f"CASE/{r.randrange(1000, 9999)}", f"#{r.randrange(1000, 99999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "HOURS": lambda: (f"{r.randrange(2, 42)},{r.choice(('0', '5', '25', '75'))}", None),
        "HRS": lambda: (f"{r.randrange(2, 48)}.{r.choice(('0', '5', '25', '75'))}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, gen = match.group(1), match.group(2), match.group(3), match.group(4)
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            lang = None
            if gen:  # `+` the genitive of the row's language (Swedish in mixed rows), `+en`, `+sv`
                lang = gen[1:] or ("en" if draw.lang == "en" else "sv")
            segments = person_segments(form, person, draw, lang)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AP's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ap-{len(rows) + 1:04d}", "split": "heldout-ap", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AP is printed."""
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
                forms["capitals"] += value.isupper()
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 3]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with c/o"] += "c/o" in value
                forms["address with Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"short forms (nicknames): {draw.nicknames}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(SEED)
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
