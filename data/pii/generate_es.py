# ruff: noqa: E501
"""Generate held-out ES for personal-data detection (issue 15): names as the population has them,
a hundred-and-twenty-eighth writer.

    python data/pii/generate_es.py                          # writes data/pii/generated-heldout-es.jsonl
    python data/pii/generate_es.py --stats                  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_es.py --check                  # checks the written file, prints counts only
    python data/pii/generate_es.py --seed 7 --out /tmp/es.jsonl   # a scratch seed, for reading rows

ES's names are drawn by how often people really carry them: every name word comes from
`names_es.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is churches and parishes (`templates_es.py`): baptisms (registrations, godparents,
baptism talks, certificates), confirmations (sign-ups, camps, group lists), church weddings
(bookings, banns, marriage papers, music), parish halls and their hire (contracts, keys, booking
lists), church fees and membership (joining and leaving, fee questions, church elections), with
funerals and graves, choirs, volunteers and the parish office around them, in Swedish, English
and mixed Swedish/English as Swedes write at work. Written by a helper who does not tune the
detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler,
the row format, `--stats`), two sections of docs/privacy.md ("Held-out AW", "Held-out CL") and the
first line of `generated-heldout-u.jsonl`; neither the detector's rules, lexicons and tagger nor
any other set's names, templates or rows nor any error listing. ES was never run through the
detector by its writer, and its names were not checked against rung's lexicons. Stdlib only; one
seeded Random: same seed, same bytes.
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

from names_es import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_es import (  # noqa: E402
    CAMPS,
    CHURCHES,
    CHURCHES_EN,
    DAYS,
    EN,
    HALLS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    PROPERTIES,
    SV,
)

SEED = 20270205
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-es.jsonl"
SPLIT = "heldout-es"
KEYS = ["id", "split", "lang", "text", "spans"]  # as heldout-u's rows
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, church streets among them (the writer's knowledge).
SV_STREETS = (
    "Kyrkogatan", "Kyrkvägen", "Prästgårdsvägen", "Klockaregatan", "Klockarvägen", "Kyrkbacken",
    "Kyrkogårdsgatan", "Prostvägen", "Kaplansgatan", "Domkyrkoplan", "Storgatan", "Drottninggatan",
    "Kungsgatan", "Västra Vägen", "Östra Storgatan", "Nygatan", "Skolgatan", "Trädgårdsgatan",
    "Järnvägsgatan", "Parkgatan", "Linnégatan", "Sankt Eriksgatan", "Vasagatan", "Hantverkargatan",
    "Fabriksgatan", "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Aspvägen", "Rosenvägen",
    "Solvägen", "Sjövägen", "Ringvägen", "Skogsvägen", "Bäckvägen", "Hagvägen", "Åkervägen",
    "Syrenvägen", "Vallmovägen", "Mossvägen", "Gamla Vägen", "Lärksvängen", "Tranesvängen",
    "Ekorrsvängen", "Smedsvängen", "Lindallé", "Kastanjeallén", "Parkallén", "Sofielunds allé",
    "Kvarnbacken", "Klockarbacken", "Solbacken", "Prästbacke", "Hallonstigen", "Lingonstigen",
    "Vitsippsstigen", "Fågelstigen", "Stortorget", "Lilla Torget", "Fisktorget", "Kyrktorget",
    "Brunnsplan", "Skolplan", "Stationsplan", "Klockargränd", "Bagargränd", "Repslagargränd",
    "Munkgränd", "Södra Kajen", "Norra Kajen", "Hamnkajen", "Strandkajen", "Tegelbruksvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes; the first 44 are cities and large towns.
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Göteborg", 411, 417), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 724), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 302), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 831),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Lidköping", 531, 531), ("Nyköping", 611, 611), ("Varberg", 432, 432),
    ("Visby", 621, 621), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Huddinge", 141, 141),
    ("Nacka", 131, 131), ("Bromma", 161, 168), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434),
    ("Lerum", 443, 443),
    ("Mora", 792, 792), ("Leksand", 793, 793), ("Rättvik", 795, 795), ("Orsa", 794, 794),
    ("Hudiksvall", 824, 824), ("Söderhamn", 826, 826), ("Sala", 733, 733), ("Enköping", 745, 745),
    ("Mariestad", 542, 542), ("Vimmerby", 598, 598), ("Ljungby", 341, 341), ("Arvika", 671, 671),
    ("Kumla", 692, 692), ("Katrineholm", 641, 641), ("Köping", 731, 731), ("Vetlanda", 574, 574),
    ("Oskarshamn", 572, 572), ("Tranås", 573, 573), ("Kungälv", 442, 442), ("Ystad", 271, 271),
    ("Piteå", 941, 941), ("Härnösand", 871, 871), ("Strängnäs", 645, 645), ("Vänersborg", 462, 462),
    ("Kiruna", 981, 981), ("Alingsås", 441, 441), ("Motala", 591, 591), ("Sollefteå", 881, 881),
    ("Älvdalen", 796, 796), ("Järvsö", 827, 827), ("Sveg", 842, 842), ("Åre", 837, 837),
)  # fmt: skip
# Villages and farms as rural addresses name them (`Kyrkbyn 14`, `Västanbäck 112`).
VILLAGES = (
    "Kyrkbyn", "Prästbordet", "Västanbäck", "Östbjörka", "Utby", "Näset", "Backa", "Norrby",
    "Sörby", "Västerby", "Österby", "Gärdsjö", "Boda", "Nyhyttan", "Kvarnbo", "Berga", "Ängersjö",
    "Bäckebo", "Solberga", "Kullsta", "Hökberg", "Dalby", "Rågsveden", "Kättbo", "Bergsäng",
    "Lövåsen", "Mobodarna", "Tallbacken", "Sandvik", "Åkerö", "Holmsjö", "Fjäle", "Vikarbyn",
)  # fmt: skip
UK_STREETS = (
    "Church Lane", "Church Street", "Vicarage Road", "Rectory Lane", "Chapel Street", "Glebe Close",
    "High Street", "Station Road", "Mill Lane", "Victoria Road", "Park Road", "The Crescent",
    "Orchard Way", "Manor Road", "London Road", "Cathedral Close", "Minster Yard", "Abbey Gardens",
    "Priory Road", "School Lane", "Bell Street", "Green Lane", "Windmill Hill", "Cemetery Road",
)  # fmt: skip
UK_HOUSES = ("The Old Vicarage", "Church Cottage", "Glebe House", "Rectory Farm", "Rose Cottage", "The Old School House", "Chapel House", "2 Almshouse Row")  # fmt: skip
# Towns with their postcode areas (London with several).
UK_TOWNS = (
    ("York", "YO"), ("Harrogate", "HG"), ("Durham", "DH"), ("Lincoln", "LN"), ("Cambridge", "CB"),
    ("Oxford", "OX"), ("Canterbury", "CT"), ("Salisbury", "SP"), ("Exeter", "EX"), ("Chester", "CH"),
    ("Bath", "BA"), ("Norwich", "NR"), ("Leeds", "LS"), ("Edinburgh", "EH"), ("Glasgow", "G"),
    ("Cardiff", "CF"), ("Belfast", "BT"), ("Birmingham", "B"), ("Manchester", "M"), ("London", "SE"),
    ("London", "N"), ("London", "SW"), ("London", "NW"), ("Truro", "TR"), ("Hexham", "NE"),
)  # fmt: skip
US_STREETS = ("Elm Street", "Oak Avenue", "Lake Street", "Church Street", "3rd Avenue South", "Summit Avenue", "Maple Drive", "County Road 7", "Prairie View Road", "N 5th Street", "Lutheran Way", "Main Street", "Birch Lane", "Hillcrest Drive")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Rockford", "IL", 611), ("Jamestown", "NY", 147),
    ("Lindsborg", "KS", 674), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Moline", "IL", 612),
    ("Duluth", "MN", 558), ("Worcester", "MA", 16), ("Omaha", "NE", 681), ("Bismarck", "ND", 585),
    ("Sioux Falls", "SD", 571), ("Des Moines", "IA", 503), ("Austin", "TX", 787),
)  # fmt: skip
EUROPE = (
    "Kirchstraße {n}, {z5:10115-14199} Berlin", "Lindenallee {n}, {z5:20095-22769} Hamburg",
    "Domplatz {n}, {z5:48143-48167} Münster", "{n} rue de l'Église, {z5:75001-75020} Paris",
    "{n} avenue des Tilleuls, {z5:69001-69009} Lyon", "Kirkegata {n}, {z4:0150-0190} Oslo",
    "Prestegårdsveien {n}, {z4:5003-5099} Bergen", "Kirkevej {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "Nørregade {n}, {z4:1165-1172} København K", "Kirkkokatu {n} A {m}, {z5:00170-00170} Helsinki",
    "Kirkkotie {n}, {z5:20100-20900} Turku", "ul. Kościelna {n}/{m}, 31-{z3:001-999} Kraków",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Via della Chiesa {n}, {z5:00184-00199} Roma", "Kerkstraat {n}, {z4:1017-1017} {L2} Amsterdam",
    "Kerkplein {n}, {z4:3511-3584} {L2} Utrecht", "Kirchgasse {n}, {z4:8001-8099} Zürich",
    "Kirchengasse {n}/{m}, {z4:1070-1070} Wien", "Rua da Igreja {n}, {z4:1100-1199}-{z3:100-999} Lisboa",
    "Kiriku {n}, {z5:10130-10130} Tallinn", "{n} Church Street, Dublin {m}",
    "Kerkstraat {n}, {z4:9000-9000} Gent", "Ulica Crkvena {n}, {z5:71000-71000} Sarajevo",
)  # fmt: skip
MAIL_SV = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "hotmail.se", "yahoo.se", "bredband.net", "spray.se")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "btinternet.com", "icloud.com", "aol.com", "comcast.net")  # fmt: skip
WORK_SV = ("example.se", "example.com", "foretag.example.se", "kommun.example.se", "kyrkan.example.se")  # fmt: skip
WORK_EN = ("example.org", "example.org.uk", "parish.example.org.uk", "example.com", "lutheran.example.org")  # fmt: skip
OFFICE_SV = ("kyrkan.example.se", "pastorat.example.se", "forsamling.example.se")
ROLES_SV = ("expedition", "pastorsexpedition", "dop", "vigsel", "konfirmation", "lokalbokning", "kansliet", "info", "kyrkogard", "begravning", "diakoni", "kyrkoradet")  # fmt: skip
ROLES_EN = ("office", "parishoffice", "bookings", "weddings", "baptisms", "hallhire", "admin", "churchwardens", "secretary", "info")  # fmt: skip
MOBILE = ("070", "072", "073", "076", "079")
AREA2 = ("08", "031", "040", "018", "013", "019", "021", "016", "011", "036", "090", "046", "042", "033", "060", "026", "054", "035", "063", "023")  # fmt: skip
AREA3 = ("0470", "0920", "0480", "0910", "0250", "0247", "0248", "0498", "0340", "0413", "0411", "0171", "0155", "0152", "0660", "0611", "0650", "0224", "0501", "0510", "0522", "0520", "0302", "0303", "0300")  # fmt: skip


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
    stem: list[Word] = field(default_factory=list)  # the surname before a Polish feminine ending

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of ES from one seeded Random; counts the head/tail split and the origins."""

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
        """Someone named as the row's language has people; `kin` shares their surname."""
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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.05:  # Anna-Karin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        typed_plain = key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3
        if kin is not None:
            stem, joint = list(kin.stem), kin.joint
        else:
            stem = [self.pick(origin.surnames)]
            joint = " "
            roll = r.random()
            if key == "latin" and roll < 0.6:  # apellido paterno y materno
                stem.append(self.pick(origin.surnames))
            elif key == "swedish" and roll < 0.05:  # a married double name
                stem.append(self.pick(origin.surnames))
                joint = "-" if roll < 0.03 else " "
            elif key in ("uk", "us") and roll < 0.025:
                stem.append(self.pick(origin.surnames))
                joint = "-"
            if len(stem) == 2 and stem[0][0] == stem[1][0]:
                stem.pop()
        if typed_plain:
            given = [(plain(w), p) for w, p in given]
            stem = [(plain(w), p) for w, p in stem]
        surname = [(feminine(w), p) for w, p in stem] if key == "polish" and woman else list(stem)
        return Person(woman, key, given, surname, middle, joint, stem)

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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(50, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        english = self.lang == "en" or (self.lang == "mixed" and r.random() < 0.4)
        work = WORK_EN if english else WORK_SV
        home = MAIL_EN if english else MAIL_SV
        return f"{local}@{r.choice(work if r.random() < 0.35 else home)}"

    def office_email(self, english: bool) -> str:
        r = self.rng
        if english:
            return f"{r.choice(ROLES_EN)}@{r.choice(WORK_EN)}"
        role = r.choice(ROLES_SV)
        if r.random() < 0.4:
            town = re.sub(r"[^a-z]", "", plain(r.choice(SV_TOWNS)[0]).lower())
            role = f"{role}.{town}"
        return f"{role}@{r.choice(OFFICE_SV)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mostly a mobile, in the groupings people write."""
        r = self.rng
        if r.random() < 0.25:
            return self.landline()
        m, d = r.choice(MOBILE), self.digits(7)
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self, office: bool = False) -> str:
        """A Swedish landline; an office's often ends in 00 (a switchboard)."""
        r = self.rng
        if r.random() < 0.55:
            area = r.choice(AREA2)
            d = self.digits(8 if area == "08" else 7)
            if office:
                d = d[:-2] + "00"
            if area == "08":
                shapes = (f"08-{d[:3]} {d[3:6]} {d[6:]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}", f"08 {d[:3]} {d[3:6]} {d[6:]}",
                          f"08-{d}", f"+46 8 {d[:3]} {d[3:6]} {d[6:]}", f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:]}")  # fmt: skip
            else:
                shapes = (f"{area}-{d[:3]} {d[3:5]} {d[5:]}", f"{area}-{d[:2]} {d[2:4]} {d[4:6]}", f"{area} {d[:3]} {d[3:5]} {d[5:]}",
                          f"{area}-{d}", f"+46 {area[1:]} {d[:3]} {d[3:5]} {d[5:]}", f"({area}) {d[:3]} {d[3:5]} {d[5:]}")  # fmt: skip
        else:
            area = r.choice(AREA3)
            d = self.digits(6)
            if office:
                d = d[:-2] + "00"
            shapes = (f"{area}-{d[:2]} {d[2:4]} {d[4:]}", f"{area}-{d[:3]} {d[3:5]}", f"{area} {d[:2]} {d[2:4]} {d[4:]}",
                      f"{area}{d}", f"{area}-{d}", f"+46 {area[1:]} {d[:2]} {d[2:4]} {d[4:]}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad, written as people there write it (with `+`, `00`, or at home)."""
        r = self.rng
        d = self.digits(10)
        shapes = {
            "uk": (f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}",
                   f"+44 (0)161 496 0{d[:3]}", f"0044 131 496 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"(01904) 6{d[:5]}"),
            "us": (f"(612) 555-0{d[:3]}", f"+1 815 555 0{d[:3]}", f"651-555-0{d[:3]}", f"(206) 555-0{d[:3]}",
                   f"+1 (716) 555-0{d[:3]}", f"785.555.0{d[:3]}", f"1-800-555-0{d[:3]}"),
            "other": (f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 4{d[:7]}",
                      f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"050 {d[:3]} {d[3:7]}",
                      f"+49 30 {d[:8]}", f"+49 151 {d[:8]}", f"030 {d[:4]} {d[4:8]}", f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                      f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+48 60{d[0]} {d[1:4]} {d[4:7]}", f"601-{d[:3]}-{d[3:6]}",
                      f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 33{d[0]} {d[1:4]} {d[4:8]}", f"+31 6 {d[:8]}", f"06-{d[:8]}",
                      f"+90 53{d[0]} {d[1:4]} {d[4:6]} {d[6:8]}", f"0532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}",
                      f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+98 912 {d[:3]} {d[3:7]}",
                      f"+387 61 {d[:3]} {d[3:6]}", f"+56 9 {d[:4]} {d[4:8]}", f"+66 81 {d[:3]} {d[3:7]}", f"081-{d[:3]}-{d[3:7]}",
                      f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}",
                      f"+93 70 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
                      f"+43 664 {d[:7]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"00 49 89 {d[:7]}"),
        }  # fmt: skip
        if country is None:
            country = r.choices(("uk", "us", "other"), weights=(2, 1, 5))[0]
        return r.choice(shapes[country])

    def national_id(self, kind: str = "adult", woman: bool | None = None) -> str:
        """A personnummer with a valid check digit; `+` past a hundred in the ten-digit form."""
        r = self.rng
        years = {
            "adult": (1936, 2006),
            "baby": (2025, 2026),
            "teen": (2012, 2013),
            "old": (1917, 1926),
        }
        if kind == "adult" and r.random() < 0.04:
            kind = "old"
        year = r.randint(*years[kind])
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        third = r.randrange(10)
        if woman is not None:
            third = r.choice((0, 2, 4, 6, 8) if woman else (1, 3, 5, 7, 9))
        serial = f"{r.randrange(100):02d}{third}"
        check = luhn(date + serial)
        sep = "+" if year <= 1926 else "-"
        roll = r.random()
        if kind == "old":  # most write the old person's number in its ten-digit form
            roll = 0.4 + roll * 0.6
        if kind == "baby":
            roll = roll * 0.8
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}{sep}{serial}{check}"
        if roll < 0.9:
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
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[44:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, box: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        if box:
            code = code[:3] + f"{r.randrange(1, 30):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = "SE-" + out
        elif roll < 0.12:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}{chr(10) if lines else ', '}{self.sv_postal(box=True)}"

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
            street = f"Flat {r.randrange(1, 14)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 80)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Apt.'))} {r.randrange(2, 40)}{r.choice(('', '', 'B'))}"
        city = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{city}" if lines else f"{street}, {city}"

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

    P full name, p the same in lower case, U in capitals, F with middle names, J with a middle
    initial, G/g the given name (sometimes its short form), N/n the short form where the name has
    one, S/s the surname, SU the surname and GU the given name in capitals, I initials and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base == "J":
        extra = middle or [
            draw.pick(
                ORIGINS[person.origin].given_f if person.woman else ORIGINS[person.origin].given_m
            )
        ]
        words = given + extra[:1] + surname
        value = f"{person.first} {extra[0][0][0]}. {person.last}"
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
        initials = ".-".join(p[0] for p in person.first.split("-")) + "."
        if middle and draw.rng.random() < 0.3:
            initials += f" {middle[0][0][0]}."
            words = middle + surname
        value = f"{initials} {person.last}"
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


