# ruff: noqa: E501
"""Generate held-out BJ for personal-data detection (issue 15): names as the population has them,
the forty-first writer.

    python data/pii/generate_bj.py          # writes data/pii/generated-heldout-bj.jsonl
    python data/pii/generate_bj.py --stats  # counts only (sizes, kinds, forms, head/tail, personnummer)
    python data/pii/generate_bj.py --check  # counts only: offsets and check digits

BJ's names are drawn by how often people really carry them: every name word comes from
`names_bj.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of eighteen origins common in Sweden), 80% from the
head of a list and 20% from its tail, mixed by the language of the row roughly as the population
is. The genres are animals and veterinary care (`templates_bj.py`): vet clinic bookings and
journals, insurance claims for pets, kennel and cattery stays, dog training classes, horse
stables and riding schools, lost-pet notices, pet shop orders, English vet and rescue-centre
letters, and owners' chat. Animals carry names people carry too (Bella, Max, Molly, Sixten,
Charlie, Ronja); an animal's name is never a value, and most rows name animals and people
together. Written by a helper who does not tune the detector, who read neither its rules,
lexicons and tagger (`src/rung/privacy/`) nor any error listing nor any other set's names,
templates or rows (`generate_aw.py` was read for the mechanics only, the "Held-out AW" section
of `docs/privacy.md` for how a set is documented, and the first line of
`generated-heldout-u.jsonl` for the row keys); BJ was never run through the detector by its
writer, and its names were not checked against any list of the project. Stdlib only; one seeded
Random: same seed, same bytes.

Label conventions. PERSON covers the name only: no title before it (`Dr`, `fru`, `rektor`,
`leg. veterinär`, `Mrs`, `Nurse`), no letters after it (`MRCVS`, `RVN`, `BHSAI`), no genitive's
`s`/`'s`/`'`. An animal's name is never a value, even when it is a name people carry, and even when
a pet is named after a person (`Vi döpte valpen till Hans efter morfar Hans Rask`: only the
grandfather is marked). A pet written with its family's surname (`Patient: Bella Andersson`) has
the surname marked PERSON, the pet's name not. A c/o name is a PERSON of its own: `c/o` is in no
span, and the ADDRESS starts at the street. A firm named after a person (a sole trader's
`Anna Bergs Hundsalong`, `Hovslagare Per Ström AB`, `Sarah Jones' Dog Grooming`, `Anna Bergs
Djurklinik AB`) has the person's name marked PERSON and the firm's words not; brands, breeds,
diseases, hospitals and streets named after people long ago (`Hill's`, `jack russell`,
`king charles spaniel`, `gordon setter`, `Cushings syndrom`, `Addison's disease`, `the Queen Mother
Hospital for Animals`, `Selma Lagerlöfs väg`, `Gustav Adolfs torg`) are not PERSON (a street is an
ADDRESS as a whole). ADDRESS covers street, number, `lgh`/`tr`/`nb`, postcode, town and a country
written with them, on one line or over lines; a street alone, with or without a number, is an
ADDRESS; a town alone is not; `Box` addresses are. An address, phone number or e-mail address is
a value whoever's it is, a clinic's, shop's or insurer's too; organisation numbers, bankgiro, OCR,
microchip, UELN, kennel club and insurance numbers are not. NATIONAL_ID is a personnummer (10 or 12 digits, with
or without the hyphen, valid check digit).
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

from names_bj import (  # noqa: E402
    HEAD_SHARE,
    HORSES,
    HYPHENATED,
    MIXES,
    NICKNAMES,
    ORIGINS,
    PETS_EN,
    PETS_SV,
    Pool,
    feminine,
    plain,
)
from templates_bj import EN, MIXED, NEGATIVES, SV, UNMARKED  # noqa: E402

SEED = 20270118
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bj.jsonl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every form, some named after people (the whole street is an address).
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Hornsgatan", "Götgatan", "Linnégatan", "Västra Hamngatan",
    "Södra Förstadsgatan", "Bangårdsgatan", "Kaserngatan", "Trädgårdsgatan", "Prästgatan",
    "Fiskaregatan", "Rådhusgatan", "Slottsgatan", "Norra Storgatan", "Repslagaregatan",
    "Verkstadsgatan", "Tegelbruksgatan", "Smedjegatan", "Klostergatan", "S:t Olofsgatan",
    "S:t Eriksgatan", "Birger Jarlsgatan", "Sten Sturegatan", "Engelbrektsgatan", "Evert Taubes gata",
    "Olof Palmes gata", "Karl XI:s gata", "Sveavägen", "Östra Ringvägen", "Vallmovägen",
    "Blåklintsvägen", "Hästhagsvägen", "Stallvägen", "Hagvägen", "Kastanjevägen", "Syrénvägen",
    "Lönnvägen", "Aspvägen", "Videvägen", "Enebacksvägen", "Gärdesvägen", "Backvägen", "Solvägen",
    "Ryttarvägen", "Hovslagarvägen", "Beteshagsvägen", "Fårhagsvägen", "Gamla Uppsalavägen",
    "Selma Lagerlöfs väg", "Astrid Lindgrens väg", "Drottning Kristinas väg", "Västra vägen",
    "Trastsvängen", "Lövsvängen", "Klöversvängen", "Ryttarsvängen", "Kastanjeallén",
    "Sofielunds allé", "Ekebergs allé", "Parkallén", "Sjöallén", "Ekbacken", "Rönnbacken",
    "Kyrkbacken", "Tallbacken", "Getbacken", "Klockarbacke", "Tingsbacke", "Harstigen",
    "Rävstigen", "Rådjursstigen", "Gökstigen", "Ljungstigen", "Mjölnarstigen", "Fisktorget",
    "Hötorget", "Nytorget", "Stora torget", "Gustav Adolfs torg", "Ryttarplan", "Kyrkplan",
    "Bergsplan", "Södra plan", "Klockargränd", "Bagargränd", "Krukmakargränd", "Tunnbindargränd",
    "Gåsgränd", "Lilla Nygatan", "Norra Kyrkogatan", "Hagalundsgatan", "Möllevångsgatan",
)  # fmt: skip
# Farms, stables and villages written as addresses in the country (`Lövåsen 3`).
SV_RURAL = (
    "Hagby", "Bjärby", "Västra Ryd", "Lövåsen", "Ekgården", "Lilla Hästhagen", "Sörby",
    "Norra Åby", "Stora Mellby", "Kvarntorp", "Humletorp", "Björkhaga", "Ängsholmen", "Dalby",
    "Ryssby", "Vretstorp", "Östra Tuna", "Grindstugan", "Hästängen", "Mossebo",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 724), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 551, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 353),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541), ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Piteå", 941, 941),
    ("Ängelholm", 262, 262), ("Sollentuna", 191, 192), ("Nacka", 131, 132), ("Huddinge", 141, 141),
    ("Kungsbacka", 434, 434), ("Varberg", 432, 432), ("Enköping", 745, 745), ("Ystad", 271, 271),
    ("Visby", 621, 622), ("Alingsås", 441, 441), ("Mölndal", 431, 431), ("Sigtuna", 193, 193),
    ("Flen", 642, 642), ("Gnesta", 646, 646), ("Knivsta", 741, 741), ("Höör", 243, 243),
    ("Hörby", 242, 242), ("Vellinge", 235, 235), ("Båstad", 269, 269), ("Falkenberg", 311, 311),
    ("Nora", 713, 713), ("Kristinehamn", 681, 681), ("Karlskoga", 691, 691), ("Filipstad", 682, 682),
    ("Oskarshamn", 572, 572), ("Karlshamn", 374, 374), ("Ludvika", 771, 771), ("Sandviken", 811, 811),
    ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Boden", 961, 961), ("Kiruna", 981, 981),
)  # fmt: skip
UK_STREETS = (
    "Acacia Avenue", "Station Road", "Church Street", "Victoria Road", "Green Lane", "Manor Road",
    "Park Road", "Queens Road", "The Crescent", "Kingsway", "Mill Road", "Orchard Way",
    "Meadow Close", "Willow Drive", "Chestnut Grove", "St Mary's Road", "Albert Street",
    "Grange Road", "Stable Lane", "Paddock Close", "Kennel Lane", "Pound Lane", "Farrier's Way",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("York", "YO"), ("Norwich", "NR"),
    ("Exeter", "EX"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Edinburgh", "EH"), ("Glasgow", "G"),
    ("Newcastle upon Tyne", "NE"), ("Nottingham", "NG"), ("Cambridge", "CB"), ("Oxford", "OX"),
    ("Brighton", "BN"), ("Reading", "RG"), ("Sheffield", "S"), ("London", "SE"), ("London", "N"),
    ("Harrogate", "HG"), ("Newmarket", "CB"), ("Lambourn", "RG"), ("Kendal", "LA"), ("Truro", "TR"),
)  # fmt: skip
UK_HOUSES = ("Holly Cottage", "The Stables", "Paddock View", "Meadow Farm", "The Old Kennels", "Willow Barn", "Fox Cottage", "Mill House")  # fmt: skip
US_STREETS = ("Maple Street", "Oak Avenue", "Elm Street", "Cedar Lane", "Pine Road", "Washington Avenue", "Lincoln Drive", "Ridge Road", "Lakeview Drive", "Meadow Lane")  # fmt: skip
US_TOWNS = (("Austin", "TX", 787), ("Denver", "CO", 802), ("Madison", "WI", 537), ("Lexington", "KY", 405), ("Ocala", "FL", 344), ("Portland", "OR", 972), ("Minneapolis", "MN", 554), ("Boston", "MA", 21), ("Springfield", "IL", 627), ("Santa Fe", "NM", 875))  # fmt: skip
# Addresses abroad in their countries' own formats: {n} a number, {m} a small one, {zW:lo-hi} a code.
ABROAD = (
    "Storgata {n}, {z4:0150-0190} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1624} København V", "Algade {n}, {z4:4000-4000} Roskilde",
    "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki", "Hämeenkatu {n}, {z5:33100-33200} Tampere",
    "Hauptstraße {n}, {z5:10115-10999} Berlin", "Am Lindenhof {n}, {z5:24103-24159} Kiel",
    "Reiterweg {n}, {z5:48143-48167} Münster", "{n} rue de la Paix, {z5:75001-75020} Paris",
    "{n}, chemin des Vignes, {z5:33000-33800} Bordeaux", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Dorpsstraat {n}, {z4:3700-3799} {L2} Zeist", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Kwiatowa {n}, {z2:00-04}-{z3:100-999} Warszawa", "Calle Mayor {n}, {m}º B, {z5:28001-28015} Madrid",
    "Carrer de Provença {n}, {z5:08008-08037} Barcelona", "Via Garibaldi {n}, {z5:20121-20162} Milano",
    "Hauptplatz {n}, {z4:8010-8010} Graz", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "{n} Main Street, Kinsale, Co. Cork", "Laugavegur {n}, {z3:101-105} Reykjavík",
    "Atatürk Cad. No: {n}, {z5:34000-34999} İstanbul", "Strada Victoriei {n}, {z6:010061-010099} București",
    "Tartu mnt {n}, {z5:10115-10145} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.se", "bredband.net", "me.com", "protonmail.com")  # fmt: skip
MAIL_EN = ("gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "btinternet.com", "yahoo.co.uk", "aol.com", "sky.com")  # fmt: skip
# Clinics', stables', kennels' and shops' addresses (e-mail addresses of a body are values too).
ORG_MAIL = (
    "reception@djurkliniken-norrtull.se", "bokning@smadjursmottagningen.se", "info@ridskolan-ekbacken.se",
    "kennel.solgläntan@gmail.com", "kundservice@zoobutiken.se", "skador@djurforsakring.example.se",
    "hundskolan.tassen@outlook.com", "stallet@hagbygard.se", "kattpensionat.mjau@telia.com",
    "journal@vetkliniken.nu", "adoption@djurhemmet.se", "kansliet@brukshundklubben-flen.se",
)  # fmt: skip
ORG_MAIL_EN = (
    "hello@pawsandclaws.co.uk", "enquiries@meadowvets.co.uk", "rehoming@hillside-rescue.org.uk",
    "claims@petcover.example.com", "accounts@abbeyhousevets.co.uk", "bookings@willowskennels.co.uk",
    "office@oakfieldequine.co.uk", "frontdesk@lakeviewanimalhospital.com",
)  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or of an org number's."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or a hyphenated name as one word (`Anna-Karin`)
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "  # between a double surname's parts
    patronym: str = ""  # `bin Khalid`, written between the given name and the surname
    east: bool = False  # the surname written first (`Wang Wei`)

    @property
    def first(self) -> str:
        return " ".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)

    def full(self) -> str:
        if self.east:
            return f"{self.last} {self.first}"
        if self.patronym:
            return f"{self.first} {self.patronym} {self.last}"
        return f"{self.first} {self.last}"


class Draw:
    """Every value of BJ from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.pnr: Counter[str] = Counter()
        self.lang = "sv"
        self.abroad: list[str] = []

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def particle_surname(self, pool: Pool) -> Word:
        """A surname of `pool` with a particle (`van der Meer`, `al-Obaidi`, `de la Fuente`)."""
        r = self.rng
        found = [i for i, name in enumerate(pool.names) if PARTICLE.match(name)]
        head = r.random() < HEAD_SHARE
        part = [i for i in found if (i < pool.head) == head]
        i = r.choices(part, weights=[pool.weights[i] for i in part])[0]
        return pool.names[i], "head" if head else "tail"

    def person(self, woman: bool | None, particle: bool = False) -> Person:
        """A person of an origin drawn by the row's language; `particle` asks for a surname with
        one, from the origins with such names in both parts of their lists (Arabic, Dutch and
        German), so that the head/tail split holds for them too."""
        r = self.rng
        mix = MIXES[self.lang]
        if particle:  # the origins with particle names in both the head and the tail of a list
            mix = {k: v for k, v in mix.items() if k in PARTICLE_ORIGINS}
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        hyphens = HYPHENATED.get(key)
        if hyphens and r.random() < {"swedish": 0.07}.get(key, 0.025):
            names = hyphens[0] if woman else hyphens[1]
            half = len(names) // 2  # the commoner half first
            i = r.randrange(half) if r.random() < HEAD_SHARE else r.randrange(half, len(names))
            given = [(names[i], "head" if i < half else "tail")]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.06):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0][0]:
                middle = []
        surname = [
            self.particle_surname(origin.surnames) if particle else self.pick(origin.surnames)
        ]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name, with or without a hyphen
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin", "romanian", "french")
            and r.random() < 0.3
            and not particle
        ):
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        patronym = ""
        if key in ("arabic", "afghan") and not woman and r.random() < (0.5 if particle else 0.12):
            father = self.pick(origin.given_m)
            patronym = f"{r.choice(('bin', 'bin', 'ibn'))} {father[0]}"
        east = key == "chinese" and r.random() < 0.4
        return Person(woman, key, given, surname, middle, joint, patronym, east)

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one."""
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
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{surname}{given[0]}"))  # fmt: skip
        domains = MAIL_EN if self.lang == "en" else MAIL
        return f"{local}@{r.choice(domains)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "any") -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(("31", "40", "18", "13", "19", "21", "11", "16", "46", "42", "35", "90"))
        a3 = r.choice(("150", "171", "221", "240", "290", "300", "346", "411", "413", "454", "470", "480", "498", "511", "521", "554", "560", "612", "640", "660", "696", "910", "920", "980"))  # fmt: skip
        mobile = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (3, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"{m}/{d[:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46-{m[1:]}-{d[:3]} {d[3:7]}"),
            (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"(0{m[1:]}) {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        land = (
            (6, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"08-{d[:8]}"), (1, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"), (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}{d[:6]}"),
            (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a2}/{d[:6]}"),
        )  # fmt: skip
        shapes = mobile if kind == "mobile" else land if kind == "land" else mobile + land
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"07{r.choice('4579')}{d[:2]} {d[2:8]}", f"07{r.choice('4579')}{d[:2]}{d[2:8]}",
            f"+44 7{r.choice('4579')}{d[:2]} {d[2:8]}", f"+44 (0)7{r.choice('4579')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"020 {d[:4]} {d[4:8]}", f"0113 {d[:3]} {d[3:7]}", f"01{r.choice('2345689')}{d[:2]} {d[2:8]}",
            f"(01{r.choice('2345689')}{d[:2]}) {d[2:8]}", f"+44 1{d[:3]} {d[3:6]} {d[6:8]}{r.randrange(10)}",
            f"0044 7{d[:3]} {d[3:8]}{r.randrange(10)}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        a = f"{r.randrange(2, 10)}{self.digits(2)}"
        d = f"{r.randrange(2, 10)}{self.digits(6)}"
        return r.choice((f"({a}) {d[:3]}-{d[3:]}", f"{a}-{d[:3]}-{d[3:]}", f"+1 {a} {d[:3]} {d[3:]}", f"+1-{a}-{d[:3]}-{d[3:]}", f"{a}.{d[:3]}.{d[3:]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)50 {d[:7]}", f"040 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}",
            f"0049 40 {d[:3]} {d[3:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+86 139 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+354 {d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit, in one of the four ways people write it."""
        r = self.rng
        year = r.randrange(1939, 2007)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.38:
            form, out = "12 digits with hyphen", f"{year // 100}{date}-{serial}{check}"
        elif roll < 0.76:
            form, out = "10 digits with hyphen", f"{date}-{serial}{check}"
        elif roll < 0.9:
            form, out = "12 digits without hyphen", f"{year // 100}{date}{serial}{check}"
        else:
            form, out = "10 digits without hyphen", f"{date}{serial}{check}"
        self.pnr[form] += 1
        return out

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self, number: bool = True) -> str:
        street = self.rng.choice(SV_STREETS)
        return f"{street} {self.number()}" if number else street

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 96):02d}"
        roll = r.random()
        if roll < 0.78:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        if rural:
            street = f"{r.choice(SV_RURAL)} {r.randrange(1, 260)}"
        else:
            street = self.sv_street()
            roll = r.random()
            if roll < 0.12:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            elif roll < 0.17:
                street += f", {r.randrange(1, 7)} tr"
            elif roll < 0.2:
                street += " nb"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}{r.choice((', ', chr(10)))}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 99)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite'))} {r.randrange(2, 40)}"
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def initials(given: str) -> str:
    """`Anna` -> `A.`, `Jean-Pierre` -> `J.-P.`, `Anna Maria` -> `A. M.`"""
    return " ".join("-".join(p[0] + "." for p in word.split("-")) for word in given.split())


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, UR `BERG, ANNA`, F with a second given
    name, G/g the given name (sometimes its short form), N/n the short form where the name has
    one, S/s the surname, I initials and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive,
    a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (form not in PERSON_FORMS and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, person.full()
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        if not middle:
            pool = (
                ORIGINS[person.origin].given_f if person.woman else ORIGINS[person.origin].given_m
            )
            extra = draw.pick(pool)
            middle = [extra] if extra[0] != given[0][0] else []
            person.middle = middle
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
        if person.east:
            words, value = given + surname, f"{person.last} {person.first}"
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words, value = given + surname, f"{initials(person.first)} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "UR":
        words, value = given + surname, f"{person.last}, {person.first}".upper()
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PARTICLE = re.compile(r"(?:[a-z]+[ -]|Al[- ]|Le |Abu )")  # at the start of a surname
PARTICLE_ORIGINS = {
    key
    for key, origin in ORIGINS.items()
    if {
        i < origin.surnames.head
        for i, name in enumerate(origin.surnames.names)
        if PARTICLE.match(name)
    }
    == {True, False}
}
PERSON_FORMS = {"P", "p", "U", "UR", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fmx]))?\}")
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip


