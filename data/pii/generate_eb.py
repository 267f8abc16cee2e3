# ruff: noqa: E501
"""Generate held-out EB for personal-data detection (issue 15): names as the population has them,
a hundred-and-eleventh writer. Written by a helper who tunes nothing and who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl` (for its keys); not the detector's rules, lexicons or tagger, no other
set's names, templates or rows, no error listing. Every name word is drawn from `names_eb.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
the commonest names of the origins common in Sweden), 80% from a list's head and 20% from its
tail. The genre (`templates_eb.py`) is music, choirs, theatre and concert venues: rehearsal rotas,
casting lists, ticket bookings and box-office mail, programmes, tour riders, member registers,
contracts and invoices, in Swedish, English and both at once. EB was never run through the
detector by its writer and its names were not checked against rung's lexicons. Stdlib only; one
seeded Random: same seed, same bytes.

    python data/pii/generate_eb.py                         # writes data/pii/generated-heldout-eb.jsonl
    python data/pii/generate_eb.py --stats                 # counts only
    python data/pii/generate_eb.py --check                 # checks the written file, counts only
    python data/pii/generate_eb.py --seed 7 --out /tmp/x.jsonl   # a scratch seed
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

from names_eb import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_eb import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270188
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-eb.jsonl"
SPLIT = "heldout-eb"
YEAR = 2027  # the year the texts are written in: a personnummer past a hundred takes `+`

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows towns to have them.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Prästgatan",
    "Teatergatan", "Hamngatan", "Västra Hamngatan", "Södra Långgatan", "Nygatan", "Brogatan",
    "Trädgårdsgatan", "Klostergatan", "Östra Storgatan", "Repslagaregatan", "Bryggargatan",
    "Fabriksgatan", "Smedjegatan", "Köpmangatan", "Tullgatan", "Vallgatan", "Parkgatan",
    "Björkvägen", "Lövvägen", "Skogsvägen", "Ringvägen", "Rosenvägen", "Idrottsvägen",
    "Kyrkvägen", "Stationsvägen", "Solvägen", "Vintergatan", "Lärkvägen", "Ängsvägen",
    "Sjövägen", "Hagvägen", "Gamla vägen", "Musikvägen", "Körsbärsvägen", "Syrenvägen",
    "Klöversvängen", "Fiolsvängen", "Tranbärssvängen", "Lindsvängen", "Kastanjeallé",
    "Parkallén", "Lindallén", "Stora allén", "Kvarnbacken", "Kyrkbacken", "Solbacken",
    "Klockarbacken", "Tallbacken", "Ringstigen", "Blåklintsstigen", "Harstigen", "Spelmansstigen",
    "Stortorget", "Lilla torget", "Fisktorget", "Hötorget", "Kornhamnstorg", "Järntorget",
    "Stationsplan", "Kyrkplan", "Teaterplan", "Skeppsbroplan", "Munkgränd", "Klockgränd",
    "Tunnbindargränd", "Sillgränd", "Norra kajen", "Södra kajen", "Skeppsbrokajen",
    "Hamnkajen", "Strandvägen", "Strandpromenaden", "Slottsbacken", "Kulturgatan",
)  # fmt: skip
# Towns with the range of their postcodes' first three digits.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 856), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975),
    ("Östersund", 831, 832), ("Trollhättan", 461, 461), ("Kalmar", 392, 393), ("Falun", 791, 791),
    ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Uddevalla", 451, 451), ("Visby", 621, 621),
    ("Nyköping", 611, 611), ("Karlskrona", 371, 371), ("Varberg", 432, 432), ("Borlänge", 781, 781),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Ystad", 271, 271), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Enköping", 745, 745),
    ("Katrineholm", 641, 641), ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824),
    ("Ängelholm", 262, 262), ("Arvika", 671, 671), ("Söderhamn", 826, 826), ("Kungälv", 442, 442),
    ("Nässjö", 571, 571), ("Solna", 169, 171), ("Nacka", 131, 132), ("Huddinge", 141, 141),
    ("Södertälje", 151, 152), ("Täby", 183, 187), ("Järfälla", 175, 177), ("Leksand", 793, 793),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 14`, with a `9x` postcode).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Sörby", "Bäckaby", "Kullen", "Lövåsen", "Granbacken",
    "Åsen", "Nyby", "Hagaby", "Mossebo", "Ekeberg", "Stora Mon", "Lilla Ängen", "Strömsnäs",
    "Björkhult", "Tallåsen", "Östansjö", "Västerby", "Bredsjö", "Övre Gärdet", "Nedre Bodarna",
    "Kvarnbyn", "Myrbacka", "Lindbacka", "Backa", "Ängsbo", "Skogsbo", "Sjöhagen",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Church Lane", "Station Road", "Mill Road", "Victoria Road", "Albion Street",
    "Chapel Street", "Market Street", "Park Road", "The Crescent", "Orchard Way", "North Road",
    "Castle Street", "Queens Road", "Bridge Street", "Grove Road", "Moorland Road", "Westgate",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO", 1, 32), ("Bath", "BA", 1, 2), ("Cambridge", "CB", 1, 5), ("Oxford", "OX", 1, 4),
    ("Brighton", "BN", 1, 3), ("Leeds", "LS", 1, 29), ("Sheffield", "S", 1, 17), ("Manchester", "M", 1, 40),
    ("Liverpool", "L", 1, 25), ("Glasgow", "G", 1, 53), ("Edinburgh", "EH", 1, 17), ("Cardiff", "CF", 10, 24),
    ("Belfast", "BT", 1, 17), ("Norwich", "NR", 1, 7), ("Exeter", "EX", 1, 4), ("Durham", "DH", 1, 7),
    ("Nottingham", "NG", 1, 11), ("Bristol", "BS", 1, 16), ("London", "N", 1, 22), ("London", "SE", 1, 28),
    ("London", "E", 1, 18),
)  # fmt: skip
US_STREETS = ("Elm Street", "Oak Avenue", "Maple Drive", "Main Street", "Lake Street", "Cedar Lane", "Hillside Avenue", "Park Place", "Summit Avenue", "River Road", "8th Street", "Grand Avenue")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Nashville", "TN", 372), ("Austin", "TX", 787), ("Portland", "OR", 972), ("Boston", "MA", 21), ("New York", "NY", 100), ("Brooklyn", "NY", 112), ("Denver", "CO", 802), ("Madison", "WI", 537), ("Rockford", "IL", 611), ("Lindsborg", "KS", 674))  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-10999} Berlin", "Gartenstraße {n}, {z5:20095-22769} Hamburg",
    "Lindenallee {n}, {z5:50667-51149} Köln", "{n} rue de la Paix, {z5:75001-75020} Paris",
    "{n} avenue des Tilleuls, {z5:69001-69009} Lyon", "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere",
    "Kauppakatu {n}, {z5:40100-40900} Jyväskylä", "Storgata {n}, {z4:0150-0190} Oslo",
    "Strandgaten {n}, {z4:5003-5018} Bergen", "Nørregade {n}, {m}. th., {z4:1150-1172} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Szeroka {n}, 31-{z3:050-099} Kraków", "Calle Mayor {n}, {m}º B, {z5:28001-28015} Madrid",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Via Roma {n}, {z5:40121-40141} Bologna", "Landstraßer Hauptstraße {n}, {z4:1030-1030} Wien",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Rue Haute {n}, {z4:1000-1000} Bruxelles",
    "Pikk {n}, {z5:10123-10133} Tallinn", "Laugavegur {n}, {z3:101-101} Reykjavík",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "hotmail.co.uk", "protonmail.com")  # fmt: skip
WORK = ("example.se", "kor.example.se", "teatern.example.se", "konserthus.example.se", "example.com", "example.org", "example.co.uk", "musik.example.se")  # fmt: skip
FIRM_BOXES = ("biljett", "biljettkassan", "info", "kansliet", "bokning", "boxoffice", "tickets", "kor", "styrelsen", "press", "kontakt", "produktion")  # fmt: skip


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
    """Every value of EB from one seeded Random; counts the head/tail split and the origins."""

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
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
        elif key in ("uk", "us") and roll < 0.02:
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
        given = re.sub(r"[^a-z]", "", plain(person.first).lower())
        surname = re.sub(r"[^a-z]", "", plain(person.surname[0][0]).lower())
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_BOXES)}@{self.rng.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "16",
                "54",
                "90",
                "63",
                "23",
                "26",
                "11",
                "35",
                "36",
                "46",
            )
        )
        a3 = r.choice(
            (
                "480",
                "470",
                "920",
                "911",
                "611",
                "660",
                "651",
                "240",
                "250",
                "271",
                "278",
                "300",
                "340",
                "380",
                "418",
                "454",
                "498",
                "510",
                "522",
                "570",
                "589",
                "590",
                "640",
                "690",
                "951",
                "980",
            )
        )
        shapes = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a2}-{d[:6]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:3]} {d[3:5]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a venue's Swedish number: switchboards, 020 and 0771 numbers."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"08-{d[:3]} {d[3:5]} 00", f"08-{d[:3]} {d[3:6]} 00", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0770-{d[:3]} {d[3:6]}",
            f"031-{d[:2]} {d[2:4]} 00", f"040-{d[:3]} {d[3:5]} 00", f"+46 8 {d[:3]} {d[3:5]} 00",
            f"018-{d[:2]} {d[2:4]} 00", f"090-{d[:2]} {d[2:4]} {d[4:6]}", f"0{r.choice(('13', '19', '21', '54'))}-{d[:2]} {d[2:4]} 00",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"07{r.choice('3456789')}{d[:2]} {d[2:7]}{r.randrange(10)}", f"07700 900{d[:3]}", f"+44 7{r.choice('3456789')}{d[:2]} {d[2:7]}{r.randrange(10)}",
            f"+44 (0)7{r.choice('3456789')}{d[:2]} {d[2:7]}{r.randrange(10)}", f"020 7946 0{d[:3]}", f"020 {r.choice('378')}{d[:3]} {d[3:7]}",
            f"0161 496 0{d[:3]}", f"0113 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}", f"029 20{d[:2]} {d[2:6]}",
            f"+44 (0)20 {d[:4]} {d[4:7]}{r.randrange(10)}", f"+44 117 {d[:3]} {d[3:7]}", f"01904 {d[:6]}", f"(01223) {d[:6]}",
            f"028 90{d[:2]} {d[2:6]}", f"0044 7{r.choice('3456789')}{d[:2]} {d[2:7]}{r.randrange(10)}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            (
                "612",
                "651",
                "206",
                "312",
                "615",
                "512",
                "503",
                "617",
                "212",
                "718",
                "303",
                "608",
                "815",
                "785",
            )
        )
        shapes = (f"({area}) 555-{d}", f"{area}-555-{d}", f"+1 {area} 555 {d}", f"+1 ({area}) 555-{d}", f"{area}.555.{d}", f"1-{area}-555-{d}", f"555-{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 {d[:4]} {d[4:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)50 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+354 {d[:3]} {d[3:7]}",
            f"+44 7{r.choice('3456789')}{d[:2]} {d[2:8]}", f"+353 87 {d[:3]} {d[3:7]}", f"+49 171 {d[:7]}",
            f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+1 (612) 555-{d[:4]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}",
            f"+31 (0)20 {d[:3]} {d[3:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}", f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without `-`, `+` past a hundred."""
        r = self.rng
        roll = r.random()
        old = roll < 0.08  # a hundred or more: the ten-digit form takes `+`
        year = r.randrange(1918, YEAR - 100) if old else r.randrange(1935, 2021)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        if roll < 0.42:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.52:
            self.forms["pnr 12 without -"] += 1
            return f"{year // 100}{date}{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        self.forms["pnr 10 without -"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[20:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
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
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.randrange(1, 6)} tr, lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.25:
            street = f"{r.randrange(1, 60)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"{r.choice(('The Old Chapel', 'Orchard House', 'Ivy Cottage', 'The Coach House'))}, {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals (separate form fields), I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an
    e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "SU":
        words, value = surname, person.last.upper()
    elif base == "GU":
        words, value = given, person.first.upper()
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
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
    "N",
    "n",
    "S",
    "s",
    "SU",
    "GU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z_]+'?)(?:#(\d))?(?::([fm]))?\}")


