# ruff: noqa: E501
"""Generate held-out W for personal-data detection (issue 15): names as the population has them,
a second writer.

    python data/pii/generate_w.py          # writes data/pii/generated-heldout-w.jsonl
    python data/pii/generate_w.py --stats  # counts only (sizes, forms, the head/tail split)

Like V, and unlike the worst-case sets O to U, W's names are drawn by how often people really
carry them: every name word comes from `names_w.py`'s weighted pools (SCB's ranks for Sweden,
the commonest names of the origins common in Sweden weighted by their share of its population,
the US Census 1990 frequencies and UK rankings for English text), 80% from the head of a list
and 20% from its tail, in the forms people write them (`templates_w.py`: e-mail threads with
signatures and quoted replies, bookings, school messages, BRF notices, contracts, bank and
insurance letters, pharmacy and healthcare SMS, CVs and job applications, LinkedIn, chat between
colleagues, rosters, parcel notices, reviews, commits and code comments, JSON/YAML/CSV records).
Written by a helper who does not tune the detector, who read neither its rules, lexicons and
tagger (`src/rung/privacy/`) nor any dev set's error listing nor V's names and templates; W
was never run through the detector by its writer, and its names were not checked against rung's
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

from names_w import (  # noqa: E402
    HEAD_SHARE,
    HYPHEN_SHARE,
    MIXES,
    SV_HYPHEN_F,
    SV_HYPHEN_M,
    Origin,
    Pool,
    feminine,
    origins,
    plain,
)
from templates_w import DAYS, MONTHS, NEGATIVES, ROOMS, TEMPLATES  # noqa: E402

SEED = 52817
SIZES = {"sv": 290, "en": 180, "mixed": 170}  # rows per language, negatives included
OUT = HERE / "generated-heldout-w.jsonl"

Segment = tuple[str, str | None]  # text, and its kind when it is a value
Word = tuple[str, str]  # a name word and the part of its list it came from (head or tail)

# Common Swedish street names (the commonest in Lantmäteriet's address register, from general
# knowledge) and towns with their postcode ranges.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Drottninggatan", "Industrivägen", "Björkvägen",
    "Kyrkogatan", "Järnvägsgatan", "Nygatan", "Östra Storgatan", "Västra Storgatan", "Parkgatan",
    "Stationsvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lindvägen",
    "Björkgatan", "Södra vägen", "Norra vägen", "Bergsgatan", "Trädgårdsgatan", "Åsvägen",
    "Solvägen", "Sjövägen", "Ängsvägen", "Lärkvägen", "Rosenvägen", "Backvägen", "Kvarnvägen",
    "Mejerigatan", "Hantverksgatan", "Nämndemansvägen", "Kastanjevägen", "Sveavägen",
    "Vasagatan", "Götgatan", "Hornsgatan", "Kungsholmsgatan", "Odengatan", "Södra Förstadsgatan",
    "Östra Hamngatan", "Linnégatan", "Järntorgsgatan", "Fabriksgatan", "Smedjegatan",
    "Kopparvägen", "Mossvägen", "Hagvägen", "Fältvägen", "Gärdesvägen", "Vallgatan",
    "Köpmangatan", "Prästgatan", "Tullgatan", "Strandgatan", "Hamngatan", "Slottsgatan",
    "Kungsvägen", "Idrottsgatan", "Folkungagatan", "Karlavägen", "Tegnérgatan",
    "Hammarby allé", "Rinkebysvängen", "Tensta allé", "Lingonstigen", "Blåbärsstigen",
    "Hjortronvägen", "Skolbacken", "Kyrkbacken", "Stortorget", "Lilla torg", "Fiskargränd",
    "Trädgårdsgränd", "Kvarnbacken", "Nygårdsplan", "Ekbacksvägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Göteborg", 411, 417), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Västerås", 721, 725), ("Örebro", 702, 705), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 605), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 153),
    ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Landskrona", 261, 261), ("Nyköping", 611, 611),
    ("Varberg", 432, 432), ("Örnsköldsvik", 891, 891), ("Trelleborg", 231, 231),
    ("Spånga", 163, 163), ("Hägersten", 126, 129), ("Bromma", 161, 168), ("Järfälla", 175, 177),
    ("Haninge", 136, 137), ("Mölndal", 431, 431), ("Kungälv", 442, 442), ("Sollentuna", 191, 192),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Main Street", "Park Road", "Church Road", "Church Street",
    "London Road", "Victoria Road", "Green Lane", "Manor Road", "Church Lane", "Park Avenue",
    "The Avenue", "The Crescent", "Queens Road", "New Road", "Grange Road", "Kings Road",
    "Mill Lane", "School Lane", "York Road", "Springfield Road", "North Street", "West Street",
    "Windsor Road", "Highfield Road", "Albert Street", "The Green", "Chapel Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", ("SW", "SE", "N", "E", "NW", "W")), ("Manchester", ("M",)), ("Leeds", ("LS",)),
    ("Birmingham", ("B",)), ("Bristol", ("BS",)), ("Sheffield", ("S",)), ("Liverpool", ("L",)),
    ("Nottingham", ("NG",)), ("Leicester", ("LE",)), ("Newcastle upon Tyne", ("NE",)),
    ("Cardiff", ("CF",)), ("Edinburgh", ("EH",)), ("Glasgow", ("G",)), ("Oxford", ("OX",)),
    ("Cambridge", ("CB",)), ("Brighton", ("BN",)), ("Southampton", ("SO",)), ("Exeter", ("EX",)),
)  # fmt: skip
UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
# country: (streets, (town, low postcode, high postcode), format)
EU: dict[str, tuple[tuple[str, ...], tuple[tuple[str, int, int], ...]]] = {
    "de": (("Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Kirchstraße", "Lindenstraße", "Bergstraße", "Ringstraße", "Mühlenweg"),
           (("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149), ("Stuttgart", 70173, 70629), ("Düsseldorf", 40210, 40629))),
    "fr": (("rue de la Gare", "rue de l'Église", "Grande Rue", "rue Victor Hugo", "rue Pasteur", "rue de la Mairie", "place de la République", "avenue Jean Jaurès", "rue des Écoles"),
           (("Paris", 75001, 75020), ("Lyon", 69001, 69009), ("Marseille", 13001, 13016), ("Toulouse", 31000, 31500), ("Nice", 6000, 6300), ("Strasbourg", 67000, 67200))),
    "fi": (("Kirkkokatu", "Koulukatu", "Rantakatu", "Puistotie", "Asemakatu", "Kauppakatu", "Mäkitie", "Koivutie", "Hämeenkatu"),
           (("Helsinki", 100, 990), ("Espoo", 2100, 2980), ("Vantaa", 1200, 1770), ("Tampere", 33100, 33960), ("Turku", 20100, 20960))),
    "no": (("Storgata", "Kirkegata", "Kongens gate", "Skolegata", "Parkveien", "Bjørkeveien", "Granveien", "Fjellveien"),
           (("Oslo", 150, 1295), ("Bergen", 5003, 5268), ("Trondheim", 7010, 7099), ("Drammen", 3011, 3048))),
    "dk": (("Vestergade", "Østergade", "Nørregade", "Søndergade", "Skolevej", "Kirkevej", "Birkevej", "Strandvej"),
           (("København Ø", 2100, 2100), ("Aarhus C", 8000, 8000), ("Odense C", 5000, 5000), ("Aalborg", 9000, 9000), ("Esbjerg", 6700, 6700))),
    "pl": (("ul. Polna", "ul. Leśna", "ul. Słoneczna", "ul. Krótka", "ul. Szkolna", "ul. Ogrodowa", "ul. Lipowa", "ul. Kościuszki", "ul. Mickiewicza"),
           (("Warszawa", 1, 4999), ("Kraków", 30001, 31999), ("Gdańsk", 80001, 80999), ("Wrocław", 50001, 54999), ("Poznań", 60001, 61999))),
    "es": (("Calle Mayor", "Calle Real", "Calle de la Iglesia", "Calle Nueva", "Avenida de Andalucía", "Calle San Juan", "Plaza de España", "Calle del Carmen"),
           (("Madrid", 28001, 28055), ("Barcelona", 8001, 8042), ("Valencia", 46001, 46026), ("Málaga", 29001, 29018), ("Alicante", 3001, 3016))),
}  # fmt: skip
MAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.com", "example.se", "example.com")  # fmt: skip
WORK_DOMAINS = ("foretaget.se", "kommun.example.se", "example.org", "company.example.com")


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    """A drawn person: given name(s) (the first the one they are called by, the rest only in
    formal forms), surname(s), and from which part of its list each word came."""

    woman: bool
    origin: str
    given: list[Word]
    surname: list[Word]
    joint: str = " "
    middle: list[Word] = field(default_factory=list)

    def words(self, *parts: str) -> list[Word]:
        out: list[Word] = []
        for part in parts:
            out += {"given": self.given, "middle": self.middle, "surname": self.surname}[part]
        return out

    @property
    def first(self) -> str:
        return self.given[0][0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of W, from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.lang = "sv"
        self.pools = origins()

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE or len(pool.names) <= pool.head else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        name = r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0]
        return name, part

    def person(self, woman: bool | None = None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin: Origin = self.pools[key]
        if woman is None:
            woman = r.random() < (0.8 if key == "thai" else 0.5)
        given_pool = origin.given_f if woman else origin.given_m
        if key == "swedish" and r.random() < HYPHEN_SHARE:
            given = [self.pick(SV_HYPHEN_F if woman else SV_HYPHEN_M)]
        else:
            given = [self.pick(given_pool)]
        middle: list[Word] = []
        if key == "swedish" and r.random() < 0.5:
            middle = [self.pick(given_pool)]
            if middle[0][0] == given[0][0]:
                middle = []
        if key == "thai" and woman and r.random() < 0.5:  # married in Sweden, her husband's name
            return Person(woman, key, given, [self.pick(self.pools["swedish"].surnames)])
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.5:
            surname.append(self.pick(origin.surnames))
            if surname[1][0] == surname[0][0]:
                surname.pop()
        elif key == "swedish" and roll < 0.05:
            surname.append(self.pick(origin.surnames))
            if surname[1][0] == surname[0][0]:
                surname.pop()
            joint = "-" if roll < 0.02 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            if surname[1][0] == surname[0][0]:
                surname.pop()
            joint = "-"
        if key == "polish" and woman:
            surname = [(feminine(w), part) for w, part in surname]
        if key in ("bcs", "turkish", "polish") and r.random() < 0.4:  # as often written here
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        if surname[0][0] == given[0][0]:  # `Ali Ali` is real, but rare: draw the surname again
            surname = [self.pick(origin.surnames)]
        return Person(woman, key, given, surname, joint, middle)

    def count(self, words: list[Word]) -> None:
        """Count the head/tail parts of the name words a value shows (every value counts)."""
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("'", "")
        surname = plain(person.surname[0][0]).lower().replace("'", "")
        local = r.choice((
            f"{given}.{surname}", f"{given}{surname}", f"{given[0]}{surname}",
            f"{given}.{surname}{r.randrange(2, 99)}", f"{given}{r.randrange(60, 99)}",
        ))  # fmt: skip
        domains = WORK_DOMAINS if r.random() < 0.35 else MAIL_DOMAINS
        return f"{local}@{r.choice(domains)}"

    def phone_sv(self) -> str:
        r = self.rng
        d = "".join(str(r.randrange(10)) for _ in range(7))
        mobile = "07" + r.choice("023690")
        roll = r.random()
        if roll < 0.45:
            return f"{mobile}-{d[:3]} {d[3:5]} {d[5:]}"
        if roll < 0.65:
            return f"{mobile}{d}"
        if roll < 0.85:
            return f"+46 {mobile[1:]} {d[:3]} {d[3:5]} {d[5:]}"
        return f"0{r.choice(('8', '31', '40', '18', '13'))}-{d[:3]} {d[3:5]} {d[5:7]}"

    def phone_x(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return (
                r.choice(("07700 900", "+44 7700 900", "020 7946 0")) + f"{r.randrange(1000):03d}"
            )
        if roll < 0.7:
            return (
                f"+1 ({r.choice(('202', '212', '312', '415', '617'))}) 555-01{r.randrange(100):02d}"
            )
        return self.phone_sv()

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.55:
            return f"{date}-{serial}{check}"
        if roll < 0.85:
            return f"{year // 100}{date}-{serial}{check}"
        return f"{year // 100}{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        street = r.choice(SV_STREETS)
        number = str(min(int(r.expovariate(1 / 12)) + 1, 140))
        if r.random() < 0.15:
            number += r.choice("ABCD") if r.random() < 0.7 else " " + r.choice("AB")
        return f"{street} {number}"

    def sv_town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(100):02d}"
        roll = r.random()
        written = (
            f"{code[:3]} {code[3:]}"
            if roll < 0.85
            else code
            if roll < 0.93
            else f"SE-{code[:3]} {code[3:]}"
        )
        return written, town

    def sv_address(self, lines: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if roll < 0.18:
            street += (
                f", lgh {r.randrange(10, 15)}{r.randrange(1, 8):02d}"
                if r.random() < 0.5
                else f" lgh {r.randrange(10, 15)}{r.randrange(1, 8):02d}"
            )
        elif roll < 0.26:
            street += f", {r.randrange(1, 7)} tr"
        code, town = self.sv_town()
        if r.random() < 0.06:
            town = town.upper()
        return f"{street}\n{code} {town}" if lines else f"{street}, {code} {town}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        code = f"{r.choice(areas)}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(UK_LETTERS)}{r.choice(UK_LETTERS)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = (
                f"Flat {r.randrange(1, 20)}, {street}"
                if r.random() < 0.6
                else f"{r.randrange(1, 40)}{r.choice('ab')} {street.split(' ', 1)[1]}"
            )
        if lines:
            return f"{street}\n{town}\n{code}"
        return f"{street}, {town} {code}"

    def eu_address(self) -> str:
        r = self.rng
        country = r.choice(sorted(EU))
        streets, towns = EU[country]
        street = r.choice(streets)
        town, low, high = r.choice(towns)
        number = r.randrange(1, 90)
        code = r.randrange(low, high + 1)
        if country == "de":
            return f"{street} {number}, {code:05d} {town}"
        if country == "fr":
            return f"{number} {street}, {code:05d} {town}"
        if country == "fi":
            return f"{street} {number} {r.choice('ABC')} {r.randrange(1, 30)}, {code:05d} {town}"
        if country == "no":
            return f"{street} {number}, {code:04d} {town}"
        if country == "dk":
            return f"{street} {number}, {r.randrange(1, 5)}. {r.choice(('tv', 'th', 'mf'))}., {code} {town}"
        if country == "pl":
            return f"{street} {number}/{r.randrange(1, 50)}, {code // 1000:02d}-{code % 1000:03d} {town}"
        return f"{street}, {number}, {r.randrange(1, 7)}º {r.choice('ABCD')}, {code:05d} {town}"


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "'" if name[-1] in "sxzSXZ" else "s"


def initials(given: str) -> str:
    """`Anna` -> `A.`, `Anna-Karin` -> `A-K.`."""
    return "-".join(part[0] for part in given.split("-")) + "."


def person_segments(form: str, person: Person, draw: Draw, lang: str) -> list[Segment]:
    """A person's name in `form` (the value, and any text after it that is not the value)."""
    first, last = person.first, person.last
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "Ps", "U"):
        draw.count(person.words("given", "surname"))
        value = f"{first} {last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "PF":
        draw.count(person.words("given", "middle", "surname"))
        value = " ".join(w for w, _ in person.given + person.middle) + f" {last}"
    elif form in ("G", "g", "Gs", "gs"):
        draw.count(person.words("given"))
        value = first.lower() if form.startswith("g") else first
    elif form in ("S", "s"):
        draw.count(person.words("surname"))
        value = last.lower() if form == "s" else last
    elif form == "I":
        draw.count(person.words("surname"))
        value = f"{initials(first)} {last}"
    elif form == "Gi":
        draw.count(person.words("given"))
        value = f"{first} {last[0]}."
    elif form == "R":
        draw.count(person.words("given", "surname"))
        value = f"{last}, {first}"
    else:
        raise KeyError(form)
    segments: list[Segment] = [(value, "PERSON")]
    if form.endswith("s") and form not in ("s",):
        segments.append((genitive(value, lang), None))
    return segments


