# ruff: noqa: E501
"""Generate held-out GE for personal-data detection (issue 15): names as the population has them,
a 166th writer, on ski resorts and ski schools.

    python data/pii/generate_ge.py                              # writes data/pii/generated-heldout-ge.jsonl
    python data/pii/generate_ge.py --stats                      # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ge.py --check                      # checks the written file, prints counts only
    python data/pii/generate_ge.py --seed 7 --out /tmp/ge.jsonl # a scratch seed, written elsewhere

GE's names are drawn by how often people carry them: every name word comes from `names_ge.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden and among its resorts' guests), 80% from
the head of a list and 20% from its tail, mixed by the language of the row roughly as the people
of Sweden and its ski guests are. The genre is ski resorts and ski schools (`templates_ge.py`):
lift-pass orders, lesson bookings and ski-school groups, rental of skis and boots, instructor and
patrol rotas, accident and incident reports, insurance claims, cabin and apartment rentals, key
handovers, invoices, e-mail and guest chat, in Swedish, English and both at once, with home,
resort, village, box and foreign addresses and phone numbers in every common grouping. Written by
a helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics: the
seeded `Draw`, the slot filler, the row format and `--stats`), the sections "Held-out AW" and
"Held-out CL" of docs/privacy.md and the first line of `generated-heldout-u.jsonl`; not the
detector's rules, lexicons and tagger, nor any other set's names, templates or rows, nor any error
listing. GE was never run through the detector by its writer, and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ge import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ge import EN, MIXED, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270243
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ge.jsonl"
SPLIT = "heldout-ge"
KEYS = ["id", "split", "lang", "text", "spans"]
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets where guests live, of every common form.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan",
    "Järnvägsgatan", "Nygatan", "Västra Hamngatan", "Södra Förstadsgatan", "Norra Strandgatan",
    "Fabriksgatan", "Linnégatan", "Odengatan", "Birger Jarlsgatan", "Götgatan", "Hornsgatan",
    "Sveavägen", "Valhallavägen", "Karlavägen", "Ringvägen", "Björkvägen", "Tallvägen", "Granvägen",
    "Ekvägen", "Lönnvägen", "Almvägen", "Rönnvägen", "Skogsvägen", "Ängsvägen", "Parkvägen",
    "Industrivägen", "Idrottsvägen", "Solvägen", "Blåklintsvägen", "Vitsippsvägen", "Kastanjevägen",
    "Gamla Kungsvägen", "Östra Vägen", "Lillövägen", "Tornsvängen", "Lärksvängen", "Snickarsvängen",
    "Gjutarsvängen", "Kastanjeallé", "Lindallén", "Alléen", "Stora allén", "Ekbacken", "Solbacken",
    "Prästbacken", "Kvarnbacken", "Klockarbacken", "Sjöbacken", "Hästhagsbacke", "Vintergatans backe",
    "Trastvägen", "Lärkstigen", "Ekorrstigen", "Blåbärsstigen", "Lingonstigen", "Hasselstigen",
    "Stortorget", "Gustav Adolfs torg", "Järntorget", "Lilla Torg", "Möllevångstorget",
    "Fiskartorget", "Stationsplan", "Kyrkplan", "Brunnsplan", "Skeppargränd", "Tunnbindaregränd",
    "Smedgränd", "Klostergränd", "Norra Kajen", "Södra Kajen", "Packhuskajen", "Skeppsbrokajen",
    "Strandvägen", "Sjögatan", "Hamngatan", "Tegnérgatan", "Döbelnsgatan", "Bondegatan",
    "Allégatan", "Mårtensgatan", "Västra Vallgatan", "Östra Ringvägen", "Furuvägen", "Sandvägen",
)  # fmt: skip
# Towns where guests live, with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Västerås", 721, 725), ("Örebro", 702, 703), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Östersund", 831, 832), ("Falun", 791, 791),
    ("Trollhättan", 461, 462), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Nacka", 131, 132), ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Huddinge", 141, 141),
    ("Lidingö", 181, 181), ("Danderyd", 182, 182), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434),
    ("Partille", 433, 433), ("Lerum", 443, 443), ("Kungälv", 442, 442), ("Trelleborg", 231, 231),
    ("Ystad", 271, 271), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824), ("Mora", 792, 792),
    ("Borlänge", 781, 784), ("Motala", 591, 591), ("Nyköping", 611, 611), ("Enköping", 745, 745),
    ("Piteå", 941, 941), ("Skellefteå", 931, 934), ("Varberg", 432, 432), ("Visby", 621, 624),
    ("Örnsköldsvik", 891, 892), ("Kiruna", 981, 981), ("Vänersborg", 462, 462), ("Landskrona", 261, 261),
)  # fmt: skip
# Resort villages with their postcodes, and the streets of their cabin and apartment areas.
RESORT_TOWNS = (
    ("Sälen", "780 67"), ("Sälen", "780 67"), ("Åre", "837 52"), ("Åre", "837 52"), ("Duved", "837 71"),
    ("Undersåker", "837 96"), ("Vemdalen", "840 92"), ("Funäsdalen", "840 95"), ("Tänndalen", "840 98"),
    ("Idre", "790 91"), ("Särna", "790 90"), ("Hemavan", "920 66"), ("Tärnaby", "920 64"),
    ("Riksgränsen", "981 94"), ("Björkliden", "981 93"), ("Järvsö", "820 40"), ("Sysslebäck", "680 60"),
    ("Klövsjö", "840 32"), ("Lofsdalen", "840 85"), ("Storlien", "837 98"),
)  # fmt: skip
RESORT_STREETS = (
    "Högfjällsvägen", "Tandådalsvägen", "Hundfjällsvägen", "Lindvallsvägen", "Kläppenvägen",
    "Fjällvägen", "Slalomvägen", "Pistvägen", "Liftvägen", "Stugbyvägen", "Fjällstigen", "Ripvägen",
    "Lodjursvägen", "Järvvägen", "Renvägen", "Fjällsippsvägen", "Kåtavägen", "Fäbodvägen",
    "Skidvägen", "Kabinbanevägen", "Sadelvägen", "Årevägen", "Fjällgränd", "Björnstigen",
    "Vemdalsvägen", "Skalvägen", "Fjällnäsvägen", "Ramundbergsvägen", "Gräsvallsvägen",
    "Snöripans väg", "Myrstigen", "Toppstugevägen", "Dalstigen", "Fjällbjörksvägen", "Älgstigen",
    "Kittelbäcksvägen", "Smörkullevägen", "Vallbacken",
)  # fmt: skip
# Villages whose houses are numbered along the village road (`Gräsheden 412`), with their posts.
VILLAGES = (
    ("Gräsheden", "780 67", "Sälen"), ("Rörbäcksnäs", "780 69", "Sälen"), ("Transtrand", "780 67", "Sälen"),
    ("Östra Utsjö", "780 64", "Lima"), ("Mörsil", "837 41", "Mörsil"), ("Huså", "837 96", "Undersåker"),
    ("Edsåsdalen", "837 96", "Undersåker"), ("Bydalen", "845 99", "Hallen"), ("Vallbo", "837 96", "Undersåker"),
    ("Tännäs", "840 98", "Tänndalen"), ("Ljusnedal", "840 95", "Funäsdalen"), ("Bruksvallarna", "840 97", "Funäsdalen"),
    ("Storsätern", "790 91", "Idre"), ("Sörvattnet", "790 91", "Idre"), ("Nornäs", "790 90", "Särna"),
    ("Klöverträsk", "945 92", "Norrfjärden"), ("Laisvall", "930 93", "Laisvall"), ("Joesjö", "920 66", "Hemavan"),
    ("Gautsträsk", "920 64", "Tärnaby"), ("Öjebyn", "943 31", "Öjebyn"), ("Västra Lima", "780 64", "Lima"),
    ("Ytterberg", "842 93", "Sveg"), ("Hede", "840 80", "Hede"), ("Ramsele", "880 40", "Ramsele"),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Grampian Road", "Marchmont Road", "Mill Lane",
    "Victoria Road", "Queens Road", "The Crescent", "Park Avenue", "Manor Way", "Orchard Close",
    "Glenmore Road", "Kings Road", "Woodland Drive", "St Mary's Road", "Bridge Street",
    "Albert Terrace", "Castle Street", "North Street", "Clifton Road", "Eastgate", "Beech Grove",
)  # fmt: skip
UK_TOWNS = (
    ("Aviemore", "PH22", 0), ("Fort William", "PH33", 0), ("Edinburgh", "EH", 17), ("Glasgow", "G", 80),
    ("London", "SW", 20), ("London", "N", 22), ("London", "SE", 28), ("Manchester", "M", 40),
    ("Leeds", "LS", 29), ("Bristol", "BS", 16), ("Oxford", "OX", 4), ("Cambridge", "CB", 5),
    ("Sheffield", "S", 20), ("Newcastle upon Tyne", "NE", 15), ("Guildford", "GU", 5),
    ("Harrogate", "HG", 3), ("Kendal", "LA9", 0), ("Cardiff", "CF", 24), ("Brighton", "BN", 3),
    ("York", "YO", 32), ("Bath", "BA", 2), ("Inverness", "IV", 3),
)  # fmt: skip
UK_HOUSES = ("Birch Cottage", "The Old School House", "Rowan Lodge", "Glen View", "Pine Lodge", "The Old Bakery", "Heather Cottage", "Corrie House")  # fmt: skip
US_STREETS = ("Main Street", "Elm Street", "Maple Avenue", "Pine Street", "Lake Shore Drive", "Ridge Road", "Aspen Way", "Bear Creek Road", "Mountain View Drive", "Cedar Lane", "Summit Drive")  # fmt: skip
US_TOWNS = (
    ("Aspen", "CO", "81611"), ("Vail", "CO", "81657"), ("Park City", "UT", "84060"), ("Jackson", "WY", "83001"),
    ("Stowe", "VT", "05672"), ("South Lake Tahoe", "CA", "96150"), ("Denver", "CO", "802"), ("Minneapolis", "MN", "554"),
    ("Boston", "MA", "021"), ("Seattle", "WA", "981"), ("Salt Lake City", "UT", "841"), ("Bozeman", "MT", "59715"),
    ("Chicago", "IL", "606"), ("Burlington", "VT", "054"),
)  # fmt: skip
CA_TOWNS = (("Whistler", "BC", "V8E"), ("Banff", "AB", "T1L"), ("Vancouver", "BC", "V6K"), ("Toronto", "ON", "M5V"), ("Calgary", "AB", "T2P"))  # fmt: skip
CA_STREETS = ("Blackcomb Way", "Sundial Crescent", "Village Gate Boulevard", "Banff Avenue", "Caribou Street", "West 4th Avenue", "Queen Street West")  # fmt: skip
# Addresses from the rest of Europe, as people there write them (drawn as a shuffled deck).
EUROPE = (
    "Storgata {n}, 2420 Trysil", "Sentrumsvegen {n}, 3560 Hemsedal", "Skogvegen {n}, 3580 Geilo",
    "Thereses gate {n}, 0{z3:352-368} Oslo", "Nørrebrogade {n}, {m}. th., 2200 København N",
    "Søndergade {n}, 8000 Aarhus C", "Mannerheimintie {n} A {m}, 00{z3:100-260} Helsinki",
    "Hissitie {n}, 99130 Sirkka", "Rukankyläntie {n}, 93830 Rukatunturi",
    "Bahnhofstraße {n}, 82467 Garmisch-Partenkirchen", "Leopoldstraße {n}, 80{z3:802-807} München",
    "Eppendorfer Weg {n}, 20259 Hamburg", "Dorfstraße {n}, 6580 St. Anton am Arlberg",
    "Hauptstraße {n}, 6290 Mayrhofen", "Mariahilfer Straße {n}/{m}, 1070 Wien",
    "Bahnhofstrasse {n}, 3920 Zermatt", "Promenade {n}, 7270 Davos Platz",
    "{n} avenue Michel Croz, 74400 Chamonix-Mont-Blanc", "{n} rue de la Paix, 73440 Les Belleville",
    "{n} rue de Rivoli, 75004 Paris", "Via Roma {n}, 11021 Breuil-Cervinia",
    "Corso Italia {n}, 32043 Cortina d'Ampezzo", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, 3511 {L2} Utrecht", "ul. Krupówki {n}, 34-500 Zakopane",
    "ul. Floriańska {n}/{m}, 31-019 Kraków", "Carrer de Mallorca {n}, 08036 Barcelona",
    "Avinguda Meritxell {n}, AD500 Andorra la Vella", "Svatopetrská {n}, 543 51 Špindlerův Mlýn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se", "bredband.net", "hotmail.co.uk", "yahoo.com", "online.no", "gmx.de")  # fmt: skip
WORK = ("example.se", "skidskola.example.se", "fjallstugor.example.se", "example.com", "example.co.uk", "example.org", "example.no")  # fmt: skip
FIRM_LOCAL = ("bokning", "info", "skidskola", "hyra", "kundservice", "patrullen", "stugor", "booking", "lessons", "rentals", "reservations", "hello", "faktura", "personal")  # fmt: skip
FIRM_DOMAIN = ("fjallbokningen.example.se", "hogfjallsskidskolan.example.se", "alpinhyran.example.se", "snobyran.example.se", "example.se", "skidorter.example.com", "powderschool.example.com", "alpinechalets.example.co.uk")  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
SEASON = (
    12,
    1,
    2,
    3,
    4,
    1,
    2,
    3,
    2,
)  # the months a ski season's dates fall in, February and March the most


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def masculine(surname: str) -> str:
    """A Polish woman's surname as her husband or son carries it: `Kowalska` -> `Kowalski`."""
    return surname[:-1] + "i" if surname.endswith("ka") and surname[-3] in "cksz" else surname


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
    """Every value of GE from one seeded Random; counts the head/tail split and the origins."""

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
        """Someone named as the row's language has people; `kin` gives a family's surname."""
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
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {
            "swedish": 0.45,
            "us": 0.35,
            "uk": 0.3,
            "norwegian": 0.3,
            "danish": 0.3,
            "german": 0.2,
        }.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        if kin is not None:
            surname = list(kin.surname)
            joint = kin.joint
            if key == "polish":
                surname = [(masculine(w), p) for w, p in surname]
        else:
            surname = [self.pick(origin.surnames)]
            joint = " "
            roll = r.random()
            if key == "latin" and roll < 0.6:  # apellido paterno y materno
                surname.append(self.pick(origin.surnames))
            elif key == "swedish" and roll < 0.05:  # a married double name
                surname.append(self.pick(origin.surnames))
                joint = "-" if roll < 0.03 else " "
            elif key in ("uk", "us") and roll < 0.025:
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
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "11",
                "36",
                "90",
                "60",
                "63",
                "26",
                "23",
                "54",
                "46",
            )
        )
        area3 = r.choice(
            (
                "280",
                "647",
                "682",
                "684",
                "253",
                "954",
                "980",
                "651",
                "564",
                "243",
                "250",
                "645",
                "660",
                "690",
                "611",
                "920",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
            (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number: the resorts' landlines, 0771, 020, 010."""
        r = self.rng
        d = self.digits(7)
        area3 = r.choice(("280", "647", "684", "682", "253", "954", "980", "651", "564"))
        return r.choice((
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0{area3}-{d[:3]} {d[3:5]}", f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 {area3} {d[:3]} {d[3:5]}", f"0{area3}-{d[:3]}{d[3:5]}", f"+46 (0){area3}-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 62 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+358 16 {d[:3]} {d[3:6]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)1479 {d[:6]}",
            f"01479 {d[:3]} {d[3:6]}", f"+44 20 7946 0{d[:3]}", f"0131 496 0{d[:3]}", f"+1 (970) 555-01{d[:2]}",
            f"(801) 555-01{d[:2]}", f"+1 604-555-01{d[:2]}", f"+1 802 555 01{d[:2]}", f"+49 171 {d[:7]}",
            f"+49 (0)89 {d[:8]}", f"0049 8821 {d[:6]}", f"+43 5446 {d[:4]}", f"+43 664 {d[:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+41 27 966 {d[:2]} {d[2:4]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"04 50 {d[:2]} {d[2:4]} {d[4:6]}", f"+39 0471 {d[:6]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+31 6 {d[:8]}", f"06-{d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+81 136-{d[:2]}-{d[2:6]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, who: str = "adult") -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        and `+` in place of the hyphen for the 10-digit form of someone a hundred or older."""
        r = self.rng
        if who == "child":
            year = r.randrange(2012, 2024)
        elif who == "old":
            year = r.randrange(1921, 1927)
        else:
            year = r.randrange(2006, 2016) if r.random() < 0.15 else r.randrange(1940, 2006)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        tail = f"{serial}{luhn(date + serial)}"
        old = year <= 2027 - 100
        roll = r.random()
        if who == "old" or (old and roll < 0.5):
            return f"{date}+{tail}"
        if roll < 0.42:
            return f"{year // 100}{date}-{tail}"
        if roll < 0.8:
            return f"{date}-{tail}"
        if roll < 0.92:
            return f"{year // 100}{date}{tail}"
        return f"{date}{tail}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.8 else f"{code} {town}"
        if roll > 0.95:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.14:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.03:
            street += f", {r.randrange(1, 5)} tr, lgh {r.randrange(10, 15)}{r.randrange(1, 6):02d}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def resort_street(self) -> str:
        r = self.rng
        out = f"{r.choice(RESORT_STREETS)} {self.number()}"
        if r.random() < 0.12:
            out += f", lgh {r.randrange(1, 4)}{r.randrange(1, 30):02d}"
        return out

    def resort_address(self, lines: bool = False) -> str:
        r = self.rng
        town, code = r.choice(RESORT_TOWNS)
        if r.random() < 0.1:
            code = code.replace(" ", "")
        if r.random() < 0.04:
            code = "SE-" + code
        return f"{self.resort_street()}{chr(10) if lines else ', '}{code} {town}"

    def village_address(self, lines: bool = False) -> str:
        r = self.rng
        village, code, post = r.choice(VILLAGES)
        return f"{village} {r.randrange(1, 460)}{chr(10) if lines else ', '}{code} {post}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            town, code = r.choice(RESORT_TOWNS)
            return f"Box {r.randrange(2, 240)}, {code} {town}"
        if roll < 0.75:
            return f"Box {r.randrange(100, 9999)}, {self.sv_postal()}"
        return f"{self.sv_street()}, {r.randrange(2, 7)} tr, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, districts = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        outward = area if not districts else f"{area}{r.randrange(1, districts + 1)}"
        code = f"{outward} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 20)}{r.choice(('', '', '/2', 'A'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, zipcode = r.choice(US_TOWNS)
        if len(zipcode) == 3:
            zipcode += f"{r.randrange(1, 99):02d}"
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        return f"{street}, {town}, {state} {zipcode}"

    def ca_address(self) -> str:
        r = self.rng
        town, prov, fsa = r.choice(CA_TOWNS)
        letters = "ABCEGHJKLMNPRSTVXY"
        code = f"{fsa} {r.randrange(10)}{r.choice(letters)}{r.randrange(10)}"
        unit = f"Unit {r.randrange(1, 60)}, " if r.random() < 0.4 else ""
        return f"{unit}{r.randrange(100, 9999)} {r.choice(CA_STREETS)}, {town}, {prov} {code}"

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

    def span(self, lang: str) -> str:
        """A stay or a course: a start date and an end date two to nine days later."""
        r = self.rng
        month, day = r.choice(SEASON), r.randrange(1, 20)
        end = day + r.randrange(2, 10)
        year = 2026 if month == 12 else 2027
        if lang == "en":
            name = MONTHS["en"][month - 1]
            return r.choice(
                (
                    f"{day}–{end} {name}",
                    f"{name[:3]} {day}–{end}",
                    f"{day:02d}/{month:02d}/{year} to {end:02d}/{month:02d}/{year}",
                )
            )
        name = MONTHS["sv"][month - 1]
        return r.choice(
            (
                f"{day}–{end} {name}",
                f"{year}-{month:02d}-{day:02d}–{year}-{month:02d}-{end:02d}",
                f"{day}/{month}–{end}/{month}",
                f"{day}.{month}–{end}.{month}",
            )
        )

    def hours(self, lang: str) -> str:
        r = self.rng
        start, stop = r.randrange(7, 11), r.randrange(14, 18)
        minutes = r.choice(("", "", "30")) if lang != "en" else ""
        if lang == "en":
            return r.choice(
                (f"{start}:00–{stop}:00", f"{start}am–{stop - 12}pm", f"{start}:30–{stop}:30")
            )
        return r.choice(
            (
                f"{start}–{stop}",
                f"{start}.{minutes or '00'}–{stop}.{minutes or '00'}",
                f"{start:02d}:00–{stop:02d}:00",
            )
        )

    def date(self, lang: str) -> str:
        r = self.rng
        month, day = r.choice(SEASON), r.randrange(1, 29)
        year = 2026 if month == 12 else 2027
        if lang == "en":
            return r.choice(
                (
                    f"{day} {MONTHS['en'][month - 1]}",
                    f"{day:02d}/{month:02d}/{year}",
                    f"{MONTHS['en'][month - 1]} {day}",
                    f"{day} {MONTHS['en'][month - 1][:3]}",
                )
            )
        return r.choice(
            (
                f"{year}-{month:02d}-{day:02d}",
                f"{day}/{month}",
                f"{day} {MONTHS['sv'][month - 1]}",
                f"{day}.{month}",
            )
        )


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU the surname and GU the given name in capitals, I an initial and the surname, Gi the given
    name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?:=(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    """A value that is no person's name: an address, a phone, a personnummer, or a look-alike."""
    r, lang = draw.rng, draw.lang
    en = lang == "en"
    words = WORDS["en" if en else "sv"]
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AG": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_address()).lower(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "RA": lambda: (draw.resort_address(), "ADDRESS"),
        "RAL": lambda: (draw.resort_address(lines=True), "ADDRESS"),
        "ra": lambda: ((draw.resort_street() if r.random() < 0.5 else draw.resort_address()).lower(), "ADDRESS"),
        "RST": lambda: (draw.resort_street(), "ADDRESS"),
        "V": lambda: (draw.village_address(), "ADDRESS"),
        "VL": lambda: (draw.village_address(lines=True), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "ACA": lambda: (draw.ca_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "ax": lambda: (draw.eu_address().lower(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id("child"), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (draw.date(lang), None),
        "SPAN": lambda: (draw.span(lang), None),
        "HOURS": lambda: (draw.hours(lang), None),
        "TIME": lambda: (f"{r.randrange(8, 18)}{':' if en or r.random() < 0.3 else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "WEEK": lambda: (str(r.choice((52, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))), None),
        "NUM": lambda: (str(r.randrange(2, 12)), None),
        "AGE": lambda: (str(r.randrange(3, 15)), None),
        "YEAR": lambda: (str(r.randrange(1948, 2005)), None),
        "AMT": lambda: (f"{r.randrange(19, 480) * 10 + r.choice((0, 0, 5, 9)):,} kr".replace(",", " "), None),
        "EUR": lambda: (r.choice((f"€{r.randrange(40, 2400)}", f"{r.randrange(40, 2400)},00 €", f"EUR {r.randrange(40, 2400)}")), None),
        "GBP": lambda: (f"£{r.randrange(30, 3200):,}.{r.choice(('00', '50', '99'))}", None),
        "USD": lambda: (f"${r.randrange(30, 2600)}", None),
        "NOK": lambda: (f"{r.randrange(300, 9000)} NOK", None),
        "REF": lambda: (r.choice((f"{r.choice('BKSLR')}{r.randrange(100000, 999999)}", f"{r.randrange(1000, 9999)}-{r.randrange(100, 999)}", f"#{r.randrange(10000, 99999)}", f"GE-{r.randrange(2026, 2028)}-{r.randrange(1, 9999):04d}")), None),
        "CARD": lambda: (f"{draw.digits(2)}-{draw.digits(4)}-{draw.digits(4)}-{draw.digits(4)}-{draw.digits(1)}", None),
        "LAST4": lambda: (draw.digits(4), None),
        "ORGNR": lambda: (f"55{r.randrange(6, 10)}{draw.digits(3)}-{draw.digits(4)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.randrange(10, 17)), None),
        "LEN": lambda: (str(r.randrange(70, 195, 5)), None),
        "KG": lambda: (str(r.randrange(18, 110)), None),
        "CM": lambda: (str(r.randrange(95, 198)), None),
        "SHOE": lambda: (r.choice((f"{r.randrange(28, 47)}", f"Mondo {r.randrange(18, 31)}.{r.choice('05')}", f"{r.randrange(28, 47)} (Mondo {r.randrange(18, 31)}.{r.choice('05')})")), None),
        "DIN": lambda: (f"{r.randrange(2, 10)}{r.choice((',0', ',5', ''))}" if not en else f"{r.randrange(2, 10)}{r.choice(('.0', '.5', ''))}", None),
        "CODE": lambda: (draw.digits(4), None),
        "TEMP": lambda: (f"-{r.randrange(2, 28)}", None),
        "ROOM": lambda: (str(r.randrange(101, 460)), None),
        **{key: (lambda key=key: (r.choice(words[key]), None)) for key in words},
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
            if ref and ref in people:
                person = people[ref]
            else:
                woman = {"f": True, "m": False}.get(gender or "")
                person = draw.person(woman, people[kin] if kin else None)
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
    """GE's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(\d{2})?(\d{6})([-+]?)(\d{4})$")


def pnr_form(value: str) -> str:
    match = PNR.match(value)
    if not match:
        return "malformed"
    century, _, sep, _ = match.groups()
    return (
        f"{12 if century else 10} digits, {'+' if sep == '+' else 'hyphen' if sep else 'no hyphen'}"
    )


def pnr_valid(value: str) -> bool:
    match = PNR.match(value)
    if not match:
        return False
    digits = match.group(2) + match.group(4)
    return luhn(digits[:9]) == int(digits[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GE is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
                forms["lower-case one word"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 60) : span["start"]]
                )
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
                pnr["valid check digit"] += pnr_valid(value)
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (negatives {len(NEGATIVES)})"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for lang in MIXES for k in MIXES[lang] if draw.origins[k] == 0]
    print(f"origins in MIXES never drawn: {len(set(missing))}")
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives "
        + ", ".join(f"{lang} {sum(1 for la, _ in NEGATIVES if la == lang)}" for lang in SIZES)
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    rows = 0
    spans_total = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys not as heldout-u's"] += list(row) != KEYS
            problems["split not heldout-ge"] += row["split"] != SPLIT
            problems["lang unknown"] += row["lang"] not in SIZES
            ids[row["id"]] += 1
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_total += 1
                start, stop = span["start"], span["end"]
                problems["kind unknown"] += span["kind"] not in KINDS
                if not (0 <= start < stop <= len(text)):
                    problems["empty or out of bounds"] += 1
                    continue
                value = text[start:stop]
                problems["whitespace at an edge"] += value != value.strip()
                problems["unsorted or overlapping"] += start < end
                end = stop
                if span["kind"] == "NATIONAL_ID":
                    problems["personnummer check digit"] += not pnr_valid(value)
    problems["ids not unique"] = sum(n - 1 for n in ids.values() if n > 1)
    problems["ids not in order"] = sum(
        1 for i, key in enumerate(ids, 1) if key != f"gen-{SPLIT}-{i:04d}"
    )
    print(f"checked {rows} rows, {spans_total} spans")
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return 1 if bad else 0


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
        raise SystemExit(check(args.out))
    if args.seed != SEED and args.out == OUT and not args.stats:
        raise SystemExit("a scratch seed needs --out elsewhere than the set's own file")
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
