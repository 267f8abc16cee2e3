# ruff: noqa: E501
"""Generate held-out HF for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninety-third writer.

    python data/pii/generate_hf.py                 # writes data/pii/generated-heldout-hf.jsonl
    python data/pii/generate_hf.py --stats         # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hf.py --check         # checks the written file, prints counts only
    python data/pii/generate_hf.py --seed 7 --out /tmp/hf.jsonl   # a scratch seed

HF's names are drawn by how often people carry them: every name word comes from `names_hf.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row roughly as Sweden's population is. The genre is
beekeeping associations and honey sales (`templates_hf.py`): swarm calls, hive inspections, member
registers, apiary visits and courses, honey orders, labels and invoices, with Swedish, UK, US and
European addresses and phone numbers in every common grouping. Written by a helper who does not
tune the detector and who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the
slot filler, the row format and `--stats`), two sections of `docs/privacy.md` ("Held-out AW",
"Held-out CL") and the first line of `generated-heldout-u.jsonl`; not the detector's rules,
lexicons or tagger, no other set's names, templates or rows, no error listing. HF was never run
through the detector by its writer, and its names were not checked against rung's lexicons.
Stdlib only; one seeded Random: same seed, same bytes.
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

from names_hf import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hf import DAYS, EN, HONEY, HONEY_EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270270
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hf.jsonl"
SPLIT = "heldout-hf"
YEAR_NOW = 2027  # the year the texts are written in: a personnummer past a hundred takes `+`

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns and villages.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Västra Storgatan", "Östra Hamngatan", "Nygatan",
    "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Trädgårdsgatan", "Biskopsgatan", "Linnégatan",
    "Sankt Eriksgatan", "Vasagatan", "Köpmangatan", "Norra Järnvägsgatan", "Hantverksgatan",
    "Björkvägen", "Lönnvägen", "Rönnvägen", "Syrenvägen", "Klövervägen", "Blåklintsvägen",
    "Lingonvägen", "Hallonvägen", "Vallmovägen", "Solrosvägen", "Ängsvägen", "Skogsvägen",
    "Bäckvägen", "Åkervägen", "Prästvägen", "Mejerivägen", "Bruksvägen", "Gamla Landsvägen",
    "Kyrkvägen", "Kvarnvägen", "Ekbacksvägen", "Ringvägen", "Sjövägen", "Höjdvägen", "Lindvägen",
    "Granbacken", "Kvarnbacken", "Kyrkbacken", "Rosenbacken", "Solbacken", "Skolbacke",
    "Ryttarbacke", "Tallstigen", "Hasselstigen", "Vitsippsstigen", "Blåbärsstigen", "Mårdstigen",
    "Ugglestigen", "Stortorget", "Lilla torget", "Fisktorget", "Hötorget", "Kyrkoplan",
    "Stationsplan", "Brunnsplan", "Smedsgränd", "Bagargränd", "Tunnbindaregränd", "Klockargränd",
    "Norra Kajen", "Hamnkajen", "Strandkajen", "Lindallén", "Kastanjeallén", "Parkallén",
    "Slottsallén", "Ekbacka allé", "Björksvängen", "Tranbärssvängen", "Ekorrsvängen", "Solleden",
    "Humleslingan", "Fjärilsslingan", "Lärkgången", "Vävargången", "Parkstråket", "Bergsliden",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 250, 256),
    ("Norrköping", 600, 605), ("Jönköping", 551, 556), ("Umeå", 901, 907), ("Lund", 221, 227),
    ("Borås", 501, 507), ("Sundsvall", 851, 857), ("Gävle", 802, 806), ("Eskilstuna", 631, 636),
    ("Karlstad", 651, 656), ("Växjö", 351, 355), ("Halmstad", 301, 305), ("Luleå", 971, 977),
    ("Östersund", 831, 832), ("Falun", 791, 791), ("Kalmar", 391, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nyköping", 611, 611),
    ("Varberg", 432, 432), ("Visby", 621, 621), ("Lidköping", 531, 531), ("Ystad", 271, 271),
    ("Enköping", 745, 745), ("Hudiksvall", 824, 824), ("Alingsås", 441, 441), ("Kungsbacka", 434, 434),
    ("Norrtälje", 761, 761), ("Nacka", 131, 133), ("Sollentuna", 191, 192), ("Mölndal", 431, 431),
    ("Eslöv", 241, 241), ("Höör", 243, 243), ("Sjöbo", 275, 275), ("Tomelilla", 273, 273),
    ("Båstad", 269, 269), ("Laholm", 312, 312), ("Ulricehamn", 523, 523), ("Vadstena", 592, 592),
    ("Vimmerby", 598, 598), ("Tingsryd", 362, 362), ("Sölvesborg", 294, 294), ("Älmhult", 343, 343),
    ("Säffle", 661, 661), ("Sunne", 686, 686), ("Rättvik", 795, 795), ("Leksand", 793, 793),
    ("Sveg", 842, 842), ("Åre", 837, 837), ("Vilhelmina", 912, 912), ("Jokkmokk", 962, 962),
    ("Borgholm", 387, 387), ("Hemse", 623, 623), ("Östhammar", 742, 742), ("Söderköping", 614, 614),
)  # fmt: skip
RURAL_FROM = 40  # towns from here on are the small ones rural addresses go to
VILLAGES = (
    "Västerby", "Österby", "Norrby", "Söderby", "Kvarnby", "Hagaby", "Lillbyn", "Storbyn",
    "Nedre Gärde", "Övre Gärde", "Backa", "Berga", "Sjöända", "Nybo", "Lövsta", "Ekeby", "Skogsby",
    "Hammarby", "Gränsgården", "Bäckgården", "Ängsgården", "Skattegården", "Prästbolet", "Torpet",
    "Kullen", "Lugnet", "Solberga", "Mossebo", "Lindhult", "Rödje", "Fallet", "Näset", "Udden",
)  # fmt: skip
UK_STREETS = (
    "Church Lane", "Mill Road", "High Street", "Station Road", "Orchard Way", "The Street",
    "Chapel Lane", "Meadow View", "School Road", "Vicarage Lane", "Green Lane", "Priory Road",
    "Bee Garden Lane", "Hollow Lane", "Northgate", "Castle Street", "Victoria Terrace", "Elm Grove",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Norwich", "NR"), ("Ipswich", "IP"), ("Exeter", "EX"), ("Hereford", "HR"),
    ("Shrewsbury", "SY"), ("Lincoln", "LN"), ("Carlisle", "CA"), ("Harrogate", "HG"), ("Cheltenham", "GL"),
    ("Canterbury", "CT"), ("Salisbury", "SP"), ("Perth", "PH"), ("Aberdeen", "AB"), ("Swansea", "SA"),
    ("Derby", "DE"), ("Bath", "BA"), ("Oxford", "OX"), ("Leeds", "LS"), ("Stirling", "FK"),
)  # fmt: skip
UK_HOUSES = ("Honeysuckle Cottage", "The Old Dairy", "Beech House", "Apple Tree Cottage", "The Granary", "Lower Farm", "Hive End", "The Coach House")  # fmt: skip
US_STREETS = ("Maple Avenue", "Elm Street", "County Road 9", "Orchard Lane", "Hickory Drive", "Cedar Street", "Old Mill Road", "Prairie View Road", "Walnut Street", "Meadowbrook Lane")  # fmt: skip
US_TOWNS = (
    ("Bozeman", "MT", 597), ("Ithaca", "NY", 148), ("Asheville", "NC", 288), ("Madison", "WI", 537),
    ("Lancaster", "PA", 176), ("Eugene", "OR", 974), ("Boulder", "CO", 803), ("Ames", "IA", 500),
    ("Montpelier", "VT", 56), ("Bend", "OR", 977), ("Athens", "GA", 306), ("Lawrence", "KS", 660),
)  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Am Imkerhof {n}, {z5:29221-29229} Celle",
    "Hauptstraße {n}a, {z5:79098-79117} Freiburg im Breisgau", "{n} rue des Abeilles, {z5:84000-84000} Avignon",
    "{n} chemin des Vignes, {z5:26000-26000} Valence", "Mehiläistie {n} B {m}, {z5:00100-00990} Helsinki",
    "Kauppakatu {n} A {m}, {z5:40100-40700} Jyväskylä", "Storgata {n}, {z4:0155-0190} Oslo",
    "Bigata {n}, {z4:5003-5099} Bergen", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "Søndergade {n}, {z4:5700-5700} Svendborg", "ul. Pszczela {n}/{m}, 30-{z3:001-999} Kraków",
    "ul. Miodowa {n}, 00-{z3:001-999} Warszawa", "Calle Mayor {n}, {m}º B, 280{z2:01-55} Madrid",
    "Dorpsstraat {n}, {z4:3400-3499} {L2} IJsselstein", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Pärnu mnt {n}, {z5:10141-10148} Tallinn",
    "Rua das Flores {n}, 4050-{z3:100-399} Porto", "Hauptplatz {n}, {z4:4020-4040} Linz",
)  # fmt: skip
MAIL_SV = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.se", "bredband.net")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "aol.com", "hotmail.co.uk", "comcast.net")  # fmt: skip
WORK = ("example.se", "bi.example.se", "honung.example.se", "example.com", "example.org", "beekeepers.example.org", "example.co.uk")  # fmt: skip
FIRM_LOCAL = {
    "sv": ("info", "order", "bestallning", "svarm", "kassor", "sekreterare", "kontakt", "honung", "butik", "styrelsen"),
    "en": ("info", "orders", "hello", "swarms", "secretary", "membership", "shop", "treasurer", "honey"),
}  # fmt: skip
FATHER_NAMED = (
    "arabic",
    "somali",
    "afghan",
    "kurdish",
    "eritrean",
)  # a second name is the father's
NO_MIDDLE = ("thai",)
SECOND_PARTS = ("Erik", "Olof", "Göran", "Johan", "Åke", "Arne", "Gunnar", "Anders", "Ove", "Magnus", "Olov", "Axel", "Marie", "Karin", "Lena", "Britt", "Maria", "Louise", "Sofie", "Kristin", "Christin", "Lotta", "Stina", "Mari")  # fmt: skip


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
    """Every value of HF from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

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
        given = [self.pick(pool)]
        if (
            key == "swedish"
            and "-" not in given[0][0]
            and len(given[0][0]) <= 5
            and r.random() < 0.06
        ):
            for _ in range(8):  # Lars-Göran, Eva-Lena: a short name and one of the usual seconds
                second = self.pick(pool)
                if second[0] in SECOND_PARTS and second[0] != given[0][0]:
                    given.append(second)
                    break
        middle: list[Word] = []
        if key not in NO_MIDDLE and r.random() < {
            "swedish": 0.45,
            "us": 0.4,
            "uk": 0.3,
            "german": 0.2,
        }.get(key, 0.05):
            middle = [self.pick(origin.given_m if key in FATHER_NAMED else pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        if surname[0][0] == given[0][0]:  # `Ahmed Ahmed` is real, but draw once more
            surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def ensure_middle(self, person: Person) -> None:
        """A middle name for the forms that show one, drawn once and kept for the person."""
        if not person.middle and person.origin not in NO_MIDDLE:
            origin = ORIGINS[person.origin]
            pool = (
                origin.given_f
                if person.woman and person.origin not in FATHER_NAMED
                else origin.given_m
            )
            for _ in range(5):
                word = self.pick(pool)
                if word[0] not in (w for w, _ in person.given):
                    person.middle = [word]
                    return

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

        def ascii_word(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given = ascii_word(person.first)
        surname = ascii_word(person.surname[0][0]) or given
        local = r.choice((
            f"{given}.{surname}", f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname[0]}",
            f"{given}.{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
            f"{given[0]}.{surname}", f"{given}{r.choice(('', 'bi', 'honung', 'bees'))}{r.randrange(50, 99)}",
        ))  # fmt: skip
        mail = MAIL_EN if self.lang == "en" else MAIL_SV
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else mail)}"

    def firm_email(self) -> str:
        r = self.rng
        local = r.choice(
            FIRM_LOCAL[
                "en" if self.lang == "en" or (self.lang == "mixed" and r.random() < 0.5) else "sv"
            ]
        )
        return f"{local}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        m, d = "07" + r.choice("0023369"), self.digits(7)
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (11, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (1, f"{m} {d[:3]} {d[3:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"{m}.{d[:3]} {d[3:5]} {d[5:]}"), (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the two-digit areas and the countryside's four digits."""
        r = self.rng
        d = self.digits(8)
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "16",
                "54",
                "90",
                "63",
                "26",
                "36",
                "35",
                "46",
                "42",
                "44",
            )
        )
        a3 = r.choice(("122", "141", "155", "220", "224", "240", "247", "248", "250", "270", "280", "290", "300", "320", "345", "380", "413", "414", "417", "433", "451", "454", "470", "480", "485", "491", "495", "501", "510", "523", "570", "586", "611", "620", "643", "651", "657", "660", "670", "680", "690", "910", "918", "920", "940", "950", "960", "970", "980"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{a3}{d[:6]}"), (1, f"0{a3}-{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 (0){a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0046 {a3} {d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.5 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number."""
        r = self.rng
        d = self.digits(7)
        return r.choice((
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0775-{d[:2]} {d[2:4]} {d[4:6]}",
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"08-{d[:3]} {d[3:6]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
            f"0{r.choice(('31', '18', '40', '13'))}-{d[:2]} {d[2:4]} 00",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"07911 {d}", f"+44 7911 {d[:3]} {d[3:]}",
            f"01904 {d}", f"(01603) {d}", f"0161 496 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"+44 (0)1432 {d}", f"0044 1865 {d}", f"01224 {d[:3]} {d[3:]}", f"029 2018 {d[:4]}",
            f"07{r.randrange(400, 999)} {d}", f"+44 1738 {d}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            ("406", "607", "828", "608", "717", "541", "303", "515", "802", "706", "785")
        )
        d = f"01{r.randrange(10):d}{r.randrange(10):d}"
        return r.choice((
            f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}",
            f"+1 ({area}) 555-{d}", f"1-{area}-555-{d}", f"{area} 555 {d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"004{r.choice('7')} {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"050 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 171 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+1 (802) 555-01{d[:2]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+371 2{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+353 87 {d[:3]} {d[3:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+43 664 {d[:7]}", f"+32 4{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+351 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+30 69{d[:1]} {d[1:4]} {d[4:8]}", f"+354 {d[:3]} {d[3:7]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, woman: bool | None = None, old: bool = False, born_by: int = 2009) -> str:
        """A personnummer with a valid check digit; the serial's last digit even for a woman."""
        r = self.rng
        year = r.randrange(1918, YEAR_NOW - 100) if old else r.randrange(1936, born_by + 1)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(100):02d}"
        sex = r.randrange(10) if woman is None else r.choice("02468" if woman else "13579")
        serial += str(sex)
        check = luhn(date + serial)
        if old:  # past a hundred: the ten-digit form takes `+`
            self.forms["personnummer +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.36:
            self.forms["personnummer 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.72:
            self.forms["personnummer 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.88:
            self.forms["personnummer 12 plain"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["personnummer 10 plain"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street()} {self.number()}"

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige"
        return out

    def sv_address(self, lines: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.35
        street = self.village() if rural else self.sv_street()
        if not rural:
            roll = r.random()
            if roll < 0.12:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
            elif roll < 0.18:
                street += f", {r.randrange(1, 7)} tr"
            elif roll < 0.21:
                street += (
                    f", {r.randrange(1, 5)} tr, lgh {r.randrange(11, 15)}{r.randrange(1, 6):02d}"
                )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            joint = "\n" if r.random() < 0.3 else ", "
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.22:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        if lines:
            return f"{street.replace(', ', chr(10))}\n{town}\n{code}"
        return f"{street}, {town} {code}" if r.random() < 0.7 else f"{street}, {town}, {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 120)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def lower_address(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.4:
            return self.sv_street().lower()
        if roll < 0.5:
            return self.village().lower()
        return self.sv_address(rural=r.random() < 0.25).lower()


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with a middle name, M with a middle
    initial, G/g the given name (sometimes its short form), N/n the short form where there is
    one, S/s the surname, SU/GU surname/given name in capitals, I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an
    e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    english = form.endswith("'")
    base = form[:-1] if english else form
    if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
        base = base[:-1]
    given, surname = person.given, person.surname
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base in ("F", "M"):
        draw.ensure_middle(person)
        words = given + person.middle + surname
        middle = " ".join(w if base == "F" else f"{w[0]}." for w, _ in person.middle)
        value = (
            f"{person.first} {middle} {person.last}" if middle else f"{person.first} {person.last}"
        )
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = (
            draw.nickname(person, 0.07 if base in ("G", "g") else 0.85) if base != "GU" else None
        )
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "M",
    "G",
    "g",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "GU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw, last: Person | None) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AU": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "SN": lambda: (draw.sv_street(), "ADDRESS"),
        "ST": lambda: (draw.street(), "ADDRESS"),
        "st": lambda: (draw.street().lower(), "ADDRESS"),
        "a": lambda: (draw.lower_address(), "ADDRESS"),
        "FARM": lambda: (draw.village(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "POST": lambda: (draw.sv_postal(), "ADDRESS"),
        "AUK": lambda: (draw.uk_address(), "ADDRESS"),
        "AUKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "auk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "STUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(lines=r.random() < 0.2), "ADDRESS"),
        "STUS": lambda: (r.choice(US_STREETS), "ADDRESS"),
        "AX": lambda: (draw.eu_address(lines=r.random() < 0.15), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(last.woman if last else None), "NATIONAL_ID"),
        "PNRE": lambda: (draw.national_id(last.woman if last else None, born_by=1950), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(last.woman if last else None, old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}.{r.choice(('00', '15', '30'))}pm", f"{r.randrange(7, 12)}am", f"{r.randrange(8, 20)}:{r.choice(('00', '30'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 40)), None),
        "AMT": lambda: (f"{r.choice((600, 900, 1200, 1500, 1800, 2400))} kr", None),
        "FEE": lambda: (f"{r.choice((150, 200, 250, 300, 350, 400, 450))} kr", None),
        "PRICE": lambda: (str(r.randrange(60, 170, 5)), None),
        "GBP": lambda: (f"£{r.randrange(12, 120)}.{r.choice(('00', '50', '20', '95'))}", None),
        "USD": lambda: (f"${r.randrange(6, 20)}.{r.choice(('00', '50', '99'))}", None),
        "ORDER": lambda: (r.choice((f"#{r.randrange(10000, 99999)}", f"HB-{r.randrange(1000, 9999)}", f"nr {r.randrange(100, 9999)}", f"2027-{r.randrange(1, 999):03d}")), None),
        "MEMB": lambda: (str(r.randrange(100, 99999)), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "ORG": lambda: (f"802{r.randrange(400, 530)}-{r.randrange(1000, 9999)}", None),
        "DNR": lambda: (r.choice((f"{r.randrange(5000, 5999)}-K{r.randrange(10000, 999999)}-27", f"6.7.19-{r.randrange(1000, 99999):05d}/2027", f"{r.randrange(1000, 9999)}-2027")), None),
        "LOT": lambda: (f"L{r.randrange(24, 28)}/{r.randrange(1, 200):03d}", None),
        "HIVE": lambda: (f"{r.choice(('B', 'K', 'A', 'N', 'S'))}{r.randrange(1, 30)}", None),
        "MITE": lambda: (str(r.randrange(0, 45)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "TOWNUS": lambda: (r.choice(US_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "YEAR": lambda: (str(r.randrange(2019, 2028)), None),
        "FAST": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 80)}", None),
        "COORD": lambda: (f"N {r.randrange(6140000, 7600000)}, E {r.randrange(270000, 920000)} (SWEREF 99 TM)", None),
        "HONEY": lambda: (r.choice(HONEY), None),
        "HONEYEN": lambda: (r.choice(HONEY_EN), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    recent: Person | None = None
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
            base = base[:-1]
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            elif (
                base == "E" and not ref and recent is not None
            ):  # the address of the person named last
                person = recent
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            recent = person
            segments = person_segments(form, person, draw)
        else:
            segments = [filler(form, draw, recent)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """HF's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR_SHAPE = re.compile(r"^(\d{2})?(\d{6})([-+]?)(\d{4})$")


def pnr_valid(value: str) -> bool:
    match = PNR_SHAPE.match(value)
    if not match:
        return False
    digits = match.group(2) + match.group(4)
    return luhn(digits[:9]) == int(digits[9]) and 1 <= int(digits[2:4]) <= 12


def pnr_form(value: str) -> str:
    digits = sum(ch.isdigit() for ch in value)
    sep = "+" if "+" in value else "-" if "-" in value else ""
    return f"{digits} digits" + (f" with {sep}" if sep else " without a separator")


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of HF is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    pnr: Counter[str] = Counter()
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
                forms["one word in lower case"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
        forms["c/o before a name"] += text.count("c/o ")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = [key for key in MIXES["sv"] if not draw.origins[key]]
        print(f"origins in MIXES never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only."""
    problems: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    keys = {"id", "split", "lang", "text", "spans"}
    for row in rows:
        problems["row keys differ"] += set(row) != keys
        ids[row["id"]] += 1
        problems["split differs"] += row["split"] != SPLIT
        problems["unknown lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer invalid"] += not pnr_valid(value)
            end = stop
    problems["ids not unique"] += sum(n - 1 for n in ids.values())
    langs = Counter(row["lang"] for row in rows)
    problems["sizes differ"] += dict(langs) != SIZES
    print(
        f"checked {len(rows)} rows, {sum(len(row['spans']) for row in rows)} spans in {path.name}"
    )
    for name in sorted(problems):
        print(f"{name}: {problems[name]}")
    bad = sum(problems.values())
    print("no problems" if not bad else f"{bad} problems")
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        raise SystemExit(check(args.out))
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
