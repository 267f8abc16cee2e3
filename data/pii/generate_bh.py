# ruff: noqa: E501
"""Generate held-out BH for personal-data detection (issue 15): names as the population has them,
the thirty-ninth writer.

    python data/pii/generate_bh.py          # writes data/pii/generated-heldout-bh.jsonl
    python data/pii/generate_bh.py --stats  # counts only (sizes, kinds, forms, the head/tail split)

BH's names are drawn by how often people really carry them: every name word comes from
`names_bh.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of eighteen origins common in Sweden), 80% from
the head of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's
population is. The genres are faith communities, associations and volunteering
(`templates_bh.py`): church and mosque parish newsletters, baptism and confirmation lists,
study circles (studieförbund), Red Cross and food bank volunteer rosters, tenant and pensioner
associations' minutes, choir and hobby club member mail, fundraising receipts and gift
certificates, English charity and parish letters, and volunteer coordinators' chat; with
Swedish addresses of every street form (box addresses, c/o), foreign addresses, phone numbers in
every common grouping, e-mail addresses and personnummer. Written by a helper who does not tune
the detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any
error listing nor any other set's names, templates or rows; BH was never run through the
detector by its writer, and its names were not checked against rung's lexicons. Stdlib only;
one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import calendar
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

from names_bh import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bh import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20270116
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bh.jsonl"
# Origin groups a template can ask for (`{P@mus}`): who a faith community's people mostly are.
GROUPS: dict[str, dict[str, float]] = {
    "mus": {"arabic": 6.5, "somali": 2.5, "afghan": 2, "kurdish": 1.6, "turkish": 1.5, "persian": 1, "bcs": 1.2, "swedish": 0.3},
    "syr": {"assyrian": 1}, "ind": {"indian": 1}, "lat": {"latin": 1}, "fin": {"finnish": 1},
    "eri": {"eritrean": 1}, "afg": {"afghan": 1},
}  # fmt: skip
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every form the address register has, some named after people (the name is
# then part of the ADDRESS, not a PERSON).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Kyrkogatan", "Prästgatan", "Klostergatan",
    "Västra Storgatan", "Nygatan", "Skolgatan", "Trädgårdsgatan", "Hamngatan", "Linnégatan",
    "Birger Jarlsgatan", "Sankt Eriksgatan", "S:t Olofsgatan", "Engelbrektsgatan", "Tegnérgatan",
    "Övre Husargatan", "Stigbergsgatan", "Folkungagatan", "Norra Allégatan", "Karl Johans gata",
    "Fredrik Bremers gata", "Olof Palmes gata", "Gamla Kyrkogatan", "Björkvägen", "Kyrkvägen",
    "Prästvägen", "Lärkvägen", "Klockarvägen", "Solvägen", "Rosenvägen", "Aspvägen",
    "Vallmovägen", "Hagalundsvägen", "Gamla Vägen", "Skogsbacksvägen", "Selma Lagerlöfs väg",
    "Evert Taubes väg", "Astrid Lindgrens väg", "Drottning Kristinas väg", "Kung Karls väg",
    "Rinkebysvängen", "Lönnsvängen", "Klöversvängen", "Fiolsvängen", "Smedsvängen",
    "Hjortsvängen", "Kastanjeallén", "Lindallén", "Slottsallén", "Parkallén", "Ekebergs allé",
    "Hammarby allé", "Klockarbacken", "Kyrkbacken", "Solbacken", "Tallbacken", "Grindbacken",
    "Ekgårds backe", "Lärkstigen", "Blåbärsstigen", "Trollstigen", "Ekorrstigen", "Hasselstigen",
    "Vitsippsstigen", "Björnstigen", "Stortorget", "Kyrktorget", "Gustav Adolfs torg",
    "Möllevångstorget", "Fisktorget", "Kornhamnstorg", "Kyrkplan", "Kapellplan", "Centrumplan",
    "Brunnsplan", "Skolplan", "Klockargränd", "Prästgränd", "Kyrkogränd", "Smedsgränd",
    "Bagargränd", "Tvärgränd", "Kyrkslingan", "Hjällbovägen", "Hagaliden", "Tensta allé",
    "Husbygårdsgatan", "Vivallagatan", "Gottsundavägen", "Stenkullavägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low and high).
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635), ("Gävle", 802, 806),
    ("Sundsvall", 852, 857), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Tumba", 147, 147), ("Jakobsberg", 177, 177), ("Spånga", 163, 163), ("Kista", 164, 164),
    ("Norsborg", 145, 145), ("Angered", 424, 424), ("Borlänge", 781, 784), ("Falun", 791, 791),
    ("Trollhättan", 461, 463), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Kalmar", 392, 393), ("Östersund", 831, 831), ("Luleå", 972, 975), ("Skellefteå", 931, 931),
    ("Mariestad", 542, 542), ("Alingsås", 441, 441), ("Ludvika", 771, 771), ("Motala", 591, 591),
    ("Nässjö", 571, 571), ("Katrineholm", 641, 641), ("Lidköping", 531, 531), ("Västervik", 593, 593),
    ("Nyköping", 611, 611), ("Härnösand", 871, 871), ("Kiruna", 981, 981), ("Märsta", 195, 195),
    ("Täby", 183, 187), ("Sollentuna", 191, 192), ("Nacka", 131, 132), ("Huddinge", 141, 141),
    ("Handen", 136, 136), ("Kristinehamn", 681, 681), ("Oskarshamn", 572, 572), ("Ulricehamn", 523, 523),
)  # fmt: skip
UK_STREETS = (
    "Church Lane", "Vicarage Road", "Chapel Street", "High Street", "Station Road", "Abbey Road",
    "Rectory Close", "Priory Way", "Cathedral Close", "St John's Road", "Queen's Road",
    "Victoria Street", "Albert Terrace", "Mill Lane", "The Crescent", "Orchard Way", "Manor Road",
    "Glebe Close", "Almshouse Lane", "Minster Yard", "Green Lane", "Park Avenue",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Durham", "DH"), ("Leicester", "LE"), ("Bradford", "BD"), ("Exeter", "EX"),
    ("Norwich", "NR"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Belfast", "BT"), ("Sheffield", "S"),
    ("Luton", "LU"), ("Canterbury", "CT"), ("Salisbury", "SP"), ("Bath", "BA"), ("London", "E"),
    ("London", "N"), ("Birmingham", "B"), ("Lincoln", "LN"), ("Wells", "BA"), ("Ely", "CB"),
)  # fmt: skip
UK_HOUSES = ("The Vicarage", "The Rectory", "Church Cottage", "The Old Manse", "Glebe House", "2 Almshouse Row", "Chapel House", "Flat 3, Priory Court")  # fmt: skip
US_STREETS = ("Elm Street", "Church Street", "Maple Avenue", "Grace Avenue", "Chapel Hill Road", "Oak Drive", "Temple Street", "Mission Road", "Liberty Lane", "Washington Avenue")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Rockford", "IL", 611), ("Worcester", "MA", 16), ("Jamestown", "NY", 147), ("Seattle", "WA", 981), ("Lindsborg", "KS", 674), ("Dearborn", "MI", 481))  # fmt: skip
FOREIGN = (
    "Kirchstraße {n}, {z5:50667-51149} Köln", "Beethovenstraße {n}, {z5:60325-60599} Frankfurt am Main",
    "Am Kirchberg {n}, {z5:24103-24159} Kiel", "{n} rue de l'Église, {z5:67000-67200} Strasbourg",
    "{n}, avenue Jean Jaurès, {z5:69007-69009} Lyon", "Kirkkokatu {n} A {m}, {z5:00170-00180} Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33210} Tampere", "Kirkeveien {n}, {z4:0368-0372} Oslo",
    "Nørregade {n}, {m}. th., {z4:1165-1172} København K", "ul. Kościelna {n}, 30-{z3:100-999} Kraków",
    "ul. Jana Pawła II {n}/{m}, 00-{z3:100-999} Warszawa", "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid",
    "Kerkstraat {n}, {z4:3511-3599} {L2} Utrecht", "Via della Chiesa {n}, {z5:00120-00199} Roma",
    "Ulica Maršala Tita {n}, {z5:71000-71000} Sarajevo", "Bulevar kralja Aleksandra {n}, {z5:11000-11000} Beograd",
    "Ilica {n}, {z5:10000-10000} Zagreb", "Atatürk Cad. No: {n} D: {m}, {z5:34000-34990} İstanbul",
    "Str. Mihai Eminescu nr. {n}, ap. {m}, {z6:400000-400999} Cluj-Napoca",
    "Av. Providencia {n}, depto {m}0{m}, Providencia, Santiago", "Pasaje Los Aromos {n}, Valparaíso, Chile",
    "Flat {m}B, {n} MG Road, Bengaluru {z6:560001-560099}", "Kalevankatu {n}, {z5:00100-00180} Helsinki",
    "Drottningens gate {n}, {z4:5003-5015} Bergen",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "spray.se", "comhem.se", "gmail.com", "hotmail.com")  # fmt: skip
MAIL_EN = ("gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "sky.com", "gmail.com")  # fmt: skip
# Swedish given names joined with a hyphen: the usual first parts and second parts.
HYPHEN_FIRST = {
    "Anna",
    "Eva",
    "Ann",
    "Britt",
    "Maj",
    "Karl",
    "Per",
    "Lars",
    "Jan",
    "Hans",
    "Nils",
    "Bo",
    "Sven",
    "Carl",
    "Erik",
    "Marie",
    "Lena",
    "Gun",
    "Inger",
    "Stig",
    "Bengt",
    "Ulla",
    "Kerstin",
    "Lisa",
    "Sara",
}
HYPHEN_SECOND = {
    "Karin",
    "Lena",
    "Maria",
    "Marie",
    "Britt",
    "Lotta",
    "Sofie",
    "Erik",
    "Olof",
    "Johan",
    "Göran",
    "Åke",
    "Gunnar",
    "Ove",
    "Arne",
    "Anders",
    "Inge",
    "Stina",
    "Greta",
    "Lisa",
    "Linnea",
    "Linnéa",
    "Christin",
    "Kristin",
}
ORG_MAIL = (
    "expedition@forsamling.example.se", "kansli@rodakorset.example.se", "volontar@matbanken.example.se",
    "info@studieforbund.example.se", "styrelsen@hgf-lokal.example.se", "kassor@pro-forening.example.se",
    "kor@kyrkokor.example.se", "info@moske.example.se", "gavor@insamling.example.se",
    "office@stmarys.example.org", "foodbank@trust.example.org.uk", "giftaid@charity.example.org",
    "parishoffice@holytrinity.example.org", "volunteers@redcross.example.org",
)  # fmt: skip
WORK = ("example.se", "forsamling.example.se", "svenskakyrkan.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip
HYMNS = ("Sv. ps. 297", "psalm 1", "psalm 56", "Sv. ps. 200", "ps 149", "psalm 289", "ps. 754")  # fmt: skip
BIBLE = ("Joh. 3:16", "Luk. 2:1-20", "Matt. 5:1-12", "Mark. 10:13-16", "Ps. 23", "1 Kor. 13", "Rom. 8:28", "Jes. 40:31")  # fmt: skip


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
    given: list[Word]  # one word, or two joined by a hyphen (`Anna-Karin`)
    surname: list[Word]  # one word, or two (a double surname, a father's and grandfather's name)
    joint: str = " "  # between two surnames
    middle: list[Word] = field(default_factory=list)

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of BH from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.pnr: Counter[str] = Counter()
        self.lang = "sv"
        self.foreign: list[str] = []
        self.clock: int | None = None

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE or pool.head >= len(pool.names) else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None, group: str | None = None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        if group:  # a mosque's, a gurdwara's or a Syriac parish's people: the group's origins
            mix = GROUPS[group]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.06
        ):  # Anna-Karin, Karl-Erik
            for _ in range(8):  # the pairs Swedes join: a short first name and a usual second
                first, second = self.pick(pool), self.pick(pool)
                if (
                    first[0] in HYPHEN_FIRST
                    and second[0] in HYPHEN_SECOND
                    and first[0] != second[0]
                ):
                    given = [first, second]
                    self.forms["hyphen joined"] += 1
                    break
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key in ("somali", "eritrean") and roll < 0.35:  # the father's and grandfather's names
            surname.append(self.pick(origin.given_m if key == "eritrean" else origin.surnames))
        elif key == "swedish" and roll < 0.045:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        elif key == "arabic" and not woman and roll < 0.06:  # `Khalid bin Walid`
            father = self.pick(origin.given_m)
            surname = [(f"{r.choice(('bin', 'ibn', 'bin'))} {father[0]}", father[1])]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin", "romanian") and r.random() < 0.3:
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed without diacritics"] += 1
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, joint)

    def tick(self) -> str:
        """A chat's clock: the first line of a row at a random time, each next a few minutes on."""
        self.clock = (
            self.rng.randrange(7 * 60, 22 * 60)
            if self.clock is None
            else self.clock + self.rng.randrange(1, 9)
        )
        return f"{self.clock // 60 % 24:02d}:{self.clock % 60:02d}"

    def middle(self, person: Person) -> list[Word]:
        """A second given name, drawn when a form first asks for one."""
        if not person.middle:
            origin = ORIGINS[person.origin]
            pool = origin.given_f if person.woman else origin.given_m
            for _ in range(5):
                word = self.pick(pool)
                if word[0] not in person.first and "-" not in word[0]:
                    person.middle = [word]
                    break
            else:
                person.middle = [("Maria" if person.woman else "Johan", "head")]
        return person.middle

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
        given = re.sub(r"[^a-z]", "", plain(person.first).lower())
        surname = re.sub(r"[^a-z]", "", plain(person.surname[-1][0] if person.origin == "latin" and len(person.surname) == 2 and r.random() < 0.3 else person.surname[0][0]).lower())  # fmt: skip
        given = given or "x"
        surname = surname or "x"
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(40, 99)}",
            f"{surname}.{given}", f"{given}_{surname}", f"{given}{r.randrange(1950, 2010)}", f"{given[0]}.{surname}",
        ))  # fmt: skip
        mail = MAIL_EN if person.origin in ("us", "uk") or self.lang == "en" else MAIL
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else mail)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46-{m[1:]}-{d}"), (1, f"+46 {m[1:]}-{d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline, Stockholm's `08` and the two-, three- and four-digit area codes."""
        r = self.rng
        d = self.digits(8)
        a2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "11", "36", "42", "46", "60"))  # fmt: skip
        a3 = r.choice(("240", "243", "247", "322", "454", "480", "500", "520", "522", "550", "563", "582", "586", "611", "621", "660", "910", "920"))  # fmt: skip
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08-{d[:7]}"), (2, f"08{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a2}{d[:6]}"), (1, f"+46 {a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:3]} {d[3:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.68 else self.landline()

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+49 151 {d[:8]}", f"0049 (0)221 {d[:6]}",
            f"+48 {r.choice('56')}{d[:2]} {d[2:5]} {d[5:8]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}",
            f"020 7946 0{d[:3]}", f"+44 (0)113 496 0{d[:3]}", f"01632 960{d[:3]}", f"+1 (612) 555-0{d[:3]}",
            f"(651) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}", f"+964 750 {d[:3]} {d[3:7]}", f"00964 770 {d[:7]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}",
            f"+93 70 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+86 138 {d[:4]} {d[4:8]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+40 72{d[:1]} {d[1:4]} {d[4:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A UK number as written there (the ranges Ofcom keeps for drama), now and then with +44."""
        r = self.rng
        d = self.digits(3)
        return r.choice((
            f"07700 900{d}", f"07700 900 {d}", f"+44 7700 900{d}", f"020 7946 0{d}", f"(020) 7946 0{d}",
            f"0113 496 0{d}", f"0117 496 0{d}", f"01632 960{d}", f"0161 496 0{d}", f"+44 (0)20 7946 0{d}",
            f"028 9649 6{d}", f"0131 496 0{d}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(("612", "651", "763", "206", "312", "508", "716", "313", "785"))
        return r.choice((f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}", f"1-{area}-555-0{d}"))  # fmt: skip

    def national_id(self, born: tuple[int, int]) -> str:
        """A personnummer born in the years `born` (inclusive), with a valid check digit."""
        r = self.rng
        year = r.randrange(born[0], born[1] + 1)
        month = r.randrange(1, 13)
        day = r.randrange(1, calendar.monthrange(year, month)[1] + 1)
        date = f"{year % 100:02d}{month:02d}{day:02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.38:
            form, out = "12 digits with hyphen", f"{year // 100}{date}-{serial}{check}"
        elif roll < 0.78:
            form, out = "10 digits with hyphen", f"{date}-{serial}{check}"
        elif roll < 0.91:
            form, out = "12 digits without hyphen", f"{year // 100}{date}{serial}{check}"
        else:
            form, out = "10 digits without hyphen", f"{date}{serial}{check}"
        self.pnr[form] += 1
        return out

    def org_number(self) -> str:
        """An association's organisationsnummer (802...): looks like a personnummer, is none."""
        body = f"802{self.rng.randrange(100, 1000)}{self.rng.randrange(100, 1000)}"
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self, number: bool = True) -> str:
        street = self.rng.choice(SV_STREETS)
        return f"{street} {self.number()}" if number else street

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = "SE-" + out
        elif roll < 0.13:
            out += r.choice((", Sverige", ", Sweden"))
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, postal: bool = True) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            self.forms["address with lgh"] += 1
        elif r.random() < 0.05:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.03:
            street += ", nb"
        if not postal:
            return street
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}{r.choice((', ', chr(10)))}{self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"Postbox {r.randrange(100, 999)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"  # fmt: skip
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 12)}, {r.randrange(1, 120)} {r.choice(UK_STREETS)}"
        else:
            street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Apt.'))} {r.randrange(2, 40)}"
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def foreign_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.foreign:  # a shuffled deck: every format before any comes again
            self.foreign = list(FOREIGN)
            r.shuffle(self.foreign)
        out = self.foreign.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, mark: str) -> str:
    """The ending of a genitive after `name`: Swedish `s`, English `'s`/`'`, or `'s` in Swedish chat."""
    if mark == "'":
        return "'" if name.endswith("s") else "'s"
    if mark == "a":
        return "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def initials(first: str) -> str:
    """`Anna` → `A.`, `Jean-Pierre` → `J.-P.`, `María José` → `M. J.`"""
    return " ".join("-".join(p[0] + "." for p in w.split("-") if p) for w in first.split(" "))


