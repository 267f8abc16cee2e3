# ruff: noqa: E501
"""Generate held-out DT for personal-data detection (issue 15): names as the population has them,
a hundred-and-third writer. Every name word is drawn from `names_dt.py`'s pools weighted by how
often people carry them (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for
the UK, and the commonest names of the origins common in Sweden), 80% from a list's head and 20%
from its tail, mixed by the language of the row; the genre (`templates_dt.py`) is building permits,
municipal planning and neighbour consultations: bygglov applications and decisions, grannehörande
and neighbours' consents and objections, detailed plans and their samråd, appeals to the county
board and the land and environment court, site visits and planning officers' notes, in Swedish,
English (UK planning, US zoning, newcomers to Sweden) and Swedish/English as Swedes write at work.
Written by a helper who tunes nothing and who read only `generate_aw.py` (for the mechanics), the
sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector (`src/`), its lexicons, tests or benchmarks, nor any
other set's names, templates or rows, nor any score or error listing. DT was never run through the
detector by its writer and its names were not checked against anything in rung. Stdlib only; one
seeded Random: same seed, same bytes.

    python data/pii/generate_dt.py            # writes data/pii/generated-heldout-dt.jsonl
    python data/pii/generate_dt.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dt.py --check    # checks the written file, prints counts only
    python data/pii/generate_dt.py --seed 7 --out /tmp/dt-7.jsonl   # a scratch set
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

from names_dt import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dt import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270180
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dt.jsonl"
SPLIT = "heldout-dt"
KEYS = ["id", "split", "lang", "text", "spans"]
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's street names.
SV_STREETS = (
    "Drottninggatan", "Västra Storgatan", "Vasagatan", "Tullgatan", "Nygatan", "Bangårdsgatan",
    "Linnégatan", "Skolgatan", "Hamngatan", "Prästgatan", "Trädgårdsgatan", "Smedjegatan",
    "Repslagaregatan", "Östra Kyrkogatan", "Norra Järnvägsgatan", "Fabriksgatan", "Bruksgatan",
    "Rådhusgatan", "Kaserngatan", "Södra Vägen", "Björkvägen", "Granvägen", "Lönnvägen",
    "Syrenvägen", "Idrottsvägen", "Gamla Vägen", "Häggvägen", "Kyrkvägen", "Sjöviksvägen",
    "Bergsvägen", "Solvägen", "Villavägen", "Parkvägen", "Skogsbrynsvägen", "Lingonvägen",
    "Hjortronvägen", "Tallbacksvägen", "Mjölnarvägen", "Gamla Landsvägen", "Ringsvängen",
    "Klöversvängen", "Bågsvängen", "Ekbackssvängen", "Kastanjeallén", "Slottsallén", "Parkallé",
    "Stora allén", "Kvarnbacken", "Kyrkbacken", "Skolbacken", "Lärkbacken", "Smedsbacke",
    "Rönnbärsstigen", "Vitsippestigen", "Blåklockestigen", "Harstigen", "Mossstigen", "Stora torget",
    "Fisktorget", "Södra torget", "Salutorget", "Hamnplan", "Bruksplan", "Kungsplan", "Järnvägsplan",
    "Klockargränd", "Bryggargränd", "Gjutargränd", "Tunnbindaregränd", "Norra kajen", "Hamnkajen",
    "Västra kajen", "Järnvägskajen", "Strandpromenaden", "Ängsslingan", "Tallslingan", "Lövgången",
    "Vallmogången", "Solringen", "Bokliden", "Granliden", "Torgplatsen", "Solhagen", "Bäckvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes: the cities and their suburbs.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Västerås", 721, 725), ("Örebro", 702, 703), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Östersund", 831, 832), ("Kalmar", 392, 393), ("Falun", 791, 791),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skövde", 541, 541), ("Uddevalla", 451, 451),
    ("Varberg", 432, 432), ("Nyköping", 611, 611), ("Trollhättan", 461, 461), ("Kungsbacka", 434, 434),
    ("Piteå", 941, 941), ("Visby", 621, 621), ("Nacka", 131, 132), ("Solna", 169, 171),
    ("Huddinge", 141, 141), ("Täby", 183, 187), ("Lidingö", 181, 181), ("Sollentuna", 191, 192),
    ("Järfälla", 175, 177), ("Motala", 591, 591), ("Lidköping", 531, 531), ("Ystad", 271, 271),
)  # fmt: skip
# Small towns whose country routes end in 9x, with villages nearby for rural addresses.
RURAL_TOWNS = (
    ("Tierp", 815), ("Östhammar", 742), ("Hedemora", 776), ("Avesta", 774), ("Leksand", 793),
    ("Malung", 782), ("Arvika", 671), ("Säffle", 661), ("Filipstad", 682), ("Kumla", 692),
    ("Kisa", 590), ("Vimmerby", 598), ("Eksjö", 575), ("Vetlanda", 574), ("Gislaved", 332),
    ("Markaryd", 285), ("Osby", 283), ("Höör", 243), ("Hörby", 242), ("Sölvesborg", 294),
    ("Ronneby", 372), ("Nybro", 382), ("Borgholm", 387), ("Lysekil", 453), ("Tanumshede", 457),
    ("Mellerud", 464), ("Vårgårda", 447), ("Tidaholm", 522), ("Hjo", 544), ("Torsby", 685),
    ("Sunne", 686), ("Söderhamn", 826), ("Hudiksvall", 824), ("Ljusdal", 827), ("Kramfors", 872),
    ("Örnsköldsvik", 891), ("Krokom", 835), ("Åre", 837), ("Lycksele", 921), ("Vindeln", 922),
    ("Boden", 961), ("Kalix", 952), ("Älvsbyn", 942), ("Gällivare", 982),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Österbyn", "Lillsjön", "Kvarnängen", "Bäckebo", "Skogsängen", "Norrhult",
    "Solberga", "Åkersberg", "Hultet", "Mossebo", "Fallet", "Backa", "Ängstorp", "Lövåsen",
    "Gärdsbo", "Sjöändan", "Holmsjö", "Rönnäs", "Brattfors", "Stora Vika", "Lilla Bjursjön",
    "Kärrtorp", "Bredsjö", "Höjden", "Nyängen", "Övre Ryd", "Nedre Ryd", "Tjärnberg", "Sandvik",
)  # fmt: skip
UK_STREETS = (
    "Church Road", "Station Road", "Victoria Street", "Mill Lane", "The Crescent", "Queens Road",
    "Orchard Way", "Manor Road", "Green Lane", "Park Road", "Chestnut Avenue", "Elm Grove",
    "St John's Road", "Windsor Close", "Highfield Road", "Castle Street", "Meadow View", "Abbey Road",
    "Beech Drive", "Priory Walk", "Fore Street", "Cliff Terrace",
)  # fmt: skip
UK_TOWNS = (
    ("Bristol", "BS"), ("Leeds", "LS"), ("York", "YO"), ("Bath", "BA"), ("Exeter", "EX"),
    ("Oxford", "OX"), ("Cambridge", "CB"), ("Norwich", "NR"), ("Sheffield", "S"), ("Cardiff", "CF"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Brighton", "BN"), ("Penrith", "CA"), ("Harrogate", "HG"),
    ("Canterbury", "CT"), ("Salisbury", "SP"), ("Durham", "DH"), ("London", "N"), ("London", "SE"),
)  # fmt: skip
UK_HOUSES = ("The Old Bakery", "Willow Cottage", "Barn End", "The Coach House", "Holly Lodge", "Stable Cottage", "The Old School House", "Rowan House")  # fmt: skip
US_STREETS = ("Maple Street", "Oak Avenue", "Elm Street", "Lakeview Drive", "Highland Avenue", "Cedar Lane", "Washington Street", "Prospect Road", "Willow Court", "Birch Road", "Summit Avenue", "River Road")  # fmt: skip
US_TOWNS = (("Burlington", "VT", "054"), ("Concord", "MA", "017"), ("Ann Arbor", "MI", "481"), ("Madison", "WI", "537"), ("Minneapolis", "MN", "554"), ("Asheville", "NC", "288"), ("Boulder", "CO", "803"), ("Portland", "OR", "972"), ("Ithaca", "NY", "148"), ("Naperville", "IL", "605"))  # fmt: skip
EUROPE = (
    "Schillerstraße {n}, {z5:10625-10629} Berlin", "Am Stadtpark {n}, {z5:90409-90491} Nürnberg",
    "Lindenallee {n}a, {z5:20259-20259} Hamburg", "{n} rue Victor Hugo, {z5:69002-69009} Lyon",
    "{n}, avenue des Tilleuls, {z5:33000-33800} Bordeaux", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki",
    "Koulukatu {n}, {z5:33100-33500} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Długa {n}/{m}, 00-{z3:200-240} Warszawa",
    "ul. Mickiewicza {n}, 30-{z3:059-099} Kraków", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Avinguda Diagonal {n}, {z5:08018-08036} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Rua Augusta {n}, {z4:1100-1100}-{z3:048-060} Lisboa",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "{n} Main Street, Ennis, Co. Clare, V95 {L2}{z2:10-99}",
    "Rue de la Loi {n}, {z4:1000-1040} Bruxelles", "Aleksanterinkatu {n}, {z5:15110-15140} Lahti",
)  # fmt: skip
KVARTER = (
    "Björkhagen", "Lärkan", "Svalan", "Ekorren", "Tallbacken", "Sjöudden", "Oxen", "Hammaren",
    "Väduren", "Tranan", "Kastanjen", "Skogsbrynet", "Prästgården", "Mossen", "Gärdet", "Västanå",
    "Eriksberg", "Högby", "Lövsta", "Norrby", "Sjöbo", "Klippan", "Hästhagen", "Ängsö", "Bredåker",
)  # fmt: skip
PLANS = (
    "Södra Ladugårdsängen", "Kv. Gjuteriet", "Norra hamnen etapp 2", "Stationsområdet", "Västra Ekbacken",
    "del av Björkhagen 1:4", "Kvarnfallet", "Ängsbacka skola", "Centrala Strandby", "Hagalund norra",
    "Kv. Mejeriet", "Tallåsen bostäder",
)  # fmt: skip
FIRMS = ("Sweco", "Norconsult", "WSP", "Arkitema", "Link arkitektur", "Ritkontoret Vinkeln AB", "Byggkonsult Norr AB", "Arkitektbyrån Fyrkant", "Planeringshuset i Mälardalen AB", "Kontrollansvar Syd AB", "Mark & Miljö Konsult AB")  # fmt: skip
FIRMS_EN = ("Northfield Planning Ltd", "Meridian Architects", "Greenline Design Studio", "Oakwood Planning Consultants", "Stantec", "AECOM", "Arcadis", "Lakeside Architecture LLP", "Riverside Surveyors")  # fmt: skip
COUNCILS = ("Bristol City Council", "Leeds City Council", "the City of York Council", "Cornwall Council", "South Cambridgeshire District Council", "the London Borough of Islington", "Cardiff Council", "Harrogate Borough Council", "East Devon District Council")  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "bredband.net", "protonmail.com", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("kommun.example.se", "stad.example.se", "arkitekt.example.se", "bygg.example.se", "lm.example.se", "example.se", "example.com")  # fmt: skip
WORK_EN = ("example.com", "council.example.co.uk", "example.org", "planning.example.co.uk", "example.us", "architects.example.com")  # fmt: skip
OFFICE = ("bygglov", "registrator", "samhallsbyggnad", "kontaktcenter", "plan", "miljo.bygg", "bygg")  # fmt: skip
OFFICE_EN = ("planning", "planning.enforcement", "building.control", "zoning", "permits", "info", "highways.dc")  # fmt: skip


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
    """Every value of DT from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.03:  # Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
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
            self.forms["typed without letters"] += 1
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
        surname = plain(person.surname[0][0]).lower().replace(" ", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        work = WORK_EN if self.lang == "en" else WORK
        return f"{local}@{r.choice(work if r.random() < 0.45 else MAIL)}"

    def office_email(self, english: bool = False) -> str:
        r = self.rng
        if english:
            return f"{r.choice(OFFICE_EN)}@{r.choice(('council.example.co.uk', 'example.gov.uk', 'town.example.org', 'example.us'))}"
        return (
            f"{r.choice(OFFICE)}@{r.choice(('kommun.example.se', 'stad.example.se', 'example.se'))}"
        )

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "90", "11", "35", "42", "46", "54", "60")
        )
        area3 = r.choice(("240", "290", "371", "380", "418", "455", "470", "480", "510", "522", "563", "570",
                          "611", "620", "645", "660", "696", "920", "950", "980", "587"))  # fmt: skip
        shapes = (
            (15, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"08{d[:7]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 (0){area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an office's switchboard, as they print them."""
        r = self.rng
        d = self.digits(7)
        return r.choice((
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
            f"0{r.choice(('18', '13', '19', '21', '90'))}-{d[:2]} {d[2:4]} 00", f"077-{d[:3]} {d[3:5]} {d[5:7]}",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        return r.choice((
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"020 7946 0{d[:3]}", f"(020) 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"01632 960{d[:3]}", f"+44 117 496 0{d[:3]}", f"0044 20 7946 0{d[:3]}",
            f"029 2018 0{d[:3]}", f"0131 496 0{d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(("802", "978", "734", "608", "612", "828", "303", "503", "607", "630"))
        d = self.digits(2)
        return r.choice((
            f"({area}) 555-01{d}", f"{area}-555-01{d}", f"{area}.555.01{d}", f"+1 {area} 555 01{d}",
            f"+1 ({area}) 555-01{d}", f"1-{area}-555-01{d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+49 151 {d[:4]} {d[4:8]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 89 {d[:8]}", f"0176 {d[:8]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {r.choice('2345678')}{d[:1]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"+1 (612) 555-01{d[:2]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:8]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+43 660 {d[:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+971 50 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1931, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            self.forms["personnummer past a hundred"] += 1
            return (
                f"{date}+{serial}{check}" if roll < 0.7 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"

    def postal(self, code: str, town: str) -> str:
        r = self.rng
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.84 else f"{code} {town}"
        if r.random() < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out
        elif r.random() < 0.03:
            out += ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.13:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.03:
            street += f", {r.choice(('uppg. B', 'bv', 'port 2'))}"
        town, code = self.town()
        return f"{street}{chr(10) if lines else ', '}{self.postal(code, town)}"

    def rural(self, lines: bool = False) -> str:
        r = self.rng
        town, prefix = r.choice(RURAL_TOWNS)
        place = f"{r.choice(VILLAGES)} {r.randrange(1, 260)}"
        if r.random() < 0.15:
            place = f"{r.choice(VILLAGES)} {r.choice(('Gård', 'gård', 'Södergård', 'Norrgård'))}{r.choice(('', f' {r.randrange(1, 9)}'))}"
        code = f"{prefix}{r.randrange(90, 100)}"
        return f"{place}{chr(10) if lines else ', '}{self.postal(code, town)}"

    def box(self) -> str:
        r = self.rng
        town, code = self.town()
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 999)}, {self.postal(code, town)}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{code[:3]} {code[3:]} {town}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.postal(code, town)}"

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
            street = f"Flat {r.randrange(1, 20)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Suite'))} {r.randrange(2, 40)}"
        tail = f"{town}, {state} {prefix}{r.randrange(1, 99):02d}"
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
        out = out.replace("{L2}", r.choice("ABCDEFHKNPRTWXY") + r.choice("ABCDEFHKNPRTWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def dnr(self) -> str:
        r = self.rng
        n = r.randrange(1, 3000)
        return r.choice((f"BN 2027-{n:06d}", f"SBN 2027/{n}", f"MBN 2027-{n:04d}", f"BYGG.2027.{n}",
                         f"B 2027-{n:04d}", f"SHBN 2027.{n:03d}", f"2027/{n}.231"))  # fmt: skip

    def fast(self) -> str:
        r = self.rng
        name = r.choice(KVARTER)
        roll = r.random()
        if roll < 0.6:
            return f"{name} {r.randrange(1, 30)}:{r.randrange(1, 400)}"
        if roll < 0.85:
            return f"{name} {r.randrange(1, 40)}"
        return f"{self.town()[0]} {name} {r.randrange(1, 12)}:{r.randrange(1, 200)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p lower case, U capitals, F with middle names, M with a middle initial, G/g the
    given name (sometimes its short form), N/n the short form where the name has one, GU the given
    name in capitals, S/s the surname, SU in capitals, I an initial and the surname, Gi the given
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
    elif base == "M":
        words = given + middle + surname
        value = (
            f"{person.first} {middle[0][0][0]}. {person.last}"
            if middle
            else f"{person.first} {person.last}"
        )
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
    "M",
    "G",
    "g",
    "N",
    "n",
    "GU",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.rural(), "ADDRESS"),
        "ARL": lambda: (draw.rural(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNR100": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.office_email(), "EMAIL"),
        "EFEN": lambda: (draw.office_email(english=True), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027", f"{day} {MONTHS['en'][month - 1]}")), None),
        "MONTH": lambda: (MONTHS["en" if en else "sv"][month - 1], None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "KVM": lambda: (str(r.randrange(8, 260)), None),
        "AMT": lambda: (f"{r.randrange(900, 86000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(120, 9000):,}", None),
        "USD": lambda: (f"${r.randrange(50, 2500)}.00", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"F{r.randrange(10000, 99999)}", f"2027-{r.randrange(1000, 9999)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(10, 16)), None),
        "DNR": lambda: (draw.dnr(), None),
        "FAST": lambda: (draw.fast(), None),
        "PLAN": lambda: (r.choice(PLANS), None),
        "LM": lambda: (f"{r.choice('ABCDHKMTUWXY')}{r.randrange(10000, 99999)}", None),
        "UKREF": lambda: (r.choice((f"27/{r.randrange(1, 9999):05d}/{r.choice(('FUL', 'HOU', 'LBC', 'TPO', 'OUT'))}", f"P/27/{r.randrange(100, 2999)}/HH", f"DC/27/{r.randrange(1, 9999):05d}")), None),
        "PINS": lambda: (f"APP/{r.choice('ABCDEFJKLPQRUVWXYZ')}{r.randrange(1000, 9999)}/{r.choice('WD')}/27/{r.randrange(3000000, 3399999)}", None),
        "USREF": lambda: (r.choice((f"ZBA-27-{r.randrange(1, 200):03d}", f"V-2027-{r.randrange(1, 99):03d}", f"BP27-{r.randrange(10000, 99999)}")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(US_TOWNS)[0] if r.random() < 0.5 else r.choice(UK_TOWNS)[0], None),
        "TOWNUS": lambda: (r.choice(US_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "COUNCIL": lambda: (r.choice(COUNCILS), None),
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
    """DT's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) not in (10, 12) or not re.fullmatch(r"\d{6,8}[-+]?\d{4}", value):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of DT is printed."""
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
                before = text[max(0, span["start"] - 1) : span["start"]]
                forms["after @"] += before == "@"
                forms["in brackets"] += before == "(" and text[span["end"] : span["end"] + 1] == ")"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address c/o before it"] += (
                    "c/o" in text[max(0, span["start"] - 40) : span["start"]]
                )
                forms["street alone (no number)"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_n = pnrs = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != KEYS
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        problems["split wrong"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_n += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["kind unknown"] += span["kind"] not in KINDS
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["not sorted or overlapping"] += start < end
            end = max(end, stop)
            if span["kind"] == "NATIONAL_ID":
                pnrs += 1
                problems["personnummer check digit"] += not pnr_valid(value)
    bad = sum(problems.values())
    print(f"{path.name}: rows {rows}, spans {spans_n}, ids {len(ids)}, personnummer {pnrs}")
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
