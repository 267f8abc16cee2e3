# ruff: noqa: E501
"""Generate held-out FO for personal-data detection (issue 15): names as the population has them,
the hundred-and-fiftieth writer.

    python data/pii/generate_fo.py           # writes data/pii/generated-heldout-fo.jsonl
    python data/pii/generate_fo.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fo.py --check   # checks the written file, prints counts only
    python data/pii/generate_fo.py --seed 7 --out /tmp/fo.jsonl   # a scratch seed to read rows

FO's names are drawn by how often people carry them: every name word comes from `names_fo.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row roughly as Sweden's population is. Written by a helper
who tunes nothing and who read only `generate_aw.py` (for the mechanics, copied here), the sections
"Held-out AW" and "Held-out CL" of `docs/privacy.md` and the first line of
`generated-heldout-u.jsonl`: not the detector's rules, lexicons or tagger, nor any other set's
names, templates or rows, nor any error listing; FO was never run through the detector by its
writer. The genre (`templates_fo.py`) is blood donation and clinical trial recruitment: donors'
bookings and deferrals, screening notes, study coordinators' mails to participants, consent forms,
travel reimbursements and reminders by SMS, in Swedish, English and both at once. Stdlib only;
one seeded Random: same seed, same bytes.
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

from names_fo import (  # noqa: E402
    HEAD_SHARE,
    HYPHEN_F,
    HYPHEN_M,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    plain,
)
from templates_fo import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270227
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fo.jsonl"
SPLIT = "heldout-fo"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Södra Förstadsgatan", "Skolgatan",
    "Kyrkogatan", "Nygatan", "Östra Hamngatan", "Västra Esplanaden", "Trädgårdsgatan", "Bangårdsgatan",
    "Fabriksgatan", "Sveavägen", "Götgatan", "Hornsgatan", "Karlavägen", "Linnégatan", "Ekmansgatan",
    "Prästgatan", "Rådhusgatan", "Slottsgatan", "Brogatan", "Järnvägsgatan", "Smedjegatan",
    "Björkvägen", "Tallvägen", "Ringvägen", "Skogsvägen", "Granvägen", "Lönnvägen", "Almvägen",
    "Hagvägen", "Kvarnvägen", "Lindvägen", "Sjövägen", "Bergsvägen", "Solvägen", "Parkvägen",
    "Västra vägen", "Gamla Kungsvägen", "Rosenlundsvägen", "Sjukhusvägen", "Lasarettsvägen",
    "Klövervägen", "Vallmovägen", "Körsbärsvägen", "Ängsvägen", "Tegelbruksvägen", "Mejerivägen",
    "Lärksvängen", "Tranesvängen", "Ekorrsvängen", "Hjortsvängen", "Sparvsvängen",
    "Vasa allé", "Kungsträdgårds allé", "Lindallén", "Kastanjeallén", "Björkallén", "Parkallén",
    "Kvarnbacken", "Skolbacken", "Mölle backe", "Prästbacken", "Solbacken", "Klockarbacken",
    "Lingonstigen", "Blåbärsstigen", "Hallonstigen", "Ekstigen", "Rönnbärsstigen", "Myrstigen",
    "Stortorget", "Lilla torg", "Hötorget", "Fisktorget", "Södra torg", "Nytorget",
    "Medborgarplatsen", "Kopparplan", "Mästarplan", "Kyrkplan", "Ringplan", "Bergsplan",
    "Bagargränd", "Lilla Smedjegränd", "Tunnbindargränd", "Brunnsgränd", "Färgargränd",
    "Norra Kajen", "Södra Kajen", "Hamnkajen", "Strandkajen", "Skeppsbrokajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the ranges as the writer knows them).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 977), ("Trollhättan", 461, 461), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Skellefteå", 931, 931),
    ("Nyköping", 611, 611), ("Motala", 591, 591), ("Lidköping", 531, 531), ("Visby", 621, 621),
    ("Kiruna", 981, 981), ("Piteå", 941, 941), ("Enköping", 745, 745), ("Sandviken", 811, 811),
    ("Hässleholm", 281, 281), ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Täby", 183, 187),
    ("Huddinge", 141, 141), ("Nacka", 131, 132), ("Ystad", 271, 271), ("Trelleborg", 231, 231),
    ("Landskrona", 261, 261), ("Katrineholm", 641, 641), ("Alingsås", 441, 441), ("Kungsbacka", 434, 434),
    ("Mölndal", 431, 431), ("Värnamo", 331, 331), ("Nässjö", 571, 571), ("Västervik", 593, 593),
    ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871), ("Boden", 961, 961),
    ("Gällivare", 982, 982), ("Avesta", 774, 774), ("Lindesberg", 711, 711), ("Strängnäs", 645, 645),
    ("Ronneby", 372, 372), ("Karlshamn", 374, 374), ("Eslöv", 241, 241), ("Falkenberg", 311, 311),
    ("Lysekil", 453, 453), ("Säffle", 661, 661), ("Kristinehamn", 681, 681), ("Ludvika", 771, 771),
    ("Leksand", 793, 793), ("Söderhamn", 826, 826), ("Lycksele", 921, 921), ("Kalix", 952, 952),
)  # fmt: skip
# Villages and farms as rural addresses name them (`Ekeby 118, 745 96 Enköping`).
VILLAGES = (
    "Ekeby", "Sörby", "Nyby", "Östanbyn", "Kyrkbyn", "Västanå", "Lillsjön", "Mossbo", "Tallåsen",
    "Granhult", "Björkhult", "Bäckebo", "Hagaby", "Fridhem", "Solhem", "Rosendal", "Ängsbacka",
    "Norrby", "Stora Mellby", "Lilla Harrie", "Övre Gärdsjö", "Nedre Ullerud", "Kärrbo",
    "Björsbyn", "Rönnliden", "Sikeå", "Hedenäset", "Bodarna", "Tibble", "Ödeby",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Green Lane", "Manor Road",
    "Park Road", "Queen's Road", "New Road", "Mill Lane", "Grange Road", "Kingsway", "St John's Road",
    "Albert Road", "The Crescent", "Chestnut Close", "Beech Avenue", "Meadow View", "Orchard Way",
    "Windsor Gardens", "Elm Grove", "Castle Street", "Bridge Road", "Westfield Drive",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Nottingham", "NG"), ("Cardiff", "CF"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Birmingham", "B"), ("Manchester", "M"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Exeter", "EX"),
    ("Southampton", "SO"), ("Leicester", "LE"), ("Belfast", "BT"), ("Aberdeen", "AB"), ("York", "YO"),
    ("Norwich", "NR"), ("Swansea", "SA"), ("Brighton", "BN"), ("Plymouth", "PL"), ("Derby", "DE"),
)  # fmt: skip
US_STREETS = (
    "Main Street", "Oak Avenue", "Elm Street", "Washington Boulevard", "Maple Drive", "Cedar Lane",
    "Park Avenue", "Lakeview Drive", "Highland Avenue", "2nd Street", "Sunset Boulevard", "Pine Road",
    "Hillcrest Drive", "Walnut Street", "University Avenue", "Commerce Parkway",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Boston", "MA", 21), ("Chicago", "IL", 606),
    ("Houston", "TX", 770), ("Rochester", "MN", 559), ("Ann Arbor", "MI", 481), ("Durham", "NC", 277),
    ("Nashville", "TN", 372), ("Denver", "CO", 802), ("Baltimore", "MD", 212), ("Portland", "OR", 972),
    ("Madison", "WI", 537), ("Phoenix", "AZ", 850), ("Pittsburgh", "PA", 152), ("Atlanta", "GA", 303),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:69115-69126} Heidelberg", "Bahnhofstraße {n}a, {z5:30159-30179} Hannover",
    "Am Markt {n}, {z5:18055-18069} Rostock", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n}, avenue Jean Médecin, {z5:06000-06300} Nice", "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0185} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V",
    "Nørregade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Via Garibaldi {n}, {z5:10122-10122} Torino", "Rue Haute {n}, {z4:1000-1000} Bruxelles",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Rua Augusta {n}, {m}.º Esq., {z4:1100-1100}-0{z2:10-99} Lisboa",
    "Pärnu mnt {n}-{m}, {z5:10141-10148} Tallinn", "{n} Main Street, Ballina, Co. Mayo F26 {L2}{m}{m}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "protonmail.com", "bahnhof.se")  # fmt: skip
WORK = ("example.se", "region.example.se", "ki.example.se", "studie.example.se", "example.com", "example.org", "example.co.uk", "example.ac.uk")  # fmt: skip
BOXES = ("blodcentralen", "geblod", "bokning", "kpe", "studie", "forskning", "prövningsenheten", "reseersattning", "givarservice", "plasma", "studiesekreterare")  # fmt: skip
BOXES_EN = ("giveblood", "donorcare", "trials", "recruitment", "research.office", "studyteam", "volunteers", "expenses", "crf.bookings", "clinicaltrials")  # fmt: skip


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
    """Every value of FO from one seeded Random; counts the head/tail split and the origins."""

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
        ):  # Ann-Marie, Karl-Erik
            firsts, seconds = HYPHEN_F if woman else HYPHEN_M
            first = r.choice(firsts)
            second = r.choice([n for n in seconds if n != first])
            given = [(first, "head"), (second, "head")]
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
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def mailbox(self) -> str:
        """A function's mailbox: a blood centre's, a trial unit's, a study's."""
        r = self.rng
        box = r.choice(BOXES_EN if self.lang == "en" else BOXES)
        box = box.replace("ö", "o")
        if r.random() < 0.4 and self.lang != "en":
            box += "." + r.choice(SV_TOWNS[:30])[0].lower().translate(str.maketrans("åäö", "aao"))
        return f"{box}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool | None = None) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
        )  # fmt: skip
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "26", "46", "36", "42", "11", "35"))  # fmt: skip
        area3 = r.choice(("220", "240", "380", "410", "451", "480", "490", "501", "511", "520", "570", "611", "620", "640", "660", "680", "910", "920", "940", "980", "300", "322", "370", "413"))  # fmt: skip
        lands = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}{d[:6]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0046 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        if mobile is None:
            mobile = r.random() < 0.68
        shapes = mobiles if mobile else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A blood centre's, a switchboard's or a trial unit's number."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"018-{d[:3]} {d[3:5]} {d[5:7]}",
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"046-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('13', '19', '90', '63'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"07{r.choice('3456789')}{d[:2]} {d[2:]}{r.randrange(10)}", f"07700 900{d[:3]}", f"+44 7{d[:3]} {d[3:]}{self.digits(2)}",
            f"+44 (0)7{d[:3]} {d[3:7]}{r.randrange(10)}", f"020 7{d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}",
            f"0117 {d[:3]} {d[3:7]}", f"0121 {d[:3]} {d[3:7]}", f"029 20{d[:2]} {d[2:6]}", f"0131 {d[:3]} {d[3:7]}",
            f"+44 20 7{d[:3]} {d[3:7]}", f"0300 123 {d[:4]}", f"01865 {d[:6]}", f"01223 {d[:6]}", f"0044 114 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(
            (
                "612",
                "206",
                "617",
                "312",
                "713",
                "507",
                "734",
                "919",
                "615",
                "303",
                "410",
                "503",
                "608",
                "602",
                "412",
                "404",
            )
        )
        shapes = (
            f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}", f"+1 {area} {d[:3]} {d[3:]}",
            f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-800-{d[:3]}-{d[3:]}", f"({area}) 555-01{d[:2]}", f"{area}-555-01{d[:2]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}", f"040 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:4]} {d[4:8]}",
            f"0049 6221 {d[:6]}", f"+48 {d[:3]} {d[3:6]} {d[6:9]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"00964 77{d[:8]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+387 61 {d[:3]} {d[3:6]}", f"+252 61 {d[:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+291 7 {d[:6]}", f"+44 7{d[:3]} {d[3:9]}", f"+1 (612) {d[:3]}-{d[3:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for a centenarian (`+` in 10 digits)."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1939, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            self.forms["personnummer +"] += roll < 0.75
            return (
                f"{date}+{serial}{check}" if roll < 0.75 else f"{year // 100}{date}-{serial}{check}"
            )
        shape = "12-" if roll < 0.4 else "10-" if roll < 0.78 else "12" if roll < 0.9 else "10"
        self.forms[f"personnummer {shape}"] += 1
        if shape == "12-":
            return f"{year // 100}{date}-{serial}{check}"
        if shape == "10-":
            return f"{date}-{serial}{check}"
        if shape == "12":
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 199))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self, number: bool = True) -> str:
        street = self.rng.choice(SV_STREETS)
        return f"{street} {self.number()}" if number else street

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as rural routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[30:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1):03d}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.18
        street = self.village() if rural else self.sv_street()
        if not rural:
            roll = r.random()
            if lgh or roll < 0.14:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
            elif roll < 0.2:
                street += f", {r.randrange(1, 7)} tr"
            elif roll < 0.23:
                street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def clinic(self) -> str:
        """A blood centre's or a trial unit's visiting address."""
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if roll < 0.35:
            street += f", plan {r.randrange(1, 9)}"
        elif roll < 0.5:
            street += f", {r.randrange(1, 6)} tr"
        return f"{street}, {self.sv_postal()}" if r.random() < 0.7 else street

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.25:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)), 1)
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ACDEFHKNPRTVWXY") + r.choice("ACDEFHKNPRTVWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form` (a genitive's ending is added by `fill`, no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address.
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
    elif form in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if form in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if form in ("g", "n") else value.upper() if form == "GU" else value
    elif form in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if form == "s" else value.upper() if form == "SU" else value
    elif form == "I":
        words = surname
        value = (
            "-".join(p[0] for p in person.first.replace(" ", "-").split("-")) + f". {person.last}"
        )
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif form == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif form == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    return [(value, "PERSON")]


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


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.sv_street(number=False), "ADDRESS"),
        "STUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "CLIN": lambda: (draw.clinic(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(lgh=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHL": lambda: (draw.phone(mobile=False), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.mailbox(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{':' if lang == 'en' else r.choice(('.', ':'))}{r.choice(('00', '10', '15', '30', '40', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "YEAR": lambda: (str(r.randrange(1942, 2006)), None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1942, 2006)}", None),
        "AMT": lambda: (r.choice((f"{r.randrange(100, 4000)} kr", f"{r.randrange(1, 9)} {r.randrange(0, 1000):03d} kr", f"{r.randrange(50, 900)},{r.choice(('00', '50', '40'))} kr", f"SEK {r.randrange(200, 6000)}")), None),
        "GBP": lambda: (f"£{r.randrange(5, 400)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(15, 900)}.{r.randrange(100):02d}", None),
        "KM": lambda: (str(r.randrange(4, 420)), None),
        "HB": lambda: (str(r.randrange(118, 168)), None),
        "HBL": lambda: (str(r.randrange(98, 125)), None),
        "BG": lambda: (r.choice(("0 RhD+", "0 RhD-", "A RhD+", "A RhD-", "B RhD+", "AB RhD+", "0 pos", "A neg", "O negative", "A positive", "B pos")), None),
        "DONNR": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"G{r.randrange(10000, 99999)}", f"{r.randrange(1000, 9999)}-{r.randrange(100, 999)}")), None),
        "SUBJ": lambda: (r.choice((f"{r.randrange(101, 130)}-{r.randrange(1, 60):03d}", f"SE{r.randrange(1, 12):02d}-{r.randrange(1, 99):03d}", f"{r.randrange(1001, 1399)}", f"S-{r.randrange(10, 99)}-{r.randrange(100, 999)}")), None),
        "STUDY": lambda: (r.choice(("FERRO-2", "VACC-SE-04", "GLUKOS 301", "HEMO-B", "IRONMAN-2", "PLASMA-COV", "ASA-ELD", "BEAT-HF", "RSV-OLD-03", "MIGRÄN-X", "KOLA-2", "DIAB-STEP", "SLEEP-ON", "TB-PREV")), None),
        "DNR": lambda: (f"{r.randrange(2021, 2028)}-{r.randrange(100, 9999):05d}-{r.randrange(1, 3):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 999999)}", f"{r.choice('ABCKLM')}{r.randrange(100000, 999999)}")), None),
        "TOWN": lambda: ((r.choice(UK_TOWNS)[0] if r.random() < 0.6 else r.choice(US_TOWNS)[0]) if lang == "en" else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    return values[form]()


FILLERS = {"A", "AL", "AR", "ARL", "ALGH", "ST", "STN", "STUK", "HBL", "DOB", "CLIN", "a", "BOX", "AU", "AUL", "au", "AUS", "AUSL", "AX", "AXL", "PH", "PHM", "PHL", "PHF", "PHUK", "PHUS", "PHX", "PNR", "PNRO", "EF", "DATE", "DATEEN", "TIME", "NUM", "YEAR", "AMT", "GBP", "USD", "KM", "HB", "BG", "DONNR", "SUBJ", "STUDY", "DNR", "REF", "TOWN", "DAY", "DAYEN"}  # fmt: skip
assert not FILLERS & PERSON_FORMS and not {
    f for f in FILLERS if f[-1] in "s'" and f[:-1] in PERSON_FORMS
}


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    """A template's text with every slot filled, and the spans of its values."""
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        ending = None
        if (
            form not in PERSON_FORMS
            and form not in FILLERS
            and form[-1] in "s'"
            and form[:-1] in PERSON_FORMS
        ):
            form, ending = form[:-1], form[-1]
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
            if ending:
                segments.append((genitive(segments[0][0], ending == "'"), None))
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """FO's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw | None = None) -> None:
    """Counts only: no row of FO is printed."""
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
                before = text[max(0, span["start"] - 12) : span["start"]]
                forms["one word"] += " " not in value
                forms["one word, lower case, in chat"] += " " not in value and value.islower()
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["after @"] += before.endswith("@")
                forms["in brackets"] += (
                    before.endswith("(") and text[span["end"] : span["end"] + 1] == ")"
                )
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
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
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with -"] += "-" in value
                forms["personnummer with +"] += "+" in value
                forms["personnummer without separator"] += value.isdigit()
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value {sum(empty.values())}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}; typed plain: {draw.forms['typed plain']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        print(
            f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}"
        )


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
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
            problems["kind"] += span["kind"] not in KINDS
            problems["empty or out of bounds"] += not 0 <= start < stop <= len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer check digit"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
    sizes = Counter(row["lang"] for row in rows)
    problems["sizes"] += dict(sizes) != SIZES
    print(
        f"{path.name}: {len(rows)} rows, {sum(len(r['spans']) for r in rows)} spans, {len(ids)} ids"
    )
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    stats(rows)
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
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
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
