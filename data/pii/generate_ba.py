# ruff: noqa: E501
"""Generate held-out BA for personal-data detection (issue 15): names as the population has them,
a thirty-second writer.

    python data/pii/generate_ba.py          # writes data/pii/generated-heldout-ba.jsonl
    python data/pii/generate_ba.py --stats  # counts only (sizes, kinds, forms, head/tail, origins)

BA draws every name word by how often people really carry it: `names_ba.py` holds weighted pools
(SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the
commonest names of the origins common in Sweden, two of them the writer's choice: Afghan and
Romanian), 80% from a list's head and 20% from its tail, mixed by the language of the row roughly
as Sweden's population is. The genres are courts, police and the law (`templates_ba.py`): police
reports and complaints, summonses, judgments and court records, legal aid and lawyers' letters,
estate inventories and wills, guardianship (god man, förvaltare), notaries and powers of attorney,
letters from Kronofogden, victim-support chats, English solicitors' letters and witness
statements. Addresses come in every Swedish street form and in ten foreign formats, phones in
every common grouping. Written by a helper who does not tune the detector, who read neither its
rules, lexicons and tagger (`src/rung/privacy/`) nor any error listing nor any other set's names,
templates or rows; BA was never run through the detector by its writer, and its names were not
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

from names_ba import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, TYPED_PLAIN, Pool, feminine, plain  # noqa: E402
from templates_ba import EN, MIXED, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270109
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, the negatives among them
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ba.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from ("head" or "tail")
Piece = tuple[str, str | None]  # a piece of text, and its kind when it is a value

# Swedish streets in every form the address register has; some are named after people (the
# whole address is then an ADDRESS and no part of it a PERSON).
STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan", "Hornsgatan",
    "Birger Jarlsgatan", "Sankt Eriksgatan", "Olof Palmes gata", "Linnégatan", "Engelbrektsgatan",
    "Tegnérgatan", "Fleminggatan", "Polhemsgatan", "Strindbergsgatan", "Selma Lagerlöfs väg",
    "Järnvägsgatan", "Skolgatan", "Kyrkogatan", "Nygatan", "Östra Hamngatan", "Västra Storgatan",
    "Trädgårdsgatan", "Köpmangatan", "Rådhusgatan", "Tingshusgatan", "Gamla Tingsvägen",
    "Björkvägen", "Tallvägen", "Granvägen", "Ringvägen", "Industrivägen", "Lärkvägen", "Ängsvägen",
    "Villavägen", "Parkvägen", "Skogsbrynsvägen", "Solrosvägen", "Bäckvägen", "Gamla vägen",
    "Ekorrsvängen", "Solsvängen", "Hagsvängen", "Vinkelsvängen", "Fridhems allé", "Kastanjeallén",
    "Lindallén", "Sofielunds allé", "Sicklaby backe", "Kvarnbacken", "Prästbacken", "Sjöbacken",
    "Lärkstigen", "Rosenstigen", "Vitsippsstigen", "Tallstigen", "Hasselstigen", "Stortorget",
    "Lilla torget", "Fisktorget", "Södra torget", "Kungsplan", "Slussplan", "Brunnsplan",
    "Skomakargränd", "Mårten Trotzigs gränd", "Bagargränd", "Klockgränd", "Österleden",
    "Kanalleden", "Kustleden", "Hamnstråket", "Kungsstråket", "Ekstråket", "Södra kajen",
    "Packhuskajen", "Norra kajen", "Strandpromenaden", "Sjöpromenaden", "Älvpromenaden",
    "Hamngatan", "Bergsgatan", "Smedjegatan", "Fabriksgatan", "Kvarngatan",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 701, 705), ("Västerås", 721, 725), ("Helsingborg", 250, 256),
    ("Norrköping", 600, 605), ("Jönköping", 551, 556), ("Umeå", 901, 907), ("Lund", 221, 227),
    ("Borås", 503, 507), ("Sundsvall", 851, 857), ("Gävle", 802, 806), ("Eskilstuna", 631, 635),
    ("Södertälje", 151, 153), ("Karlstad", 651, 656), ("Täby", 183, 187), ("Växjö", 351, 355),
    ("Halmstad", 301, 305), ("Luleå", 971, 977), ("Trollhättan", 461, 467), ("Östersund", 831, 832),
    ("Borlänge", 781, 785), ("Falun", 791, 791), ("Kalmar", 391, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 373), ("Uddevalla", 451, 451), ("Nyköping", 611, 611),
    ("Motala", 591, 591), ("Landskrona", 261, 261), ("Kiruna", 981, 981), ("Visby", 621, 621),
    ("Ystad", 271, 271), ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Solna", 169, 171),
    ("Nacka", 131, 132), ("Lidingö", 181, 181), ("Mölndal", 431, 431), ("Partille", 433, 433),
    ("Kungälv", 442, 442), ("Alingsås", 441, 441), ("Hässleholm", 281, 281), ("Piteå", 941, 941),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871), ("Norrtälje", 761, 761),
    ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Västervik", 593, 593), ("Ludvika", 771, 771),
)  # fmt: skip
UK_STREETS = ("Albion Street", "Queen's Road", "Victoria Street", "Park Lane", "Church Road", "London Road", "Mill Street", "Grove Avenue", "St Mary's Close", "Windsor Gardens", "Kingsway", "Belmont Terrace", "Cavendish Place", "Orchard Way", "Nelson Street", "Gladstone Road")  # fmt: skip
UK_TOWNS = (("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Leicester", "LE"), ("Nottingham", "NG"), ("Birmingham", "B"), ("Brighton", "BN"), ("York", "YO"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Reading", "RG"), ("Exeter", "EX"), ("Croydon", "CR"))  # fmt: skip
US_STREETS = ("Elm Street", "Washington Avenue", "Lincoln Road", "Oak Lane", "Franklin Street", "Jefferson Blvd", "Cedar Court", "Highland Avenue", "Maple Drive", "Sunset Boulevard", "Madison Street", "Walnut Street")  # fmt: skip
US_TOWNS = (("Madison", "WI", 537), ("Columbus", "OH", 432), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Sacramento", "CA", 958), ("Raleigh", "NC", 276), ("Albany", "NY", 122), ("Tacoma", "WA", 984), ("Omaha", "NE", 681), ("Richmond", "VA", 232), ("Minneapolis", "MN", 554), ("Boston", "MA", 21))  # fmt: skip
# Ten countries' own formats; {n} a house number, {m} a flat or floor, {zW:LO-HI} a postcode.
ABROAD = (
    "Goethestraße {n}, {z5:10115-10999} Berlin", "Schillerstraße {n}a, {z5:80331-80339} München",
    "{n}, rue Victor Hugo, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse",
    "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Storgata {n}, {z4:0155-0190} Oslo", "Kong Oscars gate {n}, {z4:5017-5020} Bergen",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V", "Søndergade {n}, {z4:8000-8000} Aarhus C",
    "ul. Mickiewicza {n}/{m}, 31-{z3:100-999} Kraków", "ul. Marszałkowska {n} m. {m}, 00-{z3:100-999} Warszawa",
    "Calle de Alcalá {n}, {m}º B, {z5:28001-28030} Madrid", "Carrer de Mallorca {n}, {m}º, {z5:08001-08040} Barcelona",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Via Garibaldi {n}, {z5:10121-10156} Torino", "Corso Vittorio Emanuele II {n}, {z5:20121-20123} Milano",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "telia.com", "live.se", "bahnhof.se", "protonmail.com", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("advokat.example.se", "juridik.example.se", "example.se", "example.com", "law.example.co.uk", "example.org", "kommun.example.se")  # fmt: skip


def check_digit(nine: str) -> int:
    """The Luhn check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (1 if i % 2 else 2)
        total += n // 10 + n % 10
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or two for a hyphenated given name (`Anna-Lena`)
    surname: list[Word]  # one word, or two for a double surname
    middle: list[Word] = field(default_factory=list)
    joint: str = " "  # between two surnames: a space or a hyphen

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of BA from one seeded Random; it counts head/tail words, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.abroad: list[str] = []

    def word(self, pool: Pool) -> Word:
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        names, weights = (
            (pool.names[: pool.head], pool.weights[: pool.head])
            if part == "head"
            else (pool.names[pool.head :], pool.weights[pool.head :])
        )
        return r.choices(names, weights=weights)[0], part

    def person(self, woman: bool | None, called_short: bool = False) -> Person:
        """Someone of an origin drawn by the row's language; `called_short` when the text calls
        them by a short form first (`Jocke`, `Liz`): their given name is then one that has one,
        drawn again (at most six times) from the same pool."""
        r = self.rng
        mix = MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        woman = r.random() < 0.5 if woman is None else woman
        pool = origin.given_f if woman else origin.given_m
        given = [self.word(pool)]
        shorts = NICKNAMES.get(key, {})
        for _ in range(6 if called_short and shorts else 0):
            if given[0][0] in shorts:
                break
            given = [self.word(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.06:
            other = self.word(pool)
            if other[0] != given[0][0] and "-" not in other[0]:
                given.append(other)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.3, "uk": 0.3, "finnish": 0.2}.get(key, 0.04):
            extra = self.word(pool)
            if extra[0] not in person_words(given):
                middle = [extra]
        surname = [self.word(origin.surnames)]
        joint, roll = " ", r.random()
        if key == "latin" and roll < 0.55:
            surname.append(self.word(origin.surnames))
        elif key == "swedish" and roll < 0.06:
            surname.append(self.word(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.word(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        if key in TYPED_PLAIN and r.random() < 0.3:
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed without diacritics"] += 1
        return Person(woman, key, given, surname, middle, joint)

    def short(self, person: Person, share: float) -> str | None:
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and self.rng.random() < share:
            self.forms["short form"] += 1
            return self.rng.choice(forms)
        return None

    def tally(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        first = plain(person.first).lower().replace("-", "")
        last = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}", f"{first}.{last}{r.randrange(2, 90)}",
                          f"{last}{first[0]}", f"{first}_{last}", f"{first[:3]}{last[:3]}"))  # fmt: skip
        return f"{local}@{r.choice(WORK) if r.random() < 0.45 else r.choice(MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, grouped as people write them."""
        r = self.rng
        d = self.digits(8)
        mob = "07" + r.choice("0023369")
        two = r.choice(("31", "40", "18", "13", "19", "21", "16", "11", "90", "60", "35", "36", "42", "46"))
        three = r.choice(("120", "150", "155", "171", "226", "240", "243", "300", "320", "340", "380", "410", "431", "451", "480", "500", "510", "522", "550", "570", "590", "611", "620", "645", "660", "670", "910", "920", "980"))  # fmt: skip
        shapes = (
            (18, f"{mob}-{d[:3]} {d[3:5]} {d[5:7]}"), (11, f"{mob}{d[:7]}"), (9, f"{mob} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"{mob}-{d[:7]}"), (3, f"{mob}-{d[:2]} {d[2:4]} {d[4:7]}"), (3, f"{mob} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{mob} {d[:3]} {d[3:7]}"), (2, f"{mob}-{d[:3]} {d[3:7]}"), (1, f"{mob}.{d[:3]}.{d[3:5]}.{d[5:7]}"),
            (1, f"({mob}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {mob[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{mob[1:]}{d[:7]}"),
            (2, f"+46 (0){mob[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {mob[1:]} {d[:3]} {d[3:7]}"),
            (2, f"+46-{mob[1:]}-{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08-{d[:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{two}-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"0{two}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{two} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {two} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{three}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{three}-{d[:3]} {d[3:5]}"), (2, f"0{three}{d[:6]}"),
            (1, f"+46 {three} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{three}/{d[:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_abroad(self) -> str:
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)20 {d[:4]} {d[4:8]}", f"020 {d[:4]} {d[4:8]}",
            f"0113 {d[:3]} {d[3:7]}", f"+44 161 {d[:3]} {d[3:7]}", f"0044 7{d[:9]}",
            f"+1 ({r.choice(('608', '614', '512', '303', '919'))}) 555-{d[:4]}", f"(512) 555-{d[:4]}", f"+1-303-555-{d[:4]}", f"001 919 555 {d[:4]}",
            f"+49 30 {d[:8]}", f"+49 (0)89 {d[:3]} {d[3:7]}", f"0049 151 {d[:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+33 (0)4 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)9 {d[:3]} {d[3:7]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 12 {d[:3]} {d[3:5]} {d[5:7]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 (0)6 {d[:8]}", f"+31 20 {d[:3]} {d[3:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+39 011 {d[:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def personnummer(self) -> str:
        r = self.rng
        year = r.randrange(1932, 2012)
        yymmdd = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        last4 = f"{serial}{check_digit(yymmdd + serial)}"
        shape = r.choices(("12-", "10-", "12", "10"), weights=(35, 40, 15, 10))[0]
        head = f"{year // 100}{yymmdd}" if shape.startswith("12") else yymmdd
        return f"{head}-{last4}" if shape.endswith("-") else f"{head}{last4}"

    def house(self) -> str:
        r = self.rng
        n = str(r.choices((r.randrange(1, 10), r.randrange(10, 40), r.randrange(40, 160)), weights=(5, 4, 1))[0])
        if r.random() < 0.14:
            n += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return n

    def street(self, number: bool = True) -> str:
        name = self.rng.choice(STREETS)
        return f"{name} {self.house()}" if number else name

    def postal(self, country: bool = False) -> str:
        r = self.rng
        town, lo, hi = r.choice(TOWNS)
        code = f"{r.randrange(lo, hi + 1)}{r.randrange(10, 100):02d}"
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def address(self, lines: bool = False, flat: bool | None = None, number: bool = True) -> str:
        """A Swedish address: street, number, maybe `lgh`/`tr`, postcode and town."""
        r = self.rng
        street = self.street(number)
        if number and (flat or (flat is None and r.random() < 0.12)):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif number and flat is None and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " " if street[-1].isalnum() and "lgh" not in street else ", "))
        return f"{street}{joint}{self.postal()}"

    def box(self) -> str:
        r = self.rng
        sep = "\n" if r.random() < 0.3 else ", "
        return f"Box {r.randrange(2, 9999)}{sep}{self.postal()}"

    def uk(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, 29)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 200)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us(self) -> str:
        r = self.rng
        town, state, zip3 = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit'))} {r.randrange(1, 40)}"
        return f"{street}, {town}, {state} {zip3:03d}{r.randrange(1, 99):02d}"

    def foreign(self, lines: bool = False) -> str:
        r = self.rng

        def code(m: re.Match[str]) -> str:
            width, lo, hi = int(m.group(1)), int(m.group(2)), int(m.group(3))
            return f"{r.randrange(lo, hi + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format once before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 140))).replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCEGHJKLMNPRSTV") + r.choice("ABCDEGHJKLMNPRSTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:
            head, _, tail = out.rpartition(", ")
            out = f"{head}\n{tail}"
        return out


def person_words(words: list[Word]) -> set[str]:
    return {w for w, _ in words}


def possessive(value: str, english: bool) -> str:
    if english:
        return "'" if value.endswith("s") else "'s"
    return "" if value[-1] in "sxzSXZ" else "s"


def name_pieces(form: str, person: Person, draw: Draw) -> list[Piece]:
    """A person's name in `form`, then a genitive's ending when asked for (outside the value).

    P given and surname; p the same lower case; U in capitals; F with a middle name; M with the
    middle name's initial; G the given name (now and then its short form), g lower case; N a
    short form where the name has one, n lower case; S the surname, s lower case; I an initial
    and the surname; II two initials and the surname; Gi the given name and the surname's
    initial; R `Surname, Given`; RU `SURNAME, Given`; E an e-mail address. A trailing `s` asks
    for a Swedish genitive, a trailing `'` for an English one.
    """
    english = form.endswith("'")
    base = form[:-1] if english or (form.endswith("s") and form[:-1] in FORMS) else form
    given, surname = person.given, person.surname
    if base in ("F", "M", "II") and not person.middle:
        pool = ORIGINS[person.origin].given_f if person.woman else ORIGINS[person.origin].given_m
        extra = draw.word(pool)
        if extra[0] not in person_words(given):
            person.middle = [extra]
    middle = person.middle
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first, *(w for w, _ in middle), person.last])
    elif base == "M":
        words = given + middle + surname
        value = " ".join([person.first, *(w[0] + "." for w, _ in middle), person.last])
    elif base in ("G", "g", "N", "n"):
        words = given
        value = draw.short(person, 0.08 if base in "Gg" else 0.9) or person.first
        value = value.lower() if base in "gn" else value
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words, value = surname, f"{person.first[0]}. {person.last}"
    elif base == "II":
        words = middle + surname
        value = " ".join([person.first[0] + ".", *(w[0] + "." for w, _ in middle), person.last])
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.tally(words)
    draw.forms[f"form {base}"] += 1
    pieces: list[Piece] = [(value, "PERSON")]
    if base != form:
        draw.forms["genitive"] += 1
        pieces.append((possessive(value, english), None))
    return pieces


