# ruff: noqa: E501
"""Generate held-out AN for personal-data detection (issue 15): names as the population has them,
a nineteenth writer.

    python data/pii/generate_an.py          # writes data/pii/generated-heldout-an.jsonl
    python data/pii/generate_an.py --stats  # counts only (sizes, forms, the head/tail split)

Every name word comes from `names_an.py`'s weighted pools (SCB's ranks for Sweden, the US
Census 1990 per cents, ONS rankings for the UK, the commonest names of the origins common in
Sweden), 80% from the head of a list and 20% from its tail, mixed by the language of the row
roughly as Sweden's population is made up. The genres are those of public life and the press
(`templates_an.py`): municipal and regional decisions and minutes, court judgments and
summonses, police reports and witness statements, press releases, news articles and letters to
the editor, parliamentary motions and questions, freedom-of-information requests and replies,
church and association newsletters; in Swedish, English and both at once.

Written by a helper who does not tune the detector and who read neither its rules, lexicons and
tagger (`src/rung/privacy/`) nor any dev set's error listing nor any other set's names and
templates (`generate_ag.py` was read for its mechanics: the seeded draw, the slot filler, the
row format and `--stats`). AN was never run through the detector by its writer, and its names
were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.

Labelling: a title or role (`Dr`, `advokat`, `Cllr`) is no part of a PERSON value, nor is a
genitive's ending (`Annas` -> `Anna`, `Sarah's` -> `Sarah`); party letters after a name
(`(S)`) are outside it. A `c/o` name is a PERSON and the street address after it an ADDRESS.
Service numbers (`112`, `114 14`, `101`, `999`), organisation numbers, bankgiro numbers, case
and file numbers, streets and squares named without a number as places, and people's names
inside street names (`Olof Palmes gata 3` is one ADDRESS) are not PERSON or PHONE values.
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

from names_an import HEAD_SHARE, MIXES, ORIGINS, Pool, feminine, nicknames, plain  # noqa: E402
from templates_an import EN, FILL, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20261227
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-an.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# --- Places (the writer's knowledge) -----------------------------------------------------------

SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Nygatan",
    "Järnvägsgatan", "Stationsgatan", "Trädgårdsgatan", "Östra Långgatan", "Västra Långgatan",
    "Södra Vägen", "Norra Vägen", "Industrigatan", "Hantverkargatan", "Bryggargatan", "Brogatan",
    "Hamngatan", "Vasagatan", "Sveavägen", "Götgatan", "Hornsgatan", "Sankt Eriksgatan",
    "Birger Jarlsgatan", "Olof Palmes gata", "Selma Lagerlöfs väg", "Dag Hammarskjölds väg",
    "Linnégatan", "Ringvägen", "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen",
    "Rönnvägen", "Aspvägen", "Lindvägen", "Almvägen", "Hasselvägen", "Sjövägen", "Skogsvägen",
    "Ängsvägen", "Åkervägen", "Solrosvägen", "Blåklintsvägen", "Prästgårdsvägen", "Kvarnvägen",
    "Mejerivägen", "Sågverksvägen", "Idrottsvägen", "Gamla Landsvägen", "Lasarettsvägen",
    "Rinkebysvängen", "Ekbackssvängen", "Björksvängen", "Granbackssvängen", "Tensta allé",
    "Hammarby allé", "Lindallén", "Kastanjeallén", "Slottsbacken", "Kvarnbacken", "Solbacken",
    "Kyrkbacken", "Tallbacke", "Ekbacke", "Lärkstigen", "Rosenstigen", "Blåbärsstigen",
    "Hjortronstigen", "Vitsippsstigen", "Ängsstigen", "Stortorget", "Lilla torget", "Kungstorget",
    "Fisktorget", "Gustav Adolfs torg", "Karlaplan", "Odenplan", "Fridhemsplan", "Kyrkplan",
    "Prästgränd", "Tulpangränd", "Smedsgränd", "Kråkgränd", "Brunnsgränd", "Ekslingan",
    "Björkslingan", "Vallmolyckan", "Möllevångsgatan", "Södra Förstadsgatan", "Fleminggatan",
    "Hälsingegatan", "Bergsgatan", "Slottsgatan", "Fabriksgatan", "Tingsgatan", "Postgatan",
    "Klockaregatan", "Kapellgatan", "Sandgatan", "Långgatan", "Parkvägen", "Villagatan",
)  # fmt: skip
SV_RURAL = ("Norrbyn", "Västanå", "Lillgården", "Hultet", "Östra Torp", "Skogsby", "Sörby", "Ängsbacka", "Kvarnbo", "Backa")  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Östersund", 831, 832), ("Trollhättan", 461, 461), ("Luleå", 972, 975), ("Lidköping", 531, 531),
    ("Falkenberg", 311, 311), ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Landskrona", 261, 261),
    ("Hässleholm", 281, 281), ("Kristianstad", 291, 291), ("Karlshamn", 374, 374), ("Kalmar", 392, 393),
    ("Västervik", 593, 593), ("Visby", 621, 621), ("Nyköping", 611, 611), ("Katrineholm", 641, 641),
    ("Köping", 731, 731), ("Karlskoga", 691, 691), ("Mora", 792, 792), ("Falun", 791, 791),
    ("Borlänge", 781, 784), ("Ludvika", 771, 771), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824),
    ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Skellefteå", 931, 931), ("Piteå", 941, 941),
    ("Kiruna", 981, 981), ("Vänersborg", 462, 462), ("Uddevalla", 451, 451), ("Alingsås", 441, 441),
    ("Kungälv", 442, 442), ("Kungsbacka", 434, 434), ("Varberg", 432, 432), ("Mölndal", 431, 431),
    ("Skövde", 541, 541), ("Värnamo", 331, 331), ("Motala", 591, 591), ("Norrtälje", 761, 761),
    ("Enköping", 745, 745), ("Märsta", 195, 195), ("Täby", 183, 183), ("Lidingö", 181, 181),
    ("Nacka", 131, 131), ("Tyresö", 135, 135), ("Huddinge", 141, 141), ("Tumba", 147, 147),
    ("Järfälla", 175, 177), ("Sollentuna", 191, 192), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Bromma", 161, 168), ("Hägersten", 126, 129), ("Farsta", 123, 123), ("Spånga", 163, 163),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue",
    "Queens Road", "Manor Way", "The Green", "Chapel Street", "Orchard Close", "Meadow View",
    "St John's Road", "Beech Grove", "Holly Close", "Kingsway", "Castle Street", "Albion Terrace",
    "Windsor Crescent", "Moorland Drive", "Cromwell Road", "Nelson Street", "Wellington Place",
    "Coronation Avenue", "Bridge End", "Fore Street", "Northgate", "Acacia Avenue", "Grove Park",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SW"), ("London", "N"), ("London", "SE"), ("Leeds", "LS"), ("Bradford", "BD"),
    ("Manchester", "M"), ("Salford", "M"), ("Liverpool", "L"), ("Birmingham", "B"),
    ("Coventry", "CV"), ("Leicester", "LE"), ("Nottingham", "NG"), ("Sheffield", "S"),
    ("Newcastle upon Tyne", "NE"), ("Sunderland", "SR"), ("Bristol", "BS"), ("Bath", "BA"),
    ("Plymouth", "PL"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Belfast", "BT"), ("Norwich", "NR"),
    ("Ipswich", "IP"), ("Cambridge", "CB"), ("Oxford", "OX"), ("Harrogate", "HG"),
    ("Lancaster", "LA"), ("Carlisle", "CA"), ("Hull", "HU"), ("Brighton", "BN"),
)  # fmt: skip
UK_VILLAGES = (("Little Ashby", "Leicestershire", "LE"), ("Upper Slaughter", "Gloucestershire", "GL"), ("Nether Wallop", "Hampshire", "SO"), ("Kirkby Lonsdale", "Cumbria", "LA"), ("Much Hadham", "Hertfordshire", "SG"), ("Great Ayton", "North Yorkshire", "TS"))  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Rectory", "Ivy House", "Orchard Barn", "2 Mill Cottages", "The Laurels", "Hillside Farm")  # fmt: skip
US_STREETS = ("Maple Ave", "Oak Street", "Elm St", "Washington Blvd", "Lincoln Avenue", "Park Drive", "Cedar Lane", "Lakeshore Dr", "Main St", "Pine Street", "Sunset Boulevard", "Hillcrest Road", "W 4th St", "N Broadway", "Jefferson Ave")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Duluth", "MN", 558), ("Chicago", "IL", 606), ("Rockford", "IL", 611), ("Seattle", "WA", 981), ("Portland", "OR", 972), ("Austin", "TX", 787), ("Houston", "TX", 770), ("Denver", "CO", 802), ("Boston", "MA", 21), ("Worcester", "MA", 16), ("Brooklyn", "NY", 112), ("Albany", "NY", 122), ("Madison", "WI", 537), ("Omaha", "NE", 681), ("Columbus", "OH", 432), ("Atlanta", "GA", 303))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-14199} Berlin", "Goethestraße {n}, {z5:80331-81929} München",
    "Schulweg {n}a, {z5:20095-22769} Hamburg", "Bahnhofstraße {n}, {z5:50667-51149} Köln",
    "{n} rue des Lilas, {z5:75001-75020} Paris", "{n} avenue Victor Hugo, {z5:69001-69009} Lyon",
    "{n}, rue de la Gare, {z5:67000-67200} Strasbourg", "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere",
    "Mannerheimintie {n} A {m}, 00{z3:100-990} Helsinki", "Aleksanterinkatu {n}, {z5:20100-20900} Turku",
    "Thorvald Meyers gate {n}, 0{z3:150-599} Oslo", "Kongens gate {n}, {z4:7011-7099} Trondheim",
    "Nørrebrogade {n}, {m}. tv., 2200 København N", "Vestergade {n}, {z4:5000-5270} Odense C",
    "ul. Marszałkowska {n} m. {m}, 00-{z3:100-999} Warszawa", "ul. Floriańska {n}/{m}, 31-{z3:001-199} Kraków",
    "Calle de Alcalá {n}, {m}º izq., 280{z2:01-55} Madrid", "Carrer de Provença {n}, 080{z2:08-40} Barcelona",
    "Oudegracht {n}, {z4:3511-3585} {L2} Utrecht", "Keizersgracht {n}-{m}, {z4:1015-1017} {L2} Amsterdam",
    "Via Garibaldi {n}, {z5:10121-10156} Torino", "Mariahilfer Straße {n}/{m}, 10{z2:60-70} Wien",
    "Tartu mnt {n}-{m}, 10{z3:111-149} Tallinn",
)  # fmt: skip
SV_COURTS = ("Stockholms tingsrätt", "Göteborgs tingsrätt", "Malmö tingsrätt", "Södertörns tingsrätt", "Attunda tingsrätt", "Solna tingsrätt", "Uppsala tingsrätt", "Linköpings tingsrätt", "Örebro tingsrätt", "Västmanlands tingsrätt", "Umeå tingsrätt", "Luleå tingsrätt", "Hudiksvalls tingsrätt", "Blekinge tingsrätt", "Eksjö tingsrätt", "Varbergs tingsrätt", "Värmlands tingsrätt", "Falu tingsrätt")  # fmt: skip
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "live.se", "icloud.com", "yahoo.se", "bredband.net", "spray.se"),
    "en": ("gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "sky.com"),
}  # fmt: skip
WORK = {
    "sv": ("dom.se", "polisen.se", "riksdagen.se", "svenskakyrkan.se", "regionstockholm.se", "skane.se", "vgregion.se", "lansstyrelsen.se", "advokatbyran.se", "lokaltidningen.se"),
    "en": ("leeds.gov.uk", "bristol.gov.uk", "parliament.uk", "met.police.uk", "nhs.net", "cityofmadison.com", "hennepin.us", "justice.gov.uk", "chronicle-news.co.uk", "stmarys-parish.org.uk"),
}  # fmt: skip


# Given names that begin the hyphenated given names people carry (`Anna-Karin`, `Per-Erik`,
# `Mary-Jane`); the second name is drawn from the same pool.
COMPOUND_FIRST = {
    "swedish": ("Ann", "Anna", "Eva", "Maj", "Britt", "Marie", "Lise", "Inga", "Karl", "Carl", "Lars", "Per", "Jan", "Nils", "Sven", "Hans", "Bengt", "Erik", "Ulla", "Lena"),
    "us": ("Mary", "Anne", "Ann", "Jo", "Sarah"),
    "uk": ("Mary", "Anne", "Ann", "Jo", "Sarah", "Lucy"),
}  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of nine digits (YYMMDDNNN, or an organisation number's first nine)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or two of a hyphenated given name
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    family_first: bool = False  # a Chinese name written surname first
    nick: str | None = None  # the short form this person goes by, if one was drawn

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AN from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.foreign: list[int] = []

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
        if key not in ("swedish", "us", "uk") and self.lang != "en" and r.random() < 0.12:
            sv = ORIGINS["swedish"]  # born in Sweden to parents from abroad: a Swedish given name
            pool = sv.given_f if woman else sv.given_m
        given = [self.pick(pool)]
        if given[0][0] in COMPOUND_FIRST.get(key, ()) and r.random() < 0.12:  # Anna-Karin, Per-Erik
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0] and len(second[0]) > 2:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.04:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.015 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if (
            woman
            and key in ("thai", "finnish")
            and self.lang != "en"
            and r.random() < (0.4 if key == "thai" else 0.2)
        ):
            surname = [self.pick(ORIGINS["swedish"].surnames)]  # married to a Swede
        elif woman:
            surname = [(feminine(w, key), p) for w, p in surname]
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        family_first = key == "chinese" and self.lang == "en" and r.random() < 0.3
        return Person(woman, key, given, surname, middle, joint, family_first)

    def nickname(self, person: Person, rate: float) -> str | None:
        """The short form `person` goes by, drawn once with `rate`, or None."""
        if person.nick is None and len(person.given) == 1:
            forms = nicknames(person.given[0][0], person.origin)
            if forms and self.rng.random() < rate:
                person.nick = self.rng.choice(forms)
        return person.nick

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        lang = "en" if self.lang == "en" or (self.lang == "mixed" and r.random() < 0.4) else "sv"
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace(" ", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given}.{surname}", f"{given[0]}{surname}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}",
                          f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        if r.random() < 0.5:
            domain = r.choice(MAIL[lang])
        elif lang == "sv" and r.random() < 0.5:
            domain = plain(r.choice(SV_TOWNS)[0]).lower() + ".se"
        else:
            domain = r.choice(WORK[lang])
        return f"{local}@{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "11", "35", "36", "46")
        )
        area3 = r.choice(
            (
                "480",
                "910",
                "921",
                "940",
                "651",
                "498",
                "371",
                "520",
                "611",
                "413",
                "510",
                "570",
                "690",
                "970",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (3, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m}-{d[:3]} {d[3:7]}"),
            (1, f"{m}–{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m} - {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46-{m[1:]}-{d[:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046-{m[1:]}-{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (4, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{area2}{d[:6]}"), (2, f"(0{area2}) {d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area3[1:]} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+` or `00`; a shuffled deck, so every country comes round."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {d[:3]} {d[3:5]} {d[5:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:8]}",
            f"+44 7700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"0044 113 496 0{d[:3]}",
            f"+49 30 {d[:8]}", f"+49 (0)151 {d[:4]} {d[4:8]}", f"0049 40 {d[:3]} {d[3:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+1 (612) 555-0{d[:3]}",
            f"+1 206 555 0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"00380 50 {d[:3]} {d[3:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+387 61 {d[:3]} {d[3:6]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        if not self.foreign:
            self.foreign = list(range(len(shapes)))
            r.shuffle(self.foreign)
        return shapes[self.foreign.pop()]

    def phone_uk(self) -> str:
        d = self.digits(4)
        return self.rng.choice((f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"020 7946 0{d[:3]}",
                                f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}",
                                f"01632 960{d[:3]}", f"028 9649 6{d[:3]}", f"0131 496 0{d[:3]}"))  # fmt: skip

    def phone_us(self) -> str:
        d = self.digits(4)
        area = self.rng.choice(
            ("612", "651", "312", "206", "512", "303", "617", "718", "608", "404")
        )
        return self.rng.choice(
            (f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"{area}.555.0{d[:3]}")
        )

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1938, 2010)
        day = r.randrange(1, 29)
        if r.random() < 0.03:
            day += 60  # a samordningsnummer: the same form, the day plus 60
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{day:02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """An organisation number (not personal data): its third digit makes the month 20 or more."""
        r = self.rng
        head = r.choice(("556", "559", "802", "212", "716", "769"))
        body = head + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def sv_street(self) -> str:
        r = self.rng
        if r.random() < 0.04:
            return f"{r.choice(SV_RURAL)} {r.randrange(100, 480)}"
        number = str(min(int(r.expovariate(1 / 12)) + 1, 140))
        if r.random() < 0.12:
            number += r.choice(("A", "B", "C", " A", " B", "a"))
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = out.replace(town, town.upper())
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.12:
            street += f"{r.choice((' ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lgh.'))} {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        joint = (
            "\n" if lines else r.choice((", ", ", ", ", ", ", ", ", " if "gh" in street else " "))
        )
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal(country=True)}"

    def uk_postcode(self, area: str) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.12:
            village, county, area = r.choice(UK_VILLAGES)
            parts = [
                r.choice(UK_HOUSES),
                r.choice(UK_STREETS),
                village,
                county,
                self.uk_postcode(area),
            ]
            return "\n".join(parts) if lines else ", ".join(parts[:-1]) + " " + parts[-1]
        town, area = r.choice(UK_TOWNS)
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        if roll < 0.28:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.34:
            street = f"{r.randrange(1, 60)}{r.choice('ABC')} {street.split(' ', 1)[1]}"
        code = self.uk_postcode(area)
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.08:
            street = f"P.O. Box {r.randrange(10, 9999)}"
        elif r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Apt.', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}{r.choice(('', '', 'B'))}"
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zip_code}"
            if lines
            else f"{street}, {town}, {state} {zip_code}"
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
        out = out.replace(
            "{L2}", r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, lang: str, chat: bool, rng: Random) -> str:
    """The ending of a genitive, which is no part of the name."""
    if lang == "en":
        if name.lower().endswith("s"):
            return rng.choice(("'", "'s"))
        return "'s"
    if name[-1].lower() in "sxz":
        return ""
    if chat and rng.random() < 0.15:
        return "'s"  # as many write it in chat
    return "s"


NICK_RATE = (
    0.06  # a short form for a one-word given name where a template names just the given name
)
NICK_FORM_RATE = 0.75  # where a template is of those who use short forms (`N`, `n`, `NP`)


def person_segments(
    form: str, genitive_lang: str | None, person: Person, draw: Draw
) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    given, surname, middle = person.given, person.surname, person.middle
    r = draw.rng
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    draw.forms[form] += 1
    if form in ("P", "p", "U"):
        words = given + surname
        if person.family_first:
            value = f"{person.last} {person.first}"
        else:
            value = f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif form == "FI":
        words = given + surname
        value = f"{person.first} {(middle[0][0] if middle else r.choice('ABCDEFGHJKLMPRSTW'))[0]}. {person.last}"
        draw.count(middle[:1])
    elif form in ("G", "g", "N", "n"):
        words = given
        rate = NICK_FORM_RATE if form in ("N", "n") else NICK_RATE
        nick = draw.nickname(person, rate)
        value = nick or person.first
        if nick:
            draw.forms["nickname"] += 1
        value = value.lower() if form in ("g", "n") else value
    elif form == "NP":
        words = given + surname
        nick = draw.nickname(person, NICK_FORM_RATE)
        if nick:
            draw.forms["nickname"] += 1
        value = f"{nick or person.first} {person.last}"
    elif form in ("S", "s", "SU"):
        words = surname
        value = (
            person.last.lower()
            if form == "s"
            else person.last.upper()
            if form == "SU"
            else person.last
        )
    elif form == "I":
        words = surname
        initials = "-".join(w[0] for w, _ in given)
        value = f"{initials}. {person.last}" if r.random() < 0.8 else f"{initials} {person.last}"
    elif form == "Gi":
        words = given
        value = f"{person.first} {person.last[0]}."
    elif form == "R":
        words = given + surname
        value = f"{person.last}, {person.first}"
    elif form == "RF":
        words = given + middle + surname
        value = f"{person.last}, " + " ".join([person.first] + [w for w, _ in middle])
    elif form == "RU":
        words = given + middle + surname
        value = f"{person.last.upper()}, " + " ".join([person.first] + [w for w, _ in middle])
    elif form == "RS":
        words = given + surname
        value = f"{person.last} {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if genitive_lang:
        segments.append((genitive(value, genitive_lang, value.islower(), r), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "FI", "G", "g", "N", "n", "NP", "S", "s", "SU", "I", "Gi", "R", "RF", "RU", "RS", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+)([+']?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    months_sv, months_en = FILL["MONTH"], FILL["MONTHEN"]

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "ORGNR": lambda: (draw.org_number(), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day} {months_sv[month - 1]} 2026", f"den {day} {months_sv[month - 1]}", f"{day}/{month} 2026")), None),
        "DATEEN": lambda: (r.choice((f"{day} {months_en[month - 1]} 2026", f"{months_en[month - 1]} {day}, 2026", f"{day:02d}/{month:02d}/2026", f"{day} {months_en[month - 1]}")), None),
        "TIME": lambda: (f"{r.randrange(8, 20)}.{r.choice(('00', '00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}.{r.choice(('00', '15', '30', '45'))}{r.choice(('am', 'pm'))}", f"{r.randrange(8, 20)}:{r.choice(('00', '30'))}")), None),
        "NUM": lambda: (str(r.randrange(12, 2999)), None),
        "AGE": lambda: (str(r.randrange(58, 99)), None),
        "YEAR": lambda: (str(r.randrange(1948, 2007)), None),
        "AMT": lambda: (f"{r.randrange(400, 95000):,} kronor".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(40, 9000):,}", None),
        "USD": lambda: (f"${r.randrange(80, 48000):,}", None),
        "CASE": lambda: (f"{r.randrange(100, 9999)}-{r.choice(('24', '25', '26'))}", None),
        "ENREF": lambda: (f"{r.choice(('FOI', 'PL', 'CR', 'LIC', 'CC'))}/{r.randrange(2024, 2027)}/{r.randrange(1000, 99999)}", None),
        "DNR": lambda: (f"{r.choice(('KS', 'BN', 'SN', 'MBN', 'KFN', 'TN'))} {r.randrange(2024, 2027)}/{r.randrange(10, 2400)}", None),
        "PROP": lambda: (f"{r.choice(FILL['PROPNAME'])} {r.randrange(1, 30)}:{r.randrange(1, 300)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "TOWNUS": lambda: (r.choice(US_TOWNS)[0], None),
        "COURT": lambda: (r.choice(SV_COURTS), None),
        "COURTU": lambda: (r.choice(SV_COURTS).upper(), None),
    }  # fmt: skip
    if form in values:
        return values[form]()
    return r.choice(FILL[form]), None


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    latest: Person | None = None
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, gen, ref, gender = match.groups()
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            elif form == "E" and not ref and latest is not None:
                person = latest  # an e-mail address without `#n` is the last-named person's
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            latest = person
            genitive_lang = {"+": "sv", "'": "en"}.get(gen)
            segments = person_segments(form, genitive_lang, person, draw)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AN's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-an-{len(rows) + 1:04d}", "split": "heldout-an", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AN is printed."""
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
                forms["capitals"] += value.isupper() or bool(re.match(r"[A-ZÅÄÖ]{2,}", value))
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.?(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 3]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value.lower()
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("slot forms: " + ", ".join(f"{k} {v}" for k, v in draw.forms.most_common()))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(SEED)
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
