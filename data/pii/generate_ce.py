# ruff: noqa: E501
"""Generate held-out ce for personal-data detection: names as the population has them, the
sixty-second writer (moving, deliveries and addresses).

    python data/pii/generate_ce.py            # writes data/pii/generated-heldout-ce.jsonl
    python data/pii/generate_ce.py --stats    # counts only, writes nothing
    python data/pii/generate_ce.py --check    # checks the written file, prints counts only
    python data/pii/generate_ce.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

ce's names are drawn by how often people really carry them: every name word comes from
`names_ce.py`'s weighted pools (SCB's order for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as the population is.
The genre is moving, deliveries and addresses in daily life (`templates_ce.py`): removal firms,
address changes, couriers and parcel lockers, e-commerce orders, returns and customs forms,
tradespeople at the door, estate agents, student housing and sublets, care homes and home care.
Written by a helper who tunes nothing, who read neither the detector's rules, lexicons and
tagger nor any error listing nor any other set's names, templates or jsonl; ce was never run
through the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
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

from names_ce import (  # noqa: E402
    HEAD_SHARE,
    HYPHEN_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SV_HYPHEN_F,
    SV_HYPHEN_M,
    Pool,
    feminine,
    plain,
)
from templates_ce import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270139
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ce.jsonl"
SPLIT = "heldout-ce"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, from the writer's knowledge of towns and suburbs; some
# named after people (`Birger Jarlsgatan`, `Karl Johansgatan`): a street, not a person.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Götgatan", "Hornsgatan",
    "Sankt Eriksgatan", "Birger Jarlsgatan", "Karlavägen", "Odengatan", "Fleminggatan",
    "Hantverkargatan", "Döbelnsgatan", "Folkungagatan", "Ringvägen", "Valhallavägen",
    "Linnégatan", "Karl Johansgatan", "Erik Dahlbergsgatan", "Första Långgatan", "Vasagatan",
    "Järnvägsgatan", "Skolgatan", "Kyrkogatan", "Nygatan", "Östra Förstadsgatan", "Bangatan",
    "Södra Vägen", "Norra Allégatan", "Trädgårdsgatan", "Västra Hamngatan", "Fabriksgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Ekvägen", "Rönnvägen", "Hasselvägen",
    "Ängsvägen", "Skogsvägen", "Industrivägen", "Idrottsvägen", "Parkvägen", "Solvägen",
    "Blåklintsvägen", "Vitsippsvägen", "Mjölnarvägen", "Hagalundsvägen", "Sollentunavägen",
    "Tureholmsvägen", "Huddingevägen", "Fornbyvägen", "Kronobergsvägen",
    "Lärkstigen", "Trastsvängen", "Kopparsvängen", "Smedsvängen", "Ekorrsvängen", "Storsvängen",
    "Lindallén", "Kastanjeallén", "Stationsallén", "Rosenlunds allé", "Ribersborgs allé",
    "Valla allé", "Kvarnbacken", "Solbacken", "Eriksbergs backe", "Pålsundsbacken", "Björkbacken", "Ekbacken",
    "Kyrkbacken", "Hagstigen", "Blåbärsstigen", "Lingonstigen", "Tallstigen", "Klövervägen",
    "Stortorget", "Fisktorget", "Lilla torget", "Järntorget", "Medborgarplatsen", "Brunnsplan",
    "Stationsplan", "Hamnplan", "Mästarplan", "Kvarnplan", "Smedjegränd", "Brandgränd",
    "Prästgatan", "Skeppargränd", "Tullgränd", "Sjögränd", "Kaptensgränd", "Fiskargränd",
    "Hammarby allé", "Lugnets allé", "Vikingagatan", "Västmannagatan", "Tegnérgatan",
    "Sigtunagatan", "Frejgatan", "Rörstrandsgatan", "Skånegatan", "Tjärhovsgatan", "Vindragarvägen",
)  # fmt: skip
# Housing areas whose houses are numbered by yard: `Solgården 3`, `Kvarngården 12`.
GARDAR = (
    "Solgården", "Kvarngården", "Lillgården", "Hagagården", "Norrgården", "Sörgården",
    "Ekgården", "Björkgården", "Prästgården", "Skolgården", "Västergården", "Ängsgården",
)  # fmt: skip
VILLAGES = ("Byn", "Övre Byn", "Nedre Byn", "Bäckstugan", "Tallbacka", "Sjötorp", "Skogsbo", "Lugnet", "Åsen")  # fmt: skip
# Towns and suburbs with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Sollentuna", 191, 192),
    ("Huddinge", 141, 141), ("Nacka", 131, 131), ("Täby", 183, 187), ("Järfälla", 175, 177),
    ("Södertälje", 151, 152), ("Hägersten", 126, 129), ("Bromma", 167, 168), ("Farsta", 123, 123),
    ("Johanneshov", 121, 121), ("Haninge", 136, 137), ("Lidingö", 181, 181), ("Vällingby", 162, 162),
    ("Kista", 164, 164), ("Upplands Väsby", 194, 194), ("Åkersberga", 184, 184), ("Tyresö", 135, 135),
    ("Göteborg", 411, 418), ("Västra Frölunda", 421, 421), ("Mölndal", 431, 431), ("Partille", 433, 433),
    ("Kungsbacka", 434, 434), ("Malmö", 211, 217), ("Lund", 222, 227), ("Helsingborg", 252, 256),
    ("Uppsala", 752, 757), ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 587),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Luleå", 972, 975), ("Sundsvall", 852, 857),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Halmstad", 302, 305), ("Östersund", 831, 832),
    ("Kalmar", 392, 393), ("Karlskrona", 371, 371), ("Kristianstad", 291, 291), ("Falun", 791, 791),
    ("Skövde", 541, 541), ("Trollhättan", 461, 461), ("Nyköping", 611, 611), ("Visby", 621, 621),
    ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Alingsås", 441, 441), ("Enköping", 745, 745),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Park Road", "Queens Road",
    "Green Lane", "Manor Road", "Kings Road", "Mill Lane", "London Road", "Albert Road",
    "Grange Road", "New Road", "Springfield Road", "Chapel Street", "Richmond Road", "York Road",
    "Elm Grove", "Oak Avenue", "Beech Close", "Willow Crescent", "St John's Road", "Mayfield Drive",
    "Lansdowne Terrace", "Cavendish Place", "Gladstone Street", "Nelson Street", "Wellington Road",
    "Brunswick Square", "Hawthorn Way", "Orchard Gardens", "The Crescent", "Meadow View",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Edinburgh", "EH"), ("Glasgow", "G"),
    ("Cardiff", "CF"), ("Brighton", "BN"), ("Oxford", "OX"), ("Cambridge", "CB"), ("York", "YO"),
    ("Norwich", "NR"), ("Bath", "BA"), ("Reading", "RG"), ("Nottingham", "NG"), ("Sheffield", "S"),
    ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("London", "SE"), ("London", "E"),
    ("London", "N"), ("London", "SW"), ("Birmingham", "B"), ("Aberdeen", "AB"), ("Exeter", "EX"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Ivy House", "Orchard Cottage", "The Coach House", "Willow Barn", "Hillside", "The Laurels")  # fmt: skip
US_TOWNS = (("Portland", "OR", 972), ("Austin", "TX", 787), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Brooklyn", "NY", 112), ("Columbus", "OH", 432), ("Denver", "CO", 802), ("Madison", "WI", 537))  # fmt: skip
US_STREETS = ("Main St", "Oak Street", "Maple Ave", "2nd Street", "Elm St", "Park Avenue", "Lincoln Ave", "Cedar Lane", "Washington Blvd", "Lake Street")  # fmt: skip
# European addresses as their countries write them; {n} number, {m} flat or floor, {zN:a-b} a
# postcode of N digits, {L2} two letters. Some put the postcode first, as quick notes do.
EUROPE = (
    "Bergmannstraße {n}, {z5:10961-10967} Berlin", "Hauptstr. {n}a, {z5:80331-80339} München",
    "Lindenallee {n}\n{z5:50668-50679} Köln", "D-{z5:20095-20099} Hamburg, Mönckebergstraße {n}",
    "{n} rue de la République, {z5:69001-69009} Lyon", "Appt {m}{n}, {n} avenue Jean Jaurès, {z5:75019-75019} Paris",
    "{z5:75011-75011} Paris, {n} rue Oberkampf", "{n} chemin des Vignes\n{z5:33000-33800} Bordeaux",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "C/ de Sants {n}, {z5:08014-08028} Barcelona",
    "Avda. de Andalucía {n}, {z5:29006-29007} Málaga", "Mannerheimintie {n} B {m}, {z5:00100-00260} Helsinki",
    "Hämeenkatu {n} A {m}\n{z5:33100-33200} Tampere", "Mannerheimvägen {n} B {m}, {z5:00100-00260} Helsingfors",
    "Storgata {n}, {z4:0155-0185} Oslo", "Kong Oscars gate {n}, {z4:5017-5017} Bergen",
    "N-{z4:7010-7030} Trondheim, Olav Tryggvasons gate {n}", "ul. Marszałkowska {n}/{m}, 00-{z3:510-590} Warszawa",
    "ul. Długa {n} m. {m}\n80-{z3:831-838} Gdańsk", "os. Tysiąclecia {n}/{m}, 31-{z3:600-699} Kraków",
    "Prinsengracht {n}-{m}, {z4:1015-1017} {L2} Amsterdam", "Oudegracht {n} bis, {z4:3511-3512} {L2} Utrecht",
    "{z4:3014-3015} {L2} Rotterdam, Nieuwe Binnenweg {n}A", "Nørrebrogade {n}, {m}. tv., {z4:2200-2200} København N",
    "Via Garibaldi {n}, {z5:20121-20123} Milano",
)  # fmt: skip
MAIL_SV = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "spray.se", "comhem.se")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com", "sky.com", "aol.com", "protonmail.com")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "foretaget.example.se", "kommun.example.se")  # fmt: skip
FIRM_DOMAINS = {
    "sv": ("flyttgubbarna.se", "snabbflytt.se", "stadsbudet.nu", "rorjouren24.se", "elproffsen.se",
           "fonsterputsarna.se", "hemtextilen.se", "lampbutiken.se", "maklarhuset-norr.se",
           "studentbostader.example.se", "omsorgen.example.se", "kokskompaniet.se", "nordicrelocation.se"),
    "en": ("removals.example.co.uk", "vanandman.co.uk", "homestore.example.com", "lettings.example.co.uk",
           "careplus.example.co.uk", "movers.example.com", "parcelhub.example.com", "keystone.example.co.uk"),
}  # fmt: skip
FIRM_LOCAL = ("info", "kundservice", "kundtjanst", "order", "bokning", "kontakt", "retur", "support", "hello", "returns", "bookings", "office", "noreply", "faktura")  # fmt: skip
# Firms by trade, none named after a person (those are written into the templates themselves).
FIRMS: dict[str, tuple[str, ...]] = {
    "FMOVE": ("Flyttgubbarna Norr AB", "Snabbflytt i Mälardalen AB", "Trygga Flytt AB", "Flyttfixarna", "Kontorsflytt Sverige AB", "Stadsbudet Flytt & Magasinering"),
    "FCLEAN": ("Fönsterputsarna", "Putsbolaget", "Städfixarna", "Hemstäd Väst AB", "Glasklart Fönsterputs"),
    "FPLUMB": ("Rörjouren Syd AB", "VVS-Teknik Öst AB", "Rörfixarna", "Badrumsservice Mitt AB"),
    "FELEC": ("ElProffsen i Roslagen", "Elservice Norr AB", "Kraftverket El & Data", "Nordisk Fiberinstallation"),
    "FCARE": ("Hemtjänst Norrort", "Omsorgen i Centrum", "Hemtjänsten Söder", "Trygg Omsorg i Väst"),
    "FHOME": ("Solbackens vård- och omsorgsboende", "Äldreboendet Linnéan", "Björkhagens äldreboende", "Vårdboendet Eken"),
    "FAGENT": ("Mäklarhuset Norr", "Hemmäklarna", "Mäklarringen Syd", "Bostadsförmedlarna"),
    "FOFF": ("Nordlicht Konsult AB", "Sjöstaden IT AB", "Kvarnen Redovisning", "Tornet Arkitekter AB", "Hamnens Logistik AB", "Bostadsstiftelsen Studenthem", "Hyresbostäder i Norr AB"),
    "EMOVE": ("Swift Removals Ltd", "Van and Man Leeds", "Atlas International Movers", "Northern Storage", "Nordic Relocation Services"),
    "EPLUMB": ("Greenline Plumbing", "Warmhome Boilers", "Flowright Heating"),
    "EELEC": ("Brightspark Electrical", "Circuit Wise Ltd", "Volt Electrical Services"),
    "ECARE": ("CarePlus Homecare", "Helping Hands at Home", "Meadowbank Care"),
    "EHOME": ("Oakwood Care Home", "Riverside Lodge Care Home", "The Beeches Nursing Home"),
    "EAGENT": ("Riverside Lettings", "Castle Estates", "Keystone Property", "Homefinders Lettings"),
    "ELAW": ("Castle Law LLP", "Riverside Conveyancing", "Northgate Solicitors"),
    "EOFF": ("Brightwave Digital Ltd", "Northpoint Consulting", "Parcel Hub", "Greenfield Analytics", "Student Living Ltd"),
    "ESHOP": ("Home Store Online", "The Linen Room", "Lamp & Light Co.", "Outdoor Gear Direct", "Little Bookshop Ltd"),
}  # fmt: skip
SHOPS = ("Hemtextilen.se", "Kökskompaniet", "Lampbutiken", "Sportshopen", "Barnvagnsexperten", "Skodepån", "Leksakslådan", "Cykelcentralen", "Boklådan", "Trädgårdsbolaget")  # fmt: skip
OMBUD = ("ICA Nära Hagalund", "Coop Konsum Centrum", "Pressbyrån Resecentrum", "ICA Supermarket Tornet", "Hemköp Gallerian", "Tobakshandeln i Centrum", "Servicepunkten Torget", "Willys Hemma")  # fmt: skip
KVARTER = ("Tegeln", "Hägern", "Ugglan", "Räven", "Pilen", "Svalan", "Kråkan", "Lärkan", "Järnet", "Hammaren", "Kvarnstenen", "Gjutaren", "Ekorren", "Björken", "Trasten", "Sjöjungfrun")  # fmt: skip
KOMMUNER = ("Sollentuna", "Uppsala", "Stockholm", "Huddinge", "Nacka", "Göteborg", "Lund", "Malmö", "Täby", "Järfälla", "Örebro", "Västerås")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or of any Luhn number."""
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
    shown: dict[str, str] = field(default_factory=dict)  # the given name as this text writes it

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of ce from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.hour, self.sep = 8, ":"  # the last time written, so that a range runs forwards
        self.last_price = 2000000  # the last price of a home, so that bids rise

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE or pool.head >= len(pool.names) else "tail"
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
        if key == "swedish" and r.random() < HYPHEN_SHARE:  # Ann-Christin, Karl-Johan
            given = [self.pick(SV_HYPHEN_F if woman else SV_HYPHEN_M)]
        if key == "swedish":
            self.forms["swedish given"] += 1
            self.forms["swedish given hyphenated"] += "-" in "-".join(w for w, _ in given)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin", "nordic", "german") and r.random() < 0.3
        ):  # typed plain
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

    # -- e-mail and phones ------------------------------------------------------------------
    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace(" ", "").replace("-", "").replace("'", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 100)}", f"{given[0]}.{surname}"))  # fmt: skip
        mail = MAIL_EN if self.lang == "en" else MAIL_SV
        out = f"{local}@{r.choice(WORK if r.random() < 0.3 else mail)}"
        if r.random() < 0.04:
            out = out.upper()
        return out

    def firm_email(self) -> str:
        domains = (
            FIRM_DOMAINS["sv"] + FIRM_DOMAINS["en"]
            if self.lang == "mixed"
            else FIRM_DOMAINS[self.lang]
        )
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(domains)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
            ("31", "40", "18", "13", "11", "19", "21", "16", "54", "90", "60", "46", "35")
        )
        a3 = r.choice(
            (
                "220",
                "250",
                "271",
                "380",
                "413",
                "431",
                "470",
                "511",
                "522",
                "560",
                "611",
                "620",
                "650",
                "660",
                "680",
                "920",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m} - {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"(08) {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"08{d}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (1, f"0{a3}{d[:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an office's number: switchboards, customer service, toll-free."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"08-{d[:3]} {d[3:6]} 00", f"08-{d[:3]} {d[3:5]} 00", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}",
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"031-{d[:2]} {d[2:4]} 00", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('18', '13', '19', '90'))}-{d[:2]} {d[2:4]} 00",
            f"0{r.choice(('70', '72', '73'))}-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 8 {d[:3]} {d[3:6]} 00",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"07{r.choice('3456789')}{d[:2]} {d[2:]}{r.randrange(10)}", f"07700 900{d[:3]}", f"07{r.choice('3456789')}{d[:2]}{d[2:]}{r.randrange(10)}",
            f"+44 7{r.choice('3456789')}{d[:2]} {d[2:]}{r.randrange(10)}", f"+44 (0)7{d[:3]} {d[3:]}{r.randrange(10)}",
            f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"0117 496 0{d[:3]}",
            f"(0131) 496 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"01632 960{d[:3]}", f"0044 7{d[:3]} {d[3:]}{r.randrange(10)}",
            f"0800 {d[:3]} {d[3:6]}", f"0345 {d[:3]} {d[3:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        d = self.digits(4)
        r = self.rng
        area = r.choice(("503", "512", "612", "206", "718", "614", "303", "608"))
        return r.choice(
            (
                f"({area}) 555-{d}",
                f"{area}-555-{d}",
                f"+1 {area} 555 {d}",
                f"{area}.555.{d}",
                f"1-800-555-{d}",
            )
        )

    def phone_x(self) -> str:
        """A number from elsewhere in Europe, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+49 30 {d[:8]}", f"+49 (0)89 {d[:3]} {d[3:7]}", f"0151 {d[:8]}", f"+49 172 {d[:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
        )  # fmt: skip
        return r.choice(shapes)

    def time(self, hour: int, later: bool = False) -> Segment:
        """A time of day; a later one (the end of a range) keeps the separator of the one before."""
        self.hour = hour
        if not later:
            self.sep = ":" if self.lang == "en" else self.rng.choice((".", ":"))
        return f"{hour}{self.sep}{self.rng.choice(('00', '15', '30', '45', '00'))}", None

    def price(self, raise_: bool = False) -> str:
        """The price of a home; a later bid raises the one before it."""
        r = self.rng
        self.last_price = (
            self.last_price + r.randrange(1, 8) * 25000 if raise_ else r.randrange(240, 1900) * 5000
        )
        return f"{self.last_price:,} kr".replace(",", " ")

    def birth_date(self, low: int, high: int) -> str:
        r = self.rng
        year, month, day = r.randrange(low, high + 1), r.randrange(1, 13), r.randrange(1, 29)
        return r.choice(
            (f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}")
        )

    def amount(self, low: int, high: int, step: int = 1) -> str:
        return f"{self.rng.randrange(low, high) // step * step:,} kr".replace(",", " ")

    # -- personnummer and look-alikes ---------------------------------------------------------
    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit; `+` in ten digits for those past a hundred."""
        r = self.rng
        year = (
            r.randrange(1918, 1944)
            if old
            else r.randrange(2010, 2022)
            if child
            else r.randrange(1935, 2010)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        sign = "+" if year <= 1927 else "-"  # 2027 less a hundred years
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{sign}{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}" if sign == "-" else f"{date}+{serial}{check}"

    def org_number(self) -> str:
        """An organisation number: Luhn-valid like a personnummer, but its month is 20 or more."""
        r = self.rng
        head = r.choice(("556", "559", "556", "769", "802", "969", "212"))
        body = head + self.digits(9 - len(head))
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def ocr(self) -> str:
        # never ten or twelve digits in all, the lengths of a personnummer
        body = self.digits(self.rng.choice((10, 12, 13, 14, 15)))
        return body + str(luhn(body))

    def tracking(self) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        shapes = (
            f"00373500{self.digits(12)}", f"{r.choice(('RR', 'UA', 'LX', 'CE'))}{self.digits(9)}SE",
            f"JJD{self.digits(18)}", f"1Z{self.digits(3)}{r.choice(letters)}{r.choice(letters)}{self.digits(10)}",
            f"{r.choice(letters)}{r.choice(letters)}{self.digits(9)}GB", f"H{self.digits(2)}{r.choice(letters)}{r.choice(letters)}{r.choice(letters)}{self.digits(10)}",
            f"BB{self.digits(8)}{r.choice(letters)}", f"{self.digits(3)} {self.digits(3)} {self.digits(3)} {self.digits(3)}",
            f"JVGL{self.digits(16)}", f"{self.digits(14)}",
        )  # fmt: skip
        return r.choice(shapes)

    def order(self) -> str:
        r = self.rng
        return r.choice((f"#{r.randrange(100000, 999999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}",
                         f"SO-2027-{r.randrange(10000, 99999)}", f"W{self.digits(8)}", f"{self.digits(9)}",
                         f"ORD{r.randrange(10000, 99999)}", f"{r.randrange(100, 999)}-{self.digits(7)}-{self.digits(7)}"))  # fmt: skip

    def plate(self) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
        three = "".join(r.choice(letters) for _ in range(3))
        return f"{three} {r.randrange(10, 100)}{r.choice(letters + '0123456789')}"

    def property_id(self) -> str:
        r = self.rng
        out = f"{r.choice(KOMMUNER)} {r.choice(KVARTER)} {r.randrange(1, 40)}"
        return out + (f":{r.randrange(1, 400)}" if r.random() < 0.6 else "")

    # -- addresses ------------------------------------------------------------------------
    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        roll = r.random()
        if roll < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        elif roll < 0.14:
            out += f"-{int(out) + 2}"
        return out

    def sv_street(self, number: bool = True) -> str:
        name = self.rng.choice(SV_STREETS)
        return f"{name} {self.number()}" if number else name

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.92:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def flat(self) -> str:
        r = self.rng
        return f"lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"

    def floor(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"{r.randrange(1, 7)} tr",
                f"{r.randrange(1, 7)} tr",
                f"{r.randrange(2, 8)} tr",
                "1 tr ned",
                "BV",
                f"vån {r.randrange(2, 9)}",
            )
        )

    def sv_address(self, lines: bool = False, extra: str = "", postal: bool = True) -> str:
        """A Swedish address: street and number, with a flat, floor or entrance when asked or by
        chance, and the postcode and town on the same line or the next."""
        r = self.rng
        if extra == "yard":
            street = f"{r.choice(GARDAR)} {r.randrange(1, 40)}"
        elif extra == "rural":
            street = (
                f"{r.choice(VILLAGES)} {r.randrange(1, 150)}"
                if r.random() < 0.6
                else f"{r.choice(GARDAR)} {r.randrange(1, 9)}"
            )
        else:
            street = self.sv_street()
        roll = r.random()
        if extra in ("lgh", "tr") and r.random() < 0.25:  # both, as forms ask for them: one floor
            level = r.randrange(1, 7)
            street += f", lgh {10 + level}{r.randrange(1, 9):02d}, {level} tr"
        elif extra == "lgh" or (not extra and roll < 0.12):
            street += f"{r.choice((' ', ', ', ', '))}{self.flat()}"
        elif extra == "tr" or (not extra and roll < 0.18):
            street += f"{r.choice((', ', ' '))}{self.floor()}"
        elif extra == "entrance":
            street += (
                f", {r.choice(('uppg. ', 'uppgång ', 'port ', 'ingång '))}{r.choice('ABCD12')}"
            )
        if not postal:
            return street
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def firm_address(self, lines: bool = False) -> str:
        r = self.rng
        where = r.choice(
            (
                "plan 4",
                "plan 2",
                "4 tr",
                "vån. 5",
                "ingång B, plan 2",
                "hus 3, plan 1",
                "entré C",
                "6 tr",
                "plan 11",
                "uppgång A, 3 tr",
            )
        )
        joint = "\n" if lines else ", "
        return f"{self.sv_street()}{joint}{where}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        town, code = self.town()
        code = f"{code[:3]} {code[3:]}" if r.random() < 0.8 else code
        shapes = (f"Box {r.randrange(10, 9999)}, {code} {town}", f"Box {r.randrange(10, 9999)}\n{code} {town}",
                  f"Box {r.randrange(10, 999)}, SE-{code} {town}", f"BOX {r.randrange(10, 999)}, {code} {town.upper()}")  # fmt: skip
        return r.choices(shapes, weights=(6, 3, 1, 1))[0]

    def lower_address(self) -> str:
        """An address as typed in chat: lower case, often without postcode or commas."""
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            out = self.sv_street()
        elif roll < 0.6:
            out = f"{self.sv_street()} {r.choice((self.floor(), self.flat()))}"
        else:
            out = self.sv_address()
            if r.random() < 0.5:
                out = out.replace(", ", " ")
        return out.lower()

    def co(self, lines: bool, english: bool = False) -> list[Segment]:
        """`c/o` outside the value, the name after it a PERSON of its own (or a firm, not a
        value), then the address from the street on."""
        r = self.rng
        joint = "\n" if lines else ", "
        out: list[Segment] = [("c/o " if r.random() < 0.85 else "C/O ", None)]
        if r.random() < 0.85:
            person = self.person(None)
            out += person_segments(r.choice(("P", "P", "P", "S", "I")), person, self)
        else:
            out.append((r.choice(FIRMS["EOFF" if english else "FOFF"]), None))
        address = (
            self.uk_address(lines)
            if english
            else self.sv_address(lines, extra=r.choice(("", "", "lgh")))
        )
        out += [(joint, None), (address, "ADDRESS")]
        return out

    def uk_postcode(self, area: str) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )

    def uk_address(self, lines: bool = False, lower: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        code = self.uk_postcode(area)
        street = f"{r.randrange(1, 180)}{r.choice(('', '', '', '', 'a', 'A', 'b'))} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', '', 'A', 'B', 'C'))}, {street}"
        elif roll < 0.42:
            street = f"{r.randrange(1, 12)} {r.choice(('Oak', 'Ash', 'Mill', 'Tower', 'Linden', 'Harbour'))} {r.choice(('Court', 'House', 'Mews', 'Lodge'))}, {street}"
        if lines:
            out = "\n".join(part for part in (*street.split(", "), town, code))
        else:
            out = f"{street}, {town} {code}" if r.random() < 0.6 else f"{street}, {town}, {code}"
        if lower:
            out = out.lower().replace(",", "") if r.random() < 0.6 else out.lower()
        return out

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False, lower: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop()
        out = re.sub(r"\{n\}", lambda _: str(r.randrange(1, 160)), out)
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines and "\n" not in out:
            out = out.replace(", ", "\n", 1)
        elif not lines:
            out = out.replace("\n", ", ")
        return out.lower() if lower else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname in capitals, GM/GMU the given and middle names (in capitals), I an initial and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, GIVEN`, E an e-mail address. A trailing `s` asks for
    a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english else form
    if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
        base = base[:-1]
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base in ("GM", "GMU"):
        words = given + middle
        value = " ".join([person.first] + [w for w, _ in middle])
        value = value.upper() if base == "GMU" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n"):
        words = given
        key = base.upper()  # a text calls a person the same way each time it uses the form
        if key not in person.shown:
            person.shown[key] = draw.nickname(person, 0.1 if key == "G" else 0.85) or person.first
        value = person.shown[key]
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if base == "RU" else value
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
    "GM",
    "GMU",
    "G",
    "g",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9]*'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    d = draw.digits
    values: dict[str, Callable[[], Segment | list[Segment]]] = {
        # addresses
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.sv_street(number=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(extra="lgh"), "ADDRESS"),
        "STLL": lambda: (draw.sv_address(lines=True, extra="lgh"), "ADDRESS"),
        "SLG": lambda: (draw.sv_address(extra="lgh", postal=False), "ADDRESS"),
        "ATR": lambda: (draw.sv_address(extra="tr"), "ADDRESS"),
        "STR": lambda: (draw.sv_address(extra="tr", postal=False), "ADDRESS"),
        "AE": lambda: (draw.sv_address(extra="entrance"), "ADDRESS"),
        "AY": lambda: (draw.sv_address(extra="yard"), "ADDRESS"),
        "AYS": lambda: (draw.sv_address(extra="yard", postal=False), "ADDRESS"),
        "AR": lambda: (draw.sv_address(extra="rural"), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, extra="rural"), "ADDRESS"),
        "AF": lambda: (draw.firm_address(), "ADDRESS"),
        "AFL": lambda: (draw.firm_address(lines=True), "ADDRESS"),
        "a": lambda: (draw.lower_address(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AS": lambda: (draw.sv_address(extra=r.choice(("", "lgh"))) + r.choice((", Sweden", ", SWEDEN", ", Sweden")), "ADDRESS"),
        "ASL": lambda: (draw.sv_address(lines=True, extra=r.choice(("", "lgh"))) + r.choice(("\nSWEDEN", "\nSweden")), "ADDRESS"),
        "STNU": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "CO": lambda: draw.co(lines=False),
        "COL": lambda: draw.co(lines=True),
        "COU": lambda: draw.co(lines=True, english=True),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address(lower=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "ax": lambda: (draw.eu_address(lower=True), "ADDRESS"),
        # phones, e-mail, personnummer
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHU": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        # look-alikes: no values
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month}-27", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "TIME": lambda: draw.time(r.randrange(7, 19)),
        "TIME2": lambda: draw.time(min(draw.hour + r.randrange(1, 4), 21), later=True),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (draw.amount(250, 68000), None),
        "AMTS": lambda: (draw.amount(29, 1500), None),
        "AMTM": lambda: (draw.amount(3500, 16000, 10), None),
        "AMTF": lambda: (draw.amount(1800, 7500), None),
        "AMTL": lambda: (draw.price(), None),
        "AMTL2": lambda: (draw.price(raise_=True), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "GBPS": lambda: (f"£{r.randrange(15, 250)}.{r.choice(('00', '50', '99', '00'))}", None),
        "GBPM": lambda: (f"£{r.randrange(55, 260) * 10:,}", None),
        "GBPL": lambda: (f"£{r.randrange(165, 950) * 1000:,}", None),
        "FL": lambda: (str(r.randrange(1, 8)), None),
        "DOBEN": lambda: (draw.birth_date(1935, 2006), None),
        "DOBO": lambda: (draw.birth_date(1922, 1945), None),
        "DOBY": lambda: (draw.birth_date(1996, 2008), None),
        "USD": lambda: (f"${r.randrange(20, 4000)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"{r.randrange(15, 3000)},{r.randrange(100):02d} €" if r.random() < 0.5 else f"€{r.randrange(15, 3000)}", None),
        "KG": lambda: (f"{r.randrange(1, 30)},{r.randrange(10)}" if not en else f"{r.randrange(1, 30)}.{r.randrange(10)}", None),
        "M3": lambda: (str(r.randrange(8, 90)), None),
        "KVM": lambda: (str(r.randrange(18, 160)), None),
        "ORD": lambda: (draw.order(), None),
        "TRK": lambda: (draw.tracking(), None),
        "ORG": lambda: (draw.org_number(), None),
        "OCR": lambda: (draw.ocr(), None),
        "BG": lambda: (r.choice((f"{d(3)}-{d(4)}", f"{d(4)}-{d(4)}")), None),
        "PG": lambda: (f"{d(2)} {d(2)} {d(2)}-{d(1)}", None),
        "REG": lambda: (draw.plate(), None),
        "FAST": lambda: (draw.property_id(), None),
        "KOD": lambda: (r.choice((d(4), d(4), f"{d(4)}#", f"*{d(4)}", f"{d(2)}{r.choice('ABC')}{d(2)}")), None),
        "PIN": lambda: (d(r.choice((4, 5, 6))), None),
        "CASE": lambda: (r.choice((f"2027-{d(5)}", f"{d(3)} {d(6)}-27/{d(3)}", f"ÄR-{d(6)}", f"{d(8)}")), None),
        "KUND": lambda: (r.choice((d(6), d(7), d(8), f"K{d(6)}")), None),
        "INV": lambda: (r.choice((f"F-2027-{d(4)}", d(6), f"INV-{d(5)}", f"2027{d(4)}")), None),
        "ANL": lambda: (f"735999{d(12)}", None),
        "VATGB": lambda: (f"GB{d(3)} {d(4)} {d(2)}", None),
        "SORT": lambda: (f"{d(2)}-{d(2)}-{d(2)}", None),
        "ACC": lambda: (d(8), None),
        "MPAN": lambda: (f"{d(2)} {d(3)} {d(3)} {d(2)} {d(4)} {d(4)} {d(3)}", None),
        "HS": lambda: (r.choice(("6109.10", "6204.62", "8517.13", "4901.99", "9503.00", "6403.99", "3304.99", "0902.30", "6302.60", "9403.60")), None),
        "SHOP": lambda: (r.choice(SHOPS), None),
        "OMBUD": lambda: (r.choice(OMBUD), None),
        **{key: (lambda key=key: (r.choice(FIRMS[key]), None)) for key in FIRMS},
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
    }  # fmt: skip
    out = values[form]()
    return out if isinstance(out, list) else [out]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """ce's rows: every negative once, then positive rows from shuffled decks of each language's
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


def counts(rows: list[dict[str, object]]) -> dict[str, Counter[str]]:
    """Sizes, rows without values, values by kind and language, and the forms of the values."""
    out: dict[str, Counter[str]] = {k: Counter() for k in ("langs", "empty", "kinds", "forms")}
    people: set[str] = set()
    for row in rows:
        lang, text, spans = str(row["lang"]), str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        out["langs"][lang] += 1
        out["empty"][lang] += not spans
        for span in spans:
            value = text[span["start"] : span["end"]]
            kind = span["kind"]
            out["kinds"][f"{kind} {lang}"] += 1
            out["kinds"][kind] += 1
            forms = out["forms"]
            if kind == "PERSON":
                people.add(value)
                forms["one word"] += " " not in value
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after c/o"] += (
                    text[max(0, span["start"] - 4) : span["start"]].lower() == "c/o "
                )
            elif kind == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.lower().startswith("box")
                forms["address without a digit"] += not any(c.isdigit() for c in value)
            elif kind == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif kind == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with +"] += "+" in value
    out["forms"]["PERSON distinct"] = len(people)
    return out


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of ce is printed."""
    c = counts(rows)
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(c["langs"].items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(c["empty"].items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {c['kinds'][f'{kind} {lang}']}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {c['kinds'][kind]} ({per})")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in sorted(c["forms"].items())))
    print(
        f"nicknames: {draw.forms['nickname']}; Swedish given names hyphenated: {draw.forms['swedish given hyphenated']} of {draw.forms['swedish given']}"
    )
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = [row["id"] for row in rows]
    problems["duplicate id"] += len(ids) - len(set(ids))
    problems["duplicate text"] += len(rows) - len({row["text"] for row in rows})
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"} or row["split"] != SPLIT:
            problems["row keys or split"] += 1
        text, last = row["text"], 0
        for span in row["spans"]:
            start, end, kind = span["start"], span["end"], span["kind"]
            if set(span) != {"start", "end", "kind"} or kind not in KINDS:
                problems["span keys or kind"] += 1
            if not 0 <= start < end <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:end]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < last:
                problems["unsorted or overlapping"] += 1
            last = end
            if kind == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                if not (
                    digits.isdigit()
                    and len(digits) in (10, 12)
                    and luhn(digits[-10:-1]) == int(digits[-1])
                ):
                    problems["personnummer check digit"] += 1
    c = counts(rows)
    spans = sum(len(row["spans"]) for row in rows)
    print(
        f"checked {len(rows)} rows, {spans} spans: "
        + ", ".join(f"{k} {v}" for k, v in sorted(c["langs"].items()))
    )
    print(f"personnummer checked: {c['kinds']['NATIONAL_ID']}")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed; the set is written with the default"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
