# ruff: noqa: E501
"""Generate held-out AO for personal-data detection (issue 15): names as the population has them,
a twentieth writer.

    python data/pii/generate_ao.py          # writes data/pii/generated-heldout-ao.jsonl
    python data/pii/generate_ao.py --stats  # counts only (sizes, forms, the head/tail split)

AO's names are drawn by how often people really carry them: every name word comes from
`names_ao.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the UK's ONS
rankings, and the commonest names of the origins common in Sweden), 80% from the head of a list
and 20% from its tail, and people are named as they are written: full names, middle names, given
names alone and their short forms (`Jocke`, `Mike`), surnames after titles and roles, lower case,
capitals, `Surname, Given`, initials, genitives. The genres are leisure and clubs
(`templates_ao.py`): football, floorball, handball and bandy rosters and match reports, race and
tournament sign-ups and results, riding schools, golf and padel bookings, gym class lists, choirs
and orchestras, scout troops, hunting teams and fishing permits, boat clubs and marinas, concert
and event tickets, holiday-cottage rentals and guest books. Written by a helper who does not tune
the detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any dev
set's error listing nor any other set's names and templates (`generate_ag.py` was read for its
mechanics only); AO was never run through the detector by its writer, and its names were not
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

from names_ao import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ao import EN, MIXED, NEGATIVES, SV, VOCAB  # noqa: E402

SEED = 20261228
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ao.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets as the writer knows them, of every common form, some named after people.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Götgatan", "Hornsgatan",
    "Sveavägen", "Karlavägen", "Odengatan", "Upplandsgatan", "Sankt Eriksgatan",
    "Hantverkargatan", "Folkungagatan", "Ringvägen", "Valhallavägen", "Birger Jarlsgatan",
    "Olof Palmes gata", "Gustav Adolfs torg", "Engelbrektsgatan", "Fleminggatan", "Linnégatan",
    "Tegnérgatan", "Kungsportsavenyn", "Övre Husargatan", "Andra Långgatan", "Första Långgatan",
    "Järntorget", "Södra Vägen", "Mölndalsvägen", "Chalmersgatan", "Södra Förstadsgatan",
    "Amiralsgatan", "Regementsgatan", "Davidshallsgatan", "Bergsgatan", "Skolvägen", "Kyrkvägen",
    "Parkvägen", "Stationsvägen", "Industrigatan", "Hamnvägen", "Sjögatan", "Bruksgatan",
    "Prästgårdsvägen", "Mejerigatan", "Tegelbruksvägen", "Ängsvägen", "Solvägen", "Villagatan",
    "Fabriksgatan", "Järnvägsgatan", "Nygatan", "Östra Vägen", "Västra Långgatan",
    "Norra Kyrkogatan", "Södra Kungsgatan", "Lilla Nygatan", "Stora Gatan", "Gamla Vägen",
    "Gamla Landsvägen", "Kvarnbacken", "Kyrkbacken", "Solbacken", "Tallbacken", "Skolbacken",
    "Rinkebysvängen", "Bergsvängen", "Kastanjeallén", "Lindallén", "Hammarby allé",
    "Slottsallén", "Skogsstigen", "Lärkstigen", "Kyrkstigen", "Stortorget", "Lilla torget",
    "Fisktorget", "Hötorget", "Medborgarplatsen", "Mariaplan", "Brommaplan", "Karlaplan",
    "Tingsplan", "Prästgränd", "Kopparslagargränd", "Skomakargränd", "Bryggargränd",
    "Idrottsvägen", "Sportvägen", "Badhusgatan", "Strandpromenaden", "Brunnsgatan",
    "Rådhusgatan", "Tullgatan", "Klostergatan", "Sjöbacken", "Hagabacken", "Vallmobacken",
    "Greta Garbos väg", "Evert Taubes terrass", "Doktor Allards gata", "Drottning Kristinas väg",
)  # fmt: skip
NATURE = (
    "Björk", "Ek", "Lind", "Tall", "Gran", "Asp", "Rönn", "Lönn", "Hassel", "Alm", "Sälg",
    "Hägg", "Syren", "Ros", "Lilje", "Viol", "Klöver", "Vallmo", "Blåklints", "Prästkrage",
    "Lärk", "Trast", "Fink", "Sparv", "Svale", "Mås", "Tran", "Svan", "Duv", "Hök", "Örn",
    "Uggle", "Blåbärs", "Lingon", "Hallon", "Smultron", "Vinbärs", "Hjortron", "Äppel",
    "Körsbärs", "Plommon", "Ängs", "Hag", "Skogs", "Sjö", "Dal", "Back", "Myr", "Ekorr", "Räv",
    "Hjort", "Älg", "Björn", "Varg", "Orre", "Tjäder", "Mård", "Bäver",
)  # fmt: skip
ENDINGS = (
    ("vägen", 40), ("stigen", 15), ("gatan", 8), ("svängen", 9), ("gången", 6), ("slingan", 5),
    ("backen", 6), ("gränd", 5), ("allén", 2), ("torget", 1), ("liden", 3), ("kroken", 2),
)  # fmt: skip
RURAL = (
    "Norrby", "Söderby", "Österby", "Västerby", "Hagby", "Kvarnby", "Berga", "Ekeby",
    "Skogstorp", "Lilla Torp", "Stora Mossen", "Ängsholmen", "Sjöstugan", "Backa", "Östra Ryd",
    "Lövåsen", "Granliden", "Tallmon", "Fiskeläget", "Gamla Skolan", "Bredsjö", "Kvarnbo",
    "Nedre Gärdet", "Hultet", "Bergsäter", "Sandvik", "Lillnäs", "Övre Myran",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Bromma", 167, 168), ("Hägersten", 126, 129), ("Farsta", 123, 123),
    ("Spånga", 163, 163), ("Täby", 183, 187), ("Lidingö", 181, 181), ("Tyresö", 135, 135),
    ("Åkersberga", 184, 184), ("Vallentuna", 186, 186), ("Upplands Väsby", 194, 194),
    ("Göteborg", 411, 426), ("Västra Frölunda", 421, 421), ("Angered", 424, 424), ("Malmö", 211, 218),
    ("Uppsala", 751, 757), ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227),
    ("Umeå", 903, 907), ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152),
    ("Eskilstuna", 632, 635), ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656),
    ("Sundsvall", 852, 857), ("Östersund", 831, 832), ("Luleå", 972, 977), ("Trollhättan", 461, 462),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Kristianstad", 291, 291), ("Skellefteå", 931, 931),
    ("Karlskrona", 371, 371), ("Varberg", 432, 432), ("Visby", 621, 622), ("Ystad", 271, 271),
    ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Motala", 591, 591), ("Nyköping", 611, 611),
    ("Katrineholm", 641, 641), ("Enköping", 745, 745), ("Norrtälje", 761, 761), ("Alingsås", 441, 441),
    ("Kungälv", 442, 442), ("Lidköping", 531, 531), ("Skövde", 541, 541), ("Värnamo", 331, 331),
    ("Nässjö", 571, 571), ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Arvika", 671, 671),
    ("Ludvika", 771, 771), ("Mora", 792, 792), ("Borlänge", 781, 784), ("Hudiksvall", 824, 824),
    ("Bollnäs", 821, 821), ("Sandviken", 811, 811), ("Härnösand", 871, 871),
    ("Örnsköldsvik", 891, 892), ("Kiruna", 981, 981), ("Piteå", 941, 941), ("Boden", 961, 961),
    ("Lycksele", 921, 921), ("Båstad", 269, 269), ("Strömstad", 452, 452), ("Lysekil", 453, 453),
    ("Borgholm", 387, 387), ("Vaxholm", 185, 185), ("Simrishamn", 272, 272), ("Åre", 837, 837),
    ("Idre", 790, 790), ("Sälen", 780, 780), ("Funäsdalen", 840, 840), ("Vimmerby", 598, 598),
)  # fmt: skip
UK_STREETS = (
    "Church Street", "Mill Road", "The Green", "Orchard Close", "Meadow Way", "Castle Street",
    "Victoria Street", "Queen's Road", "Harbour Road", "Fore Street", "Marine Parade", "Kingsway",
    "Abbey Road", "Beech Avenue", "Oak Lane", "Hawthorn Drive", "Willow Close", "St John's Road",
    "St Mary's Lane", "Windsor Terrace", "Trinity Street", "Clifton Road", "Priory Lane",
    "Riverside", "Ashdown Crescent", "Belmont Road", "Fairfield Avenue", "Wellington Road",
    "Nelson Street", "Rectory Lane", "Station Road", "High Street", "Park Lane", "Manor Way",
)  # fmt: skip
UK_HOUSES = ("Honeysuckle Cottage", "The Old Rectory", "Rose Cottage", "The Granary", "Ivy House", "Mill Cottage")  # fmt: skip
UK_TOWNS = (
    ("London", "SW"), ("London", "SE"), ("London", "N"), ("London", "E"), ("Manchester", "M"),
    ("Leeds", "LS"), ("Bristol", "BS"), ("Brighton", "BN"), ("Harrogate", "HG"), ("Bath", "BA"),
    ("Oxford", "OX"), ("Cambridge", "CB"), ("York", "YO"), ("Newcastle upon Tyne", "NE"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Belfast", "BT"),
    ("Norwich", "NR"), ("Exeter", "EX"), ("Leicester", "LE"), ("Sheffield", "S"), ("Liverpool", "L"),
    ("Plymouth", "PL"), ("Inverness", "IV"), ("Keswick", "CA"), ("Ambleside", "LA"), ("St Ives", "TR"),
    ("Whitby", "YO"),
)  # fmt: skip
US_STREETS = (
    "Lake Street", "Maple Avenue", "Oak Street", "Cedar Lane", "Pine Ridge Road", "Hillcrest Drive",
    "Lincoln Avenue", "Washington Street", "Park Avenue", "Elm Street", "Main Street",
    "River Road", "Sunset Drive", "Highland Avenue", "Spring Street", "Meadow Lane",
    "Forest Avenue", "3rd Avenue North", "Lakeshore Drive", "Pleasant Street", "Franklin Street",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Saint Paul", "MN", 551), ("Duluth", "MN", 558), ("Chicago", "IL", 606),
    ("Rockford", "IL", 611), ("Seattle", "WA", 981), ("Portland", "OR", 972), ("Boston", "MA", 21),
    ("Brooklyn", "NY", 112), ("Jamestown", "NY", 147), ("Austin", "TX", 787), ("Denver", "CO", 802),
    ("Madison", "WI", 537), ("Des Moines", "IA", 503), ("San Diego", "CA", 921), ("Atlanta", "GA", 303),
    ("Lindsborg", "KS", 674), ("Fargo", "ND", 581),
)  # fmt: skip
# Addresses elsewhere in Europe in their own formats: {n} a number, {m} a small number,
# {zW:lo-hi} a postcode part of width W, {LL} two capitals.
EUROPE = {
    "de": ("Lindenstraße {n}, {z5:10115-14199} Berlin", "Gartenstraße {n}, {z5:20095-22769} Hamburg",
           "Bergstraße {n}, {z5:80331-81929} München", "Am Markt {n}, {z5:23552-23570} Lübeck",
           "Seestraße {n}, {z5:18055-18147} Rostock", "Friedrichstraße {n}, {z5:24103-24159} Kiel",
           "Schulstraße {n}, {z5:79098-79117} Freiburg im Breisgau"),
    "fr": ("{n} rue des Lilas, {z5:75001-75020} Paris", "{n} avenue Foch, {z5:69001-69009} Lyon",
           "{n} place de la Mairie, {z5:74400-74400} Chamonix-Mont-Blanc",
           "{n} chemin des Vignes, {z5:33000-33800} Bordeaux", "{n} boulevard de la Plage, 64200 Biarritz"),
    "fi": ("Aleksanterinkatu {n} B {m}, 00100 Helsinki", "Puistokatu {n}, {z5:20100-20900} Turku",
           "Torggatan {n}, AX-22100 Mariehamn", "Kauppakatu {n} A {m}, {z5:40100-40700} Jyväskylä",
           "Handelsesplanaden {n}, 65100 Vasa"),
    "no": ("Storgata {n}, {z4:0150-0190} Oslo", "Kongens gate {n}, {z4:7011-7030} Trondheim",
           "Strandkaien {n}, {z4:5003-5015} Bergen", "Sjøgata {n}, 8006 Bodø", "Fjellvegen {n}, 3580 Geilo"),
    "dk": ("Nørregade {n}, {m}. tv., 1165 København K", "Strandvejen {n}, 2900 Hellerup",
           "Vestergade {n}, 5000 Odense C", "Klitvej {n}, 9480 Løkken", "Havnegade {n}, 3700 Rønne"),
    "pl": ("ul. Słoneczna {n}/{m}, 80-{z3:100-999} Gdańsk", "ul. Floriańska {n}, 31-0{z2:10-99} Kraków",
           "ul. Marszałkowska {n} m. {m}, 00-{z3:100-999} Warszawa", "ul. Grunwaldzka {n}, 81-{z3:300-599} Gdynia",
           "ul. Piotrkowska {n}, 90-{z3:100-999} Łódź"),
    "es": ("Calle del Sol {n}, {m}º A, 29620 Torremolinos", "Avenida del Mar {n}, 03590 Altea",
           "Calle Mayor {n}, 280{z2:10-99} Madrid", "Passeig de Gràcia {n}, 080{z2:10-40} Barcelona",
           "Urbanización Los Pinos {n}, 29660 Marbella"),
    "nl": ("Prinsengracht {n}, {z4:1011-1019} {LL} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {LL} Utrecht",
           "Coolsingel {n}, 3012 {LL} Rotterdam", "Strandweg {n}, 2586 {LL} Den Haag"),
    "it": ("Via Roma {n}, 00184 Roma", "Via Garibaldi {n}, 50123 Firenze", "Corso Buenos Aires {n}, 20124 Milano"),
    "at": ("Mariahilfer Straße {n}/{m}, 1060 Wien", "Dorfstraße {n}, 6580 St. Anton am Arlberg"),
    "ch": ("Bahnhofstrasse {n}, 8001 Zürich", "Hauptstrasse {n}, 3920 Zermatt"),
}  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se", "bredband.net", "spray.se", "me.com")  # fmt: skip
MAIL_EN = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "btinternet.com", "yahoo.co.uk", "aol.com", "protonmail.com")  # fmt: skip
AREA_TWO = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "36", "35", "46", "42", "26", "63")  # fmt: skip
AREA_THREE = ("920", "980", "910", "480", "470", "455", "498", "280", "253", "647", "523", "526", "485", "651", "570")  # fmt: skip
ABROAD = ("no", "no", "dk", "fi", "fi", "uk", "uk", "us", "de", "de", "pl", "es", "fr", "nl", "it", "tr", "th", "ee", "ie", "at", "ch")  # fmt: skip
ORG = ("example.se", "example.com", "example.org", "klubben.example.se", "example.net")  # fmt: skip


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
    given: Word
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AO from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.nicknames = 0
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
        given = self.pick(pool)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        typed_plain = {"polish": 0.3, "bcs": 0.3, "turkish": 0.3, "latin": 0.3}.get(key, 0.0)
        if self.lang == "en" and key in ("swedish", "finnish"):
            typed_plain = 0.25  # a form abroad without å, ä, ö
        if r.random() < typed_plain:
            given = (plain(given[0]), given[1])
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def nickname(self, person: Person, chance: float) -> str:
        """The given name, or now and then the short form people use for it."""
        nicks = NICKNAMES[person.origin].get(person.first)
        if nicks and self.rng.random() < chance:
            self.nicknames += 1
            return self.rng.choice(nicks)
        return person.first

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}",
                          f"{given}_{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        if r.random() < 0.15:
            return f"{local}@{r.choice(ORG)}"
        return f"{local}@{r.choice(MAIL_EN if self.lang == 'en' else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("00023336699")
        shapes = (
            (20, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (4, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}-{d[:3]} {d[3:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46(0){m[1:]}{d}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, two-digit and three-digit area codes."""
        r = self.rng
        d = self.digits(8)
        two, three = r.choice(AREA_TWO), r.choice(AREA_THREE)
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (3, f"08-{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"(08) {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08{d[:7]}"),
            (6, f"0{two}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{two}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{two} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{two}-{d[:6]}"),
            (4, f"0{three}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{three}-{d[:3]} {d[3:5]}"),
            (1, f"0{three} {d[:3]} {d[3:5]}"),
            (3, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"+46 {two} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 (0){two}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046 {three} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.65 else self.landline()

    def phone_x(self, country: str = "") -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = {
            "no": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}"),
            "dk": (f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+45 {d[:4]} {d[4:8]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+358 18 {d[:5]}"),
            "uk": (f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}",
                   f"0161 496 0{d[:3]}", f"0044 113 496 0{d[:3]}", f"01632 960{d[:3]}", f"+44 7{d[:3]} {d[3:9]}"),
            "us": (f"+1 (612) 555-0{d[:3]}", f"(206) 555-0{d[:3]}", f"612-555-0{d[:3]}", f"+1 312 555 0{d[:3]}",
                   f"001 617 555 0{d[:3]}", f"(512) 555-0{d[:3]}"),
            "de": (f"+49 30 {d[:8]}", f"+49 (0)40 {d[:7]}", f"0171 {d[:7]}", f"+49 151 {d[:8]}", f"0049 89 {d[:3]} {d[3:7]}"),
            "pl": (f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}"),
            "es": (f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"0034 9{d[:2]} {d[2:5]} {d[5:8]}"),
            "fr": (f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"),
            "nl": (f"+31 6 {d[:8]}", f"0031 20 {d[:3]} {d[3:7]}"),
            "it": (f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",), "tr": (f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",),
            "th": (f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",), "ee": (f"+372 5{d[:3]} {d[3:7]}",),
            "ie": (f"+353 87 {d[:3]} {d[3:7]}",), "at": (f"+43 664 {d[:7]}",), "ch": (f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",),
        }  # fmt: skip
        if not country:
            country = r.choice(ABROAD)
        return r.choice(shapes[country])

    def national_id(self, child: bool = False) -> str:
        """A personnummer with a valid check digit, in the ways people write it."""
        r = self.rng
        year = r.randrange(2008, 2020) if child else r.randrange(1942, 2007)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        if roll < 0.96:
            return f"{date}{serial}{check}"
        return f"{year // 100}{date} {serial}{check}"

    def org_number(self) -> str:
        """An association's organisationsnummer (802...): a near-miss, never a value."""
        body = f"802{self.rng.randrange(400, 630)}{self.digits(3)}"
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def sv_street(self) -> str:
        r = self.rng
        if r.random() < 0.4:
            ending = r.choices([e for e, _ in ENDINGS], weights=[w for _, w in ENDINGS])[0]
            name = r.choice(NATURE) + ending
        else:
            name = r.choice(SV_STREETS)
        number = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
            number += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return f"{name} {number}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        tail = r.randrange(90, 100) if rural else r.randrange(10, 90)
        code = f"{r.randrange(low, high + 1)}{tail:02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.87 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]} {town.upper()}"
        if country or r.random() < 0.03:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.14:
            street += f"{r.choice((' ', ', ', ' ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lgh.'))} {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def co_address(self, lines: bool = False) -> str:
        surname = self.pick(ORIGINS["swedish"].surnames)
        self.count([surname])
        joint = "\n" if lines else ", "
        return f"c/o {surname[0]}{joint}{self.sv_address(lines=lines)}"

    def box_address(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def rural(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        return f"{r.choice(RURAL)} {r.randrange(1, 420)}{joint}{self.sv_postal(rural=True)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', 'Apt.'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, country: str = "", lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if country:
            out = r.choice(EUROPE[country])
        else:
            if not self.europe:  # a shuffled deck: every format before any comes again
                self.europe = [f for formats in EUROPE.values() for f in formats]
                r.shuffle(self.europe)
            out = self.europe.pop()
        out = out.replace("{n}", str(r.randrange(1, 160))).replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{LL}", r.choice("ABCDEGHJKLMNPRSTVWX") + r.choice("ABCDEGHJKLMNPRSTVWX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, kind: str, rng: Random) -> str:
    """The ending a genitive adds to a name (never part of the value): Swedish or English."""
    if kind == "e":
        if name.endswith(("s", "S")):
            return "'" if rng.random() < 0.6 else "'s"
        return "s" if name.islower() and rng.random() < 0.15 else "'s"
    if name[-1] in "sxzSXZ":
        return "" if rng.random() < 0.7 else "'"
    return "'s" if rng.random() < 0.05 else "s"


def initials(given: str) -> str:
    return "-".join(p[0] for p in given.replace(" ", "-").split("-"))


def person_segments(form: str, person: Person, draw: Draw, gen: str) -> list[Segment]:
    """A person's name in `form`, then a genitive's ending (no part of the value)."""
    r = draw.rng
    given, surname, middle = [person.given], person.surname, person.middle
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form in ("NP", "np"):
        words, value = given + surname, f"{draw.nickname(person, 0.2)} {person.last}"
        value = value.lower() if form == "np" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join(w for w, _ in given + middle) + f" {person.last}"
    elif form in ("G", "g", "N", "n"):
        words = given
        value = draw.nickname(person, 0.05 if form in "Gg" else 0.4)
        value = value.lower() if form in "gn" else value
    elif form in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if form == "s" else value.upper() if form == "SU" else value
    elif form == "I":
        words = surname
        dot = "." if r.random() < 0.8 else ""
        value = f"{initials(person.first)}{dot} {person.last}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif form == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif form == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
    elif form == "SG":
        words, value = given + surname, f"{person.last} {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if gen:
        segments.append((genitive(value, gen, r), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "NP", "np", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "SG", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d+))?(?::([a-z]+))?\}")
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def pick(key: str) -> Segment:
        return r.choice(VOCAB[key]), None

    def club() -> Segment:
        town = r.choice(SV_TOWNS)[0]
        gen = town if town[-1] in "sxz" else town + "s"
        names = (f"IFK {town}", f"{gen} IF", f"{gen} BK", f"IK {town}", f"{gen} FF", f"{gen} GoIF", f"{town} IBK", f"{gen} HK", f"{gen} SK", f"{gen} AIK", f"{town} FC", f"{gen} IS")  # fmt: skip
        return r.choice(names), None

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "AUP": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "ACO": lambda: (draw.co_address(), "ADDRESS"),
        "ACOL": lambda: (draw.co_address(lines=True), "ADDRESS"),
        "AB": lambda: (draw.box_address(), "ADDRESS"),
        "AR": lambda: (draw.rural(), "ADDRESS"),
        "ARL": lambda: (draw.rural(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "AXDE": lambda: (draw.eu_address("de"), "ADDRESS"),
        "AXNO": lambda: (draw.eu_address("no"), "ADDRESS"),
        "AXDK": lambda: (draw.eu_address("dk"), "ADDRESS"),
        "AXFI": lambda: (draw.eu_address("fi"), "ADDRESS"),
        "AXES": lambda: (draw.eu_address("es"), "ADDRESS"),
        "AXPL": lambda: (draw.eu_address("pl"), "ADDRESS"),
        "AXNL": lambda: (draw.eu_address("nl"), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHNO": lambda: (draw.phone_x("no"), "PHONE"),
        "PHDK": lambda: (draw.phone_x("dk"), "PHONE"),
        "PHFI": lambda: (draw.phone_x("fi"), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PHDE": lambda: (draw.phone_x("de"), "PHONE"),
        "PHES": lambda: (draw.phone_x("es"), "PHONE"),
        "PHPL": lambda: (draw.phone_x("pl"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "ORG": lambda: (draw.org_number(), None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "GOLFID": lambda: (f"{r.randrange(50, 100):02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}-{r.randrange(1, 40):03d}", None),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}")), None),
        "DOB": lambda: (f"{r.randrange(1950, 2018)}-{month:02d}-{day:02d}", None),
        "DOBA": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1948, 2006)}", None),
        "DOBEN": lambda: (f"{day:02d}/{month:02d}/{r.randrange(2010, 2019)}", None),
        "TIME": lambda: (f"{r.randrange(6, 21)}{r.choice(('.', ':', '.'))}{r.choice(('00', '15', '30', '45', '10', '40'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'pm'))}", f"{r.randrange(7, 21)}:{r.choice(('00', '15', '30', '45'))}", f"{r.randrange(1, 12)}{r.choice(('am', 'pm'))}")), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YEAR": lambda: (str(r.randrange(2009, 2020)), None),
        "NUM": lambda: (str(r.randrange(12, 49999)), None),
        "BIB": lambda: (str(r.randrange(1, 15999)), None),
        "MIN": lambda: (str(r.randrange(1, 91)), None),
        "KRS": lambda: (f"{r.randrange(5, 150) * 10} kr" if r.random() < 0.8 else f"{r.randrange(5, 150) * 10}:-", None),
        "KRL": lambda: (f"{r.randrange(30, 950) * 100:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(5, 900)}{r.choice(('', '.00', '.50'))}", None),
        "USD": lambda: (f"${r.randrange(10, 900)}", None),
        "EUR": lambda: (f"{r.randrange(40, 2400)} €" if r.random() < 0.5 else f"€{r.randrange(40, 2400)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 9999999)}", f"SE-{r.randrange(2025, 2027)}-{r.randrange(10000, 999999)}", f"#{r.randrange(1000, 99999)}", f"{r.choice('ABCDEFGHKLMNPRSTUVXZ')}{r.choice('ABCDEFGHKLMNPRSTUVXZ')}{r.randrange(100000, 999999)}")), None),
        "HCP": lambda: (f"{r.randrange(0, 36)},{r.randrange(10)}" if not en else f"{r.randrange(0, 36)}.{r.randrange(10)}", None),
        "SCORE": lambda: (f"{r.randrange(0, 7)}-{r.randrange(0, 6)}", None),
        "COURT": lambda: (str(r.randrange(1, 9)), None),
        "BERTH": lambda: (f"{r.choice('ABCDEF')}{r.randrange(1, 60)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0] if r.random() < 0.6 else r.choice(US_TOWNS)[0], None),
        "CLUB": club,
        "DAY": lambda: (r.choice(VOCAB["DAYS_SV"]), None),
        "DAYEN": lambda: (r.choice(VOCAB["DAYS_EN"]), None),
        "MONTH": lambda: (r.choice(MONTHS["sv"]), None),
        "MONTHEN": lambda: (r.choice(MONTHS["en"]), None),
    }  # fmt: skip
    if form in values:
        return values[form]()
    return pick(form)


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, opts = match.group(1), match.group(2), match.group(3) or ""
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                woman = True if "f" in opts else False if "m" in opts else None
                person = draw.person(woman)
                if ref:
                    people[ref] = person
            gen = "s" if "s" in opts else "e" if "e" in opts else ""
            segments = person_segments(form, person, draw, gen)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AO's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ao-{len(rows) + 1:04d}", "split": "heldout-ao", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AO is printed."""
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
                forms["capitals"] += value.isupper()
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.?(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value.lower()
                forms["address c/o"] += "c/o" in value
                forms["address Box"] += value.startswith("Box ")
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"short forms (nicknames) written: {draw.nicknames}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


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
