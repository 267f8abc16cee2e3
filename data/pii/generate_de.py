# ruff: noqa: E501
"""Generate held-out DE for personal-data detection (issue 15): names as the population has them,
an eighty-eighth writer; its genre is boats, marinas and the sea. Every name word is drawn by how
often people really carry it, from `names_de.py`'s weighted pools (SCB's ranks for Sweden, the US
Census 1990 per cents, the ONS rankings for the UK, and the commonest names of the origins common
in Sweden and around its seas), 80% from the head of a list and 20% from its tail, mixed by the
language of the row roughly as the people who write such texts are. The texts (`templates_de.py`)
are marina berth registers and waiting lists, sailing and rowing clubs, boat sales and adverts,
harbour masters' notes, ferry and archipelago bookings, boat insurance and yard repairs, winter
storage, sea rescue volunteers and fishing licences, in Sweden, Finland, Norway, Denmark, the UK,
Ireland and the US, in Swedish, English and both at once, plus negatives full of the genre's
look-alikes. Written by a helper who tunes nothing and who read only `generate_aw.py` (for the
mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`), the sections "Held-out
AW" and "Held-out CL" of docs/privacy.md, and the first line of `generated-heldout-u.jsonl`; not the
detector, its lexicons, its tests, nor any other set's names, templates or rows. DE was never run
through the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_de.py          # writes data/pii/generated-heldout-de.jsonl
    python data/pii/generate_de.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_de.py --check  # checks the written file, prints counts only
    python data/pii/generate_de.py --seed 7 --out /tmp/de-7.jsonl  # a scratch seed
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_de import (  # noqa: E402
    HEAD_SHARE,
    LOCAL,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SV_DOUBLE_F,
    SV_DOUBLE_M,
    Pool,
    feminine,
    plain,
)
from templates_de import (  # noqa: E402
    BOATS,
    CLUBS,
    DAYS,
    EN,
    MARINAS,
    MIXED,
    MODELS,
    MONTHS,
    NEGATIVES,
    SV,
)

SEED = 20270165
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-de.jsonl"
SPLIT = "heldout-de"
KEYS = ("id", "split", "lang", "text", "spans")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, many of them by the water.
SV_STREETS = (
    (6, "Storgatan"), (4, "Kungsgatan"), (3, "Drottninggatan"), (4, "Hamngatan"), (3, "Sjögatan"),
    (2, "Skeppargatan"), (2, "Båtsmansgatan"), (2, "Varvsgatan"), (2, "Lotsgatan"), (2, "Fiskargatan"),
    (2, "Kajgatan"), (2, "Tullhusgatan"), (2, "Norra Strandgatan"), (1, "Östra Hamngatan"),
    (3, "Skolgatan"), (2, "Kyrkogatan"), (2, "Nygatan"), (2, "Järnvägsgatan"), (5, "Strandvägen"),
    (4, "Hamnvägen"), (3, "Björkvägen"), (3, "Skogsvägen"), (2, "Badhusvägen"), (2, "Sjöviksvägen"),
    (2, "Bryggvägen"), (2, "Vassvägen"), (2, "Kompassvägen"), (2, "Roddarvägen"), (2, "Segelvägen"),
    (2, "Fyrvägen"), (2, "Tallvägen"), (2, "Granvägen"), (2, "Ringvägen"), (1, "Gamla Färjevägen"),
    (1, "Klippvägen"), (2, "Ankarsvängen"), (2, "Båtsvängen"), (1, "Kobbsvängen"), (1, "Måsvägen"),
    (2, "Strandallén"), (1, "Kaptensallén"), (1, "Sjömansallé"), (1, "Lindallén"), (1, "Hamnallé"),
    (2, "Lotsbacken"), (1, "Fyrbacken"), (1, "Skepparbacke"), (1, "Klockarbacken"), (1, "Sjöbacken"),
    (2, "Måsstigen"), (2, "Tärnstigen"), (1, "Sälstigen"), (1, "Klippstigen"), (1, "Ejderstigen"),
    (1, "Fisktorget"), (1, "Hamntorget"), (1, "Stortorget"), (1, "Sjömanstorg"), (1, "Lilla torg"),
    (1, "Varvsplan"), (1, "Hamnplan"), (1, "Stationsplan"), (1, "Skepparegränd"), (1, "Fiskargränd"),
    (1, "Tunnbindaregränd"), (1, "Repslagaregränd"), (2, "Norra Hamnkajen"), (1, "Packhuskajen"),
    (1, "Södra Kajen"), (1, "Tullkajen"), (1, "Sjöbodkajen"),
)  # fmt: skip
# Towns with the first three digits of their postcodes: coastal towns and cities.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Helsingborg", 252, 256),
    ("Karlskrona", 371, 373), ("Kalmar", 392, 393), ("Visby", 621, 621), ("Västervik", 593, 593),
    ("Oskarshamn", 572, 572), ("Nynäshamn", 149, 149), ("Norrtälje", 761, 761), ("Strömstad", 452, 452),
    ("Lysekil", 453, 453), ("Kungälv", 442, 442), ("Varberg", 432, 432), ("Falkenberg", 311, 311),
    ("Halmstad", 302, 305), ("Båstad", 269, 269), ("Ystad", 271, 271), ("Simrishamn", 272, 272),
    ("Trelleborg", 231, 231), ("Landskrona", 261, 261), ("Sundsvall", 852, 857), ("Härnösand", 871, 871),
    ("Örnsköldsvik", 891, 892), ("Umeå", 903, 907), ("Luleå", 972, 975), ("Piteå", 941, 941),
    ("Haparanda", 953, 953), ("Gävle", 802, 806), ("Hudiksvall", 824, 824), ("Söderhamn", 826, 826),
    ("Vaxholm", 185, 185), ("Gustavsberg", 134, 134), ("Lidingö", 181, 181), ("Trosa", 619, 619),
    ("Nyköping", 611, 611), ("Oxelösund", 613, 613), ("Söderköping", 614, 614), ("Karlshamn", 374, 374),
    ("Sölvesborg", 294, 294), ("Höganäs", 263, 263), ("Kungsbacka", 434, 434), ("Stenungsund", 444, 444),
    ("Uddevalla", 451, 451), ("Öckerö", 475, 475), ("Östhammar", 742, 742), ("Valdemarsvik", 615, 615),
)  # fmt: skip
# Villages, islands and hamlets as rural and archipelago addresses have them (`Sandvik 214`).
VILLAGES = (
    "Sandvik", "Norrviken", "Österskär", "Västerudd", "Fiskeläget", "Lotsudden", "Tallholmen",
    "Kobbholmen", "Ängsö", "Ramsö", "Storö", "Lillö", "Björkö", "Furusund", "Kapellskär",
    "Rödlöga", "Bergsviken", "Hamnudden", "Sjötorp", "Ekudden", "Grisslan", "Klippan",
    "Norra Lagnö", "Södra Ljusterö", "Östra Ed", "Uddebo", "Västanvik", "Skäret", "Båtsmansbo",
)  # fmt: skip
UK_STREETS = (
    "Quay Street", "Harbour Road", "The Strand", "Fore Street", "Marine Parade", "Esplanade",
    "High Street", "Shore Road", "Victoria Terrace", "Mariners Way", "Anchor Lane", "Ferry Road",
    "Pier Road", "Sea View Terrace", "Castle Hill", "Boatyard Lane", "Lifeboat Lane", "Church Street",
)  # fmt: skip
UK_TOWNS = (
    ("Cowes", "PO31"), ("Lymington", "SO41"), ("Falmouth", "TR11"), ("Dartmouth", "TQ6"),
    ("Salcombe", "TQ8"), ("Brixham", "TQ5"), ("Poole", "BH15"), ("Whitby", "YO21"), ("Oban", "PA34"),
    ("Largs", "KA30"), ("Tobermory", "PA75"), ("Conwy", "LL32"), ("Pwllheli", "LL53"),
    ("Aldeburgh", "IP15"), ("Burnham-on-Crouch", "CM0"), ("Whitstable", "CT5"), ("Plymouth", "PL1"),
    ("Southampton", "SO14"), ("Portsmouth", "PO1"), ("Padstow", "PL28"), ("Kirkwall", "KW15"),
)  # fmt: skip
UK_HOUSES = ("Harbour View", "The Old Boathouse", "Pilot's Cottage", "Coastguard Cottages", "Sail Loft", "Rose Cottage", "Anchor House", "The Net Loft")  # fmt: skip
IE_PLACES = (
    ("Harbour Road", "Howth", "Co. Dublin", "D13"), ("Main Street", "Kinsale", "Co. Cork", "P17"),
    ("The Quay", "Westport", "Co. Mayo", "F28"), ("Strand Street", "Dingle", "Co. Kerry", "V92"),
    ("Pier Road", "Schull", "Co. Cork", "P81"), ("Marine Road", "Dún Laoghaire", "Co. Dublin", "A96"),
    ("Harbour Road", "Skerries", "Co. Dublin", "K34"), ("Quay Street", "Galway", "", "H91"),
    ("Bridge Street", "Killaloe", "Co. Clare", "V94"), ("New Street", "Bantry", "Co. Cork", "P75"),
)  # fmt: skip
US_STREETS = ("Marina Drive", "Harbor View Road", "Bay Street", "Ocean Avenue", "Dock Street", "Water Street", "Lighthouse Lane", "Shore Road", "Front Street", "Main Street", "Wharf Road", "Captains Way")  # fmt: skip
US_TOWNS = (
    ("Annapolis", "MD", 21401, 21403), ("Newport", "RI", 2840, 2842), ("Mystic", "CT", 6355, 6355),
    ("Marblehead", "MA", 1945, 1945), ("Camden", "ME", 4843, 4843), ("Bar Harbor", "ME", 4609, 4609),
    ("Sausalito", "CA", 94965, 94966), ("Anacortes", "WA", 98221, 98221), ("Seattle", "WA", 98101, 98199),
    ("Key West", "FL", 33040, 33041), ("Charleston", "SC", 29401, 29425), ("Duluth", "MN", 55802, 55812),
    ("Traverse City", "MI", 49684, 49686), ("Galveston", "TX", 77550, 77555),
)  # fmt: skip
# Europe in its own formats (`{n}` a number, `{m}` a floor or flat, `{zW:lo-hi}` a postcode).
EUROPE = (
    "Strandgata {n}, {z4:4610-4614} Kristiansand", "Havnegata {n}, {z4:8006-8008} Bodø",
    "Nedre Langgate {n}, {z4:3126-3126} Tønsberg", "Bryggen {n}, {z4:5003-5003} Bergen",
    "Havnegade {n}, {z4:5700-5700} Svendborg", "Nyhavn {n}, {m}. tv., 1051 København K",
    "Strandvejen {n}, {z4:9990-9990} Skagen", "Søndergade {n}, {z4:5960-5960} Marstal",
    "Rantakatu {n} B {m}, {z5:20100-20100} Turku", "Strandgatan {n}, {z5:10900-10900} Hangö",
    "Sjökvarteret {n}, AX-{z5:22100-22100} Mariehamn", "Mannerheimintie {n} A {m}, {z5:00100-00180} Helsinki",
    "Kiellinie {n}, {z5:24105-24106} Kiel", "Am Strom {n}, {z5:18119-18119} Rostock",
    "ul. Nadbrzeżna {n}, 72-{z3:600-602} Świnoujście", "Sadama {n}, {z5:10111-10111} Tallinn",
    "Oosterdok {n}, {z4:1011-1018} {L2} Amsterdam", "Hafenstraße {n}, {z5:23570-23570} Lübeck-Travemünde",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("example.se", "varvet.example.se", "hamn.example.se", "batklubb.example.se", "example.com", "example.org", "example.co.uk", "example.ie", "example.no", "example.fi", "example.dk")  # fmt: skip
FIRM_LOCAL = ("info", "hamnkontoret", "bokning", "varvet", "kansliet", "medlem", "skador", "vinterupplag", "kassor", "sjoraddning", "harbourmaster", "berths", "office", "bookings", "claims", "yard", "membership", "marina")  # fmt: skip
# Countries a number from abroad is drawn from when a template names none (twice: more often).
ABROAD = ("no", "no", "dk", "dk", "fi", "fi", "uk", "uk", "ie", "us", "us", "de", "pl", "ee", "nl")
# Swedish area codes by the coast, with the length of their subscriber numbers.
AREA = (("08", 7), ("08", 8), ("031", 7), ("031", 6), ("040", 6), ("042", 6), ("0176", 6), ("0175", 5), ("0523", 5), ("0526", 6), ("0304", 6), ("0303", 6), ("0455", 5), ("0480", 5), ("0498", 6), ("0490", 5), ("0491", 6), ("0156", 5), ("0155", 6), ("0411", 5), ("0414", 5), ("0340", 6), ("035", 6), ("060", 6), ("0611", 5), ("0660", 5), ("090", 6), ("0920", 6), ("0911", 5), ("026", 6), ("0650", 5), ("0270", 5), ("0522", 6), ("0300", 6), ("0173", 5))  # fmt: skip


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


def group(digits: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at : at + size])
        at += size
    return sep.join(part for part in out if part)


class Draw:
    """Every value of DE from one seeded Random; counts the head/tail split and the origins."""

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

    def person(self, woman: bool | None, local: str | None = None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        key = LOCAL[local] if local else r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Anna-Karin
            given = [
                (part, self.part_of(pool, part))
                for part in r.choice(SV_DOUBLE_F if woman else SV_DOUBLE_M).split("-")
            ]
        middle: list[Word] = []
        if r.random() < {
            "swedish": 0.45,
            "us": 0.4,
            "uk": 0.3,
            "norwegian": 0.2,
            "danish": 0.2,
        }.get(key, 0.05):
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
            self.forms["typed plain"] += 1
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    @staticmethod
    def part_of(pool: Pool, name: str) -> str:
        """Head or tail, for a name word taken from a curated list of double names."""
        return "head" if name in pool.names[: pool.head] else "tail"

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
        given = re.sub(r"[^a-z0-9]", "", plain(person.first).lower())
        surname = re.sub(
            r"[^a-z0-9]",
            "",
            plain(
                person.surname[-1 if person.origin == "swedish" and r.random() < 0.3 else 0][0]
            ).lower(),
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_LOCAL)}@{r.choice(WORK)}"

    def amount(self, low: int, high: int) -> int:
        """An amount, as likely a hundred as a thousand or ten thousand (log-uniform)."""
        return round(math.exp(self.rng.uniform(math.log(low), math.log(high))))

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        if r.random() < 0.62:
            m, d = "07" + r.choice("0023369"), self.digits(7)
            shapes = (
                (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
                (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
                (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
                (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (3, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
                (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
            )  # fmt: skip
            return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]
        area, size = r.choice(AREA)
        d = self.digits(size)
        local = {5: (3, 2), 6: (2, 2, 2), 7: (3, 2, 2), 8: (3, 3, 2)}[size]
        body = group(d, local)
        roll = r.random()
        if roll < 0.55:
            return f"{area}-{body}"
        if roll < 0.7:
            return f"{area} {body}"
        if roll < 0.78:
            return f"{area}{d}"
        if roll < 0.82:
            return f"({area}) {body}"
        if roll < 0.94:
            return f"+46 {area[1:]} {body}"
        return f"+46 (0){area[1:]}-{body}"

    def firm_phone(self) -> str:
        """A firm's or an organisation's switchboard: 010, 020, 0771 and the like."""
        r, d = self.rng, self.digits(7)
        return r.choice((f"010-{d[:3]} {d[3:5]} {d[5:]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} {self.digits(2)}", f"031-{d[:3]} {d[3:5]} {d[5:]}",
                         f"+46 10 {d[:3]} {d[3:5]} {d[5:]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}"))  # fmt: skip

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = {
            "no": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 {r.choice(('22', '55', '38', '75'))} {d[:2]} {d[2:4]} {d[4:6]}"),
            "dk": (f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+45 {d[:4]} {d[4:8]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"050-{d[:7]}", f"+358 18 {d[:5]}", f"018 {d[:5]}", f"00358 45 {d[:7]}"),
            "uk": (f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 (0)1983 {d[:6]}", f"01326 {d[:6]}", f"0044 1590 {d[:6]}", f"(01803) {d[:6]}"),
            "ie": (f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}", f"(021) {d[:3]} {d[3:7]}", f"01 {d[:3]} {d[3:7]}", f"+353 (0)66 {d[:3]} {d[3:7]}"),
            "us": (f"(410) 555-01{d[:2]}", f"+1 401 555 01{d[:2]}", f"207-555-01{d[:2]}", f"+1 (305) 555-01{d[:2]}", f"206.555.01{d[:2]}", f"1-800-555-01{d[:2]}"),
            "de": (f"+49 431 {d[:6]}", f"0431 {d[:7]}", f"+49 171 {d[:7]}", f"0049 381 {d[:6]}"),
            "pl": (f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}"),
            "ee": (f"+372 5{d[:3]} {d[3:7]}",),
            "nl": (f"+31 6 {d[:8]}", f"06-{d[:8]}"),
            "ax": (f"+358 18 {d[:5]}", f"018-{d[:5]}"),
        }  # fmt: skip
        if country is None:
            country = r.choice(ABROAD)
        return r.choice(shapes[country])

    def national_id(self) -> str:
        r = self.rng
        old = r.random() < 0.08  # a hundred or more: `+` in the ten-digit form
        year = r.randrange(1915, 1927) if old else r.randrange(1930, 2011)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """An organisation number: its third digit 2 or more (no birth month), a valid check digit."""
        r = self.rng
        body = f"{r.choice(('55', '71', '80', '82', '84'))}{r.randrange(20, 100)}{r.randrange(10, 100)}{r.randrange(100, 1000)}"
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        r = self.rng
        street = r.choices([s for _, s in SV_STREETS], weights=[w for w, _ in SV_STREETS])[0]
        return f"{street} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
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

    def sv_address(
        self,
        lines: bool = False,
        lgh: bool = False,
        rural: bool | None = None,
        co: bool | None = None,
    ) -> list[Segment]:
        """A Swedish address; with c/o, the `c/o` and the name after it stand outside the span."""
        r = self.rng
        if rural is None:
            rural = r.random() < 0.22
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.randrange(1, 6)} tr."
        joint = "\n" if lines else ", "
        value = f"{street}{joint}{self.sv_postal(rural=rural)}"
        if co or (co is None and r.random() < 0.06):
            person = self.person(None, "se" if self.lang != "en" else None)
            self.forms["c/o"] += 1
            return [
                ("c/o ", None),
                *person_segments("P" if r.random() < 0.6 else "S", person, self),
                (joint, None),
                (value, "ADDRESS"),
            ]
        return [(value, "ADDRESS")]

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal(rural=r.random() < 0.3)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, district = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{district} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 120)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        elif roll < 0.36:
            street = f"{r.randrange(1, 40)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def ie_address(self, lines: bool = False) -> str:
        r = self.rng
        street, town, county, key = r.choice(IE_PLACES)
        chars = "ACDEFHKNPRTVWXY0123456789"
        eircode = f"{key} {''.join(r.choice(chars) for _ in range(4))}"
        parts = [f"{r.randrange(1, 60)} {street}", town] + ([county] if county else []) + [eircode]
        return "\n".join(parts) if lines else ", ".join(parts[:-1]) + f" {eircode}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, low, high = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        zip_code = f"{r.randrange(low, high + 1):05d}"
        return (
            f"{street}\n{town}, {state} {zip_code}"
            if lines
            else f"{street}, {town}, {state} {zip_code}"
        )

    def eu_address(self, lines: bool = False, where: str | None = None) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if where:
            out = r.choice([e for e in EUROPE if where in e])
        else:
            if not self.europe:  # a shuffled deck: every format before any comes again
                self.europe = list(EUROPE)
                r.shuffle(self.europe)
            out = self.europe.pop()
        out = out.replace("{n}", str(r.randrange(1, 90))).replace("{m}", str(r.randrange(1, 6)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, Fm with a middle
    initial, G/g the given name (sometimes its short form), GU in capitals, N/n the short form
    where the name has one, S/s the surname, SU in capitals, I an initial and the surname, Gi the
    given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail
    address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
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
    elif base == "Fm":
        words = given + middle + surname
        value = " ".join([person.first] + [w[0] + "." for w, _ in middle] + [person.last])
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
    "Fm",
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?(?:@([a-z]{2}))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], list[Segment] | Segment]] = {
        "A": lambda: draw.sv_address(),
        "AL": lambda: draw.sv_address(lines=True),
        "AN": lambda: draw.sv_address(co=False),
        "ALN": lambda: draw.sv_address(lines=True, co=False),
        "AR": lambda: draw.sv_address(rural=True, co=False),
        "ACO": lambda: draw.sv_address(co=True),
        "ALCO": lambda: draw.sv_address(lines=True, co=True),
        "LGH": lambda: draw.sv_address(lgh=True, rural=False, co=False),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(co=False)[0][0]).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AIE": lambda: (draw.ie_address(), "ADDRESS"),
        "AIEL": lambda: (draw.ie_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "ANO": lambda: (draw.eu_address(where=r.choice(("Kristiansand", "Bodø", "Tønsberg", "Bergen"))), "ADDRESS"),
        "ADK": lambda: (draw.eu_address(where=r.choice(("Svendborg", "København", "Skagen", "Marstal"))), "ADDRESS"),
        "AFI": lambda: (draw.eu_address(where=r.choice(("Turku", "Hangö", "Mariehamn", "Helsinki"))), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHNO": lambda: (draw.phone_x("no"), "PHONE"),
        "PHDK": lambda: (draw.phone_x("dk"), "PHONE"),
        "PHFI": lambda: (draw.phone_x(r.choice(("fi", "ax"))), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHIE": lambda: (draw.phone_x("ie"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "YEAR": lambda: (str(r.randrange(1968, 2024)), None),
        "TIME": lambda: (f"{r.randrange(6, 22)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMTS": lambda: (f"{r.randrange(40, 950)} kr", None),
        "YNOW": lambda: (r.choice(("2027", "2028", "2027/28")), None),
        "AMT": lambda: (f"{draw.amount(300, 150000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{draw.amount(20, 40000):,}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{draw.amount(40, 40000):,}", None),
        "USD": lambda: (f"${draw.amount(40, 60000):,}", None),
        "AMTB": lambda: (f"{draw.amount(5000, 1500000):,} kr".replace(",", " "), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YRS": lambda: (str(r.randrange(3, 41)), None),
        "NOK": lambda: (f"{r.randrange(200, 60000)} NOK", None),
        "DKK": lambda: (f"{r.randrange(200, 60000)} kr.", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"{r.choice('ABKS')}{r.randrange(10000, 999999)}")), None),
        "BERTH": lambda: (r.choice((f"{r.choice('ABCDEFG')}{r.randrange(1, 60)}", f"{r.choice('ABCDEF')}-{r.randrange(1, 60):02d}", f"{r.randrange(1, 9)}:{r.randrange(1, 48)}")), None),
        "LOA": lambda: (f"{r.randrange(4, 14)},{r.randrange(10, 99)}" if not en else f"{r.randrange(14, 46)}'", None),
        "BEAM": lambda: (f"{r.randrange(1, 4)},{r.randrange(10, 99)}", None),
        "BOAT": lambda: (r.choice(BOATS), None),
        "MODEL": lambda: (r.choice(MODELS), None),
        "CLUB": lambda: (r.choice(CLUBS), None),
        "MARINA": lambda: (r.choice(MARINAS), None),
        "MMSI": lambda: (f"{r.choice(('265', '266', '257', '219', '230', '232', '235', '250', '338', '366'))}{r.randrange(100000, 999999)}", None),
        "CALL": lambda: (r.choice((f"SF{r.choice('ABCDEFGH')}{r.randrange(1000, 9999)}", f"SE{r.randrange(1000, 9999)}", f"OJ{r.randrange(1000, 9999)}", f"MF{r.randrange(100, 999)}")), None),
        "HIN": lambda: (f"{r.choice(('SE', 'FI', 'GB', 'US', 'NO'))}-{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.randrange(10000, 99999)}{r.choice('ABCDEFGHJKL')}{r.randrange(0, 9)}{r.randrange(90, 99)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**13)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORG": lambda: (draw.org_number(), None),
        "POL": lambda: (r.choice((f"{r.randrange(1000000, 9999999)}", f"BF-{r.randrange(100000, 999999)}", f"PV{r.randrange(10000, 99999)}-{r.randrange(1, 9)}")), None),
        "KN": lambda: (str(r.randrange(3, 28)), None),
        "NM": lambda: (str(r.randrange(2, 140)), None),
        "M3": lambda: (str(r.randrange(1, 30)), None),
        "COORD": lambda: (f"N {r.randrange(55, 66)}°{r.randrange(0, 60):02d},{r.randrange(10)}' E {r.randrange(10, 25)}°{r.randrange(0, 60):02d},{r.randrange(10)}'", None),
        "VHF": lambda: (str(r.choice((16, 9, 11, 12, 68, 69, 72, 73, 77, 80))), None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "HP": lambda: (str(r.choice((4, 6, 8, 10, 15, 20, 30, 40, 60, 90, 115, 150, 200, 250, 300))), None),
    }  # fmt: skip
    out = values[form]()
    return out if isinstance(out, list) else [out]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, local = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""), local)
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
    """DE's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "-" if "-" in value else ""
    return f"{len(digits)} digits{' with ' + sep if sep else ' without'}"


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of DE is printed."""
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
                before = text[max(0, span["start"] - 1) : span["start"]]
                forms["after @"] += before == "@"
                forms["in brackets"] += before == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address c/o before"] += (
                    "c/o" in text[max(0, span["start"] - 60) : span["start"]]
                )
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("draw forms: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Check the written file; print counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = 0
    langs: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += tuple(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        langs[row["lang"]] += 1
        problems["id pattern"] += not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"])
        problems["id twice"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            kinds += 1
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            value = text[start:stop]
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer check digit"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
            if span["kind"] == "EMAIL":
                problems["e-mail shape"] += not re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
    for lang, size in SIZES.items():
        problems[f"rows of {lang}"] += langs[lang] != size
    print(f"{path.name}: {rows} rows, {kinds} spans, {len(ids)} ids")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


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