def times(r: Random, en: bool) -> str:
    """A span of time in the right order: `18.00–21.30`."""
    start = r.randrange(9 * 4, 21 * 4)
    stop = start + r.randrange(4, 13)
    sep = ":" if en else r.choice((".", ":"))
    return f"{start // 4}{sep}{start % 4 * 15:02d}–{stop // 4}{sep}{stop % 4 * 15:02d}"


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    if form in WORDS:
        return r.choice(WORDS[form]), None
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "FARM": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), r.choice(SV_STREETS))) if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: ((draw.uk_address() if r.random() < 0.5 else f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}").lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.{YEAR}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}", f"{DAYS['en'][r.randrange(7)]} {day} {MONTHS['en'][month - 1]}")), None),
        "TIME": lambda: (f"{r.randrange(9, 23)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMES": lambda: (times(r, en), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "ROW": lambda: (str(r.randrange(1, 26)), None),
        "ROWL": lambda: (r.choice("ABCDEFGHJKLMNPQRST"), None),
        "SEAT": lambda: (str(r.randrange(1, 41)), None),
        "AMT": lambda: (f"{r.randrange(90, 48000):,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.choice((95, 120, 150, 180, 195, 220, 250, 275, 295, 320, 350, 395, 450, 495, 550, 650, 795))} kr", None),
        "GBP": lambda: (f"£{r.randrange(12, 2400)}.{r.choice(('00', '50', '95', '00'))}", None),
        "USD": lambda: (f"${r.randrange(25, 4000):,}", None),
        "ORDER": lambda: (r.choice((draw.digits(8), f"SE-{draw.digits(6)}", f"#{r.choice('ABCDEFGHKLMN')}{draw.digits(6)}", f"{draw.digits(4)}-{draw.digits(4)}")), None),
        "TICKET": lambda: (r.choice((f"BK{draw.digits(6)}", f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVXYZ') for _ in range(3))}-{draw.digits(4)}", f"T{draw.digits(7)}", f"{draw.digits(3)} {draw.digits(3)} {draw.digits(3)}")), None),
        "REF": lambda: (r.choice((f"{draw.digits(4)}-{draw.digits(2)}", f"nr {draw.digits(4)}", f"#{draw.digits(5)}", f"Dnr {YEAR}-{draw.digits(3)}")), None),
        "INV": lambda: (r.choice((f"{YEAR}-{draw.digits(4)}", f"nr {draw.digits(5)}", f"INV-{draw.digits(5)}")), None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "BG": lambda: (r.choice((f"{draw.digits(3)}-{draw.digits(4)}", f"{draw.digits(4)}-{draw.digits(4)}")), None),
        "ORG": lambda: (f"{r.choice(('802', '556', '559', '717', '769'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "ACCT": lambda: (r.choice((f"{r.choice(('8327-9', '8105-9', '3300', '6000', '5000', '9960'))}, {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}-{r.randrange(10)}", f"{r.choice(('8327-9', '3300'))} {draw.digits(10)}")), None),
        "IBAN": lambda: (f"SE{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)}", None),
        "SORT": lambda: (f"{draw.digits(2)}-{draw.digits(2)}-{draw.digits(2)}", None),
        "BANKACC": lambda: (draw.digits(8), None),
        "PASS": lambda: (r.choice((draw.digits(8), f"{r.choice('CFGHJKLMNPRTVWXYZ')}{r.choice('CFGHJKLMNPRTVWXYZ')}{draw.digits(7)}")), None),
        "TRACK": lambda: (f"RR{draw.digits(9)}SE", None),
        "VAT": lambda: (f"GB {draw.digits(3)} {draw.digits(4)} {draw.digits(2)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
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
    """EB's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of EB is printed."""
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
                forms["lower-case given name alone"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += " tr" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value {sum(empty.values())}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    keys = {"id", "split", "lang", "text", "spans"}
    for row in rows:
        problems["keys"] += set(row) != keys
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty or out of bounds"] += not (0 <= start < stop <= len(text))
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer check digit"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
    print(f"{len(rows)} rows, {len(ids)} ids, {sum(len(row['spans']) for row in rows)} spans")
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
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
    if args.seed != SEED and args.out == OUT and not args.stats:
        parser.error("a scratch seed writes to --out, not to the set's file")
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