FORMS = {"P", "p", "U", "F", "M", "G", "g", "N", "n", "S", "s", "I", "II", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(slot: str, draw: Draw) -> Piece:
    """Every slot that is not a person: values (addresses, phones, personnummer) and plain words."""
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2025, 2026, 2026, 2027))
    values: dict[str, Callable[[], Piece]] = {
        "A": lambda: (draw.address(), "ADDRESS"),
        "AL": lambda: (draw.address(lines=True), "ADDRESS"),
        "AF": lambda: (draw.address(flat=True, lines=r.random() < 0.4), "ADDRESS"),
        "AN": lambda: (draw.address(number=False), "ADDRESS"),
        "ST": lambda: (draw.street(), "ADDRESS"),
        "a": lambda: ((draw.street() if r.random() < 0.45 else draw.address()).lower().replace("  ", " "), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "UK": lambda: (draw.uk(), "ADDRESS"),
        "UKL": lambda: (draw.uk(lines=True), "ADDRESS"),
        "uk": lambda: (draw.uk().lower(), "ADDRESS"),
        "US": lambda: (draw.us(), "ADDRESS"),
        "X": lambda: (draw.foreign(), "ADDRESS"),
        "XL": lambda: (draw.foreign(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_abroad(), "PHONE"),
        "PNR": lambda: (draw.personnummer(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {WORDS['months_sv'][month - 1]}", f"{day}.{month}.{year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {WORDS['months_en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{WORDS['months_en'][month - 1]} {day}, {year}")), None),
        "TIME": lambda: (f"{r.randrange(8, 17)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "KR": lambda: (f"{r.randrange(300, 480000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(150, 95000):,}", None),
        "MAL": lambda: (f"{r.choice('TBFÄ')} {r.randrange(100, 9999)}-{r.choice(('25', '26', '26', '27'))}", None),
        "POL": lambda: (f"{r.randrange(5000, 5999)}-K{r.randrange(10000, 999999)}-{r.choice(('25', '26', '27'))}", None),
        "KFM": lambda: (f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}-{r.choice(('25', '26', '27'))}", None),
        "CLAIM": lambda: (f"{r.choice('ABCDEFGHJK')}{r.randrange(0, 9)}{r.choice('ABCDEFQ')}{r.choice('ABCDEFGHJK')}{r.randrange(1000, 9999)}", None),
        "REF": lambda: (f"{r.choice(('Ref', 'Our ref') if en else ('Vår ref', 'Ref'))}: {r.choice('ABCDHJKLMPRSTW')}{r.choice('ABCDHJKLMPRSTW')}/{r.randrange(100, 9999)}", None),
        "COURT": lambda: (r.choice(WORDS["courts_sv"]), None),
        "COURTEN": lambda: (r.choice(WORDS["courts_en"]), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(TOWNS)[0], None),
        "DAY": lambda: (r.choice(WORDS["days_sv"]), None),
        "DAYEN": lambda: (r.choice(WORDS["days_en"]), None),
    }  # fmt: skip
    return values[slot]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, sex = match.group(1), match.group(2), match.group(3)
        base = form[:-1] if form.endswith("'") or (form.endswith("s") and form[:-1] in FORMS and form not in FORMS) else form
        if base in FORMS:
            person = people.get(ref) if ref else None
            if person is None:
                person = draw.person({"f": True, "m": False}.get(sex or ""), called_short=base in ("N", "n"))
                if ref:
                    people[ref] = person
            pieces = name_pieces(form, person, draw)
        else:
            pieces = [filler(form, draw)]
        for value, kind in pieces:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BA's rows: every negative once, the positives from shuffled decks of each language's
    templates, all in one seeded order; a text already written is drawn again."""
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
            "id": f"gen-heldout-ba-{len(rows) + 1:04d}", "split": "heldout-ba", "lang": lang,
            "text": text, "spans": sorted(spans, key=lambda s: (s["start"], s["end"])),
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BA is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    shapes: Counter[str] = Counter()
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
                shapes["one word"] += " " not in value
                shapes["three words or more"] += len(value.split()) >= 3
                shapes["lower case"] += value.islower()
                shapes["capitals"] += value.isupper() and len(value) > 2
                shapes["with a hyphen"] += "-" in value
                shapes["with an initial"] += bool(re.search(r"(?:^|\s)\w\.(?:\s|$)", value))
                shapes["Surname, Given"] += ", " in value
            elif span["kind"] == "ADDRESS":
                shapes["address over lines"] += "\n" in value
                shapes["address lower case"] += value.islower()
                shapes["address lgh"] += "lgh " in value
                shapes["address tr"] += value.endswith(" tr") or " tr," in value or " tr\n" in value
                shapes["address Box"] += value.startswith("Box ")
            elif span["kind"] == "PHONE":
                shapes["phone with +"] += value.startswith("+")
                shapes["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("rows without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("value shapes: " + ", ".join(f"{k} {v}" for k, v in shapes.items()))
    print("name forms: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


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