PERSON_FORMS = ("P", "p", "Ps", "U", "PF", "G", "g", "Gs", "gs", "S", "s", "I", "Gi", "R", "E")


def date_sv(r: Random) -> str:
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    return r.choice(
        (f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")
    )


def date_en(r: Random) -> str:
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    return r.choice(
        (
            f"{day} {MONTHS['en'][month - 1]} 2026",
            f"{day:02d}/{month:02d}/2026",
            f"{MONTHS['en'][month - 1]} {day}",
        )
    )


def slots(draw: Draw) -> dict[str, Callable[[], list[Segment]]]:
    r = draw.rng
    en = draw.lang == "en"

    def town() -> str:
        return r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0]

    return {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STL": lambda: [
            (f"{draw.sv_street()} lgh {r.randrange(10, 15)}{r.randrange(1, 8):02d}", "ADDRESS")
        ],
        "STT": lambda: [(f"{draw.sv_street()}, {r.choice(SV_TOWNS)[0]}", "ADDRESS")],
        "a": lambda: [((draw.uk_address() if en else draw.sv_street()).lower(), "ADDRESS")],
        "al": lambda: [((draw.uk_address() if en else draw.sv_address()).lower(), "ADDRESS")],
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "PH": lambda: [(draw.phone_sv(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "DATE": lambda: [(date_sv(r), None)],
        "DATEEN": lambda: [(date_en(r), None)],
        "TIME": lambda: [
            (
                f"{r.randrange(7, 19)}.{r.choice(('00', '15', '30', '45'))}"
                if not en
                else f"{r.randrange(7, 19)}:{r.choice(('00', '15', '30', '45'))}",
                None,
            )
        ],
        "NUM": lambda: [(str(r.randrange(10, 9999)), None)],
        "ORD": lambda: [
            (f"{r.choice(('SE', 'GB', 'ORD-', '#'))}{r.randrange(100000, 999999)}", None)
        ],
        "AMT": lambda: [(f"{r.randrange(100, 20000)} kr", None)],
        "TOWN": lambda: [(town(), None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
        "MONTH": lambda: [(r.choice(MONTHS["sv"]), None)],
        "MONTHEN": lambda: [(r.choice(MONTHS["en"]), None)],
        "WEEK": lambda: [(str(r.randrange(1, 53)), None)],
        "ROOM": lambda: [(r.choice(ROOMS), None)],
    }


SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    fillers = slots(draw)
    people: dict[str, Person] = {}
    text = ""
    spans: list[dict[str, object]] = []
    last = 0
    template = template.replace("{{", "\x00").replace("}}", "\x01")
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
            if lang == "mixed":  # a genitive as the words around it are written
                lang = (
                    "en"
                    if re.search(
                        r"\b(the|is|his|her|for|send|thats|new|and)\b",
                        template[match.end() : match.end() + 24],
                    )
                    else "sv"
                )
            segments = person_segments(form, person, draw, lang)
        else:
            segments = fillers[form]()
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    text += template[last:]
    text = text.replace("\x00", "{").replace("\x01", "}")
    return text, spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """W's rows: every negative template once, then positive rows drawn from shuffled decks of
    each language's templates, in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, t, True) for lang, t in NEGATIVES]
    for lang, size in SIZES.items():
        count = size - sum(1 for la, _ in NEGATIVES if la == lang)
        deck: list[str] = []
        for _ in range(count):
            if not deck:
                deck = [t for la, t in TEMPLATES if la == lang]
                r.shuffle(deck)
            plan.append((lang, deck.pop(), False))
    r.shuffle(plan)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for lang, template, _negative in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        seen.add(text)
        rows.append({
            "id": f"gen-heldout-w-{len(rows) + 1:04d}", "split": "heldout-w", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of W is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    people: list[str] = []
    forms: Counter[str] = Counter()
    for row in rows:
        lang, text = str(row["lang"]), str(row["text"])
        spans = row["spans"]
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
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += after[:1] in ("s", "'") and after[1:2] in ("", " ", "s", "\n")
            if span["kind"] == "ADDRESS":
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
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def write_rows(rows: list[dict[str, object]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


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
    write_rows(rows, args.out)


if __name__ == "__main__":
    main()
