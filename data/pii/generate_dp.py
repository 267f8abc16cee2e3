# ruff: noqa: E501
"""Generate held-out DP for personal-data detection (issue 15): names as the population has them,
the ninety-ninth writer. Every name word comes from `names_dp.py`'s weighted pools (SCB's ranks
for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the commonest names of
the origins common in Sweden: Finnish, Arabic and Assyrian/Syriac, Somali, Polish, Persian,
Bosnian/Serbian/Croatian, Turkish, Eritrean, Afghan, Thai, Latin American, Kurdish, Ukrainian,
Indian, Chinese, Vietnamese and Greek), 80% from the head of a list and 20% from its tail, mixed
by the language of the row. Written by a helper who does not tune the detector and who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector, its lexicons, tests or any other set's names,
templates or rows. DP was never run through the detector by its writer and its names were not
checked against anything in the repository. The genre (`templates_dp.py`): restaurants,
catering, cafés and food delivery (bookings, catering orders and invoices, couriers' chats,
staff rotas and chats, personalliggare, contracts, job applications, food-safety inspections,
school special diets, meals on wheels, reviews, cake orders), in Swedish, English and mixed text.

    python data/pii/generate_dp.py            # writes data/pii/generated-heldout-dp.jsonl
    python data/pii/generate_dp.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dp.py --check    # checks the written file, prints counts only
    python data/pii/generate_dp.py --seed 7 --out /tmp/dp7.jsonl   # a scratch seed

Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_dp import HEAD_SHARE, HYPHENATED, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dp import DAYS, EN, MIXED, MONTHS, NEGATIVES, RESTAURANTS, SV  # noqa: E402

SEED = 20270176
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dp.jsonl"
SPLIT = "heldout-dp"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, city streets and suburban ones.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Götgatan", "Hornsgatan", "Linnégatan",
    "Södra Förstadsgatan", "Västra Hamngatan", "Östra Larmgatan", "Bergsgatan", "Tullgatan", "Hamngatan",
    "Norra Strandgatan", "Köpmangatan", "Nygatan", "Kyrkogatan", "Skolgatan", "Järnvägsgatan",
    "Stationsgatan", "Birger Jarlsgatan", "Olof Palmes gata", "Sankt Eriksgatan", "Tegnérgatan",
    "Döbelnsgatan", "Engelbrektsgatan", "Fiskargatan", "Bryggargatan", "Mjölnaregatan", "Prästgatan",
    "Sveavägen", "Karlavägen", "Valhallavägen", "Ringvägen", "Björkvägen", "Tallvägen", "Lönnvägen",
    "Rönnvägen", "Ekvägen", "Industrivägen", "Skogsvägen", "Sjövägen", "Villavägen", "Parkvägen",
    "Idrottsvägen", "Kvarnvägen", "Gamla Vägen", "Bagarvägen", "Mejerivägen", "Kopparsvängen",
    "Lärksvängen", "Ekorrsvängen", "Solsvängen", "Kastanjeallén", "Lindallén", "Parkallén",
    "Slottsallén", "Sofielunds allé", "Solbacken", "Kvarnbacken", "Klockarbacken", "Ekbacken",
    "Mölnbacka backe", "Lärkstigen", "Blåbärsstigen", "Smultronstigen", "Skogsstigen", "Stortorget",
    "Lilla torget", "Fisktorget", "Gustav Adolfs torg", "Möllevångstorget", "Kungstorget", "Järntorget",
    "Brunnsplan", "Stationsplan", "Centralplan", "Kyrkplan", "Bagargränd", "Kyrkogränd", "Smedjegränd",
    "Packhusgränd", "Tunnbindaregränd", "Strandkajen", "Skeppsbrokajen", "Norra Kajen", "Hamnkajen",
    "Västra Kajen", "Stenpiren",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 701, 705), ("Västerås", 721, 725), ("Helsingborg", 251, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 901, 907), ("Lund", 222, 227),
    ("Borås", 502, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 633),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 351, 355),
    ("Halmstad", 302, 305), ("Luleå", 971, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 391, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Landskrona", 261, 261), ("Nyköping", 611, 611),
    ("Varberg", 432, 432), ("Visby", 621, 621), ("Ystad", 271, 271), ("Kiruna", 981, 981),
    ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871), ("Enköping", 745, 745),
    ("Märsta", 195, 195), ("Nacka", 131, 131), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Huddinge", 141, 141), ("Lerum", 443, 443), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441),
    ("Mölndal", 431, 431), ("Katrineholm", 641, 641), ("Ängelholm", 262, 262), ("Trelleborg", 231, 231),
)  # fmt: skip
# Small towns whose countryside has postcodes ending in 9x, and villages and farms addressed by name.
SV_RURAL = (
    ("Tomelilla", 273), ("Sjöbo", 275), ("Ljusdal", 827), ("Orsa", 794), ("Mora", 792), ("Sunne", 686),
    ("Vimmerby", 598), ("Hjo", 544), ("Falköping", 521), ("Tranås", 573), ("Alvesta", 342),
    ("Älmhult", 343), ("Ulricehamn", 523), ("Östhammar", 742), ("Heby", 744), ("Sala", 733),
    ("Bollnäs", 821), ("Hudiksvall", 824), ("Åre", 837), ("Krokom", 835), ("Storuman", 923),
    ("Lycksele", 921), ("Kalix", 952), ("Gnosjö", 335), ("Vara", 534), ("Simrishamn", 272),
    ("Båstad", 269), ("Höör", 243), ("Laholm", 312),
)  # fmt: skip
VILLAGES = (
    "Östra Byn", "Västanå", "Lilla Mölla", "Sörby", "Bäckaskog", "Norrbyn", "Hultet", "Stora Ek",
    "Bjärka", "Skogsberg", "Sjöängen", "Mossebo", "Nybygget", "Långby", "Ödegården", "Kvarntorp",
    "Björkhaga", "Lövåsen", "Åsbacka", "Ängstorp",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "King Street",
    "Queen Street", "Market Street", "Mill Lane", "Elm Grove", "The Crescent", "Albert Road",
    "Green Lane", "North Road", "London Road", "Manor Road", "Grange Road", "Chapel Street",
    "Bridge Street", "Castle Street", "Broad Street", "Windsor Road", "Orchard Close", "Meadow View",
    "Beech Avenue", "Oak Drive", "Cedar Close", "Wellington Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", ("E1", "E8", "N1", "N16", "SE1", "SE15", "SW4", "SW11", "W1", "NW1")),
    ("Manchester", ("M1", "M4", "M14", "M20")), ("Birmingham", ("B1", "B5", "B13")),
    ("Leeds", ("LS1", "LS6", "LS10")), ("Bristol", ("BS1", "BS6")), ("Edinburgh", ("EH1", "EH3", "EH6")),
    ("Glasgow", ("G1", "G12", "G41")), ("Cardiff", ("CF10", "CF24")), ("Brighton", ("BN1", "BN2")),
    ("York", ("YO1", "YO31")), ("Bath", ("BA1", "BA2")), ("Cambridge", ("CB1", "CB2")),
    ("Oxford", ("OX1", "OX4")), ("Liverpool", ("L1", "L8", "L17")), ("Newcastle upon Tyne", ("NE1", "NE6")),
    ("Norwich", ("NR1", "NR2")), ("Belfast", ("BT1", "BT9")), ("Sheffield", ("S1", "S10")),
    ("Nottingham", ("NG1", "NG7")),
)  # fmt: skip
UK_HOUSES = ("The Old Bakery", "Rose Cottage", "The Granary", "Mill House", "The Coach House", "Orchard View", "Bramble Cottage")  # fmt: skip
UK_UNITS = ("Riverside Industrial Estate", "Canal Side Business Park", "Station Yard", "Brunswick Trading Estate")  # fmt: skip
US_STREETS = (
    "Elm Street", "Oak Avenue", "Maple Drive", "W 4th Street", "Main Street", "Lake Street",
    "Pine Street", "Washington Avenue", "Franklin Avenue", "Broadway", "Bedford Avenue",
    "Mission Street", "Congress Avenue", "Division Street", "Hawthorne Boulevard", "Grand Avenue",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Austin", "TX", 787),
    ("Portland", "OR", 972), ("Brooklyn", "NY", 112), ("Boston", "MA", 21), ("Denver", "CO", 802),
    ("San Francisco", "CA", 941), ("Madison", "WI", 537), ("Duluth", "MN", 558), ("Ann Arbor", "MI", 481),
)  # fmt: skip
# European (and one Thai) formats: {n} a number, {m} a small one, {zW:low-high} a code of W digits.
EUROPE = (
    "Bergmannstraße {n}, {z5:10961-10999} Berlin", "Schanzenstraße {n}, {z5:20357-20357} Hamburg",
    "Leopoldstraße {n}, {z5:80802-80809} München", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} rue Oberkampf, {z5:75011-75011} Paris", "Mannerheimintie {n} B {m}, {z5:00100-00260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo",
    "Jægersborggade {n}, {m}. th., {z4:2200-2200} København N", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:500-699} Warszawa", "ul. Floriańska {n}, 31-{z3:019-021} Kraków",
    "Calle de Atocha {n}, {m}º B, 280{z2:12-14} Madrid", "Carrer de Mallorca {n}, 080{z2:08-37} Barcelona",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via del Corso {n}, 00186 Roma",
    "Via Toledo {n}, {z5:80132-80134} Napoli", "Odos Ermou {n}, 105 {z2:51-63} Athina",
    "Rua Augusta {n}, 1100-{z3:048-053} Lisboa", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "Telliskivi {n}, {z5:10412-10412} Tallinn",
    "{n}/{m} Sukhumvit Soi {m}, Khlong Toei, Bangkok {z5:10110-10110}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.se", "hotmail.se", "bredband2.com", "spray.se")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "aol.com", "proton.me")  # fmt: skip
WORK = ("example.se", "mat.example.se", "catering.example.se", "kommun.example.se", "example.com", "example.org")  # fmt: skip
WORK_EN = ("example.com", "example.org", "example.co.uk", "mail.example.co.uk", "example.net")  # fmt: skip
FIRM_LOCAL = {
    "sv": ("bokning", "info", "catering", "order", "kontakt", "hej", "event", "kok", "jobb", "faktura", "kundtjanst"),
    "en": ("bookings", "hello", "info", "events", "orders", "catering", "accounts", "jobs", "kitchen"),
}  # fmt: skip
DISTRICTS = ("Södermalm", "Vasastan", "Haga", "Majorna", "Möllevången", "Västra Hamnen", "Kungsholmen", "Östermalm", "Frölunda", "Hammarby sjöstad")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(text).lower())


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
    """Every value of DP from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}
        self.rest: str | None = None  # the restaurant a row has named, for its e-mail addresses

    def deal(self, name: str, cards: tuple[str, ...]) -> str:
        """A card from a shuffled deck: every card before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(cards)
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE or pool.head >= len(pool.names) else "tail"
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
        if key in HYPHENATED and r.random() < 0.05:  # Anna-Karin, Karl-Erik
            given = [self.pick(HYPHENATED[key][0 if woman else 1])]
        else:
            given = [self.pick(pool)]
        middle: list[Word] = []
        own = origin.middle_f if woman else origin.middle_m
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "vietnamese": 0.6}.get(key, 0.05):
            middle = [self.pick(own or pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
        if woman and key in ("polish", "greek"):
            surname = [(feminine(w, key), p) for w, p in surname]
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
        given = slug(person.first)
        surname = slug(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        if r.random() < 0.35:
            domain = r.choice(WORK_EN if self.lang == "en" else WORK)
        else:
            domain = r.choice(MAIL_EN if self.lang == "en" else MAIL)
        return f"{local}@{domain}"

    def firm_email(self) -> str:
        r = self.rng
        english = self.lang == "en" or (self.lang == "mixed" and r.random() < 0.4)
        name = self.rest or r.choice(RESTAURANTS["en" if english else "sv"])
        english = name in RESTAURANTS["en"]
        host = slug(re.sub(r"^(The|Restaurang|Café|Konditori|Pizzeria|Bistro|Krogen) ", "", name))
        tld = r.choice((".co.uk", ".com")) if english else r.choice((".se", ".se", ".nu", ".com"))
        return f"{r.choice(FIRM_LOCAL['en' if english else 'sv'])}@{host}{tld}"

    def restaurant(self, lang: str) -> str:
        self.rest = self.deal(f"restaurants {lang}", RESTAURANTS[lang])
        return self.rest

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish person's number, mobile mostly, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        if mobile or r.random() < 0.8:
            shapes = (
                (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
                (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
                (3, f"{m}-{d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
                (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
                (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
                (1, f"0046{m[1:]}{d}"),
            )  # fmt: skip
        else:
            e = self.digits(8)
            area2 = r.choice(
                (
                    "31",
                    "40",
                    "18",
                    "13",
                    "19",
                    "21",
                    "16",
                    "36",
                    "46",
                    "54",
                    "60",
                    "63",
                    "90",
                    "35",
                    "26",
                    "23",
                )
            )
            area3 = r.choice(
                ("911", "920", "480", "470", "455", "498", "510", "651", "620", "240", "300", "413")
            )
            shapes = (
                (5, f"08-{e[:3]} {e[3:6]} {e[6:]}"), (3, f"08-{e[:2]} {e[2:4]} {e[4:6]}"), (3, f"08-{e[:3]} {e[3:5]} {e[5:7]}"),
                (2, f"08 {e[:3]} {e[3:6]} {e[6:]}"), (1, f"+46 8 {e[:3]} {e[3:6]} {e[6:]}"),
                (5, f"0{area2}-{e[:2]} {e[2:4]} {e[4:6]}"), (3, f"0{area2}-{e[:3]} {e[3:5]} {e[5:7]}"),
                (1, f"+46 {area2} {e[:2]} {e[2:4]} {e[4:6]}"), (4, f"0{area3}-{e[:3]} {e[3:5]}"),
                (2, f"0{area3}-{e[:2]} {e[2:4]} {e[4:6]}"), (1, f"0{area3}{e[:6]}"),
            )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an office's Swedish number: switchboards, 010, 0771 and 020 numbers."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"08-{d[:3]} {d[3:6]} {d[6:]}",
            f"08-{d[:2]} {d[2:4]} {d[4:6]}", f"031-{d[:2]} {d[2:4]} {d[4:6]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
            f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"0{r.choice(('13', '19', '21', '36', '90'))}-{d[:3]} {d[3:5]} {d[5:7]}",
            f"07{r.choice('0236')}-{d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 4{d[:2]} {d[2:4]} {d[4:7]}", f"9{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"20 {d[:2]} {d[2:4]} {d[4:6]}", f"+358 40 {d[:3]} {d[3:7]}", f"050-{d[:3]} {d[3:7]}",
            f"+49 171 {d[:7]}", f"0171 {d[:7]}", f"030 {d[:8]}", f"+49 (0)30 {d[:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 333 {d[:3]} {d[3:7]}",
            f"34{d[:1]} {d[1:8]}", f"+31 6 {d[:8]}", f"06-{d[:8]}", f"+48 5{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 6{d[:2]}-{d[2:5]}-{d[5:8]}", f"+30 69{d[:1]} {d[1:4]} {d[4:8]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"08{d[:1]}-{d[1:4]}-{d[4:8]}", f"+84 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"0532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+351 912 {d[:3]} {d[3:6]}",
            f"+380 67 {d[:3]} {d[3:7]}", f"00358 9 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"07{d[:3]} {d[3:]}{self.digits(3)}",
            f"07{d[:3]} {d[3:6]} {self.digits(3)}", f"0117 496 0{d[:3]}", f"+44 117 496 0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            ("612", "206", "312", "512", "503", "718", "617", "303", "415", "608", "734")
        )
        d = self.digits(2)
        shapes = (f"({area}) 555-01{d}", f"{area}-555-01{d}", f"+1 {area} 555 01{d}", f"{area}.555.01{d}", f"1-{area}-555-01{d}")  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit; `old`: someone of 75 to 103, `+` past a hundred;
        `child`: a pupil."""
        r = self.rng
        if old:  # meals on wheels: mostly in their eighties and nineties, some past a hundred
            year = r.randrange(1921, 1928) if r.random() < 0.25 else r.randrange(1928, 1948)
        else:
            year = r.randrange(2013, 2017) if child else r.randrange(1955, 2011)
        month = r.randrange(1, 13)
        date = f"{year % 100:02d}{month:02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old and year <= 1927 and r.random() < 0.8:
            self.forms["personnummer +"] += 1
            return f"{date}+{serial}{check}"
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
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        return self.postal_form(code, town)

    def postal_form(self, code: str, town: str) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.93:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.07:
            out += ", Sverige"
        return out

    def rural(self, lines: bool = False) -> str:
        r = self.rng
        town, prefix = r.choice(SV_RURAL)
        place = r.choice(VILLAGES)
        place = f"{place} {r.randrange(1, 60)}" if r.random() < 0.85 else f"{place} gård"
        code = f"{prefix}{r.randrange(90, 100)}"
        return f"{place}{chr(10) if lines else ', '}{self.postal_form(code, town)}"

    def sv_address(self, lines: bool = False, kind: str | None = None) -> str:
        """A Swedish address: street and number, now and then a flat (`lgh`) or floor (`tr`)."""
        r = self.rng
        if kind is None:
            kind = r.choices(("plain", "lgh", "tr", "rural"), weights=(62, 14, 8, 16))[0]
        if kind == "rural":
            return self.rural(lines)
        street = self.street()
        if kind == "lgh":
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif kind == "tr":
            street += f", {r.randrange(1, 7)} tr"
            if r.random() < 0.3:
                street += f", uppg. {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{self.postal()}"

    def box(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        return f"Box {r.randrange(10, 9999)}{chr(10) if r.random() < 0.2 else ', '}{self.postal_form(code, town)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{r.choice(areas)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        roll = r.random()
        if roll < 0.15:
            parts = [r.choice(UK_HOUSES), r.choice(UK_STREETS)]
        elif roll < 0.3:
            parts = [f"Flat {r.randrange(1, 20)}", f"{r.randrange(1, 200)} {r.choice(UK_STREETS)}"]
        elif roll < 0.37:
            parts = [f"Unit {r.randrange(1, 30)}", r.choice(UK_UNITS)]
        else:
            parts = [f"{r.randrange(1, 200)} {r.choice(UK_STREETS)}"]
        if lines:
            return "\n".join([*parts, town, code])
        return ", ".join(parts) + f", {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        unit = f"{r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(1, 40)}{r.choice(('', 'A', 'B'))}".replace("# ", "#") if r.random() < 0.35 else ""  # fmt: skip
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        if lines:
            return "\n".join(p for p in (street, unit, tail) if p)
        return ", ".join(p for p in (street, unit, tail) if p)

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deal("europe", EUROPE).replace("{n}", str(r.randrange(1, 160)), 1)
        out = out.replace("{n}", str(r.randrange(1, 160))).replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with a middle name, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU/GU
    surname/given name in capitals, I an initial and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s`
    asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words = surname
        value = (
            person.last.lower()
            if base == "s"
            else person.last.upper()
            if base == "SU"
            else person.last
        )
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
    draw.forms[f"form {base}"] += 1
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


def c_o(draw: Draw, lines: bool) -> list[Segment]:
    """`c/o Name` (the name its own PERSON, `c/o` outside), then the address it goes to."""
    r = draw.rng
    draw.forms["c/o"] += 1
    host = draw.person(None)
    segments = [("c/o ", None), *person_segments("P" if r.random() < 0.7 else "S", host, draw)]
    if draw.lang == "en":
        address = draw.uk_address(lines=lines)
    else:
        address = draw.sv_address(lines=lines, kind="lgh" if r.random() < 0.3 else "plain")
    return [*segments, ("\n" if lines else ", ", None), (address, "ADDRESS")]


def filler(form: str, draw: Draw) -> list[Segment]:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(kind=r.choice(("plain", "lgh", "rural"))).upper(), "ADDRESS"),
        "a": lambda: ((draw.street() if r.random() < 0.35 else draw.sv_address(kind=r.choice(("plain", "plain", "lgh", "tr")))).lower(), "ADDRESS"),
        "AR": lambda: (draw.rural(), "ADDRESS"),
        "ARL": lambda: (draw.rural(lines=True), "ADDRESS"),
        "ST": lambda: (draw.street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "LGH": lambda: (draw.sv_address(kind="lgh"), "ADDRESS"),
        "LGHL": lambda: (draw.sv_address(lines=True, kind="lgh"), "ADDRESS"),
        "TR": lambda: (draw.sv_address(kind="tr"), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "UK": lambda: (draw.uk_address(), "ADDRESS"),
        "UKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "UKC": lambda: (draw.uk_address().upper(), "ADDRESS"),
        "uk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "US": lambda: (draw.us_address(), "ADDRESS"),
        "USL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "EU": lambda: (draw.eu_address(), "ADDRESS"),
        "EUL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "STNUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "STNUS": lambda: (r.choice(US_STREETS), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 22)}.{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}:{r.choice(('00', '15', '30', '45'))}{r.choice(('pm', 'am', ' pm'))}", f"{r.randrange(7, 23)}:{r.choice(('00', '15', '30', '45'))}")), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "MONTH": lambda: (f"{MONTHS['sv'][month - 1]} 2027", None),
        "NUM": lambda: (str(r.randrange(12, 190)), None),
        "PAX": lambda: (str(r.choice((2, 2, 3, 4, 4, 5, 6, 8, 10, 12))), None),
        "PAXB": lambda: (str(r.choice((15, 20, 25, 30, 35, 40, 50, 60, 80, 120, 150))), None),
        "BORD": lambda: (str(r.randrange(1, 40)), None),
        "PORT": lambda: (str(r.randrange(1000, 9999)), None),
        "AMT": lambda: (f"{int(math.exp(r.uniform(math.log(1500), math.log(60000)))):,} kr".replace(",", " "), None),
        "AMTS": lambda: (f"{r.randrange(29, 450)} kr", None),
        "GBP": lambda: (f"£{int(math.exp(r.uniform(math.log(150), math.log(6000)))):,}.{r.randrange(100):02d}", None),
        "GBPS": lambda: (f"£{r.randrange(8, 140)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(45, 250)}", None),
        "USDS": lambda: (f"${r.randrange(8, 90)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}", f"2027-{r.randrange(1, 999):04d}")), None),
        "ORDER": lambda: (r.choice((f"#{r.randrange(10000, 999999)}", f"{r.choice('ABCDEFGHJK')}{r.randrange(1000, 99999)}", f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}")), None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "REST": lambda: (draw.restaurant("sv"), None),
        "RESTEN": lambda: (draw.restaurant("en"), None),
        "DISTRICT": lambda: (r.choice(DISTRICTS), None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return c_o(draw, form == "COL")
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.rest = None
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
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
    """DP's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of DP is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] in "([" and span["start"] > 0
                )
                forms["lower case alone in chat"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value.lower()
                forms["address with tr"] += bool(re.search(r"\d tr\b", value.lower()))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += (
                    value.startswith("SE-") or "\nSE-" in value or ", SE-" in value
                )
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("slots: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    pnr = Counter()
    keys = ["id", "split", "lang", "text", "spans"]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys not as heldout-u's"] += list(row) != keys
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            problems["duplicate id"] += row["id"] in ids
            problems["id form"] += not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"])
            ids.add(row["id"])
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                problems["span keys"] += list(span) != ["start", "end", "kind"]
                problems["kind"] += span["kind"] not in KINDS
                problems["empty span"] += stop <= start
                problems["out of bounds"] += start < 0 or stop > len(text)
                problems["unsorted or overlapping"] += start < end
                end = max(end, stop)
                value = text[start:stop]
                problems["whitespace at an edge"] += bool(value) and (value != value.strip())
                if span["kind"] == "NATIONAL_ID":
                    match = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
                    if not match:
                        problems["personnummer form"] += 1
                        continue
                    ten = match.group(2) + match.group(4)
                    problems["personnummer check digit"] += luhn(ten[:9]) != int(ten[9])
                    month, day = int(ten[2:4]), int(ten[4:6])
                    problems["personnummer date"] += not (1 <= month <= 12 and 1 <= day <= 31)
                    pnr[
                        f"{12 if match.group(1) else 10} digits {'with ' + match.group(3) if match.group(3) else 'without a sign'}"
                    ] += 1
    print(f"rows {rows}, spans {spans_seen}, ids unique {len(ids)}")
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
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
