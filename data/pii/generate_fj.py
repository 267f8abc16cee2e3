# ruff: noqa: E501
"""Generate held-out FJ for personal-data detection (issue 15): names as the population has them,
a hundred-and-forty-fifth writer.

    python data/pii/generate_fj.py          # writes data/pii/generated-heldout-fj.jsonl
    python data/pii/generate_fj.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fj.py --check  # checks the written file, prints counts only

FJ's names are drawn by how often people really carry them: every name word comes from
`names_fj.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is photographers' studios and printing shops (`templates_fj.py`): portrait,
newborn and wedding bookings, school and preschool photo orders and class lists, model releases,
print proofs of business cards, invitations, posters and memorial programmes, invoices and
reminders, couriers' delivery notes and chats, complaints about colours, paper and frames, studio
owners, customers, couriers and schools writing to each other, in Swedish, English and the mixed
Swedish/English of Swedish workplaces. Written by a helper who does not tune the detector, who read
only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), two sections of `docs/privacy.md` (Held-out AW and CL) and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, nor any other set's
names, templates or rows, nor any error listing. FJ was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_fj import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fj import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV, VOCAB  # noqa: E402

SEED = 20270222
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fj.jsonl"
SPLIT = "heldout-fj"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, none named after a person (the writer's own knowledge).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Hamngatan", "Torggatan",
    "Fabriksgatan", "Trädgårdsgatan", "Bergsgatan", "Västra Hamngatan", "Norra Strandgatan", "Långgatan",
    "Tullgatan", "Prästgatan", "Köpmangatan", "Smedjegatan", "Klostergatan", "Slottsgatan",
    "Repslagaregatan", "Brogatan", "Ågatan", "Järnvägsgatan", "Björkvägen", "Ekvägen", "Granvägen",
    "Tallvägen", "Lönnvägen", "Aspvägen", "Rönnvägen", "Hasselvägen", "Syrenvägen", "Ängsvägen",
    "Sjövägen", "Solvägen", "Skogsvägen", "Bäckvägen", "Kyrkvägen", "Industrivägen", "Gamla vägen",
    "Västra Ringvägen", "Häradsvägen", "Bruksvägen", "Lärksvängen", "Kopparsvängen", "Tranbärssvängen",
    "Vitsippssvängen", "Lindallén", "Kastanjeallén", "Almallén", "Parkallén", "Ekallé", "Kvarnbacken",
    "Solbacken", "Tegelbruksbacken", "Kyrkbacken", "Åsbacken", "Källbacken", "Linbacke", "Blåbärsstigen",
    "Lingonstigen", "Smultronstigen", "Hjortronstigen", "Ljungstigen", "Rävstigen", "Stortorget",
    "Lilla torg", "Hötorget", "Fisktorget", "Nytorget", "Stationsplan", "Kyrkplan", "Kvarnplan",
    "Tingsplan", "Smedgränd", "Bagargränd", "Tunnbindargränd", "Kyrkgränd", "Skomakargränd",
    "Norra kajen", "Södra kajen", "Skeppsbrokajen", "Fiskehamnskajen", "Östra kajen", "Strandpromenaden",
    "Kanalvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the range the town's own addresses use).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 977),
    ("Östersund", 831, 832), ("Trollhättan", 461, 462), ("Borlänge", 781, 784), ("Falun", 791, 791),
    ("Kalmar", 392, 393), ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Visby", 621, 621), ("Nyköping", 611, 611),
    ("Varberg", 432, 432), ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Härnösand", 871, 871),
    ("Örnsköldsvik", 891, 891), ("Ystad", 271, 271), ("Arvika", 671, 671), ("Västervik", 593, 593),
    ("Ängelholm", 262, 262), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Lidköping", 531, 531),
    ("Motala", 591, 591), ("Nacka", 131, 131), ("Solna", 169, 171), ("Täby", 183, 187),
    ("Huddinge", 141, 141), ("Sollentuna", 191, 192), ("Hudiksvall", 824, 824), ("Enköping", 745, 745),
)  # fmt: skip
# Small towns whose countryside has postcodes ending in 9x, and villages that rural addresses name.
RURAL_TOWNS = (
    ("Mora", 792), ("Orsa", 794), ("Leksand", 793), ("Rättvik", 795), ("Ljusdal", 827), ("Bollnäs", 821),
    ("Sollefteå", 881), ("Kramfors", 872), ("Nordmaling", 914), ("Vindeln", 922), ("Storuman", 923),
    ("Arvidsjaur", 933), ("Älvsbyn", 942), ("Överkalix", 956), ("Pajala", 984), ("Sveg", 842),
    ("Strömsund", 833), ("Torsby", 685), ("Sunne", 686), ("Åmål", 662), ("Bengtsfors", 666),
    ("Tanumshede", 457), ("Sjöbo", 275), ("Tomelilla", 273), ("Vimmerby", 598), ("Hultsfred", 577),
    ("Eksjö", 575), ("Gnosjö", 335), ("Ljungby", 341), ("Älmhult", 343), ("Hjo", 544), ("Askersund", 696),
    ("Östhammar", 742), ("Norrtälje", 761), ("Hemse", 623), ("Slite", 624), ("Tranås", 573), ("Vara", 534),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Östanby", "Norrbyn", "Sörbyn", "Kvarnbyn", "Skogsby", "Bäckebo", "Holmsjö", "Lillåsen",
    "Storängen", "Ekeby", "Sandvik", "Ramsjö", "Tjärnberg", "Myrviken", "Granbo", "Lövsta", "Åkerö",
    "Vallby", "Mossebo", "Backa", "Nyby", "Forsby", "Älgsjö", "Brännan", "Bodarna", "Hällesjö", "Rotebo",
)  # fmt: skip
FARMS = ("Solbacka", "Lindgården", "Nyhem", "Björkliden", "Hagalund", "Ekhaga", "Sjöhagen", "Furulund")  # fmt: skip
UK_STREETS = (
    "Church Street", "Station Road", "High Street", "Mill Lane", "Park Road", "The Crescent", "Queens Road",
    "Green Lane", "Manor Road", "New Road", "London Road", "Chapel Street", "North Street", "Westfield Avenue",
    "Meadow Close", "Orchard Way", "Castle Street", "Market Street", "Harbour Road", "Beech Grove",
    "Oak Terrace", "Elm Drive", "Riverside Walk",
)  # fmt: skip
UK_TOWNS = (
    ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("York", "YO"),
    ("Exeter", "EX"), ("Brighton", "BN"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("Aberdeen", "AB"), ("Belfast", "BT"), ("Newcastle upon Tyne", "NE"),
    ("Sheffield", "S"), ("Nottingham", "NG"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Bath", "BA"),
    ("London", "N"), ("London", "SE"), ("London", "E"), ("Liverpool", "L"), ("Birmingham", "B"),
    ("Plymouth", "PL"), ("Canterbury", "CT"),
)  # fmt: skip
UK_HOUSES = ("The Old Bakery", "Willow Cottage", "Hillside", "The Granary", "Brook House", "The Coach House", "Yew Tree Cottage", "Greenacres")  # fmt: skip
US_STREETS = (
    "Maple Avenue", "Oak Street", "Elm Street", "Pine Street", "Cedar Lane", "Main Street", "Park Avenue",
    "2nd Street", "5th Avenue", "Lakeview Drive", "Hillcrest Road", "Meadow Lane", "River Road",
    "Willow Way", "Spruce Court", "N 4th St", "Highland Ave", "Sunset Blvd",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Madison", "WI", 537), ("Seattle", "WA", 981), ("Portland", "OR", 972),
    ("Austin", "TX", 787), ("Denver", "CO", 802), ("Chicago", "IL", 606), ("Boston", "MA", 21),
    ("Brooklyn", "NY", 112), ("Atlanta", "GA", 303), ("Phoenix", "AZ", 850), ("Columbus", "OH", 432),
    ("Nashville", "TN", 372), ("Sacramento", "CA", 958), ("Raleigh", "NC", 276), ("Salt Lake City", "UT", 841),
    ("Albuquerque", "NM", 871), ("Omaha", "NE", 681), ("Des Moines", "IA", 503),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}, {z5:80331-81929} München",
    "Am Markt {n}, {z5:28195-28779} Bremen", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue des Tilleuls, {z5:33000-33800} Bordeaux", "Storgata {n}, {z4:0155-0195} Oslo",
    "Kongens gate {n}, {z4:7011-7014} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Søndergade {n}, 8000 Aarhus C", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Kauppakatu {n} A {m}, 40100 Jyväskylä", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "ul. Długa {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Szeroka {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid",
    "Carrer de la Pau {n}, {z5:08001-08042} Barcelona", "Via della Spiga {n}, 20121 Milano",
    "Via Nazionale {n}, {z5:00184-00187} Roma", "Rua das Flores {n}, 1200-{z3:100-299} Lisboa",
    "Bahnhofstrasse {n}, {z4:8001-8003} Zürich", "Landstraßer Hauptstraße {n}, 1030 Wien",
    "Rue Haute {n}, 1000 Bruxelles", "Pikk {n}, {z5:10123-10133} Tallinn",
    "{n} Main Street, Westport, Co. Mayo, F28 {K4}",
)  # fmt: skip
# Area codes of Swedish landlines: two digits after the 0 (cities), three (towns and countryside).
AREA_2 = ("31", "40", "18", "13", "11", "19", "21", "16", "54", "90", "60", "63", "26", "35", "36", "42", "46", "33", "23")  # fmt: skip
AREA_3 = ("920", "910", "480", "470", "455", "498", "500", "520", "522", "510", "141", "155", "340", "300", "322", "250", "243", "651", "660", "611", "980", "411", "150")  # fmt: skip
MAIL_SV = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.se", "comhem.se", "bredband.net", "spray.se")  # fmt: skip
MAIL_EN = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "btinternet.com", "aol.com", "protonmail.com")  # fmt: skip
WORK_SV = ("example.se", "foretag.example.se", "kommun.example.se", "skola.example.se", "region.example.se")  # fmt: skip
WORK_EN = ("example.com", "example.co.uk", "example.org", "school.example.org", "council.example.gov.uk")  # fmt: skip
STUDIO_SV = ("ljusfanget.se", "tryckhornan.se", "bildverket.se", "studioglantan.se", "fotohornan.se")  # fmt: skip
STUDIO_EN = ("northlight.co.uk", "inkwellprint.com", "brightsideportraits.com", "lanternstudio.co.uk")  # fmt: skip
FIRM_LOCAL = {"sv": ("info", "bokning", "order", "kundtjanst", "faktura", "studio", "tryck"), "en": ("hello", "info", "orders", "bookings", "accounts", "studio", "print")}  # fmt: skip


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
    """Every value of FJ from one seeded Random; counts the head/tail split and the origins."""

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

    def compound(self, pool: Pool) -> Word:
        """One of the list's own hyphenated given names: from its head with HEAD_SHARE, else from
        its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        at = [
            i
            for i, name in enumerate(pool.names)
            if "-" in name and (i < pool.head) == (part == "head")
        ]
        if not at:
            return self.pick(pool)
        return pool.names[r.choices(at, weights=[pool.weights[i] for i in at])[0]], part

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
        if key == "swedish" and r.random() < 0.04:  # topped up: Karl-Johan, Eva-Lena from the list
            given = [self.compound(pool)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "latin": 0.3}.get(key, 0.05):
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
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
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

    def email(self, person: Person) -> str:
        r = self.rng
        given = re.sub(r"[^a-z]", "", plain(person.first).lower())
        surname = re.sub(r"[^a-z]", "", plain(person.last).lower()) or "x"
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        english = self.lang == "en" or person.origin in ("us", "uk")
        work, mail = (WORK_EN, MAIL_EN) if english else (WORK_SV, MAIL_SV)
        return f"{local}@{r.choice(work if r.random() < 0.35 else mail)}"

    def firm_email(self) -> str:
        r = self.rng
        lang = "en" if self.lang == "en" or (self.lang == "mixed" and r.random() < 0.4) else "sv"
        return f"{r.choice(FIRM_LOCAL[lang])}@{r.choice(STUDIO_EN if lang == 'en' else STUDIO_SV)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("00223336699")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm's 08, two- and three-digit area codes, with +46 too."""
        r = self.rng
        d = self.digits(8)
        a2, a3 = r.choice(AREA_2), r.choice(AREA_3)
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (4, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"08{d}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (4, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a2}{d[:7]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}-{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0046 {a3} {d[:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.6 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or switchboard's number: a landline, or 020 / 0771 / 0775 numbers."""
        r = self.rng
        d = self.digits(6)
        roll = r.random()
        if roll < 0.15:
            return r.choice(
                (f"020-{d[:2]} {d[2:4]} {d[4:]}", f"020-{d[:3]} {d[3:]}", f"020 {d[:3]} {d[3:]}")
            )
        if roll < 0.3:
            return r.choice(
                (
                    f"0771-{d[:3]} {d[3:]}",
                    f"0775-{d[:2]} {d[2:4]} {d[4:]}",
                    f"0771 {d[:2]} {d[2:4]} {d[4:]}",
                )
            )
        return self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        return r.choice((
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"020 7946 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}",
            f"0117 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"(01632) 960{d[:3]}", f"01632 960 {d[:3]}",
            f"0044 7700 900{d[:3]}", f"0800 {d[:3]} {d[3]}{self.digits(3)}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            (
                "212",
                "312",
                "415",
                "512",
                "608",
                "612",
                "206",
                "503",
                "303",
                "617",
                "404",
                "615",
                "801",
            )
        )
        d = self.digits(3)
        return r.choice((
            f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}",
            f"+1 ({area}) 555-0{d}", f"1-{area}-555-0{d}", f"{area} 555 0{d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}",
            f"050 {d[:3]} {d[3:7]}", f"+49 30 {d[:8]}", f"+49 (0)89 {d[:6]}", f"+49 151 {d[:8]}", f"0049 171 {d[:7]}",
            f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 20 {d[:3]} {d[3:7]}", f"+31 6 {d[:8]}", f"06-{d[:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+39 02 {d[:4]} {d[4:8]}", f"+39 347 {d[:3]} {d[3:7]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 5{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 6{d[:2]}-{d[2:5]}-{d[5:8]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}",
            f"+291 7 {d[:6]}", f"+380 67 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+91 98{d[:3]} {d[3:8]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+43 1 {d[:3]} {d[3:7]}", f"+351 912 {d[:3]} {d[3:6]}", f"+32 2 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, age: str = "adult") -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without `-`, and `+`
        for the 10-digit form of someone a hundred or older (in 2027); `age` is adult (now and
        then a centenarian), old (a centenarian) or child."""
        r = self.rng
        if age == "old" or (age == "adult" and r.random() < 0.07):
            year = r.randrange(1917, 1928)
        elif age == "child":
            year = r.randrange(2010, 2024)
        else:
            year = r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year <= 1927:
            if roll < 0.6:
                return f"{date}+{serial}{check}"
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_number(self, hyphen: bool = True) -> str:
        """An organisation number (no personnummer: its third digit is 2 or more)."""
        body = f"55{self.rng.randrange(6, 10)}{self.digits(6)}"
        out = f"{body}{luhn(body)}"
        return f"{out[:6]}-{out[6:]}" if hyphen else out

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        return self.postal(code, town)

    def postal(self, code: str, town: str) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.06:
            out += ", Sverige"
        elif roll < 0.07:
            out += ", Sweden"
        return out

    def village(self) -> str:
        r = self.rng
        out = f"{r.choice(VILLAGES)} {r.randrange(1, 260)}"
        if r.random() < 0.15:
            out = f"{r.choice(FARMS)}, {out}"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, prefix = r.choice(RURAL_TOWNS)
            street, postal = self.village(), self.postal(f"{prefix}{r.randrange(90, 100)}", town)
        else:
            street, postal = self.sv_street(), self.sv_postal()
            roll = r.random()
            if lgh or roll < 0.12:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
            elif roll < 0.18:
                street += f", {r.randrange(1, 7)} tr"
            elif roll < 0.21:
                street += f", {r.choice(('uppg. B', 'uppg. 2', 'bv', 'n.b.'))}"
        joint = "\n" if lines else r.choices((", ", " ", ",  "), weights=(90, 8, 2))[0]
        return f"{street}{joint}{postal}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 9999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"

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
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 24)}, {street}"
        elif roll < 0.36:
            street = f"Unit {r.randrange(1, 30)}, Riverside Business Park, {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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
        out = out.replace(
            "{K4}",
            f"{r.choice('ACDEFHKNPRTVWXY')}{r.randrange(10)}{r.choice('ACDEFHKNPRTVWXY')}{r.randrange(10)}",
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(
    form: str, genitive_of: str | None, person: Person, draw: Draw
) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, II every initial and
    the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME,
    Given`, E an e-mail address. `genitive_of` is "sv" or "en" for a genitive after the name.
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
    elif form in ("I", "II"):
        words = given + (middle if form == "II" else []) + surname
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if form == "II":
            initials = " ".join([initials] + [f"{w[0]}." for w, _ in middle])
        value = f"{initials} {person.last}"
    elif form == "Gi":
        capitals = [ch for ch in person.last if ch.isupper()] or [person.last[0].upper()]
        words, value = given, f"{person.first} {capitals[-1]}."
    elif form in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if form == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if genitive_of:
        segments.append((genitive(value, genitive_of == "en"), None))
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
    "II",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+)('?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "st": lambda: (draw.sv_street().lower(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=r.random() < 0.2)).lower(), "ADDRESS"),
        "AC": lambda: (draw.sv_address(lines=r.random() < 0.5).upper(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "UK": lambda: (draw.uk_address(), "ADDRESS"),
        "UKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "uk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "USA": lambda: (draw.us_address(), "ADDRESS"),
        "USAL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "EU": lambda: (draw.eu_address(), "ADDRESS"),
        "EUL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNROLD": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "PNRKID": lambda: (draw.national_id("child"), "NATIONAL_ID"),
        "FM": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'pm'))}", f"{r.randrange(8, 19)}:{r.choice(('00', '30'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "YEAR": lambda: (str(r.randrange(1928, 1990)), None),
        "NUM": lambda: (str(r.randrange(100, 99999)), None),
        "NUM4": lambda: (draw.digits(4), None),
        "NUM5": lambda: (str(r.randrange(10000, 99999)), None),
        "QTY": lambda: (str(r.choice((1, 2, 3, 4, 5, 6, 10, 12, 20, 25))), None),
        "AMT": lambda: (f"{r.randrange(95, 48000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(15, 2800)}.{r.choice(('00', '50', '99', '95'))}", None),
        "USD": lambda: (f"${r.randrange(20, 3200)}.{r.choice(('00', '50', '99'))}", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}", f"FH-{r.randrange(1000, 9999)}", f"{r.randrange(2027001, 2027999)}")), None),
        "INV": lambda: (r.choice((f"{r.randrange(10000, 99999)}", f"2027-{r.randrange(100, 999)}", f"INV-{r.randrange(1000, 9999)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(8, 16)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "ORG": lambda: (draw.org_number(), None),
        "VAT": lambda: (f"SE{draw.org_number(hyphen=False)}01", None),
        "CODE": lambda: (f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{draw.digits(2)}-{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{draw.digits(3)}", None),
        "TRACK": lambda: (r.choice((f"RR{draw.digits(9)}SE", f"JJD{draw.digits(16)}", f"1Z{draw.digits(4)}AA{draw.digits(10)}", f"AB{draw.digits(9)}GB")), None),
    }  # fmt: skip
    if form in values:
        return values[form]()
    return r.choice(VOCAB[form]), None


def parse(name: str, mark: str) -> tuple[str | None, str | None]:
    """A slot's person form and the genitive after it (`Gs` a Swedish one, `G'` an English one),
    or (None, None) for a slot that is no person."""
    if name in PERSON_FORMS:
        return name, "en" if mark else None
    if name.endswith("s") and name[:-1] in PERSON_FORMS:
        return name[:-1], "sv"
    return None, None


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        name, mark, ref, gender = match.groups()
        form, genitive_of = parse(name, mark)
        if form is not None:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, genitive_of, person, draw)
        else:
            segments = [filler(name, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """FJ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) not in (10, 12) or not re.fullmatch(r"\d{6,8}[-+]?\d{4}", value):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FJ is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += (
                    value.startswith("SE-") or "\nSE-" in value or ", SE-" in value
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
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
    rows = spans_seen = 0
    keys = ["id", "split", "lang", "text", "spans"]
    raw = path.read_bytes()
    for line in raw.decode("utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, previous_end = row["text"], -1
        for span in row["spans"]:
            spans_seen += 1
            start, end, kind = span["start"], span["end"], span["kind"]
            problems["span keys"] += list(span) != ["start", "end", "kind"]
            problems["kind"] += kind not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")
            if not 0 <= start < end <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:end]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < previous_end
            previous_end = end
            if kind == "NATIONAL_ID":
                problems["personnummer check digit"] += not pnr_valid(value)
    langs = Counter(json.loads(line)["lang"] for line in raw.decode("utf-8").splitlines())
    print(
        f"{path.name}: {rows} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {spans_seen} spans, {len(ids)} ids"
    )
    print(f"sha256 {hashlib.sha256(raw).hexdigest()}")
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed (the set uses SEED)")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(seed=args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
