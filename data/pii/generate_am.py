# ruff: noqa: E501
"""Generate held-out AM for personal-data detection (issue 15): names as the population has them,
an eighteenth writer, in messaging.

    python data/pii/generate_am.py          # writes data/pii/generated-heldout-am.jsonl
    python data/pii/generate_am.py --stats  # counts only (sizes, forms, the head/tail split)

Every name word comes from `names_am.py`'s weighted pools (SCB's ranks for Sweden, the US Census
1990 per cents and UK rankings, the commonest names of the origins common in Sweden), 80% from
the head of a list and 20% from its tail, mixed by the language of the row roughly as the
population has them. The genres (`templates_am.py`) are messaging as people type it: SMS and
group chats, voicemail and call transcripts, meeting transcripts with speaker labels, calendar
invitations, shared to-do lists, Slack and Teams threads with @mentions, mail headers and
signatures; names come in full, with middle names, alone, as nicknames and short forms, after
titles, in lower case and capitals, as `Surname, Given`, with initials, hyphenated, and in the
genitive. Written by a helper who does not tune the detector and who read neither its rules,
lexicons and tagger (`src/rung/privacy/`) nor any error listing nor any other set's names and
templates (`generate_ag.py` was read for its mechanics only); AM was never run through the
detector by its writer, and its names were not checked against rung's lexicons. Stdlib only;
one seeded Random: same seed, same bytes.
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

from names_am import HEAD_SHARE, MIXES, NICK_OTHER, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_am import COMPANIES, DAYS, EMOJI, EN, MIXED, MONTHS, NEGATIVES, PLACES, SV  # noqa: E402

SEED = 20261226
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-am.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    # -gatan
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Hantverkargatan", "Götgatan",
    "Folkungagatan", "Odengatan", "Sankt Eriksgatan", "Hornsgatan", "Linnégatan",
    "Övre Husargatan", "Andra Långgatan", "Södra Förstadsgatan", "Davidshallsgatan",
    "Järnvägsgatan", "Skolgatan", "Kyrkogatan", "Trädgårdsgatan", "Nygatan", "Västra Storgatan",
    "Östra Långgatan", "Sysslomansgatan", "Kungsängsgatan", "Klostergatan", "Ågatan",
    "Bangårdsgatan", "Tegnérgatan", "Rådmansgatan", "Fabriksgatan", "Brogatan", "Norra Kyrkogatan",
    # -vägen
    "Björkvägen", "Industrivägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen",
    "Ängsvägen", "Sjövägen", "Strandvägen", "Sveavägen", "Valhallavägen", "Ekvägen", "Granvägen",
    "Rönnvägen", "Hagvägen", "Villavägen", "Solvägen", "Furuvägen", "Kvarnvägen", "Lärkvägen",
    "Kungsvägen", "Nynäsvägen", "Gamla Landsvägen", "Skolvägen", "Idrottsvägen", "Bäckvägen",
    # -svängen, allé/-allén, backe/-backen, stig/-stigen, torg/-torget, plan, gränd, and others
    "Rinkebysvängen", "Lärksvängen", "Bergsvängen", "Tallsvängen", "Tensta allé",
    "Hammarby allé", "Kastanjeallén", "Lindallén", "Björkallén", "Lunda backe",
    "Rosenlunds backe", "Kvarnbacken", "Solbacken", "Klockarbacken", "Ekbacken", "Lärkstigen",
    "Blåbärsstigen", "Smultronstigen", "Hasselstigen", "Kyrkstigen", "Ängsstig", "Stortorget",
    "Järntorget", "Mariatorget", "Kungstorget", "Gustav Adolfs torg", "Vasatorg", "Karlaplan",
    "Odenplan", "Mariaplan", "Fridhemsplan", "Tulpangränd", "Kopparslagargränd", "Bryggargränd",
    "Klockgränd", "Prästgårdsgränd", "Ekslingan", "Hagaslingan", "Fyrklöverns väg", "Åkervägen",
)  # fmt: skip
# Real towns with the first three digits of their postcodes (lowest, highest).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 302), ("Växjö", 352, 352), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Östersund", 831, 831), ("Trollhättan", 461, 461), ("Luleå", 972, 975), ("Lidingö", 181, 181),
    ("Täby", 183, 187), ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Nacka", 131, 131),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Kungsbacka", 434, 434), ("Falun", 791, 791),
    ("Skövde", 541, 541), ("Kalmar", 392, 392), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Visby", 621, 621), ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Ystad", 271, 271),
    ("Trelleborg", 231, 231), ("Landskrona", 261, 261), ("Alingsås", 441, 441), ("Varberg", 432, 432),
    ("Örnsköldsvik", 891, 891), ("Kiruna", 981, 981), ("Mora", 792, 792), ("Nyköping", 611, 611),
    ("Motala", 591, 591), ("Värnamo", 331, 331), ("Hässleholm", 281, 281), ("Ängelholm", 262, 262),
    ("Tyresö", 135, 135), ("Haninge", 136, 137), ("Järfälla", 175, 177), ("Upplands Väsby", 194, 194),
    ("Åkersberga", 184, 184), ("Norrtälje", 761, 761), ("Enköping", 745, 745), ("Borlänge", 781, 784),
    ("Hudiksvall", 824, 824), ("Sandviken", 811, 811), ("Lerum", 443, 443), ("Partille", 433, 433),
    ("Mölndal", 431, 431), ("Kungälv", 442, 442), ("Uddevalla", 451, 451), ("Vänersborg", 462, 462),
    ("Lidköping", 531, 531), ("Arvika", 671, 671), ("Karlskoga", 691, 691), ("Eslöv", 241, 241),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
    "Queens Road", "The Green", "Manor Close", "Orchard Way", "St John's Road", "Windsor Drive",
    "Beech Grove", "Meadow View", "Kingsway", "Albert Terrace", "Castle Street", "Brook Lane",
    "Chestnut Avenue", "Coronation Street", "Farm Road", "Rectory Lane", "Highfield Road",
    "Moorland Crescent",
)  # fmt: skip
UK_TOWNS = (
    ("London", "N"), ("London", "SW"), ("London", "E"), ("Manchester", "M"), ("Leeds", "LS"),
    ("Bristol", "BS"), ("Birmingham", "B"), ("Sheffield", "S"), ("Newcastle upon Tyne", "NE"),
    ("Brighton", "BN"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Bath", "BA"), ("Leicester", "LE"),
    ("Coventry", "CV"), ("Glasgow", "G"), ("Aberdeen", "AB"), ("Swansea", "SA"), ("Belfast", "BT"),
    ("Plymouth", "PL"), ("Southampton", "SO"), ("Hull", "HU"),
)  # fmt: skip
US_STREETS = (
    "Maple Street", "Oak Street", "Pine Avenue", "Cedar Lane", "Elm Drive", "Washington Street",
    "Lake Shore Drive", "Highland Avenue", "Madison Avenue", "Willow Court", "Hillcrest Road",
    "Franklin Boulevard", "Sunset Drive", "River Road", "Spruce Street", "Park Avenue",
)  # fmt: skip
US_TOWNS = (
    ("Austin", "TX", 787), ("Portland", "OR", 972), ("Boston", "MA", 21), ("Madison", "WI", 537),
    ("Atlanta", "GA", 303), ("San Diego", "CA", 921), ("Raleigh", "NC", 276), ("Minneapolis", "MN", 554),
    ("Denver", "CO", 802), ("Philadelphia", "PA", 191), ("Nashville", "TN", 372), ("Tampa", "FL", 336),
)  # fmt: skip
# Other European addresses in their own formats: {n} a house number, {m} a small number,
# {zW:LO-HI} a postcode part of width W.
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Kastanienallee {n}, {z5:10405-10439} Berlin",
    "Leopoldstraße {n}, {z5:80802-80807} München", "Am Markt {m}, {z5:28195-28199} Bremen",
    "{n} rue des Lilas, {z5:75019-75020} Paris", "{n} avenue Victor Hugo, {z5:13001-13016} Marseille",
    "{n} rue Nationale, {z5:59000-59800} Lille", "Aleksanterinkatu {n} B {m}, 00100 Helsinki",
    "Itäinen Pitkäkatu {n} A {m}, {z5:20520-20700} Turku", "Thorvald Meyers gate {n}, 0555 Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørrebrogade {n}, {m}. tv., 2200 København N",
    "Jernbanegade {n}, 5000 Odense C", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Floriańska {n}, 31-{z3:019-021} Kraków", "Calle de Alcalá {n}, {m}º izq., 280{z2:01-30} Madrid",
    "Avinguda Diagonal {n}, 080{z2:08-36} Barcelona", "Prinsengracht {n}, 10{z2:15-17} {L} Amsterdam",
    "Oudegracht {n}, 351{z1:1-2} {L} Utrecht", "Via Roma {n}, {z5:10121-10128} Torino",
    "Narva mnt {n}-{m}, {z5:10117-10152} Tallinn", "Mariahilfer Straße {n}/{m}, 1060 Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "live.se", "telia.com", "spray.se", "protonmail.com")  # fmt: skip
# Swedish double given names are joined from a few first and second parts (`Ann-Sofie`,
# `Lars-Erik`); the pools also carry the commonest of them whole.
HYPHEN = {  # woman: (first parts, second parts)
    True: ({"Ann", "Anna", "Eva", "Britt", "Maj"}, {"Marie", "Sofie", "Karin", "Lena", "Louise", "Britt", "Charlotte", "Maria"}),
    False: ({"Lars", "Per", "Jan", "Karl", "Carl", "Nils", "Sven", "Hans", "Bengt"}, {"Erik", "Olof", "Göran", "Åke", "Gunnar"}),
}  # fmt: skip
WORK = ("norrsken.se", "byggab.se", "fjordtech.com", "kvarnen-konsult.se", "brightwater.co.uk", "hollowayandpine.com", "skola.example.se")  # fmt: skip


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
    given: list[Word]  # one word, or two joined with a hyphen
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "  # between two surnames
    nick: str = ""  # the short form the person goes by, if any
    nick_full: bool = False  # and in full names too

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def called(self) -> str:
        return self.nick or self.first

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AM from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.by_lang: Counter[tuple[str, str]] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        if lo == hi:  # a list without a tail
            lo, hi, part = 0, pool.head, "head"
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        self.by_lang[(self.lang, key)] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        firsts, seconds = HYPHEN[woman]
        if key == "swedish" and given[0][0] in firsts and r.random() < 0.15:
            for _ in range(40):  # a second name of those that are joined to a first, by weight
                second = self.pick(pool)
                if second[0] in seconds and second[0] != given[0][0]:
                    given.append(second)
                    break
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.3, "uk": 0.25}.get(key, 0.05):
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
            joint = "-" if roll < 0.02 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        elif key == "thai" and woman and roll < 0.45:  # married to a Swede
            surname = [self.pick(ORIGINS["swedish"].surnames)]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        typed_plain = key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3
        typed_plain = typed_plain or (key == "swedish" and self.lang == "en" and r.random() < 0.3)
        if typed_plain:  # typed without the letters' marks
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        person = Person(woman, key, given, surname, middle, joint)
        short = NICKNAMES.get(key, NICK_OTHER).get(person.first, ())
        if short and r.random() < 0.2:
            person.nick = r.choice(short)
            person.nick_full = r.random() < 0.35
        return person

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.called if r.random() < 0.3 else person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(60, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (11, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}-{d[:3]} {d[3:]}"), (2, f"{m[:3]}-{m[3:]}{d[:2]} {d[2:4]} {d[4:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46-{m[1:]}-{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"08{d}"),
            (4, f"0{r.choice(('31', '40', '18', '13', '19', '21', '16', '46', '90', '60'))}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{r.choice(('31', '40', '18', '13', '11', '36'))}-{d[:3]} {d[3:5]} {d[5:]}"),
            (3, f"0{r.choice(('480', '910', '920', '940', '650', '498', '455', '520', '611', '370'))}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{r.choice(('480', '910', '920', '498'))}-{d[:3]} {d[3:5]}"),
            (2, f"+46 {r.choice(('31', '40', '18', '13'))} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"(0{r.choice(('31', '40', '8'))}) {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home (mostly UK and US in English rows)."""
        r = self.rng
        self.forms["phone from abroad"] += 1
        d = self.digits(10)
        home = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"07{d[:3]}{d[3:9]}", f"+44 (0)20 {d[:4]} {d[4:8]}",
            f"020 {d[:4]} {d[4:8]}", f"0113 {d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}", f"0044 7{d[:3]} {d[3:9]}",
            f"+1 (512) 555-0{d[:3]}", f"(617) 555-0{d[:3]}", f"617-555-0{d[:3]}", f"+1 206 555 0{d[:3]}",
            f"555-0{d[:3]}", f"+1-312-555-0{d[:3]}",
        )  # fmt: skip
        abroad = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}",
            f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 89 {d[:3]} {d[3:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0033 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+380 67 {d[:3]} {d[3:7]}", f"+964 770 {d[:3]} {d[3:7]}",
            f"00963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+372 5{d[:3]} {d[3:7]}", f"+43 664 {d[:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
        )  # fmt: skip
        if self.lang == "en" and r.random() < 0.75:
            return r.choice(home)
        return r.choice(abroad + home[:4] + home[8:10])

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1938, 2012)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        street = r.choice(SV_STREETS)
        number = str(min(int(r.expovariate(1 / 15)) + 1, 180))
        if r.random() < 0.15:
            number += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return f"{street} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if country or r.random() < 0.03:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def lgh(self) -> str:
        return f"lgh {self.rng.randrange(10, 16)}{self.rng.randrange(1, 9):02d}"

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.12:
            street += f"{r.choice((' ', ', '))}{self.lgh()}"
        elif roll < 0.18:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.2:
            street += ", bv"
        if r.random() < 0.06:
            pool = ORIGINS["swedish"].surnames
            street = f"c/o {r.choice(pool.names[:80])}{chr(10) if lines else ', '}{street}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return f"{self.sv_street()}, plan {r.randrange(2, 12)}, {self.sv_postal()}"
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal(country=True)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', 'A', 'B'))}, {street}"
        elif roll < 0.22:
            street = f"{r.choice(('Ivy Cottage', 'The Old Forge', 'Hillside House', '2 Mews Court'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Apt.', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}".replace(
                "# ", "#"
            )
        rest = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{rest}" if lines else f"{street}, {rest}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 150)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L}", "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, style: str) -> str:
    if style == "'":
        return "'" if name[-1] in "sS" else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, marker: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    r = draw.rng
    given, surname, middle = person.given, person.surname, person.middle
    full = person.nick if person.nick and person.nick_full else person.first
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words = given + surname
        value = f"{full if form != 'U' else person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
        draw.forms["nickname"] += form != "U" and full != person.first
    elif form == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif form in ("G", "g", "GU"):
        words, value = given, person.called
        value = value.lower() if form == "g" else value.upper() if form == "GU" else value
        draw.forms["nickname"] += bool(person.nick)
    elif form in ("S", "s"):
        words, value = surname, person.last.lower() if form == "s" else person.last
    elif form == "I":
        initials = "-".join(w[0] for w, _ in given) + "."
        words = given + surname
        if middle and r.random() < 0.4:
            initials += f" {middle[0][0][0]}."
            words = given + middle + surname
        value = f"{initials} {person.last}"
    elif form == "Gi":
        words, value = (
            given + surname[:1],
            f"{person.called} {person.last[0]}{'.' if r.random() < 0.7 else ''}",
        )
        draw.forms["nickname"] += bool(person.nick)
    elif form == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif form == "SG":
        words, value = given + surname, f"{person.last} {person.first}"
        draw.forms["Surname Given"] += 1
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if marker:
        segments.append((genitive(value, marker), None))
        draw.forms["genitive"] += 1
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "GU", "S", "s", "I", "Gi", "R", "SG", "E"}
SLOT = re.compile(r"\{([A-Za-z]+)([~'])?(?:#(\d))?(?::([fm]))?\}")


