# ruff: noqa: E501
"""Generate held-out bo for personal-data detection: names as the population has them, a
forty-sixth writer; horses, dogs and their people across borders.

    python data/pii/generate_bo.py             # writes data/pii/generated-heldout-bo.jsonl
    python data/pii/generate_bo.py --stats     # counts only, writes nothing
    python data/pii/generate_bo.py --check     # checks the written file, prints counts only
    python data/pii/generate_bo.py --seed 7    # a scratch seed (with --out to write elsewhere)

bo's names are drawn by how often people really carry them: every name word comes from
`names_bo.py`'s weighted pools (SCB's order for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, the commonest names of the origins common in Sweden and of the countries
the horse and dog trade deals with), 80% from the head of a list and 20% from its tail. The genre
(`templates_bo.py`) is horses, dogs and their people across borders: start lists and results,
entries and payments, stable and kennel rotas, sales and imports, transport bookings, vet
referrals and insurance claims, with phone numbers of many countries in their own forms.
Written by a helper who does not tune the detector and who read neither its rules, lexicons and
tagger nor any error listing nor any other set's names and templates; bo was never run through
the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_bo import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGIN_OF_COUNTRY,
    ORIGINS,
    SV_HYPHENS_F,
    SV_HYPHENS_M,
    Pool,
    feminine,
    plain,
)
from templates_bo import (  # noqa: E402
    BREEDS,
    CLUBS,
    DAYS,
    DOG_CALL,
    DOG_REG,
    DOG_SHOWS,
    EN,
    HORSE_BREEDS,
    HORSES,
    KENNELS,
    MIXED,
    MONTHS,
    NEGATIVES,
    SHOWS,
    STALLIONS,
    SV,
    TOWNS_ABROAD,
)

SEED = 20270123
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bo.jsonl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Stationsgatan",
    "Nygatan", "Drottninggatan", "Västra Vallgatan", "Östra Långgatan", "Industrivägen",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Lindvägen", "Ängsvägen", "Granvägen", "Ekvägen",
    "Byvägen", "Kvarnvägen", "Gamla Landsvägen", "Ridvägen", "Hästhagsvägen", "Stallvägen",
    "Travbanevägen", "Galoppvägen", "Hagvägen", "Prästgårdsvägen", "Mejerivägen", "Hamnvägen",
    "Kastanjeallé", "Lindallén", "Björkallén", "Kvarnbacken", "Solbacken", "Hagtornsstigen",
    "Lärkstigen", "Ekorrstigen", "Stortorget", "Lilla torget", "Smedgränd", "Kyrkogränd",
    "Stationsplan", "Brunnsplan", "Sandvägen", "Furuvägen", "Rönnvägen", "Tingsvägen",
    "Hovslagarvägen", "Sadelmakaregatan", "Ryttarvägen", "Kuskvägen", "Vallmovägen", "Flyingevägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Lund", 222, 227), ("Helsingborg", 252, 256), ("Örebro", 702, 705), ("Västerås", 721, 725),
    ("Linköping", 582, 587), ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Kristianstad", 291, 291),
    ("Halmstad", 302, 305), ("Eskilstuna", 632, 635), ("Borås", 503, 507), ("Täby", 183, 187),
    ("Enköping", 745, 745), ("Sigtuna", 193, 193), ("Vallentuna", 186, 186), ("Kungsbacka", 434, 434),
    ("Ängelholm", 262, 262), ("Båstad", 269, 269), ("Höör", 243, 243), ("Hörby", 242, 242),
    ("Eslöv", 241, 241), ("Flyinge", 247, 247), ("Strömsholm", 734, 734), ("Falsterbo", 239, 239),
    ("Vellinge", 235, 235), ("Sjöbo", 275, 275), ("Tomelilla", 273, 273), ("Skurup", 274, 274),
    ("Alingsås", 441, 441), ("Kungälv", 442, 442), ("Uddevalla", 451, 451), ("Skövde", 541, 541),
    ("Vetlanda", 574, 574), ("Nyköping", 611, 611), ("Norrtälje", 761, 761), ("Visby", 621, 621),
    ("Falun", 791, 791), ("Östersund", 831, 832), ("Sundsvall", 852, 857), ("Luleå", 972, 975),
    ("Skellefteå", 931, 931), ("Sala", 733, 733), ("Mora", 792, 792), ("Bollnäs", 821, 821),
)  # fmt: skip
FARMS = (
    "Norrgården", "Sörgården", "Östergården", "Västergården", "Nygården", "Backgården",
    "Storgården", "Byn", "Övre Byn", "Hagen", "Skogstorp", "Bergsäng", "Ekudden", "Lugnet",
    "Kullen", "Åkerby", "Lindsberg", "Sjötorp", "Lövnäs", "Ängsbacka", "Hästhagen", "Stallbacken",
    "Ryttargården", "Vallby", "Ekeby", "Tuna", "Hammar", "Sövestad", "Klinta", "Västra Torp",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Back Lane", "The Green",
    "Newmarket Road", "Bury Road", "Hamilton Road", "Main Street", "School Lane", "Stable Lane",
    "Paddock Close", "Bridge Street", "Market Place", "Moor Lane", "Kings Road", "Sandy Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Newmarket", "CB8"), ("Lambourn", "RG17"), ("Cheltenham", "GL52"), ("Stow-on-the-Wold", "GL54"),
    ("Badminton", "GL9"), ("Melton Mowbray", "LE13"), ("Malton", "YO17"), ("Hexham", "NE46"),
    ("Kendal", "LA9"), ("Ludlow", "SY8"), ("Tetbury", "GL8"), ("Marlborough", "SN8"),
    ("Thirsk", "YO7"), ("Oakham", "LE15"), ("Leeds", "LS17"), ("Bristol", "BS40"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Forge", "Hill Farm", "Home Farm", "The Old Rectory", "Manor Farm", "Orchard House", "Stable Cottage", "Paddock View")  # fmt: skip
US_PLACES = (
    ("Lexington", "KY", "405", ("Paris Pike", "Old Frankfort Pike", "Iron Works Pike", "Russell Cave Road")),
    ("Wellington", "FL", "334", ("South Shore Boulevard", "Pierson Road", "Lake Worth Road", "120th Avenue South")),
    ("Ocala", "FL", "344", ("NW 80th Avenue", "SW 20th Street", "NW Gainesville Road")),
    ("Middleburg", "VA", "201", ("Foxcroft Road", "Zulla Road", "Snickersville Turnpike")),
    ("Aiken", "SC", "298", ("Whiskey Road", "Dibble Road", "Two Notch Road")),
    ("Saratoga Springs", "NY", "128", ("Union Avenue", "Nelson Avenue", "Crescent Avenue")),
    ("Southern Pines", "NC", "283", ("Youngs Road", "Midland Road", "May Street")),
    ("Minneapolis", "MN", "554", ("Lake Street", "Nicollet Avenue", "Hiawatha Avenue")),
)  # fmt: skip
# Addresses abroad, each in its own country's format; {n} a number, {m} a small one, {zW:a-b} a
# postcode of width W in [a, b], {L2} two letters, {E4} an Eircode's unique identifier.
ABROAD = {
    "de": ("Dorfstraße {n}, {z5:48231-48231} Warendorf", "Lindenweg {n}, {z5:27283-27283} Verden (Aller)", "Am Reitplatz {n}, {z5:49377-49377} Vechta", "Hauptstr. {n}, {z5:25335-25337} Elmshorn", "Gestütsweg {m}, {z5:29221-29229} Celle", "Mühlenweg {n}a, {z5:24103-24149} Kiel"),
    "nl": ("Kerkstraat {n}, {z4:3851-3853} {L2} Ermelo", "Dorpsweg {n}, {z4:7411-7429} {L2} Deventer", "Stationsstraat {n}, {z4:5551-5556} {L2} Valkenswaard", "Hoofdweg {n}, {z4:8071-8075} {L2} Nunspeet"),
    "be": ("Kerkstraat {n}, {z4:3620-3620} Lanaken", "Steenweg op Lier {n}, {z4:2500-2500} Lier", "Rue de la Station {n}, {z4:1300-1301} Wavre"),
    "ie": ("Main Street, Kilcullen, Co. Kildare, R56 {E4}", "{m} Church Road, Naas, Co. Kildare W91 {E4}", "Ballymore, Fethard, Co. Tipperary E91 {E4}", "Knockbrack, Mallow, Co. Cork P51 {E4}", "{n} Main Street, Ballinasloe, Co. Galway H53 {E4}"),
    "dk": ("Vestergade {n}, {z4:7400-7400} Herning", "Skovvej {n}, {z4:8600-8600} Silkeborg", "Strandvejen {n}, {m}. tv., {z4:2900-2900} Hellerup", "Bygaden {n}, {z4:4000-4000} Roskilde"),
    "no": ("Gårdsvegen {n}, {z4:2615-2619} Lillehammer", "Fjordgata {n}, {z4:7010-7099} Trondheim", "Travbaneveien {n}, {z4:0580-0599} Oslo", "Storgata {n}, {z4:2000-2004} Lillestrøm"),
    "fi": ("Hevosopistontie {n}, {z5:32100-32100} Ypäjä", "Kirkkotie {n}, {z5:60100-60800} Seinäjoki", "Rantatie {n} B {m}, {z5:70100-70900} Kuopio", "Ravikatu {n}, {z5:00240-00250} Helsinki"),
    "pl": ("ul. Stadninowa {n}, 21-{z3:505-505} Janów Podlaski", "ul. Ogrodowa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Leśna {n}, 62-{z3:100-199} Wągrowiec", "ul. Polna {n}, 05-{z3:800-899} Pruszków"),
    "es": ("Calle Real {n}, {z5:29600-29699} Marbella", "Carrer del Mar {n}, {m}º, 070{z2:01-15} Palma", "Avenida de los Caballos {n}, {z5:11402-11408} Jerez de la Frontera"),
    "fr": ("{n} route de Lyon, {z5:71000-71000} Mâcon", "{n} rue des Écoles, {z5:14000-14000} Caen", "Le Bourg, {z5:61310-61310} Le Pin-au-Haras", "{n} avenue du Général Leclerc, {z5:60500-60500} Chantilly"),
    "it": ("Via Roma {n}, {z5:38121-38123} Trento", "Via dei Cavalli {n}, {z5:56122-56125} Pisa"),
    "at": ("Hauptplatz {n}, {z4:8010-8099} Graz", "Gestütstraße {m}, {z4:8583-8583} Piber"),
    "ch": ("Dorfstrasse {n}, {z4:8006-8008} Zürich", "Bahnhofstrasse {n}, {z4:1580-1580} Avenches"),
    "ee": ("Pärnu mnt {n}, {z5:10141-10148} Tallinn",),
}  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "hotmail.se", "spray.se")  # fmt: skip
MAIL_ABROAD = {
    "german": ("web.de", "gmx.de", "t-online.de", "gmail.com"), "dutch": ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"),
    "irish": ("eircom.net", "gmail.com", "yahoo.ie"), "uk": ("btinternet.com", "yahoo.co.uk", "gmail.com", "hotmail.co.uk"),
    "us": ("gmail.com", "yahoo.com", "aol.com", "comcast.net"), "norwegian": ("online.no", "gmail.com", "hotmail.no"),
    "danish": ("live.dk", "mail.dk", "gmail.com"), "finnish": ("luukku.com", "gmail.com", "kolumbus.fi"),
    "polish": ("wp.pl", "onet.pl", "gmail.com", "o2.pl"), "spanish": ("gmail.com", "hotmail.es", "yahoo.es"),
    "french": ("orange.fr", "free.fr", "gmail.com"), "italian": ("libero.it", "gmail.com"), "estonian": ("gmail.com", "mail.ee"),
}  # fmt: skip
WORK = ("example.se", "stall.example.se", "kennel.example.se", "hast.example.se", "example.com", "example.de", "example.nl", "example.co.uk", "example.ie", "example.no", "example.dk", "example.fi", "example.pl")  # fmt: skip
FIRM_MAILBOXES = ("info", "booking", "transport", "kansli", "kontoret", "office", "stables", "klinik", "skador", "claims", "export", "reception", "tavling", "entries", "sales", "post")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or an organisation number's."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


# Phone numbers abroad: country code, trunk prefix, numbers as dialled at home (X a digit, N 2-9).
PHONES_ABROAD: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "no": ("47", "", ("4X XX XX XX", "9XX XX XXX", "9XXXXXXX", "4XX XX XXX", "2X XX XX XX", "6X XX XX XX")),
    "dk": ("45", "", ("XN XX XX XX", "2X XX XX XX", "4XXXXXXX", "9X XX XX XX", "3X XX XX XX")),
    "fi": ("358", "0", ("040 XXX XXXX", "050 XXX XXXX", "040-XXX XXXX", "045 XXX XXXX", "09 XXX XXXX", "06 XXX XXXX", "019 XXX XXX", "044-XXXXXXX")),
    "de": ("49", "0", ("0171 XXXXXXX", "0151 XXXXXXXX", "0172/XXXXXXX", "0431 XXXXXX", "04261/XXXXX", "(0431) XX XX XX", "089 XXXX XXXX", "05241-XXXXX", "0160 XX XX XXX", "02581/XXXXX")),
    "nl": ("31", "0", ("06-XXXXXXXX", "06 XXXX XXXX", "020-XXX XXXX", "0570-XXXXXX", "0546 XX XX XX", "06-XX XX XX XX", "0341 XXX XXX")),
    "be": ("32", "0", ("0475 XX XX XX", "0486/XX.XX.XX", "02 XXX XX XX", "09/XXX.XX.XX", "011 XX XX XX")),
    "ie": ("353", "0", ("087 XXX XXXX", "086 XXX XXXX", "085-XXXXXXX", "045 XXXXXX", "(045) XXX XXX", "01 XXX XXXX", "021 XXX XXXX", "052 XXX XXXX")),
    "uk": ("44", "0", ("07XXX XXXXXX", "07XXX XXX XXX", "01539 XXXXXX", "(01539) XXXXXX", "020 XXXX XXXX", "01793 XXX XXX", "0161 XXX XXXX", "01638 XXXXXX", "01488 XXXXX")),
    "fr": ("33", "0", ("06 XX XX XX XX", "06.XX.XX.XX.XX", "07 XX XX XX XX", "02 XX XX XX XX", "05.XX.XX.XX.XX", "04 XX XX XX XX")),
    "es": ("34", "", ("6XX XXX XXX", "6XX XX XX XX", "91 XXX XX XX", "952 XX XX XX", "6XXXXXXXX")),
    "pt": ("351", "", ("91X XXX XXX", "96X XXX XXX", "21 XXX XXXX")),
    "it": ("39", "", ("3XX XXX XXXX", "3XX XXXXXXX", "06 XXXX XXXX", "0471 XXXXXX")),
    "ch": ("41", "0", ("079 XXX XX XX", "078 XXX XX XX", "044 XXX XX XX", "031/XXX XX XX")),
    "at": ("43", "0", ("0664 XXXXXXX", "0676/XXX XX XX", "0316/XXXXXX", "0512 XXXXXX", "0699 XXXXXXXX")),
    "pl": ("48", "", ("5XX XXX XXX", "6XX-XXX-XXX", "7XX XXX XXX", "22 XXX XX XX", "58 XXX XX XX", "5XXXXXXXX")),
    "ee": ("372", "", ("5XXX XXXX", "5XX XXXX", "6XX XXXX")),
    "lv": ("371", "", ("2XXX XXXX", "2XXXXXXX", "67XX XXXX")),
    "lt": ("370", "8", ("8 6XX XXXXX", "8-6XX-XXXXX", "8 5 XXX XXXX")),
    "cz": ("420", "", ("6XX XXX XXX", "7XX XXX XXX", "2XX XXX XXX")),
    "is": ("354", "", ("8XX XXXX", "6XX XXXX", "5XX-XXXX")),
    "us": ("1", "", ("(NXX) NXX-XXXX", "NXX-NXX-XXXX", "NXX.NXX.XXXX", "(859) 555-0XXX", "(NXX) 555-01XX")),
    "ca": ("1", "", ("(NXX) NXX-XXXX", "NXX-NXX-XXXX")),
    "au": ("61", "0", ("04XX XXX XXX", "0412 XXX XXX", "(02) XXXX XXXX", "07 XXXX XXXX")),
    "nz": ("64", "0", ("021 XXX XXXX", "027 XXX XXXX", "09 XXX XXXX", "03-XXX XXXX")),
    "tr": ("90", "0", ("05XX XXX XX XX", "0532 XXX XX XX", "0212 XXX XX XX", "05XX XXX XXXX")),
    "iq": ("964", "0", ("07XX XXX XXXX", "0770 XXX XXXX", "0750-XXX-XXXX")),
    "sy": ("963", "0", ("09XX XXX XXX", "0944 XXX XXX", "011 XXX XXXX")),
    "ir": ("98", "0", ("09XX XXX XXXX", "0912 XXX XXXX", "021 XXXX XXXX")),
    "so": ("252", "0", ("061 XXX XXXX", "063 XXX XXXX")),
    "er": ("291", "0", ("07 XXX XXX", "01 XX XX XX")),
    "af": ("93", "0", ("07XX XXX XXX", "070 XXX XXXX", "079 XXX XXXX")),
    "th": ("66", "0", ("08X XXX XXXX", "09X-XXX-XXXX", "02 XXX XXXX", "053 XXX XXX")),
    "cl": ("56", "", ("9 XXXX XXXX", "9XXXXXXXX", "2 XXXX XXXX")),
    "ua": ("380", "0", ("067 XXX XX XX", "050 XXX XX XX", "097-XXX-XX-XX", "044 XXX XX XX")),
    "hu": ("36", "06", ("06 30 XXX XXXX", "06-20-XXX-XXXX", "06 1 XXX XXXX", "06 70 XXX XXXX")),
    "gr": ("30", "", ("69X XXX XXXX", "21X XXX XXXX")),
    "ae": ("971", "0", ("05X XXX XXXX", "050 XXX XXXX", "04 XXX XXXX")),
}  # fmt: skip


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word (a hyphenated name is one word: `Ann-Christin`)
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
    """Every value of bo from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.countries: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deck(self, name: str, items: tuple[str, ...] | list[str]) -> str:
        """The next of `items` from a shuffled deck: every item before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(items)
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None, country: str | None = None) -> Person:
        r = self.rng
        if country:
            key = ORIGIN_OF_COUNTRY[country]
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        if key == "swedish" and r.random() < 0.05:  # Ann-Christin, Karl-Johan: one in twenty
            given = [(r.choice(SV_HYPHENS_F if woman else SV_HYPHENS_M), "head")]
        else:
            given = [self.pick(pool)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "german": 0.15, "dutch": 0.1}.get(
            key, 0.04
        ):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key in ("latin", "spanish") and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us", "german") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] or " " in surname[1][0]
        ):
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin", "german", "danish", "norwegian")
            and r.random() < 0.25
        ):
            given = [(plain(w), p) for w, p in given]  # typed without its letters
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
        given = re.sub(r"[^a-z]", "", plain(person.first).lower())
        surname = re.sub(r"[^a-z]", "", plain(person.last).lower())
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.choice(('', '.'))}{surname}", f"{given[0]}.{surname}"))  # fmt: skip
        roll = r.random()
        if roll < 0.3:
            domain = r.choice(WORK)
        elif person.origin in MAIL_ABROAD and roll < 0.85:
            domain = r.choice(MAIL_ABROAD[person.origin])
        else:
            domain = r.choice(MAIL)
        return f"{local}@{domain}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_MAILBOXES)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def fill_digits(self, shape: str) -> str:
        r = self.rng
        return "".join(
            str(r.randrange(10)) if ch == "X" else str(r.randrange(2, 10)) if ch == "N" else ch
            for ch in shape
        )

    def phone(self, kind: str = "any") -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
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
                "63",
                "35",
                "36",
                "42",
                "44",
                "46",
                "11",
                "33",
            )
        )
        area3 = r.choice(
            (
                "413",
                "415",
                "416",
                "418",
                "430",
                "431",
                "433",
                "435",
                "451",
                "470",
                "480",
                "499",
                "520",
                "560",
                "570",
                "611",
                "640",
                "651",
                "660",
                "680",
                "695",
                "920",
                "150",
                "155",
                "171",
                "224",
                "220",
                "240",
                "250",
                "280",
                "300",
                "320",
                "346",
                "371",
                "380",
                "411",
                "414",
                "417",
                "454",
            )
        )
        mobile = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m} - {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"), (2, f"{m}-{d[:3]} {d[3:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046{m[1:]}{d}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 (0) {m[1:]} {d[:3]} {d[3:]}"), (1, f"+46 {m[1:]} {d[:2]} {d[2:4]} {d[4:]}"),
        )  # fmt: skip
        e = self.digits(2)
        land = (
            (6, f"08-{d[:3]} {d[3:6]} {e}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {e}"),
            (2, f"08-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"08/{d[:3]} {d[3:5]} {d[5:]}"), (1, f"(08) {d[:3]} {d[3:6]} {e}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {e}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {e}"), (1, f"0046 8 {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0{area2}-{d[:6]}"),
            (1, f"0{area2}-{d[:3]} {d[3:]}"), (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}-{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 (0){area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        shapes = mobile if kind == "mobile" else land if kind == "land" else mobile + land
        out = r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]
        self.countries["se"] += 1
        return out

    def phone_x(self, country: str | None = None, form: str = "any") -> str:
        """A number from abroad, as dialled at home or with `+`, `00`, `(0)`, dots or dashes."""
        r = self.rng
        cc = country or self.deck("phone countries", tuple(PHONES_ABROAD))
        if cc == "se":
            out = self.phone()
            if form == "intl" and out.startswith("0") and not out.startswith("00"):
                out = r.choice(("+46 ", "+46 ", "+46", "0046 ", "+46 (0)")) + out.lstrip("(")[
                    1:
                ].replace(")", "", 1)
            return out
        self.countries[cc] += 1
        code, trunk, shapes = PHONES_ABROAD[cc]
        national = self.fill_digits(r.choice(shapes))
        if form == "national" or (form == "any" and r.random() < 0.4):
            return national
        bare = national.lstrip("(")
        if trunk and bare.startswith(trunk):
            bare = bare[len(trunk) :]
        groups = re.findall(r"\d+", bare)
        roll = r.random()
        if not trunk and roll < 0.15:
            return f"+{code} {national}"
        if roll < 0.5:
            return f"+{code} " + " ".join(groups)
        if roll < 0.6:
            return f"+{code}" + "".join(groups)
        if roll < 0.72:
            return f"00{code} " + " ".join(groups)
        if roll < 0.77:
            return f"00{code}" + "".join(groups)
        if roll < 0.87 and trunk == "0":
            return f"+{code} (0){groups[0]} " + " ".join(groups[1:])
        if roll < 0.94:
            return f"+{code}-" + "-".join(groups)
        return f"+{code}." + ".".join(groups)

    def national_id(self) -> str:
        r = self.rng
        # past a hundred (born before 1927): the ten digits with a `+`
        year = r.randrange(1921, 1927) if r.random() < 0.04 else r.randrange(1940, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if year < 1927:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """An organisation number (a look-alike, never a value): 55/80/91/76 with its check digit."""
        r = self.rng
        body = r.choice(("556", "559", "802", "916", "769", "717")) + self.digits(6)
        out = f"{body[:6]}-{body[6:]}{luhn(body)}"
        return f"16{out}" if r.random() < 0.1 else out

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[20:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.04:
            out = r.choice(("SE-" + out, out + ", Sverige", out + ", Sweden", out + "\nSWEDEN"))
        return out

    def farm(self) -> str:
        return f"{self.rng.choice(FARMS)} {self.rng.randrange(1, 240)}"

    def sv_address(
        self,
        lines: bool = False,
        lgh: bool = False,
        rural: bool | None = None,
        country: bool = False,
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.4
        street = self.farm() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.1):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.05:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural, country=country)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.5)}"
        if roll < 0.7:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, district = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{district} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 120)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.3:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.4:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        self.countries["addr uk"] += 1
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix, streets = r.choice(US_PLACES)
        street = f"{r.randrange(10, 9999)} {r.choice(streets)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Barn'))} {r.randrange(2, 40)}"
        self.countries["addr us"] += 1
        return (
            f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix}{r.randrange(1, 99):02d}"
        )

    def abroad(self, country: str | None = None, lines: bool = False) -> str:
        r = self.rng
        cc = country or self.deck("address countries", (*ABROAD, "uk", "us"))
        if cc == "uk":
            return self.uk_address(lines)
        if cc == "us":
            return self.us_address(lines)
        if cc == "se":
            return self.sv_address(lines, country=True)
        self.countries["addr " + cc] += 1

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = r.choice(ABROAD[cc]).replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = out.replace("{E4}", "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?(?:@([a-z]{2}))?\}")


def filler(form: str, country: str | None, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    dec = "." if en else ","
    values: dict[str, Callable[[], Segment]] = {
        # values
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ASE": lambda: (draw.sv_address(country=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.farm())) if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.abroad(country), "ADDRESS"),
        "AXL": lambda: (draw.abroad(country, lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone("mobile"), "PHONE"),
        "PHL": lambda: (draw.phone("land"), "PHONE"),
        "PHX": lambda: (draw.phone_x(country), "PHONE"),
        "PHI": lambda: (draw.phone_x(country, "intl"), "PHONE"),
        "PHN": lambda: (draw.phone_x(country, "national"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EM": lambda: (draw.firm_email(), "EMAIL"),
        # look-alikes and filling, never values
        "ORG": lambda: (draw.org_number(), None),
        "VAT": lambda: (r.choice((f"SE{draw.org_number().replace('-', '')[-10:]}01", f"DE{draw.digits(9)}", f"NL{draw.digits(9)}B0{r.randrange(1, 4)}", f"GB{draw.digits(3)} {draw.digits(4)} {draw.digits(2)}", f"IE{draw.digits(7)}{r.choice('ABCDEFHKLMPTW')}", f"DK{draw.digits(8)}", f"PL{draw.digits(10)}")), None),
        "CHIP": lambda: (r.choice((f"752098{draw.digits(9)}", f"{r.choice(('276', '528', '372', '246', '616', '208'))}0{draw.digits(11)}", f"752 098 {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}")), None),
        "UELN": lambda: (r.choice((f"752004{draw.digits(9)}", f"276{r.choice(('333', '331', '417', '309'))}{draw.digits(9)}", f"528003{draw.digits(9)}", f"372{draw.digits(3)}{draw.digits(9)}", f"752 004 {draw.digits(3)} {draw.digits(6)}")), None),
        "REGD": lambda: (r.choice((f"SE{r.randrange(10000, 99999)}/20{r.randrange(14, 27)}", f"S{r.randrange(10000, 99999)}/{r.randrange(2005, 2014)}", f"NO{r.randrange(10000, 99999)}/{r.randrange(14, 27)}", f"FIN{r.randrange(10000, 99999)}/{r.randrange(14, 27)}", f"DK{r.randrange(10000, 99999)}/20{r.randrange(14, 27)}", f"PKR.{r.choice(('I', 'II', 'VIII', 'IX'))}-{r.randrange(10000, 99999)}", f"KCSB {r.randrange(1000, 9999)}{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}")), None),
        "FEI": lambda: (f"{r.choice(('10', '10', '11', '1'))}{draw.digits(6)}", None),
        "LIC": lambda: (f"{r.randrange(100000, 999999)}", None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{draw.digits(4)}", f"{r.randrange(1000, 9999)}-{draw.digits(4)}")), None),
        "PG": lambda: (f"{r.randrange(10, 99)} {draw.digits(2)} {draw.digits(2)}-{r.randrange(10)}", None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "IBAN": lambda: (r.choice((f"SE{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)}", f"DE{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(2)}", f"IE{draw.digits(2)} AIBK {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(2)}", f"NL{draw.digits(2)} RABO {draw.digits(4)} {draw.digits(4)} {draw.digits(2)}")), None),
        "INV": lambda: (r.choice((f"{r.randrange(2026, 2028)}-{r.randrange(100, 9999):04d}", f"INV-{r.randrange(10000, 99999)}", f"F{r.randrange(100000, 999999)}", f"{r.randrange(10000, 99999)}")), None),
        "CLAIM": lambda: (r.choice((f"{r.randrange(26, 28)}-{draw.digits(7)}", f"CL-2027-{draw.digits(6)}", f"S{draw.digits(8)}", f"{draw.digits(3)}-{draw.digits(3)}-{draw.digits(3)}")), None),
        "POL": lambda: (r.choice((f"{r.randrange(1, 9)}-{draw.digits(6)}-{r.randrange(10)}", f"{draw.digits(8)}-AG", f"HP{draw.digits(7)}", f"{draw.digits(10)}")), None),
        "BOOK": lambda: (r.choice((f"BK-{draw.digits(4)}-{r.choice(('SE', 'DE', 'NL', 'IE', 'UK', 'PL'))}", f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{draw.digits(6)}", f"#{draw.digits(5)}")), None),
        "CASE": lambda: (r.choice((f"Dnr {r.randrange(1, 9)}.{r.randrange(1, 9)}.{r.randrange(10, 19)}-{draw.digits(4)}/20{r.randrange(25, 28)}", f"ärende {draw.digits(6)}", f"TRACES IMSOC.SE.2027.{draw.digits(7)}", f"journal {draw.digits(5)}")), None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day}.{month:02d}.27")), None),
        "TIME": lambda: (f"{r.randrange(5, 22)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45', '10', '50'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AGE": lambda: (str(r.randrange(3, 19)), None),
        "SNR": lambda: (str(r.randrange(1, 86)), None),
        "RANK": lambda: (str(r.randrange(1, 16)), None),
        "CM": lambda: (str(r.randrange(118, 179)), None),
        "KG": lambda: (str(r.randrange(4, 62)), None),
        "KM": lambda: (str(r.randrange(40, 2400)), None),
        "SCORE": lambda: (f"{r.randrange(58, 79)}{dec}{draw.digits(3)}{'%' if en else ' %'}", None),
        "SEC": lambda: (f"{r.randrange(28, 79)}{dec}{draw.digits(2)}", None),
        "FLT": lambda: (r.choice(("0", "0", "0", "4", "4", "8", "12", "1", "0/0", "0/4", "4/0", "E", "U")), None),
        "PTS": lambda: (str(r.choice((r.randrange(150, 320), r.randrange(60, 100)))), None),
        "AMT": lambda: (f"{r.randrange(250, 68000):,} kr".replace(",", " "), None),
        "BIG": lambda: (f"{r.randrange(45, 950) * 1000:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 24000):,}", None),
        "EUR": lambda: (r.choice((f"€{r.randrange(40, 90000):,}", f"{r.randrange(40, 90000):,} EUR".replace(",", "."), f"EUR {r.randrange(40, 9000)}")), None),
        "USD": lambda: (f"${r.randrange(40, 60000):,}", None),
        "NOK": lambda: (f"{r.randrange(500, 90000)} NOK", None),
        "DKK": lambda: (f"{r.randrange(500, 90000)} DKK", None),
        "PLN": lambda: (f"{r.randrange(500, 90000)} zł", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNX": lambda: (r.choice(TOWNS_ABROAD[country] if country else sum(TOWNS_ABROAD.values(), ())), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MON": lambda: (r.choice(MONTHS["en" if en else "sv"]), None),
        "HORSE": lambda: (draw.deck("horses", HORSES), None),
        "STALLION": lambda: (draw.deck("stallions", STALLIONS), None),
        "DOG": lambda: (draw.deck("dogs", DOG_CALL), None),
        "DOGREG": lambda: (draw.deck("dog names", DOG_REG), None),
        "BREED": lambda: (draw.deck("breeds", BREEDS), None),
        "HBREED": lambda: (draw.deck("horse breeds", HORSE_BREEDS), None),
        "CLUB": lambda: (draw.deck("clubs", CLUBS), None),
        "SHOW": lambda: (draw.deck("shows", SHOWS), None),
        "DSHOW": lambda: (draw.deck("dog shows", DOG_SHOWS), None),
        "KENNEL": lambda: (draw.deck("kennels", KENNELS), None),
        "SWF": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, country = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1]
            if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS
            else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""), country)
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            segments = [filler(form, country, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    text += template[last:]
    if re.search(r"[{}]", SLOT.sub("", template)):
        raise ValueError(f"a slot not understood in {template!r}")
    return text, spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """bo's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bo-{len(rows) + 1:04d}", "split": "heldout-bo", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of bo is printed."""
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
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
                forms["phone +46/0046"] += value.startswith(("+46", "0046"))
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is None:
        return
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")  # fmt: skip
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    phones = {k: v for k, v in draw.countries.items() if not k.startswith("addr ")}
    print(
        f"phone countries drawn: {len(phones)}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(phones.items(), key=lambda kv: (-kv[1], kv[0])))
    )
    addrs = {k[5:]: v for k, v in draw.countries.items() if k.startswith("addr ")}
    print(
        f"address countries abroad: {len(addrs)}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(addrs.items(), key=lambda kv: (-kv[1], kv[0])))
    )


