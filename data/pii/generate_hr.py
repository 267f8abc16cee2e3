# ruff: noqa: E501
"""Generate held-out HR for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-fifth writer.

    python data/pii/generate_hr.py            # writes data/pii/generated-heldout-hr.jsonl
    python data/pii/generate_hr.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hr.py --check    # checks the written file, prints counts only
    python data/pii/generate_hr.py --seed 7 --out /tmp/hr.jsonl   # a scratch seed

HR's names are drawn by how often people really carry them: every name word comes from
`names_hr.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is golf clubs (`templates_hr.py`): tee-time bookings, membership applications and
renewals, handicap lists, competition start lists and results, course-staff rotas, with the
club office's letters, invoices, chats and e-mails around them, in Swedish, English and the two
mixed. Written by a helper who does not tune the detector and who read only `generate_aw.py`
(for the mechanics: the seeded `Draw`, the slot filler, the row format and `--stats`), the
sections "Held-out AW" and "Held-out CL" of `docs/privacy.md`, the first line of
`generated-heldout-u.jsonl` (for its keys) and a listing of `data/pii/`; not the detector's rules,
lexicons or tests, nor any other set's names and templates, nor any error listing. HR was never
run through the detector by its writer and its names were not checked against anything in the
repository. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_hr import HEAD_SHARE, HYPHEN_SECOND, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hr import CLUBS, COURSES, DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270282
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hr.jsonl"
SPLIT = "heldout-hr"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's street names.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Nygatan", "Västra Hamngatan",
    "Södra Förstadsgatan", "Trädgårdsgatan", "Östra Storgatan", "Linnégatan", "Odengatan", "Götgatan",
    "Hornsgatan", "Järnvägsgatan", "Kyrkogatan", "Karlavägen", "Sveavägen", "Björkvägen", "Granvägen",
    "Tallvägen", "Ekvägen", "Lönnvägen", "Almvägen", "Rönnvägen", "Ringvägen", "Skogsvägen",
    "Ängsvägen", "Solvägen", "Bäckvägen", "Strandvägen", "Golfvägen", "Golfbanevägen", "Greenvägen",
    "Klubbvägen", "Slottsvägen", "Herrgårdsvägen", "Gamla Kungsvägen", "Södra vägen", "Lilla Ängsvägen",
    "Fairwayvägen", "Lärksvängen", "Fasansvängen", "Hagsvängen", "Ekorrsvängen", "Kastanjeallén",
    "Lindallén", "Parkallén", "Björkallé", "Slottsallén", "Klockarbacken", "Solbacken", "Kvarnbacken",
    "Ekebacken", "Riddarbacken", "Golfbacken", "Tornbacken", "Blåbärsstigen", "Lingonstigen",
    "Vitsippestigen", "Smultronstigen", "Ängsstigen", "Tranbärsstigen", "Stortorget", "Lilla torget",
    "Fisktorget", "Järntorget", "Kyrkoplan", "Torsplan", "Skolplan", "Kyrkogränd", "Smedjegränd",
    "Hattmakargränd", "Tunnbindaregränd", "Skeppsbrokajen", "Södra kajen", "Norra Kajen",
    "Hamnkajen", "Packhuskajen", "Sjöbrinken", "Ladugårdsvägen", "Prästgårdsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the lowest and the highest).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 701, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 551, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 636),
    ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Danderyd", 182, 182), ("Lidingö", 181, 181), ("Nacka", 131, 131),
    ("Saltsjöbaden", 133, 133), ("Vellinge", 235, 235), ("Höllviken", 236, 236), ("Falsterbo", 239, 239),
    ("Båstad", 269, 269), ("Ängelholm", 262, 262), ("Höganäs", 263, 263), ("Kungsbacka", 434, 434),
    ("Varberg", 432, 432), ("Falkenberg", 311, 311), ("Laholm", 312, 312), ("Ystad", 271, 271),
    ("Simrishamn", 272, 272), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Kalmar", 392, 393),
    ("Visby", 621, 621), ("Nyköping", 611, 611), ("Sigtuna", 193, 193), ("Enköping", 745, 745),
    ("Skövde", 541, 541), ("Lidköping", 531, 531), ("Alingsås", 441, 441), ("Kungälv", 442, 442),
    ("Uddevalla", 451, 451), ("Falun", 791, 791), ("Leksand", 793, 793), ("Rättvik", 795, 795),
    ("Mora", 792, 792), ("Åre", 837, 837), ("Östersund", 831, 832), ("Skellefteå", 931, 931),
    ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Hudiksvall", 824, 824), ("Arvika", 671, 671),
    ("Västervik", 593, 593), ("Ljungby", 341, 341), ("Värnamo", 331, 331), ("Tranås", 573, 573),
)  # fmt: skip
RURAL_FROM = 24  # towns from here on also have rural routes (postcodes xxx 9x)
# Villages and farms as rural addresses have them (`Västerby 112`).
VILLAGES = (
    "Västerby", "Österby", "Nybyn", "Kulla", "Bergby", "Sätra", "Backa", "Näset", "Ödegården",
    "Torpet", "Lillängen", "Sunnanå", "Ramsjö", "Hökåsen", "Ängsbo", "Skäret", "Bäcken", "Vik",
    "Norrby", "Söderby", "Hagalund", "Stensjö", "Björkhaga", "Lövsta", "Kvarnby",
)  # fmt: skip
UK_STREETS = (
    "Links Road", "Golf Place", "The Scores", "Station Road", "High Street", "Church Lane",
    "Victoria Road", "Kings Road", "Park Avenue", "Beach Road", "Fairway Close", "The Green",
    "Manor Way", "Queen's Drive", "Muirfield Road", "Bridge Street", "Mill Lane", "Albert Terrace",
)  # fmt: skip
UK_HOUSES = ("Fairways", "The Old Clubhouse", "Rose Cottage", "Links View", "Hillcrest", "The Grange", "Keeper's Cottage")  # fmt: skip
UK_TOWNS = (
    ("St Andrews", "KY", 16, 16), ("Carnoustie", "DD", 7, 7), ("Troon", "KA", 10, 10),
    ("Gullane", "EH", 31, 31), ("North Berwick", "EH", 39, 39), ("Southport", "PR", 8, 9),
    ("Lytham St Annes", "FY", 8, 8), ("Sunningdale", "SL", 5, 5), ("Woking", "GU", 21, 22),
    ("Harrogate", "HG", 1, 3), ("Sandwich", "CT", 13, 13), ("Portrush", "BT", 56, 56),
    ("Edinburgh", "EH", 1, 17), ("Leeds", "LS", 1, 29), ("Manchester", "M", 1, 40),
    ("London", "SW", 1, 20), ("Bristol", "BS", 1, 16), ("Cambridge", "CB", 1, 5), ("Norwich", "NR", 1, 14),
)  # fmt: skip
US_STREETS = ("Fairway Drive", "Country Club Road", "Midland Road", "Oak Street", "Maple Avenue", "Palmetto Drive", "Lakeshore Boulevard", "Augusta Way", "Pine Valley Lane", "Main Street", "Sunset Boulevard", "Elm Street")  # fmt: skip
US_TOWNS = (
    ("Pinehurst", "NC", 283), ("Augusta", "GA", 309), ("Scottsdale", "AZ", 852), ("Naples", "FL", 341),
    ("Myrtle Beach", "SC", 295), ("Palm Springs", "CA", 922), ("Minneapolis", "MN", 554),
    ("Chicago", "IL", 606), ("Austin", "TX", 787), ("Boston", "MA", 21), ("Seattle", "WA", 981),
    ("Denver", "CO", 802), ("Kohler", "WI", 530),
)  # fmt: skip
EUROPE = (
    ("es", "Avenida del Golf {n}, {z5:29600-29679} Marbella"), ("es", "Calle Jazmín {n}, {m}º B, {z5:03180-03189} Torrevieja"),
    ("es", "Urbanización Las Brisas, Calle Acacias {n}, {z5:29660-29660} Nueva Andalucía"), ("es", "Carrer de Mallorca {n}, {m}º, 08{z3:001-042} Barcelona"),
    ("pt", "Rua do Algarve {n}, 8125-{z3:400-499} Quarteira"), ("pt", "Rua da Praia {n}, 8600-{z3:300-399} Lagos"),
    ("pt", "Avenida do Golfe, Lote {n}, 8135-{z3:100-170} Almancil"), ("pt", "Rua das Flores {n}, {m}º Esq., 8500-{z3:500-560} Portimão"),
    ("de", "Golfstraße {n}, {z5:82031-82031} Grünwald"), ("de", "Am Golfplatz {n}, {z5:21029-22769} Hamburg"),
    ("dk", "Strandvejen {n}, {m}. th., {z4:2900-2930} Hellerup"), ("dk", "Golfvej {n}, {z4:3000-3000} Helsingør"),
    ("no", "Holmenkollveien {n}, {z4:0374-0791} Oslo"), ("fi", "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki"),
    ("fr", "{n} avenue du Golf, {z5:64200-64200} Biarritz"), ("fr", "{n} rue de la Paix, 750{z2:01-20} Paris"),
    ("nl", "Sportlaan {n}, {z4:2566-2566} {L2} Den Haag"), ("pl", "ul. Golfowa {n}, 05-{z3:500-540} Piaseczno"),
    ("it", "Via del Golf {n}, {z5:20900-20900} Monza"), ("ch", "Golfstrasse {n}, {z4:8700-8700} Küsnacht"),
    ("at", "Golfweg {n}, {z4:6370-6370} Kitzbühel"), ("be", "Golflaan {n}, {z4:2930-2930} Brasschaat"),
    ("ie", "{n} Strand Road, Portmarnock, Co. Dublin, D13 {E4}"),
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.co.uk", "yahoo.com", "comhem.se")  # fmt: skip
WORK = ("example.se", "golf.example.se", "bygg.example.se", "example.com", "example.org", "example.co.uk", "club.example.com")  # fmt: skip
CLUB_MAIL = ("kansli", "info", "reception", "bokning", "tavling", "banchef", "shop", "medlem", "junior", "ekonomi", "restaurang", "office", "proshop", "secretary", "bookings")  # fmt: skip
CLUB_DOMAINS = ("golfklubb.example.se", "gk.example.se", "example.se", "golf.example.org", "club.example.co.uk", "example.com")  # fmt: skip


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
    called: dict[str, str] = field(default_factory=dict)  # the name used for them, once chosen

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of HR from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.style: dict[str, int] = {}  # how this row writes times and handicaps, once chosen
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
        ):  # Karl-Erik, Ann-Marie
            second = r.choice(HYPHEN_SECOND["f" if woman else "m"])
            if second != given[0][0]:
                given.append((second, "head"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "latin": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.02:
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
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def club_mail(self) -> str:
        r = self.rng
        local = r.choice(CLUB_MAIL[:11] if self.lang == "sv" else CLUB_MAIL)
        return f"{local}@{r.choice(CLUB_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)
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
                "35",
                "36",
                "42",
                "46",
            )
        )
        a3 = r.choice(("470", "480", "455", "498", "431", "410", "411", "340", "300", "500", "510", "520", "522", "247", "248", "250", "647", "570", "910", "920", "660", "650", "171", "155", "490", "372"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:3]} {d[3:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_club(self) -> str:
        """A club's or a firm's number: a landline, a switchboard, now and then a mobile."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)
        a2 = r.choice(("31", "40", "18", "13", "19", "21", "35", "36", "42", "46", "54", "90"))
        a3 = r.choice(
            ("431", "410", "411", "340", "300", "500", "520", "247", "250", "647", "498", "480")
        )
        shapes = (
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}", f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}", f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}", f"0{a3}-{d[:3]} {d[3:5]}",
            f"0771-{d[:3]} {d[3:6]}", f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}", f"+46 (0){a3} {d[:2]} {d[2:4]} {d[4:6]}",
            f"07{r.choice('0236')}-{d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self, region: str = "any") -> str:
        """A number from abroad, with `+`, `00` or as dialled at home; `region` uk, us, en (either), pt, es or any."""
        r = self.rng
        d = str(r.randrange(2, 10)) + self.digits(9)
        uk = (
            f"+44 1334 {d[:6]}", f"01334 {d[:6]}", f"+44 (0)1241 {d[:6]}", f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}",
            f"0044 20 7946 0{d[:3]}", f"+44 131 496 0{d[:3]}", f"(01292) {d[:6]}", f"01423 {d[:6]}", f"0113 496 0{d[:3]}",
            f"07{d[:3]} {d[3:9]}", f"+44 (0)7{d[:3]} {d[3:9]}",
        )  # fmt: skip
        us = (f"(910) 555-01{d[:2]}", f"+1 480 555 01{d[:2]}", f"843-555-01{d[:2]}", f"+1 (239) 555-01{d[:2]}", f"(612) 555-01{d[:2]}", f"1-800-555-01{d[:2]}", f"555-01{d[:2]}")  # fmt: skip
        pt = (f"+351 289 {d[:3]} {d[3:6]}", f"+351 9{d[:2]} {d[2:5]} {d[5:8]}", f"289 {d[:3]} {d[3:6]}", f"00351 282 {d[:3]} {d[3:6]}")  # fmt: skip
        es = (f"+34 952 {d[:2]} {d[2:4]} {d[4:6]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"952 {d[:2]} {d[2:4]} {d[4:6]}", f"6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0034 965 {d[:3]} {d[3:6]}")  # fmt: skip
        if region in ("uk", "us", "pt", "es"):
            return r.choice({"uk": uk, "us": us, "pt": pt, "es": es}[region])
        if region == "en":
            return r.choice(uk if r.random() < 0.55 else us)
        shapes = uk[:8] + us[:4] + pt[:2] + es[:2] + (
            f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}", f"+34 952 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+351 289 {d[:3]} {d[3:6]}", f"+351 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+49 (0)89 {d[:7]}", f"0171 {d[:7]}", f"+49 40 {d[:3]} {d[3:6]} {d[6:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"0047 {r.choice('49')}{d[:7]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+971 50 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}",
            f"+27 82 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, age: str = "any") -> str:
        """A personnummer with its check digit: 12 or 10 digits, with or without `-`, `+` past a hundred.
        `age`: any (a member, 1922-2007), junior (2009-2019) or work (1958-2007)."""
        r = self.rng
        year = r.randrange(
            *{"any": (1922, 2008), "junior": (2009, 2020), "work": (1958, 2008)}[age]
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year < 1927 and roll < 0.7:  # a hundred or more: the ten-digit form takes a plus
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def golf_id(self) -> str:
        """A Swedish golf-ID: the birth date and three digits, no check digit (no personnummer)."""
        r = self.rng
        return f"{r.randrange(40, 100) if r.random() < 0.8 else r.randrange(0, 16):02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}-{r.randrange(1, 1000):03d}"

    def org_nr(self) -> str:
        """An association's organisation number (802xxx-xxxx, check digit as a personnummer's)."""
        body = f"802{self.digits(6)}"
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def handicap(self) -> str:
        r = self.rng
        value = round(min(r.gammavariate(3.2, 5.5), 54.0), 1)
        plus = r.random() < 0.04
        if plus:
            value = round(r.uniform(0.1, 4.5), 1)
        text = f"{value:.1f}"
        comma = self.style.setdefault("comma", r.random() < 0.5)
        if self.lang == "sv" or (self.lang == "mixed" and comma):
            text = text.replace(".", ",")
        return f"+{text}" if plus else text

    def time(self) -> str:
        r = self.rng
        h, m = (
            r.randrange(6, 19),
            r.choice(("00", "08", "10", "16", "20", "24", "30", "32", "40", "48", "50")),
        )
        style = self.style.setdefault("time", r.randrange(3))
        if self.lang == "en":
            return (f"{h:02d}:{m}", f"{h % 12 or 12}:{m}{'am' if h < 12 else 'pm'}", f"{h}:{m}")[
                style
            ]
        return (f"{h:02d}:{m}", f"{h}.{m}", f"{h:02d}.{m}")[style]

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.06:
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
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def club_address(self, lines: bool = False) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            street = f"{r.choice(('Golfvägen', 'Golfbanevägen', 'Klubbvägen', 'Greenvägen', 'Golfbacken'))} {r.randrange(1, 40)}"
        elif roll < 0.55:
            street = (
                f"{r.choice(VILLAGES)} {r.choice(('Gård', 'gård'))} {r.randrange(1, 30)}"
                if r.random() < 0.3
                else self.village()
            )
        elif roll < 0.75:
            return self.box(lines)
        else:
            street = self.sv_street()
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=roll < 0.55 and r.random() < 0.5)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 999)}{chr(10) if lines else ', '}{self.sv_postal(rural=r.random() < 0.4)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, lo, hi = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(lo, hi + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False, country: str | None = None) -> str:
        """An address elsewhere in Europe in its own format: from a shuffled deck, or of one country."""
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if country:
            out = r.choice([f for c, f in EUROPE if c == country])
        else:
            if not self.europe:  # a shuffled deck: every format before any comes again
                self.europe = [f for _, f in EUROPE]
                r.shuffle(self.europe)
            out = self.europe.pop()
        out = out.replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = out.replace(
            "{E4}",
            r.choice("ACDEFHKNPRTVWXY")
            + str(r.randrange(10))
            + r.choice("ACDEFHKNPRTVWXY")
            + str(r.randrange(10)),
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def care_of(self, lines: bool) -> list[Segment]:
        """`c/o Name, street, postcode town`: the `c/o` outside, the name its own PERSON."""
        r = self.rng
        person = self.person(None)
        if r.random() < 0.5:
            words, name = person.surname, person.last
        else:
            words, name = person.given + person.surname, f"{person.first} {person.last}"
        self.count(words)
        joint = "\n" if lines else ", "
        return [
            ("c/o ", None),
            (name, "PERSON"),
            (joint, None),
            (self.sv_address(lines=lines, rural=False), "ADDRESS"),
        ]


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, II two initials and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, SG `Surname Given` (a list's
    order), SU the surname in capitals, GU the given name in capitals, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        key = "N" if base in ("N", "n") else "G"
        if key not in person.called:  # the same person goes by the same name throughout a text
            person.called[key] = draw.nickname(person, 0.07 if key == "G" else 0.85) or person.first
        value = person.called[key]
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
    elif base == "II":
        words = surname + middle[:1]
        second = f" {middle[0][0][0]}." if middle else ""
        value = f"{person.first[0]}.{second} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    elif base == "SG":
        words, value = surname + given, f"{person.last} {person.first}"
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
    "I",
    "II",
    "Gi",
    "R",
    "RU",
    "SG",
    "SU",
    "GU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    en = lang == "en" or (lang == "mixed" and r.random() < 0.5)
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    if form in ("CO", "COL"):
        return draw.care_of(lines=form == "COL")
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "FARM": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "ACAP": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "CA": lambda: (draw.club_address(), "ADDRESS"),
        "CAL": lambda: (draw.club_address(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "APT": lambda: (draw.eu_address(country="pt"), "ADDRESS"),
        "AES": lambda: (draw.eu_address(country="es"), "ADDRESS"),
        "AESL": lambda: (draw.eu_address(lines=True, country="es"), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHC": lambda: (draw.phone_club(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PHEN": lambda: (draw.phone_x("en"), "PHONE"),
        "PHPT": lambda: (draw.phone_x("pt"), "PHONE"),
        "PHES": lambda: (draw.phone_x("es"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRJ": lambda: (draw.national_id("junior"), "NATIONAL_ID"),
        "PNRW": lambda: (draw.national_id("work"), "NATIONAL_ID"),
        "CM": lambda: (draw.club_mail(), "EMAIL"),
        "CLUB": lambda: (r.choice(CLUBS["uk" if lang == "en" else "sv"]), None),
        "CLUBUS": lambda: (r.choice(CLUBS["us"]), None),
        "COURSE": lambda: (r.choice(COURSES["en" if lang == "en" else "sv"]), None),
        "HCP": lambda: (draw.handicap(), None),
        "GID": lambda: (draw.golf_id(), None),
        "MEM": lambda: (str(r.randrange(100, 4800)), None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "ORG": lambda: (draw.org_nr(), None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(20000, 99999)}", f"#{r.randrange(10000, 99999)}", f"GB-{r.randrange(100000, 999999)}")), None),
        "AMT": lambda: (f"{r.choice((2900, 3400, 4950, 5600, 6200, 7400, 8900, 9800, 12500)):,} kr".replace(",", " "), None),
        "KR": lambda: (f"{r.choice((250, 450, 600, 750, 850, 950, 1200, 1450, 2400, 3400)):,} kr".replace(",", " "), None),
        "GF": lambda: (f"{r.choice((350, 400, 450, 500, 550, 600, 650, 700, 800, 950))} kr", None),
        "GBP": lambda: (f"£{r.choice((35, 45, 55, 60, 75, 85, 95, 120, 180, 240))}{r.choice(('', '.00', '.50'))}", None),
        "SUBS": lambda: (f"£{r.choice((650, 895, 1150, 1480, 1725, 2250, 2900)):,}{r.choice(('', '.00'))}", None),
        "USD": lambda: (f"${r.choice((45, 65, 95, 150, 225, 395, 650, 1200, 4800, 12500)):,}", None),
        "EUR": lambda: (f"€{r.choice((40, 55, 75, 90, 120, 160, 240, 380, 650))}", None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{MONTHS['en'][month - 1]} {day}, 2027")), None),
        "DATEX": lambda: ((f"{MONTHS['en'][month - 1]} {day}" if en else f"{day} {MONTHS['sv'][month - 1]}"), None),
        "TIME": lambda: (draw.time(), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "HOLE": lambda: (str(r.randrange(1, 19)), None),
        "SC": lambda: (str(r.randrange(68, 102)), None),
        "PTS": lambda: (str(r.randrange(24, 43)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if lang == "en" else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(14, 43)), None),
        "YEAR": lambda: (str(r.randrange(1962, 2026)), None),
    }  # fmt: skip
    return [values[form]()]


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
    """HR's rows: every negative once, then positive rows from shuffled decks of each language's
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
        draw.style = {}
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
    """Counts only: no row of HR is printed."""
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
                forms["address c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o ") >= 0
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                pnr[f"{len(digits)} digits"] += 1
                pnr["with - or +"] += "-" in value or "+" in value
                pnr["with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
    print(f"origins never drawn: {', '.join(missing) or 'none'}")


def check(path: Path) -> int:
    """Checks the written file and prints counts only: spans and ids well formed, check digits valid."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    keys = {"id", "split", "lang", "text", "spans"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["row keys not as heldout-u's"] += set(row) != keys
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        problems["split not heldout-hr"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += not (0 <= start <= stop <= len(text))
            problems["whitespace at an edge"] += value != value.strip()
            problems["spans unsorted or overlapping"] += start < end
            problems["kind unknown"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ten = digits[-10:]
                problems["personnummer not 10 or 12 digits"] += len(digits) not in (10, 12)
                problems["personnummer check digit"] += luhn(ten[:9]) != int(ten[9])
    print(f"rows {rows}, ids {len(ids)}")
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
