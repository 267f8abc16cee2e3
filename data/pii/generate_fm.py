# ruff: noqa: E501
"""Generate held-out FM for personal-data detection (issue 15): names as the population has them,
a hundred-and-forty-eighth writer. Every name word is drawn by how often people carry it, from
`names_fm.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of origins common in Sweden), 80% from a list's head
and 20% from its tail, mixed by the language of the row roughly as Sweden's population is. The
genre (`templates_fm.py`) is museums, galleries and archives: loans of objects and their
agreements and condition reports, donors' letters and deeds of gift, researchers' requests and
orders in the reading room, bookings of guided tours, provenance notes, catalogue records naming
makers and owners, staff rotas, with e-mail headers, signatures and chats. Written by a helper who
does not tune the detector and who read only `generate_aw.py` (for the mechanics: the seeded
`Draw`, the slot filler, the row format, `--stats`), two sections of docs/privacy.md (Held-out AW
and Held-out CL) and the first line of `generated-heldout-u.jsonl`; not the detector's rules,
lexicons or tagger, nor any other set's names, templates or rows, nor any error listing. FM was
never run through the detector by its writer, and its names were not checked against rung's
lexicons. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_fm.py            # writes data/pii/generated-heldout-fm.jsonl
    python data/pii/generate_fm.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fm.py --check    # checks the written file, prints counts only
    python data/pii/generate_fm.py --seed 7 --out /tmp/fm7.jsonl   # a scratch seed
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

from names_fm import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fm import (  # noqa: E402
    DAYS,
    EN,
    INSTITUTIONS,
    MIXED,
    MONTHS,
    NEGATIVES,
    OBJECTS,
    SV,
)

SEED = 20270225
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fm.jsonl"
SPLIT = "heldout-fm"

# Swedish given names joined with a hyphen (`Anna-Karin`, `Per-Erik`) beyond those the lists rank
# themselves: the first names that usually take a second, and the seconds they take.
FIRST_F = {
    "Ann",
    "Anna",
    "Eva",
    "Maj",
    "Britt",
    "Marie",
    "Ulla",
    "Inga",
    "Karin",
    "Lena",
    "Maria",
    "Gun",
}
FIRST_M = {"Karl", "Per", "Lars", "Jan", "Carl", "Sven", "Hans", "Bo", "Nils", "Kjell", "Erik"}
SECOND_F = ("Karin", "Marie", "Lena", "Britt", "Louise", "Sofie", "Maria", "Christin", "Lotta", "Stina", "Lisa")  # fmt: skip
SECOND_M = ("Erik", "Olof", "Göran", "Åke", "Johan", "Gustav", "Anders", "Ola", "Inge", "Arne", "Olov", "Gunnar")  # fmt: skip
Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Kyrkogatan", "Skolgatan", "Nygatan", "Sjögatan",
    "Järnvägsgatan", "Stationsgatan", "Västra Hamngatan", "Östra Storgatan", "Slottsgatan",
    "Repslagaregatan", "Klostergatan", "Biblioteksgatan", "Museigatan", "Bryggargatan",
    "Björkvägen", "Tallvägen", "Skogsvägen", "Ringvägen", "Lindvägen", "Ängsvägen", "Granvägen",
    "Ekvägen", "Parkvägen", "Kvarnvägen", "Prästgårdsvägen", "Gamla Landsvägen", "Kyrkvägen",
    "Solrosvägen", "Hagavägen", "Furuvägen", "Rönnbärsvägen", "Syrénvägen", "Backvägen",
    "Lärksvängen", "Ekorrsvängen", "Hagsvängen", "Tranbärssvängen", "Kastanjeallé", "Lindallén",
    "Sofiero allé", "Björkallén", "Kvarnbacken", "Prästbacken", "Solbacken", "Kyrkbacken",
    "Tegelbruksbacken", "Lärkstigen", "Blåbärsstigen", "Nyponstigen", "Hasselstigen", "Stortorget",
    "Lilla torget", "Järntorget", "Fisktorget", "Gustavsberg torg", "Brunnsplan", "Stationsplan",
    "Kyrkplan", "Tullplan", "Smedjegränd", "Kyrkogränd", "Tunnbindaregränd", "Garvargränd",
    "Norra Kajen", "Södra Kajen", "Skeppsbrokajen", "Hamnkajen", "Strandvägen", "Sjöbacken",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Lund", 222, 227), ("Linköping", 582, 589), ("Norrköping", 602, 605), ("Örebro", 702, 705),
    ("Västerås", 721, 725), ("Umeå", 903, 907), ("Gävle", 802, 806), ("Karlstad", 652, 656),
    ("Växjö", 352, 355), ("Jönköping", 553, 556), ("Östersund", 831, 832), ("Falun", 791, 791),
    ("Kalmar", 392, 393), ("Luleå", 972, 975), ("Sundsvall", 852, 857), ("Halmstad", 302, 305),
    ("Visby", 621, 621), ("Skara", 532, 532), ("Vadstena", 592, 592), ("Sigtuna", 193, 193),
    ("Mariefred", 647, 647), ("Härnösand", 871, 871), ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Nyköping", 611, 611),
    ("Trelleborg", 231, 231), ("Ystad", 271, 271), ("Simrishamn", 272, 272), ("Mora", 792, 792),
    ("Rättvik", 795, 795), ("Leksand", 793, 793), ("Hudiksvall", 824, 824), ("Ljusdal", 827, 827),
    ("Sollefteå", 881, 881), ("Kiruna", 981, 981), ("Jokkmokk", 962, 962), ("Skellefteå", 931, 931),
    ("Piteå", 941, 941), ("Arvika", 671, 671), ("Filipstad", 682, 682), ("Säffle", 661, 661),
    ("Lidköping", 531, 531), ("Alingsås", 441, 441), ("Kungälv", 442, 442), ("Strömstad", 452, 452),
    ("Vimmerby", 598, 598), ("Eksjö", 575, 575), ("Tranås", 573, 573), ("Västervik", 593, 593),
    ("Söderhamn", 826, 826), ("Enköping", 745, 745), ("Norrtälje", 761, 761), ("Sala", 733, 733),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 24`, `Norrgården 3`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Sörby", "Kyrkbyn", "Övre Gärdsjö", "Nedre Ullvi", "Bjursås",
    "Norrgården", "Sörgården", "Mellangården", "Prästgården", "Backa", "Hagalund", "Åsen",
    "Lindesnäs", "Tuna", "Holmsta", "Kvarntorp", "Grönkulla", "Sandvik", "Eneby", "Stora Mossen",
    "Lillbyn", "Gammelgården", "Hammarby", "Näs", "Berga", "Skattungbyn", "Vikarbyn",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Museum Street", "Church Lane", "Station Road", "The Close", "Castle Street",
    "Victoria Road", "Market Place", "Albert Road", "Mill Lane", "Queen's Road", "Cathedral Close",
    "Priory Road", "Abbey Lane", "Park Crescent", "Bridge Street", "Kings Road", "St Mary's Road",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Bath", "BA"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Edinburgh", "EH"),
    ("Norwich", "NR"), ("Lincoln", "LN"), ("Durham", "DH"), ("Cardiff", "CF"), ("Glasgow", "G"),
    ("Manchester", "M"), ("Bristol", "BS"), ("Canterbury", "CT"), ("Exeter", "EX"), ("Leeds", "LS"),
    ("London", "WC"), ("London", "SE"), ("Belfast", "BT"),
)  # fmt: skip
UK_HOUSES = ("The Old Vicarage", "Rose Cottage", "Orchard House", "The Coach House", "Mill House", "The Granary", "Hill View", "Church Cottage")  # fmt: skip
US_STREETS = ("Elm Street", "Museum Drive", "Main Street", "Oak Avenue", "College Avenue", "Park Place", "Washington Street", "Maple Lane", "Lake Street", "Commonwealth Avenue", "Cedar Road", "Fifth Avenue")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Boston", "MA", 21), ("Seattle", "WA", 981), ("Philadelphia", "PA", 191), ("New Haven", "CT", 65), ("Madison", "WI", 537), ("Santa Fe", "NM", 875), ("Rockford", "IL", 611), ("Lindsborg", "KS", 674), ("Brooklyn", "NY", 112), ("Portland", "OR", 972))  # fmt: skip
EUROPE = (
    "Museumstraße {n}, {z5:10115-10179} Berlin", "Kirchgasse {n}, {z5:80331-80339} München",
    "Lindenstraße {n}, {z5:24103-24149} Kiel", "{n} rue du Bac, 750{z2:01-20} Paris",
    "{n} avenue des Tilleuls, {z5:69001-69009} Lyon", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}-{m}, {z4:3511-3512} {L2} Utrecht", "Bredgade {n}, {m}. th., {z4:1260-1263} København K",
    "Nørregade {n}, {z4:8000-8000} Aarhus C", "Kirkegata {n}, 0{z3:150-190} Oslo",
    "Bryggen {n}, 50{z2:03-18} Bergen", "Mannerheimintie {n} A {m}, 00{z3:100-260} Helsinki",
    "Linnankatu {n}, 20{z3:100-900} Turku", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Floriańska {n}, 31-{z3:019-021} Kraków", "Via dei Musei {n}, 40{z3:121-141} Bologna",
    "Calle del Prado {n}, 280{z2:14-14} Madrid", "Rue Royale {n}, 1000 Bruxelles",
    "Herrengasse {n}, 10{z2:10-10} Wien", "Spiegelgasse {n}, 80{z2:01-01} Zürich",
    "Vana-Viru {n}, 101{z2:11-48} Tallinn", "Laugavegur {n}, 10{z1:1-1} Reykjavík",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "yahoo.se", "live.se", "protonmail.com", "bredband.net")  # fmt: skip
WORK = ("museum.example.se", "arkiv.example.se", "konsthall.example.se", "region.example.se", "kommun.example.se", "example.se", "uni.example.se", "example.com", "example.org", "gallery.example.co.uk", "archives.example.org", "univ.example.edu")  # fmt: skip
ROLES = {
    "sv": ("registrator", "forskarsal", "bokning", "visning", "info", "arkiv", "samlingar", "utlan", "kansli", "fotoarkiv", "butik"),
    "en": ("loans", "registrar", "bookings", "enquiries", "archives", "collections", "info", "tours", "reading.room", "rights", "learning"),
}  # fmt: skip
ORG_DOMAINS = ("museum.example.se", "arkiv.example.se", "konsthall.example.se", "landsarkiv.example.se", "kulturen.example.se", "example.org", "museum.example.com", "gallery.example.co.uk", "archives.example.org")  # fmt: skip


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
    """Every value of FM from one seeded Random; counts the head/tail split and the origins."""

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

    def person(self, woman: bool | None, origin: str | None = None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        key = origin or r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        pools = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = pools.given_f if woman else pools.given_m
        given = [self.pick(pool)]
        if (
            given[0][0] in (FIRST_F if woman else FIRST_M) and r.random() < 0.15
        ):  # Anna-Karin, Per-Erik
            second = r.choice(SECOND_F if woman else SECOND_M)
            if second != given[0][0]:
                given.append((second, "head"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "arabic": 0.1}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(pools.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(pools.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(pools.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(pools.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
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
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.5 else MAIL)}"

    def org_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLES['en' if self.lang == 'en' else 'sv'])}@{r.choice(ORG_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("000233699")
        a2 = r.choice(
            (
                "31",
                "40",
                "46",
                "18",
                "13",
                "11",
                "19",
                "21",
                "16",
                "54",
                "90",
                "60",
                "63",
                "23",
                "26",
                "35",
                "36",
            )
        )
        a3 = r.choice(
            (
                "498",
                "250",
                "247",
                "248",
                "511",
                "142",
                "611",
                "480",
                "470",
                "455",
                "920",
                "980",
                "971",
                "660",
                "570",
                "381",
                "522",
                "413",
                "435",
                "651",
                "620",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2}{d[:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {a3} {d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_org(self) -> str:
        """An institution's switchboard or service number."""
        r = self.rng
        d = self.digits(6)
        a = r.choice(("8", "31", "40", "18", "13", "90", "23", "498", "63"))
        shapes = (
            f"0{a}-{d[:3]} {d[3:5]} 00", f"0{a}-{d[:2]} {d[2:4]} 00", f"010-{d[:3]} {d[3:5]} {r.randrange(10, 99)}",
            f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 {a} {d[:3]} {d[3:5]} 00",
            f"0{a}-{d[:6]}", f"+46 10 {d[:3]} {d[3:5]} {r.randrange(10, 99)}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+44 20 7{d[:3]} {d[3:7]}", f"020 7{d[:3]} {d[3:7]}", f"+44 (0)1904 {d[:6]}", f"01223 {d[:6]}",
            f"+44 7700 900{d[:3]}", f"07700 900 {d[:3]}", f"0044 131 {d[:3]} {d[3:7]}",
            f"+1 (612) 555-0{d[:3]}", f"(312) 555-0{d[:3]}", f"+1 617 555 0{d[:3]}", f"+1-206-555-0{d[:3]}",
            f"+49 30 {d[:4]} {d[4:8]}", f"030 {d[:8]}", f"+49 (0)89 {d[:3]} {d[3:7]}", f"0049 431 {d[:6]}",
            f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)4 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 20 {d[:3]} {d[3:7]}", f"020-{d[:3]} {d[3:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}",
            f"+47 {r.choice('249')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"+358 9 {d[:4]} {d[4:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+48 58 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 {r.choice('56')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+39 051 {d[:3]} {d[3:7]}", f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+32 2 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+43 1 {d[:3]} {d[3:7]}", f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 {d[:3]} {d[3:7]}", f"+354 {d[:3]} {d[3:7]}",
            f"+90 212 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+30 210 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; one in ten of someone past a hundred."""
        r = self.rng
        old = old or r.random() < 0.1
        year = r.randrange(1912, 1926) if old else r.randrange(1936, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            self.forms["personnummer +"] += roll < 0.75
            return (
                f"{date}+{serial}{check}" if roll < 0.75 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[20:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
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

    def sv_address(
        self, lines: bool = False, lgh: bool = False, rural: bool | None = None, flat: bool = True
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.22
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or (flat and r.random() < 0.12)):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            self.forms["address lgh"] += 1
        elif not rural and flat and r.random() < 0.07:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.choice(('uppg. B', 'uppg. 2', 'bv', 'plan 3') if flat else ('plan 3', 'plan 2', 'uppg. A'))}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        out = f"Box {r.randrange(2, 9999)}{chr(10) if lines else ', '}{self.sv_postal()}"
        return out

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        district = (
            f"{r.randrange(1, 3)}{r.choice('ABEHNRX')}"
            if area in ("WC", "EC")
            else str(r.randrange(1, 24))
        )
        code = f"{area}{district} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Suite', 'Apt', 'Unit', '#'))} {r.randrange(2, 900)}".replace(
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
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 120)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:
            head, _, tail = out.rpartition(", ")
            return f"{head}\n{tail}"
        return out

    def inventory(self) -> str:
        """An inventory or accession number as Swedish and foreign collections write them."""
        r = self.rng
        y = r.randrange(1880, 2027)
        shapes = (
            f"NM {r.randrange(100, 7000)}", f"NMH {r.randrange(10, 999)}/{y}", f"inv.nr {y}.{r.randrange(1, 400):04d}",
            f"SHM {r.randrange(1000, 40000)}:{r.randrange(1, 120)}", f"{y}:{r.randrange(1, 99)}", f"NMA.{r.randrange(10000, 99999)}",
            f"KM {r.randrange(1000, 99999)}", f"{y}.{r.randrange(1, 300)}.{r.randrange(1, 12)}", f"UM{r.randrange(10000, 99999)}",
            f"inv. nr {r.randrange(100, 9999)}", f"{r.choice('ABCDT')}.{r.randrange(1, 999)}-{y}", f"acc. no. {y}.{r.randrange(1, 250)}",
        )  # fmt: skip
        return r.choice(shapes)

    def archive_ref(self) -> str:
        r = self.rng
        shapes = (
            f"SE/RA/{r.randrange(100000, 999999)}/{r.choice(('A 1', 'B 2', 'E 1 a', 'F 4', 'G 1'))}/{r.randrange(1, 60)}",
            f"SE/{r.choice(('ULA', 'VALA', 'HLA', 'GLA', 'ÖLA', 'SSA'))}/{r.randrange(10000, 99999)}/{r.choice(('F II', 'A I', 'C I', 'E IV'))}/{r.randrange(1, 30)}",
            f"vol. {r.randrange(1, 900)}", f"{r.choice(('F 1 a', 'D 3', 'A II a', 'B 1', 'E 2'))}:{r.randrange(1, 40)}",
            f"AI:{r.randrange(1, 40)}", f"hfl {r.randrange(1820, 1895)}–{r.randrange(1896, 1905)}", f"mf {r.randrange(1000, 9999)}",
            f"kartong {r.randrange(1, 140)}", f"PRO {r.randrange(1, 40)}/{r.randrange(1, 300)}",
        )  # fmt: skip
        return r.choice(shapes)


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    Y the surname in capitals, X the given name in capitals, I an initial (two with a middle
    name) and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a
    trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n", "X"):
        words = given
        short = draw.nickname(person, {"G": 0.07, "g": 0.12, "X": 0.0}.get(base, 0.85))
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "X" else value
    elif base in ("S", "s", "Y"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "Y" else value
    elif base == "I":
        words = surname
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if middle and draw.rng.random() < 0.5:
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
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
    "Y",
    "X",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?(?:@([a-z]+))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ACL": lambda: (draw.sv_address(lines=True, rural=False), "ADDRESS"),
        "AM": lambda: (draw.sv_address(rural=False, flat=False), "ADDRESS"),
        "AML": lambda: (draw.sv_address(lines=True, rural=False, flat=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "VILN": lambda: (r.choice(VILLAGES), None),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.4 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHO": lambda: (draw.phone_org(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EO": lambda: (draw.org_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "TIME": lambda: (f"{r.randrange(9, 19)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 53)), None),
        "AMT": lambda: (f"{r.randrange(4, 400) * 50:,} kr".replace(",", " "), None),
        "SEK": lambda: (f"SEK {r.randrange(5, 9000) * 1000:,}".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(2, 900) * 100:,}", None),
        "EUR": lambda: (f"€{r.randrange(2, 900) * 100:,}".replace(",", "."), None),
        "USD": lambda: (f"${r.randrange(2, 900) * 100:,}", None),
        "REF": lambda: (r.choice((f"{r.randrange(2020, 2028)}/{r.randrange(10, 999)}", f"Dnr {r.randrange(1, 9)}.{r.randrange(1, 9)}-{r.randrange(100, 2999)}/2027", f"#{r.randrange(10000, 99999)}", f"L-{r.randrange(2025, 2028)}-{r.randrange(1, 99):03d}")), None),
        "YEAR": lambda: (str(r.randrange(1690, 1965)), None),
        "YEARE": lambda: (str(r.randrange(1855, 1935)), None),
        "YEAR2": lambda: (str(r.randrange(1975, 2027)), None),
        "INV": lambda: (draw.inventory(), None),
        "SIGN": lambda: (draw.archive_ref(), None),
        "DIM": lambda: (f"{r.randrange(12, 240)} × {r.randrange(10, 200)} cm" if not en else f"{r.randrange(12, 240)} x {r.randrange(10, 200)} cm", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "INST": lambda: (r.choice(INSTITUTIONS["en" if en else "sv"]), None),
        "OBJ": lambda: (r.choice(OBJECTS["en" if en else "sv"]), None),
        "ROOM": lambda: (r.choice(("sal 4", "sal 12", "Stora salen", "rum 2", "plan 3", "Gallery 6", "Room 14", "the Long Gallery", "entréhallen")), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, origin = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
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
    """FM's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of FM is printed."""
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
                forms["genitive"] += bool(
                    re.match(r"(?:s|'s?)(?:\W|$)", after)
                ) and not value.endswith("s")
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address with SE-"] += "SE-" in value
                forms["address one word + number"] += bool(re.fullmatch(r"\S+ \d+\w?", value))
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                sep = "+" if "+" in value else "-" if "-" in value else "none"
                forms[f"personnummer {len(digits)} digits, {sep}"] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("draw: " + ", ".join(f"{k} {v}" for k, v in draw.forms.items()))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [key for mix in MIXES.values() for key in mix if not draw.origins[key]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of rows, spans and problems only."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as in heldout-u"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty or out of bounds"] += not (0 <= start < stop <= len(text))
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = stop
            if span["kind"] == "NATIONAL_ID":
                m = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
                if not m:
                    problems["personnummer shape"] += 1
                    continue
                ten = m.group(2) + m.group(4)
                problems["personnummer check digit"] += luhn(ten[:9]) != int(ten[9])
                problems["personnummer + with 12 digits"] += bool(m.group(1)) and m.group(3) == "+"
    print(f"rows {rows}, spans {spans_seen}, ids unique {len(ids)}")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return 1 if any(problems.values()) else 0


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