PNR = re.compile(r"^(?:\d{2})?(\d{6})[-+]?(\d{3})(\d)$")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for i, row in enumerate(rows, 1):
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["row keys"] += 1
        if (
            row["id"] != f"gen-heldout-bo-{i:04d}"
            or row["id"] in ids
            or row["split"] != "heldout-bo"
        ):
            problems["id or split"] += 1
        ids.add(row["id"])
        if row["lang"] not in SIZES:
            problems["lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            s, e, kind = span["start"], span["end"], span["kind"]
            if list(span) != ["start", "end", "kind"] or kind not in KINDS:
                problems["span keys or kind"] += 1
            if not 0 <= s < e <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if kind == "NATIONAL_ID":
                match = PNR.match(value)
                if not match or luhn(match.group(1) + match.group(2)) != int(match.group(3)):
                    problems["personnummer check digit"] += 1
    counts = Counter(row["lang"] for row in rows)
    print(f"checked {len(rows)} rows: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(
        f"spans {sum(len(row['spans']) for row in rows)}, personnummer {sum(1 for row in rows for s in row['spans'] if s['kind'] == 'NATIONAL_ID')}"
    )
    if counts != Counter(SIZES):
        problems["sizes"] += 1
    print(
        "problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) if problems else "none")
    )
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed; the set is written with the default"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
