# ruff: noqa: E501
"""Generate held-out BF for personal-data detection (issue 15): names as the population has them,
the thirty-seventh writer.

    python data/pii/generate_bf.py          # writes data/pii/generated-heldout-bf.jsonl
    python data/pii/generate_bf.py --stats  # counts only (sizes, kinds, forms, head/tail, personnummer)
    python data/pii/generate_bf.py --check  # counts only: offsets and check digits of every span

BF's names are drawn by how often people really carry them: every name word comes from
`names_bf.py`'s weighted pools (SCB's ranks for Sweden, with the church books' names for the
genealogy rows and the newborns' names for the birth announcements; the US Census 1990 per
cents; the ONS rankings for the UK; the commonest names of the origins common in Sweden), 80%
from the head of a list and 20% from its tail, mixed by the language of the row roughly as
Sweden's population is. The genres are family events and the public registers
(`templates_bf.py`): obituaries and funeral notices (dödsannonser, minnesord, tackannonser),
estate inventories (bouppteckning) and wills, marriage and partnership notices
(hindersprövning, vigsel), birth announcements, genealogy and church book extracts, name
changes, guardianship decisions (god man, förvaltare, överförmyndare), English probate and
death notices and US obituaries, family tree chat, and inheritance letters between siblings;
with addresses of every form (Swedish streets, box, c/o, abroad), phones in every common
grouping and personnummer with valid check digits. Written by a helper who does not tune the
detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any error
listing nor any other set's names, templates or rows; BF was never run through the detector by
its writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_bf import (  # noqa: E402
    BABY,
    DOUBLE,
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    OLD,
    ORIGINS,
    SV_OLD_FATHER,
    Origin,
    Pool,
    feminine,
    plain,
)
from templates_bf import EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270114
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bf.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, some named after people (the name is then part of the
# address, no person).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Västra Storgatan", "Södra Förstadsgatan", "Linnégatan", "Vasagatan", "Nygatan", "Köpmangatan",
    "Birger Jarlsgatan", "Engelbrektsgatan", "Rudbecksgatan", "Nils Ericsonsgatan", "Sveavägen",
    "Karlavägen", "Björkvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Granvägen", "Kastanjevägen",
    "Slånbärsvägen", "Ringvägen", "Gamla Kyrkvägen", "Prästgårdsvägen", "Per Albin Hanssons väg",
    "Drottning Kristinas väg", "Selma Lagerlöfs väg", "Olof Palmes gata", "Hagsvängen",
    "Lärksvängen", "Rönnsvängen", "Kopparsvängen", "Hammarby allé", "Lindallén", "Kastanjeallén",
    "Ekallé", "Sjöbacken", "Kvarnbacken", "Kyrkbacken", "Eriksbergs backe", "Lärkstigen",
    "Blåbärsstigen", "Vitsippsstigen", "Ekorrstigen", "Stortorget", "Gustav Adolfs torg",
    "Lilla torget", "Möllevångstorget", "Tulpangränd", "Smedgränd", "Prästgränd", "Klockargränd",
    "Brunnsplan", "Stationsplan", "Kyrkoplan", "Solrosplan", "Klövervägen", "Idunvägen",
    "Hemvägen", "Fältvägen", "Snickargatan", "Östra Hamngatan", "Lilla Nygatan", "Vintergatan",
    "Sommarvägen", "Fridhemsgatan", "Backvägen", "Bäckstigen", "Skogsbrynet", "Solhöjden",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Motala", 591, 591), ("Landskrona", 261, 261), ("Ystad", 271, 271), ("Visby", 621, 621),
    ("Kiruna", 981, 981), ("Mora", 792, 792), ("Rättvik", 795, 795), ("Ljungby", 341, 341),
    ("Nässjö", 571, 571), ("Härnösand", 871, 871), ("Sölvesborg", 294, 294), ("Alingsås", 441, 441),
)  # fmt: skip
# Farm and village names, as the countryside's addresses have them.
FARMS = ("Backa", "Östbjörka", "Nordanby", "Sunnanå", "Västansjö", "Lillgården", "Övre Gärdet", "Hällbacken", "Kvarnudden", "Björkhaga", "Sörby", "Torpet")  # fmt: skip
UK_STREETS = ("High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "The Crescent", "Queens Road", "Park Avenue", "Manor Way", "Chapel Street", "Orchard Close", "Albert Street", "St John's Road", "Willow Drive", "Elm Grove")  # fmt: skip
UK_TOWNS = (("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Sheffield", "S"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Brighton", "BN"), ("York", "YO"), ("Swansea", "SA"), ("Leicester", "LE"), ("Bath", "BA"), ("Harrogate", "HG"), ("London", "SE"), ("London", "N"), ("Bournemouth", "BH"))  # fmt: skip
US_STREETS = ("Main Street", "Elm Street", "Maple Avenue", "Oak Drive", "Lincoln Avenue", "Washington Street", "Cedar Lane", "Lakeview Road", "Park Place", "Highland Avenue", "N 4th Street", "County Road 7")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Moline", "IL", 612), ("Lindsborg", "KS", 674), ("Seattle", "WA", 981), ("Worcester", "MA", 16), ("Duluth", "MN", 558), ("Sioux Falls", "SD", 571), ("Des Moines", "IA", 503), ("Omaha", "NE", 681))  # fmt: skip
ABROAD = (
    "Mannerheimintie {n} A {m}, 00{z3:100-990} Helsinki", "Hämeenkatu {n}, 33{z3:100-900} Tampere",
    "Kirkkokatu {n} B {m}, 90{z3:100-570} Oulu", "Storgata {n}, {z4:3000-3048} Drammen",
    "Thorvald Meyers gate {n}, 0{z3:550-570} Oslo", "Vesterbrogade {n}, {m}. th., 1{z3:620-799} København V",
    "Søndergade {n}, 8000 Aarhus C", "Hauptstraße {n}, {z5:10115-14199} Berlin",
    "Lindenstraße {n}, {z5:20095-22769} Hamburg", "ul. Długa {n}/{m}, 80-{z3:800-890} Gdańsk",
    "ul. Piotrkowska {n} m. {m}, 90-{z3:001-999} Łódź", "{n} rue de la République, 69{z3:001-009} Lyon",
    "{n} avenue Jean Jaurès, 750{z2:10-20} Paris", "Calle Mayor {n}, {m}º B, 280{z2:01-50} Madrid",
    "Avenida del Mar {n}, 29{z3:600-699} Marbella", "Prinsengracht {n}-{m}, 101{z1:5-8} {L2} Amsterdam",
    "Ferhadija {n}, 71000 Sarajevo", "Maršala Tita {n}, 71000 Sarajevo", "Knez Mihailova {n}, 11000 Beograd",
    "Atatürk Caddesi No: {n} D: {m}, 35{z3:210-290} Konak/İzmir", "Bağdat Caddesi No: {n}, 34{z3:710-740} Kadıköy/İstanbul",
    "Avenida Providencia {n}0, depto {m}0{m}, Providencia, Santiago", "Calle Los Aromos {n}, Viña del Mar",
    "{n}/{m} Moo 4, Nong Prue, Bang Lamung, Chonburi 20150", "Strada Florilor {n}, bl. {m}, ap. {n}, Cluj-Napoca",
    "{n} King Street West, Toronto, ON M5V {m}K{m}", "{n} Beach Road, Bondi NSW 2026",
)  # fmt: skip
CHURCHES = (
    "Uppsala domkyrka", "Sankt Johannes kyrka", "Sankt Olofs kyrka", "Gustav Vasa kyrka",
    "Engelbrektskyrkan", "Mora kyrka", "Rättviks kyrka", "Västerås domkyrka", "Sankt Petri kyrka",
    "Oscarskyrkan", "Sankta Maria kyrka", "Kristine kyrka", "Vasakyrkan", "Sofia kyrka",
    "Hedvig Eleonora kyrka", "Sankt Pauli kyrka", "Ansgarskapellet",
)  # fmt: skip
CHAPELS = ("Skogskyrkogårdens kapell", "Heliga Korsets kapell", "Norra begravningsplatsens kapell", "Uppståndelsens kapell", "Sankta Birgittas kapell")  # fmt: skip
CHURCHES_EN = ("St Mary's Church", "St John the Baptist Church", "Holy Trinity Church", "All Saints' Church", "St Andrew's Parish Church", "Bethlehem Lutheran Church", "Gustavus Adolphus Lutheran Church", "St Olaf Catholic Church")  # fmt: skip
CHAPELS_EN = ("Golders Green Crematorium", "Mortlake Crematorium", "Lakewood Cemetery chapel", "Fort Snelling National Cemetery")  # fmt: skip
PARISHES = ("Ovansjö", "Rättvik", "Mora", "Leksand", "Orsa", "Bjuråker", "Järvsö", "Alfta", "Torsby", "Fryksände", "Vänersborg", "Ljusnarsberg", "Nora", "Hällestad", "Kalmar stadsförsamling", "Sankt Lars", "Västra Ryd", "Sunne", "Älvdalen", "Gagnef", "Hassela", "Bollnäs")  # fmt: skip
CHARITIES = ("Cancerfonden", "Hjärt-Lungfonden", "Alzheimerfonden", "Barncancerfonden", "Läkare Utan Gränser", "Röda Korset", "Svenska kyrkans internationella arbete", "Stadsmissionen", "Demensförbundet", "Neuroförbundet", "Reumatikerförbundet", "Ronald McDonald Barnfond", "Min Stora Dag", "Sjöräddningssällskapet", "Radiohjälpen", "Astrid Lindgrens Barnsjukhus insamlingsstiftelse")  # fmt: skip
CHARITIES_EN = ("Macmillan Cancer Support", "Marie Curie", "British Heart Foundation", "Alzheimer's Society", "the RNLI", "Cancer Research UK", "the American Cancer Society", "St Jude Children's Research Hospital", "the Alzheimer's Association", "Age UK", "Sue Ryder", "the Salvation Army")  # fmt: skip
FIRMS = ("Fonus", "Memento begravningsbyrå", "Begravningsbyrån Ljuset", "Fenix Begravning", "Begravningsbyrån Vita Liljan", "Kyrkans begravningsbyrå", "Ceremonibyrån Minnesstunden", "Begravningsbyrån Lugnet", "Västra Begravningsbyrån")  # fmt: skip
FIRMS_EN = ("Co-op Funeralcare", "Dignity Funerals", "Farewell Funeral Home", "Riverside Memorial Chapel", "Cremation Society of Minnesota", "Lakeside Funeral Home", "Evergreen Funeral Services")  # fmt: skip
LAW = ("Familjens Jurist", "Juristfirman Arvsrätt", "Arvsjuristerna", "Dödsboservice Norr", "Advokatbyrån Kronan", "Juridiska byrån i Mälardalen", "Bouppteckningsbyrån")  # fmt: skip
HOSPITALS = ("Karolinska universitetssjukhuset", "Sahlgrenska", "Akademiska sjukhuset", "Danderyds sjukhus", "Norrlands universitetssjukhus", "Skånes universitetssjukhus", "Ersta sjukhus", "Stora Sköndal", "Mora lasarett", "Länssjukhuset Ryhov", "Sankt Görans sjukhus", "hospice Sankta Birgitta")  # fmt: skip
HOSPITALS_EN = ("St Thomas' Hospital", "the Royal Infirmary", "Addenbrooke's", "St Christopher's Hospice", "Mayo Clinic", "Abbott Northwestern Hospital", "Queen Elizabeth Hospital", "the John Radcliffe")  # fmt: skip
MATERNITY = ("BB Sophia", "Östra sjukhuset", "Danderyds sjukhus", "Södersjukhuset", "Karolinska Huddinge", "Skånes universitetssjukhus i Lund", "Akademiska sjukhuset", "Mälarsjukhuset", "Norrlands universitetssjukhus", "Länssjukhuset Ryhov", "Mora lasarett")  # fmt: skip
MATERNITY_EN = ("St Mary's Hospital", "the Royal Infirmary", "Liverpool Women's Hospital", "the Rosie Hospital", "Abbott Northwestern Hospital", "Swedish Medical Center", "Mayo Clinic Health System")  # fmt: skip
TOWNS_EN = ("Leeds", "Bristol", "Norwich", "York", "Bath", "Cardiff", "Minneapolis", "Rockford", "Seattle", "Duluth", "Boston", "Chicago", "Toronto", "Dublin", "Perth")  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "comhem.se", "btinternet.com", "me.com")  # fmt: skip
WORK = ("example.se", "example.com", "kommun.example.se", "begravning.example.se", "juristbyra.example.se", "example.co.uk", "example.org")  # fmt: skip


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
    era: str  # now, old (church books) or baby (newborns)
    given: list[Word]  # one word, or two joined by a hyphen (`Anna-Karin`, `Jean-Pierre`)
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    born: list[Word] | None = None  # a born name (`f. Lindqvist`), drawn when asked for
    nick: str | None = None  # the short form the person goes by, drawn when asked for

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of BF from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.pnr: Counter[str] = Counter()
        self.lang = "sv"
        self.abroad: list[str] = []
        self.base = 1850

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def patronymic(self, woman: bool) -> Word:
        father, part = self.pick(OLD.given_m)
        return f"{SV_OLD_FATHER[father]}{'dotter' if woman else 'son'}", part

    def surname_of(self, key: str, era: str, woman: bool) -> list[Word]:
        """One surname of the origin, as the person would carry it."""
        r = self.rng
        if era == "old":
            roll = r.random()
            if roll < 0.7:
                return [self.patronymic(woman)]
            if not woman and roll < 0.85:
                return [self.pick(OLD.surnames)]
            return [self.pick(ORIGINS["swedish"].surnames)]
        word, part = self.pick(ORIGINS[key].surnames)
        if key == "polish" and woman:
            word = feminine(word)
        if key == "arabic" and word.startswith("Al-"):  # as the registers and people write it
            word = r.choices(
                (word, "al-" + word[3:], "Al " + word[3:], "Al" + word[3:].lower()), (5, 2, 1, 2)
            )[0]
        return [(word, part)]

    def person(self, gender: str, kin: Person | None = None) -> Person:
        r = self.rng
        era = {"h": "old", "b": "baby"}.get(gender[:1], "now")
        sex = gender[-1:] if gender[-1:] in ("f", "m") else ""
        if kin is not None:
            key = kin.origin
        elif era != "now":
            key = "swedish"
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key if era == "now" else f"swedish ({era})"] += 1
        origin: Origin = (
            OLD if era == "old" else BABY if era == "baby" and key == "swedish" else ORIGINS[key]
        )
        woman = {"f": True, "m": False}.get(sex, r.random() < 0.5)
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        double = {"swedish": 0.05, "french": 0.4}.get(key, 0.0) if era == "now" else 0.0
        if r.random() < double:  # Anna-Karin, Lars-Erik, Jean-Pierre
            firsts, seconds = DOUBLE[(key, woman)]
            first, second = self.pick(firsts), self.pick(seconds)
            if first[0] != second[0]:
                given = [first, second]
        middle: list[Word] = []
        share = {"swedish": 0.45, "us": 0.3, "uk": 0.35, "somali": 0.35, "eritrean": 0.3, "arabic": 0.15, "finnish": 0.3}.get(key, 0.05)  # fmt: skip
        if era == "baby":
            share = 0.6
        if r.random() < share:
            if key in ("somali", "eritrean", "arabic") and era == "now":  # the father's name
                middle = [self.pick(ORIGINS[key].given_m)]
            else:
                middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        if kin is not None:  # one family: the kin's surname
            surname, joint = list(kin.surname), kin.joint
        else:
            surname, joint = self.surname_of(key, era, woman), " "
            roll = r.random()
            if era == "now" and key == "latin" and roll < 0.6:  # apellido paterno y materno
                surname += self.surname_of(key, era, woman)
            elif era == "now" and key == "swedish" and roll < 0.06:  # a married double name
                surname += self.surname_of(key, era, woman)
                joint = "-" if roll < 0.03 else " "
            elif era == "now" and key == "uk" and roll < 0.03:
                surname += self.surname_of(key, era, woman)
                joint = "-"
            if len(surname) == 2 and surname[0][0] == surname[1][0]:
                surname.pop()
        if key == "arabic" and era == "now" and not middle and r.random() < 0.06:  # Omar bin Khalid
            middle = [("bin" if not woman else "bint", "particle"), self.pick(ORIGINS[key].given_m)]
        if key in ("polish", "bcs", "turkish", "latin", "romanian") and r.random() < 0.3:
            given = [(plain(w), p) for w, p in given]  # typed without the letters
            surname = [(plain(w), p) for w, p in surname]
        return Person(woman, key, era, given, surname, middle, joint)

    def born_name(self, person: Person) -> str:
        """The person's name at birth, for `f. Lindqvist` and `née Hughes`."""
        if person.born is None:
            key = person.origin if person.origin in ORIGINS else "swedish"
            for _ in range(5):
                person.born = self.surname_of(key, person.era, person.woman)
                if person.born[0][0] != person.surname[0][0]:
                    break
        return " ".join(w for w, _ in person.born)

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one."""
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and person.era == "now" and self.rng.random() < share:
            self.forms["nickname"] += 1
            if person.nick is None:
                person.nick = self.rng.choice(forms)
            return person.nick
        return None

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            if part in ("head", "tail"):
                self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(40, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(1950, 2005)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "11", "36", "42", "46", "60")
        )
        area3 = r.choice(("250", "248", "243", "380", "470", "480", "499", "510", "522", "611", "640", "651", "660", "680", "910", "920", "980", "413", "435", "454", "586", "708"))  # fmt: skip
        mobiles = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (10, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"),
            (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"), (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:7]}"),
            (1, f"+46-{m[1:]}-{d[:3]} {d[3:7]}"),
        )  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08-{d[:8]}"), (1, f"(08) {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}-{d[:7]}"), (1, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area3} {d[:3]} {d[3:6]}"),
        )  # fmt: skip
        shapes = mobiles if mobile or r.random() < 0.62 else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:7]}", f"00358 9 {d[:3]} {d[3:7]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)113 {d[:3]} {d[3:7]}", f"020 7{d[:3]} {d[3:7]}",
            f"0161 {d[:3]} {d[3:7]}", f"+1 (612) 555-0{d[:3]}", f"(651) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}",
            f"612-555-0{d[:3]}", f"+49 30 {d[:8]}", f"+49 (0)171 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+381 64 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 770 {d[:3]} {d[3:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+66 81 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}",
            f"+291 7 {d[:6]}", f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, low: int = 1938, high: int = 2004) -> str:
        """A personnummer with a valid check digit, in the forms people and registers write."""
        r = self.rng
        year = r.randrange(low, high + 1)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year <= 1926 and roll < 0.5:
            self.pnr["10 digits with +, 100 or older"] += 1
            return f"{date}+{serial}{check}"
        if roll < 0.38:
            self.pnr["12 digits with hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            self.pnr["10 digits with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.pnr["12 digits without hyphen"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.pnr["10 digits without hyphen"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self, number: float = 0.93) -> str:
        r = self.rng
        street = r.choice(SV_STREETS)
        if r.random() >= number:
            return street
        out = f"{street} {self.number()}"
        roll = r.random()
        if roll < 0.1:
            out += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        elif roll < 0.15:
            out += f", {r.randrange(1, 7)} tr"
        elif roll < 0.17:
            out += " nb"
        return out

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        roll = r.random()
        if roll < 0.78:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, whole: float = 0.8) -> str:
        r = self.rng
        if r.random() < 0.1:
            street = f"{r.choice(FARMS)} {r.randrange(1, 260)}"
        else:
            street = self.sv_street(number=0.96)
        if r.random() >= whole:
            return street
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        return f"Box {r.randrange(2, 9999)}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(('Rose Cottage', 'The Old Vicarage', 'Hillside', 'Greystones', 'Orchard House'))}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}{joint if lines else ' '}{code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = (
            self.abroad.pop()
            .replace("{n}", str(r.randrange(1, 160)), 1)
            .replace("{n}", str(r.randrange(1, 90)))
        )
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def date(self, lang: str, low: int = 2026, high: int = 2027) -> str:
        r = self.rng
        year, month, day = r.randrange(low, high + 1), r.randrange(1, 13), r.randrange(1, 29)
        if lang == "en":
            name = MONTHS["en"][month - 1]
            return r.choice(
                (
                    f"{day} {name} {year}",
                    f"{name} {day}, {year}",
                    f"{day:02d}/{month:02d}/{year}",
                    f"{day} {name[:3]} {year}",
                )
            )
        name = MONTHS["sv"][month - 1]
        return r.choice(
            (
                f"{day} {name} {year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day}/{month} {year}",
                f"{day} {name}",
            )
        )


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def initials(person: Person, middle: bool) -> str:
    out = "-".join(p[0] + "." for p in person.first.split("-"))
    if middle:
        out += "".join(f" {w[0]}." for w, p in person.middle if p != "particle")
    return out


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU
    the surname in capitals, I initials and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, GIVEN`, RF `Surname, Given Middle`, RC
    `SURNAME, Given Middle` (gazettes), SG `SURNAME Given Middle` (death notices), M the born name alone, FM `Given Middle (Born) Surname`,
    Q `Given "Short" Surname`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a
    trailing `'` an English one.
    """
    r = draw.rng
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (form not in PERSON_FORMS and form.endswith("s")) else form
    full_given = " ".join([person.first] + [w for w, _ in middle])
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words, value = given + middle + surname, f"{full_given} {person.last}"
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = f"{initials(person, r.random() < 0.3)} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if base == "RU" else value
    elif base == "SG":
        words, value = surname + given + middle, f"{person.last.upper()} {full_given}"
    elif base in ("RF", "RC"):
        words, value = (
            given + middle + surname,
            f"{person.last.upper() if base == 'RC' else person.last}, {full_given}",
        )
    elif base == "M":
        value = draw.born_name(person)
        words = list(person.born or [])
    elif base == "FM":
        born = draw.born_name(person)
        words = given + middle + list(person.born or []) + surname
        value = f"{full_given} ({born}) {person.last}"
    elif base == "Q":
        short = draw.nickname(person, 1.0)
        words = given + surname
        quoted = r.choice(("“{}”", '"{}"', "({})")).format(short) if short else ""
        value = (
            f"{person.first} {quoted} {person.last}" if short else f"{person.first} {person.last}"
        )
    else:
        raise KeyError(form)
    draw.count(words)
    draw.forms[f"form {base}"] += 1
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
    "SG",
    "I",
    "Gi",
    "R",
    "RU",
    "RF",
    "RC",
    "M",
    "FM",
    "Q",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?:=(\d))?(?::([a-z]+))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    en = lang == "en"
    simple = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True, whole=1.0), "ADDRESS"),
        "AW": lambda: (draw.sv_address(whole=1.0), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.sv_street(number=0.0), "ADDRESS"),
        "a": lambda: (draw.sv_address(whole=0.5).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(1921, 1952), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id(2009, 2026), "NATIONAL_ID"),
        "DATE": lambda: (draw.date("en" if en else "sv"), None),
        "BDATE": lambda: (draw.date("en" if en else "sv", 1924, 1958), None),
        "YEAR": lambda: (str(r.randrange(1924, 1960)), None),
        "GYEAR": lambda: (str(r.randrange(1855, 1910)), None),
        "OYEAR": lambda: (str(draw.base + r.randrange(-3, 4)), None),
        "OBORN": lambda: (str(draw.base - r.randrange(25, 56)), None),
        "OYOUNG": lambda: (str(draw.base - r.randrange(16, 29)), None),
        "OKID": lambda: (str(draw.base - r.randrange(0, 16)), None),
        "TIME": lambda: (f"{r.randrange(10, 16)}{'.' if not en else ':'}{r.choice(('00', '30', '15'))}", None),
        "AGE": lambda: (str(r.randrange(58, 101)), None),
        "AMT": lambda: (f"{r.randrange(2, 2900) * 500:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(4, 400) * 50:,}", None),
        "GBPH": lambda: (f"£{r.randrange(150, 950) * 1000:,}", None),
        "USD": lambda: (f"${r.randrange(2, 900) * 250:,}", None),
        "NUM": lambda: (str(r.randrange(2, 12)), None),
        "REF": lambda: (r.choice((f"Ä {r.randrange(100, 9999)}-{r.randrange(25, 28)}", f"ÖFN {r.randrange(2025, 2028)}/{r.randrange(10, 999)}", f"dnr {r.randrange(100, 9999)}-{r.randrange(2025, 2028)}", f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}")), None),
        "REFEN": lambda: (r.choice((f"{r.randrange(1000000, 9999999)}/2027", f"PA{r.randrange(10000, 99999)}", f"Case No. {r.randrange(2026, 2028)}-PR-{r.randrange(100, 9999)}")), None),
        "PG": lambda: (f"{r.randrange(90, 900)} {r.randrange(10, 99)} {r.randrange(10, 99)}-{r.randrange(10)}", None),
        "CHURCH": lambda: (r.choice(CHURCHES_EN + CHAPELS_EN if en else CHURCHES + CHAPELS), None),
        "CHURCHEN": lambda: (r.choice(CHURCHES_EN + CHAPELS_EN), None),
        "WED": lambda: (r.choice(CHURCHES_EN if en else CHURCHES), None),
        "PARISH": lambda: (r.choice(PARISHES), None),
        "TOWN": lambda: (r.choice(TOWNS_EN) if en else r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(TOWNS_EN), None),
        "CHARITY": lambda: (r.choice(CHARITIES_EN if en else CHARITIES), None),
        "CHARITYEN": lambda: (r.choice(CHARITIES_EN), None),
        "FIRM": lambda: (r.choice(FIRMS_EN if en else FIRMS), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "LAW": lambda: (r.choice(LAW), None),
        "HOSP": lambda: (r.choice(HOSPITALS_EN if en else HOSPITALS), None),
        "HOSPEN": lambda: (r.choice(HOSPITALS_EN), None),
        "MAT": lambda: (r.choice(MATERNITY_EN if en else MATERNITY), None),
    }  # fmt: skip
    if form == "CO":  # `c/o Name, Street 1, 123 45 Town`: the name a PERSON, the rest the ADDRESS
        person = draw.person("")
        draw.forms["c/o"] += 1
        segments: list[Segment] = [("c/o ", None)]
        segments += person_segments(r.choice(("P", "P", "S")), person, draw)
        lines = r.random() < 0.4
        segments += [
            ("\n" if lines else ", ", None),
            (draw.sv_address(lines=lines, whole=1.0), "ADDRESS"),
        ]
        return segments
    return [simple[form]()]


FILLERS = {"A", "AL", "AW", "ST", "STN", "a", "BOX", "BOXL", "AU", "AUL", "AUS", "AX", "AXL", "PH", "PHM", "PHX", "PNR", "PNRO", "PNRK", "DATE", "BDATE", "YEAR", "GYEAR", "OYEAR", "OBORN", "OYOUNG", "OKID", "LAW", "TIME", "AGE", "AMT", "GBP", "GBPH", "MAT", "USD", "NUM", "REF", "REFEN", "PG", "CHURCH", "CHURCHEN", "WED", "PARISH", "TOWN", "TOWNEN", "CHARITY", "CHARITYEN", "FIRM", "FIRMEN", "HOSP", "HOSPEN", "CO"}  # fmt: skip


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin, gender = (
            match.group(1),
            match.group(2),
            match.group(3),
            match.group(4) or "",
        )
        if form in FILLERS:
            segments = filler(form, draw)
        else:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person(gender, people.get(kin or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BF's rows: every negative once, then positive rows from shuffled decks of each language's
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
            draw.base = r.randrange(1770, 1886)  # the year of a church book's record
            text, spans = fill(template, draw)
            if text not in seen:
                break
        seen.add(text)
        rows.append({
            "id": f"gen-heldout-bf-{len(rows) + 1:04d}", "split": "heldout-bf", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BF is printed."""
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
                forms["three or more words"] += len(value.split()) >= 3
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["particle"] += bool(
                    re.search(
                        r"(?:^|[\s])(?:van|von|af|de|del|der|den|ter|le|al|bin|bint|Al)(?:\s|-)|(?:^|\s)al-",
                        value,
                    )
                )
                forms["born name or short form inside"] += bool(re.search(r"[(“\"]", value))
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                before = text[max(0, span["start"] - 4) : span["start"]]
                forms["after c/o"] += before == "c/o "
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address without number"] += not re.search(r"\d", value)
                forms["address with postcode"] += bool(re.search(r"\b\d{3} ?\d{2}\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address with lgh"] += "lgh" in value
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
    print(f"nicknames: {draw.forms['nickname']}, c/o: {draw.forms['c/o']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in draw.pnr.most_common()))
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(rows: list[dict[str, object]]) -> None:
    """Counts only: every span non-empty, in bounds, trimmed, sorted and apart; check digits valid."""
    bad: Counter[str] = Counter()
    spans_seen = ids = 0
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        ids += row["id"] == f"gen-heldout-bf-{ids + 1:04d}"
        end = 0
        for span in spans:
            spans_seen += 1
            start, stop = int(span["start"]), int(span["end"])
            value = text[start:stop]
            bad["empty"] += stop <= start
            bad["out of bounds"] += start < 0 or stop > len(text)
            bad["whitespace at an edge"] += value != value.strip()
            bad["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                digits = digits[2:] if len(digits) == 12 else digits
                bad["personnummer check digit"] += len(digits) != 10 or luhn(digits[:9]) != int(
                    digits[9]
                )
            bad["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
    print(f"rows {len(rows)}, ids in order {ids}, spans {spans_seen}")
    print(
        "problems: "
        + ", ".join(
            f"{k} {bad[k]}"
            for k in (
                "empty",
                "out of bounds",
                "whitespace at an edge",
                "unsorted or overlapping",
                "personnummer check digit",
                "unknown kind",
            )
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="print counts of span problems only, write nothing"
    )
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed, to look at rows not of BF"
    )
    args = parser.parse_args()
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats or args.check:
        if args.stats:
            stats(rows, draw)
        else:
            check(rows)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
