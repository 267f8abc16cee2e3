# ruff: noqa: E501
"""Generate held-out DF for personal-data detection (issue 15): names as the population has them,
an eighty-ninth writer.

    python data/pii/generate_df.py                       # writes data/pii/generated-heldout-df.jsonl
    python data/pii/generate_df.py --stats               # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_df.py --check               # checks the written file, prints counts only
    python data/pii/generate_df.py --seed 7 --out /tmp/df-7.jsonl   # a scratch seed

DF's names are drawn by how often people really carry them: every name word comes from
`names_df.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, the CSO's for Ireland, and the commonest names of the origins common in
Sweden), 80% from the head of a list and 20% from its tail, mixed by the language of the row. The
genre is the local newspaper, of Britain and Ireland and its Swedish counterpart
(`templates_df.py`): district court and magistrates' reports with defendants' addresses, family
notices (deaths, funerals reposing at home, anniversaries, births), property sales and price
registers, planning and licensing lists, letters to the editor signed with the writer's address,
lost and found, sports clubs' results, parish and community notes, and the newsroom's own mail and
chat, with addresses as British and Irish papers print them (house names, flats, estates,
townlands, counties, postcodes and Eircodes) and as Swedish ones do. Written by a helper who does
not tune the detector, who read only `generate_aw.py` (for its mechanics), two sections of
docs/privacy.md and the first line of `generated-heldout-u.jsonl`; not the detector's rules,
lexicons or tagger, no error listing, no other set's names or templates. DF was never run through
the detector by its writer and its names were not checked against rung's lexicons. Stdlib only;
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

from names_df import GAELIC_F, HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_df import (  # noqa: E402
    CHURCHES,
    CLUBS,
    DAYS,
    EN,
    MIXED,
    MONTHS,
    NEGATIVES,
    SV,
)

SEED = 20270166
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-df.jsonl"
SPLIT = "heldout-df"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the address register to hold them.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Västra Järnvägsgatan", "Bangårdsgatan", "Skolgatan",
    "Prästgatan", "Rådhusgatan", "Köpmansgatan", "Södra Esplanaden", "Fabriksgatan", "Hamngatan",
    "Norra Långgatan", "Trädgårdsgatan", "Badhusgatan", "Villagatan", "Bergsgatan", "Tullgatan",
    "Björkvägen", "Granvägen", "Tallvägen", "Lönnvägen", "Aspvägen", "Hasselvägen", "Rönnbärsvägen",
    "Solrosvägen", "Vallmovägen", "Klövervägen", "Idrottsvägen", "Skogsbrynsvägen", "Kyrkvägen",
    "Sjöängsvägen", "Lingonvägen", "Smedjevägen", "Kvarnvägen", "Gamla Riksvägen", "Östra Vägen",
    "Ringvägen", "Hagalundsvägen", "Fridhemsvägen", "Kopparslagarsvängen", "Linnésvängen", "Gökvägen",
    "Ekbacksvängen", "Lindallén", "Kastanjeallé", "Parkallén", "Slottsallén", "Lasarettsallén",
    "Kyrkbacken", "Mjölnarbacken", "Tingsbacken", "Solbacken", "Stationsbacken", "Järnvägsbacken",
    "Björnbärsstigen", "Hagtornsstigen", "Humlestigen", "Ekorrstigen", "Trastvägen", "Lärkstigen",
    "Stora torget", "Stortorget", "Fisktorget", "Hötorget", "Mästarplan", "Bryggareplan",
    "Rådhusplan", "Kopparplan", "Smedjegränd", "Klockargränd", "Tunnbindaregränd", "Bagargränd",
    "Hamnkajen", "Norra Kajen", "Packhuskajen", "Strandkajen", "Brogatan", "Nya Torget",
)  # fmt: skip
# Swedish hyphenated given names as people carry them: a first part and the seconds it takes.
HYPHEN = {
    "Ann": ("Marie", "Christin", "Sofie", "Louise", "Charlotte", "Britt"), "Anna": ("Karin", "Lena", "Lisa", "Stina"),
    "Eva": ("Lena", "Karin", "Britt"), "Maj": ("Britt", "Lis"), "Britt": ("Marie", "Inger"), "Marie": ("Louise",),
    "Ulla": ("Britt", "Karin"), "Inga": ("Lill", "Britt"), "Gun": ("Britt", "Marie"),
    "Karl": ("Erik", "Gustav", "Johan", "Axel"), "Lars": ("Erik", "Göran", "Olof", "Åke", "Gunnar"),
    "Per": ("Olof", "Erik", "Anders", "Åke", "Arne"), "Jan": ("Erik", "Olof", "Åke"), "Nils": ("Erik", "Olof", "Åke"),
    "Sven": ("Erik", "Åke", "Olof"), "Bo": ("Göran",), "Hans": ("Erik", "Åke"), "Carl": ("Johan", "Gustaf"), "Stig": ("Olof",),
}  # fmt: skip
# Towns of the local papers, with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 705), ("Jönköping", 551, 556), ("Umeå", 901, 907),
    ("Sundsvall", 851, 857), ("Gävle", 802, 806), ("Borås", 501, 507), ("Växjö", 351, 355),
    ("Ljungby", 341, 341), ("Alvesta", 342, 342), ("Älmhult", 343, 343), ("Vimmerby", 598, 598),
    ("Västervik", 593, 593), ("Hultsfred", 577, 577), ("Eksjö", 575, 575), ("Nässjö", 571, 571),
    ("Vetlanda", 574, 574), ("Tranås", 573, 573), ("Värnamo", 331, 331), ("Gislaved", 332, 332),
    ("Falköping", 521, 521), ("Skövde", 541, 541), ("Lidköping", 531, 531), ("Mariestad", 542, 542),
    ("Karlskoga", 691, 691), ("Kristinehamn", 681, 681), ("Arvika", 671, 671), ("Sunne", 686, 686),
    ("Säffle", 661, 661), ("Ludvika", 771, 771), ("Avesta", 774, 774), ("Hedemora", 776, 776),
    ("Sandviken", 811, 811), ("Hudiksvall", 824, 824), ("Söderhamn", 826, 826), ("Örnsköldsvik", 891, 891),
    ("Härnösand", 871, 871), ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Gällivare", 982, 982),
    ("Lycksele", 921, 921), ("Trelleborg", 231, 231), ("Ystad", 271, 271), ("Eslöv", 241, 241),
    ("Hässleholm", 281, 281), ("Kristianstad", 291, 291), ("Karlshamn", 374, 374), ("Ronneby", 372, 372),
    ("Karlskrona", 371, 371), ("Oskarshamn", 572, 572), ("Motala", 591, 591), ("Mjölby", 595, 595),
    ("Katrineholm", 641, 641), ("Nyköping", 611, 611), ("Enköping", 745, 745), ("Norrtälje", 761, 761),
    ("Visby", 621, 621), ("Alingsås", 441, 441), ("Kungälv", 442, 442), ("Uddevalla", 451, 451),
    ("Trollhättan", 461, 461), ("Ulricehamn", 523, 523),
)  # fmt: skip
# Villages and hamlets whose houses are numbered by the village (`Bäckaby 214`).
SV_VILLAGES = (
    "Bäckaby", "Ryd", "Östra Torp", "Västra Kärr", "Gräshult", "Stensjö", "Björkhult", "Lilla Dal",
    "Fagerhult", "Grönkulla", "Mossebo", "Källstorp", "Ekeberg", "Sörby", "Norrtorp", "Sandvik",
    "Boda", "Ängahult", "Kvarntorp", "Lönneberga", "Hässlebo", "Tjurkö", "Rävemåla", "Flaka",
    "Hagby", "Nöbbele", "Ödeshög", "Vrigstad", "Mariannelund", "Skirö", "Brunnsberg", "Tegelbruket",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Back Lane", "The Green", "Chapel Row",
    "Main Street", "School Lane", "Orchard Close", "Bridge Street", "Market Place", "Victoria Road",
    "Moor Lane", "Fore Street", "Castle Street", "Front Street", "Queen Street", "West End",
    "Mount Pleasant", "Beech Grove", "Meadow View", "Hawthorn Drive", "Priory Walk", "Wellington Road",
    "Nelson Street", "Gladstone Terrace", "St Mary's Terrace", "Greenfields Crescent", "Fell View",
    "Low Row", "Quarry Road", "Cemetery Road", "Vicarage Gardens", "Kiln Lane", "Abbey Road",
)  # fmt: skip
UK_HOUSES = (
    "Rose Cottage", "Ivy Cottage", "The Old Forge", "Hill Farm", "Home Farm", "The Old Rectory",
    "Manor Farm", "Orchard House", "The Old School House", "Fernbank", "Brookside", "The Laurels",
    "Keeper's Cottage", "Glebe House", "Stable Cottage", "Tyn-y-Coed", "Bryn Awel", "Hillcrest",
)  # fmt: skip
UK_BLOCKS = ("Beech House", "Riverside Court", "Mill View", "Castle Mews", "Kings Court", "Abbey Lodge")  # fmt: skip
UK_TOWNS = (
    ("Hexham", "NE", 46, 47), ("Kendal", "LA", 8, 9), ("Ludlow", "SY", 8, 8), ("Thirsk", "YO", 7, 7),
    ("Whitby", "YO", 21, 22), ("Skipton", "BD", 23, 23), ("Penrith", "CA", 10, 11), ("Alnwick", "NE", 66, 66),
    ("Morpeth", "NE", 61, 61), ("Truro", "TR", 1, 4), ("Penzance", "TR", 18, 20), ("Barnstaple", "EX", 31, 32),
    ("Taunton", "TA", 1, 3), ("Frome", "BA", 11, 11), ("Stroud", "GL", 5, 6), ("Hereford", "HR", 1, 4),
    ("Shrewsbury", "SY", 1, 5), ("Aberystwyth", "SY", 23, 23), ("Carmarthen", "SA", 31, 33),
    ("Bangor", "LL", 57, 57), ("Caernarfon", "LL", 55, 55), ("Dumfries", "DG", 1, 2), ("Oban", "PA", 34, 34),
    ("Elgin", "IV", 30, 30), ("Kirkwall", "KW", 15, 15), ("Enniskillen", "BT", 74, 74), ("Omagh", "BT", 78, 79),
    ("Newry", "BT", 34, 35), ("Coleraine", "BT", 51, 52), ("King's Lynn", "PE", 30, 34),
    ("Bury St Edmunds", "IP", 28, 33), ("Louth", "LN", 11, 11), ("Buxton", "SK", 17, 17), ("Ripon", "HG", 4, 4),
    ("Northallerton", "DL", 6, 7), ("Malton", "YO", 17, 17), ("Leeds", "LS", 1, 28), ("Norwich", "NR", 1, 14),
    ("Bristol", "BS", 1, 16), ("Manchester", "M", 1, 40), ("Sheffield", "S", 1, 36), ("Belfast", "BT", 1, 17),
    ("Cardiff", "CF", 3, 24), ("Glasgow", "G", 1, 53),
)  # fmt: skip
# Irish towns with their counties and Eircode routing keys.
IE_TOWNS = (
    ("Tuam", "Galway", "H54"), ("Ballinasloe", "Galway", "H53"), ("Loughrea", "Galway", "H62"),
    ("Clifden", "Galway", "H71"), ("Galway", "Galway", "H91"), ("Castlebar", "Mayo", "F23"),
    ("Westport", "Mayo", "F28"), ("Ballina", "Mayo", "F26"), ("Ballinrobe", "Mayo", "F31"),
    ("Ballyhaunis", "Mayo", "F35"), ("Sligo", "Sligo", "F91"), ("Carrick-on-Shannon", "Leitrim", "N41"),
    ("Roscommon", "Roscommon", "F42"), ("Letterkenny", "Donegal", "F92"), ("Donegal", "Donegal", "F94"),
    ("Buncrana", "Donegal", "F93"), ("Tralee", "Kerry", "V92"), ("Killarney", "Kerry", "V93"),
    ("Listowel", "Kerry", "V31"), ("Ennis", "Clare", "V95"), ("Kilrush", "Clare", "V15"),
    ("Limerick", "Limerick", "V94"), ("Newcastle West", "Limerick", "V42"), ("Nenagh", "Tipperary", "E45"),
    ("Thurles", "Tipperary", "E41"), ("Clonmel", "Tipperary", "E91"), ("Mallow", "Cork", "P51"),
    ("Bantry", "Cork", "P75"), ("Skibbereen", "Cork", "P81"), ("Clonakilty", "Cork", "P85"),
    ("Dungarvan", "Waterford", "X35"), ("Kilkenny", "Kilkenny", "R95"), ("Carlow", "Carlow", "R93"),
    ("Wexford", "Wexford", "Y35"), ("Enniscorthy", "Wexford", "Y21"), ("Gorey", "Wexford", "Y25"),
    ("Athlone", "Westmeath", "N37"), ("Mullingar", "Westmeath", "N91"), ("Longford", "Longford", "N39"),
    ("Tullamore", "Offaly", "R35"), ("Birr", "Offaly", "R42"), ("Portlaoise", "Laois", "R32"),
    ("Naas", "Kildare", "W91"), ("Navan", "Meath", "C15"), ("Drogheda", "Louth", "A92"),
    ("Dundalk", "Louth", "A91"), ("Cavan", "Cavan", "H12"), ("Monaghan", "Monaghan", "H18"),
    ("Bray", "Wicklow", "A98"),
)  # fmt: skip
IE_ESTATES = (
    "Ard na Gréine", "Cois Abhainn", "Ashgrove Park", "Ard Aoibhinn", "Gleann na Rí", "Hazelwood Drive",
    "Lios na Rí", "The Paddocks", "Castle View", "Bóthar na Trá", "Oakfield Park", "Church Street",
    "Main Street", "Bridge Street", "Abbey Street", "O'Connell Street", "Fair Green", "The Square",
    "Meadowbrook", "Cluain Árd", "Radharc na Mara", "Market Street", "Chapel Street", "Mill Road",
    "Shannon View", "Beechwood Lawn", "Millbrook Court", "Páirc na Coille", "Railway Terrace", "Pearse Road",
)  # fmt: skip
IE_HOUSES = ("Hillview House", "Rosemount", "The Bungalow", "Ardmore House", "Glenview", "Mountain View Cottage", "Lakeside")  # fmt: skip
IE_BLOCKS = ("The Maltings", "Custom House Quay", "Abbey Court", "The Granary", "Riverside Walk")  # fmt: skip
IE_TOWNLANDS = (
    "Knockbrack", "Cloonfad", "Gortnagross", "Derrylahan", "Carrowmore", "Lisheen", "Ardnagrath",
    "Cloonagh", "Killeen", "Knockaun", "Coolnagarrane", "Gortbrack", "Kilcummin", "Carrowkeel",
    "Cloghan", "Tullyvin", "Annagh", "Curraghmore", "Ballinahown", "Lackagh", "Tonroe", "Garrymore",
    "Cappagh", "Coolroe", "Cahergal", "Dromore West", "Lissycasey", "Ballyglass", "Rathduff", "Shanbally",
)  # fmt: skip
DUBLIN = (("Rathgar Avenue", "Rathgar", 6), ("Ranelagh Road", "Ranelagh", 6), ("Collins Avenue", "Whitehall", 9), ("Drimnagh Road", "Drimnagh", 12), ("Kimmage Road West", "Kimmage", 12), ("Griffith Avenue", "Drumcondra", 9), ("Clontarf Road", "Clontarf", 3), ("Navan Road", "Cabra", 7))  # fmt: skip
EIR = "ACDEFHKNPRTVWXY"
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Lincoln Avenue", "Lake Shore Drive", "Ridge Road", "Pine Street", "Church Street", "Washington Boulevard")  # fmt: skip
US_TOWNS = (("Boston", "MA", 21), ("Chicago", "IL", 606), ("Minneapolis", "MN", 554), ("Scranton", "PA", 185), ("Worcester", "MA", 16), ("Buffalo", "NY", 142), ("Savannah", "GA", 314), ("Portland", "ME", 41))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:33602-33739} Bielefeld", "Am Markt {n}, {z5:17489-17493} Greifswald",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse",
    "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere", "Storgata {n}, {z4:9008-9019} Tromsø",
    "Nørregade {n}, {m}. th., {z4:8000-8210} Aarhus C", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Piotrkowska {n}, 90-{z3:100-999} Łódź", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via Garibaldi {n}, {z5:16124-16124} Genova",
    "Zelená {n}, {z3:110-199} 00 Praha", "Mariahilfer Straße {n}, {z4:1060-1070} Wien",
)  # fmt: skip
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net"),
    "en": ("gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "eircom.net", "outlook.ie", "icloud.com", "sky.com"),
}  # fmt: skip
WORK = ("example.se", "tidning.example.se", "kommun.example.se", "example.co.uk", "example.ie", "example.org", "example.com")  # fmt: skip
FIRM_MAIL = {
    "sv": ("nyheter", "familj", "annons", "tips", "redaktionen", "kundservice", "bygglov", "registrator", "info", "sporten"),
    "en": ("news", "newsdesk", "notices", "editor", "letters", "planning", "licensing", "info", "classifieds", "sport"),
}  # fmt: skip
FIRM_DOMAIN = {
    "sv": ("example.se", "lokaltidningen.example.se", "kommun.example.se", "forsamling.example.se"),
    "en": ("example.co.uk", "example.ie", "gazette.example.co.uk", "council.example.ie", "example.com"),
}  # fmt: skip
# Property designations (kommun, trakt and block:enhet), which are no address.
TRAKTER = ("Kvarnen", "Linden", "Eken", "Smeden", "Bryggaren", "Hjorten", "Ugglan", "Tornet", "Skolan", "Prästgården", "Byn", "Sörby")  # fmt: skip


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
    stem: list[Word] = field(
        default_factory=list
    )  # the surname as a relative of the other sex has it

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of DF from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.key = "H54"  # the Eircode routing key of the Irish address drawn last

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def gendered(self, key: str, woman: bool, stem: list[Word]) -> list[Word]:
        if key == "polish" and woman:
            return [(feminine(w), p) for w, p in stem]
        if key == "irish" and woman:
            return [(GAELIC_F.get(w, w), p) for w, p in stem]
        return list(stem)

    def person(self, woman: bool | None, kin: Person | None = None) -> Person:
        """A person of the row's mix; with `kin`, a relative who carries kin's surname."""
        r = self.rng
        if kin is not None:
            key = kin.origin
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and given[0][0] in HYPHEN and r.random() < 0.2:  # Ann-Sofie, Karl-Axel
            given.append((r.choice(HYPHEN[given[0][0]]), given[0][1]))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "irish": 0.25}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        joint = " "
        if kin is not None:
            stem, joint = list(kin.stem), kin.joint
        else:
            stem = [self.pick(origin.surnames)]
            roll = r.random()
            if key == "latin" and roll < 0.6:  # apellido paterno y materno
                stem.append(self.pick(origin.surnames))
            elif key == "swedish" and roll < 0.05:  # a married double name
                stem.append(self.pick(origin.surnames))
                joint = "-" if roll < 0.025 else " "
            elif key in ("uk", "us", "irish") and roll < 0.02:
                stem.append(self.pick(origin.surnames))
                joint = "-"
            if len(stem) == 2 and stem[0][0] == stem[1][0]:
                stem.pop()
        surname = self.gendered(key, woman, stem)
        bare = {"polish": 0.3, "bcs": 0.3, "turkish": 0.3, "latin": 0.3, "irish": 0.2}.get(key, 0)
        if r.random() < bare:  # typed without the letters' marks (`Wisniewska`, `Hodzic`, `Sean`)
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint, stem)

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

        def bare(word: str) -> str:
            return plain(word).lower().replace("-", "").replace("'", "").replace(" ", "")

        given, surname = bare(person.first), bare(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        mail = MAIL[
            "sv" if self.lang == "sv" or (self.lang == "mixed" and r.random() < 0.6) else "en"
        ]
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else mail)}"

    def firm_email(self) -> str:
        r = self.rng
        lang = "sv" if self.lang == "sv" or (self.lang == "mixed" and r.random() < 0.5) else "en"
        return f"{r.choice(FIRM_MAIL[lang])}@{r.choice(FIRM_DOMAIN[lang])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "36", "90", "60", "26", "11"))
        area3 = r.choice(("372", "470", "472", "476", "492", "495", "380", "383", "370", "571", "500", "511", "510", "586", "570", "563", "240", "225", "651", "650", "660", "980", "970", "910", "413"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46 (0){area3} {d[:3]} {d[3:5]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_ie(self) -> str:
        """An Irish number as people in Ireland write it."""
        r = self.rng
        d = self.digits(7)
        m = "08" + r.choice("35679")
        area, n = r.choice((("1", 7), ("21", 7), ("91", 6), ("61", 6), ("66", 7), ("94", 7), ("71", 7), ("74", 7), ("90", 7), ("51", 6), ("56", 7), ("64", 7), ("65", 7), ("98", 5), ("97", 5), ("42", 7), ("49", 7)))  # fmt: skip
        g = d[:n]
        land = (
            f"{g[:3]} {g[3:]}" if n == 7 else f"{g[:3]} {g[3:]}" if n == 6 else f"{g[:2]} {g[2:]}"
        )
        shapes = (
            (10, f"{m} {d[:3]} {d[3:]}"), (5, f"{m}-{d}"), (4, f"{m}{d}"), (3, f"{m} {d}"), (1, f"({m}) {d[:3]} {d[3:]}"),
            (5, f"+353 {m[1:]} {d[:3]} {d[3:]}"), (2, f"+353 (0){m[1:]} {d[:3]} {d[3:]}"), (2, f"00353 {m[1:]} {d}"),
            (5, f"(0{area}) {land}"), (5, f"0{area} {land}"), (3, f"0{area}-{g}"), (1, f"0{area} {g}"),
            (2, f"+353 {area} {land}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        """A UK number as people in Britain and Northern Ireland write it."""
        r = self.rng
        d = self.digits(6)
        mob = "07" + r.choice(
            ("700", "711", "723", "734", "745", "756", "767", "778", "789", "798", "912", "958")
        )
        area = r.choice(("01539", "01434", "01584", "01845", "01947", "01756", "01768", "01665", "01872", "01271", "01823", "01453", "01432", "01743", "01970", "01267", "01248", "01387", "01631", "01343"))  # fmt: skip
        shapes = (
            (10, f"{mob} {d}"), (3, f"{mob} {d[:3]} {d[3:]}"), (3, f"{mob}{d}"), (5, f"+44 {mob[1:]} {d}"),
            (2, f"+44 (0){mob[1:]} {d}"), (1, f"0044 {mob[1:]} {d}"),
            (8, f"{area} {d}"), (4, f"({area}) {d}"), (2, f"{area} {d[:3]} {d[3:]}"), (2, f"+44 (0){area[1:]} {d}"),
            (2, f"+44 {area[1:]} {d}"), (2, f"020 7946 0{d[:3]}"), (2, f"0161 496 0{d[:3]}"), (2, f"0113 496 0{d[:3]}"),
            (3, f"028 {r.choice(('9012', '6632', '8224', '3026', '7034'))} {d[:4]}"), (1, f"0800 {d[:3]} {self.digits(4)}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from elsewhere, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 521 {d[:6]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (617) 555-0{d[:3]}", f"(312) 555-0{d[:3]}", f"+1 604 555 0{d[:3]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+420 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+93 70 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for the dead and the very old, who may be past a hundred."""
        r = self.rng
        year = r.randrange(1919, 1956) if old else r.randrange(1941, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year <= 1926:  # a hundred or more in 2027: `+` in the ten-digit form
            return (
                f"{date}+{serial}{check}" if roll < 0.6 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def village(self) -> str:
        return f"{self.rng.choice(SV_VILLAGES)} {self.rng.randrange(1, 260)}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[12:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def sv_short(self) -> str:
        """Street and town, as a Swedish paper prints where someone lives (`Storgatan 4, Ljungby`)."""
        r = self.rng
        town = r.choice(SV_TOWNS)[0]
        return f"{self.village() if r.random() < 0.25 else self.sv_street()}, {town}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_postcode(self, area: str, lo: int, hi: int) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{r.randrange(lo, hi + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"

    def uk_address(self, style: str = "full") -> str:
        """A British address: `full` on one line with the postcode, `lines`, or `news` as a paper prints it."""
        r = self.rng
        town, area, lo, hi = r.choice(UK_TOWNS)
        roll = r.random()
        if roll < 0.45:
            street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        elif roll < 0.65:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.8:
            street = f"Flat {r.randrange(1, 16)}, {r.choice(UK_BLOCKS)}, {r.choice(UK_STREETS)}"
        elif roll < 0.9:
            street = f"Flat {r.randrange(1, 6)}, {r.randrange(1, 90)} {r.choice(UK_STREETS)}"
        else:
            street = f"{r.randrange(1, 60)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        if style == "news":
            return f"{street}, {town}"
        code = self.uk_postcode(area, lo, hi)
        if style == "lines":
            return f"{street.replace(', ', chr(10))}\n{town}\n{code}"
        return f"{street}, {town}{r.choice((' ', ', '))}{code}"

    def uk_business(self) -> str:
        """A shop's or pub's address: number, street, town and postcode."""
        r = self.rng
        town, area, lo, hi = r.choice(UK_TOWNS)
        return (
            f"{r.randrange(1, 90)} {r.choice(UK_STREETS)}, {town} {self.uk_postcode(area, lo, hi)}"
        )

    def eircode(self, key: str | None = None) -> str:
        """An Eircode: a routing key (by default the last Irish address's) and a unique identifier."""
        r = self.rng
        key = key or self.key
        return f"{key} {r.choice(EIR)}{''.join(r.choice(EIR + '0123456789') for _ in range(3))}"

    def county(self, county: str) -> str:
        return self.rng.choices(
            (f"Co. {county}", f"Co {county}", f"County {county}"), weights=(6, 3, 1)
        )[0]

    def ie_address(self, style: str = "full") -> str:
        """An Irish address: `full` (estate or street, town, county, sometimes the Eircode), `lines`, or `news`."""
        r = self.rng
        if r.random() < 0.12:
            street, district, n = r.choice(DUBLIN)
            head = f"{r.randrange(1, 240)} {street}"
            if style == "news":
                return f"{head}, {district}, Dublin {n}"
            parts = [head, district, f"Dublin {n}"] + (
                [self.eircode(f"D{n:02d}")] if r.random() < 0.5 else []
            )
            return "\n".join(parts) if style == "lines" else ", ".join(parts)
        town, county, key = r.choice(IE_TOWNS)
        self.key = key
        roll = r.random()
        if roll < 0.6:
            head = f"{r.randrange(1, 90)} {r.choice(IE_ESTATES)}"
        elif roll < 0.8:
            head = f"{r.choice(IE_HOUSES)}, {r.choice(IE_ESTATES)}"
        else:
            head = f"Apt {r.randrange(1, 40)}, {r.choice(IE_BLOCKS)}"
        if style == "news":
            return f"{head}, {town}"
        parts = [head, town, self.county(county)]
        if r.random() < 0.45:
            parts.append(self.eircode(key))
        if style == "lines":
            return "\n".join(p for part in parts for p in part.split(", "))
        return ", ".join(parts)

    def townland(self, county_too: bool = True) -> str:
        """A rural Irish address by townland: `Knockbrack, Tuam, Co. Galway`, sometimes with a house name or Eircode."""
        r = self.rng
        town, county, key = r.choice(IE_TOWNS)
        self.key = key
        parts = ([r.choice(IE_HOUSES)] if r.random() < 0.15 else []) + [
            r.choice(IE_TOWNLANDS),
            town,
        ]
        if county_too:
            parts.append(self.county(county))
            if r.random() < 0.3:
                return ", ".join(parts) + f" {self.eircode(key)}"
        return ", ".join(parts)

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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
    (sometimes its short form), N/n the short form where the name has one, NS the short form and
    the surname (`Paddy Murphy`), S/s the surname, SU the surname in capitals, SG `SURNAME Given`
    as notices print it, I an initial and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, Given`, NB ` (Short)` in brackets where the name has
    a short form (else nothing), E an e-mail address. A trailing `s` asks for a Swedish genitive,
    a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    genitive_s = len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS
    base = form[:-1] if english or genitive_s else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base == "NB":
        short = draw.nickname(person, 0.9)
        return [(" (", None), (short, "PERSON"), (")", None)] if short else []
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
    elif base == "NS":
        words = given + surname
        value = f"{draw.nickname(person, 0.85) or person.first} {person.last}"
    elif base == "SG":
        words, value = surname + given, f"{person.last.upper()} {person.first}"
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
    "SG",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
    "NB",
    "NS",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d+))?(?:=(\d+))?(?::([fm]))?\}")


def person_form(form: str) -> bool:
    """Whether a slot names a person (a genitive's `s` or `'` stripped first)."""
    base = form[:-1] if form.endswith("'") else form
    return base in PERSON_FORMS or (
        len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS
    )


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    nth = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AS": lambda: (draw.sv_short(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "AC": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address("lines"), "ADDRESS"),
        "AUN": lambda: (draw.uk_address("news"), "ADDRESS"),
        "AUB": lambda: (draw.uk_business(), "ADDRESS"),
        "au": lambda: (draw.uk_address(r.choice(("full", "news"))).lower(), "ADDRESS"),
        "AI": lambda: (draw.ie_address(), "ADDRESS"),
        "AIL": lambda: (draw.ie_address("lines"), "ADDRESS"),
        "AIN": lambda: (draw.ie_address("news"), "ADDRESS"),
        "AT": lambda: (draw.townland(), "ADDRESS"),
        "ATN": lambda: (draw.townland(county_too=False), "ADDRESS"),
        "ai": lambda: (r.choice((draw.ie_address(), draw.townland())).lower(), "ADDRESS"),
        "EIR": lambda: (draw.eircode(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHIE": lambda: (draw.phone_ie(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day} {MONTHS['sv'][month - 1]} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}{nth}", f"{day}{nth} {MONTHS['en'][month - 1]}")), None),
        "BORN": lambda: (f"{day} {MONTHS['sv'][month - 1]} {r.randrange(1925, 1960)}", None),
        "TIME": lambda: (f"{r.randrange(8, 20)}.{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 12)}pm", f"{r.randrange(7, 12)}.30am", f"{r.randrange(1, 9)}.30pm", f"{r.randrange(10, 20)}:00")), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AGE": lambda: (str(r.randrange(18, 80)), None),
        "AGEO": lambda: (str(r.randrange(62, 102)), None),
        "AMT": lambda: (f"{r.randrange(250, 68000):,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.randrange(450, 7800) * 1000:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(40, 1500)}", None),
        "GBPP": lambda: (f"£{r.randrange(95, 780) * 1000:,}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "EURP": lambda: (f"€{r.randrange(85, 690) * 1000:,}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "MAL": lambda: (f"{r.choice('BTF')} {r.randrange(100, 9999)}-{r.choice(('26', '27'))}", None),
        "PLREF": lambda: (r.choice((f"27/{r.randrange(100, 999)}", f"27/{r.randrange(10000, 99999):05d}/FUL", f"P27/{r.randrange(10, 900)}", f"27/{r.randrange(100, 999):04d}/LBC")), None),
        "DNR": lambda: (f"BMN {r.choice(('2026', '2027'))}/{r.randrange(10, 999)}", None),
        "FAST": lambda: (r.choice((f"{r.choice(TRAKTER)} {r.randrange(1, 30)}", f"{r.choice(SV_TOWNS[12:])[0]} {r.choice(TRAKTER)} {r.randrange(1, 12)}:{r.randrange(1, 120)}")), None),
        "FOLIO": lambda: (f"Folio {r.choice(('MY', 'GY', 'KY', 'CE', 'LK'))}{r.randrange(1000, 99999)}F", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "WEIGHT": lambda: (f"{r.randrange(2600, 4600)} g", None),
        "LBS": lambda: (f"{r.randrange(5, 10)}lb {r.randrange(0, 16)}oz", None),
        "CM": lambda: (f"{r.randrange(46, 56)} cm", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "TOWNIE": lambda: (r.choice(IE_TOWNS)[0], None),
        "COUNTY": lambda: (r.choice(IE_TOWNS)[1], None),
        "CLUB": lambda: (r.choice(CLUBS["sv"]), None),
        "CLUBEN": lambda: (r.choice(CLUBS["en"]), None),
        "CLUBIE": lambda: (r.choice(CLUBS["ie"]), None),
        "CHURCH": lambda: (r.choice(CHURCHES), None),
        "SCORE": lambda: (f"{r.randrange(0, 6)}–{r.randrange(0, 5)}", None),
        "GAA": lambda: (f"{r.randrange(0, 4)}-{r.randrange(6, 22)}", None),
        "PTS": lambda: (str(r.randrange(28, 44)), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "KUND": lambda: (f"{r.randrange(100000, 999999)}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        if person_form(form):
            if ref and ref in people:
                person = people[ref]
            else:
                woman = {"f": True, "m": False}.get(gender or "")
                person = draw.person(woman, people.get(kin) if kin else None)
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
    """DF's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of DF is printed."""
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
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address with Eircode"] += bool(
                    re.search(r"\b[A-Z]\d[\dW] [A-Z0-9]{4}\b", value)
                )
                forms["address Eircode alone"] += bool(
                    re.fullmatch(r"[A-Z]\d[\dW] [A-Z0-9]{4}", value)
                )
                forms["address Co."] += bool(re.search(r"\b(?:Co\.?|County) [A-Z]", value))
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Check a written file; print counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            kinds += 1
            start, stop = span["start"], span["end"]
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer check digit"] += not re.fullmatch(
                    r"(?:\d{2})?\d{6}[-+]?\d{4}", value
                ) or luhn(digits[:9]) != int(digits[9])
    print(f"{path.name}: {rows} rows, {kinds} spans, {len(ids)} ids")
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
