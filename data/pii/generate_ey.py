# ruff: noqa: E501
"""Generate held-out EY for personal-data detection (issue 15): names as the population has them,
a hundred-and-thirty-fourth writer.

    python data/pii/generate_ey.py            # writes data/pii/generated-heldout-ey.jsonl
    python data/pii/generate_ey.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ey.py --check    # checks the written file, prints counts only
    python data/pii/generate_ey.py --seed 7 --out /tmp/ey7.jsonl   # a scratch seed

EY's names are drawn by how often people really carry them: every name word comes from
`names_ey.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is social services and municipal case handling (`templates_ey.py`): applications
for and decisions on försörjningsstöd, LSS and home-care assessments, child-welfare reports,
guardians (gode män) and their annual accounts, appeals, case notes and meeting minutes, with the
English-speaking counterparts (UK councils' adult and children's social care, US child and adult
protective services) and the Swedish/English mixture of colleagues and clients. Written by a
helper who does not tune the detector, who read only `generate_aw.py` (for its mechanics), two
write-ups of earlier sets in docs/privacy.md and the keys of heldout-u, and neither the
detector's rules, lexicons and tagger (`src/rung/privacy/`) nor any error listing nor any other
set's names and templates; EY was never run through the detector by its writer, and its names
were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ey import (  # noqa: E402
    HEAD_SHARE,
    HYPHENATED,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    plain,
)
from templates_ey import (  # noqa: E402
    AGENCIES,
    DAYS,
    EN,
    FIRMS,
    FORVALTNINGSRATTER,
    KOMMUNER,
    MIXED,
    MONTHS,
    NEGATIVES,
    PROPERTIES,
    SCHOOLS,
    SV,
)

SEED = 20270211
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ey.jsonl"
SPLIT = "heldout-ey"
YEAR = 2027  # the year the texts are written in

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns and suburbs.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Köpmangatan", "Skolgatan",
    "Kyrkogatan", "Östra Hamngatan", "Västra Storgatan", "Fabriksgatan", "Hantverkargatan",
    "Brogatan", "Nygatan", "Järnvägsgatan", "Stationsgatan", "Trädgårdsgatan", "Repslagaregatan",
    "Södra Förstadsgatan", "Rådmansgatan", "Götgatan", "Fredsgatan", "Bergsgatan", "Skeppargatan",
    "Västra Varvsgatan", "Kaserngatan", "Sjukhusgatan", "Idrottsgatan", "Mejerigatan",
    "Björkvägen", "Granvägen", "Tallvägen", "Lärkvägen", "Solvägen", "Skogsvägen", "Ringvägen",
    "Industrivägen", "Parkvägen", "Bergsvägen", "Hagvägen", "Ängsvägen", "Kastanjevägen",
    "Rönnvägen", "Lönnvägen", "Blåbärsvägen", "Lingonvägen", "Gamla Vägen", "Norra Ringvägen",
    "Södra Vägen", "Hallundavägen", "Vårbergsvägen", "Bredängsvägen", "Rågvägen", "Vetevägen",
    "Rinkebysvängen", "Ekbackssvängen", "Lärksvängen", "Hjulsvängen", "Bäcksvängen",
    "Tensta allé", "Kastanjeallén", "Lindallén", "Norra allén", "Parkallén", "Ekallén",
    "Kvarnbacken", "Skolbacken", "Solbacken", "Klockarbacken", "Prästbacken", "Åsbacke",
    "Ekstigen", "Gläntstigen", "Smedstigen", "Hällstigen", "Tallstigen", "Mosstigen",
    "Stortorget", "Nytorget", "Rinkeby torg", "Gottsunda torg", "Hammarkulletorget", "Vivalla torg",
    "Rosenlundsplan", "Brunnsplan", "Järnvägsplan", "Kyrkplan", "Västra Skolplan",
    "Tullgränd", "Bagargränd", "Smedgränd", "Kråkgränd", "Taxingegränd", "Pilgränd",
    "Södra Kajen", "Norra Kajen", "Stadskajen", "Packhuskajen", "Inre Hamnkajen",
)  # fmt: skip
# Towns and the first three digits of their postcodes (real ranges, as the writer knows them).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Östersund", 831, 832), ("Trollhättan", 461, 461), ("Luleå", 972, 977), ("Borlänge", 784, 785),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Varberg", 432, 432),
    ("Skellefteå", 931, 931), ("Tumba", 147, 147), ("Huddinge", 141, 141), ("Jakobsberg", 177, 177),
    ("Spånga", 163, 163), ("Kista", 164, 164), ("Angered", 424, 424), ("Hisings Backa", 422, 422),
    ("Motala", 591, 591), ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Örnsköldsvik", 891, 891),
    ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Visby", 621, 621), ("Härnösand", 871, 871),
    ("Norrtälje", 761, 761), ("Enköping", 745, 745), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824),
    ("Mora", 792, 792), ("Ludvika", 771, 771), ("Lidköping", 531, 531), ("Alingsås", 441, 441),
    ("Katrineholm", 641, 641), ("Arvika", 671, 671), ("Vetlanda", 574, 574), ("Ljungby", 341, 341),
    ("Haparanda", 953, 953), ("Sollefteå", 881, 881), ("Ljusdal", 827, 827), ("Filipstad", 682, 682),
)  # fmt: skip
RURAL_FROM = 40  # towns from here on have countryside around them, rural postcodes end in 9x
VILLAGES = (
    "Västanby", "Österby", "Norrbyn", "Söderby", "Lillbyn", "Storbyn", "Kvarnby", "Bäckby",
    "Lövnäs", "Hedsätra", "Stensjö", "Nybyn", "Ytterbyn", "Mellanbyn", "Övre Ås", "Nedre Bäck",
    "Sörbygden", "Kullen", "Hagby", "Tallbacken", "Bodarna", "Finnbyn", "Myrbacka", "Åsen",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
    "Queens Road", "Green Lane", "Manor Road", "The Crescent", "Westfield Close", "Chapel Street",
    "Oak Drive", "Meadow View", "Hawthorn Way", "Newland Terrace", "Brook Street", "Hillside Road",
    "Orchard Grove", "Springfield Gardens", "North Parade", "Cemetery Road", "Moorland Rise",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"),
    ("Sheffield", "S"), ("Newcastle upon Tyne", "NE"), ("Cardiff", "CF"), ("Swansea", "SA"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Belfast", "BT"),
    ("Liverpool", "L"), ("Nottingham", "NG"), ("Leicester", "LE"), ("Bradford", "BD"),
    ("Hull", "HU"), ("Norwich", "NR"), ("Plymouth", "PL"), ("York", "YO"), ("Oxford", "OX"),
    ("Brighton", "BN"), ("Preston", "PR"), ("Bolton", "BL"), ("Luton", "LU"), ("London", "E"),
    ("London", "SE"), ("London", "N"),
)  # fmt: skip
UK_HOUSES = ("Ivy Cottage", "The Laurels", "Fernlea", "Rosebank", "Holly House", "The Old School House", "Beech View")  # fmt: skip
US_STREETS = (
    "W Elm St", "Maple Ave", "N Lincoln Blvd", "Cedar Lane", "Lake St", "E 38th St", "Oak Ridge Dr",
    "Sunset Blvd", "Pine St", "Washington Ave", "S Main St", "Hillcrest Rd", "Birch Ct", "Park Pl",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Seattle", "WA", 981), ("Chicago", "IL", 606),
    ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Brooklyn", "NY", 112), ("Boston", "MA", 21),
    ("Portland", "OR", 972), ("Austin", "TX", 787), ("Houston", "TX", 770), ("Denver", "CO", 802),
    ("Phoenix", "AZ", 850), ("Columbus", "OH", 432), ("Atlanta", "GA", 303), ("Sioux Falls", "SD", 571),
    ("Madison", "WI", 537), ("Lindsborg", "KS", 674),
)  # fmt: skip
EUROPE = (
    "Sonnenallee {n}, 120{z2:43-59} Berlin", "Hauptstraße {n}, 691{z2:15-26} Heidelberg",
    "{n} avenue de la République, 750{z2:11-20} Paris", "{n} rue des Lilas, 6900{z1:1-9} Lyon",
    "Hämeenkatu {n} B {m}, 33{z3:100-900} Tampere", "Kauppakatu {n} A {m}, 40{z3:100-700} Jyväskylä",
    "Storgata {n}, 01{z2:50-99} Oslo", "Nørrebrogade {n}, {m}. th., 2200 København N",
    "Vestergade {n}, 8000 Aarhus C", "ul. Piotrkowska {n}/{m}, 90-{z3:001-999} Łódź",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Kerkstraat {n}, 10{z2:11-99} {L2} Amsterdam",
    "Calle Mayor {n}, {m}º B, 280{z2:01-50} Madrid", "Via Roma {n}, 101{z2:21-56} Torino",
    "Ferhadija {n}, 71000 Sarajevo", "Bulevar oslobođenja {n}, 21000 Novi Sad",
    "Cumhuriyet Cad. No: {n} D: {m}, 35210 Konak/İzmir", "Ermou {n}, 105 {z2:51-63} Athína",
    "Narva mnt {n}, 10{z3:111-152} Tallinn", "{n} Main Street, Ennis, Co. Clare V95 {L2}{m}{m}",
    "Bahnhofstrasse {n}, 80{z2:01-99} Zürich", "Mariahilfer Straße {n}/{m}, 10{z1:6-7}0 Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "hotmail.co.uk", "btinternet.com", "comhem.se")  # fmt: skip
WORK = ("example.se", "kommun.example.se", "socialtjanst.example.se", "region.example.se", "example.com", "council.example.co.uk", "example.org")  # fmt: skip
OFFICE_MAIL = (
    "socialtjansten", "forsorjningsstod", "ekonomisktbistand", "overformyndaren", "lss",
    "aldreomsorg", "bistand", "mottagningen", "barnochunga", "registrator", "kundtjanst",
    "familjeratt", "hemtjanst.norr", "socialnamnden", "adultsocialcare", "mash", "duty.team",
    "childrens.services", "safeguarding", "info",
)  # fmt: skip
AREA2 = ("08", "031", "040", "018", "013", "011", "019", "021", "016", "035", "036", "042", "046", "054", "060", "063", "090", "026", "023", "033", "044")  # fmt: skip
AREA3 = ("0920", "0910", "0470", "0480", "0455", "0498", "0520", "0522", "0500", "0155", "0141", "0240", "0250", "0650", "0611", "0660", "0980", "0970", "0511", "0570")  # fmt: skip


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
    """Every value of EY from one seeded Random; counts the head/tail split and the origins."""

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
        first, seconds = HYPHENATED["f" if woman else "m"]
        if key == "swedish" and given[0][0] in first and r.random() < 0.25:  # Eva-Lena, Karl-Erik
            second = r.choice([w for w in seconds if w != given[0][0]])
            given.append((second, "head"))  # the second parts are all names of the head
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.3, "uk": 0.3, "nordic": 0.3, "german": 0.2}.get(
            key, 0.04
        ):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surnames = (
            ORIGINS["swedish"].surnames
            if key == "thai" and woman and r.random() < 0.5
            else origin.surnames
        )
        surname = [self.pick(surnames)]  # a Thai woman married in Sweden often carries his name
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
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

    def email(self, person: Person | None = None) -> str:
        """A person's address in one of the shapes people have, or an office's mailbox."""
        r = self.rng
        if person is None:
            return f"{r.choice(OFFICE_MAIL)}@{r.choice(WORK)}"

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[:3]}{surname[:3]}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d, m = self.digits(7), "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:  # Stockholm: eight digits or seven
            d = self.digits(8)
            return r.choice((f"08-{d[:3]} {d[3:6]} {d[6:]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}", f"08 {d[:3]} {d[3:6]} {d[6:]}",
                             f"08-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:]}", f"08{d}"))  # fmt: skip
        if roll < 0.7:
            a, d = r.choice(AREA2[1:]), self.digits(7)
            return r.choice((f"{a}-{d[:2]} {d[2:4]} {d[4:6]}", f"{a}-{d[:3]} {d[3:5]} {d[5:]}", f"{a} {d[:2]} {d[2:4]} {d[4:6]}",
                             f"{a}-{d[:6]}", f"+46 {a[1:]} {d[:3]} {d[3:5]} {d[5:]}", f"+46 (0){a[1:]}-{d[:2]} {d[2:4]} {d[4:6]}"))  # fmt: skip
        a, d = r.choice(AREA3), self.digits(6)
        return r.choice((f"{a}-{d[:2]} {d[2:4]} {d[4:]}", f"{a}-{d[:3]} {d[3:5]}", f"{a} {d[:2]} {d[2:4]} {d[4:]}",
                         f"{a}{d}", f"+46 {a[1:]} {d[:2]} {d[2:4]} {d[4:]}", f"{a}-{d[:3]} {d[3:]}"))  # fmt: skip

    def phone(self) -> str:
        """A Swedish number, mobile (two in three) or landline, in the groupings people write."""
        return self.mobile() if self.rng.random() < 0.65 else self.landline()

    def office(self) -> str:
        """An office's number: a switchboard, a service number, a direct line."""
        r = self.rng
        d = self.digits(8)
        roll = r.random()
        if roll < 0.3:
            return r.choice(
                (
                    f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"0771-{d[:3]} {d[3:6]}",
                    f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"020-{d[:3]} {d[3:6]}",
                )
            )
        if roll < 0.5:
            return r.choice(
                (f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:7]}", f"010 {d[:3]} {d[3:5]} {d[5:7]}")
            )
        return self.landline()

    def phone_uk(self) -> str:
        """A British number as people there write it."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"07{d[:3]} {d[3:]}{r.randrange(10)}", f"07{d[:3]} {d[3:6]} {d[6:]}{r.randrange(10)}", f"+44 7{d[:3]} {d[3:]}{r.randrange(10)}",
            f"0113 {d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}", f"020 7{d[:3]} {d[3:7]}", f"029 20{d[:2]} {d[2:6]}",
            f"0131 {d[:3]} {d[3:7]}", f"(0114) {d[:3]} {d[3:7]}", f"01{r.randrange(200, 999)} {d[:6]}", f"+44 (0)20 8{d[:3]} {d[3:7]}",
        ))  # fmt: skip

    def phone_no(self) -> str:
        d = self.digits(8)
        return self.rng.choice(
            (
                f"+47 4{d[:2]} {d[2:4]} {d[4:7]}",
                f"0047 9{d[:7]}",
                f"+47 9{d[:2]} {d[2:4]} {d[4:7]}",
                f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
                f"4{d[:2]} {d[2:4]} {d[4:7]}",
            )
        )

    def phone_de(self) -> str:
        d = self.digits(8)
        return self.rng.choice(
            (
                f"+49 151 {d}",
                f"+49 (0)30 {d}",
                f"0049 89 {d[:7]}",
                f"+49 170 {d[:3]} {d[3:7]}",
                f"0171 {d[:7]}",
            )
        )

    def phone_us(self) -> str:
        """An American number in the range kept for fiction (555-0100 to 555-0199)."""
        r = self.rng
        area, line = (
            r.choice(
                ("612", "651", "206", "312", "815", "716", "718", "617", "503", "512", "713", "303")
            ),
            f"555-01{self.digits(2)}",
        )
        return r.choice(
            (
                f"({area}) {line}",
                f"{area}-{line}",
                f"+1 {area} {line.replace('-', ' ')}",
                f"{area}.{line.replace('-', '.')}",
                f"1-{area}-{line}",
            )
        )

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 4{d[:2]} {d[2:4]} {d[4:7]}", f"0047 9{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"050 {d[:3]} {d[3:7]}", f"00358 44 {d[:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"020 7{d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}",
            f"+44 (0)113 {d[:3]} {d[3:7]}", f"0044 29 {d[:4]} {d[4:8]}", f"(612) 555-01{d[:2]}",
            f"+1 206-555-01{d[:2]}", f"+1 (312) 555 01{d[:2]}", f"555-01{d[:2]}",
            f"+49 15{d[:1]} {d[1:9]}", f"030 {d[:8]}", f"+48 5{d[:2]} {d[2:5]} {d[5:8]}", f"0048 6{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+964 770 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"00252 63 {d[:7]}", f"+291 7 {d[:3]} {d[3:6]}", f"+93 70 {d[:3]} {d[3:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 6 {d[:8]}", f"+353 87 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 139 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, low: int = 1940, high: int = 2008) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` for one past a hundred (10 digits only)."""
        r = self.rng
        year = r.randrange(low, high + 1)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        old = YEAR - year >= 100
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}{'+' if old else '-'}{serial}{check}"
        if roll < 0.88 or old:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def centenarian(self) -> str:
        """A personnummer of one past a hundred, written with the `+` that marks it."""
        r = self.rng
        date = f"{r.randrange(20, 27):02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        return f"{date}+{serial}{luhn(date + serial)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.15:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        """Postcode and town: `123 45 Town`, sometimes without the space, `SE-`, capitals."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.88:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural:
            roll = r.random()
            if lgh or roll < 0.14:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
            elif roll < 0.2:
                street += f", {r.randrange(1, 8)} tr"
            elif roll < 0.23:
                street += (
                    f", {r.randrange(1, 8)} tr, lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
                )
        joint = (
            "\n"
            if lines
            else ", "
            if street.endswith(("tr", "lgh")) or "lgh" in street or r.random() < 0.75
            else " "
        )
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 9999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', '', 'A', 'B'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f"{r.choice((', Apt ', ' Apt ', ', Unit ', ' #'))}{r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}"
        zipcode = f"{prefix:03d}{r.randrange(1, 99):02d}" + (
            f"-{self.digits(4)}" if r.random() < 0.15 else ""
        )
        return (
            f"{street}\n{town}, {state} {zipcode}"
            if lines
            else f"{street}, {town}, {state} {zipcode}"
        )

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
        out = out.replace("{L2}", r.choice("ABCDEFHKNPRTWXY") + r.choice("ABCDEFHKNPRTWXY"))
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
    surname and GU the given name in capitals (forms with a field for each), I an initial and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`,
    E the person's e-mail address. A trailing `s` asks for a Swedish genitive, `'` an English one.
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
        short = (
            None if base == "GU" else draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        )
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def care_of(draw: Draw, lines: bool) -> list[Segment]:
    """`c/o Name` before an address: the c/o outside every span, the name its own PERSON."""
    person = draw.person(None)
    r = draw.rng
    name = person.last if r.random() < 0.4 else f"{person.first} {person.last}"
    draw.count(person.surname if name == person.last else person.given + person.surname)
    joint = "\n" if lines else ", "
    return [
        ("c/o ", None),
        (name, "PERSON"),
        (joint, None),
        (draw.sv_address(lines=lines, rural=False), "ADDRESS"),
    ]


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((YEAR, YEAR, YEAR - 1))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AT": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "LGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: (r.choice((draw.sv_street(), draw.sv_address(), draw.sv_address())).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "UK": lambda: (draw.uk_address(), "ADDRESS"),
        "UKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "uk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHO": lambda: (draw.office(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHNO": lambda: (draw.phone_no(), "PHONE"),
        "PHDE": lambda: (draw.phone_de(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "UKSTN": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "EO": lambda: (draw.email(None), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(1919, 1952), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(2009, 2026), "NATIONAL_ID"),
        "PNRH": lambda: (draw.centenarian(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} {year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}")), None),
        "MONTH": lambda: (f"{MONTHS['sv'][month - 1]} {year}" if r.random() < 0.5 else MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1].capitalize(), None),
        "YEAR": lambda: (str(YEAR - 1), None),
        "BORN": lambda: (str(r.randrange(1936, 2010)), None),
        "AGE": lambda: (str(r.randrange(2, 17)), None),
        "OLD": lambda: (str(r.randrange(78, 101)), None),
        "TIME": lambda: (f"{r.randrange(8, 17)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(1, 5)), None),
        "HOURS": lambda: (str(r.randrange(4, 60)), None),
        "AMT": lambda: (f"{r.randrange(400, 24000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 1900)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(40, 2600)}", None),
        "DNR": lambda: (r.choice((f"SN {YEAR}/{r.randrange(10, 3000)}", f"{YEAR}-{r.randrange(100, 9999):04d}", f"SOC-{YEAR}-{r.randrange(100, 999)}", f"ÖFN {YEAR - 1}/{r.randrange(10, 900)}", f"{r.randrange(1000, 9999)}-{str(YEAR)[2:]}")), None),
        "CASE": lambda: (r.choice((f"CR-{r.randrange(100000, 999999)}", f"ASC/{r.randrange(10000, 99999)}", f"Ref {r.randrange(1000000, 9999999)}", f"#{r.randrange(10000, 99999)}")), None),
        "MAL": lambda: (f"{r.randrange(1000, 9999)}-{str(YEAR)[2:]}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "FR": lambda: (r.choice(FORVALTNINGSRATTER), None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "KOMMUN": lambda: (r.choice(KOMMUNER), None),
        "SCHOOL": lambda: (r.choice(SCHOOLS), None),
        "PROP": lambda: (r.choice(PROPERTIES), None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "AGENCY": lambda: (r.choice(AGENCIES), None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return care_of(draw, lines=form == "COL")
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
    """EY's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of EY is printed."""
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += (
                    "c/o " in text[max(0, span["start"] - 50) : span["start"]]
                )
                forms["address SE-"] += "SE-" in value
                forms["street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                mark = "+" if "+" in value else "-" if "-" in value else "no mark"
                forms[f"personnummer {len(digits)} digits, {mark}"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    templates = {lang: len(t) for lang, t in TEMPLATES.items()}
    negatives = Counter(lang for lang, _ in NEGATIVES)
    print(f"templates: {templates}, negatives: {dict(negatives)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    keys = {"id", "split", "lang", "text", "spans"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += set(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            problems["empty"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ok = digits.isdigit() and len(digits) in (10, 12)
                ok = ok and luhn(digits[-10:-1]) == int(digits[-1])
                problems["personnummer check digit"] += not ok
            end = stop
    print(
        f"rows {rows}, ids {len(ids)}; problems: "
        + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none")
    )
    return 1 if any(problems.values()) else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
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
