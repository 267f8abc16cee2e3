# ruff: noqa: E501
"""Generate held-out DA for personal-data detection (issue 15): names as the population has them,
an eighty-fourth writer.

    python data/pii/generate_da.py                      # writes data/pii/generated-heldout-da.jsonl
    python data/pii/generate_da.py --stats              # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_da.py --check              # checks the written file, prints counts only
    python data/pii/generate_da.py --seed 7 --out /tmp/da-7.jsonl   # a scratch seed

DA's names are drawn by how often people really carry them: every name word comes from
`names_da.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as the population that
writes it is. The genre is cars and traffic as their owners see them (`templates_da.py`): parking
fines and appeals, speed-camera letters, registration and change of keeper, inspections (besiktning,
katsastus, MOT, NCT), private sales and dealers' offers, garages and tyre hotels, collisions and insurance
claims, roadside assistance, car sharing and leasing, driving schools, in Sweden, Norway, Denmark,
Finland, Germany, the UK, Ireland and the US, in Swedish, English and both at once. Written by a
helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics), the
sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`, neither the detector's rules, lexicons and tagger nor any other set's
names, templates or rows nor any error listing; DA was never run through the detector by its writer,
and its names were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed,
same bytes.
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

from names_da import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_da import EN, MIXED, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270161
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-da.jsonl"
SPLIT = "heldout-da"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what towns have).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Järnvägsgatan", "Nygatan", "Köpmangatan",
    "Västra Hamngatan", "Södra Förstadsgatan", "Tullgatan", "Bruksgatan", "Fabriksgatan",
    "Verkstadsgatan", "Linnégatan", "Sveavägen", "Vasagatan", "Götgatan", "Hornsgatan",
    "Fleminggatan", "Kaserngatan", "Kvarngatan", "Repslagaregatan", "Brogatan", "Trädgårdsgatan",
    "Skolvägen", "Industrivägen", "Björkvägen", "Tallvägen", "Granvägen", "Ringvägen",
    "Lövängsvägen", "Solvägen", "Syrenvägen", "Bivägen", "Gamla Vägen", "Kyrkvägen", "Mossvägen",
    "Ekbacksvägen", "Hagalundsvägen", "Norra Kungsvägen", "Lärkvägen", "Åkervägen", "Bultvägen",
    "Motorvägen", "Bensinvägen", "Kopparsvängen", "Rönnsvängen", "Ängsvägen", "Ekollonsvängen",
    "Videsvängen", "Slånbärsallé", "Lindallén", "Kastanjeallén", "Parkallén", "Tuppallén",
    "Kvarnbacken", "Eriksbergs backe", "Tegelbruksbacken", "Klockarbacken", "Söderbacken",
    "Mjölnarstigen", "Blåklintsstigen", "Ekorrstigen", "Linbanestigen", "Vitsippsstigen",
    "Stortorget", "Lilla torg", "Hötorget", "Fisktorget", "Järnvägstorget", "Marknadsplan",
    "Centrumplan", "Stationsplan", "Bergsgränd", "Tunnbindargränd", "Smedjegränd",
    "Prästgårdsgränd", "Hamnkajen", "Södra kajen", "Skeppsbrokajen", "Stenpirskajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the writer's knowledge of the ranges).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Kalmar", 392, 393), ("Skövde", 541, 541), ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Varberg", 432, 432),
    ("Örnsköldsvik", 891, 891), ("Nyköping", 611, 611), ("Kungsbacka", 434, 434), ("Motala", 591, 591),
    ("Trelleborg", 231, 231), ("Visby", 621, 621), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Solna", 169, 171), ("Nacka", 131, 132), ("Sollentuna", 191, 192), ("Huddinge", 141, 141),
    ("Sunne", 686, 686), ("Torsby", 685, 685), ("Ljusdal", 827, 827), ("Sveg", 842, 842),
    ("Älmhult", 343, 343), ("Gnosjö", 335, 335), ("Tranås", 573, 573), ("Hjo", 544, 544),
    ("Åre", 837, 837), ("Arvidsjaur", 933, 933), ("Tomelilla", 273, 273), ("Simrishamn", 272, 272),
    ("Höör", 243, 243), ("Malung", 782, 782), ("Vimmerby", 598, 598), ("Bollnäs", 821, 821),
    ("Kramfors", 872, 872), ("Lycksele", 921, 921), ("Strömstad", 452, 452), ("Filipstad", 682, 682),
    ("Sala", 733, 733), ("Flen", 642, 642), ("Oskarshamn", 572, 572), ("Värnamo", 331, 331),
    ("Laholm", 312, 312), ("Falkenberg", 311, 311),
)  # fmt: skip
RURAL_FROM = 44  # the towns from here on have the rural postcodes (`xxx 9x`) of the countryside
# Villages and hamlets that rural addresses go by (`Kvarnbo 14, 686 93 Sunne`).
VILLAGES = (
    "Kvarnbo", "Östanå", "Rörvik", "Hällebäck", "Norrby", "Bäckby", "Sörmark", "Åsen", "Mossby",
    "Tallnäs", "Västanede", "Önnarp", "Hemmingsmark", "Lillebo", "Ängsö", "Gräsmark", "Lövnäs",
    "Ransby", "Stensjö", "Björkhult", "Fågelsång", "Nederby", "Kärrbo", "Vallby", "Hultet",
    "Österbyn", "Västerbyn", "Brattfors", "Sandviken", "Lyngsåsa", "Håsta", "Rackeby",
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Queen Street", "Station Road", "Church Street", "Victoria Avenue", "Mill Lane",
    "Park Road", "Elm Grove", "Carlton Road", "Beech Crescent", "Meadow Close", "Priory Way",
    "London Road", "Westfield Drive", "Oakwood Avenue", "Canal Street", "Chapel Lane", "The Crescent",
    "Kingsway", "Moorland Road", "Hawthorn Drive", "Riverside Walk", "St Mary's Road", "Brook Street",
)  # fmt: skip
UK_TOWNS = (
    ("Reading", "RG"), ("Swindon", "SN"), ("Leicester", "LE"), ("Nottingham", "NG"), ("Derby", "DE"),
    ("Coventry", "CV"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Glasgow", "G"), ("Edinburgh", "EH"),
    ("Aberdeen", "AB"), ("Belfast", "BT"), ("York", "YO"), ("Sheffield", "S"), ("Plymouth", "PL"),
    ("Exeter", "EX"), ("Brighton", "BN"), ("Southampton", "SO"), ("Milton Keynes", "MK"),
    ("Cambridge", "CB"), ("Oxford", "OX"), ("Bath", "BA"), ("Newcastle upon Tyne", "NE"),
    ("Liverpool", "L"), ("Birmingham", "B"), ("London", "SE"), ("London", "NW"), ("Norwich", "NR"),
)  # fmt: skip
UK_UNITS = ("Unit 4, Riverside Trading Estate", "Unit 12, Brunel Park", "Unit 7B, Lakeside Industrial Estate", "Suite 3, Carlton House")  # fmt: skip
US_STREETS = (
    "Elm Street", "Oak Avenue", "Maple Drive", "Main Street", "Cedar Lane", "Pine Street",
    "Lincoln Avenue", "Sunset Boulevard", "Lakeview Drive", "Highland Avenue", "Ridge Road",
    "Washington Street", "Park Place", "2nd Street", "W 5th Avenue", "N Broadway", "Willow Court",
)  # fmt: skip
US_TOWNS = (
    ("Sacramento", "CA", 958), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Columbus", "OH", 432),
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Phoenix", "AZ", 850), ("Raleigh", "NC", 276),
    ("Madison", "WI", 537), ("Albany", "NY", 122), ("Tampa", "FL", 336), ("Omaha", "NE", 681),
    ("Rockford", "IL", 611), ("Des Moines", "IA", 503), ("Portland", "OR", 972), ("Duluth", "MN", 558),
)  # fmt: skip
# Addresses of the neighbouring countries and further Europe, each as people there write them.
NORWAY = (
    "Storgata {n}, {z4:0150-0190} Oslo", "Kongens gate {n}, {z4:7010-7030} Trondheim",
    "Bryggen {n}, {z4:5003-5004} Bergen", "Thereses gate {n} B, {z4:0352-0358} Oslo",
    "Kirkeveien {n}, {z4:1300-1349} Sandvika", "Strandgata {n}, {z4:9008-9010} Tromsø",
    "Løkkeveien {n}, {z4:4008-4010} Stavanger", "Fjellveien {n}, {z4:2600-2619} Lillehammer",
)  # fmt: skip
DENMARK = (
    "Nørregade {n}, {m}. th., {z4:1165-1172} København K", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "Algade {n}, {z4:4000-4000} Roskilde", "Jernbanegade {n}, {z4:5000-5000} Odense C",
    "Strandvejen {n}, st. tv., {z4:2900-2900} Hellerup", "Boulevarden {n}, {z4:9000-9000} Aalborg",
    "Torvet {n}, {z4:6700-6705} Esbjerg", "Søndergade {n}, {m}. sal, {z4:7100-7100} Vejle",
)  # fmt: skip
FINLAND = (
    "Mannerheimintie {n} B {m}, {z5:00100-00260} Helsinki", "Hämeenkatu {n} A {m}, {z5:33100-33210} Tampere",
    "Kauppakatu {n}, {z5:40100-40100} Jyväskylä", "Rantakatu {n}, {z5:90100-90100} Oulu",
    "Yliopistonkatu {n}, {z5:20100-20100} Turku", "Storgatan {n}, {z5:65100-65100} Vasa",
    "Strandgatan {n}, {z5:22100-22100} Mariehamn", "Kirkkokatu {n} C {m}, {z5:70100-70110} Kuopio",
)  # fmt: skip
GERMANY = (
    "Hauptstraße {n}, {z5:10827-10829} Berlin", "Schillerstraße {n}, {z5:60313-60329} Frankfurt am Main",
    "Am Markt {n}, {z5:18055-18055} Rostock", "Lindenallee {n}, {z5:20259-20259} Hamburg",
    "Bahnhofstraße {n}, {z5:24937-24939} Flensburg", "Kieler Straße {n}, {z5:24143-24148} Kiel",
    "Leopoldstraße {n}, {z5:80802-80804} München", "Industriestraße {n}, {z5:50735-50739} Köln",
)  # fmt: skip
EUROPE = (
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "{n} rue de la République, {z5:69001-69002} Lyon",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, {z5:28012-28013} Madrid",
    "Via Garibaldi {n}, {z5:10121-10122} Torino", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "Rue Haute {n}, {z4:1000-1000} Bruxelles",
    "ul. Piotrkowska {n} m. {m}, 90-{z3:001-999} Łódź", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
)  # fmt: skip
IRELAND = (
    "{n} Church Road, Ballincollig, Co. Cork, P31 {E4}", "{n} Main Street, Naas, Co. Kildare, W91 {E4}",
    "Apartment {m}, {n} Gardiner Street, Dublin 1, D01 {E4}", "{n} Shop Street, Galway, H91 {E4}",
    "{n} O'Connell Street, Limerick, V94 {E4}", "{n} Seapoint Avenue, Blackrock, Co. Dublin, A94 {E4}",
    "Rosehill, Ballymore, Co. Westmeath, N91 {E4}", "{n} The Quay, Waterford, X91 {E4}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "hotmail.co.uk", "yahoo.com", "eircom.net")  # fmt: skip
WORK = ("example.se", "fleet.example.se", "example.com", "example.org", "example.co.uk", "bilfirma.example.se")  # fmt: skip
FIRM_MAIL = (
    "bokning@motorservice.example.se", "info@dackcentralen.example.se", "kontrollavgift@parkering.example.se",
    "kundservice@bilpoolen.example.se", "skador@forsakring.example.se", "service@bilhallen.example.se",
    "elev@trafikskolan.example.se", "hyrbil@biluthyrning.example.se", "besiktning@station.example.se",
    "fleet@leasing.example.se",
)  # fmt: skip
FIRM_MAIL_EN = (
    "claims@insurer.example.co.uk", "bookings@mot-centre.example.co.uk", "appeals@parking.example.co.uk",
    "help@roadside.example.com", "fleet@leasing.example.com", "info@carsharing.example.com",
    "service@autohaus.example.de", "post@bilverksted.example.no",
)  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or an org.nr's nine."""
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
    """Every value of DA from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deal(self, name: str, cards: tuple[str, ...]) -> str:
        """The next card of a shuffled deck: every card before any comes again."""
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

    def person(self, woman: bool | None, origin: str | None = None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        key = origin or r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        source = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = source.given_f if woman else source.given_m
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0] and " " not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {
            "swedish": 0.4,
            "us": 0.35,
            "uk": 0.3,
            "irish": 0.2,
            "norwegian": 0.3,
            "danish": 0.3,
            "german": 0.15,
            "finnish": 0.3,
        }.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(source.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(source.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(source.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(source.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
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

        def local(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = local(person.first), local(person.surname[0][0])
        shape = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{shape}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("00233699")
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
                "60",
                "36",
                "23",
                "26",
                "35",
                "11",
                "46",
            )
        )
        a3 = r.choice(("155", "171", "220", "240", "300", "320", "340", "380", "418", "431", "470", "480", "491", "500", "510", "520", "563", "570", "586", "611", "620", "660", "670", "680", "690", "910", "920", "940", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A Swedish firm's number: switchboards, 010, 0771 and 020 numbers."""
        r = self.rng
        d = self.digits(8)
        return r.choice((f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}",
                         f"010 {d[:3]} {d[3:5]} {d[5:7]}", f"0771 {d[:3]} {d[3:6]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}"))  # fmt: skip

    def phone_at(self, country: str) -> str:
        """A number of `country` as people there write it, at home or dialled from abroad."""
        r = self.rng
        d = self.digits(10)
        shapes = {
            "no": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
                   f"22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 55 {d[:2]} {d[2:4]} {d[4:6]}"),
            "dk": (f"+45 {r.choice('2345')}{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}", f"{r.choice('2345')}{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}",
                   f"{r.choice('2345')}{d[:3]} {d[3:7]}", f"0045 33 {d[:2]} {d[2:4]} {d[4:6]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"050-{d[:3]} {d[3:7]}",
                   f"09 {d[:4]} {d[4:8]}", f"+358 9 {d[:3]} {d[3:7]}", f"00358 45 {d[:7]}"),
            "de": (f"+49 171 {d[:7]}", f"0171 {d[:7]}", f"030 {d[:8]}", f"+49 (0)40 {d[:6]}-0",
                   f"0049 89 {d[:7]}", f"0151/{d[:8]}", f"+49 461 {d[:6]}"),
            "uk": (f"07700 900{d[:3]}", f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"020 7946 0{d[:3]}",
                   f"0161 496 0{d[:3]}", f"+44 (0)113 496 0{d[:3]}", f"01632 {d[:6]}", f"0117 {d[:3]} {d[3:7]}",
                   f"029 20{d[:2]} {d[2:6]}", f"0131 {d[:3]} {d[3:7]}"),
            "ie": (f"087 {d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"(01) {d[:3]} {d[3:7]}", f"+353 1 {d[:3]} {d[3:7]}",
                   f"021 {d[:3]} {d[3:7]}", f"085-{d[:7]}", f"00353 91 {d[:6]}"),
            "us": (f"({r.randrange(201, 990)}) 555-01{d[:2]}", f"{r.randrange(201, 990)}-555-01{d[:2]}",
                   f"+1 {r.randrange(201, 990)} {d[:3]} {d[3:7]}", f"{r.randrange(201, 990)}.{d[:3]}.{d[3:7]}",
                   f"({r.randrange(201, 990)}) {d[:3]}-{d[3:7]}", f"1-888-555-01{d[:2]}"),
            "x": (f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                  f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}",
                  f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
                  f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}"),
        }  # fmt: skip
        return r.choice(shapes[country])

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without its sign."""
        r = self.rng
        year = r.randrange(1921, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        sign = (
            "+" if year <= 1926 else "-"
        )  # in the year one turns a hundred, the ten digits take a plus
        roll = r.random()
        if sign == "+" and roll < 0.6:
            return f"{date}+{serial}{check}"
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{sign}{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_nr(self) -> str:
        """An aktiebolag's organisation number: no personnummer, though it has the shape of one."""
        head = f"55{self.rng.randrange(6, 10)}{self.digits(3)}{self.digits(3)}"
        return f"{head[:6]}-{head[6:]}{luhn(head)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += ", uppg. B"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 24)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.22:
            street = f"{r.choice(UK_UNITS)}, {r.choice(UK_STREETS)}"
        elif roll < 0.28:
            street = f"{r.randrange(1, 60)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B'))}".replace(
                "# ", "#"
            )
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zip_code}"
            if lines
            else f"{street}, {town}, {state} {zip_code}"
        )

    def formatted(self, deck: str, cards: tuple[str, ...], lines: bool = False) -> str:
        """An address of a country's deck with its numbers and postcode filled in."""
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deal(deck, cards).replace("{n}", str(r.randrange(1, 140)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        eir = "ACDEFHKNPRTVWXY0123456789"
        out = out.replace(
            "{E4}", r.choice("ACDEFHKNPRTVWXY") + "".join(r.choice(eir) for _ in range(3))
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


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


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GU in capitals, N/n the short form where the name has one, S/s the
    surname, SU in capitals, I an initial and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    base = form if form in PERSON_FORMS else form[:-1]
    english = form.endswith("'")
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        if not middle:  # a full name with its middle name: one is drawn when the person had none
            source = ORIGINS[person.origin]
            extra = draw.pick(source.given_f if person.woman else source.given_m)
            if extra[0] not in (w for w, _ in given):
                person.middle = middle = [extra]
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
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


SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?(?:@([a-z]+))?\}")
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {"sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"), "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")}  # fmt: skip
PLATE = "ABCDEFGHJKLMNOPRSTUWXYZ"


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def letters(n: int) -> str:
        return "".join(r.choice(PLATE) for _ in range(n))

    def amount(low: int, high: int) -> str:
        return f"{r.randrange(low, high):,}".replace(",", " ")

    values: dict[str, Callable[[], Segment]] = {
        # Addresses: Swedish ones in every form, then the neighbours', the UK's, Ireland's, the US's.
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.deal("street", SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "st": lambda: (r.choice((draw.sv_street(), r.choice(SV_STREETS))).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "UKSTN": lambda: (draw.deal("uk street", UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "USST": lambda: (f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}", "ADDRESS"),
        "AIE": lambda: (draw.formatted("ie", IRELAND), "ADDRESS"),
        "AIEL": lambda: (draw.formatted("ie", IRELAND, lines=True), "ADDRESS"),
        "ANO": lambda: (draw.formatted("no", NORWAY), "ADDRESS"),
        "ADK": lambda: (draw.formatted("dk", DENMARK), "ADDRESS"),
        "AFI": lambda: (draw.formatted("fi", FINLAND), "ADDRESS"),
        "ADE": lambda: (draw.formatted("de", GERMANY), "ADDRESS"),
        "ADEL": lambda: (draw.formatted("de", GERMANY, lines=True), "ADDRESS"),
        "AX": lambda: (draw.formatted("eu", EUROPE), "ADDRESS"),
        # Phones and the rest of the values.
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHNO": lambda: (draw.phone_at("no"), "PHONE"),
        "PHDK": lambda: (draw.phone_at("dk"), "PHONE"),
        "PHFI": lambda: (draw.phone_at("fi"), "PHONE"),
        "PHDE": lambda: (draw.phone_at("de"), "PHONE"),
        "PHUK": lambda: (draw.phone_at("uk"), "PHONE"),
        "PHIE": lambda: (draw.phone_at("ie"), "PHONE"),
        "PHUS": lambda: (draw.phone_at("us"), "PHONE"),
        "PHX": lambda: (draw.phone_at("x"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "FMAIL": lambda: (draw.deal("firm mail en", FIRM_MAIL_EN) if draw.lang == "en" else draw.deal("firm mail", FIRM_MAIL), "EMAIL"),
        # Look-alikes: no values.
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "DATEUS": lambda: (r.choice((f"{MONTHS['en'][month - 1]} {day}, 2027", f"{month}/{day}/2027", f"{month:02d}/{day:02d}/27")), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "TIME": lambda: (f"{r.randrange(6, 22):02d}{r.choice(('.', ':'))}{r.choice(('00', '05', '15', '20', '30', '40', '45', '50'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(7, 12)}:{r.choice(('00', '15', '30', '45'))} am", f"{r.randrange(1, 6)}:{r.choice(('00', '15', '30', '45'))} pm", f"{r.randrange(7, 19):02d}:{r.choice(('00', '10', '30', '50'))}")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "YEAR": lambda: (str(r.randrange(2003, 2026)), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "REG": lambda: (f"{letters(3)}{r.choice((' ', ' ', ''))}{r.randrange(10, 100)}{r.choice('0123456789ABCDEFGHJKLMNPRSTUWXYZ')}", None),
        "REGDK": lambda: (f"{letters(2)} {r.randrange(10, 99)} {r.randrange(100, 999)}", None),
        "REGFI": lambda: (f"{letters(3)}-{r.randrange(1, 999)}", None),
        "REGDE": lambda: (f"{r.choice(('B', 'HH', 'M', 'K', 'F', 'FL', 'KI', 'HB'))}-{letters(2)} {r.randrange(1, 9999)}{r.choice(('', '', 'E'))}", None),
        "REGUK": lambda: (f"{letters(2)}{r.choice(('19', '69', '21', '71', '23', '73', '16', '66'))} {letters(3)}", None),
        "REGIE": lambda: (f"{r.choice(('191', '201', '222', '231', '242', '161'))}-{r.choice(('D', 'C', 'G', 'KE', 'WW', 'L', 'MO'))}-{r.randrange(1, 29999)}", None),
        "REGUS": lambda: (r.choice((f"{r.randrange(1, 9)}{letters(3)}{r.randrange(100, 999)}", f"{letters(3)}-{r.randrange(1000, 9999)}", f"{r.randrange(100, 999)} {letters(3)}")), None),
        "VIN": lambda: (r.choice(("YV1", "WVW", "WBA", "VF1", "KNA", "JN1", "TMB", "SAL", "WAU", "YS3")) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)), None),
        "OCR": lambda: (str(r.randrange(10**11, 10**16)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORGNR": lambda: (draw.org_nr(), None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"{letters(2)}-{r.randrange(10000, 99999)}", f"#{r.randrange(1000, 99999)}", f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}")), None),
        "CASE": lambda: (r.choice((f"{r.randrange(5000, 5999)}-K{r.randrange(10000, 999999)}-27", f"TSTRK {r.randrange(2020, 2028)}-{r.randrange(1000, 99999)}", f"Ä-{r.randrange(100000, 999999)}")), None),
        "FINE": lambda: (r.choice((f"{r.randrange(10**7, 10**8)}", f"KA{r.randrange(100000, 999999)}", f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}")), None),
        "PCN": lambda: (f"{letters(2)}{r.randrange(10**7, 10**8)}", None),
        "CLAIM": lambda: (r.choice((f"S-{r.randrange(20, 28)}-{r.randrange(100000, 999999)}", f"CLM-{r.randrange(100000, 999999)}", f"{r.randrange(10**8, 10**9)}")), None),
        "POLICY": lambda: (f"{r.randrange(1000000, 9999999)}-{r.randrange(10)}", None),
        "AMT": lambda: (r.choice((f"{amount(150, 48000)} kr", f"{amount(150, 9000)}:-", f"SEK {amount(150, 48000)}")), None),
        "AMTS": lambda: (r.choice((f"{r.randrange(4, 160) * 10} kr", f"{r.randrange(4, 160) * 10}:-", f"{r.randrange(40, 1600)},00 kr")), None),
        "AMTC": lambda: (r.choice((f"{r.randrange(15, 460) * 1000:,} kr".replace(",", " "), f"{r.randrange(15, 460) * 1000:,}:-".replace(",", " "), f"{r.randrange(15, 460)} 000 kr")), None),
        "GBPC": lambda: (f"£{r.randrange(8, 240) * 100:,}", None),
        "USDC": lambda: (f"${r.randrange(20, 400) * 100:,}", None),
        "NOK": lambda: (r.choice((f"NOK {amount(30, 9000)}", f"{amount(30, 9000)} kr")), None),
        "DKK": lambda: (r.choice((f"DKK {r.randrange(100, 9000)}", f"{r.randrange(1, 9)}.{r.randrange(100, 999)} kr")), None),
        "EUR": lambda: (r.choice((f"€{r.randrange(20, 900)}", f"{r.randrange(20, 900)},00 €", f"EUR {r.randrange(20, 900)}")), None),
        "GBP": lambda: (r.choice((f"£{r.randrange(25, 4000)}", f"£{r.randrange(25, 400)}.{r.randrange(100):02d}")), None),
        "USD": lambda: (r.choice((f"${r.randrange(25, 9000):,}", f"${r.randrange(25, 900)}.{r.randrange(100):02d}")), None),
        "KMHX": lambda: (f"{r.randrange(112, 160)} km/h", None),  # above any limit the texts name
        "GBPS": lambda: (r.choice((f"£{r.randrange(3, 160)}", f"£{r.randrange(3, 160)}.{r.choice(('00', '50', '20', '75'))}")), None),
        "MPH": lambda: (f"{r.randrange(34, 98)} mph", None),
        "MIL": lambda: (r.choice((f"{amount(800, 38000)} mil", f"{amount(8000, 380000)} km")), None),
        "MILES": lambda: (f"{r.randrange(8, 190)},{r.randrange(100, 999)}", None),
        "KM": lambda: (f"{r.randrange(3, 480)} km", None),
        "TYRE": lambda: (f"{r.choice(('195/65', '205/55', '225/45', '215/60', '235/50', '185/65'))} R{r.choice(('15', '16', '17', '18', '19'))}{r.choice(('', ' 91V', ' 94H', ' XL'))}", None),
        "SHELF": lambda: (f"{r.choice('ABCDEFG')}{r.randrange(1, 40)}", None),
    }  # fmt: skip
    if form in values:
        return values[form]()
    return draw.deal(form, WORDS[form]), None  # a word list of the templates: firms, models, places


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, origin = match.groups()
        if form in PERSON_FORMS or (form[-1] in "s'" and form[:-1] in PERSON_FORMS):
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""), origin)
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
    """DA's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of DA is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with + or -"] += bool(re.search(r"[-+]", value))
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}; typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(la for la, _ in NEGATIVES).items()))
        + ")"
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts of what it found, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    spans_seen = 0
    for row in rows:
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["keys"] += 1
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop, kind = span["start"], span["end"], span["kind"]
            value = text[start:stop]
            problems["kind"] += kind not in KINDS
            problems["empty or out of bounds"] += not 0 <= start < stop <= len(text)
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if kind == "NATIONAL_ID":
                match = re.fullmatch(r"(?:(?:19|20)(\d{6})|(\d{6}))([-+]?)(\d{3})(\d)", value)
                if not match:
                    problems["personnummer shape"] += 1
                else:
                    date = match.group(1) or match.group(2)
                    problems["personnummer check digit"] += luhn(date + match.group(4)) != int(
                        match.group(5)
                    )
                    problems["personnummer + on 12 digits"] += (
                        match.group(1) is not None and match.group(3) == "+"
                    )
    problems["size"] += Counter(r["lang"] for r in rows) != Counter(SIZES)
    found = {k: v for k, v in problems.items() if v}
    print(f"{path.name}: {len(rows)} rows, {len(ids)} ids, {spans_seen} spans checked")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in found.items()) if found else "none"))
    return 1 if found else 0


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
        sys.exit(check(args.out))
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
