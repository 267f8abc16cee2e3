# ruff: noqa: E501
"""Generate held-out BE for personal-data detection (issue 15): names as the population has them,
a thirty-sixth writer.

    python data/pii/generate_be.py          # writes data/pii/generated-heldout-be.jsonl
    python data/pii/generate_be.py --stats  # counts only (sizes, kinds, forms, head/tail split)
    python data/pii/generate_be.py --check  # counts only: offsets and personnummer checked

BE's names are drawn by how often people really carry them: every name word comes from
`names_be.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of sixteen origins common in Sweden and of the
genre's tourists), 80% from the head of a list and 20% from its tail, mixed by the language of
the row roughly as Sweden's population and its travellers are. The genres are travel, hotels and
transport (`templates_be.py`): hotel and hostel bookings and guest registers, airline rebookings
and passenger lists, rail and bus ticket claims, taxi and färdtjänst orders with pick-up
addresses, car rental agreements, lost property, tour operators' rooming lists, visa invitation
letters, English booking confirmations and travel agents' chat, in Swedish, English and the two
mixed. Written by a helper who does not tune the detector, who read neither its rules, lexicons
and tagger (`src/rung/privacy/`) nor any error listing nor any other set's names, templates or
rows; BE was never run through the detector by its writer, and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.

Label conventions: a PERSON span is the name only (no title, no role, no genitive ending, no
`MR`/`MRS` after an airline name `BERG/ANNA`); a `c/o` name is PERSON and the ADDRESS starts
at the street after it; an ADDRESS is the street (or box, or foreign form) with its number,
flat, postcode and town as written together, on one line or several, or a street alone where it
stands as one; a town, airport, station or hotel alone is no ADDRESS. A small firm named after
its owner (`Lindqvists Taxi`) has the owner's name marked PERSON; chains, hotels, ships,
airports, stations, pubs and streets named after people (`Hilton`, `Hotel Kung Carl`,
`af Chapman`, `Charles de Gaulle`, `Nils Ericson-terminalen`) are not. Every phone number,
e-mail address and street address is marked, a person's or a desk's alike. Booking references,
ticket, passport, licence and card numbers, plates, dates of birth and organisation numbers are
none of the five kinds and stay unmarked.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_be import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_be import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20270113
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-be.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every form, some named after people (the writer's own list).
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Hamngatan", "Götgatan",
    "Hornsgatan", "Birger Jarlsgatan", "Sankt Eriksgatan", "Olof Palmes gata", "Kyrkogatan",
    "Västra Hamngatan", "Östra Storgatan", "Nygatan", "Järnvägsgatan", "Stationsgatan",
    "Linnégatan", "Fleminggatan", "Odengatan", "Bangårdsgatan", "Klostergatan", "Prästgatan",
    "Södra Förstadsgatan", "Stora Nygatan", "Norra Järnvägsgatan", "Karl Gustavsgatan",
    "Sveavägen", "Karlavägen", "Valhallavägen", "Björkvägen", "Skogsvägen", "Ringvägen",
    "Tallvägen", "Industrivägen", "Flygplatsvägen", "Lingonvägen", "Hagavägen", "Bergsvägen",
    "Solvägen", "Lärkvägen", "Stationsvägen", "Strandvägen", "Per Albin Hanssons väg",
    "Drottning Kristinas väg", "Gamla Uppsalavägen", "Tallsvängen", "Rönnsvängen",
    "Ljungsvängen", "Kvarnsvängen", "Blåklintssvängen", "Kastanjeallén", "Lindallén",
    "Hammarby allé", "Sickla allé", "Almallén", "Kvarnbacken", "Solbacken", "Kyrkbacken",
    "Eriksbergs backe", "Skansbacken", "Lärkstigen", "Blåbärsstigen", "Vitsippsstigen",
    "Ekorrstigen", "Tallstigen", "Stortorget", "Gustav Adolfs torg", "Järntorget",
    "Mariatorget", "Lilla torg", "Möllevångstorget", "Fisktorget", "Stationsplan", "Brunnsplan",
    "Terminalplan", "Kyrkplan", "Tulpangränd", "Skomakargränd", "Mårten Trotzigs gränd",
    "Bollhusgränd", "Smedjegränd", "Kungsportsavenyn", "Skeppsbron",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the writer's knowledge).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Kalmar", 392, 393), ("Kiruna", 981, 981), ("Visby", 621, 621), ("Ystad", 271, 271),
    ("Åre", 837, 837), ("Båstad", 269, 269), ("Strömstad", 452, 452), ("Mora", 792, 792),
    ("Sigtuna", 193, 193), ("Märsta", 195, 195), ("Solna", 169, 171), ("Nacka", 131, 131),
    ("Lidingö", 181, 181), ("Huddinge", 141, 141), ("Kungsbacka", 434, 434), ("Borgholm", 387, 387),
    ("Vadstena", 592, 592), ("Skellefteå", 931, 931), ("Härnösand", 871, 871), ("Falun", 791, 791),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Road", "Park Road", "London Road", "Victoria Road",
    "Green Lane", "Manor Road", "Queens Road", "Grange Road", "King Street", "The Crescent",
    "Albert Road", "Mill Lane", "Castle Street", "Harbour View", "Marine Parade", "Orchard Way",
)  # fmt: skip
UK_TOWNS = (
    ("London", ("SW", "SE", "N", "E", "NW", "W")), ("Manchester", ("M",)), ("Edinburgh", ("EH",)),
    ("Bristol", ("BS",)), ("Leeds", ("LS",)), ("York", ("YO",)), ("Brighton", ("BN",)),
    ("Oxford", ("OX",)), ("Cambridge", ("CB",)), ("Bath", ("BA",)), ("Glasgow", ("G",)),
    ("Cardiff", ("CF",)), ("Liverpool", ("L",)), ("Belfast", ("BT",)), ("Norwich", ("NR",)),
    ("Inverness", ("IV",)), ("Penzance", ("TR",)), ("Whitby", ("YO",)),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Rectory", "Hillside", "Flat 2, Marlborough House", "The Coach House", "Seaview", "Ivy Lodge")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "W Madison St", "Broadway", "Sunset Blvd", "Lake Shore Drive", "Pine Street", "Elm St", "Ocean Avenue", "Market Street", "2nd Avenue")  # fmt: skip
US_TOWNS = (("Portland", "OR", 972), ("Chicago", "IL", 606), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Boston", "MA", 21), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Orlando", "FL", 328), ("San Diego", "CA", 921), ("Brooklyn", "NY", 112))  # fmt: skip
# European formats: {n} a number, {m} a small number, {zW:LO-HI} a postcode of W digits.
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Leopoldstraße {n}, D-{z5:80331-81929} München",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n}, avenue Jean Médecin, {z5:06000-06300} Nice",
    "Calle Mayor {n}, {m}º B, {z5:28001-28015} Madrid", "Avda. de Andalucía {n}, {z5:29620-29631} Torremolinos (Málaga)",
    "Carrer de Mallorca {n}, {m}-{m}, {z5:08008-08037} Barcelona", "Via Garibaldi {n}, {z5:00153-00199} Roma RM",
    "Prinsengracht {n}, {z4:1015-1019} GV Amsterdam", "Nørregade {n}, {m}. th., {z4:1150-1179} København K",
    "Karl Johans gate {n}, {z4:0150-0159} Oslo", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki",
    "Rua Augusta {n}, {z4:1100-1199}-0{z2:10-99} Lisboa", "Ermou {n}, {z5:10551-10563} Athina",
    "Ulica kralja Zvonimira {n}, {z5:21000-21000} Split", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "Kärntner Straße {n}, {z4:1010-1010} Wien", "Bahnhofstrasse {n}, CH-{z4:8001-8008} Zürich",
    "Václavské náměstí {n}, {z3:110-110} 00 Praha 1", "Strada Lipscani {n}, ap. {m}, {z6:030031-030999} București",
)  # fmt: skip
FARAWAY = (
    "{n}/{m} Moo {m}, Tambon Karon, Amphoe Mueang, Phuket {z5:83100-83100}",
    "{n}/{m} Soi Sukhumvit {m}, Khlong Toei, Bangkok {z5:10110-10110}",
    "Atatürk Bulvarı No: {n} Daire {m}, {z5:07400-07460} Alanya/Antalya",
    "Cumhuriyet Mah. {n}. Sok. No: {m}, {z5:48400-48400} Bodrum/Muğla",
    "Office {n}, Al Moosa Tower {m}, Sheikh Zayed Road, Dubai",
    "Hay Al-Jamia, Street {n}, House {m}, Baghdad", "Flat {m}B, Sea View Apartments, {n} Marine Drive, Mumbai {z6:400020-400021}",
    "No. {n} Nanjing Road, Huangpu District, Shanghai {z6:200001-200003}",
    "{m}-{n}-{m} Meguro, Meguro-ku, Tokyo {z3:153-153}-00{z2:61-64}",
    "Av. Providencia {n}, depto {m}0{m}, Providencia, Santiago", "{n} Sharia El-Nil, Dokki, Giza",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "hotmail.co.uk", "btinternet.com", "gmx.de", "web.de")  # fmt: skip
WORK = ("example.se", "example.com", "resor.example.se", "hotel.example.com", "example.co.uk", "travel.example.org", "kommun.example.se")  # fmt: skip
ROLES = ("bokning", "booking", "reservations", "reception", "info", "kundservice", "hittegods", "lostandfound", "claims", "groups", "fardtjanst", "frontdesk")  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip
HOTELS = (
    "Scandic Continental", "Clarion Hotel Sign", "Elite Hotel Marina Tower", "Best Western Plus Mektagonen",
    "Radisson Blu Royal Viking", "Hotel Birger Jarl", "Hotel Kung Carl", "Grand Hôtel", "Hotell Borgholm",
    "Quality Hotel Globe", "Comfort Hotel Göteborg", "First Hotel Reisen", "Hotel Skeppsholmen",
    "STF af Chapman", "Holiday Inn Express", "Hilton Slussen", "Hotel Riu Palace", "Iberostar Selection",
    "Sunwing Alcudia Beach", "Hotel Adlon Kempinski", "Park Inn by Radisson", "Ibis Styles", "Premier Inn",
    "Travelodge", "The Savoy", "Hotel Sacher", "Hotel de l'Europe", "Vandrarhem Fjällgården", "Hotel Diplomat",
)  # fmt: skip
AIRLINES = ("SAS", "Norwegian", "Lufthansa", "KLM", "Finnair", "British Airways", "Turkish Airlines", "Ryanair", "Wizz Air", "BRA", "Air France", "Emirates", "Qatar Airways", "Icelandair", "TAP")  # fmt: skip
CARRIERS = ("SK", "DY", "D8", "LH", "KL", "AY", "BA", "TK", "FR", "W6", "TF", "AF", "EK", "QR", "FI", "TP", "LX")  # fmt: skip
AIRPORTS = (
    "Arlanda", "Landvetter", "Kastrup", "Bromma", "Skavsta", "Heathrow", "Gatwick", "Schiphol",
    "Frankfurt", "Charles de Gaulle", "Gardermoen", "Helsinki-Vantaa", "Istanbul", "Dubai",
    "Liverpool John Lennon", "Venice Marco Polo", "Prague Václav Havel", "Luleå Kallax", "Umeå",
    "Åre Östersund", "Visby", "Málaga", "Palma", "Alicante", "Chania", "Phuket", "Stansted",
)  # fmt: skip
DESTS = (
    "Alicante", "Málaga", "Gran Canaria", "Teneriffa", "Phuket", "Krabi", "Antalya", "Alanya",
    "Chania", "Rhodos", "Mallorca", "Nice", "Rom", "Paris", "London", "Berlin", "Prag", "Split",
    "Dubrovnik", "Lissabon", "Madeira", "Bangkok", "Dubai", "New York", "Kiruna", "Åre", "Sälen",
    "Abisko", "Santa Cruz", "San Sebastián", "Sankt Petersburg", "Edinburgh", "Reykjavik",
)  # fmt: skip
CITIES = ("Berlin", "Paris", "Madrid", "Rome", "Warsaw", "Ankara", "Baghdad", "Tehran", "Nairobi", "Addis Ababa", "Kabul", "Bangkok", "Beijing", "New Delhi", "Santiago", "Bucharest", "Kyiv", "Manila", "Amman", "Istanbul", "Hanoi", "Mexico City")  # fmt: skip
RENTALS = ("Hertz", "Avis", "Europcar", "Sixt", "Mabi", "Budget", "Enterprise", "OKQ8 Biluthyrning", "Circle K Biluthyrning")  # fmt: skip
CARS = ("Volvo XC60", "VW Golf", "Toyota Corolla Touring", "Kia Niro", "Tesla Model Y", "Skoda Octavia kombi", "Ford Transit", "Polestar 2", "Renault Clio", "Fiat 500", "Volvo V90", "Peugeot 208")  # fmt: skip
TOURS = ("TUI", "Apollo", "Ving", "Solresor", "Vagabond Resor", "Nordic Leisure Travel", "Detur", "Jet2holidays", "Kuoni", "Saga Holidays", "Langley Travel", "Resia")  # fmt: skip
TAXIS = ("Taxi Stockholm", "Taxi Kurir", "Sverigetaxi", "Uber", "Bolt", "Cabonline", "Taxi 020", "Taxi Göteborg", "Addison Lee")  # fmt: skip
RAILS = ("SJ", "MTRX", "Västtrafik", "Skånetrafiken", "Mälartåg", "Vy", "Norrtåg", "Öresundståg", "Arlanda Express", "Flixbus", "Snälltåget", "Avanti West Coast", "LNER", "Deutsche Bahn", "Eurostar")  # fmt: skip
ITEMS = {
    "sv": ("svart ryggsäck från Fjällräven", "iPhone med rosa skal", "grå Samsonite-väska", "barnvagn (Emmaljunga)", "glasögon i etui", "nyckelknippa med Volvo-nyckel", "plånbok i brunt skinn", "AirPods i laddfodral", "blå dunjacka stl M", "gosedjur (kanin)", "hörapparat", "laptop (Lenovo)"),
    "en": ("black Fjällräven backpack", "iPhone in a pink case", "grey Samsonite suitcase", "pushchair", "reading glasses", "car keys on a Volvo fob", "brown leather wallet", "AirPods in charging case", "navy down jacket, size M", "stuffed rabbit", "hearing aid", "Lenovo laptop"),
}  # fmt: skip
TITLES = (
    "Dr", "dr", "doktor", "VD", "vd", "fru", "Fru", "herr", "Herr", "rektor", "Rektor", "sjuksköterska",
    "kapten", "Captain", "Pastor", "professor", "Prof.", "Mr", "Mrs", "Ms", "Miss", "Mr & Mrs", "mr",
    "mrs", "Chaufför", "Förare", "föraren", "Reseledare", "guide", "ekonomichef", "Supervisor",
    "agent", "First Officer", "dottern", "her son", "my colleague", "familjen", "My husband,",
    "min dotter", "min syster", "my cousin", "min fästman", "min mamma", "sambo", "my wife",
)  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or of an organisation number's."""
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
    joint: str = " "
    middle: Word | None = None

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of BE from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.pnr: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[int]] = {}

    def deal(self, name: str, size: int) -> int:
        """The next index of a shuffled deck of `size`: every format before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(range(size))
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Eva-Karin, Per-Erik
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0] and " " not in second[0]:
                given.append(second)
        surname = [self.pick(origin.surnames)]
        joint, roll = " ", r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.04:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin", "romanian") and r.random() < 0.3
        ):  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, joint)

    def middle(self, person: Person) -> Word:
        """A second given name, drawn once for the person."""
        if person.middle is None:
            origin = ORIGINS[person.origin]
            pool = origin.given_f if person.woman else origin.given_m
            for _ in range(5):
                word = self.pick(pool)
                if word[0] not in person.first:
                    break
            person.middle = word
        return person.middle

    def nickname(self, person: Person, share: float) -> str | None:
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
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def role_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLES)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d, m = self.digits(7), "07" + r.choice("00233369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:]}"), (2, f"+46-{m[1:]}-{d}"), (1, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = self.digits(8)
        a2 = r.choice(
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
                "36",
                "35",
                "42",
                "60",
                "26",
                "46",
            )
        )
        a3 = r.choice(
            (
                "498",
                "980",
                "647",
                "480",
                "455",
                "431",
                "250",
                "920",
                "510",
                "140",
                "522",
                "660",
                "910",
                "470",
            )
        )
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (5, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"),
            (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.65 else self.landline()

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)20 {d[:4]} {d[4:8]}", f"020 {d[:4]} {d[4:8]}",
            f"0044 131 {d[:3]} {d[3:7]}", f"+1 (312) 555-0{d[:3]}", f"(503) 555-0{d[:3]}", f"+1 617 555 0{d[:3]}",
            f"1-800-555-0{d[:3]}", f"+49 30 {d[:8]}", f"+49 (0)89 {d[:4]} {d[4:8]}", f"0049 171 {d[:7]}",
            f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+34 952 {d[:3]} {d[3:6]}", f"+39 06 {d[:4]} {d[4:8]}",
            f"+30 28210 {d[:5]}", f"+30 69{d[:2]} {d[2:5]} {d[5:8]}", f"+90 242 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+66 76 {d[:3]} {d[3:6]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+971 4 {d[:3]} {d[3:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 9 {d[:3]} {d[3:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+351 21 {d[:3]} {d[3:7]}",
            f"+385 21 {d[:3]} {d[3:6]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return shapes[self.deal("phone_x", len(shapes))]

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1936, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.38:
            self.pnr["12 digits with hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            self.pnr["10 digits with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.pnr["12 digits without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.pnr["10 digits without"] += 1
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """A company's organisation number (unmarked): valid check digit, month field >= 20."""
        body = f"55{self.rng.randrange(60, 100)}{self.digits(5)}"
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.1:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        r = self.rng
        out = f"{self.street()} {self.number()}"
        roll = r.random()
        if roll < 0.08:
            out += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif roll < 0.12:
            out += f", {r.randrange(1, 7)} tr"
        elif roll < 0.14:
            out += f", vån {r.randrange(1, 9)}"
        return out

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        roll = r.random()
        if roll < 0.72:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.88:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.09:
            out += ", Sverige"
        elif roll < 0.11:
            out += ", Sweden"
        return out

    def sv_address(self, lines: bool = False) -> str:
        self.forms["address on lines"] += lines
        return f"{self.sv_street()}{chr(10) if lines else ', '}{self.sv_postal()}"

    def street_town(self) -> str:
        """A street with its number and the town without a postcode (`Storgatan 4, Lund`)."""
        town, _ = self.town()
        return f"{self.sv_street()}{self.rng.choice((', ', ' '))}{town}"

    def box(self) -> str:
        r = self.rng
        self.forms["address Box"] += 1
        sep = "\n" if r.random() < 0.3 else ", "
        return f"{r.choice(('Box', 'Box', 'BOX', 'Postbox'))} {r.randrange(10, 9999)}{sep}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{r.choice(areas)}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        self.forms["address abroad"] += 1
        self.forms["address on lines"] += lines
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        self.forms["address abroad"] += 1
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def formatted(self, deck: str, cards: tuple[str, ...]) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = cards[self.deal(deck, len(cards))].replace("{n}", str(r.randrange(1, 160)), 1)
        out = out.replace("{n}", str(r.randrange(1, 160)))
        while "{m}" in out:
            out = out.replace("{m}", str(r.randrange(1, 9)), 1)
        self.forms["address abroad"] += 1
        return re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)

    def eu_address(self, lines: bool = False) -> str:
        out = self.formatted("europe", EUROPE)
        self.forms["address on lines"] += lines
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, suffix: str | None) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with a second given name, G/g the
    given name (sometimes its short form), N/n the short form where the name has one, S/s/SU the
    surname, I initials and the surname (`A. Berg`, `J.-P. Martin`), Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, GIVEN`, AIR `SURNAME/GIVEN` as airlines
    write it, E an e-mail address. A suffix `+s` asks for a Swedish genitive, `+'` an English one.
    """
    given, surname = person.given, person.surname
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        middle = draw.middle(person)
        words = [*given, middle, *surname]
        value = f"{person.first} {middle[0]} {person.last}"
    elif form in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.06 if form in ("G", "g") else 0.9)
        value = short or person.first
        value = value.lower() if form in ("g", "n") else value
    elif form in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if form == "s" else value.upper() if form == "SU" else value
    elif form == "I":
        words = surname
        value = "-".join(p[0] + "." for p in person.first.split("-")) + f" {person.last}"
        if "-" not in person.first and draw.rng.random() < 0.2:
            words = [*words, draw.middle(person)]
            value = f"{person.first[0]}.{draw.middle(person)[0][0]}. {person.last}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif form in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if form == "RU" else value
    elif form == "AIR":
        words = given + surname
        last = re.sub(r"[\s'-]", "", plain(person.last)).upper()
        value = f"{last}/{plain(person.first).replace('-', '').upper()}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if suffix:
        segments.append((genitive(value, suffix == "+'"), None))
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
    "Gi",
    "R",
    "RU",
    "AIR",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?(\+s|\+')?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    sv_month, en_month = MONTHS["sv"][month - 1], MONTHS["en"][month - 1]
    letters = "ABCDEFGHJKLMNPRSTUWXYZ"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (draw.street(), "ADDRESS"),
        "SP": lambda: (draw.street_town(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AUK": lambda: (draw.uk_address(), "ADDRESS"),
        "AUKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AEU": lambda: (draw.eu_address(), "ADDRESS"),
        "AEUL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "AFAR": lambda: (draw.formatted("faraway", FARAWAY), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EM": lambda: (draw.email(draw.person(None)), "EMAIL"),
        "ROLE": lambda: (draw.role_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "ORGNR": lambda: (draw.org_number(), None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {sv_month}", f"{day}.{month}.27")), None),
        "DATEEN": lambda: (r.choice((f"{day} {en_month}", f"{day:02d}/{month:02d}/2027", f"{en_month} {day}", f"{day} {en_month[:3]} 2027")), None),
        "DOB": lambda: (r.choice((f"19{r.randrange(40, 100)}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.19{r.randrange(40, 100)}", f"{day} {en_month[:3].upper()} 19{r.randrange(40, 100)}")), None),
        "TIME": lambda: (f"{r.randrange(5, 24):02d}{r.choice(('.', ':'))}{r.choice(('00', '05', '15', '20', '30', '40', '45', '55'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'pm', 'AM', 'PM'))}", f"{r.randrange(5, 24):02d}:{r.choice(('05', '10', '35', '50'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "FLIGHT": lambda: (f"{r.choice(CARRIERS)}{r.choice((' ', ''))}{r.randrange(100, 9999)}", None),
        "BREF": lambda: ("".join(r.choice(letters + "23456789") for _ in range(6)), None),
        "TKT": lambda: (f"{r.choice(('117', '328', '220', '074', '105', '125', '235'))}{r.choice(('-', ' ', ''))}{draw.digits(10)}", None),
        "SEAT": lambda: (f"{r.randrange(1, 40)}{r.choice('ABCDEF')}", None),
        "ROOM": lambda: (str(r.randrange(101, 820) if r.random() < 0.8 else r.randrange(1, 40)), None),
        "PLATE": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 100)}{r.choice('0123456789' + letters)}", None),
        "PASS": lambda: (r.choice((f"{r.choice(letters)}{r.choice(letters)}{draw.digits(7)}", f"{draw.digits(8)}", f"P{draw.digits(7)}", f"{r.choice(letters)}{draw.digits(8)}")), None),
        "CARD": lambda: (r.choice((f"**** {draw.digits(4)}", f"xxxx-{draw.digits(4)}", draw.digits(4))), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 999999)}", f"RA{draw.digits(7)}")), None),
        "AMT": lambda: (f"{r.randrange(90, 42000):,} kr".replace(",", " "), None),
        "EUR": lambda: (r.choice((f"€{r.randrange(20, 3000)}", f"{r.randrange(20, 3000)} EUR", f"{r.randrange(20, 3000)},{r.randrange(100):02d} €")), None),
        "GBP": lambda: (f"£{r.randrange(20, 900)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(40, 1400)}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "NIGHTS": lambda: (str(r.randrange(1, 15)), None),
        "HOTEL": lambda: (r.choice(HOTELS), None),
        "AIRLINE": lambda: (r.choice(AIRLINES), None),
        "AIRPORT": lambda: (r.choice(AIRPORTS), None),
        "DEST": lambda: (r.choice(DESTS), None),
        "CITY": lambda: (r.choice(CITIES), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "RENTAL": lambda: (r.choice(RENTALS), None),
        "CARM": lambda: (r.choice(CARS), None),
        "TOUR": lambda: (r.choice(TOURS), None),
        "TAXI": lambda: (r.choice(TAXIS), None),
        "RAIL": lambda: (r.choice(RAILS), None),
        "ITEM": lambda: (r.choice(ITEMS["sv" if lang != "en" else "en"]), None),
        "ITEMEN": lambda: (r.choice(ITEMS["en"]), None),
    }  # fmt: skip
    if form == "CO":  # c/o: the name is PERSON, the address starts at the street
        person = draw.person(None)
        draw.forms["address c/o"] += 1
        name = person_segments(r.choice(("P", "P", "S")), person, draw, None)
        lines = r.random() < 0.5
        joint = "\n" if lines else ", "
        draw.forms["address on lines"] += lines
        return [
            ("c/o ", None),
            *name,
            (joint, None),
            (f"{draw.sv_street()}{joint}{draw.sv_postal()}", "ADDRESS"),
        ]
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, suffix = match.groups()
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw, suffix)
        else:
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BE's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-be-{len(rows) + 1:04d}", "split": "heldout-be", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


TITLE_BEFORE = re.compile(r"(?:^|[\s(/])(?:" + "|".join(re.escape(t) for t in TITLES) + r")\.? $")
PARTICLE = re.compile(r"(?:^|[\s-])(?:al|Al|bin|van|von|der|den|de|del|la|af|Le|El|Abu|ap)[\s-]")


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BE is printed."""
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
                forms["one word"] += " " not in value and "/" not in value
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w\.", value))
                forms["Surname, Given"] += ", " in value
                forms["SURNAME/GIVEN"] += "/" in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["particle"] += bool(PARTICLE.search(value))
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                before = text[max(0, span["start"] - 16) : span["start"]]
                forms["title or role before"] += bool(TITLE_BEFORE.search(before))
                forms["form label before"] += bool(
                    re.search(r"\w[\w.]*: *$", before.split("\n")[-1])
                )
            elif span["kind"] == "ADDRESS":
                forms["address lower case"] += value.islower()
                forms["address without number"] += not any(ch.isdigit() for ch in value)
                forms["address with lgh"] += "lgh" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in draw.forms.items()))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.pnr.items())))
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(rows: list[dict[str, object]]) -> None:
    """Counts only: every span non-empty, in bounds, trimmed, sorted and apart; personnummer valid."""
    bad: Counter[str] = Counter()
    total = pnr = 0
    ids: set[str] = set()
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        ids.add(str(row["id"]))
        end = 0
        for span in spans:
            total += 1
            start, stop = span["start"], span["end"]
            bad["empty"] += stop <= start
            bad["out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            bad["whitespace at an edge"] += value != value.strip()
            bad["unsorted or overlapping"] += start < end
            end = stop
            bad["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                digits = value.replace("-", "")
                ok = re.fullmatch(r"(?:19|20)?\d{6}-?\d{4}", value) and len(digits) in (10, 12)
                bad["personnummer malformed or bad check digit"] += not ok or luhn(
                    digits[-10:-1]
                ) != int(digits[-1])
    print(
        f"rows {len(rows)}, ids distinct {len(ids)}, texts distinct {len({str(r['text']) for r in rows})}, spans {total}, personnummer {pnr}"
    )
    print(
        "problems: "
        + ", ".join(f"{k} {v}" for k, v in bad.items())
        + f" (total {sum(bad.values())})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="scratch seeds only while writing")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="print counts of checks only, write nothing"
    )
    args = parser.parse_args()
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
    if args.check:
        check(rows)
    if args.stats or args.check:
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
