# ruff: noqa: E501
"""Generate held-out AD for personal-data detection (issue 15): names as the population has
them, a ninth writer.

    python data/pii/generate_ad.py          # writes data/pii/generated-heldout-ad.jsonl
    python data/pii/generate_ad.py --stats  # counts only (sizes, forms, the head/tail split)

Like V to AC, and unlike the worst-case sets O to U, AD's names are drawn by how often people
really carry them: every name word comes from `names_ad.py`'s weighted pools (SCB's ranks for
Sweden, the commonest names of the origins common in Sweden weighted by their share of its
population, the US Census 1990 frequencies and UK rankings for English text), 80% from the head
of a list and 20% from its tail, in the forms people write them in health, care and the trades
(`templates_ad.py`: discharge summaries, lab and X-ray referrals, psychiatry and physiotherapy
notes, pharmacy dialogues, dental recalls, vet bills, home-help logs, occupational health;
plumbers', electricians', cleaners' and movers' quotes, ROT/RUT invoices, job sheets, key
handovers and SMS threads with customers). Written by a helper who does not tune the detector,
who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any dev set's error
listing nor any other set's names and templates; AD was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_ad import HEAD_SHARE, ORIGIN_WEIGHTS, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ad import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 40811
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ad.jsonl"

Word = tuple[str, str]  # a name word and the part of its pool it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets among the commonest in the address register (general knowledge), and real
# towns with the range of the first three digits of their postcodes.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Drottninggatan", "Industrivägen", "Björkvägen",
    "Järnvägsgatan", "Kyrkogatan", "Nygatan", "Ringvägen", "Parkvägen", "Skogsvägen", "Tallvägen",
    "Granvägen", "Lindvägen", "Hantverksgatan", "Torggatan", "Södra vägen", "Östra Storgatan",
    "Västra Kyrkogatan", "Norra vägen", "Stationsgatan", "Bangatan", "Åsgatan", "Backgatan",
    "Villavägen", "Ängsvägen", "Smedjegatan", "Fabriksgatan", "Mejerivägen", "Solvägen",
    "Bäckvägen", "Ekvägen", "Lärkgatan", "Strandvägen", "Kvarngatan", "Fridhemsgatan",
    "Vasagatan", "Karlavägen", "Götgatan", "Odengatan", "Sankt Eriksgatan", "Linnégatan",
    "Hammarby allé", "Rinkebysvängen", "Tensta allé", "Klockarbacken", "Prästgårdsvägen",
    "Sockenvägen", "Idrottsvägen", "Skolvägen", "Blomstervägen", "Hagagatan", "Rosengatan",
    "Trädgårdsgatan", "Mossvägen", "Bredgränd", "Apelgatan", "Byvägen", "Gamla landsvägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 112, 118), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 587), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Växjö", 352, 352), ("Halmstad", 302, 302), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 831), ("Borlänge", 784, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skellefteå", 931, 931),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nacka", 131, 131), ("Huddinge", 141, 141),
    ("Spånga", 163, 163), ("Hägersten", 129, 129), ("Bandhagen", 124, 124), ("Kungälv", 442, 442),
    ("Motala", 591, 591), ("Visby", 621, 621), ("Piteå", 941, 941), ("Ystad", 271, 271),
)  # fmt: skip
UK = (
    ("Church Road", "Leeds", "LS"), ("High Street", "Bristol", "BS"), ("Station Road", "Reading", "RG"),
    ("Victoria Road", "Sheffield", "S"), ("Park Avenue", "Nottingham", "NG"), ("Mill Lane", "York", "YO"),
    ("Queen Street", "Cardiff", "CF"), ("King Street", "Manchester", "M"), ("Green Lane", "Derby", "DE"),
    ("Albert Road", "Glasgow", "G"), ("The Crescent", "Bath", "BA"), ("Manor Road", "Norwich", "NR"),
    ("Grove Road", "London", "E"), ("Kingsway", "London", "WC"), ("Chapel Street", "Liverpool", "L"),
    ("New Road", "Exeter", "EX"), ("Springfield Road", "Chelmsford", "CM"), ("North Street", "Brighton", "BN"),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}\n{z5:80331-81929} München",
    "Schulstraße {n}a, {z5:50667-51149} Köln", "Dorfstraße {n}, {z5:20095-22769} Hamburg",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès\n{z5:31000-31500} Toulouse",
    "{n} rue Pasteur, {z5:75001-75020} Paris",
    "Mannerheimintie {n} A {m}, 00100 Helsinki", "Hämeenkatu {n} B {m}\n{z5:33100-33900} Tampere",
    "Koulukatu {n}, {z5:90100-90500} Oulu",
    "Kirkeveien {n}, {z4:0350-0372} Oslo", "Strandgaten {n}\n{z4:5003-5015} Bergen",
    "Vestergade {n}, {m}. tv., 8000 Aarhus C", "Østergade {n}, 1100 København K",
    "Søndergade {n}\n{z4:7100-7100} Vejle",
    "ul. Mickiewicza {n}/{m}, 60-{z3:800-899} Poznań", "ul. Słowackiego {n} m. {m}\n80-{z3:200-299} Gdańsk",
    "ul. Kościuszki {n}, 50-0{z2:10-99} Wrocław",
    "Calle Real {n}, {m}º B, 29001 Málaga", "Avenida de Andalucía {n}\n{z5:18001-18015} Granada",
    "Calle del Sol {n}, {z5:03001-03016} Alicante",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "telia.com", "yahoo.se", "hotmail.co.uk", "yahoo.com")  # fmt: skip
WORK = ("rorab.example.se", "elkraft.example.se", "regionen.example.se", "vardcentral.example.se",
        "flyttfirman.example.se", "nhs.example.uk", "clinic.example.com", "example.com")  # fmt: skip
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip
DAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    origin: str
    given: Word
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AD from one seeded Random; counts the head/tail split and the origins."""

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

    def person(self, woman: bool | None) -> Person:
        r = self.rng
        mix = ORIGIN_WEIGHTS[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = self.pick(pool)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.0):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "spanish" and roll < 0.5:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.015 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        if key in ("polish", "bcs", "turkish", "spanish") and r.random() < 0.35:  # typed plain
            given = (plain(given[0]), given[1])
            surname = [(plain(w), p) for w, p in surname]
        return Person(key, given, surname, middle, joint)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname[0]}",
                          f"{given}.{surname}{r.randrange(2, 99)}", f"{given[:3]}{surname[:3]}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in one of the groupings people write."""
        r = self.rng
        p, d = "07" + r.choice("0023369"), self.digits(7)
        return r.choices(
            (f"{p}-{d[:3]} {d[3:5]} {d[5:]}", f"{p}{d}", f"{p} {d[:3]} {d[3:5]} {d[5:]}",
             f"+46 {p[1:]} {d[:3]} {d[3:5]} {d[5:]}", f"+46(0){p[1:]}-{d[:3]} {d[3:5]} {d[5:]}",
             f"+46{p[1:]}{d}", f"0046 {p[1:]} {d[:3]} {d[3:5]} {d[5:]}", f"{p}-{d}",
             f"{p}-{d[:2]} {d[2:4]} {d[4:]}"),
            weights=(34, 14, 14, 14, 4, 5, 4, 7, 4),
        )[0]  # fmt: skip

    def landline(self) -> str:
        """A Swedish landline: Stockholm's two-digit code, or a three- or four-digit area code."""
        r = self.rng
        roll = r.random()
        if roll < 0.35:
            d = self.digits(8)
            return r.choices((f"08-{d[:3]} {d[3:6]} {d[6:]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}",
                              f"08{d[:7]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:]}", f"08 - {d[:3]} {d[3:6]} {d[6:]}"),
                             weights=(45, 20, 10, 17, 8))[0]  # fmt: skip
        if roll < 0.85:
            area, d = (
                r.choice(
                    (
                        "031",
                        "040",
                        "018",
                        "019",
                        "013",
                        "021",
                        "036",
                        "054",
                        "090",
                        "026",
                        "042",
                        "046",
                    )
                ),
                self.digits(7),
            )
            return r.choice((f"{area}-{d[:2]} {d[2:4]} {d[4:6]}", f"{area}-{d[:3]} {d[3:5]} {d[5:]}",
                             f"{area} {d[:3]} {d[3:5]} {d[5:]}", f"+46 {area[1:]} {d[:2]} {d[2:4]} {d[4:6]}"))  # fmt: skip
        area, d = r.choice(("0611", "0498", "0910", "0470", "0523", "0921", "0660")), self.digits(6)
        return r.choice(
            (f"{area}-{d[:3]} {d[3:]}", f"{area}-{d[:2]} {d[2:4]} {d[4:]}", f"{area}{d}")
        )

    def abroad(self) -> str:
        """A number from abroad, with `+` or `00` or as written at home."""
        r = self.rng
        d = self.digits(10)
        return r.choice((
            f"+47 {d[0]}{d[1:3]} {d[3:5]} {d[5:8]}", f"0047 {d[:8]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+44 7700 {d[:6]}", f"07700 {d[:6]}", f"+44 (0)20 7946 {d[:4]}", f"020 7946 {d[:4]}",
            f"0044 161 496 {d[:4]}", f"+49 30 {d[:8]}", f"0049 151 {d[:8]}", f"+49 (0)89 {d[:3]} {d[3:7]}",
            f"+48 {d[:3]} {d[3:6]} {d[6:9]}", f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+1 (612) 555-{d[:4]}", f"(206) 555-{d[:4]}", f"+1 312 555 {d[:4]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
        ))  # fmt: skip

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1934, 2024)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = self.digits(3)
        check = luhn(date + serial)
        return r.choices(
            (f"{date}-{serial}{check}", f"{year // 100}{date}-{serial}{check}",
             f"{year // 100}{date}{serial}{check}", f"{date}{serial}{check}"),
            weights=(45, 30, 15, 10),
        )[0]  # fmt: skip

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.12:
            number += r.choice("ABCD")
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        form = r.random()
        if form < 0.8:
            return f"{code[:3]} {code[3:]} {town}"
        if form < 0.9:
            return f"{code} {town}"
        return f"SE-{code[:3]} {code[3:]} {town.upper() if r.random() < 0.5 else town}"

    def flat(self) -> str:
        return f"lgh {self.rng.randrange(10, 17)}{self.rng.randrange(1, 10):02d}"

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', '))}{self.flat()}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.35:
            return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"
        if roll < 0.55:
            return f"Box {r.randrange(12, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal()}, Sverige"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        road, town, area = r.choice(UK)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 190)} {road}"
        if r.random() < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def eu_address(self) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = r.choice(EUROPE).replace("{n}", str(r.randrange(1, 120)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        return re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)


def genitive(name: str, mark: str) -> str:
    """The genitive ending after a name: `~` Swedish (`Annas`, `Lars`), `^` English."""
    if mark == "^":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, mark: str) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    given, surname, middle = [person.given], person.surname, person.middle
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("N", "n", "C"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "n" else value.upper() if form == "C" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join(w for w, _ in given + middle) + f" {person.last}"
    elif form in ("G", "g"):
        words, value = given, person.first.lower() if form == "g" else person.first
    elif form in ("S", "s"):
        words, value = surname, person.last.lower() if form == "s" else person.last
    elif form == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif form == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if mark:
        segments.append((genitive(value, mark), None))
    return segments


PERSON_FORMS = {"N", "n", "C", "F", "G", "g", "S", "s", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?([~^]?)\}")


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AG": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (f"{draw.sv_street()}, {draw.flat()}", "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.6 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "PH": lambda: (draw.mobile(), "PHONE"),
        "PL": lambda: (draw.landline(), "PHONE"),
        "PX": lambda: (draw.abroad(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS_SV[month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS_EN[month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS_EN[month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}.{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (f"{r.randrange(7, 19)}:{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(12, 4999)), None),
        "AMT": lambda: (f"{r.randrange(3, 480) * 50:,}".replace(",", " ") + " kr", None),
        "GBP": lambda: (f"£{r.randrange(40, 3000)}.{r.choice(('00', '50', '99'))}", None),
        "REF": lambda: (f"{r.choice(('AO', 'OF', 'FAKT', 'JOB'))}-{r.randrange(1000, 99999)}", None),
        "DAY": lambda: (r.choice(DAYS_SV), None),
        "DAYEN": lambda: (r.choice(DAYS_EN), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, mark = match.groups()
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw, mark)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AD's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ad-{len(rows) + 1:04d}", "split": "heldout-ad", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AD is printed."""
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
                forms["address with lgh"] += "lgh" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
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
