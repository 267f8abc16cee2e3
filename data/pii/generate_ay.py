# ruff: noqa: E501
"""Generate held-out AY for personal-data detection (issue 15): names as the population has them,
a thirtieth writer.

    python data/pii/generate_ay.py          # writes data/pii/generated-heldout-ay.jsonl
    python data/pii/generate_ay.py --stats  # counts only (sizes, forms, the head/tail split)

AY's names are drawn by how often people really carry them: every name word comes from
`names_ay.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden, Afghan and
Romanian names among them), 80% from the head of a list and 20% from its tail, mixed by the
language of the row roughly as Sweden's population is. The genres are property, housing and
moving (`templates_ay.py`): estate agents' listings, viewing bookings and bidding lists, tenancy
contracts and sublets, property managers' fault reports, removal firms' quotes, address-change
notices, building permits and neighbour consultations, Lantmäteriet and property sales, utility
connections, storage units and home insurance claims, where addresses come in every form
(Swedish streets of every kind, lgh and tr, Box, SE- postcodes, over lines, lower case in chat,
and the formats of the UK, the US and nine other countries). Written by a helper who does not
tune the detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any
error listing nor any other set's names and templates; AY was never run through the detector by
its writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
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

from names_ay import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ay import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270107
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ay.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets, by the form of their names (the writer's knowledge of the address register).
SV_STREETS: dict[str, tuple[str, ...]] = {
    "gatan": ("Drottninggatan", "Vasagatan", "Götgatan", "Rörstrandsgatan", "Linnégatan", "Södra Förstadsgatan",
              "Östra Hamngatan", "Fjällgatan", "Tegnérgatan", "Bellmansgatan", "Slottsgatan", "Birger Jarlsgatan",
              "Kaserngatan", "Bangårdsgatan", "Västra Storgatan", "Rådhusgatan", "Bruksgatan", "Klostergatan",
              "Trädgårdsgatan", "Norra Esplanaden", "Sankt Larsgatan", "Karlagatan", "Folkungagatan"),
    "vägen": ("Villavägen", "Tallbacksvägen", "Hagalundsvägen", "Solrosvägen", "Klövervägen", "Häradsvägen",
              "Murgrönsvägen", "Lövängsvägen", "Karlavägen", "Sveavägen", "Valhallavägen", "Bergsvägen",
              "Snickarvägen", "Fältvägen", "Vintergatsvägen", "Dag Hammarskjölds väg", "Selma Lagerlöfs väg",
              "Gamla Kungsvägen", "Korsvägen", "Skvadronsvägen"),
    "svängen": ("Kvastsvängen", "Lergöksvängen", "Smultronsvängen", "Skräddarsvängen", "Mossvängen"),
    "allé": ("Frösunda allé", "Ekebergs allé", "Tuna allé", "Fyrisallén", "Kastanjeallén", "Lindhagens allé"),
    "backe": ("Högbergs backe", "Ekbacken", "Smedsbacken", "Klockarbacken", "Torstens backe", "Sjöbergs backe"),
    "stig": ("Vitsippsstigen", "Blåklockestigen", "Hasselstigen", "Trastens stig", "Mjölnarstigen", "Ljungstigen"),
    "torg": ("Gustav Adolfs torg", "Möllevångstorget", "Fisktorget", "Kornhamnstorg", "Nytorget", "Tingstorget"),
    "plan": ("Odenplan", "Mariaplan", "Sankt Eriksplan", "Kristinaplan", "Vårdcentralsplan"),
    "gränd": ("Mårten Trotzigs gränd", "Kolmätargränd", "Bryggargränd", "Lilla Nygränd", "Pilgränd"),
    "leden": ("Kyrkleden", "Bergsleden", "Ekeleden", "Skärgårdsleden", "Mälarleden"),
    "stråket": ("Kvarnstråket", "Hamnstråket", "Campusstråket", "Järnvägsstråket"),
    "kajen": ("Stadsgårdskajen", "Skeppsbrokajen", "Packhuskajen", "Kanalkajen", "Lastkajen"),
    "promenaden": ("Strandpromenaden", "Kanalpromenaden", "Kajpromenaden", "Älvpromenaden"),
}  # fmt: skip
STREET_FORMS = tuple(SV_STREETS)
STREET_WEIGHTS = (26, 24, 5, 5, 5, 5, 5, 4, 4, 4, 4, 5, 4)
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 112, 118), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Linköping", 582, 589), ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Helsingborg", 252, 256),
    ("Lund", 222, 227), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152),
    ("Täby", 183, 187), ("Nacka", 131, 132), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Huddinge", 141, 141), ("Haninge", 136, 137), ("Trelleborg", 231, 231), ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371), ("Skövde", 541, 541), ("Trollhättan", 461, 461), ("Uddevalla", 451, 451),
    ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Lidköping", 531, 531), ("Nyköping", 611, 611),
    ("Motala", 591, 591), ("Västervik", 593, 593), ("Falkenberg", 311, 311), ("Ystad", 271, 271),
    ("Landskrona", 261, 261), ("Ängelholm", 262, 262), ("Hässleholm", 281, 281), ("Piteå", 941, 941),
    ("Kiruna", 981, 981), ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871), ("Hudiksvall", 824, 824),
    ("Sandviken", 811, 811), ("Borlänge", 781, 784), ("Ludvika", 771, 771), ("Köping", 731, 731),
    ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Karlskoga", 691, 691), ("Lerum", 443, 443),
    ("Partille", 433, 433), ("Mölndal", 431, 431), ("Kungälv", 442, 442), ("Vänersborg", 462, 462),
    ("Mariestad", 542, 542), ("Värnamo", 331, 331), ("Nässjö", 571, 571), ("Oskarshamn", 572, 572),
    ("Visby", 621, 621), ("Lomma", 234, 234), ("Vallentuna", 186, 186), ("Järfälla", 175, 177),
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Cathedral Road", "Elm Grove", "Queen's Drive", "Whitehall Lane", "Cromwell Terrace",
    "St Mary's Close", "Beech Avenue", "Nelson Street", "Clarence Gardens", "Belvedere Crescent",
    "Gladstone Way", "Meadow View", "Canal Wharf", "Lavender Hill", "Sycamore Mews",
)  # fmt: skip
UK_TOWNS = (
    ("Bristol", "BS"), ("Cardiff", "CF"), ("Leeds", "LS"), ("Sheffield", "S"), ("Nottingham", "NG"),
    ("Brighton", "BN"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("York", "YO"), ("Reading", "RG"),
    ("Cambridge", "CB"), ("London", "SE"), ("London", "N"), ("Liverpool", "L"), ("Exeter", "EX"),
)  # fmt: skip
US_STREETS = ("Elm Street", "Cedar Lane", "Washington Avenue", "Lincoln Boulevard", "Hillcrest Drive", "Birch Court", "Sunset Road", "Franklin Street", "Prospect Avenue", "Willow Way")  # fmt: skip
US_TOWNS = (("Madison", "WI", 537), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Rockford", "IL", 611), ("Worcester", "MA", 16), ("Denver", "CO", 802), ("Albany", "NY", 122), ("Sioux Falls", "SD", 571))  # fmt: skip
EUROPE = (
    "Schillerstraße {n}, {z5:80331-81929} München", "Hauptstraße {n}, {z5:10115-10119} Berlin",
    "Am Stadtpark {n}a, {z5:20095-20099} Hamburg", "{n} rue Victor Hugo, {z5:69001-69009} Lyon",
    "{n}, avenue Jean Jaurès, {z5:31000-31500} Toulouse", "Mannerheimintie {n} A {m}, 00{z3:100-260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kong Oscars gate {n}, {z4:5017-5019} Bergen", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:590-699} Warszawa",
    "ul. Długa {n}, 80-{z3:827-831} Gdańsk", "Calle Mayor {n}, {m}º B, 280{z2:12-14} Madrid",
    "Avenida de la Constitución {n}, 410{z2:01-04} Sevilla", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Garibaldi {n}, {z5:10122-10124} Torino",
    "Corso Buenos Aires {n}, {z5:20124-20129} Milano",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "spray.se", "protonmail.com", "yahoo.com")  # fmt: skip
WORK = ("example.se", "maklare.example.se", "flytt.example.se", "fastighet.example.com", "example.com", "example.co.uk", "example.org")  # fmt: skip


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
    given: list[Word]  # one word, or two joined by a hyphen (`Ann-Christin`)
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
    """Every value of AY from one seeded Random; counts the head/tail split, origins and forms."""

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
            woman = r.random() < 0.52
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.06:  # Ann-Christin, Per-Olof
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.4, "uk": 0.25, "latin": 0.2}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.65:  # both surnames, the father's and the mother's
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a double name taken at marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed without diacritics
            self.forms["typed plain"] += 1
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
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}{surname[:3]}",
                          f"{surname}{r.randrange(50, 99)}", f"{given}-{surname}", f"{given[0]}{surname[0]}{r.randrange(100, 999)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "11", "19", "21", "16", "35", "36", "42", "46", "54", "60", "90"))
        area3 = r.choice(("120", "140", "157", "220", "240", "300", "321", "346", "413", "431", "454", "480", "498", "500", "510", "522", "586", "620", "660", "910", "920"))
        shapes = (
            (15, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (2, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046 {m[1:]} {d[:7]}"),
            (6, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:4]} {d[4:8]}"),
            (2, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"(08) {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area2}{d[:7]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (1, f"0{area3} {d[:3]} {d[3:6]}"),
            (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)20 7{d[:3]} {d[3:7]}", f"020 8{d[:3]} {d[3:7]}",
            f"0117 {d[:3]} {d[3:7]}", f"+44 29 20{d[:2]} {d[2:6]}", f"(608) 555-0{d[:3]}", f"+1 612 555 0{d[:3]}",
            f"+1-206-555-0{d[:3]}", f"512.555.0{d[:3]}", f"+49 (0)89 {d[:4]} {d[4:8]}", f"+49 152 {d[:8]}",
            f"030 {d[:8]}", f"+33 (0)4 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:7]}", f"+358 (0)9 {d[:3]} {d[3:7]}", f"+47 {d[:3]} {d[3:5]} {d[5:8]}", f"0047 9{d[:7]}",
            f"+45 {d[:4]} {d[4:8]}", f"+48 {d[:3]}-{d[3:6]}-{d[6:9]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 (0)20 {d[:3]} {d[3:7]}", f"06-{d[:8]}", f"+39 011 {d[:7]}", f"+39 3{d[:2]} {d[2:9]}",
            f"+90 (532) {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}", f"0091 {d[:5]} {d[5:10]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1934, 2009)
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
        roll = r.random()
        if roll < 0.1:
            out += r.choice(("A", "B", "C", "D", "a", "b"))
        elif roll < 0.14:
            out += r.choice((" A", " B", "-" + str(int(out) + 2)))
        return out

    def street_name(self) -> str:
        """A street's name: its form by weight (`-gatan`, `-vägen`, ... `-promenaden`), then a name of that form."""
        r = self.rng
        form = r.choices(STREET_FORMS, weights=STREET_WEIGHTS)[0]
        return r.choice(SV_STREETS[form])

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def sv_postal(self, se: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"
        roll = r.random()
        if roll < 0.78:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]} {town.upper()}"
        if se or r.random() < 0.07:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sweden" if self.lang != "sv" else out + ", Sverige"
        return out

    def flat(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        if roll < 0.85:
            return f"{r.randrange(1, 8)} tr"
        return f"{r.randrange(2, 7)} tr lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"

    def sv_address(self, lines: bool = False, flat: bool | None = None, se: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if flat or (flat is None and r.random() < 0.18):
            street += f"{r.choice((' ', ', ', ' ', ', '))}{self.flat()}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(se)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {r.randrange(2, 9)} tr, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.3:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        elif roll < 0.36:
            street = f"Flat {r.randrange(1, 9)}{r.choice('ABC')}, {r.choice(('Mercer House', 'Tannery Court', 'Foundry Lofts'))}, {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(('N ', 'S ', 'W ', 'E ', '', '', '', ''))}{r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(1, 40)}{r.choice(('', '', 'B'))}".replace("# ", "#")
        code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{town}, {state} {code}" if lines else f"{street}, {town}, {state} {code}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 180)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:
            head, _, tail = out.rpartition(", ")
            return f"{head}\n{tail}"
        return out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        short = draw.nickname(person, 0.08 if base in ("G", "g") else 0.9)
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
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True), "ADDRESS"),
        "AFL": lambda: (draw.sv_address(lines=True, flat=True), "ADDRESS"),
        "ASE": lambda: (draw.sv_address(se=True, lines=r.random() < 0.4), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STF": lambda: (f"{draw.sv_street()}{r.choice((' ', ', '))}{draw.flat()}", "ADDRESS"),
        "SN": lambda: (draw.street_name(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "KVM": lambda: (str(r.randrange(24, 210)), None),
        "ROK": lambda: (str(r.randrange(1, 7)), None),
        "AMT": lambda: (f"{r.randrange(400, 90000):,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.randrange(12, 130) * 100_000:,} kr".replace(",", " "), None),
        "RENT": lambda: (f"{r.randrange(45, 190) * 100:,}".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(80, 4800):,}", None),
        "USD": lambda: (f"${r.randrange(90, 6000):,}", None),
        "EUR": lambda: (f"{r.randrange(60, 3900)} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"ärende {r.randrange(10000, 99999)}" if not en else f"case {r.randrange(10000, 99999)}", f"#{r.randrange(100000, 999999)}", f"BN {r.randrange(2026, 2028)}-{r.randrange(100, 2999):06d}")), None),
        "FAST": lambda: (f"{r.choice(('Sjöbotten', 'Hägern', 'Kvarnen', 'Pilträdet', 'Rönnen', 'Bageriet', 'Svalan', 'Tegelbruket', 'Lärkan', 'Oxen Större'))} {r.randrange(1, 30)}:{r.randrange(1, 400)}", None),
        "UNIT": lambda: (f"{r.choice('ABCDEFG')}{r.randrange(1, 400)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
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
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AY's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ay-{len(rows) + 1:04d}", "split": "heldout-ay", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AY is printed."""
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
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, typed without diacritics: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


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
