# ruff: noqa: E501
"""Generate held-out AB for personal-data detection (issue 15): names as the population has them,
a seventh writer, in law, money and property.

    python data/pii/generate_ab.py          # writes data/pii/generated-heldout-ab.jsonl
    python data/pii/generate_ab.py --stats  # counts only (sizes, forms, the head/tail split)

AB's names are drawn by how often people really carry them: every name word comes from
`names_ab.py`'s weighted pools (SCB's ranks for Sweden, the commonest names of the origins
common in Sweden weighted by their share of its population, the US Census 1990 frequencies and
UK rankings for English text), 80% from the head of a list and 20% from its tail, in the forms
people write them (`templates_ab.py`: tenancy and sublets, property sales and viewings, BRF
transfers, bank KYC and loans, debt collection and Kronofogden, tax questions, accounting firms,
insurance claims, pension statements, estate inventories, powers of attorney, divorce and
custody, court summons, UK solicitors, US attorneys and escrow, and the chats and calls around
them). Written by a helper who tunes nothing and read neither the detector's rules, lexicons and
tagger (`src/rung/privacy/`) nor any dev set's error listing nor another set's names, templates
or text; AB was never run through the detector by its writer and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_ab import HEAD_SHARE, MIXES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ab import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 7202612
SIZES = {"sv": 260, "en": 180, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ab.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Streets that are commonest in Sweden's address register (general knowledge), and real towns
# with a range of their postcodes.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Drottninggatan", "Industrivägen", "Björkvägen",
    "Kyrkogatan", "Nygatan", "Järnvägsgatan", "Trädgårdsgatan", "Stationsgatan", "Skogsvägen",
    "Parkgatan", "Ringvägen", "Västergatan", "Östergatan", "Norra vägen", "Södra vägen",
    "Lärkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lindvägen", "Violvägen", "Klövervägen",
    "Åkervägen", "Ängsvägen", "Backvägen", "Byvägen", "Mejerivägen", "Fabriksgatan",
    "Hamngatan", "Torggatan", "Prästgatan", "Bangårdsgatan", "Villagatan", "Nyckelpigans väg",
    "Götgatan", "Sveavägen", "Vasagatan", "Hornsgatan", "Odengatan", "Linnégatan", "Valhallavägen",
    "Sankt Eriksgatan", "Fleminggatan", "Avenyn", "Stora Nygatan", "Lilla Torget", "Bäckvägen",
    "Solvägen", "Sjövägen", "Gamla Landsvägen", "Kvarngatan", "Rådhusgatan", "Slottsgatan",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 11120, 11864), ("Göteborg", 41101, 41879), ("Malmö", 21111, 21774),
    ("Uppsala", 75217, 75655), ("Västerås", 72210, 72481), ("Örebro", 70210, 70375),
    ("Linköping", 58222, 58937), ("Helsingborg", 25220, 25669), ("Jönköping", 55302, 55649),
    ("Norrköping", 60206, 60372), ("Lund", 22220, 22737), ("Umeå", 90325, 90654),
    ("Gävle", 80250, 80647), ("Borås", 50330, 50764), ("Södertälje", 15132, 15270),
    ("Eskilstuna", 63220, 63512), ("Halmstad", 30230, 30296), ("Växjö", 35230, 35263),
    ("Karlstad", 65220, 65468), ("Sundsvall", 85230, 85643), ("Östersund", 83130, 83175),
    ("Luleå", 97231, 97596), ("Trollhättan", 46130, 46173), ("Kalmar", 39230, 39365),
    ("Falun", 79130, 79177), ("Skövde", 54130, 54166), ("Kristianstad", 29130, 29165),
    ("Nacka", 13130, 13175), ("Solna", 16950, 17178), ("Huddinge", 14130, 14191),
    ("Täby", 18330, 18778), ("Järfälla", 17530, 17779), ("Mölndal", 43130, 43167),
    ("Kungsbacka", 43430, 43498), ("Visby", 62140, 62158), ("Kiruna", 98130, 98144),
)  # fmt: skip
UK_STREETS = ("High Street", "Station Road", "Main Street", "Park Road", "Church Road", "London Road", "Victoria Road", "Green Lane", "Manor Road", "Church Lane", "Park Avenue", "The Crescent", "Queens Road", "New Road", "Grange Road", "Kings Road", "Albert Road", "Mill Lane", "School Lane", "North Street")  # fmt: skip
UK_TOWNS = (("London", "SW1A"), ("London", "N16"), ("London", "SE15"), ("Manchester", "M20"), ("Leeds", "LS6"), ("Bristol", "BS8"), ("Birmingham", "B15"), ("Sheffield", "S10"), ("Edinburgh", "EH3"), ("Glasgow", "G12"), ("Cardiff", "CF10"), ("Nottingham", "NG7"), ("Reading", "RG1"), ("York", "YO1"), ("Bath", "BA1"), ("Norwich", "NR2"))  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Washington Avenue", "Park Place", "Second Street", "Pine Street", "Cedar Lane", "Lincoln Avenue", "Lake Street", "Sunset Boulevard", "Hill Street", "Jefferson Street")  # fmt: skip
US_TOWNS = (("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Portland", "OR", "972"), ("Minneapolis", "MN", "554"), ("Brooklyn", "NY", "112"), ("Phoenix", "AZ", "850"), ("Raleigh", "NC", "276"), ("Seattle", "WA", "981"), ("Orlando", "FL", "328"))  # fmt: skip
# Europe: common street names of each country, in its format ({n} number, {m} a flat or floor).
EUROPE = {
    "de": ("Hauptstraße {n}\n{z:10115-14199} Berlin", "Schulstraße {n}, {z:80331-81929} München", "Bahnhofstraße {n}, {z:20095-22769} Hamburg", "Gartenstraße {n}, {z:50667-51149} Köln", "Dorfstraße {n}, {z:01067-01328} Dresden"),
    "fr": ("{n} rue de la République, {z:69001-69009} Lyon", "{n}, rue Victor Hugo\n{z:75001-75020} Paris", "{n} avenue Jean Jaurès, {z:31000-31500} Toulouse", "{n} rue Pasteur, {z:13001-13016} Marseille"),
    "fi": ("Mannerheimintie {n} A {m}, 00100 Helsinki", "Hämeenkatu {n} B {m}\n33100 Tampere", "Kauppakatu {n}, 40100 Jyväskylä", "Koulukatu {n} C {m}, 90100 Oulu"),
    "no": ("Storgata {n}, 0184 Oslo", "Kirkeveien {n}, 0368 Oslo", "Skolegata {n}\n5015 Bergen", "Strandveien {n}, 9006 Tromsø"),
    "dk": ("Vestergade {n}, {m}. th., 1456 København K", "Nørregade {n}\n8000 Aarhus C", "Skolevej {n}, 5000 Odense C", "Jernbanegade {n}, 9000 Aalborg"),
    "pl": ("ul. Polna {n}/{m}, 00-635 Warszawa", "ul. Leśna {n}\n30-001 Kraków", "ul. Ogrodowa {n}/{m}, 90-001 Łódź", "ul. Słoneczna {n}, 80-180 Gdańsk"),
    "es": ("Calle Mayor {n}, {m}º B, 28013 Madrid", "Calle Real {n}\n29600 Marbella", "Avenida de la Constitución {n}, 41001 Sevilla", "Carrer Major {n}, 03590 Altea"),
}  # fmt: skip
FREE_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.se", "live.se", "telia.com", "bredband.net")  # fmt: skip
WORK_MAIL = ("advokatfirman-example.se", "maklarhuset.example.se", "revisionsbyran.example.se", "example.com", "solicitors.example.co.uk", "escrow.example.com", "brf-example.se")  # fmt: skip
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 - i % 2)
        total += n // 10 + n % 10
    return (10 - total % 10) % 10


@dataclass
class Person:
    origin: str
    given: Word
    surname: list[Word]
    middle: Word | None = None
    joint: str = " "

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AB from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.lang = "sv"

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None = None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        woman = r.random() < 0.5 if woman is None else woman
        given = self.pick(origin.given_f if woman else origin.given_m)
        middle = None
        if r.random() < {"swedish": 0.3, "us": 0.3, "uk": 0.2}.get(key, 0.0):
            middle = self.pick(origin.given_f if woman else origin.given_m)
            if middle[0] == given[0]:
                middle = None
        surnames = origin.surnames
        if key == "thai" and woman and r.random() < 0.6:  # married in Sweden, a Swedish surname
            surnames = ORIGINS["swedish"].surnames
        surname = [self.pick(surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # both apellidos
            surname.append(self.pick(surnames))
        elif key == "swedish" and roll < 0.04:  # a double surname after marriage
            surname.append(self.pick(surnames))
            joint = "-" if roll < 0.025 else " "
        elif key == "uk" and roll < 0.02:
            surname.append(self.pick(surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.35:  # typed plain
            given = (plain(given[0]), given[1])
            surname = [(plain(w), p) for w, p in surname]
        return Person(key, given, surname, middle, joint)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person, work: bool | None = None) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname[0]}",
                          f"{given}.{surname}{r.randrange(2, 99)}", f"{given}_{surname}", given))  # fmt: skip
        work = r.random() < 0.5 if work is None else work
        return f"{local}@{r.choice(WORK_MAIL if work else FREE_MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number in one of the groupings people use."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        forms = (
            f"{m}-{d[:3]} {d[3:5]} {d[5:]}", f"{m}{d}", f"{m} {d[:3]} {d[3:5]} {d[5:]}",
            f"{m}-{d}", f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}", f"+46{m[1:]}{d}",
            f"+46(0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}", f"+46 (0){m[1:]} {d[:3]} {d[3:]}",
            f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}", f"{m}-{d[:2]} {d[2:4]} {d[4:]}",
            f"08-{d[:3]} {d[3:6]} {self.digits(2)}", f"08-{d[:2]} {d[2:4]} {d[4:6]}",
            f"08{d}", f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}",
            f"031-{d[:3]} {d[3:5]} {d[5:]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"013-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        weights = (14, 6, 6, 3, 6, 2, 2, 1, 1, 1, 5, 2, 1, 2, 3, 2, 1, 1, 1)
        return r.choices(forms, weights=weights)[0]

    def phone_abroad(self) -> str:
        """A number from abroad, with `+`, with `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        forms = (
            f"+47 {d[:3]} {d[3:5]} {d[5:8]}", f"0047 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 9 {d[:4]} {d[4:7]}", f"+44 20 7946 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"07700 900{d[:3]}", f"+44 (0)161 496 0{d[:3]}", f"0044 7700 900{d[:3]}",
            f"+49 30 {d[:7]}", f"+49 (0)89 {d[:3]} {d[3:6]} {d[6:8]}", f"0049 40 {d[:6]}",
            f"+48 {d[:3]} {d[3:6]} {d[6:9]}", f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+34 91{d[:1]} {d[1:4]} {d[4:7]}", f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"(212) 555-01{d[:2]}", f"+1 415 555 01{d[:2]}", f"212-555-01{d[:2]}",
            f"+1 (617) 555-01{d[:2]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
        )  # fmt: skip
        return r.choice(forms)

    def phone_en(self) -> str:
        r = self.rng
        d = self.digits(4)
        forms = (f"020 7946 {d}", f"+44 20 7946 {d}", f"0161 496 {d}", f"07700 900{d[:3]}",
                 f"+44 7700 900{d[:3]}", f"(312) 555-{d}", f"312-555-{d}", f"+1 212 555 {d}",
                 f"1-800-555-{d}", f"(415) 555-{d}", f"0117 496 {d}")  # fmt: skip
        return r.choice(forms)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        century = str(year // 100)
        roll = r.random()
        if roll < 0.5:
            return f"{date}-{serial}{check}"
        if roll < 0.8:
            return f"{century}{date}-{serial}{check}"
        if roll < 0.9:
            return f"{century}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self, lgh: bool = False) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.12:
            number += r.choice(("A", "B", "C", " A", " B"))
        street = f"{r.choice(SV_STREETS)} {number}"
        if lgh or r.random() < 0.1:
            street += f"{r.choice((' ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lgh.'))} {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        return street

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = str(r.randrange(low, high + 1))
        roll = r.random()
        if roll < 0.8:
            return f"{code[:3]} {code[3:]} {town}"
        if roll < 0.9:
            return f"{code} {town}"
        return f"SE-{code[:3]} {code[3:]} {town}"

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        joint = "\n" if lines else self.rng.choice((", ", ", ", " "))
        return f"{self.sv_street(lgh)}{joint}{self.sv_postal()}"

    def sv_office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return f"Box {r.randrange(100, 9999)}, {self.sv_postal()}"
        if roll < 0.6:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9900)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit'))} {r.randrange(1, 40)}{r.choice(('', 'B', '0'))}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix}{r.randrange(1, 99):02d}"

    def eu_address(self, country: str | None = None) -> str:
        r = self.rng
        country = country or r.choice(sorted(EUROPE))

        def code(match: re.Match[str]) -> str:
            low, high = match.group(1), match.group(2)
            return f"{r.randrange(int(low), int(high) + 1):0{len(low)}d}"

        out = r.choice(EUROPE[country]).replace("{n}", str(r.randrange(1, 120)))
        out = out.replace("{m}", str(r.randrange(1, 6)))
        return re.sub(r"\{z:(\d+)-(\d+)\}", code, out)


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, lang: str) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    base = form[:-1] if len(form) > 1 and form.endswith("s") else form
    given, surname = [person.given], person.surname
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base == "EW":
        return [(draw.email(person, work=True), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        middle = [person.middle] if person.middle else []
        words = given + middle + surname
        value = " ".join(w for w, _ in given + middle) + f" {person.last}"
    elif base in ("G", "g"):
        words, value = given, person.first.lower() if base == "g" else person.first
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
        segments.append((genitive(value, lang), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "G",
    "g",
    "S",
    "s",
    "I",
    "Gi",
    "R",
    "E",
    "EW",
    "Ps",
    "Gs",
    "Ss",
    "gs",
    "Fs",
}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AG": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.sv_office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower() if r.random() < 0.5 else draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AES": lambda: (draw.eu_address("es"), "ADDRESS"),
        "AFI": lambda: (draw.eu_address("fi"), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_abroad(), "PHONE"),
        "PHE": lambda: (draw.phone_en(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"den {day} {MONTHS_SV[month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS_EN[month - 1]} 2026", f"{MONTHS_EN[month - 1]} {day}, 2026", f"{day:02d}/{month:02d}/2026")), None),
        "NUM": lambda: (str(r.randrange(12, 999)), None),
        "KR": lambda: (f"{r.randrange(2, 990) * 100:,}".replace(",", " ") + " kr", None),
        "PRIS": lambda: (f"{r.randrange(9, 120) * 50_000:,}".replace(",", " ") + " kr", None),
        "USD": lambda: (f"${r.randrange(5, 900) * 100:,}", None),
        "GBP": lambda: (f"£{r.randrange(5, 900) * 50:,}", None),
        "REF": lambda: (f"{r.choice(('KFM', 'MÅL', 'T', 'ÄRENDE'))} {r.randrange(1000, 99999)}-{r.randrange(20, 27)}", None),
        "REFEN": lambda: (f"{r.choice(('CL', 'ESC', 'FILE', 'MAT'))}-{r.randrange(10000, 99999)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
    }  # fmt: skip
    return values[form]()


ENGLISH_AFTER = re.compile(
    r"^\s*(?:file|flat|house|account|claim|signature|mortgage|case|share|estate)\b"
)


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
            if lang == "mixed":
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
    """AB's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ab-{len(rows) + 1:04d}", "split": "heldout-ab", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AB is printed."""
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
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value.lower()
            elif span["kind"] == "PHONE":
                forms["phone from abroad (+ or 00, not +46/0046)"] += bool(
                    re.match(r"\+(?!46)|00(?!46)", value)
                )
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
