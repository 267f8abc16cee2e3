# ruff: noqa: E501
"""Generate held-out DB for personal-data detection (issue 15): names as the population has them,
an eighty-fifth writer. DB's names are drawn by how often people carry them (`names_db.py`: SCB's
ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the commonest
names of the origins common in Sweden; 80% from a list's head, 20% from its tail), mixed by the
language of the row roughly as Sweden's population is. Written by a helper who does not tune the
detector and who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler,
the row format, `--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the
first line of `generated-heldout-u.jsonl`; no other set's names, templates or rows, none of the
detector (`src/`, `lexicons/`, `tests/`), no error listing; DB was never run through the detector or
a scorer by its writer. The genre (`templates_db.py`) is homes bought, sold and let as the papers
and the agents list them: estate agents' listings and viewings, sales columns and land registry
transfers, conveyancing letters, tenancy agreements and letting agents, auctions, valuations,
housing co-operatives' transfers and board decisions, in Sweden, the UK, Ireland, Australia, New
Zealand and the US, with addresses as each country writes them. Stdlib only; one seeded Random:
same seed, same bytes.

    python data/pii/generate_db.py          # writes data/pii/generated-heldout-db.jsonl
    python data/pii/generate_db.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_db.py --check  # checks the written file, counts only
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

from names_db import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_db import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270162
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-db.jsonl"
SPLIT = "heldout-db"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's street names.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Odengatan", "Sankt Eriksgatan", "Västmannagatan",
    "Götgatan", "Hornsgatan", "Tegnérgatan", "Linnégatan", "Vasagatan", "Sysslomansgatan",
    "Svartbäcksgatan", "Kyrkogatan", "Skolgatan", "Järnvägsgatan", "Nygatan", "Östra Långgatan",
    "Södra Förstadsgatan", "Bellmansgatan", "Fleminggatan", "Polhemsgatan", "Rådmansgatan",
    "Karlavägen", "Valhallavägen", "Ringvägen", "Rålambsvägen", "Björkvägen", "Tallvägen",
    "Lindvägen", "Granvägen", "Ekvägen", "Skogsvägen", "Ängsvägen", "Sjövägen", "Bergsvägen",
    "Solvägen", "Idrottsvägen", "Villavägen", "Parkvägen", "Gamla Landsvägen", "Norra Vägen",
    "Lärkvägen", "Kopparsvängen", "Ängssvängen", "Rönnsvängen", "Ekbackssvängen", "Kastanjeallé",
    "Hammarby allé", "Lindallén", "Björkallén", "Eriksbergs backe", "Kvarnbacken", "Solbacken",
    "Kyrkbacken", "Lärkstigen", "Blåbärsstigen", "Hagtornsstigen", "Ekorrstigen", "Lingonstigen",
    "Stortorget", "Lilla torget", "Järntorget", "Mariatorget", "Stationsplan", "Brunnsplan",
    "Mästarplan", "Tulpangränd", "Smedgränd", "Kyrkogränd", "Stora Nygatan", "Hamnkajen",
    "Norra Kajen", "Skeppsbrokajen", "Luthagsesplanaden", "Strandvägen", "Sveavägen",
)  # fmt: skip
# Towns with their postcodes' first three digits (low, high): cities, suburbs and small towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 587), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Östersund", 831, 832), ("Solna", 169, 171),
    ("Nacka", 131, 132), ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Lidingö", 181, 181),
    ("Järfälla", 175, 177), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Partille", 433, 433),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Falun", 791, 791),
    ("Visby", 621, 622), ("Varberg", 432, 432), ("Ystad", 271, 271), ("Nyköping", 611, 611),
    ("Skellefteå", 931, 931), ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Ängelholm", 262, 262),
    ("Enköping", 745, 745), ("Norrtälje", 761, 761), ("Vaxholm", 185, 185), ("Lerum", 443, 443),
    ("Kungälv", 442, 442), ("Alingsås", 441, 441), ("Hudiksvall", 824, 824), ("Mora", 792, 792),
    ("Leksand", 793, 793), ("Åre", 837, 837), ("Båstad", 269, 269), ("Simrishamn", 272, 272),
    ("Höganäs", 263, 263), ("Vimmerby", 598, 598),
)  # fmt: skip
RURAL_FROM = 33  # the towns from here on have the countryside around them (postcodes xxx 9x)
VILLAGES = (
    "Västanby", "Östanby", "Norrbyn", "Sörbyn", "Hällesta", "Övre Myckelbyn", "Ängsbacka",
    "Lilla Sjöstorp", "Backa", "Kvarnbyn", "Stensta", "Berga", "Lövsta", "Tuna", "Ekeby",
    "Nybble", "Åkerby", "Skogsby", "Holma", "Rösta", "Gräsö", "Nedre Gärdet", "Sandvik",
    "Lindö", "Hagby", "Kila", "Bergsäng", "Mossebo", "Tjärnäs", "Östra Ryd",
)  # fmt: skip
# Districts and areas: places that are no address.
SV_AREAS = ("Vasastan", "Södermalm", "Kungsholmen", "Östermalm", "Majorna", "Linnéstaden", "Haga", "Möllevången", "Västra Hamnen", "Luthagen", "Fålhagen", "Gottsunda", "Hammarby sjöstad", "Bromma", "Hägersten", "Johanneberg", "Ålidhem", "Norrmalm")  # fmt: skip
# Cadastral districts for property designations (`Uppsala Kåbo 12:3`), which are no address.
TRAKTER = ("Kåbo", "Luthagen", "Vasastaden", "Sabbatsberg", "Järnet", "Eken", "Tallen", "Hammarby", "Berga", "Lunda", "Skogsbo", "Sjöudden", "Kvarnen", "Näset", "Ekeby", "Tuna", "Solberga", "Rosendal")  # fmt: skip
BRFS = ("Brf Eken 12", "Bostadsrättsföreningen Tallkotten", "Brf Solgläntan", "Brf Ankaret", "Brf Tegelbruket", "Bostadsrättsföreningen Kvarnhjulet", "Brf Hamnutsikten", "Brf Lönnlöven", "Brf Sjöstjärnan", "Brf Gjuteriet", "Brf Vattentornet", "HSB Brf Trädgårdsstaden", "Riksbyggen Brf Bryggan", "Brf Fyren 3")  # fmt: skip
AGENCIES = ("Fastighetsbyrån", "Svensk Fastighetsförmedling", "Länsförsäkringar Fastighetsförmedling", "SkandiaMäklarna", "Mäklarhuset", "Notar", "Bostadsförmedlingen", "Södra Mäklarbyrån", "Mäklarringen", "Stadshem Mäklare", "Kustmäklarna", "Hemmaplan Fastighetsmäkleri")  # fmt: skip
AGENCIES_EN = ("Harbourside Realty", "Riverside Lettings", "Parkview Estates", "Coastline Property", "Northgate Residential", "Greenleaf Homes", "Castle Lettings", "Summit Realty", "Old Town Estate Agents", "Bayside Property Management", "Meadowbank Sales & Lettings", "Keystone Realty Group")  # fmt: skip

UK_STREETS = ("High Street", "Station Road", "Church Lane", "Albert Road", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road", "Queens Road", "Manor Road", "The Crescent", "Orchard Close", "Chapel Street", "Elm Grove", "Beech Avenue", "Windsor Terrace", "Marlborough Road", "St Mary's Road", "Grange Road", "Springfield Road", "Richmond Hill", "Cedar Drive", "London Road", "Priory Walk")  # fmt: skip
UK_TOWNS = (
    ("London", ("SW11", "SE15", "N16", "E8", "NW3", "W12", "SW4", "E17")), ("Manchester", ("M20", "M14", "M21")),
    ("Bristol", ("BS6", "BS3", "BS7")), ("Leeds", ("LS6", "LS8")), ("Edinburgh", ("EH9", "EH6", "EH10")),
    ("Glasgow", ("G12", "G41")), ("Cardiff", ("CF11", "CF24")), ("Brighton", ("BN1", "BN2")),
    ("Oxford", ("OX4", "OX2")), ("Cambridge", ("CB1", "CB4")), ("York", ("YO10", "YO31")),
    ("Norwich", ("NR2",)), ("Bath", ("BA1", "BA2")), ("Harrogate", ("HG1",)), ("Cheltenham", ("GL50", "GL52")),
    ("Exeter", ("EX4",)), ("Belfast", ("BT9", "BT7")), ("Sheffield", ("S11", "S7")), ("Reading", ("RG1",)),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Greystones", "Ivy House", "The Old Forge", "Orchard House", "Meadow View", "Holly Lodge", "The Coach House", "Willow Barn", "Fern Bank", "The Granary")  # fmt: skip
UK_BLOCKS = ("Marlborough Court", "Riverside House", "Kingfisher Mews", "Abbey Mansions", "The Maltings", "Victoria Wharf", "Cavendish House")  # fmt: skip
IE_PLACES = (  # town or city, county, Eircode routing keys
    ("Ballinamore", "Co. Leitrim", "N41"), ("Drumcliff", "Co. Sligo", "F91"), ("Fermoy", "Co. Cork", "P61"),
    ("Kilkenny", "Co. Kilkenny", "R95"), ("Clonmel", "Co. Tipperary", "E91"), ("Tralee", "Co. Kerry", "V92"),
    ("Athlone", "Co. Westmeath", "N37"), ("Naas", "Co. Kildare", "W91"), ("Gorey", "Co. Wexford", "Y25"),
    ("Westport", "Co. Mayo", "F28"), ("Ennis", "Co. Clare", "V95"), ("Donegal", "Co. Donegal", "F94"),
)  # fmt: skip
IE_TOWNLANDS = ("Knockbrack", "Ballyvolane", "Cloonagh", "Drumkeeran", "Derrylahan", "Rathmore", "Kilbride", "Carrowmore", "Gortnagross", "Lisnagree", "Ballinlough", "Tullyvin")  # fmt: skip
IE_DUBLIN = ("Griffith Avenue", "Leinster Road", "Mount Street Upper", "Ranelagh Road", "Castle Avenue", "Seafield Road", "Strand Road", "Grove Park")  # fmt: skip
AU_STREETS = ("Beach Road", "Wattle Street", "Banksia Crescent", "Ocean Parade", "Station Street", "Bridge Road", "Victoria Street", "Darling Street", "The Esplanade", "Jacaranda Avenue", "Hill Street", "Gum Tree Close", "Bay Road", "Waratah Avenue")  # fmt: skip
AU_SUBURBS = (("Bondi", "NSW", "2026"), ("Newtown", "NSW", "2042"), ("Manly", "NSW", "2095"), ("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("St Kilda", "VIC", "3182"), ("Paddington", "QLD", "4064"), ("New Farm", "QLD", "4005"), ("Fremantle", "WA", "6160"), ("Subiaco", "WA", "6008"), ("Norwood", "SA", "5067"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"))  # fmt: skip
NZ_STREETS = ("Rata Street", "Kowhai Road", "Oriental Parade", "Tui Street", "Ponsonby Road", "Queen Street", "Totara Avenue", "Manuka Road", "Beach Road", "Riccarton Road", "Karaka Crescent")  # fmt: skip
NZ_SUBURBS = (("Riccarton", "Christchurch", "8011"), ("Fendalton", "Christchurch", "8052"), ("Ponsonby", "Auckland", "1011"), ("Mt Eden", "Auckland", "1024"), ("Devonport", "Auckland", "0624"), ("Karori", "Wellington", "6012"), ("Island Bay", "Wellington", "6023"), ("Roslyn", "Dunedin", "9010"), ("Hamilton East", "Hamilton", "3216"), ("Mount Maunganui", "Tauranga", "3116"))  # fmt: skip
US_STREETS = ("Maple Avenue", "Elm Street", "Oak Ridge Drive", "W 115th St", "NW Lovejoy St", "Lake Shore Drive", "Cedar Lane", "Washington Avenue", "Pine Street", "Hillcrest Road", "Park Place", "Sunset Boulevard", "Lincoln Way")  # fmt: skip
US_TOWNS = (("Evanston", "IL", "602"), ("Somerville", "MA", "021"), ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Minneapolis", "MN", "554"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Madison", "WI", "537"), ("Ann Arbor", "MI", "481"), ("Brooklyn", "NY", "112"), ("Oakland", "CA", "946"), ("Raleigh", "NC", "276"), ("Savannah", "GA", "314"), ("Burlington", "VT", "054"))  # fmt: skip
EUROPE = (
    "Calle Sierra Bermeja {n}, {m}º B, {z5:29600-29604} Marbella",
    "Urbanización Los Naranjos, Calle Jazmín {n}, 03189 Orihuela Costa",
    "Avenida del Mar {n}, {m}º izq., 29680 Estepona",
    "Carrer de Mallorca {n}, {m}º 2ª, 080{z2:08-37} Barcelona",
    "{n} rue des Lilas, 06400 Cannes", "{n} avenue Jean Médecin, 0600{z1:0-6} Nice",
    "Lindenstraße {n}, 10969 Berlin", "Mannerheimintie {n} B {m}, 00100 Helsinki",
    "Torggatan {n}, AX-22100 Mariehamn", "Bygdøy allé {n}, 0262 Oslo",
    "Nørrebrogade {n}, {m}. tv., 2200 København N", "Rua da Praia {n}, 8125-{z3:100-499} Quarteira",
    "Via dei Serragli {n}, 50124 Firenze FI", "Keizersgracht {n}-{m}, 1015 CJ Amsterdam",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "bredband2.com")  # fmt: skip
WORK = ("example.se", "maklare.example.se", "brf.example.se", "example.com", "example.co.uk", "example.ie", "example.com.au", "example.co.nz")  # fmt: skip
MAILBOXES = ("info", "visning", "uthyrning", "kontakt", "styrelsen", "forvaltning", "lettings", "sales", "office", "enquiries", "rentals", "viewings")  # fmt: skip


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
    """Every value of DB from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.03:  # Anna-Karin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
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
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        surname = surname.replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def mailbox(self) -> str:
        """A firm's or an association's mailbox: no person in it."""
        r = self.rng
        return f"{r.choice(MAILBOXES)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "any") -> str:
        """A Swedish number in the groupings people write: `m` a mobile, `l` a landline or a
        firm's number, `any` either."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "23", "26", "46", "35")
        )
        area3 = r.choice(("250", "280", "470", "480", "498", "510", "520", "560", "611", "640", "660", "680", "910", "920", "980", "155", "171", "176"))  # fmt: skip
        mobile = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        land = (
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"08-{d}{self.digits(1)}"),
            (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area2}-{d[:6]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (3, f"010-{d[:3]} {d[3:5]} {self.digits(2)}"), (2, f"0771-{d[:3]} {d[3:6]}"),
            (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        shapes = mobile if kind == "m" else land if kind == "l" else mobile + land
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_abroad(self, country: str) -> str:
        """A number of `country` as people there write it, or with its country code."""
        r = self.rng
        d = self.digits(9)
        shapes = {
            "uk": (f"07{r.choice('4789')}{d[:2]} {d[2:8]}", f"07700 900{d[:3]}", f"+44 7{r.choice('4789')}{d[:2]} {d[2:8]}",
                   f"020 7946 0{d[:3]}", f"(020) 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0117 496 0{d[:3]}",
                   f"01865 {d[:6]}", f"+44 (0)20 7946 0{d[:3]}", f"0131 496 0{d[:3]}", f"028 9018 {d[:4]}"),
            "ie": (f"08{r.choice('3567')} {d[:3]} {d[3:7]}", f"+353 8{r.choice('3567')} {d[:3]} {d[3:7]}",
                   f"(01) {d[:3]} {d[3:7]}", f"01 {d[:3]} {d[3:7]}", f"021 {d[:3]} {d[3:7]}", f"+353 1 {d[:3]} {d[3:7]}",
                   f"08{r.choice('3567')}-{d[:7]}", f"091 {d[:6]}"),
            "au": (f"04{d[:2]} {d[2:5]} {d[5:8]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"(02) {d[:4]} {d[4:8]}",
                   f"02 {d[:4]} {d[4:8]}", f"(03) {d[:4]} {d[4:8]}", f"+61 2 {d[:4]} {d[4:8]}", f"1300 {d[:3]} {d[3:6]}",
                   f"04{d[:8]}", f"(08) {d[:4]} {d[4:8]}"),
            "nz": (f"021 {d[:3]} {d[3:7]}", f"027 {d[:3]} {d[3:7]}", f"+64 21 {d[:3]} {d[3:7]}", f"(09) {d[:3]} {d[3:7]}",
                   f"09 {d[:3]} {d[3:7]}", f"04-{d[:3]} {d[3:7]}", f"+64 3 {d[:3]} {d[3:7]}", f"0800 {d[:3]} {d[3:6]}",
                   f"022 {d[:3]} {d[3:7]}"),
            "us": (f"({r.choice(('512', '612', '206', '303', '617', '503', '919'))}) 555-01{d[:2]}", f"512-555-01{d[:2]}",
                   f"617.555.01{d[:2]}", f"+1 206 555 01{d[:2]}", f"1-800-555-01{d[:2]}", f"(773) 555-01{d[:2]}",
                   f"+1 (718) 555-01{d[:2]}", f"503-555-01{d[:2]} ext. {d[2:4]}"),
            "x": (f"+34 952 {d[:2]} {d[2:4]} {d[4:6]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"0034 6{d[:8]}",
                  f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+49 30 {d[:8]}", f"+49 (0)171 {d[:7]}",
                  f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
                  f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
                  f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
                  f"+351 91{d[:1]} {d[1:4]} {d[4:7]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
                  f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}"),
        }[country]  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        someone a hundred or older (`old`, born before 1927) writes `+` in the ten-digit form."""
        r = self.rng
        year = r.randrange(1915, 1927) if old else r.randrange(1938, 2005)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old and roll < 0.6:
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def flat(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.7:
            return f"lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        if roll < 0.9:
            return f"{r.randrange(1, 7)} tr"
        return f"{r.randrange(1, 6)} tr, lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = not lgh and r.random() < 0.22
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.18):
            street += f"{r.choice((' ', ', '))}{self.flat()}"
        joint = "\n" if lines else ", " if r.random() < 0.92 or "lgh" in street else " "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 9999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{r.choice(areas)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        parts = [street]
        if roll < 0.2:
            parts = [r.choice(UK_HOUSES), r.choice(UK_STREETS)]
        elif roll < 0.32:
            parts = [f"Flat {r.randrange(1, 30)}", street]
        elif roll < 0.42:
            parts = [f"Flat {r.randrange(1, 9)}{r.choice('ABC')}, {r.choice(UK_BLOCKS)}", street]
        elif roll < 0.5:
            parts = [f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"]
        return "\n".join([*parts, town, code]) if lines else f"{', '.join(parts)}, {town} {code}"

    def ie_address(self, lines: bool = False) -> str:
        """Townlands with their town and county, or a Dublin street with its district; Eircodes."""
        r = self.rng
        ident = "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        roll = r.random()
        if roll < 0.55:
            town, county, key = r.choice(IE_PLACES)
            first = r.choice(IE_TOWNLANDS)
            parts = (
                [first, town, county]
                if r.random() < 0.7
                else [r.choice(UK_HOUSES), first, town, county]
            )
            if r.random() < 0.75:
                parts.append(f"{key} {ident}")
        else:
            district = r.choice((2, 3, 4, 6, 7, 8, 9, 14))
            street = f"{r.randrange(1, 140)} {r.choice(IE_DUBLIN)}"
            if r.random() < 0.35:
                street = (
                    f"Apartment {r.randrange(1, 60)}, {r.choice(UK_BLOCKS)}, {r.choice(IE_DUBLIN)}"
                )
            parts = [street, f"Dublin {district}", f"D{district:02d} {ident}"]
        return "\n".join(parts) if lines else ", ".join(parts)

    def au_address(self, lines: bool = False) -> str:
        r = self.rng
        suburb, state, code = r.choice(AU_SUBURBS)
        n, street = r.randrange(1, 220), r.choice(AU_STREETS)
        roll = r.random()
        first = f"{n} {street}"
        if roll < 0.3:
            first = f"{r.randrange(1, 24)}/{n} {street}"
        elif roll < 0.45:
            first = f"Unit {r.randrange(1, 24)}, {n} {street}"
        elif roll < 0.5:
            first = f"Apartment {r.randrange(101, 1208)}, {n} {street}"
        return f"{first}\n{suburb} {state} {code}" if lines else f"{first}, {suburb} {state} {code}"

    def nz_address(self, lines: bool = False) -> str:
        r = self.rng
        suburb, city, code = r.choice(NZ_SUBURBS)
        n, street = r.randrange(1, 300), r.choice(NZ_STREETS)
        roll = r.random()
        first = f"{n} {street}"
        if roll < 0.2:
            first = f"Flat {r.randrange(1, 9)}, {n} {street}"
        elif roll < 0.35:
            first = f"{r.randrange(1, 9)}/{n} {street}"
        elif roll < 0.45:
            first = f"{n}{r.choice('ABC')} {street}"
        parts = [first, suburb, f"{city} {code}"]
        return "\n".join(parts) if lines else ", ".join(parts)

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street += f", Apt {r.randrange(1, 12)}{r.choice('ABCDEF')}"
        elif roll < 0.32:
            street += f" #{r.randrange(2, 40)}"
        elif roll < 0.42:
            street += f", Unit {r.randrange(101, 1400)}"
        zip_code = f"{prefix}{r.randrange(1, 99):02d}"
        if r.random() < 0.15:
            zip_code += f"-{r.randrange(1000, 9999)}"
        return (
            f"{street}\n{town}, {state} {zip_code}"
            if lines
            else f"{street}, {town}, {state} {zip_code}"
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
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:
            head, _, tail = out.rpartition(", ")
            out = f"{head}\n{tail}"
        return out

    def property_id(self) -> str:
        """A Swedish property designation (no address): municipality, district, block:unit."""
        r = self.rng
        return f"{r.choice(SV_TOWNS[:24])[0]} {r.choice(TRAKTER)} {r.randrange(1, 40)}:{r.randrange(1, 300)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, Mi with a middle
    initial, G/g the given name (sometimes its short form), N/n the short form where the name has
    one, GU the given name in capitals, S/s the surname, SU in capitals, I an initial and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base == "Mi":
        words = given + middle[:1] + surname
        mid = f" {middle[0][0][0]}." if middle else f" {draw.rng.choice('ABCDEFGHJKLMNPRSTW')}."
        value = f"{person.first}{mid} {person.last}"
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


PERSON_FORMS = {"P", "p", "U", "F", "Mi", "G", "g", "N", "n", "GU", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    sv_price = r.randrange(9, 260) * 25000
    values: dict[str, Callable[[], Segment]] = {
        # Swedish addresses
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "LGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "LGHL": lambda: (draw.sv_address(lines=True, lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STF": lambda: (f"{draw.sv_street()}{r.choice((' ', ', '))}{draw.flat()}", "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        # addresses abroad
        "UK": lambda: (draw.uk_address(), "ADDRESS"),
        "UKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "UKST": lambda: (f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "uk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "IE": lambda: (draw.ie_address(), "ADDRESS"),
        "IEL": lambda: (draw.ie_address(lines=True), "ADDRESS"),
        "AU": lambda: (draw.au_address(), "ADDRESS"),
        "AUL": lambda: (draw.au_address(lines=True), "ADDRESS"),
        "NZ": lambda: (draw.nz_address(), "ADDRESS"),
        "NZL": lambda: (draw.nz_address(lines=True), "ADDRESS"),
        "US": lambda: (draw.us_address(), "ADDRESS"),
        "USL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "us": lambda: (draw.us_address().lower(), "ADDRESS"),
        "EU": lambda: (draw.eu_address(), "ADDRESS"),
        "EUL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        # phones and mailboxes
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone("m"), "PHONE"),
        "PHL": lambda: (draw.phone("l"), "PHONE"),
        "PHUK": lambda: (draw.phone_abroad("uk"), "PHONE"),
        "PHIE": lambda: (draw.phone_abroad("ie"), "PHONE"),
        "PHAU": lambda: (draw.phone_abroad("au"), "PHONE"),
        "PHNZ": lambda: (draw.phone_abroad("nz"), "PHONE"),
        "PHUS": lambda: (draw.phone_abroad("us"), "PHONE"),
        "PHX": lambda: (draw.phone_abroad("x"), "PHONE"),
        "EF": lambda: (draw.mailbox(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        # look-alikes: no values
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{day} {MONTHS['en'][month - 1]} 2027")), None),
        "DATEUS": lambda: (r.choice((f"{month:02d}/{day:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027", f"{MONTHS['en'][month - 1][:3]}. {day}")), None),
        "TIME": lambda: (f"{r.randrange(9, 20)}.{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(9, 12)}:{r.choice(('00', '15', '30', '45'))}am", f"{r.randrange(1, 7)}:{r.choice(('00', '30'))}pm", f"{r.randrange(9, 19)}:{r.choice(('00', '15', '30', '45'))}")), None),
        "PRICE": lambda: (f"{sv_price:,} kr".replace(",", " "), None),
        "AMT": lambda: (f"{r.randrange(15, 400) * 100:,} kr".replace(",", " "), None),
        "AVG": lambda: (f"{r.randrange(1800, 9800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(120, 1500) * 1000:,}", None),
        "GBPM": lambda: (f"£{r.randrange(70, 420) * 5:,}", None),
        "EUR": lambda: (f"€{r.randrange(90, 900) * 1000:,}", None),
        "AUD": lambda: (r.choice((f"${r.randrange(450, 3200) * 1000:,}", f"${r.randrange(6, 32) / 10:.1f}m")), None),
        "AUDW": lambda: (f"${r.randrange(45, 160) * 10}", None),
        "NZD": lambda: (f"${r.randrange(400, 1900) * 1000:,}", None),
        "USD": lambda: (f"${r.randrange(150, 1800) * 1000 + r.choice((0, 500, 900)):,}", None),
        "USDM": lambda: (f"${r.randrange(90, 420) * 10:,}", None),
        "KVM": lambda: (str(r.randrange(24, 190)), None),
        "SQFT": lambda: (f"{r.randrange(550, 3600):,}", None),
        "ROK": lambda: (r.choice(("1 rok", "2 rok", "3 rok", "4 rok", "5 rok", "2:a", "3:a", "etta", "tvåa", "trea")), None),
        "NUM": lambda: (str(r.randrange(2, 99)), None),
        "LGHNR": lambda: (f"{r.randrange(10, 17)}{r.randrange(1, 9):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(100000, 999999)}", f"{r.choice('ABHKMS')}{r.randrange(1000, 99999)}", f"{r.randrange(2025, 2028)}/{r.randrange(100, 9999)}")), None),
        "OBJ": lambda: (f"{r.randrange(1, 99)}-{r.randrange(1000, 9999)}", None),
        "FBET": lambda: (draw.property_id(), None),
        "TITLE": lambda: (f"{r.choice(('NGL', 'TGL', 'SY', 'MAN', 'BL', 'CB', 'WYK', 'OX'))}{r.randrange(10000, 999999)}", None),
        "FOLIO": lambda: (f"{r.choice(('DN', 'CK', 'GY', 'KY', 'WX', 'MY'))}{r.randrange(1000, 99999)}{r.choice('FL')}", None),
        "LOT": lambda: (f"Lot {r.randrange(1, 99)} DP {r.randrange(10000, 1200000)}", None),
        "APN": lambda: (f"{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(10, 99)}", None),
        "ORGNR": lambda: (f"{r.choice(('769', '716', '556', '559'))}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "YEAR": lambda: (str(r.randrange(1890, 2024)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "AREA": lambda: (r.choice(SV_AREAS), None),
        "BRF": lambda: (r.choice(BRFS), None),
        "AGENCY": lambda: (r.choice(AGENCIES), None),
        "AGENCYEN": lambda: (r.choice(AGENCIES_EN), None),
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
    """DB's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of DB is printed."""
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
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += bool(re.search(r"[-+]", value))
                forms["personnummer +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in MIXES["sv"].keys() | MIXES["en"].keys() | MIXES["mixed"].keys() if not draw.origins[k]]  # fmt: skip
    print(f"origins in MIXES never drawn: {len(missing)} {sorted(missing)}")


def check(path: Path) -> int:
    """Checks the written file and prints counts only: returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["split not heldout-db"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        problems["id malformed"] += not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"])
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            problems["span keys"] += list(span) != ["start", "end", "kind"]
            problems["span kind unknown"] += span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")  # fmt: skip
            problems["span empty"] += start >= stop
            problems["span out of bounds"] += start < 0 or stop > len(text)
            problems["span unsorted or overlapping"] += start < end
            value = text[start:stop]
            problems["whitespace at a span's edge"] += value != value.strip()
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ten = digits[-10:]
                ok = digits.isdigit() and len(digits) in (10, 12) and luhn(ten[:9]) == int(ten[9])
                problems["personnummer check digit"] += not ok
            end = stop
    bad = sum(problems.values())
    print(f"checked {rows} rows, {len(ids)} ids, {spans_seen} spans: {bad} problems")
    for name, n in sorted(problems.items()):
        if n:
            print(f"  {name}: {n}")
    return bad


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
