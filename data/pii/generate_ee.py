# ruff: noqa: E501
"""Generate held-out EE for personal-data detection (issue 15): names as the population has them,
a hundred-and-fourteenth writer.

    python data/pii/generate_ee.py                           # writes data/pii/generated-heldout-ee.jsonl
    python data/pii/generate_ee.py --stats                   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ee.py --check                   # checks the written file, prints counts only
    python data/pii/generate_ee.py --seed 7 --out /tmp/x.jsonl  # a scratch seed, to read rows from

EE's names are drawn by how often people really carry them: every name word comes from
`names_ee.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's families are; a
child and a parent share a surname as families do. Written by a helper who does not tune the
detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler,
the row format and `--stats`), two write-ups of docs/privacy.md ("Held-out AW", "Held-out CL") and
the keys of heldout-u's first row; not the detector's rules, lexicons or tagger, nor any other set's
names, templates or rows, nor any error listing. The genre is preschools, after-school care and
parents (`templates_ee.py`): drop-off and pick-up lists, who may collect, allergy lists, parent
meetings, development talks, queue offers, absence notes, fees, forms and parents' chats, in
Swedish, English and both at once. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ee import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, masculine, plain  # noqa: E402
from templates_ee import DAYS, EN, MIXED, MONTHS, NEGATIVES, PLACES, SV, WORDS  # noqa: E402

SEED = 20270191
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ee.jsonl"
SPLIT = "heldout-ee"
KEYS = ("id", "split", "lang", "text", "spans")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Drottninggatan", "Storgatan", "Kungsgatan", "Sankt Eriksgatan", "Götgatan", "Vasagatan", "Linnégatan",
    "Skolgatan", "Västra Hamngatan", "Nygatan", "Kyrkogatan", "Östra Storgatan", "Trädgårdsgatan",
    "Hantverkargatan", "Fabriksgatan", "Olof Palmes gata", "Birger Jarlsgatan", "Bondegatan", "Tegnérgatan",
    "Södra Förstadsgatan", "Björkvägen", "Ringvägen", "Skogsvägen", "Granvägen", "Tallvägen", "Lövvägen",
    "Ekvägen", "Lärkvägen", "Rosenvägen", "Sveavägen", "Karlavägen", "Valhallavägen", "Kvarnvägen",
    "Bäckvägen", "Solvägen", "Sjövägen", "Ängsvägen", "Parkvägen", "Idrottsvägen", "Skolvägen",
    "Gamla Kungsvägen", "Västra vägen", "Per Albin Hanssons väg", "Fältsvängen", "Hagsvängen",
    "Ekorrsvängen", "Myrsvängen", "Orresvängen", "Kastanjeallén", "Lindallén", "Hammarby allé",
    "Ekebergs allé", "Slottsallén", "Solbacken", "Kvarnbacken", "Klockarbacken", "Ekbacken",
    "Hornsbergs backe", "Götgatsbacken", "Blåbärsstigen", "Lingonstigen", "Hasselstigen", "Smultronstigen",
    "Vitsippestigen", "Ekorrstigen", "Stortorget", "Lilla torget", "Järntorget", "Gustav Adolfs torg",
    "Kornhamnstorg", "Möllevångstorget", "Stationsplan", "Kyrkplan", "Brunnsplan", "Slussplan",
    "Smedjegränd", "Klockargränd", "Prästgränd", "Skomakargränd", "Tunnbindaregränd", "Hamnkajen",
    "Norra kajen", "Skeppsbrokajen", "Packhuskajen", "Strandkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Varberg", 432, 432),
    ("Nacka", 131, 131), ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Solna", 169, 171),
    ("Lidingö", 181, 181), ("Kungsbacka", 434, 434), ("Mölndal", 431, 431), ("Partille", 433, 433),
    ("Motala", 591, 591), ("Visby", 621, 621), ("Piteå", 941, 941), ("Skellefteå", 931, 931),
    ("Örnsköldsvik", 891, 891), ("Enköping", 745, 745), ("Nyköping", 611, 611), ("Ystad", 271, 271),
    ("Trelleborg", 231, 231), ("Landskrona", 261, 261), ("Alingsås", 441, 441), ("Lerum", 443, 443),
    ("Sandviken", 811, 811), ("Hudiksvall", 824, 824), ("Kiruna", 981, 981), ("Ängelholm", 262, 262),
    ("Härnösand", 871, 871), ("Lidköping", 531, 531), ("Falkenberg", 311, 311), ("Västervik", 593, 593),
    ("Järfälla", 175, 177), ("Haninge", 136, 137), ("Tyresö", 135, 135), ("Upplands Väsby", 194, 194),
    ("Åkersberga", 184, 184), ("Märsta", 195, 195), ("Vallentuna", 186, 186), ("Gustavsberg", 134, 134),
)  # fmt: skip
# Villages and hamlets with the town whose rural postcodes (xxx 9x) they are addressed by.
VILLAGES = (
    ("Vallby", "Enköping", 745), ("Östanå", "Uppsala", 755), ("Skepptuna", "Märsta", 195),
    ("Ekeby", "Nyköping", 611), ("Sörby", "Örebro", 705), ("Hällby", "Eskilstuna", 635),
    ("Västanby", "Kungsbacka", 434), ("Norrby", "Sala", 733), ("Lövsta", "Uppsala", 755),
    ("Bergsjö", "Hudiksvall", 824), ("Backa", "Alingsås", 441), ("Åsbo", "Linköping", 585),
    ("Grimsta", "Norrtälje", 761), ("Kullen", "Varberg", 432), ("Mellby", "Kristianstad", 291),
    ("Tuna", "Vimmerby", 598), ("Fjällbo", "Östersund", 832), ("Storbyn", "Piteå", 941),
    ("Övre Bäck", "Umeå", 905), ("Lillåker", "Falun", 791), ("Ryd", "Tingsryd", 362),
    ("Knivsta by", "Knivsta", 741), ("Hagby", "Kalmar", 392), ("Öster Malma", "Nyköping", 611),
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Queen's Road", "Windsor Avenue", "Cedar Close", "Meadow Way", "Mill Lane",
    "The Crescent", "Beech Drive", "St John's Street", "Orchard Way", "Kingsway", "Grange Road",
    "Hawthorn Close", "Newport Road", "Westbourne Terrace", "Hillside Gardens", "Church Street",
    "Station Road", "Victoria Park Road", "Elm Grove",
)  # fmt: skip
UK_TOWNS = (
    ("Reading", "RG"), ("Oxford", "OX"), ("Cambridge", "CB"), ("York", "YO"), ("Bath", "BA"),
    ("Leeds", "LS"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Brighton", "BN"), ("Cardiff", "CF"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Belfast", "BT"), ("Exeter", "EX"), ("Harrogate", "HG"),
    ("Guildford", "GU"), ("London", "SE"), ("London", "N"), ("London", "E"), ("Manchester", "M"),
)  # fmt: skip
UK_HOUSES = ("Flat 3", "Flat 12", "The Old Bakery", "Ivy House", "2 Orchard Cottages", "Apartment 7, Riverside Court", "Willow Lodge")  # fmt: skip
US_STREETS = ("Elm Street", "Oak Avenue", "Maple Drive", "Washington Street", "Lincoln Avenue", "Cedar Lane", "Park Place", "Hillcrest Road", "W 4th Street", "N Main Street", "Sunset Boulevard", "Lakeview Terrace")  # fmt: skip
US_TOWNS = (
    ("Madison", "WI", 537), ("Austin", "TX", 787), ("Portland", "OR", 972), ("Minneapolis", "MN", 554),
    ("Seattle", "WA", 981), ("Denver", "CO", 802), ("Columbus", "OH", 432), ("Raleigh", "NC", 276),
    ("Ann Arbor", "MI", 481), ("Brooklyn", "NY", 112), ("Chicago", "IL", 606), ("Sacramento", "CA", 958),
)  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Goethestraße {n}, {z5:80331-80999} München",
    "Am Markt {n}, {z5:28195-28779} Bremen", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n}, avenue des Minimes, {z5:31200-31500} Toulouse", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørrebrogade {n}, {m}. th., 2200 København N",
    "Vestergade {n}, 8000 Aarhus C", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Grodzka {n}, 31-{z3:001-044} Kraków", "Calle Mayor {n}, {m}º B, 28013 Madrid",
    "Carrer de Mallorca {n}, {m}º, {z5:08013-08037} Barcelona", "Via dei Mille {n}, 80121 Napoli",
    "Via Nazionale {n}, {z5:00184-00187} Roma", "Rua Augusta {n}, 1100-0{z2:10-99} Lisboa",
    "Rue Haute {n}, 1000 Bruxelles", "{n} Main Street, Ballina, Co. Mayo F26 {EIR}",
    "Tartu mnt {n}-{m}, {z5:10115-10145} Tallinn", "Vilniaus g. {n}, LT-{z5:01100-01999} Vilnius",
    "Ferhadija {n}, 71000 Sarajevo", "Ilica {n}, {z5:10000-10000} Zagreb",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "protonmail.com", "hotmail.se")  # fmt: skip
WORK = ("example.se", "kommun.example.se", "stad.example.se", "forskola.example.se", "example.com", "example.co.uk", "uni.example.se", "example.org")  # fmt: skip
ORG_MAIL = {
    "sv": ("placering", "barnomsorg", "forskolan.solrosen", "fritids.kometen", "avgifter", "info", "rektor.norra", "kontaktcenter", "skolval", "bun.registrator"),
    "en": ("office", "admin", "enrolment", "billing", "hello", "manager", "littleacorns", "frontdesk", "accounts", "info"),
}  # fmt: skip
ORG_DOMAIN = {"sv": ("kommun.example.se", "stad.example.se", "example.se", "forskola.example.se"), "en": ("example.co.uk", "example.com", "example.org", "nursery.example.co.uk")}  # fmt: skip


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
    """Every value of EE from one seeded Random; counts the head/tail split, origins and forms."""

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

    def person(self, woman: bool | None, kin: Person | None = None) -> Person:
        """Someone of an origin drawn by the row's language; with `kin`, of kin's origin and
        (as families mostly are) carrying kin's surname."""
        r = self.rng
        if kin is not None:
            key = kin.origin
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.05
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.4}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        typed_plain = key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3
        if typed_plain:
            given = [(plain(w), p) for w, p in given]
        share = {"somali": 0.45, "eritrean": 0.45, "latin": 0.6}.get(key, 0.8)
        if kin is not None and r.random() < share:
            surname = list(kin.surname)
            if key == "polish":  # Kowalska's son is Kowalski
                surname = [((feminine if woman else masculine)(w), p) for w, p in surname]
            return Person(woman, key, given, surname, middle, kin.joint)
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if typed_plain:
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
        local = r.choice((
            f"{given}.{surname}", f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname[0]}",
            f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
            f"{given}.{surname}{r.choice(('', '.', '_'))}{r.randrange(70, 100)}",
        ))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def org_email(self) -> str:
        r = self.rng
        lang = (
            "en"
            if self.lang == "en"
            else r.choice(("sv", "sv", "en"))
            if self.lang == "mixed"
            else "sv"
        )
        return f"{r.choice(ORG_MAIL[lang])}@{r.choice(ORG_DOMAIN[lang])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}-{d[:3]} {d[3:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline or a switchboard's number."""
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
                "54",
                "90",
                "60",
                "63",
                "26",
                "36",
                "35",
                "46",
                "42",
                "11",
            )
        )
        area3 = r.choice(
            (
                "480",
                "470",
                "455",
                "920",
                "910",
                "150",
                "171",
                "300",
                "340",
                "500",
                "510",
                "520",
                "590",
                "611",
                "660",
                "690",
                "950",
                "226",
                "243",
            )
        )
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area2}{d[:6]}"), (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:3]} {d[3:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.7 else self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"07{r.choice('45789')}{d[:2]} {d[2:8]}",
            f"+44 (0)7{r.choice('45789')}{d[:2]} {d[2:8]}", f"020 7946 0{d[:3]}", f"020 {d[:4]} {d[4:8]}",
            f"0113 496 0{d[:3]}", f"0161 {d[:3]} {d[3:7]}", f"+44 (0)131 {d[:3]} {d[3:7]}", f"01865 {d[:6]}",
            f"029 20{d[:2]} {d[2:6]}", f"028 90{d[:2]} {d[2:6]}", f"0044 7{d[:3]} {d[3:9]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(
            ("608", "512", "503", "612", "206", "303", "614", "919", "734", "718", "312", "916")
        )
        return r.choice((
            f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"+1 {area} 555 0{d[:3]}", f"{area}.555.0{d[:3]}",
            f"+1 ({area}) {d[:3]}-{d[3:7]}", f"({area}) {d[:3]}-{d[3:7]}", f"{area}-{d[:3]}-{d[3:7]}", f"555-0{d[:3]}",
            f"1-{area}-{d[:3]}-{d[3:7]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        return r.choice((
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:7]}", f"+44 7700 900{d[:3]}", f"+1 612 555 0{d[:3]}", f"+49 30 {d[:8]}",
            f"+49 151 {d[:8]}", f"0049 89 {d[:4]} {d[4:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 34{d[0]} {d[1:4]} {d[4:8]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"087 {d[:3]} {d[3:7]}", f"+90 53{d[0]} {d[1:4]} {d[4:6]} {d[6:8]}", f"0532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+380 67 {d[:3]} {d[3:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+291 7 {d[:6]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}", f"+385 91 {d[:3]} {d[3:7]}",
        ))  # fmt: skip

    def national_id(self, kind: str = "adult") -> str:
        """A personnummer with a valid check digit: a child's, an adult's, or someone past a hundred (`+`)."""
        r = self.rng
        low, high = {"child": (2016, 2026), "adult": (1962, 2003), "old": (1920, 1927)}[kind]
        year = r.randrange(low, high)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if kind == "old":
            self.forms["personnummer +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        shape = (
            "12 with -"
            if roll < 0.35
            else "10 with -"
            if roll < 0.72
            else "12 plain"
            if roll < 0.87
            else "10 plain"
        )
        self.forms[f"personnummer {shape}"] += 1
        return {
            "12 with -": f"{year // 100}{date}-{serial}{check}", "10 with -": f"{date}-{serial}{check}",
            "12 plain": f"{year // 100}{date}{serial}{check}", "10 plain": f"{date}{serial}{check}",
        }[shape]  # fmt: skip

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: tuple[str, int] | None = None) -> str:
        r = self.rng
        if rural:
            town, prefix = rural
            code = f"{prefix}{r.randrange(90, 100)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.11:
            out = "SE-" + out
        elif roll < 0.14:
            out += ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        joint = "\n" if lines else ", "
        if rural:
            village, town, prefix = r.choice(VILLAGES)
            return f"{village} {r.randrange(1, 260)}{joint}{self.sv_postal(rural=(town, prefix))}"
        street = self.sv_street()
        if lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.03:
            street += f", {r.randrange(1, 7)} tr, lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        return f"{street}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        code = self.sv_postal()
        return f"Box {r.randrange(10, 9999)}{r.choice((', ', chr(10)))}{code}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        if r.random() < 0.25:
            street = (
                f"{r.choice(UK_HOUSES)}, {street if r.random() < 0.5 else r.choice(UK_STREETS)}"
            )
        return (
            f"{street}\n{town}\n{code}".replace(", ", "\n") if lines else f"{street}, {town} {code}"
        )

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
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
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        eir = "ACDEFHKNPRTVWXY"
        out = out.replace(
            "{EIR}", f"{r.choice(eir)}{r.randrange(10)}{r.choice(eir)}{r.randrange(10)}"
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GC the given name in
    capitals, GM the given name and middle names, S/s the surname, SC the surname in capitals,
    I initials and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RC `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a
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
    elif base == "GM":
        words = given + middle
        value = " ".join([person.first] + [w for w, _ in middle])
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base == "GC":
        words, value = given, person.first.upper()
    elif base in ("S", "s", "SC"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SC" else value
    elif base == "I":
        words = surname
        initials = "-".join(p[0] + "." for p in person.first.split("-")).replace(".-", "-")
        if middle and draw.rng.random() < 0.4:
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base in ("R", "RC"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RC' else person.last}, {person.first}"
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
    "GM",
    "G",
    "g",
    "N",
    "n",
    "GC",
    "S",
    "s",
    "SC",
    "I",
    "Gi",
    "R",
    "RC",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?:~(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    en = lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def word(key: str) -> str:
        return r.choice(WORDS[key])

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "LGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id("adult"), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id("child"), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "EF": lambda: (draw.org_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(150, 3200):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 1600)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(40, 2400):,}.00", None),
        "REF": lambda: (r.choice((f"BUN {r.randrange(2025, 2028)}/{r.randrange(100, 9999)}", f"{r.randrange(100000, 999999)}", f"Q-{r.randrange(1000, 99999)}")), None),
        "INV": lambda: (f"{r.randrange(2027000, 2027999)}{r.randrange(10, 99)}", None),
        "OCR": lambda: (f"{r.randrange(10**9, 10**10)}{r.randrange(10, 99)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "MONTH": lambda: (MONTHS["en" if en else "sv"][month - 1], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PLACE": lambda: (r.choice(PLACES["en" if en else "sv"]), None),
        "FSK": lambda: (word("preschool"), None),
        "AVD": lambda: (word("group"), None),
        "ROOM": lambda: (word("room"), None),
        "NURSERY": lambda: (word("nursery"), None),
        "SCH": lambda: (word("school"), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                woman = {"f": True, "m": False}.get(gender or "")
                person = draw.person(woman, people.get(kin) if kin else None)
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
    """EE's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of EE is printed."""
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
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                before = text[max(0, span["start"] - 1) : span["start"]]
                forms["after @"] += before == "@"
                forms["in brackets"] += before == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address c/o before"] += (
                    text[: span["start"]].rstrip(", \n").split("\n")[-1].lstrip().startswith("c/o")
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                sep = "+" if "+" in value else "-" if "-" in value else "none"
                forms[f"personnummer {len(digits)} digits, {sep}"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only (never a row). Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = Counter(str(row.get("id")) for row in rows)
    problems["duplicate ids"] = sum(n - 1 for n in ids.values() if n > 1)
    langs = Counter(str(row.get("lang")) for row in rows)
    problems["row count per language"] = sum(abs(langs[k] - v) for k, v in SIZES.items())
    spans_total = 0
    for row in rows:
        problems["row keys"] += tuple(row) != KEYS
        problems["split"] += row.get("split") != SPLIT
        text, spans = row["text"], row["spans"]
        end = 0
        for span in spans:
            spans_total += 1
            start, stop = span["start"], span["end"]
            problems["span keys"] += tuple(span) != ("start", "end", "kind")
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ok = (
                    len(digits) in (10, 12)
                    and re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value) is not None
                )
                ok = ok and luhn(digits[-10:-1]) == int(digits[-1])
                problems["personnummer"] += not ok
    print(f"checked {len(rows)} rows, {spans_total} spans, {len(ids)} ids")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    out = args.out or OUT
    if args.check:
        sys.exit(1 if check(out) else 0)
    if args.seed != SEED and args.out is None and not args.stats:
        parser.error("a scratch seed needs --out (the set's own file is written with SEED only)")
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
