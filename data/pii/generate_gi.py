# ruff: noqa: E501
"""Generate held-out GI for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventieth writer. Written by a helper who does not tune the detector and who read
only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl` (for its keys); not the detector's rules, lexicons or tests, nor any
other set's names, templates or rows. Every name word comes from `names_gi.py`'s weighted pools
(SCB's ranks, the US Census 1990 per cents, the ONS ranks, the commonest names of origins common in
Sweden), 80% from a list's head and 20% from its tail, mixed by the row's language; the genre
(`templates_gi.py`) is airlines and airports: lost and delayed luggage claims, missed connections,
compensation requests, special assistance bookings, lost property at the airport, crew rosters
and gate staff chat. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_gi.py                         # writes data/pii/generated-heldout-gi.jsonl
    python data/pii/generate_gi.py --stats                 # counts only
    python data/pii/generate_gi.py --check                 # checks the written file, counts only
    python data/pii/generate_gi.py --seed 7 --out /tmp/x.jsonl   # a scratch seed
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

from names_gi import HEAD_SHARE, HYPHENATED, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gi import DAYS, EN, ITEMS, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270247
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gi.jsonl"
SPLIT = "heldout-gi"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from letters and maps.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Skolgatan", "Kyrkogatan",
    "Järnvägsgatan", "Nygatan", "Vasagatan", "Östra Hamngatan", "Södra Förstadsgatan",
    "Sankt Eriksgatan", "Birger Jarlsgatan", "Linnégatan", "Fabriksgatan", "Trädgårdsgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Rönnvägen", "Ringvägen",
    "Industrivägen", "Skogsvägen", "Ängsvägen", "Gamla Vägen", "Flygplatsvägen", "Stationsvägen",
    "Lärkvägen", "Solrosvägen", "Hagvägen", "Kvarnvägen", "Bergsvägen", "Sjövägen", "Åvägen",
    "Klöversvängen", "Tranbärssvängen", "Fasansvängen", "Lingonsvängen", "Järnsvängen",
    "Lindallé", "Kastanjeallén", "Karlavägen", "Valhallavägen", "Stureplan", "Gustav Adolfs torg",
    "Möllevångstorget", "Stortorget", "Lilla Torg", "Järntorget", "Kornhamnstorg",
    "Kyrkbacken", "Kvarnbacken", "Lövbacken", "Ekbacken", "Smedsbacken", "Tegelbruksbacke",
    "Blåbärsstigen", "Mosstigen", "Ekorrstigen", "Hagtornsstigen", "Vitsippsstigen", "Ljungstigen",
    "Medborgarplatsen", "Fridhemsplan", "Odenplan", "Brunnsplan", "Torsplan",
    "Kopparslagargränd", "Sillgränd", "Prästgatan", "Tullgränd", "Bagargränd", "Skomakargränd",
    "Strandkajen", "Skeppsbrokajen", "Norra Kajen", "Packhuskajen", "Stenpirskajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes; the later part of the list is small towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Märsta", 195, 195), ("Sigtuna", 193, 193), ("Solna", 169, 171), ("Sollentuna", 191, 192),
    ("Upplands Väsby", 194, 194), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Lidingö", 181, 181),
    ("Järfälla", 175, 177), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Landvetter", 438, 438),
    ("Partille", 433, 433), ("Trollhättan", 461, 462), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Kristianstad", 291, 291), ("Ängelholm", 262, 262), ("Visby", 621, 624), ("Kiruna", 981, 981),
    ("Gällivare", 982, 982), ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Norrtälje", 761, 761),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Falun", 791, 791), ("Mora", 792, 792),
    ("Ronneby", 372, 372), ("Åre", 837, 837), ("Arvidsjaur", 933, 933), ("Sälen", 780, 780),
    ("Hemavan", 920, 920), ("Vilhelmina", 912, 912), ("Torsby", 685, 685), ("Hjo", 544, 544),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Kyrkbyn", "Övre Byn", "Nedre Gården", "Sörgården",
    "Backa", "Lillåsen", "Stora Mossen", "Bäcklunda", "Hästhagen", "Ängsbo", "Svedjan", "Kläckeberga",
    "Tallnäs", "Granbo", "Älvåker", "Sandviken", "Ekeby", "Hultet", "Västergården", "Rödbo",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "London Road", "Victoria Road", "Green Lane",
    "Manor Road", "Church Lane", "Park Road", "Queens Road", "New Road", "Grange Road", "Kings Avenue",
    "Albert Road", "The Crescent", "Mill Lane", "Chapel Street", "Orchard Way", "Meadow View",
    "Springfield Road", "Windsor Close", "Beech Grove", "Cedar Drive", "Brighton Road", "Bath Road",
)  # fmt: skip
UK_TOWNS = (
    ("Crawley", "RH10"), ("Crawley", "RH11"), ("Hounslow", "TW4"), ("Staines-upon-Thames", "TW18"),
    ("Luton", "LU2"), ("Manchester", "M20"), ("Stockport", "SK4"), ("Edinburgh", "EH12"),
    ("Glasgow", "G41"), ("Paisley", "PA2"), ("Bristol", "BS8"), ("Leeds", "LS6"), ("Birmingham", "B13"),
    ("Aberdeen", "AB15"), ("Belfast", "BT9"), ("Norwich", "NR2"), ("Cardiff", "CF14"),
    ("Newcastle upon Tyne", "NE3"), ("London", "SW19"), ("London", "N16"), ("London", "E17"),
    ("Reading", "RG1"), ("Southampton", "SO15"), ("York", "YO10"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old School House", "Flat 3, Harbour View", "Apartment 12, Skyline Court", "Orchard House", "2 The Mews", "Ground Floor Flat")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Drive", "Cedar Lane", "Lakeview Road", "Elm Street", "Washington Avenue", "Pine Street", "Sunset Boulevard", "Highland Avenue", "W 38th Street", "Airport Road")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Boston", "MA", 21), ("Brooklyn", "NY", 112), ("Newark", "NJ", 71), ("Denver", "CO", 802), ("Austin", "TX", 787), ("Miami", "FL", 331), ("San Francisco", "CA", 941), ("Portland", "OR", 972), ("Atlanta", "GA", 303))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:60311-60599} Frankfurt am Main", "Schillerstraße {n}, {z5:80336-80339} München",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V", "Amagerbrogade {n}, {z4:2300-2300} København S",
    "Thorvald Meyers gate {n}, {z4:0552-0559} Oslo", "Storgata {n}, {z4:9008-9019} Tromsø",
    "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki", "Hämeenkatu {n}, {z5:33100-33200} Tampere",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Kerkstraat {n}, {z4:3581-3584} {L2} Utrecht",
    "{n} rue de la République, {z5:69001-69002} Lyon", "{n} avenue Jean Médecin, {z5:06000-06000} Nice",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Avenida de Tirajana {n}, {z5:35100-35100} Maspalomas",
    "Via Roma {n}, {z5:90133-90139} Palermo", "Rua Augusta {n}, 1100-{z3:048-060} Lisboa",
    "ul. Marszałkowska {n}/{m}, 00-{z3:590-699} Warszawa", "ul. Długa {n}, 80-{z3:827-831} Gdańsk",
    "Ermou {n}, {z3:105-105} {z2:51-63} Athens", "Laugavegur {n}, {z3:101-101} Reykjavík",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
    "Cumhuriyet Cad. No: {n}, {z5:07100-07100} Antalya",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "hotmail.co.uk", "bredband.net", "me.com")  # fmt: skip
WORK = ("example.se", "example.com", "example.co.uk", "example.org", "flyg.example.se", "airport.example.com", "crew.example.net")  # fmt: skip
FIRM_MAIL = ("baggage", "bagage", "kundrelationer", "claims", "lostproperty", "hittegods", "prm", "assistance", "crewcontrol", "crewplanning", "refunds", "ersattning", "customer.care", "ops", "station.arn", "groundops")  # fmt: skip
AIRLINES = ("SK", "SK", "SK", "DY", "D8", "AY", "BA", "LH", "KL", "AF", "TK", "QR", "EK", "FI", "LX", "OS", "BT", "U2", "W6", "TP", "LO", "DL", "UA")  # fmt: skip
AIRPORTS = ("ARN", "GOT", "MMX", "CPH", "OSL", "HEL", "LHR", "LGW", "MAN", "EDI", "AMS", "CDG", "FRA", "MUC", "IST", "DOH", "DXB", "KEF", "ZRH", "VIE", "RIX", "BMA", "LLA", "UME", "OSD", "KRN", "VBY", "BKK", "HKT", "LPA", "AGP", "PMI", "EWR", "JFK", "ORD", "SEA", "MSP")  # fmt: skip
CITIES = {
    "sv": ("Arlanda", "Landvetter", "Kastrup", "Gardermoen", "Helsingfors", "London", "Amsterdam", "Paris", "Frankfurt", "München", "Istanbul", "Doha", "Dubai", "Bangkok", "Phuket", "Las Palmas", "Málaga", "Palma", "Chania", "Rhodos", "Luleå", "Umeå", "Kiruna", "Visby", "Åre Östersund", "New York", "Chicago"),
    "en": ("Heathrow", "Gatwick", "Manchester", "Edinburgh", "Stockholm", "Copenhagen", "Oslo", "Helsinki", "Amsterdam", "Paris", "Frankfurt", "Munich", "Istanbul", "Doha", "Dubai", "Bangkok", "Reykjavik", "Newark", "JFK", "Chicago O'Hare", "Seattle", "Minneapolis", "Zurich", "Vienna", "Riga"),
}  # fmt: skip
HOTELS = ("Jumbo Stay", "Comfort Hotel Arlanda", "Quality Hotel Arlanda XPO", "Clarion Hotel Arlanda Airport", "Scandic Landvetter", "Airport Hotel Kastrup", "Premier Inn Heathrow", "Holiday Inn Express Gatwick", "Sky City Hotel", "Hotel Ibis Schiphol", "Citybox Oslo")  # fmt: skip
COLOURS = {
    "sv": ("svart", "mörkblå", "grå", "röd", "grön", "silverfärgad", "rosa", "vit", "brun", "gul", "turkos", "lila"),
    "en": ("black", "navy", "grey", "red", "dark green", "silver", "pink", "white", "brown", "yellow", "teal", "purple"),
}  # fmt: skip
BRANDS = ("Samsonite", "Fjällräven", "Thule", "Eastpak", "Rimowa", "American Tourister", "Osprey", "Tumi", "Cabin Zero", "Travelite", "Jula", "Clas Ohlson")  # fmt: skip
PETS = ("Molly", "Bella", "Charlie", "Sixten", "Ludde", "Rocky", "Zelda", "Nala", "Elsa", "Buster", "Maja", "Otto")  # fmt: skip
TYPES = ("A320neo", "A321LR", "A330-300", "A350-900", "B737-800", "B737 MAX 8", "B787-9", "ATR 72-600", "E190", "CRJ900", "Dash 8-400")  # fmt: skip
REGS = ("SE-ROM", "SE-RJX", "SE-DOY", "SE-RSE", "SE-MKC", "LN-NGW", "LN-RGL", "OH-LVA", "OY-KBO", "G-EUPT", "G-EZWX", "EI-FVX", "D-AIZW", "TC-JVK")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def icao(word: str) -> str:
    """A name as a passport's machine line and a booking write it: `Öberg` -> `OEBERG`."""
    word = word.upper()
    for a, b in (("Å", "AA"), ("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("Ø", "OE"), ("Æ", "AE")):
        word = word.replace(a, b)
    return plain(word).replace("'", "")


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or two joined by a hyphen (`Anna-Karin`)
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    shorts: dict[str, str | None] = field(default_factory=dict)  # the short form, once chosen

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of GI from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and r.random() < 0.04:  # Anna-Karin, Karl-Erik: a common pair
            firsts, seconds = HYPHENATED["f" if woman else "m"]
            pair = (r.choice(firsts), r.choice(seconds))
            if pair[0] != pair[1]:
                given = [(pair[0], "head"), (pair[1], "head")]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.03:
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
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_mail(self) -> str:
        return f"{self.rng.choice(FIRM_MAIL)}@{self.rng.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "11",
                "16",
                "54",
                "90",
                "60",
                "63",
                "26",
                "35",
                "36",
                "42",
                "46",
            )
        )
        a3 = r.choice(("220", "240", "250", "271", "290", "300", "340", "380", "413", "470", "480", "498", "510", "522", "586", "647", "660", "690", "910", "920", "960", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2}{d[:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: 010, 020, 0771, 0770, a city's switchboard."""
        r = self.rng
        d = self.digits(7)
        return r.choice((
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:5]} 00", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0770-{d[:3]} {d[3:6]}", f"0770-{d[:2]} {d[2:4]} {d[4:6]}",
            f"08-{d[:3]} {d[3:5]} 00", f"031-{d[:3]} {d[3:5]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+46 771 {d[:3]} {d[3:6]}", f"08-797 {d[:2]} {d[2:4]}", f"010-10{d[:1]} {d[1:3]} {d[3:5]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:7]}", f"050 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"+44 131 496 0{d[:3]}", f"0044 7700 900 {d[:3]}", f"+1 (612) 555-01{d[:2]}", f"(206) 555-01{d[:2]}",
            f"+1 312 555 01{d[:2]}", f"+1-646-555-01{d[:2]}", f"+49 151 {d[:8]}", f"+49 (0)69 {d[:7]}", f"0049 89 {d[:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+351 91{d[:1]} {d[1:4]} {d[4:7]}", f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+30 69{d[:1]} {d[1:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+90 (5{d[:2]}) {d[2:5]} {d[5:9]}", f"+964 77{d[:1]} {d[1:4]} {d[4:8]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+66 (0)8{d[:1]}-{d[1:4]}-{d[4:8]}",
            f"+971 50 {d[:3]} {d[3:7]}", f"+354 {d[:3]} {d[3:7]}", f"+353 8{r.choice('35679')} {d[:3]} {d[3:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+385 9{d[:1]} {d[1:4]} {d[4:8]}",
            f"+251 91 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, low: int = 1936, high: int = 2007, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` gives one past a hundred with its `+`."""
        r = self.rng
        year = r.randrange(1919, 1928) if old else r.randrange(low, high + 1)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
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
        town, low, high = r.choice(SV_TOWNS[36:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.choice(('uppg. B', 'bv', 'port 2'))}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
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
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def flight(self) -> str:
        r = self.rng
        code = r.choice(AIRLINES)
        return f"{code}{r.choice(('', ' '))}{r.randrange(1, 9999) if r.random() < 0.4 else r.randrange(100, 3000)}"

    def ref(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def lower(text: str) -> str:
    """Lower case as people type it: a Turkish `İ` becomes a plain `i`."""
    return text.replace("İ", "I").lower()


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    B a booking's `SURNAME/GIVEN` in capitals, SU and GU the surname and given name in capitals
    (a form's fields), E an e-mail address. A trailing `s` asks for a Swedish genitive, a
    trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = lower(value) if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n"):
        words = given
        family = "G" if base in ("G", "g") else "N"  # a person keeps the name first used
        if family not in person.shorts:
            person.shorts[family] = draw.nickname(person, 0.07 if family == "G" else 0.85)
        value = person.shorts[family] or person.first
        value = lower(value) if base in ("g", "n") else value
    elif base in ("S", "s", "SU"):
        words, value = surname, lower(person.last) if base == "s" else person.last
        value = value.upper() if base == "SU" else value
    elif base == "GU":
        words, value = given, person.first.upper()
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "B":
        words = given + middle + surname
        firsts = [person.first] + [w for w, _ in middle]
        mrz = draw.rng.random() < 0.5  # the machine-readable spelling, or the letters kept
        last = icao(person.last) if mrz else person.last.upper()
        first = " ".join(icao(w) if mrz else w.upper() for w in firsts)
        value = f"{last}/{first}"
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
    "B",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    lang = "en" if en else "sv"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(2015, 2021), "NATIONAL_ID"),
        "PNRA": lambda: (draw.national_id(1932, 1962), "NATIONAL_ID"),
        "MAILF": lambda: (draw.firm_mail(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day:02d}{MONTHS['en'][month - 1][:3].upper()}")), None),
        "TIME": lambda: (f"{r.randrange(5, 24):02d}{':' if en or r.random() < 0.5 else '.'}{r.choice(('00', '05', '10', '15', '20', '25', '30', '35', '40', '45', '50', '55'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMTS": lambda: (f"{r.randrange(120, 2600):,} kr".replace(",", " "), None),
        "WIN": lambda: (r.choice(("8–12", "9–13", "10–14", "12–16", "13–17", "17–21", "18–22")) if not en else r.choice(("8am–12pm", "9am and 1pm", "noon and 4pm", "5pm and 9pm")), None),
        "AMT": lambda: (f"{r.randrange(150, 24000):,} kr".replace(",", " "), None),
        "EUR": lambda: (r.choice(("250 euro", "400 euro", "600 euro", "EUR 250", "EUR 400", "EUR 600", "€600", "€400", "€250")), None),
        "GBP": lambda: (f"£{r.randrange(20, 1800)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(20, 1600)}", None),
        "FL": lambda: (draw.flight(), None),
        "BREF": lambda: (draw.ref(6), None),
        "TAG": lambda: (r.choice((f"SK{r.randrange(100000, 999999)}", f"SK {r.randrange(100000, 999999)}", f"0117 {r.randrange(100000, 999999)}", f"0{r.randrange(100, 999)}{r.randrange(100000, 999999)}", f"{r.choice(AIRLINES)} {r.randrange(100000, 999999)}")), None),
        "FILE": lambda: (f"{r.choice(AIRPORTS[:12])}{r.choice(AIRLINES)}{r.randrange(10000, 99999)}", None),
        "TKT": lambda: (r.choice((f"117-{r.randrange(10**9, 10**10)}", f"{r.choice(('117', '125', '220', '057', '105'))}{r.randrange(10**9, 10**10)}", f"117 {r.randrange(1000, 9999)} {r.randrange(100000, 999999)}")), None),
        "SEAT": lambda: (f"{r.randrange(1, 42)}{r.choice('ABCDEF')}", None),
        "GATE": lambda: (f"{r.choice('ABCDF')}{r.randrange(1, 70)}", None),
        "AP": lambda: (r.choice(AIRPORTS), None),
        "CITY": lambda: (r.choice(CITIES[lang]), None),
        "REG": lambda: (r.choice(REGS), None),
        "ACT": lambda: (r.choice(TYPES), None),
        "FF": lambda: (r.choice((f"EBG{r.randrange(10**8, 10**9)}", f"EB {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}", f"{r.randrange(10**8, 10**9)}", f"BA{r.randrange(10**7, 10**8)}")), None),
        "STAFF": lambda: (str(r.randrange(10000, 99999)), None),
        "KG": lambda: (f"{r.randrange(6, 32)},{r.randrange(10)}" if not en else f"{r.randrange(6, 32)}.{r.randrange(10)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "HOTEL": lambda: (r.choice(HOTELS), None),
        "COLOUR": lambda: (r.choice(COLOURS[lang]), None),
        "BRAND": lambda: (r.choice(BRANDS), None),
        "ITEM": lambda: (r.choice(ITEMS[lang]), None),
        "CASE": lambda: (r.choice((f"{r.randrange(10**6, 10**7)}", f"CR-2027-{r.randrange(10**5, 10**6)}", f"#{r.randrange(10**7, 10**8)}", f"{r.randrange(10**5, 10**6)}-{r.randrange(10, 99)}" if not en else f"case {r.randrange(10**5, 10**6)}")), None),
        "ORG": lambda: (f"556{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "ACCT": lambda: (r.choice((f"{r.randrange(3000, 9999)}-{r.randrange(10)}, {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}-{r.randrange(10)}", f"{r.randrange(6000, 9999)} {r.randrange(10**8, 10**9)}", f"SE{r.randrange(10, 99)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}")), None),
        "PET": lambda: (r.choice(PETS), None),
        "DUR": lambda: (r.choice((f"{r.randrange(2, 9)} tim {r.randrange(5, 55)} min", f"{r.randrange(3, 14)} timmar", f"{r.randrange(35, 59)} min")) if not en else r.choice((f"{r.randrange(2, 9)}h {r.randrange(5, 55)}m", f"{r.randrange(3, 14)} hours", f"{r.randrange(35, 59)} minutes")), None),
        "KM": lambda: (f"{r.choice((480, 650, 1240, 1330, 1820, 2150, 3460, 5280, 6420, 8150)):,} km".replace(",", " " if not en else ","), None),
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
    """GI's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, t, True) for lang, t in NEGATIVES]
    for lang, size in SIZES.items():
        deck: list[str] = []
        for _ in range(size - sum(1 for la, _ in NEGATIVES if la == lang)):
            if not deck:
                deck = list(TEMPLATES[lang])
                r.shuffle(deck)
            plan.append((lang, deck.pop(), False))
    r.shuffle(plan)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for lang, template, negative in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        assert bool(spans) != negative, "a negative holds a value, or a positive none"
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GI is printed."""
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
                forms["SURNAME/GIVEN"] += "/" in value
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.replace("/", " ").split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].find("c/o") >= 0
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
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
    missing = [k for lang in MIXES for k in MIXES[lang] if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
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
            s, e = span["start"], span["end"]
            problems["empty span"] += not s < e
            problems["out of bounds"] += not (s >= 0 and e <= len(text))
            value = text[s:e]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += s < end
            end = e
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                bad = len(digits) != 10 or luhn(digits[:9]) != int(digits[9])
                problems["personnummer check digit"] += bad
    total = sum(problems.values())
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids: {total} problems")
    for name, n in problems.items():
        if n:
            print(f"  {name}: {n}")
    return total


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