class Row:
    """The state of one row while it is filled: its clock for chat timestamps."""

    def __init__(self, draw: Draw) -> None:
        self.minutes = draw.rng.randrange(6 * 60 + 30, 22 * 60)

    def clock(self, draw: Draw) -> str:
        self.minutes = min(
            self.minutes + draw.rng.choice((0, 0, 1, 1, 2, 3, 5, 8, 14)), 23 * 60 + 59
        )
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"


def filler(form: str, draw: Draw, row: Row) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hour = r.randrange(8, 21)

    def en_time() -> str:
        minute = r.choice(("", "", ":30", ":15", ":45"))
        if r.random() < 0.35:
            return f"{hour}{minute or ':00'}"
        half = "pm" if hour >= 12 else "am"
        return f"{hour % 12 or 12}{minute}{r.choice((half, half, ' ' + half, half.upper()))}"

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (f"{draw.sv_street()} {draw.lgh()}" if r.random() < 0.5 else draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.55 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AE": lambda: (draw.us_address() if r.random() < 0.45 else draw.uk_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/2026", f"{day:02d}/{month:02d}/2026")), None),
        "WD": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day:02d}/{month:02d}/2026", f"{day}.{month}.2026")), None),
        "TIME": lambda: (f"{hour}{r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}" if r.random() < 0.8 else str(hour), None),
        "TIMEEN": lambda: (en_time(), None),
        "CLK": lambda: (row.clock(draw), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice([t[0] for t in UK_TOWNS] + [t[0] for t in US_TOWNS]), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "EMO": lambda: (r.choice(EMOJI), None),
        "CO": lambda: (r.choice(COMPANIES["en" if en else "sv"]), None),
        "PLACE": lambda: (r.choice(PLACES["en" if en else "sv"]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    cache: dict[tuple[str, str], str] = {}
    row = Row(draw)
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, marker, ref, gender = (
            match.group(1),
            match.group(2) or "",
            match.group(3),
            match.group(4),
        )
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, marker, person, draw)
        elif ref and (form, ref) in cache:
            segments = [(cache[(form, ref)], None)]
        else:
            segments = [filler(form, draw, row)]
            if ref:
                cache[(form, ref)] = segments[0][0]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AM's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-am-{len(rows) + 1:04d}", "split": "heldout-am", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AM is printed."""
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
            start = span["start"]
            value = text[start : span["end"]]
            kinds[(span["kind"], lang)] += 1
            kinds[(span["kind"], "all")] += 1
            if span["kind"] == "PERSON":
                people.append(value)
                forms["one word"] += " " not in value
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper()
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)|\s\w\.?$", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["after @"] += start > 0 and text[start - 1] == "@"
                forms["at a line's start"] += start == 0 or text[start - 1] == "\n"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address c/o"] += "c/o" in value
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in draw.forms.items()))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    for lang in ("sv", "en", "mixed"):
        drawn = {k: v for (la, k), v in draw.by_lang.items() if la == lang}
        top = sorted(drawn.items(), key=lambda kv: -kv[1])[:4]
        share = ", ".join(f"{k} {v / sum(drawn.values()):.0%}" for k, v in top)
        print(f"people in {lang} rows: {sum(drawn.values())} ({share}, ...)")


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
