# ruff: noqa: E501
"""Generate held-out FW for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifty-eighth writer.

    python data/pii/generate_fw.py            # writes data/pii/generated-heldout-fw.jsonl
    python data/pii/generate_fw.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fw.py --check    # checks the written file, prints counts only
    python data/pii/generate_fw.py --seed 7 --out /tmp/fw.jsonl   # a scratch seed

FW's rows are written by a helper who tunes nothing and who read only `generate_aw.py` (for the
mechanics: the seeded `Draw`, the slot filler, the row format and `--stats`), the sections
"Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector (`src/`), its lexicons, tests or scores, nor any
other set's names, templates or rows. Every name word is drawn by how often people carry it
(`names_fw.py`: SCB's ranks, the US Census 1990 per cents, the ONS rankings, the commonest names
of origins common in Sweden; 80% from a list's head, 20% from its tail), and the genre
(`templates_fw.py`) is waste collection and recycling centres: bin collection changes,
bulky-waste pick-up bookings, missed-collection complaints, invoices for sludge emptying, driver
route logs and customer-service notes, in Swedish, English and both at once. FW was never run
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

from names_fw import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fw import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270235
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fw.jsonl"
SPLIT = "heldout-fw"
YEAR = 2027  # the year the texts are written in: a personnummer past a hundred takes `+`

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, from the writer's knowledge of Swedish towns.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Prästgatan", "Västra Storgatan", "Östra Kyrkogatan", "Hamngatan", "Trädgårdsgatan",
    "Köpmangatan", "Fabriksgatan", "Nygatan", "Tullgatan", "Slottsgatan", "Bangårdsgatan",
    "Vasagatan", "Repslagaregatan", "Klostergatan", "Lilla Nygatan", "Södra Långgatan",
    "Björkvägen", "Granvägen", "Tallvägen", "Lönnvägen", "Rönnvägen", "Aspvägen", "Ekvägen",
    "Lindvägen", "Hasselvägen", "Idrottsvägen", "Skolvägen", "Parkvägen", "Ringvägen",
    "Bruksvägen", "Industrivägen", "Kyrkvägen", "Gamla vägen", "Solvägen", "Bergsvägen",
    "Villavägen", "Sjövägen", "Stationsvägen", "Ängsvägen", "Blåklintsvägen", "Smedsvägen",
    "Kvarnvägen", "Lertagsvägen", "Hagavägen", "Norra Ringvägen", "Kopparsvängen", "Tallsvängen",
    "Ekorrsvängen", "Lärksvängen", "Bergsvängen", "Hagsvängen", "Björkallén", "Lindallén",
    "Kastanjeallén", "Hagalunds allé", "Slottsallén", "Parkallén", "Kvarnbacken", "Solbacken",
    "Kyrkbacken", "Mjölnarbacken", "Tallbacken", "Torsbergs backe", "Lärkstigen", "Blåbärsstigen",
    "Lingonstigen", "Hallonstigen", "Smultronstigen", "Vitsippestigen", "Gullvivestigen",
    "Stortorget", "Nytorget", "Lilla torget", "Hötorget", "Fisktorget", "Stationsplan",
    "Brunnsplan", "Kyrkplan", "Fiskarplan", "Smedjegränd", "Tunnbindaregränd", "Klockgränd",
    "Bryggargränd", "Ankargränd", "Södra kajen", "Norra kajen", "Hamnkajen", "Skeppsbrokajen",
    "Packhuskajen", "Ångbåtskajen",
)  # fmt: skip
# Towns and the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Nacka", 131, 131), ("Huddinge", 141, 141), ("Solna", 169, 171), ("Järfälla", 175, 177),
    ("Haninge", 136, 137), ("Tumba", 147, 147), ("Märsta", 195, 195), ("Sollentuna", 191, 192),
    # smaller towns, whose rural routes end in 9x
    ("Norrtälje", 761, 761), ("Östhammar", 742, 742), ("Mora", 792, 792), ("Leksand", 793, 793),
    ("Rättvik", 795, 795), ("Ludvika", 771, 771), ("Arvika", 671, 671), ("Säffle", 661, 661),
    ("Torsby", 685, 685), ("Sunne", 686, 686), ("Hagfors", 683, 683), ("Sala", 733, 733),
    ("Tranås", 573, 573), ("Eksjö", 575, 575), ("Ljungby", 341, 341), ("Älmhult", 343, 343),
    ("Hässleholm", 281, 281), ("Höör", 243, 243), ("Sjöbo", 275, 275), ("Simrishamn", 272, 272),
    ("Båstad", 269, 269), ("Laholm", 312, 312), ("Falkenberg", 311, 311), ("Varberg", 432, 432),
    ("Kungsbacka", 434, 434), ("Ulricehamn", 523, 523), ("Mariestad", 542, 542), ("Åmål", 662, 662),
    ("Strömstad", 452, 452), ("Lysekil", 453, 453), ("Stenungsund", 444, 444), ("Härnösand", 871, 871),
    ("Sollefteå", 881, 881), ("Kramfors", 872, 872), ("Boden", 961, 961), ("Kalix", 952, 952),
    ("Lycksele", 921, 921), ("Vilhelmina", 912, 912), ("Sveg", 842, 842), ("Ljusdal", 827, 827),
    ("Bollnäs", 821, 821), ("Söderhamn", 826, 826), ("Hedemora", 776, 776), ("Vimmerby", 598, 598),
    ("Visby", 621, 621), ("Hemse", 623, 623), ("Ystad", 271, 271), ("Eslöv", 241, 241),
)  # fmt: skip
RURAL_FROM = 36  # SV_TOWNS[RURAL_FROM:] are the smaller towns
# Villages and farms that rural addresses are written by (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Lövsta", "Östra Lövsta", "Bäckebo", "Hult",
    "Knutby", "Ytterby", "Mellanby", "Sörbyn", "Norrbyn", "Övre Backa", "Nedre Backa", "Stensjö",
    "Kvarnbo", "Åsen", "Lillhaga", "Rösta", "Tallnäs", "Björsäter", "Ekeby", "Hagby", "Berga",
    "Kättilstorp", "Storön", "Gäddvik", "Myrbacka", "Sandvik", "Vallsta", "Skräddartorp",
)  # fmt: skip
# Facility and place names that are no address (recycling centres, plants, quarters).
FACILITIES = ("Sävenäs", "Högbytorp", "Lövsta", "Gärstad", "Spillepeng", "Hovgården", "Tveta", "Sofielund", "Kretsloppsparken", "Brista", "Filborna", "Heljestorp", "Måsalycke", "Ekebro", "Blåberget")  # fmt: skip
# Property designations: no address.
ESTATES = ("Berga", "Tallen", "Lövsta", "Kvarnen", "Ekeby", "Hult", "Sjötorp", "Ön", "Gärdet", "Backa", "Rönnen", "Svalan", "Mården")  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Hawthorn Close", "Mill Lane",
    "Park Avenue", "The Crescent", "Elm Grove", "Queen's Road", "Orchard Way", "Beech Drive",
    "Manor Road", "Chapel Street", "Meadow View", "Willow Court", "Green Lane", "Albert Terrace",
    "Springfield Road", "Cedar Gardens", "North Street", "Farm Close", "Brook Lane", "Windsor Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Manchester", "M"), ("Bristol", "BS"), ("Norwich", "NR"),
    ("Cardiff", "CF"), ("Swansea", "SA"), ("York", "YO"), ("Derby", "DE"), ("Nottingham", "NG"),
    ("Leicester", "LE"), ("Reading", "RG"), ("Brighton", "BN"), ("Plymouth", "PL"), ("Exeter", "EX"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Hull", "HU"), ("Coventry", "CV"),
    ("Ipswich", "IP"), ("Lancaster", "LA"), ("Preston", "PR"), ("Carlisle", "CA"), ("Bolton", "BL"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Hill View", "Orchard House", "The Stables", "Brook Farm", "Ivy House", "The Coach House")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Pine Ridge Road", "Lakeview Drive", "Cedar Lane", "Washington Avenue", "Hillcrest Drive", "County Road 9", "Prairie View Road", "Sunset Boulevard", "River Road")  # fmt: skip
US_TOWNS = (("Columbus", "OH", 432), ("Madison", "WI", 537), ("Minneapolis", "MN", 554), ("Portland", "OR", 972), ("Austin", "TX", 787), ("Tucson", "AZ", 857), ("Raleigh", "NC", 276), ("Omaha", "NE", 681), ("Des Moines", "IA", 503), ("Spokane", "WA", 992), ("Albany", "NY", 122), ("Burlington", "VT", 54), ("Duluth", "MN", 558), ("Sioux Falls", "SD", 571), ("Asheville", "NC", 288))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:70173-70629} Stuttgart", "Gartenweg {n}, {z5:24103-24159} Kiel",
    "Mariahilfer Straße {n}/{m}, 1060 Wien", "Storgata {n}, {z4:0150-0190} Oslo",
    "Kirkeveien {n} B, {z4:0350-0370} Oslo", "Vesterbrogade {n}, {m}. th., 1620 København V",
    "Søndergade {n}, {z4:8000-8000} Aarhus C", "Mannerheimintie {n} A {m}, 00100 Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "{n} rue de la République, 6900{m} Lyon",
    "{n} avenue Jean Médecin, 0600{m} Nice", "Calle Mayor {n}, {m}º B, 280{z2:01-13} Madrid",
    "Carrer de Sants {n}, 080{z2:14-28} Barcelona", "Via Po {n}, 101{z2:21-24} Torino",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Piękna {n} m. {m}, 00-{z3:500-699} Warszawa",
    "Narva mnt {n}, 10{z3:111-152} Tallinn", "Bahnhofstrasse {n}, 80{z2:01-08} Zürich",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Rue Neuve {n}, 1000 Bruxelles",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "hotmail.se", "bredband.net", "comhem.se")  # fmt: skip
WORK = ("example.se", "kommun.example.se", "avfall.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
WORK_EN = ("example.com", "example.org", "example.co.uk", "example.net")
FIRM_LOCAL = ("kundservice", "kundtjanst", "bokning", "slam", "info", "avc", "grovavfall", "faktura", "renhallning", "trafikledning")  # fmt: skip
FIRM_LOCAL_EN = ("bins", "waste", "customerservices", "recycling", "bulky", "accounts", "enquiries", "dispatch", "septic")  # fmt: skip
UK_SITES = ("Seacroft", "Ashton Vale", "Cowley", "Hazlehead", "Millbrook", "Riverside", "Westfield", "Eastgate", "Kirkstall", "Bidston", "Pinhoe", "Meadow Lane")  # fmt: skip
PETS = ("Bamse", "Zorro", "Molly", "Sixten", "Luna", "Tassen", "Buster", "Nala", "Ozzy", "Rex", "Doris", "Kajsa")  # fmt: skip
PETS_EN = ("Max", "Bella", "Buster", "Rocky", "Daisy", "Bailey", "Milo", "Biscuit", "Tilly", "Duke")  # fmt: skip
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
# Given names that Swedes join with a hyphen (`Ann-Christin`, `Karl-Erik`): which stand first and
# which second, women's (True) and men's (False).
JOINS = {
    True: ({"Anna", "Eva", "Ann", "Britt", "Karin", "Maj", "Inga", "Lena", "Marie", "Maria", "Gun", "Ulla", "Stina", "Lisa"},
           {"Karin", "Lena", "Maria", "Marie", "Britt", "Christin", "Sofie", "Louise", "Greta", "Stina", "Lisa", "Charlotte", "Helena", "Carin"}),
    False: ({"Karl", "Lars", "Per", "Jan", "Nils", "Sven", "Bo", "Erik", "Carl", "Hans", "Olof", "Gustav", "Leif", "Claes"},
            {"Erik", "Olof", "Göran", "Åke", "Gunnar", "Johan", "Anders", "Ove", "Inge", "Arne", "Lennart", "Gustav", "Axel", "Magnus", "Henrik", "Ivar"}),
}  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's (or an org.nr's) nine digits."""
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
    """Every value of FW from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.clock = 0  # minutes past midnight in a driver's log; each row starts it again

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
        if key == "swedish" and given[0][0] in JOINS[woman][0] and r.random() < 0.15:  # Eva-Lena
            for _ in range(30):  # a second name drawn as well, of those that such names join
                second = self.pick(pool)
                if second[0] != given[0][0] and second[0] in JOINS[woman][1]:
                    given.append(second)
                    break
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
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            self.forms["typed plain"] += 1
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
            plain(person.surname[0][0]).lower().replace(" ", "").replace("-", "").replace("'", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        work = WORK_EN if self.lang == "en" else WORK
        return f"{local}@{r.choice(work if r.random() < 0.35 else MAIL)}"

    def firm_email(self, english: bool) -> str:
        r = self.rng
        local = r.choice(FIRM_LOCAL_EN if english else FIRM_LOCAL)
        domain = r.choice(("council.example.org.uk", "example.gov.uk", "example.co.uk", "example.com") if english
                          else ("avfall.example.se", "kommun.example.se", "vatten-avfall.example.se", "example.se", "renhallning.example.se"))  # fmt: skip
        return f"{local}@{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)  # no subscriber number starts with 0
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
                "35",
                "46",
                "11",
                "42",
            )
        )
        a3 = r.choice(("247", "250", "280", "295", "346", "380", "413", "418", "480", "498", "500", "510", "522", "531", "570", "590", "611", "620", "643", "650", "660", "670", "691", "920", "921", "950", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46-{m[1:]}-{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"(08) {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a2}{d[:7]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"(0{a3}) {d[:3]} {d[3:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's or a council's number: switchboards and service numbers."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
                         f"0771-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00",
                         f"0{r.choice(('13', '19', '21', '54', '90', '60'))}-{d[:2]} {d[2:4]} 00", f"020-{d[:3]} {d[3:6]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"+44 (0)113 496 0{d[:3]}", f"0044 20 7946 0{d[:3]}",
            f"+49 151 {d[:8]}", f"+49 (0)711 {d[:6]}", f"0049 30 {d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (612) 555-0{d[:3]}", f"+1 608 555 0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:6]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+93 7{d[:2]} {d[2:5]} {d[5:8]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A UK number as people there write it."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"07700 900{d[:3]}", f"07{r.choice('3456789')}{d[:2]} {d[2:5]}{d[5:7]}{r.randrange(10)}", f"0113 496 0{d[:3]}",
                         f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"01632 960{d[:3]}", f"0300 {d[:3]} {d[3:7]}",
                         f"+44 (0)117 496 0{d[:3]}", f"+44 7{d[:3]} {d[3:6]}{d[6]}{r.randrange(10)}{r.randrange(10)}", f"(0131) 496 0{d[:3]}",
                         f"01904 {d[:6]}", f"0345 {d[:3]} {d[3:7]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            (
                "612",
                "608",
                "503",
                "512",
                "919",
                "402",
                "515",
                "509",
                "518",
                "802",
                "218",
                "605",
                "828",
            )
        )
        d = self.digits(3)
        return r.choice((f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}", f"1-{area}-555-0{d}", f"1-800-555-0{d}"))  # fmt: skip

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` for someone past a hundred in the 10-digit form."""
        r = self.rng
        year = r.randrange(1915, 1927) if r.random() < 0.1 else r.randrange(1930, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        old = YEAR - year >= 100
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8 or old:
            return f"{date}{'+' if old else '-'}{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """An org.nr (no personal data): 55xxxx-xxxx or a municipality's 212000-xxxx."""
        r = self.rng
        nine = r.choice((f"55{self.digits(7)}", f"212000{self.digits(3)}", f"769{self.digits(6)}"))
        return f"{nine[:6]}-{nine[6:]}{luhn(nine)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        if roll < 0.06:
            return f"{code[:3]} {code[3:]}  {town.upper()}"
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.88 else f"{code} {town}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else " " if "," not in street and r.random() < 0.06 else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}{chr(10) if lines else ', '}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 24)}, {street}"
        elif roll < 0.36:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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

    def log_time(self) -> str:
        """The next time in a log: every entry after the one before."""
        r = self.rng
        self.clock = (
            r.randrange(6 * 60, 8 * 60, 5) if not self.clock else self.clock + r.randrange(5, 45, 5)
        )
        hour, minute = divmod(min(self.clock, 23 * 60), 60)
        return f"{hour:02d}{':' if self.lang == 'en' else '.'}{minute:02d}"

    def plate(self) -> str:
        r = self.rng
        letters = "".join(r.choice(PLATE_LETTERS) for _ in range(3))
        return f"{letters} {r.randrange(10, 99)}{r.choice(PLATE_LETTERS + '0123456789')}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals (form fields), I an initial and the surname, Gi the
    given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail
    address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
        else form
    )
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
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def amount_sv(r: Random, low: int, high: int) -> str:
    value = r.randrange(low, high)
    whole = f"{value:,}".replace(",", " ")
    return r.choice((f"{whole} kr", f"{whole},00 kr", f"{whole}:-", f"SEK {whole}"))


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AT": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "UKSTN": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "UKST": lambda: (f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "FMAIL": lambda: (draw.firm_email(en), "EMAIL"),
        "FMAILEN": lambda: (draw.firm_email(True), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.{YEAR}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} {YEAR}")), None),
        "ISO": lambda: (f"{YEAR}-{month:02d}-{day:02d}", None),
        "TIME": lambda: (f"{r.randrange(5, 20):02d}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '05', '15', '20', '30', '40', '45', '50'))}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "FEW": lambda: (str(r.randrange(1, 9)), None),
        "AMT": lambda: (amount_sv(r, 180, 14000), None),
        "AMTS": lambda: (amount_sv(r, 45, 900), None),
        "TL": lambda: (draw.log_time(), None),
        "HOURS": lambda: (f"{r.randrange(7, 11)}{'am' if en else '.00'}–{r.randrange(4, 8) if en else r.randrange(16, 20)}{'pm' if en else '.00'}", None),
        "GBP": lambda: (f"£{r.randrange(15, 480)}.{r.choice(('00', '50', '20', '75', '99'))}", None),
        "USD": lambda: (f"${r.randrange(40, 900)}.{r.choice(('00', '50', '95'))}", None),
        "M3": lambda: (r.choice(("1,5", "2", "3", "4,5", "6", "8", "10")), None),
        "KG": lambda: (str(r.randrange(5, 900)), None),
        "LITER": lambda: (r.choice(("140", "190", "240", "370", "660")), None),
        "KUND": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"{r.randrange(10, 99)}-{r.randrange(10000, 99999)}", f"K{r.randrange(100000, 999999)}")), None),
        "CASE": lambda: (r.choice((f"{YEAR}-{r.randrange(1000, 99999):05d}", f"#{r.randrange(100000, 999999)}", f"ÄR{r.randrange(100000, 999999)}", f"CRM-{r.randrange(10000, 99999)}")), None),
        "INV": lambda: (str(r.randrange(10000000, 99999999)), None),
        "OCR": lambda: ("".join(str(r.randrange(10)) for _ in range(r.choice((10, 12, 14)))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORG": lambda: (draw.org_number(), None),
        "PLATE": lambda: (draw.plate(), None),
        "UKPLATE": lambda: (f"{r.choice('ABCDEFGHKLMNOPRSVWY')}{r.choice('ABCDEFGHJKLMNPRSTUVWXY')}{r.randrange(10, 27)} {''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}", None),
        "ROUTE": lambda: (f"{r.randrange(1, 40)}{r.choice(('', '', 'A', 'B'))}", None),
        "FAC": lambda: (r.choice(FACILITIES), None),
        "SITE": lambda: (r.choice(UK_SITES), None),
        "FAST": lambda: (f"{r.choice(ESTATES)} {r.randrange(1, 30)}:{r.randrange(1, 250)}", None),
        "PET": lambda: (r.choice(PETS_EN if en else PETS), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "CODE": lambda: (str(r.randrange(1000, 9999)), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.clock = 0
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
    """FW's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, text, True) for lang, text in NEGATIVES]
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
        assert not negative or not spans, template
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FW is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["street alone"] += not any(ch.isdigit() for ch in value)
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 60) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[
                    f"personnummer {len(digits)} digits{' with ' + ('+' if '+' in value else '-') if not value.isdigit() else ''}"
                ] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items())))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def valid_personnummer(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if not digits.isdigit() or len(digits) not in (10, 12) or len(value) - len(digits) > 1:
        return False
    ten = digits[-10:]
    month, day = int(ten[2:4]), int(ten[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn(ten[:9]) == int(ten[9])


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    pnr = 0
    raw = path.read_bytes()
    for line in raw.decode("utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id duplicated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            problems["span keys"] += list(span) != ["start", "end", "kind"]
            problems["empty or out of bounds"] += not 0 <= start < stop <= len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                problems["personnummer check digit"] += not valid_personnummer(value)
    sizes = Counter(json.loads(line)["lang"] for line in raw.decode("utf-8").splitlines())
    problems["sizes"] += dict(sizes) != SIZES
    print(f"{path.name}: {rows} rows, {spans_seen} spans, {pnr} personnummer, {len(ids)} ids")
    print(f"sha256 {hashlib.sha256(raw).hexdigest()}")
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
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
