# ruff: noqa: E501
"""Generate held-out DJ for personal-data detection (issue 15): names as the population has them,
a ninety-third writer; the genre online communities and gaming.

    python data/pii/generate_dj.py           # writes data/pii/generated-heldout-dj.jsonl
    python data/pii/generate_dj.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dj.py --check   # checks the written file, prints counts only
    python data/pii/generate_dj.py --seed 7 --out /tmp/dj.jsonl   # a scratch seed

DJ's names are drawn by how often people really carry them: every name word comes from
`names_dj.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is online communities and gaming (`templates_dj.py`): Discord servers, game clans
and guild rosters, forum threads and moderators' notes, Twitch and YouTube chat, esports team
sign-ups and LAN parties, associations' member registers, and trades between players, with
handles, nicknames and lower-case chat, in Swedish, English and the two mixed. Written by a helper
who does not tune the detector, who read only `generate_aw.py` (for the mechanics: the seeded
`Draw`, the slot filler, the row format, `--stats`), the sections "Held-out AW" and "Held-out CL"
of `docs/privacy.md` and the first line of `generated-heldout-u.jsonl`; not the detector's rules,
lexicons or tagger, nor any other set's names, templates or rows, nor any error listing. DJ was
never run through the detector or a scorer by its writer, and its names were not checked against
rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_dj import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dj import (  # noqa: E402
    CLANS,
    CLUBS,
    COMMUNITY_DOMAINS,
    COUNTRIES,
    DAYS,
    EN,
    EN_TOWNS_PLAIN,
    GAMES,
    GPUS,
    HANDLE_FIXED,
    HANDLE_PARTS,
    LANNAMES,
    LEAGUES,
    MIXED,
    MONTHS,
    NEGATIVES,
    RANKS,
    ROLES,
    SERVERS,
    SHOPS,
    SKINS,
    SV,
    SV_TOWNS_PLAIN,
    TEAMS,
    VENUES,
    VENUES_EN,
)

SEED = 20270170
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dj.jsonl"
SPLIT = "heldout-dj"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, from the writer's knowledge of Swedish towns.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Götgatan", "Hornsgatan", "Odengatan", "Kungsgatan", "Storgatan",
    "Järnvägsgatan", "Södra Förstadsgatan", "Linnégatan", "Övre Husargatan", "Skolgatan",
    "Kyrkogatan", "Nygatan", "Fabriksgatan", "Trädgårdsgatan", "Bergsgatan", "Parkgatan",
    "Tegnérgatan", "Västra Vallgatan", "Sankt Eriksgatan", "Sveavägen", "Björkvägen", "Granvägen",
    "Lärkvägen", "Ekvägen", "Bäckvägen", "Ringvägen", "Idrottsvägen", "Skogsvägen", "Villavägen",
    "Solvägen", "Klövervägen", "Rönnbärsvägen", "Snickarvägen", "Smedjevägen", "Kvarnvägen",
    "Lingonvägen", "Hasselvägen", "Tallvägen", "Sjövägen", "Kopparbergsvägen", "Valhallavägen",
    "Tornsvängen", "Blåklockssvängen", "Hägersvängen", "Lillsvängen", "Kastanjeallén", "Lindallén",
    "Stora allén", "Ekallén", "Erik Dahlbergsallén", "Prästbacken", "Kvarnbacken", "Solbacken",
    "Åsbacken", "Slottsbacken", "Brunnsbacken", "Blåbärsstigen", "Hallonstigen", "Ekorrstigen",
    "Vitsippestigen", "Lövstigen", "Mossgläntans stig", "Stortorget", "Järntorget", "Kungstorget",
    "Fisktorget", "Södra torget", "Möllevångstorget", "Stationsplan", "Kyrkplan", "Brunnsplan",
    "Norrplan", "Klockargränd", "Skomakargränd", "Tullgränd", "Prästgränd", "Hamnkajen",
    "Skeppsbrokajen", "Norra kajen", "Packhuskajen", "Södra kajen", "Norr Mälarstrand",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 701, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 600, 603), ("Jönköping", 551, 556), ("Umeå", 901, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 153), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 463), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 549),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Nyköping", 611, 611), ("Landskrona", 261, 261),
    ("Varberg", 432, 432), ("Kiruna", 981, 981), ("Visby", 621, 621), ("Piteå", 941, 941),
    ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871), ("Enköping", 745, 745), ("Katrineholm", 641, 641),
    ("Sandviken", 811, 811), ("Alingsås", 441, 441), ("Ängelholm", 262, 262), ("Kungsbacka", 434, 434),
    ("Mölndal", 431, 431), ("Nacka", 131, 131), ("Solna", 169, 171), ("Sollentuna", 191, 192),
    ("Huddinge", 141, 141), ("Haninge", 136, 137), ("Järfälla", 175, 177), ("Märsta", 195, 195),
    ("Norrtälje", 761, 761), ("Lerum", 443, 443), ("Kungälv", 442, 442), ("Ludvika", 771, 771),
    ("Hudiksvall", 824, 824), ("Mora", 792, 792), ("Arvika", 671, 671), ("Karlskoga", 691, 691),
    ("Oskarshamn", 572, 572), ("Värnamo", 331, 331), ("Hässleholm", 281, 281), ("Trelleborg", 231, 231),
    ("Ystad", 271, 271), ("Eslöv", 241, 241), ("Vetlanda", 574, 574), ("Köping", 731, 731),
)  # fmt: skip
# Villages, with the small town whose rural postcodes (`xxx 9x`) serve them.
VILLAGES = (
    ("Västanå", "Sunne", 686), ("Lillskog", "Ljusdal", 827), ("Hästbacka", "Hudiksvall", 824),
    ("Bäcklunda", "Vetlanda", 574), ("Ängsbo", "Mora", 792), ("Sörbyn", "Boden", 961),
    ("Östra Ämtervik", "Sunne", 686), ("Norrbyn", "Hörnefors", 905), ("Kvarnbyn", "Arvika", 671),
    ("Åsbyn", "Kalix", 952), ("Tallbacken", "Sollefteå", 881), ("Granlunda", "Sala", 733),
    ("Ekeby", "Eslöv", 241), ("Stora Mellby", "Alingsås", 441), ("Backa", "Ulricehamn", 523),
    ("Bjärka", "Norrköping", 605), ("Hallen", "Åre", 837), ("Vika", "Falun", 791),
    ("Lövånger", "Skellefteå", 932), ("Gammelstad", "Luleå", 975), ("Fårösund", "Visby", 624),
    ("Sandvik", "Ystad", 271), ("Bergby", "Hudiksvall", 824), ("Nedre Byn", "Torsby", 685),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Park Road", "Victoria Street",
    "Queen's Road", "Green Lane", "Manor Road", "Kings Road", "The Crescent", "Albert Road",
    "Castle Street", "Orchard Way", "Chapel Street", "Springfield Avenue", "Meadow Close",
    "North Street", "Grove Road", "Windsor Terrace", "Beech Drive", "Riverside Walk",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS", 1, 28), ("Manchester", "M", 1, 40), ("Bristol", "BS", 1, 16), ("Cardiff", "CF", 10, 24),
    ("Glasgow", "G", 1, 53), ("Edinburgh", "EH", 1, 17), ("Nottingham", "NG", 1, 11), ("Brighton", "BN", 1, 3),
    ("Sheffield", "S", 1, 36), ("Newcastle upon Tyne", "NE", 1, 7), ("Leicester", "LE", 1, 5),
    ("Coventry", "CV", 1, 6), ("Reading", "RG", 1, 6), ("Southampton", "SO", 14, 19), ("York", "YO", 10, 32),
    ("Belfast", "BT", 1, 17), ("Aberdeen", "AB", 10, 25), ("Norwich", "NR", 1, 7), ("Exeter", "EX", 1, 4),
    ("Swansea", "SA", 1, 7),
)  # fmt: skip
UK_HOUSES = ("Flat {n}", "Apartment {n}", "Flat {n}, Riverside Court", "{n}a", "Rose Cottage", "Unit {n}, Mill Yard")  # fmt: skip
US_STREETS = (
    "Maple Ave", "Oak Street", "Elm St", "Pine Ridge Dr", "W 5th St", "Lakeview Blvd", "Cedar Ln",
    "Sunset Rd", "Highland Ave", "Park Pl", "Willow Ct", "Main St", "N Broadway", "Riverside Dr",
    "E 12th Ave", "Hillcrest Rd", "Meadow Ln", "Chestnut St", "Spring Creek Pkwy", "Ridgeview Ct",
)  # fmt: skip
US_TOWNS = (
    ("Columbus", "OH", 432), ("Austin", "TX", 787), ("Seattle", "WA", 981), ("Denver", "CO", 802),
    ("Portland", "OR", 972), ("Minneapolis", "MN", 554), ("Madison", "WI", 537), ("Raleigh", "NC", 276),
    ("Phoenix", "AZ", 850), ("Pittsburgh", "PA", 152), ("Sacramento", "CA", 958), ("Omaha", "NE", 681),
    ("Boise", "ID", 837), ("Burlington", "VT", 54), ("Tampa", "FL", 336), ("Ann Arbor", "MI", 481),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}, {z5:80331-81929} München",
    "Am Markt {n}, {z5:28195-28779} Bremen", "Lindenallee {n}, {z5:50667-51149} Köln",
    "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere", "Kauppakatu {n}, {z5:40100-40900} Jyväskylä",
    "Rantakatu {n} A {m}, {z5:90100-90900} Oulu", "Storgata {n}, {z4:0150-0190} Oslo",
    "Strandgaten {n}, {z4:5013-5015} Bergen", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, 8000 Aarhus C", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Polna {n}, 00-{z3:600-699} Warszawa", "ul. Krakowska {n}, 31-{z3:100-999} Kraków",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "Calle Mayor {n}, {m}º, 280{z2:01-13} Madrid",
    "{n} rue de la République, 690{z2:01-09} Lyon", "Via Roma {n}, 101{z2:21-56} Torino",
    "Vinohradská {n}, 120 00 Praha 2", "Mariahilfer Straße {n}/{m}, 1060 Wien",
    "Bahnhofstrasse {n}, 8001 Zürich", "{n} Shop Street, Galway H91 {E4}",
)  # fmt: skip
# The commonest second parts of Swedish hyphenated given names (`Ann-Marie`, `Karl-Erik`).
SECOND_F = ("Marie", "Maria", "Karin", "Christin", "Louise", "Lena", "Sofie", "Britt", "Charlotte")  # fmt: skip
SECOND_M = ("Erik", "Johan", "Olof", "Göran", "Anders", "Gustav", "Åke", "Arne", "Gunnar")  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "yahoo.com", "protonmail.com", "hotmail.se", "telia.com", "bredband.net")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "elev.example.se", "studio.example.com", "example.co.uk")  # fmt: skip


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
    """Every value of DJ from one seeded Random; counts the head/tail split and the origins."""

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
        # Anna-Karin, Karl-Johan
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:
            second = r.choice(SECOND_F if woman else SECOND_M)
            if second != given[0][0]:
                given.append((second, "head"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
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
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(85, 100)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else MAIL)}"

    def role_mail(self) -> str:
        return f"{self.rng.choice(ROLES)}@{self.rng.choice(COMMUNITY_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        n = str(r.randrange(1, 10)) + self.digits(7)  # a landline's local number
        m = "07" + r.choice("0023369")
        two = r.choice(("31", "40", "46", "18", "13", "19", "11", "21", "16", "35", "36", "90", "60"))  # fmt: skip
        three = r.choice(("920", "910", "980", "611", "650", "660", "670", "240", "413", "470", "480", "498", "520", "530", "541", "586", "455", "521"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m}-{d[:3]} {d[3:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"08-{n[:3]} {n[3:6]} {n[6:8]}"), (3, f"08-{n[:2]} {n[2:4]} {n[4:6]}"), (2, f"08 {n[:3]} {n[3:6]} {n[6:8]}"),
            (1, f"+46 8 {n[:3]} {n[3:6]} {n[6:8]}"), (1, f"08{n[:8]}"),
            (5, f"0{two}-{n[:2]} {n[2:4]} {n[4:6]}"), (2, f"0{two}-{n[:3]} {n[3:5]} {n[5:7]}"), (1, f"0{two} {n[:3]} {n[3:5]} {n[5:7]}"),
            (1, f"+46 {two} {n[:2]} {n[2:4]} {n[4:6]}"),
            (3, f"0{three}-{n[:2]} {n[2:4]} {n[4:6]}"), (2, f"0{three}-{n[:3]} {n[3:5]}"), (1, f"0{three} {n[:2]} {n[2:4]} {n[4:6]}"),
            (1, f"+46 {three} {n[:3]} {n[3:5]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0770-{d[:3]} {d[3:6]}",
                         f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"0200-{d[:2]} {d[2:4]} {d[4:6]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 4{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+358 9 {d[:4]} {d[4:7]}", f"+44 7700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:7]}", f"0049 89 {d[:7]}", f"+48 60{d[:1]} {d[1:4]} {d[4:7]}",
            f"0048 5{d[:2]}-{d[2:5]}-{d[5:8]}", f"+1 (512) 555-01{d[:2]}", f"+1 206-555-01{d[:2]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 6 {d[:8]}", f"+31 (0)6-{d[:8]}", f"+39 347 {d[:3]} {d[3:7]}", f"+43 664 {d[:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 53{d[:1]} {d[1:4]} {d[4:6]} {d[6:8]}", f"+964 770 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+55 11 9{d[:4]}-{d[4:8]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+380 67 {d[:3]} {d[3:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+291 7 {d[:6]}", f"+420 60{d[:1]} {d[1:4]} {d[4:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((f"07700 900{d[:3]}", f"07{r.randrange(400, 999)} {d}", f"+44 7{r.randrange(400, 999)} {d}",
                         f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"+44 (0)117 496 0{d[:3]}",
                         f"029 2018 {d[:4]}", f"0131 496 0{d[:3]}", f"+44 28 9018 {d[:4]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(("614", "512", "206", "303", "503", "612", "608", "919", "602", "412", "916", "402", "208", "802", "813", "734"))  # fmt: skip
        d = f"01{self.digits(2)}"
        return r.choice((f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}", f"+1 ({area}) 555-{d}", f"1-{area}-555-{d}"))  # fmt: skip

    def national_id(self, centenarian: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` for someone past a hundred."""
        r = self.rng
        year = (
            r.randrange(1918, 1927)
            if centenarian
            else r.choice((r.randrange(1955, 1990), r.randrange(1990, 2014)))
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if centenarian:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def rural(self, lines: bool = False) -> str:
        r = self.rng
        village, town, prefix = r.choice(VILLAGES)
        code = f"{prefix} {r.randrange(90, 100)}"
        return f"{village} {r.randrange(1, 220)}{chr(10) if lines else ', '}{code} {town}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        if rural and not lgh:
            return self.rural(lines)
        street = self.sv_street()
        if lgh or r.random() < 0.14:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        return (
            f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
            if r.random() < 0.8
            else f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        )

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        if r.random() < 0.3:
            street = f"{r.choice(UK_HOUSES).format(n=r.randrange(1, 30))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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
        out = out.replace("{E4}", "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def handle(self) -> str:
        """A handle: no person's name as a value, whatever words it is built of."""
        r = self.rng
        roll = r.random()
        if roll < 0.18:
            return r.choice(HANDLE_FIXED)
        if roll < 0.3:  # built on a given name, as many are; still a handle
            pool = ORIGINS["swedish"].given_m if r.random() < 0.5 else ORIGINS["swedish"].given_f
            name = r.choice(pool.names[:60])
            return r.choice(
                (
                    f"{plain(name).lower()}{r.randrange(80, 100)}",
                    f"{name}Plays",
                    f"xX{name}Xx",
                    f"{plain(name).lower()}_gg",
                )
            )
        a, b = r.choice(HANDLE_PARTS[0]), r.choice(HANDLE_PARTS[1])
        shapes = (f"{a}{b}", f"{a}_{b}", f"xX{a}{b}Xx", f"{a}{b}{r.randrange(1, 100)}", f"{(a + b).lower()}",
                  f"The{a}{b}", f"{a.lower()}.{b.lower()}", f"{a}{b}{r.randrange(1990, 2014)}", f"{a}{b}_TTV")  # fmt: skip
        return r.choice(shapes)


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU/GU the surname/given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A
    trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.rural(), "ADDRESS"),
        "ARL": lambda: (draw.rural(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "stn": lambda: (r.choice(SV_STREETS).lower(), "ADDRESS"),
        "STTR": lambda: (f"{draw.sv_street()}, {r.randrange(1, 7)} tr", "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(rural=r.random() < 0.15)).lower(), "ADDRESS"),
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
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(centenarian=True), "NATIONAL_ID"),
        "MAIL": lambda: (draw.role_mail(), "EMAIL"),
        "HANDLE": lambda: (draw.handle(), None),
        "GAME": lambda: (r.choice(GAMES), None),
        "SERVER": lambda: (r.choice(SERVERS), None),
        "CLAN": lambda: (r.choice(CLANS), None),
        "TEAM": lambda: (r.choice(TEAMS), None),
        "LEAGUE": lambda: (r.choice(LEAGUES), None),
        "LANNAME": lambda: (r.choice(LANNAMES), None),
        "CLUB": lambda: (r.choice(CLUBS), None),
        "SHOP": lambda: (r.choice(SHOPS), None),
        "VENUE": lambda: (r.choice(VENUES), None),
        "VENUEEN": lambda: (r.choice(VENUES_EN), None),
        "RANK": lambda: (r.choice(RANKS), None),
        "GPU": lambda: (r.choice(GPUS), None),
        "SKIN": lambda: (r.choice(SKINS), None),
        "SEAT": lambda: (f"{r.choice('ABCDEFGH')}{r.randrange(1, 40)}", None),
        "CODE": lambda: (draw.digits(4), None),
        "ORGNR": lambda: ((lambda nine: f"{nine[:6]}-{nine[6:]}{luhn(nine)}")(f"802{draw.digits(6)}"), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 17)), None),
        "SWISHF": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "TRACK": lambda: (r.choice((f"00373500{draw.digits(12)}", f"RR{draw.digits(9)}SE", f"UA{draw.digits(9)}SE")), None),
        "ORDER": lambda: (r.choice((f"#{draw.digits(7)}", f"ORD-2027-{draw.digits(5)}", f"{draw.digits(9)}")), None),
        "TICKET": lambda: (f"#{r.randrange(10000, 999999)}", None),
        "MATCH": lambda: (draw.digits(10), None),
        "BANKACC": lambda: (r.choice((f"{r.randrange(8000, 8999)}-{r.randrange(10)}, {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}-{r.randrange(10)}", f"{r.randrange(6000, 6999)}-{draw.digits(9)}", f"{r.randrange(3000, 3999)} {draw.digits(2)} {draw.digits(5)}")), None),
        "SCORE": lambda: (r.choice(("13–9", "13–11", "16–14", "2–1", "2–0", "3–2", "19–17")), None),
        "AGE": lambda: (str(r.randrange(12, 46)), None),
        "YEAR": lambda: (str(r.randrange(2015, 2028)), None),
        "NUM": lambda: (str(r.randrange(2, 90)), None),
        "REF": lambda: (r.choice((f"2027-{draw.digits(4)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(1000, 99999)}")), None),
        "AMT": lambda: (f"{r.choice((150, 200, 250, 300, 450, 600, 1200, 1500, 2500, 3500, 4990, 7500, 12000)):,} kr".replace(",", " "), None),
        "TOWN": lambda: (r.choice(SV_TOWNS_PLAIN), None),
        "TOWNEN": lambda: (r.choice(EN_TOWNS_PLAIN), None),
        "COUNTRY": lambda: (r.choice(COUNTRIES), None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(10, 23)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}{r.choice(('pm', ':30 pm', 'am'))}", f"{r.randrange(10, 23)}:{r.choice(('00', '30'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
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
    """DJ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of DJ is printed."""
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                pnr[
                    f"{len(digits)} digits{' hyphen' if '-' in value else ' plus' if '+' in value else ''}"
                ] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_n += 1
            start, stop = span["start"], span["end"]
            problems["empty or out of bounds"] += not 0 <= start < stop <= len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                m = re.fullmatch(r"(?:\d{2})?(\d{6})[-+]?(\d{4})", value)
                problems["personnummer check digit"] += not m or luhn(
                    (m.group(1) + m.group(2))[:9]
                ) != int(m.group(2)[-1])
    print(f"rows {rows}, spans {spans_n}, ids {len(ids)}")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return sum(problems.values())


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
    rows = generate(seed=args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
