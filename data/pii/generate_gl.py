# ruff: noqa: E501
"""Generate held-out GL for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventy-third writer.

    python data/pii/generate_gl.py          # writes data/pii/generated-heldout-gl.jsonl
    python data/pii/generate_gl.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gl.py --check  # checks the written file, prints counts only

GL's names are drawn by how often people really carry them: every name word comes from
`names_gl.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is breweries, wineries and bars (`templates_gl.py`): tastings and tours, orders
from restaurants and shops, bar staff shifts and rotas, licensing (serveringstillstånd, personal
licences, temporary event notices), age checks and refusal logs, kegs, casks and deliveries,
festival stands, wine clubs and cellar doors, with Swedish, British, American and European
addresses and phone numbers in every common grouping. Written by a helper who does not tune the
detector and who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot
filler, the row format, `--stats`), the sections "Held-out AW" and "Held-out CL" of
docs/privacy.md and the first line of `generated-heldout-u.jsonl`; not the detector's rules,
lexicons or tagger, nor any other set's names, templates or jsonl, nor any error listing. GL was
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

from names_gl import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gl import BEERS, DAYS, EN, MIXED, MONTHS, NEGATIVES, SV, WINES  # noqa: E402

SEED = 20270250
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gl.jsonl"
SPLIT = "heldout-gl"
KEYS = ["id", "split", "lang", "text", "spans"]

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns and cities.
SV_STREETS = (
    "Drottninggatan", "Storgatan", "Kungsgatan", "Västra Hamngatan", "Södra Förstadsgatan", "Bryggargatan",
    "Mäster Samuelsgatan", "Sankt Eriksgatan", "Birger Jarlsgatan", "Götgatan", "Hornsgatan", "Linnégatan",
    "Östra Storgatan", "Norra Strandgatan", "Fiskaregatan", "Repslagaregatan", "Klostergatan", "Bangårdsgatan",
    "Kvarngatan", "Tullgatan", "Brunnsgatan", "Humlegårdsgatan", "Tegnérgatan", "Första Långgatan",
    "Industrivägen", "Vingårdsvägen", "Humlevägen", "Kastanjevägen", "Ringvägen", "Strandvägen", "Skolvägen",
    "Bryggerivägen", "Karlavägen", "Lingonvägen", "Fabriksvägen", "Mejerivägen", "Sjöviksvägen", "Klövervägen",
    "Humlesvängen", "Kornsvängen", "Lärksvängen", "Kvarnsvängen", "Lindallén", "Kastanjeallén", "Slottsallén",
    "Björkallé", "Stationsallén", "Kvarnbacken", "Bryggarbacken", "Prästbacken", "Kyrkbacken", "Solbacken",
    "Äppelstigen", "Tallstigen", "Rönnbärsstigen", "Hasselstigen", "Stortorget", "Lilla torg", "Järntorget",
    "Gustav Adolfs torg", "Mariatorget", "Fisktorget", "Möllevångstorget", "Stationsplan", "Hamnplan",
    "Brunnsplan", "Kyrkplan", "Bryggargränd", "Kopparslagargränd", "Bagargränd", "Skomakargränd",
    "Skeppsbrokajen", "Packhuskajen", "Hamnkajen", "Norra kajen", "Ångbåtskajen", "Skeppsbron",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Lund", 222, 227), ("Helsingborg", 252, 256), ("Norrköping", 602, 603), ("Linköping", 582, 587),
    ("Jönköping", 553, 556), ("Örebro", 702, 703), ("Västerås", 722, 724), ("Gävle", 802, 806),
    ("Umeå", 903, 907), ("Luleå", 972, 975), ("Sundsvall", 852, 856), ("Östersund", 831, 832),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Kalmar", 392, 393), ("Visby", 621, 621),
    ("Halmstad", 302, 305), ("Falun", 791, 791), ("Ystad", 271, 271), ("Borås", 503, 506),
    ("Nyköping", 611, 611), ("Eskilstuna", 632, 633), ("Sigtuna", 193, 193), ("Nynäshamn", 149, 149),
    ("Mora", 792, 792), ("Skellefteå", 931, 931), ("Karlskrona", 371, 371), ("Trollhättan", 461, 461),
    ("Hudiksvall", 824, 824), ("Arvika", 671, 671), ("Kiruna", 981, 981), ("Skövde", 541, 541),
)  # fmt: skip
# Small towns whose country routes end in 9x, for rural addresses (vineyards, hop and cider farms).
RURAL_TOWNS = (
    ("Simrishamn", 272), ("Tomelilla", 273), ("Sjöbo", 275), ("Ystad", 271), ("Hörby", 242), ("Höör", 243),
    ("Båstad", 269), ("Ängelholm", 262), ("Hemse", 623), ("Borgholm", 387), ("Falkenberg", 311),
    ("Säffle", 661), ("Leksand", 793), ("Krokom", 835), ("Vara", 534), ("Vadstena", 592), ("Åre", 837),
)  # fmt: skip
VILLAGES = (
    "Ravlunda", "Vitaby", "Glemminge", "Hammenhög", "Södra Mellby", "Norra Rörum", "Tjörnarp", "Fjälkinge",
    "Österslöv", "Brösarp", "Kåseberga", "Löderup", "Skillinge", "Hallaröd", "Stehag", "Västra Tommarp",
    "Övre Byn", "Nedre Byn", "Lillby", "Norrby", "Söderby", "Västanå", "Östanå", "Humlegården", "Solbacka gård",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Brewery Lane", "Maltings Road", "Market Square",
    "Victoria Road", "Bridge Street", "Castle Street", "Queen Street", "North Road", "Canal Wharf", "Hop Garden Way",
    "Cooper's Yard", "The Parade", "Albion Street", "Wharf Road",
)  # fmt: skip
UK_TOWNS = (
    ("Burton upon Trent", "DE", 13, 15), ("Tadcaster", "LS", 24, 24), ("Masham", "HG", 4, 4), ("Kendal", "LA", 9, 9),
    ("Bristol", "BS", 1, 16), ("London", "SE", 1, 27), ("London", "E", 1, 17), ("Manchester", "M", 1, 40),
    ("Leeds", "LS", 1, 28), ("Sheffield", "S", 1, 36), ("Edinburgh", "EH", 1, 17), ("Glasgow", "G", 1, 80),
    ("Cardiff", "CF", 10, 24), ("Norwich", "NR", 1, 14), ("York", "YO", 1, 32), ("Bath", "BA", 1, 2),
    ("Cambridge", "CB", 1, 5), ("Brighton", "BN", 1, 3), ("Oxford", "OX", 1, 4),
)  # fmt: skip
UK_ESTATES = ("Riverside Industrial Estate", "Maltings Business Park", "Canal Side Trading Estate", "Station Yard")  # fmt: skip
US_STREETS = (
    "Main Street", "Silverado Trail", "Vineyard Lane", "Old River Road", "Industrial Way", "Commerce Street",
    "W 3rd Street", "N Broadway", "Cedar Avenue", "Route 54", "Lake Street", "Water Street", "Foothill Boulevard",
)  # fmt: skip
US_TOWNS = (
    ("Napa", "CA", 94558, 94559), ("Sonoma", "CA", 95476, 95476), ("Healdsburg", "CA", 95448, 95448),
    ("Paso Robles", "CA", 93446, 93446), ("Walla Walla", "WA", 99362, 99362), ("Portland", "OR", 97201, 97233),
    ("McMinnville", "OR", 97128, 97128), ("Asheville", "NC", 28801, 28806), ("Denver", "CO", 80202, 80239),
    ("Milwaukee", "WI", 53202, 53233), ("Grand Rapids", "MI", 49503, 49548), ("San Diego", "CA", 92101, 92130),
    ("Burlington", "VT", 5401, 5408), ("Bend", "OR", 97701, 97703), ("Geneva", "NY", 14456, 14456),
    ("Minneapolis", "MN", 55401, 55419),
)  # fmt: skip
EUROPE = (
    "Moselweinstraße {n}, 54470 Bernkastel-Kues", "Weinstraße {n}, {z5:67146-67146} Deidesheim",
    "Brauhausstraße {n}, {z5:95444-95448} Bayreuth", "{n} rue de la République, 21200 Beaune",
    "{n} avenue de Champagne, 51200 Épernay", "{n} route des Vins, 68340 Riquewihr",
    "Via del Chianti {n}, 53017 Radda in Chianti SI", "Calle Mayor {n}, 26200 Haro",
    "Avinguda de Catalunya {n}, 08720 Vilafranca del Penedès", "Rua da Reboleira {n}, 4050-{z3:100-599} Porto",
    "Pivovarská {n}, 301 00 Plzeň", "Brouwerijstraat {n}, {z4:9000-9052} Gent", "Brouwersgracht {n}, 1013 {L2} Amsterdam",
    "Vesterbrogade {n}, {z4:1620-1799} København V", "Bryggen {n}, 5003 Bergen", "Panimokatu {n}, 00580 Helsinki",
    "Kellergasse {n}, 3601 Dürnstein", "ul. Browarna {n}, 43-300 Bielsko-Biała", "{n} Main Street, Kinsale, Co. Cork, P17 {L2}{m}{m}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "protonmail.com", "me.com", "btinternet.com")  # fmt: skip
WORK = ("bryggeri.example.se", "vingard.example.se", "krog.example.se", "example.se", "example.com", "pub.example.co.uk", "winery.example.com", "example.org")  # fmt: skip
FIRM_LOCAL = ("info", "order", "bokning", "tap", "kontakt", "faktura", "bestallning", "events", "cellar", "sales", "hello", "orders", "tours", "licensing", "tillstand", "kundtjanst")  # fmt: skip
FIRM_DOMAINS = (*WORK, "kommun.example.se", "council.example.gov.uk")


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
    """Every value of GL from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Anna-Karin, Per-Olof
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "german": 0.2}.get(key, 0.05):
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
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            self.forms["typed plain"] += 1
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
        surname = re.sub(r"[^a-z]", "", plain(person.surname[0][0]).lower())
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given}{r.randrange(70, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(FIRM_DOMAINS)}"

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
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline of a city or a small town."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(
            (
                "31",
                "40",
                "46",
                "42",
                "18",
                "13",
                "11",
                "36",
                "19",
                "21",
                "26",
                "90",
                "60",
                "63",
                "54",
                "35",
                "23",
            )
        )
        area3 = r.choice(
            (
                "470",
                "480",
                "498",
                "411",
                "414",
                "431",
                "250",
                "647",
                "980",
                "910",
                "520",
                "570",
                "612",
                "660",
                "690",
                "920",
            )
        )
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (1, f"08{d}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 (0){area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.55 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or switchboard's number: 010, 020, 0771, or an ordinary landline."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010 {d[:3]} {d[3:5]} {d[5:]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0770-{d[:3]} {d[3:6]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:]}",
        )  # fmt: skip
        return r.choice(shapes) if r.random() < 0.6 else self.landline()

    def uk_phone(self) -> str:
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"+44 20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)1539 72{d[:4]}", f"01539 72{d[:4]}",
            f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"0161 496 0{d[:3]}", f"+44 161 496 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"01283 {d[:6]}", f"(01283) {d[:3]} {d[3:6]}", f"0117 496 0{d[:3]}",
            f"0131 496 0{d[:3]}", f"07{d[:3]} {d[3:6]}{self.digits(3)}", f"0044 1937 {d[:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def us_phone(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            ("707", "503", "541", "828", "303", "414", "616", "619", "802", "315", "612", "509")
        )
        shapes = (
            f"({area}) 555-0{d}", f"{area}-555-0{d}", f"+1 {area}-555-0{d}", f"{area}.555.0{d}",
            f"+1 ({area}) 555-0{d}", f"1-{area}-555-0{d}", f"+1 {area} 555 0{d}", f"1-800-555-0{d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        roll = r.random()
        if roll < 0.15:
            return self.uk_phone()
        if roll < 0.25:
            return self.us_phone()
        shapes = (
            f"+49 6531 {d[:5]}", f"0049 89 {d[:7]}", f"+49 (0)171 {d[:7]}", f"+49 921 {d[:6]}",
            f"+33 3 80 {d[:2]} {d[2:4]} {d[4:6]}", f"03 80 {d[:2]} {d[2:4]} {d[4:6]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+39 0577 {d[:6]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+34 941 {d[:2]} {d[2:4]} {d[4:6]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+351 22 {d[:3]} {d[3:7]}", f"+420 377 {d[:3]} {d[3:6]}", f"+32 9 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+31 20 {d[:3]} {d[3:7]}", f"06-{d[:8]}", f"+45 33 {d[:2]} {d[2:4]} {d[4:6]}", f"0045 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+47 55 {d[:2]} {d[2:4]} {d[4:6]}", f"+47 4{d[:2]} {d[2:4]} {d[4:7]}", f"+358 9 {d[:4]} {d[4:8]}",
            f"040 {d[:3]} {d[3:7]}", f"+43 2711 {d[:4]}", f"+48 601 {d[:3]} {d[3:6]}", f"0048 {d[:3]}-{d[3:6]}-{d[6:9]}",
            f"+353 21 477 {d[:4]}", f"087 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+61 8 8{d[:3]} {d[3:7]}",
            f"+64 3 572 {d[:4]}", f"+27 21 {d[:3]} {d[3:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1919, 1927) if old else r.randrange(1940, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return (
                f"{date}+{serial}{check}" if roll < 0.75 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.35:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
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

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, prefix = r.choice(RURAL_TOWNS)
            code = f"{prefix}{r.randrange(90, 100)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige"
        return out

    def village(self) -> str:
        r = self.rng
        return f"{r.choice(VILLAGES)} {r.randrange(1, 40) if r.random() < 0.5 else r.randrange(100, 4200)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.13):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += r.choice(
                (
                    f", {r.randrange(1, 7)} tr",
                    f" {r.randrange(1, 5)} tr",
                    ", uppg. B",
                    f", {r.randrange(1, 5)} tr ög",
                )
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False, street_only: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        if street_only:
            return street
        roll = r.random()
        if roll < 0.15:
            street = f"Unit {r.randrange(1, 30)}, {r.choice(UK_ESTATES)}"
        elif roll < 0.28:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return (
            f"{street}\n{town}\n{code}".replace(", ", "\n", 1)
            if lines
            else f"{street}, {town} {code}"
        )

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, low, high = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Suite', 'Unit', 'Apt', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {r.randrange(low, high + 1):05d}"
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
        out = re.sub(r"\{m\}", lambda _: str(r.randrange(1, 10)), out)
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, Mi with a middle
    initial, G/g the given name (sometimes its short form), N/n the short form where the name has
    one, GU the given name in capitals, S/s the surname, SU in capitals, I an initial and the
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
    elif base == "Mi":
        words = given + middle + surname
        value = " ".join([person.first] + [w[0] + "." for w, _ in middle] + [person.last])
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


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "Mi",
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


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def co() -> list[Segment]:  # `c/o` outside the address, the name after it its own PERSON
        person = draw.person(None)
        lines = r.random() < 0.5
        name = person_segments(r.choice(("P", "P", "S")), person, draw)
        return [
            ("c/o ", None),
            *name,
            ("\n" if lines else ", ", None),
            (draw.sv_address(lines=lines, rural=False), "ADDRESS"),
        ]

    def orgnr() -> str:
        body = f"5{r.choice('5569')}{r.randrange(2, 10)}{draw.digits(6)}"
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True), "ADDRESS")],
        "ARL": lambda: [(draw.sv_address(lines=True, rural=True), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STL": lambda: [(draw.sv_address(lgh=True, rural=False), "ADDRESS")],
        "a": lambda: [((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=False)).lower(), "ADDRESS")],
        "ACAP": lambda: [(draw.sv_address().upper(), "ADDRESS")],
        "ACO": co,
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUC": lambda: [(draw.uk_address().upper(), "ADDRESS")],
        "STU": lambda: [(draw.uk_address(street_only=True), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AUSL": lambda: [(draw.us_address(lines=True), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "AXL": lambda: [(draw.eu_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHM": lambda: [(draw.mobile(), "PHONE")],
        "PHF": lambda: [(draw.firm_phone(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PHUK": lambda: [(draw.uk_phone(), "PHONE")],
        "PHUS": lambda: [(draw.us_phone(), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "PNRO": lambda: [(draw.national_id(old=True), "NATIONAL_ID")],
        "EF": lambda: [(draw.firm_email(), "EMAIL")],
        # look-alikes and plain words: no value
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None)],
        "TIME": lambda: [(f"{r.randrange(10, 23)}{r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None)],
        "TIMEEN": lambda: [(r.choice((f"{r.randrange(11, 23)}:{r.choice(('00', '15', '30', '45'))}", f"{r.randrange(1, 12)}{r.choice(('pm', ':30pm', ' pm'))}")), None)],
        "DOB": lambda: [(f"{day} {MONTHS['en'][month - 1]} {r.randrange(1955, 2006)}", None)],
        "NUM": lambda: [(str(r.randrange(2, 48)), None)],
        "WEEK": lambda: [(str(r.randrange(1, 53)), None)],
        "MONTH": lambda: [(MONTHS["sv"][month - 1], None)],
        "YEAR": lambda: [(str(r.randrange(2026, 2029)), None)],
        "AMT": lambda: [(f"{r.randrange(95, 48000):,} kr".replace(",", " "), None)],
        "GBP": lambda: [(f"£{r.randrange(4, 2400)}.{r.randrange(100):02d}", None)],
        "USD": lambda: [(f"${r.randrange(12, 3000)}", None)],
        "EUR": lambda: [(f"€{r.randrange(9, 3000)}", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"#{r.randrange(10000, 99999)}", f"K-{r.randrange(100, 9999):04d}", f"BK{r.randrange(100000, 999999)}")), None)],
        "ORDER": lambda: [(r.choice((f"{r.randrange(20000, 99999)}", f"PO-{r.randrange(1000, 9999)}", f"ORD-2027-{r.randrange(100, 999)}")), None)],
        "INV": lambda: [(r.choice((f"{r.randrange(1000, 99999)}", f"INV-{r.randrange(1000, 9999)}", f"F2027-{r.randrange(10, 999):03d}")), None)],
        "DNR": lambda: [(r.choice((f"SOC {r.randrange(2025, 2028)}/{r.randrange(10, 9999):04d}", f"{r.randrange(2025, 2028)}-{r.randrange(100, 99999):05d}", f"ALK {r.randrange(1, 999)}/27")), None)],
        "ORGNR": lambda: [(orgnr(), None)],
        "VAT": lambda: [(r.choice((f"SE{orgnr().replace('-', '')}01", f"GB {draw.digits(3)} {draw.digits(4)} {draw.digits(2)}", f"DE{draw.digits(9)}")), None)],
        "SWISH": lambda: [(f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None)],
        "BG": lambda: [(f"{r.randrange(100, 9999)}-{draw.digits(4)}", None)],
        "OCR": lambda: [(draw.digits(r.choice((7, 14, 15, 16))), None)],
        "ACCT": lambda: [(r.choice((f"{r.randrange(6000, 9999)}-{r.randrange(1, 9)}, {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}-{r.randrange(10)}", f"{r.randrange(3000, 5999)} {draw.digits(2)} {draw.digits(5)}", f"SE{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)}")), None)],
        "LIC": lambda: [(r.choice((f"PL/{r.randrange(100, 9999):04d}/{r.randrange(10, 28)}", f"PREM/{r.randrange(100, 999)}/{r.randrange(2019, 2028)}", f"LN/{r.randrange(2018, 2028)}/{r.randrange(1000, 99999)}")), None)],
        "TTB": lambda: [(f"{r.choice(('BR', 'BW'))}-{r.choice(('CA', 'OR', 'WA', 'NY'))}-{r.choice(('I', 'BC'))}-{r.randrange(1000, 99999)}", None)],
        "BATCH": lambda: [(r.choice((f"B-2027-{r.randrange(1, 300):03d}", f"#{r.randrange(100, 999)}", f"L{r.randrange(23, 28)}-{r.randrange(100, 999)}")), None)],
        "ABV": lambda: [(f"{r.randrange(2, 12)},{r.randrange(10)} % vol" if not en else f"{r.randrange(2, 12)}.{r.randrange(10)}% ABV", None)],
        "ARTNR": lambda: [(str(r.randrange(10000, 99999)) + r.choice(("", "01", "03")), None)],
        "EAN": lambda: [(f"7350{draw.digits(9)}", None)],
        "PROP": lambda: [(f"{r.choice(VILLAGES[:16])} {r.randrange(1, 40)}:{r.randrange(1, 99)}", None)],
        "BEER": lambda: [(r.choice(BEERS), None)],
        "WINE": lambda: [(r.choice(WINES), None)],
        "TOWN": lambda: [(r.choice(SV_TOWNS)[0], None)],
        "TOWNEN": lambda: [(r.choice(UK_TOWNS)[0] if r.random() < 0.55 else r.choice(US_TOWNS)[0], None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
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
    """GL's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR_FORMS = (
    ("12 digits with hyphen", re.compile(r"\d{8}-\d{4}")),
    ("12 digits", re.compile(r"\d{12}")),
    ("10 digits with hyphen", re.compile(r"\d{6}-\d{4}")),
    ("10 digits with plus", re.compile(r"\d{6}\+\d{4}")),
    ("10 digits", re.compile(r"\d{10}")),
)


def pnr_form(value: str) -> str:
    for name, pattern in PNR_FORMS:
        if pattern.fullmatch(value):
            return name
    return "other"


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if len(digits) == 12:
        digits = digits[2:]
    return len(digits) == 10 and digits.isdigit() and luhn(digits[:9]) == int(digits[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GL is printed."""
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
                forms["lower-case given name alone"] += value.islower() and " " not in value
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
                forms["address capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
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
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in pnr.items()))
    print(f"nicknames: {draw.forms['nickname']}, names typed plain: {draw.forms['typed plain']}")
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
    ids: Counter[str] = Counter()
    rows = spans_seen = pnrs = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys not as heldout-u's"] += list(row) != KEYS
            problems["split not heldout-gl"] += row["split"] != SPLIT
            problems["lang unknown"] += row["lang"] not in SIZES
            ids[row["id"]] += 1
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                value = text[start:stop]
                problems["span empty"] += stop <= start
                problems["span out of bounds"] += start < 0 or stop > len(text)
                problems["whitespace at an edge"] += bool(value) and (value != value.strip())
                problems["unsorted or overlapping"] += start < end
                problems["kind unknown"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                end = stop
                if span["kind"] == "NATIONAL_ID":
                    pnrs += 1
                    problems["personnummer check digit"] += not pnr_valid(value)
    problems["ids not unique"] = sum(n - 1 for n in ids.values() if n > 1)
    problems["ids not in order"] = sum(
        1 for i, k in enumerate(ids, 1) if k != f"gen-{SPLIT}-{i:04d}"
    )
    print(f"rows {rows}, spans {spans_seen}, personnummer {pnrs}, ids {len(ids)}")
    for name, n in problems.items():
        print(f"{name}: {n}")
    total = sum(problems.values())
    print("no problems" if not total else f"{total} problems")
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed; the set is SEED")
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
