# ruff: noqa: E501
"""Generate held-out BK for personal-data detection (issue 15): names as the population has them,
the forty-second writer.

    python data/pii/generate_bk.py          # writes data/pii/generated-heldout-bk.jsonl
    python data/pii/generate_bk.py --stats  # counts only (sizes, kinds, forms, the head/tail split)
    python data/pii/generate_bk.py --check  # counts only: offsets and personnummer check digits

BK's names are drawn by how often people really carry them: every name word comes from
`names_bk.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of eighteen origins common in Sweden), 80% from the
head of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's
population is. The genres are utilities, energy and telecom (`templates_bk.py`): electricity and
district-heating bills and meter readings, power-cut and fibre-outage notices, broadband and
mobile subscription support, electricians' and installers' visit bookings, solar panel and heat
pump quotes, debt-collection reminders for unpaid bills, English energy supplier letters and
customer service chat, with addresses of every common Swedish form (streets, box addresses, c/o)
and abroad, phone numbers in every common grouping, e-mail addresses and personnummer.
Written by a helper who does not tune the detector, who read neither its rules, lexicons and
tagger (`src/rung/privacy/`) nor its tests, nor any error listing, nor any other set's names,
templates or rows (`generate_aw.py` was read for the mechanics only, the section "Held-out AW" of
docs/privacy.md for how a set is documented, the first line of `generated-heldout-u.jsonl` for
the row keys); BK was never run through the detector or a scorer by its writer, and its names
were not checked against any list in the project. Stdlib only; one seeded Random: same seed,
same bytes.

Label conventions: a PERSON span is the name only (no title, no genitive `s`/`'s`); `c/o` and the
name after it are not part of the address: the name is a PERSON and the address starts after it;
a firm named after a person keeps a surname alone unlabelled (`Nilssons El AB`, `Harrison &
Clarke Solicitors`), while a given name and a surname together in a sole trader's firm are a
PERSON (`Elfirma Jonas Berg`); schools, streets, storms and products named after people are no
PERSON (`Viktor Rydbergs gymnasium`, `Gustav Adolfs torg 2` all ADDRESS, `stormen Alfrida`,
`Siri`); an ADDRESS is where someone lives or gets post, a firm's box address included, as
written together (street, number, flat, postcode, town, country); streets named as an area (the
streets a power cut touches) are no ADDRESS; every phone number and e-mail address is a value, a
firm's included, and no PERSON is marked inside one; organisation numbers, customer, meter,
invoice and OCR numbers, bank accounts and dates of birth are not values.
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

from names_bk import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICK_ORIGIN,
    NICKNAMES,
    ORIGINS,
    SV_HYPHEN_F,
    SV_HYPHEN_M,
    TYPED_PLAIN,
    Pool,
    ascii_name,
    feminine,
    plain,
)
from templates_bk import EN, FIRMS, MIXED, MONTHS, NEGATIVES, SV, WEEKDAYS  # noqa: E402

SEED = 20270119
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bk.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's own list).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Järnvägsgatan", "Skolgatan",
    "Nygatan", "Östra Hamngatan", "Södra Förstadsgatan", "Norra Strandgatan", "Bruksgatan",
    "Linnégatan", "Hantverkargatan", "Fabriksgatan", "Verkstadsgatan", "Kopparslagargatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Rönnvägen", "Lönnvägen", "Ringvägen",
    "Skogsvägen", "Industrivägen", "Villavägen", "Solvägen", "Parkvägen", "Kyrkvägen",
    "Backvägen", "Gamla Vägen", "Mjölnarvägen", "Elektravägen", "Kraftverksvägen", "Turbinvägen",
    "Sjöviksvägen", "Kvarnsvängen", "Lärksvängen", "Tranbärssvängen", "Ängssvängen",
    "Lindallé", "Kastanjeallén", "Björkallén", "Rosenlunds allé", "Hagaby allé", "Sofiebergs backe",
    "Kvarnbacken", "Solbacken", "Tegelbruksbacken", "Mossbacken", "Kungsbacke", "Vitsippsstigen",
    "Blåklintsstigen", "Lingonstigen", "Ekorrstigen", "Harstigen", "Stortorget", "Nytorget",
    "Lilla Torg", "Gustav Adolfs torg", "Järntorget", "Stationsplan", "Kyrkplan", "Fiskarplan",
    "Brunnsplan", "Smedjegränd", "Klockgränd", "Hattmakargränd", "Prästgränd", "Bagargränd",
    "Tornslingan", "Musseronslingan", "Fältleden", "Alléringen", "Snickarkroken", "Videkroken",
    "Sågverksliden", "Furuliden", "Strandpromenaden", "Hamnkajen",
)  # fmt: skip
# Towns with their postcodes' first three digits and their phone area codes.
SV_TOWNS = (
    ("Stockholm", 111, 129, "08"), ("Solna", 169, 171, "08"), ("Huddinge", 141, 141, "08"),
    ("Nacka", 131, 132, "08"), ("Täby", 183, 187, "08"), ("Järfälla", 175, 177, "08"),
    ("Södertälje", 151, 152, "08"), ("Göteborg", 411, 426, "031"), ("Mölndal", 431, 431, "031"),
    ("Malmö", 211, 218, "040"), ("Lund", 222, 227, "046"), ("Uppsala", 751, 757, "018"),
    ("Linköping", 581, 589, "013"), ("Norrköping", 602, 603, "011"), ("Örebro", 702, 703, "019"),
    ("Västerås", 721, 725, "021"), ("Helsingborg", 252, 256, "042"), ("Jönköping", 553, 556, "036"),
    ("Umeå", 903, 907, "090"), ("Borås", 503, 507, "033"), ("Sundsvall", 852, 857, "060"),
    ("Gävle", 802, 806, "026"), ("Eskilstuna", 632, 635, "016"), ("Karlstad", 652, 656, "054"),
    ("Växjö", 352, 355, "0470"), ("Halmstad", 302, 305, "035"), ("Luleå", 972, 975, "0920"),
    ("Trollhättan", 461, 463, "0520"), ("Östersund", 831, 832, "063"), ("Borlänge", 781, 784, "0243"),
    ("Falun", 791, 791, "023"), ("Kalmar", 392, 393, "0480"), ("Skövde", 541, 541, "0500"),
    ("Kristianstad", 291, 291, "044"), ("Karlskrona", 371, 371, "0455"), ("Skellefteå", 931, 931, "0910"),
    ("Uddevalla", 451, 451, "0522"), ("Motala", 591, 591, "0141"), ("Nyköping", 611, 611, "0155"),
    ("Varberg", 432, 432, "0340"), ("Örnsköldsvik", 891, 891, "0660"), ("Trelleborg", 231, 231, "0410"),
    ("Kiruna", 981, 981, "0980"), ("Piteå", 941, 941, "0911"), ("Visby", 621, 621, "0498"),
    ("Hudiksvall", 824, 824, "0650"), ("Kungälv", 442, 442, "0303"), ("Alingsås", 441, 441, "0322"),
    ("Ystad", 271, 271, "0411"), ("Enköping", 745, 745, "0171"), ("Härnösand", 871, 871, "0611"),
    ("Lidköping", 531, 531, "0510"), ("Vetlanda", 574, 574, "0383"), ("Arvika", 671, 671, "0570"),
)  # fmt: skip
RURAL = ("Västerby", "Norrby", "Österåker gård", "Lillängen", "Bäcken", "Skogslund", "Hällebo", "Kärrtorp", "Sörby", "Åsen")  # fmt: skip

UK_STREETS = ("High Street", "Station Road", "Church Street", "Victoria Road", "Green Lane", "Manor Road", "Park Road", "Queens Road", "The Crescent", "Windsor Close", "Elm Grove", "Mill Lane", "Kingsway", "Albert Terrace", "Orchard Way", "Meadow View")  # fmt: skip
UK_TOWNS = (("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Manchester", "M"), ("Birmingham", "B"), ("Nottingham", "NG"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Norwich", "NR"), ("Plymouth", "PL"), ("Leicester", "LE"), ("York", "YO"), ("Reading", "RG"), ("Swansea", "SA"), ("Belfast", "BT"), ("London", "SE"), ("London", "N"), ("Croydon", "CR"), ("Milton Keynes", "MK"))  # fmt: skip
UK_HOUSES = ("Flat 3", "Flat 12B", "Apartment 7", "The Coach House", "Hillside Cottage", "2nd Floor Flat", "Unit 4")  # fmt: skip
US_STREETS = ("Elm Street", "Maple Avenue", "Oak Drive", "Washington Street", "Lincoln Avenue", "Park Place", "Sunset Boulevard", "Cedar Lane", "Highland Avenue", "Lakeview Drive", "Pine Ridge Road", "Main St.")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", "554"), ("Seattle", "WA", "981"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Denver", "CO", "802"), ("Rockford", "IL", "611"), ("Sacramento", "CA", "958"), ("Albany", "NY", "122"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"))  # fmt: skip
ABROAD = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Am Lindenhof {n}a, {z5:50667-51149} Köln",
    "Bahnhofstr. {n}, {z5:80331-81929} München", "{n} rue Victor Hugo, {z5:69001-69009} Lyon",
    "{n}, avenue de la République, {z5:75011-75020} Paris", "Prinsengracht {n}-II, {z4:1015-1018} {L2} Amsterdam",
    "Mannerheimintie {n} A {m}, {z5:00100-00280} Helsinki", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "ul. Marszałkowska {n} m. {m}, 00-{z3:500-699} Warszawa", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid", "Via Garibaldi {n}, {z5:10122-10124} Torino",
    "Atatürk Cad. No: {n} D: {m}, {z5:34710-34730} Kadıköy/İstanbul", "Ulica Maršala Tita {n}, {z5:71000-71000} Sarajevo",
    "Av. Providencia {n}, depto {m}0{m}, Providencia, Santiago", "Strada Republicii nr. {n}, ap. {m}, {z6:400015-400099} Cluj-Napoca",
    "{n}/{m} Moo 4, Tambon Nong Prue, Bang Lamung, Chonburi {z5:20150-20150}", "Flat {m}0{m}, Sai Residency, MG Road, Bengaluru {z6:560001-560099}",
    "Hawlêr, Gulan Street {n}, Erbil", "Kilómetro {n}, Ruta 5 Sur, Rancagua",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.se", "bredband2.com", "comhem.se", "hotmail.se")  # fmt: skip
MAIL_EN = ("gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com", "aol.com", "icloud.com", "yahoo.com")  # fmt: skip
WORK = ("elnat.example.se", "energi.example.se", "fiberbolaget.example", "example.se", "installation.example.com", "example.co.uk", "solkraft.example.se", "example.com")  # fmt: skip
ROLES = ("kundservice", "support", "felanmalan", "inkasso", "noreply", "faktura", "kundtjanst", "info", "bokning", "customerservice", "billing", "help")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a number by the Luhn rule (personnummer: its nine digits YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or two joined by a hyphen (`Anna-Karin`)
    surname: list[Word]
    second: list[Word] = field(default_factory=list)  # a second given name, written after the first
    joint: str = " "

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of BK from one seeded Random; what a row used is noted for the counts."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.lang = "sv"
        self.notes: Counter[str] = Counter()  # what the row being filled used (forms, parts)
        self.abroad: list[str] = []

    def note(self, key: str, n: int = 1) -> None:
        self.notes[key] += n

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
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and r.random() < 0.05:  # Anna-Karin, Karl-Johan
            given = [self.pick(SV_HYPHEN_F if woman else SV_HYPHEN_M)]
        surname = [self.pick(origin.surnames)]
        joint, roll = " ", r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        elif key == "arabic" and not woman and roll < 0.06:  # Khalid bin Saleh
            father = self.pick(origin.given_m)
            surname = [(f"bin {father[0]}", father[1])]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if r.random() < TYPED_PLAIN.get(key, 0):
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, [], joint)

    def second(self, person: Person) -> None:
        """Give the person a second given name, once: `Anna Maria Berg`."""
        if not person.second:
            pool = (
                ORIGINS[person.origin].given_f if person.woman else ORIGINS[person.origin].given_m
            )
            for _ in range(5):
                word = self.pick(pool)
                if word[0] not in person.first and "-" not in word[0]:
                    person.second = [word]
                    break

    def nickname(self, person: Person, share: float) -> str | None:
        names = NICKNAMES.get(NICK_ORIGIN.get(person.origin, ""), {})
        forms = names.get(person.first)
        if forms and self.rng.random() < share:
            return self.rng.choice(forms)
        return None

    def email(self, person: Person) -> str:
        r = self.rng
        given = ascii_name(person.first).replace("-", "").replace(" ", "")
        surname = (
            ascii_name(person.surname[-1][0]).replace("-", "").replace(" ", "").replace("'", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[:3]}{surname[:3]}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        if r.random() < 0.3:
            domain = r.choice(WORK)
        else:
            domain = r.choice(MAIL_EN if self.lang == "en" and r.random() < 0.7 else MAIL)
        return f"{local}@{domain}"

    def role_email(self) -> str:
        r = self.rng
        if self.lang == "en":
            return f"{r.choice(ROLES[9:])}@{r.choice(('example.co.uk', 'example.com', 'installation.example.com'))}"
        return f"{r.choice(ROLES)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool | None = None) -> str:
        """A Swedish number in the groupings people write."""
        r = self.rng
        if mobile is None:
            mobile = r.random() < 0.65
        if mobile:
            m = "07" + r.choice("0023369")
            d = self.digits(7)
            shapes = (
                (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
                (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:3]} {d[3:]}"),
                (2, f"{m}-{d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
                (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
                (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:]}"),
            )  # fmt: skip
            self.note("phone mobile")
        else:
            _, _, _, area = r.choice(SV_TOWNS)
            d = self.digits(r.choice({2: (6, 7, 8, 8), 3: (6, 7), 4: (5, 6, 6)}[len(area)]))
            groups = {
                5: f"{d[:3]} {d[3:]}",
                6: f"{d[:2]} {d[2:4]} {d[4:]}",
                7: f"{d[:3]} {d[3:5]} {d[5:]}",
                8: f"{d[:3]} {d[3:6]} {d[6:]}",
            }
            g = groups[len(d)]
            shapes = (
                (16, f"{area}-{g}"), (6, f"{area} {g}"), (4, f"{area}-{d}"), (3, f"{area}{d}"),
                (2, f"{area}/{g}"), (5, f"+46 {area[1:]} {g}"), (2, f"+46{area[1:]}{d}"), (1, f"0046 {area[1:]} {g}"),
                (1, f"+46 (0){area[1:]}-{g}"),
            )  # fmt: skip
            self.note("phone landline")
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def service_phone(self) -> str:
        """A firm's service number: `020-`, `0771-`, `0200-` and switchboards."""
        r = self.rng
        d = self.digits(6)
        self.note("phone service number")
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:]}", f"0771-{d[:2]} {d[2:4]} {d[4:]}", f"0200-{d[:2]} {d[2:4]} {d[4:]}",
                         f"0771-{d[:3]} {d[3:]}", f"020-{d[:3]} {d[3:]}", f"08-{d[:3]} {d[3:]} 00", f"0770-{d[:3]} {d[3:]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        self.note("phone abroad")
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)20 7946 0{d[:3]}",
            f"+49 151 {d[:8]}", f"0049 30 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+1 (612) 555-0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+40 7{d[:2]} {d[2:5]} {d[5:8]}",
            f"+387 6{d[:1]} {d[1:4]} {d[4:7]}", f"+291 7 {d[:3]} {d[3:6]}", f"+93 7{d[:1]} {d[1:4]} {d[4:8]}", f"00385 91 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        self.note("phone UK")
        return r.choice((f"07{d[:3]} {d[3:]}{self.digits(2)}", f"07{d[:3]} {d[3:6]} {d[6:]}{self.digits(2)}", f"07{d[:3]}{d[3:]}{self.digits(2)}",
                         f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"020 7946 0{d[:3]}", f"(0117) 496 0{d[:3]}", f"+44 7{d[:3]} {d[3:]}{self.digits(2)}",
                         f"+44 (0)7{d[:3]} {d[3:]}{self.digits(2)}", f"029 2018 0{d[:3]}", f"0131 496 0{d[:3]}", f"0800 {d[:3]} {d[3:7]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        self.note("phone US")
        area = r.choice(("612", "206", "512", "614", "303", "815", "916", "518", "608", "520"))
        return r.choice(
            (
                f"({area}) 555-0{d}",
                f"{area}-555-0{d}",
                f"+1 {area} 555 0{d}",
                f"{area}.555.0{d}",
                f"1-800-555-0{d}",
            )
        )

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1932, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.38:
            self.note("pnr 12 digits with hyphen")
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.74:
            self.note("pnr 10 digits with hyphen")
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.note("pnr 12 digits without")
            return f"{year // 100}{date}{serial}{check}"
        self.note("pnr 10 digits without")
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 210))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def street(self, number: bool = True) -> str:
        r = self.rng
        name = r.choice(SV_STREETS)
        if not number:
            self.note("address without number")
            return name
        out = f"{name} {self.number()}"
        roll = r.random()
        if roll < 0.1:
            out += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            self.note("address with lgh")
        elif roll < 0.15:
            out += f", {r.randrange(1, 7)} tr"
        elif roll < 0.17:
            out += " nb"
        return out

    def postal(self, town_only: bool = False) -> str:
        r = self.rng
        town, low, high, _ = r.choice(SV_TOWNS)
        if town_only:
            return town
        code = f"{r.randrange(low, high + 1)}{r.randrange(0, 100):02d}"
        roll = r.random()
        if roll < 0.72:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.84:
            out = f"{code} {town}"
        elif roll < 0.94:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        else:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        if r.random() < 0.03:
            out += ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lower: bool = False) -> str:
        """A Swedish address: street (with or without number), postcode and town, or less."""
        r = self.rng
        roll = r.random()
        if roll < 0.07:  # a place in the countryside
            street = f"{r.choice(RURAL)} {r.randrange(1, 300)}"
            self.note("address rural")
        else:
            street = self.street(number=r.random() > 0.05)
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        if joint == " " and re.search(r"(lgh \d+| tr| nb)$", street):
            joint = ", "
        roll = r.random()
        if roll < 0.78:
            out = f"{street}{joint}{self.postal()}"
        elif roll < 0.9:
            out = f"{street}, {self.postal(town_only=True)}"
        else:
            out = street
        if lines:
            self.note("address on lines")
        if lower:
            self.note("address lower case")
            out = out.lower()
        return out

    def box(self) -> str:
        r = self.rng
        self.note("address Box")
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(1, 9999)}, {self.postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(1, 999)}\n{self.postal()}"
        return f"Box {r.randrange(10, 999)}, SE-{r.randrange(100, 990)} {r.randrange(10, 99)} {self.postal(town_only=True)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        if r.random() < 0.3:
            street = f"{r.choice(UK_HOUSES)}, {street}"
        self.note("address UK")
        if lines:
            self.note("address on lines")
            return f"{street}\n{town}\n{code}"
        return f"{street}, {town} {code}" if r.random() < 0.7 else f"{street}, {town}, {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite'))} {r.randrange(2, 40)}"
        self.note("address US")
        return f"{street}, {town}, {state} {prefix}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 180)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        self.note("address abroad")
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


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
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
    "CO",
}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?(\+s|\+')?\}")


def person_segments(form: str, gen: str | None, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`, then a genitive's ending (no part of the value).

    P given and surname, p the same in lower case, U in capitals, F with a second given name,
    G/g the given name (now and then its short form), N/n the short form where there is one,
    S/s/SU the surname (as written, lower case, capitals), I initials and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, GIVEN`,
    E an e-mail address of the person. `+s` asks for a Swedish genitive, `+'` an English one.
    """
    r = draw.rng
    given, surname = person.given, person.surname
    if form == "E":
        draw.note("email of a person")
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        draw.second(person)
        words = given + person.second + surname
        value = " ".join([person.first] + [w for w, _ in person.second] + [person.last])
        draw.note("form two given names")
    elif form in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.06 if form in ("G", "g") else 0.9)
        if short:
            draw.note("form nickname")
        value = short or person.first
        value = value.lower() if form in ("g", "n") else value
    elif form in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if form == "s" else value.upper() if form == "SU" else value
    elif form == "I":
        words = surname
        initials = "-".join(p[0] + "." for p in person.first.split("-"))
        if r.random() < 0.15 and person.second:
            initials += f" {person.second[0][0][0]}."
        value = f"{initials} {person.last}"
        draw.note("form initials")
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
        draw.note("form initials")
    elif form in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if form == "RU" else value
        draw.note("form Surname, Given")
    else:
        raise KeyError(form)
    for _, part in words:
        draw.note(f"name word {part}")
    draw.note(f"origin {person.origin}")
    segments: list[Segment] = [(value, "PERSON")]
    if gen:
        draw.note("form genitive")
        ending = genitive(value, gen == "+'")
        if value.islower():
            ending = ending.lower()
        if ending:
            segments.append((ending, None))
    return segments


def orgnr(r: Random) -> str:
    body = f"55{r.randrange(6, 10)}{r.randrange(100000, 999999)}"
    return f"{body[:6]}-{body[6:]}{luhn(body)}"


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "a": lambda: (draw.sv_address(lower=True), "ADDRESS"),
        "ST": lambda: (draw.street(), "ADDRESS"),
        "STN": lambda: (draw.street(number=False), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHL": lambda: (draw.phone(mobile=False), "PHONE"),
        "PHS": lambda: (draw.service_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHU": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EM": lambda: (draw.role_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        # no values: numbers and names a careless detector might take for one
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1938, 2006)}", None),
        "MONTH": lambda: (MONTHS["en" if en else "sv"][month - 1], None),
        "DAY": lambda: (WEEKDAYS["en" if en else "sv"][r.randrange(7)], None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "KWH": lambda: (f"{r.randrange(1, 60)} {r.randrange(1000):03d}" if r.random() < 0.4 else str(r.randrange(120, 9999)), None),
        "AMT": lambda: (f"{r.randrange(120, 24000):,}".replace(",", " ") + r.choice((",00", f",{r.randrange(100):02d}", "")) + " kr", None),
        "GBP": lambda: (f"£{r.randrange(12, 3200):,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(15, 900)}.{r.randrange(100):02d}", None),
        "KRKWH": lambda: (f"{r.randrange(18, 290) / 100:.2f}".replace(".", ",") + " kr/kWh", None),
        "PENCE": lambda: (f"{r.randrange(1800, 3400) / 100:.2f}p/kWh", None),
        "KUNDNR": lambda: (str(r.randrange(1000000, 99999999)), None),
        "ANL": lambda: (f"735999{r.randrange(10**11, 10**12)}", None),
        "MATNR": lambda: (r.choice((str(r.randrange(10**7, 10**8)), f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}")), None),
        "FAKT": lambda: (str(r.randrange(10**8, 10**9)), None),
        "OCR": lambda: ((lambda b: b + str(luhn(b)))(str(r.randrange(10**13, 10**15))), None),
        "ORGNR": lambda: (orgnr(r), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "MPAN": lambda: (f"{r.randrange(10, 24)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(100, 999)}", None),
        "ACCT": lambda: (f"{r.randrange(10**7, 10**8)}", None),
        "SORT": lambda: (f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"CS-{r.randrange(10000, 99999)}", f"#{r.randrange(100000, 9999999)}", f"INC{r.randrange(1000000, 9999999)}")), None),
        "SPEED": lambda: (r.choice(("100/100", "250/250", "500/500", "1000/1000", "100/10", "1000/100")) + " Mbit/s", None),
        "KWP": lambda: (f"{r.randrange(30, 180) / 10:.1f}".replace(".", "," if not en else "."), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "TOWN": lambda: (draw.postal(town_only=True) if not en or r.random() < 0.3 else r.choice(UK_TOWNS)[0], None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "AREA": lambda: (f"{r.choice(SV_STREETS)} {r.randrange(1, 20)}–{r.randrange(21, 60)}", None),
        "STREETX": lambda: (r.choice(SV_STREETS), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, gen = match.groups()
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                for _ in range(
                    4 if form in ("N", "n") else 0
                ):  # a short form's slot: someone who has one
                    if draw.nickname(person, 1.0):
                        break
                    person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            if (
                form == "CO"
            ):  # `c/o Name, Street 1, 123 45 Town`: the name a PERSON, the rest an ADDRESS
                draw.note("address c/o")
                name = person_segments(draw.rng.choice(("P", "P", "S")), None, person, draw)
                segments = [
                    ("c/o ", None),
                    *name,
                    (draw.rng.choice((", ", "\n")), None),
                    (draw.sv_address(), "ADDRESS"),
                ]
            else:
                segments = person_segments(form, gen, person, draw)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, notes: Counter[str] | None = None) -> list[dict[str, object]]:
    """BK's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = Draw(seed)
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
            draw.notes = Counter()
            text, spans = fill(template, draw)
            if text not in seen:
                break
        seen.add(text)
        if notes is not None:
            notes.update(draw.notes)
        rows.append({
            "id": f"gen-heldout-bk-{len(rows) + 1:04d}", "split": "heldout-bk", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], notes: Counter[str]) -> None:
    """Counts only: no row of BK is printed."""
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
                forms["three or more words"] += len(value.split()) >= 3
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["particle"] += bool(
                    re.search(
                        r"(?:^|\s)(?:van|von|de|del|af|bin|al-|Al-|le)(?:\s|-|$)", value, re.I
                    )
                )
                before = text[max(0, span["start"] - 20) : span["start"]]
                forms["after a title"] += bool(
                    re.search(
                        r"(?:Dr|Mr|Mrs|Ms|Miss|VD|fru|herr|rektor|sjuksköterska|elektriker|montör|tekniker|Eng\.|handläggare|kundrådgivare)\.? $",
                        before,
                    )
                )
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("PERSON forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(
        "forms drawn: "
        + ", ".join(f"{k[5:]} {v}" for k, v in sorted(notes.items()) if k.startswith("form "))
    )
    head, tail = notes["name word head"], notes["name word tail"]
    print(
        f"name words: head {head} ({head / (head + tail):.1%}), tail {tail} ({tail / (head + tail):.1%})"
    )
    print(
        "personnummer: "
        + ", ".join(f"{k[4:]} {v}" for k, v in sorted(notes.items()) if k.startswith("pnr "))
    )
    print(
        "addresses: "
        + ", ".join(f"{k[8:]} {v}" for k, v in sorted(notes.items()) if k.startswith("address "))
    )
    print(
        "phones: "
        + ", ".join(f"{k[6:]} {v}" for k, v in sorted(notes.items()) if k.startswith("phone "))
    )
    print(f"e-mail of a person: {notes['email of a person']}")
    origins = Counter({k[7:]: v for k, v in notes.items() if k.startswith("origin ")})
    print("origins of names written: " + ", ".join(f"{k} {v}" for k, v in origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(rows: list[dict[str, object]]) -> None:
    """Counts only: spans non-empty, in bounds, trimmed, sorted and apart; personnummer valid."""
    bad: Counter[str] = Counter()
    spans_seen = pnr = 0
    ids = {row["id"] for row in rows}
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        bad["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        end = 0
        for span in spans:
            spans_seen += 1
            start, stop, kind = span["start"], span["end"], span["kind"]
            value = text[start:stop]
            bad["empty"] += stop <= start
            bad["out of bounds"] += start < 0 or stop > len(text)
            bad["whitespace at an edge"] += value != value.strip()
            bad["unsorted or overlapping"] += start < end
            bad["kind"] += kind not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")
            end = stop
            if kind == "NATIONAL_ID":
                pnr += 1
                digits = value.replace("-", "")
                digits = digits[2:] if len(digits) == 12 else digits
                bad["personnummer check digit"] += len(digits) != 10 or luhn(digits[:9]) != int(
                    digits[9]
                )
    print(
        f"rows {len(rows)}, distinct ids {len(ids)}, distinct texts {len({row['text'] for row in rows})}, spans {spans_seen}, personnummer {pnr}"
    )
    print(
        "problems: "
        + ", ".join(
            f"{k} {bad[k]}"
            for k in (
                "keys",
                "empty",
                "out of bounds",
                "whitespace at an edge",
                "unsorted or overlapping",
                "kind",
                "personnummer check digit",
            )
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed, for checking the filler"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the offsets; print counts only")
    args = parser.parse_args()
    notes: Counter[str] = Counter()
    rows = generate(args.seed, notes)
    if args.check:
        check(rows)
        return
    if args.stats:
        stats(rows, notes)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
