# ruff: noqa: E501
"""Generate held-out HJ for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninety-seventh writer. Every name word comes from `names_hj.py`'s weighted pools
(SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the
commonest names of the origins common in Sweden), 80% from the head of a list and 20% from its
tail, mixed by the language of the row; the genre (`templates_hj.py`) is archaeology excavations
and heritage sites: dig volunteers and their sign-ups, finds registers, landowner permissions and
metal-detecting licences, site diaries, context sheets, treasure and find reports, and museum
handovers. Written by a helper who tunes nothing, who read only `generate_aw.py` (for the
mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`), two sections of
docs/privacy.md ("Held-out AW", "Held-out CL") and the first line of `generated-heldout-u.jsonl`;
not the detector (`src/`), its lexicons, its tests, nor any other set's names, templates or rows.
HJ was never run through the detector by its writer. Stdlib only; one seeded Random: same seed,
same bytes.

    python data/pii/generate_hj.py            # writes data/pii/generated-heldout-hj.jsonl
    python data/pii/generate_hj.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hj.py --check    # checks the written file, prints counts only
    python data/pii/generate_hj.py --seed 7 --out /tmp/hj-7.jsonl   # a scratch seed
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
from datetime import date, timedelta
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_hj import (  # noqa: E402
    HEAD_SHARE,
    HYPHEN_FIRST,
    HYPHEN_SECOND,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    plain,
)
from templates_hj import (  # noqa: E402
    DAYS,
    DOGS,
    EN,
    FIRMS,
    MIXED,
    MONTHS,
    MUSEUMS,
    NEGATIVES,
    PARISHES,
    SITES,
    SV,
)

SEED = 20270274
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hj.jsonl"
SPLIT = "heldout-hj"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them.
SV_STREETS = (
    "Storgatan", "Kyrkogatan", "Drottninggatan", "Västra Ågatan", "Klostergatan", "Prästgatan",
    "Slottsgatan", "Sankt Olofsgatan", "Bangårdsgatan", "Tullgatan", "Östra Långgatan",
    "Norra Strandgatan", "Smedjegatan", "Rådhusgatan", "Fabriksgatan", "Svartbäcksgatan",
    "Gravfältsvägen", "Runstensvägen", "Kyrkvägen", "Bruksvägen", "Skogsbrynsvägen", "Hagvägen",
    "Envägen", "Vallvägen", "Backvägen", "Tingshusvägen", "Fornvägen", "Lärkvägen", "Ängsvägen",
    "Gamla Landsvägen", "Södra Vägen", "Kvarnvägen", "Ekbacksvägen", "Flygfältsvägen",
    "Stensättningsvägen", "Mossvägen", "Grindvägen", "Vägen till Byn",
    "Hagsvängen", "Ekorrsvängen", "Tegelbruksvängen", "Lindsvängen",
    "Rosenallé", "Kastanjeallén", "Lindallén", "Sankt Görans allé", "Slottsallén",
    "Kvarnbacken", "Kyrkbacken", "Klockarbacken", "Skolbacken", "Tornbacke", "Solbacke",
    "Hallonstigen", "Vitsippsstigen", "Trollstigen", "Mjölnarstigen", "Lingonstigen",
    "Stortorget", "Fisktorget", "Lilla torget", "Gustavs torg", "Trädgårdstorget",
    "Stationsplan", "Kyrkplan", "Bryggplan", "Mästarplan",
    "Klockargränd", "Tunnbindaregränd", "Hattmakargränd", "Skräddargränd", "Kopparslagargränd",
    "Norra kajen", "Hamnkajen", "Skeppsbrokajen", "Tullkajen", "Södra kajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Lund", 222, 227), ("Linköping", 582, 589), ("Norrköping", 602, 603), ("Västerås", 721, 725),
    ("Örebro", 702, 705), ("Jönköping", 553, 556), ("Växjö", 352, 355), ("Kalmar", 392, 393),
    ("Umeå", 903, 907), ("Luleå", 972, 975), ("Gävle", 802, 806), ("Sundsvall", 852, 857),
    ("Karlstad", 652, 656), ("Halmstad", 302, 305), ("Eskilstuna", 632, 635), ("Östersund", 831, 832),
    ("Sigtuna", 193, 193), ("Visby", 621, 621), ("Skara", 532, 532), ("Vadstena", 592, 592),
    ("Ystad", 271, 271), ("Simrishamn", 272, 272), ("Tanumshede", 457, 457), ("Norrtälje", 761, 761),
    ("Enköping", 745, 745), ("Tierp", 815, 815), ("Östhammar", 742, 742), ("Knivsta", 741, 741),
    ("Strängnäs", 645, 645), ("Nyköping", 611, 611), ("Mariestad", 542, 542), ("Lidköping", 531, 531),
    ("Falköping", 521, 521), ("Alingsås", 441, 441), ("Kungälv", 442, 442), ("Uddevalla", 451, 451),
    ("Kristianstad", 291, 291), ("Trelleborg", 231, 231), ("Landskrona", 261, 261), ("Motala", 591, 591),
    ("Vimmerby", 598, 598), ("Borgholm", 387, 387), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891),
    ("Skellefteå", 931, 931), ("Piteå", 941, 941), ("Gällivare", 982, 982), ("Hudiksvall", 824, 824),
    ("Söderhamn", 826, 826), ("Mora", 792, 792), ("Sala", 733, 733), ("Arboga", 732, 732),
    ("Falun", 791, 791), ("Båstad", 269, 269), ("Sollefteå", 881, 881), ("Kiruna", 981, 981),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 24`); also property designations.
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Mellanby", "Kyrkby", "Bränninge", "Ekeby",
    "Husby", "Tuna", "Sundby", "Åby", "Hammarby", "Lövsta", "Valla", "Berga", "Skällsta",
    "Ulvsunda", "Kulla", "Hög", "Rösta", "Ängsö", "Sörgården", "Norrgården", "Backgården",
    "Lillåsen", "Gravbacken", "Stenåsen", "Tjärnbo", "Kvarnbo", "Hagalund", "Björkvik", "Ösby",
)  # fmt: skip
UK_STREETS = (
    "Church Street", "Castle Street", "Priory Lane", "Abbey Road", "Mill Lane", "Chapel Row",
    "Roman Way", "Barrow Lane", "Station Road", "High Street", "The Close", "Vicarage Lane",
    "Moor Road", "Quarry Lane", "Orchard Way", "Fore Street", "Bridge End", "Market Square",
    "Westgate", "Micklegate", "Bootham Crescent", "Tumulus Way", "Kiln Lane", "Ferry Road",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Salisbury", "SP"), ("Dorchester", "DT"), ("Lincoln", "LN"), ("Colchester", "CO"),
    ("Chester", "CH"), ("Durham", "DH"), ("Hexham", "NE"), ("Devizes", "SN"), ("Cirencester", "GL"),
    ("Canterbury", "CT"), ("Winchester", "SO"), ("Bath", "BA"), ("Kirkwall", "KW"), ("Truro", "TR"),
    ("Aberystwyth", "SY"), ("Caernarfon", "LL"), ("Stirling", "FK"), ("Whitby", "YO"), ("Woodbridge", "IP"),
    ("Peterborough", "PE"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Norwich", "NR"), ("Lancaster", "LA"),
    ("Carlisle", "CA"), ("Belfast", "BT"), ("Edinburgh", "EH"), ("London", "SE"),
)  # fmt: skip
UK_HOUSES = (
    "Barrow Cottage", "The Old Vicarage", "Manor Farm", "Glebe Farm", "Mill House",
    "Priory Cottage", "Keepers Cottage", "Hillside", "The Granary", "Church View",
)  # fmt: skip
US_STREETS = (
    "Canyon Road", "Main Street", "County Road 24", "Mesa Drive", "W Elm Street", "Old Santa Fe Trail",
    "Ridge Road", "N 3rd Street", "Pueblo Lane", "Mound Avenue", "Ranch Road 7", "S Broadway",
)  # fmt: skip
US_TOWNS = (
    ("Santa Fe", "NM", 875), ("Flagstaff", "AZ", 860), ("Cortez", "CO", 813), ("Bozeman", "MT", 597),
    ("Moab", "UT", 845), ("Williamsburg", "VA", 231), ("Collinsville", "IL", 622), ("Chillicothe", "OH", 456),
    ("Durango", "CO", 813), ("Albuquerque", "NM", 871), ("Tucson", "AZ", 857), ("Asheville", "NC", 288),
)  # fmt: skip
EUROPE = (
    "Grabenstraße {n}, {z5:24837-24837} Schleswig", "Am Burgwall {n}, {z5:17489-17493} Greifswald",
    "Domplatz {n}, {z5:06108-06132} Halle (Saale)", "Vikingevej {n}, {z4:4000-4000} Roskilde",
    "Ribe Landevej {n}, {z4:6760-6760} Ribe", "Kongsgårdsgata {n}, {z4:4005-4019} Stavanger",
    "Borrevegen {n}, {z4:3184-3184} Borre", "Linnankatu {n} A {m}, {z5:20100-20900} Turku",
    "Museokatu {n}, {z5:00100-00180} Helsinki", "ul. Kanonia {n}/{m}, 31-{z3:002-005} Kraków",
    "ul. Tumska {n}, 62-{z3:200-200} Gniezno", "{n} rue des Fouilles, {z5:21150-21150} Alise-Sainte-Reine",
    "{n} avenue du Musée, {z5:24620-24620} Les Eyzies", "Via dell'Abbondanza {n}, {z5:80045-80045} Pompei",
    "Via Appia Antica {n}, {z5:00178-00179} Roma", "Odos Ermou {n}, {z3:105-105} {z2:51-63} Athina",
    "Vondelstraat {n}, {z4:1054-1054} {L2} Amsterdam", "Markt {n}, {z4:2611-2611} {L2} Delft",
    "Laugavegur {n}, {z3:101-101} Reykjavík", "Pikk {n}, {z5:10123-10123} Tallinn",
    "Main Street, Kells, Co. Meath A82 {E4}", "Calle Mayor {n}, {z5:37001-37008} Salamanca",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "btinternet.com")  # fmt: skip
WORK = ("example.se", "arkeologi.example.se", "museum.example.se", "lansstyrelsen.example.se", "example.com", "example.org", "example.co.uk", "uni.example.ac.uk")  # fmt: skip


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
    """Every value of HJ from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and given[0][0] in HYPHEN_FIRST[woman] and r.random() < 0.15:
            seconds = [
                i
                for i, n in enumerate(pool.names)
                if n in HYPHEN_SECOND[woman] and n != given[0][0]
            ]
            i = r.choices(seconds, weights=[pool.weights[i] for i in seconds])[0]
            given.append((pool.names[i], "head" if i < pool.head else "tail"))  # Anna-Karin
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[0][0]):
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
        given = re.sub(r"[^a-z]", "", plain(person.first).lower())
        surname = re.sub(r"[^a-z]", "", plain(person.surname[-1][0]).lower())
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        local = r.choice(("info", "fynd", "arkiv", "registrator", "kansli", "volontar", "finds", "archive", "enquiries", "fieldwork", "dig", "museum", "samlingar"))  # fmt: skip
        return f"{local}@{r.choice(WORK)}"

    def org_number(self) -> str:
        """A Swedish organisation number: a personnummer's look-alike, no personnummer."""
        r = self.rng
        head = f"{r.choice('25789')}{r.randrange(10)}{r.randrange(2, 10)}{self.digits(3)}{self.digits(3)}"
        return f"{head[:6]}-{head[6:]}{luhn(head)}"

    def date_range(self, english: bool) -> str:
        """From one day of 2027 to a later one, as a form or a letter writes it."""
        r = self.rng
        start = date(2027, 4, 1) + timedelta(days=r.randrange(0, 180))
        end = start + timedelta(days=r.randrange(1, 21))
        months = MONTHS["en" if english else "sv"]
        if english:
            if start.month == end.month and r.random() < 0.5:
                return f"{start.day}–{end.day} {months[end.month - 1]}"
            return r.choice(
                (
                    f"{start:%d/%m/%Y} to {end:%d/%m/%Y}",
                    f"{start.day} {months[start.month - 1]} to {end.day} {months[end.month - 1]}",
                )
            )
        if start.month == end.month and r.random() < 0.5:
            return f"{start.day}–{end.day} {months[end.month - 1]}"
        return r.choice(
            (
                f"{start:%Y-%m-%d}–{end:%Y-%m-%d}",
                f"{start.day}/{start.month}–{end.day}/{end.month}",
                f"{start.day} {months[start.month - 1]}–{end.day} {months[end.month - 1]}",
            )
        )

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("18", "31", "40", "46", "13", "11", "19", "21", "16", "54", "90", "63", "26", "36")
        )
        area3 = r.choice(("171", "176", "224", "293", "411", "498", "485", "499", "511", "525", "526", "532", "143", "155", "660", "611", "970", "980", "647", "651"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08-{d[:8]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}-{d[:6]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0){area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A switchboard or a museum's, a county board's or a contractor's number."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:6]} {d[6:8]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:6]} 00", f"018-{d[:2]} {d[2:4]} 00", f"031-{d[:3]} {d[3:5]} 00",
            f"046-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0498-{d[:2]} {d[2:4]} 00",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)1904 {d[:6]}", f"01722 {d[:6]}",
            f"0044 1865 {d[:6]}", f"+44 20 {d[:4]} {d[4:8]}", f"(01305) {d[:6]}", f"+44 131 {d[:3]} {d[3:7]}",
            f"+1 (505) 555-0{d[:3]}", f"(928) 555-0{d[:3]}", f"+1 970 555 0{d[:3]}", f"505.555.0{d[:3]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+358 (0)2 {d[:3]} {d[3:7]}", f"+49 171 {d[:7]}", f"+49 (0)4621 {d[:6]}", f"0049 30 {d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 12 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)5 53 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+39 081 {d[:3]} {d[3:7]}", f"+30 69{d[:2]} {d[2:5]} {d[5:8]}",
            f"+30 210 {d[:3]} {d[3:7]}", f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+354 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit; `+` for the ten-digit form past a hundred."""
        r = self.rng
        year = r.randrange(1916, 1927) if r.random() < 0.1 else r.randrange(1935, 2010)
        ymd = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(ymd + serial)
        old = year < 1927
        roll = r.random()
        if roll < 0.35:
            return f"{year // 100}{ymd}-{serial}{check}"
        if roll < 0.45:
            return f"{year // 100}{ymd}{serial}{check}"
        if roll < 0.85 or old:
            return f"{ymd}{'+' if old else '-'}{serial}{check}"
        return f"{ymd}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 13)) + 1, 160))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
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
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def property(self) -> str:
        """A property designation (`Västanby 3:14`): no address."""
        return (
            f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 40)}:{self.rng.randrange(1, 90)}"
        )

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        roll = r.random()
        joint = "\n" if lines else ", "
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}{joint}{self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}{joint}{self.sv_postal()}"
        return f"{self.sv_street()}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        elif roll < 0.4:
            street = f"Unit {r.randrange(1, 30)}, Abbey Business Park, {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        elif roll < 0.3:
            street = f"PO Box {r.randrange(10, 9999)}"
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
        out = out.replace("{E4}", "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GU the given name in capitals, N/n the short form where the name
    has one, S/s the surname, SU the surname in capitals, I an initial and the surname, Gi the
    given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail
    address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base == "GU":
        words, value = given, person.first.upper()
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def care_of(lines: bool) -> list[Segment]:
        """`c/o` and the name after it (its own PERSON, or a firm), then the address."""
        joint = "\n" if lines else ", "
        if r.random() < 0.25:
            return [(f"c/o {r.choice(FIRMS['sv'])}{joint}", None), (draw.box(lines), "ADDRESS")]
        person = draw.person(None)
        name = person_segments(r.choice(("P", "P", "S")), person, draw)
        return [
            ("c/o ", None),
            *name,
            (joint, None),
            (draw.sv_address(lines=lines, rural=False), "ADDRESS"),
        ]

    values: dict[str, Callable[[], Segment | list[Segment]]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "CO": lambda: care_of(False),
        "COL": lambda: care_of(True),
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
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(6, 19)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "SMALL": lambda: (str(r.randrange(2, 14)), None),
        "AMT": lambda: (f"{r.randrange(300, 48000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400):,}", None),
        "USD": lambda: (f"${r.randrange(40, 5000):,}", None),
        "FNR": lambda: (r.choice((f"F{r.randrange(1, 640)}", f"F{r.randrange(1, 99):03d}", f"fnr {r.randrange(1, 900)}")), None),
        "CTX": lambda: (r.choice((f"A{r.randrange(100, 9999)}", f"kontext {r.randrange(100, 3999)}", f"SU {r.randrange(10, 999)}")), None),
        "TR": lambda: (str(r.randrange(1, 12)), None),
        "RAA": lambda: (f"RAÄ {r.choice(PARISHES)} {r.randrange(1, 480)}:{r.randrange(1, 4)}", None),
        "LNR": lambda: (f"L{r.choice((r.randrange(1930, 2000), 2025, 2026, 2027))}:{r.randrange(1000, 9999)}", None),
        "FAST": lambda: (draw.property(), None),
        "DNR": lambda: (r.choice((f"431-{r.randrange(1000, 9999)}-2027", f"dnr 431-{r.randrange(100, 9999)}-27", f"{r.randrange(100, 999)}-{r.randrange(1000, 19999)}-2026")), None),
        "COORD": lambda: (r.choice((f"N {r.randrange(6100000, 7600000)} E {r.randrange(300000, 900000)}", f"N 6 {r.randrange(100, 999)} {r.randrange(100, 999)} / E {r.randrange(300, 899)} {r.randrange(100, 999)}", f"{r.randrange(55, 68)}.{r.randrange(1000, 9999)}° N, {r.randrange(11, 24)}.{r.randrange(1000, 9999)}° E")), None),
        "NGR": lambda: (f"{r.choice(('SU', 'SP', 'TL', 'SE', 'NY', 'ST', 'TF', 'SK'))} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}", None),
        "C14": lambda: (f"{r.choice(('Ua', 'Beta', 'SUERC', 'LuS', 'Poz'))}-{r.randrange(10000, 999999)}: {r.randrange(900, 5200)}±{r.choice((25, 30, 35, 40))} BP", None),
        "SF": lambda: (f"SF{r.randrange(1, 400):03d}", None),
        "ACC": lambda: (r.choice((f"{r.randrange(2024, 2028)}.{r.randrange(1, 90)}.{r.randrange(1, 300)}", f"{r.choice(('YORYM', 'DOR', 'WILTM', 'LCNCC'))} {r.randrange(2020, 2028)}.{r.randrange(1, 400)}")) if en else r.choice((f"{r.choice(('UM', 'SHM', 'KLM', 'VGM', 'GF'))} {r.randrange(10000, 45000)}", f"inv.nr {r.randrange(2020, 2028)}:{r.randrange(1, 400)}")), None),
        "RANGE": lambda: (draw.date_range(False), None),
        "RANGEEN": lambda: (draw.date_range(True), None),
        "SITE": lambda: (r.choice(SITES["en" if en else "sv"]), None),
        "SITEEN": lambda: (r.choice(SITES["en"]), None),
        "MUS": lambda: (r.choice(MUSEUMS["sv"]), None),
        "MUSEN": lambda: (r.choice(MUSEUMS["en"]), None),
        "FIRM": lambda: (r.choice(FIRMS["sv"]), None),
        "FIRMEN": lambda: (r.choice(FIRMS["en"]), None),
        "DOG": lambda: (r.choice(DOGS["en" if en else "sv"]), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "DEPTH": lambda: (f"0,{r.randrange(10, 95)} m" if not en else f"0.{r.randrange(10, 95)} m", None),
        "GRAM": lambda: (f"{r.randrange(1, 900)} g", None),
        "HA": lambda: (f"{r.randrange(1, 60)},{r.randrange(10)}", None),
        "WEEK": lambda: (str(r.randrange(18, 40)), None),
        "BANK": lambda: (f"{r.choice(('8327-9', '6000', '5000', '8105-9', '9960'))}, {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}-{r.randrange(10)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORG": lambda: (draw.org_number(), None),
        "PAS": lambda: (f"{r.choice(('NMS', 'SWYOR', 'WILT', 'DOR', 'LIN', 'SUSS', 'YORYM', 'NLM'))}-{r.randrange(16**6):06X}", None),
        "TRI": lambda: (r.choice((f"LA {r.randrange(100, 99999)}", f"5MT{r.randrange(100, 19999)}", f"42SA{r.randrange(100, 29999)}", f"44JC{r.randrange(10, 999):04d}", f"11MS{r.randrange(1, 999)}")), None),
        "IRL": lambda: (f"{r.randrange(20, 28)}E{r.randrange(1, 999):04d}", None),
    }  # fmt: skip
    out = values[form]()
    return out if isinstance(out, list) else [out]


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
    """HJ's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_form(value: str) -> str | None:
    """`12-digit`/`10-digit` with `-`, `+` or none, when the check digit is valid; else None."""
    match = PNR.match(value)
    if not match:
        return None
    century, ymd, sep, tail = match.groups()
    if int(tail[-1]) != luhn(ymd + tail[:3]) or (century and sep == "+"):
        return None
    return f"{'12' if century else '10'} digits, {'with ' + sep if sep else 'no separator'}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of HJ is printed."""
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
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += (
                    "c/o " in text[max(0, span["start"] - 60) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value) or "invalid"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts and problems' kinds only, never a row's text."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = Counter(row.get("id") for row in rows)
    problems["duplicate ids"] = sum(n - 1 for n in ids.values() if n > 1)
    for row in rows:
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["keys"] += 1
        if row.get("split") != SPLIT or row.get("lang") not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            if not 0 <= start < stop <= len(text):
                problems["out of bounds or empty"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if kind not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if kind == "NATIONAL_ID" and pnr_form(value) is None:
                problems["personnummer check digit or form"] += 1
    langs = Counter(row["lang"] for row in rows)
    if dict(langs) != SIZES:
        problems["sizes"] += 1
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    print(
        f"{path.name}: {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {sum(len(r['spans']) for r in rows)} spans, sha256 {digest}"
    )
    stats(rows, None)
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    out = args.out or OUT
    if args.check:
        raise SystemExit(check(out))
    if args.seed != SEED and args.out is None and not args.stats:
        parser.error("a scratch seed needs --out, so that the set itself is not overwritten")
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
