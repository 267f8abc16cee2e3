# ruff: noqa: E501
"""Generate held-out cd for personal-data detection: names as the population has them, the
sixty-first writer (farms, stables and the countryside).

    python data/pii/generate_cd.py           # writes data/pii/generated-heldout-cd.jsonl
    python data/pii/generate_cd.py --stats   # counts only, writes nothing
    python data/pii/generate_cd.py --check   # checks the written file, prints counts only
    python data/pii/generate_cd.py --seed 7  # a scratch seed (with --out or --stats)

Every name word comes from `names_cd.py`'s weighted pools (SCB's ranks for Sweden, the US Census
1990 per cents, the ONS rankings for the UK, the commonest names of the origins common in
Sweden), 80% from the head of a list and 20% from its tail, mixed by the language of the row.
The genre (`templates_cd.py`) is animals on farms, in stables and in the countryside and the
people who keep them; animals carry people's names everywhere and are never values. Written by a
helper who tunes nothing and who read neither the detector nor its lexicons, tests, other sets or
error listings; this set was never run through the detector by its writer. Stdlib only; one
seeded Random: same seed, same bytes.
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

import templates_cd as T  # noqa: E402
from names_cd import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, ascii_fold, feminine, plain  # noqa: E402

SEED = 20270138
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": T.SV, "en": T.EN, "mixed": T.MIXED}
OUT = HERE / "generated-heldout-cd.jsonl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

SV_STREETS = (
    "Storgatan", "Kyrkogatan", "Skolgatan", "Ågatan", "Västra Vägen", "Bygatan", "Hästhagsvägen",
    "Ridvägen", "Travvägen", "Stallgatan", "Kvarngatan", "Mejerigatan", "Prästgårdsgatan",
    "Björkvägen", "Lönnvägen", "Hasselvägen", "Rönnbärsvägen", "Ängsvägen", "Åkervägen", "Hagvägen",
    "Betesvägen", "Fäladsvägen", "Lindallén", "Alléstigen", "Backstugevägen", "Gärdesvägen",
    "Sockenvägen", "Gamla Riksvägen", "Norra Järnvägsgatan", "Östra Storgatan", "Smedjegatan",
    "Tegelbruksvägen", "Sågvägen", "Kvarnbäcksvägen", "Bäckvägen", "Strandgatan", "Sjöviksvägen",
    "Ekbacken", "Rosenbacken", "Klöverstigen", "Vallmostigen", "Humlestigen", "Tranbärsstigen",
    "Lärkgränd", "Skogsgläntan", "Hagtornsgången", "Torget", "Stortorget", "Ängsgärdet",
    "Kastanjegatan", "Hantverksgatan", "Nyponvägen", "Blåklintsvägen", "Solrosvägen", "Ryttarvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes; from index 20 on the country towns.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Linköping", 582, 587), ("Örebro", 702, 703), ("Västerås", 722, 725), ("Jönköping", 553, 556),
    ("Umeå", 903, 907), ("Lund", 222, 227), ("Borås", 503, 507), ("Eskilstuna", 632, 633),
    ("Gävle", 802, 806), ("Halmstad", 302, 305), ("Kristianstad", 291, 291), ("Karlstad", 652, 654),
    ("Växjö", 352, 355), ("Östersund", 831, 832), ("Sundsvall", 852, 857), ("Kalmar", 392, 393),
    ("Skövde", 541, 541), ("Falköping", 521, 521), ("Nyköping", 611, 611), ("Enköping", 745, 745),
    ("Strängnäs", 645, 645), ("Sala", 733, 733), ("Hudiksvall", 824, 824), ("Visby", 621, 621),
    ("Ystad", 271, 271), ("Höör", 243, 243), ("Sjöbo", 275, 275), ("Tomelilla", 273, 273),
    ("Eslöv", 241, 241), ("Laholm", 312, 312), ("Vara", 534, 534), ("Lidköping", 531, 531),
    ("Mariestad", 542, 542), ("Motala", 591, 591), ("Vimmerby", 598, 598), ("Eksjö", 575, 575),
    ("Vetlanda", 574, 574), ("Ljungby", 341, 341), ("Alvesta", 342, 342), ("Ronneby", 372, 372),
    ("Arvika", 671, 671), ("Säffle", 661, 661), ("Kumla", 692, 692), ("Köping", 731, 731),
    ("Heby", 744, 744), ("Norrtälje", 761, 761), ("Tierp", 815, 815), ("Bollnäs", 821, 821),
    ("Ljusdal", 827, 827), ("Leksand", 793, 793), ("Rättvik", 795, 795), ("Mora", 792, 792),
    ("Krokom", 835, 835), ("Sollefteå", 881, 881), ("Skellefteå", 931, 931), ("Boden", 961, 961),
    ("Åre", 837, 837), ("Värnamo", 331, 331), ("Ulricehamn", 523, 523), ("Kungsbacka", 434, 434),
    ("Falkenberg", 311, 311), ("Ängelholm", 262, 262), ("Hörby", 242, 242), ("Simrishamn", 272, 272),
)  # fmt: skip
# Farm and village names as rural addresses have them (`Norrby 12`, `Gården 3`).
FARMS = (
    "Norrby", "Gården", "Säby", "Ekeby", "Lilla Berga", "Västra Hult", "Björkhaga", "Kvarntorp",
    "Brånan", "Bäckeby", "Uddebo", "Tallbacken", "Myren", "Ängstorp", "Östra Gärde", "Hagby",
    "Fäboden", "Lövåsen", "Skattebo", "Sörby", "Nybble", "Stora Mossen", "Kråkemåla", "Lyckås",
    "Hässleby", "Vallby", "Broby", "Tuna", "Torp", "Sjöberga", "Norra Ryd", "Grönhult",
)  # fmt: skip
GARD = ("Säby gård", "Ekeby gård", "Berga gård", "Nybble gård", "Lindgården", "Västergården", "Sörgården", "Tuna gård", "Hagby gård", "Stora Ek gård", "Lilla Hult gård", "Åsbacka gård")  # fmt: skip
UK_STREETS = ("High Street", "Station Road", "Church Lane", "Mill Lane", "Back Lane", "The Green", "Chapel Row", "Main Street", "School Lane", "Orchard Close", "Bridge Street", "Market Place", "Moor Lane", "Park Road", "Westgate", "Castle Street")  # fmt: skip
UK_LANES = ("Mill Lane", "Back Lane", "Church Lane", "Green Lane", "Moor Road", "Pound Lane", "Long Lane", "Fen Road", "Drovers Lane", "Hollow Lane", "Bridleway Lane", "Sheepwash Lane", "Cow Lane", "Common Road", "Stable Lane")  # fmt: skip
UK_HOUSES = ("Lower Farm", "Home Farm", "Manor Farm", "Hill Farm", "Glebe Farm", "Church Farm", "Moor End Farm", "Woodside Cottage", "Stable Cottage", "The Old Dairy", "Yew Tree Cottage", "Hollybank Farm", "Brook House Farm", "The Granary", "Keeper's Cottage", "Upper Barn", "Pear Tree Farm")  # fmt: skip
UK_VILLAGES = (
    ("Little Snoring", "Fakenham", "NR21"), ("Great Ayton", "Middlesbrough", "TS9"),
    ("Lambourn", "Hungerford", "RG17"), ("Middleham", "Leyburn", "DL8"), ("Wendover", "Aylesbury", "HP22"),
    ("Bampton", "Tiverton", "EX16"), ("Crickhowell", "", "NP8"), ("Alnmouth", "Alnwick", "NE66"),
    ("Hawkshead", "Ambleside", "LA22"), ("Kirkby Lonsdale", "Carnforth", "LA6"), ("Aberfeldy", "", "PH15"),
    ("Moreton-in-Marsh", "", "GL56"), ("Lower Slaughter", "Cheltenham", "GL54"), ("Helmsley", "York", "YO62"),
    ("Tetbury", "", "GL8"), ("Builth Wells", "", "LD2"), ("Allendale", "Hexham", "NE47"),
    ("Exford", "Minehead", "TA24"), ("Lyndhurst", "", "SO43"), ("Bakewell", "", "DE45"),
    ("Newmarket", "", "CB8"), ("Wantage", "", "OX12"), ("Much Wenlock", "", "TF13"),
    ("Church Stretton", "", "SY6"), ("Masham", "Ripon", "HG4"), ("Chagford", "Newton Abbot", "TQ13"),
)  # fmt: skip
US_ROADS = ("County Road 12", "Old Frankfort Pike", "Route 9", "Farm Road 2", "Ridge Road", "Mill Creek Road", "Paris Pike", "Highway 27", "Fox Hollow Lane", "Pasture Lane", "Saddle Club Road", "Hunt Country Lane")  # fmt: skip
US_TOWNS = (("Lexington", "KY", 405), ("Paris", "KY", 403), ("Ocala", "FL", 344), ("Aiken", "SC", 298), ("Middleburg", "VA", 201), ("Wellington", "FL", 334), ("Bozeman", "MT", 597), ("Sheridan", "WY", 828), ("Stillwater", "OK", 740), ("Lancaster", "PA", 176), ("Eau Claire", "WI", 547), ("Bemidji", "MN", 566))  # fmt: skip
EUROPE = (
    "Dorfstraße {n}, {z5:27300-27399} Scheeßel", "Am Gestüt {n}, {z5:29221-29229} Celle",
    "Hofweg {n}, {z5:48143-48167} Münster", "Buitenweg {n}, {z4:6660-6669} {L2} Elst",
    "Stationsweg {n}, {z4:7411-7429} {L2} Deventer", "Landevejen {n}, {z4:8600-8699} Silkeborg",
    "Gårdsvegen {n}, {z4:2600-2699} Lillehammer", "Sætervegen {n}, {z4:2400-2499} Elverum",
    "Kartanontie {n}, {z5:60100-60800} Seinäjoki", "Tallitie {n} B {m}, {z5:70100-70900} Kuopio",
    "ul. Stadnina {n}, 64-{z3:100-999} Leszno", "ul. Polna {n}/{m}, 80-{z3:800-899} Gdańsk",
    "Ballinamore Stud, Kilcullen, Co. Kildare, R56 {E4}", "Cloonmore, Tuam, Co. Galway, H54 {E4}",
    "{n} route du Haras, {z5:61310-61310} Le Pin-au-Haras", "Via dei Cavalli {n}, {z5:38121-38123} Trento",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.se", "bredband.net", "spray.se")  # fmt: skip
MAIL_EN = ("gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "icloud.com", "aol.com", "sky.com")  # fmt: skip
WORK = ("ridskola.se", "hastklinik.se", "lantbruk.se", "djursjukhus.se", "skk.se", "example.se", "kennel.nu", "farm.co.uk", "vets.co.uk", "example.com")  # fmt: skip
SV_MOBILE = ("070", "070", "072", "073", "073", "076", "079")
SV_AREA2 = (
    "08",
    "031",
    "040",
    "018",
    "013",
    "019",
    "021",
    "036",
    "090",
    "046",
    "033",
    "016",
    "026",
    "035",
    "044",
    "054",
)
SV_AREA3 = ("0158", "0155", "0413", "0411", "0417", "0430", "0512", "0515", "0500", "0510", "0141", "0492", "0381", "0383", "0372", "0570", "0533", "0224", "0171", "0176", "0293", "0278", "0651", "0247", "0248", "0250", "0640", "0620", "0910", "0921", "0647", "0370", "0321", "0346", "0431", "0415", "0414", "0498")  # fmt: skip
UK_AREA = ("01434", "01539", "01584", "01845", "01488", "01969", "01608", "01643", "01629", "01638", "01873", "01665", "01765", "01647", "01295", "01962")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of nine digits (a personnummer's YYMMDDNNN, an org number's first nine)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


PNR_SHAPE = re.compile(r"(?<![\d-])((?:19|20)?\d{6})([-+ ]?)(\d{4})(?![\d-])")


def valid_pnr(text: str) -> bool:
    """Whether `text` holds a string shaped and checked as a personnummer (date and check digit)."""
    for match in PNR_SHAPE.finditer(text):
        head, tail = match.group(1)[-6:], match.group(3)
        month, day = int(head[2:4]), int(head[4:6])
        if 1 <= month <= 12 and 1 <= day <= 31 and luhn(head + tail[:3]) == int(tail[3]):
            return True
    return False


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    shorts: dict[str, str | None] = field(
        default_factory=dict
    )  # a short form, once chosen in a row

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of cd from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.used: set[str] = set()  # look-alike names drawn in the current row

    # -- people --------------------------------------------------------------------------------
    def pick(self, pool: Pool) -> Word:
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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.035:  # Ann-Christin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0] and " " not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "nordic": 0.3, "german": 0.2}.get(
            key, 0.05
        ):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        if key == "thai" and woman and r.random() < 0.5:  # married in Sweden, a Swedish surname
            surname = [self.pick(ORIGINS["swedish"].surnames)]
        else:
            surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin", "german", "nordic") and r.random() < 0.3
        ):  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
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
        given = ascii_fold(person.first).lower().replace("-", "").replace(" ", "")
        surname = ascii_fold(person.last).lower().replace("-", "").replace(" ", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.choice(('', '.'))}{surname}", f"{given[:3]}{surname[:3]}"))  # fmt: skip
        english = self.lang == "en" or person.origin in ("uk", "us")
        domains = WORK if r.random() < 0.2 else MAIL_EN if english else MAIL
        return f"{local}@{r.choice(domains)}"

    # -- numbers -------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def safe(self, make: Callable[[], str]) -> str:
        """A look-alike that is not by chance a valid personnummer."""
        for _ in range(50):
            out = make()
            if not valid_pnr(out):
                return out
        raise RuntimeError("no safe look-alike")

    def phone(self, kind: str = "any") -> str:
        """A Swedish number: a mobile, a city's or a country district's landline."""
        r = self.rng
        if kind == "any":
            kind = r.choices(("m", "l"), weights=(62, 38))[0]
        if kind == "m":
            m, d = r.choice(SV_MOBILE), self.digits(7)
            shapes = (
                (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
                (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
                (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
                (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
                (2, f"0046{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d}"),
            )  # fmt: skip
        else:
            if r.random() < 0.45:
                a, d = r.choice(SV_AREA2), self.digits(8)
                n = 8 if a == "08" and r.random() < 0.6 else 7 if a == "08" else 6
                d = d[:n]
                if n == 8:
                    groups = f"{d[:3]} {d[3:6]} {d[6:]}"
                elif n == 7:
                    groups = f"{d[:3]} {d[3:5]} {d[5:]}"
                else:
                    groups = f"{d[:2]} {d[2:4]} {d[4:]}"
            else:
                a = r.choice(SV_AREA3)
                n = 6 if r.random() < 0.6 else 5
                d = self.digits(n)
                groups = f"{d[:2]} {d[2:4]} {d[4:]}" if n == 6 else f"{d[:3]} {d[3:]}"
            shapes = (
                (20, f"{a}-{groups}"), (6, f"{a} {groups}"), (5, f"{a}-{d}"), (3, f"{a}{d}"),
                (2, f"{a}/{groups}"), (1, f"({a}) {groups}"), (5, f"+46 {a[1:]} {groups}"), (2, f"+46{a[1:]}{d}"),
                (1, f"+46 (0){a[1:]}-{groups}"),
            )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            d = "7" + r.choice("4589") + self.digits(8)
            shapes = (f"0{d[:4]} {d[4:]}", f"0{d[:4]} {d[4:7]} {d[7:]}", f"0{d}", f"+44 {d[:4]} {d[4:]}",
                      f"+44 (0){d[:4]} {d[4:]}", f"+44{d}", f"0{d[:4]}-{d[4:]}", f"0044 {d[:4]} {d[4:]}")  # fmt: skip
        else:
            a, d = r.choice(UK_AREA), self.digits(6)
            shapes = (f"{a} {d}", f"{a} {d[:3]} {d[3:]}", f"({a}) {d}", f"+44 {a[1:]} {d}",
                      f"+44 (0){a[1:]} {d}", f"{a}-{d}", f"0044 {a[1:]} {d[:3]} {d[3:]}")  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        a = r.choice(("859", "352", "803", "540", "406", "561", "307", "717", "405", "218"))
        x, d = f"{r.randrange(2, 10)}{self.digits(2)}", self.digits(4)
        return r.choice(
            (
                f"({a}) {x}-{d}",
                f"{a}-{x}-{d}",
                f"{a}.{x}.{d}",
                f"+1 {a} {x} {d}",
                f"+1 ({a}) {x}-{d}",
                f"1-{a}-{x}-{d}",
            )
        )

    def phone_x(self) -> str:
        """A number from abroad, as people write them with `+` or `00`."""
        r, d = self.rng, self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+49 171 {d[:7]}", f"+49 (0)5141 {d[:6]}", f"0049 4263 {d[:6]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"00353 86 {d[:3]} {d[3:7]}", f"+353 (0)45 {d[:6]}", f"+64 21 {d[:3]} {d[3:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"+1 859 {d[:3]} {d[3:7]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, width: int | None = None, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, `-`, none, or `+` past a hundred."""
        r = self.rng
        year = (
            1925 + int(r.betavariate(2.2, 1.8) * 95)
            if r.random() < 0.96 and not old
            else r.randrange(1919, 1927)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        old = 2027 - year >= 100
        if width is None:
            width = 12 if r.random() < 0.45 else 10
        roll = r.random()
        if width == 12:
            return (
                f"{year // 100}{date}-{serial}{check}"
                if roll < 0.75
                else f"{year // 100}{date}{serial}{check}"
            )
        if old:
            return f"{date}+{serial}{check}"
        return f"{date}-{serial}{check}" if roll < 0.8 else f"{date}{serial}{check}"

    def org(self) -> str:
        r = self.rng
        head = r.choice(("556", "559", "769", "802", "716", "969", "559")) + self.digits(3)
        tail = self.digits(3)
        return f"{head}-{tail}{luhn(head + tail)}"

    # -- addresses -----------------------------------------------------------------------------
    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.1:
            out += r.choice(("A", "B", "C", " A", " B", "a"))
        return out

    def town(self, rural: bool = False) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[20:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out
        return out

    def sv_street(self, number: bool = True) -> str:
        street = self.rng.choice(SV_STREETS)
        return f"{street} {self.number()}" if number else street

    def farm(self) -> str:
        return f"{self.rng.choice(FARMS)} {self.rng.randrange(1, 260)}"

    def gard(self) -> str:
        r = self.rng
        name = r.choice(GARD)
        return f"{name} {r.randrange(1, 12)}" if r.random() < 0.25 else name

    def sv_address(self, lines: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.45
        if rural:
            street = self.farm() if r.random() < 0.75 else self.gard()
        else:
            street = self.sv_street()
            roll = r.random()
            if roll < 0.15:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 6):02d}"
            elif roll < 0.21:
                street += f", {r.randrange(1, 5)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural)}"

    def box(self) -> str:
        r = self.rng
        sep = "\n" if r.random() < 0.3 else ", "
        return f"Box {r.randrange(2, 2999)}{sep}{self.sv_postal(rural=r.random() < 0.5)}"

    def uk_postcode(self, district: str) -> str:
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{district} {self.rng.randrange(1, 10)}{self.rng.choice(letters)}{self.rng.choice(letters)}"

    def uk_address(self, lines: bool = False, farm: bool = False) -> str:
        r = self.rng
        village, post, district = r.choice(UK_VILLAGES)
        code = self.uk_postcode(district)
        if farm:
            parts = [r.choice(UK_HOUSES), r.choice(UK_LANES), village]
        else:
            street = f"{r.randrange(1, 90)} {r.choice(UK_STREETS)}"
            if r.random() < 0.2:
                street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
            parts = [street, village]
        if post:
            parts.append(post)
        if lines:
            return (
                "\n".join([*parts, code])
                if r.random() < 0.6
                else "\n".join([*parts[:-1], f"{parts[-1]} {code}"])
            )
        return ", ".join([*parts[:-1], f"{parts[-1]} {code}"])

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        zipc = f"{prefix:03d}{r.randrange(1, 99):02d}"
        roll = r.random()
        if roll < 0.15:
            street = f"PO Box {r.randrange(10, 9999)}"
        elif roll < 0.25:
            street = f"RR {r.randrange(1, 6)} Box {r.randrange(10, 400)}"
        else:
            street = f"{r.randrange(10, 9999)} {r.choice(US_ROADS)}"
        return f"{street}, {town}, {state} {zipc}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = (
            self.europe.pop()
            .replace("{n}", str(r.randrange(1, 160)))
            .replace("{m}", str(r.randrange(1, 9)))
        )
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = out.replace("{E4}", "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n") if lines else out

    def care_of(self, lines: bool, english: bool = False) -> list[Segment]:
        """`c/o Name, street, postcode town`: c/o outside, the name a PERSON, then the ADDRESS."""
        r = self.rng
        person = self.person(None)
        if r.random() < 0.55:
            words, name = person.given + person.surname, f"{person.first} {person.last}"
        else:
            words, name = person.surname, person.last
        self.count(words)
        self.forms["c/o"] += 1
        if english:
            address = self.uk_address(lines=lines, farm=r.random() < 0.5)
        else:
            address = self.sv_address(lines=lines)
        joint = "\n" if lines else ", "
        return [
            (r.choice(("c/o ", "C/O ", "c/o ")), None),
            (name, "PERSON"),
            (joint, None),
            (address, "ADDRESS"),
        ]

    def firm_email(self, english: bool = False) -> str:
        r = self.rng
        if english:
            place = r.choice(T.STALL_EN + T.KENNEL_EN)
            local = r.choice(
                ("info", "office", "bookings", "yard", "enquiries", "accounts", "hello")
            )
            base = re.sub(
                r"[^a-z]",
                "",
                ascii_fold(place).lower().replace(" livery", "").replace(" stables", ""),
            )
            return f"{local}@{base[:18]}{r.choice(('.co.uk', '.com', '.org.uk'))}"
        place = r.choice(T.STALL + T.FARMNAME + T.KENNEL + T.CLUB)
        local = r.choice(
            (
                "info",
                "bokning",
                "kontakt",
                "stallet",
                "ridskolan",
                "kansli",
                "order",
                "faktura",
                "kundservice",
                "jour",
            )
        )
        base = re.sub(r"[^a-z]", "", ascii_fold(place).lower())
        return f"{local}@{base[:20]}{r.choice(('.se', '.se', '.nu', '.com'))}"

    def generic_email(self) -> str:
        r = self.rng
        english = self.lang == "en"
        pool = (T.STALL_EN + T.DOG_PREFIX_EN) if english else (T.FARMNAME + T.STALL + T.DOG_PREFIX)
        base = re.sub(r"[^a-z]", "", ascii_fold(r.choice(pool)).lower())
        local = r.choice(
            (
                base,
                f"{base}{r.randrange(1, 99)}",
                f"{base}.{r.choice(('hast', 'kennel', 'stall', 'gard', 'farm', 'dogs'))}",
            )
        )
        return f"{local}@{r.choice(MAIL_EN if english else MAIL)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "E"}


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form` (see templates_cd's docstring)."""
    given, surname, middle = person.given, person.surname, person.middle
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif form in ("G", "g", "N", "n"):
        words = given
        key = "G" if form in ("G", "g") else "N"
        if key not in person.shorts:
            person.shorts[key] = draw.nickname(person, 0.07 if key == "G" else 0.85)
        short = person.shorts[key]
        value = short or person.first
        value = value.lower() if form in ("g", "n") else value
    elif form in ("S", "s"):
        words, value = surname, person.last.lower() if form == "s" else person.last
    elif form == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif form in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if form == "RU" else value
    else:
        raise KeyError(form)
    draw.count(words)
    return [(value, "PERSON")]


SLOT = re.compile(r"\{([A-Za-z_0-9]+)(?:#(\d))?(?::([fm]))?(?:\+(s|'))?\}")
SV_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")  # fmt: skip
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip
SV_DAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def lookalike(form: str, draw: Draw) -> str:
    """A value that is no personal value: animals, places by name, numbers of every kind."""
    r, d, safe = draw.rng, draw.digits, draw.safe
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def named(pool: tuple[str, ...]) -> str:
        for _ in range(12):
            out = r.choice(pool)
            if out not in draw.used:
                break
        draw.used.add(out)
        return out

    def reg(prefixes: tuple[str, ...], calls: tuple[str, ...]) -> Callable[[], str]:
        return lambda: named(tuple(f"{p} {c}" for p in prefixes for c in calls))

    letters = "ABCDEFGHJKLMNOPRSTUWXYZ"

    def amount() -> str:  # a price or a sum in kronor, from a few hundred to a horse's price
        n = int(10 ** r.uniform(2.3, 5.1))
        n = n // 100 * 100 if n > 5000 and r.random() < 0.6 else n
        return r.choice((f"{n:,} kr".replace(",", " "), f"{n}:-", f"{n} SEK", f"{n} kr"))

    table: dict[str, Callable[[], str]] = {
        "HORSE": lambda: named(T.HORSE), "HORSEEN": lambda: named(T.HORSE_EN),
        "HORSEREG": lambda: named(T.HORSE_NAMES) if r.random() < 0.2 else reg(T.HORSE_PREFIX, T.HORSE_CALL)(),
        "HORSEREGEN": reg(T.HORSE_PREFIX_EN, T.HORSE_CALL_EN), "PONY": lambda: named(T.PONY),
        "SIRE": lambda: named(T.SIRE), "DAM": lambda: named(T.DAM),
        "DOG": lambda: named(T.DOG), "DOGEN": lambda: named(T.DOG_EN),
        "DOGREG": reg(T.DOG_PREFIX, T.DOG_CALL), "DOGREGEN": reg(T.DOG_PREFIX_EN, T.DOG_EN),
        "CAT": lambda: named(T.CAT), "CATEN": lambda: named(T.CAT_EN), "COW": lambda: named(T.COW),
        "SHEEP": lambda: named(T.SHEEP), "GOAT": lambda: named(T.GOAT), "HEN": lambda: named(T.HEN),
        "PIG": lambda: named(T.PIG), "STOCKEN": lambda: named(T.STOCK_EN), "HENEN": lambda: named(T.HEN_EN),
        "STALL": lambda: named(T.STALL), "STALLEN": lambda: named(T.STALL_EN), "STALLUS": lambda: named(T.STALL_US),
        "KENNEL": lambda: named(T.KENNEL), "KENNELEN": lambda: named(T.KENNEL_EN), "PENSIONAT": lambda: named(T.PENSIONAT),
        "FARMNAME": lambda: named(T.FARMNAME), "FARMNAMEEN": lambda: named(T.FARMNAME_EN),
        "CLUB": lambda: named(T.CLUB), "CLUBEN": lambda: named(T.CLUB_EN),
        "RIDCLUB": lambda: named(T.RIDCLUB), "DOGCLUB": lambda: named(T.DOGCLUB),
        "RIDCLUBEN": lambda: named(T.RIDCLUB_EN), "DOGCLUBEN": lambda: named(T.DOGCLUB_EN),
        "CLINIC": lambda: named(T.CLINIC), "CLINICEN": lambda: named(T.CLINIC_EN), "CLINICUS": lambda: named(T.CLINIC_US),
        "INSURER": lambda: named(T.INSURER), "INSUREREN": lambda: named(T.INSURER_EN),
        "RESCUE": lambda: named(T.RESCUE), "MART": lambda: named(T.MART),
        "BREED": lambda: r.choice(T.BREED), "BREEDEN": lambda: r.choice(T.BREED_EN),
        "DOGBREED": lambda: r.choice(T.DOG_BREED), "DOGBREEDEN": lambda: r.choice(T.DOG_BREED_EN),
        "COLOUR": lambda: r.choice(T.COLOUR), "COLOUREN": lambda: r.choice(T.COLOUR_EN),
        "TOWN": lambda: named(tuple(t for t, _, _ in SV_TOWNS)), "TOWNEN": lambda: named(T.TOWN_EN),
        "TOWNUS": lambda: f"{r.choice(US_TOWNS)[0]}", "VILLAGE": lambda: named(tuple(v for v, _, _ in UK_VILLAGES)),
        "COUNTY": lambda: r.choice(T.COUNTY), "COUNTYUK": lambda: r.choice(T.COUNTY_UK),
        "PROP": lambda: f"{r.choice((*FARMS, 'Säby', 'Berga', 'Tuna'))} {r.randrange(1, 30)}:{r.randrange(1, 40)}",
        "UELN": lambda: safe(lambda: r.choice((f"752004{d(9)}", f"752001{d(9)}", f"752004 {d(3)} {d(6)}", f"276009{d(9)}", f"528003{d(9)}"))),
        "UELNUK": lambda: safe(lambda: r.choice((f"826002{d(9)}", f"826003{d(2)}{r.choice(letters)}{d(6)}", f"826 060 {d(9)}", f"372004{d(9)}"))),
        "CHIP": lambda: r.choice((f"752098{d(9)}", f"752093{d(9)}", f"985{d(12)}", f"941000{d(9)}", f"977200{d(9)}", f"752 098 {d(3)} {d(3)} {d(3)}")),
        "CHIPUK": lambda: r.choice((f"826098{d(9)}", f"826097{d(9)}", f"985{d(12)}", f"941000{d(9)}", f"900{d(12)}")),
        "REGNR": lambda: safe(lambda: r.choice((f"{d(2)}-{d(2)}-{d(4)}", f"S-{d(2)}-{d(2)}-{d(4)}", f"SE {d(8)}", f"752004-{d(2)}-{d(5)}"))),
        "REGNRUS": lambda: f"{r.choice(('AQHA', 'APHA', 'Jockey Club'))} {d(7)}",
        "SKK": lambda: r.choice((f"SE{d(5)}/{r.randrange(2012, 2027)}", f"SE{d(5)}/{str(r.randrange(2012, 2027))[2:]}", f"S{d(5)}/{r.randrange(2005, 2012)}")),
        "KC": lambda: f"{r.choice(letters)}{r.choice(letters)}{d(8)}",
        "CDB": lambda: safe(lambda: r.choice((f"SE {d(6)}", f"SE{d(6)}", f"{d(5)}", f"PPN {d(6)}", f"{d(6)}"))),
        "HERD": lambda: safe(lambda: f"{d(5)}-{d(1)}"),
        "EARTAG": lambda: safe(lambda: r.choice((f"SE {d(6)}-{d(4)}-{d(1)}", f"SE{d(6)}{d(4)}{d(1)}", f"SE {d(6)}-{d(4)}"))),
        "EARTAGS": lambda: safe(lambda: r.choice((f"SE {d(6)}-{d(5)}", f"SE{d(6)}{d(5)}", f"{d(6)}-{d(5)}"))),
        "UKTAG": lambda: r.choice((f"UK 0{d(6)} {d(5)}", f"UK{d(12)}", f"UK 7{d(5)} {d(5)}")),
        "CPH": lambda: f"{d(2)}/{d(3)}/{d(4)}", "FLOCK": lambda: f"UK 0{d(6)}",
        "ORG": draw.org, "VAT": lambda: f"SE{draw.org().replace('-', '')}01",
        "VATUK": lambda: f"GB {d(3)} {d(4)} {d(2)}",
        "OCR": lambda: safe(lambda: d(r.choice((8, 10, 11, 12, 14, 16)))),
        "BG": lambda: r.choice((f"{d(3)}-{d(4)}", f"{d(4)}-{d(4)}")), "PG": lambda: f"{d(2)} {d(2)} {d(2)}-{d(1)}",
        "SWISHF": lambda: f"123 {d(3)} {d(2)} {d(2)}", "SORT": lambda: f"{d(2)}-{d(2)}-{d(2)}", "ACC": lambda: d(8),
        "CLEARING": lambda: r.choice((f"{r.randrange(6000, 9999)}", f"8{d(3)}-{d(1)}")),
        "ACCOUNT": lambda: safe(lambda: r.choice((f"{d(3)} {d(3)} {d(3)}-{d(1)}", f"{d(2)} {d(3)} {d(2)} {d(3)}", d(9)))),
        "INV": lambda: safe(lambda: r.choice((f"{r.randrange(2027000, 2027999)}", f"F-2027-{d(4)}", f"{d(5)}", f"INV-{d(5)}", f"#{d(4)}"))),
        "ORDER": lambda: safe(lambda: r.choice((f"{d(7)}", f"ORD-{d(6)}", f"{d(3)}-{d(5)}", f"nr {d(6)}"))),
        "CUST": lambda: safe(lambda: r.choice((f"{d(5)}", f"{d(6)}", f"K{d(5)}", f"{d(4)}-{d(2)}"))),
        "CASE": lambda: r.choice((f"5.2.18-{d(5)}/2027", f"6.2.17-{d(5)}/27", f"281-{d(4)}-2027", f"{d(3)}-{d(5)}-2027")),
        "POLICY": lambda: safe(lambda: r.choice((f"{d(10)}", f"{d(2)}-{d(7)}", f"H{d(8)}", f"{d(3)} {d(3)} {d(4)}", f"EQ/{d(6)}/{d(2)}"))),
        "PETPASS": lambda: f"SE-{d(2)}-{d(6)}",
        "REGPLATE": lambda: f"{''.join(r.choice(letters) for _ in range(3))} {d(2)}{r.choice((d(1), r.choice(letters)))}",
        "REGPLATEUK": lambda: f"{r.choice(letters)}{r.choice(letters)}{d(2)} {''.join(r.choice(letters) for _ in range(3))}",
        "AMT": lambda: amount(),
        "GBP": lambda: r.choice((f"£{r.randrange(40, 2400)}", f"£{r.randrange(40, 900)}.{r.randrange(100):02d}", f"£{r.randrange(1, 3)},{r.randrange(10)}{r.randrange(10)}0")),
        "GBPH": lambda: r.choice((f"£{r.randrange(3, 40)},{r.choice(('000', '500', '250'))}", f"£{r.randrange(30, 400) * 100}", f"{r.randrange(3, 40)}k")),
        "AMTS": lambda: r.choice((f"{r.randrange(40, 950)} kr", f"{r.randrange(40, 950)}:-", f"{r.randrange(4, 95) * 10} kr")),
        "AMTM": lambda: r.choice((f"{r.randrange(15, 76) * 100} kr", f"{r.randrange(1500, 7600)}:-", f"{r.randrange(1, 8)} {r.randrange(10) * 100:03d} kr")),
        "GBPS": lambda: f"£{r.randrange(15, 200)}", "GBPM": lambda: f"£{r.randrange(15, 66) * 10}",
        "USD": lambda: f"${r.randrange(40, 12000):,}", "EUR": lambda: f"€{r.randrange(800, 45000):,}".replace(",", " "),
        "DATE": lambda: r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {SV_MONTHS[month - 1]}", f"{day}.{month}.27")),
        "DATEEN": lambda: r.choice((f"{day} {EN_MONTHS[month - 1]}", f"{day:02d}/{month:02d}/2027", f"{EN_MONTHS[month - 1]} {day}", f"{day}/{month}/27")),
        "MONTH": lambda: SV_MONTHS[month - 1], "MONTHEN": lambda: EN_MONTHS[month - 1],
        "TIME": lambda: f"{r.randrange(6, 21)}{r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}",
        "TIMEEN": lambda: r.choice((f"{r.randrange(6, 20)}:{r.choice(('00', '15', '30', '45'))}", f"{r.randrange(1, 12)}{r.choice(('am', 'pm', '.30pm'))}")),
        "NUM": lambda: str(r.randrange(2, 60)), "SMALL": lambda: str(r.randrange(1, 9)),
        "KG": lambda: str(r.randrange(260, 640)), "KGL": lambda: str(r.randrange(14, 27)), "KGC": lambda: str(r.randrange(28, 53)), "AGE": lambda: str(r.randrange(2, 24)),
        "YEAR": lambda: str(r.randrange(2004, 2025)), "WEEK": lambda: str(r.randrange(1, 53)),
        "HEIGHT": lambda: f"{r.randrange(105, 178)} cm", "HEIGHTEN": lambda: f"{r.randrange(11, 17)}.{r.randrange(4)}hh",
        "DAY": lambda: r.choice(SV_DAYS), "DAYEN": lambda: r.choice(EN_DAYS),
    }  # fmt: skip
    return table[form]()


def value(form: str, draw: Draw) -> list[Segment] | None:
    """A personal value of a slot (addresses, phones, firm e-mails, personnummer), else None."""
    r = draw.rng

    def lower_address() -> str:
        roll = r.random()
        out = draw.sv_street() if roll < 0.3 else draw.farm() if roll < 0.55 else draw.sv_address()
        draw.forms["address lower case"] += 1
        return out.lower()

    table: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.sv_street(number=False), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "FARMG": lambda: (f"{draw.gard()}, {draw.sv_postal(rural=True)}", "ADDRESS"),
        "FARML": lambda: (f"{draw.gard()}\n{draw.sv_postal(rural=True)}", "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "a": lambda: (lower_address(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUF": lambda: (draw.uk_address(farm=True), "ADDRESS"),
        "AUFL": lambda: (draw.uk_address(lines=True, farm=True), "ADDRESS"),
        "au": lambda: (draw.uk_address(farm=r.random() < 0.5).lower(), "ADDRESS"),
        "LANE": lambda: (r.choice(UK_LANES), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "USROAD": lambda: (r.choice(US_ROADS), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone("m"), "PHONE"),
        "PHL": lambda: (draw.phone("l"), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "EFE": lambda: (draw.firm_email(english=True), "EMAIL"),
        "EG": lambda: (draw.generic_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNR10": lambda: (draw.national_id(10), "NATIONAL_ID"),
        "PNR12": lambda: (draw.national_id(12), "NATIONAL_ID"),
        "PNROLD": lambda: (draw.national_id(10, old=True), "NATIONAL_ID"),
    }
    if form in ("CO", "COL", "COUK"):
        return draw.care_of(lines=form == "COL", english=form == "COUK")
    if form in table:
        return [table[form]()]
    return None


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    memo: dict[tuple[str, str], list[Segment]] = {}
    draw.used = set()
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, suffix = match.group(1), match.group(2), match.group(3), match.group(4)
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        elif ref and (form, ref) in memo:
            segments = memo[(form, ref)]
        else:
            segments = value(form, draw) or [(lookalike(form, draw), None)]
            if ref:
                memo[(form, ref)] = segments
        if suffix:
            segments = [*segments, (genitive(segments[-1][0], suffix == "'"), None)]
        for val, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(val), "kind": kind})
            text += val
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """cd's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str]] = list(T.NEGATIVES)
    for lang, size in SIZES.items():
        deck: list[str] = []
        for _ in range(size - sum(1 for la, _ in T.NEGATIVES if la == lang)):
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
            "id": f"gen-heldout-cd-{len(rows) + 1:04d}", "split": "heldout-cd", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def counts(rows: list[dict[str, object]]) -> None:
    """Sizes, rows without values and values by kind and language: counts only."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    people: set[str] = set()
    for row in rows:
        lang, text, spans = str(row["lang"]), str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        langs[lang] += 1
        empty[lang] += not spans
        for span in spans:
            kinds[(span["kind"], lang)] += 1
            kinds[(span["kind"], "all")] += 1
            if span["kind"] == "PERSON":
                people.add(text[span["start"] : span["end"]])
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {langs[k]}" for k in ("sv", "en", "mixed")))
    print(
        f"without a value: {sum(empty.values())} ("
        + ", ".join(f"{k} {empty[k]}" for k in ("sv", "en", "mixed"))
        + ")"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(people)}")


ABROAD = {
    "UK": tuple(p.lower() for v, t, _ in UK_VILLAGES for p in (v, t) if p)
    + tuple(x.lower() for x in UK_LANES),
    "US": tuple(t.lower() for t, _, _ in US_TOWNS) + tuple(x.lower() for x in US_ROADS),
    "Europe": (
        "scheeßel",
        "celle",
        "münster",
        "elst",
        "deventer",
        "silkeborg",
        "lillehammer",
        "elverum",
        "seinäjoki",
        "kuopio",
        "leszno",
        "gdańsk",
        "kildare",
        "galway",
        "le pin-au-haras",
        "trento",
    ),
}


def address_class(val: str) -> str:
    """Where an address is, as counts print it: UK, US, Europe, or Swedish with or without a postcode."""
    low = val.lower()
    for where, names in ABROAD.items():
        if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", low) for n in names):
            return where
    return (
        "Swedish with postcode"
        if re.search(r"\b\d{3} ?\d{2}\b", val)
        else "Swedish street or farm alone"
    )


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of cd is printed."""
    counts(rows)
    forms: Counter[str] = Counter()
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        for span in spans:
            val = text[span["start"] : span["end"]]
            if span["kind"] == "PERSON":
                forms["one word"] += " " not in val
                forms["lower case"] += val.islower()
                forms["capitals"] += val.isupper() and len(val) > 1
                forms["hyphen"] += "-" in val
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)|\s\w\.$", val))
                forms["Surname, Given"] += ", " in val
                forms["three or more words"] += len(val.split()) >= 3
                forms["genitive"] += bool(
                    re.match(r"(?:s|'s?)(?:\W|$)", text[span["end"] : span["end"] + 3])
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in val
                forms["address with lgh"] += "lgh" in val
                forms["address Box"] += "Box" in val
                forms[f"address {address_class(val)}"] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += val.startswith("+")
                forms["phone 00"] += val.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", val)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer +"] += "+" in val
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(
        f"nicknames: {draw.forms['nickname']}, c/o: {draw.forms['c/o']}, lower-case addresses: {draw.forms['address lower case']}"
    )
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(
        f"templates: sv {len(T.SV)}, en {len(T.EN)}, mixed {len(T.MIXED)}, negatives {len(T.NEGATIVES)}"
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    problems: Counter[str] = Counter()
    ids = set()
    for row in rows:
        text, spans = row["text"], row["spans"]
        if (
            set(row) != {"id", "split", "lang", "text", "spans"}
            or row["split"] != "heldout-cd"
            or row["lang"] not in SIZES
        ):
            problems["row keys or values"] += 1
        ids.add(row["id"])
        end = 0
        for span in spans:
            start, stop, kind = span["start"], span["end"], span["kind"]
            val = text[start:stop]
            if kind not in KINDS:
                problems["unknown kind"] += 1
            if not 0 <= start < stop <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            if val != val.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if kind == "NATIONAL_ID":
                digits = re.sub(r"\D", "", val)
                head = digits[-10:]
                if (
                    len(digits) not in (10, 12)
                    or luhn(head[:9]) != int(head[9])
                    or not valid_pnr(val)
                ):
                    problems["personnummer check digit"] += 1
        outside = "".join(
            ch if not any(s["start"] <= i < s["end"] for s in spans) else "\0"
            for i, ch in enumerate(text)
        )
        if any(valid_pnr(part) for part in outside.split("\0")):
            problems["unlabelled valid personnummer"] += 1
    if len(ids) != len(rows):
        problems["duplicate ids"] += 1
    counts(rows)
    print(
        f"spans checked: {sum(len(r['spans']) for r in rows)}; problems: {sum(problems.values())}"
        + (" (" + ", ".join(f"{k} {v}" for k, v in problems.items()) + ")" if problems else "")
    )
    return sum(problems.values())


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
    if args.seed != SEED and args.out == OUT and not args.stats:
        parser.error("a scratch seed writes elsewhere: give --out (or --stats)")
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
