# ruff: noqa: E501
"""Generate held-out FK for personal-data detection (issue 15): names as the population has them,
the hundred-and-forty-sixth writer. Every name word comes from `names_fk.py`'s pools weighted as people
carry them (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the
commonest names of the origins common in Sweden), 80% from a list's head and 20% from its tail, mixed
by the language of the row roughly as Sweden's population is. The genre (`templates_fk.py`) is a
municipality's building permits and inspections: bygglov, bygganmälan and slutbesked, neighbours'
objections, inspectors' site-visit notes, decisions sent to applicants, architects' and builders'
letters, with property designations beside the addresses. Written by a helper who tunes nothing and
who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format
and `--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector (`src/`), its lexicons, tests or scores, nor any other
set's names, templates or rows. FK was never run through the detector by its writer. Stdlib only;
one seeded Random: same seed, same bytes.

    python data/pii/generate_fk.py            # writes data/pii/generated-heldout-fk.jsonl
    python data/pii/generate_fk.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fk.py --check    # checks the written file, prints counts only
    python data/pii/generate_fk.py --seed 7 --out /tmp/fk.jsonl   # a scratch seed
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

from names_fk import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fk import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270223
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fk.jsonl"
SPLIT = "heldout-fk"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kyrkogatan", "Skolgatan", "Järnvägsgatan", "Nygatan", "Västra Vallgatan",
    "Södra Kungsgatan", "Hantverkargatan", "Trädgårdsgatan", "Fabriksgatan", "Tullgatan", "Norra Esplanaden",
    "Slottsgatan", "Brogatan", "Prästgatan", "Lilla Torggatan", "Östra Promenaden", "Bangårdsgatan",
    "Björkvägen", "Granvägen", "Tallvägen", "Lönnvägen", "Ekvägen", "Rönnvägen", "Hasselvägen", "Idrottsvägen",
    "Skogsvägen", "Ängsvägen", "Solvägen", "Villavägen", "Parkvägen", "Sjövägen", "Gamla vägen", "Bruksvägen",
    "Kvarnvägen", "Tegelbruksvägen", "Sågvägen", "Norra Ringvägen", "Fältvägen", "Backvägen", "Kyrkvägen",
    "Smedjesvängen", "Klöversvängen", "Ekorrsvängen", "Mjölnarsvängen", "Björnbärssvängen",
    "Rosenallé", "Kastanjeallén", "Lindallén", "Hagaallén", "Parkallén",
    "Kyrkbacken", "Smedsbacken", "Prästbacken", "Kvarnbacke", "Ekbacken", "Vinbärsbacken",
    "Hallonstigen", "Lingonstigen", "Mossstigen", "Syrénstigen", "Nyponstigen", "Trastvägen", "Lärkstigen",
    "Stortorget", "Nytorget", "Fisktorget", "Järntorget", "Södra torg", "Hötorget",
    "Stationsplan", "Bryggplan", "Teaterplan", "Kvarnplan",
    "Sjömansgränd", "Repslagargränd", "Kopparslagargränd", "Skomakargränd",
    "Norra Kajen", "Hamnkajen", "Östra kajen", "Skeppsbrokajen",
    "Bäckslingan", "Ekslingan", "Tranbärsgången", "Vallmoraden", "Solliden", "Granhöjden", "Furuhöjden",
)  # fmt: skip
# Towns and the first three digits of their postcodes, lowest and highest.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 551, 556), ("Umeå", 901, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Nacka", 131, 132), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Huddinge", 141, 141),
    ("Lidingö", 181, 181), ("Järfälla", 175, 177), ("Sollentuna", 191, 192),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Skellefteå", 931, 931),
    ("Varberg", 432, 432), ("Örnsköldsvik", 891, 891), ("Nyköping", 611, 611), ("Motala", 591, 591),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Lidköping", 531, 531),
    ("Piteå", 941, 941), ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Kungsbacka", 434, 434),
    ("Visby", 621, 621), ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Härnösand", 871, 871),
    ("Ystad", 271, 271), ("Mora", 792, 792), ("Hudiksvall", 824, 824), ("Nässjö", 571, 571),
    ("Kiruna", 981, 981), ("Arvika", 671, 671), ("Ludvika", 771, 771), ("Värnamo", 331, 331),
    ("Leksand", 793, 793), ("Sälen", 780, 780), ("Åre", 837, 837), ("Tierp", 815, 815),
    ("Vimmerby", 598, 598), ("Simrishamn", 272, 272), ("Strömstad", 452, 452), ("Söderhamn", 826, 826),
)  # fmt: skip
RURAL_FROM = (
    35  # SV_TOWNS[35:] are the smaller towns whose countryside has rural postcodes (xxx 9x)
)
# Villages and hamlets: rural addresses by village name and number; alone they are places, no address.
VILLAGES = (
    "Östnor", "Gärsnäs", "Västanvik", "Norrbäck", "Sörbyn", "Hemmingsmark", "Kläppen", "Storbyn", "Hallen",
    "Övermark", "Bjursås", "Tällberg", "Nusnäs", "Vikarbyn", "Lövånger", "Kusmark", "Ersmark", "Ånge",
    "Näsåker", "Backe", "Hedenäset", "Sörmark", "Vallsta", "Bölan", "Ljusdal-Tälle", "Hölö", "Skattungbyn",
    "Rämmen", "Gräsmark", "Lekvattnet", "Glava", "Brunskog", "Tostared", "Kvibille", "Yngsjö", "Vitemölla",
)  # fmt: skip
# Block names of the town plan: `Tallen 7`; gods and goddesses among them, as towns name blocks.
BLOCKS = (
    "Tallen", "Eken", "Björken", "Lärkan", "Svalan", "Hästhoven", "Blåklockan", "Kärnhuset", "Sädesärlan",
    "Plogen", "Harven", "Skutan", "Ankaret", "Kvarnen", "Smedjan", "Rönnbäret", "Hjorten", "Räven",
    "Vitsippan", "Nejlikan", "Pionen", "Kastanjen", "Mården", "Hägern", "Ljungen", "Oden", "Freja", "Balder",
    "Tallkotten", "Sjöjungfrun", "Bryggaren", "Färgaren", "Snickaren", "Murklan", "Kantarellen",
)  # fmt: skip
LAN = ("Stockholms län", "Uppsala län", "Dalarnas län", "Västra Götalands län", "Skåne län", "Jämtlands län", "Hallands län", "Gävleborgs län", "Västerbottens län", "Norrbottens län", "Östergötlands län", "Värmlands län")  # fmt: skip
FIRMS = ("Norrsken", "Tegel & Trä", "Solkatt", "Studio Fjäll", "Fyrtorn", "Hörnet", "Kvadrat", "Ljusgården", "Bruksgården", "Vinkel", "Sydväst", "Takfot", "Granit", "Byggfokus", "Kustlinje", "Nordic Frame")  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue", "The Crescent",
    "Queens Road", "Manor Way", "Orchard Close", "Chapel Street", "Bridge Street", "Meadow View", "Elm Grove",
    "St Mary's Road", "Westfield Drive", "Oakwood Avenue", "Harbour Street", "Castle Terrace", "Rectory Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Cambridge", "CB"), ("Oxford", "OX"), ("York", "YO"), ("Bath", "BA"), ("Leeds", "LS"), ("Bristol", "BS"),
    ("Brighton", "BN"), ("Norwich", "NR"), ("Exeter", "EX"), ("Cardiff", "CF"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("Manchester", "M"), ("London", "SE"), ("London", "N"), ("Reading", "RG"),
    ("Guildford", "GU"), ("Harrogate", "HG"), ("Chester", "CH"), ("Durham", "DH"), ("Lincoln", "LN"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Ivy House", "The Coach House", "Orchard Barn", "The Old School House", "Willow Cottage", "Mill House")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Pine Ridge Road", "Cedar Lane", "Lakeview Drive", "Hillcrest Drive", "Park Avenue", "Willow Court", "Meadow Lane", "N 3rd Street", "SE Division Street", "W 5th Avenue", "Country Club Road", "Mill Creek Road")  # fmt: skip
US_TOWNS = (
    ("Portland", "OR", 972), ("Austin", "TX", 787), ("Minneapolis", "MN", 554), ("Madison", "WI", 537),
    ("Denver", "CO", 802), ("Boulder", "CO", 803), ("Asheville", "NC", 288), ("Burlington", "VT", 54),
    ("Ann Arbor", "MI", 481), ("Sacramento", "CA", 958), ("Phoenix", "AZ", 850), ("Seattle", "WA", 981),
    ("Columbus", "OH", 432), ("Raleigh", "NC", 276), ("Salt Lake City", "UT", 841), ("Duluth", "MN", 558),
)  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-14199} Berlin", "Hauptstraße {n}a, {z5:79098-79117} Freiburg",
    "Am Markt {n}, {z5:28195-28199} Bremen", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "Nørregade {n}, {z4:1165-1172} København K", "Storgata {n}, {z4:0155-0184} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Aleksanterinkatu {n} B {m}, {z5:00100-00180} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33210} Tampere", "ul. Długa {n} m. {m}, 80-{z3:827-838} Gdańsk",
    "ul. Polna {n}, 00-{z3:625-680} Warszawa", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "{n} rue de la République, {z5:69001-69002} Lyon",
    "{n} avenue des Pins, {z5:06400-06400} Cannes", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Carrer de Provença {n}, {z5:08008-08037} Barcelona", "Via del Corso {n}, {z5:00186-00187} Roma",
    "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Pikk {n}-{m}, {z5:10123-10133} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "hotmail.co.uk", "btinternet.com", "yahoo.com")  # fmt: skip
WORK = ("example.se", "arkitekt.example.se", "bygg.example.se", "example.com", "example.co.uk", "example.org", "konsult.example.se")  # fmt: skip
FUNCTIONAL = ("bygglov", "bygg", "stadsbyggnad", "miljo.bygg", "byggnadsnamnden", "kontaktcenter", "registrator")  # fmt: skip

# Area codes: two-digit cities, three-digit towns and countryside, firms' switchboards, and US areas.
AREA2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "63", "23", "26", "35", "36", "44", "46", "11")  # fmt: skip
AREA3 = ("250", "247", "243", "240", "280", "290", "370", "380", "410", "411", "418", "431", "451", "454", "480", "498", "500", "510", "520", "522", "531", "560", "570", "586", "611", "620", "640", "660", "670", "680", "690", "910", "920", "921", "970", "980")  # fmt: skip
SWITCHBOARD_AREAS = ("08", "031", "040", "018", "0250", "023", "026", "060", "090", "0920", "0520", "0480")  # fmt: skip
US_AREAS = ("503", "512", "612", "608", "303", "828", "802", "734", "916", "602", "206", "614", "919", "801", "218")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(text).lower())


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
    """Every value of FK from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

    # names
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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.03:  # Anna-Karin
            second = (
                r.choices(pool.names[:40], weights=pool.weights[:40])[0],
                "head",
            )  # Karl-Johan
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        if surname[0][0] == given[0][0]:  # a father's name as surname is seldom the son's own
            surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # the father's and the mother's surname
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        if (
            key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3
        ):  # typed without its letters
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
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

    # e-mail
    def email(self, person: Person) -> str:
        r = self.rng
        given = slug(person.first)
        surname = slug(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        roll = r.random()
        if roll < 0.15 and self.lang != "en":
            domain = f"{slug(r.choice(SV_TOWNS)[0])}.se"
        elif roll < 0.45:
            domain = r.choice(WORK)
        else:
            domain = r.choice(MAIL)
        return f"{local}@{domain}"

    def functional(self, us: bool = False) -> str:
        r = self.rng
        if us:
            town = slug(r.choice(US_TOWNS)[0])
            return f"{r.choice(('permits', 'inspections', 'buildingdept', 'codeenforcement'))}@{r.choice(('cityof', ''))}{town}.example.gov"
        return f"{r.choice(FUNCTIONAL)}@{slug(r.choice(SV_TOWNS)[0])}.se"

    # phones
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(AREA2)
        a3 = r.choice(AREA3)
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A switchboard's or a firm's number."""
        r = self.rng
        d = self.digits(6)
        area = r.choice(SWITCHBOARD_AREAS)
        shapes = (
            f"{area}-{d[:2]} {d[2]}0 00", f"{area}-{d[:3]} 000", f"0771-{d[:3]} {d[3:]}", f"0771-{d[:2]} {d[2:4]} {d[4:]}",
            f"020-{d[:2]} {d[2:4]} {d[4:]}", f"{area}-{d[:2]} {d[2:4]} {d[4:]}", f"+46 {area[1:]} {d[:2]} {d[2:4]} {d[4:]}",
            f"010-{d[:3]} {d[3:]} {self.digits(2)}", f"0775-{d[:2]} {d[2:4]} {d[4:]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(3)
        return r.choice((
            f"07700 900{d}", f"+44 7700 900{d}", f"07700900{d}", f"020 7946 0{d}", f"+44 (0)20 7946 0{d}",
            f"0113 496 0{d}", f"0161 496 0{d}", f"0117 496 0{d}", f"01632 960{d}", f"(01632) 960 {d}",
            f"0131 496 0{d}", f"+44 131 496 0{d}", f"0044 7700 900 {d}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(US_AREAS)
        d = f"01{self.digits(2)}"
        return r.choice((f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}", f"+1 ({area}) 555-{d}", f"1-{area}-555-{d}", f"555-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, written as people there write it, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        return r.choice((
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 (0)9 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}",
            f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 139 {d[:4]} {d[4:8]}", f"+353 87 {d[:3]} {d[3:7]}",
        ))  # fmt: skip

    # personnummer
    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` one of a person past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1916, 1927) if old else r.randrange(1930, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        form = (
            "12 with -"
            if roll < 0.35
            else "10 with -"
            if roll < 0.75
            else "12 plain"
            if roll < 0.88
            else "10 plain"
        )
        self.forms[f"pnr {form}"] += 1
        return {
            "12 with -": f"{year // 100}{date}-{serial}{check}", "10 with -": f"{date}-{serial}{check}",
            "12 plain": f"{year // 100}{date}{serial}{check}", "10 plain": f"{date}{serial}{check}",
        }[form]  # fmt: skip

    # addresses
    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 15)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.84 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def rural(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.22
        street = self.rural() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.7:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 24)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Suite'))} {r.randrange(2, 400)}"
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
        out = (
            self.europe.pop()
            .replace("{n}", str(r.randrange(1, 160)))
            .replace("{m}", str(r.randrange(1, 9)))
        )
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n") if lines else out

    # look-alikes: no value
    def ref(self) -> str:
        r = self.rng
        y = r.choice((2026, 2027))
        return r.choice((f"BYGG {y}-{r.randrange(1, 2400):06d}", f"SBN {y}/{r.randrange(10, 2999)}", f"MBN-{y}-{r.randrange(100, 1999)}",
                         f"B {y}-{r.randrange(1, 999):04d}", f"BN {y}.{r.randrange(100, 999)}", f"{y}-{r.randrange(1000, 4999)}"))  # fmt: skip

    def fast(self, rural: bool = False) -> str:
        r = self.rng
        if rural or r.random() < 0.25:
            out = f"{r.choice(VILLAGES)} {r.randrange(1, 40)}:{r.randrange(1, 260)}"
            if r.random() < 0.4:
                out = f"{r.choice(SV_TOWNS[RURAL_FROM:])[0]} {out}"
            return out
        return f"{r.choice(BLOCKS)} {r.randrange(1, 40)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


PERSON_FORMS = {"P", "p", "U", "F", "M", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "Gi", "R", "RU", "E"}  # fmt: skip


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p lower case, U capitals, F with middle names, M with a middle initial, G/g the
    given name (now and then its short form), N/n the short form where the name has one, S/s the
    surname, SU/GU the surname/given name in capitals, I an initial and the surname, Gi the given
    name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (form not in PERSON_FORMS and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base == "M":
        if not middle:
            pool = ORIGINS[person.origin]
            middle = [draw.pick(pool.given_f if person.woman else pool.given_m)]
        words = given + middle + surname
        value = f"{person.first} {middle[0][0][0]}. {person.last}"
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


SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), r.choice(SV_STREETS), draw.rural())) if r.random() < 0.55 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNROLD": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.functional(), "EMAIL"),
        "EFUS": lambda: (draw.functional(us=True), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027", f"{month}/{day}/2027")), None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(8, 12)}am", f"{r.randrange(1, 5)}pm", f"{r.randrange(8, 17)}:{r.choice(('00', '30'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(2, 52)), None),
        "YEAR": lambda: (str(r.randrange(2027, 2034)), None),
        "NUM": lambda: (str(r.randrange(100, 99999)), None),
        "AMT": lambda: (f"{r.randrange(1800, 96000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(120, 600)}", None),
        "USD": lambda: (f"${r.randrange(8000, 140000):,}", None),
        "AREA": lambda: (str(r.randrange(12, 240)), None),
        "REF": lambda: (draw.ref(), None),
        "FAST": lambda: (draw.fast(), None),
        "FASTR": lambda: (draw.fast(rural=True), None),
        "PLANREF": lambda: (f"{r.choice((26, 27))}/{r.randrange(100, 4999):05d}/{r.choice(('FUL', 'HOUS', 'LBC', 'PA', 'ENF'))}", None),
        "PERMIT": lambda: (r.choice((f"BLD{r.choice((2026, 2027))}-{r.randrange(1000, 99999):05d}", f"B27-{r.randrange(1000, 9999)}", f"RES-{r.randrange(100000, 999999)}")), None),
        "KA": lambda: (f"{r.choice(('SC', 'C', 'KIWA'))}{r.randrange(100, 9999):04d}-{r.randrange(10, 27)}", None),
        "ORG": lambda: (f"55{r.randrange(5000, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "KOMMUN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "UKTOWN": lambda: (r.choice(UK_TOWNS)[0], None),
        "VILLAGE": lambda: (r.choice(VILLAGES), None),
        "LAN": lambda: (r.choice(LAN), None),
        "FIRM": lambda: (r.choice(FIRMS), None),
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
        base = base[:-1] if base not in PERSON_FORMS and base.endswith("s") else base
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
    """FK's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang, "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FK is printed."""
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
                forms["lower-case given name alone"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += (
                    value.startswith("SE-") or "\nSE-" in value or ", SE-" in value
                )
                forms["street alone (no digit)"] += not any(ch.isdigit() for ch in value)
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
    print("draw: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    spans_seen, pnr_seen = 0, 0
    for row in rows:
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["id repeated"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in KINDS
            if not 0 <= start < stop <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                pnr_seen += 1
                digits = re.sub(r"[-+]", "", value)
                if not (
                    digits.isdigit()
                    and len(digits) in (10, 12)
                    and luhn(digits[-10:-1]) == int(digits[-1])
                ):
                    problems["personnummer check digit"] += 1
    langs = Counter(row["lang"] for row in rows)
    problems["rows per language"] += dict(langs) != SIZES
    print(
        f"rows {len(rows)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), spans {spans_seen}, personnummer {pnr_seen}, ids unique {len(ids) == len(rows)}"
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


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
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
