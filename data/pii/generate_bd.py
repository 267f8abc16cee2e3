# ruff: noqa: E501
"""Generate held-out BD for personal-data detection (issue 15): names as the population has them,
the thirty-fifth writer.

    python data/pii/generate_bd.py          # writes data/pii/generated-heldout-bd.jsonl
    python data/pii/generate_bd.py --stats  # counts only (sizes, kinds, forms, head/tail split)
    python data/pii/generate_bd.py --check  # counts only: offsets, spans and check digits

BD's names are drawn by how often people really carry them: every name word comes from
`names_bd.py`'s weighted pools (SCB's ranks for Sweden, with the newborn lists for pupils; the US
Census 1990 per cents; the ONS rankings for the UK; and the commonest names of seventeen origins
common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the language of
the row roughly as Sweden's population, its pupils and parents are. The genres are schools and
education (`templates_bd.py`): preschool and school messages between teachers and parents
(Vklass/Unikum style), pupils' absence reports, grade appeals, student health (elevhälsa)
referrals and minutes, university admissions and thesis supervision, exam registrations, student
housing queues, adult education (SFI, Komvux), English school letters, parents' evening notes
and class lists, with addresses of every Swedish form (streets, box addresses, c/o, student
corridors), the UK's, the US's and other countries', phone numbers in every common grouping,
e-mail addresses and personnummer. Written by a helper who does not tune the detector, who read
neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any error listing nor any other
set's names, templates or rows; BD was never run through the detector by its writer, and its
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

from names_bd import (  # noqa: E402
    COMPOUNDS,
    HEAD_SHARE,
    MIXES,
    NEWCOMERS,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    plain,
)
from templates_bd import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20270112
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bd.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# --- Places (the writer's knowledge) -------------------------------------------------------

# Swedish streets of every form; some carry a person's name, and the whole street is the address.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Vasagatan",
    "Sankt Eriksgatan", "Birger Jarlsgatan", "Linnégatan", "Tegnérgatan", "Götgatan",
    "Hornsgatan", "Bellmansgatan", "Rudbecksgatan", "Järnvägsgatan", "Nygatan", "Stationsgatan",
    "Trädgårdsgatan", "Olof Palmes gata", "Övre Husargatan", "Västra Storgatan", "Sveavägen",
    "Karlavägen", "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ekvägen",
    "Granvägen", "Idrottsvägen", "Skolvägen", "Solrosvägen", "Blåklintsvägen", "Rönnbärsvägen",
    "Selma Lagerlöfs väg", "Carl Gustafs väg", "Gamla Uppsalavägen", "Norra vägen",
    "Fågelsångsvägen", "Mörbyvägen", "Kopparsvängen", "Lärksvängen", "Ängssvängen",
    "Tornsvängen", "Kastanjeallén", "Lindallén", "Björkallé", "Rosenlunds allé", "Kvarnbacken",
    "Munkbacken", "Solbacken", "Prästbacken", "Hasselbacken", "Lärkstigen", "Ekorrstigen",
    "Blåbärsstigen", "Hagtornsstigen", "Stortorget", "Järntorget", "Gustav Adolfs torg",
    "Hötorget", "Lilla torget", "Stationsplan", "Skolplan", "Brunnsplan", "Tullplan",
    "Tornfalksgränd", "Klockargränd", "Mårten Trotzigs gränd", "Smedjegränd", "Hantverkargränd",
    "Luthagsesplanaden", "Professorsslingan", "Hamnkajen", "Strandpromenaden", "Torsgatan",
)  # fmt: skip
# Postal towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 428), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Lund", 222, 227), ("Linköping", 582, 589), ("Örebro", 702, 703), ("Umeå", 903, 907),
    ("Västerås", 722, 725), ("Norrköping", 602, 603), ("Jönköping", 553, 556),
    ("Helsingborg", 252, 256), ("Karlstad", 652, 656), ("Växjö", 352, 352), ("Luleå", 972, 977),
    ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Halmstad", 302, 305), ("Kalmar", 392, 393),
    ("Kristianstad", 291, 291), ("Falun", 791, 791), ("Östersund", 831, 831), ("Skövde", 541, 541),
    ("Trollhättan", 461, 461), ("Karlskrona", 371, 371), ("Huddinge", 141, 141), ("Solna", 169, 171),
    ("Sollentuna", 191, 192), ("Täby", 183, 187), ("Nacka", 131, 131), ("Jakobsberg", 177, 177),
    ("Tumba", 147, 147), ("Handen", 136, 136), ("Spånga", 163, 163), ("Kista", 164, 164),
    ("Hägersten", 126, 129), ("Bandhagen", 124, 124), ("Angered", 424, 424),
    ("Västra Frölunda", 421, 421), ("Hisings Backa", 422, 422), ("Mölndal", 431, 431),
    ("Kungsbacka", 434, 434), ("Norsborg", 145, 145), ("Vällingby", 162, 162),
    ("Sundbyberg", 172, 174), ("Boden", 961, 961), ("Kiruna", 981, 981), ("Visby", 621, 621),
    ("Ystad", 271, 271), ("Landskrona", 261, 261), ("Motala", 591, 591), ("Nyköping", 611, 611),
    ("Alingsås", 441, 441), ("Piteå", 941, 941), ("Skellefteå", 931, 931),
    ("Örnsköldsvik", 891, 891), ("Borlänge", 781, 784), ("Ludvika", 771, 771),
    ("Trelleborg", 231, 231), ("Värnamo", 331, 331), ("Enköping", 745, 745), ("Märsta", 195, 195),
)  # fmt: skip
# Student corridors and flats, with their towns and postcode prefixes.
STUDENT_STREETS = (
    ("Flogstavägen", "Uppsala", 752), ("Rackarbergsgatan", "Uppsala", 752),
    ("Kantorsgatan", "Uppsala", 754), ("Ulleråkersvägen", "Uppsala", 756),
    ("Professorsslingan", "Stockholm", 114), ("Körsbärsvägen", "Stockholm", 114),
    ("Lappkärrsvägen", "Stockholm", 114), ("Kämnärsvägen", "Lund", 226),
    ("Magistratsvägen", "Lund", 226), ("Tunavägen", "Lund", 223), ("Mariehemsvägen", "Umeå", 906),
    ("Pedagoggränd", "Umeå", 907), ("Ryds allé", "Linköping", 584), ("Vallavägen", "Linköping", 584),
    ("Gibraltargatan", "Göteborg", 412), ("Mejerigatan", "Göteborg", 412),
    ("Porsövägen", "Luleå", 977), ("Studentvägen", "Växjö", 352),
)  # fmt: skip
UK_STREETS = (
    "Station Road", "High Street", "Church Lane", "Victoria Road", "Green Lane", "Park Avenue",
    "Manor Road", "School Lane", "Queen's Road", "Kingsway", "Albert Street", "Mill Lane",
    "The Crescent", "Orchard Close", "Beech Grove", "Ashfield Drive", "Windsor Terrace",
    "Cavendish Road", "Nelson Street", "Gladstone Avenue", "St Mary's Walk", "Hawthorn Way",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Birmingham", "B"),
    ("Sheffield", "S"), ("Nottingham", "NG"), ("Oxford", "OX"), ("Cambridge", "CB"), ("York", "YO"),
    ("Brighton", "BN"), ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Norwich", "NR"),
    ("Exeter", "EX"), ("Reading", "RG"), ("London", "SE"), ("London", "N"), ("Durham", "DH"),
    ("Newcastle upon Tyne", "NE"), ("Belfast", "BT"), ("Leicester", "LE"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old School House", "Ivy House", "Flat 2, Lime Court", "Orchard View", "The Coach House", "1 Mill Cottages")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "University Avenue", "Elm Street", "Washington Street", "Lincoln Avenue", "Park Place", "College Road", "Lakeview Drive", "Johnson Street", "N 5th Street", "Cedar Lane")  # fmt: skip
US_TOWNS = (
    ("Madison", "WI", 537), ("Ann Arbor", "MI", 481), ("Austin", "TX", 787),
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Boston", "MA", 21), ("Portland", "OR", 972),
    ("Denver", "CO", 802), ("Chicago", "IL", 606), ("Columbus", "OH", 432), ("Durham", "NC", 277),
    ("Iowa City", "IA", 522),
)  # fmt: skip
# Addresses abroad in their own countries' formats: {n} a number, {m} a small one, {zW:lo-hi} a
# postcode of W digits.
ABROAD_ADDRESSES = (
    "Schulstraße {n}, {z5:10115-10999} Berlin", "Am Markt {m}, {z5:04109-04179} Leipzig",
    "Mariahilfer Straße {n}/{m}/{n}, {z4:1060-1070} Wien", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "{n} rue Victor Hugo, {z5:69002-69009} Lyon", "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse",
    "Calle Mayor {n}, {m}º B, {z5:28013-28045} Madrid", "Via Garibaldi {n}, {z5:10122-10156} Torino",
    "Kerkstraat {n}, {z4:3511-3584} AB Utrecht", "Hämeenkatu {n} A {m}, {z5:33100-33900} Tampere",
    "Mannerheimintie {n} B {m}, {z5:00100-00290} Helsinki", "Storgata {n}, {z4:0155-0190} Oslo",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "ul. Mickiewicza {n}/{m}, 31-{z3:100-999} Kraków", "ul. Długa {n} m. {m}, 00-{z3:100-999} Warszawa",
    "Ulica Maršala Tita {n}, {z5:71000-71000} Sarajevo", "Bulevar kralja Aleksandra {n}, {z5:11000-11000} Beograd",
    "Atatürk Cad. No: {n} D: {m}, {z5:35220-35290} Konak/İzmir",
    "Str. Mihai Eminescu nr. {n}, ap. {m}, {z6:010511-010599} București",
    "Av. Providencia {n}, depto. {m}0{m}, Providencia, Santiago",
    "Flat {m}B, Lakeview Apartments, MG Road, Bengaluru {z6:560001-560099}",
    "No. {n} Zhongshan Road, Gulou District, Nanjing {z6:210008-210099}",
    "{n}/{m} Moo {m}, Sukhumvit Road, Bang Na, Bangkok {z5:10260-10260}",
    "{n} Rue Sainte-Catherine, Montréal, QC H2X 1K{m}", "{n} Smith Street, Fitzroy VIC {z4:3065-3065}",
    "Al-Mansour, Mahalla {n}, Zuqaq {m}, Dar {n}, Baghdad",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "yahoo.com", "telia.com", "hotmail.co.uk", "protonmail.com")  # fmt: skip
WORK_SV = ("edu.example.se", "skola.example.se", "student.example.se", "kommun.example.se", "gu.example.se", "uu.example.se", "vklass.example.se")  # fmt: skip
WORK_EN = ("school.example.org.uk", "example.ac.uk", "example.edu", "students.example.ac.uk", "academy.example.sch.uk")  # fmt: skip
ROLES = ("expedition", "elevhalsan", "antagning", "studentexpedition", "sfi.centrum", "komvux", "admissions", "office", "attendance", "housing", "studievagledning", "tentamen", "international")  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}  # fmt: skip
# No values: the things of the genre a careless detector could take for people or addresses.
SCHOOLS_SV = (
    "Vasaskolan", "Solbergaskolan", "Ekbackens förskola", "Förskolan Myran", "Tallbackaskolan",
    "Björkhagens skola", "Kunskapsskolan", "Internationella Engelska Skolan", "Ellen Keyskolan",
    "Viktor Rydbergs gymnasium", "Polhemsskolan", "Linnéskolan", "Tycho Braheskolan",
    "Montessoriskolan Pärlan", "Waldorfskolan", "Rudbeckianska gymnasiet", "Katedralskolan",
    "Nobelgymnasiet", "Anna Whitlocks gymnasium", "Sven Eriksonsgymnasiet", "Per Brahegymnasiet",
    "Hvitfeldtska gymnasiet", "NTI-gymnasiet", "Rinkebyskolan", "Rosengårdsskolan",
    "Hammarkullsskolan", "Sjöstadsskolan", "Malmö Latin", "Astrid Lindgrens skola", "Carlforsska gymnasiet",
)  # fmt: skip
SCHOOLS_EN = (
    "St Mary's C of E Primary School", "Oakfield Primary School", "King Edward VI Grammar School",
    "Queen Elizabeth's School", "Harris Academy Peckham", "Holy Trinity Catholic School",
    "Thomas Telford School", "Bishop Stopford's School", "Westfield High School",
    "Hillcrest Primary", "Lady Margaret School", "Ormiston Victory Academy", "Lincoln High School",
    "Roosevelt Middle School", "Jefferson Elementary", "Greenfield Community School",
)  # fmt: skip
UNIS_SV = (
    "Uppsala universitet", "Lunds universitet", "Stockholms universitet", "Göteborgs universitet",
    "Umeå universitet", "Linköpings universitet", "KTH", "Chalmers", "Karolinska Institutet",
    "Linnéuniversitetet", "Mälardalens universitet", "Högskolan Dalarna", "Södertörns högskola",
    "Malmö universitet", "Örebro universitet", "Mittuniversitetet", "Luleå tekniska universitet",
    "Karlstads universitet", "Högskolan i Gävle", "Jönköping University", "Sophiahemmet Högskola",
)  # fmt: skip
UNIS_EN = (
    "University of Leeds", "University of Bristol", "King's College London", "Durham University",
    "University of St Andrews", "Imperial College London", "Brunel University London",
    "Heriot-Watt University", "Liverpool John Moores University", "Anglia Ruskin University",
    "Oxford Brookes University", "University of Edinburgh", "University of Michigan",
    "UW–Madison", "Queen Mary University of London", "The Open University",
)  # fmt: skip
HOUSING = ("SSSB", "AF Bostäder", "Uppsala Studentkår Bostäder", "Heimstaden Studentbostäder", "Chalmers Studentbostäder", "Boplats Göteborg", "Studentstaden", "Rikshem", "Stiftelsen Stockholms Studentbostäder", "Bostaden i Umeå")  # fmt: skip
CLASSES_SV = ("1A", "2B", "3C", "4A", "5B", "6A", "7B", "8C", "9A", "F-klass", "åk 3", "förskoleklass Ekorren", "avdelning Blåbäret", "avdelning Solrosen", "NA22b", "TE23a", "EK21c", "SA22", "ES23", "IMSPR")  # fmt: skip
CLASSES_EN = ("Year 3", "Year 6", "Year 9", "Year 11", "Year 12", "4B", "7JW", "10R", "Hedgehog Class", "Oak Class", "Reception", "3rd grade", "6th grade")  # fmt: skip
SUBJECTS = ("matematik", "svenska", "engelska", "svenska som andraspråk", "historia", "biologi", "kemi", "fysik", "idrott och hälsa", "samhällskunskap", "spanska", "teknik", "musik", "bild")  # fmt: skip
COURSES = ("MATMAT01c", "SVESVE01", "ENGENG06", "SVASVA03", "1PE123", "SF1624", "ST1101", "KEMA02", "2IS070", "EC1110", "DA2005", "MVEA01", "TDDE35")  # fmt: skip
ABROAD = ("Tuzla", "Mosul", "Hargeisa", "Asmara", "Izmir", "Kraków", "Tabriz", "Herat", "Chiang Mai", "Kerala", "Valparaíso", "Cluj", "Tammerfors", "Erbil", "Damaskus", "Shanghai")  # fmt: skip


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
    joint: str = " "  # between the words of a double surname
    particle: str = ""  # `bin ` before a father's name

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.particle + self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of BD from one seeded Random; counts the head/tail split, origins and forms."""

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

    def person(self, woman: bool | None, child: bool, newcomer: bool) -> Person:
        r = self.rng
        mix = NEWCOMERS if newcomer else MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        if child and origin.kids_f is not None and origin.kids_m is not None:
            pool = origin.kids_f if woman else origin.kids_m
        given = [self.pick(pool)]
        firsts, seconds = COMPOUNDS[woman]
        if key == "swedish" and not child and given[0][0] in firsts and r.random() < 0.15:
            second = r.choice(seconds)  # Anna-Karin, Lars-Erik: common parts, counted as head
            if second != given[0][0]:
                given.append((second, "head"))
        middle: list[Word] = []
        share = {"swedish": 0.4, "us": 0.3, "uk": 0.3, "finnish": 0.3, "dutch": 0.2}.get(key, 0.04)
        if " " not in given[0][0] and r.random() < share:
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or " " in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint, particle = " ", ""
        roll = r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        elif key == "arabic" and roll < 0.05:  # Khalid bin Ahmed
            surname = [self.pick(origin.given_m)]
            particle = r.choice(("bin ", "ibn "))
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin", "romanian") and r.random() < 0.3:
            given = [(plain(w), p) for w, p in given]  # typed without its letters
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint, particle)

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
        last = plain(person.surname[0][0]).lower()
        last = re.sub(r"[^a-z]", "", last) or "x"
        local = r.choice((f"{given}.{last}", f"{given[0]}{last}", f"{given}.{last[0]}", f"{given}{last}{r.randrange(1, 99)}",
                          f"{last}.{given}", f"{given}_{last}", f"{given[:2]}{last[:2]}{r.randrange(100, 999)}"))  # fmt: skip
        work = WORK_EN if self.lang == "en" else WORK_SV
        private = (
            MAIL
            if self.lang != "en"
            else tuple(m for m in MAIL if not m.endswith((".se", "telia.com")))
        )
        return f"{local}@{r.choice(work if r.random() < 0.4 else private)}"

    def role_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLES)}@{r.choice(WORK_EN if self.lang == 'en' else WORK_SV)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0236902369")
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "90",
                "46",
                "54",
                "60",
                "63",
                "21",
                "11",
                "16",
                "35",
                "36",
            )
        )
        a3 = r.choice(
            (
                "220",
                "240",
                "413",
                "470",
                "491",
                "500",
                "520",
                "560",
                "611",
                "640",
                "660",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (12, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (3, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46-{m[1:]}-{d[:7]}"), (1, f"0046 {m[1:]} {d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08-508 {d[:3]} {d[3:5]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{a2}{d[:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (3, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (1, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r, d = self.rng, self.digits(6)
        return r.choice((f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
                         f"020 7946 0{d[:3]}", f"(020) 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}",
                         f"0161 496 0{d[:3]}", f"01632 960{d[:3]}", f"+44 131 496 0{d[:3]}", f"029 2018 0{d[:3]}"))  # fmt: skip

    def phone_us(self) -> str:
        r, d = self.rng, self.digits(3)
        area = r.choice(
            ("608", "734", "512", "612", "206", "617", "503", "303", "312", "614", "919", "319")
        )
        return r.choice((f"({area}) 555-0{d[:2]}{d[2]}", f"{area}-555-01{d[:2]}", f"+1 {area} 555 01{d[:2]}",
                         f"{area}.555.01{d[:2]}", f"1-{area}-555-01{d[:2]}", f"+1 ({area}) 555-01{d[:2]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r, d = self.rng, self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+44 7700 900{d[:3]}", f"+49 151 {d[:8]}",
            f"0049 30 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+1 (608) 555-01{d[:2]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 770 {d[:3]} {d[3:7]}",
            f"00964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}", f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+40 72{d[0]} {d[1:4]} {d[4:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+291 7 {d[:6]}", f"+93 70 {d[:3]} {d[3:7]}",
            f"+381 64 {d[:3]} {d[3:7]}", f"+385 91 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, child: bool) -> str:
        """A personnummer with a valid check digit, in one of its four written forms."""
        r = self.rng
        year = r.randrange(2008, 2023) if child else r.randrange(1952, 2006)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.38:
            return f"{date}-{serial}{check}"
        if roll < 0.72:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self, bare: float = 0.0) -> str:
        street = self.rng.choice(SV_STREETS)
        return street if self.rng.random() < bare else f"{street} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(0, 100):02d}"
        roll = r.random()
        if roll < 0.72:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.86:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]} {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def flat(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        if roll < 0.8:
            return f", {r.randrange(1, 7)} tr"
        return f", {r.choice(('uppg. B', 'vån 2', 'nb', '2 tr ö.g.'))}"

    def sv_address(self, lines: bool = False, flat: bool | None = None) -> str:
        r = self.rng
        street = self.sv_street()
        if flat or (flat is None and r.random() < 0.15):
            street += self.flat()
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def co_address(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        who = self.pick(ORIGINS["swedish"].surnames)[0]
        name = r.choice(
            (
                who,
                f"Familjen {who}",
                f"{self.pick(ORIGINS['swedish'].given_f)[0]} {who}",
                "Komvux Centrum",
                "Stadsmissionen",
            )
        )
        return f"c/o {name}{joint}{self.sv_street()}{self.flat() if r.random() < 0.3 else ''}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(2, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(2, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def student_address(self, town: bool = True) -> str:
        r = self.rng
        street, city, prefix = r.choice(STUDENT_STREETS)
        num = f"{r.randrange(1, 60)}{r.choice(('', '', 'A', 'B', 'C'))}"
        roll = r.random()
        room = (
            f"lgh {r.randrange(10, 18)}{r.randrange(1, 12):02d}"
            if roll < 0.5
            else f"rum {r.randrange(1, 9)}{r.randrange(1, 20):02d}"
            if roll < 0.8
            else f"korridor {r.randrange(1, 6)}, rum {r.randrange(1, 14)}"
        )
        out = f"{street} {num}{r.choice((', ', ' '))}{room}"
        if town:
            out += f", {prefix} {r.randrange(10, 99):02d} {city}"
        return out

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
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Apt.'))} {r.randrange(1, 40)}{r.choice(('', 'B'))}".replace(
                "# ", "#"
            )
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD_ADDRESSES)
            r.shuffle(self.abroad)
        out = self.abroad.pop()
        out = re.sub(r"\{n\}", lambda _: str(r.randrange(1, 140)), out)
        out = re.sub(r"\{m\}", lambda _: str(r.randrange(1, 9)), out)
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def initials(person: Person) -> str:
    """`Anna` -> `A.`, `Jean-Pierre` -> `J.-P.`, and as Swedes write it `Anna-Karin` -> `A-K`."""
    parts = person.first.split("-")
    if len(parts) == 1:
        return f"{parts[0][0]}."
    if person.origin == "swedish":
        return "-".join(p[0] for p in parts)
    return "-".join(f"{p[0]}." for p in parts)


def person_segments(form: str, genitive_mark: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with a middle name, M the middle
    name as an initial (`John F. Smith`), FG the two given names alone, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU
    in capitals, I initials and the surname (`A. Berg`, `J.-P. Martin`), Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, GIVEN`, E an e-mail address.
    `+s` asks for a Swedish genitive, `+'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif form == "M":
        words = given + surname
        mid = f" {middle[0][0][0]}." if middle else f" {draw.rng.choice('ABCDEFGHJKLMNPRSTW')}."
        value = f"{person.first}{mid} {person.last}"
    elif form == "FG":
        words = given + middle
        value = " ".join([person.first] + [w for w, _ in middle])
    elif form in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.08 if form == "G" else 0.35 if form == "g" else 0.85)
        value = short or person.first
        value = value.lower() if form in ("g", "n") else value
    elif form in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if form == "s" else value.upper() if form == "SU" else value
    elif form == "I":
        words, value = surname, f"{initials(person)} {person.last}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif form in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if form == "RU" else value
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if genitive_mark:
        segments.append((genitive(value, genitive_mark == "+'"), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "M",
    "FG",
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
SLOT = re.compile(r"\{([A-Za-z]+)(\+s|\+')?(?:#(\d))?(?::([a-z]+))?\}")


def filler(form: str, flags: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.choice((1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)), r.randrange(1, 29)  # school months
    year = r.randrange(2008, 2023) if "c" in flags else r.randrange(1960, 2006)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street(bare=0.2) if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(bare=0.3), "ADDRESS"),
        "STN": lambda: (draw.sv_street(), "ADDRESS"),
        "POST": lambda: (draw.sv_postal(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "CO": lambda: (draw.co_address(), "ADDRESS"),
        "COL": lambda: (draw.co_address(lines=True), "ADDRESS"),
        "AS": lambda: (draw.student_address(), "ADDRESS"),
        "ASN": lambda: (draw.student_address(town=False), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id("c" in flags), "NATIONAL_ID"),
        "EM": lambda: (draw.role_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "DOB": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month} {year}")), None),
        "DOBEN": lambda: (r.choice((f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}")), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (f"{r.randrange(1, 12)}:{r.choice(('00', '15', '30', '45'))}{r.choice(('am', 'pm', ' pm', ''))}", None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (r.choice(MONTHS["sv"][:5] + MONTHS["sv"][7:]), None),
        "WEEK": lambda: (str(r.randrange(2, 51)), None),
        "YEAR": lambda: (str(r.randrange(2026, 2029)), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(300, 9800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 900)}.{r.choice(('00', '50', '99'))}", None),
        "QUEUE": lambda: (str(r.randrange(40, 2900)), None),
        "ROOM": lambda: (r.choice((f"{r.choice('ABCDEGHKT')}{r.randrange(101, 450)}", f"{r.randrange(1, 5)}{r.randrange(10, 99)}") + (() if en else ("Polhemsalen", "Oden", "Aulan", "Tor", "Freja"))), None),
        "REF": lambda: (r.choice((f"{r.randrange(1, 9)}.{r.randrange(1, 9)}.{r.randrange(1, 9)}-{r.randrange(100, 9999)}-27", f"SU FV-{r.randrange(1000, 9999)}", f"dnr {r.randrange(10, 99)}-{r.randrange(100, 9999)}/2027", f"ÄR-{r.randrange(10000, 99999)}")), None),
        "SID": lambda: (r.choice((f"{r.randrange(200000000, 209999999)}", f"S{r.randrange(1000000, 9999999)}", f"u{r.randrange(1000000, 9999999)}")), None),
        "ANON": lambda: (f"{r.choice(('KEM', 'MAT', 'STA', 'PSY', 'JUR'))}-{r.randrange(1000, 9999)}-{r.choice('ABCDEFGHJK')}{r.choice('LMNPRSTVXZ')}{r.choice('LMNPRSTVXZ')}", None),
        "UCAS": lambda: (f"{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "ABROAD": lambda: (r.choice(ABROAD), None),
        "SCHOOL": lambda: (r.choice(SCHOOLS_SV), None),
        "SCHOOLEN": lambda: (r.choice(SCHOOLS_EN), None),
        "UNI": lambda: (r.choice(UNIS_SV), None),
        "UNIEN": lambda: (r.choice(UNIS_EN), None),
        "HOUSING": lambda: (r.choice(HOUSING), None),
        "CLASS": lambda: (r.choice(CLASSES_SV), None),
        "CLASSEN": lambda: (r.choice(CLASSES_EN), None),
        "SUBJ": lambda: (r.choice(SUBJECTS), None),
        "COURSE": lambda: (r.choice(COURSES), None),
        "GRADE": lambda: (r.choice("ABCDEF"), None),
        "YG": lambda: (str(r.randrange(1, 14)), None),
        "SFI": lambda: (r.choice("ABCD"), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    """The template with its slots filled; a slot with `#n` is the same person or value as the
    first slot of the same number (`{P#1}` ... `{G#1}`); flags: f, m a woman or a man, c a child,
    i a newcomer (an origin other than Sweden's own)."""
    people: dict[str, Person] = {}
    others: dict[tuple[str, str], Segment] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, mark, ref, flags = (
            match.group(1),
            match.group(2) or "",
            match.group(3),
            match.group(4) or "",
        )
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                woman = True if "f" in flags else False if "m" in flags else None
                person = draw.person(woman, "c" in flags, "i" in flags)
                if ref:
                    people[ref] = person
            segments = person_segments(form, mark, person, draw)
        else:
            assert not mark, template
            if ref and (form, ref) in others:
                segments = [others[(form, ref)]]
            else:
                segments = [filler(form, flags, draw)]
                if ref:
                    others[(form, ref)] = segments[0]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BD's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bd-{len(rows) + 1:04d}", "split": "heldout-bd", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


TITLES = re.compile(
    r"(?:Dr|Dr\.|Mr|Mrs|Ms|Miss|Mx|Prof\.|Professor|professor|docent|rektor|Rektor|VD|fru|herr|fröken|"
    r"sjuksköterska|skolsköterska|skolsköterskan|kurator|specialpedagog|SYV|studievägledare|mentor|"
    r"Headteacher|Head|lärare|förskollärare|vikarie|Coach|Dean|Sir)\s$"
)
PNR_FORMS = {
    r"\d{6}-\d{4}": "10 digits with hyphen", r"\d{8}-\d{4}": "12 digits with hyphen",
    r"\d{10}": "10 digits without", r"\d{12}": "12 digits without",
}  # fmt: skip


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BD is printed."""
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
                before, after = (
                    text[max(0, span["start"] - 24) : span["start"]],
                    text[span["end"] : span["end"] + 2],
                )
                forms["one word"] += " " not in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper() and len(value) > 2
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(
                    re.search(r"(?:^|\s)\w\.(?:-\w\.)?(?:\s|$)|^\w-\w\s", value)
                )
                forms["Surname, Given"] += ", " in value
                forms["particle"] += bool(
                    re.search(
                        r"(?:^|\s)(?:van|de|der|den|del|la|los|von|af|le|ap|bin|ibn|St)\s|(?:^|\s)(?:al|el|Al)-",
                        value,
                    )
                )
                forms["genitive after"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["title before"] += bool(TITLES.search(before))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with flat"] += bool(re.search(r"lgh|rum |tr\b|Flat|Apt|#\d", value))
                forms["address c/o"] += "c/o" in value
                forms["address Box"] += "Box " in value
                forms["address without number"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[next(v for k, v in PNR_FORMS.items() if re.fullmatch(k, value))] += 1
            elif span["kind"] == "PHONE":
                forms["phone +/00"] += value.startswith(("+", "00"))
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(rows: list[dict[str, object]]) -> None:
    """Counts only: every span non-empty, in bounds, trimmed, sorted, apart; check digits valid."""
    bad: Counter[str] = Counter()
    spans_seen = 0
    ids = [row["id"] for row in rows]
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        end = 0
        for span in spans:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            bad["empty"] += not stop > start
            bad["out of bounds"] += not (start >= 0 and stop <= len(text))
            bad["whitespace at an edge"] += value != value.strip()
            bad["unsorted or overlapping"] += start < end
            bad["unknown kind"] += span["kind"] not in {
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            }
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = value.replace("-", "")[-10:]
                bad["personnummer check digit"] += luhn(digits[:9]) != int(digits[9])
        bad["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        bad["unfilled slot"] += bool(re.search(r"\{[A-Za-z]+[+#:}]", text))
    bad["duplicate ids"] = len(ids) - len(set(ids))
    bad["duplicate texts"] = len(rows) - len({str(row["text"]) for row in rows})
    print(
        f"rows {len(rows)}, spans {spans_seen}; problems: "
        + ", ".join(f"{k} {v}" for k, v in bad.items())
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check offsets and check digits, print counts only"
    )
    args = parser.parse_args()
    draw = Draw(SEED)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.check:
        check(rows)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
