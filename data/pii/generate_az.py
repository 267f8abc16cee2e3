# ruff: noqa: E501
"""Generate held-out AZ for personal-data detection (issue 15): names as the population has them,
a thirty-first writer.

    python data/pii/generate_az.py          # writes data/pii/generated-heldout-az.jsonl
    python data/pii/generate_az.py --stats  # counts only (sizes, forms, the head/tail split)

AZ's names are drawn by how often people really carry them: every name word comes from
`names_az.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden, Afghan and
Romanian among them), 80% from the head of a list and 20% from its tail, mixed by the language of
the row roughly as Sweden's population is. The genres are retail, e-commerce and logistics
(`templates_az.py`): order confirmations, delivery notes and parcel tracking, returns and
complaints, customer reviews, marketplace messages on Blocket- and Tradera-like sites, couriers'
notes, warehouse pick lists and shift notes, invoices and receipts, loyalty-club sign-ups and
pick-up points, with delivery addresses in every form, Swedish and European, and phone numbers in
every common grouping. Written by a helper who does not tune the detector, who read neither its
rules, lexicons and tagger (`src/rung/privacy/`) nor any error listing nor any other set's names
and templates; AZ was never run through the detector by its writer, and its names were not
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

from names_az import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, PLAIN_ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_az import DAYS, EN, MIXED, MONTHS, NEGATIVES, SHOPS, SV  # noqa: E402

SEED = 20270108
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-az.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of the address register).
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Östra Storgatan", "Västra Hamngatan", "Bergsgatan", "Trädgårdsgatan",
    "Fabriksgatan", "Postgatan", "Magasinsgatan", "Prästgatan", "Repslagaregatan", "Södra Förstadsgatan",
    "Hagagatan", "Gjutargatan", "Linnégatan", "Sankt Eriksgatan", "Fridhemsgatan", "Kaptensgatan",
    "Lövsångarvägen", "Rosenvägen", "Syrenvägen", "Hasselvägen", "Pilvägen", "Kornvägen", "Vintervägen",
    "Gårdsvägen", "Bruksvägen", "Kanalvägen", "Ängsgårdsvägen", "Stenhuggarvägen", "Tegelbruksvägen",
    "Lingonsvängen", "Smultronsvängen", "Fasansvängen", "Trastsvängen", "Humlesvängen",
    "Oxelallé", "Lönnallén", "Parkallén", "Slottsallén", "Sofiero allé",
    "Kvarnbacke", "Tullbacken", "Kyrkbacken", "Skolbacken", "Ekbacken",
    "Vitsippsstigen", "Trollstigen", "Mjölnarstigen", "Kantarellstigen", "Nyponstigen",
    "Fisktorget", "Stora torget", "Hötorget", "Saluhallstorget", "Gustav Adolfs torg",
    "Bangårdsplan", "Kvarnplan", "Ekplan", "Ringplan", "Brogatans plan",
    "Pilgränd", "Klockargränd", "Bagargränd", "Skomakargränd", "Tunnbindargränd",
    "Kungsleden", "Mälarleden", "Ådalsleden", "Ostkustleden", "Skärgårdsleden",
    "Kulturstråket", "Parkstråket", "Älvstråket", "Hamnstråket", "Campusstråket",
    "Södra kajen", "Norra kajen", "Skeppsbrokajen", "Ångbåtskajen", "Packhuskajen",
    "Strandpromenaden", "Sjöpromenaden", "Älvpromenaden", "Hamnpromenaden",
)  # fmt: skip
# Towns with their postcode ranges (first three digits).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Nacka", 131, 132),
    ("Huddinge", 141, 141), ("Södertälje", 151, 153), ("Täby", 183, 187), ("Järfälla", 175, 177),
    ("Göteborg", 411, 426), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Borås", 503, 507),
    ("Malmö", 211, 217), ("Lund", 222, 227), ("Helsingborg", 252, 256), ("Landskrona", 261, 261),
    ("Kristianstad", 291, 291), ("Uppsala", 751, 756), ("Enköping", 745, 745), ("Västerås", 721, 724),
    ("Eskilstuna", 631, 635), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Norrköping", 602, 603),
    ("Jönköping", 553, 556), ("Växjö", 352, 352), ("Kalmar", 392, 393), ("Karlskrona", 371, 371),
    ("Halmstad", 302, 302), ("Trollhättan", 461, 461), ("Uddevalla", 451, 451), ("Skövde", 541, 541),
    ("Karlstad", 652, 654), ("Falun", 791, 791), ("Borlänge", 784, 784), ("Gävle", 802, 806),
    ("Sundsvall", 852, 856), ("Östersund", 831, 831), ("Örnsköldsvik", 891, 891), ("Umeå", 903, 907),
    ("Skellefteå", 931, 931), ("Luleå", 972, 975), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Visby", 621, 621), ("Motala", 591, 591), ("Katrineholm", 641, 641), ("Nyköping", 611, 611),
    ("Alingsås", 441, 441), ("Varberg", 432, 432), ("Ystad", 271, 271), ("Trelleborg", 231, 231),
    ("Ängelholm", 262, 262), ("Hässleholm", 281, 281), ("Värnamo", 331, 331), ("Vetlanda", 574, 574),
    ("Nässjö", 571, 571), ("Lidköping", 531, 531), ("Mariestad", 542, 542), ("Avesta", 774, 774),
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Queen Street", "Nelson Street", "Elm Grove", "Cedar Avenue", "Riverside Walk",
    "Castle Street", "Windsor Crescent", "Meadow Way", "Beech Drive", "Granby Terrace", "Mill Road",
    "Priory Close", "St Mary's Street", "Lark Rise", "Brunswick Place", "Hawthorn Gardens", "Canal Side",
)  # fmt: skip
UK_TOWNS = (
    ("Milton Keynes", "MK"), ("Northampton", "NN"), ("Coventry", "CV"), ("Reading", "RG"), ("Swindon", "SN"),
    ("Doncaster", "DN"), ("Glasgow", "G"), ("Cardiff", "CF"), ("Leicester", "LE"), ("Sheffield", "S"),
    ("Birmingham", "B"), ("London", "E"), ("London", "N"), ("Exeter", "EX"), ("Aberdeen", "AB"),
    ("Belfast", "BT"), ("Nottingham", "NG"), ("Wakefield", "WF"),
)  # fmt: skip
US_STREETS = ("Commerce Drive", "Industrial Parkway", "Elm Street", "Washington Avenue", "Lincoln Blvd", "Harbor Road", "W 3rd Street", "Cherry Lane", "Sunset Blvd", "Route 9")  # fmt: skip
US_TOWNS = (("Louisville", "KY", 402), ("Memphis", "TN", 381), ("Columbus", "OH", 432), ("Reno", "NV", 895), ("Allentown", "PA", 181), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Edison", "NJ", 88))  # fmt: skip
EUROPE = (
    "Industriestraße {n}, {z5:22041-22149} Hamburg", "Bahnhofstraße {n}a, {z5:04103-04109} Leipzig",
    "Schillerplatz {n}, {z5:70173-70199} Stuttgart", "{n}, avenue Jean Jaurès, {z5:69007-69008} Lyon",
    "{n} boulevard de la Liberté, {z5:59000-59800} Lille", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Mannerheimintie {n} C {m}, {z5:00100-00290} Helsinki", "Storgata {n}, {z4:0155-0184} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørregade {n}, {m}. th., {z4:8000-8210} Aarhus C",
    "Vesterbrogade {n}, st., {z4:1620-1699} København V", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 31-{z3:100-199} Kraków", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Avinguda Diagonal {n}, {z5:08006-08029} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Corso Vittorio Emanuele {n}, {z5:80121-80135} Napoli",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.se", "outlook.com", "icloud.com", "telia.com", "yahoo.com", "live.se", "protonmail.com", "spray.se")  # fmt: skip
WORK = ("example.se", "butik.example.se", "lager.example.com", "example.com", "example.net", "shop.example.co.uk")  # fmt: skip


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
    given: list[Word]  # one word, or two joined by a hyphen (`Eva-Lena`)
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
    """Every value of AZ from one seeded Random; counts the head/tail split, origins and forms."""

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
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.06:
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0] and " " not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.3, "uk": 0.25}.get(key, 0.06):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.65:  # two surnames
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in PLAIN_ORIGINS and r.random() < 0.3:
            self.forms["typed plain"] += 1
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
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
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}",
                          f"{given}.{surname}{r.randrange(1, 30)}", f"{surname}{given[0]}", f"{given}-{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("00233369")
        a2 = r.choice(("31", "40", "46", "42", "18", "13", "11", "19", "21", "16", "36", "90", "60"))
        a3 = r.choice(("035", "036", "040", "044", "054", "063", "090", "019", "021", "023", "026", "0470", "0480", "0455", "0500", "0510", "0520", "0141", "0150", "0920"))[1:]
        shapes = (
            (15, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:5]} {d[5:7]}"),
            (2, f"{m}-{d[:3]} {d[3:7]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
            (6, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:6]}"), (2, f"0{a3}{d[:6]}"),
            (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0771-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:3]} {d[3:5]} {d[5:8]}", f"0047 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:8]}",
            f"+45 {d[:4]} {d[4:8]}", f"0045 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 45 {d[:3]} {d[3:7]}",
            f"+358 (0)9 {d[:4]} {d[4:7]}", f"040 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}",
            f"+44 (0)20 7{d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}", f"+49 152 {d[:8]}", f"+49 (0)40 {d[:7]}",
            f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+1 (502) 555-0{d[:3]}", f"(614) 555-01{d[:2]}", f"+1 206-555-0{d[:3]}", f"+33 (0)6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 011 {d[:7]}", f"+39 3{d[:2]} {d[2:9]}",
            f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1942, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.35:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 210))
        roll = r.random()
        if roll < 0.1:
            out += r.choice(("A", "B", "C", "D", " A", " B", "a", "c"))
        elif roll < 0.13:
            out += f"-{int(out) + 2}"
        return out

    def sv_street(self, number: bool = True) -> str:
        street = self.rng.choice(SV_STREETS)
        return f"{street} {self.number()}" if number else street

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"
        roll = r.random()
        if roll < 0.78:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.88:
            out = f"{code} {town}"
        elif roll < 0.95:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        else:
            out = f"{code[:3]} {code[3:]} {town.upper()}"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        self.forms["address: Swedish"] += 1
        street = self.sv_street(number=r.random() > 0.04)  # a few without a number
        if lgh or r.random() < 0.14:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.03:
            street += f", {r.randrange(1, 5)} tr."
        return f"{street}{chr(10) if lines else r.choice((', ', ', ', ' '))}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        self.forms["address: Swedish Box"] += 1
        sep = "\n" if r.random() < 0.3 else ", "
        return f"Box {r.randrange(2, 9999)}{sep}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        self.forms["address: UK"] += 1
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.3:
            street = f"Unit {r.randrange(1, 40)}, {r.choice(('Brook Trading Estate', 'Meridian Business Park', 'Eastgate Retail Park'))}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 60)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        self.forms["address: US"] += 1
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += r.choice((f", Apt {r.randrange(1, 40)}", f", Suite {r.randrange(100, 900)}", f" #{r.randrange(2, 40)}"))
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        self.forms["address: Europe"] += 1
        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 190)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:
            head, _, rest = out.rpartition(", ")
            out = f"{head}\n{rest}"
        return out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, NS the short form
    and the surname, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a
    trailing `'` an English one.
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
        if not middle and (person.origin in ("swedish", "us", "uk", "finnish") or draw.rng.random() < 0.3):
            pool = ORIGINS[person.origin].given_f if person.woman else ORIGINS[person.origin].given_m
            extra = draw.pick(pool)  # a formal full name: a middle name where the custom has one
            if extra[0] not in (w for w, _ in given):
                person.middle = middle = [extra]
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.08 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base == "NS":
        words = given + surname
        value = f"{draw.nickname(person, 0.85) or person.first} {person.last}"
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "NS", "S", "s", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def co() -> list[Segment]:  # c/o Name, then the address: the name is a person, not the address
        person = draw.person(None)
        segs = [("c/o ", None)] + person_segments(r.choice(("P", "P", "S")), person, draw)
        return segs + [("\n" if r.random() < 0.5 else ", ", None), (draw.sv_address(lines=r.random() < 0.5), "ADDRESS")]

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "ALGH": lambda: [(draw.sv_address(lines=r.random() < 0.4, lgh=True), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],  # street and number alone
        "a": lambda: [((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "CO": co,
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(lines=r.random() < 0.3), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "AXL": lambda: [(draw.eu_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "SHOP": lambda: [(r.choice(SHOPS), None)],
        "STREETNAME": lambda: [(draw.sv_street(number=False), None)],
        "TOWN": lambda: [(r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None)],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None)],
        "TIME": lambda: [(f"{r.randrange(7, 21)}{':' if en else '.'}{r.choice(('00', '10', '20', '30', '40', '50'))}", None)],
        "NUM": lambda: [(str(r.randrange(2, 60)), None)],
        "QTY": lambda: [(str(r.randrange(1, 12)), None)],
        "AMT": lambda: [(f"{r.randrange(49, 18000):,}".replace(",", " ") + r.choice((" kr", ",00 kr", " SEK", ":-")), None)],
        "GBP": lambda: [(f"£{r.randrange(5, 900)}.{r.randrange(100):02d}", None)],
        "EUR": lambda: [(f"{r.randrange(9, 700)},{r.randrange(100):02d} €", None)],
        "ORDER": lambda: [(r.choice((f"{r.randrange(100000, 999999)}", f"SE-{r.randrange(1000000, 9999999)}", f"#{r.randrange(10000, 99999)}", f"W{r.randrange(10**7, 10**8)}")), None)],
        "TRACK": lambda: [(r.choice((f"00{r.randrange(10**16, 10**17)}", f"SE{r.randrange(10**8, 10**9)}{r.choice(('SE', 'GB'))}", f"JJD{r.randrange(10**13, 10**14)}", f"1Z{r.randrange(10**13, 10**14)}")), None)],
        "CODE": lambda: [(f"{r.randrange(1000, 9999)}", None)],
        "SKU": lambda: [(f"{r.choice('ABCDEHKLMNPRSTV')}{r.choice('ABCDEHKLMNPRSTV')}-{r.randrange(1000, 99999)}", None)],
        "SLOTP": lambda: [(f"{r.choice('ABCDEFGH')}{r.randrange(1, 40):02d}-{r.randrange(1, 6)}", None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
        "KG": lambda: [(f"{r.randrange(0, 30)},{r.randrange(1, 10)}", None)],
        "STAR": lambda: [(str(r.randrange(1, 6)), None)],
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
    """AZ's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-az-{len(rows) + 1:04d}", "split": "heldout-az", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AZ is printed."""
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
                forms["three or more words"] += len(value.split()) >= 3 and ", " not in value
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    forms["c/o before an address"] = sum(str(row["text"]).count("c/o ") for row in rows)
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, typed without diacritics: {draw.forms['typed plain']}")
    print("addresses drawn: " + ", ".join(f"{k[9:]} {v}" for k, v in sorted(draw.forms.items()) if k.startswith("address: ")))
    total = sum(draw.split.values())
    print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
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
