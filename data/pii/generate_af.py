# ruff: noqa: E501
"""Generate held-out AF for personal-data detection (issue 15): names as the population has them,
an eleventh writer.

    python data/pii/generate_af.py          # writes data/pii/generated-heldout-af.jsonl
    python data/pii/generate_af.py --stats  # counts only (sizes, forms, the head/tail split)

Like V to AE, and unlike the worst-case sets O to U, AF's names are drawn by how often people
really carry them: every name word comes from `names_af.py`'s weighted pools (SCB's ranks for
Sweden, the commonest names of the origins common in Sweden weighted by their share of its
population, the US Census 1990 frequencies and UK rankings for English text), 80% from the head
of a list and 20% from its tail, in everyday private life (`templates_af.py`: family group chats
and SMS, dating and friendship messages, neighbourhood and buy-sell groups, birthdays and
weddings, babysitting and carpools, holiday rentals and house swaps, sports-club parents, pet
sitting, voicemail and call transcripts, postcards and letters). Written by a helper who does
not tune the detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor
any dev set's error listing nor V's to AE's names and templates (only `generate_y.py`, whose
mechanics this file follows); AF was never run through the detector by its writer, and its names
were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_af import HEAD_SHARE, MIXES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_af import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20261203
SIZES = {"sv": 275, "en": 185, "mixed": 180}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-af.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Streets Swedish addresses most often have (general knowledge), and real towns with the range of
# the first three digits of their postcodes.
SV_STREETS = (
    "Storgatan", "Skolgatan", "Kungsgatan", "Drottninggatan", "Björkvägen", "Industrivägen",
    "Villavägen", "Ängsvägen", "Granvägen", "Bäckvägen", "Backvägen", "Kvarngatan", "Strandvägen",
    "Idrottsvägen", "Fabriksgatan", "Torggatan", "Järnvägsgatan", "Nygatan", "Vasagatan",
    "Tallstigen", "Sjövägen", "Allégatan", "Ekvägen", "Syrenvägen", "Solvägen", "Vallgatan",
    "Åkervägen", "Hagagatan", "Östra Långgatan", "Lilla Torget", "Södra vägen", "Norra Storgatan",
    "Västergatan", "Kyrkvägen", "Mejerivägen", "Prästgatan", "Sandbacken", "Hammarby allé",
    "Rinkebysvängen", "Björnbärsstigen", "Lingonstigen", "Blåbärsvägen", "Gärdesvägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 112, 117), ("Göteborg", 412, 417), ("Malmö", 212, 217), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 605), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Karlstad", 652, 656),
    ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Östersund", 831, 832),
    ("Luleå", 972, 975), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skellefteå", 931, 931), ("Visby", 621, 621), ("Varberg", 432, 432), ("Trollhättan", 461, 461),
    ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Järfälla", 175, 177), ("Haninge", 136, 137),
    ("Kungälv", 442, 442), ("Alingsås", 441, 441), ("Motala", 591, 591), ("Ystad", 271, 271),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Park Road", "The Green",
    "Victoria Street", "School Lane", "New Road", "Queen Street", "Manor Way", "The Crescent",
    "Orchard Close", "Springfield Road", "York Road", "Grove Road", "North Street", "Albert Road",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "NW"), ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"),
    ("Cardiff", "CF"), ("Nottingham", "NG"), ("York", "YO"), ("Liverpool", "L"), ("Norwich", "NR"),
    ("Exeter", "EX"), ("Aberdeen", "AB"), ("Reading", "RG"), ("Bath", "BA"), ("Swansea", "SA"),
)  # fmt: skip
US_STREETS = ("Oak Street", "Second Street", "Maple Avenue", "Cedar Lane", "Elm Street", "Park Avenue", "Lincoln Avenue", "Walnut Street", "Sunset Drive", "Hillcrest Road", "Washington Avenue", "Ridge Road")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Madison", "WI", 537), ("Columbus", "OH", 432), ("Phoenix", "AZ", 850), ("Portland", "ME", 41), ("Raleigh", "NC", 276), ("Sacramento", "CA", 958), ("Tampa", "FL", 336))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}\n{z5:80331-81929} München",
    "Schillerstraße {n}, {z5:60306-60599} Frankfurt am Main", "Dorfstraße {n}, 24217 Schönberg",
    "{n} rue de la République, {z5:13001-13016} Marseille", "{n} avenue Jean Jaurès\n{z5:31000-31500} Toulouse",
    "{n} place de l'Église, 44000 Nantes",
    "Mannerheimintie {n} A {m}, 00100 Helsinki", "Hämeenkatu {n} B {m}\n{z5:33100-33900} Tampere",
    "Kongens gate {n}, 0153 Oslo", "Storgata {n}, {z4:9008-9019} Tromsø", "Skolevegen {n}, 5003 Bergen",
    "Vestergade {n}, {m}. th., 8000 Aarhus C", "Østergade {n}, 1100 København K",
    "ul. Mickiewicza {n}/{m}, {z2:60-61}-{z3:100-899} Poznań", "ul. Kościuszki {n}, 80-{z3:200-899} Gdańsk",
    "Calle Real {n}, {m}º dcha., 29015 Málaga", "Carrer de Mallorca {n}, {m}º 2ª, 08013 Barcelona",
    "Via Roma {n}, {z5:10121-10156} Torino",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "me.com")  # fmt: skip
WORK = ("example.com", "example.se", "foreningen.example.se", "example.co.uk")
# The second names of Swedish hyphenated given names as they are usually made (`Anna-Karin`,
# `Jan-Erik`); each is a name of the Swedish pools.
SECOND_F = ("Karin", "Lena", "Marie", "Britt", "Stina", "Louise", "Maria", "Kristina")
SECOND_M = ("Erik", "Olof", "Johan", "Åke", "Gunnar", "Göran", "Anders", "Peter")
# Area codes of Swedish landlines (two to four digits after the 0).
SV_AREAS = ("8", "31", "40", "18", "13", "19", "21", "23", "26", "36", "46", "60", "90", "480", "498", "520", "913")  # fmt: skip


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

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AF from one seeded Random; counts the head/tail split and the origins."""

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
        mix = MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = self.pick(pool)
        if key == "swedish" and "-" not in given[0] and r.random() < 0.06:  # `Anna-Karin`
            second = r.choice(SECOND_F if woman else SECOND_M)
            if second != given[0]:
                given = (f"{given[0]}-{second}", given[1])  # counted once, by its first name
        middle: list[Word] = []
        if r.random() < {"swedish": 0.5, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.02 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = (plain(given[0]), given[1])
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.5 else MAIL)}"

    def phone(self) -> str:
        """A Swedish number in one of the groupings people write."""
        r = self.rng
        d = "".join(str(r.randrange(10)) for _ in range(7))
        mobile = "07" + r.choice("0236693")
        roll = r.random()
        if roll < 0.22:
            return f"{mobile}-{d[:3]} {d[3:5]} {d[5:]}"
        if roll < 0.36:
            return f"{mobile}{d}"
        if roll < 0.46:
            return f"{mobile} {d[:3]} {d[3:5]} {d[5:]}"
        if roll < 0.52:
            return f"{mobile}-{d}"
        if roll < 0.62:
            return f"+46 {mobile[1:]} {d[:3]} {d[3:5]} {d[5:]}"
        if roll < 0.67:
            return f"+46{mobile[1:]}{d}"
        if roll < 0.71:
            return f"+46 (0){mobile[1:]}-{d[:3]} {d[3:5]} {d[5:]}"
        if roll < 0.74:
            return f"0046 {mobile[1:]} {d[:3]} {d[3:]}"
        if roll < 0.82:
            return f"08-{d[:3]} {d[3:6]} {d[6]}{r.randrange(10)}"
        if roll < 0.86:
            return f"08-{d[:2]} {d[2:4]} {d[4:6]}"
        area = r.choice(SV_AREAS)
        rest = d[: 8 - len(area)]
        return f"0{area}-{rest[:-4]} {rest[-4:-2]} {rest[-2:]}".replace("- ", "-")

    def phone_x(self) -> str:
        """A number from abroad, with `+` or `00`."""
        r = self.rng

        def n(k: int) -> str:
            return "".join(str(r.randrange(10)) for _ in range(k))

        forms = (
            lambda: f"+47 {n(3)} {n(2)} {n(3)}", lambda: f"0047 {n(8)}",
            lambda: f"+45 {n(2)} {n(2)} {n(2)} {n(2)}", lambda: f"0045 {n(8)}",
            lambda: f"+358 40 {n(3)} {n(4)}", lambda: f"00358 50 {n(7)}",
            lambda: f"+44 7{n(3)} {n(6)}", lambda: f"+44 (0)20 7946 {n(4)}", lambda: f"07{n(3)} {n(6)}",
            lambda: f"+49 151 {n(8)}", lambda: f"0049 30 {n(7)}",
            lambda: f"+48 {n(3)} {n(3)} {n(3)}", lambda: f"+34 6{n(2)} {n(3)} {n(3)}",
            lambda: f"+1 ({r.choice(('612', '608', '614', '919'))}) 555-{r.randrange(100, 200):04d}",
            lambda: f"+33 6 {n(2)} {n(2)} {n(2)} {n(2)}", lambda: f"+66 8{n(1)} {n(3)} {n(4)}",
        )  # fmt: skip
        return r.choice(forms)()

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1950, 2005)
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
        number = str(min(int(r.expovariate(1 / 16)) + 1, 180))
        if r.random() < 0.1:
            number += r.choice("ABC")
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        return f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 6):02d}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.4:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        if roll < 0.6:
            return f"Box {r.randrange(100, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal()}, Sverige"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", Suite {r.randrange(100, 900)}"
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = r.choice(EUROPE).replace("{n}", str(r.randrange(1, 150)))
        out = out.replace("{m}", str(r.randrange(1, 7)))
        return re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, lang: str) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    given, surname, middle = [person.given], person.surname, person.middle
    base = form[:-1] if len(form) > 1 and form.endswith("s") else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "S", "s", "I", "Gi", "R", "E", "Ps", "Gs", "Ss", "gs"}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")
ENGLISH_AFTER = re.compile(r"^\s*(party|tests|bike|flight|birthday|number|80th)")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def lgh() -> str:
        return f"{draw.sv_street()} lgh {r.randrange(10, 15)}{r.randrange(1, 6):02d}"

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (lgh() if r.random() < 0.5 else draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else '.'}{r.choice(('00', '10', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(12, 4999)), None),
        "AMT": lambda: (f"{r.randrange(90, 12000)} kr", None),
        "REF": lambda: (f"{r.choice(('INC', 'SR', 'HD', 'ORD'))}-{r.randrange(10000, 99999)}", None),
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
    """AF's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-af-{len(rows) + 1:04d}", "split": "heldout-af", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AF is printed."""
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
