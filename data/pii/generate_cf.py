# ruff: noqa: E501
"""Generate held-out cf for personal-data detection: names as the population has them, the
sixty-third writer (support, HR, health, chat, invoices and threads).

    python data/pii/generate_cf.py            # writes data/pii/generated-heldout-cf.jsonl
    python data/pii/generate_cf.py --stats    # counts only (sizes, kinds, forms), writes nothing
    python data/pii/generate_cf.py --check    # checks the written file, prints counts only
    python data/pii/generate_cf.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

cf's names are drawn by how often people carry them: every name word comes from `names_cf.py`'s
weighted pools (SCB's order for Sweden, the US Census 1990 per cents, the ONS rankings for the
UK, the commonest names of the origins common in Sweden), 80% from the head of a list and 20%
from its tail, mixed by the language of the row roughly as Sweden's population is. The genre
(`templates_cf.py`) is the mix that gateways see from teams in Sweden: support tickets and
replies, HR mail, medical notes and letters, chat, invoices and reminders, school mail, insurance
and bank letters, minutes and pasted threads. Written by a helper who tunes nothing and read
neither the detector nor its lexicons, tests, other sets or error listings; cf was never run
through the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_cf import HEAD_SHARE, HYPHENATED, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cf import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20270140
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cf.jsonl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them (the writer's knowledge).
SV_STREETS = (
    "Drottninggatan", "Sveavägen", "Odengatan", "Götgatan", "Hornsgatan", "Linnégatan",
    "Vasagatan", "Klostergatan", "Östra Storgatan", "Västra Vallgatan", "Norra Strandgatan",
    "Södra Förstadsgatan", "Östra Hamngatan", "Bangårdsgatan", "Smedjegatan", "Villagatan",
    "Bruksgatan", "Verkstadsgatan", "Fabriksgatan", "Gjuterigatan", "Kastanjegatan", "Folkungagatan",
    "Sankt Eriksgatan", "S:t Persgatan", "Birger Jarlsgatan", "Olof Palmes gata", "Karl Johansgatan",
    "Tegnérgatan", "Fleminggatan", "Lilla Nygatan", "Valhallavägen", "Karlavägen", "Hagavägen",
    "Solvägen", "Sommarvägen", "Granvägen", "Hjortronvägen", "Mjölnarvägen", "Trastvägen",
    "Lärkvägen", "Vipvägen", "Hägervägen", "Rönnbärsvägen", "Parkvägen", "Idrottsvägen",
    "Hantverksvägen", "Ankarvägen", "Fyrvaktarvägen", "Mossvägen", "Blåklockevägen",
    "Vitsippsvägen", "Tegelbruksvägen", "Gamla Vägen", "Södra Kungsvägen", "Prästkragens väg",
    "Tornsvalans väg", "Ekorrsvängen", "Skolsvängen", "Björksvängen", "Lillsvängen", "Kvarnsvängen",
    "Rosenallén", "Skolallén", "Kastanjeallén", "Hammarby allé", "Sofiero allé", "Lönnallén",
    "Solbergs backe", "Högbergs backe", "Klockarbacken", "Ekbacken", "Tallbacken", "Kvarnbacken",
    "Skogsstigen", "Lingonstigen", "Ängsstigen", "Humlestigen", "Björnbärsstigen", "Myrstigen",
    "Rådhustorget", "Stortorget", "Fisktorget", "Gustav Adolfs torg", "Möllevångstorget",
    "Kanalplan", "Kyrkplan", "Tingshusplan", "Centralplan", "Pilgränd", "Bagargränd",
    "Snickargränd", "Källargränd", "Skomakargränd", "Tallslingan", "Tegelslingan", "Industrileden",
    "Lönnkroken", "Ringleden", "Kajen", "Strandpromenaden", "Medborgarplatsen", "Esplanaden",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Västerås", 721, 725), ("Örebro", 701, 705), ("Linköping", 581, 589), ("Helsingborg", 250, 256),
    ("Jönköping", 551, 556), ("Norrköping", 601, 603), ("Lund", 221, 227), ("Umeå", 901, 907),
    ("Gävle", 802, 806), ("Borås", 501, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152),
    ("Karlstad", 651, 656), ("Täby", 183, 187), ("Växjö", 351, 355), ("Halmstad", 301, 305),
    ("Sundsvall", 851, 857), ("Luleå", 971, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 391, 393), ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371), ("Skövde", 541, 541), ("Uddevalla", 451, 451), ("Nacka", 131, 132),
    ("Huddinge", 141, 141), ("Haninge", 136, 137), ("Kungsbacka", 434, 434), ("Varberg", 432, 432),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Örnsköldsvik", 891, 891), ("Skellefteå", 931, 931),
    ("Visby", 621, 621), ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Landskrona", 261, 261),
    ("Trelleborg", 231, 231), ("Ystad", 271, 271), ("Härnösand", 871, 871), ("Nyköping", 611, 611),
    ("Katrineholm", 641, 641), ("Enköping", 745, 745), ("Märsta", 195, 195), ("Upplands Väsby", 194, 194),
    ("Lerum", 443, 443), ("Alingsås", 441, 441), ("Partille", 433, 433), ("Kungälv", 442, 442),
    ("Ängelholm", 262, 262), ("Hässleholm", 281, 281), ("Vänersborg", 462, 462), ("Mjölby", 595, 595),
    ("Ludvika", 771, 771), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824), ("Boden", 961, 961),
    ("Arvika", 671, 671), ("Karlskoga", 691, 691), ("Köping", 731, 731), ("Nässjö", 571, 571),
    ("Värnamo", 331, 331), ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Falkenberg", 311, 311),
    ("Eslöv", 241, 241), ("Vellinge", 235, 235), ("Tyresö", 135, 135), ("Lidingö", 181, 181),
    ("Sollentuna", 191, 192), ("Tumba", 147, 147), ("Åkersberga", 184, 184), ("Norrtälje", 761, 761),
    ("Strängnäs", 645, 645), ("Mariestad", 542, 542), ("Falköping", 521, 521), ("Mora", 792, 792),
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Victoria Street", "Church Road", "Station Road", "Park Lane", "Queen's Road",
    "Mill Lane", "The Crescent", "Grove Road", "Windsor Avenue", "Highfield Road", "Elm Close",
    "Manor Way", "St John's Street", "Oxford Road", "New Street", "Green Lane", "Beech Drive",
    "Kingsway", "Meadow View", "Chestnut Grove", "Springfield Gardens",
)  # fmt: skip
UK_TOWNS = (
    ("London", ("E", "N", "SE", "SW", "NW", "W")), ("Manchester", ("M",)), ("Leeds", ("LS",)),
    ("Bristol", ("BS",)), ("Birmingham", ("B",)), ("Sheffield", ("S",)), ("Nottingham", ("NG",)),
    ("Cardiff", ("CF",)), ("Edinburgh", ("EH",)), ("Glasgow", ("G",)), ("Brighton", ("BN",)),
    ("Reading", ("RG",)), ("Norwich", ("NR",)), ("York", ("YO",)), ("Southampton", ("SO",)),
    ("Cambridge", ("CB",)), ("Aberdeen", ("AB",)), ("Belfast", ("BT",)), ("Exeter", ("EX",)),
)  # fmt: skip
UK_HOUSES = ("Flat {m}", "Flat {m}B", "Apartment {m}", "Unit {m}")
US_STREETS = ("Elm Street", "Oak Avenue", "Maple Drive", "Washington Street", "Park Avenue", "2nd Street", "Lincoln Road", "Cedar Lane", "Lakeview Drive", "Sunset Boulevard", "Hillcrest Road", "Walnut Street", "Pine Court", "Main Street")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Chicago", "IL", 606), ("Boston", "MA", 21), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Raleigh", "NC", 276), ("San Diego", "CA", 921), ("Brooklyn", "NY", 112), ("Columbus", "OH", 432))  # fmt: skip
# Europe in its own formats: France, Germany, Spain, Finland, Norway, Denmark, the Netherlands, Poland.
EUROPE = (
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n}, avenue Jean Jaurès, {z5:75019-75020} Paris",
    "{n} boulevard Victor Hugo, {z5:06000-06300} Nice", "Hauptstraße {n}, {z5:10115-10999} Berlin",
    "Bahnhofstr. {n}a, {z5:80331-80339} München", "Gartenweg {n}, {z5:50667-50999} Köln",
    "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid", "Avda. de la Constitución {n}, {z5:41001-41004} Sevilla",
    "Carrer de Mallorca {n}, {m}r {m}a, {z5:08008-08037} Barcelona",
    "Mannerheimintie {n} B {m}, {z5:00100-00260} Helsinki", "Esplanaden {n}, {z5:00130-00130} Helsingfors",
    "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0184} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nygårdsgaten {n}, {z4:5015-5017} Bergen",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "ul. Marszałkowska {n}/{m}, 00-{z3:590-699} Warszawa", "ul. Długa {n}, 80-{z3:827-831} Gdańsk",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.com", "hotmail.se", "bredband.net", "me.com", "protonmail.com", "spray.se")  # fmt: skip
WORK = ("example.se", "example.com", "foretag.example.se", "vard.example.se", "skola.example.se", "kommun.example.se", "bank.example.se", "example.co.uk", "example.org")  # fmt: skip
FIRM_DOMAINS = ("example.se", "butiken.example.se", "kundservice.example.se", "example.com", "shop.example.com", "forsakring.example.se", "tandvard.example.se", "inkasso.example.se", "example.co.uk")  # fmt: skip
FIRM_BOXES = (
    ("kundservice", "support", "info", "faktura", "noreply", "no-reply", "kundtjanst", "ekonomi", "reception", "bokning", "expedition", "skadeanmalan", "order", "kontakt"),
    ("support", "help", "billing", "accounts", "info", "claims", "noreply", "hello", "customercare", "orders"),
)  # fmt: skip
HR_BOXES = ("hr", "rekrytering", "lon", "personal", "careers", "jobs", "payroll", "people")  # fmt: skip
# Firms named after no person, by trade, and products (look-alikes, not values): (Swedish, English).
FIRMS = {
    "FIRM": (("Nordvik Logistik AB", "Kustbostäder AB", "Solgläntans Förvaltning", "Bergslagens El & Data", "Mälardalens Fönsterservice", "Fjällbo Fastigheter", "Granit Bygg AB", "Norrsken IT AB", "Blåvingen Städ AB", "Vintergatan Kontorsmaterial", "Stensö Måleri AB", "Ljusdals Rör & Värme", "Region Västernorrland", "Skanska", "Vattenfall", "Scania", "Postnord", "Telia Company", "Sandvik"),
             ("Northbridge Logistics Ltd", "Kestrel Software", "Greenleaf Energy", "Ironside Recruitment", "Pinecrest Property Management", "Redline Couriers", "Bluefin Analytics", "Harbourside Consulting", "Copperleaf Systems")),
    "SHOP": (("Elgiganten", "NetOnNet", "Jula", "Stadium", "Apotea", "Boozt", "Zalando", "IKEA", "Biltema", "CDON", "Adlibris", "Komplett", "Hemtextilbutiken", "Cykelcentrum Syd", "Nordic Nest", "Tele2", "Telia", "Comviq"),
             ("Argos", "ASOS", "Tesco", "Amazon", "Etsy", "Halfords", "Vodafone", "Ocado", "Screwfix", "Wayfair")),
    "CLINIC": (("Lindens Tandvård", "Sjöstadens Fysio", "Kry", "Capio Citykliniken", "Praktikertjänst", "Folktandvården Väst", "Naprapatcentrum City", "Hälsoteamet Norr", "Smile Tandvård"),
               ("Harbour Dental Care", "Meadowbrook Medical Centre", "Riverside Physio", "Parkside Surgery", "Northgate Health Centre", "Bupa Dental Care")),
    "PHARMACY": (("Apoteket", "Apotek Hjärtat", "Kronans Apotek", "Apoteksgruppen", "Apotea"), ("Superdrug Pharmacy", "Well Pharmacy", "Rowlands Pharmacy", "CVS Pharmacy")),
    "BANK": (("Hemtrygg Försäkring", "Kronan Bank", "Länsförsäkringar", "Folksam", "If Skadeförsäkring", "Trygg-Hansa", "Swedbank", "Handelsbanken", "Nordea", "SBAB", "ICA Banken", "Avanza", "Skandia"),
             ("Brightwater Insurance", "Summit Bank plc", "Aviva", "Direct Line", "NatWest", "Monzo", "Nationwide", "Revolut")),
    "SCHOOL": (("Tallhöjdens skola", "Ekbackeskolan", "Solrosens förskola", "Kvarnbyskolan", "Västerängsskolan"), ("Oakfield Primary School", "Bluebell Nursery", "Westfield Academy", "Riverside Infant School", "Hillcrest Primary")),
    "GARAGE": (("Centrumverkstaden AB", "Mekonomen", "Däckia", "Carglass", "Bilia", "Norrbilar Service"), ("Kwik Fit", "Halfords Autocentre", "Riverside Motors")),
}  # fmt: skip
PRODUCTS = ("Dammsugare X-Clean 900", "iPhone 15", "MacBook Air", "Samsung Galaxy S24", "Kaffebryggare Moccamaster", "Vinterjacka Storm Pro", "Löparskor Gel-Nimbus", "Robotgräsklippare 450X", "Sony WH-1000XM5", "Hörlurar Jabra Evolve2", "Barnvagn Emmaljunga", "Kontorsstol Markus", "Kindle Paperwhite", "Nintendo Switch")  # fmt: skip
PRESCHOOLS = ("Solrosen", "Humlan", "Ekorren", "Trollskogen", "Regnbågen", "Skattkistan", "Blåklockan", "Myrstacken", "Lärkan", "Kotten")  # fmt: skip
VC = ("Kronoparken", "Husby", "Gripen", "Centrum", "Väster", "Norrmalm", "Sjöstaden", "Kungsholmen", "Backa", "Rosengård", "Ekeby", "Tallbacken", "Hälsans Hus", "Eriksberg", "Lindhagen", "Nyby", "Gränby", "Bergsjön")  # fmt: skip
PRODUCTS = ("Dammsugare X-Clean 900", "iPhone 15", "MacBook Air", "Samsung Galaxy S24", "Kaffebryggare Moccamaster", "Vinterjacka Storm Pro", "Löparskor Gel-Nimbus", "Robotgräsklippare 450X", "Sony WH-1000XM5", "Hörlurar Jabra Evolve2", "Barnvagn Emmaljunga", "Kontorsstol Markus")  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip


def luhn(digits: str) -> int:
    """The Luhn check digit of `digits` (a personnummer's nine, an org number's nine, an OCR)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word; a hyphenated name (`Anna-Karin`) is one word of its own pool
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    mail: str | None = None  # the person's e-mail address, once one is written
    called: dict[str, str] = field(
        default_factory=dict
    )  # how the row calls them: given or short form

    @property
    def first(self) -> str:
        return " ".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of cf from one seeded Random; counts the head/tail split, origins and forms."""

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
        if key in HYPHENATED and r.random() < 0.05:  # Ann-Christin, Karl-Johan
            given = [self.pick(HYPHENATED[key][0 if woman else 1])]
            self.forms["hyphenated given name"] += 1
        else:
            given = [self.pick(pool)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.4}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0][0] or middle[0][0] in given[0][0].split("-"):
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
        if surname[0][0] == given[0][0]:  # `Ali Ali`: drawn once more
            surname[0] = self.pick(origin.surnames)
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
        """The person's address: made once from the name, then the same in the row."""
        if person.mail:
            return person.mail
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = plain(person.last).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[:3]}{surname[:3]}", f"{given}.{surname}{r.randrange(60, 99)}"))  # fmt: skip
        person.mail = f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"
        return person.mail

    def loose_email(self) -> str:
        """An address of nobody named in the row (a nickname, a word and digits)."""
        r = self.rng
        word = r.choice(
            (
                "sommarbarn",
                "kattmamma",
                "fotbollsfarsan",
                "hemmafix",
                "bluebird",
                "skogsmulle",
                "lillstrumpa",
                "gamer",
                "tjejen",
                "runner",
                "nordic",
                "cykelnisse",
            )
        )
        return f"{word}{r.randrange(1, 999)}@{r.choice(MAIL)}"

    def firm_email(self, hr: bool = False) -> str:
        boxes = HR_BOXES if hr else FIRM_BOXES[self.lang == "en"]
        return f"{self.rng.choice(boxes)}@{self.rng.choice(FIRM_DOMAINS)}"

    def mobile(self) -> str:
        """A Swedish mobile number only (Swish, text messages)."""
        for _ in range(50):
            out = self.phone()
            if re.match(r"(?:\+46 ?\(?0?\)?|0046|\(?0)7", out):
                return out
        return out

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, most often a mobile, in the groupings people write."""
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
                "35",
                "36",
                "42",
                "46",
                "54",
                "60",
                "90",
            )
        )
        area3 = r.choice(
            (
                "120",
                "150",
                "171",
                "220",
                "240",
                "290",
                "300",
                "322",
                "346",
                "370",
                "380",
                "413",
                "431",
                "470",
                "480",
                "498",
                "500",
                "510",
                "520",
                "560",
                "570",
                "611",
                "620",
                "650",
                "660",
                "670",
                "680",
                "690",
                "910",
                "920",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d}"),
            (1, f"{m[:3]}{d[0]}-{d[1:3]} {d[3:5]} {d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"+46(0){m[1:]} {d[:3]} {d[3:]}"),
            (5, f"08-{d[:3]} {d[3:5]} {d[5:]}"), (4, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:5]} {d[5:]}"), (1, f"08{d}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0{area2}{d[:6]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (1, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's number: switchboards, customer service, 010-, 020-, 0771- numbers."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:6]} {d[6:8]}",
            f"0770-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"08-{d[:3]} {d[3:5]} {d[5:7]}",
            f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"018-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}",
            f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 20 7946 0{d[:3]}",
            f"020 7946 0{d[:3]}", f"+44 (0)161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"+49 30 {d[:8]}",
            f"+49 (0)89 {d[:4]} {d[4:8]}", f"0171 {d[:7]}", f"+49 151 {d[:4]} {d[4:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+1 (612) 555-0{d[:3]}", f"(206) 555-0{d[:3]}", f"+1 512 555 0{d[:3]}", f"617-555-0{d[:3]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+964 77{d[:1]} {d[1:4]} {d[4:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+380 6{d[:1]} {d[1:4]} {d[4:6]} {d[6:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"0047 {r.choice('49')}{d[:7]}", f"0049 170 {d[:7]}", f"0044 7700 900{d[:3]}", f"00358 40 {d[:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r, d = self.rng, self.digits(3)
        return r.choice((f"+44 7700 900{d}", f"07700 900{d}", f"020 7946 0{d}", f"+44 20 7946 0{d}", f"0161 496 0{d}",
                         f"+44 (0)161 496 0{d}", f"0113 496 0{d}", f"0131 496 0{d}", f"01632 960{d}", f"+44 1632 960{d}"))  # fmt: skip

    def phone_us(self) -> str:
        r, d = self.rng, self.digits(2)
        return r.choice(
            (
                f"+1 (612) 555-01{d}",
                f"(206) 555-01{d}",
                f"512-555-01{d}",
                f"+1 617 555 01{d}",
                f"(312) 555-01{d}",
                f"303.555.01{d}",
            )
        )

    def national_id(self, kind: str = "any") -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, `-`, none, or `+` past a hundred."""
        r = self.rng
        years = {"any": (1931, 2006), "child": (2011, 2024), "old": (1920, 1927)}[kind]
        year = r.randrange(years[0], years[1] + 1)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random() if kind != "old" else 0.4 + 0.6 * r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            sep = "+" if 2027 - year >= 100 else "-"
            return f"{date}{sep}{serial}{check}"
        if roll < 0.93:
            return f"{year // 100}{date}{serial}{check}"
        if 2027 - year >= 100:
            return f"{date}+{serial}{check}"
        return f"{date}{serial}{check}"

    def pnr_form(self, digits12: bool) -> str:
        r = self.rng
        year = r.randrange(1941, 2006)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        dash = "-" if r.random() < 0.75 else ""
        return (
            f"{year // 100}{date}{dash}{serial}{check}"
            if digits12
            else f"{date}{dash}{serial}{check}"
        )

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self, number: bool = True) -> str:
        street = self.rng.choice(SV_STREETS)
        return f"{street} {self.number()}" if number else street

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.8 else f"{code} {town}"
        if r.random() < 0.08:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def flat(self, street: str) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.12:
            return (
                f"{street}{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            )
        if roll < 0.17:
            return f"{street}, {r.randrange(1, 7)} tr"
        if roll < 0.2:
            return f"{street}, {r.randrange(1, 6)} tr, lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        return street

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.flat(self.sv_street())
        if lgh and "lgh" not in street:
            street += f" lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.65:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        if roll < 0.82:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{r.choice(areas)}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        if r.random() < 0.25:
            street = r.choice(UK_HOUSES).replace("{m}", str(r.randrange(1, 30))) + ", " + street
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
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
        out = re.sub(r"\{m\}", lambda _: str(r.randrange(1, 9)), out)
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    # Look-alikes: numbers that are no personal value.
    def org_number(self) -> str:
        r = self.rng
        body = r.choice(("556", "559", "802", "716", "769", "969", "212", "232")) + self.digits(6)
        out = f"{body[:6]}-{body[6:9]}{luhn(body[:9])}"
        return f"16{out}" if r.random() < 0.08 else out

    def ocr(self) -> str:
        body = self.digits(self.rng.choice((7, 8, 10, 12, 13, 14, 15)))
        return body + str(luhn(body))

    def bankgiro(self) -> str:
        return self.rng.choice(
            (f"{self.digits(3)}-{self.digits(4)}", f"{self.digits(4)}-{self.digits(4)}")
        )

    def plusgiro(self) -> str:
        r = self.rng
        return f"{r.randrange(1, 99)} {self.digits(2)} {self.digits(2)}-{self.digits(1)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p in lower case, U in capitals, F with the middle names, M with a middle initial,
    G/g the given name (sometimes its short form), N/n the short form where the name has one,
    GU the given name in capitals, S/s the surname, SU in capitals, I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, GIVEN`,
    E the person's e-mail address. A trailing `s` asks for a Swedish genitive, `'` an English one.
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
    elif base == "M":
        words = given + middle + surname
        value = " ".join([person.first] + [f"{w[0]}." for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        casual = (
            "short" if base in ("N", "n") else "given"
        )  # the same person is called the same in a row
        if casual not in person.called:
            person.called[casual] = (
                draw.nickname(person, 0.85 if casual == "short" else 0.07) or person.first
            )
        value = person.called[casual]
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last}, {person.first}".upper()
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
    "M",
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
SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9]*'?)(?:#(\d+))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    """The segments of a slot that is not a person's name: a value, or a look-alike (kind None)."""
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    if form in ("CO", "COL"):  # c/o: outside every span; the name after it a PERSON of its own
        person = draw.person(None)
        joint = "\n" if form == "COL" else ", "
        name = person_segments(r.choice(("P", "P", "S")), person, draw)
        street = draw.flat(draw.sv_street())
        return [
            ("c/o ", None),
            *name,
            (joint, None),
            (f"{street}{joint}{draw.sv_postal()}", "ADDRESS"),
        ]
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALX": lambda: (draw.sv_address(lines=True) if r.random() < 0.8 else draw.eu_address(lines=True), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.sv_street(number=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AEN": lambda: (r.choice((draw.uk_address(), draw.us_address())), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHEN": lambda: (draw.phone_x() if r.random() < 0.85 else draw.phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNR10": lambda: (draw.pnr_form(False), "NATIONAL_ID"),
        "PNR12": lambda: (draw.pnr_form(True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id("child"), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "MAIL": lambda: (draw.loose_email(), "EMAIL"),
        "MAILF": lambda: (draw.firm_email(), "EMAIL"),
        "MAILHR": lambda: (draw.firm_email(hr=True), "EMAIL"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        # look-alikes
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027", f"{day:02d}.{month:02d}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027", f"2027-{month:02d}-{day:02d}")), None),
        "DOB": lambda: (r.choice((f"{day:02d}/{month:02d}/{r.randrange(1940, 2006)}", f"{day} {MONTHS['en'][month - 1][:3]} {r.randrange(1940, 2006)}")), None),
        "DT": lambda: (r.choice((f"den {day} {MONTHS['sv'][month - 1]} 2027 {r.randrange(6, 23):02d}:{r.randrange(60):02d}", f"2027-{month:02d}-{day:02d} {r.randrange(6, 23):02d}:{r.randrange(60):02d}")), None),
        "DTEN": lambda: (r.choice((f"{DAYS['en'][r.randrange(5)]}, {day} {MONTHS['en'][month - 1]} 2027 {r.randrange(6, 23):02d}:{r.randrange(60):02d}", f"{MONTHS['en'][month - 1]} {day}, 2027 at {r.randrange(1, 12)}:{r.randrange(60):02d} {r.choice(('AM', 'PM'))}")), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45', '10', '40'))}", None),
        "WEEK": lambda: (str(r.randrange(2, 51)), None),
        "YEAR": lambda: (str(r.randrange(2014, 2025)), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (_amount(r), None),
        "AMTS": lambda: (_amount(r, 49, 2500), None),
        "AMTL": lambda: (f"{r.randrange(9, 70) * 100_000:,} kr".replace(",", " "), None),
        "GBPL": lambda: (f"£{r.randrange(18, 95) * 10_000:,}", None),
        "GBP": lambda: (f"£{r.randrange(20, 4800):,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(20, 4800):,}.{r.randrange(100):02d}", None),
        "EUR": lambda: (r.choice((f"€{r.randrange(40, 3000)}", f"{r.randrange(40, 3000)},{r.randrange(100):02d} €", f"EUR {r.randrange(40, 3000)}")), None),
        "PCT": lambda: (f"{r.randrange(1, 100)} %", None),
        "UKCO": lambda: (f"{r.randrange(1000000, 13999999):08d}", None),
        "ORG": lambda: (draw.org_number(), None),
        "OCR": lambda: (draw.ocr(), None),
        "BG": lambda: (draw.bankgiro(), None),
        "PG": lambda: (draw.plusgiro(), None),
        "INV": lambda: (r.choice((str(r.randrange(10000, 999999)), f"F{r.randrange(2027000, 2027999)}", f"INV-{r.randrange(1000, 99999)}", f"2027-{r.randrange(100, 9999):04d}")), None),
        "CUST": lambda: (r.choice((str(r.randrange(100000, 9999999)), f"K{r.randrange(10000, 999999)}", f"{r.randrange(100, 999)} {r.randrange(100, 999)}")), None),
        "CASE": lambda: (r.choice((f"{r.randrange(1000000, 9999999)}", f"ÄR-2027-{r.randrange(100, 99999):05d}", f"Dnr 2027/{r.randrange(10, 9999)}", f"CS{r.randrange(100000, 999999)}", f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}")), None),
        "TICKET": lambda: (r.choice((f"#{r.randrange(10000, 999999)}", f"INC{r.randrange(100000, 9999999):07d}", f"SR-{r.randrange(1000, 99999)}", f"[{r.choice(('CS', 'SUP', 'HD'))}-{r.randrange(100, 99999)}]")), None),
        "ORDER": lambda: (r.choice((str(r.randrange(1000000, 99999999)), f"#{r.randrange(100000, 9999999)}", f"SE-{r.randrange(100000, 999999)}", f"{r.randrange(100, 999)}-{r.randrange(1000000, 9999999)}-{r.randrange(1000000, 9999999)}")), None),
        "TRACK": lambda: (r.choice((f"{r.choice(('JJSE', 'JJFI', 'JJDE'))}{draw.digits(12)}", f"00370{draw.digits(15)}", f"{r.choice(('LX', 'RR', 'CP'))}{draw.digits(9)}SE", f"1Z{draw.digits(3)}E{draw.digits(2)}{draw.digits(10)}", f"BB{draw.digits(8)}")), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 100)}{r.choice('0123456789ABCDEFGHJKLMNPRSTUWXYZ')}", None),
        "POL": lambda: (r.choice((f"{r.randrange(10000000, 99999999)}", f"{r.randrange(100, 999)}-{r.randrange(100000, 999999)}-{r.randrange(1, 9)}", f"HF{r.randrange(1000000, 9999999)}")), None),
        "EMP": lambda: (r.choice((str(r.randrange(1000, 99999)), f"A{r.randrange(1000, 9999)}", f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "VC": lambda: (r.choice(VC), None),
        "FSK": lambda: (r.choice(PRESCHOOLS), None),
        **{key: (lambda key=key: (r.choice(FIRMS[key][1] if en else FIRMS[key][0]), None)) for key in FIRMS},
        "CARD4": lambda: (draw.digits(4), None),
        "SAL": lambda: (f"£{r.randrange(24, 96)},{r.choice(('000', '500'))}" if en else f"{r.randrange(27, 72)} {r.choice(('000', '200', '500', '800'))} kr", None),
        "PROD": lambda: (r.choice(PRODUCTS), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (r.choice(MONTHS["sv"]), None),
        "MONTHEN": lambda: (r.choice(MONTHS["en"]), None),
        "VAT": lambda: (f"{r.randrange(100, 999)} {r.randrange(1000, 9999)} {r.randrange(10, 99)}", None),
        "VATSE": lambda: (f"SE{draw.org_number()[-11:].replace('-', '')}01", None),
        "ROOM": lambda: (f"{r.choice(('A', 'B', 'C'))}{r.randrange(1, 5)}{r.randrange(10, 40)}", None),
    }  # fmt: skip
    return [values[form]()]


def _amount(r: Random, low: int = 150, high: int = 68000) -> str:
    n = r.randrange(low, high)
    grouped = f"{n:,}".replace(",", " ")
    return r.choice(
        (f"{grouped} kr", f"{grouped},00 kr", f"{grouped}:-", f"SEK {grouped}", f"{grouped},00")
    )


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    kept: dict[tuple[str, str], list[Segment]] = {}  # a value slot with #ref: the same in the row
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
        elif ref and (form, ref) in kept:
            segments = kept[(form, ref)]
        else:
            segments = filler(form, draw)
            if ref:
                kept[(form, ref)] = segments
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """cf's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-cf-{len(rows) + 1:04d}", "split": "heldout-cf", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of cf is printed."""
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
                forms["address over lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not re.search(
                    r"\d{3} ?\d{2}|\d{4,5}|[A-Z]{1,2}\d", value
                )
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 60) : span["start"]].count("c/o ") > 0
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(
            f"nicknames: {draw.forms['nickname']}, hyphenated given names drawn: {draw.forms['hyphenated given name']}"
        )
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def valid_personnummer(value: str) -> bool:
    if not re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value):
        return False
    digits = re.sub(r"\D", "", value)[-10:]
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn(digits[:9]) == int(digits[9])


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for i, row in enumerate(rows, 1):
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["row keys"] += 1
        if (
            row["id"] != f"gen-heldout-cf-{i:04d}"
            or row["split"] != "heldout-cf"
            or row["lang"] not in SIZES
        ):
            problems["id, split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            if list(span) != ["start", "end", "kind"] or kind not in KINDS:
                problems["span keys or kind"] += 1
            if not 0 <= start < stop <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if kind == "NATIONAL_ID" and not valid_personnummer(value):
                problems["personnummer check digit"] += 1
    print(
        f"checked {len(rows)} rows, {sum(len(r['spans']) for r in rows)} spans: "
        + (", ".join(f"{k} {v}" for k, v in problems.items()) or "no problems")
    )
    stats(rows, None)
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed while writing")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
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
