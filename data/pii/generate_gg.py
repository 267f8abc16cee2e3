# ruff: noqa: E501
"""Generate held-out GG for personal-data detection (issue 15): names as the population has them,
the 168th writer.

    python data/pii/generate_gg.py            # writes data/pii/generated-heldout-gg.jsonl
    python data/pii/generate_gg.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gg.py --check    # checks the written file, prints counts only
    python data/pii/generate_gg.py --seed 7 --out /tmp/gg.jsonl   # a scratch seed

GG's names are drawn by how often people really carry them: every name word comes from
`names_gg.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is second-hand, consignment and pawn shops (`templates_gg.py`): item intake forms,
consignment contracts, payout slips, pawn tickets and loan agreements, buy-in receipts, customer
chat and e-mail, donation pickups and house clearances, valuations and staff notes, with
addresses, phone numbers and personnummer in every common form. Written by a helper who does not
tune the detector, who read only `generate_aw.py` (for the mechanics, copied here), two sections
of docs/privacy.md ("Held-out AW" and "Held-out CL") and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, nor any other set's
names, templates or rows, nor any error listing. GG was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_gg import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gg import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270245
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gg.jsonl"
SPLIT = "heldout-gg"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, none named after a person.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Nygatan", "Kyrkogatan", "Skolgatan", "Järnvägsgatan",
    "Trädgårdsgatan", "Fabriksgatan", "Bergsgatan", "Hantverkargatan", "Åsögatan", "Götgatan",
    "Folkungagatan", "Odengatan", "Sandgatan", "Prästgatan", "Kaserngatan", "Bryggargatan",
    "Slottsgatan", "Brogatan", "Rådhusgatan", "Torggatan", "Stationsgatan", "Magasinsgatan",
    "Sjögatan", "Kvarngatan", "Repslagargatan", "Klostergatan", "Västra Hamngatan", "Östra Storgatan",
    "Lilla Nygatan", "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Rönnvägen",
    "Skogsvägen", "Ängsvägen", "Solvägen", "Parkvägen", "Skolvägen", "Idrottsvägen", "Kyrkvägen",
    "Industrivägen", "Villavägen", "Strandvägen", "Bäckvägen", "Hagvägen", "Lingonvägen",
    "Blåbärsvägen", "Sjövägen", "Sveavägen", "Valhallavägen", "Ringvägen", "Lärksvängen",
    "Hagsvängen", "Skogssvängen", "Ekorrsvängen", "Fasansvängen", "Lindallén", "Kastanjeallén",
    "Slottsallén", "Hammarby allé", "Parkallén", "Kvarnbacken", "Solbacken", "Prästbacken",
    "Kyrkbacken", "Mejeribacken", "Tornbacken", "Lärkstigen", "Hasselstigen", "Fjärilsstigen",
    "Nyponstigen", "Ängsstigen", "Blåklockestigen", "Stortorget", "Lilla torget", "Järntorget",
    "Fisktorget", "Nytorget", "Västra torget", "Stationsplan", "Hamnplan", "Brunnsplan", "Kyrkplan",
    "Smedsgränd", "Tulpangränd", "Bagargränd", "Båtsmansgränd", "Skomakargränd", "Hamnkajen",
    "Södra kajen", "Norra kajen", "Kanalkajen", "Skeppsbrokajen", "Kvarnliden", "Hamngatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Bromma", 161, 168), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Hägersten", 126, 129),
    ("Nacka", 131, 131), ("Huddinge", 141, 141), ("Lidingö", 181, 181), ("Mölndal", 431, 431),
    ("Kungsbacka", 434, 434), ("Visby", 621, 621), ("Varberg", 432, 432), ("Ystad", 271, 271),
    ("Nyköping", 611, 611), ("Motala", 591, 591), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Alingsås", 441, 441), ("Hudiksvall", 824, 824),
    ("Sandviken", 811, 811), ("Norrtälje", 761, 761), ("Mora", 792, 792), ("Arvika", 671, 671),
    ("Ludvika", 771, 771), ("Vänersborg", 462, 462), ("Trelleborg", 231, 231), ("Ängelholm", 262, 262),
    ("Hässleholm", 281, 281), ("Värnamo", 331, 331), ("Oskarshamn", 572, 572), ("Västervik", 593, 593),
    ("Köping", 731, 731), ("Sala", 733, 733), ("Nässjö", 571, 571), ("Mariestad", 542, 542),
    ("Falköping", 521, 521), ("Kristinehamn", 681, 681), ("Karlshamn", 374, 374), ("Avesta", 774, 774),
    ("Boden", 961, 961), ("Sollefteå", 881, 881), ("Ljusdal", 827, 827), ("Bollnäs", 821, 821),
)  # fmt: skip
RURAL_TOWNS = SV_TOWNS[41:]  # the small towns, whose countryside has postcodes ending 9x
VILLAGES = (
    "Västanby", "Östanbyn", "Norrbyn", "Sörbyn", "Bäckeby", "Ängsby", "Kvarntorp", "Lillsjön",
    "Skogsby", "Ekeby", "Berga", "Hagby", "Sandby", "Råby", "Åsby", "Torpa", "Björkhult", "Lindåsen",
    "Mossebo", "Bränna", "Hällsjö", "Övre Sörbo", "Nedre Västansjö", "Tallnäs", "Grönhult",
)  # fmt: skip
FARMS = ("Norrgården", "Sörgården", "Lillgården", "Backgården", "Nygården", "Östergården", "Västergården", "Sjötorp", "Hagtorp", "Bergsäng")  # fmt: skip
UK_STREETS = (
    "Station Road", "High Street", "Church Lane", "Mill Lane", "Park Road", "Queens Road", "Kings Road",
    "Grange Road", "Manor Road", "The Avenue", "Green Lane", "Chapel Street", "Brook Street", "New Road",
    "North Street", "Orchard Close", "Meadow View", "Elm Grove", "Oak Avenue", "Beech Crescent",
    "Cedar Drive", "Springfield Road", "Highfield Road", "Windmill Hill", "Market Street", "Church Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Liverpool", "L"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Leicester", "LE"), ("Brighton", "BN"), ("Cardiff", "CF"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("Newcastle upon Tyne", "NE"), ("York", "YO"), ("Norwich", "NR"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("Exeter", "EX"), ("Reading", "RG"), ("Bath", "BA"), ("Belfast", "BT"),
    ("Southampton", "SO"), ("Plymouth", "PL"), ("Hull", "HU"), ("Derby", "DE"), ("Coventry", "CV"),
    ("London", "N"), ("London", "SE"), ("London", "E"),
)  # fmt: skip
UK_HOUSES = ("The Old Bakery", "Meadow Cottage", "Orchard House", "The Old Vicarage", "Hillside", "Brook Cottage", "The Coach House")  # fmt: skip
US_STREETS = (
    "Maple Ave", "Oak St", "Elm Street", "Cedar Lane", "Pine Street", "Main St", "2nd Ave",
    "Lakeview Dr", "Park Avenue", "Hillcrest Road", "River Road", "Cherry Lane", "Willow Court",
    "Spring Street", "Ridge Road", "Mill Street", "Walnut St", "Sunset Blvd", "Prospect Ave",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Akron", "OH", 443), ("Portland", "OR", 972), ("Boulder", "CO", 803),
    ("Tacoma", "WA", 984), ("Milwaukee", "WI", 532), ("Chicago", "IL", 606), ("Boston", "MA", 21),
    ("Memphis", "TN", 381), ("Durham", "NC", 277), ("Tucson", "AZ", 857), ("Omaha", "NE", 681),
    ("Richmond", "VA", 232), ("Albany", "NY", 122), ("Sacramento", "CA", 958), ("Spokane", "WA", 992),
    ("Des Moines", "IA", 503), ("Providence", "RI", 29), ("Burlington", "VT", 54), ("Boise", "ID", 837),
)  # fmt: skip
EUROPE = (
    "Schönhauser Allee {n}, 10{z3:435-439} Berlin", "Eppendorfer Weg {n}, 20{z3:249-259} Hamburg",
    "Hauptstraße {n}, {z5:69117-69126} Heidelberg", "Storgata {n}, 0{z3:155-184} Oslo",
    "Fjellveien {n}, 50{z2:10-99} Bergen", "Nørregade {n}, {m}. th., 1165 København K",
    "Vestergade {n}, 8000 Aarhus C", "Hämeentie {n} A {m}, 00{z3:500-580} Helsinki",
    "Yliopistonkatu {n}, 20{z3:100-500} Turku", "ul. Piękna {n}/{m}, 00-{z3:477-549} Warszawa",
    "ul. Długa {n}, 31-{z3:100-199} Kraków", "Prinsengracht {n}, 10{z2:15-18} {L2} Amsterdam",
    "Oudegracht {n}, 35{z2:11-12} {L2} Utrecht", "{n} rue de la République, 690{z2:01-09} Lyon",
    "{n} rue des Lilas, 750{z2:01-20} Paris", "Calle Mayor {n}, {m}º B, 280{z2:01-13} Madrid",
    "Via Roma {n}, 101{z2:21-49} Torino", "Mariahilfer Straße {n}/{m}, 1060 Wien",
    "Bahnhofstrasse {n}, 8001 Zürich", "Pikk {n}, 10{z3:123-150} Tallinn",
    "Bağdat Caddesi No: {n} D: {m}, 34{z3:710-740} Kadıköy/İstanbul",
)  # fmt: skip
MAIL_SV = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband.net", "hotmail.se", "protonmail.com")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "yahoo.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com", "aol.com", "comcast.net")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "butik.example.se", "mail.example.com")  # fmt: skip
FIRM_LOCAL = {
    "sv": ("info", "inlamning", "kundtjanst", "hamtning", "pant", "butiken", "kommission", "lager"),
    "en": ("info", "donations", "collections", "hello", "consign", "pawn", "support", "shop"),
}  # fmt: skip
FIRM_DOMAIN = ("example.se", "kupan.example.se", "pantbanken.example.se", "example.com", "example.org", "example.co.uk", "thrift.example.com")  # fmt: skip

ITEMS_SV = (
    "teakbyrå från 60-talet", "matsalsbord i ek med sex stolar", "bäddsoffa", "fåtölj i skinn",
    "Stringhylla, tre plan", "vinylspelare", "symaskin från Husqvarna", "barnvagn från Emmaljunga",
    "slalomskidor med pjäxor", "herrcykel 28 tum", "damcykel från Crescent", "Rörstrand Ostindia, tolv tallrikar",
    "sex kaffekoppar Berså från Gustavsberg", "glasvas från Orrefors", "skål från Kosta Boda",
    "kristallkrona", "golvlampa i mässing", "spegel med förgylld ram", "pinnsoffa", "skrivbord i furu",
    "PlayStation 5", "Nintendo Switch", "iPhone 12, 128 GB", "MacBook Air", "kamera Canon AE-1",
    "Nikon F3 med objektiv", "mockajacka (vintage)", "ulljacka från Acne Studios", "parkas från Canada Goose",
    "Fjällräven Kånken", "tre säckar barnkläder", "två kartonger böcker", "LP-samling (ca 80 skivor)",
    "gitarr med fodral", "vinterskor stl 42", "brudklänning stl 38", "Lego, 4 kg",
)  # fmt: skip
ITEMS_EN = (
    "mid-century teak sideboard", "oak dining table with four chairs", "chesterfield sofa",
    "Le Creuset casserole dish", "Denby dinner set", "box of vinyl records", "acoustic guitar with case",
    "Brompton folding bike", "Nintendo Switch", "PlayStation 4", "iPad Air 64GB", "Canon AE-1 film camera",
    "vintage leather jacket", "wool coat (size 12)", "Stone Island jumper", "Moncler down jacket",
    "Lego sets (three boxes)", "Stokke high chair", "Bugaboo pushchair", "KitchenAid stand mixer",
    "Murano glass vase", "Ray-Ban sunglasses", "bentwood rocking chair", "grandfather clock",
)  # fmt: skip
GOLD_SV = (
    "vigselring 18K, 4,2 g", "guldlänk 18K, 24,1 g", "armband 18K, 11,7 g", "Rolex Datejust",
    "Omega Seamaster", "örhängen i vitguld med diamanter", "briljantring 0,50 ct", "halsband i silver",
    "fickur i guld", "Seiko Presage", "guldtacka 10 g", "fyra 20-kronor i guld", "kedja 18K, 45 cm",
    "signetring 18K", "armband med berlocker i silver", "iPhone 14 Pro", "MacBook Pro", "Canon EOS R6",
)  # fmt: skip
GOLD_EN = (
    "18ct gold wedding band, 4.2 g", "9ct gold curb chain, 24.1 g", "Rolex Submariner", "Omega Speedmaster",
    "diamond solitaire ring, 0.5 ct", "sterling silver bangle", "gold sovereign (1912)", "Britannia 1 oz gold coin",
    "Seiko 5 automatic", "Canon EOS R6 body", "MacBook Pro 14in", "PlayStation 5 with two controllers",
    "silver charm bracelet", "platinum eternity ring", "cultured pearl necklace",
)  # fmt: skip
WATCHES = ("Rolex Datejust 36", "Omega Seamaster 300", "Seiko SKX007", "Longines Conquest", "IWC Portugieser", "Omega De Ville", "Rolex Oyster Perpetual")  # fmt: skip
SHOPS_SV = ("Kupan Second Hand", "Återbruket", "Vintagehörnan", "Kuriosa & Retro", "Andra Chansen", "Nytt & Begagnat", "Retrolagret", "Prylkällaren", "Gamla Skåpet", "Kommissionslagret", "Tusen Saker", "Loppisladan", "Returhallen", "Second Hand Söder", "Klädbytet")  # fmt: skip
PAWNS_SV = ("Pantbanken City", "Guldbanken", "Panthuset", "Lånekontoret", "Pant & Lån", "Stadens Pantlånekontor", "Norra Pantbanken")  # fmt: skip
CHARITIES_SV = ("Myrorna", "Stadsmissionen", "Röda Korset", "Emmaus", "Human Bridge", "Läkarmissionen", "Frälsningsarmén", "Humana", "PMU")  # fmt: skip
SHOPS_EN = ("Second Chance Thrift", "ReLove Consignment", "The Swap Shop", "Thrift & Thread", "Vintage Attic", "Pre-Loved Furniture Depot", "Heart & Home", "Round Again Resale", "The Closet Exchange", "Twice Nice Consignment")  # fmt: skip
PAWNS_EN = ("High Street Pawnbrokers", "Golden Loan Co.", "Northside Pawn & Jewelry", "City Pawn", "Cash & Carry Pawn", "Crown Pledge Ltd")  # fmt: skip
CHARITIES_EN = ("the hospice shop", "Oxfam", "the British Heart Foundation", "Cancer Research UK", "the Salvation Army", "Goodwill", "Age UK", "Shelter", "Mind", "the YMCA", "Scope")  # fmt: skip
BANKS = ("Swedbank", "Handelsbanken", "Nordea", "SEB", "Länsförsäkringar Bank", "Danske Bank", "ICA Banken", "Sparbanken")  # fmt: skip


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
    """Every value of GG from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deal(self, name: str, cards: tuple[str, ...]) -> str:
        """The next card of a shuffled deck: every card before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(cards)
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

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
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.03
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.04):
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
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or (" " in surname[1][0] and joint == "-")
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
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

        def ascii_(word: str) -> str:
            return plain(word).lower().replace("'", "").replace(" ", "")

        given = ascii_(person.first).replace("-", "")
        surname = ascii_(person.surname[0][0]).replace("-", "")
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{r.randrange(1, 99)}",
            f"{given}{surname}{r.randrange(50, 99)}", f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}",
        ))  # fmt: skip
        if r.random() < 0.3:
            domain = r.choice(WORK)
        else:
            domain = r.choice(
                MAIL_EN if self.lang == "en" and person.origin != "swedish" else MAIL_SV
            )
        return f"{local}@{domain}"

    def firm_email(self) -> str:
        r = self.rng
        local = r.choice(FIRM_LOCAL["en" if self.lang == "en" else "sv"])
        return f"{local}@{r.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023669")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}-{d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the two-digit areas and the three-digit ones."""
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
                "23",
                "26",
                "35",
                "36",
                "42",
                "46",
                "11",
                "44",
            )
        )
        area3 = r.choice(
            (
                "480",
                "470",
                "498",
                "500",
                "510",
                "520",
                "522",
                "554",
                "570",
                "611",
                "620",
                "650",
                "660",
                "680",
                "691",
                "920",
                "970",
                "980",
            )
        )
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:4]} {d[4:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.7 else self.landline()

    def firm_phone(self) -> str:
        """A shop's or switchboard's number: toll-free, the 077 numbers, or a landline."""
        r = self.rng
        d = self.digits(7)
        roll = r.random()
        if roll < 0.2:
            return f"020-{d[:2]} {d[2:4]} {d[4:6]}"
        if roll < 0.35:
            return r.choice(
                (
                    f"0771-{d[:3]} {d[3:6]}",
                    f"0770-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                )
            )
        return self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"07700900{d[:3]}", f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"(0131) 496 0{d[:3]}", f"+44 7700 900 {d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            (
                "612",
                "330",
                "503",
                "303",
                "253",
                "414",
                "312",
                "617",
                "901",
                "919",
                "520",
                "402",
                "804",
                "518",
                "916",
            )
        )
        d = f"01{r.randrange(10)}{r.randrange(10)}"
        return r.choice((f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area}-555-{d}", f"+1 ({area}) 555-{d}", f"1-{area}-555-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 4{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+49 30 {d[:8]}", f"+49 151 {d[:8]}", f"0176 {d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"06-{d[:8]}", f"+31 6 {d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"0532 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+964 770 {d[:3]} {d[3:7]}", f"+963 944 {d[:3]} {d[3:6]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+66 81 {d[:3]} {d[3:7]}", f"081-{d[:3]}-{d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+291 7 {d[:6]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"+1 (612) 555-01{d[:2]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, woman: bool | None = None, old: bool = False) -> str:
        """A personnummer with a valid check digit; `+` in the ten-digit form past a hundred."""
        r = self.rng
        if old:
            year = r.randrange(1919, 1927)
        else:
            year = r.randrange(1919, 1927) if r.random() < 0.08 else r.randrange(1930, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        if woman is None:
            woman = r.random() < 0.5
        serial = f"{r.randrange(100):02d}{r.choice('02468' if woman else '13579')}"
        check = luhn(date + serial)
        centenarian = year <= 2027 - 100
        roll = r.random()
        if old or (centenarian and roll >= 0.4):
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
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

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(RURAL_TOWNS if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.07:
            out += ", Sverige"
        return out

    def rural(self) -> str:
        r = self.rng
        village = r.choice(VILLAGES)
        if r.random() < 0.7:
            return f"{village} {r.randrange(1, 260)}"
        return f"{r.choice(FARMS)} {r.randrange(1, 30)}, {village}"

    def sv_address(self, lines: bool = False, flat: bool = False, rural: bool = False) -> str:
        r = self.rng
        street = self.rural() if rural else self.sv_street()
        if not rural and (flat or r.random() < 0.1):
            street += r.choice((f", lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}", f" lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}", f", {r.randrange(1, 7)} tr", f" {r.randrange(1, 7)} tr", f", {r.randrange(1, 7)} tr, lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}", f", uppg. {r.choice('ABC')}"))  # fmt: skip
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        elif roll < 0.42:
            street = f"{r.randrange(1, 80)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        if lines:
            return f"{street}\n{town}\n{code}"
        return f"{street}, {town} {code}" if r.random() < 0.7 else f"{street}, {town}, {code}"

    def uk_street(self) -> str:
        r = self.rng
        street = r.choice(UK_STREETS)
        return f"{r.randrange(1, 140)} {street}" if r.random() < 0.4 else street

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        if lines:
            return f"{street}\n{town}, {state} {zip_code}"
        return f"{street}, {town}, {state} {zip_code}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deal("europe", EUROPE).replace("{n}", str(r.randrange(1, 160)))
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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, GU/SU the given name or surname in capitals, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
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
        words, value = given, f"{person.first} {person.last[0].upper()}."
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
    "I",
    "Gi",
    "R",
    "RU",
    "GU",
    "SU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw, person: Person | None) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    woman = person.woman if person else None

    def lower_address() -> str:
        roll = r.random()
        if roll < 0.35:
            return draw.sv_street().lower()
        if roll < 0.45:
            return draw.rural().lower()
        return draw.sv_address().lower()

    def title() -> str:
        if woman is None:
            return r.choice(("Mr", "Mrs", "Ms", "Dr"))
        return r.choice(("Mrs", "Ms", "Miss", "Dr")) if woman else r.choice(("Mr", "Mr", "Dr"))

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(rural=r.random() < 0.15), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True, rural=r.random() < 0.15), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "LGH": lambda: (draw.sv_address(flat=True), "ADDRESS"),
        "ST": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STN": lambda: (draw.sv_street(), "ADDRESS"),
        "a": lambda: (lower_address(), "ADDRESS"),
        "AC": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "STUK": lambda: (draw.uk_street(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(woman), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(woman, old=True), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day:02d}.{month:02d}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(8, 19)}{r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 7)}pm", f"{r.randrange(1, 7)}.30pm", f"{r.randrange(9, 12)}am")), None),
        "TR": lambda: (r.choice((f"{(h := r.randrange(8, 15))}–{h + r.randrange(2, 5)}", f"{(h := r.randrange(8, 15))}.00–{h + r.randrange(2, 5)}.00")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTHSV": lambda: (MONTHS["sv"][month - 1], None),
        "NUM": lambda: (str(r.randrange(2, 52)), None),
        "CODE": lambda: (f"{r.randrange(1000, 9999)}", None),
        "AMT": lambda: (f"{r.randrange(150, 48000):,} kr".replace(",", " "), None),
        "AMTS": lambda: (f"{r.choice((50, 75, 100, 150, 200))} kr", None),
        "GBP": lambda: (f"£{r.randrange(15, 2400)}.{r.choice(('00', '50', '99'))}", None),
        "USD": lambda: (f"${r.randrange(12, 1900)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "PCT": lambda: (r.choice(("2,5 %", "2,9 %", "3 %", "3,5 %")) if not en else r.choice(("2.5%", "3%", "4%", "5%")), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}", f"K-{r.randrange(100000, 999999)}")), None),
        "TICKET": lambda: (r.choice((f"{r.randrange(10000, 99999)}", f"{r.randrange(10000, 99999)}-{r.choice('ABCD')}", f"P{r.randrange(100000, 999999)}")), None),
        "CUST": lambda: (r.choice((f"{r.randrange(100, 9999)}", f"K{r.randrange(1000, 99999)}", f"{r.randrange(10, 99)}-{r.randrange(100, 999)}")), None),
        "ITEMNR": lambda: (f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", None),
        "ORDERNO": lambda: (f"#{r.choice('ABW')}-{r.randrange(10000, 99999)}", None),
        "CHECK": lambda: (str(r.randrange(1001, 4999)), None),
        "TRACK": lambda: (f"00{r.randrange(10**9, 10**10)}SE", None),
        "ORG": lambda: (f"{r.choice(('556', '559', '802', '969'))}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BANKACC": lambda: (r.choice((f"8{r.randrange(100, 999)}-{r.randrange(1, 9)}, {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}-{r.randrange(10)}", f"6{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}", f"3300-{r.randrange(10**9, 10**10)}", f"5{r.randrange(100, 999)}-{r.randrange(10**6, 10**7)}")), None),
        "BANK": lambda: (r.choice(BANKS), None),
        "IMEI": lambda: (r.choice((f"35{draw.digits(13)}", f"35 {draw.digits(6)} {draw.digits(6)} {draw.digits(1)}")), None),
        "SERIAL": lambda: (r.choice((f"SN{draw.digits(8)}", f"{r.choice('CFGW')}{r.choice('0123')}{draw.digits(1)}{r.choice('XKLMN')}{draw.digits(4)}{r.choice('ABJQ')}", f"WTU{draw.digits(6)}")), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 99)}{r.choice('0123456789ABCDEFGHJ')}", None),
        "PROP": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 20)}:{r.randrange(1, 80)}", None),
        "POLREF": lambda: (f"{r.randrange(5000, 5999)}-K{r.randrange(100000, 999999)}-27", None),
        "ITEM": lambda: (draw.deal("items_sv", ITEMS_SV), None),
        "ITEMEN": lambda: (draw.deal("items_en", ITEMS_EN), None),
        "GOLD": lambda: (draw.deal("gold_sv", GOLD_SV), None),
        "GOLDEN": lambda: (draw.deal("gold_en", GOLD_EN), None),
        "WATCH": lambda: (r.choice(WATCHES), None),
        "SHOP": lambda: (draw.deal("shops_sv", SHOPS_SV), None),
        "SHOPEN": lambda: (draw.deal("shops_en", SHOPS_EN), None),
        "PAWN": lambda: (r.choice(PAWNS_SV), None),
        "PAWNEN": lambda: (r.choice(PAWNS_EN), None),
        "CHARITY": lambda: (r.choice(CHARITIES_SV), None),
        "CHARITYEN": lambda: (r.choice(CHARITIES_EN), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "TITLE": lambda: (title(), None),
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
        person: Person | None = None
        if ref and ref in people:
            person = people[ref]
        elif ref or base in PERSON_FORMS:
            person = draw.person({"f": True, "m": False}.get(gender or ""))
            if ref:
                people[ref] = person
        if base in PERSON_FORMS:
            assert person is not None
            segments = person_segments(form, person, draw)
        else:
            segments = [filler(form, draw, person)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """GG's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return f"{len(digits)} digits, {sep}"


def pnr_valid(value: str) -> bool:
    if not re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value):
        return False
    digits = re.sub(r"\D", "", value)[-10:]
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn(digits[:9]) == int(digits[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GG is printed."""
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
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address in capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
        forms["c/o rows"] += "c/o " in text
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
    print(f"origins in MIXES never drawn: {missing or 'none'}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_total = 0
    pnr = 0
    keys = ["id", "split", "lang", "text", "spans"]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys not as heldout-u's"] += list(row) != keys
            problems["split wrong"] += row["split"] != SPLIT
            problems["lang unknown"] += row["lang"] not in SIZES
            problems["id repeated"] += row["id"] in ids
            ids.add(row["id"])
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_total += 1
                start, stop = span["start"], span["end"]
                value = text[start:stop] if 0 <= start < stop <= len(text) else ""
                problems["kind unknown"] += span["kind"] not in KINDS
                problems["empty or out of bounds"] += not value
                problems["whitespace at an edge"] += bool(value) and value != value.strip()
                problems["unsorted or overlapping"] += start < end
                end = max(end, stop)
                if span["kind"] == "NATIONAL_ID":
                    pnr += 1
                    problems["personnummer invalid"] += not pnr_valid(value)
    print(
        f"checked {path.name}: {rows} rows, {spans_total} spans, {pnr} personnummer, {len(ids)} ids"
    )
    for name, n in problems.items():
        if n:
            print(f"problem: {name}: {n}")
    total = sum(problems.values())
    print("no problems" if not total else f"{total} problems")
    return total


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
