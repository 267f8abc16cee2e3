# ruff: noqa: E501
"""Generate held-out P for personal-data detection (issue 15).

    python data/pii/generate_p.py           # writes data/pii/generated-heldout-p.jsonl
    python data/pii/generate_p.py --pool    # rebuilds data/pii/names-p.txt (needs Faker, names)

Written by a helper who does not tune the detector, while another helper tuned it without
opening these files: the writer of P read neither the detector's rules, lexicons and tagger
(`src/rung/privacy/`) nor the kept rules of earlier rounds nor any dev set's error listing, and
never ran the detector on P. P is built from genres O used little or not at all: Slack/Teams
chat, forwarded mail chains, meeting minutes, tenancy contracts, police-style reports, pharmacy
and lab notes, sports club rosters, guest lists, travel itineraries, recruitment notes,
customer-service transcripts, JSON and YAML snippets, log lines and git commit trailers;
addresses in Swedish forms (urban, `lgh`/`tr`/`c/o`/box, rural farms and villages with numbers
in the thousands) and in the formats of the UK, Ireland, DE/AT/CH, FR/BE/NL/LU, the Nordics,
PL/Baltics, IT/ES/PT and the US, on one line and on several, in tables and key: value forms.

**The split P's values come from** (O's rules, O's text and pool added to what is banned): a name
word is P's when it is in no lexicon, in no earlier set's text, in no earlier pool (E ... O)
and not in the tagger's training pool (in none of the public lists, or in their held-out eighth).
All of P's names are romanised names written for P (`names_p.py`). `--pool` applies the rules
(`pools.write_pool`, as O does) and writes the words to `names-p.txt`; the generator reads only
that file (same seed, same bytes). Street bases, villages, towns and foreign street parts and
towns are written here for P and checked apart: `--pool` refuses to write the pool while any
of their words is in an earlier set, an earlier pool or a lexicon. Templates: `templates_p.py`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import write_rows  # noqa: E402
from generate_e import DrawE, draw_rows, mark  # noqa: E402
from templates_p import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 71626
SIZE = 640
OUT = HERE / "generated-heldout-p.jsonl"
POOL = HERE / "names-p.txt"
EARLIER_POOLS = tuple(HERE / f"names-{x}.txt" for x in "efghijklmno")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {}
WEIGHTS = {
    "swedish": 18, "finnish": 3, "norwegian": 2, "danish": 2, "icelandic": 1, "arabic": 4,
    "assyrian": 2, "somali": 3, "amharic": 2, "bosnian": 2, "serbian_croatian": 2,
    "albanian": 2, "romanian": 2, "czech_slovak": 1, "lithuanian_latvian": 1, "german_dutch": 2,
    "french_italian": 2, "spanish_latin": 2, "afghan": 2, "chinese_thai_viet": 2,
    "tamil_punjabi": 2, "english": 6, "scottish_welsh": 2,
}  # fmt: skip
# Names that are also everyday words (drawn only when `--pool` kept them).
WORD_NAMES = (
    "Bramble", "Sorrel", "Tansy", "Thistle", "Sallow", "Linnet", "Whimbrel", "Dunnock",
    "Larkin", "Marram", "Osier", "Quince", "Bracken", "Teasel", "Thrift", "Yarrow", "Sedge",
    "Meadowsweet", "Coriander", "Mareld", "Ljung", "Trana", "Svala", "Lärka", "Säva", "Ripa",
    "Snövit", "Crabtree", "Underhill", "Fairweather", "Scattergood", "Gotobed", "Nutbrown",
)  # fmt: skip
# A line break inside one marked value: drawn as this stand-in and put in after parsing (as O).
NEWLINE = "\ue000"

SV_BASES_P = (
    "Smörblomme", "Kattfots", "Brudbröds", "Daggkåpe", "Jungfrulins", "Gökärts", "Vitsippe",
    "Kabbleke", "Hjortron", "Skvattram", "Knipphammar", "Repslagare", "Krukmakare",
    "Tunnbindare", "Vagnmakare", "Sadelmakare", "Korgmakare", "Glasblåsare", "Båtbyggare",
    "Tjärbrännare", "Fyrvaktare", "Slussvaktar", "Gästgivare", "Trumslagar", "Kanonjär",
    "Sockenstugu", "Prästgårds", "Kyrkvärds", "Sockerbruks", "Tegelbruks", "Spinneri",
    "Ångbåts", "Banvakt", "Postiljon", "Tångruske", "Havtorns", "Ejderskär", "Tobisgrund",
)  # fmt: skip
SV_FORMS_P = (
    "{b}vägen", "{b}gatan", "{b}gränd", "{b}backe", "{b}stig", "{b} torg", "{b}plan",
    "{b} allé", "{b}slingan", "{b}gången", "{b}kajen", "{b}hagen", "{b}ringen", "{b}platsen",
    "Övre {b}gatan", "Nedre {b}vägen", "Norra {b} allé", "Östra {b}gränd", "{b}s väg",
    "Gamla {b}vägen",
)  # fmt: skip
SV_TOWNS_P = (
    "Alvesta", "Arvika", "Båstad", "Ekerö", "Eslöv", "Forshaga", "Gnesta", "Gällivare",
    "Hammarö", "Hedemora", "Härnösand", "Hässleholm", "Höganäs", "Jokkmokk", "Kalix",
    "Katrineholm", "Klippan", "Kävlinge", "Laholm", "Lerum", "Lomma", "Ludvika", "Mjölby",
    "Nynäshamn", "Rättvik", "Sigtuna", "Skellefteå", "Sollentuna", "Staffanstorp", "Svedala",
    "Söderhamn", "Timrå", "Tranås", "Vadstena", "Vallentuna", "Varberg", "Värmdö", "Öckerö",
    "Östhammar", "Funäsdalen", "Grebbestad", "Fjällbacka", "Höllviken", "Åhus", "Järvsö",
)  # fmt: skip
SV_RURAL_TOWNS_P = (
    "Delsbo", "Arbrå", "Matfors", "Docksta", "Bjästa", "Burträsk", "Byske", "Lövånger",
    "Älvsbyn", "Morjärv", "Korpilombolo", "Vittangi", "Kristdala", "Totebo", "Rimforsa",
)  # fmt: skip
SV_FARMS_P = (
    "Kvarnbäcksgården", "Lillkärrsgården", "Tjärbacksgården", "Pellegården", "Jonsagården",
    "Kråkmyrtorpet", "Stensjöhemmanet", "Fäbodsvallen", "Kölsätern",
)  # fmt: skip
SV_VILLAGES_P = (
    "Svedjebo", "Rönnängsbo", "Granhällsby", "Myrbacksby", "Lövnäsby", "Sågbäcksby",
    "Mickelsbo", "Hästhagsbo", "Tjuvholmsbyn", "Västansjöbyn", "Östanbäcksbyn", "Norrskogsbyn",
    "Sunnanåbyn", "Risbergsbyn",
)  # fmt: skip
EU_FORMATS_P = (
    # UK, Ireland
    "{n} {uk} Lane, {ukt} {ukp}",
    "{uk} Cottage{NL}{n} Church Road{NL}{ukt}{NL}{ukp}",
    "Unit {m}, {uk} Business Park, {ukt}, {ukp}",
    "{n}/{m} {uk} Terrace, {ukt} {ukp}, UK",
    "{n} {ie} Avenue, {iet}, Co. {iec}, {eir}",
    "{ie} House, {ie} Road{NL}{iet}, Co. {iec}",
    # Germany, Austria, Switzerland
    "{de}straße {n}a, {pc5} {det}",
    "{de}str. {n}, D-{pc5} {det}, Deutschland",
    "Hinterhaus{NL}{de}ring {n}{NL}{pc5} {det}",
    "{de}platz {n}/{m}, {pc4} {att}, Österreich",
    "{ch}strasse {n}, {pc4} {cht}",
    "Via {it} {n}{NL}CH-{pc4} Lugano",
    # France, Belgium, the Netherlands, Luxembourg
    "{n}, allée des {fr}, {pc5} {frt}",
    "Résidence les {fr}, appt {m}{NL}{n} avenue des {fr}{NL}{pc5} {frt}",
    "Avenue des {fr} {n} boîte {m}, {pc4} {bet}",
    "{nl}straat {n}, {pc4} {bet}, België",
    "{nl}hof {n}, {pc4} {AA} {nlt}",
    "{nl}weg {n} hs{NL}{pc4}{AA} {nlt}",
    "{n}, avenue des {fr}, L-{pc4} {lut}",
    # Nordics
    "{no}vegen {n} B{NL}{pc4} {not}",
    "{no}lia {n}, {pc4} {not}, Norge",
    "{dk}vænget {n}, 2. th., {pc4} {dkt}",
    "{dk} Allé {n}, {pc4} {dkt}",
    "{fi}polku {n} B {m}, {pc5} {fit}",
    "{fi}kuja {n}{NL}{pc5} {fit}{NL}Suomi",
    # Poland, Baltics
    "ul. {pl} {n}/{m}, {pcpl} {plt}",
    "al. {pl} {n}{NL}{pcpl} {plt}{NL}Polska",
    "{lt} g. {n} butas {m}, LT-{pc5} {ltt}",
    "{lv} iela {n} k-{m}, {lvt}, LV-{pc4}",
    "{ee} tänav {n}-{m}, {pc5} {eet}",
    # Italy, Spain, Portugal
    "Viale dei {it} {n}, {pc5} {itt}",
    "Vicolo dei {it} {n}{NL}{pc5} {itt}",
    "Calle de los {es} {n}, {m}º B, {pc5} {est}",
    "Plaza de los {es} {n}, {pc5} {est}, España",
    "Travessa das {pt} {n}, {pc4}-{pc3} {ptt}",
    "Avenida das {pt} {n}, {m}.º Dto.{NL}{pc4}-{pc3} {ptt}",
    # US
    "{n} {us} Ave, {ust}, {st} {zip}",
    "{n} {us} Dr Unit {m}{NL}{ust}, {st} {zip}",
    "{n} {us} Ln, {ust} {st} {zip}, USA",
)  # fmt: skip
EU_PARTS = {
    "{uk}": ("Glenmorrow", "Ashcombe", "Thornbury", "Fernleigh", "Brackenridge", "Nettlecombe", "Rowanbank", "Larchfield"),
    "{ukt}": ("Pitlochry", "Aviemore", "Morpeth", "Ledbury", "Tewkesbury", "Helmsley", "Thirsk", "Bideford", "Tavistock"),
    "{ie}": ("Ballinteer", "Rathfarnham", "Clonsilla"),
    "{iet}": ("Castlebar", "Ballina", "Nenagh", "Thurles", "Tralee", "Dungarvan"),
    "{iec}": ("Wexford", "Tipperary", "Carlow"),
    "{de}": ("Haselnuss", "Kirschgarten", "Fliederbusch", "Sonnenhang", "Wiesengrund", "Schlehen", "Birkenhain"),
    "{det}": ("Regensburg", "Würzburg", "Passau", "Erlangen", "Heilbronn", "Lüneburg", "Marburg", "Fulda", "Landshut", "Straubing", "Bayreuth"),
    "{att}": ("Villach", "Steyr", "Krems", "Bregenz", "Feldkirch", "Kufstein"),
    "{ch}": ("Kornblumen", "Eschen", "Ulmen"),
    "{cht}": ("Chur", "Aarau", "Schaffhausen", "Frauenfeld", "Solothurn", "Liestal"),
    "{fr}": ("Coquelicots", "Glycines", "Peupliers", "Marronniers", "Hirondelles", "Mésanges", "Capucines", "Aubépines"),
    "{frt}": ("Poitiers", "Limoges", "Périgueux", "Bayonne", "Colmar", "Troyes", "Auxerre", "Annecy"),
    "{bet}": ("Brugge", "Kortrijk", "Aalst", "Genk", "Charleroi", "Tournai", "Arlon", "Roeselare"),
    "{nl}": ("Walnoot", "Wilgen", "Hazelaar", "Meidoorn", "Ooievaar", "Zwaluw", "Kievit"),
    "{nlt}": ("Delft", "Gouda", "Alkmaar", "Enschede", "Arnhem", "Nijmegen", "Tilburg", "Zutphen", "Harderwijk"),
    "{lut}": ("Ettelbruck", "Diekirch", "Echternach", "Dudelange"),
    "{no}": ("Rognebær", "Bringebær", "Krekling", "Bjørke"),
    "{not}": ("Kristiansand", "Lillehammer", "Gjøvik", "Molde", "Ålesund", "Harstad", "Larvik", "Tønsberg"),
    "{dk}": ("Hyben", "Engblomme", "Valmue", "Musvåge"),
    "{dkt}": ("Silkeborg", "Viborg", "Randers", "Horsens", "Kolding", "Svendborg", "Roskilde", "Hjørring"),
    "{fi}": ("Kataja", "Vaahtera", "Kielo", "Ruusu", "Lumme"),
    "{fit}": ("Rovaniemi", "Kokkola", "Seinäjoki", "Lappeenranta", "Porvoo", "Savonlinna", "Mikkeli"),
    "{pl}": ("Jarzębinowa", "Czeremchowa", "Jaśminowa", "Wrzosowa", "Konwaliowa", "Jałowcowa"),
    "{plt}": ("Olsztyn", "Białystok", "Rzeszów", "Kielce", "Koszalin", "Elbląg", "Tarnów"),
    "{lt}": ("Kaštonų", "Alyvų", "Klevų", "Uosių"),
    "{ltt}": ("Alytus", "Marijampolė", "Utena", "Kėdainiai"),
    "{lv}": ("Ozolu", "Kļavu", "Priežu"),
    "{lvt}": ("Ventspils", "Liepāja", "Valmiera", "Cēsis"),
    "{ee}": ("Pihlaka",),
    "{eet}": ("Kuressaare", "Võru", "Paide", "Jõhvi"),
    "{it}": ("Glicini", "Castagni", "Oleandri", "Ciclamini", "Girasoli"),
    "{itt}": ("Perugia", "Ancona", "Pescara", "Matera", "Udine", "Treviso", "Mantova", "Cremona"),
    "{es}": ("Almendros", "Naranjos", "Limoneros", "Castaños"),
    "{est}": ("Badajoz", "Ourense", "Mérida", "Ponferrada", "Antequera", "Elche", "Manresa"),
    "{pt}": ("Oliveiras", "Camélias", "Figueiras", "Açucenas", "Laranjeiras"),
    "{ptt}": ("Setúbal", "Tavira", "Amarante", "Lamego", "Elvas", "Peniche"),
    "{us}": ("Dogwood", "Hickory", "Chestnut", "Mulberry", "Persimmon", "Tamarack"),
    "{ust}": ("Bismarck", "Billings", "Pocatello", "Tacoma"),
}  # fmt: skip
US_STATES = ("ND", "MT", "ID", "WA")
# The letters of a Dutch postcode, from a fixed list: a random pair can spell a name word of an
# earlier set (`TY`), which that set's disjointness test would find in P's text.
DUTCH_PAIRS = ("BX", "DK", "GP", "HT", "KR", "LZ", "NW", "PD", "RS", "SX", "WG", "ZB")
TITLES_SV = (
    "nämndeman", "rådman", "kriminalinspektör", "polisassistent", "apotekare", "receptarie",
    "leg. sjuksköterska", "tränare", "kapten", "kyrkoherde", "docent", "advokat", "förvaltare",
    "ordförande", "hyresvärd", "biträdande jurist", "Överste", "Rektor", "Kantor",
)  # fmt: skip
TITLES_EN = (
    "PC", "DC", "Insp.", "Cllr", "Judge", "Coach", "Capt.", "Sister", "Pharmacist", "Revd",
    "Lady", "Lord", "Mrs", "Miss", "Prof", "Dr.", "Chief Steward", "Recruiter", "Agent",
)  # fmt: skip
TITLES_P = TITLES_SV + TITLES_EN  # {T}, in mixed text: either language's
# A particle per origin (none is a name word of its own; others: `de` or `von`).
PARTICLES = {
    "arabic": ("al-", "el-", "bin", "ibn"), "somali": ("bin",), "afghan": ("al-",),
    "german_dutch": ("von", "van der"), "french_italian": ("de",), "spanish_latin": ("de",),
    "scottish_welsh": ("Mac",), "swedish": ("von", "de"),
}  # fmt: skip


class DrawP(DrawE):
    """Values for P, from `names-p.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)
        pooled = {w for table in (self.given, self.family) for ws in table.values() for w in ws}
        self.word_names = [w for w in WORD_NAMES if w in pooled]

    def word_name(self) -> str:
        """A name that is also an everyday word (or, when the pool kept none, any given name)."""
        return self.rng.choice(self.word_names) if self.word_names else self.first()

    def postcode(self) -> str:
        return f"{self.rng.randint(113, 983)} {self.rng.randint(10, 98):02d}"

    def street(self) -> str:
        return self.rng.choice(SV_FORMS_P).format(b=self.rng.choice(SV_BASES_P))

    def number(self) -> str:
        return f"{self.rng.randint(1, 212)}{self.rng.choice(('', '', '', '', 'B', 'a', ' D'))}"

    def sv_address(self) -> str:
        street, number = self.street(), self.number()
        postcode, town = self.postcode(), self.rng.choice(SV_TOWNS_P)
        lgh = self.rng.randint(1001, 1904)
        forms = (
            f"{street} {number}, {postcode} {town}",
            f"{street} {number} lgh {lgh}, {postcode} {town}",
            f"{street} {number}, {self.rng.randint(1, 6)} tr, {postcode} {town}",
            f"{street} {number}{NEWLINE}{postcode} {town}",
            f"{street} {number}, lägenhet {lgh}{NEWLINE}{postcode} {town.upper()}",
            f"{street} {number} {postcode} {town}",
            f"{street} {number}, {town}",
            f"{street} {number}",
            f"{street} {number}, S-{postcode.replace(' ', '')} {town}",
            f"{street}, {town}",
        )
        return self.rng.choice(forms)

    def lower_address(self) -> str:
        """A Swedish street as chat writes it: lower case, sometimes `lgh` or a town."""
        street, number = self.street().lower(), self.number().lower()
        roll = self.rng.random()
        if roll < 0.3:
            return street
        if roll < 0.6:
            return f"{street} {number}"
        if roll < 0.8:
            return f"{street} {number} lgh {self.rng.randint(1001, 1904)}"
        return f"{street} {number} i {self.rng.choice(SV_TOWNS_P).lower()}"

    def rural(self) -> str:
        """A farm or a village with a number in the thousands, sometimes a postcode and town."""
        place = self.rng.choice(SV_FARMS_P + SV_VILLAGES_P)
        number = self.rng.randint(1010, 9480)
        town = self.rng.choice(SV_RURAL_TOWNS_P)
        postcode = f"{self.rng.randint(820, 984)} {self.rng.randint(90, 98)}"
        forms = (
            f"{place} {number}, {postcode} {town}",
            f"{place} {number}{NEWLINE}{postcode} {town.upper()}",
            f"{place} {number}",
            f"{place}, {postcode} {town}",
            f"{place} {number} {town}",
        )
        return self.rng.choice(forms)

    def box(self) -> str:
        n = self.rng.randint(4, 8712)
        town = self.rng.choice(SV_TOWNS_P)
        forms = (
            f"Box {n}, {self.postcode()} {town}",
            f"Box {n}{NEWLINE}{self.postcode()} {town.upper()}",
            f"Postbox {n}, {self.rng.randint(1000, 9999)} Molde",
            f"Postfach {n}, {self.rng.randint(10000, 99999)} Passau",
            f"PO Box {n}, Billings, MT {self.rng.randint(59101, 59117)}",
        )
        return self.rng.choice(forms)

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_P).replace("{NL}", NEWLINE)
        for slot, values in EU_PARTS.items():
            while slot in text:
                text = text.replace(slot, self.rng.choice(values), 1)
        ranges = (
            ("{n}", 1, 260), ("{m}", 1, 24), ("{pc5}", 10000, 99999), ("{pc4}", 1000, 9999),
            ("{pc3}", 100, 999), ("{zip}", 58000, 99399),
        )  # fmt: skip
        for slot, low, high in ranges:
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        outward = self.rng.choice(("PH", "NE", "HR", "GL", "YO", "EX", "PL"))
        uk = f"{outward}{self.rng.randint(1, 19)} {self.rng.randint(1, 9)}{self.rng.choice(letters)}{self.rng.choice(letters)}"
        eir = f"{self.rng.choice('EFHPVXY')}{self.rng.randint(10, 99)} {''.join(self.rng.choice('ACDEFHKNPRTVWXY0123456789') for _ in range(4))}"
        pl = f"{self.rng.randint(10, 99)}-{self.rng.randint(100, 999)}"
        pair = self.rng.choice(DUTCH_PAIRS)
        for slot, value in (("{ukp}", uk), ("{eir}", eir), ("{pcpl}", pl), ("{AA}", pair)):
            text = text.replace(slot, value)
        return text.replace("{st}", self.rng.choice(US_STATES))

    def one_line(self) -> str:
        """A European or US address on one line (for table cells and CSV fields)."""
        for _ in range(20):
            text = self.eu_address()
            if NEWLINE not in text:
                return text
        return text.replace(NEWLINE, ", ")

    def any_address(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return self.sv_address()
        if roll < 0.62:
            return self.rural()
        return self.eu_address()

    def swedish(self) -> str:
        """A Swedish full name, now and then with two given names or a double surname."""
        first, last = self.first("swedish"), self.last("swedish")
        roll = self.rng.random()
        if roll < 0.12:
            return f"{first} {self.first('swedish')} {last}"
        if roll < 0.2:
            return f"{first} {last}-{self.last('swedish')}"
        return f"{first} {last}"

    def particled(self) -> str:
        origin = self.origin()
        particle = self.rng.choice(PARTICLES.get(origin, ("de", "von")))
        glue = "" if particle in ("Mac", "al-", "el-") else " "
        return f"{self.first(origin)} {particle}{glue}{self.last(origin)}"

    def initials(self) -> str:
        origin = self.origin()
        first, last = self.first(origin), self.last(origin)
        roll = self.rng.random()
        if roll < 0.3:
            return f"{first[0]}. {last}"
        if roll < 0.5:
            return f"{first[0]}-{self.first(origin)[0]}. {last}"
        if roll < 0.7:
            return f"{last}, {first[0]}."
        if roll < 0.85:
            return f"{first} {last[0]}."
        return f"{first[0]}.{self.first(origin)[0]}. {last}"

    def form_name(self) -> str:
        origin = self.origin()
        return f"{self.last(origin).upper()} {self.first(origin)}"

    def airline(self) -> str:
        origin = self.origin()
        return f"{self.last(origin).upper()}/{self.first(origin).upper()}"

    def reversed_name(self, origin: str | None = None) -> str:
        origin = origin or self.origin()
        return f"{self.last(origin)}, {self.first(origin)}"

    def phone_p(self) -> str:
        d = "".join(str(self.rng.randint(0, 9)) for _ in range(9))
        forms = (
            f"07{self.rng.choice('02369')}-{d[:3]} {d[3:5]} {d[5:7]}",
            f"+46 7{self.rng.choice('0236')} {d[:3]} {d[3:5]} {d[5:7]}",
            f"0{self.rng.choice('13')}{d[0]}-{d[1:3]} {d[3:5]} {d[5:7]}",
            f"+353 8{self.rng.choice('5679')} {d[:3]} {d[3:7]}",
            f"+47 {d[:3]} {d[3:5]} {d[5:8]}",
            f"(0{d[0]}{d[1]}) {d[2:5]} {d[5:9]}",
        )
        return self.rng.choice(forms)

    def mail_of(self, name: str) -> str:
        parts = [p for p in re.split(r"[\s,.'-]+", name.lower()) if p.isascii() and p.isalpha()]
        local = ".".join(parts[:2]) if parts else f"medlem{self.rng.randint(10, 999)}"
        host = self.rng.choice(("example.com", "mail.example.se", "example.org", "corp.example"))
        return f"{local}@{host}"

    def author(self) -> str:
        """`Name <mail>` as git writes it, both marked."""
        name = self.person()
        return f"{mark('PERSON', name)} <{mark('EMAIL', self.mail_of(name))}>"


def extra(template: str, draw: DrawE) -> str:
    """P's own slots (see `templates_p.py`)."""
    assert isinstance(draw, DrawP)
    values: dict[str, Callable[[], str]] = {
        "{AUTH}": draw.author,
        "{WN}": lambda: mark("PERSON", draw.word_name()),
        "{wn}": lambda: mark("PERSON", draw.word_name().lower()),
        "{VG}": lambda: mark("PERSON", draw.first("swedish")),
        "{VL}": lambda: mark("PERSON", draw.last("swedish")),
        "{VP}": lambda: mark("PERSON", draw.swedish()),
        "{vg}": lambda: mark("PERSON", draw.first("swedish").lower()),
        "{vp}": lambda: mark("PERSON", draw.swedish().lower()),
        "{PART}": lambda: mark("PERSON", draw.particled()),
        "{IN}": lambda: mark("PERSON", draw.initials()),
        "{FORM}": lambda: mark("PERSON", draw.form_name()),
        "{AIR}": lambda: mark("PERSON", draw.airline()),
        "{REV}": lambda: mark("PERSON", draw.reversed_name()),
        "{VREV}": lambda: mark("PERSON", draw.reversed_name("swedish")),
        "{WNP}": lambda: mark("PERSON", f"{draw.word_name()} {draw.last()}"),
        "{SVA}": lambda: mark("ADDRESS", draw.sv_address()),
        "{sva}": lambda: mark("ADDRESS", draw.lower_address()),
        "{RUR}": lambda: mark("ADDRESS", draw.rural()),
        "{BX}": lambda: mark("ADDRESS", draw.box()),
        "{ONE}": lambda: mark("ADDRESS", draw.one_line()),
        "{ANY}": lambda: mark("ADDRESS", draw.any_address()),
        "{COP}": lambda: (
            "c/o " + mark("PERSON", draw.person()) + ", " + mark("ADDRESS", draw.sv_address())
        ),
        "{TP}": lambda: mark("PHONE", draw.phone_p()),
        "{TSV}": lambda: titled_from(draw, TITLES_SV),
        "{TEN}": lambda: titled_from(draw, TITLES_EN),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def titled(draw: DrawE) -> str:
    return titled_from(draw, TITLES_P)


def titled_from(draw: DrawE, titles: tuple[str, ...]) -> str:
    """A title of `titles` and a marked name: a full name, a surname or a given name."""
    title = draw.rng.choice(titles)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.5 else draw.last() if roll < 0.85 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    rows = draw_rows(
        DrawP(seed), size, "heldout-p", (46, 30, 24), (0.08, 0.25), sets, titled, extra
    )
    for row in rows:  # one character for another: the spans' offsets stay
        row["text"] = str(row["text"]).replace(NEWLINE, "\n")
    return rows


def address_words() -> set[str]:
    """Every word of P's street bases, villages, farms, towns and foreign street parts and towns."""
    parts = [v for values in EU_PARTS.values() for v in values]
    texts = [*SV_BASES_P, *SV_TOWNS_P, *SV_RURAL_TOWNS_P, *SV_FARMS_P, *SV_VILLAGES_P, *parts]
    words = {w for t in texts for w in re.findall(r"[^\W\d_]+", t)}
    return {w for w in words if not (w.islower() and len(w) <= 4)}


def build_pool() -> None:
    """Write `names-p.txt`: the words of P's split, per origin (rules in the module doc)."""
    from names_p import CANDIDATES
    from pools import write_pool

    bases = sorted(address_words())
    write_pool(
        "P", OUT, POOL, EARLIER_POOLS, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS, bases, strict=True
    )


def main() -> None:
    from pools import command_line

    command_line("p", OUT, build_pool, generate, write_rows)


if __name__ == "__main__":
    main()
