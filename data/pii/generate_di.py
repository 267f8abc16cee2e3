# ruff: noqa: E501
"""Generate held-out DI for personal-data detection (issue 15): names as the population has them,
a ninety-second writer. Every name word comes from `names_di.py`'s weighted pools (SCB's ranks for
Sweden, the US Census 1990 per cents, the ONS rankings for the UK, the commonest names of the
origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the
language of the row roughly as Sweden's population is; written by a helper who tunes nothing and
who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row
format, `--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first
line of `generated-heldout-u.jsonl`, never the detector, its lexicons or any other set; the genre is
weddings, funerals and family celebrations (`templates_di.py`): guest lists, seating plans,
invitations and RSVPs, caterers', venues' and photographers' bookings, funeral directors'
arrangements and memorial notices, christenings, confirmations, bar and bat mitzvahs and
birthday parties planned in group chats, thank-you cards and gift lists.

    python data/pii/generate_di.py            # writes data/pii/generated-heldout-di.jsonl
    python data/pii/generate_di.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_di.py --check    # checks the written file, prints counts only
    python data/pii/generate_di.py --seed 7 --out /tmp/di-7.jsonl   # a scratch seed

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

from names_di import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, masculine, plain  # noqa: E402
from templates_di import (  # noqa: E402
    BYRAER,
    CATERERS,
    CATERERS_EN,
    CEMETERIES,
    CEMETERIES_EN,
    CHURCHES,
    CREMATORIA,
    DAYS,
    EN,
    FLORISTS,
    FUNERAL_HOMES,
    HOSPITALS,
    KYRKOR,
    LOKALER,
    MIXED,
    MONTHS,
    NEGATIVES,
    PLATSER,
    SJUKHUS,
    SV,
    VENUES,
)

SEED = 20270169
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-di.jsonl"
SPLIT = "heldout-di"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Kyrkogatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Trädgårdsgatan",
    "Västra Hamngatan", "Östra Storgatan", "Järnvägsgatan", "Linnégatan", "Birger Jarlsgatan",
    "Engelbrektsgatan", "Fabriksgatan", "Nygatan", "Bergsgatan", "Prästgatan", "Södra Långgatan",
    "Tegnérgatan", "Karlavägen", "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Ekvägen",
    "Rönnvägen", "Lindvägen", "Aspvägen", "Hasselvägen", "Blåklockevägen", "Prästgårdsvägen",
    "Kyrkvägen", "Skolvägen", "Idrottsvägen", "Solvägen", "Sjövägen", "Strandvägen", "Ringvägen",
    "Bruksvägen", "Gamla vägen", "Värmlandsvägen", "Solsvängen", "Tallsvängen", "Smedsvängen",
    "Lärksvängen", "Lindallén", "Kastanjeallén", "Björkallé", "Parkallén", "Slottsallén",
    "Klockarbacken", "Solbacken", "Kvarnbacken", "Ekbacken", "Sjöviks backe", "Lingonstigen",
    "Blåbärsstigen", "Hjortronstigen", "Vitsippsstigen", "Ekorrstigen", "Stortorget", "Lilla torget",
    "Fisktorget", "Järntorget", "Hötorget", "Stationsplan", "Skolplan", "Brunnsplan", "Mästargränd",
    "Klockargränd", "Tunnbindaregränd", "Glasbruksgränd", "Norra kajen", "Skeppsbrokajen",
    "Stadskajen", "Hamnkajen", "Fågelslingan", "Ängsslingan", "Björkliden", "Kvarngången",
    "Tornfalksvägen", "Ekdungen", "Smedjebacken", "Rosenlundsgatan", "Vallgatan", "Torsgatan",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 856), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Halmstad", 302, 302), ("Växjö", 352, 352), ("Luleå", 972, 975),
    ("Nacka", 131, 131), ("Täby", 183, 187), ("Solna", 169, 171), ("Lidingö", 181, 181),
    ("Huddinge", 141, 141), ("Sollentuna", 191, 192), ("Järfälla", 175, 177), ("Haninge", 136, 137),
    ("Mölndal", 431, 431), ("Kungälv", 442, 442), ("Lerum", 443, 443), ("Borlänge", 781, 784),
    ("Östersund", 831, 831), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Visby", 621, 621),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Ystad", 271, 271), ("Kiruna", 981, 981),
    ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Skellefteå", 931, 931), ("Trollhättan", 461, 461),
    ("Motala", 591, 591), ("Lidköping", 531, 531), ("Enköping", 745, 745), ("Landskrona", 261, 261),
    ("Trelleborg", 231, 231), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Härnösand", 871, 871),
    # the smaller towns, where rural addresses are drawn (from here on)
    ("Hudiksvall", 824, 824), ("Arvika", 671, 671), ("Nässjö", 571, 571), ("Värnamo", 331, 331),
    ("Västervik", 593, 593), ("Mariestad", 542, 542), ("Ängelholm", 262, 262), ("Hässleholm", 281, 281),
    ("Katrineholm", 641, 641), ("Köping", 731, 731), ("Sala", 733, 733), ("Ludvika", 771, 771),
    ("Mora", 792, 792), ("Lycksele", 921, 921), ("Kalix", 952, 952), ("Strängnäs", 645, 645),
    ("Tranås", 573, 573), ("Oskarshamn", 572, 572), ("Falkenberg", 311, 311), ("Simrishamn", 272, 272),
)  # fmt: skip
RURAL_FROM = 56  # SV_TOWNS[RURAL_FROM:] are the smaller towns
# Villages and hamlets whose names are the address in the countryside (`Västanby 214`).
VILLAGES = (
    "Lillbyn", "Västanby", "Österbyn", "Sundby", "Hagby", "Kärrby", "Forsby", "Gärdsby", "Bergby",
    "Nybyn", "Mellanbyn", "Storbyn", "Tallåsen", "Hökåsen", "Rönnäs", "Lövsta", "Skogsbo",
    "Kvarntorp", "Gammelgården", "Enebacken", "Sörmon", "Norrvik", "Granlunda", "Hästhagen",
    "Övre Ål", "Nedre Sund", "Östra Ryd", "Kyrkbyn", "Åkerstorp", "Lindsbo",
)  # fmt: skip
UK_STREETS = (
    "Acacia Avenue", "Church Road", "Victoria Street", "Queens Road", "Albert Road", "The Crescent",
    "Mill Lane", "Highfield Road", "Park View", "Orchard Way", "Meadow Close", "Green Lane",
    "Station Approach", "The Paddocks", "Westfield Drive", "Kingsway", "Brook Street", "Priory Gardens",
)  # fmt: skip
UK_TOWNS = (
    ("Harrogate", "HG"), ("York", "YO"), ("Bath", "BA"), ("Oxford", "OX"), ("Cambridge", "CB"),
    ("Brighton", "BN"), ("Exeter", "EX"), ("Chester", "CH"), ("Leicester", "LE"), ("Nottingham", "NG"),
    ("Sheffield", "S"), ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Belfast", "BT"),
    ("Reading", "RG"), ("Canterbury", "CT"), ("Worcester", "WR"), ("Lincoln", "LN"), ("Swansea", "SA"),
    ("Aberdeen", "AB"), ("Derby", "DE"), ("Liverpool", "L"),
)  # fmt: skip
UK_HOUSES = ("The Old Vicarage", "Willow Cottage", "Honeysuckle Cottage", "The Barn", "Oak Lodge", "Meadow View", "The Coach House", "Brook House")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Lincoln Avenue", "Washington Street", "Cedar Lane", "Lakeview Drive", "Park Avenue", "Hillcrest Road", "Ridgewood Drive", "Willow Lane", "2nd Street", "W 5th Street", "N Main Street")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Seattle", "WA", 981), ("Chicago", "IL", 606),
    ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Brooklyn", "NY", 112), ("Boston", "MA", 21),
    ("Austin", "TX", 787), ("Denver", "CO", 802), ("Madison", "WI", 537), ("Portland", "OR", 972),
    ("Ann Arbor", "MI", 481), ("Lindsborg", "KS", 674), ("Sioux Falls", "SD", 571), ("Omaha", "NE", 681),
    ("Columbus", "OH", 432), ("Phoenix", "AZ", 850), ("San Diego", "CA", 921), ("Atlanta", "GA", 303),
)  # fmt: skip
EUROPE = (
    "Goethestraße {n}, {z5:10115-14199} Berlin", "Schillerstraße {n}, {z5:80331-81929} München",
    "Lindenstraße {n}, {z5:20095-22769} Hamburg", "Storgata {n}, {z4:0150-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, 8000 Aarhus C", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "ul. Marszałkowska {n}/{m}, 00-{z3:590-699} Warszawa",
    "ul. Długa {n}, 80-{z3:827-831} Gdańsk", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "{n} rue Victor Hugo, {z5:69002-69009} Lyon",
    "{n} avenue de la République, 75011 Paris", "Calle Mayor {n}, {m}º B, 28013 Madrid",
    "Carrer de Mallorca {n}, {z5:08008-08037} Barcelona", "Via Garibaldi {n}, 50123 Firenze",
    "Bahnhofstrasse {n}, 8001 Zürich", "Ferhadija {n}, 71000 Sarajevo", "Knez Mihailova {n}, 11000 Beograd",
    "Ilica {n}, 10000 Zagreb", "Bağdat Caddesi No: {n} D: {m}, {z5:34710-34744} Kadıköy/İstanbul",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "me.com")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "kyrkan.example.se", "kommun.example.se", "example.co.uk", "mail.example.com")  # fmt: skip
FIRM_LOCAL = ("info", "bokning", "kontakt", "order", "hej", "events", "kansli", "expedition", "bestallning", "fest", "kundtjanst")  # fmt: skip
FIRM_DOMAIN = ("festlokal.example.se", "catering.example.se", "begravning.example.se", "foto.example.se", "blommor.example.se", "example.se", "pastorat.example.se", "konditori.example.se")  # fmt: skip
FIRM_LOCAL_EN = ("info", "hello", "bookings", "enquiries", "office", "weddings", "events", "orders", "funerals")  # fmt: skip
FIRM_DOMAIN_EN = ("example.com", "example.co.uk", "events.example.com", "catering.example.co.uk", "example.org", "funeralcare.example.com")  # fmt: skip
# Swedish double given names as people carry them: a first name and the seconds it is joined to.
JOINED_F = {
    "Anna": ("Karin", "Lena", "Maria", "Carin", "Stina", "Lisa"), "Eva": ("Lena", "Karin", "Marie"),
    "Ann": ("Marie", "Christin", "Sofie", "Charlotte", "Louise"), "Maria": ("Louise", "Theresia"),
    "Karin": ("Maria",), "Lena": ("Maria",), "Ulla": ("Britt", "Karin"), "Britt": ("Marie", "Inger"),
    "Inger": ("Marie",), "Maj": ("Britt", "Lis"), "Mona": ("Lisa",),
}  # fmt: skip
JOINED_M = {
    "Karl": ("Erik", "Johan", "Axel", "Gustav"), "Per": ("Olof", "Erik", "Anders", "Åke"),
    "Lars": ("Erik", "Göran", "Olof", "Åke"), "Jan": ("Erik", "Olof", "Åke", "Ove"), "Nils": ("Erik", "Olof"),
    "Carl": ("Johan", "Fredrik", "Axel"), "Hans": ("Erik", "Olof"), "Bo": ("Göran", "Anders"),
    "Sven": ("Erik", "Olof"), "Anders": ("Petter",), "Johan": ("Olof",), "Erik": ("Gustav",),
}  # fmt: skip
AREA2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "23", "26", "35", "36", "42", "44", "46")  # fmt: skip
AREA3 = ("480", "470", "498", "910", "920", "611", "660", "520", "500", "510", "150", "155", "171", "240", "250", "570", "380", "640", "970", "980")  # fmt: skip


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
    """Every value of DI from one seeded Random; counts the head/tail split, origins and forms."""

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

    def person(self, woman: bool | None, kin: Person | None = None) -> Person:
        """Someone named by the mix of the row's language; a relative of `kin` shares its surname."""
        r = self.rng
        if kin is not None:
            key = kin.origin
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        joined = JOINED_F if woman else JOINED_M
        if key == "swedish" and given[0][0] in joined and r.random() < 0.3:  # Karl-Erik, Anna-Lena
            second = r.choice(joined[given[0][0]])
            given = [(f"{given[0][0]}-{second}", given[0][1])]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.3, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        joint = " "
        if kin is not None:
            surname = [(masculine(w) if key == "polish" else w, "kin") for w, _ in kin.surname]
            joint = kin.joint
        else:
            surname = [self.pick(origin.surnames)]
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
            if part in ("head", "tail"):  # a relative's surname was counted when first drawn
                self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
            f"{surname}.{given}", f"{given}_{surname}", f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}",
        ))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        """A firm's address (a caterer's, a venue's, a funeral director's), no person's."""
        english = self.lang == "en"
        local = self.rng.choice(FIRM_LOCAL_EN if english else FIRM_LOCAL)
        return f"{local}@{self.rng.choice(FIRM_DOMAIN_EN if english else FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 (0){a2}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r, d = self.rng, self.digits(8)
        return r.choice((
            f"07700 900{d[:3]}", f"07{d[:3]} {d[3:6]}{d[6:8]}{r.randrange(10)}", f"+44 7700 900{d[:3]}", f"+44 (0)7{d[:3]} {d[3:6]} {d[6:8]}{r.randrange(10)}",
            f"020 7946 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"01423 {d[:6]}",
            f"0131 496 0{d[:3]}", f"029 2018 0{d[:3]}", f"0044 1865 {d[:6]}", f"028 9018 0{d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r, d = self.rng, self.digits(4)
        area = r.choice(
            (
                "612",
                "651",
                "206",
                "312",
                "815",
                "716",
                "718",
                "617",
                "512",
                "303",
                "608",
                "503",
                "734",
                "785",
            )
        )
        return r.choice((f"({area}) 555-{d}", f"{area}-555-{d}", f"+1 {area}-555-{d}", f"{area}.555.{d}", f"+1 ({area}) 555-{d}", f"1-{area}-555-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 4{d[:7]}", f"0047 9{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}",
            f"00358 44 {d[:7]}", f"+44 7700 900{d[:3]}", f"+1 (612) 555-0{d[:3]}", f"+49 30 {d[:8]}",
            f"+49 (0)171 {d[:3]} {d[3:7]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 347 {d[:3]} {d[3:7]}",
            f"+31 6 {d[:8]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:3]} {d[3:7]}",
            f"+385 91 {d[:3]} {d[3:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+291 7 {d[:6]}",
            f"+961 3 {d[:3]} {d[3:6]}", f"+30 69{d[:2]} {d[2:5]} {d[5:8]}", f"00372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, kind: str = "adult") -> str:
        """A personnummer with a valid check digit, in the four ways people write it; `+` in the
        ten-digit form for someone who turns a hundred this year or has."""
        r = self.rng
        low, high = {"adult": (1940, 2006), "old": (1920, 1950), "child": (2024, 2026)}[kind]
        year = r.randrange(low, high + 1)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        sep = "+" if year <= 1927 else "-"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8 or sep == "+":
            return f"{date}{sep}{serial}{check}"
        if roll < 0.9:
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
        """A town and a postcode in its range; a rural one ends in 9x, as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.07:
            out += ", Sverige"
        return out

    def village(self) -> str:
        r = self.rng
        n = r.randrange(1, 60) if r.random() < 0.7 else r.randrange(100, 4999)
        return f"{r.choice(VILLAGES)} {n}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural:
            roll = r.random()
            if lgh or roll < 0.12:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            elif roll < 0.18:
                street += f", {r.randrange(1, 7)} tr"
            elif roll < 0.2:
                street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

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
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 12)}{r.choice(('', '', 'B'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        zipcode = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zipcode}"
            if lines
            else f"{street}, {town}, {state} {zipcode}"
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
        short = draw.nickname(person, 0.85 if base in ("N", "n") else 0.1 if base != "GU" else 0)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d)(?:~(\d))?)?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: ((draw.uk_address() if r.random() < 0.5 else draw.us_address()).lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(lines=r.random() < 0.15), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id("adult"), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id("child"), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(10, 12)}{r.choice(('', ':30'))}{r.choice(('am', ' am', ' a.m.'))}", f"{r.randrange(1, 9)}{r.choice(('', ':30'))}{r.choice(('pm', ' pm', ' p.m.'))}", f"{r.randrange(10, 21)}:{r.choice(('00', '30'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "NUM": lambda: (str(r.randrange(2, 160)), None),
        "AGE": lambda: (str(r.randrange(66, 101)), None),
        "YEAR": lambda: (str(r.randrange(1922, 1960)), None),
        "YEARD": lambda: (str(r.randrange(2024, 2028)), None),
        "YEARK": lambda: (str(r.randrange(2011, 2014)), None),
        "YEARK2": lambda: (str(r.randrange(2040, 2066)), None),
        "BLOCK": lambda: (r.choice("ABCDEFGHK") + r.choice(("", "", str(r.randrange(1, 20)))), None),
        "AMT": lambda: (f"{r.randrange(300, 95000):,} kr".replace(",", " "), None),
        "AMTS": lambda: (f"{r.randrange(95, 2400)} kr", None),
        "GBP": lambda: (f"£{r.randrange(150, 9000):,}", None),
        "GBPS": lambda: (f"£{r.randrange(12, 95)}", None),
        "USD": lambda: (f"${r.randrange(50, 9000):,}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}", f"{r.randrange(2026, 2028)}/{r.randrange(100, 9999)}")), None),
        "ORDER": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"ORD-{r.randrange(1000, 99999)}", f"B{r.randrange(10000, 99999)}")), None),
        "INV": lambda: (f"{r.randrange(2026, 2028)}{r.randrange(1000, 99999):05d}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 16)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORG": lambda: (f"{r.choice('5789')}5{draw.digits(4)}-{draw.digits(4)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice((r.choice(UK_TOWNS)[0], r.choice(US_TOWNS)[0])), None),
        "TOWNUS": lambda: (r.choice(US_TOWNS)[0], None),
        "KYRKA": lambda: (r.choice(KYRKOR), None),
        "CEM": lambda: (r.choice(CEMETERIES), None),
        "LOKAL": lambda: (r.choice(LOKALER), None),
        "PLATS": lambda: (r.choice(PLATSER), None),
        "SJH": lambda: (r.choice(SJUKHUS), None),
        "BYRA": lambda: (r.choice(BYRAER), None),
        "CAT": lambda: (r.choice(CATERERS), None),
        "BLOM": lambda: (r.choice(FLORISTS), None),
        "CHURCH": lambda: (r.choice(CHURCHES), None),
        "VENUE": lambda: (r.choice(VENUES), None),
        "CREM": lambda: (r.choice(CREMATORIA), None),
        "CEMEN": lambda: (r.choice(CEMETERIES_EN), None),
        "FH": lambda: (r.choice(FUNERAL_HOMES), None),
        "CATEN": lambda: (r.choice(CATERERS_EN), None),
        "HOSP": lambda: (r.choice(HOSPITALS), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            woman = {"f": True, "m": False}.get(gender or "")
            if ref and ref in people:
                person = people[ref]
            else:
                relative = None
                if kin:
                    if kin not in people:
                        people[kin] = draw.person(None)
                    relative = people[kin]
                person = draw.person(woman, relative)
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
    """DI's rows: every negative once, then positive rows from shuffled decks of each language's
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
    if not re.fullmatch(r"(?:\d{8}-?\d{4}|\d{6}[-+]?\d{4})", value):
        return False
    digits = re.sub(r"\D", "", value)[-10:]
    return luhn(digits[:9]) == int(digits[9])


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of DI is printed."""
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
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o name"] += (
                    "c/o" in text[max(0, span["start"] - 40) : span["start"]]
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
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
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["keys"] += 1
        ids[row["id"]] += 1
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id form"] += not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in KINDS
            problems["empty"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer check digit"] += not pnr_valid(value)
            end = stop
    problems["duplicate ids"] = sum(n - 1 for n in ids.values() if n > 1)
    langs = Counter(row["lang"] for row in rows)
    problems["sizes"] += dict(langs) != SIZES
    found = {k: v for k, v in problems.items() if v}
    print(
        f"checked {len(rows)} rows, {sum(len(row['spans']) for row in rows)} spans: "
        + (", ".join(f"{k} {v}" for k, v in found.items()) if found else "no problems")
    )
    stats(rows, None)
    return 1 if found else 0


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
