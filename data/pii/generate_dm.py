# ruff: noqa: E501
"""Generate held-out DM for personal-data detection (issue 15): names as the population has them,
a ninety-sixth writer, in the texts of tradespeople and home services.

    python data/pii/generate_dm.py           # writes data/pii/generated-heldout-dm.jsonl
    python data/pii/generate_dm.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dm.py --check   # checks the written file, prints counts only
    python data/pii/generate_dm.py --seed 7 --out /tmp/dm.jsonl   # a scratch seed

DM's names are drawn by how often people carry them: every name word comes from `names_dm.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row roughly as the people who live there are. The genre
(`templates_dm.py`) is tradespeople and home services: plumbers', electricians' and builders' job
sheets, quotes and invoices with ROT and RUT deductions, cleaners, gardeners and snow-clearing
rounds, chimney sweeps and boiler servicing, key handovers and door codes, complaints and reviews,
in Swedish, English and Swedish mixed with English. Written by a helper who does not tune the
detector and who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler,
the row format, `--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the
first line of `generated-heldout-u.jsonl`; not the detector's rules, lexicons or tests, nor any
other set's names, templates or rows, nor any error listing. DM was never run through the detector
by its writer and its names were not checked against anything in the repository. Stdlib only; one
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

from names_dm import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dm import BRF, DAYS, EN, FAST, FIRMS_EN, FIRMS_SV, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270173
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dm.jsonl"
SPLIT = "heldout-dm"
KEYS = ["id", "split", "lang", "text", "spans"]

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's streets.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Trädgårdsgatan", "Köpmangatan",
    "Fabriksgatan", "Västra Hamngatan", "Norra Strandgatan", "Bangårdsgatan", "Linnégatan",
    "Södra Förstadsgatan", "Engelbrektsgatan", "Karl Johansgatan", "Birger Jarlsgatan", "Slottsgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Rönnvägen", "Lönnvägen", "Aspvägen", "Syrenvägen",
    "Violvägen", "Blåklintsvägen", "Prästvägen", "Skolvägen", "Bruksvägen", "Gamla Vägen",
    "Kyrkvägen", "Solvägen", "Nyponvägen", "Hagvägen", "Bäckvägen", "Mossvägen", "Fiskarvägen",
    "Timmervägen", "Smedjevägen", "Lärkvägen", "Trastvägen", "Vitsippsvägen", "Humlevägen",
    "Klöverstigen", "Lingonstigen", "Mjölnarstigen", "Ekbacksstigen", "Kvarnstigen", "Snickarstigen",
    "Hasselsvängen", "Rönnbärssvängen", "Tegelbruksvängen", "Ekallén", "Kastanjeallén", "Slottsallén",
    "Almallén", "Parkallé", "Stationsbacken", "Kyrkbacken", "Ängsbacken", "Tallbacken",
    "Eriksbergs backe", "Bergsgårdens backe", "Stortorget", "Fisktorget", "Lilla torget",
    "Järnvägstorget", "Nytorget", "Brunnsplan", "Centrumplan", "Tingsplan", "Tullplan",
    "Bagargränd", "Hattmakargränd", "Skomakargränd", "Klockargränd", "Mästergränd", "Norra Kajen",
    "Södra Kajen", "Skeppsbrokajen", "Packhuskajen", "Varvskajen", "Östra Kajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 353),
    ("Halmstad", 302, 304), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 831),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371), ("Skövde", 541, 541), ("Uddevalla", 451, 451), ("Nyköping", 611, 611),
    ("Motala", 591, 591), ("Visby", 621, 621), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Nacka", 131, 131), ("Solna", 169, 171), ("Huddinge", 141, 141), ("Mölndal", 431, 431),
    ("Enköping", 745, 745), ("Sandviken", 811, 811), ("Lidköping", 531, 531), ("Varberg", 432, 432),
    ("Ängelholm", 262, 262), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Ystad", 271, 271),
    ("Alingsås", 441, 441), ("Katrineholm", 641, 641), ("Kungsbacka", 434, 434), ("Hudiksvall", 824, 824),
    ("Värnamo", 331, 331), ("Hässleholm", 281, 281), ("Trelleborg", 231, 231), ("Kungälv", 442, 442),
    ("Arvika", 671, 671), ("Köping", 731, 731), ("Norrtälje", 761, 761), ("Tierp", 815, 815),
    ("Bollnäs", 821, 821), ("Åre", 837, 837), ("Kramfors", 872, 872), ("Skellefteå", 931, 931),
    ("Boden", 961, 961), ("Lycksele", 921, 921), ("Storuman", 923, 923), ("Vetlanda", 574, 574),
    ("Vimmerby", 598, 598), ("Lysekil", 453, 453), ("Mora", 792, 792), ("Hedemora", 776, 776),
)  # fmt: skip
RURAL = 40  # SV_TOWNS[RURAL:] are the small towns whose countryside has `xxx 9x` postcodes
VILLAGES = (
    "Bystället", "Västanåker", "Norrbyn", "Östra Ryd", "Lillkyrka", "Gammelgården", "Stora Hult",
    "Kallbäck", "Tjärnheden", "Sjöbol", "Hallsta", "Myrbacka", "Österby", "Skogsnäs", "Backa",
    "Rödmyra", "Lövåsen", "Björnbo", "Lindesnäs", "Nedre Gärdet", "Övre Säter", "Ängebo",
    "Kvarnsjö", "Granlunda", "Mellby", "Hemgården", "Sörmark", "Furuhagen",
)  # fmt: skip
UK_STREETS = (
    "Church Street", "Meadow Way", "Orchard Road", "Chapel Lane", "Queens Road", "Highfield Avenue",
    "Mill Road", "Westfield Drive", "Park Crescent", "The Grove", "Beech Close", "Elm Grove",
    "Brook Street", "Castle Street", "Windmill Hill", "Lime Tree Walk", "Station Approach",
    "Marlborough Terrace", "Green Lane", "Woodland Rise", "Sandy Lane", "Hawthorn Gardens",
)  # fmt: skip
UK_TOWNS = (
    ("Bath", "BA"), ("York", "YO"), ("Leeds", "LS"), ("Cardiff", "CF"), ("Swansea", "SA"),
    ("Derby", "DE"), ("Exeter", "EX"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"),
    ("Belfast", "BT"), ("Brighton", "BN"), ("Cambridge", "CB"), ("Oxford", "OX"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Harrogate", "HG"), ("Stockport", "SK"), ("Reading", "RG"), ("Guildford", "GU"),
)  # fmt: skip
UK_HOUSES = ("Willow Cottage", "The Barn", "Orchard View", "Meadowside", "The Stables", "Keepers Cottage", "Holly House", "Fern Lodge")  # fmt: skip
US_STREETS = (
    "Maple Avenue", "Elm Street", "Oak Ridge Road", "Lakeview Drive", "Cedar Lane", "Pine Hill Road",
    "Walnut Street", "Spruce Court", "Birch Lane", "Meadowbrook Drive", "N 3rd Street", "W 12th Avenue",
    "Hillcrest Drive", "River Road", "Orchard Way", "County Road 9",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Madison", "WI", 537), ("Ann Arbor", "MI", 481),
    ("Columbus", "OH", 432), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Seattle", "WA", 981),
    ("Burlington", "VT", 54), ("Albany", "NY", 122), ("Boise", "ID", 837), ("Des Moines", "IA", 503),
    ("Omaha", "NE", 681), ("Duluth", "MN", 558), ("Pittsburgh", "PA", 152), ("Boston", "MA", 21),
)  # fmt: skip
IRELAND = (
    "{n} Main Street, Ennis, Co. Clare V95 {E4}", "Ballyvolane, Fermoy, Co. Cork P61 {E4}",
    "{n} Church Road, Bray, Co. Wicklow A98 {E4}", "Knockanore, Tallow, Co. Waterford P51 {E4}",
    "{n} Fairgreen, Westport, Co. Mayo F28 {E4}",
)  # fmt: skip
EUROPE = (
    "Gartenstraße {n}, {z5:10115-14199} Berlin", "Lindenallee {n}, {z5:50667-51149} Köln",
    "Schulweg {n}, {z5:80331-81929} München", "{n} rue des Lilas, {z5:69001-69009} Lyon",
    "{n} avenue de la Gare, {z5:33000-33800} Bordeaux", "Puistokatu {n} B {m}, {z5:00100-00990} Helsinki",
    "Koulukatu {n}, {z5:33100-33900} Tampere", "Storgata {n}, {z4:0150-0190} Oslo",
    "Strandgaten {n}, {z4:5003-5020} Bergen", "Nørregade {n}, {m}. th., {z4:1100-1199} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Kwiatowa {n}, 31-{z3:100-999} Kraków", "Calle Mayor {n}, {m}º B, {z5:28001-28013} Madrid",
    "Avenida del Mar {n}, {z5:03180-03189} Torrevieja", "Oudegracht {n}, {z4:3511-3515} {L2} Utrecht",
    "Dorpsstraat {n}, {z4:1601-1689} {L2} Enkhuizen", "Via dei Mille {n}, {z5:00185-00185} Roma",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Hauptstraße {n}/{m}, {z4:1010-1230} Wien",
    "Pärnu mnt {n}-{m}, {z5:10141-10149} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "bredband.net", "hotmail.se", "protonmail.com")  # fmt: skip
WORK = ("example.se", "bygg.example.se", "el.example.se", "example.com", "example.org", "example.net")  # fmt: skip
WORK_EN = ("example.com", "example.org", "example.co.uk", "example.net", "mail.example.com")  # fmt: skip
FIRM_SLUGS = ("rorservice", "elteknik-syd", "byggfasad", "stadhjalpen", "tradgardsfixarna", "sotarna", "varmeteknik", "plat-tak", "snorojning", "fonsterputsarna", "hemservice", "bergvarme", "lasjouren", "golvexperten", "maleriteknik", "vvs-center", "takservice")  # fmt: skip
FIRM_SLUGS_EN = ("northsideplumbing", "brightspark", "greenleafgardens", "clearflue", "apexroofing", "peakmaintenance", "crystalclean", "castleboilercare", "riversidebuilders", "twincitieshvac")  # fmt: skip
# The second halves of the hyphenated given names Swedes carry, by the first half.
HYPHEN_F = {
    "Ann": ("Marie", "Christin", "Charlotte", "Sofie", "Louise", "Britt", "Kristin"), "Anna": ("Karin", "Lena", "Maria", "Lisa", "Carin"),
    "Eva": ("Lena", "Karin", "Britt", "Marie"), "Britt": ("Marie", "Inger", "Louise"), "Maj": ("Britt", "Lis"),
    "Gun": ("Britt", "Marie"), "Inga": ("Lill", "Britt"), "Karin": ("Maria",), "Lena": ("Maria",), "Marie": ("Louise",),
    "Anne": ("Marie", "Li"), "Lisa": ("Marie",), "Ulla": ("Britt", "Karin"),
}  # fmt: skip
HYPHEN_M = {
    "Karl": ("Erik", "Johan", "Gustav", "Axel", "Anders"), "Lars": ("Erik", "Göran", "Olof", "Åke", "Gunnar"),
    "Jan": ("Erik", "Olof", "Åke", "Ove"), "Per": ("Olof", "Erik", "Anders", "Åke", "Johan"), "Nils": ("Erik", "Olof", "Gunnar"),
    "Carl": ("Johan", "Fredrik", "Axel"), "Sven": ("Erik", "Olof", "Åke"), "Bengt": ("Göran", "Åke"), "Hans": ("Olov", "Erik"),
    "Bo": ("Göran", "Erik"), "Erik": ("Johan",), "Johan": ("Erik",), "Bror": ("Erik",), "Kjell": ("Åke", "Olof"),
}  # fmt: skip
SV_MOBILE = ("070", "072", "073", "076", "079")
AREA2 = ("31", "40", "18", "13", "19", "21", "11", "16", "36", "54", "60", "63", "90", "23", "26", "35", "42", "44", "46")  # fmt: skip
AREA3 = ("120", "150", "171", "220", "240", "250", "271", "280", "291", "340", "371", "380", "413", "451", "470", "480", "491", "512", "523", "554", "570", "611", "620", "640", "660", "680", "910", "920", "940", "980")  # fmt: skip


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
    """Every value of DM from one seeded Random; counts the head/tail split and the origins."""

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
        seconds = (HYPHEN_F if woman else HYPHEN_M).get(given[0][0]) if key == "swedish" else None
        if seconds and r.random() < 0.2:  # Anna-Karin, Lars-Erik: the pairs Swedes are given
            given = [(f"{given[0][0]}-{r.choice(seconds)}", given[0][1])]
            self.forms["hyphen given, topped up"] += 1
        middle: list[Word] = []
        if r.random() < {"swedish": 0.5, "us": 0.4, "uk": 0.35, "finnish": 0.3}.get(key, 0.08):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
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
            self.forms["typed plain"] += 1
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
        surname = re.sub(r"[^a-z]", "", plain(person.surname[0][0]).lower())
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        work = WORK_EN if self.lang == "en" else WORK
        return f"{local}@{r.choice(work if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        if self.lang == "en":
            local = r.choice(
                ("info", "office", "hello", "bookings", "accounts", "enquiries", "service")
            )
            return f"{local}@{r.choice(FIRM_SLUGS_EN)}.{r.choice(('example.co.uk', 'example.com'))}"
        local = r.choice(
            (
                "info",
                "kundtjanst",
                "order",
                "offert",
                "service",
                "bokning",
                "faktura",
                "jour",
                "kontakt",
            )
        )
        return f"{local}@{r.choice(FIRM_SLUGS)}.example.se"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d, m = self.digits(7), r.choice(SV_MOBILE)
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (9, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the two-digit and the three-digit areas."""
        r = self.rng
        d, a2, a3 = self.digits(8), r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (5, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (2, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:]}"),
            (4, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"),
            (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.65 else self.landline()

    def firm_phone(self) -> str:
        """A firm's number: a switchboard, a national number, a city line."""
        r = self.rng
        d = self.digits(7)
        shapes = (f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                  f"0771-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:2]} {d[2:4]} {d[4:]}", f"0770-{d[:3]} {d[3:6]}",
                  f"075-{d[:3]} {d[3:5]} {d[5:]}", self.landline(), self.landline(), self.mobile())  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((f"07700 900{d[:3]}", f"07{r.choice('4589')}{d[:2]} {d}", f"+44 7{r.choice('4589')}{d[:2]} {d}",
                         f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}",
                         f"(01865) {d}", f"01632 960{d[:3]}", f"+44 1234 {d}", f"0{r.choice(('1225', '1904', '2920', '1392'))} {d}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            (
                "612",
                "651",
                "608",
                "734",
                "614",
                "303",
                "503",
                "206",
                "802",
                "518",
                "208",
                "515",
                "402",
                "218",
                "412",
                "617",
            )
        )
        line = f"01{r.randrange(100):02d}"
        return r.choice((f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}", f"+1 {area} 555 {line}",
                         f"+1 ({area}) 555-{line}", f"1-{area}-555-{line}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", self.phone_uk(), self.phone_us(),
            f"+353 87 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:7]}", f"0049 89 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"06-{d[:8]}", f"+39 34{d[0]} {d[1:4]} {d[4:8]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}", f"+90 53{d[0]} {d[1:4]} {d[4:6]} {d[6:8]}",
            f"+964 770 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}", f"+66 81 {d[:3]} {d[3:7]}", f"081-{d[:3]}-{d[3:7]}", f"+380 67 {d[:3]} {d[3:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+56 9 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}", f"+291 7 {d[:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` in place of the hyphen for someone past a hundred."""
        r = self.rng
        year = r.randrange(1916, 1927) if old or r.random() < 0.05 else r.randrange(1940, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if year < 1927:
            self.forms["personnummer +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
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
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_place(self, rural: bool = False, lgh: bool = False) -> str:
        """The first line of a Swedish address: a street with its number, flat or floor, or a
        village and its number."""
        r = self.rng
        if rural:
            return self.village()
        street = self.sv_street()
        if lgh or r.random() < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        return street

    def sv_address(self, lines: bool = False, rural: bool | None = None, lgh: bool = False) -> str:
        if rural is None:
            rural = self.rng.random() < 0.3
        joint = "\n" if lines else ", "
        return f"{self.sv_place(rural, lgh)}{joint}{self.sv_postal(rural)}"

    def care_of(self, lines: bool, uk: bool = False) -> list[Segment]:
        """`c/o` a person, then the address: `c/o` outside every span, the name its own PERSON."""
        person = self.person(None)
        form = self.rng.choice(("P", "P", "S")) if not uk else "P"
        joint = "\n" if lines else ", "
        address = self.uk_address(lines) if uk else self.sv_address(lines)
        return [
            ("c/o ", None),
            *person_segments(form, person, self),
            (joint, None),
            (address, "ADDRESS"),
        ]

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.6:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

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
            street = f"{r.randrange(1, 60)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        if lines:
            return (
                f"{street.replace(', ', chr(10))}\n{town}\n{code}"
                if r.random() < 0.5
                else f"{street}\n{town} {code}"
            )
        return f"{street}, {town} {code}" if r.random() < 0.7 else f"{street}, {town}, {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}{r.choice(('', '', 'B'))}".replace(
                "# ", "#"
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def ie_address(self) -> str:
        r = self.rng
        code = "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return r.choice(IRELAND).replace("{n}", str(r.randrange(1, 90))).replace("{E4}", code)

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


def lower(text: str) -> str:
    """Lower case as people type it: a Turkish dotted `İ` becomes a plain `i`."""
    return text.replace("İ", "i").lower()


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    E an e-mail address, GU/SU the given name or the surname alone in capitals (form fields).
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = lower(value) if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = lower(value) if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words = surname
        value = (
            lower(person.last)
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
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E", "GU", "SU"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    """The value (or look-alike) of a slot that is no person."""
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    firms = FIRMS_EN if en else FIRMS_SV

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: draw.care_of(False) if r.random() < 0.04 else [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: draw.care_of(True) if r.random() < 0.04 else [(draw.sv_address(lines=True), "ADDRESS")],
        "ALN": lambda: [(draw.sv_address(lines=True, rural=False), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True), "ADDRESS")],
        "ARL": lambda: [(draw.sv_address(lines=True, rural=True), "ADDRESS")],
        "AC": lambda: [(draw.sv_address().upper(), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "SN": lambda: [(r.choice(SV_STREETS), "ADDRESS")],
        "sn": lambda: [(r.choice(SV_STREETS).lower(), "ADDRESS")],
        "STL": lambda: [(draw.sv_address(rural=False, lgh=True), "ADDRESS")],
        "a": lambda: [((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "CO": lambda: draw.care_of(False),
        "COL": lambda: draw.care_of(True),
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "SNUK": lambda: [(r.choice(UK_STREETS), "ADDRESS")],
        "snuk": lambda: [(r.choice(UK_STREETS).lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AUSL": lambda: [(draw.us_address(lines=True), "ADDRESS")],
        "usa": lambda: [(draw.us_address().lower(), "ADDRESS")],
        "AIE": lambda: [(draw.ie_address(), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "AXL": lambda: [(draw.eu_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHM": lambda: [(draw.mobile(), "PHONE")],
        "PHF": lambda: [(draw.firm_phone(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PHUK": lambda: [(draw.phone_uk(), "PHONE")],
        "PHUS": lambda: [(draw.phone_us(), "PHONE")],
        "PHIE": lambda: [(r.choice((f"+353 87 {draw.digits(3)} {draw.digits(4)}", f"087 {draw.digits(3)} {draw.digits(4)}", f"(065) 68{draw.digits(1)} {draw.digits(4)}", f"+353 (0)21 {draw.digits(3)} {draw.digits(4)}")), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "PNRO": lambda: [(draw.national_id(old=True), "NATIONAL_ID")],
        "FE": lambda: [(draw.firm_email(), "EMAIL")],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None)],
        "TIME": lambda: [(f"{r.randrange(6, 19)}{r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None)],
        "TIMEEN": lambda: [(r.choice((f"{r.randrange(7, 12)}:{r.choice(('00', '30'))} am", f"{r.randrange(1, 6)}pm", f"{r.randrange(8, 17)}:{r.choice(('00', '15', '30', '45'))}")), None)],
        "TIMEA": lambda: [(f"{r.randrange(7, 12)}{r.choice(('.', ':'))}{r.choice(('00', '30'))}", None)],
        "TIMEB": lambda: [(f"{r.randrange(12, 18)}{r.choice(('.', ':'))}{r.choice(('00', '30'))}", None)],
        "TIMES": lambda: [(r.choice((f"{r.randrange(7, 10)}.00–{r.randrange(15, 18)}.00", f"{r.randrange(7, 10)}–{r.randrange(15, 18)}", f"0{r.randrange(7, 10)}:00–{r.randrange(15, 18)}:00")), None)],
        "TIMEENA": lambda: [(f"{r.randrange(7, 12)}:{r.choice(('00', '30'))} am", None)],
        "TIMEENB": lambda: [(f"{r.randrange(1, 6)}:{r.choice(('00', '30'))} pm", None)],
        "DATES": lambda: [(r.choice((f"{day}–{day + r.randrange(1, 14)} {MONTHS['sv'][month - 1]}", f"2027-{month:02d}-{day:02d}–2027-{month:02d}-{day + r.randrange(1, 14):02d}", f"{day}/{month}–{day + r.randrange(1, 14)}/{month}")), None)],
        "IDNR": lambda: [(draw.digits(6), None)],
        "KEYS": lambda: [(str(r.randrange(2, 7)), None)],
        "NUM": lambda: [(str(r.randrange(2, 48)), None)],
        "AREA": lambda: [(str(r.randrange(3, 160)), None)],
        "HRS": lambda: [(r.choice((str(r.randrange(1, 12)), f"{r.randrange(1, 9)},5")), None)],
        "AMT": lambda: [(f"{r.randrange(350, 98000):,} kr".replace(",", " "), None)],
        "AMTS": lambda: [(f"{r.randrange(15, 190) * 10} kr", None)],
        "GBPS": lambda: [(f"£{r.randrange(25, 400)}", None)],
        "USDS": lambda: [(f"${r.randrange(35, 450)}", None)],
        "GBP": lambda: [(f"£{r.randrange(45, 9800):,}", None)],
        "USD": lambda: [(f"${r.randrange(85, 12000):,}", None)],
        "RATE": lambda: [(r.choice((f"{r.randrange(45, 95) * 10} kr/tim", f"{r.randrange(45, 95) * 10} kr exkl. moms")), None)],
        "REF": lambda: [(r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}", f"ÄR-{r.randrange(2026, 2028)}-{r.randrange(100, 9999):04d}")), None)],
        "ORDER": lambda: [(r.choice((f"{r.randrange(100000, 999999)}", f"AO-{r.randrange(1000, 99999)}", f"WO{r.randrange(10000, 99999)}", f"{r.randrange(2026, 2028)}/{r.randrange(100, 999)}")), None)],
        "OCR": lambda: [(draw.digits(r.randrange(8, 16)), None)],
        "BG": lambda: [(f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None)],
        "ORG": lambda: [(f"{r.choice(('556', '559', '769', '716'))}{draw.digits(3)}-{draw.digits(4)}", None)],
        "FAST": lambda: [(r.choice(FAST), None)],
        "BRF": lambda: [(r.choice(BRF), None)],
        "KOD": lambda: [(r.choice((draw.digits(4), draw.digits(4) + "#", draw.digits(4), f"{draw.digits(2)} {draw.digits(2)}")), None)],
        "KEY": lambda: [(f"{r.choice('ABCKN')}-{r.randrange(1, 40)}", None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
        "TOWN": lambda: [(r.choice(SV_TOWNS)[0], None)],
        "TOWNEN": lambda: [(r.choice(UK_TOWNS)[0] if r.random() < 0.6 else ", ".join(r.choice(US_TOWNS)[:2]), None)],
        "FIRM": lambda: [(r.choice(FIRMS_SV), None)],
        "FIRMEN": lambda: [(r.choice(firms), None)],
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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """DM's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, text, True) for lang, text in NEGATIVES]
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
        if negative and spans:
            raise ValueError(f"a negative holds a value: {template[:40]}")
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of DM is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address one word street"] += not any(c.isdigit() for c in value)
                forms["address after a c/o name"] += (
                    "c/o " in text[max(0, span["start"] - 50) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
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
        print("draw: " + ", ".join(f"{k} {v}" for k, v in draw.forms.items()))
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
        print(
            f"origins in MIXES never drawn: {len(missing)}"
            + (f" ({', '.join(missing)})" if missing else "")
        )


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        problems["keys not as heldout-u's"] += list(row) != KEYS
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer check digit"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
    sizes = Counter(row["lang"] for row in rows)
    problems["sizes"] += sizes != Counter(SIZES)
    print(
        f"{len(rows)} rows, {sum(len(row['spans']) for row in rows)} spans, {len(ids)} ids checked"
    )
    for name, n in problems.items():
        if n:
            print(f"problem: {name}: {n}")
    total = sum(problems.values())
    print(f"problems: {total}")
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
