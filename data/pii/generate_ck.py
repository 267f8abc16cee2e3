# ruff: noqa: E501
"""Generate held-out ck for personal-data detection: names as the population has them, the
sixty-eighth writer; the genre is IT work that touches homes and whereabouts.

    python data/pii/generate_ck.py           # writes data/pii/generated-heldout-ck.jsonl
    python data/pii/generate_ck.py --stats   # counts only, writes nothing
    python data/pii/generate_ck.py --check   # checks the written file, counts only
    python data/pii/generate_ck.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

Every name word comes from `names_ck.py`'s weighted pools (80% head, 20% tail), mixed by the
row's language roughly as Sweden's population is; the texts are `templates_ck.py`'s. Written by a
helper who tunes nothing and read neither the detector nor its lexicons, tests or error listings,
nor any other set's generator, names, templates or rows; the mechanics (seeded `Draw`, slot
filler, row format, `--stats`) were copied from `generate_aw.py`. Stdlib only; one seeded Random:
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

from names_ck import HEAD_SHARE, HYPHEN_SHARE, HYPHENATED, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ck import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270145
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ck.jsonl"
SPLIT = "heldout-ck"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, offices' and homes'.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Sveavägen", "Götgatan", "Hornsgatan",
    "Järnvägsgatan", "Stationsgatan", "Nygatan", "Skolgatan", "Kyrkogatan", "Hamngatan",
    "Industrigatan", "Fabriksgatan", "Magasinsgatan", "Hantverkargatan", "Sankt Eriksgatan",
    "Östra Hamngatan", "Västra Storgatan", "Lilla Nygatan", "Tegnérgatan", "Linnégatan",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Industrivägen",
    "Ängsvägen", "Granvägen", "Ekvägen", "Kvarnvägen", "Solnavägen", "Ekelundsvägen",
    "Torshamnsgatan", "Isafjordsgatan", "Lindholmspiren", "Mölndalsvägen", "Hyllie boulevard",
    "Kopparsvängen", "Ängssvängen", "Blåklintssvängen", "Mässingssvängen", "Körsbärssvängen",
    "Kastanjeallé", "Hammarby allé", "Lindallén", "Björkallén", "Ekallén", "Nobels allé",
    "Björkbacken", "Kvarnbacken", "Eriksbergs backe", "Solbacken", "Kyrkbacken", "Spångbacken",
    "Lärkstigen", "Blåbärsstigen", "Hagtornsstigen", "Ekorrstigen", "Snickarstigen", "Vallmostigen",
    "Stortorget", "Järntorget", "Lilla torget", "Medborgarplatsen", "Fisktorget", "Nytorget",
    "Mästarplan", "Stationsplan", "Brunnsplan", "Kronoparksplan", "Gustav Adolfs plan",
    "Tulpangränd", "Smedgränd", "Kyrkogränd", "Kopparslagargränd", "Skomakargränd",
    "Strandvägen", "Sjöviksvägen", "Furuvägen", "Rönnvägen", "Bergsgatan", "Parkgatan",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Solna", 169, 171), ("Kista", 164, 164), ("Sundbyberg", 172, 174), ("Mölndal", 431, 431),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Nacka", 131, 131), ("Täby", 183, 187), ("Huddinge", 141, 141), ("Lidingö", 181, 181),
    ("Visby", 621, 621), ("Kiruna", 981, 981), ("Ystad", 271, 271), ("Motala", 591, 591),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "London Road",
    "King Street", "Queen's Road", "Mill Lane", "Albert Street", "Oxford Road", "Grosvenor Place",
    "Wellington Street", "Canal Side", "St John's Road", "Broad Street", "New Street", "The Crescent",
)  # fmt: skip
UK_TOWNS = (
    ("London", "EC"), ("London", "SW"), ("London", "N"), ("Manchester", "M"), ("Leeds", "LS"),
    ("Bristol", "BS"), ("Birmingham", "B"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"),
    ("Reading", "RG"), ("Cambridge", "CB"), ("Sheffield", "S"), ("Newcastle upon Tyne", "NE"), ("Belfast", "BT"),
)  # fmt: skip
UK_BUILDINGS = ("Unit 4, Riverside Business Park", "Suite 210, Tower Bridge House", "Floor 3", "2nd Floor", "Flat 5", "Apartment 12", "The Old Mill")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Market Street", "Pine Road", "Washington Boulevard", "Lakeview Drive", "Cedar Lane", "Park Place")  # fmt: skip
US_TOWNS = (("Austin", "TX", 787), ("Denver", "CO", 802), ("Seattle", "WA", 981), ("Boston", "MA", 21), ("Minneapolis", "MN", 554), ("Raleigh", "NC", 276), ("Columbus", "OH", 432), ("Portland", "OR", 972))  # fmt: skip
EUROPE = (
    "Friedrichstraße {n}, {z5:10117-10119} Berlin", "Lindenweg {n}, {z5:20095-22769} Hamburg",
    "{n} rue de Rivoli, {z5:75001-75004} Paris", "Mannerheimintie {n} B {m}, {z5:00100-00260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Karl Johans gate {n}, {z4:0154-0162} Oslo",
    "Storgata {n}, {z4:7010-7099} Trondheim", "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V",
    "Strandvejen {n}, {z4:2900-2999} Hellerup", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "Calle de Alcalá {n}, {z5:28001-28099} Madrid", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via Roma {n}, {z5:10121-10128} Torino", "Mariahilfer Straße {n}, {z4:1060-1070} Wien",
    "Tartu mnt {n}, {z5:10115-10117} Tallinn", "Gedimino pr. {n}, LT-{z5:01100-01110} Vilnius",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband2.com", "protonmail.com")  # fmt: skip
WORK = ("example.se", "corp.example.se", "it.example.se", "kommun.example.se", "example.com", "example.co.uk", "region.example.se", "consulting.example.com")  # fmt: skip
ROLE_LOCAL = ("servicedesk", "it-support", "support", "dpo", "dataskydd", "hr", "helpdesk", "security", "kundtjanst", "noreply", "it", "reception", "facility")  # fmt: skip
PHISH = (
    "security@m1crosoft-alerts.com", "no-reply@postnord-tull.info", "support@bankid-verify.net",
    "account@office365-mailbox.org", "it-helpdesk@corp-examp1e.se", "ceo.office@exarnple.se",
    "billing@dhl-delivery-notice.com", "admin@sharepoint-docs.net", "verify@apple-id-check.com",
    "lon@ekonomi-example.se", "hr.payroll@examp1e.com", "security-team@okta-login.co",
)  # fmt: skip
ROLES_SV = ("tekniker", "handläggare", "IT-ansvarig", "systemadministratör", "projektledare", "ekonomiassistent", "lönehandläggare", "konsult", "säljare", "utvecklare", "receptionist", "controller")  # fmt: skip
ROLES_EN = ("technician", "case officer", "IT manager", "sysadmin", "project manager", "accounts assistant", "payroll officer", "consultant", "sales rep", "developer", "receptionist", "analyst")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or an org number's nine."""
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
    """Every value of ck from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

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
        if key == "swedish" and r.random() < HYPHEN_SHARE:  # Ann-Christin, Karl-Johan
            given = [(r.choice(HYPHENATED["f" if woman else "m"]), "hyphenated")]
            self.forms["hyphenated given name drawn"] += 1
        else:
            given = [self.pick(pool)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in given[0][0]:
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

    def local(self, person: Person) -> tuple[str, str]:
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        return given, surname

    def email(self, person: Person, where: str = "any") -> str:
        r = self.rng
        given, surname = self.local(person)
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}"))  # fmt: skip
        work = where == "work" or (where == "any" and r.random() < 0.5)
        return f"{local}@{r.choice(WORK if work else MAIL)}"

    def username(self, person: Person) -> str:
        r = self.rng
        given, surname = self.local(person)
        return r.choice((f"{given[:2]}{surname[:2]}{r.randrange(1, 99):02d}", f"{given[0]}{surname}", f"{surname[:4]}{given[0]}",
                         f"{given}.{surname}", f"u{r.randrange(100000, 999999)}", f"{given[0]}{surname[:6]}{r.randrange(1, 9)}",
                         f"ad\\{given[0]}{surname}"))  # fmt: skip

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "36", "11", "35"))
        area3 = r.choice(("250", "271", "380", "411", "470", "480", "498", "500", "510", "520", "550", "570", "611", "620", "651", "660", "910", "920", "980"))
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d[:3]}{d[3:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_s(self) -> str:
        """A switchboard or service number: firms', service desks', agencies'."""
        r = self.rng
        d = self.digits(8)
        return r.choice((f"08-{d[:3]} {d[3:6]} 00", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"+46 8 {d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0770-{d[:3]} {d[3:6]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad: the UK and the US most, then Europe, as written there."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"07{d[:3]}{d[3:9]}", f"+44 (0)20 {d[:4]} {d[4:8]}",
            f"020 {d[:4]} {d[4:8]}", f"0161 {d[:3]} {d[3:7]}", f"+44 113 {d[:3]} {d[3:7]}", f"0117 {d[:3]} {d[3:7]}",
            f"+1 (512) 555-0{d[:3]}", f"(303) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}", f"617-555-0{d[:3]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+46 {r.choice(('70', '72', '73'))} {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        old = r.random() < 0.04  # past a hundred: `+` in the ten-digit form
        year = r.randrange(1915, 1927) if old else r.randrange(1940, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["personnummer with +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org(self) -> str:
        """An organisation number (third digit 2 or more, so never a date), with its check digit."""
        r = self.rng
        head = r.choice(("556", "559", "802", "716", "212", "969", "769"))
        body = head + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 180))
        if r.random() < 0.15:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street(self, bare: bool = False) -> str:
        name = self.rng.choice(SV_STREETS)
        return name if bare else f"{name} {self.number()}"

    def postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        """A home: street, number, letter, flat or floor, postcode and town."""
        r = self.rng
        street = self.street()
        if lgh or r.random() < 0.2:
            roll = r.random()
            if roll < 0.6:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            elif roll < 0.85:
                street += f", {r.randrange(1, 7)} tr"
            else:
                street += f", {r.choice(('uppgång', 'ingång', 'port'))} {r.choice('ABC12')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.postal()}"

    def office(self, lines: bool = False) -> str:
        """An office: street, number, floor or entrance, postcode and town."""
        r = self.rng
        floor = r.choice((f"plan {r.randrange(1, 12)}", f"{r.randrange(1, 9)} tr", f"ingång {r.choice('ABCDE')}",
                          f"hus {r.choice('ABC')}, plan {r.randrange(1, 8)}", f"våning {r.randrange(2, 10)}", ""))  # fmt: skip
        street = self.street()
        if lines:
            return f"{street}{', ' + floor if floor else ''}\n{self.postal()}"
        return f"{street}, {floor + ', ' if floor else ''}{self.postal()}"

    def box(self) -> str:
        r = self.rng
        sep = "\n" if r.random() < 0.2 else ", "
        return f"Box {r.randrange(10, 9999)}{sep}{self.postal()}"

    def uk_address(self, lines: bool = False, office: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        if office or r.random() < 0.25:
            street = f"{r.choice(UK_BUILDINGS)}, {street}"
        if lines:
            return f"{street.replace(', ', chr(10))}\n{town}\n{code}"
        return f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace("# ", "#")
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form` (see templates_ck), then a genitive's ending outside the value."""
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS) else form
    if base in ("E", "Ew", "Ep"):
        return [(draw.email(person, {"E": "any", "Ew": "work", "Ep": "private"}[base]), "EMAIL")]
    if base == "Un":
        draw.forms["username (no value)"] += 1
        return [(draw.username(person), None)]
    if base in ("P", "p", "U"):
        if draw.rng.random() < 0.25 and middle and base == "P":
            words = given + middle + surname
            value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
        else:
            words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.08 if base in ("G", "g") else 0.85)
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
        if draw.rng.random() < 0.15:
            value = value.upper()
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E", "Ew", "Ep", "Un"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def c_o(draw: Draw) -> list[Segment]:
    """`c/o Name, address`: `c/o` outside, the name its own PERSON, the address from the street."""
    r = draw.rng
    person = draw.person(None)
    if r.random() < 0.4:
        draw.count(person.surname)
        name = person.last
    else:
        draw.count(person.given + person.surname)
        name = f"{person.first} {person.last}"
    draw.forms["c/o"] += 1
    lines = r.random() < 0.35
    return [("c/o ", None), (name, "PERSON"), ("\n" if lines else ", ", None), (draw.sv_address(lines=lines), "ADDRESS")]


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hexd = "0123456789ABCDEF"
    values: dict[str, Callable[[], list[Segment] | Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "ST": lambda: (draw.street(), "ADDRESS"),
        "STN": lambda: (draw.street(bare=True), "ADDRESS"),
        "OFF": lambda: (draw.office(), "ADDRESS"),
        "OFFL": lambda: (draw.office(lines=True), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "CO": lambda: c_o(draw),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "OFFEN": lambda: (draw.uk_address(office=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHS": lambda: (draw.phone_s(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EM": lambda: (f"{r.choice(ROLE_LOCAL)}@{r.choice(WORK[:4] + WORK[6:7])}", "EMAIL"),
        "EMEN": lambda: (f"{r.choice(ROLE_LOCAL[:8])}@{r.choice(('example.co.uk', 'example.com', 'corp.example.com'))}", "EMAIL"),
        "EMX": lambda: (r.choice(PHISH), "EMAIL"),
        # look-alikes
        "TICKET": lambda: (r.choice((f"INC{r.randrange(10**6, 10**7):07d}", f"SR-{r.randrange(10000, 99999)}", f"REQ{r.randrange(10**6, 10**7):07d}", f"#{r.randrange(100000, 999999)}", f"ITSD-{r.randrange(1000, 9999)}", f"RITM{r.randrange(10**6, 10**7):07d}")), None),
        "INC": lambda: (f"INC{r.randrange(10**6, 10**7):07d}", None),
        "ASSET": lambda: (r.choice((f"PC-{r.randrange(10000, 99999):06d}", f"LAP-{r.choice(('STO', 'GBG', 'MMX', 'UME', 'LDN'))}-{r.randrange(1000, 9999)}", f"INV-{r.randrange(20, 28)}-{r.randrange(1000, 9999):04d}", f"AT{r.randrange(100000, 999999)}")), None),
        "SERIAL": lambda: (r.choice((f"5CG{r.randrange(1000, 9999)}{''.join(r.choice('ABCDFGHJKLMNPQRSTVWXYZ') for _ in range(3))}", f"PF{''.join(r.choice('0123456789ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(6))}", f"C02{''.join(r.choice('0123456789ABCDEFGHJKLMNPQRSTVWXYZ') for _ in range(7))}", f"SN {r.randrange(10**7, 10**8)}")), None),
        "ORDER": lambda: (r.choice((f"PO-2027-{r.randrange(1, 9999):04d}", f"{r.randrange(10**7, 10**8)}", f"SO{r.randrange(100000, 999999)}", f"ORD-{r.randrange(10000, 99999)}")), None),
        "RMA": lambda: (f"RMA-{r.randrange(100000, 999999)}", None),
        "HOST": lambda: (r.choice((f"{r.choice(('sto', 'gbg', 'mmx', 'ume', 'lon'))}-{r.choice(('fs', 'sw', 'ap', 'dc', 'prn', 'app', 'vpn'))}{r.randrange(1, 40):02d}", f"srv-{r.choice(('app', 'db', 'web', 'mail'))}-{r.randrange(1, 200):03d}.corp.local", f"WS-{r.randrange(1000, 9999)}", f"fw{r.randrange(1, 4)}.example.se")), None),
        "IP": lambda: (r.choice((f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}", f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}", f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}", f"185.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}")), None),
        "MAC": lambda: (r.choice((":", "-")).join("".join(r.choice(hexd) for _ in range(2)) for _ in range(6)), None),
        "VER": lambda: (r.choice((f"{r.randrange(1, 25)}.{r.randrange(0, 20)}.{r.randrange(0, 10)}", f"{r.choice(('22H2', '23H2', '24H2'))}", f"10.0.{r.randrange(19000, 26100)}", f"v{r.randrange(1, 9)}.{r.randrange(0, 9)}")), None),
        "PORT": lambda: (str(r.choice((443, 8443, 3389, 1194, 22, 8080, 636, 5060, 4500))), None),
        "ERR": lambda: (r.choice((f"0x8007{r.randrange(0, 65535):04X}", "0x800CCC0E", "550 5.1.1", f"Error {r.randrange(1000, 9999)}", f"E-{r.randrange(10, 99)}", f"AADSTS{r.randrange(50000, 90000)}", "error 809")), None),
        "ROOM": lambda: (r.choice((f"{r.randrange(1, 9)}.{r.randrange(100, 399)}", f"{r.choice('ABC')}{r.randrange(100, 499)}", f"{r.randrange(1, 9)}{r.randrange(10, 60)}")), None),
        "FLOOR": lambda: (str(r.randrange(1, 12)), None),
        "TRACK": lambda: (r.choice((f"JJD{r.randrange(10**12, 10**13):013d}", f"RR{r.randrange(10**8, 10**9)}SE", f"1Z{''.join(r.choice('0123456789ABCDEFGHJKLMNPRSTVWXY') for _ in range(16))}", f"{r.randrange(10**13, 10**14)}SE", f"BUD{r.randrange(10**8, 10**9)}")), None),
        "ORG": lambda: (draw.org(), None),
        "OCR": lambda: (str(r.randrange(10**13, 10**16)), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "CUSTNO": lambda: (str(r.randrange(10**6, 10**8)), None),
        "INVOICE": lambda: (r.choice((f"F2027-{r.randrange(1, 9999):04d}", str(r.randrange(100000, 999999)))), None),
        "CASE": lambda: (r.choice((f"DSAR-2027-{r.randrange(1, 999):04d}", f"GDPR-{r.randrange(100, 9999)}", f"Dnr {r.randrange(2026, 2028)}/{r.randrange(10, 999)}", f"CHG{r.randrange(10**6, 10**7):07d}", f"K{r.randrange(100000, 999999)}-27")), None),
        "CARD": lambda: (r.choice((" ".join("".join(r.choice(hexd) for _ in range(2)) for _ in range(4)), f"HID {r.randrange(10000, 99999)}", f"{r.randrange(1000000, 9999999)}")), None),
        "KEY": lambda: (r.choice((f"K-{r.randrange(1, 99)}", f"{r.randrange(100, 999)}", f"S{r.randrange(1, 40)}-{r.randrange(1, 9)}")), None),
        "EMPNO": lambda: (r.choice((f"E{r.randrange(10000, 99999)}", f"A-{r.randrange(1000, 9999)}", str(r.randrange(100000, 999999)))), None),
        "CODE": lambda: (f"{r.randrange(1000, 9999)}{r.choice(('', '', '#', 'A'))}", None),
        "EXT": lambda: (str(r.randrange(2000, 8999)), None),
        "PRIO": lambda: (f"P{r.randrange(1, 5)}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YEAR": lambda: (str(r.randrange(2019, 2031)), None),
        "DUR": lambda: (r.choice((f"{r.randrange(1, 9)} h {r.randrange(1, 59)} min", f"{r.randrange(5, 90)} min", f"{r.randrange(1, 5)},5 timmar" if lang != "en" else f"{r.randrange(1, 5)}.5 hours")), None),
        "AMT": lambda: (f"{r.randrange(49, 68000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(80, 9400):,}.{r.randrange(100):02d}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "TIME": lambda: (f"{r.randrange(6, 23)}{':' if lang == 'en' else r.choice((':', '.'))}{r.choice(('00', '05', '15', '30', '45', '50'))}", None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(("Manchester", "Leeds", "Dublin", "Edinburgh", "Bristol", "Oslo", "Helsinki", "Berlin", "Reading")), None),
        "SITE": lambda: (r.choice(("HK Solna", "Kista", "Lindholmen", "Hyllie", "Norrköping DC", "STO-3", "GBG-1", "lagret", "HQ", "Campus Ultuna", "Mölndal")), None),
        "ROLE": lambda: (r.choice(ROLES_SV), None),
        "ROLEEN": lambda: (r.choice(ROLES_EN), None),
        "MODEL": lambda: (r.choice(("Dell Latitude 5440", "Lenovo ThinkPad T14 Gen 4", "HP EliteBook 840 G10", "MacBook Air M2", "iPhone 15", "Samsung Galaxy S23", "Dell U2723QE", "Lenovo ThinkPad X1 Carbon", "Surface Laptop 5")), None),
        "PRINTER": lambda: (r.choice(("HP LaserJet M507", f"PRN-{r.choice(('STO', 'GBG', 'MMX'))}-{r.randrange(1, 30):02d}", "Konica Minolta bizhub C300i", "Ricoh IM C3000", "Canon iR-ADV C5840")), None),
        "PRODUCT": lambda: (r.choice(("Intune", "Jamf", "Okta", "Microsoft Teams", "Outlook", "Cisco AnyConnect", "FortiClient", "Citrix Workspace", "Defender")), None),
        "PORTAL": lambda: (r.choice(("ServiceNow", "TOPdesk", "Självservice", "it.example.se/portal", "Jira Service Management")), None),
        "BRAND": lambda: (r.choice(("Microsoft", "PostNord", "BankID", "Skatteverket", "DHL", "Apple", "Swish", "Office 365", "Nordea")), None),
        "COURIER": lambda: (r.choice(("PostNord", "DHL", "DB Schenker", "Bring", "Budbee", "Instabox", "UPS", "DHL Express")), None),
        "COURIERE": lambda: (r.choice(("Royal Mail", "DPD", "Evri", "UPS", "FedEx", "Parcelforce")), None),
        "SHOP": lambda: (r.choice(("ICA Nära Centrum", "Coop Konsum", "Pressbyrån Centralen", "Circle K Norra", "Hemköp City", "Willys Hemma")), None),
        "FIRM": lambda: (r.choice(("Nordvik Logistik AB", "Region Mellansverige", "Solhavets kommun", "Fjällgruppen AB", "Kustbanken", "Byggkompaniet i Norr AB", "Vindkraft Nord AB")), None),
        "FIRMB": lambda: (r.choice(("Atea", "Dustin", "Advania", "Knowit", "Sigma IT", "Tietoevry", "Netnordic", "Conscia", "Iver")), None),
        "FIRMEN": lambda: (r.choice(("Computacenter", "Softcat", "Northgate Logistics Ltd", "Brightline Ltd", "Bytes Technology", "Harbour IT Services")), None),
        "ISP": lambda: (r.choice(("Telia", "Tele2", "Telenor", "Bahnhof", "IP-Only", "GlobalConnect")), None),
        "ISPEN": lambda: (r.choice(("BT", "Virgin Media", "Sky", "TalkTalk")), None),
        "URL": lambda: (r.choice(("https://login-microsoftonline.example.net/verify", "hxxp://postnord-tull[.]info/pay", "https://bankid-sakerhet.example.org", "bit.ly/3xY7kQz", "https://sharepoint-docs.example.net/file?id=88", "www.dhl-paket-sverige.example.com")), None),
    }  # fmt: skip
    out = values[form]()
    return out if isinstance(out, list) else [out]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        base = base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """ck's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def counts(rows: list[dict[str, object]]) -> None:
    """Counts only: no row of ck is printed."""
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
                forms["address with tr/plan/floor"] += bool(re.search(r"\btr\b|plan \d|våning|Floor", value))
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not re.search(r"\d{3} ?\d{2}|[A-Z]{1,2}\d|\d{4,5}", value)
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                forms[f"personnummer {len(re.sub(r'[^0-9]', '', value))} digits"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    counts(rows)
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in draw.forms.items()))
    total = sum(draw.split.values())
    print("name words: " + ", ".join(f"{k} {v} ({v / total:.1%})" for k, v in draw.split.most_common()))
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row, no value)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    problems: Counter[str] = Counter()
    ids = set()
    for row in rows:
        ids.add(row["id"])
        text, spans = row["text"], row["spans"]
        if set(row) != {"id", "split", "lang", "text", "spans"} or row["split"] != SPLIT:
            problems["row keys or split"] += 1
        end = 0
        for span in spans:
            s, e = span["start"], span["end"]
            if not (0 <= s < e <= len(text)):
                problems["empty or out of bounds"] += 1
                continue
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["unknown kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ten = digits[-10:]
                if not (len(digits) in (10, 12) and digits.isdigit() and luhn(ten[:9]) == int(ten[9])):
                    problems["personnummer check digit"] += 1
    if len(ids) != len(rows):
        problems["duplicate ids"] += 1
    nid = sum(1 for row in rows for span in row["spans"] if span["kind"] == "NATIONAL_ID")
    print(f"checked {len(rows)} rows, {sum(len(r['spans']) for r in rows)} spans, {nid} personnummer")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    counts(rows)
    return 1 if problems else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out))
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
