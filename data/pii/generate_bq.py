# ruff: noqa: E501
"""Generate held-out bq for personal-data detection: names as the population has them, a
forty-eighth writer (housing, streets and neighbours).

    python data/pii/generate_bq.py           # writes data/pii/generated-heldout-bq.jsonl
    python data/pii/generate_bq.py --stats   # counts only, writes nothing
    python data/pii/generate_bq.py --check   # checks the written file, prints counts only

bq's names are drawn by how often people carry them (`names_bq.py`: SCB's order for Sweden, the
US Census 1990, the ONS rankings for the UK, the commonest names of the origins common in
Sweden), 80% from the head of a list and 20% from its tail, mixed by the row's language roughly
as Sweden's population is. The genre is housing and neighbourhood life (`templates_bq.py`):
housing cooperatives and landlords, notices, board minutes, stambyte schedules, parking, storage
and laundry, tenant lists, sublets and exchanges, moving orders, key handovers, neighbour
disputes, local groups, buy-and-sell pick-ups, lost and found, snow clearing and street works,
with streets of every Swedish form and addresses from the neighbouring countries. Written by a
helper who tunes nothing and who read neither the detector nor any other set's names,
templates or rows; never run through the detector by its writer. Stdlib only; one seeded
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

from names_bq import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bq import BRF, DAYS, EN, FIRMS, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270125
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bq.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every form a town has (written from general knowledge of street names).
SV_STREETS = (
    # -gatan
    "Storgatan", "Drottninggatan", "Kungsgatan", "Ekgatan", "Vasagatan", "Skolgatan", "Nygatan",
    "Södra Järnvägsgatan", "Bangårdsgatan", "Trädgårdsgatan", "Fabriksgatan", "Tegnérgatan",
    "Sankt Eriksgatan", "Birger Jarlsgatan", "Västra Långgatan", "Olof Palmes gata", "Karin Boyes gata",
    "Linnégatan", "Övre Husargatan", "Kaserngatan", "Väpnargatan", "Rosengatan", "Brogatan",
    # -vägen / väg
    "Björkvägen", "Ringvägen", "Lönnvägen", "Hasselvägen", "Solvägen", "Tallvägen", "Rönnbärsvägen",
    "Selma Lagerlöfs väg", "Gamla Uppsalavägen", "Östra Ringvägen", "Bergsvägen", "Lövängsvägen",
    "Idrottsvägen", "Kyrkvägen", "Parkvägen", "Västra vägen", "Murklevägen", "Holmvägen",
    # -gränd
    "Smedjegränd", "Bagargränd", "Tunnbindaregränd", "Klockargränd", "Lilla Kyrkogränd", "Kvarngränd",
    # -stigen
    "Lärkstigen", "Hjortronstigen", "Vitsippestigen", "Kattugglestigen", "Mossstigen", "Ljungstigen",
    # -backen / backe
    "Solbacken", "Lingonbacken", "Skolbacken", "Kvarnbacken", "Tingsbacken", "Bergsbacken", "Fiskartorpsbacke",
    # -allén / allé
    "Lindallén", "Kastanjeallén", "Björkallén", "Parkallén", "Sveavägens allé", "Hammarby allé", "Almallén",
    # -torget / torg
    "Stortorget", "Järntorget", "Fisktorget", "Nytorget", "Medborgarplatsen", "Gustav Adolfs torg", "Östra torget",
    # -plan
    "Stationsplan", "Brunnsplan", "Skepparplan", "Mästarplan", "Värtaplan",
    # -leden
    "Hamnleden", "Ängsleden", "Kanalleden", "Fyrleden", "Skogsleden",
    # -slingan
    "Rödhakeslingan", "Klöverslingan", "Tuvslingan", "Videslingan", "Gärdsslingan",
    # -svängen
    "Kopparsvängen", "Fjällsvängen", "Hagsvängen", "Tackjärnssvängen", "Pilsvängen",
    # -liden
    "Björkliden", "Granliden", "Solliden", "Aspliden", "Tallliden",
    # -höjden
    "Ekhöjden", "Solhöjden", "Utsiktshöjden", "Skogshöjden", "Vårdkasehöjden",
    # -gården
    "Prästgården", "Nyhemsgården", "Västergården", "Hemgården", "Lillgården",
    # others
    "Strandpromenaden", "Sjöudden", "Ringen", "Åskvädersgången", "Tornérplatsen", "Kyrkslätten",
)  # fmt: skip
# Towns with postcodes as they run there: (town, lowest three digits, highest three digits).
SV_TOWNS = (
    ("Stockholm", 113, 118), ("Bromma", 167, 168), ("Hägersten", 126, 129), ("Solna", 169, 171),
    ("Sundbyberg", 172, 174), ("Huddinge", 141, 141), ("Nacka", 131, 131), ("Järfälla", 175, 177),
    ("Göteborg", 411, 418), ("Västra Frölunda", 421, 421), ("Mölndal", 431, 431), ("Malmö", 211, 217),
    ("Lund", 222, 227), ("Helsingborg", 252, 256), ("Uppsala", 752, 756), ("Västerås", 722, 725),
    ("Örebro", 702, 703), ("Linköping", 582, 589), ("Norrköping", 602, 603), ("Jönköping", 553, 556),
    ("Umeå", 903, 907), ("Luleå", 972, 975), ("Gävle", 802, 806), ("Sundsvall", 852, 856),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Borås", 503, 507), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Halmstad", 302, 305), ("Kristianstad", 291, 291), ("Falun", 791, 791),
    ("Östersund", 831, 831), ("Trollhättan", 461, 461), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Visby", 621, 621), ("Kiruna", 981, 981), ("Nyköping", 611, 611), ("Landskrona", 261, 261),
)  # fmt: skip
FOREIGN = (
    # Norway
    "Kirkeveien {n}, {z4:0350-0370} Oslo", "Thereses gate {n} B, {z4:0352-0358} Oslo", "Strandgaten {n}, {z4:5004-5013} Bergen",
    "Munkegata {n}, {z4:7011-7013} Trondheim", "Gårdsvegen {n}, {z4:2609-2619} Lillehammer",
    # Denmark
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "Jernbanegade {n}, {m}. tv., {z4:5000-5000} Odense C", "Algade {n}, {z4:4000-4000} Roskilde",
    # Finland
    "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Aleksanterinkatu {n}, {z5:20100-20100} Turku", "Storgatan {n}, {z5:68600-68620} Jakobstad", "Rantakatu {n} C {m}, {z5:90100-90100} Oulu",
    # Germany
    "Schönhauser Allee {n}, {z5:10435-10439} Berlin", "Lindenstraße {n}, {z5:20095-20099} Hamburg",
    "Goethestraße {n}, {z5:80336-80337} München", "Bahnhofstraße {n}, {z5:24103-24114} Kiel", "Am Markt {n}, {z5:18055-18057} Rostock",
    # the UK
    "Flat {m}, {n} Victoria Road, Leeds LS6 {m}DR", "{n} Church Lane, Norwich NR2 {m}AB", "{n} Elm Grove, Bristol BS6 {m}NZ",
    "{n} Gloucester Place, Edinburgh EH3 {m}EE", "Flat {m}b, {n} Albert Street, Manchester M4 {m}LQ",
    # Poland
    "ul. Marszałkowska {n}/{m}, 00-{z3:500-699} Warszawa", "ul. Długa {n}/{m}, 80-{z3:827-831} Gdańsk",
    "ul. Floriańska {n}, 31-{z3:019-021} Kraków", "al. Niepodległości {n}/{m}, 61-{z3:700-714} Poznań",
)  # fmt: skip
US_ADDRESSES = (
    "{n4} Maple Avenue, Apt {m}B, Madison, WI 537{z2:01-19}", "{n4} Lake Street, Minneapolis, MN 554{z2:01-19}",
    "{n4} Elm Street, Rockford, IL 611{z2:01-14}", "{n} West 84th Street, Apt {m}C, New York, NY 100{z2:24-24}",
    "{n4} Swede Hollow Road, St. Paul, MN 551{z2:01-19}", "{n4} Pine Ridge Drive, Seattle, WA 981{z2:01-99}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "hotmail.co.uk", "btinternet.com")  # fmt: skip
ORG_MAIL = ("styrelsen@brf{w}.se", "info@brf{w}.se", "forvaltning@{w}hem.se", "kundservice@{w}bostader.se", "bokning@brf{w}.se", "felanmalan@{w}fastigheter.se", "kontakt@{w}flytt.se", "lettings@{w}homes.co.uk", "office@{w}properties.com")  # fmt: skip
ORG_WORDS = ("ekbacken", "solrosen", "kastanjen", "lingonet", "masten", "vattentornet", "tallen", "humlan", "svalan", "hagen", "norra", "stad", "city", "bergs", "ljusa", "kvarnen")  # fmt: skip


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
    """Every value of bq from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.deck: list[str] = []

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
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.03:  # Karl-Johan, Ann-Christin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
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
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(MAIL)}"

    def org_email(self) -> str:
        return self.rng.choice(ORG_MAIL).replace("{w}", self.rng.choice(ORG_WORDS))

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("002336699")
        a2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "90", "60", "35", "46", "11"))
        a3 = r.choice(("142", "150", "155", "171", "220", "240", "270", "300", "320", "340", "380", "413", "418", "470", "490", "500", "510", "520", "550", "620", "650", "660", "910", "920", "970", "980"))
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m}-{d[:3]}{d[3:7]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (1, f"0{a3}{d[:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a landlord's number: switchboards, 020 and 0771 numbers, a 24-hour line."""
        r = self.rng
        d = self.digits(8)
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"040-{d[:2]} {d[2:4]} 00",
                         f"020{d[:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}",
            f"045 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 30 {d[:4]} {d[4:8]}", f"0049 40 {d[:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)113 {d[:3]} {d[3:7]}", f"020 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (612) 555-0{d[:3]}", f"(608) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1921, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year < 1927 and roll < 0.6:  # past a hundred: `+` in the ten-digit form
            return f"{date}+{serial}{check}"
        if roll < 0.35:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        roll = r.random()
        if roll < 0.14:
            out += r.choice("ABCD")
        elif roll < 0.2:
            out += " " + r.choice("ABC")
        elif roll < 0.23:
            out += r.choice("abc")
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def flat(self) -> str:
        """A flat or a floor after the street: `lgh 1102`, `3 tr`, `vån 2`, `2 tr ned`."""
        r = self.rng
        floor = r.randrange(0, 8)
        roll = r.random()
        if roll < 0.55:
            return f"lgh {10 + floor if floor else r.choice((10, 11))}{r.randrange(1, 8):02d}"
        if roll < 0.75:
            return f"{max(floor, 1)} tr"
        if roll < 0.88:
            return f"vån {max(floor, 1)}"
        return r.choice(("1 tr ned", "bv", "3 tr ö.g.", "2 tr, lgh 1201"))

    def with_flat(self, street: str) -> str:
        flat = self.flat()
        return f"{street}{self.rng.choice((', ', ', ', ' ')) if flat.startswith('lgh') else ', '}{flat}"

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        return out

    def sv_address(self, lines: bool = False, flat: bool | None = None) -> str:
        r = self.rng
        street = self.sv_street()
        if flat or (flat is None and r.random() < 0.3):
            street = self.with_flat(street)
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def box(self) -> str:
        return f"Box {self.rng.randrange(10, 9999)}, {self.sv_postal()}"

    def fill_pattern(self, pattern: str) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = pattern.replace("{n4}", str(r.randrange(100, 9999))).replace("{n}", str(r.randrange(1, 140)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        return re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)

    def foreign(self, lines: bool = False) -> str:
        if not self.deck:  # a shuffled deck: every format before any comes again
            self.deck = list(FOREIGN)
            self.rng.shuffle(self.deck)
        out = self.fill_pattern(self.deck.pop())
        if lines:
            head, _, tail = out.rpartition(", ")
            out = f"{head}\n{tail}"
        return out

    def us_address(self) -> str:
        return self.fill_pattern(self.rng.choice(US_ADDRESSES))


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p lower case, U capitals, F with middle names, G/g the given name (sometimes its
    short form), N/n the short form where there is one, S/s the surname, I an initial and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`
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
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
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
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        # addresses
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True), "ADDRESS"),
        "AFL": lambda: (draw.sv_address(lines=True, flat=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "STF": lambda: (draw.with_flat(draw.sv_street()), "ADDRESS"),
        "a": lambda: (r.choice((draw.sv_street(), draw.street_name(), draw.with_flat(draw.sv_street()), draw.sv_address())).lower(), "ADDRESS"),
        "st": lambda: (draw.sv_street().lower(), "ADDRESS"),
        "stn": lambda: (draw.street_name().lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AX": lambda: (draw.foreign(), "ADDRESS"),
        "AXL": lambda: (draw.foreign(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        # phones, mail, personnummer
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EO": lambda: (draw.org_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        # no values: look-alikes and filler
        "ORG": lambda: (f"7{r.randrange(16000, 17000)}-{draw.digits(4)}", None),
        "ORGX": lambda: (f"55{draw.digits(4)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14))), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{draw.digits(4)}", f"{r.randrange(5000, 5999)}-{draw.digits(4)}")), None),
        "PG": lambda: (f"{r.randrange(10000, 999999)}-{r.randrange(10)}", None),
        "KUND": lambda: (r.choice((draw.digits(8), f"{draw.digits(3)}-{draw.digits(3)}-{draw.digits(3)}", f"K{draw.digits(6)}")), None),
        "OBJ": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(1, 9)}-{draw.digits(4)}", f"{draw.digits(4)}-{draw.digits(4)}-{r.randrange(1000, 9999)}")), None),
        "ORDER": lambda: (r.choice((f"{r.randrange(2025, 2028)}-{draw.digits(5)}", f"FL-{draw.digits(6)}", f"#{draw.digits(7)}")), None),
        "CASE": lambda: (r.choice((f"{r.randrange(2025, 2028)}-{draw.digits(4)}", f"Ä{draw.digits(7)}", f"HN {r.randrange(2025, 2028)}/{draw.digits(4)}")), None),
        "LGH": lambda: (f"{r.randrange(10, 17)}{r.randrange(1, 9):02d}", None),
        "PPL": lambda: (str(r.randrange(1, 120)), None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "WEEK": lambda: (str(r.randrange(2, 52)), None),
        "AMT": lambda: (f"{r.randrange(150, 19000):,} kr".replace(",", " "), None),
        "RENT": lambda: (f"{r.randrange(4200, 16500):,}".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(300, 2400)}", None),
        "EUR": lambda: (f"€{r.randrange(300, 1900)}", None),
        "ROK": lambda: (f"{r.randrange(1, 5)}{r.choice(('', '', ',5'))} rok", None),
        "KVM": lambda: (str(r.randrange(24, 130)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "BRF": lambda: (r.choice(BRF), None),
        "FIRM": lambda: (r.choice(FIRMS), None),
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
        if base not in PERSON_FORMS and len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS:
            base = base[:-1]
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
    """bq's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bq-{len(rows) + 1:04d}", "split": "heldout-bq", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of bq is printed."""
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
                forms["address with floor"] += bool(re.search(r"\d tr\b|vån \d", value))
                forms["address Box"] += value.startswith("Box")
                forms["street alone without number"] += not re.search(r"\d", value)
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> None:
    """Checks the written file and prints counts only."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    problems: Counter[str] = Counter()
    ids = set()
    for row in rows:
        text = row["text"]
        ids.add(row["id"])
        last = 0
        for span in row["spans"]:
            start, end = span["start"], span["end"]
            value = text[start:end]
            if not 0 <= start < end <= len(text):
                problems["out of bounds or empty"] += 1
                continue
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < last:
                problems["unsorted or overlapping"] += 1
            last = end
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["unknown kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ok = re.fullmatch(r"(\d{2})?\d{6}[-+]?\d{4}", value) and len(digits) in (10, 12)
                if not ok or luhn(digits[-10:-1]) != int(digits[-1]):
                    problems["bad personnummer"] += 1
    problems["duplicate ids"] = len(rows) - len(ids)
    print(f"checked {len(rows)} rows, {sum(len(r['spans']) for r in rows)} spans")
    print("problems: " + ", ".join(f"{k} {v}" for k, v in problems.items()) + f" (total {sum(problems.values())})")
    stats(rows, None)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed while writing")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, print counts only")
    args = parser.parse_args()
    if args.check:
        check(args.out)
        return
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
