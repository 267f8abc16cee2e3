# ruff: noqa: E501
"""Generate held-out FG for personal-data detection (issue 15): names as the population has them,
a hundred-and-forty-second writer. Every name word is drawn by how often people carry it, from
`names_fg.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is newsrooms and journalism (`templates_fg.py`): tips from readers, interview bookings,
sources and quotes, corrections, press releases, photo credits, editors' planning notes and
letters to the editor, in Swedish, English and the two mixed as Swedes write at work, with
addresses and phone numbers in every common form. Written by a helper who tunes nothing, who read
only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of `docs/privacy.md`, the first line of
`generated-heldout-u.jsonl` (its keys) and a listing of `data/pii/`; not the detector's rules,
lexicons or tagger, no error listing, no other set's names, templates or rows. FG was never run
through the detector by its writer and its names were not checked against rung's lexicons. Stdlib
only; one seeded Random: same seed, same bytes.

    python data/pii/generate_fg.py           # writes data/pii/generated-heldout-fg.jsonl
    python data/pii/generate_fg.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fg.py --check   # checks the written file, prints counts only
    python data/pii/generate_fg.py --seed 7 --out /tmp/fg.jsonl   # a scratch set to read
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

from names_fg import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fg import DAYS, DESKS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270219
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fg.jsonl"
SPLIT = "heldout-fg"
KEYS = ["id", "split", "lang", "text", "spans"]

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what towns are built of).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Järnvägsgatan", "Kyrkogatan", "Skolgatan",
    "Nygatan", "Östra Hamngatan", "Västra Långgatan", "Trädgårdsgatan", "Fabriksgatan", "Bruksgatan",
    "Parkgatan", "Sjömansgatan", "Folkungagatan", "Götgatan", "Hornsgatan", "Linnégatan", "Övre Husargatan",
    "Norra Strandgatan", "Södra Förstadsgatan", "Repslagaregatan", "Tullgatan", "Rådhusgatan", "Klostergatan",
    "Slottsgatan", "Västergatan", "Östergatan", "Tryckerigatan", "Björkvägen", "Skogsvägen", "Granvägen",
    "Ringvägen", "Industrivägen", "Tallvägen", "Lärkvägen", "Rönnvägen", "Kastanjevägen", "Solvägen",
    "Backvägen", "Idrottsvägen", "Mossvägen", "Hagvägen", "Blåbärsvägen", "Lingonvägen", "Furuvägen",
    "Norra Kungsvägen", "Gamla Vägen", "Kyrkvägen", "Strandvägen", "Sveavägen", "Valhallavägen",
    "Lärksvängen", "Ekorrsvängen", "Kornsvängen", "Smedsvängen", "Örnsvängen", "Hammarby allé",
    "Torsby allé", "Vallby allé", "Lindallén", "Björkallén", "Kastanjeallén", "Kvarnbacken", "Ekbacken",
    "Solbacken", "Lotsbacken", "Mästarbacke", "Eriksbergs backe", "Hasselstigen", "Blåklockestigen",
    "Vitsippestigen", "Ängsstigen", "Lönnstigen", "Rönnbärsstigen", "Stortorget", "Järntorget",
    "Nytorget", "Fisktorget", "Södra torg", "Norra torg", "Mariaplan", "Kungsplan", "Fridhemsplan",
    "Brunnsplan", "Kråkgränd", "Smedjegränd", "Bryggargränd", "Skomakargränd", "Skeppsbrokajen",
    "Norra Kajen", "Packhuskajen", "Hamnkajen", "Inre kajen", "Tegelbruksvägen", "Pressvägen",
)  # fmt: skip
# Towns and the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 977),
    ("Östersund", 831, 832), ("Trollhättan", 461, 462), ("Kalmar", 392, 394), ("Falun", 791, 791),
    ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451),
    ("Visby", 621, 621), ("Nyköping", 611, 611), ("Borlänge", 781, 784), ("Varberg", 432, 432),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Kiruna", 981, 981), ("Piteå", 941, 941),
    ("Hudiksvall", 824, 824), ("Mora", 792, 792), ("Ystad", 271, 271), ("Trelleborg", 231, 231),
    ("Landskrona", 261, 261), ("Motala", 591, 591), ("Katrineholm", 641, 641), ("Enköping", 745, 745),
    ("Norrtälje", 761, 761), ("Södertälje", 151, 152), ("Lidköping", 531, 531), ("Alingsås", 441, 441),
    ("Kungsbacka", 434, 434), ("Mölndal", 431, 431), ("Ängelholm", 262, 262), ("Hässleholm", 281, 281),
    ("Härnösand", 871, 871), ("Arvika", 671, 671), ("Västervik", 593, 593), ("Ljungby", 341, 341),
    ("Värnamo", 331, 331), ("Falkenberg", 311, 311), ("Lycksele", 921, 921), ("Sandviken", 811, 811),
    ("Bollnäs", 821, 821), ("Strömstad", 452, 452), ("Simrishamn", 272, 272), ("Solna", 169, 171),
    ("Sundbyberg", 172, 174), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Täby", 183, 187),
)  # fmt: skip
RURAL = (  # villages and farms that carry the address in the countryside, and the town that routes them
    ("Västanby", "Kungsbacka", 434), ("Lillåsen", "Mora", 792), ("Östra Ryd", "Norrköping", 605),
    ("Backgården", "Ljungby", 341), ("Sörbyn", "Piteå", 945), ("Norrmyra", "Lycksele", 921),
    ("Åkerby", "Enköping", 745), ("Skogstorp", "Falkenberg", 311), ("Hällnäs", "Umeå", 922),
    ("Stora Mellby", "Alingsås", 441), ("Bränna", "Hudiksvall", 824), ("Lövåsen", "Arvika", 671),
    ("Kvarnby", "Simrishamn", 272), ("Tjärnäs", "Härnösand", 871), ("Övre Bergsjö", "Bollnäs", 821),
)  # fmt: skip
UK_STREETS = ("High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane", "Queens Road", "Grange Road", "The Crescent", "Albert Street", "Manor Way", "Kings Road", "Elm Grove", "Springfield Close", "Chapel Street", "London Road", "Green Lane", "North Street", "Windsor Gardens", "Oak Drive", "Printing House Lane", "Harbour Parade")  # fmt: skip
UK_TOWNS = (("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Birmingham", "B"), ("Sheffield", "S"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Nottingham", "NG"), ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Brighton", "BN"), ("Norwich", "NR"), ("York", "YO"), ("Oxford", "OX"), ("Exeter", "EX"), ("Hull", "HU"), ("London", "SE"), ("London", "N"), ("London", "E"))  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Hillside", "The Coach House", "Orchard View", "Ivy House", "The Old Post Office", "Meadow Barn")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Ave", "N. Lincoln Street", "W 4th Street", "Park Place", "Cedar Lane", "Washington Blvd", "Elm Street", "Lakeview Drive", "S. Broadway", "Pine St")  # fmt: skip
US_TOWNS = (("Columbus", "OH", 432), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Minneapolis", "MN", 554), ("Madison", "WI", 537), ("Boston", "MA", 21), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Atlanta", "GA", 303), ("Raleigh", "NC", 276), ("Albuquerque", "NM", 871), ("Pittsburgh", "PA", 152), ("Brooklyn", "NY", 112))  # fmt: skip
EUROPE = (  # street, number and postcode as each country writes them; {zN:low-high} a postcode
    "Lindenstraße {n}, {z5:10961-10999} Berlin", "Bahnhofstr. {n}, {z5:80331-80339} München",
    "{n} rue de la République, {z5:69001-69002} Lyon", "{n} avenue des Gobelins, 750{z2:05-13} Paris",
    "Calle Mayor {n}, {m}º B, {z5:28012-28014} Madrid", "Via Garibaldi {n}, {z5:00153-00153} Roma",
    "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Storgata {n}, {z4:0155-0185} Oslo", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki",
    "ul. Marszałkowska {n} m. {m}, 00-{z3:500-699} Warszawa", "Rue de la Loi {n}, {z4:1040-1040} Bruxelles",
    "vul. Khreshchatyk {n}, kv. {m}, Kyiv {z5:01001-01034}", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien", "Narva mnt {n}, {z5:10117-10152} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "protonmail.com", "bredband.net")  # fmt: skip
WORK = ("example.se", "tidningen.example.se", "redaktion.example.se", "kommun.example.se", "example.com", "example.co.uk", "newsroom.example.com", "example.org")  # fmt: skip
# The second half of a Swedish double given name, as people are named (`Anna-Karin`, `Karl-Erik`).
SECOND_F = ("Karin", "Marie", "Lena", "Britt", "Lotta", "Sofie", "Christin", "Louise", "Maria", "Lisa")  # fmt: skip
SECOND_M = ("Erik", "Olof", "Johan", "Göran", "Åke", "Gustav", "Anders", "Inge", "Axel", "Arne")  # fmt: skip
AREA2 = ("31", "40", "18", "13", "19", "21", "11", "42", "36", "90", "46", "33", "60", "26", "16", "54", "35", "63", "23", "44")  # fmt: skip
AREA3 = ("470", "920", "520", "480", "500", "455", "498", "155", "910", "660", "980", "911", "650", "250", "411", "380", "571", "522", "652", "590")  # fmt: skip


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
    """Every value of FG from one seeded Random; counts the head/tail split, origins and forms."""

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
        traditional = (
            given[0][0] in pool.names[:60]
        )  # double names are built on the old common ones
        if (
            key == "swedish" and traditional and "-" not in given[0][0] and r.random() < 0.06
        ):  # Anna-Karin, Karl-Johan
            second = r.choice(SECOND_F if woman else SECOND_M)
            if second != given[0][0]:
                given.append((second, given[0][1]))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.03:
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
        surname = plain(person.surname[0][0]).lower().replace(" ", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        domain = r.choice(WORK if r.random() < 0.45 else MAIL)
        if r.random() < 0.04:
            local = local.capitalize()
        return f"{local}@{domain}"

    def desk_email(self) -> str:
        """A newsroom's, agency's or firm's address: `tips@`, `nyheter@`, `press@`."""
        r = self.rng
        return f"{r.choice(DESKS[self.lang if self.lang != 'mixed' else r.choice(('sv', 'en'))])}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "any") -> str:
        """A Swedish number, mobile, landline or a firm's, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023669")
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        mobile = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        land = (
            (7, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0)8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{a2}{d[:7]}"), (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"),
            (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2}/{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        firm = (
            (6, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"010 {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"020-{d[:3]} {d[3:6]}"), (3, f"0771-{d[:3]} {d[3:6]}"), (1, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08-{d[:3]} {d[3:5]} 00"), (1, f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2}-{d[:2]} {d[2:4]} 00"),
        )  # fmt: skip
        shapes = {"mobile": mobile, "land": land, "firm": firm}.get(kind)
        if shapes is None:
            shapes = r.choices((mobile, land, firm), weights=(62, 28, 10))[0]
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {r.choice('2345')}{d[:1]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 {r.choice('2345')}{d[:7]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+358 9 {d[:4]} {d[4:8]}", f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"020 7946 0{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"+44 117 496 0{d[:3]}",
            f"(212) 555-01{d[:2]}", f"202-555-01{d[:2]}", f"+1 312 555 01{d[:2]}", f"+1 (617) 555-01{d[:2]}",
            f"+49 30 {d[:8]}", f"030 {d[:4]} {d[4:8]}", f"+49 151 {d[:8]}", f"0171 {d[:7]}",
            f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 06 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+31 20 {d[:3]} {d[3:7]}", f"06-{d[:8]}", f"+48 5{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+380 67 {d[:3]} {d[3:7]}", f"+380 44 {d[:3]} {d[3:5]} {d[5:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"0532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+964 770 {d[:3]} {d[3:7]}",
            f"+32 2 {d[:3]} {d[3:5]} {d[5:7]}", f"+41 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+254 7{d[:2]} {d[2:8]}", f"+252 61 {d[:7]}", f"+961 3 {d[:3]} {d[3:6]}", f"+972 50-{d[:3]}-{d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, form: str = "any") -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without `-`; `+` past a hundred."""
        r = self.rng
        if form == "any":
            form = r.choices(("12-", "12", "10-", "10", "10+"), weights=(38, 14, 36, 10, 2))[0]
        year = r.randrange(1919, 1927) if form == "10+" else r.randrange(1936, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        tail = f"{serial}{luhn(date + serial)}"
        self.forms[f"personnummer {form}"] += 1
        return {"12-": f"{year // 100}{date}-{tail}", "12": f"{year // 100}{date}{tail}", "10-": f"{date}-{tail}",
                "10": f"{date}{tail}", "10+": f"{date}+{tail}"}[form]  # fmt: skip

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, town: str | None = None, prefix: int | None = None) -> str:
        r = self.rng
        if town is None or prefix is None:
            town, low, high = r.choice(SV_TOWNS)
            prefix = r.randrange(low, high + 1)
            code = f"{prefix}{r.randrange(10, 90):02d}"
        else:
            code = f"{prefix}{r.randrange(90, 100)}"
        roll = r.random()
        if roll < 0.78:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.88:
            out = f"{code} {town}"
        elif roll < 0.95:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        else:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        return out

    def sv_address(self, lines: bool = False, flat: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if flat or roll < 0.13:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        elif roll < 0.2:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.23:
            street += f", uppg. {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def rural(self, lines: bool = False) -> str:
        village, town, prefix = self.rng.choice(RURAL)
        joint = "\n" if lines else ", "
        return f"{village} {self.rng.randrange(1, 160)}{joint}{self.sv_postal(town, prefix)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        if r.random() < 0.6:
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += r.choice(
                (
                    f", Apt {r.randrange(1, 9)}{r.choice('ABCD')}",
                    f", Suite {r.randrange(100, 900)}",
                    f" #{r.randrange(2, 40)}",
                )
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


def genitive(name: str, english: bool, rng: Random) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    if name[-1] in "sxzSXZ":
        return "'" if rng.random() < 0.3 else ""
    return "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, M with the middle
    name's initial, G/g the given name (sometimes its short form), GU in capitals, N/n the short form
    where the name has one, S/s the surname, SU in capitals, I an initial and the surname, Gi the
    given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail
    address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    base, gen = form, ""
    if form not in PERSON_FORMS and form[:-1] in PERSON_FORMS:
        base, gen = form[:-1], form[-1]
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base in ("F", "M"):
        words = given + middle + surname
        mids = [w for w, _ in middle]
        if base == "M":
            mids = [f"{w[0]}." for w in mids]
        value = " ".join([person.first, *mids, person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.06 if base in ("G", "g", "GU") else 0.85)
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
        value = "-".join(p[0] + "." for p in person.first.split("-")) + f" {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if gen:
        segments.append((genitive(value, gen == "'", draw.rng), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "M",
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


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    svm, enm = MONTHS["sv"][month - 1], MONTHS["en"][month - 1]
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True), "ADDRESS"),
        "AR": lambda: (draw.rural(), "ADDRESS"),
        "ARL": lambda: (draw.rural(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STNU": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
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
        "PHM": lambda: (draw.phone("mobile"), "PHONE"),
        "PHL": lambda: (draw.phone("land"), "PHONE"),
        "PHF": lambda: (draw.phone("firm"), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.desk_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNR12": lambda: (draw.national_id(r.choice(("12-", "12"))), "NATIONAL_ID"),
        "PNR10": lambda: (draw.national_id(r.choice(("10-", "10-", "10"))), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id("10+"), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {svm}", f"den {day} {svm}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {enm}", f"{day:02d}/{month:02d}/2027", f"{enm} {day}", f"{enm} {day}, 2027")), None),
        "TIME": lambda: (f"{r.randrange(6, 23)}{':' if en else '.'}{r.choice(('00', '15', '30', '45', '10', '50'))}", None),
        "NUM": lambda: (str(r.randrange(2, 95)), None),
        "YEAR": lambda: (str(r.randrange(1931, 1992)), None),
        "AGE": lambda: (str(r.randrange(19, 90)), None),
        "OLD": lambda: (str(r.randrange(62, 99)), None),
        "HOUSE": lambda: (f"{r.randrange(900, 9500, 25) * 1000:,} kr".replace(",", " "), None),
        "HOUSEUS": lambda: (f"${r.randrange(120, 980)},{r.choice(('000', '500', '900'))}", None),
        "AMT": lambda: (f"{r.randrange(400, 48000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(50, 2400)}", None),
        "USD": lambda: (f"${r.randrange(100, 5000):,}", None),
        "CHARS": lambda: (f"{r.randrange(15, 120) * 100:,}".replace(",", " "), None),
        "ART": lambda: (r.choice((f"8.{r.randrange(1000000, 9999999)}", f"{r.randrange(10**9, 10**10)}", f"a{r.randrange(100000, 999999)}", f"WEB-{r.randrange(10000, 99999)}")), None),
        "DNR": lambda: (r.choice((f"KS {2026 + r.randrange(2)}/{r.randrange(10, 2400)}", f"Dnr {r.randrange(1, 9)}.{r.randrange(1, 9)}-{r.randrange(100, 9999)}/2027", f"B {r.randrange(100, 9999)}-{r.choice(('26', '27'))}", f"5000-K{r.randrange(100000, 999999)}-27")), None),
        "MAL": lambda: (f"{r.choice('BT')} {r.randrange(100, 9999)}-{r.choice(('26', '27'))}", None),
        "REF": lambda: (r.choice((f"#{r.randrange(1000, 99999)}", f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"ref. {r.randrange(10000, 999999)}", f"{r.choice('ABCDEFGHJK')}{r.randrange(100, 999)}")), None),
        "ORG": lambda: (f"55{r.randrange(6000, 10000)}-{r.randrange(1000, 10000)}", None),
        "POL": lambda: ("114 14", "PHONE"),
        "ACCT": lambda: (f"{r.randrange(8100, 9700)}-{r.randrange(10)}, {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}-{r.randrange(10)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "PAGE": lambda: (str(r.randrange(2, 48)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
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
        base = (
            form
            if form in PERSON_FORMS
            else form[:-1]
            if form[:-1] in PERSON_FORMS and form[-1] in "s'"
            else None
        )
        if base is not None:
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
    """FG's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of FG is printed."""
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
                before = text[max(0, span["start"] - 1) : span["start"]]
                forms["one word"] += " " not in value
                forms["lower case"] += value.islower()
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s|-)\w\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["after @"] += before == "@"
                forms["in brackets"] += before == "("
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
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
    print("draw: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def national_id_valid(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if not re.fullmatch(r"\d{10}|\d{12}", digits) or not re.fullmatch(r"\d{6,8}[-+]?\d{4}", value):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row)."""
    problems: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    for row in rows:
        problems["keys not as heldout-u's"] += list(row) != KEYS
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, last = row["text"], 0
        for span in row["spans"]:
            start, end, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            problems["span empty or out of bounds"] += not 0 <= start < end <= len(text)
            value = text[start:end]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < last
            last = end
            if kind == "NATIONAL_ID":
                problems["personnummer check digit"] += not national_id_valid(value)
    sizes = Counter(row["lang"] for row in rows)
    problems["sizes"] += dict(sizes) != SIZES
    print(
        f"rows {len(rows)}, ids {len(ids)}, spans {sum(kinds.values())}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
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
