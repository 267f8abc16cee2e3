# ruff: noqa: E501
"""Generate held-out EL for personal-data detection (issue 15): names as the population has them,
a hundred-and-twenty-first writer. Every name word comes from `names_el.py`'s weighted pools (SCB's
ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the commonest names
of the origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the
language of the row roughly as the people named in such text are. The genre is dental care
(`templates_el.py`): Folktandvården and private clinics, appointment bookings and reminders,
treatment plans and cost estimates, high-cost protection and dental subsidies, hygienists and
dental nurses, referrals, journal notes, invoices and debt collection, complaints to the patient
board, insurance claims for dental injuries, elderly and children's care, with addresses, phone
numbers, e-mail addresses and personnummer. Written by a helper who does not tune the detector
and who read only `generate_aw.py` (for the mechanics), two write-ups of earlier sets and the keys
of heldout-u; not `src/`, `lexicons/`, `tests/`, any other set's names, templates or rows, nor any
error listing. EL was never run through the detector by its writer and its names were not checked
against anything in the repository. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_el.py          # writes data/pii/generated-heldout-el.jsonl
    python data/pii/generate_el.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_el.py --check  # checks the written file, prints counts only
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

from names_el import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_el import CLINICS, DAYS, EN, MIXED, MONTHS, NEGATIVES, PRIVATE, SV  # noqa: E402

SEED = 20270198
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-el.jsonl"
SPLIT = "heldout-el"
KEYS = ("id", "split", "lang", "text", "spans")
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Köpmangatan", "Skolgatan",
    "Kyrkogatan", "Järnvägsgatan", "Bangårdsgatan", "Nygatan", "Västra Storgatan", "Östra Hamngatan",
    "Södra Vägen", "Linnégatan", "Sveavägen", "Fleminggatan", "Götgatan", "Hornsgatan",
    "Sankt Eriksgatan", "Tegnérgatan", "Repslagargatan", "Bryggargatan", "Smedjegatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Rönnvägen", "Hasselvägen", "Ekvägen",
    "Idrottsvägen", "Skogsvägen", "Ringvägen", "Parkvägen", "Solvägen", "Ängsvägen", "Bäckvägen",
    "Tegelbruksvägen", "Centralvägen", "Nya Vägen", "Ugglevägen", "Lärkvägen", "Svalvägen",
    "Blåklockevägen", "Prästvägen", "Mejerivägen", "Kvarnvägen", "Hamnvägen", "Gamla Vägen",
    "Stensvängen", "Hagsvängen", "Lindsvängen", "Myrsvängen", "Videsvängen",
    "Lindallén", "Kastanjeallén", "Björkallén", "Valhallavägen", "Stationsallén", "Ekallé",
    "Lingonbacken", "Klockarbacken", "Tallbacken", "Slottsbacken", "Kvarnbacken", "Sandbacken",
    "Blåbärsstigen", "Ekorrstigen", "Vallmostigen", "Smultronstigen", "Rävstigen", "Trastigen",
    "Stortorget", "Lilla Torget", "Fisktorget", "Kornhamnstorg", "Järntorget", "Södra torget",
    "Brunnsplan", "Kyrkplan", "Stationsplan", "Skolplan", "Medborgarplatsen", "Marknadsplan",
    "Tullgränd", "Prästgränd", "Garvargränd", "Fiskargränd", "Bagargränd", "Snickargränd",
    "Norra Kajen", "Södra Kajen", "Skeppsbrokajen", "Hamnkajen", "Strandkajen", "Packhuskajen",
    "Strandvägen", "Sjövägen", "Åvägen", "Backstugevägen", "Industrigatan", "Verkstadsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the range the town's own codes fall in).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Västerås", 721, 725), ("Örebro", 702, 705), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 153), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Lidköping", 531, 531), ("Motala", 591, 591), ("Landskrona", 261, 261),
    ("Nyköping", 611, 611), ("Ängelholm", 262, 262), ("Kiruna", 981, 981), ("Visby", 621, 621),
    ("Varberg", 432, 432), ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Hudiksvall", 824, 824),
    ("Ystad", 271, 271), ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Alingsås", 441, 441),
    ("Kungsbacka", 434, 434), ("Sandviken", 811, 811), ("Nacka", 131, 131), ("Solna", 169, 171),
    ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Haninge", 136, 137), ("Mölndal", 431, 431),
    ("Kungälv", 442, 442), ("Partille", 433, 433), ("Lerum", 443, 443), ("Strängnäs", 645, 645),
    ("Arvika", 671, 671), ("Vetlanda", 574, 574), ("Värnamo", 331, 331), ("Oskarshamn", 572, 572),
    ("Västervik", 593, 593), ("Trelleborg", 231, 231), ("Eslöv", 241, 241), ("Hässleholm", 281, 281),
    ("Karlshamn", 374, 374), ("Nässjö", 571, 571), ("Köping", 731, 731), ("Avesta", 774, 774),
    ("Ludvika", 771, 771), ("Bollnäs", 821, 821), ("Söderhamn", 826, 826), ("Härnösand", 871, 871),
    ("Lycksele", 921, 921), ("Boden", 961, 961), ("Gällivare", 982, 982), ("Falkenberg", 311, 311),
    ("Falköping", 521, 521), ("Mariestad", 542, 542), ("Vänersborg", 462, 462), ("Karlskoga", 691, 691),
    ("Kristinehamn", 681, 681), ("Norrtälje", 761, 761), ("Märsta", 195, 195), ("Åkersberga", 184, 184),
    ("Lidingö", 181, 181), ("Tyresö", 135, 135), ("Järfälla", 175, 177), ("Simrishamn", 272, 272),
    ("Höör", 243, 243), ("Älmhult", 343, 343), ("Nybro", 382, 382), ("Borgholm", 387, 387),
    ("Strömstad", 452, 452), ("Sveg", 842, 842), ("Jokkmokk", 962, 962), ("Kalix", 952, 952),
)  # fmt: skip
RURAL_FROM = 38  # towns from this index on are small enough to have farm and village addresses
# Villages and hamlets as rural addresses have them (`Västanby 24`, `Norrbyn 112`).
VILLAGES = (
    "Västanby", "Östanby", "Norrbyn", "Söderby", "Mellanby", "Kyrkbyn", "Bäckebo", "Kvarnbo",
    "Lövåsen", "Gräsmyr", "Björkhagen", "Sjöändan", "Nybyn", "Övre Åsen", "Nedre Gärdet",
    "Stensjö", "Tallåsen", "Hultet", "Ekeby", "Torpet", "Skogsby", "Rödmyra", "Lillsjön",
    "Ängebo", "Furuby", "Holmsund gård", "Granlunda", "Myrbacka",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Park Crescent", "Mill Lane",
    "Elm Grove", "Orchard Way", "Beech Drive", "Chapel Street", "King Street", "Regent Street",
    "Marlborough Road", "The Crescent", "Hawthorn Avenue", "Albert Terrace", "Queen's Road",
    "St John's Close", "London Road", "Manor Road", "Windsor Avenue", "Castle Street", "Bath Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"),
    ("Cardiff", "CF"), ("Swansea", "SA"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Aberdeen", "AB"),
    ("Newcastle upon Tyne", "NE"), ("Nottingham", "NG"), ("Leicester", "LE"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("Brighton", "BN"), ("Exeter", "EX"), ("Plymouth", "PL"), ("York", "YO"),
    ("Norwich", "NR"), ("Liverpool", "L"), ("Reading", "RG"), ("Southampton", "SO"),
    ("Belfast", "BT"), ("London", "SE"), ("London", "NW"), ("London", "W"), ("London", "E"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Flat 3, Kingsley House", "Orchard House", "2 The Mews", "Unit 4, Riverside Business Park", "Ground Floor, Dental House")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "2nd Avenue", "Lincoln Avenue", "Park Avenue", "Lakeview Drive", "Cedar Lane", "Highland Avenue", "N 45th Street", "W Broadway", "Washington Street", "Sunset Boulevard", "Pine Ridge Road")  # fmt: skip
US_TOWNS = (("Seattle", "WA", 981), ("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Boston", "MA", 21), ("Brooklyn", "NY", 112), ("Columbus", "OH", 432), ("Madison", "WI", 537), ("Phoenix", "AZ", 850), ("Atlanta", "GA", 303), ("Raleigh", "NC", 276), ("San Diego", "CA", 921), ("Sioux Falls", "SD", 571))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Lindenstraße {n}, {z5:50667-51149} Köln",
    "Goethestraße {n}, {z5:80331-81929} München", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse", "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0151-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V",
    "Søndergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:001-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º, {z5:28001-28080} Madrid",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Via Garibaldi {n}, {z5:10121-10156} Torino", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Rua Augusta {n}, 1100-{z3:048-300} Lisboa",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "me.com")  # fmt: skip
WORK = ("example.se", "tandvard.example.se", "regionen.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
WORK_EN = ("example.com", "example.org", "example.co.uk", "nhs.example.uk", "dental.example.com")  # fmt: skip
# The second parts of Swedish double given names (`Anna-Karin`, `Eva-Lena`, `Karl-Erik`, `Per-Olof`).
SECOND_F = ("Karin", "Lena", "Marie", "Maria", "Britt", "Christin", "Louise", "Sofie", "Lotta", "Kristin", "Mari", "Li")  # fmt: skip
SECOND_M = ("Erik", "Olof", "Åke", "Göran", "Johan", "Anders", "Gustav", "Ove", "Arne", "Inge", "Gunnar", "Olov")  # fmt: skip
FIRM_LOCALS = ("reception", "bokning", "info", "faktura", "kundtjanst", "tandvard", "akut", "kansli", "registrator", "patientnamnden", "lab", "ortodonti")  # fmt: skip
FIRM_LOCALS_EN = ("reception", "appointments", "info", "accounts", "billing", "frontdesk", "practice.manager", "referrals", "hello", "claims")  # fmt: skip


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
    """Every value of EL from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.last_person: Person | None = None

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.05
        ):  # Anna-Karin, Per-Olof
            for _ in range(
                8
            ):  # the second parts Swedes combine: Karin, Lena, Marie; Erik, Olof, Åke
                second = self.pick(pool)
                if second[0] in (SECOND_F if woman else SECOND_M) and second[0] != given[0][0]:
                    given.append(second)
                    break
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.3, "uk": 0.3, "finnish": 0.3}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in "-".join(w for w, _ in given).split("-") or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
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
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        work = WORK_EN if self.lang == "en" else WORK
        return f"{local}@{r.choice(work if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        if self.lang == "en":
            return f"{r.choice(FIRM_LOCALS_EN)}@{r.choice(('smiledental.example.com', 'example.co.uk', 'dentalcare.example.com', 'example.org'))}"
        return f"{r.choice(FIRM_LOCALS)}@{r.choice(('ftv.example.se', 'tandvard.example.se', 'tandlakarna.example.se', 'example.se', 'klinik.example.se'))}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "11", "90", "60", "35", "36", "42", "46", "54", "63", "23", "26"))  # fmt: skip
        area3 = r.choice(("121", "140", "142", "150", "155", "171", "220", "240", "250", "280", "300", "320", "340", "370", "380", "410", "413", "451", "454", "470", "480", "486", "498", "500", "510", "522", "523", "552", "570", "586", "611", "640", "650", "660", "690", "710", "730", "920", "950", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (9, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0{area2}{d}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46 (0){area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A clinic's or an agency's number: a switchboard, a region's 010 number, 020 or 0771."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:3]} {d[3:5]} 00", f"010 {d[:3]} {d[3:5]} {d[5:]}",
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}",
            f"0{r.choice(('18', '13', '19', '21', '90', '46', '40'))}-{d[:2]} {d[2:4]} 00",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"07{r.choice('45789')}{d[:2]} {d[2:8]}",
            f"020 7946 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"+44 131 496 0{d[:3]}", f"0044 117 496 0{d[:3]}", f"(0117) 496 0{d[:3]}",
            f"+1 (206) 555-0{d[:3]}", f"(612) 555-0{d[:3]}", f"+1 312 555 0{d[:3]}", f"555-0{d[:3]}",
            f"206.555.0{d[:3]}", f"1-800-555-0{d[:3]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}",
            f"+49 (0)30 {d[:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}",
        )  # fmt: skip
        if (
            self.lang == "en" and r.random() < 0.75
        ):  # English text: mostly numbers of the UK and the US
            return r.choice(shapes[:16])
        return r.choice(shapes)

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        someone past a hundred has `+` in the 10-digit form."""
        r = self.rng
        old = old or (not child and r.random() < 0.05)
        year = (
            r.randrange(1914, 1927)
            if old
            else r.randrange(2008, 2023)
            if child
            else r.randrange(1930, 2010)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return (
                f"{date}+{serial}{check}" if roll < 0.75 else f"{year // 100}{date}-{serial}{check}"
            )
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

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 97)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
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
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 450)}".replace(
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU
    the surname and GU the given name in capitals (separate form fields), I an initial and the
    surname, II every initial and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (form not in PERSON_FORMS and form.endswith("s")) else form
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
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "II":
        words = surname + middle
        value = " ".join([person.first[0] + "."] + [w[0] + "." for w, _ in middle] + [person.last])
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
    "G",
    "g",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "GU",
    "I",
    "II",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ACL": lambda: (draw.sv_address(lines=True, rural=False), "ADDRESS"),
        "ASE": lambda: (f"{draw.sv_street()}, {draw.sv_postal(country=True)}", "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
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
        "PNRC": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1938, 2020)}", None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '20', '30', '40', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(300, 42000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 3200)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "USD": lambda: (f"${r.randrange(40, 6000):,}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"2027-{r.randrange(1000, 99999):05d}", f"F{r.randrange(10000, 99999)}", f"#{r.randrange(10000, 99999)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(10, 17)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORG": lambda: (f"{r.choice(('556', '559', '232', '802'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "TOOTH": lambda: (str(r.choice((11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 31, 32, 33, 34, 35, 36, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48))), None),
        "FRONT": lambda: (str(r.choice((11, 12, 21, 22, 31, 32, 41, 42))), None),
        "CODE": lambda: (str(r.choice((101, 103, 107, 108, 111, 112, 113, 114, 121, 123, 124, 201, 204, 205, 206, 301, 302, 311, 321, 341, 342, 401, 404, 501, 502, 701, 702, 703, 704, 706, 800, 801, 802, 822, 850))), None),
        "CDT": lambda: (r.choice(("D0120", "D0150", "D0210", "D0274", "D1110", "D1120", "D2391", "D2740", "D2950", "D3330", "D4341", "D4910", "D7140", "D7210", "D9944")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "CLINIC": lambda: (r.choice(CLINICS), None),
        "PRIV": lambda: (r.choice(PRIVATE), None),
        "WEEK": lambda: (str(r.randrange(2, 52)), None),
        "PATNR": lambda: (f"{r.randrange(10, 99)}-{r.randrange(10000, 99999)}", None),
        "ROOM": lambda: (str(r.randrange(1, 9)), None),
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
        base = base[:-1] if base not in PERSON_FORMS and base.endswith("s") else base
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
    """EL's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-el-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def national_id_valid(value: str) -> bool:
    """A personnummer's form and check digit: YYMMDD or YYYYMMDD, `-` or `+` or nothing, NNNC."""
    match = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not match:
        return False
    if match.group(3) == "+" and match.group(1):
        return False
    digits = match.group(2) + match.group(4)
    return luhn(digits[:9]) == int(digits[9])


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    pnr_forms: Counter[str] = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys not as heldout-u's"] += tuple(row) != KEYS
            problems["split not heldout-el"] += row["split"] != SPLIT
            problems["lang unknown"] += row["lang"] not in SIZES
            problems["id repeated"] += row["id"] in ids
            ids.add(row["id"])
            text, end = row["text"], 0
            for span in row["spans"]:
                start, stop, kind = span["start"], span["end"], span["kind"]
                value = text[start:stop]
                problems["kind unknown"] += kind not in KINDS
                problems["span empty"] += stop <= start
                problems["span out of bounds"] += not (0 <= start <= stop <= len(text))
                problems["whitespace at an edge"] += bool(value) and (value != value.strip())
                problems["spans unsorted or overlapping"] += start < end
                end = max(end, stop)
                if kind == "NATIONAL_ID":
                    ok = national_id_valid(value)
                    problems["personnummer invalid"] += not ok
                    digits = re.sub(r"\D", "", value)
                    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
                    pnr_forms[f"{len(digits)} digits, {sep}"] += 1
    problems["rows not as SIZES"] += rows != sum(SIZES.values())
    bad = sum(problems.values())
    print(f"{rows} rows, {len(ids)} ids checked; problems: {bad}")
    for name, count in sorted(problems.items()):
        if count:
            print(f"  {name}: {count}")
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr_forms.items())))
    return 1 if bad else 0


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of EL is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
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
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not any(c.isdigit() for c in value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                sep = "+" if "+" in value else "-" if "-" in value else "none"
                forms[f"personnummer {len(digits)} digits, {sep}"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (negatives {len(NEGATIVES)})"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed (write elsewhere with --out)"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
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
