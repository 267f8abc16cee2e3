# ruff: noqa: E501
"""Generate held-out HC for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninetieth writer.

    python data/pii/generate_hc.py          # writes data/pii/generated-heldout-hc.jsonl
    python data/pii/generate_hc.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hc.py --check  # checks the written file, prints counts only

HC's names are drawn by how often people really carry them: every name word comes from
`names_hc.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is prisons and probation services (`templates_hc.py`): visiting lists and visit
bookings, probation officers' notes, parcels and money sent in, release planning and staff
rosters, with the addresses, phone numbers and personnummer such papers carry. Written by a
helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics), the
write-ups of AW and CL and the first line of `generated-heldout-u.jsonl`; neither the detector's
rules, lexicons and tagger nor any error listing nor any other set's names and templates. HC was
never run through the detector by its writer, and its names were not checked against rung's
lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_hc import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hc import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270267
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hc.jsonl"
SPLIT = "heldout-hc"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them (the writer's knowledge).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Nygatan",
    "Västra Långgatan", "Hantverkargatan", "Fabriksgatan", "Trädgårdsgatan", "Bangårdsgatan", "Södra Förstadsgatan",
    "Götgatan", "Vasagatan", "Tegnérgatan", "Slottsgatan", "Norra Strandgatan", "Repslagargatan", "Gjutargatan",
    "Björkvägen", "Industrivägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Granvägen",
    "Ekvägen", "Nämndemansvägen", "Bergsvägen", "Solvägen", "Västra vägen", "Gamla Kumlavägen", "Hagalundsvägen",
    "Folkparksvägen", "Idrottsvägen", "Skiftesvägen", "Kopparsvängen", "Lärkträdssvängen", "Hagsvängen",
    "Bäckasvängen", "Kastanjeallé", "Karlavägen", "Fridhemsallé", "Lindallén", "Björkallén", "Rosenlundsallé",
    "Solbacken", "Kvarnbacken", "Prästbacken", "Tingsbacke", "Kapellbacken", "Lärkstigen", "Blåbärsstigen",
    "Hästhagsstigen", "Smultronstigen", "Stortorget", "Lilla torget", "Fisktorget", "Järntorget", "Mariatorget",
    "Smedjegränd", "Tunnbindaregränd", "Kyrkogränd", "Stationsplan", "Brunnsplan", "Tingsplan", "Mästarplan",
    "Norra Kajen", "Hamnkajen", "Skeppsbrokajen", "Södra kajen", "Strandvägen", "Fågelsångsvägen", "Rönnvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (lowest, highest).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Norrtälje", 761, 761), ("Nyköping", 611, 611), ("Kumla", 692, 692), ("Tidaholm", 522, 522),
    ("Skänninge", 596, 596), ("Härnösand", 871, 871), ("Haparanda", 953, 953), ("Ystad", 271, 271),
    ("Mariestad", 542, 542), ("Motala", 591, 591), ("Enköping", 745, 745), ("Arvika", 671, 671),
    ("Kiruna", 981, 981), ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Hudiksvall", 824, 824),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Varberg", 432, 432), ("Piteå", 941, 941),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Huddinge", 141, 141), ("Sollentuna", 191, 192),
    ("Järfälla", 175, 177), ("Haninge", 136, 137), ("Tumba", 147, 147), ("Nacka", 131, 132),
)  # fmt: skip
# Villages for rural addresses (`Västanby 24`), with a small town's rural postcode (xxx 9x).
VILLAGES = (
    "Västanby", "Norrby", "Sörby", "Östra Ryd", "Lillåker", "Hallsberga", "Ekeby", "Gräsmyr", "Storsund",
    "Bjursås", "Kallmora", "Åsbo", "Mossebo", "Tallåsen", "Nedre Gärdsjö", "Runemo", "Krokstad", "Hede",
)  # fmt: skip
ANSTALTER = (
    "Kumla", "Hall", "Tidaholm", "Saltvik", "Salberga", "Norrtälje", "Österåker", "Hällby", "Skogome",
    "Mariefred", "Storboda", "Täby", "Ystad", "Kristianstad", "Skänninge", "Hinseberg", "Haparanda",
    "Brinkeberg", "Sagsjön", "Rödjan", "Asptuna", "Kolmården", "Tygelsjö", "Kalmar", "Karlskoga", "Ljustadalen",
)  # fmt: skip
HAKTEN = ("Kronoberg", "Huddinge", "Sollentuna", "Göteborg", "Malmö", "Uppsala", "Örebro", "Jönköping", "Luleå", "Umeå", "Karlstad", "Helsingborg", "Växjö", "Falun")  # fmt: skip
AVDELNINGAR = ("B2", "C3", "A1", "D4", "H", "K2", "Ek", "Lärk", "Gran", "Tall", "Norr", "Syd", "Öst 2", "Väst 1", "Sluss", "Utsluss", "Bas")  # fmt: skip
COURTS = ("Stockholms tingsrätt", "Göteborgs tingsrätt", "Malmö tingsrätt", "Attunda tingsrätt", "Södertörns tingsrätt", "Uppsala tingsrätt", "Örebro tingsrätt", "Solna tingsrätt", "Svea hovrätt", "Hovrätten för Västra Sverige")  # fmt: skip
COURTS_EN = ("Leeds Crown Court", "Southwark Crown Court", "Manchester Magistrates' Court", "Cardiff Crown Court", "Bristol Crown Court", "Highbury Corner Magistrates' Court")  # fmt: skip
PRISONS_UK = ("Wandsworth", "Pentonville", "Brixton", "Birmingham", "Leeds", "Manchester", "Durham", "Liverpool", "Bristol", "Cardiff", "Swansea", "Nottingham", "Lewes", "Exeter", "Norwich", "Hull", "Thameside", "Berwyn", "Oakwood", "Altcourse", "Winchester", "Bedford", "Leicester", "Elmley")  # fmt: skip
ORGS = ("Stadsmissionen", "Fryshuset", "Röda Korset", "Frälsningsarmén", "Svenska kyrkan", "Myrorna", "Matmissionen", "PostNord", "Skanska", "Peab", "Coop", "Hemköp", "Lagerhuset i Kumla", "parkförvaltningen", "Återvinningscentralen Norr", "Fastighetsservice Norr AB", "Korskyrkan", "Sjöräddningssällskapet", "Bilpool Syd", "Returbutiken", "Samhall")  # fmt: skip
ORGS_EN = ("Tesco", "Asda", "Network Rail", "the Co-op", "Royal Mail", "Iceland", "Screwfix", "Amazon", "Veolia", "the Salvation Army", "Crisis Skylight", "Target", "FedEx", "UPS", "Goodwill", "Habitat for Humanity", "a builders' merchant")  # fmt: skip
REGIONS = ("Stockholm", "Öst", "Nord", "Väst", "Syd", "Mitt")
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Road", "Queen Street", "Mill Lane",
    "Albert Road", "Manor Way", "Kings Road", "New Street", "Chapel Street", "Grove Road", "Moorland Avenue",
    "Westgate", "Brook Close", "Spring Gardens", "Coronation Street", "Holly Crescent", "Oak Terrace",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Liverpool", "L"), ("Birmingham", "B"), ("Bristol", "BS"),
    ("Sheffield", "S"), ("Newcastle upon Tyne", "NE"), ("Nottingham", "NG"), ("Leicester", "LE"),
    ("Cardiff", "CF"), ("Swansea", "SA"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Norwich", "NR"),
    ("Hull", "HU"), ("Plymouth", "PL"), ("Coventry", "CV"), ("Durham", "DH"), ("Wakefield", "WF"),
    ("Doncaster", "DN"), ("Preston", "PR"), ("Bradford", "BD"), ("London", "SE"), ("London", "E"), ("London", "N"),
)  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Washington Avenue", "Cedar Lane", "Lincoln Road", "Sunset Boulevard", "Park Place", "Ridge Road", "Lakeview Drive", "Pine Street", "West 3rd Street", "Highland Avenue")  # fmt: skip
US_TOWNS = (("Columbus", "OH", 432), ("Phoenix", "AZ", 850), ("Atlanta", "GA", 303), ("Houston", "TX", 770), ("Denver", "CO", 802), ("Sacramento", "CA", 958), ("Minneapolis", "MN", 554), ("Baltimore", "MD", 212), ("Tulsa", "OK", 741), ("Albuquerque", "NM", 871), ("Richmond", "VA", 232), ("Milwaukee", "WI", 532), ("Louisville", "KY", 402), ("Spokane", "WA", 992))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-10999} Berlin", "Lindenstraße {n}, {z5:50674-50999} Köln",
    "Kerkstraat {n}, {z4:1011-1099} {L2} Amsterdam", "Storgata {n}, {z4:0150-0190} Oslo",
    "Thorvald Meyers gate {n}, 0555 Oslo", "Nørregade {n}, {m}. th., {z4:1100-1199} København K",
    "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere", "ul. Długa {n}/{m}, 00-{z3:200-299} Warszawa",
    "ul. Piotrkowska {n}, 90-{z3:001-999} Łódź", "{n} rue de la République, {z5:69001-69009} Lyon",
    "Calle Mayor {n}, {m}º B, {z5:28001-28099} Madrid", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Rue Haute {n}, {z4:1000-1000} Bruxelles", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Gedimino pr. {n}, LT-{z5:01100-01110} Vilnius", "Ilica {n}, {z5:10000-10000} Zagreb",
    "Ferhadija {n}, {z5:71000-71000} Sarajevo", "Knez Mihailova {n}, {z5:11000-11000} Beograd",
    "Mannerheimintie {n} B {m}, {z5:00100-00290} Helsinki", "Calle de Alcalá {n}, {z5:28001-28099} Madrid",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband2.com")  # fmt: skip
WORK = {
    "sv": ("kriminalvarden.example.se", "frivarden.example.se", "kommun.example.se", "example.se", "advokat.example.se"),
    "en": ("justice.example.gov.uk", "probation.example.gov.uk", "example.co.uk", "doc.example.gov", "example.com"),
    "mixed": ("kriminalvarden.example.se", "justice.example.gov.uk", "example.se", "kommun.example.se", "example.com"),
}  # fmt: skip
FUNCTION_BOXES = ("besok", "besoksgruppen", "frivarden", "registrator", "anhorig", "paket", "intag", "transport")  # fmt: skip


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
    given: list[Word]  # one word, or a hyphenated given name from a list (`Ann-Marie`)
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
    """Every value of HC from one seeded Random; counts the head/tail split and the origins."""

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
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "latin": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.02:
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

    def email(self, person: Person, work: bool | None = None) -> str:
        r = self.rng

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        if work is None:
            work = r.random() < 0.45
        return f"{local}@{r.choice(WORK[self.lang] if work else MAIL)}"

    def function_box(self) -> str:
        r = self.rng
        place = re.sub(r"[^a-z]", "", plain(r.choice(ANSTALTER)).lower())
        return f"{r.choice(FUNCTION_BOXES)}.{place}@{WORK['sv'][0]}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(
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
                "23",
                "26",
                "11",
                "35",
                "36",
                "42",
                "46",
            )
        )
        area3 = r.choice(("155", "171", "176", "220", "221", "240", "271", "291", "410", "454", "480", "502", "510", "522", "586", "611", "620", "660", "910", "920", "980"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.6 else self.landline()

    def office(self) -> str:
        """A switchboard's or an office's number: 010, 0771, 020 and city lines."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:3]} {d[3:5]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"010 {d[:3]} {d[3:5]} {d[5:]}", self.landline(),
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"07{r.choice('4579')}{d[:2]} {d[2:]}{r.randrange(10)}", f"+44 7{r.choice('4579')}{d[:2]} {d[2:]}{r.randrange(10)}",
            f"07700 900{d[:3]}", f"020 7946 {d[:4]}", f"0113 496 {d[:4]}", f"0161 496 {d[:4]}",
            f"(0121) 496 {d[:4]}", f"+44 (0)29 2018 {d[:4]}", f"0044 141 496 {d[:4]}", f"0117 {d[:3]} {d[3:7]}",
            f"+44 20 {d[:4]} {d[4:7]}{r.randrange(10)}", f"01904 {d[:6]}", f"0300 047 {d[:4]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            (
                "614",
                "602",
                "404",
                "713",
                "303",
                "916",
                "612",
                "410",
                "918",
                "505",
                "804",
                "414",
                "502",
                "509",
            )
        )
        shapes = (
            f"({area}) 555-{d}", f"{area}-555-{d}", f"+1 {area} 555 {d}", f"{area}.555.{d}",
            f"1-{area}-555-{d}", f"+1 ({area}) 555-{d}", f"({area}) {r.randrange(201, 999)}-{d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+31 6 {d[:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"00964 770 {d[:3]} {d[3:7]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+387 6{d[0]} {d[1:4]} {d[4:7]}", f"+381 6{d[0]} {d[1:4]} {d[4:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+93 7{d[:2]} {d[2:5]} {d[5:8]}", f"+66 8{d[0]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+370 6{d[:2]} {d[2:7]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without `-`; `+` past a hundred."""
        r = self.rng
        roll = r.random()
        year = (
            r.randrange(1918, 1927)
            if roll < 0.07
            else r.randrange(1930, 1950)
            if roll < 0.17
            else r.randrange(1950, 2009)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year < 1927 and roll < 0.7:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, low, high = r.choice(SV_TOWNS[24:48])  # the smaller towns
            code = f"{r.randrange(low, high + 1)}{r.randrange(90, 100)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.82 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 60)}"

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

    def box(self, lines: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(0, 99):02d}"
        postal = f"{code[:3]} {code[3:]} {town}"
        return f"Box {r.randrange(10, 9999)}{chr(10) if lines else ', '}{postal}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.3:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        elif roll < 0.38:
            street = f"{r.choice(('Rose Cottage', 'The Lodge', 'Beech House', 'Flat 2, Albion House'))}, {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GX the given name as written in a form, N/n the short form where
    the name has one, S/s the surname, SU the surname in capitals, I an initial and the surname,
    II the initials of the given and middle names and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address, EW one at a
    work domain. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
        else form
    )
    if base in ("E", "EW"):
        return [(draw.email(person, work=True if base == "EW" else None), "EMAIL")]
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
    elif base == "GX":
        words, value = given, person.first
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
    elif base == "II":
        words = middle + surname
        value = (
            " ".join(f"{w[0]}." for w in [person.first] + [m for m, _ in middle])
            + f" {person.last}"
        )
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
    "GX",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "I",
    "II",
    "Gi",
    "R",
    "RU",
    "E",
    "EW",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    uk_letters = "ABCDEFGHJKLMNPRSTUVWXY"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "POST": lambda: (draw.sv_postal(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "STUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHO": lambda: (draw.office(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.function_box(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027")), None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1955, 2006)}", None),
        "TIME": lambda: (f"{r.randrange(6, 21):02d}.{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(7, 19)}:{r.choice(('00', '15', '30', '45'))}", f"{r.randrange(1, 12)}{r.choice(('am', 'pm', '.30pm'))}")), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "NUM": lambda: (str(r.randrange(2, 240)), None),
        "HOURS": lambda: (f"{r.choice((40, 60, 75, 80, 100, 120, 160, 200))} timmar", None),
        "AMT": lambda: (f"{r.randrange(50, 4800):,} kr".replace(",", " "), None),
        "USD": lambda: (f"${r.randrange(10, 400)}.{r.choice(('00', '50', '25'))}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "DNR": lambda: (r.choice((f"2027-{r.randrange(100, 19999)}", f"{r.randrange(1, 9)}.{r.randrange(1, 9)}.{r.randrange(1, 9)}-{r.randrange(100, 9999)}/2027")), None),
        "MAL": lambda: (f"B {r.randrange(100, 19999)}-{r.choice(('26', '27'))}", None),
        "KOLLI": lambda: (r.choice((f"RR{draw.digits(9)}SE", f"00373{draw.digits(15)}", f"{draw.digits(3)} {draw.digits(3)} {draw.digits(3)} SE")), None),
        "CELL": lambda: (f"{r.choice('ABCDH')}{r.randrange(101, 340)}", None),
        "AVD": lambda: (r.choice(AVDELNINGAR), None),
        "UNIT": lambda: (f"{r.randrange(1, 9)}{r.choice('ABCD')}", None),
        "UKNUM": lambda: (f"{r.choice('AG')}{r.randrange(1000, 9999)}{r.choice(uk_letters)}{r.choice(uk_letters)}", None),
        "USNUM": lambda: (r.choice((str(r.randrange(100000, 999999)), f"A{r.randrange(100000, 999999)}", f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}")), None),
        "CRN": lambda: (f"{r.choice('XDE')}{r.randrange(100000, 999999)}", None),
        "ANST": lambda: (r.choice(ANSTALTER), None),
        "HAKTE": lambda: (r.choice(HAKTEN), None),
        "COURT": lambda: (r.choice(COURTS), None),
        "COURTEN": lambda: (r.choice(COURTS_EN), None),
        "PRISONUK": lambda: (r.choice(PRISONS_UK), None),
        "ORG": lambda: (r.choice(ORGS), None),
        "ORGEN": lambda: (r.choice(ORGS_EN), None),
        "REGION": lambda: (r.choice(REGIONS), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
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
    """HC's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of HC is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(
        "personnummer: "
        + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items()) if k.startswith("pnr"))
    )
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_total = 0
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
            spans_total += 1
            start, stop = span["start"], span["end"]
            problems["empty span"] += stop <= start
            problems["out of bounds"] += not (start >= 0 and stop <= len(text))
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ok = digits.isdigit() and len(digits) in (10, 12)
                problems["personnummer check digit"] += not ok or luhn(digits[-10:-1]) != int(
                    digits[-1]
                )
    total = sum(problems.values())
    print(f"checked {rows} rows, {spans_total} spans, {len(ids)} distinct ids: {total} problems")
    for name, n in problems.items():
        if n:
            print(f"  {name}: {n}")
    return total


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
