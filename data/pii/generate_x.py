# ruff: noqa: E501
"""Generate held-out X for personal-data detection (issue 15): names as the population has them,
a third writer.

    python data/pii/generate_x.py          # writes data/pii/generated-heldout-x.jsonl
    python data/pii/generate_x.py --stats  # counts only (sizes, forms, the head/tail split)

Like V and W, and unlike the worst-case sets O to U, X's names are drawn by how often people
really carry them: every name word comes from `names_x.py`'s weighted pools (SCB's ranks for
Sweden, the commonest names of the origins common in Sweden weighted by their share of its
population, the US Census 1990 frequencies and UK rankings for English text), 80% from the head
of a list and 20% from its tail, in the forms people write them (`templates_x.py`: bookings,
second-hand listings and buyer chats, moving notices, invitations and RSVPs, obituaries,
insurance claims, contact forms, hotel and flight bookings, delivery and ride chats, rosters,
tenant complaints, school trip slips, vet records, CSV exports, out-of-office replies,
voicemail). Written by a helper who does not tune the detector, who read neither its rules,
lexicons and tagger (`src/rung/privacy/`) nor any dev set's error listing nor V's or W's names
and templates; X was never run through the detector by its writer, and its names were not
checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_x import HEAD_SHARE, MIXES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_x import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 60417
SIZES = {"sv": 290, "en": 180, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-x.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Common Swedish street names (the commonest in the address register, from general knowledge)
# and real towns with their postcode ranges (three first digits).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Drottninggatan", "Industrivägen", "Björkvägen",
    "Kyrkogatan", "Järnvägsgatan", "Nygatan", "Parkvägen", "Stationsgatan", "Skogsvägen",
    "Ringvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lindvägen", "Bergsgatan", "Trädgårdsgatan",
    "Södra Vägen", "Västra Storgatan", "Östra Långgatan", "Ängsvägen", "Lärkvägen", "Solvägen",
    "Sjövägen", "Backvägen", "Bruksgatan", "Fabriksgatan", "Villagatan", "Hamngatan",
    "Strandvägen", "Åkervägen", "Vasagatan", "Sveavägen", "Götgatan", "Linnégatan",
    "Kastanjegatan", "Smedsgatan", "Torggatan", "Nyckelpigans väg", "Vitsippsvägen",
    "Blåklintsvägen", "Hagagatan", "Allégatan", "Postgatan", "Brogatan", "Mörbyvägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Västerås", 722, 725), ("Örebro", 702, 703), ("Linköping", 582, 587), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 226), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Visby", 621, 621), ("Kiruna", 981, 981), ("Ystad", 271, 271),
    ("Nacka", 131, 131), ("Solna", 169, 171), ("Huddinge", 141, 141), ("Kungsbacka", 434, 434),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Main Street", "Park Road", "London Road",
    "Victoria Road", "Church Lane", "Green Lane", "Manor Road", "Queen Street", "Mill Lane",
    "New Road", "Kings Road", "School Lane", "The Crescent", "Albert Road", "George Street",
    "North Road", "Grove Road", "Springfield Road", "Alexandra Road", "The Drive", "Richmond Road",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "NW"), ("Manchester", "M"), ("Birmingham", "B"), ("Leeds", "LS"),
    ("Bristol", "BS"), ("Sheffield", "S"), ("Liverpool", "L"), ("Nottingham", "NG"),
    ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("York", "YO"), ("Norwich", "NR"),
    ("Reading", "RG"), ("Bath", "BA"),
)  # fmt: skip
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
# Europe: a common street, a real town and its postcode, as each country writes an address.
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}, {z5:80331-81929} München",
    "Schillerstraße {n}\n{z5:60311-60599} Frankfurt am Main",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Victor Hugo, {z5:75016-75016} Paris",
    "Mannerheimintie {n} A {m}, {z5:100-280} Helsinki", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Storgata {n}, {z4:150-190} Oslo", "Kirkeveien {n}, {z4:5003-5099} Bergen",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V", "Søndergade {n}, {z4:8000-8000} Aarhus C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 80-{z3:100-899} Gdańsk",
    "Calle Mayor {n}, {m}º, {z5:28013-28013} Madrid", "Carrer de Mallorca {n}, {z5:8008-8036} Barcelona",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.co.uk", "example.com")  # fmt: skip
WORK = ("example.se", "example.org", "foretag.example.se")


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
    """Every value of X from one seeded Random; counts the head/tail split and the origins."""

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
        given_pool = origin.given_f if woman else origin.given_m
        given = self.pick(given_pool)
        middle: list[Word] = []
        second = {"swedish": 0.6, "uk": 0.3, "us": 0.3}.get(key, 0.0)  # most Swedes have two
        if r.random() < second:
            middle = [self.pick(given_pool)]
        if middle and middle[0][0] == given[0]:
            middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # two surnames, as Spanish-speakers have them
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.04:
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.02 else " "
        elif key == "uk" and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.35:  # typed plain
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
        given = plain(person.first).lower().replace("'", "").replace(" ", "")
        surname = plain(person.surname[0][0]).lower().replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given}{surname}", f"{given[0]}.{surname}",
                          f"{given}_{surname}{r.randrange(1, 99)}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else MAIL)}"

    def phone(self) -> str:
        r = self.rng
        d = "".join(str(r.randrange(10)) for _ in range(7))
        mobile = "07" + r.choice("02369")
        roll = r.random()
        if roll < 0.5:
            return f"{mobile}-{d[:3]} {d[3:5]} {d[5:]}"
        if roll < 0.7:
            return f"{mobile}{d}"
        if roll < 0.85:
            return f"+46 {mobile[1:]} {d[:3]} {d[3:5]} {d[5:]}"
        return f"0{r.choice(('8', '31', '40', '90', '19'))}-{d[:3]} {d[3:5]} {d[5:]}"

    def phone_x(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return (
                r.choice(("07700 900", "+44 7700 900", "0161 496 0", "020 7946 0"))
                + f"{r.randrange(1000):03d}"
            )
        if roll < 0.8:
            return f"+1 {r.choice(('212', '312', '617', '206'))}-555-01{r.randrange(100):02d}"
        return self.phone()

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1935, 2012)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.5:
            return f"{date}-{serial}{check}"
        if roll < 0.85:
            return f"{year // 100}{date}-{serial}{check}"
        return f"{year // 100}{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.12:
            number += r.choice("ABC")
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.08:
            street += f", {r.randrange(1, 6)} tr"
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(100):02d}"
        code = f"{code[:3]} {code[3:]}" if r.random() < 0.85 else code
        if r.random() < 0.05:
            town = town.upper()
        return f"{street}\n{code} {town}" if lines else f"{street}, {code} {town}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(INWARD)}{r.choice(INWARD)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def eu_address(self) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = (
            r.choice(EUROPE)
            .replace("{n}", str(r.randrange(1, 120)))
            .replace("{m}", str(r.randrange(1, 9)))
        )
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "S", "s", "I", "Gi", "R", "E", "Ps", "Gs", "Ss"}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, object] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (
            f"{draw.sv_street()} lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            if r.random() < 0.5
            else draw.sv_address(lgh=True),
            "ADDRESS",
        ),
        "a": lambda: (
            (draw.sv_street() if r.random() < 0.6 else draw.sv_address()).lower(),
            "ADDRESS",
        ),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (
            r.choice(
                (
                    f"2026-{month:02d}-{day:02d}",
                    f"{day}/{month}",
                    f"{day} {MONTHS['sv'][month - 1]}",
                )
            ),
            None,
        ),
        "DATEEN": lambda: (
            r.choice(
                (
                    f"{day} {MONTHS['en'][month - 1]}",
                    f"{day:02d}/{month:02d}/2026",
                    f"{MONTHS['en'][month - 1]} {day}",
                )
            ),
            None,
        ),
        "TIME": lambda: (
            f"{r.randrange(7, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}",
            None,
        ),
        "NUM": lambda: (str(r.randrange(2, 9999)), None),
        "AMT": lambda: (f"{r.randrange(100, 9000)} kr", None),
        "REF": lambda: (
            f"{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randrange(1000, 9999)}",
            None,
        ),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }
    make = values[form]
    assert callable(make)
    segment = make()
    assert isinstance(segment, tuple)
    return segment


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
            if lang == "mixed":  # the genitive the next words are written in
                following = template[match.end() : match.end() + 20]
                lang = (
                    "en"
                    if re.search(r"\b(the|is|was|will|appointment|funeral|shift)\b", following)
                    else "sv"
                )
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
    """X's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-x-{len(rows) + 1:04d}", "split": "heldout-x", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of X is printed."""
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
