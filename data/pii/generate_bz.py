# ruff: noqa: E501
"""Generate held-out bz for personal-data detection: names as the population has them, a
fifty-seventh writer; the genre is the vet's clinic and the pet insurer.

    python data/pii/generate_bz.py           # writes data/pii/generated-heldout-bz.jsonl
    python data/pii/generate_bz.py --stats   # counts only, writes nothing
    python data/pii/generate_bz.py --check   # checks the written file, counts only
    python data/pii/generate_bz.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

Every name word comes from `names_bz.py`'s weighted pools (SCB's ranks for Sweden, the US Census
1990 lists, the ONS rankings for the UK, the commonest names of the origins common in Sweden), 80%
from the head of a list and 20% from its tail, mixed by the row's language. The templates
(`templates_bz.py`) are the vet's clinic and everything around it: bookings and reminders, day and
theatre lists, journal notes, referrals, discharge notes, lab results, prescriptions, consent
forms, cremation orders, insurance claims and settlements, appeals, chip and ID registration,
breeders' certificates, grooming and kennels, staff rotas and staff chat. Animals carry names that
are also people's given names; they are never marked. Written by a helper who tunes nothing and
never ran the set through the detector. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_bz import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bz import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270134
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bz.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Stationsgatan",
    "Nygatan", "Torggatan", "Hantverkaregatan", "Sjögatan", "Bryggaregatan", "Östra Långgatan",
    "Industrivägen", "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen",
    "Ängsvägen", "Sjövägen", "Granvägen", "Ekvägen", "Åsvägen", "Byvägen", "Kvarnvägen",
    "Gamla Landsvägen", "Norra Vägen", "Älvvägen", "Fäbodvägen", "Prästgårdsvägen", "Mejerivägen",
    "Sågverksvägen", "Hamnvägen", "Skolvägen", "Tingsvägen", "Kopparsvängen", "Ängssvängen",
    "Vallsvängen", "Hagsvängen", "Kastanjeallé", "Hammarby allé", "Lindallén", "Björkallén",
    "Björkbacken", "Kvarnbacken", "Prästbacken", "Eriksbergs backe", "Solbacken", "Lärkstigen",
    "Blåbärsstigen", "Hagtornsstigen", "Ekorrstigen", "Stortorget", "Lilla torget", "Järntorget",
    "Tulpangränd", "Smedgränd", "Hantverkargränd", "Kyrkogränd", "Stationsplan", "Brunnsplan",
    "Mästarplan", "Hamnplan", "Strandvägen", "Sandvägen", "Furuvägen", "Rönnvägen", "Sjöbacken",
)  # fmt: skip
# Towns with the first three digits of their postcodes: cities and the country's small towns.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Örebro", 702, 705), ("Västerås", 721, 725), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Östersund", 831, 832), ("Falun", 791, 791),
    ("Kalmar", 392, 393), ("Luleå", 972, 975), ("Sundsvall", 852, 857), ("Halmstad", 302, 305),
    ("Norrtälje", 761, 761), ("Visby", 621, 621), ("Skellefteå", 931, 931), ("Varberg", 432, 432),
    ("Mora", 792, 792), ("Orsa", 794, 794), ("Rättvik", 795, 795), ("Sunne", 686, 686),
    ("Torsby", 685, 685), ("Ljusdal", 827, 827), ("Bollnäs", 821, 821), ("Sveg", 842, 842),
    ("Strömsund", 833, 833), ("Sollefteå", 881, 881), ("Kramfors", 872, 872), ("Vilhelmina", 912, 912),
    ("Arvidsjaur", 933, 933), ("Älmhult", 343, 343), ("Ljungby", 341, 341), ("Vimmerby", 598, 598),
    ("Hultsfred", 577, 577), ("Tranås", 573, 573), ("Åmål", 662, 662), ("Bengtsfors", 666, 666),
    ("Strömstad", 452, 452), ("Tomelilla", 273, 273), ("Sjöbo", 275, 275), ("Simrishamn", 272, 272),
    ("Ulricehamn", 523, 523), ("Hjo", 544, 544), ("Askersund", 696, 696), ("Sala", 733, 733),
    ("Östhammar", 742, 742), ("Trosa", 619, 619), ("Valdemarsvik", 615, 615), ("Åtvidaberg", 597, 597),
    ("Överkalix", 956, 956), ("Pajala", 984, 984), ("Haparanda", 953, 953), ("Hemse", 623, 623),
)  # fmt: skip
# Farm, croft and village names as rural addresses have them (`Norrgården 3`, `Byn 12`).
FARMS = (
    "Norrgården", "Sörgården", "Östergården", "Västergården", "Mellangården", "Nygården",
    "Backgården", "Lillgården", "Storgården", "Byn", "Övre Byn", "Nedre Byn", "Kvarnbyn",
    "Sörbyn", "Norrbyn", "Hagen", "Skogstorp", "Bergsäng", "Ekudden", "Lugnet", "Kullen",
    "Åkerby", "Lindsberg", "Mossen", "Tjärnäs", "Östansjö", "Västanvik", "Fäbodarna", "Nybygget",
    "Stensbo", "Björkås", "Hällan", "Sjötorp", "Lövnäs", "Granberget", "Ängsbacka",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Back Lane", "The Green",
    "Chapel Row", "Manor Farm Lane", "Main Street", "School Lane", "Orchard Close", "Bridge Street",
    "Market Place", "Victoria Road", "Moor Lane", "Kings Road", "Park Avenue", "Quarry Road",
)  # fmt: skip
UK_TOWNS = (
    ("Hexham", "NE"), ("Kendal", "LA"), ("Ludlow", "SY"), ("Thirsk", "YO"), ("Bakewell", "DE"),
    ("Truro", "TR"), ("Brecon", "LD"), ("Oban", "PA"), ("Keswick", "CA"), ("Norwich", "NR"),
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("London", "SW"), ("Inverness", "IV"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "Ivy Cottage", "The Old Forge", "Hill Farm", "Home Farm", "The Old Rectory", "Manor Farm", "Orchard House")  # fmt: skip
US_STREETS = ("Main Street", "County Road 12", "Oak Street", "Maple Avenue", "Mill Road", "Lake Shore Drive", "Ridge Road", "Farm Road 2", "Pine Street", "Church Street")  # fmt: skip
US_TOWNS = (("Bemidji", "MN", 566), ("Duluth", "MN", 558), ("Eau Claire", "WI", 547), ("Bozeman", "MT", 597), ("Burlington", "VT", 54), ("Fargo", "ND", 581), ("Portland", "ME", 41), ("Boise", "ID", 837))  # fmt: skip
EUROPE = (  # owners and clinics abroad: Norway, Finland, Ireland, Denmark
    "Storgata {n}, {z4:0150-0190} Oslo", "Kongens gate {n}, {z4:7011-7014} Trondheim",
    "Fjellveien {n} B, {z4:5019-5099} Bergen", "Gårdsvegen {n}, {z4:2600-2699} Lillehammer",
    "Elvegata {n}, {z4:9008-9019} Tromsø", "Mannerheimintie {n} A {m}, 00{z3:100-290} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Rantatie {n} B {m}, {z5:70100-70900} Kuopio",
    "Kirkkotie {n}, {z5:65100-65380} Vaasa", "Strandgatan {n}, 22{z3:100-150} Mariehamn",
    "{n} Main Street, Ennis, Co. Clare V95 {E4}", "{n} Patrick Street, Cork T12 {E4}",
    "Ardee Road, Dunleer, Co. Louth A92 {E4}", "{n} Church Road, Bray, Co. Wicklow A98 {E4}",
    "{n} Shop Street, Galway H91 {E4}", "Bygaden {n}, {z4:4000-4099} Roskilde",
    "Strandvejen {n}, {m}. tv., {z4:2900-2999} Hellerup",
)  # fmt: skip
MAIL_X = ("online.no", "gmail.com", "eircom.net", "hotmail.co.uk", "btinternet.com", "sky.com")
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com")  # fmt: skip
WORK = ("djurklinik.example.se", "example.se", "forsakring.example.se", "vets.example.co.uk", "example.com", "example.ie")  # fmt: skip


# Look-alikes of the genre (no value): animals with names that are also people's given names,
# pedigree names, breeds, drugs, clinics and insurers.
PETS = (
    "Molly", "Charlie", "Sixten", "Alfons", "Oscar", "Bella", "Maja", "Nova", "Kevin", "Ludde",
    "Sigge", "Milo", "Zelda", "Luna", "Loke", "Simba", "Tyson", "Bamse", "Rufus", "Frasse", "Doris",
    "Greta", "Lilly", "Ronja", "Nelson", "Otto", "Elsa", "Harry", "Bruno", "Max", "Sally", "Kajsa",
    "Smulan", "Misse", "Findus", "Gizmo", "Nala", "Coco", "Teddy", "Leia", "Stella", "Buster",
    "Alfie", "Poppy", "Daisy", "Rosie", "Archie", "Bailey", "Winston", "Svea", "Tussan", "Pluto",
    "Enzo", "Ebba", "Morris", "Nisse", "Selma", "Vilgot", "Pixie", "Texas", "Lady", "Pelle",
)  # fmt: skip
PEDIGREE = (
    "SE UCH Kennel Rosendal's Aurora", "NORD UCH Fjällvindens Bella Donna", "SE JCH Solstrålens Sixten",
    "Blåbärsskogens Ronja", "INT UCH Stjärnfallets Oscar Wilde", "Kennel Ängsmarkens Molly Malone",
    "SE VCH Havsbrisens Charlie Brown", "Skogsgläntans Nova", "C.I.B. Silverpilens Alfons Åberg",
    "Kennel Norrskenets Maja", "SE UCH Granbackens Kevin", "Lyckeboos Bamse",
)  # fmt: skip
BREEDS = (
    "labrador retriever", "golden retriever", "schäfer", "tax", "chihuahua", "cavalier king charles spaniel",
    "fransk bulldogg", "jämthund", "norrbottenspets", "border collie", "EKH", "maine coon", "ragdoll",
    "helig birma", "shetland sheepdog", "dvärgvädur", "islandshäst", "mops", "springer spaniel", "perser",
)  # fmt: skip
BREEDS_EN = (
    "Labrador", "Cocker Spaniel", "Border Collie", "Staffie", "Jack Russell", "Cockapoo", "Dachshund",
    "DSH cat", "British Shorthair", "Maine Coon", "Whippet", "Lurcher", "Golden Retriever", "Pug",
)  # fmt: skip
DRUGS = (
    "Metacam 1,5 mg/ml", "Rimadyl 50 mg", "Synulox 250 mg", "Clavaseptin 250 mg", "Vetmedin 5 mg",
    "Prednisolon 5 mg", "Apoquel 16 mg", "Cytopoint 20 mg", "Bravecto", "Simparica 40 mg",
    "Gabapentin 100 mg", "Tramadol 50 mg", "Onsior 20 mg", "Librela 10 mg", "Solensia", "Previcox 57 mg",
    "Cerenia 24 mg", "Convenia 80 mg/ml", "Dexdomitor 0,5 mg/ml", "Bupaq 0,3 mg/ml",
)  # fmt: skip
CLINICS = (
    "Djurkliniken Norr", "Smådjurskliniken Solsidan", "Anicura Djursjukhus", "Evidensia Djurklinik",
    "Blå Stjärnans Djursjukhus", "Bagarmossen Djurklinik", "Djurkliniken Väst", "Vetzoo",
    "Kattkliniken", "Hästkliniken Strömsholm", "Riverside Vets", "Oakfield Veterinary Practice",
    "Medivet", "Vets4Pets", "Village Vets", "Northgate Veterinary Hospital",
)  # fmt: skip
INSURERS = ("Agria", "Svedea", "Folksam", "Sveland", "Petplan", "ManyPets", "If", "Trygg-Hansa")


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
    """Every value of bz from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.05
        ):  # Anna-Karin, Karl-Johan
            second = (r.choices(pool.names[:40], weights=pool.weights[:40])[0], "head")  # Anna-Karin, Karl-Johan
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
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
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

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
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "23", "26"))
        area3 = r.choice(
            (
                "250",
                "280",
                "271",
                "380",
                "470",
                "480",
                "492",
                "495",
                "520",
                "560",
                "570",
                "611",
                "640",
                "651",
                "660",
                "680",
                "695",
                "910",
                "920",
                "921",
                "926",
                "940",
                "950",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+47 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}",
            f"040 {d[:3]} {d[3:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"07{d[:3]} {d[3:9]}", f"01539 {d[:6]}",
            f"+44 (0)1434 {d[:6]}", f"0044 1865 {d[:6]}", f"020 7{d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}", f"+353 (0)65 {d[:3]} {d[3:7]}",
            f"021 {d[:3]} {d[3:7]}", f"+1 (218) 555-0{d[:3]}", f"(406) 555-0{d[:3]}",
            f"+49 171 {d[:7]}", f"+46 70 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
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

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[20:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def farm(self) -> str:
        return f"{self.rng.choice(FARMS)} {self.rng.randrange(1, 240)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.4
        street = self.farm() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.05:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.5)}"
        if roll < 0.7:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 120)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False, deck: tuple[str, ...] | None = None) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if deck:  # one country's formats
            out = r.choice(deck)
        else:
            if not self.europe:  # a shuffled deck: every format before any comes again
                self.europe = list(EUROPE)
                r.shuffle(self.europe)
            out = self.europe.pop()
        out = out.replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{E4}", r.choice("ACDEFHKNPRTVWXY") + f"{r.randrange(10)}" + r.choice("ACDEFHKNPRTVWXY") + f"{r.randrange(10)}")
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
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
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    digits = draw.digits
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.farm())) if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(6, 19)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(250, 68000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "M3": lambda: (str(r.randrange(12, 900)), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "PLATS": lambda: (str(r.randrange(1, 140)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PET": lambda: (r.choice(PETS), None),
        "PED": lambda: (r.choice(PEDIGREE), None),
        "BREED": lambda: (r.choice(BREEDS_EN if en else BREEDS), None),
        "CHIP": lambda: (r.choice((f"752098{digits(9)}", f"752 098 {digits(3)} {digits(3)} {digits(3)}", f"9{digits(2)}0000{digits(8)}", f"826098{digits(9)}")), None),
        "DRUG": lambda: (r.choice(DRUGS), None),
        "KG": lambda: (f"{r.randrange(2, 48)}{'.' if en else ','}{r.randrange(10)} kg", None),
        "INS": lambda: (r.choice(INSURERS), None),
        "POL": lambda: (r.choice((f"{digits(7)}-{digits(1)}", f"PP{digits(8)}", f"{digits(3)} {digits(3)} {digits(3)}")), None),
        "CLAIM": lambda: (r.choice((f"S-2027-{digits(6)}", f"{digits(8)}", f"CL-{digits(6)}")), None),
        "JNR": lambda: (r.choice((f"2027-{digits(5)}", f"J{digits(6)}", f"#{digits(5)}")), None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{digits(3)}-{digits(4)}", None),
        "OCR": lambda: (digits(r.randrange(10, 17)), None),
        "BG": lambda: (f"{digits(r.choice((3, 4)))}-{digits(4)}", None),
        "INV": lambda: (str(r.randrange(100000, 9999999)), None),
        "SKK": lambda: (f"SE{r.randrange(10000, 69999)}/20{r.randrange(15, 27)}", None),
        "CLINIC": lambda: (r.choice(CLINICS[10:] if en else CLINICS[:10] if draw.lang == "sv" else CLINICS), None),
        "WK": lambda: (str(r.randrange(1, 53)), None),
        "ANO": lambda: (draw.eu_address(deck=EUROPE[:5]), "ADDRESS"),
        "AFI": lambda: (draw.eu_address(deck=EUROPE[5:10]), "ADDRESS"),
        "AIE": lambda: (draw.eu_address(deck=EUROPE[10:15]), "ADDRESS"),
        "PHNO": lambda: (r.choice((f"+47 {r.choice('49')}{digits(2)} {digits(2)} {digits(3)}", f"0047 {r.choice('49')}{digits(7)}", f"{r.choice('49')}{digits(2)} {digits(2)} {digits(3)}")), "PHONE"),
        "PHFI": lambda: (r.choice((f"+358 40 {digits(3)} {digits(4)}", f"040 {digits(3)} {digits(4)}", f"+358 50 {digits(7)}")), "PHONE"),
        "PHIE": lambda: (r.choice((f"+353 87 {digits(3)} {digits(4)}", f"087 {digits(3)} {digits(4)}", f"+353 (0)65 {digits(3)} {digits(4)}")), "PHONE"),
        "MAILC": lambda: (f"{r.choice(('reception', 'info', 'bokning', 'remiss', 'skador', 'claims', 'kundservice'))}@{r.choice(WORK)}", "EMAIL"),
    }  # fmt: skip
    if form not in values and form[:-1] in values:  # an animal's or a firm's genitive: no value
        value, kind = values[form[:-1]]()
        if form.endswith("'"):
            return value + ("'" if value.endswith("s") else "'s"), kind
        return value + ("" if value[-1] in "sxz" else "s"), kind
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    things: dict[str, str] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if form == "CO":  # `c/o` outside, the name after it its own PERSON, the address from the street
            person = draw.person(None)
            joint = "\n" if draw.rng.random() < 0.4 else ", "
            segments = [("c/o ", None), *person_segments(draw.rng.choice(("P", "P", "S")), person, draw), (joint, None),
                        (draw.sv_address(lines=joint == "\n", rural=False), "ADDRESS")]  # fmt: skip
        elif base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            thing = form.rstrip("'")
            thing = thing[:-1] if thing.endswith("s") and thing[:-1] in ("PET", "CLINIC") else thing
            if ref:  # the same animal again (`{PET#2}` ... `{PETs#2}`), its genitive as asked
                if f"{thing}#{ref}" not in things:
                    things[f"{thing}#{ref}"] = filler(thing, draw)[0]
                value, tail = things[f"{thing}#{ref}"], form[len(thing):]
                if tail == "'":
                    value += "'" if value.endswith("s") else "'s"
                elif tail == "s":
                    value += "" if value[-1] in "sxz" else "s"
                segments = [(value, None)]
            else:
                segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """bz's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bz-{len(rows) + 1:04d}", "split": "heldout-bz", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of bz is printed."""
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
                forms["address after c/o"] += "c/o" in text[max(0, span["start"] - 60) : span["start"]]
                forms["address Box"] += value.startswith("Box")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> None:
    """Checks the written file; prints counts only."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    problems: Counter[str] = Counter()
    spans_seen = 0
    ids = set()
    for row in rows:
        text, spans = row["text"], row["spans"]
        ids.add(row["id"])
        end = 0
        for span in spans:
            spans_seen += 1
            a, b = span["start"], span["end"]
            if not 0 <= a < b <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[a:b]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if a < end:
                problems["unsorted or overlapping"] += 1
            end = b
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["unknown kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                digits = digits[2:] if len(digits) == 12 else digits
                if len(digits) != 10 or not digits.isdigit() or luhn(digits[:9]) != int(digits[9]):
                    problems["personnummer check digit"] += 1
    if len(ids) != len(rows):
        problems["duplicate id"] += 1
    print(f"checked {len(rows)} rows, {spans_seen} spans: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "no problems"))
    if problems:
        sys.exit(1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed; the set is SEED")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
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
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
