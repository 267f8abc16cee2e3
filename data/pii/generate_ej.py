# ruff: noqa: E501
"""Generate held-out EJ for personal-data detection (issue 15): names as the population has them,
a hundred-and-nineteenth writer.

    python data/pii/generate_ej.py           # writes data/pii/generated-heldout-ej.jsonl
    python data/pii/generate_ej.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ej.py --check   # checks the written file, prints counts only
    python data/pii/generate_ej.py --seed 7 --out /tmp/ej.jsonl   # a scratch seed

EJ's names are drawn by how often people really carry them: every name word comes from
`names_ej.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is housing (`templates_ej.py`): estate agents and their ads, signatures and texts,
viewings and their sign-up lists, bids and bidding lists, contracts, powers of attorney and title
registrations, loan promises, housing cooperatives (brf) with their membership applications,
transfers, pledges, subletting, board minutes and member lists, estates of the dead selling
flats, UK conveyancing and US open houses, escrow and co-op boards, expats buying in Sweden and
Swedes buying abroad. Written by a helper who does not tune the detector and who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format,
`--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger (`src/`), nor any other
set's names, templates or rows, nor any error listing. EJ was never run through the detector by
its writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
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

from names_ej import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ej import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270196
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ej.jsonl"
SPLIT = "heldout-ej"
KEYS = ["id", "split", "lang", "text", "spans"]  # as heldout-u's rows have them

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Hornsgatan", "Götgatan",
    "Linnégatan", "Järntorgsgatan", "Södra Förstadsgatan", "Kyrkogatan", "Skolgatan", "Nygatan",
    "Trädgårdsgatan", "Rådhusgatan", "Östra Storgatan", "Västra Hamngatan", "Tegnérgatan",
    "Bergsgatan", "Fabriksgatan", "Stationsgatan", "Hantverkargatan", "Sankt Eriksgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Rönnvägen", "Aspvägen",
    "Ringvägen", "Skogsvägen", "Solvägen", "Sjövägen", "Parkvägen", "Idrottsvägen", "Kvarnvägen",
    "Utsiktsvägen", "Gamla Vägen", "Norra Vägen", "Lärkvägen", "Tornvägen", "Villavägen",
    "Kastanjesvängen", "Snickarsvängen", "Häggsvängen", "Ekorrsvängen", "Mjölnarsvängen",
    "Lindallén", "Kastanjeallén", "Hammarby allé", "Valhalla allé", "Björkallé", "Ekallén",
    "Kvarnbacken", "Solbacken", "Klockarbacken", "Sjöbacken", "Tomtebobacken", "Ängsbacken",
    "Blåbärsstigen", "Lingonstigen", "Hasselstigen", "Trastvägen", "Rävstigen", "Lövstigen",
    "Stortorget", "Lilla torget", "Fisktorget", "Nytorget", "Mariatorget", "Södra torget",
    "Stationsplan", "Kyrkplan", "Brunnsplan", "Smedjeplan", "Mästarplan",
    "Tunnbindargränd", "Smedsgränd", "Pilgränd", "Bryggargränd", "Prästgränd", "Kopparslagargränd",
    "Hamnkajen", "Norra Kajen", "Sjökajen", "Strandkajen", "Skeppsbrokajen", "Tullkajen",
    "Strandpromenaden", "Sjöstigen", "Hagalundsvägen", "Järnvägsgatan", "Industrigatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes: cities, suburbs and market towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 587), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Östersund", 831, 832), ("Trollhättan", 461, 462), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Nacka", 131, 131),
    ("Täby", 183, 187), ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Lidingö", 181, 181),
    ("Huddinge", 141, 141), ("Järfälla", 175, 177), ("Kungsbacka", 434, 434), ("Varberg", 432, 432),
    ("Visby", 621, 621), ("Mölndal", 431, 431), ("Partille", 433, 433), ("Nyköping", 611, 611),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Hudiksvall", 824, 824),
    ("Enköping", 745, 745), ("Landskrona", 261, 261), ("Uddevalla", 451, 451), ("Alingsås", 441, 441),
    ("Vaxholm", 185, 185),
)  # fmt: skip
# Small towns and the villages around them for rural addresses (postcodes ending in 9x).
SV_RURAL = (
    ("Grebbestad", 457), ("Fjällbacka", 457), ("Tanumshede", 457), ("Torekov", 269), ("Båstad", 269),
    ("Smögen", 456), ("Borgholm", 387), ("Mörbylånga", 386), ("Rättvik", 795), ("Mora", 792),
    ("Leksand", 793), ("Norrtälje", 761), ("Östhammar", 742), ("Gnesta", 646), ("Trosa", 619),
    ("Sunne", 686), ("Arvika", 671), ("Älmhult", 343), ("Vimmerby", 598), ("Simrishamn", 272),
    ("Höör", 243), ("Hjo", 544), ("Ulricehamn", 523), ("Sollefteå", 881), ("Åre", 837),
    ("Sälen", 780), ("Hemse", 623), ("Slite", 624), ("Torsby", 685), ("Kungsbacka", 434),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Österby", "Norrby", "Sörby", "Kvarntorp", "Lillå", "Hagaberg", "Ekeby", "Åsen",
    "Backa", "Lyckås", "Solberga", "Mossebo", "Björnhult", "Gräsmark", "Stensjö", "Hulta",
    "Tallåsen", "Nybble", "Bäckebo", "Önnestad", "Ryd", "Vik", "Rörvik", "Näset", "Sandhem",
)  # fmt: skip
FARMS = ("Lillgården", "Storgården", "Backstugan", "Sjötorpet", "Ängsgården", "Knuten", "Nyhem", "Solhem", "Bergsgården", "Skogsbo")  # fmt: skip
UK_STREETS = (
    "Albert Road", "Victoria Street", "Church Lane", "High Street", "Station Road", "Park Avenue",
    "Queen's Road", "Mill Lane", "The Crescent", "Elm Grove", "Kingsway", "Marine Parade",
    "Chapel Street", "York Terrace", "Beech Close", "Orchard Way", "London Road", "Manor Drive",
)  # fmt: skip
UK_TOWNS = (
    ("Bristol", "BS", 1, 16), ("London", "SW", 1, 20), ("London", "N", 1, 22), ("London", "E", 1, 18),
    ("Manchester", "M", 1, 40), ("Leeds", "LS", 1, 29), ("Edinburgh", "EH", 1, 17), ("Glasgow", "G", 1, 78),
    ("Cardiff", "CF", 3, 24), ("Oxford", "OX", 1, 4), ("Cambridge", "CB", 1, 5), ("Brighton", "BN", 1, 3),
    ("York", "YO", 1, 32), ("Bath", "BA", 1, 2), ("Norwich", "NR", 1, 7), ("Harrogate", "HG", 1, 3),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Orchard House", "Willow Lodge", "The Coach House", "Mill House", "1 The Mews", "Ivy House")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Lakeview Drive", "Washington Avenue", "Cedar Lane", "Sunset Boulevard", "Park Place", "Hillcrest Road", "Pine Street", "2nd Street", "Riverside Drive")  # fmt: skip
US_TOWNS = (
    ("Evanston", "IL", 602), ("Brooklyn", "NY", 112), ("Austin", "TX", 787), ("Seattle", "WA", 981),
    ("Portland", "OR", 972), ("Minneapolis", "MN", 554), ("Denver", "CO", 802), ("Boston", "MA", 21),
    ("Naperville", "IL", 605), ("Madison", "WI", 537), ("Asheville", "NC", 288), ("Scottsdale", "AZ", 852),
    ("Sacramento", "CA", 958), ("Ann Arbor", "MI", 481), ("Savannah", "GA", 314),
)  # fmt: skip
# Elsewhere in Europe, each as people there write an address: a shuffled deck.
EUROPE = (
    "Calle Málaga {n}, {m}º B, {z5:29680-29689} Estepona", "Avenida del Mediterráneo {n}, {z5:03181-03189} Torrevieja (Alicante)",
    "Urb. La Cala Golf, Calle Sevilla {n}, {z5:29649-29649} Mijas Costa", "Carrer de Mallorca {n}, {m}r {m}a, {z5:08008-08036} Barcelona",
    "Storgata {n}, {z4:0155-0185} Oslo", "Fjellveien {n}, {z4:5019-5089} Bergen", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Strandvejen {n}, {z4:8000-8270} Aarhus C", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Hauptstraße {n}, {z5:10827-10829} Berlin", "Lindenallee {n}, {z5:20259-20259} Hamburg", "Schillerstraße {n}, {z5:80336-80336} München",
    "{n} rue de la Paix, {z5:06000-06300} Nice", "{n} chemin des Oliviers, {z5:83990-83990} Saint-Tropez", "Via Garibaldi {n}, {z5:50123-50145} Firenze",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Rua das Flores {n}, {m}º Esq., {z4:8200-8200}-{z3:100-399} Albufeira",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "Torggatan {n}, AX-{z5:22100-22100} Mariehamn", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
)  # fmt: skip
WEBMAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "bredband.net", "protonmail.com")  # fmt: skip
WEBMAIL_EN = ("gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com", "comcast.net", "aol.com")  # fmt: skip
WORK_SV = ("nordhemmaklare.se", "stadsmaklarna.se", "kvadratfast.se", "husbolaget.se", "mäklarringen.example.se", "banken.example.se", "forvaltning.example.se")  # fmt: skip
WORK_EN = ("harbourviewestates.co.uk", "keystonerealty.com", "riverside-lettings.co.uk", "example.com", "conveyancing.example.co.uk", "bayside-homes.com")  # fmt: skip
MAILBOXES = ("info", "visning", "kontakt", "bud", "styrelsen", "forvaltning", "felanmalan", "kundtjanst", "maklare", "kontoret")  # fmt: skip
MAILBOXES_EN = ("info", "lettings", "sales", "office", "hello", "admin", "viewings", "offers", "board")  # fmt: skip
AGENTS = ("Fastighetsbyrån", "Svensk Fastighetsförmedling", "Länsförsäkringar Fastighetsförmedling", "Mäklarhuset", "SkandiaMäklarna", "Nordhem Mäklare", "Stadsmäklarna", "Kvadrat Fastighetsförmedling", "Husbolaget i Mälardalen", "Mäklarringen Väst")  # fmt: skip
AGENTS_EN = ("Harbour View Estates", "Keystone Realty", "Riverside Lettings", "Bayside Homes", "Hamptons", "Foxtons", "Century 21", "RE/MAX Northside")  # fmt: skip
BANKS = ("Swedbank", "Handelsbanken", "SEB", "Nordea", "SBAB", "Danske Bank", "Länsförsäkringar Bank", "Skandiabanken", "ICA Banken", "Landshypotek")  # fmt: skip
BRFS = ("Brf Solgläntan", "HSB Brf Kvarnen", "Riksbyggen Brf Tegelbruket", "Brf Havsörnen 4", "Brf Ankaret", "Brf Körsbärsträdet", "Brf Lärkan 12", "Brf Sjöutsikten", "Brf Gjuteriet", "HSB Brf Rönnen i Umeå", "Brf Tornfalken", "Brf Mälarblick", "Brf Vattentornet", "Brf Bagaren 3")  # fmt: skip
BLOCKS = ("Kåbo", "Mälsåkern", "Sjöstjärnan", "Gladan", "Trasten", "Svärdfisken", "Hägern", "Blåklinten", "Kvarnen", "Stenhuggaren", "Ljungen", "Näktergalen", "Skeppet")  # fmt: skip
TOWNS_EN = ("Edinburgh", "Manchester", "Boston", "Chicago", "Melbourne", "Toronto", "Dublin", "Berlin", "Amsterdam", "Singapore")  # fmt: skip
# Area codes of landlines: two-digit (cities) and three-digit (towns and the countryside).
AREA2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "63", "46", "42", "36", "35", "11", "26", "23")  # fmt: skip
AREA3 = ("522", "525", "523", "300", "340", "431", "411", "480", "485", "498", "247", "248", "250", "280", "647", "660", "920", "980", "176", "171", "155", "150")  # fmt: skip
# How often a person of an origin is written with a middle name when the full form is asked for.
MIDDLE = {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3, "german": 0.2}


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
    """Every value of EJ from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Eva-Lena, Per-Olof
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0] and " " not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < MIDDLE.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        for _ in range(3):  # where a father's name is the surname, not the child's own name
            if surname[0][0] != given[0][0]:
                break
            surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us", "german") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
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
        surname = plain(person.surname[0][0]).lower()
        surname = surname.replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        en = self.lang == "en"
        work = r.random() < 0.4
        domains = (WORK_EN if en else WORK_SV) if work else (WEBMAIL_EN if en else WEBMAIL)
        return f"{local}@{r.choice(domains)}"

    def mailbox(self) -> str:
        r = self.rng
        if self.lang == "en" or (self.lang == "mixed" and r.random() < 0.3):
            return f"{r.choice(MAILBOXES_EN)}@{r.choice(WORK_EN)}"
        if r.random() < 0.3:
            brf = r.choice(BRFS).split(" ", 2)[-1].lower().replace(" ", "")
            for a, b in (("å", "a"), ("ä", "a"), ("ö", "o")):
                brf = brf.replace(a, b)
            return f"{r.choice(('styrelsen', 'info', 'kassor'))}@brf{brf}.se"
        return f"{r.choice(MAILBOXES)}@{r.choice(WORK_SV)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(AREA2)
        a3 = r.choice(AREA3)
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46 {m[1:]}-{d[:7]}"),
            (5, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"),
            (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a bank's number: switchboards, 010, 020 and 0771 numbers."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"08-{d[:3]} {d[3:5]} {d[5:7]}",
            f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"018-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('13', '19', '90', '60'))}-{d[:3]} {d[3:5]} {d[5:7]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, as people there write it: with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        near = (  # the UK and the US
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"020 7{d[:3]} {d[3:7]}", f"+44 (0)20 {d[:4]} {d[4:8]}",
            f"0161 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}", f"0117 {d[:3]} {d[3:7]}", f"+44 113 {d[:3]} {d[3:7]}",
            f"01{d[:3]} {d[3:9]}", f"0044 7{d[:3]} {d[3:9]}",
            f"({r.randrange(201, 989)}) {d[:3]}-{d[3:7]}", f"{r.randrange(201, 989)}-{d[:3]}-{d[3:7]}",
            f"+1 {r.randrange(201, 989)} {d[:3]} {d[3:7]}", f"+1 ({r.randrange(201, 989)}) {d[:3]}-{d[3:7]}",
            f"{r.randrange(201, 989)}.{d[:3]}.{d[3:7]}", f"+1-{r.randrange(201, 989)}-{d[:3]}-{d[3:7]}",
        )  # fmt: skip
        far = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 4{d[:7]}", f"9{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:8]}",
            f"+49 30 {d[:8]}", f"+49 171 {d[:7]}", f"0171 {d[:7]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 952 {d[:2]} {d[2:4]} {d[4:6]}", f"6{d[:2]} {d[2:5]} {d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+31 6 {d[:8]}", f"06-{d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+964 770 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+91 9{d[:4]} {d[4:9]}", f"+380 67 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}",
            f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+971 50 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        share = 0.65 if self.lang == "en" else 0.25
        return r.choice(near if r.random() < share else far)

    def national_id(self) -> str:
        """A personnummer, valid check digit: 12 or 10 digits, with or without `-`, `+` past a hundred."""
        r = self.rng
        old = r.random() < 0.08
        year = r.randrange(1918, 1927) if old else r.randrange(1935, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:  # a hundred or more in 2027: the ten-digit form takes `+`
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.7
                else f"{year // 100}{date}-{serial}{check}"
            )
        roll = r.random()
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 220))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        return self.postal(town, code)

    def postal(self, town: str, code: str) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.2:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]} {town}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige"
        return out

    def flat(self) -> str:
        r = self.rng
        lgh = f"lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        return r.choice(
            (
                f" {lgh}",
                f", {lgh}",
                f", {r.randrange(1, 7)} tr",
                f", {r.randrange(1, 7)} tr, {lgh}",
                f", {lgh}, {r.randrange(1, 7)} tr",
            )
        )

    def rural(self) -> tuple[str, str]:
        """A rural street line (village and number, sometimes a farm) and its postal line."""
        r = self.rng
        town, prefix = r.choice(SV_RURAL)
        line = f"{r.choice(VILLAGES)} {r.randrange(1, 260)}"
        if r.random() < 0.2:
            line = f"{r.choice(FARMS)}, {line}"
        return line, self.postal(town, f"{prefix}{r.randrange(90, 100)}")

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        if rural:
            street, postal = self.rural()
        else:
            street, postal = self.sv_street(), self.sv_postal()
            if lgh or r.random() < 0.12:
                street += self.flat()
        return f"{street}{chr(10) if lines else ', '}{postal}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}{r.choice((', ', chr(10)))}{self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, {r.randrange(2, 8)} tr, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', 'A', 'B'))}, {street}"
        if lines:
            return f"{street.replace(', ', chr(10))}\n{town}\n{code}"
        return f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        unit = ""
        if r.random() < 0.3:
            unit = r.choice(
                (
                    f"Apt {r.randrange(1, 30)}{r.choice('ABCD')}",
                    f"Unit {r.randrange(2, 400)}",
                    f"#{r.randrange(2, 40)}",
                    f"Suite {r.randrange(100, 900)}",
                )
            )
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        if lines:
            return f"{street}{chr(10) + unit if unit else ''}\n{town}, {state} {zip_code}"
        return f"{street}{', ' + unit if unit else ''}, {town}, {state} {zip_code}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)), 1)
        while "{m}" in out:
            out = out.replace("{m}", str(r.randrange(1, 9)), 1)
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:
            head, _, tail = out.rpartition(", ")
            return f"{head}\n{tail}"
        return out

    def co(self, lines: bool) -> list[Segment]:
        """`c/o Name` and an address: `c/o` outside, the name its own PERSON, then the ADDRESS."""
        joint = "\n" if lines else ", "
        person = self.person(None)
        return [
            ("c/o ", None),
            *person_segments("P", person, self),
            (joint, None),
            (self.sv_address(lines=lines, rural=False), "ADDRESS"),
        ]


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(
    form: str, person: Person, draw: Draw, gen: bool = False, english: bool = False
) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I initials and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, E an e-mail address.
    """
    given, surname, middle = person.given, person.surname, person.middle
    r = draw.rng
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif form in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if form in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if form in ("g", "n") else value
    elif form in ("S", "s"):
        words, value = surname, person.last.lower() if form == "s" else person.last
    elif form == "I":
        words = surname
        initials = "-".join(p[0] + "." for p in person.first.split("-"))
        if middle and r.random() < 0.4:
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif form in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if form == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if gen:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    price = r.randrange(900_000, 14_000_000) // 5000 * 5000
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: ((draw.uk_address() if r.random() < 0.5 else draw.us_address()).lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (draw.mailbox(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{MONTHS['en'][month - 1]} {day}, 2027")), None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if lang == 'en' else r.choice(('.', ':', '.'))}{r.choice(('00', '15', '30', '45'))}", None),
        "AMT": lambda: (f"{price:,} kr".replace(",", " "), None),
        "BUD": lambda: (r.choice((f"{price:,} kr".replace(",", " "), f"{price:,}:-".replace(",", " "), f"{price / 1e6:.3f} mkr".replace(".", ","))), None),
        "SMALL": lambda: (f"{r.randrange(3000, 48000):,} kr".replace(",", " "), None),
        "FEE": lambda: (f"{r.randrange(1100, 2100):,} kr".replace(",", " "), None),
        "AVG": lambda: (f"{r.randrange(1800, 7900):,} kr/mån".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(150, 1900) * 1000:,}", None),
        "USD": lambda: (f"${r.randrange(180, 2400) * 500:,}", None),
        "EUR": lambda: (r.choice((f"€{r.randrange(120, 900) * 1000:,}", f"{r.randrange(120, 900) * 1000:,} €".replace(",", "."))), None),
        "KVM": lambda: (f"{r.randrange(24, 190)} {r.choice(('kvm', 'kvm', 'm²'))}", None),
        "SQFT": lambda: (f"{r.randrange(700, 4200):,} sq ft", None),
        "ROK": lambda: (r.choice((f"{r.randrange(1, 7)} rok", f"{r.randrange(1, 6)} rum och kök", f"{r.randrange(2, 7)} rum")), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"OBJ-2027-{r.randrange(1, 999):04d}")), None),
        "ORGNR": lambda: (f"7{r.choice(('16', '69'))}{r.randrange(400, 640)}-{r.randrange(1000, 9999)}", None),
        "ORGAB": lambda: (f"556{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**14)), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "KONTO": lambda: (r.choice((f"8327-9, {r.randrange(900, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}-{r.randrange(10)}", f"6{r.randrange(100, 999)}-{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}", f"5{r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(10, 99)}")), None),
        "FASTB": lambda: (f"{r.choice(SV_TOWNS)[0]} {r.choice(BLOCKS)} {r.randrange(1, 40)}{r.choice((':', ':', ' '))}{r.randrange(1, 300)}".replace(" :", ":"), None),
        "LGHNR": lambda: (str(r.randrange(1, 180)), None),
        "BRF": lambda: (r.choice(BRFS), None),
        "AGENT": lambda: (r.choice(AGENTS_EN if lang == "en" else AGENTS), None),
        "BANK": lambda: (r.choice(BANKS), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(TOWNS_EN), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return draw.co(lines=form == "COL")
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        english = form.endswith("'")
        base = form[:-1] if english else form
        gen = english
        if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
            base, gen = base[:-1], True
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(base, person, draw, gen, english)
        else:
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    text += template[last:]
    assert "{" not in text and "}" not in text, template
    return text, spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """EJ's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, t, True) for lang, t in NEGATIVES]
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
        assert bool(spans) != negative, template
        seen.add(text)
        rows.append(
            {
                "id": f"gen-{SPLIT}-{len(rows) + 1:04d}",
                "split": SPLIT,
                "lang": lang,
                "text": text,
                "spans": spans,
            }
        )
    return rows


