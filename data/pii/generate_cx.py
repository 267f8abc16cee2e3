# ruff: noqa: E501
"""Generate held-out CX for personal-data detection (issue 15): names as the population has them,
an eighty-first writer.

    python data/pii/generate_cx.py          # writes data/pii/generated-heldout-cx.jsonl
    python data/pii/generate_cx.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cx.py --check  # checks the written file, prints counts only

CX's names are drawn by how often people really carry them: every name word comes from
`names_cx.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is trade unions, political parties and civic associations (`templates_cx.py`):
membership registers and renewals, union casework and disputes, nomination papers and candidate
lists, petitions and their signatories, annual meetings' minutes and elections of boards, study
circles, volunteers' rotas, campaign canvassing lists and mailings to members, in Sweden, the
Nordic countries, the UK and elsewhere in Europe, in Swedish, English and both at once. Written
by a helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics),
two write-ups of earlier sets in `docs/privacy.md` and the first line of
`generated-heldout-u.jsonl` (for its keys), and neither the detector's rules, lexicons and tagger
nor any other set's names, templates or rows nor any error listing; CX was never run through the
detector by its writer, and its names were not checked against rung's lexicons. Stdlib only; one
seeded Random: same seed, same bytes.
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

from names_cx import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cx import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270158
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cx.jsonl"
SPLIT = "heldout-cx"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, some named after people (the whole street is the address).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Folkungagatan", "Götgatan", "Hornsgatan",
    "Fabriksgatan", "Bruksgatan", "Verkstadsgatan", "Smedjegatan", "Sveavägen", "Engelbrektsgatan",
    "Tegnérgatan", "Linnégatan", "Döbelnsgatan", "Olof Palmes gata", "Sankt Eriksgatan", "Järnvägsgatan",
    "Västra Hamngatan", "Norra Esplanaden", "Södra Förstadsgatan", "Östra Storgatan", "Repslagaregatan",
    "Industrigatan", "Föreningsgatan", "Bangårdsvägen", "Skolvägen", "Parkvägen",
    "Björkvägen", "Idrottsvägen", "Hamnvägen", "Kyrkvägen", "Malmvägen", "Gruvvägen", "Solvägen",
    "Ringvägen", "Fältvägen", "Kvarnvägen", "Vallmovägen", "Bergsvägen", "Hagvägen", "Ekbacksvägen",
    "Lärkvägen", "Måsvägen", "Tranvägen", "Spinnarsvängen", "Vävarsvängen", "Smedssvängen",
    "Linvävarsvängen", "Rosenallé", "Stora allén", "Lindallén", "Karl Johansgatan", "Solbacken",
    "Klockarbacken", "Kopparbergs backe", "Tallbacken", "Lingonstigen", "Hasselstigen", "Vitsippsstigen",
    "Humlestigen", "Stortorget", "Gustav Adolfs torg", "Möllevångstorget", "Fisktorget", "Brunnstorget",
    "Medborgarplatsen", "Stationsplan", "Verkmästarplan", "Badhusplan", "Garvargränd", "Bagargränd",
    "Tullgränd", "Skomakargränd", "Norra kajen", "Södra kajen", "Skeppsbrokajen", "Hamnkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the cities, the industrial towns, the suburbs).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Norrköping", 600, 603), ("Örebro", 702, 705), ("Västerås", 721, 725),
    ("Jönköping", 551, 556), ("Helsingborg", 252, 256), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Motala", 591, 591),
    ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Landskrona", 261, 261), ("Trelleborg", 231, 231),
    ("Köping", 731, 731), ("Katrineholm", 641, 641), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824),
    ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871), ("Boden", 961, 961), ("Gällivare", 982, 982),
    ("Ludvika", 771, 771), ("Avesta", 774, 774), ("Fagersta", 737, 737), ("Hallstahammar", 734, 734),
    ("Karlskoga", 691, 691), ("Kristinehamn", 681, 681), ("Olofström", 293, 293), ("Oskarshamn", 572, 572),
    ("Huddinge", 141, 141), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Tumba", 147, 147),
    ("Handen", 136, 136), ("Järfälla", 175, 177), ("Nacka", 131, 132), ("Spånga", 162, 163),
)  # fmt: skip
VILLAGES = (
    "Bäckby", "Norrby", "Sörby", "Västanå", "Östanbäck", "Lillkyrka", "Hedemora by", "Finnbacka",
    "Gruvbyn", "Bruksbyn", "Sjöbo gård", "Älvnäs", "Rönnliden", "Holmsjö", "Kvarnåsen", "Tallåsen",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Victoria Street", "Union Street", "Co-operative Street", "Mill Lane",
    "Chapel Street", "Albert Road", "Church Road", "Park Road", "Market Street", "Queen Street",
    "Colliery Row", "Foundry Lane", "Railway Terrace", "Gladstone Street", "Keir Hardie Way", "Oak Avenue",
    "Elm Grove", "Castle Close", "Abbey Road", "Hawthorn Crescent", "Windsor Drive", "Bridge End",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Manchester", "M"), ("Liverpool", "L"), ("Birmingham", "B"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Newcastle upon Tyne", "NE"),
    ("Nottingham", "NG"), ("Bristol", "BS"), ("London", "SE"), ("London", "E"), ("London", "N"),
    ("Hull", "HU"), ("Durham", "DH"), ("Preston", "PR"), ("Wigan", "WN"), ("Stoke-on-Trent", "ST"),
    ("Derby", "DE"), ("Coventry", "CV"), ("Belfast", "BT"), ("Aberdeen", "AB"), ("Dundee", "DD"),
    ("Norwich", "NR"), ("Plymouth", "PL"), ("Southampton", "SO"), ("Brighton", "BN"), ("Barnsley", "S"),
)  # fmt: skip
UK_HOUSES = ("Unity House", "Transport House", "The Old Co-op", "Miners' Hall", "Ivy Cottage", "Flat 2, Queens Court", "Rosebank", "The Lodge")  # fmt: skip
US_PLACES = (
    ("Detroit", "MI", 482), ("Dearborn", "MI", 481), ("Flint", "MI", 485), ("Chicago", "IL", 606),
    ("Pittsburgh", "PA", 152), ("Philadelphia", "PA", 191), ("Minneapolis", "MN", 554), ("Milwaukee", "WI", 532),
    ("Cleveland", "OH", 441), ("Buffalo", "NY", 142), ("Seattle", "WA", 981), ("Oakland", "CA", 946),
    ("Boston", "MA", 21), ("Madison", "WI", 537), ("Duluth", "MN", 558), ("Toledo", "OH", 436),
)  # fmt: skip
US_STREETS = ("W Grand Ave", "Woodward Avenue", "Michigan Ave", "S Halsted St", "Butler Street", "Lake Street", "N 4th Street", "Euclid Avenue", "Dix Avenue", "Telegraph Ave", "Elm Street", "Union Avenue")  # fmt: skip
EUROPE = (
    "Karl-Marx-Allee {n}, {z5:10243-10249} Berlin", "Hauptstraße {n}, {z5:69117-69126} Heidelberg",
    "Theodor-Heuss-Ring {n}, {z5:50668-50679} Köln", "Gewerkschaftshaus, Schwanthalerstraße {n}, {z5:80336-80339} München",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Jean-Jaurès, {z5:75019-75019} Paris",
    "{n} boulevard Voltaire, {z5:75011-75011} Paris", "Kerkstraat {n}, {z4:1017-1017} {L2} Amsterdam",
    "Rue Haute {n}, {z4:1000-1000} Bruxelles", "Calle de Atocha {n}, {m}º izq., {z5:28012-28012} Madrid",
    "Carrer de Balmes {n}, {m}r {m}a, {z5:08006-08008} Barcelona", "Via Nazionale {n}, {z5:00184-00184} Roma",
    "Corso Buenos Aires {n}, {z5:20124-20124} Milano", "ul. Piotrkowska {n} m. {m}, 90-{z3:101-450} Łódź",
    "ul. Wały Piastowskie {n}, 80-{z3:801-899} Gdańsk", "Johann-Böhm-Platz {n}, {z4:1020-1020} Wien",
    "Tartu mnt {n}-{m}, {z5:10115-10145} Tallinn", "Gedimino pr. {n}, LT-{z5:01103-01110} Vilnius",
    "{n} Parnell Square, Dublin 1, D01 {L2}{m}{m}", "Rua Augusta {n}, {m}º Esq., 1100-{z3:048-060} Lisboa",
)  # fmt: skip
NORDIC = (
    "Youngs gate {n}, {z4:0181-0181} Oslo", "Storgata {n}, {z4:0155-0184} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Strandgaten {n}, {z4:5013-5013} Bergen", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Vesterbrogade {n}, {m}. tv., {z4:1620-1620} København V", "Søndergade {n}, {z4:8000-8000} Aarhus C",
    "Hämeentie {n} B {m}, {z5:00530-00550} Helsinki", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Aurakatu {n} C {m}, {z5:20100-20100} Turku",
    "Laugavegur {n}, {z3:101-101} Reykjavík",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "hotmail.se", "me.com")  # fmt: skip
MAIL_EN = ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "icloud.com", "aol.com", "sky.com")  # fmt: skip
WORK = ("facket.example.se", "avd.example.se", "partiet.example.se", "kommun.example.se", "example.se", "forening.example.se")  # fmt: skip
WORK_EN = ("union.example.org.uk", "example.org", "branch.example.org", "party.example.co.uk", "example.com", "example.eu")  # fmt: skip
ROLES_SV = ("kansli", "info", "medlem", "medlemsservice", "valberedningen", "kassor", "ordforande", "avd14", "studier", "namninsamling", "kampanj", "styrelsen", "ungdom", "region.mitt")  # fmt: skip
ROLES_EN = ("membership", "branch.secretary", "campaigns", "info", "office", "secretary", "elections", "casework", "petitions", "volunteers", "agm", "treasurer")  # fmt: skip


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
    """Every value of CX from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.02
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "nordic": 0.2}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        english = self.lang == "en"
        if r.random() < 0.45:
            return f"{local}@{r.choice(WORK_EN if english else WORK)}"
        return f"{local}@{r.choice(MAIL_EN if english else MAIL)}"

    def role_email(self) -> str:
        r = self.rng
        if self.lang == "en" or (self.lang == "mixed" and r.random() < 0.4):
            return f"{r.choice(ROLES_EN)}@{r.choice(WORK_EN)}"
        return f"{r.choice(ROLES_SV)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d, e = str(r.randrange(1, 10)) + self.digits(6), str(r.randrange(1, 10)) + self.digits(7)
        m = "07" + r.choice("023699")
        a2 = r.choice(
            (
                "31",
                "40",
                "11",
                "13",
                "16",
                "18",
                "19",
                "21",
                "23",
                "26",
                "35",
                "36",
                "42",
                "46",
                "54",
                "60",
                "63",
                "90",
            )
        )
        a3 = r.choice(
            (
                "220",
                "240",
                "247",
                "250",
                "340",
                "411",
                "454",
                "480",
                "498",
                "510",
                "520",
                "586",
                "611",
                "620",
                "660",
                "910",
                "920",
                "970",
                "980",
            )
        )
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        lands = (
            (3, f"08-{d[:3]} {d[3:5]} {d[5:]}"), (4, f"08-{e[:3]} {e[3:6]} {e[6:]}"), (1, f"08 {e[:3]} {e[3:6]} {e[6:]}"),
            (1, f"+46 8 {e[:3]} {e[3:6]} {e[6:]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"08{e}"),
            (4, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (3, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        shapes = mobiles if mobile or r.random() < 0.68 else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A switchboard's or a firm's number: 08-, 010-, 020-, 0771-."""
        r, d = self.rng, self.digits(7)
        return r.choice((f"08-{d[:3]} {d[3:6]} 00", f"010-{d[:3]} {d[3:5]} {d[5:]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:5]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}"))  # fmt: skip

    def phone_x(self, where: str = "any") -> str:
        """A number from abroad, as people there write it, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = {
            "uk": (f"07{d[:3]} {d[3:9]}", f"+44 7{d[:3]} {d[3:9]}", f"020 7{d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}",
                   f"0161 {d[:3]} {d[3:7]}", f"+44 (0)121 {d[:3]} {d[3:7]}", f"0044 141 {d[:3]} {d[3:7]}", f"029 20{d[:2]} {d[2:6]}",
                   f"01{d[:3]} {d[3:9]}", f"+44 20 7{d[:3]} {d[3:7]}", f"07{d[:3]}-{d[3:9]}"),
            "us": (f"({r.choice(('313', '312', '412', '612', '216', '206', '510', '617'))}) 555-0{d[:3]}", f"313-555-0{d[:3]}",
                   f"+1 312 555 0{d[:3]}", f"412.555.0{d[:3]}", f"+1 (206) 555-0{d[:3]}"),
            "ie": (f"+353 1 {d[:3]} {d[3:7]}", f"08{r.choice('3567')} {d[:3]} {d[3:7]}", f"01 {d[:3]} {d[3:7]}"),
            "nordic": (f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 9{d[:2]} {d[2:4]} {d[4:7]}",
                       f"0047 4{d[:2]} {d[2:4]} {d[4:7]}", f"+45 33 {d[:2]} {d[2:4]} {d[4:6]}", f"2{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}",
                       f"040 {d[:3]} {d[3:7]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"050-{d[:7]}",
                       f"+354 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}"),
            "eu": (f"030 {d[:8]}", f"+49 30 {d[:8]}", f"0170 {d[:7]}", f"+49 (0)69 {d[:7]}", f"0049 211 {d[:6]}",
                   f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:8]}",
                   f"020-{d[:3]} {d[3:7]}", f"06-{d[:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+32 2 {d[:3]} {d[3:5]} {d[5:7]}",
                   f"+34 91{d[0]} {d[1:4]} {d[4:7]}", f"6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 06 {d[:4]} {d[4:8]}",
                   f"+48 60{d[0]} {d[1:4]} {d[4:7]}", f"22 {d[:3]} {d[3:5]} {d[5:7]}", f"0048 60{d[0]}-{d[1:4]}-{d[4:7]}",
                   f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}", f"+43 664 {d[:7]}", f"+351 21 {d[:3]} {d[3:7]}"),
            "far": (f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{r.choice('578')}0 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
                    f"+252 61 {d[:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:3]} {d[3:7]}",
                    f"+385 91 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+66 81 {d[:3]} {d[3:7]}", f"+291 7 {d[:6]}",
                    f"+93 70 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"00964 750 {d[:3]} {d[3:7]}"),
        }  # fmt: skip
        if where == "any":
            where = r.choice(("uk", "us", "ie", "nordic", "nordic", "eu", "eu", "far", "far"))
        return r.choice(shapes[where])

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` turns a hundred in 2027: ten digits and `+`."""
        r = self.rng
        year = 1927 if old else r.randrange(1936, 2009)  # `old`: a hundred this year
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[20:52] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool = False) -> str:
        r = self.rng
        if rural:
            street = f"{r.choice(VILLAGES)} {r.randrange(1, 180)}"
        else:
            street = self.sv_street()
            if lgh or r.random() < 0.12:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            elif r.random() < 0.06:
                street += f", {r.randrange(1, 7)} tr"
            elif r.random() < 0.03:
                street += f", {r.choice(('uppg.', 'port'))} {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}{r.choice((', ', chr(10)))}{self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.18:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.36:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_PLACES)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def foreign(self, cards: tuple[str, ...], name: str, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deal(name, cards).replace("{n}", str(r.randrange(1, 160)), 1)
        while "{m}" in out:
            out = out.replace("{m}", str(r.randrange(1, 9)), 1)
        out = out.replace("{L2}", r.choice("ABCDEFHKNPRTVWX") + r.choice("ABCDEFHKNPRTVWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals (forms with separate fields), I an initial and the
    surname, IF the initials of every given name and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        words, value = surname, person.last.lower() if base == "s" else person.last
        value = value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "IF":
        words = surname
        value = (
            " ".join(f"{w[0]}." for w in [person.first] + [w for w, _ in middle])
            + f" {person.last}"
        )
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words, value = (
            given + surname,
            f"{person.last.upper() if base == 'RU' else person.last}, {person.first}",
        )
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
    "S",
    "s",
    "SU",
    "GU",
    "I",
    "IF",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def co_segments(draw: Draw, lines: bool) -> list[Segment]:
    """`c/o Name` then the address: the name its own PERSON, `c/o` outside both spans."""
    person = draw.person(None)
    name = person_segments(draw.rng.choice(("P", "P", "S")), person, draw)
    joint = "\n" if lines else ", "
    return [("c/o ", None), *name, (joint, None), (draw.sv_address(lines=lines), "ADDRESS")]


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.deal("streets", SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=r.random() < 0.15)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.foreign(EUROPE, "europe"), "ADDRESS"),
        "AXL": lambda: (draw.foreign(EUROPE, "europe", lines=True), "ADDRESS"),
        "AN": lambda: (draw.foreign(NORDIC, "nordic"), "ADDRESS"),
        "ANL": lambda: (draw.foreign(NORDIC, "nordic", lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PHIE": lambda: (draw.phone_x("ie"), "PHONE"),
        "PHN": lambda: (draw.phone_x("nordic"), "PHONE"),
        "PHEU": lambda: (draw.phone_x("eu"), "PHONE"),
        "PHFAR": lambda: (draw.phone_x("far"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EO": lambda: (draw.role_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day} {MONTHS['sv'][month - 1]} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1]} 2027")), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "PCT": lambda: (f"{r.randrange(2, 98)}{r.choice(('', ',5'))} %", None),
        "AMT": lambda: (f"{r.randrange(150, 48000):,} kr".replace(",", " "), None),
        "AVG": lambda: (f"{r.randrange(9, 60) * 10} kr", None),
        "GBP": lambda: (f"£{r.randrange(5, 1800)}.{r.choice(('00', '50', '25', '99'))}", None),
        "EUR": lambda: (f"€{r.randrange(12, 2500)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{'no.' if en else 'nr'} {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "MNR": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"{r.randrange(10, 99)}-{r.randrange(10000, 99999)}", f"M{r.randrange(1000000, 9999999)}")), None),
        "DNR": lambda: (r.choice((f"2027/{r.randrange(10, 999):03d}", f"F-{r.randrange(100, 999)}/27", f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}-27")), None),
        "ORG": lambda: (f"80{r.randrange(10, 25)}{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "AGE": lambda: (str(r.randrange(19, 84)), None),
        "YEAR": lambda: (str(r.randrange(1962, 2026)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "AVD": lambda: (str(r.randrange(1, 45)), None),
        "BRANCH": lambda: (f"{r.choice(('L', 'N', 'Y', 'W', 'SE'))}/{r.randrange(10, 999)}", None),
        "VOTES": lambda: (str(r.randrange(3, 160)), None),
        "RAISE": lambda: (f"{r.randrange(2, 6)},{r.randrange(10)} %", None),
        "VHI": lambda: (str(r.randrange(160, 240)), None),
        "OLD": lambda: (str(r.randrange(58, 97)), None),
        "SINCE": lambda: (str(r.randrange(1961, 2004)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YAGE": lambda: (str(r.randrange(16, 30)), None),
        "BORN": lambda: (str(r.randrange(1932, 1978)), None),
        "YRS": lambda: (str(r.randrange(2, 31)), None),
        "HRS": lambda: (str(r.randrange(8, 121)), None),
        "ELNO": lambda: (f"{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice('ABCDEFGHKLMNPRSTW')}{r.randrange(1, 9)}-{r.randrange(1, 2400)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "SORT": lambda: (f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}", None),
        "ACC": lambda: (f"{r.randrange(10**7, 10**8)}", None),
        "VAT": lambda: (f"SE80{r.randrange(10**7, 10**8)}01", None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1940, 2006)}", None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return co_segments(draw, form == "COL")
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
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
    """CX's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of CX is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 60) : span["start"]].count("c/o") > 0
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += bool(re.search(r"[-+]", value))
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in MIXES["sv"] if not draw.origins[k]]
    print(f"origins never drawn: {missing or 'none'}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            problems["duplicate id"] += row["id"] in ids
            ids.add(row["id"])
            text, last = row["text"], 0
            for span in row["spans"]:
                kinds += 1
                start, end, kind = span["start"], span["end"], span["kind"]
                problems["kind"] += kind not in KINDS
                problems["empty or out of bounds"] += not 0 <= start < end <= len(text)
                problems["unsorted or overlapping"] += start < last
                last = max(last, end)
                value = text[start:end]
                problems["whitespace at an edge"] += value != value.strip()
                if kind == "NATIONAL_ID":
                    digits = re.sub(r"\D", "", value)
                    ok = len(digits) in (10, 12) and luhn(digits[-10:-1]) == int(digits[-1])
                    problems["personnummer check digit"] += not ok
    bad = sum(problems.values())
    print(
        f"{rows} rows, {kinds} spans checked; problems: {bad}"
        + "".join(f", {k} {v}" for k, v in problems.items() if v)
    )
    return bad


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
