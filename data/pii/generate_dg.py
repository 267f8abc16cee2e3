# ruff: noqa: E501
"""Generate held-out DG for personal-data detection (issue 15): names as the population has them,
a ninetieth writer.

    python data/pii/generate_dg.py           # writes data/pii/generated-heldout-dg.jsonl
    python data/pii/generate_dg.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dg.py --check   # checks the written file, prints counts only
    python data/pii/generate_dg.py --seed 7 --out /tmp/dg.jsonl   # a scratch set to read

DG's names are drawn by how often people really carry them: every name word comes from
`names_dg.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as the people in such
texts are. The genre is collectors and second-hand trade (`templates_dg.py`): auctions of
antiques and estates (consignments, valuations, catalogues, bids, settlements, estate
inventories), stamp, coin and record collectors' clubs, flea markets and car-boot sales, online
marketplaces (Tradera, Blocket, eBay, DoneDeal, Gumtree) with buyers' and sellers' messages and
shipping labels, pawnshops and consignment shops, in Sweden, Finland, Denmark, the UK, Ireland and
the US, in Swedish, English and both at once. Written by a helper who does not tune the detector,
who read only `generate_aw.py` (for the mechanics, copied here), two sections of
`docs/privacy.md` (Held-out AW and CL) and the first line of `generated-heldout-u.jsonl`, and
neither the detector's rules, lexicons and tagger nor any error listing nor any other set's names,
templates or rows; DG was never run through the detector by its writer, and its names were not
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

from names_dg import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dg import (  # noqa: E402
    DAYS,
    EN,
    MIXED,
    MONTHS,
    NEGATIVES,
    OBJECTS,
    PETS,
    SV,
    USER_WORDS,
)

SEED = 20270167
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dg.jsonl"
SPLIT = "heldout-dg"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns up and down the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Hantverkargatan", "Skolgatan",
    "Kyrkogatan", "Järnvägsgatan", "Nygatan", "Bryggargatan", "Västra Långgatan", "Östra Storgatan",
    "Norra Strandgatan", "Repslagargatan", "Klostergatan", "Fabriksgatan", "Köpmangatan",
    "Sankt Olofsgatan", "Tegnérgatan", "Sibyllegatan", "Odengatan", "Björkvägen", "Granvägen",
    "Ringvägen", "Industrivägen", "Skogsvägen", "Villavägen", "Lärkvägen", "Hagvägen",
    "Parkvägen", "Rosenvägen", "Sjöviksvägen", "Gamla Vägen", "Bäckvägen", "Kvarnvägen",
    "Slånbärsvägen", "Norra Vägen", "Västanvägen", "Lingonsvängen", "Bergsvängen", "Ekbackssvängen",
    "Tallsvängen", "Lindallén", "Kastanjeallén", "Floras allé", "Sofielunds allé", "Söderbacken",
    "Klockarbacken", "Kvarnbacken", "Stenhuggarbacken", "Kungsbacke", "Tranbärsstigen",
    "Ekorrstigen", "Blåklockestigen", "Mossstigen", "Fiskartorget", "Lilla torg", "Södra torget",
    "Möllevångstorget", "Rådhusplan", "Järnvägsplan", "Klostergränd", "Smedjegränd", "Kopparslagargränd",
    "Tunnbindaregränd", "Skeppsbrokajen", "Norra Kajen", "Packhuskajen", "Hamnkajen", "Strandpromenaden",
    "Kärrgårdsvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the range a town's codes run over).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Gävle", 802, 806), ("Sundsvall", 852, 857), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Nyköping", 611, 611), ("Visby", 621, 621), ("Varberg", 432, 432), ("Uddevalla", 451, 451),
    ("Ystad", 271, 271), ("Simrishamn", 272, 272), ("Alingsås", 441, 441), ("Kungsbacka", 434, 434),
    ("Lidköping", 531, 531), ("Värnamo", 331, 331), ("Eksjö", 575, 575), ("Västervik", 593, 593),
    ("Arvika", 671, 671), ("Mora", 792, 792), ("Leksand", 793, 793), ("Söderhamn", 826, 826),
    ("Hudiksvall", 824, 824), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Skellefteå", 931, 931),
    ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Östersund", 831, 832), ("Strängnäs", 645, 645),
    ("Köping", 731, 731), ("Sigtuna", 193, 193), ("Norrtälje", 761, 761), ("Enköping", 745, 745),
    ("Tranås", 573, 573), ("Vimmerby", 598, 598), ("Båstad", 269, 269), ("Höör", 243, 243),
    ("Tomelilla", 273, 273), ("Falkenberg", 311, 311), ("Ulricehamn", 523, 523), ("Vadstena", 592, 592),
    ("Söderköping", 614, 614), ("Trosa", 619, 619), ("Östhammar", 742, 742), ("Ljusdal", 827, 827),
    ("Sveg", 842, 842), ("Strömsund", 833, 833), ("Lycksele", 921, 921), ("Kalix", 952, 952),
)  # fmt: skip
RURAL_FROM = 26  # SV_TOWNS[RURAL_FROM:] are the small towns whose countryside has `9x` codes
# Villages and farms as rural addresses name them (`Västanby 24`, `Lillgården 3`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Sörby", "Kyrkbyn", "Bäckaby", "Hallaryd", "Lilla Mellby",
    "Stora Hult", "Torpa", "Gräsmyr", "Övre Källby", "Åsen", "Lillgården", "Övergården", "Mellanbyn",
    "Sandvik", "Ängstorp", "Kvarntorp", "Ekeby", "Hammarby", "Rösta", "Nedre Ryd", "Lillskog",
    "Knutby", "Lövåsen", "Backa", "Stensjö", "Hagelsrum", "Gärdsby",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Park Road", "London Road",
    "Mill Lane", "The Crescent", "Queen Street", "Albert Road", "Manor Road", "Market Street",
    "Grange Road", "Chapel Lane", "North Parade", "West End", "Castle Street", "Priory Walk",
    "Bridge Street", "Regent Terrace",
)  # fmt: skip
# UK towns with their postcode area and the districts their codes run over.
UK_TOWNS = (
    ("Harrogate", "HG", 1, 5), ("York", "YO", 1, 32), ("Bath", "BA", 1, 2), ("Cheltenham", "GL", 50, 53),
    ("Norwich", "NR", 1, 14), ("Brighton", "BN", 1, 3), ("Stockport", "SK", 1, 7), ("Leicester", "LE", 1, 5),
    ("Lewes", "BN", 7, 8), ("Newark", "NG", 23, 24), ("Shrewsbury", "SY", 1, 4), ("Exeter", "EX", 1, 4),
    ("Edinburgh", "EH", 1, 17), ("Glasgow", "G", 1, 46), ("Cardiff", "CF", 10, 24), ("Belfast", "BT", 1, 17),
    ("Ipswich", "IP", 1, 4), ("Tunbridge Wells", "TN", 1, 4), ("Hay-on-Wye", "HR", 3, 3), ("Leeds", "LS", 1, 28),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Post Office", "Laburnum House", "The Coach House", "Flat 3, Hanover Court", "Unit 7, Riverside Works", "The Barn", "2 Mill Cottages")  # fmt: skip
# Irish towns with their Eircode routing keys and counties.
IE_TOWNS = (
    ("Dublin 6", "D06", "Dublin"), ("Dublin 8", "D08", "Dublin"), ("Cork", "T12", "Cork"),
    ("Galway", "H91", "Galway"), ("Limerick", "V94", "Limerick"), ("Waterford", "X91", "Waterford"),
    ("Kilkenny", "R95", "Kilkenny"), ("Ennis", "V95", "Clare"), ("Sligo", "F91", "Sligo"),
    ("Tralee", "V92", "Kerry"), ("Athlone", "N37", "Westmeath"), ("Drogheda", "A92", "Louth"),
    ("Castlebar", "F23", "Mayo"), ("Naas", "W91", "Kildare"),
)  # fmt: skip
IE_STREETS = ("Main Street", "Church Road", "O'Connell Street", "Bridge Street", "Mary Street", "Shop Street", "Abbey Road", "Green Road", "Castle View", "Millbrook")  # fmt: skip
US_STREETS = ("Main Street", "Elm Street", "Maple Avenue", "Oak Lane", "Washington Street", "Lake Road", "Pine Ridge Drive", "Cedar Court", "Old Post Road", "Mill Pond Road", "2nd Avenue", "Sunset Boulevard")  # fmt: skip
US_TOWNS = (
    ("Brimfield", "MA", "010"), ("Round Top", "TX", "789"), ("Lancaster", "PA", "176"), ("Asheville", "NC", "288"),
    ("Minneapolis", "MN", "554"), ("Chicago", "IL", "606"), ("Portland", "OR", "972"), ("Austin", "TX", "787"),
    ("Columbus", "OH", "432"), ("Burlington", "VT", "054"), ("Kansas City", "MO", "641"), ("Sarasota", "FL", "342"),
    ("Madison", "WI", "537"), ("Rockford", "IL", "611"), ("Seattle", "WA", "981"), ("Brooklyn", "NY", "112"),
)  # fmt: skip
FI_ADDRESSES = (
    "Aleksanterinkatu {n} A {m}, 00{z2:10-99}0 Helsinki", "Hämeenkatu {n}, 33{z2:10-90}0 Tampere",
    "Yliopistonkatu {n} B {m}, 20{z2:10-90}0 Turku", "Hovrättsesplanaden {n}, 65{z2:10-38}0 Vasa",
    "Storgatan {n}, 68600 Jakobstad", "Kauppakatu {n}, 40{z2:10-90}0 Jyväskylä",
    "Rantakatu {n} C {m}, 90{z2:10-90}0 Oulu", "Stationsvägen {n}, 10300 Karis",
    "Runebergsgatan {n}, 06100 Borgå", "Torggatan {n}, 22100 Mariehamn",
    "Mannerheimintie {n} as. {m}, 00{z2:10-99}0 Helsinki", "Kirkkokatu {n}, 15{z2:10-90}0 Lahti",
)  # fmt: skip
DK_ADDRESSES = (
    "Nørregade {n}, {m}. th., 8000 Aarhus C", "Vestergade {n}, 5000 Odense C", "Algade {n}, 4000 Roskilde",
    "Strandvejen {n}, 2100 København Ø", "Søndergade {n}, 7100 Vejle", "Jernbanegade {n}, 9000 Aalborg",
    "Torvet {n}, 6760 Ribe", "Østerbrogade {n}, {m}. tv., 2100 København Ø", "Adelgade {n}, 5700 Svendborg",
    "Bredgade {n}, st., 1260 København K", "Kongensgade {n}, 6700 Esbjerg",
)  # fmt: skip
EUROPE = (
    "Rosenthaler Straße {n}, {z5:10115-10119} Berlin", "Eppendorfer Weg {n}, {z5:20259-20259} Hamburg",
    "Bogstadveien {n}, {z4:0355-0366} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "ul. Piotrkowska {n}/{m}, 90-{z3:100-450} Łódź", "ul. Długa {n}, 80-{z3:827-831} Gdańsk",
    "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "{n} rue de Charonne, 750{z2:11-11} Paris", "Via dei Coronari {n}, 00186 Roma",
    "Calle de la Ribera de Curtidores {n}, 280{z2:05-05} Madrid", "Pikk {n}, 10{z3:123-133} Tallinn",
    "Rue Haute {n}, 1000 Bruxelles", "Laugavegur {n}, 101 Reykjavík",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.se", "spray.se", "bredband.net")  # fmt: skip
MAIL_EN = ("gmail.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "eircom.net", "outlook.com", "aol.com", "comcast.net", "icloud.com", "yahoo.com")  # fmt: skip
WORK = ("example.se", "auktion.example.se", "mynt.example.se", "example.com", "example.org", "example.co.uk", "example.ie", "example.fi", "example.dk")  # fmt: skip
FIRM_LOCAL = ("info", "auktion", "vardering", "kundtjanst", "order", "butiken", "inlamning", "kansli", "sales", "enquiries", "valuations", "hello", "shop", "office", "support")  # fmt: skip


# Swedish area codes without the 0: two-digit (cities) and three-digit (towns and countryside).
AREA2 = ("31", "40", "18", "13", "11", "16", "19", "21", "23", "26", "35", "36", "42", "46", "54", "60", "63", "90")  # fmt: skip
AREA3 = ("250", "247", "248", "270", "278", "280", "340", "346", "370", "380", "411", "414", "431", "451", "470", "480", "490", "498", "500", "510", "520", "570", "586", "611", "620", "647", "660", "680", "910", "911", "920", "980")  # fmt: skip


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
    """Every value of DG from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deal(self, name: str, cards: tuple[str, ...]) -> str:
        """A card from a shuffled deck: every card before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(cards)
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def pick_double(self, pool: Pool) -> Word:
        """A hyphenated given name from the list's own ranks (`Ann-Marie`, `Karl-Erik`), by weight."""
        at = [i for i, name in enumerate(pool.names) if "-" in name]
        i = self.rng.choices(at, weights=[pool.weights[i] for i in at])[0]
        return pool.names[i], "head" if i < pool.head else "tail"

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:
            given = [self.pick_double(pool)]  # topped up to about one in twenty: Eva-Lena, Per-Olof
        middle: list[Word] = []
        if r.random() < {
            "swedish": 0.4,
            "us": 0.35,
            "uk": 0.3,
            "irish": 0.2,
            "danish": 0.3,
            "finnish": 0.3,
        }.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us", "danish") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
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
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower()
        surname = re.sub(r"[^a-z]", "", surname)
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(1950, 2005)}"))  # fmt: skip
        home = MAIL_EN if self.lang == "en" else MAIL
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else home)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_LOCAL)}@{r.choice(WORK)}"

    def username(self) -> str:
        """A marketplace user name: no PERSON even where it holds a given name."""
        r = self.rng
        word = r.choice(USER_WORDS)
        roll = r.random()
        if roll < 0.35:
            given = plain(
                self.pick(
                    ORIGINS["swedish"].given_f if r.random() < 0.5 else ORIGINS["swedish"].given_m
                )[0]
            ).lower()
            return (
                f"{given}_{word}{r.randrange(10, 99)}"
                if r.random() < 0.5
                else f"{word}{given}{r.randrange(1, 9)}"
            )
        if roll < 0.7:
            return f"{word}{r.randrange(1, 999)}"
        return f"{word}_{r.choice(('se', 'uk', 'fynd', 'collector', 'retro', 'swe'))}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"+46 {m[1:]}-{d[:7]}"),
            (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08 {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"), (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"),
            (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: city lines, 010, 020, 0771."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}",
            f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('250', '480', '470', '920'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        ))  # fmt: skip

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad, written as people there write it (with `+`, `00` or as dialled at home)."""
        r = self.rng
        d = self.digits(10)
        shapes = {
            "uk": (f"07{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:6]} {d[6:9]}", f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)7{d[:3]} {d[3:9]}",
                   f"020 {d[:4]} {d[4:8]}", f"0161 {d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}", f"01423 {d[:6]}",
                   f"(01225) {d[:6]}", f"01904 {d[:3]} {d[3:6]}", f"0131 {d[:3]} {d[3:7]}", f"029 20{d[:2]} {d[2:6]}",
                   f"028 90{d[:2]} {d[2:6]}", f"+44 1603 {d[:6]}", f"0044 20 {d[:4]} {d[4:8]}"),
            "ie": (f"087 {d[:3]} {d[3:7]}", f"086 {d[:7]}", f"085-{d[:3]} {d[3:7]}", f"083 {d[:3]} {d[3:7]}",
                   f"+353 87 {d[:3]} {d[3:7]}", f"+353 (0)86 {d[:7]}", f"00353 89 {d[:3]} {d[3:7]}", f"(01) {d[:3]} {d[3:7]}",
                   f"01 {d[:3]} {d[3:7]}", f"021 {d[:3]} {d[3:7]}", f"091 {d[:2]} {d[2:6]}", f"065 68{d[:2]} {d[2:5]}"),
            "us": (f"({r.choice(('617', '212', '312', '612', '512', '503', '413', '979', '717', '828'))}) {r.randrange(201, 999)}-{d[:4]}",
                   f"{r.choice(('206', '614', '802', '816', '941', '608', '815', '718'))}-{r.randrange(201, 999)}-{d[:4]}",
                   f"{r.choice(('413', '512', '312'))}.{r.randrange(201, 999)}.{d[:4]}", f"+1 {r.choice(('617', '612', '503'))} {r.randrange(201, 999)} {d[:4]}",
                   f"+1 (212) {r.randrange(201, 999)}-{d[:4]}", f"1-800-{r.randrange(201, 999)}-{d[:4]}"),
            "fi": (f"040 {d[:3]} {d[3:7]}", f"050 {d[:7]}", f"044-{d[:3]} {d[3:7]}", f"+358 40 {d[:3]} {d[3:7]}",
                   f"+358 50 {d[:7]}", f"+358 (0)45 {d[:3]} {d[3:7]}", f"09 {d[:3]} {d[3:7]}", f"(09) {d[:4]} {d[4:7]}",
                   f"06-{d[:3]} {d[3:7]}", f"02 {d[:3]} {d[3:7]}", f"00358 44 {d[:7]}"),
            "dk": (f"{r.choice('2345')}{d[:1]} {d[1:3]} {d[3:5]} {d[5:7]}", f"+45 {r.choice('2345')}{d[:1]} {d[1:3]} {d[3:5]} {d[5:7]}",
                   f"+45 {r.choice('2345')}{d[:3]} {d[3:7]}", f"0045 {r.choice('38')}{d[:1]} {d[1:3]} {d[3:5]} {d[5:7]}",
                   f"86 {d[:2]} {d[2:4]} {d[4:6]}", f"+45{r.choice('2345')}{d[:7]}"),
            "other": (f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"4{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
                      f"+49 171 {d[:7]}", f"0171 {d[:7]}", f"+49 (0)40 {d[:7]}", f"+48 60{d[:1]} {d[1:4]} {d[4:7]}",
                      f"0048 {d[:3]}-{d[3:6]}-{d[6:9]}", f"+31 6 {d[:8]}", f"06-{d[:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                      f"+372 5{d[:3]} {d[3:7]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 333 {d[:3]} {d[3:7]}",
                      f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}",
                      f"+81 90-{d[:4]}-{d[4:8]}", f"+61 412 {d[:3]} {d[3:6]}", f"0412 {d[:3]} {d[3:6]}", f"+354 {d[:3]} {d[3:7]}"),
        }  # fmt: skip
        if country is None:
            country = r.choice(("uk", "ie", "us", "fi", "dk", "other", "other"))
        return r.choice(shapes[country])

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        and `+` for a person past a hundred (an estate's owner born before 1927)."""
        r = self.rng
        old = r.random() < 0.1
        year = r.randrange(1912, 1927) if old else r.randrange(1932, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old and r.random() < 0.7:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the countryside's do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 99)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.84 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.07:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_line(self, lgh: bool = False, rural: bool = False) -> str:
        """The first line of a Swedish address: street and number, with a flat or floor now and then."""
        r = self.rng
        if rural:
            return self.village()
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif roll < 0.17:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.19:
            street += f", {r.choice(('uppg. B', 'uppg. 2', 'n.b.', 'bv'))}"
        return street

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{self.sv_line(lgh, rural)}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            joint = r.choice((", ", ", ", "\n"))
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        return f"{self.sv_street()}, {r.choice(('plan', 'våning'))} {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        if lines:
            return f"{street.replace(', ', chr(10))}\n{town}\n{code}"
        return f"{street}, {town} {code}" if r.random() < 0.7 else f"{street}, {town}, {code}"

    def ie_address(self, lines: bool = False) -> str:
        r = self.rng
        town, key, county = r.choice(IE_TOWNS)
        alphabet = "0123456789ACDEFHKNPRTVWXY"
        code = f"{key} {''.join(r.choice(alphabet) for _ in range(4))}"
        street = f"{r.randrange(1, 90)} {r.choice(IE_STREETS)}"
        if r.random() < 0.25:
            street = f"{r.choice(('Apt', 'Apartment'))} {r.randrange(1, 40)}, {r.choice(('Riverside', 'The Maltings', 'Harbour View'))}, {r.choice(IE_STREETS)}"
        place = town if town.startswith("Dublin") else f"{town}, Co. {county}"
        if lines:
            return f"{street}\n{place}\n{code}"
        return f"{street}, {place}, {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f"{r.choice((', Apt ', ', Unit ', ' #', ', Suite '))}{r.randrange(2, 400)}"
        postal = f"{town}, {state} {prefix}{r.randrange(1, 99):02d}"
        if r.random() < 0.15:
            postal += f"-{self.digits(4)}"
        return f"{street}\n{postal}" if lines else f"{street}, {postal}"

    def deck_address(self, name: str, cards: tuple[str, ...], lines: bool) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deal(name, cards).replace("{n}", str(r.randrange(1, 140)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:  # the street on one line, the postcode and town on the next
            street, postal = out.rsplit(", ", 1)
            return f"{street}\n{postal}"
        return out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I initials and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, E an e-mail address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS)
        else form
    )
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
        initials = ".-".join(p[0] for p in person.first.split("-")) + "."
        words = list(surname)
        if middle and draw.rng.random() < 0.4:
            initials += f" {middle[0][0][0]}."
            words += middle
        value = f"{initials} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def person_form(form: str) -> str | None:
    """The person form a slot asks for (its genitive ending taken off), or None for a filler."""
    base = form.rstrip("'")
    if base in PERSON_FORMS:
        return base
    if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS:
        return base[:-1]
    return None


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_line(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), r.choice(SV_STREETS), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AIE": lambda: (draw.ie_address(), "ADDRESS"),
        "AIEL": lambda: (draw.ie_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AFI": lambda: (draw.deck_address("fi", FI_ADDRESSES, False), "ADDRESS"),
        "AFIL": lambda: (draw.deck_address("fi", FI_ADDRESSES, True), "ADDRESS"),
        "ADK": lambda: (draw.deck_address("dk", DK_ADDRESSES, False), "ADDRESS"),
        "ADKL": lambda: (draw.deck_address("dk", DK_ADDRESSES, True), "ADDRESS"),
        "AX": lambda: (draw.deck_address("eu", EUROPE, False), "ADDRESS"),
        "AXL": lambda: (draw.deck_address("eu", EUROPE, True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHIE": lambda: (draw.phone_x("ie"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PHFI": lambda: (draw.phone_x("fi"), "PHONE"),
        "PHDK": lambda: (draw.phone_x("dk"), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "USER": lambda: (draw.username(), None),
        "PET": lambda: (r.choice(PETS), None),
        "OBJ": lambda: (draw.deal("obj_sv", OBJECTS["sv"]), None),
        "OBJEN": lambda: (draw.deal("obj_en", OBJECTS["en"]), None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "YEAR": lambda: (str(r.randrange(1840, 1996)), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(50, 3000) if r.random() < 0.7 else r.randrange(3000, 90000) // 50 * 50}{r.choice((' kr', ' kr', ':-', ' SEK'))}", None),
        "GBP": lambda: (f"£{r.randrange(5, 2400)}{r.choice(('', '.00', f'.{r.randrange(10, 99)}'))}", None),
        "EUR": lambda: (f"€{r.randrange(5, 3000)}", None),
        "USD": lambda: (f"${r.randrange(5, 4000)}{r.choice(('', '.00', '.50'))}", None),
        "DKK": lambda: (f"{r.randrange(50, 9000)} DKK", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 999999)}", f"{r.choice('ABKV')}{r.randrange(1000, 99999)}")), None),
        "LOT": lambda: (str(r.randrange(1, 1400)), None),
        "ITEM": lambda: (f"{r.randrange(5, 7)}{draw.digits(8)}" if r.random() < 0.6 else f"{r.randrange(11, 40)}{draw.digits(10)}", None),
        "TRACK": lambda: (r.choice((f"{r.choice(('RR', 'RB', 'UA', 'LX', 'CX'))}{draw.digits(9)}SE", f"00370{draw.digits(15)}", f"{r.choice(('JD', 'AB', 'TT'))}{draw.digits(9)}GB", f"1Z{draw.digits(16)}", f"{draw.digits(10)}")), None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{draw.digits(3)}-{draw.digits(4)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 17)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice((r.choice(UK_TOWNS)[0], r.choice(US_TOWNS)[0], r.choice(IE_TOWNS)[0].replace(' 6', '').replace(' 8', ''))), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        if person_form(form) is not None:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """DG's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, text, True) for lang, text in NEGATIVES]
    for lang, size in SIZES.items():
        deck: list[str] = []
        for _ in range(size - sum(1 for la, _ in NEGATIVES if la == lang)):
            if not deck:
                deck = list(TEMPLATES[lang])
                r.shuffle(deck)
            plan.append((lang, deck.pop(), False))
    r.shuffle(plan)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for lang, template, negative in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        if negative and spans:
            raise ValueError(f"a negative with a value: {template[:60]!r}")
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if "+" in value:
        return "10 digits with +"
    return f"{len(digits)} digits {'with' if '-' in value else 'without'} hyphen"


def stats(rows: list[dict[str, object]], draw: Draw | None = None) -> None:
    """Counts only: no row of DG is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:\.-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        print(
            f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}"
        )


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    keys = {"id", "split", "lang", "text", "spans"}
    for row in rows:
        problems["keys"] += set(row) != keys
        problems["split"] += row.get("split") != SPLIT
        problems["lang"] += row.get("lang") not in SIZES
        problems["id twice"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            problems["empty"] += stop <= start
            problems["out of bounds"] += not (0 <= start <= stop <= len(text))
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                ok = (
                    len(digits) == 10
                    and luhn(digits[:9]) == int(digits[9])
                    and re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value)
                )
                problems["personnummer check digit"] += not ok
    print(f"checked {len(rows)} rows, {len(ids)} ids, {sum(len(r['spans']) for r in rows)} spans")
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out or OUT) else 0)
    draw = Draw(args.seed)
    rows = generate(args.seed, draw)
    if args.stats:
        stats(rows, draw)
        return
    out = args.out or OUT
    if args.seed != SEED and args.out is None:
        parser.error("a scratch seed needs --out (the set's own file is written with SEED only)")
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
