# ruff: noqa: E501
"""Generate held-out GM for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventy-fourth writer.

    python data/pii/generate_gm.py           # writes data/pii/generated-heldout-gm.jsonl
    python data/pii/generate_gm.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gm.py --check   # checks the written file, prints counts only
    python data/pii/generate_gm.py --seed 7 --out /tmp/gm.jsonl  # a scratch seed

GM's names are drawn by how often people really carry them: every name word comes from
`names_gm.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as the people of the
genre are. The genre is visas, residence and work permits (`templates_gm.py`): applications
through the migration agency and through employers, embassies and consulates, appointment
bookings, documents missing, family reunification, appeals, and letters between applicants,
sponsors, lawyers and case officers, in Swedish, English and the two mixed as Swedes write at
work. Written by a helper who does not tune the detector and who read only `generate_aw.py` (for
the mechanics: the seeded `Draw`, the slot filler, the row format and `--stats`), the sections
"Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, no other set's names,
templates or rows, no error listing. GM was never run through the detector by its writer, and its
names were not checked against rung. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_gm import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gm import CITIES, COUNTRIES, DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270251
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gm.jsonl"
SPLIT = "heldout-gm"
KEYS = ["id", "split", "lang", "text", "spans"]
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the address register.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Skolgatan", "Kyrkogatan",
    "Järnvägsgatan", "Nygatan", "Hantverkargatan", "Sveavägen", "Fleminggatan", "Odengatan",
    "Södra Förstadsgatan", "Norra Allégatan", "Östra Hamngatan", "Västra Storgatan", "Linnégatan",
    "Götgatan", "Hornsgatan", "Rinkebytorget", "Tensta allé", "Husbyvägen", "Bredängsvägen",
    "Björkvägen", "Ringvägen", "Skogsvägen", "Ängsvägen", "Tallvägen", "Lindvägen", "Granvägen",
    "Industrivägen", "Kvarnvägen", "Bäckvägen", "Solvägen", "Rosenlundsvägen", "Ekbacksvägen",
    "Hjalmar Brantingsgatan", "Karl Johansgatan", "Gustav Adolfs torg", "Stortorget", "Lilla torget",
    "Järntorget", "Möllevångstorget", "Kopparsvängen", "Klöversvängen", "Lärksvängen",
    "Rosengårdsvängen", "Kastanjeallé", "Lindallén", "Björkallén", "Kungsbacken", "Solbacken",
    "Prästbacken", "Eriksbergs backe", "Hagabacken", "Lärkstigen", "Blåbärsstigen", "Ekorrstigen",
    "Smedjestigen", "Tulpangränd", "Smedgränd", "Kyrkogränd", "Skomakargränd", "Stationsplan",
    "Brunnsplan", "Mästarplan", "Hamnplan", "Hamnkajen", "Skeppsbrokajen", "Norra kajen",
    "Packhuskajen", "Södra Strandgatan", "Varvsgatan", "Folkungagatan", "Råsundavägen",
    "Frösundaleden", "Sturegatan", "Kronobergsgatan", "Valhallavägen", "Dalagatan",
)  # fmt: skip
STREET_WORDS = ("Storgatan", "Björkvägen", "Lärkstigen", "Kopparsvängen", "Hamnkajen", "Smedgränd", "Solbacken", "Lindallén", "Stationsplan", "Ekorrstigen", "Dalagatan", "Klöversvängen")  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 153), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Huddinge", 141, 141), ("Tumba", 147, 147),
    ("Jakobsberg", 177, 177), ("Sollentuna", 191, 192), ("Täby", 183, 187), ("Nacka", 131, 131),
    ("Handen", 136, 136), ("Märsta", 195, 195), ("Kungsbacka", 434, 434), ("Mölndal", 431, 431),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Motala", 591, 591), ("Nyköping", 611, 611),
    ("Skellefteå", 931, 931), ("Kiruna", 981, 981), ("Örnsköldsvik", 891, 891), ("Katrineholm", 641, 641),
    ("Alingsås", 441, 441), ("Hässleholm", 281, 281), ("Värnamo", 331, 331), ("Ludvika", 771, 771),
    ("Sandviken", 811, 811), ("Hudiksvall", 824, 824), ("Oskarshamn", 572, 572), ("Gislaved", 332, 332),
    ("Ljungby", 341, 341), ("Köping", 731, 731), ("Filipstad", 682, 682), ("Avesta", 774, 774),
    ("Eslöv", 241, 241), ("Bollnäs", 821, 821), ("Boden", 961, 961), ("Arvika", 671, 671),
)  # fmt: skip
# Villages for rural addresses (`Västanby 12`), with a town of the district to post to.
VILLAGES = (
    "Västanby", "Östanby", "Norrbyn", "Sörbyn", "Kvarnbyn", "Bäckby", "Sjöbo", "Åsen", "Holmen",
    "Lillåsen", "Björkås", "Ängebo", "Hällby", "Torsby", "Näsby", "Rörby", "Mossebo", "Nybo",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "London Road", "Victoria Road", "Green Lane",
    "Park Avenue", "Manor Road", "Queens Road", "Mill Lane", "Kingsway", "The Crescent", "Albert Road",
    "Oxford Road", "Whitechapel Road", "Stockwell Park Crescent", "Granby Street", "Ladypool Road",
    "Cathays Terrace", "Leith Walk", "Dumbarton Road", "Harehills Lane", "Rusholme Place",
)  # fmt: skip
UK_TOWNS = (
    ("London", "E"), ("London", "SE"), ("London", "N"), ("London", "NW"), ("Manchester", "M"),
    ("Birmingham", "B"), ("Leeds", "LS"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"),
    ("Bristol", "BS"), ("Liverpool", "L"), ("Sheffield", "S"), ("Leicester", "LE"), ("Cambridge", "CB"),
    ("Oxford", "OX"), ("Reading", "RG"), ("Coventry", "CV"), ("Belfast", "BT"), ("Slough", "SL"),
)  # fmt: skip
US_STREETS = ("Main Street", "Broadway", "Elm Street", "Maple Avenue", "Mission Street", "Lake Street", "Washington Avenue", "Cedar Lane", "Pine Street", "Market Street", "University Avenue", "Park Place")  # fmt: skip
US_TOWNS = (("New York", "NY", 100), ("Brooklyn", "NY", 112), ("San Francisco", "CA", 941), ("San Jose", "CA", 951), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Houston", "TX", 770), ("Chicago", "IL", 606), ("Boston", "MA", 21), ("Minneapolis", "MN", 554), ("Atlanta", "GA", 303), ("Jersey City", "NJ", 73), ("Raleigh", "NC", 276), ("Denver", "CO", 802))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-10999} Berlin", "Lindenweg {n}, {z5:80331-81929} München",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès, {z5:75019-75020} Paris",
    "Mannerheimintie {n} B {m}, {z5:00100-00290} Helsinki", "Kauppakatu {n}, {z5:40100-40700} Jyväskylä",
    "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 31-{z3:100-999} Kraków",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via Garibaldi {n}, {z5:10122-10122} Torino", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Rua Augusta {n}, {z4:1100-1100}-{z3:048-060} Lisboa", "Laisvės al. {n}, LT-{z5:44001-44999} Kaunas",
    "Tartu mnt {n}, {z5:10115-10145} Tallinn", "Zmaja od Bosne {n}, {z5:71000-71000} Sarajevo",
)  # fmt: skip
WORLD = (
    "No. {n}, 2nd Main Road, Koramangala, Bengaluru 560{z3:034-034}",
    "Flat {n}0{m}, Lake View Apartments, Powai, Mumbai 400{z3:076-076}",
    "Plot {n}, Sector {m}, Gurugram, Haryana 1220{z2:01-18}",
    "{n}/{m} Anna Salai, Chennai 600{z3:002-035}",
    "Cumhuriyet Cad. No: {n}/{m}, {z5:35210-35290} Konak/İzmir",
    "Bağdat Cad. No: {n} D: {m}, {z5:34728-34744} Kadıköy/İstanbul",
    "{n}/{m} Moo {m}, Tambon Ban Lueam, Amphoe Mueang, Udon Thani 41000",
    "{n} Sukhumvit Soi {m}, Khlong Toei, Bangkok 10110",
    "Av. Providencia {n}, depto. {m}0{m}, Providencia, Santiago",
    "vul. Sadova {n}, kv. {m}, Lviv 79000",
    "P.O. Box {n}-00100, Nairobi",
    "Room {n}0{m}, Building {m}, {n} Jianguo Road, Chaoyang District, Beijing 100022",
    "House {n}, Street {m}, Karte Se, Kabul",
    "Street 40, House {n}, Ankawa, Erbil",
    "Bulevar oslobođenja {n}, 21000 Novi Sad",
    "{n} Acacia Street, Barangay San Isidro, Quezon City 1100",
)  # fmt: skip
# Swedish area codes: two digits (cities) and three (towns and the countryside), without the 0.
AREA2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "42", "60", "11", "36")  # fmt: skip
AREA3 = ("250", "280", "300", "320", "340", "380", "410", "470", "480", "500", "510", "520", "560", "570", "611", "620", "640", "650", "660", "680", "910", "920", "980")  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "live.se", "telia.com", "protonmail.com", "yahoo.co.in", "mail.ru")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "advokat.example.se", "hr.example.com", "relocation.example.se", "example.co.uk")  # fmt: skip
ROLE_MAIL = ("info", "hr", "rekrytering", "kontakt", "visa", "relocation", "mobility", "kansli", "reception", "bokning", "immigration", "careers")  # fmt: skip


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
    """Every value of GM from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:
            given = [self.hyphenated(pool)]  # Anna-Karin, Lars-Erik: as the lists have them
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "indian": 0.1}.get(key, 0.04):
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
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def hyphenated(self, pool: Pool) -> Word:
        """One of the list's own hyphenated given names, by weight; its part by its rank."""
        ranks = [i for i, name in enumerate(pool.names) if "-" in name]
        i = self.rng.choices(ranks, weights=[pool.weights[i] for i in ranks])[0]
        return pool.names[i], "head" if i < pool.head else "tail"

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

        def slug(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = slug(person.first), slug(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(70, 100)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def role_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLE_MAIL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2, area3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"08{d}{self.digits(1)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_org(self) -> str:
        """A firm's, an agency's or a switchboard's number: 010, 020, 0771, 08 with a short tail."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:5]} 00", f"031-{d[:3]} {d[3:5]} 00",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:]}", f"+46 771 {d[:3]} {d[3:6]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
            f"040-{d[:2]} {d[2:4]} 00", f"+46 8 {d[:3]} {d[3:5]} 00",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+91 {r.choice('6789')}{d[:4]} {d[4:9]}", f"+91-{r.choice('6789')}{d[:4]}-{d[4:9]}", f"0{r.choice('6789')}{d[:4]} {d[4:9]}",
            f"+91 80 {d[:4]} {d[4:8]}", f"+964 7{r.choice('5789')}{d[:1]} {d[1:4]} {d[4:8]}", f"0077{d[:1]} {d[1:4]} {d[4:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"0912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+251 91 {d[:3]} {d[3:7]}", f"+93 7{r.choice('0289')} {d[:3]} {d[3:7]}",
            f"0093 79 {d[:3]} {d[3:7]}", f"+66 8{r.choice('1469')} {d[:3]} {d[3:7]}", f"08{r.choice('1469')}-{d[:3]}-{d[3:7]}",
            f"+86 138 {d[:4]} {d[4:8]}", f"+86 10 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"067 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"0532 {d[:3]} {d[3:5]} {d[5:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+961 3 {d[:3]} {d[3:6]}",
            f"+92 300 {d[:7]}", f"+63 917 {d[:3]} {d[3:7]}", f"+254 7{d[:2]} {d[2:5]} {d[5:8]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+47 9{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+44 7700 900{d[:3]}", f"020 7946 0{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}", f"0044 161 496 0{d[:3]}", f"+1 (202) 555-01{d[:2]}", f"(415) 555-01{d[:2]}",
            f"+1 206 555 01{d[:2]}", f"+49 30 {d[:7]}", f"+49 171 {d[:7]}", f"0049 89 {d[:3]} {d[3:7]}",
            f"+55 11 9{d[:4]}-{d[4:8]}", f"+84 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+20 10{d[:1]} {d[1:4]} {d[4:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = (
            r.randrange(1918, 1927)
            if old
            else r.randrange(2009, 2026)
            if child
            else r.randrange(1935, 2007)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return (
                f"{date}+{serial}{check}" if roll < 0.75 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 240))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[40:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = (
                "SE-" + out
                if r.random() < 0.5
                else out + (", Sverige" if self.lang != "en" else ", Sweden")
            )
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def sv_address(
        self,
        lines: bool = False,
        lgh: bool = False,
        rural: bool | None = None,
        country: bool = False,
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.12
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.2):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.08:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.04:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural, country=country)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 9999)}\n{self.sv_postal()}"
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
        if roll < 0.25:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.35:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

    def deck_address(self, deck: str, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.decks.get(deck):  # a shuffled deck: every format before any comes again
            self.decks[deck] = list(EUROPE if deck == "europe" else WORLD)
            r.shuffle(self.decks[deck])
        out = self.decks[deck].pop().replace("{n}", str(r.randrange(1, 160)))
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

    P full name, p the same in lower case, U in capitals, F with middle names, M with the middle
    name's initial, G/g the given name (sometimes its short form), GU in capitals, N/n the short
    form where the name has one, S/s the surname, SU in capitals, I an initial and the surname,
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
    elif base == "M":
        words = given + middle + surname
        value = " ".join([person.first] + [f"{w[0]}." for w, _ in middle] + [person.last])
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    en = lang == "en"
    month, day, year = r.randrange(1, 13), r.randrange(1, 29), r.choice((2026, 2027, 2027, 2027))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(country=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(STREET_WORDS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.deck_address("europe"), "ADDRESS"),
        "AXL": lambda: (draw.deck_address("europe", lines=True), "ADDRESS"),
        "AW": lambda: (draw.deck_address("world"), "ADDRESS"),
        "AWL": lambda: (draw.deck_address("world", lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHO": lambda: (draw.phone_org(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNROLD": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "EO": lambda: (draw.role_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day} {MONTHS['sv'][month - 1]} {year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}", f"{year}-{month:02d}-{day:02d}")), None),
        "BORN": lambda: (f"{r.randrange(1950, 2020)}-{month:02d}-{day:02d}" if not en or r.random() < 0.3 else f"{day:02d}/{month:02d}/{r.randrange(1950, 2020)}", None),
        "TIME": lambda: (f"{r.randrange(7, 17)}{':' if en or r.random() < 0.4 else '.'}{r.choice(('00', '15', '20', '30', '40', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "WEEKS": lambda: (str(r.randrange(3, 40)), None),
        "AMT": lambda: (r.choice(("1 500", "2 200", "1 000", "2 000", "250", "700", "1 800", "3 500")) + " kr", None),
        "SAL": lambda: (f"{r.randrange(28, 75)} {r.choice(('000', '500', '200', '800'))} kr", None),
        "EUR": lambda: (f"{r.choice((80, 90, 45, 120, 35))} EUR" if r.random() < 0.5 else f"€{r.choice((80, 90, 45, 120, 35))}", None),
        "GBP": lambda: (f"£{r.choice(('719', '827', '1,420', '1,035', '490', '2,587', '551'))}", None),
        "USD": lambda: (f"${r.choice(('185', '205', '315', '460', '510', '1,225'))}", None),
        "CASE": lambda: (r.choice((f"{str(year)[2:]}-{r.randrange(100000, 999999)}", f"{r.randrange(10, 28)}-{r.randrange(1000000, 9999999)}", f"MIG-{year}-{r.randrange(1000, 99999)}")), None),
        "DNR": lambda: (r.choice((f"UM {r.randrange(1000, 29999)}-{str(year)[2:]}", f"UM{r.randrange(1000, 29999)}-{str(year)[2:]}", f"MIG {year}:{r.randrange(1, 40)}")), None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"SWE/{r.choice(('NDL', 'ANK', 'ADD', 'NBO', 'BKK', 'BEI', 'TEH', 'AMM', 'ISL', 'KYV'))}/{year % 100}{month:02d}{day:02d}/{r.randrange(1, 9999):04d}", f"VFS-{r.randrange(10000000, 99999999)}", f"#{r.randrange(10000, 99999)}", f"B{r.randrange(1000000, 9999999)}")), None),
        "GWF": lambda: (f"GWF{r.randrange(10000000, 99999999):09d}", None),
        "PASS": lambda: (r.choice((f"{r.choice('NPRSTUVZ')}{r.randrange(1000000, 9999999)}", f"{r.randrange(10000000, 99999999)}", f"{r.choice('ACEFGHKLNPRTUY')}{r.choice('ABCDEFGHJKLMNPRSTU')}{r.randrange(1000000, 9999999)}", f"U{r.randrange(10000000, 99999999)}")), None),
        "ORG": lambda: (f"{r.choice(('556', '559', '802', '716', '969'))}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0] if r.random() < 0.5 else r.choice(US_TOWNS)[0], None),
        "CITY": lambda: (r.choice(CITIES["en" if en else "sv"]), None),
        "COUNTRY": lambda: (r.choice(COUNTRIES["en" if en else "sv"]), None),
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
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                taken = {p.first for p in people.values()}
                for _ in range(5):  # two people of one row go by different given names
                    person = draw.person({"f": True, "m": False}.get(gender or ""))
                    if person.first not in taken:
                        break
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
    """GM's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-gm-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GM is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["lower-case given name alone"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address without a number"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += bool(re.search(r"[-+]", value))
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
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
    missing = [key for key in MIXES["sv"] if not draw.origins[key]]
    print(f"origins never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row, no value). Returns the problems found."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    kinds: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["row keys not as heldout-u's"] += list(row) != KEYS
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        problems["split wrong"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            kinds[span["kind"]] += 1
            start, stop = span["start"], span["end"]
            problems["kind unknown"] += span["kind"] not in KINDS
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += not (start >= 0 and stop <= len(text))
            problems["span unsorted or overlapping"] += start < end
            end = max(end, stop)
            value = text[start:stop]
            problems["whitespace at a span's edge"] += bool(value) and (value != value.strip())
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                shape = re.fullmatch(r"(\d{2})?\d{6}[-+]?\d{4}", value)
                problems["personnummer malformed"] += not shape or len(digits) not in (10, 12)
                problems["personnummer check digit"] += len(digits) >= 10 and luhn(
                    digits[-10:-1]
                ) != int(digits[-1])
    print(
        f"rows {rows}, spans {spans_seen}, ids {len(ids)}: "
        + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
    )
    found = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return found


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
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