def unmarked(key: str, draw: Draw) -> str:
    """A word of the genre that is no value: a clinic, an insurer, a breed, a drug, a town."""
    r = draw.rng
    choices = UNMARKED.get(f"{key}_{draw.lang}") or UNMARKED[key]
    return r.choice(choices)


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    months = MONTHS["en" if en else "sv"]
    pets = PETS_EN if en else PETS_SV if draw.lang == "sv" else PETS_SV + PETS_EN

    def co() -> list[Segment]:
        draw.forms["c/o"] += 1
        host = draw.person(None)
        name = person_segments(r.choice(("P", "P", "S")), host, draw)
        if r.random() < 0.5:
            return [("c/o ", None), *name, (", ", None), (draw.sv_address(), "ADDRESS")]
        return [("c/o ", None), *name, ("\n", None), (draw.sv_address(lines=True), "ADDRESS")]

    def orgnr() -> str:
        nine = f"55{r.randrange(6, 10)}{draw.digits(6)}"
        return f"{nine[:6]}-{nine[6:]}{luhn(nine)}"

    def ocr() -> str:
        body = draw.digits(r.randrange(8, 14))
        return body + str(luhn(body))

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STN": lambda: [(draw.sv_street(number=False), "ADDRESS")],
        "a": lambda: [((draw.sv_street(number=r.random() < 0.6) if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS")],
        "CO": co,
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AX": lambda: [(draw.abroad_address(), "ADDRESS")],
        "AXL": lambda: [(draw.abroad_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHM": lambda: [(draw.phone("mobile"), "PHONE")],
        "PHL": lambda: [(draw.phone("land"), "PHONE")],
        "PHUK": lambda: [(draw.phone_uk(), "PHONE")],
        "PHUS": lambda: [(draw.phone_us(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "ph": lambda: [(draw.phone("mobile"), "PHONE")],
        "EM": lambda: [(r.choice(ORG_MAIL_EN if en else ORG_MAIL if draw.lang == "sv" else ORG_MAIL + ORG_MAIL_EN), "EMAIL")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {months[month - 1]}", f"{day}.{month}.27")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day}/{month}/27")), None)],
        "BORN": lambda: [(f"{r.randrange(2012, 2027)}-{month:02d}-{day:02d}", None)],
        "TIME": lambda: [(f"{r.randrange(7, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None)],
        "NUM": lambda: [(str(r.randrange(2, 60)), None)],
        "KG": lambda: [(f"{r.randrange(2, 48)},{r.randrange(10)}" if not en else f"{r.randrange(2, 48)}.{r.randrange(10)}", None)],
        "AGE": lambda: [(str(r.randrange(1, 16)), None)],
        "FEE": lambda: [(f"{r.randrange(15, 250) * 10} kr", None)],
        "AMT": lambda: [(f"{r.randrange(180, 42000):,} kr".replace(",", " "), None)],
        "GBP": lambda: [(f"£{r.randrange(12, 1900)}.{r.randrange(100):02d}", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"#{r.randrange(10000, 99999)}", f"{r.choice('ABKV')}{r.randrange(100000, 999999)}")), None)],
        "CHIP": lambda: [(r.choice(("752", "752", "826", "276", "578")) + r.choice(("09", "10", "98")) + draw.digits(10), None)],
        "REGNR": lambda: [(f"SE{r.randrange(10000, 99999)}/{r.randrange(2012, 2027)}", None)],
        "UELN": lambda: [(f"752004{draw.digits(9)}", None)],
        "POLICY": lambda: [(draw.digits(r.choice((8, 9, 10))), None)],
        "ORGNR": lambda: [(orgnr(), None)],
        "OCR": lambda: [(ocr(), None)],
        "BG": lambda: [(f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None)],
        "DAY": lambda: [(unmarked("DAY", draw), None)],
        "PET": lambda: [(r.choice(pets), None)],
        "HORSE": lambda: [(r.choice(HORSES), None)],
    }  # fmt: skip
    if form in values:
        return values[form]()
    return [(unmarked(form, draw), None)]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    animals: dict[str, str] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        if (
            base not in PERSON_FORMS
            and base.endswith("s")
            and base[:-1] in PERSON_FORMS | {"PET", "HORSE"}
        ):
            base = base[:-1]
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""), gender == "x")
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        elif base == "PETG":  # an animal named after a person: the person's given name, no value
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = [(person.first, None)]
        elif base in ("PET", "HORSE"):
            key = f"{base}{ref}"
            if not ref or key not in animals:
                animals[key] = filler(base, draw)[0][0]
            name = animals[key]
            segments = [(name, None)]
            if form != base:
                segments.append((genitive(name, form.endswith("'")), None))
        else:
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BJ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    counters = (draw.split, draw.origins, draw.forms, draw.pnr)
    for lang, template in plan:
        draw.lang = lang
        for _ in range(20):
            before = [counter.copy() for counter in counters]
            text, spans = fill(template, draw)
            if text not in seen:
                break
            for counter, old in zip(counters, before, strict=True):  # count the rows kept only
                counter.clear()
                counter.update(old)
        seen.add(text)
        rows.append({
            "id": f"gen-heldout-bj-{len(rows) + 1:04d}", "split": "heldout-bj", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BJ is printed."""
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
                forms["initials"] += bool(re.search(r"(?:^|\s)\w\.(?:-\w\.)?(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["particle"] += bool(
                    re.search(
                        r"(?:^|\s)(?:van|von|de|der|den|del|la|le|af|bin|ibn|al|Al)(?:\s|-)", value
                    )
                )
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address without number"] += not re.search(r"\d", value)
                forms["address lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, c/o: {draw.forms['c/o']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.pnr.items())))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(rows: list[dict[str, object]]) -> None:
    """Counts only: every span non-empty, in bounds, trimmed, sorted and apart; check digits."""
    bad: Counter[str] = Counter()
    spans_seen = 0
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        end = 0
        for span in spans:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            bad["empty"] += stop <= start
            bad["out of bounds"] += start < 0 or stop > len(text)
            bad["untrimmed"] += value != value.strip()
            bad["unsorted or overlapping"] += start < end
            bad["unknown kind"] += span["kind"] not in KINDS
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = value.replace("-", "")
                digits = digits[2:] if len(digits) == 12 else digits
                bad["bad check digit"] += len(digits) != 10 or luhn(digits[:9]) != int(digits[9])
    ids = [row["id"] for row in rows]
    bad["duplicate ids"] = len(ids) - len(set(ids))
    bad["duplicate texts"] = len(rows) - len({row["text"] for row in rows})
    print(
        f"rows {len(rows)}, spans {spans_seen}; problems: "
        + ", ".join(f"{k} {v}" for k, v in bad.items())
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="scratch seeds for trying templates")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="print counts of span problems only")
    args = parser.parse_args()
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.check:
        check(rows)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
