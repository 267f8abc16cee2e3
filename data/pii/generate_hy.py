# ruff: noqa: E501
"""Generate held-out HY for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-twelfth writer.

    python data/pii/generate_hy.py          # writes data/pii/generated-heldout-hy.jsonl
    python data/pii/generate_hy.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hy.py --check  # checks the written file, prints counts only

HY's names are drawn by how often people really carry them: every name word comes from
`names_hy.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is car rental, car sharing and ferry bookings (`templates_hy.py`): rental agreements
with driver details, damage reports and excess claims, tolls, congestion tax and parking fines
passed on to the renter, car-sharing app support chats and car-pool rotas, ferry and car-deck
bookings with passenger lists, and roadside assistance logs, in Swedish, English and the two
mixed. Written by a helper who does not tune the detector and who read only `generate_aw.py` (for
the mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`), the sections
"Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl` (for its keys); not the detector's rules, lexicons or tagger, no
other set's names, templates or rows, no error listing. HY was never run through the detector by
its writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
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

from names_hy import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hy import EN, LOOKS, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20270289
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hy.jsonl"
SPLIT = "heldout-hy"
KEYS = ("id", "split", "lang", "text", "spans")  # as in generated-heldout-u.jsonl
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns up and down the
# country (a person's name inside a street's name is part of the ADDRESS, no PERSON).
SV_STREETS = (
    "Drottninggatan", "Storgatan", "Vasagatan", "Kungsgatan", "Hamngatan", "Järnvägsgatan",
    "Västra Hamngatan", "Fiskaregatan", "Repslagargatan", "Tullgatan", "Linnégatan", "Götgatan",
    "Södra Förstadsgatan", "Bangårdsgatan", "Slottsgatan", "Nygatan", "Klostergatan",
    "Skeppargatan", "Östra Storgatan", "Trädgårdsgatan", "Birger Jarlsgatan", "Sjömansgatan",
    "Sveavägen", "Valhallavägen", "Hamnvägen", "Färjevägen", "Flygfältsvägen", "Terminalvägen",
    "Industrivägen", "Tallvägen", "Björkvägen", "Ekbacksvägen", "Sandviksvägen", "Kustvägen",
    "Ringvägen", "Lingonvägen", "Granvägen", "Strandvägen", "Fyrvägen", "Tornvägen", "Lotsvägen",
    "Rönnsvängen", "Klöversvängen", "Hästhovssvängen", "Videsvängen", "Ekorrsvängen",
    "Kastanjeallén", "Lindallén", "Slottsallén", "Fredsallén", "Hammarby allé", "Sjöhagens allé",
    "Kvarnbacken", "Klockarbacken", "Tullbacken", "Ekebergs backe", "Solbacken", "Prästgårdsbacken",
    "Blåbärsstigen", "Lärkstigen", "Vitsippsstigen", "Hasselstigen", "Ljungstigen", "Måsstigen",
    "Stortorget", "Järntorget", "Hötorget", "Fiskartorget", "Möllevångstorget", "Södra torg",
    "Stationsplan", "Brunnsplan", "Kyrkplan", "Sjöplan", "Hamnplan", "Smedjegränd", "Brandgränd",
    "Fiskargränd", "Skräddargränd", "Kopparslagargränd", "Skeppsbrokajen", "Stadsgårdskajen",
    "Norra Kajen", "Södra Hamnkajen", "Packhuskajen", "Tullkajen", "Varvskajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high), ferry ports and islands among them.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975),
    ("Östersund", 831, 832), ("Trollhättan", 461, 466), ("Kalmar", 391, 393), ("Falun", 791, 791),
    ("Visby", 621, 621), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Uddevalla", 451, 451),
    ("Karlskrona", 371, 371), ("Nynäshamn", 149, 149), ("Trelleborg", 231, 231), ("Ystad", 271, 271),
    ("Varberg", 432, 432), ("Strömstad", 452, 452), ("Oskarshamn", 572, 572), ("Kiruna", 981, 981),
    ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Piteå", 941, 941), ("Skellefteå", 931, 931),
    ("Nyköping", 611, 611), ("Södertälje", 151, 152), ("Solna", 169, 171), ("Täby", 183, 187),
    ("Nacka", 131, 131), ("Lidingö", 181, 181), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434),
    ("Landskrona", 261, 261), ("Ängelholm", 262, 262), ("Karlshamn", 374, 374), ("Västervik", 593, 593),
    ("Norrtälje", 761, 761), ("Vaxholm", 185, 185), ("Borgholm", 387, 387), ("Färjestaden", 386, 386),
    ("Slite", 624, 624), ("Hemse", 623, 623), ("Skärhamn", 471, 471), ("Henån", 473, 473),
    ("Mora", 792, 792), ("Åre", 837, 837), ("Sälen", 780, 780), ("Lysekil", 453, 453),
)  # fmt: skip
RURAL_TOWNS = (
    "Visby", "Slite", "Hemse", "Borgholm", "Färjestaden", "Norrtälje", "Vaxholm", "Skärhamn", "Henån",
    "Mora", "Åre", "Sälen", "Lysekil", "Strömstad", "Kungsbacka", "Ystad", "Västervik", "Oskarshamn",
    "Piteå", "Kiruna", "Härnösand", "Nyköping", "Karlshamn", "Varberg",
)  # fmt: skip
# Villages, hamlets and island places as rural addresses have them (`Sörby 14`, `Kvarnholmen 3`).
VILLAGES = (
    "Sörby", "Norrby", "Österby", "Västerby", "Kvarntorp", "Lillebo", "Gräsmyr", "Hultet", "Ängby",
    "Tallåsen", "Ytterby", "Rävnäs", "Mossby", "Björkliden", "Skärsätra", "Nyängen", "Bäckaby",
    "Stora Kärr", "Lilla Holmen", "Gårdby", "Rönnäng", "Kvarnholmen", "Sandvik", "Fiskeläget",
    "Bergsby", "Norrgården", "Hagaby", "Östra Näs", "Källviken", "Ljungby gård",
)  # fmt: skip
UK_STREETS = (
    "Marine Parade", "Harbour Road", "Station Road", "High Street", "Church Lane", "Quay Street",
    "Victoria Road", "Ferry Lane", "Esplanade", "Mill Road", "Shore Road", "The Crescent",
    "Park Avenue", "Beach Road", "Castle Street", "Manor Way", "Dock Road", "Albion Terrace",
)  # fmt: skip
UK_TOWNS = (
    ("Dover", "CT"), ("Harwich", "CO"), ("Hull", "HU"), ("Newcastle upon Tyne", "NE"), ("Portsmouth", "PO"),
    ("Plymouth", "PL"), ("Aberdeen", "AB"), ("Kirkwall", "KW"), ("Oban", "PA"), ("Cardiff", "CF"),
    ("Leeds", "LS"), ("Manchester", "M"), ("London", "SE"), ("Bristol", "BS"), ("York", "YO"),
    ("Norwich", "NR"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Belfast", "BT"), ("Southampton", "SO"),
)  # fmt: skip
US_STREETS = (
    "Airport Blvd", "Main Street", "Ferry Road", "Harbor View Drive", "W 38th Street", "Oak Avenue",
    "Lakeshore Drive", "Pine Street", "Elm Court", "Route 9", "Commerce Way", "Bayview Avenue",
)  # fmt: skip
US_TOWNS = (
    ("Seattle", "WA", 981), ("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Boston", "MA", 21),
    ("Denver", "CO", 802), ("Portland", "OR", 972), ("Austin", "TX", 787), ("Orlando", "FL", 328),
    ("San Diego", "CA", 921), ("Brooklyn", "NY", 112), ("Duluth", "MN", 558), ("Anchorage", "AK", 995),
)  # fmt: skip
EUROPE = (
    "Hafenstraße {n}, 23570 Lübeck", "Seestraße {n}, 18119 Rostock", "Holtenauer Straße {n}, {z5:24103-24106} Kiel",
    "Havnegade {n}, {m}. th., 3000 Helsingør", "Strandpromenaden {n}, 3210 Sandefjord",
    "Storgata {n}, {z4:0150-0190} Oslo", "Satamakatu {n} A {m}, 20100 Turku",
    "Hämeentie {n} B {m}, {z5:00500-00560} Helsinki", "Torggatan {n}, AX-22100 Mariehamn",
    "Narva mnt {n}-{m}, {z5:10110-10152} Tallinn", "Brīvības iela {n}-{m}, Rīga, LV-{z4:1010-1050}",
    "ul. Portowa {n}/{m}, 72-600 Świnoujście", "ul. Morska {n}/{m}, 81-{z3:300-399} Gdynia",
    "Herengracht {n}-{m}, {z4:1015-1017} {L2} Amsterdam", "{n} rue du Port, 50100 Cherbourg-en-Cotentin",
    "Calle Mayor {n}, {m}º B, {z5:28012-28014} Madrid", "Via del Porto {n}, {z5:57122-57128} Livorno",
    "Bahnhofstrasse {n}, {z4:8001-8003} Zürich", "Landstraßer Hauptstraße {n}/{m}, 1030 Wien",
    "Taikos pr. {n}-{m}, LT-{z5:91100-91250} Klaipėda", "Skovvej {n}, {z4:8000-8270} Aarhus",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.co.uk", "yahoo.com", "bredband.net")  # fmt: skip
WORK = ("example.se", "hyrbil.example.se", "bilpool.example.se", "rederi.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_LOCAL = ("bokning", "kundservice", "skador", "uthyrning", "faktura", "support", "booking", "claims", "info", "parkering", "assistans", "hamnkontoret", "fleet", "rentals")  # fmt: skip
# The names that commonly stand second in a hyphenated Swedish given name (`Anna-Karin`, `Per-Olof`).
SECOND_F = ("Maria", "Marie", "Karin", "Lena", "Britt", "Sofie", "Louise", "Christin", "Stina", "Lotta", "Kristin", "Greta", "Maj", "Lisa")  # fmt: skip
SECOND_M = ("Erik", "Johan", "Olof", "Åke", "Göran", "Axel", "Gustav", "Anders", "Arne", "Inge", "Olov", "Gunnar", "Henrik", "Emil")  # fmt: skip
REG_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"  # Swedish plates use no I, Q, V, Å, Ä, Ö


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


PNR_SHAPE = re.compile(r"(\d{2})?(\d{6})([-+]?)(\d{3})(\d)")


def pnr_valid(value: str) -> bool:
    match = PNR_SHAPE.fullmatch(value)
    return bool(match) and luhn(match.group(2) + match.group(4)) == int(match.group(5))


def pnr_form(value: str) -> str:
    digits = sum(ch.isdigit() for ch in value)
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{digits} digits, {sep}"


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
    """Every value of HY from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.08
        ):  # Anna-Karin, Karl-Erik
            second = self.pick(pool)
            if second[0] in (SECOND_F if woman else SECOND_M) and second[0] != given[0][0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.5, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # the father's surname and the mother's
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
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

        def clean(name: str) -> str:
            return re.sub(r"[^a-z]", "", plain(name).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
            f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 100)}",
        ))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("00233669")
        a2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "46", "11"))
        a3 = r.choice(("498", "485", "522", "526", "176", "480", "454", "410", "411", "970", "520", "591", "647", "980", "340", "910", "303", "155"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"(08) {d[:3]} {d[3:6]} {self.digits(2)}"), (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:]}"), (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}{d[:6]}"),
            (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46 (0){a2} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's number: a switchboard, a national service number, a 24-hour line."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0770-{d[:3]} {d[3:6]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}",
            f"0498-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}", f"0771{d[:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home; from `country` when given."""
        r = self.rng
        d = self.digits(10)
        shapes = {
            "no": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 {r.choice('49')}{d[:7]}"),
            "dk": (f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45{d[:8]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 18 {d[:5]}"),
            "uk": (f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)20 7946 0{d[:3]}", f"0044 1304 {d[:6]}", f"01865 {d[:6]}", f"0131 496 0{d[:3]}"),
            "de": (f"+49 151 {d[:8]}", f"0151 {d[:8]}", f"+49 (0)381 {d[:6]}", f"0049 431 {d[:6]}"),
            "pl": (f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}"),
            "us": (f"+1 (206) 555-0{d[:3]}", f"(612) 555-0{d[:3]}", f"+1 617 555 0{d[:3]}", f"555-01{d[:2]}", f"907-555-0{d[:3]}", f"+1-303-555-0{d[:3]}"),
            "baltic": (f"+372 5{d[:3]} {d[3:7]}", f"+371 2{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}"),
            "nl": (f"+31 6 {d[:4]} {d[4:8]}", f"06-{d[:8]}"),
            "fr": (f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"),
            "south": (f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}"),
            "alps": (f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}"),
            "east": (f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}"),
            "asia": (f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}"),
        }  # fmt: skip
        return r.choice(shapes[country or r.choice(list(shapes))])

    def national_id(self, centenarian: bool = False, young: bool = False) -> str:
        """A personnummer with a valid check digit, in 12 or 10 digits, with or without the hyphen;
        `+` for someone past a hundred, where the ten-digit form is written."""
        r = self.rng
        old = centenarian or (not young and r.random() < 0.03)
        year = (
            r.randrange(1919, 1927)
            if old
            else r.randrange(2003, 2009)
            if young
            else r.randrange(1940, 2009)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if centenarian or (
            old and roll >= 0.35
        ):  # past a hundred: `+` wherever ten digits are written
            return f"{date}+{serial}{check}"
        if roll < 0.35:
            return f"{year // 100}{date}{'-' if roll < 0.27 else ''}{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.86:
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

    def sv_street_floor(self) -> str:
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if roll < 0.55:
            return (
                f"{street}{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            )
        if roll < 0.8:
            return f"{street}, {r.randrange(1, 7)} tr"
        return f"{street}, {r.choice(('uppg. A', 'uppg. B', 'bv', 'ög', 'port 2'))}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as rural routes do."""
        r = self.rng
        choices = [t for t in SV_TOWNS if t[0] in RURAL_TOWNS] if rural else SV_TOWNS
        town, low, high = r.choice(choices)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(
        self, lines: bool = False, rural: bool | None = None, floor: bool = False
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        if rural:
            street = self.village()
        else:
            street = self.sv_street_floor() if floor or r.random() < 0.22 else self.sv_street()
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def gotland(self) -> str:
        """An address on Gotland: a street in Visby, or a farm by its parish with a rural postcode."""
        r = self.rng
        if r.random() < 0.5:
            street = r.choice(
                (
                    "Hamngatan",
                    "Skeppsbron",
                    "Korsgatan",
                    "Adelsgatan",
                    "Norra Hansegatan",
                    "Färjeleden",
                )
            )
            return f"{street} {self.number()}, 621 {r.randrange(41, 58)} Visby"
        parish = r.choice(
            (
                "Lärbro",
                "Fårösund",
                "Klintehamn",
                "Ljugarn",
                "Burgsvik",
                "Tingstäde",
                "Lummelunda",
                "Östergarn",
            )
        )
        farm = r.choice(("Gården", "Bondarve", "Hägur", "Mattsarve", "Stora Bjärs"))
        return f"{parish} {farm} {r.randrange(1, 900)}, 62{r.randrange(2, 5)} {r.randrange(90, 100)} {parish}"

    def street_town(self) -> str:
        town, _ = self.town()
        return f"{self.sv_street()}, {town}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.3:
            street = f"{r.randrange(1, 60)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        elif roll < 0.38:
            street = f"Unit {r.randrange(1, 20)}, {r.choice(('Port Way Business Park', 'Eastern Docks Trading Estate', 'Riverside Industrial Estate'))}"
        if lines:
            return f"{street.replace(', ', chr(10), 1)}\n{town}\n{code}"
        return f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace(
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
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    # --- look-alikes: numbers, plates, refs and amounts that are no value ---
    def reg(self) -> str:
        r = self.rng
        letters = "".join(r.choice(REG_LETTERS) for _ in range(3))
        tail = (
            f"{r.randrange(10, 100)}{r.choice(REG_LETTERS.replace('O', ''))}"
            if r.random() < 0.35
            else f"{r.randrange(100, 1000)}"
        )
        return f"{letters} {tail}" if r.random() < 0.8 else f"{letters}{tail}"

    def reg_x(self) -> str:
        r = self.rng
        l2 = "".join(r.choice("ABCDEFHJKLNPRSTUVXYZ") for _ in range(2))
        return r.choice((
            f"{l2} {r.randrange(10000, 99999)}", f"{l2} {r.randrange(10, 99)} {r.randrange(100, 999)}",
            f"{l2[0]}{l2}-{r.randrange(100, 999)}", f"HH-{l2} {r.randrange(100, 9999)}",
            f"{l2}{r.randrange(10, 30)} {''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}",
            f"ZS {r.randrange(10000, 99999)}", f"{r.randrange(100, 999)}-{l2}X",
        ))  # fmt: skip

    def ref(self, kind: str) -> str:
        r = self.rng
        a, b = r.randrange(1000, 9999), r.randrange(100000, 999999)
        return {
            "BOOK": r.choice(
                (
                    f"{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}",
                    f"{b}{r.randrange(10, 99)}",
                    f"SE-{a}{r.randrange(100, 999)}",
                )
            ),
            "AGR": r.choice((f"RA-2027-{b}", f"{a}-{r.randrange(10, 99)}", f"HA{b}")),
            "CLAIM": r.choice((f"SK-27-{b}", f"{a}-{b}", f"CLM-{b}")),
            "FINE": r.choice(
                (
                    f"KA {r.randrange(1000000, 9999999)}",
                    f"{r.randrange(10000000, 99999999)}",
                    f"PCN {''.join(r.choice('ABCDEFGHJK') for _ in range(2))}{b}",
                )
            ),
            "OCR": self.digits(r.choice((10, 12, 14, 16))).lstrip("0") or "7",
            "BG": f"{a}-{r.randrange(1000, 9999)}"
            if r.random() < 0.6
            else f"{r.randrange(100, 999)}-{a}",
            "ORG": f"55{r.randrange(5, 10)}{r.randrange(100, 999)}-{a}"
            if r.random() < 0.7
            else f"76{r.randrange(2, 10)}{r.randrange(100, 999)}-{a}",
            "CASE": r.choice(
                (f"{r.randrange(24, 28)}-{r.randrange(10000, 99999)}", f"A{b}", f"RA-{a}")
            ),
            "MEMBER": r.choice((f"{a} {r.randrange(1000, 9999)}", f"M{b}", f"{b}")),
            "CARD": f"**** {a}",
            "VIN": "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)),
            "LIC": r.choice((f"{r.randrange(10000000, 99999999)}", f"DL{b}{r.randrange(10, 99)}")),
            "POLICE": f"{r.randrange(5000, 5999)}-K{b}-27",
            "CODE": f"{r.randrange(1000, 9999)}",
        }[kind]


def genitive(name: str, english: bool, rng: Random) -> str:
    if english:
        return ("'" if rng.random() < 0.7 else "'s") if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


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


def person_segments(form: str, gen: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GU the given name in capitals, N/n the short form where the name
    has one, S/s the surname, SU in capitals, I initials and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. `gen` is `s`
    for a Swedish genitive, `'` for an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif form in ("G", "g", "GU", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if form in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if form in ("g", "n") else value.upper() if form == "GU" else value
    elif form in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if form == "s" else value.upper() if form == "SU" else value
    elif form == "I":
        words = given + surname
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if middle and draw.rng.random() < 0.35:
            words = words + middle
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
    elif form == "Gi":
        words, value = given + surname, f"{person.first} {person.last[0]}."
    elif form in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if form == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if gen:
        segments.append((genitive(value, gen == "'", draw.rng), None))
    return segments


SLOT = re.compile(r"\{([A-Za-z0-9]+)(\+s|\+')?(?:#(\d))?(?::([fm]))?\}")
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    look: dict[str, tuple[str, ...]] = LOOKS
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(rural=False, floor=True), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.sv_street(), draw.village())) if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STF": lambda: (draw.sv_street_floor(), "ADDRESS"),
        "STT": lambda: (draw.street_town(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "AG": lambda: (draw.gotland(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "UK": lambda: (draw.uk_address(), "ADDRESS"),
        "UKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "uk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "US": lambda: (draw.us_address(), "ADDRESS"),
        "USL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "EU": lambda: (draw.eu_address(), "ADDRESS"),
        "EUL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNR100": lambda: (draw.national_id(centenarian=True), "NATIONAL_ID"),
        "PNRY": lambda: (draw.national_id(young=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"2027-{month:02d}-{day:02d}")), None),
        "DOBY": lambda: (f"{r.randrange(2003, 2009)}-{month:02d}-{day:02d}", None),
        "DOB": lambda: (r.choice((f"{r.randrange(1940, 2007)}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{r.randrange(1940, 2007)}", f"{day:02d}/{month:02d}/{r.randrange(1940, 2007)}")), None),
        "DOBP": lambda: (r.choice((f"{r.randrange(1938, 2025)}-{month:02d}-{day:02d}", f"{day:02d}.{month:02d}.{r.randrange(1938, 2025)}")), None),
        "TIME": lambda: (f"{r.randrange(5, 24):02d}{':' if en or r.random() < 0.4 else '.'}{r.choice(('00', '05', '15', '20', '30', '40', '45', '55'))}", None),
        "N2": lambda: (str(r.randrange(2, 6)), None),
        "NUM": lambda: (str(r.randrange(2, 240)), None),
        "AMT": lambda: (f"{r.choice((r.randrange(150, 2000), r.randrange(1000, 25000), r.randrange(40, 400) * 50)):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 1800)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(15, 2500)}" if r.random() < 0.5 else f"{r.randrange(15, 2500)},{r.randrange(100):02d} EUR", None),
        "EXC": lambda: (f"{r.randrange(6, 37) * 500:,} kr".replace(",", " "), None),
        "EXCR": lambda: (f"{r.randrange(0, 7) * 500:,} kr".replace(",", " "), None),
        "PFINE": lambda: (f"{r.choice((300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1300))} kr", None),
        "FEE": lambda: (f"{r.randrange(5, 60) * 10} kr", None),
        "REP": lambda: (f"{r.randrange(40, 600) * 100:,} kr".replace(",", " "), None),
        "GEXC": lambda: (f"£{r.randrange(4, 25) * 100:,}", None),
        "GFEE": lambda: (f"£{r.randrange(8, 45)}.{r.choice(('00', '50', '99'))}", None),
        "USD": lambda: (f"${r.randrange(25, 2500)}.{r.randrange(100):02d}", None),
        "NOK": lambda: (f"{r.randrange(30, 1900)} NOK", None),
        "DKK": lambda: (f"{r.randrange(150, 900)} DKK", None),
        "KM": lambda: (f"{r.randrange(3000, 180000):,} km".replace(",", " "), None),
        "MILES": lambda: (f"{r.randrange(3000, 90000):,} miles", None),
        "FUEL": lambda: (r.choice(("1/4", "1/2", "3/4", "5/8", "7/8", "full", "nästan tom")) if not en else r.choice(("1/4", "1/2", "3/4", "full", "empty")), None),
        "PCT": lambda: (f"{r.randrange(3, 96)} %", None),
        "REG": lambda: (draw.reg(), None),
        "REGX": lambda: (draw.reg_x(), None),
        "CABIN": lambda: (f"{r.randrange(4, 11)}{r.randrange(100, 400)}", None),
        "LANE": lambda: (str(r.randrange(1, 40)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "FLIGHT": lambda: (f"{r.choice(('SK', 'DY', 'BA', 'LH', 'AY', 'KL', 'D8'))} {r.randrange(100, 4999)}", None),
        **{k: (lambda k=k: (draw.ref(k), None)) for k in ("BOOK", "AGR", "CLAIM", "FINE", "OCR", "BG", "ORG", "CASE", "MEMBER", "CARD", "VIN", "LIC", "POLICE", "CODE")},
        **{k: (lambda k=k: (r.choice(look[k]), None)) for k in look},
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, gen, ref, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, (gen or "")[1:], person, draw)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """HY's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, t, True) for lang, t in NEGATIVES]
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
        if negative == bool(spans):
            raise ValueError(
                f"a {'negative' if negative else 'positive'} template is wrong: {template[:60]!r}"
            )
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def counts(rows: list[dict[str, object]]) -> None:
    """Counts only: no row of HY is printed."""
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
                forms["lower-case one word in chat"] += value.islower() and " " not in value
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
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    counts(rows)
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)} ("
        + ", ".join(f"{la} {n}" for la, n in sorted(Counter(la for la, _ in NEGATIVES).items()))
        + ")"
    )
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
    print(f"origins in MIXES never drawn: {missing or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only, never a row."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids: Counter[str] = Counter()
    for row in rows:
        if tuple(row) != KEYS:
            problems["keys not as in heldout-u"] += 1
        ids[row["id"]] += 1
        problems["split not heldout-hy"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            value = text[start:stop]
            problems["span keys"] += tuple(span) != ("start", "end", "kind")
            problems["kind unknown"] += kind not in KINDS
            problems["empty span"] += stop <= start
            problems["span out of bounds"] += not (0 <= start < stop <= len(text))
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            problems["personnummer check digit"] += kind == "NATIONAL_ID" and not pnr_valid(value)
            end = stop
    problems["ids not unique"] += sum(n - 1 for n in ids.values())
    problems["ids not numbered in order"] += [r["id"] for r in rows] != [
        f"gen-{SPLIT}-{i:04d}" for i in range(1, len(rows) + 1)
    ]
    counts(rows)
    found = {k: v for k, v in problems.items() if v}
    print("check: " + (", ".join(f"{k} {v}" for k, v in found.items()) if found else "no problems"))
    return 1 if found else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed; the set is written with SEED"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file (--out), print counts only"
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
