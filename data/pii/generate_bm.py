# ruff: noqa: E501
"""Generate held-out BM for personal-data detection (issue 15): names as the population has them,
the forty-fourth writer.

    python data/pii/generate_bm.py          # writes data/pii/generated-heldout-bm.jsonl
    python data/pii/generate_bm.py --stats  # counts only (sizes, kinds, forms, head/tail split)
    python data/pii/generate_bm.py --check  # counts only: offsets and check digits of the file

BM's names are drawn by how often people really carry them: every name word comes from
`names_bm.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of eighteen origins common in Sweden), 80% from the
head of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's
population is. The genres are everyday life with animals (`templates_bm.py`): Blocket and
Facebook ads for puppies, kittens and horses (for sale, for lease, `omplaceras`), neighbourhood
and dog-walking groups, family chat about pets, pet obituaries and memorial posts, pet insurance
mail and claim forms, breeders' waiting lists and litter announcements, vet reminders, clinic
invoices and receipts, riding-school letters and lesson lists, livery yard notices, agility and
trial results, dog daycare reports, cat-sitting and house-sitting agreements, lost-and-found
posts, pet passports and travel forms, animal-welfare complaints, British and American vet
letters and adoption follow-ups. Animals carry names people also carry, often alone in a
sentence; an animal's name is never a PERSON. Written by a helper who does not tune the
detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any error
listing nor any other set's names, templates or rows (it read `generate_aw.py` for the
mechanics only, the "Held-out AW" section of docs/privacy.md for the write-up, and the first line
of `generated-heldout-u.jsonl` for the row keys); BM was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
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

from names_bm import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bm import EN, MIXED, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270121
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bm.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head, tail or "-"
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every form; some are named after people, and are addresses all the same.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Linnégatan", "Götgatan",
    "Hornsgatan", "Odengatan", "Rådmansgatan", "Fabriksgatan", "Trädgårdsgatan", "Prästgatan",
    "Västra Hamngatan", "Norra Järnvägsgatan", "Apotekaregatan", "Bangårdsgatan", "S:t Eriksgatan",
    "S:t Larsgatan", "Östra Ringgatan", "Sveavägen", "Björkvägen", "Rönnvägen", "Syrenvägen",
    "Hasselvägen", "Lönnvägen", "Valhallavägen", "Ekebyvägen", "Klövervägen", "Vitsippsvägen",
    "Blåklintsvägen", "Hästhagsvägen", "Ridvägen", "Stallvägen", "Betesvägen", "Hagavägen",
    "Gamla Uppsalavägen", "Nya Tanneforsvägen", "Selma Lagerlöfs väg", "Carl Larssons väg",
    "Astrid Lindgrens gata", "Evert Taubes gata", "Ekorrsvängen", "Rävsvängen", "Hökesvängen",
    "Tjädersvängen", "Lärksvängen", "Björkallén", "Lindallén", "Slottsallén", "Kronoallén",
    "Villa allé", "Alnarps allé", "Kvarnbacken", "Kyrkbacken", "Solbacken", "Tallbacken",
    "Skolbacken", "Lerbäcks backe", "Blåbärsstigen", "Lingonstigen", "Ekorrstigen",
    "Humlestigen", "Smultronstigen", "Granstigen", "Stortorget", "Järntorget", "Fisktorget",
    "Kungstorget", "Gustav Adolfs torg", "Lilla torg", "Hötorget", "Centralplan", "Stationsplan",
    "Kyrkplan", "Lyckeplan", "Klostergårds plan", "Bagargränd", "Smedjegränd", "Skomakargränd",
    "Pilgränd", "Gåsgränd", "Klockgränd", "Solleden", "Hästskoslingan", "Fågelgången",
    "Hagtornsringen", "Skeppsbrokajen", "Strandpromenaden",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the writer's knowledge of the ranges).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 587), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Östersund", 831, 832), ("Falun", 791, 791), ("Kalmar", 392, 393),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Varberg", 432, 432),
    ("Nyköping", 611, 611), ("Visby", 621, 621), ("Kiruna", 981, 981), ("Enköping", 745, 745),
    ("Märsta", 195, 195), ("Vallentuna", 186, 186), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441),
    ("Ystad", 271, 271), ("Höör", 243, 243), ("Sala", 733, 733), ("Mora", 792, 792),
    ("Hudiksvall", 824, 824), ("Arvika", 671, 671), ("Falkenberg", 311, 311), ("Ängelholm", 262, 262),
    ("Mölndal", 431, 431), ("Nacka", 131, 131), ("Solna", 169, 171), ("Huddinge", 141, 141),
    ("Tyresö", 135, 135), ("Lidingö", 181, 181), ("Norrtälje", 761, 761), ("Åkersberga", 184, 184),
    ("Knivsta", 741, 741), ("Bålsta", 746, 746), ("Kumla", 692, 692), ("Strömsholm", 734, 734),
    ("Tomelilla", 273, 273), ("Sjöbo", 275, 275), ("Vimmerby", 598, 598), ("Åre", 837, 837),
)  # fmt: skip
# Rural addresses: a farm, hamlet or croft and its number.
RURAL = (
    "Ekeby gård", "Sörgården", "Lillängen", "Västra Tång", "Hagby", "Backa", "Brobacka", "Kvarnbo",
    "Ryd", "Mossebo", "Skogsbo", "Nybble", "Åkerby", "Tuna", "Myrby", "Västerby", "Lilla Hästhagen",
    "Ängsgården", "Torpet", "Stora Vik", "Norrby", "Hästängen", "Sandbäcken", "Gräsö",
)  # fmt: skip
UK_STREETS = (
    "Church Road", "Station Road", "Mill Lane", "Park Avenue", "Victoria Road", "Meadow Close",
    "Orchard Way", "Manor Drive", "The Crescent", "Kings Road", "Queens Gardens", "Bridle Lane",
    "Stable Mews", "Paddock Close", "Green Lane", "Chestnut Grove", "Hawthorn Drive", "New Road",
    "Windsor Terrace", "Albert Street",
)  # fmt: skip
UK_HOUSES = ("Meadow View", "The Stables", "Willow Barn", "Rose Cottage", "The Old Dairy", "Holly Lodge", "Keeper's Cottage", "Paddock End")  # fmt: skip
UK_TOWNS = (
    ("Newmarket", "CB8"), ("Lambourn", "RG17"), ("Guildford", "GU1"), ("Harrogate", "HG1"),
    ("Cheltenham", "GL50"), ("Taunton", "TA1"), ("Bath", "BA1"), ("Chester", "CH1"),
    ("Shrewsbury", "SY1"), ("Norwich", "NR2"), ("Reading", "RG1"), ("Leeds", "LS6"),
    ("Bristol", "BS6"), ("Manchester", "M20"), ("London", "SE22"), ("London", "N16"),
    ("Edinburgh", "EH10"), ("Glasgow", "G12"), ("Cardiff", "CF14"), ("Belfast", "BT9"),
    ("Stow-on-the-Wold", "GL54"), ("Hexham", "NE46"),
)  # fmt: skip
US_STREETS = ("Oak Street", "Maple Avenue", "Elm Drive", "Ridge Road", "Cedar Lane", "Lakeview Drive", "Sunset Boulevard", "Pine Street", "Horseshoe Bend Road", "Willow Creek Court", "County Road 14", "Main Street")  # fmt: skip
US_TOWNS = (("Asheville", "NC", 288), ("Lexington", "KY", 405), ("Ocala", "FL", 344), ("Boulder", "CO", 803), ("Austin", "TX", 787), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Saratoga Springs", "NY", 128), ("Bozeman", "MT", 597), ("Columbus", "OH", 432))  # fmt: skip
# Other countries' formats, with slots: {n} a house number, {m} a small number, {zW:L-H} a
# postcode of width W in L..H, {L2} two letters (a Dutch postcode's end).
ABROAD = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Am Reitplatz {n}, {z5:48143-48167} Münster",
    "{n} rue des Lilas, {z5:69001-69009} Lyon", "{n} chemin des Écuries, {z5:14000-14999} Caen",
    "Hestehagen {n}, {z4:1360-1399} Fornebu", "Storgata {n}, {z4:9008-9019} Tromsø",
    "Rideskolevej {n}, {z4:3400-3499} Hillerød", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki", "Strandvägen {n}, {z5:65100-65200} Vasa",
    "ul. Kwiatowa {n}/{m}, {z2:30-31}-{z3:100-999} Kraków", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "Paardenweg {n}, {z4:3511-3585} {L2} Utrecht", "Calle Mayor {n}, {m}º B, {z5:29600-29699} Marbella",
    "Via Garibaldi {n}, {z5:50121-50145} Firenze", "Hauptstraße {n}, {z4:5020-5071} Salzburg",
    "{n} Main Street, Dingle, Co. Kerry, V92 {L2}{z2:10-99}", "Pärnu mnt {n}-{m}, {z5:10141-10150} Tallinn",
    "Atatürk Cad. No:{n} D:{m}, {z5:34710-34718} Kadıköy/İstanbul", "Strada Florilor {n}, {z6:110000-110999} Pitești",
    "{n} Smith Street, Fitzroy VIC 3065", "{n} Maple Avenue, Toronto, ON M4E {m}A{m}",
    "99/{n} Moo {m}, Choeng Thale, Thalang, Phuket {z5:83110-83110}",
)  # fmt: skip
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se", "bredband.net", "hotmail.se"),
    "en": ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.com", "icloud.com", "aol.com", "comcast.net", "sky.com"),
}  # fmt: skip
WORK = ("djurklinik.se", "hastklinik.se", "ridskola.se", "kennel.nu", "hundcenter.se", "vetgroup.co.uk", "equinevets.co.uk", "petrescue.org", "animalhospital.com")  # fmt: skip
ORG_MAIL = ("info", "reception", "kundservice", "skador", "bokning", "kansliet", "claims", "hello", "adoptions")  # fmt: skip
ORG_DOMAINS = ("djurforsakring.se", "djurkliniken.nu", "ridskolan.se", "hunddagis.nu", "kennelklubb.se", "petinsure.co.uk", "vetgroup.co.uk", "rescue.org.uk", "animalhospital.com")  # fmt: skip
SV_AREA2 = ("08",)
SV_AREA3 = ("031", "040", "018", "013", "019", "021", "016", "054", "090", "060", "026", "035", "036", "042", "044", "046")  # fmt: skip
SV_AREA4 = ("0470", "0480", "0490", "0500", "0511", "0520", "0560", "0570", "0611", "0640", "0650", "0660", "0910", "0920", "0980", "0155", "0171", "0176", "0220", "0223", "0250", "0280", "0300", "0346", "0380", "0411", "0413", "0415", "0431", "0451", "0454")  # fmt: skip


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
    surname: list[Word]  # one or two words (a double name), or `bin` and a father's name
    middle: list[Word] = field(default_factory=list)
    joint: str = " "

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


class Draw:
    """Every value of BM from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.pnr: Counter[str] = Counter()
        self.lang = "sv"
        self.abroad: list[str] = []

    # -- names ---------------------------------------------------------------------------------
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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.06:  # Anna-Karin
            second = self.pick(pool)
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
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        elif key == "arabic" and not woman and roll < 0.08:  # a father's name after `bin`
            surname = [("bin", "-"), self.pick(origin.given_m)]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin", "romanian") and r.random() < 0.3:
            given = [(plain(w), p) for w, p in given]  # typed without its letters
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
            if part != "-":
                self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng

        def squash(text: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(text).lower())

        given, surname = squash(person.first), squash(person.surname[-1][0])
        pet = squash(r.choice(WORDS["DOG_F"] + WORDS["DOG_M"] + WORDS["CAT_F"]))
        local = r.choices(
            (f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
             f"{surname}.{given}", f"{given}_{surname}", f"{given}{r.randrange(60, 99)}", f"{pet}s.matte" if person.woman else f"{pet}s.husse",
             f"{given}.{pet}"),
            weights=(24, 10, 6, 8, 5, 5, 4, 3, 3),
        )[0]  # fmt: skip
        domains = MAIL["en" if self.lang == "en" else "sv"]
        return f"{local}@{r.choice(WORK if r.random() < 0.25 else domains)}"

    def org_email(self) -> str:
        r = self.rng
        return f"{r.choice(ORG_MAIL)}@{r.choice(ORG_DOMAINS)}"

    # -- numbers ---------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        m, d = "07" + r.choice("0023369"), self.digits(7)
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (2, f"{m}-{d[:3]}{d[3:5]}{d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d[:3]}{d[3:]}"), (1, f"{m}/{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            d = self.digits(8 if r.random() < 0.6 else 7)
            shapes = (f"08-{d[:3]} {d[3:6]} {d[6:]}" if len(d) == 8 else f"08-{d[:3]} {d[3:5]} {d[5:]}",
                      f"08{d}", f"08 {d[:3]} {d[3:]}", f"+46 8 {d[:3]} {d[3:]}", f"+468{d}")  # fmt: skip
        elif roll < 0.65:
            a, d = r.choice(SV_AREA3), self.digits(7 if r.random() < 0.4 else 6)
            shapes = (f"{a}-{d[:2]} {d[2:4]} {d[4:]}" if len(d) == 6 else f"{a}-{d[:3]} {d[3:5]} {d[5:]}",
                      f"{a}-{d}", f"{a} {d[:2]} {d[2:4]} {d[4:]}", f"+46 {a[1:]} {d[:3]} {d[3:]}", f"({a}) {d}")  # fmt: skip
        else:
            a, d = r.choice(SV_AREA4), self.digits(6 if r.random() < 0.6 else 5)
            shapes = (f"{a}-{d[:2]} {d[2:4]} {d[4:]}" if len(d) == 6 else f"{a}-{d[:3]} {d[3:]}",
                      f"{a}-{d}", f"{a} {d[:3]} {d[3:]}", f"{a}{d}", f"+46 {a[1:]} {d}")  # fmt: skip
        return r.choice(shapes)

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.68 else self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(3)
        return r.choice((
            f"07700 900{d}", f"07700 900 {d}", f"+44 7700 900{d}", f"+44 (0)7700 900{d}", f"07700900{d}",
            f"01632 960{d}", f"+44 1632 960{d}", f"020 7946 0{d}", f"+44 20 7946 0{d}", f"0113 496 0{d}", f"0044 7700 900{d}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(("828", "859", "352", "303", "512", "503", "608", "518", "406", "614"))
        d = f"01{self.digits(2)}"
        return r.choice((f"({area}) 555-{d}", f"{area}-555-{d}", f"+1 {area} 555 {d}", f"+1 ({area}) 555-{d}", f"{area}.555.{d}", f"1-{area}-555-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        if r.random() < 0.25:
            return self.phone_uk() if r.random() < 0.5 else self.phone_us()
        return r.choice((
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"+49 151 {d[:8]}", f"0049 172 {d[:7]}", f"+49 (0)30 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+353 87 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+40 7{d[:2]} {d[2:5]} {d[5:8]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
        ))  # fmt: skip

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        and rarely the `+` of someone past a hundred."""
        r = self.rng
        old = r.random() < 0.02
        year = r.randrange(1922, 1927) if old else r.randrange(1935, 2012)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.pnr["10 with +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            self.pnr["12 with hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            self.pnr["10 with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            self.pnr["12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.pnr["10 without"] += 1
        return f"{date}{serial}{check}"

    def orgnr(self) -> str:
        """A company's organisation number (third digit 2 or more): Luhn-valid, no person's."""
        body = f"55{self.rng.choice('6789')}{self.digits(6)}"
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    # -- addresses -------------------------------------------------------------------------------
    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self, number: bool = True) -> str:
        r = self.rng
        street = r.choice(SV_STREETS)
        if not number:
            return street
        street += f" {self.number()}"
        roll = r.random()
        if roll < 0.1:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 8):02d}"
        elif roll < 0.14:
            street += f", {r.randrange(1, 6)} tr"
        elif roll < 0.17:
            street += r.choice((" nb", " ög", ", 2 tr ög"))
        return street

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        roll = r.random()
        if roll < 0.7:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.85:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]} {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.07:
            out += ", Sverige"
        return out

    def rural(self) -> str:
        return f"{self.rng.choice(RURAL)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.rural() if rural else self.sv_street()
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        joint = r.choice((", ", "\n"))
        return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"

    def uk_street(self, number: bool = True) -> str:
        r = self.rng
        street = r.choice(UK_STREETS)
        if not number:
            return street
        roll = r.random()
        if roll < 0.2:
            return f"{r.choice(UK_HOUSES)}, {street}"
        if roll < 0.3:
            return f"Flat {r.randrange(1, 20)}, {r.randrange(1, 140)} {street}"
        return f"{r.randrange(1, 140)} {street}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, district = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{district} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = self.uk_street()
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_street(self, number: bool = True) -> str:
        r = self.rng
        street = r.choice(US_STREETS)
        if not number:
            return street
        out = f"{r.randrange(10, 9999)} {street}"
        if r.random() < 0.2:
            out += (
                f", {r.choice(('Apt', 'Unit', 'Apt.'))} {r.randrange(1, 40)}{r.choice(('', 'B'))}"
            )
        return out

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        joint = "\n" if lines else ", "
        return f"{self.us_street()}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 140)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEHKNPRTWX") + r.choice("ABCDEFHKNPRTWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p in lower case, U in capitals, F with a middle name, GG two given names,
    G/g the given name (sometimes its short form), N/n the short form where the name has one,
    S/s the surname, I initials and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU `SURNAME, GIVEN`, E an e-mail address, T a title (no value).
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    r = draw.rng
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
        else form
    )
    if base == "T":
        en = draw.lang == "en" or (draw.lang == "mixed" and r.random() < 0.5)
        if en:
            return [
                (
                    r.choice(("Mrs", "Ms", "Ms", "Miss", "Dr"))
                    if person.woman
                    else r.choice(("Mr", "Mr", "Dr")),
                    None,
                )
            ]
        return [(("fru" if person.woman else "herr") if r.random() < 0.7 else "dr", None)]
    if base == "E":
        draw.forms["e-mail"] += 1
        return [(draw.email(person), "EMAIL")]
    if base in ("F", "GG") and not person.middle:
        pool = ORIGINS[person.origin].given_f if person.woman else ORIGINS[person.origin].given_m
        middle = draw.pick(pool)
        if middle[0] != person.first:
            person.middle = [middle]
    middle = " ".join(w for w, _ in person.middle)
    if base in ("P", "p", "U"):
        words, value = person.given + person.surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
        draw.forms[{"P": "full name", "p": "lower case", "U": "capitals"}[base]] += 1
    elif base == "F":
        words = person.given + person.middle + person.surname
        value = " ".join(x for x in (person.first, middle, person.last) if x)
        draw.forms["full with middle name"] += 1
    elif base == "GG":
        words = person.given + person.middle
        value = " ".join(x for x in (person.first, middle) if x)
        draw.forms["two given names"] += 1
    elif base in ("G", "g", "N", "n"):
        words = person.given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
        draw.forms["given alone" if base in ("G", "N") else "lower case"] += 1
    elif base in ("S", "s"):
        words, value = person.surname, person.last.lower() if base == "s" else person.last
        draw.forms["surname alone" if base == "S" else "lower case"] += 1
    elif base == "I":
        words = person.surname
        initials = ".-".join(p[0] for p in person.first.split("-")) + "."
        if person.middle and r.random() < 0.25:
            initials += f" {person.middle[0][0][0]}."
        value = f"{initials} {person.last}"
        draw.forms["initials"] += 1
    elif base == "Gi":
        words = person.given
        value = f"{person.first} {person.surname[-1][0][0].upper()}."
        draw.forms["given and initial"] += 1
    elif base in ("R", "RU"):
        words, value = person.given + person.surname, f"{person.last}, {person.first}"
        value = value.upper() if base == "RU" else value
        draw.forms["Surname, Given" if base == "R" else "SURNAME, GIVEN"] += 1
    else:
        raise KeyError(form)
    draw.count(words)
    if "-" in person.first and any(w in person.given for w in words):
        draw.forms["hyphenated given name"] += 1
    if any(w[0] in value for w in person.surname):
        if len(person.surname) == 2 and person.surname[0][1] != "-":
            draw.forms["double surname"] += 1
        if re.match(r"(?i)(van|von|de|del|af|al|le|ap|bin)[ -]", person.last):
            draw.forms["particle"] += 1
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        draw.forms["genitive"] += 1
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "GG",
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
    "E",
    "T",
}
ANIMALS = {"DOG", "CAT", "HORSE", "PET"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


class Row:
    """The slots of one row: people and memoised values by their reference."""

    def __init__(self, draw: Draw) -> None:
        self.draw = draw
        self.people: dict[str, Person] = {}
        self.memo: dict[tuple[str, str], str] = {}
        self.used: set[str] = set()

    def animal(self, family: str, gender: str | None) -> str:
        r = self.draw.rng
        if family == "PET":
            family = r.choice(("DOG", "CAT"))
        sex = gender.upper() if gender else r.choice("FM")
        pool = WORDS[f"{family}_{sex}"]
        for _ in range(8):
            name = r.choice(pool)
            if name not in self.used:
                break
        self.used.add(name)
        return name

    def value(self, form: str, ref: str | None, gender: str | None) -> list[Segment]:
        draw, r = self.draw, self.draw.rng
        key = form.upper()
        if key in ANIMALS:
            memo = (key, ref) if ref else None
            if memo and memo in self.memo:
                name = self.memo[memo]
            else:
                name = self.animal(key, gender)
                if memo:
                    self.memo[memo] = name
            draw.forms["animal name (no value)"] += 1
            return [(name.lower() if form.islower() else name, None)]
        if form in WORDS:
            memo = (form, ref) if ref else None
            if memo and memo in self.memo:
                return [(self.memo[memo], None)]
            word = r.choice(WORDS[form])
            if memo:
                self.memo[memo] = word
            return [(word, None)]
        if form == "CO":  # c/o a person, then the address: two values, `c/o ` in neither
            person = draw.person(None)
            name = person_segments(r.choice(("P", "P", "S")), person, draw)
            joint = r.choice((", ", "\n"))
            draw.forms["c/o"] += 1
            return [
                ("c/o ", None),
                *name,
                (joint, None),
                (draw.sv_address(lines=joint == "\n"), "ADDRESS"),
            ]
        return [filler(form, draw)]


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    sv_months = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")  # fmt: skip
    en_months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip

    def chat(text: str) -> str:
        return text.lower()

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.sv_street(number=False), "ADDRESS"),
        "a": lambda: (chat(r.choice((draw.sv_street(), draw.sv_street(), draw.sv_street(number=False), draw.sv_address()))), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "STUK": lambda: (draw.uk_street(), "ADDRESS"),
        "STUKN": lambda: (draw.uk_street(number=False), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "STUS": lambda: (draw.us_street(), "ADDRESS"),
        "STUSN": lambda: (draw.us_street(number=False), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EO": lambda: (draw.org_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {sv_months[month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {en_months[month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{en_months[month - 1]} {day}, 2027", f"{day} {en_months[month - 1][:3]}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{'.' if lang == 'sv' else ':'}{r.choice(('00', '15', '30', '45'))}", None),
        "AGE": lambda: (str(r.randrange(2, 17)), None),
        "NUM": lambda: (str(r.randrange(2, 40)), None),
        "YEAR": lambda: (str(r.randrange(2004, 2020)), None),
        "AMT": lambda: (f"{r.randrange(180, 24000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(25, 2400)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(40, 3200)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"{r.randrange(40, 900)} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"S-{r.randrange(10000, 99999)}", f"#{r.randrange(1000, 9999)}-{r.randrange(10, 99)}")), None),
        "INV": lambda: (str(r.randrange(20000, 990000)), None),
        "POLICY": lambda: (r.choice((f"{draw.digits(2)}-{draw.digits(3)}-{draw.digits(4)}", f"{draw.digits(9)}", f"PP{draw.digits(8)}", f"MP-{draw.digits(7)}")), None),
        "CHIP": lambda: (r.choice((f"752098{draw.digits(9)}", f"752 098 {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}", f"826098{draw.digits(9)}", f"985 1{draw.digits(2)} {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}")), None),
        "PASS": lambda: (r.choice((f"SE {draw.digits(8)}", f"SE-{draw.digits(6)}", f"GB52{draw.digits(7)}")), None),
        "REG": lambda: (f"SE{r.randrange(10000, 99999)}/{r.randrange(2016, 2027)}", None),
        "UELN": lambda: (f"752004{draw.digits(3)}{r.choice('ABCDEFGHJK')}{draw.digits(5)}", None),
        "ORGNR": lambda: (draw.orgnr(), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "KG": lambda: (f"{r.randrange(3, 48)},{r.randrange(10)}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    row = Row(draw)
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        english = form.endswith("'")
        base = form.rstrip("'")
        known = PERSON_FORMS | ANIMALS | {k.lower() for k in ANIMALS} | set(WORDS)
        swedish = len(base) > 1 and base.endswith("s") and base not in known and base[:-1] in known
        if base in PERSON_FORMS or (swedish and base[:-1] in PERSON_FORMS):
            if ref and ref in row.people:
                person = row.people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    row.people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            segments = row.value(base[:-1] if swedish else base, ref, gender)
            if english or swedish:  # an animal's or a word's genitive: no value either way
                segments.append((genitive(segments[-1][0], english), None))
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BM's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bm-{len(rows) + 1:04d}", "split": "heldout-bm", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BM is printed."""
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
            elif span["kind"] == "ADDRESS":
                shapes["address over lines"] += "\n" in value
                shapes["address in lower case"] += value.islower()
                shapes["address with lgh"] += "lgh" in value
                shapes["address Box"] += value.startswith("Box")
                shapes["address with a postcode"] += bool(
                    re.search(r"\d{3} ?\d{2}|[A-Z]{1,2}\d{1,2} \d[A-Z]{2}|\d{4,6}", value)
                )
            elif span["kind"] == "PHONE":
                shapes["phone with + or 00"] += value.startswith(("+", "00"))
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    print("shapes: " + ", ".join(f"{k} {v}" for k, v in shapes.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.pnr.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> None:
    """Counts only: every span non-empty, in bounds, trimmed, sorted and apart; check digits."""
    rows = spans = problems = ids = valid = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            spans += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            if not (0 <= start < stop <= len(text)) or start < end or value != value.strip():
                problems += 1
            end = stop
            if span["kind"] == "NATIONAL_ID":
                ids += 1
                digits = re.sub(r"\D", "", value)[-10:]
                valid += len(digits) == 10 and luhn(digits[:9]) == int(digits[9])
    print(
        f"rows {rows}, spans {spans}, problems {problems}, personnummer {ids}, valid check digits {valid}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed while writing")
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
