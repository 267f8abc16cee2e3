# ruff: noqa: E501
"""Generate held-out AQ for personal-data detection (issue 15): names as the population has them,
a twenty-second writer.

    python data/pii/generate_aq.py          # writes data/pii/generated-heldout-aq.jsonl
    python data/pii/generate_aq.py --stats  # counts only (sizes, forms, the head/tail split)

Every name word comes from `names_aq.py`'s weighted pools (SCB's ranks for Sweden, the US Census
1990 per cents and UK rankings, the commonest names of the origins common in Sweden), mixed by
the language of the row roughly as Sweden's population is, 80% from the head of a list and 20%
from its tail. The genres are research, tech and careers (`templates_aq.py`: author lists,
affiliations and acknowledgements, grant applications and reviews, lab notebooks and sample
logs, git logs, code reviews and bug reports with user names in paths and stack traces, on-call
handovers and incident reports, CVs and profiles, recruitment pipelines and interview loops,
conference programmes and speaker lists). Written by a helper who tunes nothing, who read
neither the detector's rules, lexicons and tagger (`src/rung/privacy/`) nor any error listing
nor any other set's names and templates (`generate_ag.py` was read for its mechanics only); AQ
was never run through the detector by its writer, and its names were not checked against
rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_aq import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_aq import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20261230
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-aq.jsonl"
NICK_SHARE = 0.15  # a person who has a short form is called by it in one-word slots

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of the address register), farm
# and hamlet names that are addresses by themselves, and real towns with their postcode ranges
# (first three digits).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Nygatan",
    "Järnvägsgatan", "Trädgårdsgatan", "Östra Långgatan", "Västra Hamngatan", "Sankt Eriksgatan",
    "Hornsgatan", "Götgatan", "Folkungagatan", "Odengatan", "Upplandsgatan", "Vasagatan",
    "Linnégatan", "Kaserngatan", "Tullgatan", "Bryggaregatan", "Klostergatan", "Sysslomansgatan",
    "Rundelsgatan", "Regementsgatan", "Föreningsgatan", "Stora Nygatan", "Prästgårdsgatan",
    "Engelbrektsgatan", "Nordenskiöldsgatan", "Bangårdsgatan", "Sturegatan", "Biskopsgatan",
    "Björkvägen", "Granvägen", "Ringvägen", "Industrivägen", "Skogsvägen", "Ekbacksvägen",
    "Lövängsvägen", "Tallbacksvägen", "Sveavägen", "Valhallavägen", "Hagavägen", "Sandåsvägen",
    "Kvarnvägen", "Bruksvägen", "Solrosvägen", "Almvägen", "Rönnbärsvägen", "Klövervägen",
    "Södra Vägen", "Norra Strandvägen", "Gamla Kungsvägen", "Lilla Aspuddsvägen",
    "Rinkebysvängen", "Hallonsvängen", "Lärksvängen", "Tranbärssvängen", "Gläntsvängen",
    "Hammarby allé", "Lundby allé", "Kronoparkens allé", "Rosenlunds allé", "Bäckby allé",
    "Kvarnbacken", "Solbacken", "Kyrkbacken", "Tornbacken", "Gärdesbacken", "Mjölnarbacke",
    "Lärkstigen", "Blåbärsstigen", "Ängsstigen", "Vitsippsstigen", "Granstigen", "Lingonstig",
    "Stortorget", "Järntorget", "Fisktorget", "Kanaltorget", "Möllevångstorget", "Lilla torg",
    "Odenplan", "Mariaplan", "Fridhemsplan", "Karlaplan",
    "Tulpangränd", "Tegelbruksgränd", "Bollhusgränd", "Skräddargränd", "Hantverkargränd",
    "Ekslingan", "Tallslingan", "Lönnslingan", "Strandpromenaden", "Esplanaden",
    "Skogshöjden", "Stationsplatsen", "Skeppsbrokajen", "Solliden", "Bergsjöleden",
)  # fmt: skip
SV_FARMS = ("Ekhaga", "Lillgården", "Västergården", "Bäckhagen", "Norrgården", "Sjötorp", "Björkelund", "Östanå", "Lindhult", "Skogsbo")  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Lund", 222, 227), ("Umeå", 901, 907), ("Luleå", 971, 977),
    ("Örebro", 701, 705), ("Västerås", 721, 725), ("Norrköping", 601, 605), ("Jönköping", 551, 556),
    ("Helsingborg", 252, 256), ("Karlstad", 651, 656), ("Växjö", 351, 355), ("Gävle", 802, 806),
    ("Sundsvall", 851, 857), ("Halmstad", 301, 305), ("Borås", 501, 507), ("Eskilstuna", 631, 635),
    ("Kalmar", 391, 393), ("Karlskrona", 371, 373), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Östersund", 831, 832), ("Falun", 791, 791), ("Trollhättan", 461, 461), ("Visby", 621, 622),
    ("Kiruna", 981, 981), ("Skellefteå", 931, 931), ("Solna", 169, 171), ("Kista", 164, 164),
    ("Sundbyberg", 172, 174), ("Täby", 183, 187), ("Lidingö", 181, 181), ("Nacka", 131, 131),
    ("Huddinge", 141, 141), ("Södertälje", 151, 152), ("Mölndal", 431, 431), ("Kungälv", 442, 442),
    ("Alingsås", 441, 441), ("Varberg", 432, 432), ("Ystad", 271, 271), ("Landskrona", 261, 261),
    ("Nyköping", 611, 611), ("Enköping", 745, 745), ("Norrtälje", 761, 761), ("Sandviken", 811, 811),
    ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 891), ("Piteå", 941, 941), ("Mora", 792, 792),
    ("Borlänge", 781, 784), ("Lidköping", 531, 531), ("Uddevalla", 451, 451), ("Kungsbacka", 434, 434),
    ("Knivsta", 741, 741), ("Vallentuna", 186, 186), ("Järfälla", 175, 177), ("Motala", 591, 591),
)  # fmt: skip
UK_STREETS = (
    "Mill Road", "Hills Road", "Cowley Road", "Woodstock Road", "Kingsway", "Oxford Road",
    "Victoria Street", "Church Street", "The Green", "Orchard Close", "Meadow Way",
    "Windsor Avenue", "Beech Grove", "St John's Road", "Queens Drive", "Highfield Road",
    "Clarence Street", "Castle Street", "Station Approach", "Park Terrace", "Albion Place",
    "Marlborough Road", "Nelson Street", "Hawthorn Crescent", "Willow Walk", "Blenheim Gardens",
)  # fmt: skip
UK_TOWNS = (
    ("Oxford", "OX"), ("Cambridge", "CB"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Newcastle upon Tyne", "NE"), ("Brighton", "BN"),
    ("Southampton", "SO"), ("Coventry", "CV"), ("Leicester", "LE"), ("Bath", "BA"),
    ("Durham", "DH"), ("London", "N"), ("London", "SW"), ("London", "WC"), ("Belfast", "BT"),
    ("Cardiff", "CF"), ("Aberdeen", "AB"), ("Sheffield", "S"), ("Nottingham", "NG"),
)  # fmt: skip
US_STREETS = ("Elm Street", "University Avenue", "Oak Street", "Hillside Drive", "Pine Street", "Broadway", "Cedar Lane", "Lake Street", "Walnut Street", "Chestnut Street", "Spring Street", "Highland Avenue", "Fairview Road", "Ridge Road", "Maple Avenue", "Commonwealth Avenue")  # fmt: skip
US_TOWNS = (
    ("Madison", "WI", 537), ("Ann Arbor", "MI", 481), ("Berkeley", "CA", 947), ("Austin", "TX", 787),
    ("Cambridge", "MA", 21), ("Pittsburgh", "PA", 152), ("Boulder", "CO", 803), ("Durham", "NC", 277),
    ("Palo Alto", "CA", 943), ("Seattle", "WA", 981), ("Ithaca", "NY", 148), ("Baltimore", "MD", 212),
    ("Atlanta", "GA", 303), ("San Diego", "CA", 921), ("Minneapolis", "MN", 554), ("Portland", "OR", 972),
)  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Am Markt {n}, 28195 Bremen",
    "Bahnhofstr. {n}a, {z5:70173-70199} Stuttgart", "Königsallee {n}, 40212 Düsseldorf",
    "Mariahilfer Straße {n}/{m}, 1060 Wien", "Bahnhofstrasse {n}, 8001 Zürich",
    "{n} rue des Lilas, 75019 Paris", "{m} place Bellecour, 69002 Lyon",
    "{n} avenue de la Libération, 33000 Bordeaux", "Aleksanterinkatu {n} B {m}, 00100 Helsinki",
    "Hämeenkatu {n} A {m}, 33100 Tampere", "Yliopistonkatu {n}, 20100 Turku",
    "Esplanaden {n}, 00130 Helsingfors", "Storgata {n}, 0155 Oslo",
    "Kong Oscars gate {n}, 5017 Bergen", "Prinsens gate {n}, 7011 Trondheim",
    "Nørrebrogade {n}, {m}. tv., 2200 København N", "Vestergade {n}, 8000 Aarhus C",
    "Algade {n}, 4000 Roskilde", "ul. Marszałkowska {n} m. {m}, 00-{z3:510-699} Warszawa",
    "ul. Floriańska {n}, 31-019 Kraków", "ul. Piotrkowska {n}/{m}, 90-{z3:001-999} Łódź",
    "Calle de Alcalá {n}, {m}º A, 28009 Madrid", "Carrer de Sants {n}, 08014 Barcelona",
    "Avenida del Puerto {n}, 46023 Valencia", "Keizersgracht {n}, 1016 DV Amsterdam",
    "Oudegracht {n}, 3511 AW Utrecht", "Coolsingel {n}, 3011 AD Rotterdam",
    "Via Roma {n}, 20121 Milano", "Via Garibaldi {n}, 10122 Torino",
    "Tartu mnt {n}, 10117 Tallinn", "Rue de la Loi {n}, 1000 Bruxelles",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "proton.me", "yahoo.com", "telia.com")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "uni.example.se", "lab.example.org", "dev.example.io", "ki.example.se")  # fmt: skip


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
    given: Word
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    nick: str = ""

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AQ from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deal(self, name: str, items: Sequence[str]) -> str:
        """From a shuffled deck: every item before any comes again."""
        deck = self.decks.setdefault(name, [])
        if not deck:
            deck.extend(items)
            self.rng.shuffle(deck)
        return deck.pop()

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
        given = self.pick(pool)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        for _ in range(5):  # not `Ali Ali`: a surname that is the given name is drawn again
            if surname[0][0] != given[0]:
                break
            surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        elif key == "thai" and woman and roll < 0.35:  # married in Sweden
            surname = [self.pick(ORIGINS["swedish"].surnames)]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = (plain(given[0]), given[1])
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        nick = ""
        if given[0] in NICKNAMES and r.random() < 0.3:
            nick = r.choice(NICKNAMES[given[0]])
        return Person(woman, key, given, surname, middle, joint, nick)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname}",
                          f"{given}{r.randrange(70, 99)}", f"{given[0]}.{surname}",
                          f"{surname}.{given}", f"{given}_{surname}{r.randrange(1, 30)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.55 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)  # a subscriber's number starts with 1-9
        m = "07" + r.choice("0023369")
        area3 = r.choice(
            ("031", "040", "018", "013", "046", "090", "019", "021", "011", "036", "054", "060")
        )
        area4 = r.choice(
            ("0920", "0470", "0480", "0455", "0500", "0520", "0498", "0980", "0910", "0141")
        )
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"),
            (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"{m}-{d[:7]}"),
            (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m}-{d[:3]} {d[3:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (7, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"(08) {d[:3]} {d[3:6]} {d[6:8]}"),
            (4, f"{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"{area3}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 {area3[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"{area4}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"{area4}-{d[:3]} {d[3:5]}"),
            (1, f"+46 {area4[1:]} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0771-{d[:3]} {d[3:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+` or `00`, or as dialled at home."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:2]} {d[2:5]} {d[5:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}", f"00358 9 {d[:4]} {d[4:7]}", f"+44 7700 900{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}", f"07700 900{d[:3]}", f"0044 161 496 0{d[:3]}",
            f"+49 30 {d[:8]}", f"+49 (0)171 {d[:7]}", f"0049 89 {d[:4]} {d[4:8]}",
            f"+1 617 555 0{d[:3]}", f"+1 (608) 555-0{d[:3]}", f"001 512 555 0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0033 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+91 80 {d[:4]} {d[4:8]}", f"+86 138 {d[:4]} {d[4:8]}",
            f"0086 10 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"+43 1 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return shapes[int(self.deal("phone_x", [str(i) for i in range(len(shapes))]))]

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1945, 2006)
        day = r.randrange(1, 29)
        if r.random() < 0.05:  # a samordningsnummer: the day plus 60
            day += 60
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{day:02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.5:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.82:
            return f"{date}-{serial}{check}"
        if roll < 0.94:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 16)) + 1, 180))
        if r.random() < 0.14:
            number += r.choice(("A", "B", "C", "D", " A", " B"))
        street = self.deal("sv_street", SV_STREETS)
        if r.random() < 0.05:
            street = self.deal("sv_farm", SV_FARMS)
        return f"{street} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.14:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif roll < 0.2:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.23:
            street += f", {r.choice(('vån', 'vån.', 'plan'))} {r.randrange(1, 7)}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        """An office or department: a Box, a floor, a visiting address, `c/o` a company."""
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.5:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        if roll < 0.8:
            company = r.choice(("Regus", "Spaces", "Epicenter", "SUP46", "Norrsken House"))
            return f"c/o {company}, {self.sv_street()}, {self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal(country=True)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {self.deal('uk_street', UK_STREETS)}"
        roll = r.random()
        if roll < 0.18:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.25:
            street = f"{r.choice(('Ivy Cottage', 'The Old Forge', 'Flat 3A', 'Unit 12'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {self.deal('us_street', US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', 'Apt.'))} {r.randrange(2, 900)}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deal("europe", EUROPE).replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, style: str) -> str:
    """The genitive's ending, no part of the name: Swedish `s` (none after s, x, z), English `'s`."""
    if style == "~":
        return "" if name[-1] in "sxzSXZ" else "s"
    return "'" if name.endswith("s") and name[-2:] != "ss" else "'s"


def initials(given: str, middle: list[Word], dots: bool, spaced: bool) -> str:
    """`A.`, `A.M.`, `A. M.`, `A.-K.`; without dots `A`, `AM`, `AK` (Vancouver)."""
    parts = ["-".join(p[0] for p in given.split("-"))]
    parts += [w[0] for w, _ in middle]
    if not dots:
        return "".join(p.replace("-", "") for p in parts)
    dotted = [p.replace("-", ".-") + "." for p in parts]
    return (" " if spaced else "").join(dotted)


def person_segments(form: str, mark: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    r = draw.rng
    given, surname, middle = [person.given], person.surname, person.middle
    first = person.first
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U") and person.nick and r.random() < NICK_SHARE:
        first = person.nick
        draw.forms["short form"] += 1
    if form in ("G", "g") and person.nick:
        first = person.nick
        draw.forms["short form"] += 1
        draw.forms["short form alone"] += 1
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{first} {person.last}"
        if form == "p":
            value = value.lower() if r.random() < 0.8 else plain(value).lower()
        value = value.upper() if form == "U" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle]) + f" {person.last}"
    elif form in ("G", "g"):
        words, value = given, first.lower() if form == "g" else first
    elif form in ("S", "s"):
        words, value = surname, person.last.lower() if form == "s" else person.last
    elif form == "I":  # initials: only the surname is a name word shown in full
        shown = middle if r.random() < 0.5 else []
        words = surname
        value = f"{initials(person.first, shown, True, r.random() < 0.4)} {person.last}"
    elif form == "V":
        shown = middle if r.random() < 0.6 else []
        words = surname
        value = f"{person.last} {initials(person.first, shown, False, False)}"
    elif form == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif form == "RI":
        shown = middle if r.random() < 0.4 else []
        words = surname
        value = f"{person.last}, {initials(person.first, shown, True, True)}"
    elif form == "RU":
        words, value = surname + given, f"{person.last.upper()} {person.first}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif form == "u":  # a user name in a path or a log: the given name, or given.surname
        if r.random() < 0.7:
            words, value = given, plain(person.first).lower().replace("-", "")
        else:
            words = given + surname[:1]
            value = f"{plain(person.first).lower().replace('-', '')}.{plain(surname[0][0]).lower()}"
        draw.forms["user name"] += 1
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if mark:
        segments.append((genitive(value, mark), None))
    return segments


FAMILY = {
    "A": "Swedish", "AL": "Swedish", "ALGH": "Swedish", "ST": "Swedish", "a": "Swedish",
    "AO": "Swedish office", "AU": "UK", "AUL": "UK", "au": "UK", "AUS": "US", "AUSL": "US",
    "AX": "Europe", "AXL": "Europe", "PH": "Swedish", "PHX": "abroad",
}  # fmt: skip
PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "S", "s", "I", "V", "R", "RI", "RU", "Gi", "u", "E"}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(~|')?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hex7 = "".join(r.choice("0123456789abcdef") for _ in range(40))
    wd = r.randrange(7)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
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
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}", f"2026-{month:02d}-{day:02d}")), None),
        "TIME": lambda: (f"{r.randrange(7, 19):02d}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'pm'))}", f"{r.randrange(1, 12)}{r.choice(('am', 'pm', ' pm'))}", f"{r.randrange(7, 19):02d}:{r.choice(('00', '30'))}")), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YEAR": lambda: (str(r.randrange(2015, 2027)), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "BIG": lambda: (str(r.randrange(1000, 99999)), None),
        "PCT": lambda: (str(r.choice((10, 20, 25, 30, 40, 50, 60, 75, 80, 100))), None),
        "AMT": lambda: (f"{r.randrange(80, 9000) * 1000:,}".replace(",", " "), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "DAY": lambda: (DAYS["sv"][wd], None),
        "DAYEN": lambda: (DAYS["en"][wd], None),
        "SHA": lambda: (hex7[:7], None),
        "SHAL": lambda: (hex7, None),
        "GITDATE": lambda: (f"{DAYS['git'][wd]} {MONTHS['git'][month - 1]} {day} {r.randrange(8, 23):02d}:{r.randrange(60):02d}:{r.randrange(60):02d} 2026 +0{r.choice('12')}00", None),
        "VER": lambda: (f"{r.randrange(1, 6)}.{r.randrange(0, 30)}.{r.randrange(0, 12)}", None),
        "TICKET": lambda: (f"{r.choice(('PLAT', 'OPS', 'API', 'DATA', 'WEB', 'INFRA'))}-{r.randrange(100, 9999)}", None),
        "INC": lambda: (f"INC-2026-{r.randrange(1, 999):04d}", None),
        "SAMPLE": lambda: (f"{r.choice(('S', 'P', 'BIO', 'RNA'))}-{r.randrange(24, 27)}-{r.randrange(1, 2999):04d}", None),
        "ROOM": lambda: (f"{r.choice(('A', 'B', 'C', 'D', 'E'))}{r.randrange(1, 5)}:{r.randrange(1, 60):02d}", None),
        "LINE": lambda: (str(r.randrange(12, 900)), None),
    }  # fmt: skip
    if form in values:
        value, kind = values[form]()
        if kind in ("ADDRESS", "PHONE"):
            draw.forms[f"{kind.lower()} {FAMILY[form]}"] += 1
        return value, kind
    return (draw.deal(form, WORDS[form]), None)


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, mark, gender = match.groups()
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, mark or "", person, draw)
        else:
            assert not mark, template
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AQ's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-aq-{len(rows) + 1:04d}", "split": "heldout-aq", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def check(rows: list[dict[str, object]]) -> None:
    """Spans sorted, apart, inside the text, without space at their edges; check digits valid."""
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        end = 0
        for span in spans:
            value = text[span["start"] : span["end"]]
            assert span["start"] >= end and value and value == value.strip(), (row["id"], value)
            end = span["end"]
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                assert luhn(digits[:9]) == int(digits[9]), row["id"]


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AQ is printed."""
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
                forms["capitals"] += value.isupper()
                forms["hyphen"] += "-" in value
                forms["initials"] += bool(
                    re.search(r"(?:^|\s)[A-ZÅÄÖ](?:\.-?[A-Z]?)*\.(?:\s|$)|\s[A-Z]{1,3}$", value)
                )
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in draw.forms.items()))
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
    check(rows)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
