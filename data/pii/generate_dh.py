# ruff: noqa: E501
"""Generate held-out DH for personal-data detection (issue 15): names as the population has them,
a ninety-first writer. Every name word comes from `names_dh.py`'s weighted pools (SCB's ranks for
Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the commonest names of the
origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the row's
language roughly as Sweden's population is. Written by a helper who tunes nothing and who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`),
two write-ups of earlier held-out sets and the first line of `generated-heldout-u.jsonl`; not the
detector, its lexicons, its tests, any other set or any error listing. The genre is couriers,
deliveries and moving house (`templates_dh.py`): parcel and food deliveries and drivers' apps,
parcel lockers and missed-delivery cards, removal firms' quotes and job sheets, change-of-address
notices (flyttanmälan, eftersändning, redirection), broadband and electricity move-in orders,
furniture deliveries and returns, in Swedish, English and both at once. Stdlib only; one seeded
Random: same seed, same bytes.

    python data/pii/generate_dh.py            # writes data/pii/generated-heldout-dh.jsonl
    python data/pii/generate_dh.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dh.py --check    # checks the written file, prints counts only
    python data/pii/generate_dh.py --seed 7 --out /tmp/dh-7.jsonl   # a scratch set to read
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

from names_dh import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dh import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270168
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dh.jsonl"
SPLIT = "heldout-dh"
KEYS = ("id", "split", "lang", "text", "spans")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Storgatan", "Kungsgatan", "Järnvägsgatan", "Skolgatan",
    "Nygatan", "Östra Storgatan", "Västra Hamngatan", "Linnégatan", "Götgatan", "Hornsgatan",
    "Fleminggatan", "Odengatan", "Hantverkargatan", "Södra Förstadsgatan", "Bergsgatan",
    "Trädgårdsgatan", "Prästgatan", "Norra Strandgatan", "Tegnérgatan", "S:t Olofsgatan",
    "Sankt Eriksgatan", "Karl Johansgatan", "Björkvägen", "Granvägen", "Tallvägen", "Ekvägen",
    "Lönnvägen", "Syrenvägen", "Rosenvägen", "Industrivägen", "Backvägen", "Villavägen",
    "Parkvägen", "Solvägen", "Ängsvägen", "Kyrkvägen", "Södra vägen", "Nynäsvägen",
    "Valhallavägen", "Karlavägen", "Sveavägen", "Hagalundsvägen", "Trastvägen", "Lärksvängen",
    "Tranbärssvängen", "Videsvängen", "Kometsvängen", "Duvsvängen", "Ekallé", "Lindallén",
    "Kastanjeallén", "Parkallén", "Lövängs allé", "Kronans allé", "Kvarnbacken", "Klockarbacken",
    "Västerbacken", "Tomtebacken", "Prästgårdsbacke", "Lugnets backe", "Blåbärsstigen",
    "Lingonstigen", "Hästhovsstigen", "Vitsippsstigen", "Messtigen", "Stortorget", "Järntorget",
    "Fisktorget", "Gustav Adolfs torg", "Lilla torg", "Stationsplan", "Kyrkplan", "Tingsplan",
    "Brunnsplan", "Skomakargränd", "Klockgränd", "Bagargränd", "Snickargränd", "Pilgränd",
    "Skeppsbrokajen", "Norra kajen", "Södra kajen", "Packhuskajen", "Hamnkajen", "Kungsholms strand",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the range they route by).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 705), ("Linköping", 581, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 551, 556), ("Norrköping", 602, 605), ("Lund", 222, 227), ("Umeå", 901, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 153), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Östersund", 831, 832), ("Trollhättan", 461, 462), ("Kalmar", 392, 393),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Täby", 183, 187), ("Nacka", 131, 132),
    ("Huddinge", 141, 141), ("Jakobsberg", 177, 177), ("Lidingö", 181, 181), ("Sollentuna", 191, 192),
    ("Märsta", 195, 195), ("Handen", 136, 136), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434),
    ("Alingsås", 441, 441), ("Partille", 433, 433), ("Falun", 791, 791), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Nyköping", 611, 611), ("Uddevalla", 451, 451),
    ("Varberg", 432, 432), ("Borlänge", 781, 784), ("Motala", 591, 591), ("Landskrona", 261, 261),
    ("Örnsköldsvik", 891, 891), ("Skellefteå", 931, 931), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Visby", 621, 621), ("Lidköping", 531, 531), ("Ystad", 271, 271), ("Trelleborg", 231, 231),
    ("Hudiksvall", 824, 824), ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Mora", 792, 792),
    ("Arvika", 671, 671), ("Härnösand", 871, 871), ("Oskarshamn", 572, 572), ("Norrtälje", 761, 761),
)  # fmt: skip
RURAL_TOWNS = (
    ("Söderala", 826), ("Järvsö", 827), ("Åre", 837), ("Vemdalen", 846), ("Ramsele", 880),
    ("Vindeln", 922), ("Älvsbyn", 942), ("Överkalix", 956), ("Rättvik", 795), ("Älvdalen", 796),
    ("Torsby", 685), ("Filipstad", 682), ("Tingsryd", 362), ("Vimmerby", 598), ("Ljungby", 341),
    ("Sjöbo", 275), ("Tomelilla", 273), ("Tanumshede", 457), ("Färgelanda", 458), ("Tidaholm", 522),
    ("Ydre", 573), ("Östhammar", 742), ("Heby", 744), ("Ljusdal", 827), ("Orsa", 794),
)  # fmt: skip
# Villages and farms that rural addresses go by (`Västanå 14`).
VILLAGES = (
    "Västanå", "Sörbyn", "Kråkmyra", "Bäckby", "Ängebo", "Lillåsen", "Håsjö", "Tallåsen",
    "Rörbäck", "Gammelgården", "Norrgärde", "Östanbäck", "Hedby", "Skräddarbo", "Storbyn",
    "Mellanbyn", "Nybyn", "Lövsta", "Hästbacka", "Finnbacka", "Kvarnån", "Stensjö", "Djupdal",
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Station Road", "High Street", "Church Street", "Victoria Street", "Mill Lane",
    "Park Road", "Queens Road", "The Crescent", "Grove Avenue", "Elm Close", "Manor Way",
    "Kingsway", "St John's Road", "Windsor Terrace", "Chapel Street", "Bridge Road", "Moor Lane",
    "London Road", "Meadow View", "Orchard Drive", "Beech Grove",
)  # fmt: skip
UK_TOWNS = (
    ("Bristol", "BS", 1, 16), ("Leeds", "LS", 1, 29), ("Manchester", "M", 1, 40), ("Sheffield", "S", 1, 36),
    ("Nottingham", "NG", 1, 20), ("Cardiff", "CF", 5, 24), ("Edinburgh", "EH", 1, 17), ("Glasgow", "G", 1, 53),
    ("Norwich", "NR", 1, 14), ("York", "YO", 10, 32), ("Brighton", "BN", 1, 3), ("Reading", "RG", 1, 6),
    ("Leicester", "LE", 1, 5), ("Milton Keynes", "MK", 1, 15), ("Birmingham", "B", 1, 45),
    ("London", "SE", 1, 28), ("London", "N", 1, 22), ("Oxford", "OX", 1, 4), ("Exeter", "EX", 1, 4),
    ("Belfast", "BT", 1, 17), ("Southampton", "SO", 14, 19), ("Cambridge", "CB", 1, 5),
)  # fmt: skip
US_STREETS = (
    "Maple Ave", "Elm Street", "N Main St", "Oak Drive", "Lakeview Blvd", "W 42nd St",
    "Pine Ridge Rd", "Cedar Lane", "Washington Ave", "Park Place", "Sunset Blvd", "Hillcrest Dr",
    "S 3rd Street", "Willow Court", "River Road",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Columbus", "OH", 432),
    ("Denver", "CO", 802), ("Portland", "OR", 972), ("Chicago", "IL", 606), ("Brooklyn", "NY", 112),
    ("Madison", "WI", 537), ("Raleigh", "NC", 276), ("Phoenix", "AZ", 850), ("Atlanta", "GA", 303),
    ("Boston", "MA", 21), ("Sioux Falls", "SD", 571), ("Worcester", "MA", 16),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-14199} Berlin", "Lindenallee {n}, {z5:50667-51149} Köln",
    "Am Markt {n}, 0{z4:4109-4357} Leipzig", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} boulevard de la Liberté, {z5:59000-59800} Lille", "Hämeenkatu {n}, 33{z3:100-900} Tampere",
    "Aurakatu {n} B {m}, 20{z3:100-900} Turku", "Storgata {n}, 0{z3:150-190} Oslo",
    "Strandgaten {n}, 50{z2:10-15} Bergen", "Nørrebrogade {n}, {m}. th., 2200 København N",
    "Vestergade {n}, 8000 Aarhus C", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "ul. Floriańska {n} m. {m}, 31-{z3:100-999} Kraków", "Calle Mayor {n}, {m}º B, 280{z2:01-55} Madrid",
    "Avinguda Diagonal {n}, 080{z2:01-40} Barcelona", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Prinsengracht {n}-{m}, {z4:1015-1017} {L2} Amsterdam", "Via Nazionale {n}, 001{z2:84-87} Roma",
    "Narva mnt {n}, 10{z3:111-152} Tallinn", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "Apartment {m}, {n} Grand Canal Street, Dublin 2, D02 {EIR}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bahnhof.se", "hotmail.co.uk", "yahoo.com")  # fmt: skip
WORK = ("example.se", "flytt.example.se", "logistik.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
# The second parts of Swedish hyphenated given names (`Anna-Karin`, `Lars-Göran`).
SECOND_F = ("Karin", "Marie", "Lena", "Louise", "Britt", "Christin", "Sofie", "Maria", "Lotta")
SECOND_M = ("Erik", "Johan", "Olof", "Göran", "Åke", "Anders", "Gustav", "Ove", "Inge", "Olov")
FIRM_BOXES = ("info", "kundservice", "bokning", "order", "flytt", "support", "dispatch", "returns", "hello", "moves", "retur", "leverans", "kontakt")  # fmt: skip


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
    """Every value of DH from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish"
            and given[0][1] == "head"
            and "-" not in given[0][0]
            and r.random() < 0.04
        ):
            second = r.choice(SECOND_F if woman else SECOND_M)  # Anna-Karin, Lars-Göran
            if second != given[0][0]:
                given.append((second, "second"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.3, "uk": 0.25}.get(key, 0.04):
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
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
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
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_BOXES)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("00233699")
        a2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "35", "36", "90", "60", "63", "26", "54")
        )
        a3 = r.choice(("120", "171", "220", "240", "243", "290", "322", "340", "411", "455", "470", "480", "499", "500", "511", "522", "550", "570", "586", "612", "640", "650", "660", "670", "911", "920", "950", "980"))  # fmt: skip
        mobiles = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
        )  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        shapes = mobiles if mobile or r.random() < 0.65 else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an agency's Swedish number: switchboards, 020, 0771, 010."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010 {d[:3]} {d[3:5]} {d[5:7]}",
            f"08-{d[:3]} {d[3:5]} 00", f"+46 771 {d[:3]} {d[3:6]}", f"0{r.choice(('31', '40', '18'))}-{d[:3]} {d[3:5]} 00",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07{r.choice('4589')}{d[:2]} {d}", f"+44 7{r.choice('4589')}{d[:2]} {d}",
            f"+44 (0)7{r.choice('4589')}{d[:2]} {d}", f"020 7946 0{d[:3]}", f"0117 496 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"(0113) 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"+44 20 7946 0{d[:3]}",
            f"0800 {d[:3]} {d[3:]}{r.randrange(10)}", f"0344 {d[:3]} {d[3:]}{r.randrange(10)}", f"028 9049 6{d[:3]}", f"01632 960{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            (
                "612",
                "206",
                "512",
                "614",
                "303",
                "503",
                "312",
                "718",
                "608",
                "919",
                "602",
                "404",
                "617",
            )
        )
        shapes = (
            f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}",
            f"+1 ({area}) 555-0{d}", f"1-800-555-0{d}", f"{area} 555 0{d}", f"+1-{area}-555-0{d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"040 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:7]}", f"0049 221 {d[:6]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+1 (612) 555-0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+93 70 {d[:3]} {d[3:7]}",
            f"+291 7 {d[:6]}", f"00 46 {r.choice('37')}0 {d[:3]} {d[3:5]} {d[5:7]}", f"+353 87 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool | None = None) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        `+` for a person past a hundred in the 10-digit form."""
        r = self.rng
        if old is None:
            old = r.random() < 0.1
        year = r.randrange(1918, 1927) if old else r.randrange(1935, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old and roll < 0.75:  # past a hundred: `+` in the 10-digit form
            return f"{date}+{serial}{check}"
        if old:  # or the 12 digits, which need no `+`
            return f"{year // 100}{date}{'-' if roll < 0.92 else ''}{serial}{check}"
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
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
            town, prefix = r.choice(RURAL_TOWNS)
            code = f"{prefix}{r.randrange(90, 100)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.8 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.07:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 230)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.18):
            street += (
                f"{r.choice((' ', ', ', ' '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            )
        elif not rural and r.random() < 0.08:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.randrange(2, 6)} tr, lgh {r.randrange(1, 30)}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.28:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        elif roll < 0.36:
            street = f"Flat {r.randrange(1, 9)}{r.choice('ABC')}, {r.choice(('Riverside Court', 'Mill House', 'Belvedere Lofts', 'Oak Mansions'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f"{r.choice((', Apt ', ' Apt ', ', Unit ', ' #', ', Suite '))}{r.randrange(2, 40)}{r.choice(('', '', 'B', 'C'))}"
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
        out = out.replace("{EIR}", "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (form not in PERSON_FORMS and form.endswith("s")) else form
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
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hour = r.randrange(7, 20)
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AT": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "AUP": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STR": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{hour}{':' if en else r.choice((':', '.'))}{r.choice(('00', '15', '30', '45', '10', '50'))}", None),
        "WIN": lambda: (r.choice((f"{hour}–{hour + 2}", f"{hour}:00-{hour + 3}:00", f"kl {hour}.00–{hour + 1}.30" if not en else f"{hour}:00–{hour + 1}:30", f"{hour:02d}:00 - {hour + 4:02d}:00")), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(49, 39000):,} kr".replace(",", " "), f"{r.randrange(49, 9000)}:-", f"SEK {r.randrange(100, 25000)}", f"{r.randrange(29, 999)},{r.choice(('00', '50', '90'))} kr")), None),
        "GBP": lambda: (f"£{r.randrange(4, 2900)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(6, 4800)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(9, 3000)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 9999999)}", f"{r.choice(letters)}{r.choice(letters)}-{r.randrange(10000, 99999)}", f"#{r.randrange(1000, 999999)}", f"{r.randrange(2026, 2028)}-{r.randrange(100, 9999):04d}", f"ORD{r.randrange(1000000, 9999999)}")), None),
        "TRACK": lambda: (r.choice((f"00370{draw.digits(15)}", f"{r.choice(letters)}{r.choice(letters)}{draw.digits(9)}SE", f"JJFI{draw.digits(16)}", f"1Z{draw.digits(4)}{r.choice(letters)}{r.choice(letters)}{draw.digits(10)}", f"BB{draw.digits(10)}", f"{draw.digits(10)}", f"IB{draw.digits(8)}")), None),
        "TRACKUK": lambda: (r.choice((f"{r.choice(letters)}{r.choice(letters)}{draw.digits(9)}GB", f"H{draw.digits(2)}{r.choice(letters)}{r.choice(letters)}{draw.digits(11)}", f"{draw.digits(14)}", f"1Z{draw.digits(4)}{r.choice(letters)}{r.choice(letters)}{draw.digits(10)}", f"TBA{draw.digits(12)}")), None),
        "PIN": lambda: (draw.digits(r.choice((4, 6, 6))), None),
        "ANL": lambda: (f"735999{draw.digits(12)}", None),
        "KUND": lambda: (r.choice((draw.digits(8), f"{draw.digits(3)} {draw.digits(3)} {draw.digits(2)}", f"K{draw.digits(6)}", draw.digits(10))), None),
        "ORG": lambda: (f"5{r.choice('56')}{draw.digits(4)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 16))), None),
        "BG": lambda: (f"{draw.digits(r.choice((3, 4)))}-{draw.digits(4)}", None),
        "VOL": lambda: (str(r.randrange(6, 95)), None),
        "KG": lambda: (f"{r.randrange(1, 40)},{r.randrange(10)}" if not en else f"{r.randrange(1, 40)}.{r.randrange(10)}", None),
        "KOLLI": lambda: (str(r.randrange(1, 14)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS + tuple((t, s, 0, 0) for t, s, _ in US_TOWNS))[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "DOOR": lambda: (r.choice((draw.digits(4), f"{draw.digits(4)}#", f"{draw.digits(2)}{r.choice('AB')}{draw.digits(2)}")), None),
        "REG": lambda: (f"{''.join(r.choice(letters) for _ in range(3))} {draw.digits(2)}{r.choice(letters + '0123456789')}", None),
        "YEAR": lambda: (str(r.randrange(1962, 2025)), None),
    }  # fmt: skip
    if form in WORDS:
        return r.choice(WORDS[form]), None
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
            base[:-1]
            if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS
            else base
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
    """DH's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw | None = None) -> None:
    """Counts only: no row of DH is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["lower-case given name alone"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ids[
                    f"{len(digits)} digits {'with ' + ('+' if '+' in value else '-') if not value.isdigit() else 'without'}"
                ] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items())))
    if draw is None:
        return
    print(f"nicknames: {draw.forms['nickname']}")
    total = draw.split["head"] + draw.split["tail"]
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print(f"hyphenated second parts: {draw.split['second']}")
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = Counter(str(row.get("id")) for row in rows)
    problems["duplicate id"] = sum(n - 1 for n in ids.values())
    for row in rows:
        if tuple(row) != KEYS:
            problems["keys"] += 1
        problems["split"] += row.get("split") != SPLIT
        problems["lang"] += row.get("lang") not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
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
                digits = re.sub(r"\D", "", value)[-10:]
                good = re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value) and luhn(
                    digits[:9]
                ) == int(digits[9])
                problems["personnummer check digit"] += not good
    sizes = Counter(row["lang"] for row in rows)
    problems["sizes"] += dict(sizes) != SIZES
    stats(rows)
    bad = {k: v for k, v in problems.items() if v}
    print(
        f"check: {len(rows)} rows, {len(ids)} ids, {sum(len(row['spans']) for row in rows)} spans; problems: {bad or 'none'}"
    )
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
