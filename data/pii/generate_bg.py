# ruff: noqa: E501
"""Generate held-out BG for personal-data detection (issue 15): names as the population has them,
the thirty-eighth writer.

    python data/pii/generate_bg.py          # writes data/pii/generated-heldout-bg.jsonl
    python data/pii/generate_bg.py --stats  # counts only (sizes, kinds, forms, head/tail split)
    python data/pii/generate_bg.py --check  # counts only: offsets and check digits of every span

BG's names are drawn by how often people really carry them: every name word comes from
`names_bg.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of seventeen origins common in Sweden), 80% from the
head of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's
population is. The genres are municipal services and social insurance (`templates_bg.py`):
Försäkringskassan decisions (sjukpenning, föräldrapenning, bostadstillägg), social services case
notes (socialtjänst, försörjningsstöd, orosanmälan), building permits and neighbour notices
(bygglov, grannehörande), parking fines (kontrollavgift, felparkering), Skatteverket letters
(folkbokföring, skattebesked, flyttanmälan), elder-care assistance decisions (hemtjänst,
trygghetslarm, färdtjänst), the municipal housing queue (bostadskö), English council tax and
benefit letters (council tax bands, reductions, housing benefit, Universal Credit), and citizen
service chat (kontaktcenter), with Swedish addresses of every form (c/o, box, lgh), foreign
addresses and phone numbers in every common grouping. Written by a helper who does not tune the
detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any error
listing nor any other set's names, templates or rows; BG was never run through the detector by
its writer, and its names were not checked against any list of the project. Stdlib only; one
seeded Random: same seed, same bytes.

Label conventions. A PERSON span is the name only: no title or role before it (`Dr`, `fru`,
`rektor`, `handläggare`, `Cllr`), no genitive ending after it (`Annas`, `Anna's`, `Jonas'`: the
`s`, `'s` or `'` is outside); `Berg, Anna`, `BERG, ANNA`, `A. Berg`, `J.-P. Martin` and `Anna B.`
are one span each, a name split over form fields (`Förnamn:` / `Efternamn:`) one span a field.
An ADDRESS span is the street (with or without its number, with `lgh`, `tr`, `vån`), postcode and
town as written together, over line breaks too; a street alone is an ADDRESS, a town, district
or property designation (`Freja 12`, `Ekeby 15:248`) alone is not; a `Box` address is one. A c/o:
the `c/o` is in no span, the name after it a PERSON (a firm or institution there is not marked),
the address from the street on an ADDRESS. Firms named after a person (`Sandbergs Måleri AB`,
`Byggfirma Lindqvist & Son AB`) and hospitals, homes, schools and laws named after one
(`Astrid Lindgrens barnsjukhus`, `Mary Seacole House`, `lex Sarah`) are not marked; a street named
after one is part of its ADDRESS. Every phone number and e-mail address is marked, an office's
too (`0771-...`, `kontaktcenter@...`). NATIONAL_ID is the Swedish personnummer only (12 or 10
digits, with a hyphen, a plus at a hundred, or none); organisation numbers, OCR and bankgiro
numbers, case numbers, number plates and dates of birth are not marked.
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

from names_bg import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bg import BUILDERS, CARE, EN, LANDLORDS, MIXED, NEGATIVES, PARKING, SV  # noqa: E402

SEED = 20270115
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bg.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish street names of every form the address register has; some are named after people
# (`Olof Palmes gata`): they are streets, and the whole is an ADDRESS.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Västra Kyrkogatan", "Östra Storgatan",
    "Nygatan", "Bangårdsgatan", "Föreningsgatan", "Vasagatan", "Linnégatan", "Södra Järnvägsgatan",
    "Trädgårdsgatan", "Norra Esplanaden", "Olof Palmes gata", "Sankt Eriksgatan",
    "Birger Jarlsgatan", "Tegnérgatan", "Bruksgatan", "Fabriksgatan", "Hamngatan",
    "Björkvägen", "Tallvägen", "Rönnvägen", "Lönnvägen", "Hasselvägen", "Syrenvägen",
    "Skolvägen", "Idrottsvägen", "Solvägen", "Vallvägen", "Gärdesvägen", "Malmvägen",
    "Sörbyvägen", "Centralvägen", "Selma Lagerlöfs väg", "Dag Hammarskjölds väg",
    "Evert Taubes väg", "Stora Vägen", "Gamla Kyrkvägen", "Älgvägen", "Rävvägen", "Hjortvägen",
    "Vårsvängen", "Ekorrsvängen", "Tranbärssvängen", "Lingonsvängen", "Fjällsvängen",
    "Kastanjeallé", "Lindallé", "Parkallén", "Götgatsallén", "Brunnsallé", "Solna allé",
    "Kvarnbacke", "Kyrkbacken", "Sandbacken", "Vårdbacken", "Rosenbacke", "Mjölnarbacken",
    "Smultronstigen", "Hallonstigen", "Nyponstigen", "Trastvägen", "Lärkstigen", "Backsippestigen",
    "Stortorget", "Gustav Adolfs torg", "Södra torget", "Fisktorget", "Nytorget",
    "Sergels torg", "Möllevångstorget", "Mästerplan", "Kvarnplan", "Stationsplan", "Norra plan",
    "Tunnbindargränd", "Kopparslagargränd", "Ängsgränd", "Bagargränd", "Munkgränd", "Klockargränd",
    "Raoul Wallenbergs plats", "Hantverkarvägen", "Åkervägen", "Getingstigen", "Ringleden",
    "Hagabergs backe", "Tornérplatsen", "Kungsholms strand", "Strandpromenaden", "Västerlånggatan",
)  # fmt: skip
# Towns and the first three digits of their postcodes (the writer's knowledge of the ranges).
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Västerås", 721, 725), ("Örebro", 702, 703), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Huddinge", 141, 141), ("Eskilstuna", 632, 635), ("Gävle", 802, 806),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 977), ("Trollhättan", 461, 462),
    ("Östersund", 831, 832), ("Borlänge", 781, 784), ("Kristianstad", 291, 291), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451),
    ("Tumba", 147, 147), ("Sollentuna", 191, 192), ("Järfälla", 175, 177), ("Nacka", 131, 132),
    ("Haninge", 136, 137), ("Kungsbacka", 434, 434), ("Varberg", 432, 432), ("Lidköping", 531, 531),
    ("Motala", 591, 591), ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Enköping", 745, 745),
    ("Ängelholm", 262, 262), ("Piteå", 941, 946), ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891),
    ("Härnösand", 871, 871), ("Katrineholm", 641, 641), ("Nyköping", 611, 611), ("Köping", 731, 731),
    ("Arvika", 671, 671), ("Ludvika", 771, 771), ("Hudiksvall", 824, 824), ("Visby", 621, 621),
    ("Kiruna", 981, 981), ("Gällivare", 982, 982), ("Ystad", 271, 271), ("Eslöv", 241, 241),
    ("Vetlanda", 574, 574), ("Värnamo", 331, 331), ("Mjölby", 595, 595), ("Alingsås", 441, 441),
    ("Mölndal", 431, 431), ("Kungälv", 442, 442), ("Sandviken", 811, 811), ("Avesta", 774, 774),
    ("Nässjö", 571, 571), ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Ronneby", 372, 372),
    ("Hässleholm", 281, 281), ("Falkenberg", 311, 311), ("Kristinehamn", 681, 681),
    ("Lindesberg", 711, 711), ("Märsta", 195, 195), ("Upplands Väsby", 194, 194),
    ("Åkersberga", 184, 184), ("Tyresö", 135, 135), ("Lidingö", 181, 181), ("Solna", 169, 171),
    ("Sundbyberg", 172, 174), ("Danderyd", 182, 182), ("Vänersborg", 462, 462), ("Boden", 961, 961),
)  # fmt: skip
UK_STREETS = (
    "Victoria Road", "Church Street", "Station Approach", "Queens Road", "Albert Street",
    "Grange Road", "Oxford Road", "Park Lane", "Windsor Avenue", "Westfield Crescent",
    "Meadow Close", "Beechwood Drive", "Elm Grove", "Mill Hill", "St John's Road",
    "Nelson Terrace", "Coronation Street", "Jubilee Way", "Ashby Road", "Canal Side",
)  # fmt: skip
UK_TOWNS = (
    ("Leicester", "LE"), ("Bradford", "BD"), ("Croydon", "CR"), ("Sheffield", "S"),
    ("Luton", "LU"), ("Swindon", "SN"), ("Wolverhampton", "WV"), ("Plymouth", "PL"),
    ("Cardiff", "CF"), ("Stockport", "SK"), ("Derby", "DE"), ("Sunderland", "SR"),
    ("Reading", "RG"), ("Norwich", "NR"), ("Preston", "PR"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Hull", "HU"), ("Coventry", "CV"), ("Brighton", "BN"),
)  # fmt: skip
US_STREETS = ("Elm Street", "Washington Avenue", "Maple Drive", "Lincoln Boulevard", "Cedar Lane", "Sunset Road", "5th Avenue", "Highland Avenue", "Lakeview Drive", "Pine Ridge Court")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Austin", "TX", 787), ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Madison", "WI", 537), ("Denver", "CO", 802))  # fmt: skip
FOREIGN = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Schillerstraße {n}a, {z5:80331-81929} München",
    "Am Rosengarten {n}, {z5:20095-22769} Hamburg", "{n} rue Victor Hugo, {z5:69001-69009} Lyon",
    "{n} avenue de la République, {z5:75011-75011} Paris", "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 31-{z3:100-199} Kraków", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Avenida Providencia {n}, depto {m}0{m}, Providencia, Santiago", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via Garibaldi {n}, {z5:10122-10122} Torino", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Strada Mihai Eminescu nr. {n}, bl. {m}, ap. {n}, {z6:400001-400999} Cluj-Napoca",
    "Bulevardul Unirii {n}, sector 3, {z6:030823-030833} București", "Ulica Maršala Tita {n}, {z5:71000-71000} Sarajevo",
    "Ilica {n}, {z5:10000-10000} Zagreb", "Knez Mihailova {n}, {z5:11000-11000} Beograd",
    "Atatürk Cad. No: {n} D: {m}, {z5:34710-34718} Kadıköy/İstanbul", "Gazi Mustafa Kemal Blv. No: {n}, {z5:06570-06570} Ankara",
    "Kurdistan Street {n}, Erbil, Iraq", "{n}/{m} Sukhumvit Soi {m}, Khlong Toei, Bangkok {z5:10110-10110}",
    "{n} MG Road, Bengaluru {z6:560001-560099}", "Via Brera {n}, {z5:20121-20121} Milano",
    "Tallinna mnt {n}, {z5:10111-10111} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "spray.se")  # fmt: skip
MAIL_UK = ("gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com")  # fmt: skip
WORK = ("kommun.example.se", "example.se", "stad.example.se", "forvaltning.example.se", "region.example.se", "example.com")  # fmt: skip
WORK_UK = ("council.example.gov.uk", "example.co.uk", "example.com", "example.org", "nhs.example.uk")  # fmt: skip
OFFICE_BOXES = ("kontaktcenter", "bygglov", "socialtjansten", "bostadskon", "hemtjanst", "parkering", "info", "registrator", "byggnadsnamnden", "aldreomsorg")  # fmt: skip
OFFICE_DOMAINS = ("kommun.example.se", "stad.example.se", "example.se")  # fmt: skip
OFFICE_BOXES_UK = ("counciltax", "benefits", "customer.services", "parking", "adultsocialcare", "housing.options")  # fmt: skip
OFFICE_DOMAINS_UK = ("council.example.gov.uk", "example.gov.uk", "example.org.uk")  # fmt: skip
# Swedish area codes of two and three digits after the 0 (cities, then smaller towns).
AREA2 = ("31", "40", "18", "13", "11", "19", "21", "16", "36", "42", "46", "90", "60", "54", "26", "23")  # fmt: skip
AREA3 = ("155", "171", "220", "240", "300", "320", "340", "370", "411", "470", "480", "491", "498", "500", "510", "520", "570", "611", "640", "660", "910", "920", "980")  # fmt: skip
# A c/o that is a firm or an institution: no name of a person, not marked.
CO_ORG = ("Stadsmissionen", "Frälsningsarmén", "Röda Korset", "Wisbygården AB", "Gode män i Norr", "Kvinnojouren Siri")  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"


def luhn(digits: str) -> int:
    """The check digit of nine digits (a personnummer's YYMMDDNNN, an organisation number's too)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "

    @property
    def first(self) -> str:
        return " ".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of BG from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.deck_abroad: list[str] = []

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
        middle: list[Word] = []
        if r.random() < {"swedish": 0.5, "us": 0.4, "uk": 0.35, "finnish": 0.4, "latin": 0.2}.get(
            key, 0.05
        ):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0][0] or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a double surname after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "romanian", "latin") and r.random() < 0.3:
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and self.rng.random() < share:
            self.forms["nickname"] += 1
            return self.rng.choice(forms)
        return None

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person, work: bool | None = None) -> str:
        """A person's address: private (any of the ways people make one) or at work (the name)."""
        r = self.rng
        given = re.sub(r"[^a-z-]", "", plain(person.first).lower().replace(" ", "-")) or "kontakt"
        surname = re.sub(r"[^a-z]", "", plain(person.surname[0][0]).lower()) or "x"
        if work is None:
            work = r.random() < 0.12
        if work:
            local = r.choice((f"{given}.{surname}", f"{given}.{surname}", f"{given[0]}.{surname}", f"{given[0]}{surname}", f"{given}.{surname}{r.randrange(2, 9)}"))  # fmt: skip
            return f"{local}@{r.choice(WORK_UK if self.lang == 'en' else WORK)}"
        local = r.choice((f"{given}.{surname}", f"{given}{surname}", f"{given}.{surname}{r.randrange(2, 99)}",
                          f"{given[0]}{surname}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given}{surname[:3]}{r.randrange(1, 9999)}"))  # fmt: skip
        uk = self.lang == "en" and person.origin in ("uk", "indian", "polish")
        return f"{local}@{r.choice(MAIL_UK if uk else MAIL)}"

    def office_email(self) -> str:
        """An office's own address: a mailbox, not a person's name; still an EMAIL."""
        r = self.rng
        if self.lang == "en":
            return f"{r.choice(OFFICE_BOXES_UK)}@{r.choice(OFFICE_DOMAINS_UK)}"
        return f"{r.choice(OFFICE_BOXES)}@{r.choice(OFFICE_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people and offices write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (3, f"{m} {d[:3]} {d[3:7]}"),
            (2, f"{m}-{d[:3]}{d[3:5]}{d[5:7]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m[:2]} {m[2]}{d[:2]} {d[2:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46-{m[1:]}-{d[:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08-{d[:8]}"), (1, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0)8-{d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a2}-{d[:6]}"), (4, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"),
            (1, f"0{a3} {d[:3]} {d[3:6]}"), (1, f"0{a3}{d[:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0771-{d[:3]} {d[3:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad: with `+`, with `00`, or as dialled in its own country."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"0{r.choice(('113', '114', '116', '121', '161', '191'))} {d[:3]} {d[3:7]}",
            f"020 {d[:4]} {d[4:8]}", f"+44 (0)20 {d[:4]} {d[4:8]}", f"0044 7{d[:9]}",
            f"+1 ({d[:3].replace('0', '5')}) 555-{d[3:7]}", f"(612) 555-{d[:4]}", f"+1-206-555-{d[:4]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:7]}", f"0047 {d[:8]}", f"+47 {d[:3]} {d[3:5]} {d[5:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+49 30 {d[:8]}", f"+49 (0)151 {d[:8]}", f"0049 89 {d[:7]}",
            f"+48 {d[:3]} {d[3:6]} {d[6:9]}", f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:7]}", f"00252 61 {d[:7]}", f"00964 770 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+86 138 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+93 70 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A UK number as a British letter writes it."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"07{d[:3]} {d[3:6]}{r.randrange(100, 999)}", f"07{d[:3]} {d[3:6]} {r.randrange(100, 999)}", f"0{r.choice(('116', '114', '1274', '1793', '1582', '1752', '1902'))} {d[:3]} {d[3:6]}",
            f"020 {d[:4]} {d[4:8]}", f"0300 {d[:3]} {d[3:7]}", f"0800 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:6]}{r.randrange(100, 999)}",
            f"(0116) {d[:3]} {d[3:7]}", f"0161-{d[:3]}-{d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, hyphen or not, `+` at 100."""
        r = self.rng
        year = (
            r.randrange(1921, 1946)
            if old
            else r.randrange(2012, 2027)
            if child
            else r.randrange(1940, 2007)
        )
        month = r.randrange(1, 13)
        day = r.randrange(1, 29 if month == 2 else 31 if month in (4, 6, 9, 11) else 32)
        date = f"{year % 100:02d}{month:02d}{day:02d}"
        serial = f"{r.randrange(1000):03d}"
        tail = f"{serial}{luhn(date + serial)}"
        roll = r.random()
        if old and year < 1927 and roll < 0.5:  # a hundred or more: the ten digits take a plus
            return f"{date}+{tail}"
        if roll < 0.42:
            return f"{year}{date[2:]}-{tail}"
        if roll < 0.76:
            return f"{date}-{tail}"
        if roll < 0.9:
            return f"{year}{date[2:]}{tail}"
        return f"{date}{tail}"

    def org_number(self) -> str:
        """An organisation number (a municipality's, a firm's, an association's): not a person's."""
        r = self.rng
        first = r.choice(("212000", "556", "559", "802", "769", "202100"))
        body = first + self.digits(9 - len(first))
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 240))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self, number: bool = True, flat: bool | None = None) -> str:
        r = self.rng
        out = r.choice(SV_STREETS)
        if not number:
            return out
        out += f" {self.number()}"
        if flat is None:
            flat = r.random() < 0.18
        if flat:
            roll = r.random()
            if roll < 0.55:
                out += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
            elif roll < 0.8:
                out += f", {r.randrange(1, 8)} tr"
            elif roll < 0.9:
                out += f", {r.choice(('vån', 'våning'))} {r.randrange(1, 9)}"
            else:
                out += " bv"
        return out

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        roll = r.random()
        if roll < 0.72:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.86:
            out = f"{code} {town}"
        elif roll < 0.94:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        else:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        if r.random() < 0.03:
            out += ", Sverige"
        return out

    def sv_address(self, lines: bool = False, flat: bool | None = None) -> str:
        joint = "\n" if lines else self.rng.choice((", ", ", ", ", ", " "))
        return f"{self.sv_street(flat=flat)}{joint}{self.sv_postal()}"

    def street_town(self) -> str:
        """A street and a town without the postcode (`Tallvägen 4, Mjölby`)."""
        return f"{self.sv_street()}{self.rng.choice((', ', ' i ', ' '))}{self.town()[0]}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        return f"{r.choice(('Box', 'Box', 'BOX', 'Postbox'))} {r.randrange(1, 9999)}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.18:
            street = f"Flat {r.randrange(1, 40)}, {r.choice(('Regent House', 'Mill Court', 'Tower View', 'Kingsley House'))}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        elif roll < 0.36:
            street = f"Flat {r.randrange(1, 9)}, {street}"
        if lines:
            return f"{street}\n{town}\n{code}"
        return f"{street}, {town}, {code}" if r.random() < 0.5 else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Apt.', 'Unit', 'Suite'))} {r.randrange(2, 40)}"
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def foreign(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.deck_abroad:  # a shuffled deck: every format before any comes again
            self.deck_abroad = list(FOREIGN)
            r.shuffle(self.deck_abroad)
        out = self.deck_abroad.pop()
        out = re.sub(r"\{n\}", lambda _: str(r.randrange(1, 180)), out)
        out = re.sub(r"\{m\}", lambda _: str(r.randrange(1, 9)), out)
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def plate(self) -> str:
        r = self.rng
        letters = "".join(r.choice(PLATE_LETTERS) for _ in range(3))
        tail = (
            f"{r.randrange(10, 100)}{r.choice(PLATE_LETTERS)}"
            if r.random() < 0.4
            else f"{r.randrange(100, 1000)}"
        )
        return f"{letters} {tail}" if r.random() < 0.7 else f"{letters}{tail}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def initials(person: Person) -> str:
    """`A.`, `J.-P.` (French and others), `A-K` as Swedes write Anna-Karin."""
    first = person.first.replace(" ", "-")
    parts = first.split("-")
    if " " in person.first:  # María José: M. J.
        return " ".join(f"{p[0]}." for p in person.first.split())
    if len(parts) == 1:
        return f"{parts[0][0]}."
    if person.origin == "swedish":
        return "-".join(p[0] for p in parts)
    return "-".join(f"{p[0]}." for p in parts)


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P given and surname, p the same in lower case, U in capitals, F with a second given name,
    FF two given names alone, G/g the given name (sometimes a short form), N/n the short form
    where the name has one, S/s the surname, SU the surname in capitals, I initial(s) and surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RF `Surname, Given Second`,
    RU `SURNAME, GIVEN`, E an e-mail address, EW a work address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
    """
    english = form.endswith("'")
    base = form[:-1] if english or (form not in PERSON_FORMS and form.endswith("s")) else form
    if base in ("E", "EW"):
        return [(draw.email(person, True if base == "EW" else None), "EMAIL")]
    given, surname = person.given, person.surname
    if base in ("F", "FF", "RF") and not person.middle:
        pool = ORIGINS[person.origin].given_f if person.woman else ORIGINS[person.origin].given_m
        second = draw.pick(pool)
        if second[0] != person.first and "-" not in second[0]:
            person.middle = [second]
    middle = person.middle
    second = " ".join(w for w, _ in middle)
    both = f"{person.first} {second}".strip()
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words, value = given + middle + surname, f"{both} {person.last}"
    elif base == "FF":
        words, value = given + middle, both
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words, value = surname, f"{initials(person)} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if base == "RU" else value
    elif base == "RF":
        words, value = given + middle + surname, f"{person.last}, {both}"
    else:
        raise KeyError(form)
    draw.count(words)
    draw.forms[f"form {base}"] += 1
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "FF", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RF", "RU", "E", "EW"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def co_segments(draw: Draw, lines: bool) -> list[Segment]:
    """`c/o Name, Street 1, 123 45 Town`: the name a PERSON, the rest from the street an ADDRESS."""
    r = draw.rng
    joint = "\n" if lines else ", "
    address = draw.sv_address(lines=lines)
    if r.random() < 0.25:
        return [(f"c/o {r.choice(CO_ORG)}{joint}", None), (address, "ADDRESS")]
    person = draw.person(None)
    name = person_segments(r.choice(("P", "P", "P", "S", "I")), person, draw)
    draw.forms["c/o"] += 1
    return [(r.choice(("c/o ", "C/O ", "c/o ")), None), *name, (joint, None), (address, "ADDRESS")]


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2026, 2027, 2027))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True), "ADDRESS"),
        "AN": lambda: (draw.sv_street(), "ADDRESS"),
        "AS": lambda: (draw.sv_street(number=False), "ADDRESS"),
        "AT": lambda: (draw.street_town(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.foreign(), "ADDRESS"),
        "AXL": lambda: (draw.foreign(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRB": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}-{day:02d}", f"{day} {MONTHS['sv'][month - 1]} {year}", f"{day}/{month}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else r.choice((':', '.'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "PCT": lambda: (r.choice(("25", "50", "75", "100")), None),
        "AMT": lambda: (f"{r.randrange(120, 48000):,} kr".replace(",", " "), None),
        "KR": lambda: (f"{r.randrange(100, 1500)}", None),
        "GBP": lambda: (f"£{r.randrange(12, 3200):,}.{r.randrange(100):02d}", None),
        "DNR": lambda: (r.choice((f"{year}/{r.randrange(100, 9999)}", f"SBN {year}-{r.randrange(1, 2999):06d}", f"SN-{year}-{r.randrange(10, 999)}", f"Dnr {r.randrange(1, 9)}.{r.randrange(1, 9)}.{r.randrange(1, 9)}-{year}-{r.randrange(100, 9999)}", f"{r.randrange(100, 999)}-{r.randrange(100000, 999999)}-{year % 100}")), None),
        "REF": lambda: (r.choice((f"{r.randrange(10000000, 99999999)}", f"HB/{r.randrange(100000, 999999)}", f"CT{r.randrange(1000000, 9999999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "REG": lambda: (draw.plate(), None),
        "REGUK": lambda: (f"{r.choice('ABDFGHKLMNPRSVWY')}{r.choice('ABCDEFGHJKLMNOPRSTUVWXY')}{r.randrange(10, 75)} {''.join(r.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}", None),
        "EO": lambda: (draw.office_email(), "EMAIL"),
        "ORGNR": lambda: (draw.org_number(), None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "FAST": lambda: (r.choice((f"{r.choice(('Hjorten', 'Tallkotten', 'Lärkan', 'Sjöboden', 'Freja', 'Balder', 'Trädgårdsmästaren', 'Kvarnen', 'Oden', 'Rosen', 'Skolan', 'Hägern', 'Stenbocken'))} {r.randrange(1, 40)}", f"{r.choice(('Sörby', 'Hammarby', 'Berga', 'Ekeby', 'Lövsta', 'Västra Ryd', 'Norrby'))} {r.randrange(1, 30)}:{r.randrange(1, 300)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "LANDLORD": lambda: (r.choice(LANDLORDS), None),
        "BUILDER": lambda: (r.choice(BUILDERS), None),
        "PARKING": lambda: (r.choice(PARKING), None),
        "CARE": lambda: (r.choice(CARE), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "BAND": lambda: (r.choice("ABCDEFGH"), None),
        "YEAR": lambda: (str(year), None),
        "KIDS": lambda: (str(r.choice((0, 1, 1, 2, 2, 2, 3, 3, 4, 5))), None),
        "GBPW": lambda: (f"£{r.randrange(18, 420)}.{r.randrange(100):02d}", None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1940, 2007)}" if r.random() < 0.6 else f"{day} {MONTHS['en'][month - 1]} {r.randrange(1940, 2007)}", None),
        "MONTH": lambda: (MONTHS["en" if en else "sv"][month - 1], None),
        "AGE": lambda: (str(r.randrange(67, 98)), None),
        "HOURS": lambda: (str(r.randrange(4, 120)), None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return co_segments(draw, form == "COL")
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
            base = base[:-1]
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BG's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bg-{len(rows) + 1:04d}", "split": "heldout-bg", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return (
        f"{len(digits)} digits, {'hyphen' if sep == '-' else 'plus' if sep == '+' else 'no hyphen'}"
    )


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BG is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 2
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s|-)\w\.", value)) or bool(
                    re.match(r"\w-\w ", value)
                )
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["particle"] += bool(
                    re.search(r"(?i)(?:^|\s)(?:van|von|af|de|del|le|bin)\s|(?:^|\s)al-", value)
                )
                before = text[max(0, span["start"] - 14) : span["start"]]
                forms["after c/o"] += before.lower().endswith("c/o ")
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += bool(re.match(r"(?i)(?:post)?box ", value))
                forms["address without number"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(
        "slot forms: "
        + ", ".join(f"{k[5:]} {v}" for k, v in sorted(draw.forms.items()) if k.startswith("form "))
    )
    print(f"nicknames: {draw.forms['nickname']}")
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(rows: list[dict[str, object]]) -> None:
    """Counts only: every span non-empty, in bounds, trimmed, sorted and apart; valid check digits."""
    bad: Counter[str] = Counter()
    total = 0
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        last = 0
        for span in spans:
            total += 1
            start, end = span["start"], span["end"]
            value = text[start:end]
            bad["empty"] += not value
            bad["out of bounds"] += not 0 <= start < end <= len(text)
            bad["edge whitespace"] += value != value.strip()
            bad["unsorted or overlapping"] += start < last
            last = end
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                bad["personnummer check digit"] += len(digits) != 10 or luhn(digits[:9]) != int(
                    digits[9]
                )
    print(
        f"spans checked: {total}; "
        + ", ".join(
            f"{k} {bad[k]}"
            for k in (
                "empty",
                "out of bounds",
                "edge whitespace",
                "unsorted or overlapping",
                "personnummer check digit",
            )
        )
    )
    ids = [row["id"] for row in rows]
    print(
        f"rows {len(rows)}, distinct ids {len(set(ids))}, distinct texts {len({row['text'] for row in rows})}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the offsets, print counts only")
    args = parser.parse_args()
    draw = Draw(SEED)
    rows = generate(draw=draw)
    if args.stats or args.check:
        if args.stats:
            stats(rows, draw)
        if args.check:
            check(rows)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
