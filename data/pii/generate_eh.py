# ruff: noqa: E501
"""Generate held-out EH for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventeenth writer.

    python data/pii/generate_eh.py            # writes data/pii/generated-heldout-eh.jsonl
    python data/pii/generate_eh.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_eh.py --check    # checks the written file, prints counts only
    python data/pii/generate_eh.py --seed 7 --out /tmp/eh-7.jsonl   # a scratch seed

EH's names are drawn by how often people really carry them: every name word comes from
`names_eh.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is farms and agriculture (`templates_eh.py`): farm shops and REKO rings, livestock
(cattle, sheep, pigs, poultry, the animal register, slaughter and transport bookings, grazing
contracts, inspections), machinery hire and machine rings, farm vets, and harvest help (seasonal
workers, contracts, rotas, pay lists, lodgings), in Swedish, English and mixed Swedish/English.
Written by a helper who does not tune the detector, who read only `generate_aw.py` (for the
mechanics, copied here), the sections "Held-out AW" and "Held-out CL" of `docs/privacy.md`, the
first line of `generated-heldout-u.jsonl` and a listing of `data/pii/`; not the detector's rules,
lexicons or tagger, nor any other set's names, templates or rows, nor any error listing. EH was
never run through the detector by its writer and its names were not checked against rung's
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

from names_eh import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, PLAIN_ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_eh import EN, MIXED, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270194
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-eh.jsonl"
SPLIT = "heldout-eh"
KEYS = ("id", "split", "lang", "text", "spans")
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns with a farming
# hinterland (a street named after a person, `Gustav Adolfs torg`, is all ADDRESS).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Västra Storgatan", "Östra Järnvägsgatan", "Skolgatan",
    "Kyrkogatan", "Trädgårdsgatan", "Bryggargatan", "Prästgatan", "Mejerigatan", "Slakterigatan",
    "Lantmannagatan", "Hantverkargatan", "Köpmangatan", "Lilla Nygatan", "Stationsgatan", "Långgatan",
    "Mejerivägen", "Ladugårdsvägen", "Betesvägen", "Åkervägen", "Fältvägen", "Hagvägen", "Kvarnvägen",
    "Smedjevägen", "Skolvägen", "Björkvägen", "Rönnvägen", "Lönnvägen", "Vallvägen", "Gärdesvägen",
    "Gamla Landsvägen", "Bygdevägen", "Lantbruksvägen", "Ängsvägen", "Norra Ringvägen", "Sockenvägen",
    "Kornsvängen", "Vetesvängen", "Havresvängen", "Klöversvängen", "Linsvängen", "Lindallén",
    "Kastanjeallén", "Gårdsallén", "Hammarby allé", "Björkallé", "Kvarnbacken", "Smedsbacken",
    "Prästgårdsbacken", "Mejeribacken", "Ekebacken", "Tingshusbacke", "Klöverstigen", "Humlestigen",
    "Rågstigen", "Linstigen", "Hasselstigen", "Stortorget", "Nytorget", "Fisktorget", "Gustav Adolfs torg",
    "Mejeriplan", "Stationsplan", "Verkstadsplan", "Smedjegränd", "Humlegränd", "Bagargränd", "Kvarngränd",
    "Hamnkajen", "Norra Kajen", "Sjökajen", "Brokajen", "Industrigatan", "Verkstadsvägen", "Bangårdsvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes: the cities first, then the farming towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Jönköping", 551, 556),
    ("Norrköping", 602, 605), ("Umeå", 901, 907), ("Lund", 222, 227), ("Gävle", 802, 806),
    ("Skara", 532, 532), ("Vara", 534, 534), ("Lidköping", 531, 531), ("Falköping", 521, 521),
    ("Skövde", 541, 541), ("Mariestad", 542, 542), ("Götene", 533, 533), ("Grästorp", 467, 467),
    ("Trelleborg", 231, 231), ("Ystad", 271, 271), ("Simrishamn", 272, 272), ("Tomelilla", 273, 273),
    ("Sjöbo", 275, 275), ("Eslöv", 241, 241), ("Hörby", 242, 242), ("Skurup", 274, 274),
    ("Svedala", 233, 233), ("Kristianstad", 291, 291), ("Hässleholm", 281, 281), ("Ängelholm", 262, 262),
    ("Laholm", 312, 312), ("Falkenberg", 311, 311), ("Varberg", 432, 432), ("Vetlanda", 574, 574),
    ("Eksjö", 575, 575), ("Värnamo", 331, 331), ("Ljungby", 341, 341), ("Borgholm", 387, 387),
    ("Mörbylånga", 386, 386), ("Hemse", 623, 623), ("Slite", 624, 624), ("Mjölby", 595, 595),
    ("Vadstena", 592, 592), ("Motala", 591, 591), ("Nyköping", 611, 611), ("Katrineholm", 641, 641),
    ("Enköping", 745, 745), ("Östhammar", 742, 742), ("Norrtälje", 761, 761), ("Sala", 733, 733),
    ("Heby", 744, 744), ("Kumla", 692, 692), ("Hallsberg", 694, 694), ("Säffle", 661, 661),
    ("Arvika", 671, 671), ("Sunne", 686, 686), ("Leksand", 793, 793), ("Rättvik", 795, 795),
    ("Bollnäs", 821, 821), ("Ljusdal", 827, 827), ("Hudiksvall", 824, 824), ("Krokom", 835, 835),
    ("Strömsund", 833, 833), ("Kramfors", 872, 872), ("Vännäs", 911, 911), ("Lycksele", 921, 921),
    ("Piteå", 941, 941), ("Kalix", 952, 952), ("Övertorneå", 957, 957), ("Ulricehamn", 523, 523),
    ("Svenljunga", 512, 512), ("Herrljunga", 524, 524), ("Mellerud", 464, 464), ("Tingsryd", 362, 362),
)  # fmt: skip
CITIES = 12  # SV_TOWNS[:CITIES] are cities; the rest are farming towns with rural postcodes
# Villages and hamlets as rural addresses name them (`Västanby 24`, `Ekeby Norrgård 3`).
VILLAGES = (
    "Västanby", "Österby", "Sörby", "Norrby", "Kvarnby", "Ekeby", "Skogsby", "Lilla Ekeby", "Stora Vrå",
    "Hallaryd", "Tofta", "Gärdslöv", "Hemmingsmark", "Böle", "Kläppen", "Näsby", "Berga", "Åsen",
    "Rya", "Hult", "Nybble", "Äppelbo", "Grönhult", "Fjällsta", "Långbacka", "Övre Gärdsjö",
    "Norra Rörum", "Stensjö", "Hökåsen", "Kvissle", "Bjärby", "Västra Tunhem", "Östra Ny", "Vrigstad",
    "Hjortsberga", "Sätuna", "Ölsta", "Mossby", "Hovby", "Torestorp",
)  # fmt: skip
FARMSUFFIX = ("Norrgård", "Södergård", "Västergård", "Östergård", "Mellangård", "Nygård", "Backgård", "Hagtorp")  # fmt: skip
FARMS = (
    "Norrgården", "Sörgården", "Östergården", "Mellangården", "Nygården", "Backgården", "Storgården",
    "Lillgården", "Ekbacken", "Hagalund", "Lugnet", "Solhem", "Björkhaga", "Kärrtorp", "Rödstugan",
)  # fmt: skip
UK_STREETS = (
    "Long Lane", "Church Road", "Mill Lane", "Back Lane", "Green Lane", "Station Road", "Chapel Street",
    "Manor Road", "School Lane", "Moor Lane", "Marsh Road", "Orchard Way", "Bridge End", "Fen Road",
    "Town Street", "The Street", "Forge Lane", "Cow Lane", "Sheepwash Lane", "Dairy Lane",
)  # fmt: skip
UK_VILLAGES = ("Great Ayton", "Little Snoring", "Upper Slaughter", "Kirkby Malzeard", "Ashford in the Water", "Long Sutton", "Bishops Lydeard", "Llanfihangel", "Much Wenlock", "Cold Aston", "Nether Stowey", "West Hanney")  # fmt: skip
UK_TOWNS = (
    ("Thirsk", "YO7"), ("Hexham", "NE46"), ("Kendal", "LA9"), ("Ludlow", "SY8"), ("Leominster", "HR6"),
    ("Bakewell", "DE45"), ("Taunton", "TA1"), ("Truro", "TR1"), ("Brecon", "LD3"), ("Carmarthen", "SA31"),
    ("Dumfries", "DG1"), ("Perth", "PH1"), ("Ayr", "KA7"), ("Banbury", "OX16"), ("Boston", "PE21"),
    ("Wisbech", "PE13"), ("Bury St Edmunds", "IP33"), ("Hereford", "HR1"), ("Skipton", "BD23"),
    ("Malton", "YO17"), ("Omagh", "BT78"), ("Market Harborough", "LE16"),
)  # fmt: skip
UK_HOUSES = ("Home Farm", "Manor Farm", "Lower Barn", "Hill Top Farm", "Grange Farm", "Yew Tree Cottage", "The Old Dairy", "Brook Farm", "Meadow View", "Glebe Farm")  # fmt: skip
US_TOWNS = (
    ("Ames", "IA", 500), ("Decorah", "IA", 521), ("Marshalltown", "IA", 501), ("Lamberton", "MN", 561),
    ("Hutchinson", "KS", 675), ("Dodge City", "KS", 678), ("Grand Island", "NE", 688), ("Lancaster", "PA", 176),
    ("Sioux Falls", "SD", 571), ("Bismarck", "ND", 585), ("Yakima", "WA", 989), ("Lodi", "CA", 952),
    ("Fresno", "CA", 937), ("Eau Claire", "WI", 547), ("Decatur", "IL", 625), ("Lubbock", "TX", 794),
    ("Twin Falls", "ID", 833), ("Bozeman", "MT", 597),
)  # fmt: skip
US_STREETS = ("County Road {k}", "Old Mill Road", "Prairie View Drive", "N {k}00 W", "Farm to Market Road {k}", "Township Road {k}", "Route {k}", "Elm Street", "Orchard Lane", "Creamery Road")  # fmt: skip
EUROPE = (
    "Hofweg {n}, {z5:29525-29549} Uelzen", "Am Lindenhof {n}, {z5:48143-48167} Münster",
    "Søndergade {n}, {z4:7400-7430} Herning", "Landevejen {n}, {z4:5700-5771} Svendborg",
    "Boerderijweg {n}, {z4:8911-8939} {L2} Leeuwarden", "ul. Polna {n}, 20-{z3:001-999} Lublin",
    "ul. Kwiatowa {n}/{m}, 62-{z3:800-899} Kalisz", "Peltotie {n}, {z5:61800-61850} Kauhajoki",
    "Gardsvegen {n}, {z4:2630-2640} Ringebu", "Strada Principală {n}, {z6:557000-557999} Sibiu",
    "{n} Moo {m}, Tambon Nong Han, Amphoe Mueang, Udon Thani 41000", "vul. Shevchenka {n}, kv. {m}, Zhytomyr {z5:10001-10031}",
    "Ūkininkų g. {n}, LT-{z5:35100-35200} Panevėžys", "Talu tn {n}, {z5:50101-50120} Tartu",
    "{n} chemin des Vignes, {z5:51100-51100} Reims", "Via dei Campi {n}, {z5:43121-43126} Parma",
    "Calle del Olivar {n}, {z5:23001-23009} Jaén", "Bauernweg {n}, {z4:3600-3609} Thun",
    "Clonmore, Co. Tipperary, E41 {E4}", "{n} Soi Sukhumvit {m}, Khlong Toei, Bangkok 10110",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.se", "bredband.net")  # fmt: skip
WORK = ("example.se", "lantbruk.example.se", "gard.example.se", "veterinar.example.se", "maskinring.example.se", "example.com", "farm.example.co.uk", "example.org")  # fmt: skip
MAIL_EN = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "aol.com", "icloud.com", "hotmail.com")  # fmt: skip
WORK_EN = ("example.com", "farm.example.co.uk", "example.org", "vets.example.com", "example.co.uk")  # fmt: skip
ROLES = ("info", "order", "bokning", "kontakt", "faktura", "uthyrning", "jobb", "butik", "jour", "kundtjanst")  # fmt: skip
ROLES_EN = ("info", "orders", "enquiries", "office", "hire", "accounts", "jobs", "hello", "reception")  # fmt: skip
# Area codes of the country's farming districts and its cities.
AREA3 = (
    "0511", "0512", "0510", "0515", "0500", "0501", "0502", "0514", "0410", "0411", "0414", "0416",
    "0413", "0415", "0451", "0430", "0346", "0340", "0383", "0381", "0370", "0372", "0485", "0498",
    "0142", "0143", "0141", "0155", "0150", "0171", "0173", "0176", "0224", "0292", "0582", "0533",
    "0570", "0565", "0247", "0248", "0278", "0651", "0650", "0640", "0670", "0612", "0935", "0950",
    "0911", "0923", "0927", "0321", "0325", "0513", "0530", "0477",
)  # fmt: skip
AREA2 = ("011", "013", "016", "018", "019", "021", "023", "026", "031", "033", "035", "036", "040", "042", "044", "046", "054", "060", "063", "090")  # fmt: skip


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
    """Every value of EH from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "thai": 0.0}.get(key, 0.05):
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
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in PLAIN_ORIGINS and r.random() < 0.3:  # typed without their letters
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        person = Person(woman, key, given, surname, middle, joint)
        self.last_person = person
        return person

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

    def email(self, person: Person | None) -> str:
        """A person's address (of `person`, else of someone unnamed) at webmail or work."""
        r = self.rng
        if person is None:
            named = self.last_person
            person = self.person(None)
            self.origins[person.origin] -= 1  # no one named: the origin is not counted
            self.last_person = named
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        if self.lang == "en":
            return f"{local}@{r.choice(WORK_EN if r.random() < 0.4 else MAIL_EN)}"
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        if self.lang == "en":
            return f"{r.choice(ROLES_EN)}@{r.choice(WORK_EN)}"
        return f"{r.choice(ROLES)}@{r.choice((*WORK[:5], 'example.se'))}"

    def period(self) -> str:
        """Two dates in order, both written the same way."""
        r = self.rng
        start = r.randrange(1, 330)
        end = start + r.randrange(3, 35)
        days = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

        def date(n: int, shape: int) -> str:
            month = 0
            while n > days[month]:
                n -= days[month]
                month += 1
            return (
                f"2027-{month + 1:02d}-{n:02d}",
                f"{n}/{month + 1}",
                f"{n} {WORDS['months_sv'][month]}",
                f"{n}.{month + 1}.2027",
            )[shape]

        shape = r.randrange(4)
        return f"{date(start, shape)}–{date(end, shape)}"

    def hours(self) -> str:
        r = self.rng
        sep = r.choice((".", ":"))
        start = r.randrange(6, 14)
        return f"{start}{sep}{r.choice(('00', '30'))}–{start + r.randrange(3, 9)}{sep}{r.choice(('00', '30'))}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (3, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = self.digits(8)
        a3, a2 = r.choice(AREA3), r.choice(AREA2)
        shapes = (
            (8, f"{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"{a3}-{d[:3]} {d[3:5]}"), (3, f"{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"{a3}{d[:6]}"), (2, f"{a3}-{d[:6]}"), (2, f"+46 {a3[1:]} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){a3[1:]}-{d[:3]} {d[3:5]}"),
            (5, f"{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 {a2[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"08 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"0046 8 {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        return self.mobile() if self.rng.random() < 0.62 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or switchboard's number: 010-, 020-, 0771-, or a landline."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"010-{d[:3]} {d[3:5]} {d[5:]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:]}", self.landline()))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((f"07700 900{d[:3]}", f"07{r.randrange(400, 990)} {d}", f"+44 7{r.randrange(400, 990)} {d}",
                         f"01845 {d}", f"01434 {d}", f"(01539) {d}", f"01584 {d[:3]} {d[3:]}", f"+44 (0)1568 {d}",
                         f"01823 {d}", f"0044 1874 {d}", f"01387 {d}", f"028 8224 {d[:4]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            (
                "515",
                "563",
                "641",
                "507",
                "620",
                "308",
                "717",
                "605",
                "701",
                "509",
                "559",
                "715",
                "217",
                "806",
                "208",
                "406",
            )
        )
        d = self.digits(4)
        x = r.randrange(200, 999)
        return r.choice((f"({area}) {x}-{d}", f"{area}-{x}-{d}", f"+1 {area} {x} {d}", f"{area}.{x}.{d}", f"1-{area}-{x}-{d}", f"+1 ({area}) {x}-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad (the seasonal workers' countries and the neighbours), as written there."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"08{d[:1]}-{d[1:4]}-{d[4:8]}", f"+66 9{d[:1]}-{d[1:4]}-{d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+380 {r.choice(('50', '67', '63', '97'))} {d[:3]} {d[3:5]} {d[5:7]}", f"+40 7{d[:2]} {d[2:5]} {d[5:8]}",
            f"+40 (0)7{d[:2]} {d[2:5]} {d[5:8]}", f"+370 6{d[:2]} {d[2:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+49 (0)581 {d[:6]}", f"+49 170 {d[:7]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+251 91 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; 12 or 10 digits, with or without the hyphen;
        `+` in the ten-digit form for someone past a hundred."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1932, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

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
        town, low, high = r.choice(SV_TOWNS[CITIES:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.84 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def rural(self) -> str:
        """A rural address's first part: village and number, village and farm, or a farm alone."""
        r = self.rng
        roll = r.random()
        if roll < 0.68:
            return f"{r.choice(VILLAGES)} {r.randrange(1, 260)}"
        if roll < 0.88:
            return f"{r.choice(VILLAGES)} {r.choice(FARMSUFFIX)} {r.randrange(1, 12)}"
        return f"{r.choice(FARMS)} {r.randrange(1, 40)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.4
        street = self.rural() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.5)}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, district = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{district} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        roll = r.random()
        if roll < 0.35:
            parts = [r.choice(UK_HOUSES), r.choice(UK_STREETS), r.choice(UK_VILLAGES)]
        elif roll < 0.45:
            parts = [f"Flat {r.randrange(1, 12)}", f"{r.randrange(1, 120)} {r.choice(UK_STREETS)}"]
        else:
            parts = [f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"]
        if lines:
            return "\n".join([*parts, town, code])
        return ", ".join([*parts, f"{town} {code}"])

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS).replace('{k}', str(r.randrange(2, 40)))}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
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
        out = out.replace("{E4}", "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def initials(person: Person, middle: bool) -> str:
    out = "-".join(p[0] + "." for p in person.first.split("-"))
    if middle and person.middle:
        out += f" {person.middle[0][0][0]}."
    return out


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU in capitals, I initials and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s`
    asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS)
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
        words, value = (
            surname,
            person.last.lower()
            if base == "s"
            else person.last.upper()
            if base == "SU"
            else person.last,
        )
    elif base == "I":
        with_middle = draw.rng.random() < 0.5
        words = surname + (middle[:1] if with_middle else [])
        value = f"{initials(person, with_middle)} {person.last}"
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    sv_months, en_months = WORDS["months_sv"], WORDS["months_en"]
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ARV": lambda: (draw.rural(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.rural())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "EX": lambda: (draw.email(None), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {sv_months[month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {en_months[month - 1]}", f"{day:02d}/{month:02d}/2027", f"{en_months[month - 1]} {day}", f"{month}/{day}/27")), None),
        "PERIOD": lambda: (draw.period(), None),
        "HOURS": lambda: (draw.hours(), None),
        "PRICE": lambda: (f"{r.randrange(95, 2400):,} kr".replace(",", " "), None),
        "TIME": lambda: (f"{r.randrange(6, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}{r.choice(('am', 'pm', ' am', ' pm'))}", f"{r.randrange(6, 19)}:{r.choice(('00', '15', '30', '45'))}")), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(250, 98000):,} kr".replace(",", " "), None),
        "KR": lambda: (f"{r.randrange(148, 210)} kr", None),
        "GBP": lambda: (f"£{r.randrange(20, 4800):,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(20, 9000):,}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}", f"{r.choice('ABKMS')}{r.randrange(100000, 999999)}")), None),
        "INV": lambda: (str(r.randrange(20270001, 20279999)), None),
        "INVEN": lambda: (f"INV-{r.randrange(1000, 99999):05d}", None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "ACCT": lambda: (f"{r.randrange(3000, 9999)}-{draw.digits(3)} {draw.digits(3)} {draw.digits(3)}", None),
        "ORGNR": lambda: (f"{r.choice(('556', '559', '769', '716', '802'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "VAT": lambda: (f"SE{r.choice(('556', '559', '769'))}{draw.digits(7)}01", None),
        "DNR": lambda: (f"{r.choice(('Dnr ', 'dnr ', ''))}{r.randrange(1, 9)}.{r.randrange(1, 9)}.{r.randrange(10, 19)}-{r.randrange(100, 99999)}/2027", None),
        "PPN": lambda: (f"SE{draw.digits(6)}", None),
        "EAR": lambda: (f"SE {draw.digits(6)}-{draw.digits(4)}-{r.randrange(10)}", None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {draw.digits(2)}{r.choice('0123456789ABCDEFGHJKLMNPRSTUWXYZ')}", None),
        "PROP": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 40)}", None),
        "HA": lambda: (f"{r.randrange(1, 140)},{r.randrange(10)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(WORDS["days_sv"]), None),
        "DAYEN": lambda: (r.choice(WORDS["days_en"]), None),
        "FARMNAME": lambda: (r.choice(WORDS["farms_sv"]), None),
        "FARMEN": lambda: (r.choice(WORDS["farms_en"]), None),
        "FIRM": lambda: (r.choice(WORDS["firms_sv"]), None),
        "FIRMEN": lambda: (r.choice(WORDS["firms_en"]), None),
        "VETFIRM": lambda: (r.choice(WORDS["vets_sv"]), None),
        "SLAKT": lambda: (r.choice(WORDS["abattoirs"]), None),
        "ANIMAL": lambda: (r.choice(WORDS["animals"]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    draw.last_person = None
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        base = (
            base[:-1]
            if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS
            else base
        )
        if base in PERSON_FORMS:
            if base == "E" and not ref and draw.last_person is None:
                value = draw.email(None)  # no one named before it: someone unnamed's address
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": "EMAIL"})
                text += value
                last = match.end()
                continue
            if ref and ref in people:
                person = people[ref]
            elif base == "E" and not ref:
                person = draw.last_person  # an address follows the person named nearest before it
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
            draw.last_person = person
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """EH's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of EH is printed."""
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
                forms["initial"] += bool(re.search(r"(?:^|\s)\w\.(?:-\w\.)?(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                before = text[max(0, span["start"] - 1) : span["start"]]
                forms["after @"] += before == "@"
                forms["in brackets"] += before in "([" and before != ""
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not re.search(r"\d", value)
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [key for mix in MIXES.values() for key in mix if draw.origins[key] == 0]
    print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_total = 0
    pnr = re.compile(r"^(?:\d{2})?(\d{6})[-+]?(\d{4})$")
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if tuple(row) != KEYS:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, last = row["text"], 0
        for span in row["spans"]:
            spans_total += 1
            start, end, kind = span["start"], span["end"], span["kind"]
            if kind not in KINDS:
                problems["kind"] += 1
            if not 0 <= start < end <= len(text):
                problems["out of bounds or empty"] += 1
                continue
            value = text[start:end]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < last:
                problems["unsorted or overlapping"] += 1
            last = end
            if kind == "NATIONAL_ID":
                match = pnr.match(value)
                if not match or luhn(match.group(1) + match.group(2)[:3]) != int(match.group(2)[3]):
                    problems["personnummer check digit"] += 1
    print(f"{rows} rows, {len(ids)} ids, {spans_total} spans; problems: {sum(problems.values())}")
    for name, n in sorted(problems.items()):
        print(f"  {name}: {n}")
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