PERSON_FORMS = {"P", "p", "U", "F", "J", "G", "g", "N", "n", "GU", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?:~(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw, gender: str | None) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day, year = r.randrange(1, 13), r.randrange(1, 29), r.choice((2026, 2027, 2027, 2028))
    woman = {"f": True, "m": False}.get(gender or "")
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), r.choice(SV_STREETS), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHL": lambda: (draw.landline(office=r.random() < 0.6), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PNR": lambda: (draw.national_id("adult", woman), "NATIONAL_ID"),
        "PNRB": lambda: (draw.national_id("baby", woman), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id("teen", woman), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id("old", woman), "NATIONAL_ID"),
        "EF": lambda: (draw.office_email(english=False), "EMAIL"),
        "EFE": lambda: (draw.office_email(english=True), "EMAIL"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.{year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}", f"{MONTHS['en'][month - 1]} {day}, {year}")), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "YEAR": lambda: (str(year), None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{'.' if r.random() < 0.7 else ':'}{r.choice(('00', '00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}{r.choice(('am', 'pm', '.30pm', ':15 pm', ' p.m.'))}", f"{r.randrange(9, 20)}:{r.choice(('00', '30'))}")), None),
        "TIMES": lambda: (f"{(h := r.randrange(8, 18))}.{r.choice(('00', '30'))}–{min(h + r.randrange(1, 6), 21)}.00", None),
        "NUM": lambda: (str(r.randrange(2, 120)), None),
        "AMT": lambda: (f"{r.choice((r.randrange(2, 60) * 50, r.randrange(1, 40) * 500, r.randrange(100, 9000))):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(5, 900)}{r.choice(('', '', '.00', '.50'))}", None),
        "USD": lambda: (f"${r.randrange(10, 5000):,}{r.choice(('', '.00'))}", None),
        "EUR": lambda: (f"{r.randrange(20, 800)} €", None),
        "PCT": lambda: (f"{r.choice(('0', '1'))},{r.randrange(0, 100):02d} %", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}", f"B-{year}-{r.randrange(1, 999):04d}")), None),
        "DNR": lambda: (r.choice((f"Dnr {year}-{r.randrange(1, 800):04d}", f"{r.randrange(1, 300)}/{year % 100}", f"KR {year}:{r.randrange(1, 90)}")), None),
        "OCR": lambda: (draw.digits(r.choice((12, 14, 16))), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{draw.digits(4)}", f"{r.randrange(1000, 9999)}-{draw.digits(4)}")), None),
        "PG": lambda: (r.choice((f"90 {draw.digits(2)} {draw.digits(2)}-{draw.digits(1)}", f"{draw.digits(6)}-{draw.digits(1)}")), None),
        "ORG": lambda: (f"252{draw.digits(3)}-{draw.digits(4)}", None),
        "SWISH": lambda: (r.choice((f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", f"123{draw.digits(7)}", f"90 {draw.digits(3)} {draw.digits(2)}")), None),
        "CHARITY": lambda: (f"11{draw.digits(5)}", None),
        "PSALM": lambda: (r.choice((f"psalm {r.randrange(1, 800)}", f"Sv. ps. {r.randrange(1, 700)}", f"nr {r.randrange(1, 900)}")), None),
        "HYMN": lambda: (r.choice((f"hymn {r.randrange(1, 600)}", f"CP {r.randrange(1, 500)}", f"ELW {r.randrange(200, 890)}", f"A&M {r.randrange(1, 800)}")), None),
        "BIBLE": lambda: (r.choice(("Joh 3:16–21", "Matt 28:18–20", "Mark 10:13–16", "Luk 2:1–20", "1 Kor 13", "Ps 23", "Rut 1:16–17", "Jes 43:1", "Rom 8:38–39", "Pred 3:1–8", "John 15:9–17", "1 Corinthians 13:4–13", "Psalm 121", "Ecclesiastes 3")), None),
        "GRAV": lambda: (r.choice((f"kvarter {r.choice('ABCDEFGH')}, nr {r.randrange(1, 400)}", f"Kv {r.randrange(1, 30)} nr {r.randrange(1, 300)}", f"gravplats {r.choice('ABCDE')} {r.randrange(1, 600)}", f"section {r.choice('ABCD')}, plot {r.randrange(1, 300)}")), None),
        "PROP": lambda: (f"{r.choice(PROPERTIES)} {r.randrange(1, 12)}:{r.randrange(1, 40)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS + tuple((t, s) for t, s, _ in US_TOWNS))[0], None),
        "CHURCH": lambda: (r.choice(CHURCHES), None),
        "CHURCHEN": lambda: (r.choice(CHURCHES_EN), None),
        "HALL": lambda: (r.choice(HALLS), None),
        "CAMP": lambda: (r.choice(CAMPS), None),
        "PET": lambda: (r.choice(PETS), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "CODE": lambda: (draw.digits(4), None),
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
                person = draw.person(woman, people.get(kin) if kin else None)
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            segments = [filler(form, draw, gender)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """ES's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-es-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


PNR_SHAPE = re.compile(r"(?:\d{2})?\d{6}[-+]?\d{4}")


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def pnr_valid(value: str) -> bool:
    if not PNR_SHAPE.fullmatch(value):
        return False
    digits = re.sub(r"\D", "", value)[-10:]
    return luhn(digits[:9]) == int(digits[9])


def stats(rows: list[dict[str, object]], draw: Draw | None = None) -> None:
    """Counts only: no row of ES is printed."""
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
                forms["initial"] += bool(re.search(r"(?:^|\s)\w\.(?:-\w\.)?(?:\s|$)", value))
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
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
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
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives "
        + ", ".join(f"{lang} {sum(1 for la, _ in NEGATIVES if la == lang)}" for lang in SIZES)
    )
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = [k for lang in MIXES for k in MIXES[lang] if not draw.origins[k]]
        print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = Counter(row.get("id") for row in rows)
    problems["duplicate ids"] = sum(n - 1 for n in ids.values() if n > 1)
    for row in rows:
        problems["keys not as heldout-u"] += list(row) != KEYS
        problems["split"] += row.get("split") != SPLIT
        problems["lang"] += row.get("lang") not in SIZES
        text, spans, end = row["text"], row["spans"], 0
        for span in spans:
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in KINDS
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer check digit"] += not pnr_valid(value)
            end = stop
    langs = Counter(row["lang"] for row in rows)
    total = sum(problems.values())
    print(
        f"{path.name}: rows {len(rows)} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(langs.items()))
        + f"), spans {sum(len(r['spans']) for r in rows)}"
    )
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.out is None:
        if args.seed != SEED and not args.stats:
            parser.error("a scratch seed needs --out (the set's own file is written with SEED)")
        args.out = OUT
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
