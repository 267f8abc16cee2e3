# ruff: noqa: E501
"""Generate held-out DD for personal-data detection (issue 15): names as the population has them,
an eighty-seventh writer; the genre is emergency services and their aftermath.

    python data/pii/generate_dd.py           # writes data/pii/generated-heldout-dd.jsonl
    python data/pii/generate_dd.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dd.py --check   # checks the written file, prints counts only

DD's names are drawn by how often people really carry them: every name word comes from
`names_dd.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. Written by a helper who does not tune the detector and who read only `generate_aw.py` (for
the mechanics, copied here), two sections of `docs/privacy.md` (Held-out AW and CL) and the first
line of `generated-heldout-u.jsonl`: neither the detector's rules, lexicons and tagger nor any
other set's names, templates or rows nor any error listing; DD was never run through the detector
by its writer, and its names were not checked against rung's lexicons. The genre
(`templates_dd.py`): 112/999/911 call logs and dispatch notes, fire and rescue incident reports,
ambulance run sheets, police incident and lost-property reports, search and rescue, home
insurance claims after fires and floods, municipal crisis support and temporary housing, in
Sweden, Norway, Denmark, the UK, Ireland and the US, in Swedish, English and both at once.
Stdlib only; one seeded Random: same seed, same bytes.
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

from names_dd import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dd import DAYS, EN, MIXED, MONTHS, NEGATIVES, PETS, SV  # noqa: E402

SEED = 20270164
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dd.jsonl"
SPLIT = "heldout-dd"
KEYS = ("id", "split", "lang", "text", "spans")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Nygatan", "Västra Långgatan", "Fabriksgatan", "Köpmangatan", "Tullgatan", "Repslagargatan",
    "Södra Vägen", "Rönnvägen", "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Ängsvägen",
    "Sjövägen", "Villavägen", "Idrottsvägen", "Industrivägen", "Gamla Riksvägen", "Solvägen",
    "Älvvägen", "Bäckvägen", "Kvarnvägen", "Ekbacksvägen", "Hagvägen", "Blåklintsvägen",
    "Vallmovägen", "Smultronvägen", "Ringvägen", "Mossvägen", "Brandstationsvägen", "Brovägen",
    "Lingonsvängen", "Åkersvängen", "Skogssvängen", "Hjortsvängen", "Kastanjeallé", "Linnéallén",
    "Parkallén", "Stationsallén", "Kvarnbacken", "Skolbacken", "Kyrkbacken", "Sjöbacken",
    "Tranbärsstigen", "Mjölnarstigen", "Gökstigen", "Hasselstigen", "Ekorrstigen", "Stortorget",
    "Lilla Torget", "Fisktorget", "Nytorget", "Stationsplan", "Kyrkplan", "Sjöplan", "Bagargränd",
    "Färgargränd", "Klockargränd", "Smedjegränd", "Norra Kajen", "Hamnkajen", "Skeppsbrokajen",
    "Södra Kajen", "Strandpromenaden", "Fältvägen", "Myrstigen", "Ljungvägen", "Gruvvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (cities, and towns that have had floods,
# forest fires and storms).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 705), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Halmstad", 302, 302),
    ("Växjö", 352, 352), ("Karlstad", 652, 656), ("Sundsvall", 852, 857), ("Luleå", 972, 975),
    ("Östersund", 831, 832), ("Trollhättan", 461, 462), ("Kalmar", 392, 393), ("Falun", 791, 791),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Örnsköldsvik", 891, 891), ("Visby", 621, 621),
    ("Kiruna", 981, 981), ("Hudiksvall", 824, 824), ("Ljusdal", 827, 827), ("Bollnäs", 821, 821),
    ("Mora", 792, 792), ("Sala", 733, 733), ("Arvika", 671, 671), ("Kalix", 952, 952),
    ("Sollefteå", 881, 881), ("Kramfors", 872, 872), ("Piteå", 941, 941), ("Borlänge", 781, 784),
    ("Ludvika", 771, 771), ("Alingsås", 441, 441), ("Kungsbacka", 434, 434), ("Lidköping", 531, 531),
    ("Katrineholm", 641, 641), ("Enköping", 745, 745), ("Härnösand", 871, 871), ("Ystad", 271, 271),
    ("Trelleborg", 231, 231), ("Hallstahammar", 734, 734), ("Sandviken", 811, 811),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanbyn 14`, `Norrgården 3`).
VILLAGES = (
    "Västanbyn", "Östanbyn", "Norrbyn", "Söderby", "Kvarnbyn", "Nybodarna", "Storbyn", "Lillbyn",
    "Övre Bäck", "Nedre Bäck", "Sörgården", "Norrgården", "Bergsgården", "Skogsgården", "Sjötorp",
    "Ängsbo", "Ekeby", "Mossebo", "Tjärnberg", "Åsen", "Hedby", "Bodarna", "Myrbacka", "Rotsjö",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Park Road", "Mill Lane",
    "Riverside Close", "Bridge Street", "Albert Road", "Queens Road", "Manor Way", "Canal Street",
    "Water Lane", "Market Street", "Hollins Road", "Marsh Lane", "Castle Terrace", "Newton Crescent",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Carlisle", "CA"), ("Hebden Bridge", "HX"), ("Cockermouth", "CA"),
    ("Shrewsbury", "SY"), ("Doncaster", "DN"), ("Leeds", "LS"), ("Glasgow", "G"), ("Cardiff", "CF"),
    ("Exeter", "EX"), ("Sheffield", "S"), ("Bristol", "BS"), ("Manchester", "M"), ("Hull", "HU"),
    ("Tewkesbury", "GL"), ("Perth", "PH"), ("Swansea", "SA"), ("Norwich", "NR"),
)  # fmt: skip
LONDON = ("SE15", "E17", "N19", "SW9", "NW6", "W12", "E3", "SE18")
IE_PLACES = (
    ("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Dublin 15", "D15"), ("Cork", "T12"),
    ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Ballina, Co. Mayo", "F26"),
    ("Letterkenny, Co. Donegal", "F92"), ("Dundalk, Co. Louth", "A91"), ("Kilkenny", "R95"),
    ("Athlone, Co. Westmeath", "N37"), ("Clonmel, Co. Tipperary", "E91"), ("Bandon, Co. Cork", "P72"),
)  # fmt: skip
IE_STREETS = ("Main Street", "O'Connell Street", "Church Road", "Bridge Street", "Mary Street", "Patrick Street", "Castle Road", "Riverside Drive", "Oakpark Avenue", "Strand Road")  # fmt: skip
IE_ESTATES = ("Ashgrove", "Cluain Mhuire", "Woodlands", "Hazelwood", "Beechpark", "Ard na Gréine")
US_STREETS = ("Elm Street", "Oak Avenue", "Maple Drive", "Cedar Lane", "River Road", "Bayou Drive", "Lakeview Terrace", "Pine Ridge Road", "Washington Avenue", "Canyon Road", "Mill Creek Drive", "Prairie View Lane")  # fmt: skip
US_TOWNS = (
    ("Tulsa", "OK", 741), ("Cedar Rapids", "IA", 524), ("Houston", "TX", 770), ("New Orleans", "LA", 701),
    ("Asheville", "NC", 288), ("Sacramento", "CA", 958), ("Boulder", "CO", 803), ("Fort Myers", "FL", 339),
    ("Lincoln", "NE", 685), ("Dayton", "OH", 454), ("Spokane", "WA", 992), ("Minneapolis", "MN", 554),
    ("Duluth", "MN", 558), ("Paradise", "CA", 959), ("Lake Charles", "LA", 706),
)  # fmt: skip
NO_ADDR = (
    "Storgata {n}, 0{z3:155-190} Oslo", "Kirkeveien {n} B, 0{z3:360-370} Oslo", "Strandgaten {n}, 50{z2:10-18} Bergen",
    "Fjellveien {n}, 5{z3:019-059} Bergen", "Sjøgata {n}, 80{z2:06-10} Bodø", "Nordre gate {n}, 70{z2:11-14} Trondheim",
    "Elvegata {n}, 32{z2:55-59} Larvik", "Skolegata {n}, 26{z2:15-19} Lillehammer", "Havnegata {n}, 90{z2:08-10} Tromsø",
)  # fmt: skip
DK_ADDR = (
    "Vesterbrogade {n}, {m}. th., 1620 København V", "Nørrebrogade {n}, {m}. tv., 2200 København N",
    "Søndergade {n}, 8000 Aarhus C", "Algade {n}, 4000 Roskilde", "Strandvejen {n}, 2900 Hellerup",
    "Vestergade {n}, 5000 Odense C", "Havnegade {n}, 6700 Esbjerg", "Kirkevej {n}, 7100 Vejle",
    "Østergade {n}, {m}. sal, 9000 Aalborg",
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:53111-53229} Bonn", "Lindenstraße {n}, {z5:01067-01328} Dresden",
    "Am Markt {n}, {z5:54290-54296} Trier", "Kirkkokatu {n} A {m}, {z5:90100-90140} Oulu",
    "Rantakatu {n}, {z5:20100-20900} Turku", "ul. Powstańców {n}/{m}, 50-{z3:100-999} Wrocław",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Dorpsstraat {n}, {z4:6511-6546} {L2} Nijmegen",
    "Rue de la Gare {n}, {z5:67000-67200} Strasbourg", "Via Garibaldi {n}, {z5:16121-16167} Genova",
    "Calle Mayor {n}, {m}º, {z5:46001-46025} Valencia", "Ringstraße {n}, {z4:6020-6080} Innsbruck",
)  # fmt: skip
INCIDENTS: dict[str, tuple[Callable[[Random, int], str], ...]] = {
    "sv": (
        lambda r, y: f"{y}-{r.randrange(1, 99999):05d}", lambda r, y: f"SOS {r.randrange(1000000, 9999999)}",
        lambda r, y: f"5000-K{r.randrange(100000, 999999)}-{y % 100}", lambda r, y: f"RTJ {y}/{r.randrange(10, 9999)}",
        lambda r, y: f"Dnr {y}/{r.randrange(100, 9999)}",
    ),
    "en": (
        lambda r, y: f"CAD {r.randrange(100000, 999999)}", lambda r, y: f"INC{r.randrange(1000000, 9999999)}",
        lambda r, y: f"{r.randrange(100, 999)}-{r.randrange(10, 31):02d}{r.randrange(1, 13):02d}{y % 100}",
        lambda r, y: f"{y % 100}-{r.randrange(10000, 99999)}", lambda r, y: f"CAD-{y}-{r.randrange(1000, 99999):05d}",
    ),
}  # fmt: skip
INCIDENTS["mixed"] = INCIDENTS["sv"] + INCIDENTS["en"]
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "hotmail.co.uk", "eircom.net", "online.no", "mail.dk")  # fmt: skip
WORK = ("example.se", "kommun.example.se", "rtj.example.se", "forsakring.example.se", "example.com", "example.org", "example.co.uk", "example.ie", "example.no", "example.dk")  # fmt: skip
FUNCTION = ("skador", "registrator", "kundservice", "krisstod", "info", "kontakt", "claims", "hittegods", "boende", "socialjour", "dispatch", "records", "housing", "support", "tillsyn", "post")  # fmt: skip


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
    called: list[str | None] = field(default_factory=list)  # the short form, once decided

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of DD from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}
        self.clock: int | None = None  # minutes past midnight of the row's last time
        self.style = 0  # how the row writes its times

    def time(self, english: bool) -> str:
        """The row's next time: a log's times go forward, a few minutes at a time."""
        r = self.rng
        if self.clock is None:
            self.clock, self.style = r.randrange(24 * 60), r.randrange(4)
        else:
            self.clock += r.randrange(2, 36)
        h, m = divmod(self.clock % (24 * 60), 60)
        if not english:
            return f"{h:02d}{'.' if self.style < 2 else ':'}{m:02d}"
        twelve = f"{(h - 1) % 12 + 1}:{m:02d}"
        return (
            f"{h:02d}:{m:02d}",
            f"{h:02d}{m:02d}hrs",
            f"{twelve} {'AM' if h < 12 else 'PM'}",
            f"{twelve}{'am' if h < 12 else 'pm'}",
        )[self.style]

    def deal(self, name: str, cards: tuple[str, ...]) -> str:
        """A card of a shuffled deck: every card before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(cards)
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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Anna-Karin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        share = {
            "swedish": 0.45,
            "us": 0.35,
            "uk": 0.3,
            "irish": 0.2,
            "norwegian": 0.3,
            "danish": 0.3,
        }
        if r.random() < share.get(key, 0.05):
            middle = [self.pick(pool)]
        elif key == "somali" and r.random() < 0.35:  # the father's name between
            middle = [self.pick(origin.given_m)]
        if middle and middle[0][0] in (w for w, _ in given):
            middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us", "danish", "norwegian") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one; decided
        at the first call, so that a row calls one person the same throughout."""
        if not person.called:
            forms = NICKNAMES.get(person.origin, {}).get(person.first)
            person.called.append(
                self.rng.choice(forms) if forms and self.rng.random() < share else None
            )
        if person.called[0]:
            self.forms["nickname"] += 1
        return person.called[0]

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
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def email_firm(self) -> str:
        r = self.rng
        domains = {"sv": WORK[:4], "en": WORK[4:], "mixed": WORK}[self.lang]
        return f"{r.choice(FUNCTION)}@{r.choice(domains)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "any") -> str:
        """A Swedish number in the groupings people write: a mobile, a landline or a firm's."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "11", "36", "42", "46", "90", "26", "60", "63", "54", "23", "35", "33", "16", "44"))  # fmt: skip
        area3 = r.choice(("920", "470", "480", "455", "910", "980", "498", "250", "650", "651", "224", "570", "923", "620", "612", "911", "240", "564", "520", "611"))  # fmt: skip
        mobile = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0046{m[1:]}{d[:7]}"),
        )  # fmt: skip
        land = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area2}{d[:7]}"), (1, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:3]} {d[3:6]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"(0{area3}) {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        firm = (
            (3, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"), (2, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"020-{d[:3]} {d[3:6]}"), (1, f"0775-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:2]} {d[2:4]} 00"),
            (2, f"08-{d[:3]} {d[3:5]} 00"), (1, f"0{area3}-{d[:3]} 00"),
        )  # fmt: skip
        shapes = {"mobile": mobile, "land": land, "firm": firm, "any": mobile + mobile + land}[kind]
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_country(self, country: str) -> str:
        """A number of Norway, Denmark, the UK, Ireland or the US, as people there write it."""
        r = self.rng
        d = self.digits(8)
        shapes = {
            "no": (f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
                   f"22 {d[:2]} {d[2:4]} {d[4:6]}", f"+47 55 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 {r.choice('49')}{d[:7]}",
                   f"{r.choice('49')}{d[:7]}"),
            "dk": (f"{r.choice(('20', '22', '26', '30', '40', '42', '50', '60'))} {d[:2]} {d[2:4]} {d[4:6]}",
                   f"+45 {r.choice(('20', '28', '31', '41', '51', '61'))} {d[:2]} {d[2:4]} {d[4:6]}",
                   f"+45 {d[:4]} {d[4:8]}", f"0045 {d[:8]}", f"{r.choice(('33', '35', '38', '86', '98'))}{d[:6]}"),
            "uk": (f"07{d[:3]} {d[3:8]}0", f"+44 7{d[:3]} {d[3:6]}{d[6:8]}1", f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}",
                   f"0161 496 0{d[:3]}", f"+44 (0)1904 {d[:6]}", f"01228 {d[:6]}", f"(01422) {d[:6]}", f"07700 900{d[:3]}",
                   f"0044 7{d[:3]} {d[3:8]}0", f"0300 123 {d[:4]}", f"029 2018 {d[:4]}", f"0141 496 0{d[:3]}"),
            "ie": (f"087 {d[:3]} {d[3:7]}", f"+353 86 {d[:3]} {d[3:7]}", f"(01) {d[:3]} {d[3:7]}", f"01 {d[:3]} {d[3:7]}",
                   f"+353 21 {d[:3]} {d[3:7]}", f"091 {d[:6]}", f"083-{d[:7]}", f"00353 85 {d[:7]}", f"(094) 96 {d[:5]}"),
            "us": (f"({r.choice(('918', '319', '713', '504', '828', '916', '303', '239', '402', '937', '509', '612'))}) 555-0{d[:3]}",
                   f"+1 {r.choice(('212', '415', '504', '713'))} 555 0{d[:3]}", f"{r.choice(('918', '504', '303'))}-555-0{d[:3]}",
                   f"555-0{d[:3]}", f"{r.choice(('713', '612', '828'))}.555.0{d[:3]}",
                   f"+1 (918) 555-0{d[:3]}"),
        }[country]  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from further abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"0358 9 {d[:3]} {d[3:7]}", f"+49 170 {d[:7]}",
            f"+49 (0)228 {d[:6]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:3]} {d[3:7]}", f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+291 7 {d[:6]}", f"+91 98{d[:3]} {d[3:8]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit; `+` for those past a hundred."""
        r = self.rng
        old = r.random() < 0.1
        year = r.randrange(1918, 1927) if old else r.randrange(1932, 2026)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["personnummer +"] += 1
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.7
                else f"{year // 100}{date}-{serial}{check}"
            )
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
        out = str(min(int(r.expovariate(1 / 15)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
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
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.18
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        code = self.sv_postal()
        return (
            f"Box {r.randrange(10, 9999)}, {code}"
            if r.random() < 0.75
            else f"Box {r.randrange(10, 999)}\n{code}"
        )

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        if r.random() < 0.15:
            town, area = "London", r.choice(LONDON)
            code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        else:
            town, area = r.choice(UK_TOWNS)
            code = f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.18:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        elif roll < 0.26:
            street = f"{r.randrange(1, 40)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        if lines:
            return f"{street.replace(', ', chr(10))}\n{town}\n{code}"
        return f"{street}, {town} {code}" if r.random() < 0.7 else f"{street}, {town}, {code}"

    def ie_address(self, lines: bool = False) -> str:
        r = self.rng
        place, key = r.choice(IE_PLACES)
        letters = "ACDEFHKNPRTVWXY"
        eir = f"{key} {r.choice(letters)}{r.randrange(10)}{r.choice(letters)}{r.randrange(10)}"
        street = f"{r.randrange(1, 90)} {r.choice(IE_STREETS)}"
        if r.random() < 0.35:
            street = f"{r.randrange(1, 120)} {r.choice(IE_ESTATES)}"
        elif r.random() < 0.2:
            street = f"Apt {r.randrange(1, 40)}, {street}"
        parts = [*street.split(", "), place, eir]
        return "\n".join(parts) if lines else ", ".join(parts[:-1]) + " " + eir

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Apt.', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

    def fill_codes(self, template: str) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = template.replace("{n}", str(r.randrange(1, 120))).replace(
            "{m}", str(r.randrange(1, 6))
        )
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        return re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)

    def abroad(self, deck: str, lines: bool = False) -> str:
        cards = {"no": NO_ADDR, "dk": DK_ADDR, "eu": EUROPE}[deck]
        out = self.fill_codes(self.deal(deck, cards))
        return out.replace(", ", "\n", 1) if lines else out

    def co(self, lines: bool) -> list[Segment]:
        """`c/o Name, address`: the `c/o` outside, the name its own PERSON, then the ADDRESS."""
        person = self.person(None)
        self.forms["c/o"] += 1
        name = person_segments(self.rng.choice(("P", "P", "S")), person, self)
        joint = "\n" if lines else ", "
        return [
            ("c/o ", None),
            *name,
            (joint, None),
            (self.sv_address(lines=lines, rural=False), "ADDRESS"),
        ]


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), H the given name as registered (never short), GU in capitals,
    N/n the short form where the name has one, S/s the surname, SU in capitals, I an initial and
    the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME,
    Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = person_base(form)
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
    elif base in ("H", "GU"):
        words, value = given, person.first.upper() if base == "GU" else person.first
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
    "I",
    "Gi",
    "R",
    "RU",
    "E",
    "H",
    "GU",
    "SU",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def person_base(form: str) -> str | None:
    """The person form a slot asks for, its genitive ending taken off; None for other fillers."""
    if form in PERSON_FORMS:
        return form
    bare = form[:-1] if form.endswith(("'", "s")) else form
    return bare if bare in PERSON_FORMS else None


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2025, 2026, 2026, 2027))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "UKST": lambda: (f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "AIE": lambda: (draw.ie_address(), "ADDRESS"),
        "AIEL": lambda: (draw.ie_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "ANO": lambda: (draw.abroad("no"), "ADDRESS"),
        "ANOL": lambda: (draw.abroad("no", lines=True), "ADDRESS"),
        "ADK": lambda: (draw.abroad("dk"), "ADDRESS"),
        "AX": lambda: (draw.abroad("eu"), "ADDRESS"),
        "AXL": lambda: (draw.abroad("eu", lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone("mobile"), "PHONE"),
        "PHL": lambda: (draw.phone("land"), "PHONE"),
        "PHF": lambda: (draw.phone("firm"), "PHONE"),
        "PHNO": lambda: (draw.phone_country("no"), "PHONE"),
        "PHDK": lambda: (draw.phone_country("dk"), "PHONE"),
        "PHUK": lambda: (draw.phone_country("uk"), "PHONE"),
        "PHIE": lambda: (draw.phone_country("ie"), "PHONE"),
        "PHUS": lambda: (draw.phone_country("us"), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (draw.email_firm(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} {year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{day} {MONTHS['en'][month - 1][:3]}")), None),
        "DATEUS": lambda: (r.choice((f"{month:02d}/{day:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}", f"{month}/{day}")), None),
        "DATENO": lambda: (f"{day:02d}.{month:02d}.{year}", None),
        "TIME": lambda: (draw.time(english=False), None),
        "TIMEEN": lambda: (draw.time(english=True), None),
        "HOUR": lambda: (f"{r.randrange(8, 18)}.{r.choice(('00', '00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AGE": lambda: (str(r.randrange(19, 95)), None),
        "MIN": lambda: (str(r.randrange(4, 48)), None),
        "AMT": lambda: (f"{r.randrange(800, 640000):,} kr".replace(",", " "), None),
        "DED": lambda: (f"{r.choice((1500, 2000, 3000, 3500, 5000, 10000)):,} kr".replace(",", " "), None),
        "FEE": lambda: (f"{r.randrange(12, 120) * 100:,} kr".replace(",", " "), None),
        "NOK": lambda: (f"NOK {r.randrange(2000, 480000):,}".replace(",", " "), None),
        "DKK": lambda: (f"{r.randrange(2000, 380000):,} kr.".replace(",", "."), None),
        "GBP": lambda: (f"£{r.randrange(120, 48000):,}", None),
        "EUR": lambda: (f"€{r.randrange(150, 42000):,}", None),
        "USD": lambda: (f"${r.randrange(200, 96000):,}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 999999)}", f"{r.choice('ABCDKT')}{r.randrange(100000, 999999)}-{year % 100}")), None),
        "INC": lambda: (r.choice(INCIDENTS[lang])(r, year), None),
        "CLAIM": lambda: (r.choice((f"SK{r.randrange(1000000, 9999999)}", f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}", f"CLM-{year}-{r.randrange(10000, 99999)}", f"HEM {r.randrange(100000, 999999)}")), None),
        "POL": lambda: (r.choice((f"{r.randrange(1000000, 9999999)}-{r.randrange(1, 9)}", f"POL{r.randrange(10000000, 99999999)}", f"HF-{r.randrange(100000, 999999)}")), None),
        "UNIT": lambda: (r.choice((f"{r.randrange(2, 5)}{r.randrange(1, 9)}{r.randrange(1, 4)}0", f"{r.randrange(2, 5)}{r.randrange(1, 9)}-{r.randrange(1, 4)}{r.randrange(10, 80)}0", f"{r.randrange(2, 5)}{r.randrange(10, 99)}{r.randrange(10, 99)}")), None),
        "UNITEN": lambda: (r.choice((f"Engine {r.randrange(1, 40)}", f"Medic {r.randrange(1, 60)}", f"Ladder {r.randrange(1, 20)}", f"Rescue {r.randrange(1, 9)}", f"Alpha {r.randrange(10, 99)}", f"Echo {r.randrange(1, 40)}", f"Delta {r.randrange(10, 99)}")), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 99)}{r.choice('0123456789ACDEF')}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "TOWNUS": lambda: (r.choice(US_TOWNS)[0], None),
        "SMALLUS": lambda: (r.choice(("Paradise, California", "Ely, Minnesota", "Grand Marais, Minnesota", "Estes Park, Colorado", "Sandpoint, Idaho", "Cody, Wyoming", "Bayfield, Wisconsin", "Boone, North Carolina")), None),
        "COAST": lambda: (r.choice(("Whitby", "Tynemouth", "Padstow", "Tenby", "Aberdovey", "Oban", "Skegness", "Hartlepool", "Largs", "Portrush", "Howth", "Kilmore Quay")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PROP": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 200)}", None),
        "PET": lambda: (draw.deal("pets", PETS), None),
        "COORD": lambda: (r.choice((f"N {r.randrange(55, 69)}° {r.randrange(60)}.{r.randrange(10)}' E {r.randrange(11, 24)}° {r.randrange(60)}.{r.randrange(10)}'", f"{r.randrange(55, 69)}.{r.randrange(10000, 99999)}, {r.randrange(11, 24)}.{r.randrange(10000, 99999)}", f"SWEREF {r.randrange(6100000, 7600000)} / {r.randrange(300000, 900000)}")), None),
        "GRID": lambda: (f"NY {r.randrange(100, 999)} {r.randrange(100, 999)}", None),
        "SQM": lambda: (str(r.randrange(8, 240)), None),
    }  # fmt: skip
    if form == "CO":
        return draw.co(lines=False)
    if form == "COL":
        return draw.co(lines=True)
    if lang == "en" and form == "DATE":
        form = "DATEEN"
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.clock = None
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        if person_base(form) is not None:
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
    """DD's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(la, t, True) for la, t in NEGATIVES]
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
        seen.add(text)
        if bool(spans) == negative:
            raise ValueError("a negative with a value, or a positive row without one")
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of DD is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += bool(re.search(r"[-+]", value))
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is None:
        return
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in draw.forms.items()))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)} (" + ", ".join(f"{la} {n}" for la, n in sorted(Counter(la for la, _ in NEGATIVES).items())) + ")")  # fmt: skip


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if tuple(row) != KEYS:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["id twice"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            if not 0 <= start < stop <= len(text):
                problems["empty or out of bounds"] += 1
                continue
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
                digits = re.sub(r"[-+]", "", value)
                digits = digits[2:] if len(digits) == 12 else digits
                ok = len(digits) == 10 and digits.isdigit() and luhn(digits[:9]) == int(digits[9])
                problems["personnummer check digit"] += not ok
    sizes = Counter(row["lang"] for row in rows)
    problems["sizes"] += dict(sizes) != SIZES
    print(
        f"checked {len(rows)} rows, {sum(len(row['spans']) for row in rows)} spans, {len(ids)} ids"
    )
    total = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
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
