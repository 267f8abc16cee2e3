# ruff: noqa: E501
"""Generate held-out AV for personal-data detection (issue 15): names as the population has them,
a twenty-seventh writer.

    python data/pii/generate_av.py          # writes data/pii/generated-heldout-av.jsonl
    python data/pii/generate_av.py --stats  # counts only (sizes, forms, the head/tail split)

AV's names are drawn by how often people really carry them: every name word comes from
`names_av.py`'s weighted pools (SCB's ranks for Sweden, the commonest names of the origins common
in Sweden, the US Census 1990 per cents and UK rankings), 80% from the head of a list and 20% from
its tail, in the genres of migration and international life (`templates_av.py`: Migrationsverket
cases and residence-permit letters, SFI class lists, interpreter bookings, embassy appointments,
UHR's recognition of foreign degrees, relocation agencies and expat forums, international
schools' admissions, money-transfer notes, sponsor letters for family reunification, translated
certificates with names transliterated from other scripts). Written by a helper who does not tune
the detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any dev
set's error listing nor any other set's names and templates (`generate_ag.py` was read for the
mechanics only); AV was never run through the detector by its writer, and its names were not
checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_av import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKS,
    ORIGINS,
    SCRIPT,
    SCRIPT_ORIGINS,
    Pool,
    feminine,
    plain,
)
from templates_av import (  # noqa: E402
    COUNTRIES,
    DAYS,
    EN,
    FOREIGN_CITIES,
    LANGUAGES,
    MIXED,
    MONTHS,
    NEGATIVES,
    SV,
)

SEED = 20270104
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-av.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, and real towns (with suburbs where many who moved to
# Sweden live) with the first three digits of their postcodes: the writer's knowledge.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Järnvägsgatan", "Skolgatan", "Nygatan",
    "Kyrkogatan", "Trädgårdsgatan", "Tullgatan", "Vasagatan", "Hantverkargatan", "Bryggargatan",
    "Köpmangatan", "Västergatan", "Österlånggatan", "Norra Järnvägsgatan", "Amiralsgatan",
    "Nobelvägen", "Industrivägen", "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen",
    "Granvägen", "Ekvägen", "Lönnvägen", "Bergsvägen", "Sjövägen", "Kvarnvägen", "Lantmannavägen",
    "Hjulstavägen", "Albyvägen", "Bergsjövägen", "Gamla Vägen", "Ramels väg", "Hemgårdsvägen",
    "Rinkebysvängen", "Husbysvängen", "Lövsvängen", "Bagarsvängen",
    "Tensta allé", "Husby allé", "Hammarby allé", "Skolallén", "Parkallén", "Kastanjeallén",
    "Kyrkbacken", "Lingonbacken", "Prästbacken", "Skolbacke", "Ekbacke", "Solbacken",
    "Lärkstigen", "Blåbärsstigen", "Fjällstigen", "Rönnbärsstigen", "Enstigen",
    "Stortorget", "Hagsätra torg", "Angereds torg", "Järntorget", "Möllevångstorget", "Fittja torg",
    "Fridhemsplan", "Mariaplan", "Kungsbroplan", "Gustav Adolfs plan",
    "Taxingegränd", "Smedsgränd", "Klockargränd", "Tulpangränd", "Krukmakargränd",
    "Rinkebystråket", "Hjällbo Centrum", "Gottsundagatan", "Vivalla Centrum", "Bäckbyvägen",
    "Skäggetorps centrum", "Varvsgatan", "Hamngatan", "Postgatan", "Idrottsgatan",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Spånga", 163, 163), ("Kista", 164, 164), ("Tumba", 147, 147),
    ("Norsborg", 145, 145), ("Hägersten", 129, 129), ("Farsta", 123, 123), ("Skärholmen", 127, 127),
    ("Göteborg", 411, 418), ("Angered", 424, 424), ("Hisings Backa", 422, 422), ("Västra Frölunda", 421, 421),
    ("Malmö", 211, 218), ("Uppsala", 752, 756), ("Linköping", 582, 589), ("Örebro", 702, 705),
    ("Västerås", 721, 725), ("Helsingborg", 252, 256), ("Norrköping", 602, 603), ("Jönköping", 553, 556),
    ("Umeå", 903, 907), ("Lund", 222, 227), ("Borås", 503, 507), ("Sundsvall", 852, 857),
    ("Gävle", 802, 806), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152), ("Karlstad", 652, 656),
    ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462),
    ("Borlänge", 781, 784), ("Landskrona", 261, 261), ("Kristianstad", 291, 291), ("Katrineholm", 641, 641),
    ("Filipstad", 682, 682), ("Ljungby", 341, 341), ("Värnamo", 331, 331), ("Haparanda", 953, 953),
    ("Kiruna", 981, 981), ("Skövde", 541, 541), ("Kalmar", 392, 393), ("Karlskrona", 371, 371),
    ("Hallsberg", 694, 694), ("Olofström", 293, 293), ("Gislaved", 332, 332), ("Örnsköldsvik", 891, 891),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Park Avenue", "Green Lane",
    "Manor Road", "Queens Road", "The Crescent", "Mill Road", "Stanley Road", "Brook Street",
    "Albion Street", "Coronation Road", "Westfield Road", "Cedar Close", "Meadow Way", "Orchard Drive",
    "Clarence Street", "Kingsway", "St John's Road", "Windsor Terrace",
)  # fmt: skip
UK_TOWNS = (
    ("London", "E"), ("London", "N"), ("London", "SW"), ("Manchester", "M"), ("Birmingham", "B"),
    ("Leicester", "LE"), ("Bradford", "BD"), ("Luton", "LU"), ("Glasgow", "G"), ("Cardiff", "CF"),
    ("Bristol", "BS"), ("Leeds", "LS"), ("Coventry", "CV"), ("Oxford", "OX"), ("Cambridge", "CB"),
    ("Slough", "SL"), ("Newcastle upon Tyne", "NE"), ("Belfast", "BT"),
)  # fmt: skip
US_STREETS = ("Maple Avenue", "Pine Street", "Cedar Lane", "Lake Street", "Franklin Avenue", "Hillside Drive", "Grand Avenue", "Madison Street", "Riverside Drive", "Church Street", "Highland Avenue", "Elm Court")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Seattle", "WA", 981), ("Boston", "MA", 21), ("Austin", "TX", 787), ("San Diego", "CA", 921), ("Chicago", "IL", 606), ("Portland", "OR", 972), ("Rockford", "IL", 611), ("Queens", "NY", 113))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-14199} Berlin", "Gartenstraße {n}a, {z5:70173-70629} Stuttgart",
    "Kirchweg {n}, {z5:50667-51149} Köln", "{n} rue Victor Hugo, {z5:33000-33800} Bordeaux",
    "{n} avenue de la Gare, {z5:67000-67200} Strasbourg", "{n}, rue des Lilas, {z5:75010-75020} Paris",
    "Aleksanterinkatu {n} A {m}, 00100 Helsinki", "Itsenäisyydenkatu {n} C {m}, {z5:33100-33900} Tampere",
    "Läntinen Pitkäkatu {n}, {z5:20100-20900} Turku", "Thorvald Meyers gate {n}, 0555 Oslo",
    "Kongens gate {n}, {z4:7011-7099} Trondheim", "Nørrebrogade {n}, {m}. tv, 2200 København N",
    "Algade {n}, {z4:9000-9220} Aalborg", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Grunwaldzka {n} m. {m}, 80-{z3:200-299} Gdańsk", "ul. Długa {n}, 31-{z3:100-199} Kraków",
    "Calle de Alcalá {n}, {m}º izq., 280{z2:10-99} Madrid", "Avinguda Diagonal {n}, 080{z2:10-40} Barcelona",
    "Keizersgracht {n}, 10{z2:10-19} {L} Amsterdam", "Damstraat {n}-{m}, 3{z3:500-599} {L} Utrecht",
    "Via Garibaldi {n}, {z5:10121-10156} Torino", "Rua Augusta {n}, 1100-0{z2:10-99} Lisboa",
    "Landstraßer Hauptstraße {n}/{m}, 1030 Wien", "Bahnhofstrasse {n}, 8001 Zürich",
)  # fmt: skip
FAR = (
    "Atatürk Bulvarı No: {n} Daire {m}, 06{z3:100-999} Çankaya/Ankara",
    "Bağdat Caddesi No: {n}/{m}, 34{z3:700-799} Kadıköy/İstanbul",
    "vul. Shevchenka {n}, kv. {m}, Lviv 79{z3:000-099}", "vul. Sumska {n}, kv. {m}, Kharkiv 61{z3:000-099}",
    "Flat {m}0{m}, {n} MG Road, Bengaluru 5600{z2:10-99}", "{n}, Park Street, Kolkata 7000{z2:10-99}",
    "Av. Providencia {n}{m}, depto {m}0{m}, Providencia, Santiago", "Calle Los Aromos {n}, Viña del Mar",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "live.se", "telia.com", "proton.me", "ukr.net", "mail.ru", "hotmail.co.uk")  # fmt: skip
WORK = ("migrationsverket.example.se", "uhr.example.se", "sfi.example.se", "tolk.example.se", "relocate.example.com", "school.example.org", "kommun.example.se", "example.com")  # fmt: skip

# Spellings of the same name as passports, registers and certificates transliterate them.
TRANSLIT = (
    ("Mohammed", "Muhammad"), ("Mohammad", "Mohammed"), ("Mohamed", "Maxamed"), ("Abdi", "Cabdi"), ("Ahmed", "Axmed"), ("Hassan", "Xasan"), ("Muhammad", "Mohamad"),
    ("Youssef", "Yusuf"), ("Yusuf", "Jusuf"), ("Hussein", "Husein"), ("Hossein", "Hussein"),
    ("Khaled", "Khalid"), ("Mahmoud", "Mahmud"), ("Mustafa", "Mostafa"), ("Omar", "Umar"),
    ("Fatima", "Fatma"), ("Fatemeh", "Fatima"), ("Zainab", "Zeinab"), ("Nour", "Noor"),
    ("Layla", "Leila"), ("Aisha", "Aicha"), ("Ibrahim", "Ebrahim"), ("Abdullah", "Abdallah"),
    ("Serhii", "Sergei"), ("Oleksandr", "Aleksandr"), ("Oleksii", "Aleksei"), ("Andrii", "Andrei"),
    ("Yuliia", "Julia"), ("Tetiana", "Tatiana"), ("Nataliia", "Natalia"), ("Mariia", "Maria"),
    ("Olha", "Olga"), ("Dmytro", "Dmitrii"), ("Yurii", "Iurii"), ("Ihor", "Igor"), ("Kateryna", "Ekaterina"),
    ("Zhang", "Chang"), ("Zhou", "Chou"), ("Xu", "Hsu"), ("Chen", "Chan"), ("Huang", "Wong"),
    ("chenko", "czenko"), ("chuk", "tschuk"), ("Ali", "Aly"), ("Al-", "El-"), ("Al-", "Al "), ("ou", "u"), ("ee", "i"), ("kh", "ch"), ("Kh", "H"), ("sh", "sch"),
    ("ay", "ai"), ("ii", "iy"), ("iia", "ia"), ("ch", "tj"), ("j", "dj"), ("y", "j"), ("u", "ou"), ("i", "e"),
)  # fmt: skip


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
    second: Word | None = None  # a second given name, for hyphenated given names
    surname_first: bool = False  # Chinese names as written surname first

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AV from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None, script: bool = False) -> Person:
        """A person of the row's language's mix; of an origin whose names are written in another
        script when the template transliterates them (`{T}`, `{V}`)."""
        r = self.rng
        mix = SCRIPT_ORIGINS if script else MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = self.pick(pool)
        middle: list[Word] = []
        chance = {
            "swedish": 0.45,
            "us": 0.3,
            "uk": 0.25,
            "somali": 0.5,
            "eritrean": 0.45,
            "arabic": 0.15,
        }
        if r.random() < chance.get(key, 0.04):
            # Somali, Eritrean and Arabic middle names are the father's given name
            fathers = key in ("somali", "eritrean", "arabic")
            middle = [self.pick(origin.given_m if fathers else pool)]
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
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        elif key == "thai" and woman and roll < 0.4:  # married in Sweden
            surname = [self.pick(ORIGINS["swedish"].surnames)]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = (plain(given[0]), given[1])
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        first_last = key == "chinese" and r.random() < 0.35
        return Person(woman, key, given, surname, middle, joint, None, first_last)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}",
                          f"{given}_{surname}", f"{given}{r.randrange(70, 100)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "11", "46", "90", "60", "54", "36", "42")
        )
        area3 = r.choice(
            ("480", "910", "920", "980", "590", "498", "371", "520", "611", "470", "322", "640")
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (11, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (2, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"+46{m[1:]}{d}"),
            (3, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46-{m[1:]}-{d[:3]}{d[3:]}"),
            (3, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"08{d}{self.digits(1)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0{area2}-{d[:6]}"), (3, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"00963 11 {d[:3]} {d[3:7]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"0098 21 {d[:4]} {d[4:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}", f"+251 91 {d[:3]} {d[3:7]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+380 (50) {d[:3]}-{d[3:5]}-{d[5:7]}", f"00380 44 {d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"0090 212 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+66 8{d[0]} {d[1:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+86 138 {d[:4]} {d[4:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}", f"0044 161 496 0{d[:3]}", f"+49 170 {d[:7]}", f"+49 (0)30 {d[:8]}",
            f"+1 (612) 555-0{d[:3]}", f"(206) 555-0{d[:3]}", f"+1 512 555 0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit; now and then a samordningsnummer (day + 60)."""
        r = self.rng
        year = r.randrange(1948, 2020)
        day = r.randrange(1, 29) + (60 if r.random() < 0.1 else 0)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{day:02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def deck(self, name: str, items: tuple[str, ...]) -> str:
        """Draw from a shuffled deck: every item before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(items)
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 15)) + 1, 180))
        if r.random() < 0.14:
            number += r.choice(("A", "B", "C", " A", " B", "a"))
        return f"{self.deck('streets', SV_STREETS)} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.15:
            out = out.replace(town, town.upper())
        if country or r.random() < 0.05:
            out = r.choice(("SE-" + out, out + ", Sverige", out + ", Sweden", out + "\nSWEDEN"))
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, country: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lägenhet'))} {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.04:
            street += f", {r.randrange(2, 6)} tr ö.g."
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(country)}"

    def co_address(self, person: str) -> str:
        """A c/o address, the host's name inside the value."""
        joint = "\n" if self.rng.random() < 0.4 else ", "
        return f"c/o {person}{joint}{self.sv_address(lines=joint == chr(10))}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        if roll < 0.6:
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
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.18:
            street = f"Flat {r.randrange(1, 40)}{r.choice(('', 'A', 'B'))}, {street}"
        elif roll < 0.25:
            street = (
                f"{r.choice(('Ivy Cottage', 'The Old Rectory', 'Maple House', 'Unit 7'))}, {street}"
            )
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Apt.', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def foreign(self, deck: str, items: tuple[str, ...], lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deck(deck, items).replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L}", r.choice("ABCEGHJKLMNPRSTVWX") + r.choice("ABCEGHJKLNPRSTVWX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def variant(name: str, rng: Random) -> str:
    """Another transliteration of `name`: the first rule that changes it, else a letter doubled."""
    for old, new in TRANSLIT:
        if old in name:
            return name.replace(old, new, 1)
    for i in range(len(name) - 2, 0, -1):
        if name[i] in "lmnrst" and name[i] != name[i + 1] and name[i - 1] in "aeiou":
            return name[: i + 1] + name[i:]
    return name + ("h" if name[-1] in "aeiou" else "e")


def person_segments(
    form: str, gen: str | None, person: Person, draw: Draw, lang: str
) -> list[Segment]:
    """A person's name in `form`: the value(s), then a genitive's ending (no part of the value)."""
    r = draw.rng
    given, surname, middle = [person.given], person.surname, person.middle
    full = (
        f"{person.last} {person.first}" if person.surname_first else f"{person.first} {person.last}"
    )
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    segments: list[Segment] = []
    if form in ("P", "p", "U"):
        words, value = given + surname, full
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join(w for w, _ in given + middle) + f" {person.last}"
    elif form in ("G", "g", "N", "n"):
        words, value = given, person.first
        nicks = NICKS.get(person.first)
        if nicks and r.random() < (0.55 if form in ("N", "n") else 0.08):
            value = r.choice(nicks)
            draw.forms["nickname"] += 1
        value = value.lower() if form in ("g", "n") else value
    elif form in ("S", "s"):
        words, value = surname, person.last.lower() if form == "s" else person.last
    elif form == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif form == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif form == "RU":
        words, value = (
            given + middle + surname,
            f"{person.last.upper()}, " + " ".join(w for w, _ in given + middle),
        )
    elif form == "H":  # hyphenated given names: a second given name from the same pool
        if person.second is None:
            origin = ORIGINS[person.origin]
            person.second = draw.pick(origin.given_f if person.woman else origin.given_m)
            if person.second[0] == person.first:
                person.second = (
                    (origin.given_f if person.woman else origin.given_m).names[0],
                    "head",
                )
        words = [*given, person.second, *surname]
        value = f"{person.first}-{person.second[0]} {person.last}"
    elif form == "D":  # a double surname, with or without the hyphen
        if len(surname) == 1:
            extra = draw.pick(ORIGINS[person.origin].surnames)
            if extra[0] != surname[0][0]:
                person.surname = surname = [*surname, extra]
                person.joint = r.choice(("-", " ")) if person.origin not in ("latin",) else " "
        words, value = given + surname, f"{person.first} {person.last}"
    elif form == "V":  # the same name transliterated another way
        words = given + surname
        value = (
            f"{variant(person.first, r)} {person.last}"
            if r.random() < 0.7
            else f"{person.first} {variant(person.last, r)}"
        )
    elif form == "T":  # Latin letters, then the name in its own script
        words, value = given + surname, full
        table = SCRIPT.get(person.origin, {})
        if person.first in table and person.surname[0][0] in table:
            if person.origin == "chinese":
                native = table[person.surname[0][0]] + table[person.first]
            else:
                native = f"{table[person.first]} {table[person.surname[0][0]]}"
            draw.count(words)
            draw.forms["native script"] += 1
            return [(value, "PERSON"), (" (", None), (native, "PERSON"), (")", None)]
    else:
        raise KeyError(form)
    draw.count(words)
    segments.append((value, "PERSON"))
    if gen:
        segments.append((genitive(value, "en" if gen == "e" else lang), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "G",
    "g",
    "N",
    "n",
    "S",
    "s",
    "I",
    "Gi",
    "R",
    "RU",
    "H",
    "D",
    "V",
    "T",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+)(?:\+([se]))?(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2026, 2026, 2027, 2025))

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(country=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.foreign("europe", EUROPE), "ADDRESS"),
        "AXL": lambda: (draw.foreign("europe", EUROPE, lines=True), "ADDRESS"),
        "AF": lambda: (draw.foreign("far", FAR), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]} {year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}", f"{year}-{month:02d}-{day:02d}")), None),
        "YEAR": lambda: (str(r.randrange(1985, 2024)), None),
        "TIME": lambda: (f"{r.randrange(8, 17)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 40)), None),
        "AMT": lambda: (f"{r.randrange(500, 40000):,} kr".replace(",", " "), None),
        "USD": lambda: (r.choice((f"${r.randrange(50, 2500)}", f"{r.randrange(50, 2500)} USD", f"€{r.randrange(50, 2500)}", f"£{r.randrange(50, 2500)}")), None),
        "CASE": lambda: (f"{r.randrange(20, 27)}-{r.randrange(100000, 999999)}", None),
        "UHR": lambda: (f"{r.randrange(411, 414)}-{r.randrange(10000, 99999)}-{r.randrange(24, 27)}", None),
        "MTCN": lambda: (f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "CITY": lambda: (r.choice(FOREIGN_CITIES), None),
        "COUNTRY": lambda: (r.choice(COUNTRIES["en" if en else "sv"]), None),
        "COUNTRYEN": lambda: (r.choice(COUNTRIES["en"]), None),
        "LANG": lambda: (r.choice(LANGUAGES["sv"]), None),
        "LANGEN": lambda: (r.choice(LANGUAGES["en"]), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "LEVEL": lambda: (r.choice(("A", "B", "C", "D", "2B", "3C", "3D")), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    scripted = {
        m.group(3) for m in SLOT.finditer(template) if m.group(1) in ("T", "V") and m.group(3)
    }
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, gen, ref, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        if form in PERSON_FORMS or form == "CO":
            if ref and ref in people:
                person = people[ref]
            else:
                scripted_here = form in ("T", "V") or (ref or "") in scripted
                person = draw.person(
                    {"f": True, "m": False}.get(gender or ""), script=scripted_here
                )
                if ref:
                    people[ref] = person
            lang = "en" if draw.lang == "en" else "sv"
            if form == "CO":  # the host inside a c/o address is part of the ADDRESS value
                draw.count([person.given, *person.surname])
                segments: list[Segment] = [
                    (draw.co_address(f"{person.first} {person.last}"), "ADDRESS")
                ]
            else:
                segments = person_segments(form, gen, person, draw, lang)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AV's rows: every negative once, then positive rows from shuffled decks of each language's
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
        for span in spans:
            start, end = int(str(span["start"])), int(str(span["end"]))
            assert text[start:end] == text[start:end].strip(), (template, text[start:end])
        rows.append({
            "id": f"gen-heldout-av-{len(rows) + 1:04d}", "split": "heldout-av", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AV is printed."""
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
                forms["capitals"] += value.isupper() or bool(
                    re.match(r"^[A-ZÅÄÖ-]{2,}(?: [A-ZÅÄÖ-]{2,})*,", value)
                )
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["not Latin script"] += not any("a" <= ch.lower() <= "z" for ch in value)
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value.lower() or "lägenhet" in value
                forms["address c/o"] += value.startswith("c/o")
                forms["address Box"] += value.startswith("Box")
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
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
