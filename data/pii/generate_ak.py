# ruff: noqa: E501
"""Generate held-out AK for personal-data detection (issue 15): names as the population has them,
a sixteenth writer.

    python data/pii/generate_ak.py          # writes data/pii/generated-heldout-ak.jsonl
    python data/pii/generate_ak.py --stats  # counts only (sizes, forms, the head/tail split)

Every name word comes from `names_ak.py`'s weighted pools (SCB's ranks for Sweden, the US Census
1990 frequencies and UK rankings for English text, the commonest names of the origins common in
Sweden), 80% from the head of a list and 20% from its tail, with short forms (`Jocke`, `Mike`)
where people use them, in the genres of research, civil society and migration
(`templates_ak.py`: grant applications and reviews, conference programmes, lab and PhD rosters,
thesis defences, NGO and volunteer rosters, party and union membership lists, petitions,
election workers, church, mosque and association notices, Migrationsverket and asylum case notes,
interpreter bookings, SFI and language cafés, integration mentors; English charities, university
administration, research ethics, volunteer newsletters; chat in lower case). Written by a helper
who does not tune the detector and read neither its rules, lexicons and tagger nor any other
set's names and templates (`generate_ag.py` was read for its mechanics only); AK was never run
through the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ak import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ak import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20261224
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ak.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge), with real towns and the first
# three digits of their postcodes.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Järnvägsgatan", "Skolgatan",
    "Kyrkogatan", "Nygatan", "Hantverkargatan", "Bondegatan", "Folkungagatan", "Sankt Eriksgatan",
    "Odengatan", "Upplandsgatan", "Karlavägen", "Valhallavägen", "Ringvägen", "Björkvägen",
    "Tallvägen", "Granvägen", "Ekvägen", "Lärkvägen", "Skogsvägen", "Sjövägen", "Idrottsvägen",
    "Hagalundsvägen", "Rinkebysvängen", "Rinkeby allé", "Tensta allé", "Hallundavägen",
    "Bergsjövägen", "Rymdtorget", "Hammarkulletorget", "Långströmsgatan", "Ramels väg",
    "Amiralsgatan", "Nobelvägen", "Gottsundavägen", "Tornavägen", "Sölvegatan", "Kvarnbacken",
    "Klockarbacken", "Lärkstigen", "Blåbärsstigen", "Stora torget", "Lilla torget", "Järntorget",
    "Tulpangränd", "Klockargränd", "Prästgårdsgränd", "Mariaplan", "Fridhemsplan", "Norra Allégatan",
    "Solvägen", "Ängsvägen", "Backavägen", "Kopparvägen", "Fabriksgatan", "Södra Vägen",
    "Östra Långgatan", "Västra Hamngatan", "Trädgårdsgatan", "Möllevångsgatan", "Sofielundsvägen",
    "Eriksbergsgatan", "Hjalmar Brantingsgatan", "Vårbergsvägen", "Skärholmsgången",
    "Alby backe", "Fittjavägen", "Husbygårdsvägen", "Akallalänken", "Svartviksslingan",
    "Björnbärsvägen", "Hyllie allé", "Annedalsvägen", "Lingonstigen", "Smedjegatan", "Kaptensgatan",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 112, 128), ("Göteborg", 413, 426), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Lund", 222, 226), ("Umeå", 903, 907), ("Linköping", 582, 589), ("Örebro", 702, 705),
    ("Västerås", 722, 725), ("Norrköping", 602, 605), ("Helsingborg", 252, 256), ("Jönköping", 553, 556),
    ("Gävle", 802, 806), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Borås", 503, 507), ("Södertälje", 151, 152), ("Botkyrka", 145, 147), ("Huddinge", 141, 143),
    ("Järfälla", 175, 177), ("Sigtuna", 193, 195), ("Solna", 169, 171), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Kristianstad", 291, 291), ("Trollhättan", 461, 462),
    ("Landskrona", 261, 261), ("Falun", 791, 791), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Skövde", 541, 541), ("Norrtälje", 761, 761), ("Katrineholm", 641, 641), ("Alingsås", 441, 441),
    ("Mölndal", 431, 431), ("Filipstad", 682, 682), ("Ljusdal", 827, 827), ("Haparanda", 953, 953),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Manor Road", "Mill Lane",
    "Queens Road", "Park Avenue", "Albert Street", "The Green", "Orchard Close", "Windsor Road",
    "Brook Street", "Hill Crescent", "Stanley Road", "Clarendon Road", "Moss Lane", "Beech Grove",
    "St John's Road", "Wellington Street", "Cemetery Road", "Oxford Road", "Ladypool Road",
)  # fmt: skip
UK_TOWNS = (
    ("London", "E"), ("London", "N"), ("London", "SW"), ("Birmingham", "B"), ("Manchester", "M"),
    ("Leeds", "LS"), ("Bradford", "BD"), ("Leicester", "LE"), ("Sheffield", "S"), ("Cardiff", "CF"),
    ("Glasgow", "G"), ("Newcastle upon Tyne", "NE"), ("Oxford", "OX"), ("Cambridge", "CB"),
    ("Coventry", "CV"), ("Brighton", "BN"), ("Swansea", "SA"), ("Belfast", "BT"),
)  # fmt: skip
US_STREETS = ("Main Street", "Maple Avenue", "Oak Street", "Pine Street", "Cedar Lane", "Washington Street", "Lake Street", "Hillside Drive", "Franklin Avenue", "Church Street", "University Avenue", "College Road")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Boston", "MA", "021"), ("Ann Arbor", "MI", 481), ("Madison", "WI", 537), ("Austin", "TX", 787), ("Portland", "OR", 972), ("Berkeley", "CA", 947), ("Durham", "NC", 277), ("Seattle", "WA", 981))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10961-10999} Berlin", "Kirchweg {n}, {z5:50667-51149} Köln",
    "Gartenstraße {n}, {z5:04103-04357} Leipzig", "{n} rue Victor Hugo, {z5:33000-33800} Bordeaux",
    "{n} avenue de la Liberté, {z5:67000-67200} Strasbourg", "{n} rue des Écoles, 75005 Paris",
    "Aleksanterinkatu {n} B {m}, 00100 Helsinki", "Yliopistonkatu {n} A {m}, {z5:20100-20900} Turku",
    "Thorvald Meyers gate {n}, 0555 Oslo", "Kongens gate {n}, {z4:7011-7099} Trondheim",
    "Nørrebrogade {n}, {m}. tv., 2200 København N", "Jægergårdsgade {n}, 8000 Aarhus C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Piotrkowska {n}, 90-{z3:100-999} Łódź",
    "Calle de Alcalá {n}, {m}º A, 280{z2:10-99} Madrid", "Avinguda Diagonal {n}, 080{z2:10-40} Barcelona",
    "Prinsengracht {n}, {z4:1015-1018} AB Amsterdam", "Oudegracht {n}, 3511 {z2:10-99} Utrecht",
    "Via Roma {n}, {z5:10121-10156} Torino", "Rue Neuve {n}, 1000 Bruxelles",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "protonmail.com", "telia.com")  # fmt: skip
WORK = ("su.example.se", "gu.example.se", "lu.example.se", "uu.example.se", "example.org", "example.ac.uk", "redcross.example.se", "example.edu")  # fmt: skip


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
    short: str = ""  # a short form people use for the given name, if it has one

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AK from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.nicknames = 0
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
        given = self.pick(pool)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "arabic": 0.1}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = (plain(given[0]), given[1])
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        shorts = NICKNAMES.get(given[0], ())
        short = r.choice(shorts) if shorts else ""
        return Person(woman, key, given, surname, middle, joint, short)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = (
            plain(person.first)
            .lower()
            .replace("-", "")
            .replace("é", "e")
            .replace("å", "a")
            .replace("ä", "a")
            .replace("ö", "o")
        )
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        surname = surname.replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.55 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023679")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (11, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}-{d[:3]}{d[3:5]}{d[5:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0046{m[1:]}{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"08{d}"),
            (4, f"0{r.choice(('31', '40', '18', '46', '90', '13', '19', '21', '60', '63'))}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{r.choice(('31', '40', '18', '46', '90'))}-{d[:3]} {d[3:5]} {d[5:]}"),
            (3, f"0{r.choice(('150', '590', '651', '922', '571', '410', '470', '380'))}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {r.choice(('31', '40', '18', '46', '90'))}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0{r.choice(('31', '40', '18'))}-{d[:3]} {d[3:5]} {d[5:]} ankn. {r.randrange(100, 999)}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_en(self) -> str:
        """A number as a UK, Irish or US charity or university writes it."""
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07{r.choice('4579')}{d[:2]} {d[2:6]}{r.randrange(10)}{r.randrange(10)}",
            f"+44 7700 900{d[:3]}", f"+44 (0)7{r.choice('4579')}{d[:2]} {d[2:6]}{r.randrange(10)}{r.randrange(10)}",
            f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0121 496 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"+44 20 7946 0{d[:3]}", f"(0117) 496 0{d[:3]}", f"029 2018 0{d[:3]}",
            f"+353 1 {d[:3]} {d[3:6]}{r.randrange(10)}", f"(617) 555-0{d[:3]}", f"617-555-0{d[:3]}",
            f"+1 734 555 0{d[:3]}", f"(608) 555-0{d[:3]} ext. {r.randrange(10, 99)}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 50 {d[:3]} {d[3:7]}", f"00358 40 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"+49 30 {d[:8]}", f"+49 (0)221 {d[:7]}", f"0049 176 {d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0033 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+32 4{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+251 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}", f"00380 44 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+1 (734) 555-0{d[:3]}", f"+86 138 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1940, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.45:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 15)) + 1, 180))
        if r.random() < 0.14:
            number += r.choice(("A", "B", "C", " A", " B", "D"))
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if town in ("Stockholm", "Göteborg", "Malmö") and r.random() < 0.15:
            out = out.replace(town, town.upper())
        if country or r.random() < 0.04:
            out = (
                "SE-" + out
                if r.random() < 0.5
                else out + ", Sweden"
                if self.lang != "sv"
                else out + ", Sverige"
            )
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        if r.random() < 0.08:
            who = self.rng.choice(ORIGINS["swedish"].surnames.names[:80])
            street = f"c/o {who}{chr(10) if lines else ', '}{street}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.25:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal(country=True)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 260)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.22:
            street = f"{r.choice(('Ivy Cottage', 'The Old Rectory', 'Flat 3A', 'Unit 7', 'Room 12, Hall of Residence'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}".replace(
                "# ", "#"
            )
        return f"{street}, {town}, {state} {prefix}{r.randrange(1, 99):02d}"

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
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, lang: str) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    r = draw.rng
    given, surname, middle = [person.given], person.surname, person.middle
    base = form[:-1] if len(form) > 1 and form.endswith("s") and form[:-1] in BASES else form
    first = person.first
    if base in ("G", "g") and person.short and r.random() < 0.12:  # a short form, unasked
        base = {"G": "N", "g": "n"}[base]
    if base in ("N", "n", "Np") and person.short and (base == "Np" or r.random() < 0.75):
        first = person.short
        draw.nicknames += 1
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join(w for w, _ in given + middle) + f" {person.last}"
    elif base in ("G", "g", "N", "n"):
        words, value = given, first.lower() if base in ("g", "n") else first
    elif base == "Np":
        words, value = given + surname, f"{first} {person.last}"
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form and form.endswith("s"):
        segments.append((genitive(value, lang), None))
    return segments


BASES = {"P", "p", "U", "F", "G", "g", "N", "n", "Np", "S", "s", "I", "Gi", "R", "RU", "E"}
PERSON_FORMS = BASES | {b + "s" for b in BASES if b != "E"}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")
ENGLISH_AFTER = re.compile(
    r"^\s*(grant|place|number|phone|application|thesis|talk|paper|mum|office|case|group|comments|department|institution|supervisors|funeral|successor|garage|petition|email)\b"
)


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHE": lambda: (draw.phone_en(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(20, 99)), None),
        "GBP": lambda: (f"£{r.randrange(50, 2000)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(2025, 2027)}-{r.randrange(10000, 99999)}", f"Dnr {r.randrange(2025, 2027)}-{r.randrange(100, 9999)}-{r.randrange(1, 9)}", f"{r.randrange(100000, 999999)}")), None),
        "ENREF": lambda: (f"{r.choice(('REC', 'ETH', 'HREC'))}/{r.randrange(2025, 2027)}/{r.randrange(100, 999)}", None),
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
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            lang = draw.lang
            if lang == "mixed":  # the genitive of the language of the words that follow
                lang = "en" if ENGLISH_AFTER.match(template[match.end() :]) else "sv"
            segments = person_segments(form, person, draw, lang)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AK's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ak-{len(rows) + 1:04d}", "split": "heldout-ak", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def check(rows: list[dict[str, object]]) -> None:
    """Spans sorted, inside the text, not overlapping, without outer blanks; personnummer valid."""
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        end = 0
        for span in spans:
            assert span["start"] >= end and span["end"] <= len(text), row["id"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip() and value, row["id"]
            if span["kind"] == "NATIONAL_ID":
                digits = value.replace("-", "")[-10:]
                assert luhn(digits[:9]) == int(digits[9]), row["id"]
            end = span["end"]


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AK is printed."""
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
                forms["capitals"] += any(
                    len(re.sub(r"\W", "", w)) > 1 and w.isupper() for w in value.split()
                )
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
    print(f"short forms (nicknames) used: {draw.nicknames}")
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
