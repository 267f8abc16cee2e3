# ruff: noqa: E501
"""Generate held-out EO for personal-data detection (issue 15): names as the population has them, a hundred-and-twenty-fourth writer, in the world of lawyers, courts and legal aid.

    python data/pii/generate_eo.py                           # writes data/pii/generated-heldout-eo.jsonl
    python data/pii/generate_eo.py --stats                   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_eo.py --check                   # checks the written file, prints counts only
    python data/pii/generate_eo.py --seed 7 --out /tmp/x.jsonl  # a scratch seed

EO's names are drawn by how often people carry them: every name word comes from `names_eo.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row with Swedish names the largest share of Swedish and
mixed text. The genre is lawyers, courts and legal aid (`templates_eo.py`): law firms' letters and
engagement terms, summons applications and summonses, notices of hearings and witness summonses,
court records, legal aid applications, neighbours' disputes (trees, fences, noise, drainage),
disputes with landlords before the rent tribunal, notices to quit, powers of attorney and lasting
powers of attorney, estates, guardians, debt enforcement and small claims, in Swedish, English and
mixed Swedish/English. Written by a helper who does not tune the detector and who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`),
the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, nor any other set's
names, templates or rows, nor any error listing. EO was never run through the detector by its
writer and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_eo import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_eo import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270201
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-eo.jsonl"
SPLIT = "heldout-eo"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from letters and maps.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Kungsgatan", "Storgatan", "Hornsgatan", "Götgatan", "Odengatan",
    "Linnégatan", "Nygatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Tegnérgatan", "Fabriksgatan",
    "Västra Hamngatan", "Östra Storgatan", "Bruksgatan", "Trädgårdsgatan", "Repslagaregatan", "Tingshusgatan",
    "Sveavägen", "Karlavägen", "Södra Vägen", "Norra Ringvägen", "Björkvägen", "Granvägen", "Lönnvägen",
    "Rönnvägen", "Hasselvägen", "Vallmovägen", "Blåklockevägen", "Idrottsvägen", "Mossvägen", "Bäckvägen",
    "Klövervägen", "Syrenvägen", "Gröndalsvägen", "Lärkvägen", "Solrosvägen", "Valhallavägen", "Ringvägen",
    "Bergsvängen", "Ekbackssvängen", "Lärksvängen", "Rosensvängen", "Tranbärssvängen", "Kastanjeallén",
    "Tuna allé", "Hammarby allé", "Parkallén", "Lindallén", "Kvarnbacken", "Klockarbacken", "Ängsbacken",
    "Slottsbacken", "Hallonbacken", "Skolbacke", "Lärkstigen", "Blåbärsstigen", "Trollstigen",
    "Ekorrstigen", "Hagtornsstigen", "Vitsippestigen", "Ljungstigen", "Stortorget", "Järntorget",
    "Mariatorget", "Kungstorget", "Fisktorget", "Möllevångstorget", "Lilla torg", "Stationsplan",
    "Brunnsplan", "Kyrkplan", "Centrumplan", "Tingsplan", "Tullgränd", "Smedgränd", "Bagargränd",
    "Kyrkogränd", "Kopparslagargränd", "Skeppsbrokajen", "Stadsgårdskajen", "Norra Kajen", "Strandkajen",
    "Packhuskajen", "Hamnkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nacka", 131, 132),
    ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Kungsbacka", 434, 434),
    ("Varberg", 432, 432), ("Motala", 591, 591), ("Visby", 621, 621), ("Lidköping", 531, 531),
    ("Landskrona", 261, 261), ("Nyköping", 611, 611), ("Enköping", 745, 745), ("Örnsköldsvik", 891, 891),
    ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Piteå", 941, 941), ("Alingsås", 441, 441),
    ("Sandviken", 811, 811), ("Kiruna", 981, 981), ("Skellefteå", 931, 931), ("Katrineholm", 641, 641),
    ("Värnamo", 331, 331), ("Falkenberg", 311, 311), ("Härnösand", 871, 871), ("Mölndal", 431, 431),
    ("Lerum", 443, 443), ("Partille", 433, 433), ("Eslöv", 241, 241), ("Hudiksvall", 824, 824),
)  # fmt: skip
RURAL_TOWNS = (
    ("Kungsbacka", 434), ("Varberg", 432), ("Lerum", 443), ("Alingsås", 441), ("Eslöv", 241),
    ("Hudiksvall", 824), ("Sandviken", 811), ("Piteå", 941), ("Enköping", 745), ("Nyköping", 611),
    ("Värnamo", 331), ("Falkenberg", 311), ("Lidköping", 531), ("Motala", 591), ("Ängelholm", 262),
    ("Härnösand", 871), ("Katrineholm", 641), ("Trelleborg", 231), ("Skövde", 541), ("Kalmar", 393),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Bäckebo", "Hult", "Stora Mossen", "Lillåkern", "Kvarnbyn",
    "Ekeby", "Berga", "Tuna", "Skogsby", "Ängsholmen", "Mellanbyn", "Övre Gärdet", "Nedre Ön",
    "Håltorp", "Åsby", "Kärrtorp", "Sjöhagen", "Bygget", "Nybble", "Höjden",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "London Road",
    "Manor Road", "The Crescent", "Queen's Road", "Mill Lane", "Orchard Close", "Chapel Street",
    "Elm Grove", "Westfield Avenue", "Grange Road", "Meadow View", "North Street", "Green Lane",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "N"), ("Manchester", "M"), ("Leeds", "LS"), ("Birmingham", "B"),
    ("Bristol", "BS"), ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Nottingham", "NG"),
    ("Sheffield", "S"), ("Liverpool", "L"), ("Brighton", "BN"), ("Reading", "RG"), ("Oxford", "OX"),
    ("York", "YO"), ("Norwich", "NR"), ("Exeter", "EX"), ("Belfast", "BT"), ("Swansea", "SA"),
)  # fmt: skip
UK_OFFICES = ("Chancery House", "Bridge Chambers", "Riverside House", "Mercury Court", "Kingsway House", "Exchange Buildings", "Old Bank House", "St Ann's Court")  # fmt: skip
US_STREETS = ("Broadway", "Main Street", "Market Street", "Oak Avenue", "Elm Street", "Lakeview Drive", "Washington Avenue", "Pine Street", "Court Street", "Cedar Lane", "Maple Drive", "Second Avenue")  # fmt: skip
US_TOWNS = (("New York", "NY", 100), ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Minneapolis", "MN", 554), ("Boston", "MA", 21), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Atlanta", "GA", 303), ("Philadelphia", "PA", 191), ("San Diego", "CA", 921), ("Madison", "WI", 537))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Königsallee {n}, {z5:40212-40215} Düsseldorf",
    "Schillerstraße {n}, {z5:60313-60316} Frankfurt am Main", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} rue des Carmes, {z5:31000-31999} Toulouse", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Pohjoisesplanadi {n}, {z5:00100-00180} Helsinki", "Storgata {n}, {z4:0150-0190} Oslo",
    "Kongens gate {n}, {z4:7010-7099} Trondheim", "Vesterbrogade {n}, {m}. th., {z4:1620-1699} København V",
    "Søndergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid",
    "Avinguda Diagonal {n}, {z5:08006-08036} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via del Corso {n}, {z5:00186-00187} Roma",
    "Corso Buenos Aires {n}, {z5:20124-20124} Milano", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Rue de la Loi {n}, {z4:1000-1040} Bruxelles", "{n} Merrion Square, Dublin 2",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband2.com", "hotmail.co.uk", "yahoo.com")  # fmt: skip
WORK = ("example.se", "advokat.example.se", "juridik.example.se", "example.com", "lawfirm.example.co.uk", "example.org", "kommun.example.se")  # fmt: skip
COURTS_SV = (
    "Stockholms tingsrätt", "Göteborgs tingsrätt", "Malmö tingsrätt", "Uppsala tingsrätt", "Södertörns tingsrätt",
    "Attunda tingsrätt", "Solna tingsrätt", "Linköpings tingsrätt", "Örebro tingsrätt", "Västmanlands tingsrätt",
    "Helsingborgs tingsrätt", "Umeå tingsrätt", "Gävle tingsrätt", "Värmlands tingsrätt", "Lunds tingsrätt",
    "Jönköpings tingsrätt", "Sundsvalls tingsrätt", "Norrköpings tingsrätt", "Eskilstuna tingsrätt", "Halmstads tingsrätt",
)  # fmt: skip
COURTS_EN = (
    "Central London County Court", "Manchester Civil Justice Centre", "Leeds Combined Court Centre",
    "Bristol Civil and Family Justice Centre", "the First-tier Tribunal (Property Chamber)", "Birmingham County Court",
    "Cardiff Civil Justice Centre", "the County Court at Brentford", "Edinburgh Sheriff Court", "the High Court",
)  # fmt: skip
COURT_MAIL = ("stockholms.tingsratt@dom.se", "goteborgs.tingsratt@dom.se", "malmo.tingsratt@dom.se", "uppsala.tingsratt@dom.se", "sodertorns.tingsratt@dom.se", "hyresnamnden.stockholm@dom.se", "svea.hovratt@dom.se", "rattshjalpsmyndigheten@dom.se")  # fmt: skip
FIRM_MAIL = ("info", "kansli", "reception", "byra", "advokat", "mottagning", "enquiries", "office", "clientcare", "post")  # fmt: skip
FIRM_DOMAINS = ("advokatbyran.example.se", "juristbyran.example.se", "advokatfirman.example.se", "familjejuristen.example.se", "lawyers.example.co.uk", "legal.example.com", "solicitors.example.co.uk")  # fmt: skip
# The usual second halves of Swedish hyphenated given names (`Karl-Erik`, `Ann-Marie`).
SECOND_M = ("Erik", "Olof", "Göran", "Åke", "Johan", "Gustav", "Arne", "Inge")
SECOND_F = ("Marie", "Karin", "Lena", "Britt", "Louise", "Sofie", "Christin", "Lotta")
PROPERTY_PARTS = ("Eken", "Sjöboden", "Tranan", "Lärkan", "Skogsduvan", "Kvarnen", "Rönnen", "Hägern", "Bävern", "Tallen", "Ladan", "Bryggan")  # fmt: skip


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
    """Every value of EO from one seeded Random; counts the head/tail split and the origins."""

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
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.03
        ):  # Karl-Erik, Eva-Marie
            second = (r.choice(SECOND_F if woman else SECOND_M), "head")
            if second[0] != given[0][0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3}.get(key, 0.05):
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
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_MAIL)}@{self.rng.choice(FIRM_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "any") -> str:
        """A Swedish number, mobile, landline or a firm's, in the groupings people write."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(6)  # a subscriber's number starts with no 0
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "11", "36", "46"))
        area3 = r.choice(("411", "431", "455", "470", "480", "491", "500", "510", "522", "570", "611", "620", "660", "910", "920", "920", "980"))  # fmt: skip
        mobile = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        land = (
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"08{d}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0{area2}-{d[:3]} {d[3:6]}"), (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46 (0){area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0046 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        firm = (
            (3, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"0770-{d[:3]} {d[3:6]}"),
            (1, f"020-{d[:3]} {d[3:6]}"), (1, f"0771 {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        shapes = {"mobile": mobile, "land": land, "firm": firm + land}.get(kind, mobile + land)
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 33{d[:6]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"07700 900{d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"0044 161 496 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"+49 30 {d[:8]}", f"+49 (0)211 {d[:6]}", f"0049 171 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+1 (212) 555-0{d[:3]}", f"(312) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}", f"617-555-0{d[:3]}",
            f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 20 {d[:3]} {d[3:7]}",
            f"0031 6{d[:8]}", f"+39 06 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+353 1 {d[:3]} {d[3:7]}", f"+43 1 {d[:3]} {d[3:7]}", f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+93 70 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        a `+` for those past a hundred, as the ten-digit form has it."""
        r = self.rng
        year = r.randrange(1919, 1926) if old or r.random() < 0.04 else r.randrange(1935, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if year < 1926:  # a hundred or more by 2026
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 without -"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without -"] += 1
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """A company's org.nr (`556123-4567`): ten digits like a personnummer's, the third 2 or more,
        the check digit as valid; no value."""
        r = self.rng
        nine = f"5{r.choice('5569')}{r.randrange(2, 10)}{r.randrange(100, 1000)}{r.randrange(100, 1000)}"
        return f"{nine[:6]}-{nine[6:]}{luhn(nine)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        return self.postal(code, town)

    def postal(self, code: str, town: str) -> str:
        r = self.rng
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige"
        return out

    def rural(self) -> tuple[str, str]:
        r = self.rng
        town, low = r.choice(RURAL_TOWNS)
        return f"{r.choice(VILLAGES)} {r.randrange(1, 260)}", self.postal(
            f"{low}{r.randrange(90, 100)}", town
        )

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        if rural:
            street, postal = self.rural()
        else:
            street, postal = self.sv_street(), self.sv_postal()
            if lgh or r.random() < 0.14:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
            elif r.random() < 0.07:
                street += f", {r.randrange(1, 7)} tr"
            elif r.random() < 0.04:
                street += f", uppg. {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{postal}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        roll = r.random()
        joint = "\n" if lines else ", "
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, {r.randrange(2, 8)} tr{joint}{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False, office: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if office or roll < 0.15:
            street = f"{r.choice(UK_OFFICES)}, {r.randrange(1, 90)} {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 40)}{r.choice(('', '', 'A', 'B'))}, {street}"
        if not lines:
            return f"{street}, {town} {code}"
        if r.random() < 0.5:  # the flat or the house's name on its own line
            street = street.replace(", ", "\n", 1)
        return f"{street}\n{town}\n{code}"

    def uk_street(self) -> str:
        return self.rng.choice(UK_STREETS)

    def phone_uk(self, mobile: bool | None = None) -> str:
        """A UK number as people there write it (Ofcom's ranges for drama)."""
        r = self.rng
        d = self.digits(3)
        if mobile is None:
            mobile = r.random() < 0.45
        if mobile:
            return r.choice(
                (
                    f"07700 900{d}",
                    f"07700 900 {d}",
                    f"+44 7700 900{d}",
                    f"+44 (0)7700 900{d}",
                    f"07700900{d}",
                )
            )
        return r.choice((f"020 7946 0{d}", f"0161 496 0{d}", f"0113 496 0{d}", f"0117 496 0{d}", f"0121 496 0{d}", f"029 2018 0{d}",
                         f"0131 496 0{d}", f"+44 (0)20 7946 0{d}", f"+44 161 496 0{d}", f"01632 960{d}", f"(0114) 496 0{d}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            ("212", "312", "206", "612", "617", "512", "303", "503", "404", "215", "619", "608")
        )
        return r.choice(
            (
                f"({area}) 555-0{d}",
                f"{area}-555-0{d}",
                f"+1 {area} 555 0{d}",
                f"{area}.555.0{d}",
                f"1-{area}-555-0{d}",
                f"+1 ({area}) 555-0{d}",
            )
        )

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.3:
            street += f", {r.choice(('Suite', 'Apt', 'Unit', 'Floor', '#'))} {r.randrange(2, 1200)}".replace(
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
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:
            head, _, rest = out.rpartition(", ")
            return f"{head}\n{rest}"
        return out

    def property_id(self) -> str:
        """A property designation (`Lerum Ekeby 4:12`, `Tranan 7`): no address."""
        r = self.rng
        if r.random() < 0.5:
            return f"{r.choice(RURAL_TOWNS)[0]} {r.choice(VILLAGES).split()[-1]} {r.randrange(1, 40)}:{r.randrange(1, 300)}"
        return f"{r.choice(SV_TOWNS)[0]} {r.choice(PROPERTY_PARTS)} {r.randrange(1, 30)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GU the given name in capitals, N/n the short form where the name
    has one, S/s the surname, SU the surname in capitals, I an initial and the surname, II the
    initials of given and middle names and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for
    a Swedish genitive, a trailing `'` an English one.
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
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "II":
        words = middle + surname
        value = (
            " ".join(f"{w[0]}." for w in [person.first] + [w for w, _ in middle])
            + f" {person.last}"
        )
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words, value = (
            given + surname,
            f"{person.last.upper() if base == 'RU' else person.last}, {person.first}",
        )
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
    "GU",
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
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2026, 2026, 2027, 2025))

    def co() -> list[
        Segment
    ]:  # `c/o Name, street, postcode town`: c/o outside, the name its own PERSON
        person = draw.person(None)
        name = person_segments(r.choice(("P", "P", "S")), person, draw)
        joint = r.choice((", ", "\n"))
        return [
            ("c/o ", None),
            *name,
            (joint, None),
            (draw.sv_address(lines=joint == "\n", rural=False), "ADDRESS"),
        ]

    one: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUO": lambda: (draw.uk_address(office=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone("mobile"), "PHONE"),
        "PHL": lambda: (draw.phone("land"), "PHONE"),
        "PHF": lambda: (draw.phone("firm"), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUKM": lambda: (draw.phone_uk(mobile=True), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "AUST": lambda: (draw.uk_street(), "ADDRESS"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "CE": lambda: (r.choice(COURT_MAIL), "EMAIL"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]} {year}", f"den {day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}")), None),
        "TIME": lambda: (f"{r.randrange(8, 17)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(800, 90000):,} kr".replace(",", " "), None),
        "HOURS": lambda: (f"{r.randrange(1, 40)},{r.choice('05')}", None),
        "GBP": lambda: (f"£{r.randrange(90, 48000):,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(200, 90000):,}", None),
        "EUR": lambda: (f"€{r.randrange(100, 30000)}", None),
        "MAL": lambda: (f"{r.choice(('T', 'T', 'FT', 'B', 'Ä', 'Ö', 'T'))} {r.randrange(100, 19999)}-{r.choice(('25', '26', '26', '27'))}", None),
        "HN": lambda: (f"{r.randrange(1000, 29999)}-{r.choice(('25', '26', '27'))}", None),
        "DNR": lambda: (r.choice((f"{year}/{r.randrange(100, 9999):04d}", f"RH {year}/{r.randrange(1000, 99999)}", f"{r.randrange(1000, 99999)}-{year % 100}")), None),
        "CASE": lambda: (r.choice((f"K{r.randrange(10, 99)}CL{r.randrange(100, 999)}", f"J{r.randrange(10, 99)}YJ{r.randrange(100, 999)}", f"LON/00{r.choice('ABEHK')}{r.choice('ABFGK')}/LSC/{year}/{r.randrange(1, 999):04d}", f"{r.randrange(1, 9)}{r.choice('ABCDEFGH')}{r.randrange(10, 99)}{r.choice('ABCDEFGH')}{r.randrange(100, 999)}")), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 99999)}-{r.randrange(1, 99):03d}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 999999)}", f"{r.choice(('M', 'K', 'A'))}{r.randrange(10000, 99999)}")), None),
        "ORG": lambda: (draw.org_number(), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "COURT": lambda: (r.choice(COURTS_SV), None),
        "COURTEN": lambda: (r.choice(COURTS_EN), None),
        "SAL": lambda: (str(r.randrange(1, 16)), None),
        "FAST": lambda: (draw.property_id(), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "YEAR": lambda: (str(r.randrange(1998, 2026)), None),
        "M2": lambda: (str(r.randrange(24, 140)), None),
    }  # fmt: skip
    if form == "CO":
        return co()
    return [one[form]()]


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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """EO's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of EO is printed."""
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
                forms["lower-case one word in chat-like text"] += (
                    value.islower() and " " not in value
                )
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
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
                forms["address without a digit"] += not any(c.isdigit() for c in value)
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = value.replace("-", "").replace("+", "")
                forms[f"pnr {len(digits)} digits"] += 1
                forms["pnr with -"] += "-" in value
                forms["pnr with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value: {sum(empty.values())} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + ")"
    )
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
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(la for la, _ in NEGATIVES).items()))
        + ")"
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    keys = ["id", "split", "lang", "text", "spans"]
    pnr = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["split not heldout-eo"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at a span's edge"] += value != value.strip()
            problems["spans unsorted or overlapping"] += start < end
            problems["kind unknown"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = stop
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                digits = re.sub(r"[-+]", "", value)
                ten = digits[-10:]
                problems["personnummer malformed"] += not re.fullmatch(
                    r"(?:\d{8}|\d{6})[-+]?\d{4}", value
                )
                problems["personnummer check digit wrong"] += not ten.isdigit() or luhn(
                    ten[:9]
                ) != int(ten[9])
    bad = sum(problems.values())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    print(f"{rows} rows, {len(ids)} ids, {pnr} personnummer checked; problems: {bad}")
    for name, n in problems.items():
        if n:
            print(f"  {name}: {n}")
    print(f"sha256 {digest}")
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
