# ruff: noqa: E501
"""Generate held-out HL for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninety-ninth writer.

    python data/pii/generate_hl.py            # writes data/pii/generated-heldout-hl.jsonl
    python data/pii/generate_hl.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hl.py --check    # checks the written file, prints counts only
    python data/pii/generate_hl.py --seed 7 --out /tmp/hl.jsonl   # a scratch seed

HL's names are drawn by how often people carry them: every name word comes from `names_hl.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row roughly as Sweden's population is. The genre is
midwives and maternity care (`templates_hl.py`): antenatal appointments and reminders, intake
notes, birth plans and birth letters, parents' classes and their lists, home visits after the
birth, lab results, referrals, labour-ward handovers, birth announcements, doulas, and the chats of
parents and midwives, in Swedish, English and mixed text, with addresses, phones, e-mail addresses
and personnummer. Written by a helper who does not tune the detector, who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), two sections of `docs/privacy.md` (the write-ups of AW and CL) and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, nor any other set's
names, templates or rows, nor any score or error listing. HL was never run through the detector
by its writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
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

from names_hl import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hl import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270276
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hl.jsonl"
SPLIT = "heldout-hl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, none named after a person.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Östra Järnvägsgatan",
    "Västra Storgatan", "Nygatan", "Hamngatan", "Trädgårdsgatan", "Bangårdsgatan", "Södra Vägen",
    "Sjukhusvägen", "Hälsovägen", "Björkvägen", "Lönnvägen", "Syrenvägen", "Ringvägen", "Parkvägen",
    "Solvägen", "Lingonvägen", "Hagvägen", "Idrottsvägen", "Backvägen", "Ekbacksvägen", "Tallvägen",
    "Fågelsångsvägen", "Vårdvägen", "Mossvägen", "Klövervägen", "Rosenvägen", "Gullvivevägen",
    "Trastsvängen", "Duvsvängen", "Ekorrsvängen", "Nötskrikesvängen", "Lindallé", "Kastanjeallén",
    "Parkallén", "Almallén", "Kvarnbacken", "Trädgårdsbacken", "Solbacken", "Kyrkbacken",
    "Klockarbacken", "Hasselstigen", "Vallmostigen", "Blåklintsstigen", "Smultronstigen",
    "Havrestigen", "Stortorget", "Fisktorget", "Nytorget", "Södra torg", "Brunnstorg",
    "Järnvägsplan", "Skolplan", "Kyrkplan", "Bryggargränd", "Klockgränd", "Sjömansgränd",
    "Tullgränd", "Norra Kajen", "Södra Kajen", "Hamnkajen", "Strandkajen", "Kanalkajen",
    "Fabriksgatan", "Mejerigatan", "Läkarvägen", "Barnmorskegatan", "Sundsgatan", "Ängsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes; the second part are smaller towns whose
# countryside has rural postcodes (xxx 9x).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 463), ("Östersund", 831, 832),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Motala", 591, 591),
    ("Ystad", 271, 271), ("Visby", 621, 621), ("Kiruna", 981, 981), ("Piteå", 941, 941),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871), ("Alingsås", 441, 441),
    ("Kungsbacka", 434, 434), ("Varberg", 432, 432), ("Lidköping", 531, 531), ("Mariestad", 542, 542),
    ("Enköping", 745, 745), ("Norrtälje", 761, 761), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824),
    ("Ludvika", 771, 771), ("Borlänge", 781, 781), ("Katrineholm", 641, 641), ("Ängelholm", 262, 262),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Vänersborg", 462, 462), ("Arvika", 671, 671),
    ("Kumla", 692, 692), ("Nässjö", 571, 571), ("Värnamo", 331, 331), ("Oskarshamn", 572, 572),
    ("Västervik", 593, 593), ("Karlshamn", 374, 374), ("Eslöv", 241, 241), ("Höör", 243, 243),
    ("Kramfors", 872, 872), ("Sollefteå", 881, 881), ("Mora", 792, 792), ("Lycksele", 921, 921),
    ("Gällivare", 982, 982), ("Boden", 961, 961), ("Sala", 733, 733), ("Köping", 731, 731),
    ("Lindesberg", 711, 711), ("Hallsberg", 694, 694),
)  # fmt: skip
RURAL_FROM = 24  # SV_TOWNS[RURAL_FROM:] have rural postcodes in this set
# Villages and hamlets as rural addresses have them (`Rävsta 118`).
VILLAGES = (
    "Lillby", "Rävsta", "Sörby", "Norrby", "Västerby", "Östby", "Kyrkbyn", "Ängsbacken", "Myrbacken",
    "Bäckebo", "Tallåsen", "Granlunda", "Sjöhagen", "Björkhult", "Ekeberga", "Ramsjö", "Övre Gärdet",
    "Nedre Sävsta", "Stenstorp", "Hultet", "Kärrtorp", "Mossebo", "Lövåsen", "Torpet", "Brännan",
    "Åsbyn", "Västanå", "Östanbäck", "Hällbacken", "Stora Lunda", "Lilla Bjärka", "Kvarnängen",
)  # fmt: skip
UK_STREETS = (
    "Church Road", "Station Road", "Park Road", "Manor Road", "The Crescent", "Orchard Way",
    "Meadow Close", "Mill Lane", "Chapel Street", "Highfield Road", "Grange Road", "New Road",
    "Green Lane", "School Lane", "Springfield Avenue", "Oak Tree Drive", "Beech Grove",
    "Willow Gardens", "Cedar Court", "Holly Bank", "Hawthorn Way", "Castle Street", "Bridge Road",
    "Moorland View", "Priory Walk", "Elm Terrace", "Riverside", "Farm Lane", "Sycamore Avenue",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Manchester", "M"), ("Birmingham", "B"),
    ("Nottingham", "NG"), ("Leicester", "LE"), ("Norwich", "NR"), ("Cardiff", "CF"), ("Swansea", "SA"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Newcastle upon Tyne", "NE"),
    ("York", "YO"), ("Exeter", "EX"), ("Plymouth", "PL"), ("Brighton", "BN"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("Reading", "RG"), ("Liverpool", "L"), ("Preston", "PR"), ("Belfast", "BT"),
    ("London", "E"), ("London", "SE"), ("London", "N"),
)  # fmt: skip
UK_HOUSES = ("Rowan Cottage", "The Old School House", "Meadow View", "2 The Mews", "Orchard House", "Stable Cottage", "The Granary")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Cedar Lane", "Pine Ridge Road", "Lakeview Drive", "Hillcrest Drive", "River Road", "Meadowbrook Lane", "Park Place", "Spring Street", "Highland Avenue", "Cherry Lane", "Willow Court", "Sunset Boulevard")  # fmt: skip
US_TOWNS = (
    ("Columbus", "OH", 432), ("Austin", "TX", 787), ("Portland", "OR", 972), ("Madison", "WI", 537),
    ("Minneapolis", "MN", 554), ("Denver", "CO", 802), ("Raleigh", "NC", 276), ("Albuquerque", "NM", 871),
    ("Sacramento", "CA", 958), ("Asheville", "NC", 288), ("Burlington", "VT", 54), ("Ann Arbor", "MI", 481),
    ("Boulder", "CO", 803), ("Seattle", "WA", 981), ("Nashville", "TN", 372), ("Providence", "RI", 29),
    ("Tucson", "AZ", 857),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:80331-80339} München", "Gartenweg {n}, {z5:50667-50999} Köln",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue des Tilleuls, {z5:33000-33800} Bordeaux",
    "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere", "Kauppakatu {n} A {m}, {z5:40100-40900} Jyväskylä",
    "Storgata {n}, {z4:0155-0190} Oslo", "Vesterbrogade {n}, {m}. th., {z4:1620-1699} København V",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Kwiatowa {n} m. {m}, 30-{z3:100-999} Kraków",
    "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid", "Via Nazionale {n}, {z5:00184-00187} Roma",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Ilica {n}, {z5:10000-10000} Zagreb",
    "Bulevar oslobođenja {n}, {z5:21000-21000} Novi Sad", "Bağdat Caddesi No: {n} D: {m}, {z5:34710-34740} Kadıköy/İstanbul",
    "Lindenallee {n}, {z4:1010-1230} Wien", "Avenida Providencia {n}, depto {m}0{m}, Providencia, Santiago",
    "Rue du Marché {n}, {z4:1000-1210} Bruxelles", "Riia {n}-{m}, {z5:51010-51014} Tartu",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband.net", "yahoo.com", "hotmail.co.uk")  # fmt: skip
WORK = ("region.example.se", "vard.example.se", "example.se", "example.com", "example.org", "example.nhs.uk")  # fmt: skip
ORG_MAIL = (
    "barnmorskemottagningen.centrum@region.example.se", "bmm.vaster@vard.example.se",
    "forlossningen@region.example.se", "kvinnokliniken@vard.example.se", "info@doula.example.se",
    "foraldrautbildning@region.example.se", "ultraljud@vard.example.se",
    "antenatal.classes@example.nhs.uk", "maternity.bookings@example.nhs.uk",
    "results@lab.example.com", "hello@birthcenter.example.com", "midwives@example.org",
)  # fmt: skip
PETS = ("Sixten", "Bamse", "Molly", "Doris", "Greta", "Sigge", "Ludde", "Charlie", "Bella", "Morris", "Zorro", "Frasse", "Selma", "Milo", "Nala", "Simba", "Luna", "Rufus", "Biscuit", "Murphy", "Poppy", "Alfie", "Teddy")  # fmt: skip
# The second part of a Swedish double given name, as such names are commonly formed.
SECOND_F = (
    "Marie",
    "Lena",
    "Karin",
    "Louise",
    "Sofie",
    "Maria",
    "Christin",
    "Britt",
    "Charlotte",
    "Lotta",
    "Li",
)
SECOND_M = ("Erik", "Olof", "Johan", "Göran", "Åke", "Anders", "Gustav", "Axel", "Arne", "Fredrik")
AREA3 = ("11", "13", "16", "18", "19", "21", "23", "26", "31", "33", "35", "36", "40", "42", "44", "46", "54", "60", "63", "90")  # fmt: skip
AREA4 = ("120", "141", "150", "155", "171", "220", "240", "250", "270", "280", "300", "320", "346", "370", "410", "431", "451", "470", "480", "498", "510", "520", "532", "560", "586", "611", "620", "640", "660", "680", "910", "920", "940", "950", "960", "980")  # fmt: skip
UK_LAND = ("0113 496", "0114 496", "0117 496", "0118 496", "0121 496", "0131 496", "0141 496", "0151 496", "0161 496", "020 7946", "029 2018", "028 9018")  # fmt: skip


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
    """Every value of HL from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.05
        ):  # Anna-Karin, Karl-Johan
            second = (r.choice(SECOND_F if woman else SECOND_M), "head")
            if second[0] != given[0][0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.4}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        if surname[0][0] == given[0][0]:  # `Hassan Hassan` is carried, but seldom: one more draw
            surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            self.forms["typed plain"] += 1
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def middle_for(self, person: Person) -> list[Word]:
        """The person's middle name; one is drawn for a form that writes it if the person had none."""
        if not person.middle:
            pool = (
                ORIGINS[person.origin].given_f if person.woman else ORIGINS[person.origin].given_m
            )
            word = self.pick(pool)
            if word[0] not in (w for w, _ in person.given):
                person.middle = [word]
        return person.middle

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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.choice(('84', '90', '93', '95', '98', '01'))}"))  # fmt: skip
        domain = r.choice(WORK if r.random() < 0.35 else MAIL)
        if domain == "example.nhs.uk" and self.lang != "en":
            domain = "region.example.se"
        return f"{local}@{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "any") -> str:
        """A Swedish number in the groupings people write: a mobile, or a landline or switchboard."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        mobile = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
        )  # fmt: skip
        a3, a4 = r.choice(AREA3), r.choice(AREA4)
        land = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:3]} {d[3:5]} {d[5:7]}"), (4, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a3}-{d[:7]}"), (2, f"+46 {a3} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a4}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a4}-{d[:3]} {d[3:5]}"), (2, f"0{a4} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a4}{d[:6]}"), (1, f"+46 {a4} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){a4}-{d[:3]} {d[3:5]}"),
            (2, f"0{a3}-{d[:3]} 00 00"), (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        shapes = mobile if kind == "mobile" else land if kind == "land" else mobile + land
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r, d = self.rng, self.digits(4)
        shapes = (
            (6, f"07700 900{d[:3]}"), (3, f"07700 900 {d[:3]}"), (2, f"+44 7700 900{d[:3]}"), (1, f"+44 (0)7700 900 {d[:3]}"),
            (1, f"07700900{d[:3]}"), (5, f"{r.choice(UK_LAND)} 0{d[:3]}"), (1, f"+44 {r.choice(UK_LAND)[1:]} 0{d[:3]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_us(self) -> str:
        r, d = self.rng, self.digits(2)
        area = r.choice(
            (
                "614",
                "512",
                "503",
                "608",
                "612",
                "303",
                "919",
                "505",
                "916",
                "828",
                "802",
                "734",
                "206",
                "615",
                "401",
                "520",
            )
        )
        return r.choice((f"({area}) 555-01{d}", f"{area}-555-01{d}", f"{area}.555.01{d}", f"+1 {area} 555 01{d}", f"+1 ({area}) 555-01{d}", f"1-{area}-555-01{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+44 7700 900{d[:3]}", f"+49 170 {d[:7]}", f"0049 30 {d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+964 770 {d[:3]} {d[3:7]}", f"+964 750 {d[:7]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"0098 935 {d[:7]}", f"+252 61 {d[:7]}",
            f"+291 7 {d[:6]}", f"+93 70 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:7]}", f"+385 91 {d[:3]} {d[3:7]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:8]}", f"+1 (614) 555-01{d[:2]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, born: tuple[int, int], old: bool = False, baby: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` for someone past a hundred."""
        r = self.rng
        year = r.randrange(*born)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < (0.6 if baby else 0.38):
            self.forms["pnr 12 with hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            self.forms["pnr 10 with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
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
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.22
        street = self.village() if rural else self.sv_street()
        if not rural:
            roll = r.random()
            if lgh or roll < 0.14:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            elif roll < 0.2:
                street += f", {r.randrange(1, 7)} tr"
            elif roll < 0.23:
                street += f", {r.randrange(1, 5)} tr."
            elif roll < 0.25:
                street += f", uppg. {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        town, code = self.town(r.random() < 0.3)
        return f"Box {r.randrange(10, 9999)}{joint}{code[:3]} {code[3:]} {town}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.42:
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

    P full name, p the same in lower case, U in capitals, F with middle names, G/g/GU the given
    name (sometimes its short form; lower case, capitals), N/n the short form where the name has
    one, S/s/SU the surname, I an initial (or two) and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname = person.given, person.surname
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
        middle = draw.middle_for(person)
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "GU", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if person.middle and draw.rng.random() < 0.35:
            words = person.middle + surname
            initials += f" {person.middle[0][0][0]}."
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
        ending = genitive(value, english)
        if ending:
            segments.append((ending, None))
    return segments


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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    grams = r.randrange(2350, 4700)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "AC": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(lines=r.random() < 0.4), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUC": lambda: (draw.uk_address().upper(), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone("mobile"), "PHONE"),
        "PHL": lambda: (draw.phone("land"), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EO": lambda: (r.choice(ORG_MAIL), "EMAIL"),
        "PNR": lambda: (draw.national_id((1979, 2008)), "NATIONAL_ID"),
        "PNRG": lambda: (draw.national_id((1948, 1977)), "NATIONAL_ID"),
        "PNRB": lambda: (draw.national_id((2026, 2028), baby=True), "NATIONAL_ID"),
        "PNROLD": lambda: (draw.national_id((1919, 1927), old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "DOB": lambda: (f"{month:02d}/{day:02d}/{r.randrange(1984, 2005)}", None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(8, 18):02d}:{r.choice(('00', '15', '30', '45'))}", r.choice((f"{r.randrange(8, 12)}.{r.choice(('00', '30'))}am", f"{r.randrange(1, 6)}.{r.choice(('00', '30'))}pm")))), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "GW": lambda: (f"{r.randrange(9, 42)}+{r.randrange(7)}", None),
        "GWL": lambda: (f"{r.randrange(35, 42)}+{r.randrange(7)}", None),
        "HB": lambda: (str(r.randrange(96, 142)), None),
        "BP": lambda: (f"{r.randrange(100, 146)}/{r.randrange(60, 92)}", None),
        "WT": lambda: (f"{grams // 1000} {grams % 1000:03d}", None),
        "WTEN": lambda: (r.choice((f"{grams // 454} lb {round(grams % 454 / 28.35)} oz", f"{grams / 1000:.2f} kg", f"{grams} g")), None),
        "LEN": lambda: (str(r.randrange(46, 56)), None),
        "SF": lambda: (str(r.randrange(18, 40)), None),
        "GLU": lambda: (f"{r.randrange(40, 112) / 10:.1f}".replace(".", "." if en else ","), None),
        "ROOM": lambda: (str(r.randrange(1, 13)), None),
        "CODE": lambda: (f"{r.randrange(1000, 10000)}", None),
        "ORG": lambda: (f"{r.choice(('556', '559', '232', '802', '969'))}{r.randrange(100, 1000)}-{r.randrange(1000, 10000)}", None),
        "BG": lambda: (f"{r.randrange(100, 10000)}-{r.randrange(1000, 10000)}", None),
        "NHS": lambda: (f"{r.randrange(400, 800)} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}", None),
        "MRN": lambda: (f"{r.randrange(10**7):08d}", None),
        "INS": lambda: (f"{r.choice('WXYZ')}{r.choice('ABCDEFGH')}{draw.digits(9)}", None),
        "NMC": lambda: (f"{r.randrange(70, 100)}{r.choice('ABCDEFGHIJ')}{r.randrange(1000, 10000)}{r.choice('EOSW')}", None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 100)}{r.choice('0123456789ACDEF')}", None),
        "PET": lambda: (r.choice(PETS), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(300, 18000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(400, 3000):,}", None),
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
    """HL's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of HL is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives "
        + ", ".join(f"{la} {sum(1 for x, _ in NEGATIVES if x == la)}" for la in SIZES)
    )


PNR = re.compile(r"(?:\d{2})?(\d{6})[-+]?(\d{4})")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["row keys"] += 1
        if row["id"] in ids or not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"]):
            problems["id"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop, kind = span["start"], span["end"], span["kind"]
            value = text[start:stop] if 0 <= start < stop <= len(text) else ""
            if not value:
                problems["empty or out of bounds"] += 1
            elif value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = max(end, stop)
            if kind not in KINDS:
                problems["kind"] += 1
            if kind == "NATIONAL_ID":
                match = PNR.fullmatch(value)
                if not match or luhn(match.group(1) + match.group(2)[:3]) != int(match.group(2)[3]):
                    problems["personnummer check digit"] += 1
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    return sum(problems.values())


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
    print(f"sha256 {hashlib.sha256(args.out.read_bytes()).hexdigest()}")


if __name__ == "__main__":
    main()
