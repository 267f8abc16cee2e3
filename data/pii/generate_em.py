# ruff: noqa: E501
"""Generate held-out EM for personal-data detection (issue 15): names as the population has them,
a hundred-and-twenty-second writer.

    python data/pii/generate_em.py          # writes data/pii/generated-heldout-em.jsonl
    python data/pii/generate_em.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_em.py --check  # checks the written file, prints counts only

EM's names are drawn by how often people really carry them: every name word comes from
`names_em.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
Written by a helper who does not tune the detector and who read only `generate_aw.py` (for the
mechanics: the seeded `Draw`, the slot filler, the row format and `--stats`), the sections
"Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, not any other set's
names, templates or rows, not any error listing. EM was never run through the detector by its
writer, and its names were not checked against rung's lexicons. The genre (`templates_em.py`) is
funerals, estates and probate: death notices, funeral homes and their bookings and invoices,
estate inventories (bouppteckning) with heirs, executors and powers of attorney, wills, grants
of probate and letters testamentary, grave rights and headstones, and clearing a deceased person's
home, in Swedish, English and both mixed. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_em import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, masculine, plain  # noqa: E402
from templates_em import EN, MIXED, NEGATIVES, PLACES, SV  # noqa: E402

SEED = 20270199
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-em.jsonl"
SPLIT = "heldout-em"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail

# Hyphenated Swedish given names beyond the lists' own (`Ann-Britt`, `Karl-Erik`): the first and
# second parts that such names are commonly made of, combined for about one in twenty-five Swedes.
COMPOUNDS = {
    "f": (("Ann", "Anna", "Eva", "Maj", "Inga", "Britt", "Marie", "Lena", "Ulla", "Karin"), ("Karin", "Lena", "Britt", "Marie", "Maria", "Lisa", "Christin", "Sofie", "Greta", "Stina")),
    "m": (("Karl", "Lars", "Jan", "Per", "Nils", "Sven", "Bo", "Erik", "Carl", "Hans"), ("Erik", "Olof", "Åke", "Göran", "Johan", "Gunnar", "Anders", "Ove", "Inge", "Gustav")),
}  # fmt: skip
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Nygatan", "Västra Långgatan", "Östra Storgatan", "Södra Vägen", "Hantverkargatan", "Sveavägen",
    "Ringvägen", "Björkvägen", "Tallvägen", "Lindvägen", "Granvägen", "Ekvägen", "Rönnvägen",
    "Solvägen", "Ängsvägen", "Skogsvägen", "Idrottsvägen", "Villavägen", "Parkvägen", "Kvarnvägen",
    "Prästgårdsvägen", "Kyrkvägen", "Klockarvägen", "Gamla Landsvägen", "Bruksvägen", "Sjövägen",
    "Åkervägen", "Lärkvägen", "Tranvägen", "Syrenvägen", "Fläderstigen", "Blåbärsstigen",
    "Vitsippestigen", "Lingonstigen", "Smedstigen", "Hästhovsstigen", "Kopparsvängen",
    "Hagsvängen", "Tegsvängen", "Bäcksvängen", "Lindallé", "Kastanjeallén", "Björkallén",
    "Almallén", "Parkallén", "Kyrkbacken", "Solbacken", "Kvarnbacken", "Skolbacken", "Mölle backe",
    "Stortorget", "Lilla torget", "Nytorget", "Fisktorget", "Järntorget", "Brunnsplan",
    "Stationsplan", "Rådhusplan", "Mästarplan", "Klockargränd", "Tunnbindaregränd", "Smedjegränd",
    "Prästgränd", "Norra Kajen", "Södra Kajen", "Hamnkajen", "Skeppsbrokajen", "Fabriksgatan",
    "Bergsgatan", "Trädgårdsgatan", "Ågatan", "Torsgatan", "Fredsgatan", "Slottsgatan",
    "Lundavägen", "Uppsalavägen", "Malmövägen", "Hammarbyvägen", "Vasavägen", "Floravägen",
    "Hemvägen", "Backvägen", "Vallgatan", "Bryggargatan", "Kämnärsvägen", "Mossvägen",
    "Pilgatan", "Gjutargatan", "Repslagargatan", "Sandgatan", "Stenbocksgatan", "Timmervägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes: cities, suburbs and small towns.
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Visby", 621, 621), ("Nyköping", 611, 611),
    ("Täby", 183, 187), ("Nacka", 131, 132), ("Solna", 169, 171), ("Sollentuna", 191, 192),
    ("Huddinge", 141, 141), ("Bromma", 161, 168), ("Hägersten", 126, 129), ("Lidingö", 181, 181),
    ("Järfälla", 175, 177), ("Mölndal", 431, 431), ("Partille", 433, 433), ("Kungälv", 442, 442),
    ("Motala", 591, 591), ("Landskrona", 261, 261), ("Örnsköldsvik", 891, 891), ("Kiruna", 981, 981),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Varberg", 432, 432), ("Ystad", 271, 271),
    ("Härnösand", 871, 871), ("Katrineholm", 641, 641), ("Enköping", 745, 745), ("Lidköping", 531, 531),
    ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Vänersborg", 462, 462), ("Ängelholm", 262, 262),
    ("Mora", 792, 792), ("Hudiksvall", 824, 824), ("Ludvika", 771, 771), ("Nässjö", 571, 571),
    ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Värnamo", 331, 331), ("Arvika", 671, 671),
    ("Falkenberg", 311, 311), ("Trelleborg", 231, 231), ("Hässleholm", 281, 281), ("Strängnäs", 645, 645),
    ("Avesta", 774, 774), ("Köping", 731, 731), ("Sala", 733, 733), ("Ljungby", 341, 341),
    ("Boden", 961, 961), ("Kalix", 952, 952), ("Söderhamn", 826, 826), ("Bollnäs", 821, 821),
    ("Ljusdal", 827, 827), ("Sollefteå", 881, 881), ("Lycksele", 921, 921), ("Gällivare", 982, 982),
    ("Haparanda", 953, 953), ("Torsby", 685, 685), ("Sunne", 686, 686), ("Kristinehamn", 681, 681),
    ("Åmål", 662, 662), ("Strömstad", 452, 452), ("Simrishamn", 272, 272), ("Sjöbo", 275, 275),
    ("Älmhult", 343, 343), ("Vimmerby", 598, 598), ("Tranås", 573, 573), ("Eksjö", 575, 575),
    ("Leksand", 793, 793), ("Rättvik", 795, 795), ("Sveg", 842, 842), ("Strömsund", 833, 833),
)  # fmt: skip
RURAL_FROM = 60  # SV_TOWNS[60:] are the small towns that rural addresses route through
# Villages and hamlets as rural addresses have them (`Västanby 24`, `Övre Ålsta 7`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Sörby", "Kyrkbyn", "Övre Ålsta", "Nedre Ålsta", "Bäckby",
    "Kvarntorp", "Lillsjön", "Storsjön", "Hedby", "Tibble", "Sundby", "Ytterby", "Innerby",
    "Gärdet", "Åsen", "Backen", "Myra", "Berga", "Lövsta", "Holm", "Näset", "Bodarna", "Ängebo",
    "Höglunda", "Stensjö", "Granbo", "Ljusnäs", "Rönnäs", "Bredsjö", "Tallbacken", "Forsa",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Church Street", "Mill Lane", "Victoria Road",
    "Park Road", "London Road", "Queen Street", "Manor Road", "The Crescent", "Orchard Close",
    "Meadow Way", "Green Lane", "Chapel Street", "Kingsway", "Elm Grove", "Albert Road",
    "York Road", "Springfield Avenue", "North Street", "Woodland Drive", "St Johns Road",
)  # fmt: skip
UK_TOWNS = (
    ("Hexham", "NE46"), ("Kendal", "LA9"), ("Ludlow", "SY8"), ("Thirsk", "YO7"), ("Bakewell", "DE45"),
    ("Truro", "TR1"), ("Brecon", "LD3"), ("Oban", "PA34"), ("Keswick", "CA12"), ("Norwich", "NR2"),
    ("Leeds", "LS6"), ("Bristol", "BS6"), ("Manchester", "M20"), ("London", "SW11"), ("London", "N16"),
    ("Inverness", "IV2"), ("Cardiff", "CF14"), ("Sheffield", "S10"), ("Bath", "BA1"), ("Exeter", "EX4"),
    ("Glasgow", "G12"), ("Edinburgh", "EH10"), ("Belfast", "BT9"), ("York", "YO24"), ("Brighton", "BN1"),
    ("Harrogate", "HG1"), ("Stockport", "SK4"), ("Swansea", "SA2"), ("Aberdeen", "AB15"), ("Reading", "RG1"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Willow House", "Hillside", "The Laurels", "Orchard View", "Sunnyside", "The Coach House")  # fmt: skip
US_STREETS = (
    "Main Street", "Maple Avenue", "Oak Street", "Elm Street", "Lincoln Avenue", "Park Avenue",
    "Lakeview Drive", "Cedar Lane", "N 5th Street", "W Lake Street", "Highland Road", "Pine Ridge Road",
    "Swede Street", "County Road 9", "Prairie View Lane", "Sunset Boulevard", "River Road",
)  # fmt: skip
US_TOWNS = (
    ("Duluth", "MN", 558), ("Minneapolis", "MN", 554), ("Rockford", "IL", 611), ("Chicago", "IL", 606),
    ("Seattle", "WA", 981), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Des Moines", "IA", 503),
    ("Brooklyn", "NY", 112), ("Boston", "MA", 21), ("Austin", "TX", 787), ("Denver", "CO", 802),
    ("Omaha", "NE", 681), ("Sioux Falls", "SD", 571), ("Jamestown", "NY", 147), ("Lindsborg", "KS", 674),
    ("Tucson", "AZ", 857), ("Orlando", "FL", 328),
)  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Am Friedhof {n}, {z5:20095-22769} Hamburg",
    "Hauptstraße {n}a, {z5:69115-69126} Heidelberg", "{n} rue de la Paix, {z5:75002-75002} Paris",
    "{n}, avenue Jean Médecin, {z5:06000-06300} Nice", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Avenida de la Constitución {n}, {z5:41001-41004} Sevilla", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via Garibaldi {n}, {z5:10122-10122} Torino", "Zmaja od Bosne {n}, {z5:71000-71000} Sarajevo",
    "Ilica {n}, {z5:10000-10000} Zagreb", "Knez Mihailova {n}, {z5:11000-11000} Beograd",
    "Atatürk Caddesi No: {n}, {z5:35210-35220} Konak/İzmir", "Pärnu mnt {n}, {z5:10141-10148} Tallinn",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "hotmail.co.uk", "btinternet.com", "yahoo.com", "comcast.net")  # fmt: skip
WORK = ("example.se", "begravning.example.se", "juristbyran.example.se", "kommun.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip


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
    typed_plain: bool = False

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of EM from one seeded Random; counts the head/tail split and the origins."""

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
        """Someone of an origin drawn from the row's language's mix; `kin` gives the surname."""
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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Karl-Erik, Ann-Britt
            first, second = COMPOUNDS["f" if woman else "m"]
            given = [(r.choice(first), "compound"), (r.choice(second), "compound")]
            if given[0][0] == given[1][0]:
                given.pop()
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.35}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        joint = " "
        typed_plain = key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3
        if kin is not None:
            surname, joint, typed_plain = list(kin.surname), kin.joint, kin.typed_plain
        else:
            surname = [self.pick(origin.surnames)]
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
        if typed_plain:
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish":
            sex = feminine if woman else masculine
            surname = [(sex(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint, typed_plain)

    def maiden(self, person: Person) -> Word:
        """A woman's surname at birth, of her own origin (a Swede's often of another)."""
        key = person.origin
        if key in ("us", "uk", "swedish") and self.rng.random() < 0.1:
            key = self.rng.choice(("swedish", "finnish", "german", "uk"))
        word, part = self.pick(ORIGINS[key].surnames)
        if person.typed_plain:
            word = plain(word)
        if key == "polish":
            word = feminine(word)
        return word, part

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one."""
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and self.rng.random() < share:
            self.forms["nickname"] += 1
            return self.rng.choice(forms)
        return None

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1  # `compound` parts are counted apart from the head and tail

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(40, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "11", "90", "63", "35", "26", "46", "54")
        )
        area3 = r.choice(("120", "171", "221", "240", "250", "271", "300", "346", "372", "411", "435", "454", "470", "491", "510", "522", "560", "570", "586", "611", "620", "640", "651", "660", "680", "691", "910", "920", "950", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:7]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an office's number: switchboards, 010, 020, 0771 and city numbers."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}",
            f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
            f"0{r.choice(('650', '250', '470', '920', '511'))}-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"+44 131 496 0{d[:3]}", f"0044 113 496 0{d[:3]}",
            f"+49 30 {d[:8]}", f"+49 (0)171 {d[:7]}", f"0049 40 {d[:4]} {d[4:8]}", f"030 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (218) 555-01{d[:2]}", f"(612) 555-01{d[:2]}", f"+1 312 555 01{d[:2]}", f"206-555-01{d[:2]}",
            f"+1-716-555-01{d[:2]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"0031 20 {d[:3]} {d[3:7]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+387 61 {d[:3]} {d[3:6]}", f"+385 91 {d[:3]} {d[3:7]}",
            f"+381 64 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_en(self) -> str:
        """A British, American, Irish, Canadian or Australian number as people there write it."""
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"020 7946 0{d[:3]}",
            f"+44 20 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"0131 496 0{d[:3]}",
            f"01632 960{d[:3]}", f"(01632) 960 {d[:3]}", f"0117 496 0{d[:3]}", f"+44 (0)29 2018 0{d[:3]}",
            f"(218) 555-01{d[:2]}", f"(612) 555-01{d[:2]}", f"312-555-01{d[:2]}", f"+1 206 555 01{d[:2]}",
            f"555-01{d[:2]}", f"(716) 555-01{d[:2]}", f"785.555.01{d[:2]}", f"+1 (303) 555-01{d[:2]}",
            f"+353 87 {d[:3]} {d[3:6]}", f"+1 416 555 01{d[:2]}", f"+61 491 570 {d[:3]}", f"(02) 5550 {d[:4]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, born: tuple[int, int] = (1938, 2007), hundred: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        past a hundred the 10-digit form takes `+`."""
        r = self.rng
        year = r.randrange(*born)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        old = 2027 - year >= 100
        roll = r.random()
        if hundred and old:
            roll = roll * 0.4 + 0.4 if roll < 0.7 else roll
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{'+' if old else '-'}{serial}{check}"
        if roll < 0.92 or old:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
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
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        if roll < 0.85:
            return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"
        return f"{self.sv_street()}, {r.randrange(2, 6)} tr\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, district = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{district} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 24)}, {street}"
        elif roll < 0.37:
            street = f"{r.randrange(1, 80)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Apt.'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        out = f"{street}\n{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return out if lines else out.replace("\n", ", ")

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
        if out[0].isdigit() and ", avenue" in out:  # `12, avenue ...`: the French way
            return out.replace(", ", "\n", 2).replace("\n", " ", 1) if lines else out
        return out.rsplit(", ", 1)[0] + "\n" + out.rsplit(", ", 1)[1] if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, FU the same in
    capitals, Fi with the middle name's initial, G/g the given name (sometimes its short form),
    N/n the short form where the name has one, S/s the surname, SU in capitals, I an initial and
    the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME,
    Given`, UG `SURNAME Given Middle` as British notices have it, GM all given names, GMU the same in capitals, B the full name and the surname at birth
    (`f. Berg`, `née Smith`: two values), E an e-mail address. A trailing `s` asks for a Swedish
    genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    r = draw.rng
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base in ("F", "FU", "B"):
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
        value = value.upper() if base == "FU" else value
    elif base == "Fi":
        words = given + middle + surname
        value = (
            f"{person.first} {middle[0][0][0]}. {person.last}"
            if middle
            else f"{person.first} {person.last}"
        )
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("GM", "GMU"):
        words = given + middle
        value = " ".join([person.first] + [w for w, _ in middle])
        value = value.upper() if base == "GMU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
        if middle and r.random() < 0.3:
            value = f"{person.first[0]}. {middle[0][0][0]}. {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "UG":
        words = surname + given + middle
        value = " ".join([person.last.upper(), person.first] + [w for w, _ in middle])
    elif base in ("R", "RU"):
        words, value = (
            given + surname,
            f"{person.last.upper() if base == 'RU' else person.last}, {person.first}",
        )
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base == "B":
        word, part = draw.maiden(person)
        draw.count([(word, part)])
        if draw.lang == "en":
            opening, closing = r.choice(((" (née ", ")"), (" née ", ""), (" (née ", ")")))
        else:
            opening, closing = r.choice(
                ((" f. ", ""), (" f. ", ""), (" född ", ""), (" (f. ", ")"))
            )
        segments += [(opening, None), (word, "PERSON"), (closing, None)]
        draw.forms["maiden name"] += 1
    if base != form:
        if base == "B":
            raise KeyError(f"{form}: no genitive after a surname at birth")
        segments.append((genitive(value, english), None))
    return [s for s in segments if s[0]]


PERSON_FORMS = {"P", "p", "U", "UG", "F", "FU", "Fi", "G", "g", "N", "n", "GM", "GMU", "S", "s", "SU", "I", "Gi", "R", "RU", "B", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d)(?:~(\d))?)?(?::([fm]))?\}")


def pick_place(key: str, draw: Draw) -> str:
    """A non-value of the genre (a church, a firm named after no one, a grave plot ...)."""
    r = draw.rng
    out = r.choice(PLACES[key])
    out = re.sub(r"\{n\}", lambda _: str(r.randrange(1, 40)), out)
    out = re.sub(r"\{nnn\}", lambda _: f"{r.randrange(1, 999):03d}", out)
    out = re.sub(r"\{L\}", lambda _: r.choice("ABCDEFGHKLMN"), out)
    return out


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    months_sv = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")  # fmt: skip
    months_en = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip
    month, day, year, born = (
        r.randrange(1, 13),
        r.randrange(1, 29),
        r.randrange(1924, 1990),
        r.randrange(1921, 1960),
    )
    nth = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "st": lambda: (draw.sv_street().lower(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
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
        "PHE": lambda: (draw.phone_en(), "PHONE"),
        "EF": lambda: (pick_place("FIRMMAIL", draw), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRD": lambda: (draw.national_id(born=(1921, 1975), hundred=True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(born=(1919, 1927), hundred=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {months_sv[month - 1]}", f"{day} {months_sv[month - 1]} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {months_en[month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{months_en[month - 1]} {day}, 2027", f"{day}{nth} {months_en[month - 1]}")), None),
        "BDATE": lambda: (r.choice((f"{born}-{month:02d}-{day:02d}", f"{day} {months_sv[month - 1]} {born}")), None),
        "BDATEEN": lambda: (r.choice((f"{months_en[month - 1]} {day}, {born}", f"{day} {months_en[month - 1]} {born}")), None),
        "YEAR": lambda: (str(year), None),
        "AGE": lambda: (str(r.randrange(58, 103)), None),
        "TIME": lambda: (f"{r.randrange(9, 16)}{':' if en else '.'}{r.choice(('00', '00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(10, 12)}:{r.choice(('00', '30'))} a.m.", f"{r.randrange(1, 4)} pm", f"{r.randrange(11, 15)}:{r.choice(('00', '30'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(800, 98000):,} kr".replace(",", " "), f"{r.randrange(800, 98000):,}:-".replace(",", " "))), None),
        "BIG": lambda: (f"{r.randrange(180, 6400) * 1000:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(200, 9800):,}", None),
        "USD": lambda: (f"${r.randrange(200, 24000):,}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"Ä {r.randrange(100, 9999)}-27", f"dnr 2027/{r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "REFEN": lambda: (r.choice((f"PA-{r.randrange(100000, 999999)}", f"2027-PR-{r.randrange(100, 9999):05d}", f"EST/{r.randrange(1000, 9999)}/27", f"No. {r.randrange(1000, 99999)}")), None),
        "ORG": lambda: (f"{r.choice(('556', '559', '802', '969'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.randrange(10, 17)), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {draw.digits(2)}{r.choice(('', '', *'ACDEFGHJ'))}{draw.digits(1) if r.random() < 0.7 else ''}".replace("  ", " "), None),
        "FAST": lambda: (f"{r.choice(SV_TOWNS)[0]} {r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 200)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNUS": lambda: (", ".join(r.choice(US_TOWNS)[:2]), None),
        "DAY": lambda: (r.choice(("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag")), None),
        "DAYEN": lambda: (r.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")), None),
    }  # fmt: skip
    if form in PLACES:
        return pick_place(form, draw), None
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    drawn: list[str] = []  # given names of the row's unnumbered people
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
                used = {p.first for p in people.values()} | set(drawn)
                for attempt in range(6):  # no two people of a row share a given name
                    person = draw.person(
                        {"f": True, "m": False}.get(gender or ""), people.get(kin or "")
                    )
                    if person.first not in used or attempt == 5:
                        break
                    draw.origins[person.origin] -= 1
                drawn.append(person.first)
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
    """EM's rows: every negative once, then positive rows from shuffled decks of each language's
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


def counts(rows: list[dict[str, object]]) -> None:
    """Counts of the rows' values per language and of their forms: no row is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                before = text[max(0, span["start"] - 40) : span["start"]]
                forms["address after c/o"] += "c/o" in before
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                shape = f"{len(digits)} digits" + (
                    " +" if "+" in value else " hyphen" if "-" in value else " no hyphen"
                )
                forms["personnummer " + shape] += 1
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
    print("forms: " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items())))


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of EM is printed."""
    counts(rows)
    print(f"nicknames: {draw.forms['nickname']}, maiden names: {draw.forms['maiden name']}")
    total = draw.split["head"] + draw.split["tail"]
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%}); parts of made-up hyphenated given names {draw.split['compound']}"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems and of values only."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    keys = ["id", "split", "lang", "text", "spans"]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        problems["keys"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if not 0 <= start < stop <= len(text):
                problems["out of bounds or empty"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                digits = digits[2:] if len(digits) == 12 else digits
                ok = (
                    len(digits) == 10
                    and re.fullmatch(r"(\d{2})?\d{6}[-+]?\d{4}", value) is not None
                )
                problems["personnummer"] += not ok or luhn(digits[:9]) != int(digits[9])
    for lang, size in SIZES.items():
        problems[f"rows {lang}"] += sum(1 for row in rows if row["lang"] == lang) != size
    counts(rows)
    bad = {k: v for k, v in problems.items() if v}
    print("check: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "no problems"))
    return 1 if bad else 0


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
