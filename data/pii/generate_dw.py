# ruff: noqa: E501
"""Generate held-out DW for personal-data detection (issue 15): names as the population has them,
a hundred-and-sixth writer; every name word is drawn by how often people carry it (`names_dw.py`:
SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the
commonest names of the origins common in Sweden, 80% from a list's head and 20% from its tail),
mixed per language as Sweden's population is. Written by a helper who tunes nothing and who read
only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), two sections of docs/privacy.md ("Held-out AW", "Held-out CL") and the first line of
`generated-heldout-u.jsonl` (for its keys); not the detector's rules, lexicons or tagger, nor any
other set's names, templates or rows, nor any error listing, and DW was never run through the
detector by its writer. The genre is volunteering, charities and food banks (`templates_dw.py`):
volunteer rotas, donor letters and gift forms, recipients' lists, collection drives, board
minutes and thank-you notes, in Swedish, English and both at once. Stdlib only; one seeded
Random: same seed, same bytes.

    python data/pii/generate_dw.py              # writes data/pii/generated-heldout-dw.jsonl
    python data/pii/generate_dw.py --stats      # counts only
    python data/pii/generate_dw.py --check      # checks the written file, counts only
    python data/pii/generate_dw.py --seed 7 --out /tmp/dw.jsonl   # a scratch seed
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

from names_dw import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    TYPED_PLAIN,
    WOMEN_SHARE,
    Pool,
    feminine,
    plain,
)
from templates_dw import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270183
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dw.jsonl"
SPLIT = "heldout-dw"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Hornsgatan", "Götgatan", "Linnégatan", "Kungsgatan",
    "Storgatan", "Skolgatan", "Kyrkogatan", "Nygatan", "Västra Hamngatan", "Södra Förstadsgatan",
    "Bangårdsgatan", "Trädgårdsgatan", "Fabriksgatan", "Tegelbruksgatan", "Norra Järnvägsgatan",
    "Björkvägen", "Ringvägen", "Industrivägen", "Lingonvägen", "Tallvägen", "Solvägen",
    "Skogsvägen", "Kyrkvägen", "Ängsvägen", "Hagvägen", "Nybyggevägen", "Gamla Vägen",
    "Fågelsångsvägen", "Ekbacksvägen", "Lövängsvägen", "Strandvägen", "Tornvägen", "Åkervägen",
    "Rinkebysvängen", "Gärdessvängen", "Hästskosvängen", "Kvarnsvängen", "Lindsvängen",
    "Valhallavägen", "Kastanjeallén", "Lundby allé", "Fredhällsallén", "Sofielunds allé",
    "Klockarbacken", "Bryggarbacken", "Tingsbacken", "Kvarnbacken", "Rosenlunds backe",
    "Blåbärsstigen", "Smultronstigen", "Lärkstigen", "Hallonstigen", "Vitsippsstigen",
    "Stortorget", "Gustavs torg", "Hötorget", "Nytorget", "Järntorget", "Tingstorget",
    "Stationsplan", "Sergelplan", "Kyrkoplan", "Ekplan", "Skolplan", "Mariaplan",
    "Klockargränd", "Pilgränd", "Ekorrgränd", "Brunnsgränd", "Tvärgränd",
    "Skeppsbrokajen", "Hamnkajen", "Södra Kajen", "Strandkajen", "Norra Kajen", "Packhuskajen",
    "Tenstagången", "Hagsätragången", "Västerslingan", "Gottsundagatan", "Gårdstensvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high); a rural route ends in 9x.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Landskrona", 261, 261), ("Nyköping", 611, 611), ("Trelleborg", 231, 231),
    ("Huddinge", 141, 141), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Nacka", 131, 132),
    ("Haninge", 136, 137), ("Järfälla", 175, 177), ("Spånga", 163, 163), ("Angered", 424, 424),
    ("Tumba", 147, 147), ("Märsta", 195, 195),
    # smaller towns, whose country routes end in 9x
    ("Hudiksvall", 824, 824), ("Söderhamn", 826, 826), ("Ludvika", 771, 771), ("Avesta", 774, 774),
    ("Arvika", 671, 671), ("Kristinehamn", 681, 681), ("Vetlanda", 574, 574), ("Nässjö", 571, 571),
    ("Värnamo", 331, 331), ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Mjölby", 595, 595),
    ("Kumla", 692, 692), ("Lindesberg", 711, 711), ("Köping", 731, 731), ("Tierp", 815, 815),
    ("Sandviken", 811, 811), ("Kramfors", 872, 872), ("Lycksele", 921, 921), ("Gällivare", 982, 982),
    ("Kalix", 952, 952), ("Boden", 961, 961), ("Hässleholm", 281, 281), ("Höör", 243, 243),
    ("Eslöv", 241, 241), ("Sölvesborg", 294, 294), ("Karlshamn", 374, 374), ("Lysekil", 453, 453),
)  # fmt: skip
RURAL_FROM = 42  # SV_TOWNS[RURAL_FROM:] have country routes
# Villages and farms as rural addresses name them (`Ekeby 114`).
VILLAGES = (
    "Bäckgården", "Lillängen", "Stormyren", "Västra Ängby", "Hästhagen", "Kyrkbyn", "Nolby",
    "Sörby", "Tallåsen", "Åsen", "Rödstugan", "Granhult", "Ekeby", "Björkhaga", "Kvarntorp",
    "Berga", "Lillskogen", "Strandudden", "Mossebo", "Källtorp", "Skräddartorp", "Solhem",
    "Bergsgården", "Hagalund", "Nybo", "Östra Skogen", "Övre Ålsta", "Hultet", "Fäboden", "Lindåsen",
)  # fmt: skip
UK_STREETS = (
    "Church Road", "Albert Road", "Queen's Road", "Victoria Street", "Mill Lane", "St John's Road",
    "Springfield Avenue", "Hollybush Lane", "Elm Grove", "Ash Close", "Meadow Way", "The Crescent",
    "Park Terrace", "Castle Street", "Granby Street", "Stanley Road", "Cemetery Road", "Green Lane",
    "Chapel Street", "Windsor Road", "Beech Avenue", "Orchard Way", "North Street", "Heath Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leicester", "LE", 1, 19), ("Sheffield", "S", 1, 36), ("Coventry", "CV", 1, 6), ("Luton", "LU", 1, 4),
    ("Bradford", "BD", 1, 15), ("Cardiff", "CF", 3, 24), ("Glasgow", "G", 1, 53), ("Edinburgh", "EH", 1, 17),
    ("Liverpool", "L", 1, 38), ("Newcastle upon Tyne", "NE", 1, 15), ("Nottingham", "NG", 1, 11),
    ("Plymouth", "PL", 1, 9), ("Brighton", "BN", 1, 2), ("Oxford", "OX", 1, 4), ("Belfast", "BT", 1, 17),
    ("Hull", "HU", 1, 9), ("London", "E", 1, 17), ("London", "SE", 1, 28), ("Birmingham", "B", 1, 44),
    ("Manchester", "M", 1, 40), ("Swansea", "SA", 1, 9), ("Aberdeen", "AB", 10, 25),
)  # fmt: skip
UK_AREAS = {"London": ("Walthamstow", "Leyton", "Peckham", "Lewisham", "Stratford"), "Glasgow": ("Govan", "Partick"), "Leicester": ("Belgrave", "Aylestone"), "Manchester": ("Moss Side", "Levenshulme")}  # fmt: skip
UK_HOUSES = ("Flat 3", "Flat 12", "Flat 2B", "Unit 4", "Room 7", "The Old Vicarage", "Holly Cottage", "St Mary's Church Hall")  # fmt: skip
US_STREETS = ("N Main St", "W 3rd Street", "Elm Street", "Maple Avenue", "Washington Blvd", "Lincoln Ave", "Park Place", "Cedar Lane", "Broadway", "E Lake Street", "S 8th Ave", "Grand Avenue", "Oak Ridge Road")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Columbus", "OH", 432), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Worcester", "MA", 16), ("Brooklyn", "NY", 112), ("Sioux Falls", "SD", 571), ("Des Moines", "IA", 503), ("Lindsborg", "KS", 674))  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-14199} Berlin", "Gartenstraße {n}a, {z5:70173-70619} Stuttgart",
    "Am Markt {n}, {z5:20095-22769} Hamburg", "Storgata {n}, {z4:9008-9020} Tromsø",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nygårdsgaten {n}, {z4:5015-5017} Bergen",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "Hämeenkatu {n} B {m}, {z5:33100-33720} Tampere", "Aleksanterinkatu {n} A {m}, {z5:00100-00180} Helsinki",
    "ul. Piotrkowska {n}/{m}, 90-{z3:001-999} Łódź", "ul. Marszałkowska {n} m. {m}, 00-{z3:001-999} Warszawa",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "{n} avenue de la Gare, {z5:67000-67200} Strasbourg",
    "{n} rue de la République, {z5:69001-69009} Lyon", "Calle de Alcalá {n}, {m}º izq., 280{z2:01-55} Madrid",
    "Via Nazionale {n}, 00{z3:184-186} Roma", "Ferhadija {n}, 71000 Sarajevo",
    "Bulevar oslobođenja {n}, 21000 Novi Sad", "Cumhuriyet Cad. No: {n} D: {m}, 34{z3:360-380} Şişli/İstanbul",
    "Mariahilfer Straße {n}/{m}, 10{z2:60-70} Wien", "Narva mnt {n}-{m}, 10{z3:117-152} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "hotmail.se", "comhem.se", "btinternet.com")  # fmt: skip
WORK = ("example.se", "matbanken.example.se", "forsamling.example.se", "kommun.example.se", "example.org", "example.com", "example.co.uk", "foodbank.example.org.uk")  # fmt: skip
# Given names that begin a Swedish double given name, and those that end one (`Anna-Karin`).
HYPHEN_FIRST = {"Anna", "Ann", "Eva", "Maria", "Lena", "Karin", "Britt", "Maj", "Inga", "Marie", "Lars", "Karl", "Per", "Jan", "Nils", "Sven", "Carl", "Bengt", "Hans", "Björn", "Erik", "Bo"}  # fmt: skip
HYPHEN_SECOND = {"Karin", "Lena", "Maria", "Britt", "Marie", "Lotta", "Sofie", "Christin", "Louise", "Greta", "Kristin", "Erik", "Olof", "Göran", "Åke", "Gunnar", "Inge", "Johan", "Anders", "Gustav", "Arne", "Ove", "Olov"}  # fmt: skip
ORG_LOCALS = ("info", "volontar", "insamling", "gavor", "kansli", "styrelsen", "matbanken", "utdelning", "kontakt", "volunteers", "donations", "hello", "foodbank", "office", "giftaid", "rota")  # fmt: skip


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
    short: str | None = None  # the short form a text has called the person by, once it has

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of DW from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.clock, self.colon = 480, ":"  # minutes past midnight of a chat's last message

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
            woman = r.random() < WOMEN_SHARE.get(key, 0.5)
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and given[0][0] in HYPHEN_FIRST and r.random() < 0.3:  # Anna-Karin
            for _ in range(12):  # the second name drawn from the pool too, as the pairs go
                second = self.pick(pool)
                if second[0] in HYPHEN_SECOND and second[0] != given[0][0]:
                    given.append(second)
                    break
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "latin": 0.3}.get(key, 0.05):
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
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in TYPED_PLAIN and r.random() < 0.3:  # typed without the letters
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one."""
        if person.short:  # a text keeps calling a person what it has called them
            return person.short
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and self.rng.random() < share:
            self.forms["nickname"] += 1
            person.short = self.rng.choice(forms)
        return person.short

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def org_email(self) -> str:
        r = self.rng
        return f"{r.choice(ORG_LOCALS)}@{r.choice(WORK)}"

    def tick(self) -> str:
        """The next time of a chat: a few minutes after the one before, in the row's notation."""
        self.clock += self.rng.randrange(1, 26)
        hours, minutes = divmod(self.clock, 60)
        return f"{hours % 24:02d}{self.colon}{minutes:02d}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("00233690")
        a2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "90", "60", "36", "35", "42", "46")
        )
        a3 = r.choice(("150", "220", "240", "250", "280", "340", "380", "410", "455", "470", "480", "490", "510", "522", "560", "570", "580", "611", "650", "660", "670", "690", "910", "920", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a2}-{d[:6]}"), (1, f"+46 {a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:3]} {d[3:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an organisation's number: a switchboard, a free number, a short number."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"08-{d[:3]} {d[3:5]} {d[5:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"0200-{d[:2]} {d[2:4]} {d[4:6]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('18', '13', '19', '90'))}-{d[:3]} {d[3:6]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"020 7946 0{d[:3]}", f"0116 {d[:3]} {d[3:7]}",
            f"+44 (0)141 {d[:3]} {d[3:7]}", f"0044 161 {d[:3]} {d[3:7]}",
            f"+1 (612) 555-01{d[:2]}", f"(312) 555-01{d[:2]}", f"+1 206 555 01{d[:2]}", f"612.555.01{d[:2]}",
            f"+49 30 {d[:8]}", f"+49 (0)151 {d[:8]}", f"0049 40 {d[:3]} {d[3:7]}",
            f"+48 5{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+31 6 {d[:8]}", f"+31 (0)30 {d[:3]} {d[3:7]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"00252 {r.choice(('61', '63', '90'))} {d[:7]}", f"+291 7 {d[:3]} {d[3:6]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"00964 77{d[:1]} {d[1:4]} {d[4:8]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"0090 5{d[:2]} {d[2:5]} {d[5:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+93 7{d[:2]} {d[2:5]} {d[5:9]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 {r.choice(('67', '50', '93'))} {d[:3]} {d[3:5]} {d[5:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:7]}", f"+91 98{d[:3]} {d[3:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A UK number as people there write it."""
        r = self.rng
        d = self.digits(6)
        city = r.choice(
            (
                "0113",
                "0114",
                "0115",
                "0116",
                "0117",
                "0118",
                "0121",
                "0131",
                "0141",
                "0151",
                "0161",
                "0191",
            )
        )
        return r.choice((
            f"07700 900{d[:3]}", f"07{d[:3]} {d[3:6]}{self.digits(3)}", f"07{d[:3]} {d[3:6]} {self.digits(3)}",
            f"+44 7700 900{d[:3]}", f"+44 (0)7{d[:3]} {d[3:6]}{self.digits(3)}", f"020 7946 0{d[:3]}",
            f"(020) 7946 0{d[:3]}", f"{city} 496 0{d[:3]}", f"({city}) 496 0{d[:3]}", f"+44 {city[1:]} 496 0{d[:3]}",
            f"01{r.randrange(200, 999)} {d}", f"0800 {d[:3]} {d[3:6]}{r.randrange(10)}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        """A US number as people there write it."""
        r = self.rng
        area = r.choice(
            (
                "612",
                "651",
                "312",
                "773",
                "206",
                "503",
                "608",
                "614",
                "512",
                "303",
                "815",
                "716",
                "508",
                "718",
                "605",
                "515",
                "785",
            )
        )
        d = f"01{self.digits(2)}"
        return r.choice(
            (
                f"({area}) 555-{d}",
                f"{area}-555-{d}",
                f"{area}.555.{d}",
                f"+1 {area} 555 {d}",
                f"+1 ({area}) 555-{d}",
                f"1-{area}-555-{d}",
            )
        )

    def national_id(self, woman: bool | None = None, age: str = "") -> str:
        """A personnummer with a valid check digit; 12 or 10 digits, with or without the hyphen,
        `+` past a hundred; the ninth digit even for a woman, odd for a man. `age` C a child, A an
        adult of working age, O an old person (a third of them past a hundred)."""
        r = self.rng
        old = r.random() < {"O": 0.5, "C": 0.0, "A": 0.0}.get(age, 0.06)
        low, high = {"C": (2009, 2015), "A": (1958, 1996), "O": (1927, 1950)}.get(age, (1938, 2008))
        year = r.randrange(1916, 1927) if old else r.randrange(low, high)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        if woman is None:
            woman = r.random() < 0.5
        serial = f"{r.randrange(100):02d}{r.choice('02468' if woman else '13579')}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.72:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
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
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += r.choice(
                (
                    f", {r.randrange(1, 7)} tr",
                    f" {r.randrange(1, 7)} tr",
                    f", {r.randrange(1, 5)} tr.",
                )
            )
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {r.randrange(2, 6)} tr\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        parts = [f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"]
        if r.random() < 0.25:
            parts.insert(0, r.choice(UK_HOUSES))
        if town in UK_AREAS and r.random() < 0.5:
            parts.append(r.choice(UK_AREAS[town]))
        if lines:
            return "\n".join([*parts, town, code])
        return ", ".join(parts) + f", {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B'))}".replace(
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
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU the surname in capitals, I an initial and the surname, Gi the
    given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail
    address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        short = draw.nickname(person, 0.85 if base in ("N", "n") else 0.0 if base == "GU" else 0.07)
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
    "G",
    "g",
    "N",
    "n",
    "GU",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


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
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "STUK": lambda: (f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EO": lambda: (draw.org_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en or r.random() < 0.3 else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TT": lambda: (draw.tick(), None),
        "SPAN": lambda: (r.choice(("9–12", "10–13", "13–16", "16–19", "17.30–20", "8–11", "11–14", "18–21")), None),
        "SPANEN": lambda: (r.choice(("9am–12pm", "10:00–13:00", "1–4pm", "5.30–8pm", "8:30–11:30", "12–3pm")), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "BIG": lambda: (str(r.randrange(60, 2400)), None),
        "HH": lambda: (str(r.randrange(1, 9)), None),
        "KG": lambda: (f"{r.randrange(5, 900)} kg", None),
        "AMT": lambda: (r.choice((f"{r.randrange(50, 30000):,} kr".replace(",", " "), f"{r.randrange(1, 60) * 50}:-", f"{r.randrange(100, 9000)} SEK")), None),
        "GBP": lambda: (f"£{r.randrange(2, 900)}{r.choice(('', '.00', '.50', f'.{r.randrange(100):02d}'))}", None),
        "USD": lambda: (f"${r.randrange(5, 2500)}{r.choice(('', '.00'))}", None),
        "EUR": lambda: (f"{r.randrange(10, 800)} €" if r.random() < 0.5 else f"€{r.randrange(10, 800)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}", f"DW-{r.randrange(2020, 2028)}-{r.randrange(1, 999):03d}")), None),
        "CASE": lambda: (r.choice((f"Dnr {r.randrange(2024, 2028)}/{r.randrange(10, 2000)}", f"ärende {r.randrange(100000, 999999)}", f"SN {r.randrange(2025, 2028)}.{r.randrange(1, 900):03d}")), None),
        "ORGNR": lambda: (f"802{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "PG": lambda: (f"90 {r.randrange(10, 99)} {r.randrange(10, 99)}-{r.randrange(10)}", None),
        "BG": lambda: (f"90{r.randrange(0, 10)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 16)), None),
        "SORT": lambda: (f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}", None),
        "CLR": lambda: (r.choice((f"{r.randrange(3000, 9999)}", f"8{r.randrange(100, 999)}-{r.randrange(10)}")), None),
        "ACCT": lambda: (r.choice((f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}-{r.randrange(10)}", draw.digits(r.randrange(7, 11)))), None),
        "CHAR": lambda: (str(r.randrange(1000000, 1199999)), None),
        "EIN": lambda: (f"{r.randrange(10, 99)}-{r.randrange(1000000, 9999999)}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNSV": lambda: (r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MON": lambda: (r.choice(MONTHS["en" if en else "sv"]), None),
        "YEAR": lambda: (str(r.randrange(1998, 2027)), None),
        "PCT": lambda: (f"{r.randrange(2, 98)} %", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.clock = draw.rng.randrange(7 * 60, 21 * 60)
    draw.colon = ":" if draw.lang == "en" or draw.rng.random() < 0.4 else "."
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
                woman = {"f": True, "m": False}.get(gender or "")
                person = draw.person(woman)
                for _ in range(6):  # two people of one text go by different given names
                    if person.first not in {p.first for p in people.values()}:
                        break
                    draw.origins[person.origin] -= 1
                    person = draw.person(woman)
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        elif form in ("PNR", "PNRA", "PNRC", "PNRO"):  # the personnummer of a person named
            woman = people[ref].woman if ref and ref in people else None
            segments = [(draw.national_id(woman, form[3:]), "NATIONAL_ID")]
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """DW's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of DW is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    people: list[str] = []
    negatives = Counter(la for la, _ in NEGATIVES)
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
                forms["one word lower case"] += " " not in value and value.islower()
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
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
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    print(
        "negatives: "
        + ", ".join(f"{k} {v}" for k, v in sorted(negatives.items()))
        + f" (all {sum(negatives.values())})"
    )
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}")
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_n = pnr = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id twice"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_n += 1
            start, stop = span["start"], span["end"]
            problems["keys of a span"] += list(span) != ["start", "end", "kind"]
            problems["empty"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                digits = re.sub(r"[-+]", "", value)
                digits = digits[2:] if len(digits) == 12 else digits
                problems["personnummer"] += not (
                    len(digits) == 10 and digits.isdigit() and luhn(digits[:9]) == int(digits[9])
                )
    total = sum(problems.values())
    print(f"checked {rows} rows, {spans_n} spans, {pnr} personnummer: {total} problems")
    for name, n in problems.items():
        if n:
            print(f"  {name}: {n}")
    return total


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
