# ruff: noqa: E501
"""Generate held-out CM for personal-data detection (issue 15): names as the population has them,
a seventieth writer.

    python data/pii/generate_cm.py                       # writes data/pii/generated-heldout-cm.jsonl
    python data/pii/generate_cm.py --stats               # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cm.py --check               # checks the written file, counts only
    python data/pii/generate_cm.py --seed 7 --out /tmp/cm.jsonl   # a scratch seed elsewhere

CM's names are drawn by how often people really carry them: every name word comes from
`names_cm.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is travel, hotels and hospitality (`templates_cm.py`): hotel and hostel bookings and
guest lists, conference and group bookings, travel agencies and tour operators (itineraries,
rooming lists, guides' rosters, passenger lists), flight and train changes and refunds, lost
luggage, airport transfers and taxis, travel insurance claims abroad, passports, visas and
embassies, table bookings and catering, campsites and ferries, guest reviews and complaints,
front-desk handover notes and housekeeping rotas, with numbers and addresses from many countries
written as people there write them. Written by a helper who does not tune the detector, who read
only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of `docs/privacy.md` and the first line of
`generated-heldout-u.jsonl`; neither the detector's rules, lexicons and tagger nor any other
set's names and templates nor any error listing. CM was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_cm import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cm import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20270147
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cm.jsonl"
SPLIT = "heldout-cm"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip

# Swedish streets of every common form, as the writer knows the address register.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Hamngatan", "Järnvägsgatan",
    "Stationsgatan", "Nygatan", "Kyrkogatan", "Sjögatan", "Västra Hamngatan", "Östra Långgatan",
    "Södra Förstadsgatan", "Götgatan", "Hornsgatan", "Sveavägen", "Birger Jarlsgatan",
    "Linnégatan", "Skolgatan", "Torggatan", "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen",
    "Lindvägen", "Ängsvägen", "Sjövägen", "Granvägen", "Ekvägen", "Strandvägen", "Badhusvägen",
    "Fyrvägen", "Hamnvägen", "Campingvägen", "Flygplatsvägen", "Kopparsvängen", "Ängssvängen",
    "Hagsvängen", "Kastanjeallé", "Hammarby allé", "Lindallén", "Björkallén", "Kvarnbacken",
    "Solbacken", "Eriksbergs backe", "Prästbacken", "Lärkstigen", "Blåbärsstigen", "Ekorrstigen",
    "Stortorget", "Lilla torget", "Järntorget", "Gustav Adolfs torg", "Stationsplan", "Brunnsplan",
    "Hamnplan", "Tulpangränd", "Smedgränd", "Kyrkogränd", "Skeppargränd", "Norra Kajen",
    "Södra kajen", "Packhuskajen", "Stadsgårdskajen", "Tullkajen", "Fiskhamnskajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Örebro", 702, 705), ("Västerås", 721, 725), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Helsingborg", 252, 256), ("Linköping", 582, 587), ("Norrköping", 602, 603), ("Jönköping", 553, 556),
    ("Lund", 222, 227), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Östersund", 831, 832),
    ("Kalmar", 392, 393), ("Luleå", 972, 975), ("Sundsvall", 852, 857), ("Halmstad", 302, 305),
    ("Visby", 621, 621), ("Ystad", 271, 271), ("Kiruna", 981, 981), ("Åre", 837, 837),
    ("Sälen", 780, 780), ("Mora", 792, 792), ("Strömstad", 452, 452), ("Borgholm", 387, 387),
    ("Båstad", 269, 269), ("Simrishamn", 272, 272), ("Varberg", 432, 432), ("Marstrand", 442, 442),
    ("Lysekil", 453, 453), ("Vaxholm", 185, 185), ("Nynäshamn", 149, 149), ("Norrtälje", 761, 761),
    ("Sigtuna", 193, 193), ("Märsta", 195, 195), ("Trosa", 619, 619), ("Vadstena", 592, 592),
    ("Gränna", 563, 563), ("Jokkmokk", 962, 962), ("Abisko", 981, 981), ("Funäsdalen", 840, 840),
    ("Hjo", 544, 544), ("Smögen", 456, 456), ("Falun", 791, 791), ("Rättvik", 795, 795),
)  # fmt: skip
VILLAGES = (
    "Norrgården", "Sörgården", "Västanby", "Östanby", "Byn", "Övre Byn", "Kvarnbyn", "Sjötorp",
    "Ekudden", "Lugnet", "Tallbacka", "Lillsjön", "Fäbodarna", "Hällan", "Ängsbacka", "Björkås",
    "Backa", "Stensjö", "Granudden", "Solviken",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Queen's Road", "Marine Parade", "The Esplanade",
    "Harbour Street", "Castle Street", "Victoria Road", "Park Lane", "Bridge Street", "Market Place",
    "Kings Road", "Cromwell Road", "Grosvenor Street", "Princes Street", "Royal Mile", "Sea View Terrace",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SW"), ("London", "W"), ("London", "EC"), ("Edinburgh", "EH"), ("Bath", "BA"),
    ("York", "YO"), ("Brighton", "BN"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Manchester", "M"),
    ("Liverpool", "L"), ("Inverness", "IV"), ("Keswick", "CA"), ("St Ives", "TR"), ("Cardiff", "CF"),
)  # fmt: skip
UK_HOUSES = ("Sea View Guest House", "The Old Rectory", "Rose Cottage", "Harbour Lodge", "The Coach House", "Heather Bank B&B")  # fmt: skip
US_STREETS = ("Broadway", "5th Avenue", "Ocean Drive", "Collins Avenue", "Market Street", "Main Street", "Lake Shore Drive", "Sunset Boulevard", "International Drive", "Las Vegas Blvd S")  # fmt: skip
US_TOWNS = (("New York", "NY", 100), ("Miami Beach", "FL", 331), ("Orlando", "FL", 328), ("San Francisco", "CA", 941), ("Chicago", "IL", 606), ("Las Vegas", "NV", 891), ("Boston", "MA", 21), ("Seattle", "WA", 981), ("Minneapolis", "MN", 554))  # fmt: skip
# Addresses abroad as written there: {n} a number, {m} a small number, {zW:lo-hi} a postcode part.
ABROAD = (
    "Carrer de Mallorca {n}, {m}º 2ª, 080{z2:01-42} Barcelona", "Calle Larios {n}, {z5:29001-29017} Málaga",
    "Avenida del Mar {n}, {z5:29600-29604} Marbella", "Via dei Coronari {n}, 00186 Roma",
    "Piazza San Marco {n}, 30124 Venezia", "{n} rue de Rivoli, 750{z2:01-20} Paris",
    "{n} promenade des Anglais, 06000 Nice", "Friedrichstraße {n}, 10117 Berlin",
    "Maximilianstraße {n}, {z5:80331-80539} München", "Kärntner Straße {n}, 1010 Wien",
    "Ermou {n}, 105 63 Athina", "Chalidon {n}, 731 31 Chania", "Rua Augusta {n}, 1100-0{z2:10-99} Lisboa",
    "Marmontova ulica {n}, 21000 Split", "Atatürk Cad. No: {n}, 07400 Alanya/Antalya",
    "{n}/{m} Moo 3, Rawai, Mueang Phuket, Phuket 83130", "{n} Sukhumvit Soi 11, Khlong Toei Nuea, Watthana, Bangkok 10110",
    "Karlova {n}, 110 00 Praha 1", "1052 Budapest, Váci utca {n}", "Laugavegur {n}, 101 Reykjavík",
    "Prinsengracht {n}, 10{z2:15-17} {L2} Amsterdam", "ul. Floriańska {n}/{m}, 31-019 Kraków",
    "Bahnhofstrasse {n}, 8001 Zürich", "Karl Johans gate {n}, 0154 Oslo", "Nyhavn {n}, 1051 København K",
    "Mannerheimintie {n}, 00100 Helsinki", "{m}-{n}-{m} Asakusa, Taito-ku, Tokyo 111-0032",
    "Kalkan Mah. Şehitler Cad. No:{n}, 07960 Kaş/Antalya", "Rruga e Durrësit {n}, 1001 Tiranë",
    "{n} O'Connell Street Upper, Dublin 1, D01 {L2}{m}{m}", "Avenida de Mayo {n}, C1084 CABA, Buenos Aires",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "yahoo.co.uk", "btinternet.com", "aol.com", "comcast.net", "hotmail.co.uk")  # fmt: skip
WORK = ("example.se", "resor.example.se", "hotell.example.se", "example.com", "example.org", "example.co.uk", "travel.example.com")  # fmt: skip
FIRM_BOXES = ("bokning", "reception", "info", "reservations", "groups", "frontdesk", "kundservice", "claims", "skador", "events", "konferens", "hittegods", "hello")  # fmt: skip
FIRM_SLUGS = ("hotellnorrsken.se", "strandpensionatet.se", "fjallstugan-are.se", "resebyran-solvind.se", "vistamar-hotel.es", "albergodelsole.it", "alpenhof-tirol.at", "harbourview.co.uk", "baansabai-resort.com", "citylodge.example.com", "nordic-tours.example.se", "akropolisview.gr", "casa-azul.pt", "travelsafe-insurance.example.com")  # fmt: skip
HOTELS = ("Hotell Norrsken", "Strandhotellet", "Stadshotellet", "Fjällstugan Åre", "Vandrarhemmet Sjöbris", "Pensionat Solhem", "Hotell Kusten", "Kurorten Spa & Resort", "Hotel Tornet", "Sjömanshemmet Vandrarhem", "Skärgårdshotellet")  # fmt: skip
HOTELS_ABROAD = ("Hotel Vista Mar", "Albergo del Sole", "Hotel Alpenhof", "Pension Edelweiss", "Harbour View Hotel", "Hostel Oasis", "Casa Azul", "Hotel Akropolis View", "Baan Sabai Resort", "Ryokan Sakura", "Hotel Stadtblick", "Riverside Inn")  # fmt: skip
CITIES = {
    "sv": ("Barcelona", "Málaga", "Rom", "Venedig", "Paris", "Nice", "Berlin", "München", "Wien", "Aten", "Chania", "Lissabon", "Split", "Alanya", "Phuket", "Bangkok", "Prag", "Budapest", "Reykjavik", "Amsterdam", "Kraków", "London", "New York", "Tokyo", "Dublin"),
    "en": ("Barcelona", "Malaga", "Rome", "Venice", "Paris", "Nice", "Berlin", "Munich", "Vienna", "Athens", "Chania", "Lisbon", "Split", "Alanya", "Phuket", "Bangkok", "Prague", "Budapest", "Reykjavik", "Amsterdam", "Krakow", "Edinburgh", "New York", "Tokyo", "Dublin"),
}  # fmt: skip
CORPS = ("Nordvik Konsult AB", "Solvind Resor", "Brightline Media", "Kustbyrån AB", "Polaris Tech AB", "Norrsken Events", "Greenleaf Partners", "Tallbacken Bygg AB", "Blue Harbour Travel", "Fjällresor i Norr AB", "Atlas Incentives Ltd", "Vågen Kommunikation")  # fmt: skip
AIRLINES = (
    "SK",
    "DY",
    "D8",
    "FR",
    "LH",
    "BA",
    "KL",
    "AY",
    "TK",
    "TP",
    "U2",
    "W6",
    "AF",
    "EK",
    "TG",
)


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
    given: list[Word]  # one word, or two joined by a hyphen
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
    """Every value of CM from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.abroad: list[str] = []

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.03
        ):  # Anna-Karin, Per-Erik
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
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
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_BOXES)}@{self.rng.choice(FIRM_SLUGS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "42", "46"))
        area3 = r.choice(
            ("498", "647", "280", "411", "418", "523", "980", "971", "485", "176", "303")
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's, a switchboard's or a service's Swedish number."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"08-{d[:3]} {d[3:5]} 00", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0770-{d[:3]} {d[3:6]}",
            f"031-{d[:3]} {d[3:5]} 00", f"040-{d[:2]} {d[2:4]} 00", f"+46 8 {d[:3]} {d[3:5]} 00",
            f"0647-{d[:3]} {d[3:5]}", f"0980-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled there."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+34 952 {d[:2]} {d[2:4]} {d[4:6]}", f"952 {d[:3]} {d[3:6]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"0034 93 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+39 06 {d[:4]} {d[4:8]}", f"06 {d[:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"041 {d[:3]} {d[3:7]}",
            f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)4 93 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+49 30 {d[:8]}", f"030 {d[:7]}", f"+49 (0)89 {d[:6]}", f"0171 {d[:7]}", f"0049 89 {d[:3]} {d[3:7]}",
            f"+43 1 {d[:3]} {d[3:7]}", f"0664 {d[:7]}", f"+30 210 {d[:3]} {d[3:7]}", f"+30 28210 {d[:5]}", f"69{d[:2]} {d[2:5]} {d[5:8]}",
            f"+351 21 {d[:3]} {d[3:7]}", f"+351 9{d[:2]} {d[2:5]} {d[5:8]}", f"+385 21 {d[:3]} {d[3:6]}", f"091 {d[:3]} {d[3:7]}",
            f"+90 242 {d[:3]} {d[3:5]} {d[5:7]}", f"0532 {d[:3]} {d[3:5]} {d[5:7]}", f"+66 76 {d[:3]} {d[3:6]}", f"081 {d[:3]} {d[3:7]}",
            f"+66 2 {d[:3]} {d[3:7]}", f"+44 20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)131 496 0{d[:3]}",
            f"0044 1225 {d[:6]}", f"+1 (212) 555-0{d[:3]}", f"(415) 555-0{d[:3]}", f"305-555-0{d[:3]}", f"+1 646 555 0{d[:3]}",
            f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"4{d[:2]} {d[2:4]} {d[4:7]}", f"+45 33 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+358 9 {d[:4]} {d[4:7]}", f"040 {d[:3]} {d[3:7]}", f"+31 20 {d[:3]} {d[3:7]}", f"06-{d[:8]}",
            f"+420 224 {d[:3]} {d[3:6]}", f"+36 1 {d[:3]} {d[3:7]}", f"06 30 {d[:3]} {d[3:7]}", f"+354 5{d[:2]} {d[2:6]}",
            f"+81 3-{d[:4]}-{d[4:8]}", f"03-{d[:4]}-{d[4:8]}", f"+971 4 {d[:3]} {d[3:7]}", f"+971 50 {d[:3]} {d[3:7]}",
            f"+48 12 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 6{d[:2]} {d[2:5]} {d[5:8]}", f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}", f"079 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+353 1 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}", f"+212 524 {d[:2]} {d[2:4]} {d[4:6]}", f"+61 2 {d[:4]} {d[4:8]}",
            f"0412 {d[:3]} {d[3:6]}", f"+52 998 {d[:3]} {d[3:7]}", f"+62 361 {d[:6]}", f"+355 4 {d[:3]} {d[3:7]}", f"+54 11 {d[:4]}-{d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        old = r.random() < 0.06  # a centenarian: `+` in the ten-digit form
        year = r.randrange(1919, 1927) if old else r.randrange(1935, 2012)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.7
                else f"{year // 100}{date}-{serial}{check}"
            )
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[20:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 240)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 120)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.randrange(1, 60)} {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 160)), 1)
        out = out.replace("{n}", str(r.randrange(1, 40)))
        while "{m}" in out:
            out = out.replace("{m}", str(r.randrange(1, 9)), 1)
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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU the surname in capitals, GU the given name in capitals, I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given` (RU in capitals), X `SURNAME/GIVEN` as airlines
    print it, E an e-mail address. A trailing `s` asks for a Swedish genitive, `'` an English one.
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "GU":
        words, value = given, person.first.upper()
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if base == "RU" else value
    elif base == "X":
        words = given + middle + surname
        names = " ".join([person.first] + [w for w, _ in middle])
        value = plain(f"{person.last}/{names}").upper().replace("-", " ")
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
    "X",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    en = lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "ax": lambda: (draw.abroad_address().lower(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x() if en or r.random() < 0.75 else draw.phone(), "PHONE"),
        "PNUM": lambda: (draw.national_id(), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "BIRTH": lambda: (r.choice((f"{r.randrange(1940, 2010)}-{month:02d}-{day:02d}", f"{day} {MONTHS['sv'][month - 1]} {r.randrange(1940, 2010)}")), None),
        "TIME": lambda: (f"{r.randrange(5, 23)}{':' if en else r.choice('.:')}{r.choice(('00', '05', '15', '30', '45', '50'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "NIGHTS": lambda: (str(r.randrange(1, 15)), None),
        "PAX": lambda: (str(r.randrange(2, 140)), None),
        "ROOM": lambda: (f"{r.randrange(1, 9)}{r.randrange(0, 4)}{r.randrange(1, 10)}", None),
        "SEAT": lambda: (f"{r.randrange(1, 40)}{r.choice('ABCDEF')}", None),
        "GATE": lambda: (f"{r.choice('ABCDFG')}{r.randrange(1, 70)}", None),
        "FLIGHT": lambda: (f"{r.choice(AIRLINES)} {r.randrange(100, 9999)}", None),
        "TRAIN": lambda: (str(r.randrange(10, 999)), None),
        "BOOK": lambda: ("".join(r.choice(letters + "23456789") for _ in range(6)), None),
        "PASSNO": lambda: (f"{r.randrange(10_000_000, 99_999_999)}", None),
        "AMT": lambda: (f"{r.randrange(250, 48000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (r.choice((f"€{r.randrange(40, 3000)}", f"{r.randrange(40, 3000)} EUR", f"{r.randrange(40, 3000)},{r.randrange(100):02d} €")), None),
        "USD": lambda: (f"${r.randrange(5, 900)}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"ARN{r.choice(('SK', 'DY', 'FR'))}{r.randrange(10000, 99999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "CITY": lambda: (r.choice(CITIES["en" if en else "sv"]), None),
        "HOTEL": lambda: (r.choice(HOTELS), None),
        "HOTELX": lambda: (r.choice(HOTELS_ABROAD), None),
        "Corp": lambda: (r.choice(CORPS), None),
        "Mr": lambda: (r.choice(("Mr", "Mrs", "Ms", "Dr", "Mr and Mrs")), None),
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
    """CM's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of CM is printed."""
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
                forms["SURNAME/GIVEN"] += "/" in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"pnr {len(digits)} digits"] += 1
                forms["pnr with - or +"] += bool(re.search(r"[-+]", value))
                forms["pnr +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts and the number of problems only, no row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    keys = {"id", "split", "lang", "text", "spans"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["row keys"] += set(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            if not (0 <= start < stop <= len(text)):
                problems["span out of bounds or empty"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                digits = digits[-10:] if len(digits) in (10, 12) and digits.isdigit() else ""
                problems["personnummer"] += not digits or luhn(digits[:9]) != int(digits[9])
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids")
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
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
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