def person_segments(form: str, person: Person, mark: str | None, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P given and surname, F given, second given and surname, GM the two given names, G a given
    name (sometimes its short form), N the short form where the name has one, S the surname, I
    initials and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    U `GIVEN SURNAME`, UR `SURNAME, GIVEN`; p, g, n, s the same in lower case; E an e-mail
    address of the person.
    """
    given, surname = person.given, person.surname
    if form == "E":
        draw.forms["E"] += 1
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
    elif form == "F":
        middle = draw.middle(person)
        words, value = given + middle + surname, f"{person.first} {middle[0][0]} {person.last}"
    elif form == "GM":
        middle = draw.middle(person)
        words, value = given + middle, f"{person.first} {middle[0][0]}"
    elif form in ("G", "g", "N", "n"):
        words = given
        value = draw.nickname(person, 0.07 if form in ("G", "g") else 0.85) or person.first
    elif form in ("S", "s"):
        words, value = surname, person.last  # a particle keeps its small letter: `van der Meer`
    elif form == "I":
        words, value = surname, f"{initials(person.first)} {person.last}"
    elif form == "Gi":
        last = person.last.split(" ")[-1] if person.last[0].islower() else person.last
        words, value = given, f"{person.first} {last[0].upper()}."
    elif form in ("R", "UR"):
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    if form in ("p", "g", "n", "s"):
        value = value.lower()
    elif form in ("U", "UR"):
        value = value.upper()
    draw.count(words)
    draw.forms[form] += 1
    segments: list[Segment] = [(value, "PERSON")]
    if mark:
        draw.forms["genitive"] += 1
        segments.append((genitive(value, mark), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "GM", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "UR", "E"}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?(?:@([a-z]+))?(?:\|(s|'|a))?\}")


def filler(form: str, draw: Draw, people: dict[str, Person]) -> list[Segment]:
    """The value of a slot that is not a person's name: a value with its kind, or plain text."""
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    if form == "CO":  # c/o a person: the name is PERSON, the address after it ADDRESS
        draw.forms["address c/o"] += 1
        person = draw.person(None)
        name = person_segments(r.choice(("P", "P", "P", "S")), person, None, draw)
        joint = r.choice((", ", "\n", " "))
        return [("c/o ", None), *name, (joint, None), (draw.sv_address(lines=joint == "\n"), "ADDRESS")]  # fmt: skip
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ST": lambda: (draw.sv_address(postal=False), "ADDRESS"),
        "STN": lambda: (draw.sv_street(number=False), "ADDRESS"),
        "a": lambda: ((draw.sv_address(postal=r.random() < 0.4)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.foreign_address(), "ADDRESS"),
        "AXL": lambda: (draw.foreign_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "MOB": lambda: (draw.mobile(), "PHONE"),
        "TEL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "UKPH": lambda: (draw.phone_uk(), "PHONE"),
        "USPH": lambda: (draw.phone_us(), "PHONE"),
        "EO": lambda: (r.choice(ORG_MAIL), "EMAIL"),
        "PNR": lambda: (draw.national_id((1940, 2006)), "NATIONAL_ID"),
        "PNRB": lambda: (draw.national_id((2026, 2026)), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id((2011, 2013)), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id((1929, 1961)), "NATIONAL_ID"),
        "ORGNR": lambda: (draw.org_number(), None),
        "BG": lambda: (f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}" if r.random() < 0.5 else f"{r.randrange(5000, 5999)}-{r.randrange(1000, 9999)}", None),
        "PG": lambda: (f"90 {r.randrange(10, 99)} {r.randrange(10, 99)}-{r.randrange(10)}", None),
        "SWISH": lambda: (r.choice((f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", f"123{r.randrange(1000000, 9999999)}", f"90 {r.randrange(100, 999)} {r.randrange(10, 99)}")), None),
        "OCR": lambda: (str(r.randrange(10**9, 10**11)), None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "CT": lambda: (draw.tick(), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AGE": lambda: (str(r.randrange(58, 101)), None),
        "YEAR": lambda: (str(r.choice((2026, 2027, 2027))), None),
        "AMT": lambda: (r.choice((f"{r.randrange(50, 5000)} kr", f"{r.randrange(1, 40) * 100} kr", f"{r.randrange(100, 25000):,} kronor".replace(",", " "), f"{r.randrange(50, 2000)}:-")), None),
        "GBP": lambda: (f"£{r.randrange(5, 600)}.{r.choice(('00', '50', '25', '00'))}", None),
        "USD": lambda: (f"${r.randrange(10, 900)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (r.choice(MONTHS["sv"]), None),
        "MONTHEN": lambda: (r.choice(MONTHS["en"]), None),
        "HYMN": lambda: (r.choice(HYMNS), None),
        "BIBLE": lambda: (r.choice(BIBLE), None),
        "PARA": lambda: (str(r.randrange(1, 19)), None),
    }  # fmt: skip
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.clock = None
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, group, mark = match.groups()
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""), group)
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, mark, draw)
        else:
            segments = filler(form, draw, people)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BH's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bh-{len(rows) + 1:04d}", "split": "heldout-bh", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BH is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    shapes: Counter[str] = Counter()
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
                shapes["one word"] += " " not in value
                shapes["three or more words"] += len(value.split()) >= 3
                shapes["lower case"] += value.islower()
                shapes["capitals"] += value.isupper() and len(value) > 1
                shapes["hyphen"] += "-" in value
                shapes["initial"] += bool(re.search(r"(?:^|\s)\w\.", value))
                shapes["Surname, Given"] += ", " in value
                shapes["particle"] += bool(re.search(r"(?:^|\s)(?:van|von|de|del|ter|le|bin|ibn|al-|Al-)\b", value))  # fmt: skip
                after = text[span["end"] : span["end"] + 2]
                shapes["genitive after"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                shapes["address over lines"] += "\n" in value
                shapes["address lower case"] += value.islower()
                shapes["address Box"] += value.startswith(("Box", "Postbox"))
                shapes["address without digits"] += not any(c.isdigit() for c in value)
            elif span["kind"] == "PHONE":
                shapes["phone +/00"] += value.startswith(("+", "00"))
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())) + f" (all {sum(empty.values())})")  # fmt: skip
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("slot forms: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    print("value shapes: " + ", ".join(f"{k} {v}" for k, v in shapes.items()))
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.pnr.items())))
    total = sum(draw.split.values())
    print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")  # fmt: skip
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed, for checking the filler")  # fmt: skip
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(args.seed)
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
