# ruff: noqa: E501
"""Generate held-out CZ for personal-data detection (issue 15): names as the population has them,
an eighty-third writer.

    python data/pii/generate_cz.py                      # writes data/pii/generated-heldout-cz.jsonl
    python data/pii/generate_cz.py --stats              # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cz.py --check              # checks the written file, prints counts only
    python data/pii/generate_cz.py --seed 7 --out /tmp/cz.jsonl   # a scratch seed

CZ's names are drawn by how often people really carry them: every name word comes from
`names_cz.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden and in the
English-speaking countries), 80% from the head of a list and 20% from its tail, mixed by the
language of the row. The genre is the community newspaper (`templates_cz.py`): court round-ups,
property transfers and house sales, planning and licensing lists, obituaries, death, funeral and
memorial notices with the family's home, birth and anniversary notices, letters to the editor
signed with the writer's address, classified and small ads, lost and found, what's on listings,
school, church and club news, from the UK, Ireland, the US, Canada, Australia, New Zealand, South
Africa and Swedish local papers, with addresses as each country's papers write them. Written by a
helper who does not tune the detector and who read only `generate_aw.py` (for the mechanics), two
write-ups of docs/privacy.md and the first line of `generated-heldout-u.jsonl`: neither the
detector's rules, lexicons and tagger nor any error listing nor any other set's names, templates or
rows; CZ was never run through the detector by its writer, and its names were not checked against
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

from names_cz import HEAD_SHARE, HINT_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cz import CHURCHES_EN, CHURCHES_SV, DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270160
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cz.jsonl"
SPLIT = "heldout-cz"
YEAR = 2027  # the year the papers are dated

# Swedish double given names are made of a few first and second parts (`Anna-Karin`, `Lars-Erik`).
FIRST_PARTS = {"Anna", "Eva", "Ann", "Karin", "Maj", "Britt", "Inger", "Lena", "Marie", "Ulla", "Karl", "Lars", "Jan", "Per", "Bo", "Sven", "Nils", "Hans", "Carl", "Erik", "Stig", "Kent"}  # fmt: skip
SECOND_PARTS = {"Karin", "Lena", "Marie", "Britt", "Christin", "Sofie", "Greta", "Stina", "Lotta", "Erik", "Olof", "Göran", "Gunnar", "Åke", "Johan", "Inge", "Gustav", "Arne", "Ove", "Anders", "Axel"}  # fmt: skip

# How often a name is written with a middle name, by origin (others 5%).
MIDDLE_SHARE = {"swedish": 0.45, "us": 0.4, "uk": 0.35, "irish": 0.3, "south_african": 0.3}

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the address register.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Stationsgatan", "Nygatan", "Torggatan", "Hantverkaregatan", "Sjögatan", "Östra Långgatan",
    "Västra Storgatan", "Norra Esplanaden", "Parkgatan", "Trädgårdsgatan", "Prästgatan",
    "Tullgatan", "Badhusgatan", "Fabriksgatan", "Industrivägen", "Björkvägen", "Skogsvägen",
    "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Sjövägen", "Granvägen", "Ekvägen",
    "Åsvägen", "Byvägen", "Kvarnvägen", "Gamla Landsvägen", "Norra vägen", "Älvvägen",
    "Prästgårdsvägen", "Mejerivägen", "Sågverksvägen", "Hamnvägen", "Skolvägen", "Tingsvägen",
    "Idrottsvägen", "Villavägen", "Solvägen", "Lärkvägen", "Rönnvägen", "Furuvägen", "Sandvägen",
    "Kopparsvängen", "Ängssvängen", "Vallsvängen", "Hagsvängen", "Tranbärssvängen", "Kastanjeallé",
    "Hammarby allé", "Slottsallén", "Lindallén", "Björkallén", "Björkbacken", "Kvarnbacken",
    "Prästbacken", "Eriksbergs backe", "Solbacken", "Kyrkbacken", "Lärkstigen", "Blåbärsstigen",
    "Hagtornsstigen", "Ekorrstigen", "Kantarellstigen", "Stortorget", "Lilla torget", "Järntorget",
    "Fisktorget", "Tulpangränd", "Smedgränd", "Hantverkargränd", "Kyrkogränd", "Bagargränd",
    "Stationsplan", "Brunnsplan", "Mästarplan", "Hamnplan", "Hamnkajen", "Norra kajen",
    "Södra kajen", "Skeppsbrokajen", "Strandvägen", "Sjöbacken", "Kyrkstigen", "Torgplan",
)  # fmt: skip
# Towns with the first three digits of their postcodes, from the cities to the small towns.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Örebro", 702, 705), ("Västerås", 721, 725), ("Linköping", 582, 589), ("Norrköping", 602, 605),
    ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227), ("Gävle", 802, 806),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462),
    ("Östersund", 831, 832), ("Kalmar", 392, 393), ("Falun", 791, 791), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Nyköping", 611, 611), ("Varberg", 432, 432),
    ("Visby", 621, 621), ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Motala", 591, 591),
    ("Mora", 792, 792), ("Leksand", 793, 793), ("Rättvik", 795, 795), ("Arvika", 671, 671),
    ("Hudiksvall", 824, 824), ("Söderhamn", 826, 826), ("Ljusdal", 827, 827), ("Sollefteå", 881, 881),
    ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Lycksele", 921, 921), ("Storuman", 923, 923),
    ("Kalix", 952, 952), ("Gällivare", 982, 982), ("Ludvika", 771, 771), ("Avesta", 774, 774),
    ("Köping", 731, 731), ("Enköping", 745, 745), ("Tierp", 815, 815), ("Hallstahammar", 734, 734),
    ("Vetlanda", 574, 574), ("Eksjö", 575, 575), ("Värnamo", 331, 331), ("Ljungby", 341, 341),
    ("Ronneby", 372, 372), ("Karlshamn", 374, 374), ("Ystad", 271, 271), ("Höör", 243, 243),
    ("Ängelholm", 262, 262), ("Falkenberg", 311, 311), ("Alingsås", 441, 441), ("Lidköping", 531, 531),
    ("Mariestad", 542, 542), ("Uddevalla", 451, 451), ("Lysekil", 453, 453), ("Säffle", 661, 661),
    ("Kristinehamn", 681, 681), ("Hagfors", 683, 683), ("Sandviken", 811, 811), ("Bollnäs", 821, 821),
    ("Gnosjö", 335, 335), ("Åre", 837, 837), ("Strömsund", 833, 833), ("Sveg", 842, 842),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Kvarnbyn 112`, `Västanby 4`).
VILLAGES = (
    "Kvarnbyn", "Västanby", "Östanbyn", "Norrbyn", "Sörbyn", "Övre Byn", "Nedre Byn", "Backa",
    "Bredsjö", "Lillsjön", "Åsen", "Hamre", "Lövnäs", "Sjötorp", "Granberget", "Ängsbacka",
    "Björkås", "Stensbo", "Hällan", "Nybygget", "Tjärnäs", "Mossen", "Kullen", "Lugnet", "Ekudden",
    "Bergsäng", "Skogstorp", "Rörbäcksnäs", "Hölje", "Vallsta", "Oppsjö", "Sunnanå",
)  # fmt: skip
SV_CHURCH_TOWNS = ("Mora", "Leksand", "Rättvik", "Ljusdal", "Tierp", "Gnosjö", "Sveg", "Åre", "Eksjö", "Höör")  # fmt: skip

UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Back Lane", "The Green", "Chapel Row",
    "Main Street", "School Lane", "Orchard Close", "Bridge Street", "Market Place", "Victoria Road",
    "Moor Lane", "Kings Road", "Park Avenue", "Quarry Road", "Meadow Way", "Windsor Drive",
    "Ashfield Crescent", "Priory Walk", "Elm Grove", "Fore Street", "Westgate", "Beech Road",
)  # fmt: skip
UK_TOWNS = (
    ("Kendal", "LA9"), ("Hexham", "NE46"), ("Ludlow", "SY8"), ("Thirsk", "YO7"), ("Bakewell", "DE45"),
    ("Truro", "TR1"), ("Ely", "CB7"), ("Whitby", "YO21"), ("Penrith", "CA11"), ("Tavistock", "PL19"),
    ("Stroud", "GL5"), ("Helston", "TR13"), ("Barnstaple", "EX31"), ("Dorchester", "DT1"),
    ("Skipton", "BD23"), ("Morpeth", "NE61"), ("Oban", "PA34"), ("Dunfermline", "KY12"),
    ("Aberystwyth", "SY23"), ("Enniskillen", "BT74"), ("Leominster", "HR6"), ("Malton", "YO17"),
    ("Wisbech", "PE13"), ("Sevenoaks", "TN13"), ("Brecon", "LD3"), ("Keswick", "CA12"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "Ivy Cottage", "The Old Forge", "Hill Farm", "Home Farm", "The Old Rectory", "Orchard House", "Glebe Cottage", "The Laurels", "Wayside")  # fmt: skip
IE_TOWNS = (
    ("Castlebar", "Mayo", "F23"), ("Ballina", "Mayo", "F26"), ("Westport", "Mayo", "F28"),
    ("Ennis", "Clare", "V95"), ("Tralee", "Kerry", "V92"), ("Killarney", "Kerry", "V93"),
    ("Mallow", "Cork", "P51"), ("Clonakilty", "Cork", "P85"), ("Bandon", "Cork", "P72"),
    ("Tullamore", "Offaly", "R35"), ("Mullingar", "Westmeath", "N91"), ("Athlone", "Westmeath", "N37"),
    ("Navan", "Meath", "C15"), ("Bray", "Wicklow", "A98"), ("Carlow", "Carlow", "R93"),
    ("Kilkenny", "Kilkenny", "R95"), ("Thurles", "Tipperary", "E41"), ("Nenagh", "Tipperary", "E45"),
    ("Letterkenny", "Donegal", "F92"), ("Sligo", "Sligo", "F91"), ("Cavan", "Cavan", "H12"),
    ("Longford", "Longford", "N39"), ("Loughrea", "Galway", "H62"), ("Tuam", "Galway", "H54"),
    ("Dundalk", "Louth", "A91"), ("Gorey", "Wexford", "Y25"),
)  # fmt: skip
IE_ESTATES = ("Ardmore Park", "Beechwood Drive", "Cnoc na Gréine", "Hazel Grove", "The Paddocks", "Árd Mhuire", "Woodlawn Crescent", "Church View", "Millbrook Avenue", "Ashfield Close", "Oakpark Lawns", "Riverside Heights")  # fmt: skip
IE_TOWNLANDS = ("Carrowmore", "Cloonfad", "Knockbrack", "Derrylahan", "Ballyglass", "Kilbride", "Gortnahoe", "Rathmore", "Drumcar", "Lisnagry", "Cloghan", "Ballinacurra", "Tooreen", "Kilmeena")  # fmt: skip
IE_DUBLIN = ("Griffith Avenue", "Iona Road", "Ranelagh Road", "Kimmage Road West", "Navan Road", "Collins Avenue", "Philipsburgh Avenue", "Mount Prospect Avenue")  # fmt: skip
EIRCODE = "0123456789ACDEFHKNPRTVWXY"
US_STREETS = ("Main St.", "N. Elm Street", "Maple Ave.", "Oak Street", "W. Third St.", "Washington Ave.", "Lincoln Way", "Lake Shore Drive", "Ridge Road", "County Road 12", "Pine St.", "Church Street", "S. Park Ave.", "E. Broadway", "Prairie View Lane", "Highway 61")  # fmt: skip
US_TOWNS = (
    ("Bemidji", "MN", 566), ("New Ulm", "MN", 560), ("Lindsborg", "KS", 674), ("Decorah", "IA", 521),
    ("Stoughton", "WI", 535), ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Kingsburg", "CA", 936),
    ("Astoria", "OR", 971), ("Bozeman", "MT", 597), ("Brattleboro", "VT", 53), ("Bangor", "ME", 44),
    ("Athens", "OH", 457), ("Frederick", "MD", 217), ("Moscow", "ID", 838), ("Fargo", "ND", 581),
    ("Mount Vernon", "WA", 982), ("Red Wing", "MN", 550), ("Galesburg", "IL", 614), ("Bishop Hill", "IL", 614),
)  # fmt: skip
CA_STREETS = ("Queen St.", "King Street West", "Main Street", "Victoria Avenue", "Lakeshore Road", "Bay Street", "Maple Crescent", "Centre Street N.", "2nd Avenue", "Water Street")  # fmt: skip
CA_TOWNS = (
    ("Lindsay", "ON", "K9V"), ("Peterborough", "ON", "K9J"), ("Kingston", "ON", "K7L"), ("Guelph", "ON", "N1H"),
    ("Brandon", "MB", "R7A"), ("Gimli", "MB", "R0C"), ("Camrose", "AB", "T4V"), ("Red Deer", "AB", "T4N"),
    ("Nanaimo", "BC", "V9R"), ("Kamloops", "BC", "V2C"), ("Moncton", "NB", "E1C"), ("Truro", "NS", "B2N"),
    ("Charlottetown", "PE", "C1A"), ("Saskatoon", "SK", "S7K"), ("Stockholm", "SK", "S0A"),
)  # fmt: skip
QC_TOWNS = (("Sherbrooke", "J1H"), ("Rimouski", "G5L"), ("Magog", "J1X"), ("Joliette", "J6E"))  # fmt: skip
AU_STREETS = ("Smith St", "Sturt St", "Beach Rd", "Wattle Cres", "Banksia Ct", "Gum Tree Dr", "Station St", "Lydiard St North", "Bridge Rd", "Esplanade", "Mitchell Pde", "Kookaburra Pl", "Hill Tce", "Ocean View Dr", "Bent St")  # fmt: skip
AU_TOWNS = (
    ("Ballarat", "VIC", 3350), ("Bendigo", "VIC", 3550), ("Warrnambool", "VIC", 3280), ("Mandurah", "WA", 6210),
    ("Bunbury", "WA", 6230), ("Toowoomba", "QLD", 4350), ("Bundaberg", "QLD", 4670), ("Mackay", "QLD", 4740),
    ("Orange", "NSW", 2800), ("Dubbo", "NSW", 2830), ("Wagga Wagga", "NSW", 2650), ("Tamworth", "NSW", 2340),
    ("Launceston", "TAS", 7250), ("Devonport", "TAS", 7310), ("Mount Gambier", "SA", 5290),
    ("Victor Harbor", "SA", 5211), ("Alice Springs", "NT", 870), ("Queanbeyan", "NSW", 2620),
)  # fmt: skip
NZ_STREETS = ("Kowhai Street", "Rimu Road", "Totara Avenue", "Pohutukawa Drive", "Tui Street", "Kauri Place", "Rata Street", "Domain Road", "Queen Street", "Seddon Street", "Matai Crescent", "Harakeke Lane")  # fmt: skip
NZ_ROADS = ("Te Rapa Road", "Ohaupo Road", "Number Two Road", "Paengaroa Road", "Kaimai Road", "Valley Road", "Scotts Road", "Back Road")  # fmt: skip
NZ_TOWNS = (
    ("Te Awamutu", 3800), ("Cambridge", 3434), ("Te Puke", 3119), ("Tauranga", 3110), ("Whanganui", 4500),
    ("Masterton", 5810), ("Greymouth", 7805), ("Timaru", 7910), ("Oamaru", 9400), ("Gore", 9710),
    ("Invercargill", 9810), ("Whakatāne", 3120), ("Gisborne", 4010), ("Levin", 5510), ("Feilding", 4702),
    ("Blenheim", 7201), ("Kaikohe", 405), ("Dannevirke", 4930),
)  # fmt: skip
ZA_STREETS = ("Protea Street", "Kerk Street", "Voortrekker Road", "Main Road", "Jacaranda Avenue", "Bokmakierie Crescent", "Eikelaan", "Aloe Close", "Marine Drive", "Church Street", "Plein Street", "Bosbok Road")  # fmt: skip
ZA_TOWNS = (
    ("Somerset West", 7130), ("Stellenbosch", 7600), ("Paarl", 7646), ("George", 6530), ("Knysna", 6571),
    ("Hermanus", 7200), ("Potchefstroom", 2531), ("Polokwane", 699), ("Mbombela", 1200),
    ("Pietermaritzburg", 3201), ("Ballito", 4420), ("Bloemfontein", 9301), ("Kimberley", 8301),
    ("Makhanda", 6139), ("Oudtshoorn", 6625), ("Worcester", 6850),
)  # fmt: skip
ZA_SUBURBS = ("Die Boord", "Helderberg", "Heldervue", "Blanco", "Fichardt Park", "Westering", "Scottsville", "Bendor", "Onrus", "Uniepark")  # fmt: skip
EUROPE = (
    "Dorfstraße {n}, {z5:24103-24999} Kiel", "Lindenweg {n}, {z5:49074-49099} Osnabrück",
    "Am Mühlbach {n}, {z5:83022-83026} Rosenheim", "{n} rue des Écoles, {z5:29000-29999} Quimper",
    "{n} avenue de la Gare, {z5:71000-71999} Mâcon", "Kirkkotie {n}, {z5:60100-60800} Seinäjoki",
    "Rantatie {n} B {m}, {z5:70100-70900} Kuopio", "Gårdsvegen {n}, {z4:2600-2699} Lillehammer",
    "Fjordgata {n}, {z4:7010-7099} Trondheim", "Bygaden {n}, {z4:4000-4099} Roskilde",
    "Strandvejen {n}, {m}. tv., {z4:2900-2999} Hellerup", "ul. Leśna {n}, 10-{z3:100-999} Olsztyn",
    "ul. Ogrodowa {n}/{m}, 80-{z3:800-899} Gdańsk", "Calle Real {n}, {z5:29600-29699} Marbella",
    "Kerkstraat {n}, {z4:1011-1099} {L2} Amsterdam", "Via Roma {n}, {z5:38121-38123} Trento",
    "Hauptplatz {n}, {z4:8010-8099} Graz", "Avenida da Liberdade {n}, {z4:1250-1269}-{z3:100-199} Lisboa",
)  # fmt: skip
# Area codes of the phones: Swedish two-digit areas, the UK's, Ireland's, the US's and Canada's.
SV_AREAS2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "23", "26", "35", "36", "46")  # fmt: skip
UK_AREAS = ("01539", "01434", "01584", "01845", "01629", "01872", "01353", "01947", "01768", "01822", "01453", "01865", "0113", "0117")  # fmt: skip
IE_AREAS = ("094", "096", "098", "065", "066", "064", "022", "023", "057", "044", "090", "046", "059", "056", "0504", "067", "074", "071", "049", "043", "091", "042")  # fmt: skip
US_AREAS = ("218", "507", "785", "563", "608", "815", "716", "559", "503", "406", "802", "207", "740", "301", "208", "701", "360", "651", "309")  # fmt: skip
CA_AREAS = ("705", "613", "519", "204", "403", "250", "506", "902", "306", "819", "418")  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com")  # fmt: skip
MAIL_EN = {
    "uk": ("btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"),
    "ie": ("eircom.net", "gmail.com", "hotmail.com", "yahoo.ie"),
    "us": ("gmail.com", "comcast.net", "yahoo.com", "aol.com", "outlook.com"),
    "ca": ("shaw.ca", "rogers.com", "gmail.com", "sympatico.ca"),
    "au": ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"),
    "nz": ("xtra.co.nz", "gmail.com", "slingshot.co.nz"),
    "za": ("telkomsa.net", "gmail.com", "mweb.co.za", "iafrica.com"),
}  # fmt: skip
WORK = {
    None: ("example.se", "kommun.example.se", "tidning.example.se", "forening.example.se", "example.com"),
    "uk": ("example.co.uk", "council.example.co.uk"), "ie": ("example.ie", "coco.example.ie"),
    "us": ("example.com", "example.org"), "ca": ("example.ca",), "au": ("example.com.au", "example.org.au"),
    "nz": ("example.co.nz", "example.org.nz"), "za": ("example.co.za", "example.org.za"),
}  # fmt: skip
FIRM_LOCALS = ("info", "redaktionen", "familj", "annons", "notices", "news", "editor", "letters", "classifieds", "office", "kansliet", "bokning", "tips", "sports", "events")  # fmt: skip


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
    family: list[Word] = field(default_factory=list)  # the surname as the family carries it

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of CZ from one seeded Random; counts the head/tail split and the origins."""

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

    def origin_key(self, hint: str | None) -> str:
        r = self.rng
        if hint and r.random() < HINT_SHARE:
            return hint
        mix = MIXES[self.lang]
        return r.choices(list(mix), weights=list(mix.values()))[0]

    def person(
        self, woman: bool | None, hint: str | None = None, kin: Person | None = None
    ) -> Person:
        """A person; with `kin`, one of that person's family, carrying the family's surname."""
        r = self.rng
        key = kin.origin if kin else self.origin_key(hint)
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and given[0][0] in FIRST_PARTS and r.random() < 0.25:
            for _ in range(12):  # the second part drawn from the pool too, as Swedes combine them
                second = self.pick(pool)
                if second[0] in SECOND_PARTS and second[0] != given[0][0]:
                    given.append(second)
                    break
        middle: list[Word] = []
        if r.random() < MIDDLE_SHARE.get(key, 0.05):
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
        elif key in ("uk", "us", "irish") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        plain_typed = key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3
        if kin:  # the family's surname, as the family types it
            surname, joint = list(kin.family), kin.joint
        elif plain_typed:
            surname = [(plain(w), p) for w, p in surname]
        if plain_typed:
            given = [(plain(w), p) for w, p in given]
        family = list(surname)
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint, family)

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

    def email(self, person: Person, country: str | None = None) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace(" ", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace(" ", "").replace("'", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(1950, 2005)}"))  # fmt: skip
        if r.random() < 0.3:
            return f"{local}@{r.choice(WORK[country])}"
        pool = MAIL_EN.get(country or "", MAIL)
        return f"{local}@{r.choice(pool)}"

    def firm_email(self, country: str | None) -> str:
        r = self.rng
        return f"{r.choice(FIRM_LOCALS)}@{r.choice(WORK[country])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    # Phones -----------------------------------------------------------------------------------

    def phone(self, mobile: bool | None = None) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(SV_AREAS2)
        area3 = r.choice(("250", "247", "271", "380", "470", "480", "492", "495", "520", "523", "560", "570", "611", "640", "651", "660", "680", "695", "910", "920", "921", "926", "940", "950", "980", "220"))  # fmt: skip
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        if mobile is None:
            mobile = r.random() < 0.62
        shapes = mobiles if mobile else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_in(self, country: str) -> str:
        """A number of `country` as its people write it at home, or with its code from abroad."""
        r = self.rng
        d = self.digits(9)
        if country == "uk":
            area = r.choice(UK_AREAS)
            local = d[:6] if len(area) == 5 else f"{d[:3]} {d[3:7]}"
            return r.choice((f"{area} {local}", f"({area}) {local}", f"07{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:6]} {d[6:9]}",
                             f"+44 7{d[:3]} {d[3:9]}", f"+44 (0){area[1:]} {local}", f"020 7{d[:3]} {d[3:7]}", f"0800 {d[:3]} {d[3:7]}"))  # fmt: skip
        if country == "ie":
            mob = r.choice(("083", "085", "086", "087", "089"))
            area = r.choice(IE_AREAS)
            return r.choice((f"{mob} {d[:3]} {d[3:7]}", f"{mob}-{d[:7]}", f"{mob} {d[:7]}", f"({area}) {d[:3]} {d[3:7]}",
                             f"{area} {d[:7]}", f"{area}-{d[:5]}", f"+353 {mob[1:]} {d[:3]} {d[3:7]}", f"00353 {area[1:]} {d[:3]} {d[3:7]}", f"01 {d[:3]} {d[3:7]}"))  # fmt: skip
        if country in ("us", "ca"):
            area = r.choice(US_AREAS if country == "us" else CA_AREAS)
            ex = f"{r.randrange(2, 10)}{d[:2]}"
            return r.choice((f"({area}) {ex}-{d[2:6]}", f"{area}-{ex}-{d[2:6]}", f"{area}.{ex}.{d[2:6]}", f"+1 {area} {ex} {d[2:6]}",
                             f"{ex}-{d[2:6]}", f"1-800-{ex}-{d[2:6]}", f"({area}) {ex}-{d[2:6]}", f"{area}-{ex}-{d[2:6]}"))  # fmt: skip
        if country == "au":
            area = r.choice(("02", "03", "07", "08"))
            return r.choice((f"04{d[:2]} {d[2:5]} {d[5:8]}", f"04{d[:2]} {d[2:5]} {d[5:8]}", f"({area}) {d[:4]} {d[4:8]}",
                             f"{area} {d[:4]} {d[4:8]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+61 {area[1]} {d[:4]} {d[4:8]}", f"1300 {d[:3]} {d[3:6]}", f"04{d[:8]}"))  # fmt: skip
        if country == "nz":
            mob = r.choice(("021", "022", "027", "029"))
            area = r.choice(("07", "06", "03", "09", "04"))
            return r.choice((f"{mob} {d[:3]} {d[3:7]}", f"{mob}-{d[:3]} {d[3:7]}", f"({area}) {d[:3]} {d[3:7]}", f"{area} {d[:3]} {d[3:7]}",
                             f"{area}-{d[:3]} {d[3:7]}", f"+64 {mob[1:]} {d[:3]} {d[3:7]}", f"0800 {d[:3]} {d[3:6]}"))  # fmt: skip
        if country == "za":
            mob = r.choice(("082", "083", "084", "072", "073", "076", "079", "060"))
            area = r.choice(
                ("021", "044", "028", "018", "015", "013", "033", "032", "051", "053", "046")
            )
            return r.choice((f"{mob} {d[:3]} {d[3:7]}", f"{mob}-{d[:3]}-{d[3:7]}", f"{mob}{d[:7]}", f"{area} {d[:3]} {d[3:7]}",
                             f"({area}) {d[:3]}-{d[3:7]}", f"+27 {mob[1:]} {d[:3]} {d[3:7]}", f"+27 (0){area[1:]} {d[:3]} {d[3:7]}"))  # fmt: skip
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+49 171 {d[:7]}", f"+49 (0)431 {d[:6]}", f"0049 8031 {d[:6]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old`: of someone past a hundred."""
        r = self.rng
        year = r.randrange(1918, 1926) if old else r.randrange(1936, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old and roll < 0.7:  # past a hundred: the ten digits take a `+`
            self.forms["pnr 10 with +"] += 1
            return f"{date}+{serial}{check}"
        if roll < 0.4 or (old and roll < 0.9):
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78 and not old:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9 or old:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def za_id(self) -> str:
        """A South African identity number (no personnummer, so no value of CZ): date, serial, Luhn."""
        r = self.rng
        body = f"{r.randrange(30, 99):02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}{r.randrange(0, 10000):04d}0{r.randrange(8, 10)}"
        total = 0
        for i, ch in enumerate(reversed(body)):
            n = int(ch) * (2 if i % 2 == 0 else 1)
            total += n - 9 if n > 9 else n
        return body + str((10 - total % 10) % 10)

    # Addresses --------------------------------------------------------------------------------

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.deal('sv_street', SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[32:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.deal('village', VILLAGES)} {self.rng.randrange(1, 240)}"

    def sv_address(
        self,
        lines: bool = False,
        lgh: bool = False,
        rural: bool | None = None,
        country: bool = False,
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += r.choice(
                (
                    f", {r.randrange(1, 6)} tr",
                    f" {r.randrange(1, 6)} tr",
                    f", uppg. {r.choice('ABC')}",
                )
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural, country=country)}"

    def sv_street_town(self) -> str:
        return f"{self.sv_street()}, {self.rng.choice(SV_TOWNS)[0]}"

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 999)}{r.choice((', ', chr(10)))}{self.sv_postal(rural=r.random() < 0.3)}"

    def uk_address(self, lines: bool = False, short: bool = False) -> str:
        r = self.rng
        town, district = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{district} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = self.deal("uk_street", UK_STREETS)
        if short:  # as court round-ups write it: the street and the town
            return f"{street}, {town}"
        line = f"{r.randrange(1, 140)} {street}"
        roll = r.random()
        if roll < 0.2:
            line = f"{r.choice(UK_HOUSES)}, {street}"
        elif roll < 0.3:
            line = f"Flat {r.randrange(1, 12)}, {line}"
        return f"{line}\n{town}\n{code}" if lines else f"{line}, {town} {code}"

    def eircode(self, key: str | None = None) -> str:
        r = self.rng
        key = key or r.choice(IE_TOWNS)[2]
        return f"{key} {r.choice('ACDEFHKNPRTVWXY')}{''.join(r.choice(EIRCODE) for _ in range(3))}"

    def ie_address(self, lines: bool = False, code: bool | None = None) -> str:
        r = self.rng
        town, county, key = r.choice(IE_TOWNS)
        roll = r.random()
        if roll < 0.4:
            parts = [
                f"{r.randrange(1, 90)} {self.deal('ie_estate', IE_ESTATES)}",
                town,
                f"Co. {county}",
            ]
        elif roll < 0.8:
            parts = [self.deal("ie_townland", IE_TOWNLANDS), town, f"Co. {county}"]
        else:
            n = r.randrange(1, 25)
            parts = [f"{r.randrange(1, 200)} {r.choice(IE_DUBLIN)}", f"Dublin {n}"]
            key = f"D{n:02d}"
        if code if code is not None else r.random() < 0.3:
            parts.append(self.eircode(key))
        return ("\n" if lines else ", ").join(parts)

    def us_address(self, lines: bool = False, town_only: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt.', 'Unit', '#', 'Apt'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'A'))}".replace(
                "# ", "#"
            )
        elif r.random() < 0.08:
            street = f"P.O. Box {r.randrange(10, 999)}"
        if town_only:
            return f"{street}, {town}"
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zip_code}"
            if lines
            else f"{street}, {town}, {state} {zip_code}"
        )

    def us_block(self) -> str:
        r = self.rng
        return f"{r.randrange(1, 30)}00 block of {r.choice(US_STREETS).replace('St.', 'Street').replace('Ave.', 'Avenue')}"

    def ca_address(self, lines: bool = False) -> str:
        r = self.rng
        letters = "ABCEGHJKLMNPRSTVXY"
        tail = f"{r.randrange(10)}{r.choice(letters)}{r.randrange(10)}"
        roll = r.random()
        if roll < 0.2:
            town, fsa = r.choice(QC_TOWNS)
            return f"{r.randrange(10, 3000)}, rue {r.choice(('Principale', 'King Ouest', 'des Érables', 'Saint-Georges'))}, {town} (Québec)  {fsa} {tail}"
        town, prov, fsa = r.choice(CA_TOWNS)
        line = f"{r.randrange(10, 2999)} {r.choice(CA_STREETS)}"
        if roll < 0.32:
            line = f"RR {r.randrange(1, 6)}"
        elif roll < 0.42:
            line = f"Unit {r.randrange(1, 30)}, {line}"
        return (
            f"{line}\n{town}, {prov}  {fsa} {tail}"
            if lines
            else f"{line}, {town}, {prov} {fsa} {tail}"
        )

    def au_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, code = r.choice(AU_TOWNS)
        line = f"{r.randrange(1, 300)} {r.choice(AU_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            line = f"{r.randrange(1, 12)}/{line}"
        elif roll < 0.3:
            line = f"Unit {r.randrange(1, 20)}, {line}"
        elif roll < 0.38:
            line = f"PO Box {r.randrange(10, 999)}"
        elif roll < 0.46:
            line = f"{r.randrange(100, 4000)} {r.choice(('Midland Hwy', 'Princes Hwy', 'Old Coach Rd', 'Gully Rd'))}"
        return (
            f"{line}\n{town} {state} {code:04d}" if lines else f"{line}, {town} {state} {code:04d}"
        )

    def nz_address(self, lines: bool = False) -> str:
        r = self.rng
        town, code = r.choice(NZ_TOWNS)
        roll = r.random()
        if roll < 0.3:
            parts = [
                f"{r.randrange(10, 900)} {r.choice(NZ_ROADS)}",
                f"RD {r.randrange(1, 6)}",
                f"{town} {code + r.randrange(1, 9):04d}",
            ]
        elif roll < 0.4:
            parts = [f"PO Box {r.randrange(10, 999)}", f"{town} {code + 40:04d}"]
        else:
            parts = [
                f"{r.randrange(1, 150)}{r.choice(('', '', 'A', 'B'))} {r.choice(NZ_STREETS)}",
                f"{town} {code:04d}",
            ]
        return ("\n" if lines else ", ").join(parts)

    def za_address(self, lines: bool = False) -> str:
        r = self.rng
        town, code = r.choice(ZA_TOWNS)
        roll = r.random()
        if roll < 0.25:
            parts = [f"PO Box {r.randrange(10, 9999)}", town, f"{code:04d}"]
        elif roll < 0.4:
            parts = [
                f"Unit {r.randrange(1, 40)} {r.choice(('Protea Gardens', 'Helderberg Village', 'Die Eike'))}",
                f"{r.randrange(1, 80)} {r.choice(ZA_STREETS)}",
                town,
                f"{code:04d}",
            ]
        else:
            parts = [
                f"{r.randrange(1, 120)} {r.choice(ZA_STREETS)}",
                r.choice(ZA_SUBURBS),
                town,
                f"{code:04d}",
            ]
        return ("\n" if lines else ", ").join(parts)

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


PERSON_FORMS = {"P", "p", "U", "F", "FI", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}  # fmt: skip


def person_segments(form: str, person: Person, draw: Draw, country: str | None) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, FI with the middle
    name's initial, G/g the given name (sometimes its short form), N/n the short form where the name
    has one, S/s the surname, SU the surname in capitals, I an initial (or two) and the surname, Gi
    the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given (Middle)`, E an
    e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    r = draw.rng
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (form[:-1] in PERSON_FORMS and form.endswith("s") and form != "s")
        else form
    )
    if base == "E":
        return [(draw.email(person, country), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base == "FI":
        words = given + surname
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
    elif base in ("S", "s", "SU"):
        words, value = (
            surname,
            person.last.lower()
            if base == "s"
            else person.last.upper()
            if base == "SU"
            else person.last,
        )
    elif base == "I":
        words = surname
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if middle and r.random() < 0.35:
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words = given + surname
        value = f"{person.last.upper()}, {person.first}"
        if middle and r.random() < 0.5:
            words = given + middle + surname
            value += f" {middle[0][0]}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


def time_en(r: Random) -> str:
    """A time as English-speaking papers print it: `10am`, `2.30pm`, `7:30pm`, `19:30`."""
    hour, minute = r.randrange(9, 21), r.choice(("00", "00", "30", "15"))
    twelve = hour - 12 if hour > 12 else hour
    suffix = "pm" if hour >= 12 else "am"
    return r.choice(
        (
            f"{twelve}{suffix}" if minute == "00" else f"{twelve}.{minute}{suffix}",
            f"{twelve}:{minute}{suffix}",
            f"{hour}:{minute}",
        )
    )


def filler(form: str, draw: Draw, country: str | None = None) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    start = r.randrange(8, 16)
    values: dict[str, Callable[[], Segment]] = {
        # Swedish addresses
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ASE": lambda: (draw.sv_address(lines=r.random() < 0.5, country=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.deal("sv_street", SV_STREETS), "ADDRESS"),
        "STT": lambda: (draw.sv_street_town(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village(), draw.deal("sv_street", SV_STREETS))) if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        # addresses of the English-speaking countries and of Europe
        "AUK": lambda: (draw.uk_address(), "ADDRESS"),
        "AUKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUKS": lambda: (draw.uk_address(short=True), "ADDRESS"),
        "auk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AIE": lambda: (draw.ie_address(), "ADDRESS"),
        "AIEL": lambda: (draw.ie_address(lines=True), "ADDRESS"),
        "EIR": lambda: (draw.eircode(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AUST": lambda: (draw.us_address(town_only=True), "ADDRESS"),
        "BLOCK": lambda: (draw.us_block(), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "ACA": lambda: (draw.ca_address(), "ADDRESS"),
        "ACAL": lambda: (draw.ca_address(lines=True), "ADDRESS"),
        "AAU": lambda: (draw.au_address(), "ADDRESS"),
        "AAUL": lambda: (draw.au_address(lines=True), "ADDRESS"),
        "ANZ": lambda: (draw.nz_address(), "ADDRESS"),
        "ANZL": lambda: (draw.nz_address(lines=True), "ADDRESS"),
        "AZA": lambda: (draw.za_address(), "ADDRESS"),
        "AZAL": lambda: (draw.za_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        # phones, e-mails, personnummer
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHL": lambda: (draw.phone(mobile=False), "PHONE"),
        "PHUK": lambda: (draw.phone_in("uk"), "PHONE"),
        "PHIE": lambda: (draw.phone_in("ie"), "PHONE"),
        "PHUS": lambda: (draw.phone_in("us"), "PHONE"),
        "PHCA": lambda: (draw.phone_in("ca"), "PHONE"),
        "PHAU": lambda: (draw.phone_in("au"), "PHONE"),
        "PHNZ": lambda: (draw.phone_in("nz"), "PHONE"),
        "PHZA": lambda: (draw.phone_in("za"), "PHONE"),
        "PHX": lambda: (draw.phone_in("x"), "PHONE"),
        "UKST": lambda: (draw.deal("uk_street", UK_STREETS), "ADDRESS"),
        "USST": lambda: (r.choice(US_STREETS).replace("St.", "Street").replace("Ave.", "Avenue"), "ADDRESS"),
        "EF": lambda: (draw.firm_email(country), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        # look-alikes, no values
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}", f"{MONTHS['en'][month - 1]} {day}, {YEAR}")), None),
        "BDATE": lambda: (f"{day} {MONTHS['sv'][month - 1]} {r.randrange(1925, 1960)}", None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (time_en(r), None),
        "TSPAN": lambda: (f"{start}–{start + r.randrange(2, 5)}", None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "COUNTY": lambda: (r.choice(IE_TOWNS)[1], None),
        "AGE": lambda: (str(r.randrange(18, 80)), None),
        "AGEO": lambda: (str(r.randrange(68, 99)), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "BYEAR": lambda: (str(r.randrange(1926, 1952)), None),
        "YEAR": lambda: (str(r.randrange(1946, 2020)), None),
        "AMTS": lambda: (f"{r.randrange(5, 300) * 10} kr", None),
        "RENT": lambda: (f"{r.randrange(35, 140) * 100:,} kr".replace(",", " "), None),
        "BDATEEN": lambda: (f"{day} {MONTHS['en'][month - 1]} {r.randrange(1925, 1960)}", None),
        "AMT": lambda: (f"{r.randrange(150, 68000):,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.randrange(6, 120) * 50_000:,} kr".replace(",", " "), None),
        "GBP": lambda: (r.choice((f"£{r.randrange(30, 2400)}", f"£{r.randrange(90, 900) * 1000:,}")), None),
        "EUR": lambda: (r.choice((f"€{r.randrange(30, 900)}", f"€{r.randrange(90, 700) * 1000:,}")), None),
        "USD": lambda: (f"${r.randrange(45, 180) * 10:,}", None),
        "USDH": lambda: (f"${r.randrange(60, 600) * 1000:,}", None),
        "CAD": lambda: (f"${r.randrange(150, 900) * 1000:,}", None),
        "AUD": lambda: (f"${r.randrange(250, 1500) * 1000:,}", None),
        "NZD": lambda: (f"${r.randrange(350, 1400) * 1000:,}", None),
        "ZAR": lambda: (f"R{r.randrange(600, 6000) * 1000:,}".replace(",", " "), None),
        "FINE": lambda: (str(r.randrange(2, 60) * 25), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "CASE": lambda: (f"{r.choice('BTÄ')} {r.randrange(100, 9999)}-{r.randrange(24, 28)}", None),
        "CASEEN": lambda: (r.choice((f"{YEAR}/{r.randrange(100, 9999)}", f"{r.randrange(10, 99)}-CR-{r.randrange(100, 999)}", f"DC/{r.randrange(1000, 9999)}/{YEAR % 100}")), None),
        "ORG": lambda: (f"{r.choice(('556', '559', '802', '769', '717'))}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "FB": lambda: (f"{r.choice(('Sörby', 'Kvarnbyn', 'Lövsta', 'Hamre', 'Åsen', 'Backa', 'Tallen', 'Eken', 'Näset', 'Berga'))} {r.randrange(1, 40)}:{r.randrange(1, 300)}", None),
        "ZAID": lambda: (draw.za_id(), None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "ERF": lambda: (f"Erf {r.randrange(100, 19999)}", None),
        "LOT": lambda: (r.choice((f"Lot {r.randrange(1, 99)} DP {r.randrange(10000, 999999)}", f"Lot {r.randrange(1, 40)} on SP {r.randrange(10000, 99999)}", f"Folio {r.choice(('MY', 'GY', 'DL'))}{r.randrange(1000, 99999)}F")), None),
        "PLAN": lambda: (r.choice((f"{YEAR % 100}/{r.randrange(100, 9999):05d}/{r.choice(('FUL', 'HOU', 'LBC', 'OUT'))}", f"{YEAR % 100}/{r.randrange(100, 999)}", f"DA{r.randrange(100, 999)}/{YEAR}", f"BLP-{r.randrange(100, 999)}/{YEAR % 100}")), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "PG": lambda: (f"{r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)}-{r.randrange(10)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "STOWN": lambda: (r.choice(SV_CHURCH_TOWNS), None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "TOWNIE": lambda: (r.choice(IE_TOWNS)[0], None),
        "TOWNUS": lambda: (r.choice(US_TOWNS)[0], None),
        "TOWNCA": lambda: (r.choice(CA_TOWNS)[0], None),
        "TOWNAU": lambda: (r.choice(AU_TOWNS)[0], None),
        "TOWNNZ": lambda: (r.choice(NZ_TOWNS)[0], None),
        "TOWNZA": lambda: (r.choice(ZA_TOWNS)[0], None),
        "CHURCH": lambda: (draw.deal("church_sv", CHURCHES_SV), None),
        "CHURCHEN": lambda: (draw.deal("church_en", CHURCHES_EN), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "GRAM": lambda: (f"{r.randrange(2600, 4600)}", None),
        "CM": lambda: (str(r.randrange(46, 56)), None),
        "WEEK": lambda: (str(r.randrange(1, 52)), None),
        "PTS": lambda: (str(r.randrange(28, 44)), None),
        "HCP": lambda: (str(r.randrange(2, 28)), None),
    }  # fmt: skip
    return values[form]()


SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?:~(\d))?(?::([fm]))?(?:@([a-z_]+))?\}")
COUNTRY = {"uk": "uk", "irish": "ie", "us": "us", "maori": "nz", "south_african": "za"}


def is_person_form(form: str) -> bool:
    if form in PERSON_FORMS:
        return True
    if form.endswith("'"):
        return form[:-1] in PERSON_FORMS
    return form.endswith("s") and form[:-1] in PERSON_FORMS


def template_country(template: str) -> str | None:
    """The country a template's people write from, by its first phone, address or origin slot:
    their e-mail addresses are at that country's providers."""
    match = re.search(
        r"\{(?:PH|A)(UK|IE|US|CA|AU|NZ|ZA)|@(irish|us|uk|maori|south_african)\}", template
    )
    if not match:
        return None
    return match.group(1).lower() if match.group(1) else COUNTRY[match.group(2)]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    """A template's text and spans: `{FORM#ref~kin:gender@origin}` slots filled from the draw."""
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    country = template_country(template)
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin, gender, hint = match.groups()
        if is_person_form(form):
            if ref and ref in people:
                person = people[ref]
            else:
                woman = {"f": True, "m": False}.get(gender or "")
                person = draw.person(woman, hint, people.get(kin) if kin else None)
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw, country)
        else:
            segments = [filler(form, draw, country)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """CZ's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(?:\d{2})?(\d{6})[-+]?(\d{4})$")


def counts(
    rows: list[dict[str, object]],
) -> tuple[Counter[str], Counter[str], Counter[tuple[str, str]], Counter[str], list[str]]:
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
                after = text[span["end"] : span["end"] + 3]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
                forms["lower-case one word"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += "Box" in value
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                sep = "+" if "+" in value else "-" if "-" in value else "none"
                forms[f"personnummer {len(digits)} digits, {sep}"] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    return langs, empty, kinds, forms, people


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of CZ is printed."""
    langs, empty, kinds, forms, people = counts(rows)
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for mix in MIXES.values() for k in mix if not draw.origins[k]]
    print(f"origins of MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = Counter(str(row["id"]) for row in rows)
    problems["duplicate ids"] = sum(n - 1 for n in ids.values() if n > 1)
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        text, spans = row["text"], row["spans"]
        end = 0
        for span in spans:
            start, stop = span["start"], span["end"]
            if set(span) != {"start", "end", "kind"}:
                problems["span keys"] += 1
            if not 0 <= start < stop <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if span["kind"] == "NATIONAL_ID":
                match = PNR.match(value)
                if not match or luhn((match.group(1) + match.group(2))[:9]) != int(
                    match.group(2)[-1]
                ):
                    problems["personnummer check digit"] += 1
    langs, _, kinds, _, _ = counts(rows)
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "spans: " + ", ".join(f"{k} {v}" for (k, lang), v in sorted(kinds.items()) if lang == "all")
    )
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