PNR = re.compile(r"^(?:\d{2})?(\d{6})([-+]?)(\d{4})$")


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return f"{len(digits)} digits, {sep}"


def pnr_valid(value: str) -> bool:
    match = PNR.match(value)
    if not match:
        return False
    nine = match.group(1) + match.group(3)[:3]
    month, day = int(nine[2:4]), int(nine[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn(nine) == int(match.group(3)[3])


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of EJ is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 3]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                before = text[max(0, span["start"] - 1) : span["start"]]
                forms["after @"] += before == "@"
                forms["in brackets"] += before == "(" and text[span["end"] : span["end"] + 1] == ")"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address, c/o before"] += (
                    text[max(0, span["start"] - 30) : span["start"]].count("c/o") > 0
                )
                forms["street alone"] += not any(c.isdigit() for c in value)
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
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k}: {v}" for k, v in sorted(pnr.items())))
    if draw is None:
        return
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted(set().union(*MIXES.values()) - set(draw.origins))
    print(f"origins never drawn: {missing or 'none'}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = Counter(str(row.get("id")) for row in rows)
    problems["duplicate ids"] = sum(n - 1 for n in ids.values() if n > 1)
    for row in rows:
        if list(row) != KEYS:
            problems["keys not as heldout-u's"] += 1
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            if not (0 <= start < stop <= len(text)):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["unknown kind"] += 1
            if span["kind"] == "NATIONAL_ID" and not pnr_valid(value):
                problems["personnummer invalid"] += 1
    sizes = Counter(row["lang"] for row in rows)
    if dict(sizes) != SIZES:
        problems["sizes"] += 1
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    print(
        f"checked {len(rows)} rows of {path.name}, {sum(len(row['spans']) for row in rows)} spans, sha256 {digest}"
    )
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    stats(rows, None)
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(args.seed, draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
