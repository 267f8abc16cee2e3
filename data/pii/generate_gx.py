# ruff: noqa: E501
"""Generate held-out GX for personal-data detection (issue 15): names as the population has them,
a hundred-and-eighty-fifth writer.

    python data/pii/generate_gx.py          # writes data/pii/generated-heldout-gx.jsonl
    python data/pii/generate_gx.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gx.py --check  # checks the written file, prints counts only

GX's names are drawn by how often people really carry them: every name word comes from
`names_gx.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is clinical trials and research studies (`templates_gx.py`): participant screening
and consent forms, study visit schedules and reminders, adverse event reports, investigators' and
delegation logs, code keys and ID lists, recruitment letters and ads, ethics board correspondence,
monitoring, sample shipping, with participants' home addresses, clinics' visiting and box
addresses, and phone numbers in every common grouping. Written by a helper who does not tune the
detector, who read only `generate_aw.py` (for the mechanics), two write-ups in docs/privacy.md and
the keys of heldout-u, and neither the detector's rules, lexicons and tagger (`src/rung/privacy/`)
nor any error listing nor any other set's names and templates; GX was never run through the
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

from names_gx import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gx import EN, FILL, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270262
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gx.jsonl"
SPLIT = "heldout-gx"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form; a few named after people (the whole is the address).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Västra Ågatan",
    "Sysslomansgatan", "Svartbäcksgatan", "Nygatan", "Hamngatan", "Bangårdsgatan", "Köpmangatan",
    "Forskargatan", "Sjukhusvägen", "Vårdvägen", "Lasarettsvägen", "Universitetsvägen",
    "Dag Hammarskjölds väg", "Birger Jarlsgatan", "Sankt Göransgatan", "Linnégatan",
    "Olof Palmes gata", "Drottning Kristinas väg", "Karlavägen", "Björkvägen", "Tallstigen",
    "Granvägen", "Lönnvägen", "Rönnbärsvägen", "Vallmovägen", "Solrosvägen", "Kastanjevägen",
    "Vintervägen", "Sommarvägen", "Ängsgärdsvägen", "Backavägen", "Slånbärsvägen", "Gröna gången",
    "Tingsvägen", "Bruksvägen", "Mejerigatan", "Tegelbruksvägen", "Rådhusgatan", "Apotekaregatan",
    "Hantverksgatan", "Väderkvarnsgatan", "Trädgårdsgatan", "Ekhagsvägen", "Fjällsvängen",
    "Myrsvängen", "Tranesvängen", "Lärkesvängen", "Stallbacken", "Kvarnbacken", "Klockarbacken",
    "Hagabacken", "Tornfalksbacken", "Humlegårdsstigen", "Hasselstigen", "Videstigen",
    "Lingonstigen", "Blåklintsstigen", "Lindallén", "Parkallén", "Sofia allé", "Klostergatan",
    "Stora torget", "Fisktorget", "Södra torget", "Hötorget", "Brunnstorget", "Stationsplan",
    "Kyrkplan", "Residensplan", "Mästargränd", "Bagargränd", "Tunnbindargränd", "Skepparkajen",
    "Norra kajen", "Inre hamnen", "Södra Strandgatan", "Östra Promenaden", "Järnvägsesplanaden",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 722, 725), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 302), ("Växjö", 352, 352), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 977), ("Östersund", 831, 831), ("Trollhättan", 461, 461), ("Kalmar", 392, 392),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Falun", 791, 791), ("Karlskrona", 371, 371),
    ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Nacka", 131, 132), ("Täby", 183, 187), ("Huddinge", 141, 141), ("Lidingö", 181, 181),
    ("Borlänge", 781, 784), ("Motala", 591, 591), ("Piteå", 941, 941), ("Ystad", 271, 271),
    ("Enköping", 745, 745), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Varberg", 432, 432),
    ("Västervik", 593, 593), ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 891), ("Kiruna", 981, 981),
    ("Härnösand", 871, 871), ("Vetlanda", 574, 574), ("Ludvika", 771, 771), ("Sala", 733, 733),
    ("Arvika", 671, 671), ("Sollefteå", 881, 881), ("Lycksele", 921, 921), ("Oskarshamn", 572, 572),
    ("Hässleholm", 281, 281), ("Mjölby", 595, 595), ("Tierp", 815, 815), ("Säffle", 661, 661),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Lillbyn 14`), with a rural postcode.
VILLAGES = (
    "Lillbyn", "Storbyn", "Mellanbyn", "Västerby", "Österby", "Norrby", "Söderby", "Bäckby",
    "Kullerstad", "Rösta", "Hemmingsmark", "Svedjan", "Tallbacka", "Åkarp gård", "Ängstugan",
    "Skogslund", "Stora Mellösa", "Lilla Edet gård", "Nyängen", "Björkhaga", "Rotebo",
    "Kvarntorp", "Hällby", "Sjöviken", "Knutsbo", "Gammelgården", "Hagalund gård", "Ekeby",
)  # fmt: skip
UK_STREETS = (
    "Clarendon Road", "Beech Grove", "Springfield Avenue", "Albert Street", "Moorland Drive",
    "Hospital Lane", "Infirmary Street", "Oakfield Road", "The Crescent", "Meadow Way",
    "Hawthorn Close", "Linden Gardens", "Elm Terrace", "Queens Drive", "Greenhill Road",
    "Bramble Walk", "St Mary's Road", "College Road", "Thornbury Way", "Riverside Court",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Newcastle upon Tyne", "NE"),
    ("Sheffield", "S"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Nottingham", "NG"),
    ("Leicester", "LE"), ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"),
    ("Birmingham", "B"), ("Liverpool", "L"), ("Exeter", "EX"), ("Southampton", "SO"), ("York", "YO"),
    ("Aberdeen", "AB"), ("Dundee", "DD"), ("Belfast", "BT"), ("London", "SE"), ("London", "NW"),
    ("London", "W"), ("London", "E"),
)  # fmt: skip
UK_HOUSES = ("Flat 3, Wellington House", "Ward Cottage", "The Old Vicarage", "2 Mill Cottages", "Apartment 14, The Maltings", "Willow Barn", "Unit 5, Science Park")  # fmt: skip
US_STREETS = ("Elm Street", "Washington Avenue", "Commonwealth Avenue", "Oak Ridge Drive", "Maple Lane", "University Avenue", "Medical Center Drive", "Park Street", "Cedar Court", "Lakeview Boulevard", "NE Pacific Street", "Hillcrest Road")  # fmt: skip
US_TOWNS = (("Boston", "MA", 21), ("Minneapolis", "MN", 554), ("Ann Arbor", "MI", 481), ("Seattle", "WA", 981), ("Madison", "WI", 537), ("Rochester", "NY", 146), ("Houston", "TX", 770), ("Nashville", "TN", 372), ("Portland", "OR", 972), ("Denver", "CO", 802), ("Chicago", "IL", 606), ("Baltimore", "MD", 212), ("Durham", "NC", 277))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:69117-69126} Heidelberg", "Am Klinikum {n}, {z5:07743-07747} Jena",
    "Bahnhofstrasse {n}, {z4:8001-8008} Zürich", "Herestraat {n}, {z4:3000-3001} Leuven",
    "Heidelberglaan {n}, {z4:3581-3584} {L2} Utrecht", "Dorpsstraat {n}, {z4:5611-5658} {L2} Eindhoven",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} boulevard de l'Hôpital, 750{z2:05-13} Paris",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Carrer de Mallorca {n}, {z5:08008-08036} Barcelona",
    "Via del Corso {n}, {z5:00186-00187} Roma", "Via Po {n}, {z5:10123-10124} Torino",
    "Nørregade {n}, {m}. th., {z4:1165-1172} København K", "Blegdamsvej {n}, {z4:2100-2100} København Ø",
    "Sognsvannsveien {n}, {z4:0372-0372} Oslo", "Kirkegata {n}, {z4:7011-7013} Trondheim",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "Kauppakatu {n}, {z5:40100-40100} Jyväskylä",
    "ul. Marszałkowska {n}/{m}, 00-{z3:001-999} Warszawa", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "{n} Dame Street, Dublin 2", "Tartu mnt {n}, {z5:10115-10145} Tallinn",
    "Bağdat Caddesi No: {n} D: {m}, {z5:34710-34740} Kadıköy/İstanbul",
    "Av. Providencia {n}, depto. {m}0{m}, Providencia, Santiago",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "protonmail.com", "hotmail.se", "bredband.net")  # fmt: skip
WORK = {
    "sv": ("region.example.se", "example.se", "ki.example.se", "uu.example.se", "med.example.se", "example.com"),
    "en": ("example.com", "example.org", "nhs.example.uk", "example.ac.uk", "example.edu", "cro.example.com"),
}  # fmt: skip
MAILBOXES = {
    "sv": ("forskningsenheten", "studie.kardio", "kliniska.provningar", "dataskyddsombud", "registrator", "biobanken", "studiekoordinator", "fou.support", "ctu", "minnesstudien"),
    "en": ("trials", "ctu-enquiries", "irb", "research.office", "safety", "pharmacovigilance", "study.team", "rec.enquiries", "datamanagement", "clinops"),
}  # fmt: skip


# The second parts of Swedish hyphenated given names (`Karl-Erik`, `Ann-Marie`).
SECOND = {"Erik", "Olof", "Olov", "Johan", "Göran", "Åke", "Gunnar", "Inge", "Anders", "Arne", "Ove", "Marie", "Karin", "Lena", "Britt", "Christin", "Louise", "Sofie", "Maria", "Charlotte", "Kristin", "Lotta", "Lisa"}  # fmt: skip


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
    """Every value of GX from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.08:  # Lars-Erik
            second = self.pick(pool)
            if second[0] in SECOND and second[0] != given[0][0]:  # as such names are formed
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3}.get(key, 0.05):
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
            joint = "-" if roll < 0.025 else " "
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
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        work = WORK["en" if self.lang == "en" else "sv"]
        return f"{local}@{r.choice(work if r.random() < 0.45 else MAIL)}"

    def mailbox(self) -> str:
        """A shared mailbox of a unit, a board or a sponsor (no person's)."""
        r, lang = self.rng, "en" if self.lang == "en" else "sv"
        if self.lang == "mixed" and r.random() < 0.4:
            lang = "en"
        return f"{r.choice(MAILBOXES[lang])}@{r.choice(WORK[lang])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("18", "13", "11", "19", "21", "31", "40", "42", "46", "16", "90", "60", "54", "35", "36", "26"))  # fmt: skip
        area3 = r.choice(("120", "140", "150", "155", "171", "173", "220", "226", "240", "247", "250", "270", "280", "302", "303", "325", "340", "346", "370", "380", "410", "411", "451", "454", "470", "471", "480", "485", "491", "496", "500", "510", "522", "523", "532", "550", "560", "570", "586", "590", "611", "612", "620", "640", "643", "660", "670", "690", "695", "910", "918", "920", "922", "924", "935", "950", "960", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0046{m[1:]}{d[:7]}"),
            (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"08/{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{area2}-{d[:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){area3}-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A switchboard's, a unit's or a service's number (Swedish)."""
        r = self.rng
        d = self.digits(8)
        area = r.choice(("018", "013", "019", "021", "031", "040", "046", "090", "060", "054", "035", "036", "026", "016"))  # fmt: skip
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} 00 00", f"{area}-{d[:3]} 00 00", f"{area}-{d[:2]} {d[2:4]} 00",
            f"08-{d[:3]} 700 00", f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"{area} {d[:3]} {d[3:5]} {d[5:7]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"{area}-{d[:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_en(self, where: str = "") -> str:
        """A UK or US number as people there write it (`where` uk or us, else either)."""
        r = self.rng
        d = self.digits(8)
        uk = (
            f"020 7{d[:3]} {d[3:7]}", f"020 3{d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}",
            f"0117 {d[:3]} {d[3:7]}", f"0114 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}", f"0141 {d[:3]} {d[3:7]}",
            f"01865 {d[:6]}", f"01223 {d[:6]}", f"01392 {d[:6]}", f"029 20{d[:2]} {d[2:6]}", f"028 90{d[:2]} {d[2:6]}",
            f"07{r.choice('45789')}{d[:2]} {d[2:8]}", f"07{r.choice('45789')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+44 7{r.choice('45789')}{d[:2]} {d[2:8]}", f"+44 (0)20 7{d[:3]} {d[3:7]}", f"+44 113 {d[:3]} {d[3:7]}",
            f"(0191) {d[:3]} {d[3:7]}", f"0800 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        us = (
            f"({r.choice(('617', '612', '734', '206', '608', '585', '713', '615', '503', '303', '312', '410', '919'))}) {d[:3]}-{d[3:7]}",
            f"{r.choice(('617', '612', '734', '206', '608'))}-{d[:3]}-{d[3:7]}", f"{r.choice(('713', '615', '503', '303'))}.{d[:3]}.{d[3:7]}",
            f"+1 {r.choice(('312', '410', '919', '206'))} {d[:3]} {d[3:7]}", f"1-800-{d[:3]}-{d[3:7]}", f"+1 (617) {d[:3]}-{d[3:7]}",
        )  # fmt: skip
        if where == "us" or (not where and r.random() < 0.4):
            return r.choice(us)
        return r.choice(uk)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)9 {d[:3]} {d[3:7]}", f"050 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)6221 {d[:2]}-{d[2:6]}",
            f"0049 3641 {d[:6]}", f"+31 6 {d[:8]}", f"+31 (0)30 {d[:3]} {d[3:7]}", f"+32 16 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)4 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 06 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+43 664 {d[:7]}",
            f"+964 7{r.choice('5789')}{d[:1]} {d[1:4]} {d[4:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+291 7 {d[:6]}", f"+93 7{d[:2]} {d[2:5]} {d[5:8]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:3]} {d[3:7]}", f"+385 91 {d[:3]} {d[3:7]}",
            f"+1 (617) {d[:3]}-{d[3:7]}", f"+44 20 7{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with `-` or none, `+` past a hundred."""
        r = self.rng
        old = r.random() < 0.07  # a centenarian in a study of the oldest old
        year = r.randrange(1918, 1927) if old else r.randrange(1932, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr 10 with +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.42:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            self.forms["pnr 12 plain"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 plain"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[36:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 190)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def clinic(self, lines: bool = False) -> str:
        """A unit's visiting address, a street with floor or entrance; over lines (a letterhead),
        sometimes its box."""
        r = self.rng
        roll = r.random()
        joint = "\n" if lines else ", "
        if lines and roll < 0.3:
            return f"Box {r.randrange(100, 9999)}{joint}{self.sv_postal()}"
        if roll < 0.6:
            return f"{self.sv_street()}, plan {r.randrange(1, 13)}{joint}{self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, ingång {r.randrange(1, 100)}{joint}{self.sv_postal()}"
        return f"{self.sv_street()}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
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
        if r.random() < 0.3:
            street += f", {r.choice(('Suite', 'Apt', 'Unit', '#', 'Room'))} {r.randrange(2, 900)}".replace(
                "# ", "#"
            )
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {zip_code}"

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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU and
    GU surname and given name in capitals (a form's separate fields), I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s", "SU"):
        words = surname
        value = (
            person.last.lower()
            if base == "s"
            else person.last.upper()
            if base == "SU"
            else person.last
        )
    elif base == "GU":
        words, value = given, person.first.upper()
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
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
    "SU",
    "GU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2026, 2027, 2027, 2027, 2028))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (draw.street_name(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.3 else draw.sv_address()).lower(), "ADDRESS"),
        "CLIN": lambda: (draw.clinic(), "ADDRESS"),
        "CLINL": lambda: (draw.clinic(lines=True), "ADDRESS"),
        "BOX": lambda: (f"Box {r.randrange(100, 9999)}, {draw.sv_postal()}", "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "SNU": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHEN": lambda: (draw.phone_en(), "PHONE"),
        "PHUK": lambda: (draw.phone_en("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_en("us"), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (draw.mailbox(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day} {MONTHS['sv'][month - 1]} {year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}", f"{month}/{day}/{year}")), None),
        "DOB": lambda: (r.choice((f"{r.randrange(1934, 2008)}-{month:02d}-{day:02d}", f"{day} {MONTHS['sv'][month - 1]} {r.randrange(1934, 2008)}")), None),
        "DOBEN": lambda: (r.choice((f"{day:02d}/{month:02d}/{r.randrange(1934, 2008)}", f"{day} {MONTHS['en'][month - 1]} {r.randrange(1934, 2008)}")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if lang == 'en' else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AGE": lambda: (str(r.randrange(19, 93)), None),
        "YEAR": lambda: (str(r.randrange(1936, 2006)), None),
        "AMT": lambda: (f"{r.choice((300, 400, 500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4500))} kr", None),
        "GBP": lambda: (f"£{r.randrange(10, 400)}.{r.choice(('00', '50', '20', '75'))}", None),
        "USD": lambda: (f"${r.choice((25, 50, 75, 100, 150, 200, 250, 400))}", None),
        "EUR": lambda: (f"€{r.randrange(400, 9000)}", None),
        "SUBJ": lambda: (r.choice((f"{r.randrange(1, 20):02d}-{r.randrange(1, 300):03d}", f"{r.randrange(101, 140)}-{r.randrange(1, 80):03d}", f"SE{r.randrange(1, 9):02d}-{r.randrange(1, 200):04d}", f"S-{r.randrange(1, 400):04d}")), None),
        "DNR": lambda: (f"{year}-{r.randrange(100, 9999):05d}-{r.randrange(1, 4):02d}", None),
        "EUCT": lambda: (f"{year}-5{r.randrange(0, 99999):05d}-{r.randrange(10, 99)}-00", None),
        "NCT": lambda: (f"NCT0{r.randrange(5000000, 7000000)}", None),
        "KIT": lambda: (str(r.randrange(10000, 99999)), None),
        "RAND": lambda: (f"R{r.randrange(1, 999):04d}", None),
        "LOT": lambda: (f"{r.randrange(20, 29)}{r.choice('ABCDK')}{r.randrange(100, 999)}", None),
        "ORGNR": lambda: (f"{r.choice('25')}{r.randrange(2, 10)}{r.randrange(2, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "RECREF": lambda: (f"{r.randrange(23, 28)}/{r.choice(('NW', 'LO', 'YH', 'SC', 'EE', 'WA', 'NE', 'WM'))}/{r.randrange(1, 300):04d}", None),
        "IRAS": lambda: (str(r.randrange(280000, 349999)), None),
        "DOSE": lambda: (r.choice(("5 mg", "10 mg", "2,5 mg", "20 mg", "0,5 mg/kg", "40 mg", "100 mg")), None),
        "CODE": lambda: (str(r.randrange(1000, 9999)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if lang == "en" else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(FILL["DAYS_SV"]), None),
        "DAYEN": lambda: (r.choice(FILL["DAYS_EN"]), None),
    }  # fmt: skip
    if form in values:
        return values[form]()
    return r.choice(FILL[form]), None  # a word list of templates_gx (studies, clinics, firms)


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
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """GX's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of GX is printed."""
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
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += (
                    value.startswith("SE-") or "\nSE-" in value or ", SE-" in value
                )
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                sep = "+" if "+" in value else "-" if "-" in value else "none"
                forms[f"pnr {len(digits)} digits, {sep}"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (negatives {len(NEGATIVES)})"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives "
        + ", ".join(f"{lang} {sum(1 for la, _ in NEGATIVES if la == lang)}" for lang in SIZES)
    )


def valid_pnr(value: str) -> bool:
    match = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not match:
        return False
    if match.group(3) == "+" and match.group(1):
        return False
    digits = match.group(2) + match.group(4)
    return luhn(digits[:9]) == int(digits[9])


def check(path: Path) -> int:
    """Checks the written file; prints counts only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    langs: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    rows = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            if list(row) != ["id", "split", "lang", "text", "spans"]:
                problems["keys"] += 1
            if row["id"] in ids or not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"]):
                problems["id"] += 1
            ids.add(row["id"])
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            langs[row["lang"]] += 1
            text, end = row["text"], 0
            for span in row["spans"]:
                start, stop, kind = span["start"], span["end"], span["kind"]
                kinds[kind] += 1
                if kind not in KINDS:
                    problems["kind"] += 1
                if not 0 <= start < stop <= len(text):
                    problems["bounds or empty"] += 1
                    continue
                if start < end:
                    problems["unsorted or overlapping"] += 1
                end = stop
                value = text[start:stop]
                if value != value.strip():
                    problems["whitespace at an edge"] += 1
                if kind == "NATIONAL_ID" and not valid_pnr(value):
                    problems["personnummer check digit"] += 1
    for lang, size in SIZES.items():
        problems[f"size {lang}"] += langs[lang] != size
    print(
        f"rows {rows}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(langs.items()))
        + f"; spans {sum(kinds.values())}: "
        + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out))
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
