# ruff: noqa: E501
"""Generate held-out CR for personal-data detection (issue 15): names as the population has them,
a seventy-fifth writer.

    python data/pii/generate_cr.py          # writes data/pii/generated-heldout-cr.jsonl
    python data/pii/generate_cr.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cr.py --check  # checks the written file, prints counts only
    python data/pii/generate_cr.py --seed 7 --out /tmp/cr-7.jsonl  # a scratch seed

CR's names are drawn by how often people really carry them: every name word comes from
`names_cr.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is public transport, taxis and getting about (`templates_cr.py`): färdtjänst and
school-transport bookings with pick-up and drop-off addresses, taxi bookings and receipts, lost
property at the bus and train company, fare and delay complaints and compensation claims,
drivers' rosters and shift swaps, commuters' car pools and ride shares in chat, sjukresor to
hospital appointments, parking fines and appeals, bike repair and bike-share support, and travel
abroad (airport transfers, rail bookings) with foreign addresses and phones. Written by a helper
who does not tune the detector, who read only `generate_aw.py` (for the mechanics: the seeded
`Draw`, the slot filler, the row format, `--stats`), the sections "Held-out AW" and "Held-out CL"
of `docs/privacy.md`, the first line of `generated-heldout-u.jsonl` and a listing of `data/pii/`;
not the detector's rules, lexicons or tagger (`src/`), nor `tests/`, nor any other set's names,
templates or jsonl, nor any error listing. CR was never run through the detector by its writer
and its names were not checked against rung's lexicons. Stdlib only; one seeded Random: same
seed, same bytes.
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

from names_cr import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cr import (  # noqa: E402
    DAYS,
    EN,
    FIRM_MAIL,
    HOSPITALS,
    MIXED,
    MONTHS,
    NEGATIVES,
    STOPS,
    STOPS_EN,
    SV,
)

SEED = 20270152
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cr.jsonl"
SPLIT = "heldout-cr"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form; a few named after people, whose name is then part of the
# address and no PERSON of its own.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Järnvägsgatan", "Stationsgatan", "Nygatan",
    "Skolgatan", "Kyrkogatan", "Hamngatan", "Trädgårdsgatan", "Västra Storgatan", "Östra Hamngatan",
    "Södra Järnvägsgatan", "Norra Esplanaden", "Tullgatan", "Bangårdsgatan", "Verkstadsgatan",
    "Götgatan", "Hornsgatan", "Sankt Eriksgatan", "Birger Jarlsgatan", "Linnégatan",
    "Engelbrektsgatan", "Polhemsgatan", "Sveavägen", "Valhallavägen", "Ringvägen", "Björkvägen",
    "Lindvägen", "Tallvägen", "Granvägen", "Ekvägen", "Skogsvägen", "Industrivägen", "Kvarnvägen",
    "Sjukhusvägen", "Stationsvägen", "Bruksvägen", "Smedjevägen", "Solrosvägen", "Blåklintsvägen",
    "Fjällvägen", "Gamla Vägen", "Övre Vägen", "Parkvägen", "Åkervägen", "Rönnbärsvägen",
    "Klöversvängen", "Vallmosvängen", "Lärksvängen", "Ekorrsvängen", "Lindallén", "Kastanjeallén",
    "Almallén", "Tuna allé", "Solbacken", "Kvarnbacken", "Skolbacken", "Tingsbacken",
    "Sjöbergs backe", "Blåbärsstigen", "Lingonstigen", "Hasselstigen", "Nyponstigen",
    "Trädgårdsstigen", "Stortorget", "Lilla torget", "Nytorget", "Fisktorget", "Stationsplan",
    "Brunnsplan", "Gjutarplan", "Tegelbruksplan", "Smedgränd", "Prästgränd", "Tunnbindargränd",
    "Klockargränd", "Norra Kajen", "Södra Kajen", "Packhuskajen", "Hamnkajen", "Timmerleden",
    "Mejerislingan", "Spårvagnsgången", "Rådhusesplanaden", "Järnvägsallén", "Sockerbruksgatan",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Nyköping", 611, 611), ("Varberg", 432, 432),
    ("Trelleborg", 231, 231), ("Piteå", 941, 941), ("Alingsås", 441, 441), ("Kiruna", 981, 981),
    ("Visby", 621, 622), ("Norrtälje", 761, 761), ("Kungsbacka", 434, 434), ("Hudiksvall", 824, 824),
    ("Ystad", 271, 271), ("Härnösand", 871, 871), ("Solna", 169, 171), ("Sollentuna", 191, 192),
    ("Huddinge", 141, 141), ("Nacka", 131, 132), ("Mölndal", 431, 431), ("Partille", 433, 433),
    ("Vänersborg", 462, 462), ("Hässleholm", 281, 281), ("Örnsköldsvik", 891, 892),
    ("Katrineholm", 641, 641), ("Arvika", 671, 671), ("Lycksele", 921, 921), ("Mora", 792, 792),
)  # fmt: skip
# Villages with the small town whose post office serves them and its postcode's first digits.
VILLAGES = (
    ("Västerby", "Hedemora", 776), ("Östanbyn", "Ljusdal", 827), ("Sörbyn", "Boden", 961),
    ("Norrbyn", "Hörnefors", 914), ("Kvarnby", "Svedala", 233), ("Lillkyrka", "Enköping", 745),
    ("Hökåsen", "Västerås", 725), ("Bräcke", "Bräcke", 843), ("Rönnäs", "Vilhelmina", 912),
    ("Backe", "Strömsund", 833), ("Tallberg", "Leksand", 793), ("Ängebo", "Bollnäs", 821),
    ("Grönskåra", "Vimmerby", 598), ("Sikeå", "Robertsfors", 915), ("Flyinge", "Eslöv", 241),
    ("Munkfors", "Munkfors", 684), ("Hammarstrand", "Ragunda", 840), ("Tärnaby", "Storuman", 924),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "London Road", "Victoria Road", "Park Avenue",
    "Queen's Road", "Mill Lane", "The Crescent", "Manor Way", "Orchard Close", "Bridge Street",
    "Market Square", "Kingsway", "Cemetery Road", "Albert Terrace", "Riverside Walk", "Moor Lane",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "N"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"), ("York", "YO"), ("Brighton", "BN"),
    ("Norwich", "NR"), ("Luton", "LU"), ("Crawley", "RH"), ("Reading", "RG"), ("Newcastle upon Tyne", "NE"),
)  # fmt: skip
US_PLACES = (
    ("Brooklyn", "NY", "112"), ("Queens", "NY", "113"), ("Chicago", "IL", "606"),
    ("Minneapolis", "MN", "554"), ("Seattle", "WA", "981"), ("Boston", "MA", "021"),
    ("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Orlando", "FL", "328"),
)  # fmt: skip
US_STREETS = ("Main Street", "Broadway", "Oak Avenue", "W 42nd Street", "Elm Street", "Lakeview Drive", "N Halsted St", "Pine Ridge Road", "Maple Court", "Sunset Boulevard")  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-10999} Berlin", "Schillerstraße {n}, {z5:60313-60599} Frankfurt am Main",
    "Lindenallee {n}, {z5:50667-50999} Köln", "{n} rue de la Gare, {z5:69001-69009} Lyon",
    "{n} avenue Jean Médecin, 06000 Nice", "Calle Mayor {n}, {m}º B, {z5:28001-28099} Madrid",
    "Avenida del Mar {n}, {z5:29601-29680} Marbella", "Carrer de Mallorca {n}, {z5:08001-08040} Barcelona",
    "Rua Augusta {n}, {z4:1100-1199}-{z3:001-099} Lisboa", "Via Roma {n}, {z5:00184-00199} Roma",
    "Via Garibaldi {n}, {z5:16121-16129} Genova", "Odos Ermou {n}, {z3:105-117} {z2:10-99} Athina",
    "Ulica Marmontova {n}, {z5:21000-21000} Split", "Kerkstraat {n}, {z4:1011-1099} {L2} Amsterdam",
    "Stationsplein {n}, {z4:3511-3584} {L2} Utrecht", "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V",
    "Storgata {n}, {z4:0155-0190} Oslo", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki",
    "ul. Marszałkowska {n}/{m}, 00-{z3:001-999} Warszawa", "Mariahilfer Straße {n}, {z4:1060-1070} Wien",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
    "{n} Grafton Street, Dublin 2, D02 {L2}{n}{m}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.se", "hotmail.se", "bredband.net", "spray.se")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com", "aol.com", "hotmail.co.uk", "proton.me")  # fmt: skip
WORK = ("example.se", "trafik.example.se", "taxi.example.se", "region.example.se", "kommun.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def fold(text: str) -> str:
    """A name as an e-mail's local part has it: lower case, no accents, no hyphens or spaces."""
    text = plain(text.replace("å", "a").replace("ä", "a").replace("ö", "o").replace("Å", "A"))
    return re.sub(r"[^a-z]", "", text.replace("Ä", "A").replace("Ö", "O").lower())


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
    """Every value of CR from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

    # --- names ---------------------------------------------------------------------------------
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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Karl-Erik
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # the father's and the mother's surname
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
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
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
        given, surname = fold(person.first), fold(person.surname[0][0])
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{r.randrange(50, 99)}",
            f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}",
        ))  # fmt: skip
        if self.lang == "en" and person.origin in ("us", "uk"):
            domain = r.choice(WORK[5:] if r.random() < 0.35 else MAIL_EN)
        else:
            domain = r.choice(WORK if r.random() < 0.35 else MAIL)
        return f"{local}@{domain}"

    # --- phones and personnummer ---------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d, m = self.digits(7), "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "11", "90", "60", "63", "23", "26", "35", "36", "42", "46", "54"))  # fmt: skip
        area3 = r.choice(("120", "150", "171", "220", "240", "250", "280", "293", "322", "340", "370", "410", "431", "454", "470", "480", "498", "500", "520", "523", "550", "570", "586", "612", "620", "640", "650", "660", "670", "680", "695", "910", "920", "921", "950", "970", "980"))  # fmt: skip
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:7]}"), (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        return self.mobile() if self.rng.random() < 0.62 else self.landline()

    def phone_firm(self) -> str:
        """A firm's or an authority's number: 020, 0771, 0200, a switchboard."""
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"020-{d[:2]} {d[2:4]} {d[4:]}", f"020-{d[:3]} {d[3:]}", f"0771-{d[:3]} {d[3:]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:]}", f"0200-{d[:2]} {d[2:4]} {d[4:]}", f"0774-{d[:3]} {d[3:]}",
            f"08-{d[:3]} {d[3:]} 00", f"031-{d[:2]} {d[2:4]} 00", f"+46 771 {d[:3]} {d[3:]}", f"0771{d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}",
            f"+44 20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"+49 151 {d[:8]}", f"0171 {d[:7]}",
            f"+49 (0)30 {d[:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+1 (212) 555-0{d[:3]}",
            f"(312) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"0034 952 {d[:3]} {d[3:6]}",
            f"+351 91{d[:1]} {d[1:4]} {d[4:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+30 69{d[:2]} {d[2:5]} {d[5:8]}",
            f"+385 91 {d[:3]} {d[3:7]}", f"+31 6 {d[:4]} {d[4:8]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A British number as the British write it (Ofcom's numbers for drama and examples)."""
        r = self.rng
        d = self.digits(3)
        return r.choice((
            f"07700 900{d}", f"07700 900 {d}", f"+44 7700 900{d}", f"+44 (0)7700 900{d}", f"020 7946 0{d}",
            f"+44 20 7946 0{d}", f"0161 496 0{d}", f"0113 496 0{d}", f"0117 496 0{d}", f"0131 496 0{d}",
            f"029 2018 0{d}", f"01632 960{d}", f"(0141) 496 0{d}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        """A US number in the shapes Americans write (the 555-01xx range)."""
        r = self.rng
        area, d = (
            r.choice(("206", "212", "312", "617", "512", "720", "407", "612", "718")),
            self.digits(2),
        )
        return r.choice(
            (
                f"({area}) 555-01{d}",
                f"{area}-555-01{d}",
                f"+1 {area} 555 01{d}",
                f"{area}.555.01{d}",
                f"+1 ({area}) 555-01{d}",
                f"1-{area}-555-01{d}",
            )
        )

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        past a hundred, the ten-digit form takes `+`."""
        r = self.rng
        year = (
            r.randrange(1919, 1927)
            if old
            else r.randrange(2011, 2022)
            if child
            else r.randrange(1930, 2016)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return (
                f"{date}+{serial}{check}" if roll < 0.7 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    # --- addresses -----------------------------------------------------------------------------
    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.84 else f"{code} {town}"
        if roll > 0.95:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def rural(self, lines: bool = False) -> str:
        r = self.rng
        village, town, prefix = r.choice(VILLAGES)
        code = f"{prefix} {r.randrange(90, 99)}"
        head = f"{village} {r.randrange(1, 260)}"
        if r.random() < 0.25:
            head = f"{village} {r.choice(('Norrgården', 'Skolhuset', 'Stugan', 'Nedergården'))}"
            head = f"{head} {r.randrange(1, 30)}"
        return f"{head}{chr(10) if lines else ', '}{code} {town}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = not lgh and r.random() < 0.14
        if rural:
            return self.rural(lines)
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.14:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif roll < 0.2:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.23:
            street += f", uppg. {r.choice('ABC')}"
        elif roll < 0.25:
            street += ", nb"
        joint = "\n" if lines else ", " if r.random() < 0.85 else " "
        return f"{street}{joint}{self.sv_postal()}"

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
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 40)}, {r.choice(('Albion House', 'Riverside Court', 'The Maltings', 'Kings Wharf'))}, {street}"
        elif roll < 0.3:
            street = f"{r.randrange(1, 9)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_PLACES)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += r.choice(
                (
                    f", Apt {r.randrange(1, 30)}{r.choice('ABCD')}",
                    f" #{r.randrange(2, 40)}",
                    f", Suite {r.randrange(100, 900)}",
                )
            )
        tail = f"{town}, {state} {prefix}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

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
            .replace("{n}", str(r.randrange(1, 160)), 1)
            .replace("{n}", str(r.randrange(1, 9)))
        )
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
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A
    trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if middle and draw.rng.random() < 0.3:
            initials += f" {middle[0][0][0]}."
            words = surname + middle
        value = f"{initials} {person.last}"
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
LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).replace("SE-", "").replace(", Sverige", "") + (", Sweden" if draw.lang != "sv" else ", Sverige"), "ADDRESS"),
        "ASE": lambda: (f"{draw.sv_street()}, SE-{draw.sv_postal().replace('SE-', '').replace(', Sverige', '')}", "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SNUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "SN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.55 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AUK": lambda: (draw.uk_address(), "ADDRESS"),
        "AUKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "auk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EF": lambda: (f"{r.choice(FIRM_MAIL)}@{r.choice(WORK)}", "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.27")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"2027-{month:02d}-{day:02d}")), None),
        "TIME": lambda: (f"{r.randrange(5, 23):02d}{':' if en else r.choice('.:')}{r.choice(('00', '05', '15', '20', '30', '40', '45', '52'))}", None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "MONTH": lambda: (MONTHS["en" if en else "sv"][month - 1], None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(25, 1900)} kr", f"{r.randrange(25, 900)}:-", f"{r.randrange(100, 4800)},{r.choice(('00', '50'))} kr", f"SEK {r.randrange(60, 2400)}")), None),
        "GBP": lambda: (f"£{r.randrange(3, 480)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (r.choice((f"€{r.randrange(20, 260)}", f"{r.randrange(20, 260)} EUR", f"{r.randrange(20, 260)},{r.randrange(100):02d} €")), None),
        "USD": lambda: (f"${r.randrange(18, 240)}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"ÄR-{r.randrange(2026, 2028)}-{r.randrange(1000, 99999):05d}", f"#{r.randrange(10000, 999999)}", f"{r.randrange(1000, 9999)}-{r.randrange(100, 999)}")), None),
        "REFEN": lambda: (r.choice((f"{r.choice(LETTERS)}{r.choice(LETTERS)}{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 999999)}", f"CR-{r.randrange(100000, 999999)}")), None),
        "BKG": lambda: (f"{r.choice(LETTERS)}{r.choice(LETTERS)}{r.randrange(2, 9)}{r.choice(LETTERS)}{r.choice(LETTERS)}{r.randrange(2, 9)}", None),
        "LINE": lambda: (r.choice((str(r.randrange(1, 20)), str(r.randrange(100, 899)), f"{r.randrange(1, 9)}{r.choice('ABX')}")), None),
        "TRAIN": lambda: (str(r.choice((r.randrange(1, 99), r.randrange(400, 599), r.randrange(8000, 8999), r.randrange(10000, 10999)))), None),
        "SEAT": lambda: (f"vagn {r.randrange(1, 9)}, plats {r.randrange(1, 90)}" if not en else f"coach {r.choice('ABCDEFGHJ')}, seat {r.randrange(1, 80)}", None),
        "REG": lambda: (f"{''.join(r.choice(LETTERS.replace('O', '')) for _ in range(3))} {r.randrange(10, 99)}{r.choice((str(r.randrange(10)), r.choice(LETTERS.replace('O', ''))))}", None),
        "REGUK": lambda: (f"{r.choice(LETTERS)}{r.choice(LETTERS)}{r.randrange(10, 75)} {''.join(r.choice(LETTERS) for _ in range(3))}", None),
        "CARD": lambda: (f"{r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}{r.choice(('', f' {r.randrange(10, 99)}'))}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**13)), None),
        "ORG": lambda: (f"55{r.randrange(5, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "KM": lambda: (f"{r.randrange(2, 180)},{r.randrange(10)} km", None),
        "KMS": lambda: (f"{r.randrange(2, 9)},{r.randrange(10)} km", None),
        "FLIGHT": lambda: (f"{r.choice(('SK', 'DY', 'FR', 'LH', 'BA', 'KL', 'AY', 'TK', 'W6'))} {r.randrange(100, 4999)}", None),
        "CAR": lambda: (str(r.randrange(100, 9999)), None),
        "STOP": lambda: (r.choice(STOPS), None),
        "STOPEN": lambda: (r.choice(STOPS_EN), None),
        "HOSP": lambda: (r.choice(HOSPITALS), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "PIN": lambda: (f"{r.randrange(1000, 9999)}", None),
        "BIKE": lambda: (f"{r.choice(LETTERS)}{r.randrange(10000, 99999)}", None),
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
    """CR's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(?:(\d{2}))?(\d{6})([-+]?)(\d{4})$")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_n = pnrs = 0
    keys = ["id", "split", "lang", "text", "spans"]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys not as heldout-u's"] += list(row) != keys
            problems["id not unique"] += row["id"] in ids
            ids.add(row["id"])
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_n += 1
                start, stop = span["start"], span["end"]
                value = text[start:stop]
                problems["span empty"] += stop <= start
                problems["span out of bounds"] += start < 0 or stop > len(text)
                problems["whitespace at an edge"] += value != value.strip()
                problems["unsorted or overlapping"] += start < end
                end = max(end, stop)
                if span["kind"] == "NATIONAL_ID":
                    pnrs += 1
                    match = PNR.match(value)
                    problems["personnummer malformed"] += match is None
                    if match:
                        nine = match.group(2) + match.group(4)[:3]
                        problems["personnummer check digit"] += luhn(nine) != int(match.group(4)[3])
    found = sum(problems.values())
    print(
        f"{path.name}: {rows} rows, {spans_n} spans, {pnrs} personnummer, {len(ids)} ids; problems: {found}"
    )
    for name, n in problems.items():
        if n:
            print(f"  {name}: {n}")
    return found


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of CR is printed."""
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                pnr[
                    f"{len(digits)} digits {'with' if re.search(r'[-+]', value) else 'without'} separator"
                ] += 1
                pnr["with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
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
