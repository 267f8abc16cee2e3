# ruff: noqa: E501
"""Generate held-out EF for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifteenth writer.

    python data/pii/generate_ef.py            # writes data/pii/generated-heldout-ef.jsonl
    python data/pii/generate_ef.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ef.py --check    # checks the written file, prints counts only
    python data/pii/generate_ef.py --seed 7 --out /tmp/ef-7.jsonl   # a scratch seed

EF's names are drawn by how often people really carry them: every name word comes from
`names_ef.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is libraries, archives, book circles and study associations (`templates_ef.py`):
reservations, reminders, replacement invoices, library cards, interlibrary loans, home delivery
lists, reading dogs and homework help, book-circle chats, invitations, minutes and member lists,
study circles (leaders, participants with personnummer, attendance, reports, leader contracts),
research requests, reading-room orders, deposits and gifts of private papers, genealogy and
emigrant letters, staff signatures, rotas and e-mail headers, author events and language cafés,
in Swedish, English and mixed Swedish/English as Swedes write at work. Written by a helper who
does not tune the detector, who read only `generate_aw.py` (for the mechanics), two sections of
`docs/privacy.md` (Held-out AW and Held-out CL), the first line of `generated-heldout-u.jsonl`
(for its keys), a listing of `data/pii/` and the `names` package's census lists; not the
detector's rules, lexicons and tagger (`src/`, `lexicons/`), tests, any error listing, or any other
set's names, templates or rows. EF was never run through the detector by its writer and its names
were not checked against anything in the repository. Stdlib only; one seeded Random: same seed,
same bytes.
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

from names_ef import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ef import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270192
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ef.jsonl"
SPLIT = "heldout-ef"
KEYS = ("id", "split", "lang", "text", "spans")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, some named after people (the whole street is the value).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Sankt Eriksgatan", "Biblioteksgatan", "Skolgatan",
    "Trädgårdsgatan", "Västra Hamngatan", "Östra Storgatan", "Södra Förstadsgatan", "Nygatan",
    "Kyrkogatan", "Rådhusgatan", "Olof Palmes gata", "Engelbrektsgatan", "Karl Johansgatan",
    "Birger Jarlsgatan", "Fabriksgatan", "Brogatan", "Prästgatan", "Björkvägen", "Tallvägen",
    "Ringvägen", "Skogsvägen", "Solvägen", "Idrottsvägen", "Kyrkvägen", "Parkvägen", "Lönnvägen",
    "Ekbacksvägen", "Vintervägen", "Stationsvägen", "Hagvägen", "Backvägen", "Sjöviksvägen",
    "Lärksvängen", "Rönnbärssvängen", "Gullvivesvängen", "Tussilagosvängen", "Lindallén",
    "Kastanjeallén", "Lundby allé", "Bryggeriallén", "Ekallén", "Ekbacken", "Kvarnbacken",
    "Tegelbruksbacken", "Klockarbacken", "Sörby backe", "Blåbärsstigen", "Lingonstigen",
    "Ekorrstigen", "Harstigen", "Vitsippsstigen", "Stortorget", "Lilla torget", "Gustav Adolfs torg",
    "Järntorget", "Fisktorget", "Möllevångstorget", "Södra torget", "Stationsplan", "Kyrkplan",
    "Bruksplan", "Tingsplan", "Skeppsplan", "Smedjegränd", "Tullgränd", "Bagargränd",
    "Klostergränd", "Skräddargränd", "Norra kajen", "Södra kajen", "Stadskajen", "Hamnkajen",
    "Skeppsbrokajen", "Tegnérgatan", "Linnégatan", "Götgatan", "Hornsgatan", "Vasagatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 856), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kristianstad", 291, 291),
    ("Falun", 791, 791), ("Skövde", 541, 541), ("Kalmar", 392, 393), ("Visby", 621, 621),
    ("Kiruna", 981, 981), ("Varberg", 432, 432), ("Härnösand", 871, 871), ("Vadstena", 592, 592),
    ("Sigtuna", 193, 193), ("Ystad", 271, 271), ("Karlskrona", 371, 371), ("Nyköping", 611, 611),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Lidköping", 531, 531), ("Motala", 591, 591),
    ("Arvika", 671, 671), ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 891), ("Enköping", 745, 745),
    ("Alingsås", 441, 441), ("Mölndal", 431, 431), ("Nacka", 131, 131), ("Solna", 169, 171),
    ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Värnamo", 331, 331), ("Mora", 792, 792),
    ("Ludvika", 771, 771), ("Uddevalla", 451, 451), ("Trelleborg", 231, 231), ("Landskrona", 261, 261),
    ("Eslöv", 241, 241), ("Simrishamn", 272, 272), ("Åre", 837, 837), ("Jokkmokk", 962, 962),
)  # fmt: skip
RURAL_FROM = 24  # towns from here on have villages around them (postcodes xxx 9x)
VILLAGES = (
    "Västanby", "Östanbäck", "Lillby", "Gärdsby", "Hedåsen", "Övre Ullerud", "Bäckebo", "Mossbo",
    "Sörskog", "Åsen", "Klockarbol", "Norrbo", "Tallbacken", "Kyrkbyn", "Finnbacka", "Gammelgården",
    "Nedre Gärdet", "Ängebo", "Stensjö", "Hult",
)  # fmt: skip
UK_STREETS = (
    "Church Street", "Victoria Road", "Mill Lane", "Oakfield Avenue", "Beech Grove", "Park Crescent",
    "Castle Street", "Abbey Road", "St John's Close", "Westgate", "The Crescent", "Kirkgate",
    "Bridge End", "Albert Terrace", "Heol y Coed", "Station Road", "Greenhill Road", "Queen Street",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Leeds", "LS"), ("Norwich", "NR"), ("Bath", "BA"), ("Exeter", "EX"),
    ("Durham", "DH"), ("Lancaster", "LA"), ("Shrewsbury", "SY"), ("Cambridge", "CB"), ("Oxford", "OX"),
    ("Cardiff", "CF"), ("Swansea", "SA"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Belfast", "BT"),
    ("Lincoln", "LN"), ("Hull", "HU"), ("Sheffield", "S"), ("Liverpool", "L"), ("Birmingham", "B"),
    ("Canterbury", "CT"),
)  # fmt: skip
UK_HOUSES = ("Ivy House", "The Old School House", "Brook Cottage", "Holly Lodge", "The Coach House", "Meadow View")  # fmt: skip
US_STREETS = (
    "Elm Street", "Lake Street", "Summit Avenue", "Washington Avenue", "Lincoln Way", "N 3rd Street",
    "Oak Ridge Road", "E 7th Street", "Main St", "Pleasant Street", "Cedar Lane", "Hiawatha Avenue",
    "Lyndale Ave S", "Broadway", "W 14th Street",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Rockford", "IL", 611), ("Chicago", "IL", 606),
    ("Seattle", "WA", 981), ("Lindsborg", "KS", 674), ("Jamestown", "NY", 147), ("Moline", "IL", 612),
    ("Worcester", "MA", 16), ("Duluth", "MN", 558), ("Madison", "WI", 537), ("Portland", "OR", 972),
    ("Salt Lake City", "UT", 841), ("Austin", "TX", 787), ("Brooklyn", "NY", 112), ("Columbus", "OH", 432),
    ("Ann Arbor", "MI", 481),
)  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, 10{z3:115-999} Berlin", "Hauptstraße {n}, 69117 Heidelberg",
    "Am Markt {n}, 370{z2:73-99} Göttingen", "{n} rue de la République, 6900{z1:1-9} Lyon",
    "{n} avenue Jean Jaurès, 31000 Toulouse", "{n} rue des Lilas, 75020 Paris",
    "Mannerheimintie {n} A {m}, 00{z3:100-260} Helsinki", "Torggatan {n}, AX-22100 Mariehamn",
    "Hämeenkatu {n} B {m}, 33{z3:100-210} Tampere", "Storgata {n}, 0{z3:155-199} Oslo",
    "Kongens gate {n}, 70{z2:11-30} Trondheim", "Nørrebrogade {n}, {m}. th., 2200 København N",
    "Vestergade {n}, 8000 Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:500-699} Warszawa",
    "ul. Długa {n}, 80-{z3:827-838} Gdańsk", "Prinsengracht {n}, 10{z2:15-17} {L2} Amsterdam",
    "Calle Mayor {n}, {m}º B, 28013 Madrid", "Via Garibaldi {n}, 101{z2:21-29} Torino",
    "{n} Main Street, Ennis, Co. Clare V95 {L1}{m}{L1}{m}", "Bahnhofstrasse {n}, 800{z1:1-9} Zürich",
    "Pikk {n}, 10133 Tallinn", "Mariahilfer Straße {n}/{m}, 1060 Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "bredband.net", "hotmail.se", "me.com")  # fmt: skip
WORK = ("example.se", "bibliotek.example.se", "arkiv.example.se", "kommun.example.se", "studieforbund.example.se", "example.com", "example.org", "example.co.uk", "library.example.org", "uni.example.edu")  # fmt: skip
OFFICES = (
    "biblioteket@kommun.example.se", "forskarsalen@arkiv.example.se", "info@studieforbund.example.se",
    "kurs@abf.example.se", "bokning@bibliotek.example.se", "fjarrlan@bibliotek.example.se",
    "library@example.org", "events@library.example.com", "enquiries@archives.example.co.uk",
    "volunteers@library.example.org", "stadsarkivet@kommun.example.se", "bokcirkeln@example.se",
)  # fmt: skip
LIBS = ("Stadsbiblioteket", "Huvudbiblioteket", "Kulturhusets bibliotek", "Tensta bibliotek", "Rinkeby bibliotek", "Hammarkullens bibliotek", "Biblioteket i Gamlestaden", "Skärholmens bibliotek", "Hagabiblioteket", "Bibliotek Norr", "Kvarnbyns bibliotek", "Campusbiblioteket")  # fmt: skip
LIBS_EN = ("Central Library", "Northgate Library", "Riverside Branch Library", "Westbury Library", "Millfield Community Library", "Eastside Public Library", "Hillcrest Library")  # fmt: skip
TITLES = ("Utvandrarna", "Röda rummet", "Kallocain", "Mig äger ingen", "Händelser vid vatten", "Populärmusik från Vittula", "Svinalängorna", "Den allvarsamma leken", "Tjänarinnans berättelse", "Björnstad", "Hundraåringen som klev ut genom fönstret och försvann", "Ett litet liv", "Kvinnan i fönstret", "Nattens ljus", "Vägen mot Bålberget", "Hemsöborna", "Tornet vid havet", "Jag for ner till bror")  # fmt: skip
TITLES_EN = ("The Remains of the Day", "Small Things Like These", "Pride and Prejudice", "The Road", "Atonement", "Never Let Me Go", "The Secret History", "Lessons in Chemistry", "The Salt Path", "A Gentleman in Moscow", "The Midnight Library", "Station Eleven", "Normal People", "The Overstory", "Prophet Song", "The Bee Sting", "Wolf Hall", "Tomorrow, and Tomorrow, and Tomorrow")  # fmt: skip
ASSOCS = ("ABF", "Studieförbundet Vuxenskolan", "Sensus", "Bilda", "Medborgarskolan", "Studiefrämjandet", "Folkuniversitetet", "Kulturens", "NBV")  # fmt: skip
COURSES = ("Spanska fortsättning", "Släktforskning för nybörjare", "Akvarellmålning", "Skrivarcirkel", "Engelska konversation", "Läsecirkel: nordiska deckare", "Digital vardag för seniorer", "Svenska nivå 2", "Gitarr för nybörjare", "Stickcafé", "Bokbinderi", "Lokalhistoria", "Arabiska för barn", "Fotografering", "Emigranternas brev")  # fmt: skip
COURSES_EN = ("Creative Writing for Beginners", "Family History Online", "Local History: Mills and Mines", "Conversational Spanish", "Poetry Appreciation", "Digital Skills for Seniors", "Swedish for Beginners", "Bookbinding", "Latin for Historians", "Reading Old Handwriting")  # fmt: skip
ARCHIVES = ("Folkrörelsearkivet", "Arbetarrörelsens arkiv", "Regionarkivet", "Stadsarkivet", "Riksarkivet", "hembygdsföreningens arkiv", "Föreningsarkivet i länet")  # fmt: skip
LOCALS = ("Upsala Nya Tidning", "Smålandsposten", "Barometern", "Nerikes Allehanda", "Östersunds-Posten", "Norrländska Socialdemokraten", "Hallandsposten")  # fmt: skip
LOCALS_EN = ("the shelf by the printer", "the staff room", "the shared drive", "the back office", "disken i entrén")  # fmt: skip
SCHOOLS = ("Ekbackeskolan", "Björkskolan", "Centralskolan", "Lindbackaskolan", "Ängsskolan", "Sjöängsskolan", "Rosendalsskolan")  # fmt: skip
DOGS = ("Sixten", "Bamse", "Molly", "Ludde", "Selma", "Otto", "Doris", "Sigge", "Bella", "Charlie", "Buster", "Rufus", "Daisy", "Bruno")  # fmt: skip
TOWNS_EN = ("Minneapolis", "Chicago", "Leeds", "Toronto", "Seattle", "Dublin", "Manchester", "Melbourne", "Rockford", "Glasgow")  # fmt: skip
HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Miss", "Prof.")  # fmt: skip
# Swedish given names joined by a hyphen: the first parts that take one, and the second parts.
HYPHENED = {
    True: (("Anna", "Ann", "Eva", "Maj", "Britt", "Karin", "Lena", "Inga", "Gun", "Marie", "Ulla", "Lisa", "Maria"), ("Karin", "Lena", "Marie", "Britt", "Christin", "Sofie", "Maria", "Lisa", "Stina", "Greta", "Lotta")),
    False: (("Lars", "Karl", "Per", "Jan", "Nils", "Carl", "Sven", "Bo", "Erik", "Hans", "Anders"), ("Erik", "Olof", "Göran", "Åke", "Gunnar", "Johan", "Anders", "Ivar", "Gustav", "Inge")),
}  # fmt: skip
CALLS = ("Hc.01", "Hce", "Uc", "Khb", "Gb", "Hcf", "Lz", "Pn", "uHc", "Hc.03", "Kh", "Ibz")  # fmt: skip


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
    """Every value of EF from one seeded Random; counts the head/tail split and the origins."""

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
        pair = HYPHENED[woman]
        if (
            key == "swedish" and given[0][0] in pair[0] and r.random() < 0.25
        ):  # Anna-Karin, Per-Erik
            second = r.choice([w for w in pair[1] if w != given[0][0]])
            rank = pool.names.index(second) if second in pool.names else len(pool.names)
            given.append((second, "head" if rank < pool.head else "tail"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "nordic": 0.3, "german": 0.2}.get(
            key, 0.05
        ):
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
        elif key in ("uk", "us") and roll < 0.03:
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
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile, landline or a firm's, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
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
                "63",
                "60",
                "46",
                "42",
                "36",
                "35",
            )
        )
        a3 = r.choice(("911", "920", "980", "240", "250", "270", "290", "380", "410", "451", "470", "480", "498", "510", "520", "530", "560", "570", "611", "620", "640", "660", "680", "690"))  # fmt: skip
        shapes = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (8, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-508 {d[:3]} {d[3:5]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0771-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home; from `country` if given."""
        r = self.rng
        d = self.digits(10)
        shapes = {
            "no": (f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"0047 4{d[:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}"),
            "dk": (f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:7]}", f"+358 18 {d[:5]}"),
            "uk": (f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)161 496 0{d[:3]}", f"0113 496 0{d[:3]}",
                   f"0117 496 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"07700 900 {d[:3]}", f"(0131) 496 0{d[:3]}"),
            "us": (f"+1 (612) 555-01{d[:2]}", f"(206) 555-01{d[:2]}", f"612-555-01{d[:2]}", f"+1 312 555 01{d[:2]}", f"+1-651-555-01{d[:2]}",
                   f"(815) 555-01{d[:2]}", f"555-01{d[:2]}", f"1-800-555-01{d[:2]}", f"773.555.01{d[:2]}"),
            "de": (f"+49 30 {d[:8]}", f"030 {d[:7]}", f"+49 (0)171 {d[:7]}", f"0049 551 {d[:6]}"),
            "fr": (f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"),
            "pl": (f"+48 5{d[:2]} {d[2:5]} {d[5:8]}", f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}"),
            "nl": (f"+31 20 {d[:3]} {d[3:7]}", f"06-{d[:8]}"),
            "other": (f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 347 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+964 770 {d[:3]} {d[3:7]}",
                      f"+963 944 {d[:3]} {d[3:6]}", f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",
                      f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}", f"+353 87 {d[:3]} {d[3:7]}",
                      f"+1 416 555 01{d[:2]}", f"+380 67 {d[:3]} {d[3:7]}", f"+291 7 {d[:6]}", f"+387 61 {d[:3]} {d[3:6]}",
                      f"00353 1 {d[:3]} {d[3:7]}", f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 1 {d[:7]}"),
        }  # fmt: skip
        if country is None:
            country = r.choices(list(shapes), weights=[len(v) for v in shapes.values()])[0]
        return r.choice(shapes[country])

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1917, 1927) if old else r.randrange(1931, 2013)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            form = "10+" if roll < 0.85 else "12-"
        else:
            form = "12-" if roll < 0.38 else "10-" if roll < 0.78 else "12" if roll < 0.9 else "10"
        self.forms[f"personnummer {form}"] += 1
        if form == "10+":
            return f"{date}+{serial}{check}"
        if form == "12-":
            return f"{year // 100}{date}-{serial}{check}"
        if form == "10-":
            return f"{date}-{serial}{check}"
        if form == "12":
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

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
            out = f"SE-{code} {town}"
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def flat(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        if roll < 0.85:
            return f", {r.randrange(1, 7)} tr"
        return f", {r.randrange(1, 5)} tr, lgh {r.randrange(10, 15)}{r.randrange(1, 6):02d}"

    def sv_address(self, lines: bool = False, flat: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (flat or r.random() < 0.15):
            street += self.flat()
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 25)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

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
        while "{L1}" in out:
            out = out.replace("{L1}", r.choice("ACDEFHKNPRTVWXY"), 1)
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def lower_address(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            out = self.sv_street()
        elif roll < 0.55:
            out = f"{r.choice(SV_STREETS)}"
        else:
            out = self.sv_address(rural=False)
        return out.lower()


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, Fi with a middle
    initial, G/g the given name (sometimes its short form), N/n the short form where the name has
    one, S/s the surname, SU the surname and GU the given name in capitals, I an initial and the
    surname, II two initials and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish
    genitive, a trailing `'` an English one.
    """
    r = draw.rng
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS)
        else form
    )
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base == "Fi":
        initial = middle[0][0][0] if middle else r.choice("ABCDEFGHJKLMRSTW")
        words, value = given + surname, f"{person.first} {initial}. {person.last}"
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
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
    elif base == "II":
        words = surname
        second = middle[0][0][0] if middle else r.choice("ABCDEFGHJKLMNPRST")
        value = f"{person.first[0]}. {second}. {person.last}"
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
    "Fi",
    "G",
    "g",
    "N",
    "n",
    "GU",
    "S",
    "s",
    "SU",
    "I",
    "II",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    old = r.randrange(1841, 1931)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "UKST": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(flat=True, rural=False), "ADDRESS"),
        "a": lambda: (draw.lower_address(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EO": lambda: (r.choice(OFFICES), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{'.' if r.random() < 0.7 else ':'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(9, 12)}:{r.choice(('00', '30'))}", f"{r.randrange(1, 8)} pm", f"{r.randrange(1, 8)}.30pm")), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "GRADE": lambda: (str(r.randrange(1, 10)), None),
        "HOURS": lambda: (f"{r.randrange(8, 12)}.00–{r.randrange(15, 21)}.00", None),
        "GBPS": lambda: (f"£{r.choice(('0.10', '0.20', '0.25', '0.50', '1.00', '1.50', '2.00'))}", None),
        "FEE": lambda: (f"{r.choice((2, 3, 5, 10))} kr", None),
        "AMT": lambda: (f"{r.choice((10, 20, 50, 150, 250, 400, 650, 1200, 1850, 2400))} kr", None),
        "GBP": lambda: (f"£{r.randrange(1, 40)}.{r.choice(('00', '20', '50', '75'))}", None),
        "REF": lambda: (r.choice((f"2027-{r.randrange(100, 999)}", f"KS 2027/{r.randrange(10, 999)}", f"RA {r.randrange(10, 99)}-2027/{r.randrange(1000, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "ISBN": lambda: (f"978-91-{r.randrange(0, 9)}{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(10)}", None),
        "CARD": lambda: (r.choice((f"2000{draw.digits(10)}", f"2 0000 {draw.digits(4)} {draw.digits(4)} {draw.digits(2)}", f"L{draw.digits(8)}")), None),
        "ARK": lambda: (r.choice((f"SE/RA/{r.randrange(100000, 999999)}/A I/{r.randrange(1, 40)}", f"SE/ULA/{r.randrange(10000, 99999)}/F {r.choice(('I', 'II', 'III'))} a/{r.randrange(1, 20)}", f"AI:{r.randrange(1, 30)} s. {r.randrange(1, 400)}", f"volym {r.randrange(1, 300)}")), None),
        "ARKEN": lambda: (r.choice((f"PR/{r.randrange(100, 9999)}/{r.randrange(1, 9)}/{r.randrange(1, 40)}", f"D/{r.choice(('ABC', 'HWD', 'MSS'))}/{r.randrange(1, 99)}/{r.randrange(1, 9)}", f"RG 11/{r.randrange(1000, 5000)} f. {r.randrange(1, 140)}")), None),
        "CALL": lambda: (r.choice(CALLS), None),
        "DEWEY": lambda: (f"{r.choice((839, 941, 929, 808, 823, 948, 306))}.{r.randrange(1, 999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (draw.digits(r.choice((15, 16, 18))), None),
        "ORGNR": lambda: (f"8{r.randrange(0, 3)}{r.randrange(2000, 9999)}-{draw.digits(4)}", None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "BANK": lambda: (f"{r.randrange(3000, 9999)}, {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}-{r.randrange(10)}", None),
        "SORT": lambda: (f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}", None),
        "CIRC": lambda: (f"{r.randrange(2026, 2028)}-{r.randrange(1000, 9999)}", None),
        "PORT": lambda: (f"{draw.digits(4)}", None),
        "YEAR": lambda: (str(r.randrange(1990, 2027)), None),
        "OLDYEAR": lambda: (str(old), None),
        "DECADE": lambda: (str(old // 10 * 10), None),
        "SPAN": lambda: (f"{old}–{old + r.choice((4, 5, 9))}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(TOWNS_EN), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (r.choice(MONTHS["sv"]), None),
        "MONTHEN": lambda: (r.choice(MONTHS["en"]), None),
        "LIB": lambda: (r.choice(LIBS), None),
        "LIBEN": lambda: (r.choice(LIBS_EN), None),
        "TITLE": lambda: (f"”{r.choice(TITLES)}”" if r.random() < 0.5 else r.choice(TITLES), None),
        "TITLEEN": lambda: (r.choice(TITLES_EN), None),
        "ASSOC": lambda: (r.choice(ASSOCS), None),
        "COURSE": lambda: (r.choice(COURSES), None),
        "COURSEEN": lambda: (r.choice(COURSES_EN), None),
        "ARCHIVE": lambda: (r.choice(ARCHIVES), None),
        "LOCAL": lambda: (r.choice(LOCALS), None),
        "LOCALEN": lambda: (r.choice(LOCALS_EN), None),
        "SCHOOL": lambda: (r.choice(SCHOOLS), None),
        "DOG": lambda: (r.choice(DOGS), None),
        "Ti": lambda: (r.choice(HONORIFICS), None),
        "PROP": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 80)}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
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
    """EF's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else ""
    return f"{len(digits)}{sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of EF is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    pnr: Counter[str] = Counter()
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += " tr" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address after c/o"] += (
                    text[: span["start"]].rstrip().split("\n")[-1].startswith("c/o")
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(len(row['spans']) for row in rows)}")  # type: ignore[arg-type]
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = sorted(set().union(*MIXES.values()) - set(draw.origins))
        print(f"origins never drawn: {', '.join(missing) or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if tuple(row) != KEYS:
            problems["keys not as heldout-u's"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            if not 0 <= start < stop <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["unknown kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                if len(digits) not in (10, 12) or luhn(digits[-10:-1]) != int(digits[-1]):
                    problems["personnummer check digit"] += 1
    langs = Counter(row["lang"] for row in rows)
    print(
        f"{path.name}: {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {sum(len(row['spans']) for row in rows)} spans, {len(ids)} ids"
    )
    print(
        "problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) if problems else "none")
    )
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file (--out), print counts only"
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
