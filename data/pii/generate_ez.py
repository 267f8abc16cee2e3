# ruff: noqa: E501
"""Generate held-out EZ for personal-data detection (issue 15): names as the population has them,
a hundred-and-thirty-fifth writer.

    python data/pii/generate_ez.py                       # writes data/pii/generated-heldout-ez.jsonl
    python data/pii/generate_ez.py --stats               # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ez.py --check               # checks the written file, prints counts only
    python data/pii/generate_ez.py --seed 7 --out /tmp/ez.jsonl   # a scratch set to read

EZ's names are drawn by how often people really carry them: every name word comes from
`names_ez.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is hotels, conferences and business travel (`templates_ez.py`): reservations and
their confirmations, guest lists and rooming lists for groups, check-in cards, conference
registrations, name badges, speaker lists and seating plans, invoices to firms, expense claims,
itineraries and transfers, complaints and their answers, lost-and-found logs and letters, with
the staff's and the travellers' chats, e-mail headers and signatures. Written by a helper who does
not tune the detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the
slot filler, the row format, `--stats`), the sections "Held-out AW" and "Held-out CL" of
docs/privacy.md and the first line of `generated-heldout-u.jsonl` (for its keys); neither the
detector's rules, lexicons and tagger, nor any other set's names, templates or rows, nor any error
listing. EZ was never run through the detector by its writer, and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ez import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ez import (  # noqa: E402
    CITIES,
    CITIES_EN,
    DAYS,
    DIETS,
    EN,
    EVENTS,
    EVENTS_EN,
    FIRMS,
    FIRMS_EN,
    HOTELS,
    HOTELS_EN,
    MIXED,
    MONTHS,
    NEGATIVES,
    SV,
    VENUES,
)

SEED = 20270212
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ez.jsonl"
SPLIT = "heldout-ez"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, in the cities where people meet and stay, and some named
# after people (the whole street is the address; no PERSON inside it).
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Vasagatan", "Storgatan", "Hamngatan", "Nygatan", "Götgatan",
    "Hornsgatan", "Linnégatan", "Tegnérgatan", "Sankt Eriksgatan", "Olof Palmes gata", "Kyrkogatan",
    "Järnvägsgatan", "Stationsgatan", "Skolgatan", "Trädgårdsgatan", "Östra Hamngatan",
    "Södra Förstadsgatan", "Västra Storgatan", "Fabriksgatan", "Bryggargatan", "Repslagargatan",
    "Hantverkargatan", "Industrigatan", "Mässans gata", "Kungsportsavenyn", "Torshamnsgatan",
    "Sveavägen", "Karlavägen", "Valhallavägen", "Ringvägen", "Björkvägen", "Skogsvägen",
    "Industrivägen", "Kvarnvägen", "Strandvägen", "Mässvägen", "Flygplatsvägen", "Parkvägen",
    "Lindvägen", "Tallvägen", "Sjövägen", "Arlandavägen", "Lärkesvängen", "Kvarnsvängen",
    "Hagsvängen", "Konvaljsvängen", "Björkallén", "Kastanjeallén", "Hammarby allé",
    "Rosenlunds allé", "Kvarnbacken", "Solbacken", "Prästbacken", "Tullbacken", "Brunkebergs backe",
    "Lärkstigen", "Blåbärsstigen", "Ekorrstigen", "Vitsippsstigen", "Stortorget", "Järntorget",
    "Hötorget", "Lilla torget", "Stora torget", "Gustav Adolfs torg", "Centralplan", "Stationsplan",
    "Brunnsplan", "Slottsplan", "Smedgränd", "Kyrkogränd", "Bollhusgränd", "Mårten Trotzigs gränd",
    "Hamnkajen", "Stadsgårdskajen", "Skeppsbrokajen", "Packhuskajen", "Södra Kajen", "Norra Kajen",
    "Skeppsbron", "Kistagången", "Medborgarplatsen",
)  # fmt: skip
# Streets that stand alone in prose (`Hotellet ligger på Vasagatan`).
SV_STREETS_BARE = SV_STREETS[:30] + SV_STREETS[63:]
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Kista", 164, 164), ("Nacka", 131, 132),
    ("Sollentuna", 191, 192), ("Täby", 183, 187), ("Sigtuna", 193, 193), ("Märsta", 195, 195),
    ("Stockholm-Arlanda", 190, 190), ("Mölndal", 431, 431), ("Lund", 222, 227), ("Helsingborg", 252, 256),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 581, 589), ("Norrköping", 602, 603),
    ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Luleå", 972, 975), ("Sundsvall", 852, 857),
    ("Gävle", 802, 806), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Borås", 503, 507),
    ("Eskilstuna", 632, 635), ("Halmstad", 302, 305), ("Kalmar", 392, 393), ("Östersund", 831, 832),
    ("Falun", 791, 791), ("Kiruna", 981, 981), ("Skellefteå", 931, 931), ("Visby", 621, 622),
    ("Trollhättan", 461, 462), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Sandviken", 811, 811), ("Borlänge", 781, 784), ("Piteå", 941, 941), ("Västervik", 593, 593),
)  # fmt: skip
# Small towns whose countryside gets rural postcodes (`xxx 9x`), for conference farms and homes.
SV_RURAL = (
    ("Heby", 744), ("Åre", 837), ("Sälen", 780), ("Båstad", 269), ("Ystad", 271), ("Tomelilla", 273),
    ("Vimmerby", 598), ("Hjo", 544), ("Orsa", 794), ("Rättvik", 795), ("Leksand", 793), ("Sunne", 686),
    ("Torsby", 685), ("Ljusdal", 827), ("Kungsbacka", 434), ("Norrtälje", 761), ("Strömstad", 452),
    ("Tranås", 573), ("Ljungby", 341), ("Simrishamn", 272), ("Varberg", 432), ("Gnesta", 646),
)  # fmt: skip
VILLAGES = (
    "Sörby", "Västanby", "Kvarnby", "Östra Ryd", "Lillbyn", "Ängsbyn", "Tallåsen", "Högåsen",
    "Storbyn", "Nederby", "Mickelsbo", "Lövåsen", "Ekeby", "Berga", "Bäckby", "Tuna", "Ulvsby",
    "Österby", "Norrby", "Hagby", "Skoby", "Kyrkbyn", "Solberga", "Rösjö", "Näsby gård",
)  # fmt: skip
UK_STREETS = (
    "Fleet Street", "Bishopsgate", "Deansgate", "Princes Street", "Queen Street", "Victoria Street",
    "Broad Street", "King Street", "Canal Street", "Market Street", "Colmore Row", "Temple Quay",
    "Hills Road", "Park Row", "Whitehall Road", "Canada Square", "Oxford Road", "High Street",
    "Station Road", "Castle Street", "St Mary's Road", "Church Lane", "The Crescent", "Albion Place",
)  # fmt: skip
UK_TOWNS = (
    ("London", ("EC1A", "EC2M", "EC4N", "WC2N", "W1T", "SE1", "SW1A", "E14", "N1")),
    ("Manchester", ("M1", "M2", "M3", "M4")), ("Birmingham", ("B1", "B2", "B3", "B5")),
    ("Edinburgh", ("EH1", "EH2", "EH3")), ("Glasgow", ("G1", "G2", "G3")), ("Leeds", ("LS1", "LS2")),
    ("Bristol", ("BS1", "BS2")), ("Cambridge", ("CB1", "CB2")), ("Oxford", ("OX1", "OX2")),
    ("Liverpool", ("L1", "L2", "L3")), ("Cardiff", ("CF10",)), ("Newcastle upon Tyne", ("NE1",)),
    ("Reading", ("RG1",)), ("Aberdeen", ("AB10", "AB11")), ("Brighton", ("BN1", "BN2")),
)  # fmt: skip
US_STREETS = (
    "Lexington Avenue", "W 52nd Street", "Market Street", "N Michigan Avenue", "Boylston Street",
    "Congress Avenue", "Peachtree Street NE", "17th Street", "Las Vegas Blvd S", "International Drive",
    "Nicollet Mall", "Pennsylvania Avenue NW", "Pike Street", "Main Street", "Elm Street",
    "Oak Avenue", "Washington Street", "Broadway", "S Wacker Drive", "Mission Street",
)  # fmt: skip
US_TOWNS = (
    ("New York", "NY", 10001, 10282), ("Chicago", "IL", 60601, 60661), ("San Francisco", "CA", 94102, 94134),
    ("Boston", "MA", 2108, 2136), ("Seattle", "WA", 98101, 98199), ("Austin", "TX", 78701, 78759),
    ("Atlanta", "GA", 30301, 30350), ("Denver", "CO", 80202, 80239), ("Las Vegas", "NV", 89101, 89169),
    ("Orlando", "FL", 32801, 32839), ("Minneapolis", "MN", 55401, 55488), ("Washington", "DC", 20001, 20099),
)  # fmt: skip
EUROPE = (
    "Friedrichstraße {n}, 10117 Berlin", "Mainzer Landstraße {n}, {z5:60306-60329} Frankfurt am Main",
    "Königsallee {n}, 40212 Düsseldorf", "Leopoldstraße {n}, 80802 München", "Jungfernstieg {n}, 20354 Hamburg",
    "{n} rue de Rivoli, {z5:75001-75004} Paris", "{n} boulevard Haussmann, 75008 Paris",
    "{n} rue de la République, 69002 Lyon", "Damrak {n}, 1012 {L2} Amsterdam", "Coolsingel {n}, 3011 {L2} Rotterdam",
    "Rue de la Loi {n}, 1040 Bruxelles", "Avenue Louise {n}, 1050 Bruxelles",
    "Vesterbrogade {n}, {m}. sal th., 1620 København V", "Store Torv {n}, 8000 Aarhus C",
    "Dronningens gate {n}, 0152 Oslo", "Bryggen {n}, 5003 Bergen", "Pohjoisesplanadi {n}, 00130 Helsinki",
    "Hämeenkatu {n} B {m}, 33100 Tampere", "Calle de Alcalá {n}, {m}º, 28014 Madrid",
    "Passeig de Gràcia {n}, 08007 Barcelona", "Via Torino {n}, 20123 Milano", "Via del Corso {n}, 00186 Roma",
    "Bahnhofstrasse {n}, 8001 Zürich", "Kärntner Straße {n}, 1010 Wien", "{n} Grafton Street, Dublin 2, D02 {E4}",
    "ul. Marszałkowska {n}/{m}, 00-{z3:624-699} Warszawa", "ul. Floriańska {n}, 31-019 Kraków",
    "Avenida da Liberdade {n}, 1250-{z3:096-147} Lisboa", "Na Příkopě {n}, 110 00 Praha 1", "Narva mnt {n}, 10117 Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.com", "hotmail.co.uk", "gmx.de")  # fmt: skip
WORK = ("example.se", "example.com", "konsult.example.se", "example.org", "example.co.uk", "example.de", "region.example.se", "corp.example.com")  # fmt: skip
FIRM_MAIL_LOCAL = ("bokning", "reservations", "konferens", "info", "reception", "hittegods", "lostandfound", "events", "faktura", "ekonomi", "groups", "sales", "frontdesk", "kundservice", "resor", "travel", "registration", "anmalan")  # fmt: skip
FIRM_MAIL_DOMAIN = ("hotell.example.se", "example.se", "konferens.example.se", "example.com", "hotel.example.co.uk", "venue.example.de", "events.example.com", "resebyra.example.se")  # fmt: skip
AIRLINES = ("SK", "DY", "LH", "BA", "AY", "KL", "AF", "UA", "LX", "OS", "TP", "EK", "D8")
UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


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
    """Every value of EZ from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.clock: int | None = None  # minutes past midnight in a chat, rising through a row

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Anna-Karin, Per-Olof
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "german": 0.15}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surnames = origin.surnames
        if key == "thai" and woman and r.random() < 0.4:  # married in Sweden, her husband's name
            surnames = ORIGINS["swedish"].surnames
        surname = [self.pick(surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us", "german") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or any(c in surname[0][0] + surname[1][0] for c in " -")
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
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
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{surname[:3]}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.55 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_MAIL_LOCAL)}@{self.rng.choice(FIRM_MAIL_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline or switchboard: the cities' and the towns' area codes."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "16",
                "11",
                "36",
                "90",
                "60",
                "26",
                "54",
                "35",
                "42",
                "46",
            )
        )
        area3 = r.choice(
            (
                "480",
                "498",
                "470",
                "455",
                "920",
                "980",
                "910",
                "950",
                "640",
                "647",
                "280",
                "248",
                "522",
                "520",
                "651",
                "611",
                "146",
                "171",
                "176",
            )
        )
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:3]} {d[3:5]} 00"), (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area2}{d[:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:3]} {d[3:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}/{d[:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's number: non-geographic (`010-`, `0771-`, `020-`) or a switchboard."""
        r = self.rng
        d = self.digits(7)
        shapes = (f"010-{d[:3]} {d[3:5]} {d[5:]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                  f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:5]} 00", f"0770-{d[:3]} {d[3:6]}",
                  f"+46 10 {d[:3]} {d[3:5]} {d[5:]}", f"0{r.choice(('31', '40', '18'))}-{d[:3]} {d[3:5]} 00")  # fmt: skip
        return r.choice(shapes)

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.6 else self.landline()

    def phone_x(self) -> str:
        """A number from abroad, as people there write it: with `+`, `00`, or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+44 20 7946 {d[:4]}", f"020 7946 {d[:4]}", f"+44 (0)20 {d[:4]} {d[4:8]}", f"07700 900{d[:3]}",
            f"+44 7700 900{d[:3]}", f"0161 {d[:3]} {d[3:7]}", f"+44 131 {d[:3]} {d[3:7]}", f"0044 117 {d[:3]} {d[3:7]}",
            f"(212) 555-0{d[:3]}", f"+1 415-555-0{d[:3]}", f"+1 (617) 555-0{d[:3]}", f"312.555.0{d[:3]}",
            f"+1 206 555 0{d[:3]}", f"001 512 555 0{d[:3]}", f"+49 30 {d[:4]} {d[4:8]}", f"(069) {d[:7]}",
            f"+49 171 {d[:7]}", f"0049 89 {d[:8]}", f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 20 {d[:3]} {d[3:7]}", f"06-{d[:8]}", f"+32 2 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+47 {d[:3]} {d[3:5]} {d[5:8]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+358 9 {d[:4]} {d[4:8]}", f"040 {d[:3]} {d[3:7]}", f"+358 50 {d[:3]} {d[3:7]}",
            f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 02 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 1 {d[:3]} {d[3:7]}",
            f"+353 1 {d[:3]} {d[3:7]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+351 21 {d[:3]} {d[3:7]}", f"+420 {d[:3]} {d[3:6]} {d[6:9]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+81 3-{d[:4]}-{d[4:8]}", f"+86 138 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}", f"+65 6{d[:3]} {d[3:7]}",
            f"+971 4 {d[:3]} {d[3:7]}", f"+90 212 {d[:3]} {d[3:5]} {d[5:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+964 770 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, centenarian: bool = False) -> str:
        """A personnummer with a valid check digit; 12 or 10 digits, with or without the hyphen;
        `+` for one past a hundred in the 10-digit form."""
        r = self.rng
        year = r.randrange(1915, 1926) if centenarian else r.randrange(1942, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if centenarian:
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
        out = str(min(int(r.expovariate(1 / 18)) + 1, 160))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, low = r.choice(SV_RURAL)
            code = f"{low}{r.randrange(90, 100)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = "SE-" + out
        elif roll < 0.13:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_line(self, lgh: bool = False, tr: bool = False) -> str:
        """A street line: street, number, letter, flat or floor."""
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.1:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif tr or r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        return street

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool = False) -> str:
        street = self.village() if rural else self.sv_line(lgh)
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}{joint}{self.sv_postal()}"
        return f"{self.sv_street()}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        code = f"{r.choice(areas)} {r.randrange(1, 10)}{r.choice(UK_LETTERS)}{r.choice(UK_LETTERS)}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.27:
            street = f"Suite {r.randrange(100, 600)}, {street}"
        elif roll < 0.35:
            street = f"Unit {r.randrange(1, 30)}, {r.choice(('Riverside', 'Meridian', 'Kingsway', 'Waterside'))} Business Park"
        elif roll < 0.42:
            street = f"{r.choice(('3rd', '5th', '12th', '2nd'))} Floor, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, low, high = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 2999)} {r.choice(US_STREETS)}"
        if r.random() < 0.35:
            street += f", {r.choice(('Suite', 'Ste', 'Apt', 'Floor', '#'))} {r.randrange(2, 2400)}".replace(
                "# ", "#"
            )
        zip_code = f"{r.randrange(low, high + 1):05d}"
        if r.random() < 0.15:
            zip_code += f"-{r.randrange(1000, 9999)}"
        return (
            f"{street}\n{town}, {state} {zip_code}"
            if lines
            else f"{street}, {town}, {state} {zip_code}"
        )

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 140)))
        out = out.replace("{m}", str(r.randrange(1, 7)))
        out = out.replace("{L2}", r.choice("ABCEGHJKLMNPRSTVX") + r.choice("ABCDEGHJKLMNPRSTVXZ"))
        out = out.replace(
            "{E4}", r.choice("ACDEFHKNPRTVWXY") + r.choice("ACDEFHKNPRTVWXY") + self.digits(2)
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def any_address(self) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            return self.sv_address()
        if roll < 0.7:
            return self.uk_address()
        if roll < 0.85:
            return self.us_address()
        return self.eu_address()

    def tick(self) -> str:
        """A chat's clock: a first time, then a few minutes later at every message."""
        r = self.rng
        self.clock = (
            r.randrange(7 * 60, 22 * 60) if self.clock is None else self.clock + r.randrange(0, 9)
        )
        hour, minute = divmod(self.clock % (24 * 60), 60)
        return (
            f"{hour:02d}:{minute:02d}"
            if self.lang != "sv" or r.random() < 0.5
            else f"{hour}.{minute:02d}"
        )

    def code(self, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, Su
    the surname in capitals, Gu the given name in capitals, I an initial (and a middle one) and
    the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME,
    Given`, SG `Surname Given` (sorted lists), AIR `SURNAME/GIVEN` (airline and GDS style), E an
    e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n", "Gu"):
        words = given
        short = (
            None if base == "Gu" else draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        )
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "Gu" else value
    elif base in ("S", "s", "Su"):
        words = surname
        value = (
            person.last.lower()
            if base == "s"
            else person.last.upper()
            if base == "Su"
            else person.last
        )
    elif base == "I":
        words = surname
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if middle and draw.rng.random() < 0.4:
            initials += f" {middle[0][0][0]}."
            words = surname + middle
        value = f"{initials} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    elif base == "SG":
        words, value = given + surname, f"{person.last} {person.first}"
    elif base == "AIR":
        words = given + surname
        value = f"{plain(person.last).upper().replace(' ', '').replace(chr(39), '')}/{plain(person.first).upper().replace('-', '')}"
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
    "G",
    "g",
    "N",
    "n",
    "Gu",
    "S",
    "s",
    "Su",
    "I",
    "Gi",
    "R",
    "RU",
    "SG",
    "AIR",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS_BARE), "ADDRESS"),
        "STL": lambda: (draw.sv_line(lgh=r.random() < 0.5, tr=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "AANY": lambda: (draw.any_address(), "ADDRESS"),
        "STE": lambda: (r.choice(UK_STREETS + US_STREETS), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(centenarian=True), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "TIME": lambda: (f"{r.randrange(6, 23)}{':' if en else '.'}{r.choice(('00', '15', '30', '45', '10', '50'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'pm'))}", f"{r.randrange(6, 23):02d}:{r.choice(('05', '20', '35', '50'))}")), None),
        "CLK": lambda: (draw.tick(), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "NIGHTS": lambda: (str(r.randrange(1, 6)), None),
        "ROOM": lambda: (str(r.randrange(1, 12) * 100 + r.randrange(1, 40)), None),
        "AMT": lambda: (f"{r.randrange(890, 98000):,} kr".replace(",", " "), None),
        "AMTS": lambda: (f"{r.randrange(95, 4800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(89, 2400)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(60, 3000)}", None),
        "USD": lambda: (f"${r.randrange(120, 4000):,}", None),
        "CONF": lambda: (r.choice((f"{r.randrange(10000000, 99999999)}", f"BK-2027-{r.randrange(1000, 99999):05d}", f"#{r.randrange(100000, 999999)}", f"{draw.code(3, 'ABCDEFGHKLMNPRSTUVX')}{r.randrange(10000, 99999)}")), None),
        "PNRCODE": lambda: (draw.code(6), None),
        "FLIGHT": lambda: (f"{r.choice(AIRLINES)} {r.randrange(100, 4999)}", None),
        "INV": lambda: (str(r.randrange(100000, 999999)), None),
        "ORG": lambda: (f"55{r.randrange(5000, 9999)}-{r.randrange(1000, 9999)}", None),
        "VATSE": lambda: (f"SE55{r.randrange(5000, 9999)}{r.randrange(1000, 9999)}01", None),
        "OCR": lambda: (draw.digits(r.randrange(10, 17)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "VAT": lambda: (f"GB {r.randrange(100, 999)} {r.randrange(1000, 9999)} {r.randrange(10, 99)}", None),
        "HOTEL": lambda: (r.choice(HOTELS), None),
        "HOTELEN": lambda: (r.choice(HOTELS_EN), None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "EVENT": lambda: (r.choice(EVENTS), None),
        "EVENTEN": lambda: (r.choice(EVENTS_EN), None),
        "VENUE": lambda: (r.choice(VENUES), None),
        "DIET": lambda: (r.choice(DIETS), None),
        "TOWN": lambda: (r.choice(SV_TOWNS[:30])[0], None),
        "CITY": lambda: (r.choice(CITIES), None),
        "CITYEN": lambda: (r.choice(CITIES_EN), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "SEAT": lambda: (f"{r.randrange(1, 38)}{r.choice('ABCDEF')}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.clock = None
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
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """EZ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of EZ is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    ids: Counter[str] = Counter()
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
                forms["one word"] += " " not in value and "/" not in value
                forms["lower case"] += value.islower()
                forms["lower-case given name alone"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["SURNAME/GIVEN"] += "/" in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] in "([" and span["start"] > 0
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ids[
                    f"{len(digits)} digits{' with ' + ('+' if '+' in value else '-') if not value.isdigit() else ' without'}"
                ] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items())))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for lang in MIXES.values() for k in lang if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")
    tpl = {lang: len(t) for lang, t in TEMPLATES.items()}
    neg = Counter(la for la, _ in NEGATIVES)
    print(
        "templates: "
        + ", ".join(f"{k} {v}" for k, v in tpl.items())
        + "; negatives: "
        + ", ".join(f"{k} {v}" for k, v in neg.items())
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = Counter(str(row["id"]) for row in rows)
    problems["duplicate ids"] = sum(v - 1 for v in ids.values() if v > 1)
    spans_seen = 0
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, last = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, end = span["start"], span["end"]
            if set(span) != {"start", "end", "kind"}:
                problems["span keys"] += 1
            if not 0 <= start < end <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:end]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < last:
                problems["unsorted or overlapping"] += 1
            last = end
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                if len(digits) != 10 or luhn(digits[:9]) != int(digits[9]):
                    problems["personnummer check digit"] += 1
    langs = Counter(str(row["lang"]) for row in rows)
    print(
        f"checked {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {spans_seen} spans"
    )
    total = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return total


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
