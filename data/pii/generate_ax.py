# ruff: noqa: E501
"""Generate held-out AX for personal-data detection (issue 15): names as the population has them,
a twenty-ninth writer.

    python data/pii/generate_ax.py          # writes data/pii/generated-heldout-ax.jsonl
    python data/pii/generate_ax.py --stats  # counts only (sizes, forms, the head/tail split)

AX's names are drawn by how often people really carry them: every name word comes from
`names_ax.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden, Vietnamese and
Afghan among them), 80% from the head of a list and 20% from its tail, mixed by the language of
the row roughly as Sweden's population is. The genres are health and care (`templates_ax.py`):
primary care and 1177 messages, pharmacies and prescriptions, dental clinics, elder-care homes
and home-care visit rosters, next-of-kin lists, hospital discharge notes, physiotherapy
bookings, occupational health, patient complaints and care invoices, with Swedish and foreign
addresses (c/o, Box, lgh, tr), phone numbers in every common grouping and personnummer. Written
by a helper who does not tune the detector, who read neither its rules, lexicons and tagger
(`src/rung/privacy/`) nor any error listing nor any other set's names and templates; AX was
never run through the detector by its writer, and its names were not checked against rung's
lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ax import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ax import CLINICS, DAYS, DRUGS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270106
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ax.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every form the address register has.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Brogatan", "Hospitalsgatan", "Apotekaregatan", "Trädgårdsgatan",
    "Västra Storgatan", "Norra Kyrkogatan", "Repslagaregatan", "Linnégatan", "Fabriksgatan",
    "Södra Förstadsgatan", "Västmannagatan", "Köpmangatan", "Klostergatan", "Kaserngatan",
    "Lasarettsvägen", "Sjukhusvägen", "Vårdvägen", "Hälsovägen", "Aspvägen", "Hasselvägen",
    "Enebacksvägen", "Klövervägen", "Lingonvägen", "Mossvägen", "Solrosvägen", "Vallmovägen",
    "Gamla Kungsvägen", "Östra Ringvägen", "Idrottsvägen", "Bagarevägen", "Slåttervägen",
    "Tegelbruksvägen", "Fjällsvängen", "Smörblomssvängen", "Havrestråssvängen", "Gläntsvängen",
    "Linnéas allé", "Parkallé", "Fredriksdals allé", "Almallén", "Lönnallén", "Villa allé",
    "Kvarnbacke", "Ekebacke", "Solhems backe", "Tornbacken", "Glasbruksbacken", "Rosenstig",
    "Videstigen", "Nyponstigen", "Syrenstigen", "Ljungstigen", "Vallby torg", "Hötorget",
    "Stora torget", "Fisktorget", "Medborgarplatsen", "Brunnsplan", "Stationsplan", "Vårdcentrumsplan",
    "Sockerbruksplan", "Pilgränd", "Bagargränd", "Mäster Olofs gränd", "Kopparslagargränd",
    "Hamnleden", "Norra Bergsleden", "Kustleden", "Älvstråket", "Kanalstråket", "Campusstråket",
    "Skeppsbrokajen", "Norra Kajen", "Tullkajen", "Strandpromenaden", "Hamnpromenaden",
    "Kanalpromenaden", "Sjöpromenaden", "Kronobergsgatan", "Folkungagatan", "Rådmansgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (a low and a high).
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 756),
    ("Linköping", 582, 587), ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Helsingborg", 252, 256),
    ("Lund", 222, 227), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152),
    ("Karlskrona", 371, 373), ("Kristianstad", 291, 291), ("Trollhättan", 461, 461), ("Skövde", 541, 541),
    ("Nyköping", 611, 611), ("Motala", 591, 591), ("Landskrona", 261, 261), ("Piteå", 941, 941),
    ("Kiruna", 981, 981), ("Borlänge", 781, 784), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824),
    ("Örnsköldsvik", 891, 891), ("Lidköping", 531, 531), ("Alingsås", 441, 441), ("Katrineholm", 641, 641),
    ("Enköping", 745, 745), ("Vänersborg", 462, 462), ("Kungälv", 442, 442), ("Solna", 169, 171),
    ("Huddinge", 141, 141), ("Täby", 183, 187), ("Nacka", 131, 131), ("Sundbyberg", 172, 174),
    ("Mölndal", 431, 431), ("Partille", 433, 433), ("Ystad", 271, 271), ("Trelleborg", 231, 231),
    ("Härnösand", 871, 871), ("Västervik", 593, 593), ("Oskarshamn", 572, 572), ("Karlshamn", 374, 374),
    ("Ängelholm", 262, 262), ("Falkenberg", 311, 311), ("Kumla", 692, 692), ("Köping", 731, 731),
    ("Avesta", 774, 774), ("Ludvika", 771, 771), ("Arvika", 671, 671), ("Kristinehamn", 681, 681),
    ("Mariestad", 542, 542), ("Falköping", 521, 521), ("Nässjö", 571, 571), ("Värnamo", 331, 331),
    ("Boden", 961, 961), ("Lycksele", 921, 921), ("Hässleholm", 281, 281), ("Lerum", 443, 443),
)  # fmt: skip
UK_STREETS = (
    "Gloucester Road", "Albert Street", "Elm Grove", "Queens Drive", "Nightingale Close", "Hospital Lane",
    "Windsor Avenue", "Beech Crescent", "Coronation Street", "Alexandra Terrace", "Priory Walk",
    "St Mary's Road", "Meadow View", "Sycamore Way", "Regent Street", "Clifton Road",
)  # fmt: skip
UK_TOWNS = (
    ("Cheltenham", "GL50"), ("Derby", "DE1"), ("Swansea", "SA1"), ("Aberdeen", "AB10"), ("Exeter", "EX4"),
    ("Sheffield", "S10"), ("Nottingham", "NG7"), ("Reading", "RG1"), ("Glasgow", "G12"), ("York", "YO10"),
    ("Belfast", "BT9"), ("Cardiff", "CF24"), ("Brighton", "BN2"), ("Leicester", "LE2"), ("London", "N16"),
)  # fmt: skip
UK_HOUSES = ("Laburnum House", "The Willows", "Holly Lodge", "2 Mill Cottages", "The Coach House", "Bramble End")  # fmt: skip
US_STREETS = ("Elm Street", "Washington Avenue", "Lincoln Road", "Cedar Lane", "Park Boulevard", "Lakeview Drive", "Summit Avenue", "Hillcrest Road", "Spruce Street", "2nd Avenue")  # fmt: skip
US_TOWNS = (("Madison", "WI", 537), ("Minneapolis", "MN", 554), ("Rockford", "IL", 611), ("Seattle", "WA", 981), ("Des Moines", "IA", 503), ("Worcester", "MA", 16), ("Ann Arbor", "MI", 481), ("Sioux Falls", "SD", 571), ("Austin", "TX", 787))  # fmt: skip
EUROPE = (
    "Goethestraße {n}, {z5:10623-10629} Berlin", "Bahnhofstraße {n}, {z5:90402-90403} Nürnberg",
    "Am Klinikum {n}, {z5:50931-50937} Köln", "{n} avenue Jean Jaurès, {z5:69007-69007} Lyon",
    "{n} rue de la République, {z5:13001-13002} Marseille", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Aleksanterinkatu {n} B {m}, {z5:15110-15140} Lahti", "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo",
    "Kong Oscars gate {n}, {z4:5017-5017} Bergen", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n} m. {m}, 00-{z3:510-690} Warszawa",
    "ul. Długa {n}/{m}, 31-{z3:146-147} Kraków", "Calle de Alcalá {n}, {m}º B, {z5:28009-28014} Madrid",
    "Avinguda Diagonal {n}, {m}º, {z5:08018-08029} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Corso Vittorio Emanuele {n}, {z5:80121-80135} Napoli",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bahnhof.se", "comhem.se")  # fmt: skip
WORK = ("example.se", "vard.example.se", "region.example.se", "tandvard.example.se", "example.com", "example.org", "nhs.example.co.uk")  # fmt: skip


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
    given: list[Word]
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
    """Every value of AX from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

    def pick(self, pool: Pool) -> Word:
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
            woman = r.random() < 0.52
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.06:
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.4, "uk": 0.35, "latin": 0.25}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0] and key != "swedish":
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.65:
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
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
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}{surname[:3]}",
                          f"{given}.{surname}{r.randrange(2, 89)}", f"{surname}{given[0]}", f"{given}-{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0002233569")
        a2 = r.choice(("31", "40", "18", "13", "11", "21", "16", "36", "42", "46", "33", "35"))
        a3 = r.choice(("120", "141", "150", "155", "171", "222", "226", "240", "243", "251", "270", "290", "300", "322", "340", "346", "413", "451", "454", "470", "480", "490", "500", "510", "520", "522", "565", "586", "611", "620", "660", "911", "920", "970"))
        shapes = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (3, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046 {m[1:]} {d[:7]}"),
            (5, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:4]} {d[4:8]}"),
            (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0)8-{d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a2}-{d[:6]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:3]} {d[3:5]}"),
            (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"010-{d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"+1 (608) 555-0{d[:3]}", f"(612) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}",
            f"+49 30 {d[:8]}", f"+49 (0)221 {d[:7]}", f"0049 151 {d[:8]}",
            f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)3 {d[:3]} {d[3:7]}", f"+47 {d[:3]} {d[3:5]} {d[5:8]}",
            f"0047 {d[:8]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+48 {r.choice('56789')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 20 {d[:3]} {d[3:7]}", f"+31 (0)6 {d[:8]}", f"+39 011 {d[:7]}", f"+39 3{d[:2]} {d[2:9]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"00 44 7700 900{d[:3]}", f"+91 98{d[:3]} {d[3:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1929, 2012)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.35:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.7:
            return f"{date}-{serial}{check}"
        if roll < 0.88:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 210))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "c", " D"))
        return out

    def sv_street(self, number: bool = True) -> str:
        street = self.rng.choice(SV_STREETS)
        return f"{street} {self.number()}" if number else street

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.8 else f"{code} {town}" if roll < 0.92 else f"{code[:3]} {code[3:]} {town.upper()}"
        if country or r.random() < 0.05:
            out = r.choice(("SE-" + out, out + ", Sverige", out + ", Sweden", "S-" + out))
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, number: bool = True) -> str:
        r = self.rng
        street = self.sv_street(number)
        if number and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', ', ' '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lgh nr'))} {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        elif number and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif number and r.random() < 0.03:
            street += f", {r.randrange(2, 6)} tr."
        joint = "\n" if lines else r.choice((", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.7:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace("# ", "#")
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 140)))
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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given` (forms in capitals), E an e-mail address. A trailing `s` asks for a Swedish
    genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.1 if base in ("G", "g") else 0.9)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
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
    draw.forms[base] += 1
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def co() -> list[Segment]:
        person = draw.person(None)
        name = person_segments(r.choice(("P", "P", "S")), person, draw)
        lines = r.random() < 0.5
        return [("c/o ", None), *name, ("\n" if lines else ", ", None), (draw.sv_address(lines=lines), "ADDRESS")]

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AN": lambda: [(draw.sv_address(number=False), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "LGH": lambda: [(draw.sv_address(lgh=True, lines=r.random() < 0.4), "ADDRESS")],
        "CO": co,
        "a": lambda: [((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "AXL": lambda: [(draw.eu_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None)],
        "TIME": lambda: [(f"{r.randrange(7, 18)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '10', '20', '30', '40', '50'))}", None)],
        "NUM": lambda: [(str(r.randrange(2, 60)), None)],
        "AMT": lambda: [(f"{r.randrange(100, 24000):,} kr".replace(",", " "), None)],
        "GBP": lambda: [(f"£{r.randrange(9, 900)}.{r.randrange(100):02d}", None)],
        "USD": lambda: [(f"${r.randrange(20, 4000)}", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(100000, 999999)}", f"VC-{r.randrange(1000, 9999)}", f"#{r.randrange(10000, 99999)}", f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}")), None)],
        "ROOM": lambda: [(str(r.randrange(1, 40)), None)],
        "TOWN": lambda: [(r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
        "DRUG": lambda: [(r.choice(DRUGS), None)],
        "CLINIC": lambda: [(r.choice(CLINICS), None)],
        "MG": lambda: [(str(r.choice((5, 10, 20, 25, 50, 75, 100, 250, 500, 1000))), None)],
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
        base = base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
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
    """AX's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ax-{len(rows) + 1:04d}", "split": "heldout-ax", "lang": lang,
            "text": text, "spans": sorted(spans, key=lambda s: (s["start"], s["end"])),
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AX is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value.lower()
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address with SE-/S-"] += bool(re.search(r"\bSE?-\d", value))
                forms["c/o before an address"] += text[max(0, span["start"] - 60) : span["start"]].rfind("c/o ") >= 0
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
    print(f"nicknames: {draw.forms['nickname']}")
    print("name forms drawn: " + ", ".join(f"{k} {draw.forms[k]}" for k in sorted(PERSON_FORMS - {"E"})))
    total = sum(draw.split.values())
    print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
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
