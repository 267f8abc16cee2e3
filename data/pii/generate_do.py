# ruff: noqa: E501
"""Generate held-out DO for personal-data detection (issue 15): names as the population has them,
a ninety-eighth writer.

    python data/pii/generate_do.py          # writes data/pii/generated-heldout-do.jsonl
    python data/pii/generate_do.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_do.py --check  # checks the written file, prints counts only

DO's names are drawn by how often people really carry them: every name word comes from
`names_do.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden; the church books'
given names and fathers' names for 1800s patronymics), 80% from the head of a list and 20% from
its tail, mixed by the language of the row roughly as Sweden's population is. The genre is
genealogy, archives, libraries and local history societies (`templates_do.py`): family-history
enquiries and forum posts, church-book and estate-inventory transcriptions, emigrant searches,
DNA matches, family reunions, grave inventories, archive orders, search-room bookings, requests
for public records, donations of private papers, library cards, reservations, overdue notices,
inter-library loans and home delivery, reading circles, author evenings, local history society
minutes, member lists, newsletters, oral history interviews, photo identification and guided
walks; in Swedish, English and both at once, with Swedish, emigrant American, British and
European addresses and phone numbers in every common grouping. Written by a helper who does not
tune the detector, who read only `generate_aw.py` (for the mechanics), two sections of
docs/privacy.md (Held-out AW and CL) and the first line of `generated-heldout-u.jsonl`; neither
the detector's rules, lexicons and tagger (`src/rung/privacy/`) nor any error listing nor any
other set's names and templates. DO was never run through the detector by its writer, and its
names were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same
bytes.
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

from names_do import (  # noqa: E402
    HEAD_SHARE,
    HISTORIC,
    HYPHEN_FIRST,
    HYPHEN_SECOND,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    patronymic,
    plain,
)
from templates_do import (  # noqa: E402
    COUNTIES,
    DAYS,
    EN,
    FARMNAMES,
    MIXED,
    MONTHS,
    NEGATIVES,
    PARISHES,
    SHIPS,
    SV,
    TITLES_BOOKS,
)

SEED = 20270175
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-do.jsonl"
SPLIT = "heldout-do"
KEYS = ["id", "split", "lang", "text", "spans"]  # as generated-heldout-u.jsonl has them

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's street names.
SV_STREETS = (
    "Storgatan", "Kyrkogatan", "Drottninggatan", "Köpmangatan", "Västra Storgatan", "Södra Järnvägsgatan",
    "Hantverkargatan", "Skolgatan", "Norra Kyrkogatan", "Prästgatan", "Tullgatan", "Fabriksgatan",
    "Bryggargatan", "Smedjegatan", "Sjömansgatan", "Långgatan", "Nygatan", "Östra Hamngatan",
    "Kvarnvägen", "Skogsvägen", "Björkvägen", "Lärkvägen", "Tallstigsvägen", "Kyrkvägen",
    "Gamla Vägen", "Mejerivägen", "Folkskolevägen", "Hembygdsvägen", "Stationsvägen", "Sockenvägen",
    "Prästgårdsvägen", "Gästgivarvägen", "Klockarvägen", "Sågarvägen", "Åkervägen", "Vallmovägen",
    "Ekbacksvägen", "Hagtornsvägen", "Rönnbärsvägen", "Ängsvägen", "Kyrksvängen", "Rosensvängen",
    "Klöversvängen", "Lönnsvängen", "Kastanjeallé", "Lindallén", "Parkallén", "Slottsallén",
    "Kyrkbacken", "Kvarnbacken", "Smedsbacken", "Hammarbacken", "Tingshusbacke", "Skolbacken",
    "Blåbärsstigen", "Lingonstigen", "Trastvägen", "Mossstigen", "Granstigen", "Hasselstigen",
    "Stora torget", "Gustafs torg", "Lilla torget", "Fisktorget", "Järntorget", "Kornhamnstorg",
    "Biblioteksplan", "Stationsplan", "Kyrkplan", "Rådhusplan", "Klostergränd", "Bagargränd",
    "Skomakargränd", "Tunnbindaregränd", "Mästargränd", "Norra Kajen", "Södra Kajen", "Skeppsbrokajen",
    "Hamnkajen", "Strandkajen", "Slussplan", "Kaptensgatan", "Arkivgatan", "Museivägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes, from the cities to the small towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975),
    ("Östersund", 831, 832), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Visby", 621, 622), ("Härnösand", 871, 871),
    ("Ystad", 271, 271), ("Västervik", 593, 593), ("Alingsås", 441, 441), ("Piteå", 941, 941),
    ("Mora", 792, 792), ("Arvika", 671, 671), ("Hudiksvall", 824, 824), ("Söderhamn", 826, 826),
    ("Ludvika", 771, 771), ("Enköping", 745, 745), ("Norrtälje", 761, 761), ("Eksjö", 575, 575),
    ("Vetlanda", 574, 574), ("Värnamo", 331, 331), ("Ljungby", 341, 341), ("Hässleholm", 281, 281),
    ("Falköping", 521, 521), ("Mariestad", 542, 542), ("Sala", 733, 733), ("Hedemora", 776, 776),
    ("Filipstad", 682, 682), ("Kristinehamn", 681, 681), ("Säffle", 661, 661), ("Sunne", 686, 686),
    ("Torsby", 685, 685), ("Sollefteå", 881, 881), ("Örnsköldsvik", 891, 891), ("Lycksele", 921, 921),
    ("Vilhelmina", 912, 912), ("Gällivare", 982, 982), ("Kalix", 952, 952), ("Ljusdal", 827, 827),
    ("Bollnäs", 821, 821), ("Sveg", 842, 842), ("Leksand", 793, 793), ("Rättvik", 795, 795),
    ("Älvdalen", 796, 796), ("Simrishamn", 272, 272), ("Karlshamn", 374, 374), ("Oskarshamn", 572, 572),
    ("Vimmerby", 598, 598), ("Tranås", 573, 573), ("Ulricehamn", 523, 523), ("Hjo", 544, 544),
    ("Strömstad", 452, 452), ("Kungsbacka", 434, 434), ("Falkenberg", 311, 311), ("Båstad", 269, 269),
    ("Tomelilla", 273, 273), ("Sjöbo", 275, 275),
)  # fmt: skip
RURAL_FROM = 36  # towns from here on are small towns whose countryside has 9x postcodes
# Villages whose farms are addressed by number (`Västanby 24`): rural addresses.
VILLAGES = (
    "Västanby", "Östanbyn", "Norrby", "Sörby", "Kyrkbyn", "Bäckby", "Nyby", "Älvsbacka", "Rågetorp",
    "Hökmark", "Lillsjön", "Storåsen", "Backa", "Övre Gärdsjö", "Nedre Tuna", "Myckelby", "Tallåsen",
    "Knutsbo", "Sikås", "Rörbäck", "Granbacken", "Lövstabruk", "Ösa", "Mården", "Holmsund",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Church Street", "Mill Lane", "Station Road", "Vicarage Lane", "Chapel Street",
    "The Green", "Priory Road", "Abbey Road", "Market Street", "North Road", "Castle Hill",
    "Queen Street", "Kingsway", "Bridge Road", "Elm Grove", "Victoria Terrace", "Archway Close",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Lincoln", "LN"), ("Norwich", "NR"), ("Ipswich", "IP"), ("Chester", "CH"),
    ("Exeter", "EX"), ("Durham", "DH"), ("Carlisle", "CA"), ("Hull", "HU"), ("Cardiff", "CF"),
    ("Swansea", "SA"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Dundee", "DD"), ("Belfast", "BT"),
    ("Leicester", "LE"), ("Bath", "BA"), ("Canterbury", "CT"),
)  # fmt: skip
UK_HOUSES = ("The Old School House", "Church Cottage", "Glebe Farm", "Mill House", "The Coach House", "Willow Cottage", "Old Post Office")  # fmt: skip
US_STREETS = (
    "Main Street", "Elm Street", "Lake Street", "2nd Avenue NE", "Broadway", "Oak Avenue",
    "Summit Avenue", "Swede Hill Road", "Lincoln Avenue", "County Road 7", "Cedar Street",
    "North Prairie Road", "7th Street", "Washington Street",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Saint Paul", "MN", 551), ("Duluth", "MN", 558), ("Red Wing", "MN", 550),
    ("Rockford", "IL", 611), ("Moline", "IL", 612), ("Chicago", "IL", 606), ("Jamestown", "NY", 147),
    ("Lindsborg", "KS", 674), ("Worcester", "MA", 16), ("Seattle", "WA", 981), ("Omaha", "NE", 681),
    ("Kingsburg", "CA", 936), ("Sioux Falls", "SD", 571), ("Des Moines", "IA", 503), ("Escanaba", "MI", 498),
)  # fmt: skip
EUROPE = (
    "Storgata {n}, {z4:0155-0190} Oslo", "Nedre Slottsgate {n}, {z4:0157-0159} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "Nørregade {n}, {z4:5000-5000} Odense C", "Handelsesplanaden {n}, {z5:65100-65100} Vasa",
    "Aleksanterinkatu {n} B {m}, {z5:00100-00170} Helsinki", "Torggatan {n}, AX-{z5:22100-22100} Mariehamn",
    "Lindenstraße {n}, {z5:10969-10999} Berlin", "Hauptstraße {n}, {z5:69117-69120} Heidelberg",
    "ul. Długa {n}/{m}, 80-{z3:827-831} Gdańsk", "ul. Mickiewicza {n}, 31-{z3:120-130} Kraków",
    "Pikk {n}, {z5:10123-10133} Tallinn", "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam",
    "{n} rue de la République, {z5:69001-69002} Lyon", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Calle Mayor {n}, {z5:28013-28013} Madrid", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
)  # fmt: skip
CANADA = (("Winnipeg", "MB", "R3"), ("Toronto", "ON", "M5"), ("Vancouver", "BC", "V6"), ("Kenora", "ON", "P9"))  # fmt: skip
AUSTRALIA = (("Newtown", "NSW", 2042), ("Fitzroy", "VIC", 3065), ("Toowong", "QLD", 4066), ("Norwood", "SA", 5067))  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "comhem.se", "bredband.net")  # fmt: skip
WORK = ("example.se", "arkiv.example.se", "bibliotek.example.se", "hembygd.example.org", "example.com", "example.org", "example.co.uk", "example.net")  # fmt: skip
ROLES = (
    "forskarsal", "registrator", "info", "kansli", "fjarrlan", "biblioteket", "referens", "arkivet",
    "ordforande", "sekreteraren", "medlem", "bokning", "enquiries", "searchroom", "library",
    "archives", "membership", "secretary", "reading.room", "kundtjanst", "lokalhistoria",
)  # fmt: skip


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
    given: list[
        Word
    ]  # one word, or two joined by a hyphen (`Anna-Karin`), or a 1800s pair (`Maja Stina`)
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    gjoint: str = "-"

    @property
    def first(self) -> str:
        return self.gjoint.join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of DO from one seeded Random; counts the head/tail split and the origins."""

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
        sex = "f" if woman else "m"
        if key == "swedish" and given[0][0] in HYPHEN_FIRST[sex] and r.random() < 0.3:  # Anna-Karin
            second = r.choice([n for n in HYPHEN_SECOND[sex] if n != given[0][0]])
            given.append((second, "head" if second in pool.names[: pool.head] else "tail"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.4}.get(key, 0.05):
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

    def historic(self, woman: bool | None) -> Person:
        """Someone of the 1800s church books: one or two given names and a patronymic (or, from
        the later decades, a surname of SCB's list)."""
        r = self.rng
        self.origins["swedish 1800s"] += 1
        self.forms["church-book person"] += 1
        if woman is None:
            woman = r.random() < 0.5
        pool = HISTORIC.given_f if woman else HISTORIC.given_m
        given = [self.pick(pool)]
        if r.random() < 0.45:
            second = self.pick(pool)
            if second[0] != given[0][0]:
                given.append(second)
        if r.random() < 0.75:
            father, part = self.pick(HISTORIC.surnames)
            surname = [(patronymic(father, woman), part)]
        else:
            surname = [self.pick(ORIGINS["swedish"].surnames)]
        return Person(woman, "swedish 1800s", given, surname, gjoint=" ")

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
        given = plain(person.given[0][0]).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{surname}{r.randrange(40, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def role_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLES)}@{r.choice(WORK)}"

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
                "16",
                "54",
                "90",
                "60",
                "26",
                "36",
                "11",
                "46",
                "35",
            )
        )
        a3 = r.choice(("250", "247", "280", "225", "240", "271", "278", "300", "322", "340", "370", "380",
                       "454", "470", "480", "485", "490", "498", "510", "520", "522", "554", "565",
                       "570", "586", "591", "611", "620", "640", "647", "651", "660", "680", "696",
                       "910", "920", "929", "940", "950", "960", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"0046{m[1:]}{d[:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"0046 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"08-{d[:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8 {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}-{d[:6]}"), (1, f"0{a3}/{d[:3]} {d[3:5]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {a2} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A switchboard, a customer service or a library's number."""
        r = self.rng
        d = self.digits(8)
        return r.choice((f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"0{r.choice(('31', '40', '18', '13'))}-{d[:3]} {d[3:5]} {d[5:7]}",
                         f"0{r.choice(('590', '240', '63', '60', '920'))}-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}"))  # fmt: skip

    def phone_x(self, anglo: float = 0.3) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home; with `anglo`, one of the US,
        Canada, the UK or Australia (the first 20 shapes)."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+1 (612) 555-01{d[:2]}", f"(651) 555-01{d[:2]}", f"612-555-01{d[:2]}", f"+1 815 555 01{d[:2]}",
            f"001 309 555 01{d[:2]}", f"(785) 555-01{d[:2]}", f"716.555.01{d[:2]}", f"+1-206-555-01{d[:2]}",
            f"+1 204 555 01{d[:2]}", f"+44 1632 960{d[:3]}", f"01632 960{d[:3]}", f"+44 (0)20 7946 0{d[:3]}",
            f"020 7946 0{d[:3]}", f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"0044 113 496 0{d[:3]}",
            f"+61 2 5550 {d[:4]}", f"(02) 5550 {d[:4]}", f"+61 491 570 {d[:3]}", f"0491 570 {d[:3]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)6 {d[:3]} {d[3:7]}",
            f"00358 18 {d[:5]}", f"+49 30 {d[:8]}", f"+49 (0)6221 {d[:6]}", f"0049 171 {d[:7]}",
            f"+48 {r.choice('56')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 58 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+31 20 {d[:3]} {d[3:7]}", f"+31 6 {d[:8]}",
            f"+33 4 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 011 {d[:7]}", f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
        )  # fmt: skip
        if r.random() < anglo:
            return r.choice(shapes[:20])
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A UK number in Ofcom's ranges kept for drama, as the British write them."""
        r, d = self.rng, self.digits(4)
        return r.choice((f"01632 960{d[:3]}", f"+44 1632 960{d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}",
                         f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"0113 496 0{d[:3]}", f"0131 496 0{d[:3]}",
                         f"(01632) 960{d[:3]}", f"0117 496 0{d[:3]}"))  # fmt: skip

    def phone_us(self) -> str:
        """A US number in the 555-01xx range kept for fiction, as Americans write it."""
        r, d = self.rng, self.digits(2)
        area = r.choice(("612", "651", "218", "309", "815", "785", "716", "206"))
        return r.choice(
            (
                f"+1 ({area}) 555-01{d}",
                f"({area}) 555-01{d}",
                f"{area}-555-01{d}",
                f"+1 {area} 555 01{d}",
                f"{area}.555.01{d}",
            )
        )

    def national_id(self, plus: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        `+` for someone past a hundred."""
        r = self.rng
        plus = plus or r.random() < 0.06
        year = r.randrange(1912, 1927) if plus else r.randrange(1930, 2012)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if plus:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 15)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 190)}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        if roll < 0.78:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.88:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.07:
            out += ", Sverige"
        elif roll < 0.08:
            out += ", Sweden"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.1):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.randrange(1, 5)} tr ö.g."
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
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
            street = f"Flat {r.randrange(1, 12)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Apt.'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        zipc = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{town}, {state} {zipc}" if lines else f"{street}, {town}, {state} {zipc}"

    def ca_address(self) -> str:
        r = self.rng
        town, prov, fsa = r.choice(CANADA)
        code = f"{fsa}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randrange(1, 10)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randrange(10)}"
        return f"{r.randrange(10, 2000)} {r.choice(('Main Street', 'Portage Avenue', 'Queen Street West', 'Lakeview Drive'))}, {town}, {prov} {code}"

    def au_address(self) -> str:
        r = self.rng
        suburb, state, code = r.choice(AUSTRALIA)
        return f"{r.randrange(1, 200)} {r.choice(('King Street', 'Brunswick Street', 'Sylvan Road', 'The Parade'))}, {suburb} {state} {code}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 120)))
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

    P full name, p the same in lower case, U in capitals, F with middle names, H the same for
    someone of the church books, HG their given names alone, G/g the given name (sometimes its short form), GU in capitals,
    N/n the short form where the name has one, S/s the surname, SU in capitals, I an initial (or
    two) and the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU
    `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing
    `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U", "H"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base == "HG":
        words, value = given, person.first
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        initials = "-".join(p[0] for p in re.split(r"[- ]", person.first)) + "."
        if middle and draw.rng.random() < 0.4:
            initials += f" {middle[0][0][0]}."
            words = surname + middle
        value = f"{initials} {person.last}"
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
    "H",
    "HG",
    "G",
    "g",
    "GU",
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::(h?[fm]?))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    born = r.randrange(1795, 1895)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "AUP": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STT": lambda: (f"{draw.sv_street()}, {r.randrange(1, 5)} tr{r.choice(('', '', ' ö.g.'))}", "ADDRESS"),
        "SN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUO": lambda: (f"{r.randrange(1, 90)} {r.choice(UK_STREETS)}, {r.choice(UK_TOWNS)[0]}", "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AN": lambda: (r.choice((draw.ca_address, draw.au_address))(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "AW": lambda: (r.choice((draw.uk_address, draw.us_address, draw.eu_address, draw.ca_address, draw.au_address))(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(0.75 if en else 0.3), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHAX": lambda: (r.choice((f"+358 18 {draw.digits(5)}", f"+358 (0)18 {draw.digits(3)} {draw.digits(3)}", f"018-{draw.digits(5)}", f"+358 457 {draw.digits(7)}")), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRP": lambda: (draw.national_id(plus=True), "NATIONAL_ID"),
        "EM": lambda: (draw.role_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027")), None),
        "OLDDATE": lambda: (r.choice((f"{day}/{month} {born}", f"{born}-{month:02d}-{day:02d}", f"{day} {MONTHS['sv'][month - 1]} {born}")), None),
        "OLDDATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {born}", f"{MONTHS['en'][month - 1]} {day}, {born}")), None),
        "YEAR": lambda: (str(born), None),
        "YEARS": lambda: (f"{born}–{born + r.randrange(18, 93)}", None),
        "EMIG": lambda: (str(r.randrange(1865, 1924)), None),
        "TAM": lambda: (f"{r.randrange(8, 12)}.{r.choice(('00', '15', '30', '45'))}", None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "DN": lambda: (str(day), None),
        "AGE": lambda: (str(r.randrange(58, 99)), None),
        "AGEC": lambda: (str(r.randrange(6, 15)), None),
        "AMT": lambda: (f"{r.randrange(20, 4800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(2, 240)}.{r.choice(('00', '50', '25', '95'))}", None),
        "USD": lambda: (f"${r.randrange(10, 400)}", None),
        "VOL": lambda: (r.choice((f"AI:{r.randrange(1, 30)}", f"AIIa:{r.randrange(1, 12)}", f"C:{r.randrange(1, 14)}", f"F II:{r.randrange(1, 9)}", f"B:{r.randrange(1, 6)}", f"E I:{r.randrange(1, 5)}", f"H I:{r.randrange(1, 4)}")), None),
        "PAGE": lambda: (r.choice((f"s. {r.randrange(2, 400)}", f"bild {r.randrange(2, 300)} / sid {r.randrange(2, 560)}", f"sid {r.randrange(2, 400)}", f"bild {r.randrange(2, 300)}")), None),
        "AID": lambda: (f"v{r.randrange(10000, 999999)}.b{r.randrange(2, 400)}.s{r.randrange(2, 700)}", None),
        "SVAR": lambda: (f"C00{r.randrange(10000, 99999)}_{r.randrange(1, 400):05d}", None),
        "REF": lambda: (r.choice((f"SE/RA/{r.randrange(100000, 999999)}/{r.randrange(1, 9):02d}", f"SE/{r.choice(('ULA', 'GLA', 'VALA', 'HLA', 'ÖLA', 'LLA'))}/{r.randrange(10000, 99999)}", f"dnr {r.randrange(10, 99)}-{r.randrange(100, 9999)}/2027", f"RA 2027-{r.randrange(100, 9999):04d}")), None),
        "REFEN": lambda: (r.choice((f"RG 11/{r.randrange(100, 5000)}", f"PROB 11/{r.randrange(1000, 2500)}", f"WO 363/{r.randrange(1, 900)}", f"ref. {r.randrange(1000, 99999)}", f"DRO/{r.randrange(10, 999)}/{r.randrange(1, 99)}")), None),
        "LIB": lambda: (r.choice((f"{r.randrange(10**13, 10**14)}", f"2{r.randrange(10**6, 10**7)}", f"L{r.randrange(100000, 999999)}")), None),
        "ISBN": lambda: (f"978-91-{r.randrange(1, 90):02d}-{r.randrange(10000, 99999)}-{r.randrange(10)}", None),
        "SHELF": lambda: (r.choice(("Kv", "Kv Värmland", "Lz", "Ibz", "Hc", "929.2", "948.5", "Ke.5", "Loc. hist.")), None),
        "CM": lambda: (f"{r.randrange(18, 900)}{r.choice((',', '.'))}{r.randrange(10)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "ORGNR": lambda: (f"8{r.randrange(10000, 99999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "PARISH": lambda: (r.choice(PARISHES), None),
        "COUNTY": lambda: (r.choice(COUNTIES), None),
        "FARMNAME": lambda: (r.choice(FARMNAMES), None),
        "PROP": lambda: (f"{r.choice(FARMNAMES)} {r.randrange(1, 12)}:{r.randrange(1, 40)}", None),
        "SHIP": lambda: (r.choice(SHIPS), None),
        "BOOK": lambda: (r.choice(TITLES_BOOKS), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "USTOWN": lambda: (", ".join(r.choice(US_TOWNS)[:2]), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "GRAVE": lambda: (f"{r.choice('ABCDEFGH')} {r.randrange(1, 400)}", None),
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
            gender = gender or ""
            woman = True if "f" in gender else False if "m" in gender else None
            if ref and ref in people:
                person = people[ref]
            else:
                historic = base in ("H", "HG") or "h" in gender
                person = draw.historic(woman) if historic else draw.person(woman)
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
    """DO's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of DO is printed."""
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
                forms["ends in -dotter"] += value.endswith("dotter")
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["lower-case given name alone"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += " tr" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with -"] += "-" in value
                forms["personnummer with +"] += "+" in value
                forms["personnummer without separator"] += value.isdigit()
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(
        f"spans: {kinds[('PERSON', 'all')] + kinds[('ADDRESS', 'all')] + kinds[('PHONE', 'all')] + kinds[('EMAIL', 'all')] + kinds[('NATIONAL_ID', 'all')]}"
    )
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(
        f"nicknames: {draw.forms['nickname']}; church-book persons: {draw.forms['church-book person']}"
    )
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row). Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_n = ids_n = 0
    pnr = Counter[str]()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        ids_n += 1
        text, last = row["text"], 0
        for span in row["spans"]:
            spans_n += 1
            start, end = span["start"], span["end"]
            problems["order or overlap"] += start < last
            last = end
            if not 0 <= start < end <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:end]
            problems["whitespace at an edge"] += value != value.strip()
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                m = re.fullmatch(r"(?:\d\d)?(\d{6})([-+]?)(\d{3})(\d)", value)
                if not m:
                    problems["personnummer form"] += 1
                    continue
                width = len(value) - len(m.group(2))
                pnr[f"{width} digits"] += 1
                pnr[{"-": "with -", "+": "with +", "": "without separator"}[m.group(2)]] += 1
                problems["personnummer check digit"] += luhn(m.group(1) + m.group(3)) != int(
                    m.group(4)
                )
    bad = sum(problems.values())
    print(f"{path.name}: {rows} rows, {ids_n} ids ({len(ids)} unique), {spans_n} spans")
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return bad


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
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(seed=args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
