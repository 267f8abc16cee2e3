# ruff: noqa: E501
"""Generate held-out EV for personal-data detection (issue 15): names as the population has them,
a hundred-and-thirty-first writer, in restaurants, cafés, catering and table bookings.

    python data/pii/generate_ev.py                         # writes data/pii/generated-heldout-ev.jsonl
    python data/pii/generate_ev.py --stats                 # counts only (sizes, forms, head/tail split)
    python data/pii/generate_ev.py --check                 # checks the written file, counts only
    python data/pii/generate_ev.py --seed 7 --out /tmp/x   # a scratch seed, written elsewhere

EV's names are drawn by how often people really carry them: every name word comes from
`names_ev.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is restaurants, cafés, catering and table bookings (`templates_ev.py`): booking
confirmations and web forms, no-show fees, staff chats, rotas, the staff ledger, employment
contracts and payslips, catering orders, offers and invoices, care-home diet lists, wedding
seating plans, licence applications, food inspections, reviews, lost property, cake orders and
deliveries, in Swedish, English and the two mixed as Swedes write them at work. Written by a helper
who does not tune the detector, who read only `generate_aw.py` (for the mechanics), two sections of
docs/privacy.md (Held-out AW and CL) and the first line of `generated-heldout-u.jsonl`, and
neither the detector's rules, lexicons and taggers, nor any other set's names, templates or rows,
nor any error listing; EV was never run through the detector by its writer, and its names were
not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ev import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ev import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270208
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ev.jsonl"
SPLIT = "heldout-ev"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Västra Hamngatan", "Södra Förstadsgatan",
    "Nygatan", "Kyrkogatan", "Hantverkargatan", "Bergsgatan", "Skolgatan", "Järnvägsgatan",
    "Östra Storgatan", "Första Långgatan", "Linnégatan", "Bryggargatan", "Fiskargatan",
    "Rådmansgatan", "Tegnérgatan", "Folkungagatan", "Ringvägen", "Sveavägen", "Björkvägen",
    "Lindvägen", "Kvarnvägen", "Skogsvägen", "Sjövägen", "Ekvägen", "Rönnvägen", "Hagvägen",
    "Backvägen", "Gamla Kungsvägen", "Mejerivägen", "Bruksvägen", "Tullvägen", "Lärkvägen",
    "Solrosvägen", "Kastanjevägen", "Lingonsvägen", "Vallmosvängen", "Mossvängen", "Ekorrsvängen",
    "Klöversvängen", "Kastanjeallén", "Karlaplan", "Stationsplan", "Järntorget", "Stortorget",
    "Lilla torg", "Gustav Adolfs torg", "Fisktorget", "Sankt Eriks torg", "Tornallén", "Parkallén",
    "Lindallé", "Ekallén", "Kvarnbacken", "Tallbacken", "Mariebergs backe", "Solbacken",
    "Prästbacken", "Blåbärsstigen", "Hasselstigen", "Vitsippsstigen", "Murgrönsstigen",
    "Skolstigen", "Kyrkogränd", "Tunnbindaregränd", "Smedjegränd", "Glasbruksgränd", "Strandkajen",
    "Norra Kajen", "Skeppsbrokajen", "Hamnkajen", "Packhusplan", "Nytorget", "Möllevångstorget",
    "Fredsgatan", "Smålandsgatan", "Brunnsgatan", "Ölandsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high): cities and small towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 722, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Visby", 621, 621), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Nyköping", 611, 611), ("Ystad", 271, 271), ("Varberg", 432, 432), ("Solna", 169, 171),
    ("Nacka", 131, 132), ("Lidingö", 181, 181), ("Sollentuna", 191, 192), ("Huddinge", 141, 141),
    ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Åre", 837, 837), ("Kiruna", 981, 981),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Karlskrona", 371, 371),
    ("Simrishamn", 272, 272), ("Båstad", 269, 269), ("Alingsås", 441, 441), ("Lysekil", 453, 453),
    ("Mora", 792, 792), ("Leksand", 793, 793), ("Borgholm", 387, 387), ("Vaxholm", 185, 185),
)  # fmt: skip
RURAL_TOWNS = SV_TOWNS[12:]
# Villages and farms as rural addresses have them (`Västanby 214, 432 92 Varberg`).
VILLAGES = (
    "Västanby", "Ekeby", "Norrby", "Söderby", "Kyrkbyn", "Bäckaby", "Lövåsen", "Sjöända", "Hult",
    "Björkhaga", "Tallbacka", "Östra Ryd", "Västra Ed", "Stora Mellby", "Gårdsjö", "Hällebo",
    "Lillgården", "Bergsgården", "Nybodarna", "Hamra", "Kvarnby", "Ängeby", "Rävsnäs", "Tranås by",
)  # fmt: skip
UK_PLACES = (
    ("London", ("SE1", "E1", "W1F", "EC2A", "N1", "SW11", "NW1", "WC2E", "E8", "SE15")),
    ("Manchester", ("M1", "M4", "M20")), ("Edinburgh", ("EH1", "EH3", "EH6")),
    ("Glasgow", ("G1", "G12", "G41")), ("Bristol", ("BS1", "BS6", "BS8")), ("Brighton", ("BN1", "BN2")),
    ("York", ("YO1", "YO10")), ("Leeds", ("LS1", "LS6")), ("Cardiff", ("CF10", "CF24")),
    ("Oxford", ("OX1", "OX4")), ("Bath", ("BA1", "BA2")), ("Liverpool", ("L1", "L8")),
    ("Belfast", ("BT1", "BT9")), ("Cambridge", ("CB1", "CB2")), ("Norwich", ("NR2", "NR3")),
    ("Whitstable", ("CT5",)), ("Padstow", ("PL28",)), ("Ambleside", ("LA22",)),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Church Street", "Station Road", "Victoria Road", "Market Place", "King Street",
    "Queen's Road", "Mill Lane", "Harbour Street", "Park Road", "Bridge Street", "Castle Street",
    "London Road", "The Parade", "Duke Street", "Princes Street", "Commercial Road", "North Street",
    "Fore Street", "Marine Parade", "Wharf Road", "Greek Street", "Exmouth Market", "Kingsland Road",
)  # fmt: skip
UK_UNITS = ("Flat 3", "Flat 12", "Unit 4", "Ground Floor", "Arch 17", "Basement")
US_PLACES = (
    ("New York", "NY", 10001, 10040), ("Brooklyn", "NY", 11201, 11238), ("Chicago", "IL", 60601, 60661),
    ("Minneapolis", "MN", 55401, 55419), ("Seattle", "WA", 98101, 98199), ("Austin", "TX", 78701, 78759),
    ("Portland", "OR", 97201, 97239), ("Boston", "MA", 2108, 2136), ("San Francisco", "CA", 94102, 94134),
    ("Denver", "CO", 80202, 80239), ("New Orleans", "LA", 70112, 70131), ("Nashville", "TN", 37201, 37221),
)  # fmt: skip
US_STREETS = (
    "Main Street", "W 4th St", "Broadway", "Elm St", "N Clark St", "Mission St", "Pike St",
    "Congress Ave", "Market St", "SE Division St", "Magazine St", "E 14th Street", "Lake Ave",
    "Bedford Ave", "Larimer St", "Oak Street",
)  # fmt: skip
EUROPE = (
    "Friedrichstraße {n}, {z5:10117-10119} Berlin", "Schanzenstraße {n}, {z5:20357-20357} Hamburg",
    "{n} rue de la Roquette, {z5:75011-75011} Paris", "{n} cours Julien, {z5:13006-13006} Marseille",
    "Via dei Coronari {n}, {z5:00186-00186} Roma", "Corso Buenos Aires {n}, {z5:20124-20124} Milano",
    "Calle de Alcalá {n}, {z5:28009-28014} Madrid", "Carrer de Verdi {n}, {z5:08012-08012} Barcelona",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "Jægersborggade {n}, {z4:2200-2200} København N",
    "Markveien {n}, {z4:0554-0559} Oslo", "Bryggen {n}, {z4:5003-5003} Bergen",
    "Mannerheimintie {n} B {m}, {z5:00100-00100} Helsinki", "Hämeenkatu {n}, {z5:33100-33100} Tampere",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Witte de Withstraat {n}, {z4:3012-3012} {L2} Rotterdam",
    "ul. Nowy Świat {n}/{m}, 00-{z3:029-373} Warszawa", "ul. Długa {n}, 80-{z3:827-831} Gdańsk",
    "Rua Augusta {n}, 1100-{z3:048-053} Lisboa", "Ermou {n}, {z3:105-105} {z2:50-63} Athína",
    "Kärntner Straße {n}, {z4:1010-1010} Wien", "Langstrasse {n}, {z4:8004-8004} Zürich",
    "Telliskivi {n}, {z5:10611-10611} Tallinn", "Rue du Marché aux Herbes {n}, {z4:1000-1000} Bruxelles",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband.net", "yahoo.com", "hotmail.co.uk")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "krog.example.se", "catering.example.com")  # fmt: skip

# The trade's look-alikes: venues, suppliers and client firms named after no person, dishes,
# places that are no address, private rooms, pets.
VENUES = {
    "sv": ("Restaurang Sjöboden", "Bistro Hamnen", "Café Kanelen", "Konditori Kronan", "Krogen Ankaret", "Vinbaren Druvan", "Gästgiveriet", "Värdshuset Kvarnen", "Brasseri Norra", "Trattoria Il Porto", "Taverna Mythos", "Pho Saigon", "Sushibaren Kai", "Thai Garden", "Pizzeria Napoli", "Gastropuben Tunnan", "Kafé Solrosen", "Bageriet på hörnet", "Saluhallens Deli", "Restaurang Stallet", "Hamnkrogen", "Skafferiet", "Matsalen", "Kök & Bar Söder"),
    "en": ("Harbour Kitchen", "The Salt House", "Copper Kettle Café", "Blue Door Bistro", "The Old Bakery", "Oak & Ember", "The Fig Tree", "Riverside Grill", "The Green Room", "Lakeside Diner", "Smoke & Barrel BBQ", "Golden Wok", "Spice Route", "The Crown & Anchor", "Northern Soul Kitchen", "Little Lisbon", "Ember Yard"),
}  # fmt: skip
SUPPLIERS = {
    "sv": ("Menigo", "Svensk Cater", "Bama", "Arla Foodservice", "Fiskhallen Väst", "Kyl & Frys Service AB", "Storköksservice Öst AB", "Vinimportören", "Lantmännen Unibake", "Grönsakshallen"),
    "en": ("Bidfood", "Brakes", "Booker", "Sysco", "US Foods", "Fresh Direct", "City Refrigeration Ltd", "Kitchen Care Services", "The Wine Society", "Harbour Fish Ltd"),
}  # fmt: skip
CLIENTS = {
    "sv": ("Vattenfall", "Telia", "Skanska", "Trafikverket", "Region Stockholm", "Spotify", "Klarna", "Volvo Cars", "Scania", "Atlas Copco", "Sandvik", "Folksam", "Länsförsäkringar", "Uppsala universitet", "Epiroc", "Northvolt", "Göteborgs Stad"),
    "en": ("Vodafone", "Unilever", "Shell", "Google", "Amazon", "Microsoft", "Accenture", "Ocado", "Monzo", "Airbnb", "the NHS trust", "the city council"),
}  # fmt: skip
DISHES = {
    "sv": ("toast Skagen", "råbiffen", "lammracken", "kalvfilén med rödvinssky", "pannbiffen med lök", "fisk- och skaldjursgrytan", "svamprisotton", "kroppkakorna", "ostkakan", "citrontarten", "rödingen med brynt smör", "wallenbergaren"),
    "en": ("fish and chips", "the Sunday roast", "sticky toffee pudding", "lobster roll", "the short rib", "mushroom risotto", "pad thai", "burrata", "chicken katsu", "the tasting menu"),
}  # fmt: skip
ALLERGIES = ("glutenfritt", "laktosfritt", "nötallergi", "vegetarisk mat", "vegan", "inga skaldjur", "celiaki", "inget fläsk")  # fmt: skip
AREAS = {
    "sv": ("Gamla stan", "Södermalm", "Haga", "Möllevången", "Östermalm", "Majorna", "Vasastan", "Kungsholmen", "Djurgården", "Österlen"),
    "en": ("Soho", "Shoreditch", "Covent Garden", "Brooklyn", "Notting Hill", "Camden", "the West End", "Midtown", "Leith", "the Northern Quarter"),
}  # fmt: skip
ROOMS = ("Vinkällaren", "Biblioteket", "Orangeriet", "Salongen", "Kaptenshytten", "the Garden Room", "the Cellar")  # fmt: skip
DOGS = ("Sixten", "Molly", "Bella", "Charlie", "Ludde", "Doris", "Zorro", "Nala", "Frasse", "Buster", "Selma", "Rufus", "Majken", "Otto")  # fmt: skip


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
    """Every value of EV from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.venue: str | None = (
            None  # the venue named in the row, whose e-mail a firm's address is
        )

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.03:  # Eva-Lena, Per-Åke
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3}.get(key, 0.05):
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
            plain(person.surname[0][0]).lower().replace(" ", "").replace("-", "").replace("'", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        en = self.lang == "en" or (self.lang == "mixed" and r.random() < 0.3)
        venue = self.venue or r.choice(VENUES["en" if en else "sv"])
        en = en or venue in VENUES["en"]
        slug = plain(venue).lower().replace("&", "").replace("the ", "")
        slug = re.sub(r"[^a-z]+", "", slug.split()[-1] if r.random() < 0.5 else slug)
        local = r.choice(("reservations", "hello", "events", "info", "bookings") if en else ("bokning", "info", "hej", "catering", "event", "kontakt", "order"))  # fmt: skip
        domain = r.choice(("example.com", "example.co.uk") if en else ("example.se", "example.com"))
        return f"{local}@{slug}.{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the cities and towns, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
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
                "26",
                "35",
                "36",
                "46",
                "60",
            )
        )
        area3 = r.choice(
            (
                "411",
                "480",
                "498",
                "500",
                "510",
                "520",
                "522",
                "647",
                "660",
                "696",
                "380",
                "240",
                "250",
                "920",
            )
        )
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"08{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"), (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}-{d[:3]} {d[3:5]}"), (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.7 else self.landline()

    def firm_phone(self) -> str:
        """A restaurant's or a switchboard's number; in English rows one from the UK or the US."""
        r = self.rng
        if self.lang == "en":
            return self.phone_uk() if r.random() < 0.55 else self.phone_us()
        d = self.digits(7)
        roll = r.random()
        if roll < 0.45:
            return self.landline()
        if roll < 0.6:
            return r.choice(
                (
                    f"010-{d[:3]} {d[3:5]} {d[5:]}",
                    f"010 {d[:3]} {d[3:5]} {d[5:]}",
                    f"+46 10 {d[:3]} {d[3:5]} {d[5:]}",
                )
            )
        if roll < 0.75:
            return r.choice(
                (
                    f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"0771-{d[:3]} {d[3:6]}",
                    f"0770-{d[:3]} {d[3:6]}",
                )
            )
        if roll < 0.82:
            return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}"))
        return self.mobile()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"020 7946 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"020 3{d[:3]} {d[3:6]}0", f"07700 900{d[:3]}",
            f"+44 7700 900{d[:3]}", f"07{r.randrange(400, 980)} {d}", f"0161 496 0{d[:3]}", f"0131 496 0{d[:3]}",
            f"(0117) 496 0{d[:3]}", f"+44 (0)113 496 0{d[:3]}", f"01223 {d}", f"0044 20 7946 0{d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            ("212", "718", "312", "612", "206", "512", "503", "617", "415", "303", "504", "615")
        )
        d = f"01{r.randrange(10)}{r.randrange(10)}"
        return r.choice((f"({area}) 555-{d}", f"{area}-555-{d}", f"+1 {area} 555 {d}", f"{area}.555.{d}",
                         f"+1 ({area}) 555-{d}", f"1-{area}-555-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, as people there write it, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+49 30 {d[:7]}", f"030 {d[:8]}", f"+49 151 {d[:8]}",
            f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 91{d[:1]} {d[1:4]} {d[4:7]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 06 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+31 20 {d[:3]} {d[3:7]}", f"06-{d[:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+30 210 {d[:3]} {d[3:7]}", f"+351 21 {d[:3]} {d[3:7]}", f"+90 212 {d[:3]} {d[3:5]} {d[5:7]}", f"0532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+66 2 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+961 3 {d[:3]} {d[3:6]}",
            f"+291 7 {d[:6]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+43 1 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}", f"+354 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False, hundred: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` in the 10-digit form for those past a hundred (born 1926 or before)."""
        r = self.rng
        if hundred:
            year = r.randrange(1921, 1927)
        elif old:
            year = r.randrange(1919, 1941)
        else:
            year = r.randrange(1924, 2009) if r.random() < 0.97 else r.randrange(1922, 1927)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year <= 1926 and roll < 0.8:  # past a hundred: `+` in the 10-digit form, else 12 digits
            self.forms["personnummer +"] += 1
            return f"{date}+{serial}{check}"
        if year <= 1926:
            sep = "-" if roll < 0.93 else ""
            return f"{year // 100}{date}{sep}{serial}{check}"
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
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

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(RURAL_TOWNS if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.86 else f"{code} {town}"
        if r.random() < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 320)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool = False) -> str:
        r = self.rng
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.75:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, districts = r.choice(UK_PLACES)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{r.choice(districts)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = f"{r.choice(UK_UNITS)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, low, high = r.choice(US_PLACES)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 40)}{r.choice(('', '', 'B', 'C'))}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {r.randrange(low, high + 1):05d}"
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

    def venue_name(self) -> str:
        self.venue = self.pick_lang(VENUES)
        return self.venue

    def pick_lang(self, table: dict[str, tuple[str, ...]]) -> str:
        r = self.rng
        en = self.lang == "en" or (self.lang == "mixed" and r.random() < 0.3)
        return r.choice(table["en" if en else "sv"])


def genitive(name: str, english: bool, rng: Random) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    if name[-1] in "sxzSXZ":
        return "'" if rng.random() < 0.3 else ""
    return "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, PI with a middle
    initial, G/g the given name (sometimes its short form), N/n the short form where the name has
    one, S/s the surname, SU/GU surname or given name in capitals, I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an
    e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or form not in PERSON_FORMS else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base == "PI":
        initial = middle[0][0][0] if middle else draw.rng.choice("ABCDEFGHJKLMNPRSTW")
        words, value = given + surname, f"{person.first} {initial}. {person.last}"
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
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english, draw.rng), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "PI",
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
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STTR": lambda: (f"{draw.sv_street()}, {r.randrange(1, 7)} tr", "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "stn": lambda: (r.choice(SV_STREETS).lower(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "UKSTN": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "ukstn": lambda: (r.choice(UK_STREETS).lower(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(lines=r.random() < 0.2), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(hundred=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(11, 22)}{'.' if r.random() < 0.8 else ':'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(5, 10)}{r.choice(('pm', '.30pm', ':30 pm', ' pm', ':15pm'))}", f"{r.randrange(12, 22)}:{r.choice(('00', '30', '45'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (r.choice(MONTHS["sv"]), None),
        "MONTHEN": lambda: (r.choice(MONTHS["en"]), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "COV": lambda: (str(r.choice((2, 2, 3, 4, 4, 4, 5, 6, 6, 8, 10, 12, 14, 20, 24, 30, 45))), None),
        "TBL": lambda: (str(r.randrange(1, 41)), None),
        "AMT": lambda: (f"{r.randrange(150, 48000):,} kr".replace(",", " "), None),
        "AMTS": lambda: (f"{r.randrange(90, 4000):,} kr".replace(",", " "), None),
        "AMTP": lambda: (f"{r.randrange(29, 150) * 10} kr", None),
        "GBP": lambda: (f"£{r.randrange(15, 2400)}{r.choice(('', '.00', '.50'))}", None),
        "GBPH": lambda: (f"£{r.randrange(18, 65)}", None),
        "USDS": lambda: (f"${r.randrange(60, 420)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(40, 6000):,}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"BK-{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}", f"R{r.randrange(2027000, 2027999)}", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))), None),
        "ORD": lambda: (r.choice((f"CAT-{r.randrange(1000, 9999)}", f"2027-{r.randrange(1, 999):04d}", f"#{r.randrange(10000, 99999)}")), None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "OCR": lambda: ("".join(str(r.randrange(10)) for _ in range(r.randrange(10, 17))), None),
        "CARD": lambda: (f"{r.randrange(1000, 9999)}", None),
        "PORT": lambda: (r.choice((f"{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}#", f"*{r.randrange(100, 999)}")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "VENUE": lambda: (draw.venue_name(), None),
        "VENUEEN": lambda: (r.choice(VENUES["en"]), None),
        "SUP": lambda: (draw.pick_lang(SUPPLIERS), None),
        "CO": lambda: (draw.pick_lang(CLIENTS), None),
        "DISH": lambda: (draw.pick_lang(DISHES), None),
        "AREA": lambda: (draw.pick_lang(AREAS) if lang != "en" else r.choice(AREAS["en"]), None),
        "ALLERGY": lambda: (r.choice(ALLERGIES), None),
        "ROOM": lambda: (r.choice(ROOMS), None),
        "DOG": lambda: (r.choice(DOGS), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    draw.venue = None
    people: dict[str, Person] = {}
    others: dict[tuple[str, str], Segment] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        genitive_of = form[:-1] if form[-1] in "s'" and form not in PERSON_FORMS else None
        if form in PERSON_FORMS or genitive_of in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        elif ref and (form, ref) in others:
            segments = [others[(form, ref)]]
        else:
            segments = [filler(form, draw)]
            if ref:
                others[(form, ref)] = segments[0]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """EV's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return (
        f"{len(digits)} digits, {'plus' if sep == '+' else 'hyphen' if sep == '-' else 'no hyphen'}"
    )


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of EV is printed."""
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
                forms["lower-case given name alone"] += value.islower() and " " not in value
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
                forms["address Box"] += value.startswith("Box")
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with + or 00"] += value.startswith(("+", "00"))
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("draws: " + ", ".join(f"{k} {v}" for k, v in draw.forms.items()))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted({key for mix in MIXES.values() for key in mix} - set(draw.origins))
    print(f"origins never drawn: {', '.join(missing) or 'none'}")


def check(path: Path) -> int:
    """Checks the written file and prints counts only: spans, ids, keys, personnummer."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["row keys"] += 1
        if row["id"] in ids:
            problems["id repeated"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            kinds += 1
            if list(span) != ["start", "end", "kind"]:
                problems["span keys"] += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty"] += not value
            problems["out of bounds"] += not 0 <= start < stop <= len(text)
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ten = digits[2:] if len(digits) == 12 else digits
                ok = len(digits) in (10, 12) and re.fullmatch(r"(\d{6}|\d{8})[-+]?\d{4}", value)
                problems["personnummer"] += not (ok and luhn(ten[:9]) == int(ten[9]))
                problems["personnummer + with 12 digits"] += "+" in value and len(digits) == 12
    bad = sum(problems.values())
    print(f"{rows} rows, {kinds} spans, {len(ids)} ids; problems: {bad}")
    for name, n in problems.items():
        if n:
            print(f"  {name}: {n}")
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out))
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.seed != SEED and args.out == OUT:
        parser.error("a scratch seed is written elsewhere: give --out")
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
