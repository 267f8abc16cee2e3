# ruff: noqa: E501
"""Generate held-out R for personal-data detection (issue 15).

    python data/pii/generate_r.py           # writes data/pii/generated-heldout-r.jsonl
    python data/pii/generate_r.py --pool    # rebuilds data/pii/names-r.txt (needs Faker, names)

Written by a helper who does not tune the detector, while another helper tuned it (on the dev
sets, O, P and Q among them) without opening these files: the writer of R read neither the
detector's rules, lexicons and tagger (`src/rung/privacy/`) nor the kept rules of earlier rounds
nor any dev set's error listing, and never ran the detector on R. R is built from genres O, P
and Q used little or not at all: bookings and their confirmations (restaurants, hotels, salons,
taxis, ferries), tradespeople's work orders and moving quotes, stairwell notices and
neighbourhood-group posts, change-of-address and mail-forwarding notices, greeting cards,
Christmas-card lists and wedding seating plans, race results and referees' match reports,
screenplays and SRT subtitles, research-interview transcripts and podcast show notes, debt
enforcement, parking fines and social-services letters, visitor logs, key receipts and
lost-and-found, school grade lists and exam seating, loan applications, petitions and
nominations, library loans, diaries, social-media posts and recommendations, and code and
config (TOML, INI, `package.json`, CODEOWNERS, `@author`, Dockerfile labels, `.mailmap`, HTML
tables, URL query strings, GraphQL).

**The split R's values come from** (Q's rules, Q's text and pool added to what is banned): a name
word is R's when it is in no lexicon, in no earlier set's text, in no earlier pool (E ... Q)
and not in the tagger's training pool (in none of the public lists, or in their held-out eighth).
All of R's names are romanised names written for R (`names_r.py`). `--pool` applies the rules
(`pools.write_pool`, strict) and writes the words to `names-r.txt`; the generator reads only that
file (same seed, same bytes). Street bases, farms, villages, towns and foreign street parts and
towns are written here for R: `--pool` refuses to write the pool while any of their words is in
an earlier set, an earlier pool or a lexicon. Templates: `templates_r.py`.
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
from templates_r import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 52907
SIZE = 640
OUT = HERE / "generated-heldout-r.jsonl"
POOL = HERE / "names-r.txt"
EARLIER_POOLS = tuple(HERE / f"names-{x}.txt" for x in "efghijklmnopq")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {}
WEIGHTS = {
    "swedish": 20, "finnish": 4, "norwegian_icelandic": 2, "danish": 2,
    "german_austrian_swiss": 2, "dutch_flemish": 1, "french_belgian_swiss": 1,
    "italian_spanish": 2, "polish_czech": 3, "balkan_albanian": 3, "romanian_hungarian": 2,
    "greek_cypriot": 1, "turkish_kurdish": 4, "arabic_assyrian": 5, "persian_dari_afghan": 3,
    "somali_horn": 3, "english": 6, "scottish_irish_welsh": 2, "baltic_ukrainian": 2,
    "asian_south_asian": 2, "latin_american_portuguese": 1, "west_african_east_african": 2,
}  # fmt: skip
# Names that are also everyday words (drawn only when `--pool` kept them).
WORD_NAMES = (
    "Stilla", "Glimt", "Vinge", "Skymning", "Gryning", "Tapper", "Modig", "Stolt",
    "Kvick", "Säll", "Skvattram", "Thyme", "Marjoram", "Bramble", "Snowdrop",
    "Hollyhock", "Goldcrest", "Siskin", "Moorhen", "Halcyon", "Solstice", "Thimble",
    "Pebble", "Shingle", "Cowslip", "Barleycorn", "Cakebread", "Shortbread",
    "Halfpenny", "Haycock", "Plumtree", "Peartree",
    "Crowfoot", "Oddbody", "Silversides", "Kaveldun", "Tuvstarr",
)  # fmt: skip
# A line break inside one marked value: drawn as this stand-in, put in after parsing.
BREAK = "\ue002"

SV_BASES_R = (
    "Korgmakar", "Sotar", "Glasblåsar", "Hattmakar", "Krukmakar", "Väverske",
    "Spinnrocks", "Vävstols", "Havtorns", "Slånbärs", "Mjölon", "Smörbolls", "Ängsklocke",
    "Gullvive", "Tranbärs", "Blåsippe", "Idegrans", "Hagtorns", "Vildapel",
    "Nattviol", "Kabbeleke", "Svalört", "Gulsparv", "Talltita", "Stjärtand",
    "Skäggdopping", "Storlom", "Fiskgjuse", "Tornfalk", "Tegelbruks",
    "Pappersbruks", "Kalkbruks", "Masugns", "Smältverks", "Ångbåts", "Fyrvaktar", "Lotsutkiks",
    "Tullhus", "Posthorns", "Diligens", "Skjutsstations", "Gästgivar", "Hyttstens",
    "Pärlemor", "Silverbäcks", "Tjärbrännar", "Lövkojs",
)  # fmt: skip
SV_FORMS_R = (
    "{b}gatan", "{b}vägen", "{b} väg", "{b}gränd", "{b}backen", "{b} backe", "{b}stig",
    "{b}stigen", "{b} torg", "{b}torget", "{b} plan", "{b}planen", "{b} allé", "{b}allén",
    "{b}slingan", "{b}gången", "{b}bågen", "{b}kajen", "{b}leden", "{b}ringen",
    "Norra {b}gatan", "Östra {b} väg", "Gamla {b}vägen", "Nedre {b}backen", "Övre {b}gränd",
)  # fmt: skip
SV_TOWNS_R = (
    "Moskosel", "Kåbdalis", "Slagnäs", "Glommersträsk", "Rusksele", "Bastuträsk", "Hörnefors", "Botsmark", "Tavelsjö", "Sävar", "Vidsel", "Korsträsk", "Tärendö", "Svappavaara", "Karesuando", "Junosuando", "Bygdeå", "Holmön", "Obbola", "Sörmjöle", "Hoting", "Borgafjäll", "Saxnäs", "Dikanäs", "Kittelfjäll", "Granö", "Tvärålund", "Vännäsby", "Grangärde", "Bjursås", "Svärdsjö", "Enviken", "Grycksbo", "Alfta", "Edsbyn", "Kilafors", "Järbo", "Storvik", "Hamrånge", "Skärplinge", "Lövstabruk", "Österbybruk", "Dannemora", "Alunda", "Gimo", "Hallstavik", "Grisslehamn", "Älmsta", "Rimbo", "Knutby", "Almunge",
)  # fmt: skip
SV_FARMS_R = (
    "Sotarbacksgården", "Korgmakartorpet", "Hyttbacksgården", "Kalkugnstorpet",
    "Sågkvarnsgården", "Tegelbruksgården", "Fyrvaktarstugan", "Gästgivargården",
    "Tjärbrännartorpet", "Kopparslagarhemmanet", "Havtornsgården", "Lövkojstorpet",
)  # fmt: skip
SV_VILLAGES_R = (
    "Norrmyra", "Kvarnåsen", "Västanbäck", "Tjärnliden", "Sörmyrheden", "Gäddtjärn",
    "Renvallen", "Storbrännan", "Lillkläppen", "Öjeheden",
)  # fmt: skip
EU_FORMATS_R = (
    # UK, Ireland
    "The Old Rectory, {uk} Lane, {ukv}, {ukt} {ukp}",
    "{n} {uk} Gardens{NL}{ukt}{NL}{ukp}",
    "Unit {m}, {uk} Mews, {ukt} {ukp}, UK",
    "{ie} House, {ie} Road, {iet}, Co. {iec}",
    "{n} {ie} Terrace{NL}{iet}{NL}Co. {iec} {eir}",
    # Germany, Austria, Switzerland
    "{de}str. {n}a, {pc5} {det}",
    "{de}ring {n}{NL}{pc5} {det}{NL}Deutschland",
    "{de}gasse {n}/Top {m}, A-{pc4} {att}",
    "{ch}strasse {n}, {pc4} {cht}, Schweiz",
    # France, Belgium, the Netherlands, Luxembourg
    "{n} bis, chemin du {fr}, {pc5} {frt}",
    "{n} allée des {frp}{NL}{pc5} {frt}",
    "{be}straat {n} bus {m}, B-{pc4} {bet}",
    "{nl}kade {n}-hs, {pc4} {AA} {nlt}",
    "{n}, route de {lut}, L-{pc4} {lut}",
    # Nordics
    "{dk}vej {n}, 1. th., {pc4} {dkt}",
    "{no}vegen {n}{NL}{pc4} {not}{NL}Norge",
    "{fi}katu {n} as. {m}, {pc5} {fit}",
    # Poland, Baltics
    "al. {pl} {n} lok. {m}, {pcpl} {plt}",
    "{lt} pr. {n}-{m}, LT-{pc5} {ltt}",
    "{ee} tänav {n}, {pc5} {eet}, Estonia",
    # Italy, Spain, Portugal
    "Corso {it} {n}, {pc5} {itt} ({itp})",
    "Vicolo dei {itv} {n}{NL}{pc5} {itt}",
    "Avda. de los {es} {n}, {m}º B, {pc5} {est}",
    "Travessa das {pt} {n}, r/c dto., {pc4}-{pc3} {ptt}",
    # US
    "{n} {us} Ave, Suite {m}, {ust}, {st} {zip}",
    "{n} {us} Dr{NL}{ust}, {st} {zip}",
)  # fmt: skip
EU_PARTS = {
    "{uk}": ("Cordwainer", "Chandlers", "Hayloft", "Lockkeeper", "Dovecote", "Smithy", "Coopers"),
    "{ukv}": ("Nether Wallop", "Lower Slaughter", "Nether Stowey", "Chipping Sodbury"),
    "{ukt}": ("Holsworthy", "Bideford", "Okehampton", "Launceston", "Bodmin", "Helston", "Wadebridge"),
    "{ie}": ("Kilcullen", "Ballymore", "Knockmore", "Kilmacud"),
    "{iet}": ("Cashel", "Youghal", "Mallow", "Fermoy", "Birr", "Roscrea", "Templemore", "Athy"),
    "{iec}": ("Waterford", "Kildare", "Louth", "Meath", "Wicklow"),
    "{de}": ("Lerchen", "Drossel", "Amsel", "Meisen", "Stieglitz", "Zeisig"),
    "{det}": ("Uelzen", "Soltau", "Verden", "Rotenburg", "Stade", "Buxtehude", "Itzehoe", "Husum", "Schleswig", "Eutin", "Ratzeburg", "Mölln"),
    "{att}": ("Bludenz", "Feldkirch", "Hallein", "Bischofshofen", "Liezen", "Judenburg", "Voitsberg"),
    "{ch}": ("Ahorn", "Buchen", "Eschen", "Ulmen"),
    "{cht}": ("Weinfelden", "Herisau", "Appenzell", "Glarus", "Sarnen", "Stans", "Altdorf", "Schwyz", "Zug", "Liestal"),
    "{fr}": ("Lavoir", "Colombier", "Puits", "Vieux Puits", "Calvaire"),
    "{frp}": ("Peupliers", "Saules", "Aulnes", "Ormes", "Frênes", "Charmes", "Érables"),
    "{frt}": ("Périgueux", "Bergerac", "Sarlat", "Aurillac", "Millau", "Figeac", "Villefranche", "Montauban", "Tarbes", "Oloron"),
    "{be}": ("Kastanje", "Wilgen", "Populier", "Berken", "Linden"),
    "{bet}": ("Dendermonde", "Turnhout", "Tongeren", "Sint-Truiden"),
    "{nl}": ("Haring", "Zalm", "Paling", "Snoek", "Baars", "Karper"),
    "{nlt}": ("Doetinchem", "Winterswijk", "Tiel", "Culemborg", "Gorinchem", "Woerden", "Alphen", "Purmerend", "Hoorn", "Enkhuizen", "Medemblik"),
    "{lut}": ("Steinfort", "Junglinster", "Bettembourg", "Rumelange", "Mondorf", "Troisvierges"),
    "{dk}": ("Mølle", "Bager", "Smede", "Kirkestræde", "Præste", "Skovløber"),
    "{dkt}": ("Holstebro", "Struer", "Fredericia", "Svendborg", "Rudkøbing", "Korsør", "Slagelse", "Holbæk"),
    "{no}": ("Smie", "Kvern", "Sag", "Stabbur", "Naust", "Fjøs"),
    "{not}": ("Lillehammer", "Røros", "Oppdal", "Kristiansund", "Ålesund", "Volda", "Stord", "Haugesund", "Kopervik"),
    "{fi}": ("Myllärin", "Sepän", "Suutarin", "Räätälin", "Kalastajan", "Tervahovin"),
    "{fit}": ("Varkaus", "Pieksämäki", "Seinäjoki", "Lapua", "Lohja", "Porvoo", "Loviisa", "Kotka"),
    "{pl}": ("Sosnowa", "Jodłowa", "Świerkowa", "Dębowa", "Bukowa", "Jaworowa"),
    "{plt}": ("Nowy Sącz", "Krosno", "Sanok", "Jasło", "Mielec", "Radom", "Ostrołęka", "Ciechanów", "Ełk", "Giżycko"),
    "{lt}": ("Uosių", "Alksnių", "Taikos", "Sodų", "Miško"),
    "{ltt}": ("Marijampolė", "Jonava", "Visaginas", "Druskininkai", "Palanga", "Ukmergė"),
    "{ee}": ("Sireli", "Nurme", "Kaera", "Rukki"),
    "{eet}": ("Jõgeva", "Võru", "Tõrva", "Otepää", "Türi", "Paldiski", "Elva"),
    "{it}": ("Cavour", "Risorgimento", "Veneto"),
    "{itv}": ("Cordai", "Bottai", "Vetrai", "Tintori"),
    "{itt}": ("Macerata", "Fermo", "Ascoli", "Teramo", "Potenza", "Matera", "Crotone", "Nuoro", "Oristano"),
    "{itp}": ("MC", "FM", "TE", "CS", "RG", "TP"),
    "{es}": ("Castaños", "Acebos", "Fresnos", "Chopos", "Sauces", "Alisos"),
    "{est}": ("Jaca", "Barbastro", "Tarazona", "Alcañiz", "Utiel", "Daroca"),
    "{pt}": ("Laranjeiras", "Videiras", "Cerejeiras", "Macieiras", "Pereiras"),
    "{ptt}": ("Portalegre", "Lamego", "Fafe", "Sintra", "Barcelos", "Penafiel"),
    "{us}": ("Persimmon", "Chokecherry", "Pawpaw", "Sweetgum", "Buckthorn", "Mesquite", "Hemlock"),
    "{ust}": ("Butte", "Ellensburg", "Sandpoint", "Havre", "Glendive"),
}  # fmt: skip
US_STATES = ("MT", "ID", "MN", "ND", "WA")
# Postcode letters come from fixed lists: a random pair can spell an earlier set's name word.
DUTCH_PAIRS = ("BX", "DZ", "GW", "KP", "LX", "PZ", "RV", "TX", "WB", "ZK")
UK_OUTWARD = ("EX", "PL", "TR", "NE", "CA")
UK_INWARD = ("BJ", "DX", "FQ", "GZ", "JW", "LU", "QP", "UZ", "XJ")
TITLES_SV = (
    "kantor", "rektor", "elevhälsochef", "socialsekreterare", "kronoinspektör",
    "parkeringsvakt", "hovrättsråd", "bibliotekarie", "tränare", "domare", "vaktmästare",
    "hotellchef", "Överste", "Kyrkoherde", "Rektor", "Landshövding",
)  # fmt: skip
TITLES_EN = (
    "Rev.", "Canon", "Major", "Capt.", "Lt.", "Coach", "Referee", "Headteacher", "Bailiff",
    "Warden", "Dr.", "Mrs", "Miss", "Lord", "Lady", "Judge",
)  # fmt: skip
TITLES_R = TITLES_SV + TITLES_EN
# Particles: each is a length-one word or one the disjointness tests set apart.
PARTICLES = {
    "arabic_assyrian": ("al-", "el-", "bin", "abu"), "dutch_flemish": ("van der", "van"),
    "german_austrian_swiss": ("von",), "french_belgian_swiss": ("de",),
    "italian_spanish": ("de",), "latin_american_portuguese": ("de",),
    "persian_dari_afghan": ("al-",), "somali_horn": ("bin",),
}  # fmt: skip


class DrawR(DrawE):
    """Values for R, from `names-r.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)
        pooled = {w for table in (self.given, self.family) for ws in table.values() for w in ws}
        self.word_names = [w for w in WORD_NAMES if w in pooled]

    def word_name(self) -> str:
        return self.rng.choice(self.word_names) if self.word_names else self.first()

    def sv_full(self) -> str:
        first, last = self.first("swedish"), self.last("swedish")
        roll = self.rng.random()
        if roll < 0.12:
            return f"{first}-{self.first('swedish')} {last}"
        if roll < 0.2:
            return f"{first} {self.first('swedish')} {last}"
        if roll < 0.26:
            return f"{first} {self.last('swedish')} {last}"
        return f"{first} {last}"

    def with_particle(self) -> str:
        origin = self.rng.choice(sorted(PARTICLES))
        particle = self.rng.choice(PARTICLES[origin])
        glue = "" if particle.endswith("-") else " "
        return f"{self.first(origin)} {particle}{glue}{self.last(origin)}"

    def long_name(self) -> str:
        """Three or four parts of one origin (given names, surnames), or one with a particle."""
        if self.rng.random() < 0.3:
            return self.with_particle()
        origin = self.origin()
        parts = [self.first(origin), self.first(origin), self.last(origin)]
        if self.rng.random() < 0.4:
            parts.insert(2, self.last(origin))
        return " ".join(parts)

    def initialled(self) -> str:
        origin = self.origin()
        first, last = self.first(origin), self.last(origin)
        forms = (
            f"{first[0]}. {last}",
            f"{first[0]}{self.first(origin)[0]} {last}",
            f"{first} {last[0]}.",
            f"{last} {first[0]}",
            f"{first[0]}. {self.first(origin)[0]}. {last}",
        )
        return self.rng.choice(forms)

    def reversed_name(self) -> str:
        origin = self.origin()
        first, last = self.first(origin), self.last(origin)
        forms = (f"{last}, {first}", f"{last.upper()} {first}", f"{last} {first}")
        return self.rng.choice(forms)

    def possessive(self, english: bool) -> str:
        """A marked name and its genitive ending (`Annikas`, `James's`, `Thomas'`)."""
        name = self.first() if self.rng.random() < 0.6 else self.person()
        if english:
            ending = "'" if name.endswith("s") else "'s"
        else:
            ending = "" if name[-1] in "sxz" else "s"
        return mark("PERSON", name) + ending

    def handle(self) -> str:
        """A chat or social handle: `@given`, `@given.surname` (the name part marked)."""
        name = self.first().lower()
        return "@" + mark("PERSON", name)

    def postcode(self) -> str:
        return f"{self.rng.randint(113, 986)} {self.rng.randint(10, 99):02d}"

    def number(self) -> str:
        suffix = self.rng.choice(
            ("", "", "", "", "B", "a", " D", "-" + str(self.rng.randint(2, 14)))
        )
        return f"{self.rng.randint(1, 214)}{suffix}"

    def street(self) -> str:
        return self.rng.choice(SV_FORMS_R).format(b=self.rng.choice(SV_BASES_R))

    def town(self) -> str:
        return self.rng.choice(SV_TOWNS_R)

    def sv_address(self) -> str:
        street, number, postcode, town = self.street(), self.number(), self.postcode(), self.town()
        lgh, tr = self.rng.randint(1001, 1704), self.rng.randint(1, 8)
        forms = (
            f"{street} {number}, {postcode} {town}",
            f"{street} {number} lgh {lgh}, {postcode} {town}",
            f"{street} {number}, {tr} tr, {postcode} {town}",
            f"{street} {number}, {tr} trappor, {town}",
            f"{street} {number}{BREAK}{postcode} {town}",
            f"{street} {number}{BREAK}Lgh {lgh}{BREAK}{postcode} {town.upper()}",
            f"{street} {number} i {town}",
            f"{street} {number}",
            f"{street} {number}, {postcode.replace(' ', '')} {town.upper()}",
            f"{street} {number} ({town})",
            f"{street} {number}, S-{postcode.replace(' ', '')} {town}",
        )
        return self.rng.choice(forms)

    def street_only(self) -> str:
        return f"{self.street()} {self.number()}"

    def chat_address(self) -> str:
        street, number = self.street().lower(), self.number().lower()
        forms = (
            f"{street} {number}",
            f"{street}",
            f"{street} {number} lgh {self.rng.randint(1001, 1704)}",
            f"{street} {number} {self.rng.randint(1, 7)} tr",
            f"{street} {number} i {self.town().lower()}",
            f"{street} {number}, {self.town().lower()}",
        )
        return self.rng.choice(forms)

    def rural(self) -> str:
        number = self.rng.randint(1010, 9874)
        town = self.rng.choice(SV_TOWNS_R)
        postcode = self.postcode()
        if self.rng.random() < 0.5:
            place = self.rng.choice(SV_FARMS_R)
        else:
            place = f"{self.rng.choice(SV_VILLAGES_R)} by"
        forms = (
            f"{place} {number}, {postcode} {town}",
            f"{place} {number}{BREAK}{postcode} {town.upper()}",
            f"{place} {number}",
            f"{place} {number} {town}",
            f"{place}, {town}",
            f"{place.lower()} {number}",
        )
        return self.rng.choice(forms)

    def box(self) -> str:
        n, town = self.rng.randint(3, 8812), self.town()
        forms = (
            f"Box {n}, {self.postcode()} {town}",
            f"BOX {n}{BREAK}{self.postcode()} {town.upper()}",
            f"Box {n}, S-{self.postcode().replace(' ', '')} {town}",
            f"P.O. Box {n}, Missoula, MT {self.rng.randint(59801, 59808)}",
        )
        return self.rng.choice(forms)

    def co_address(self) -> str:
        """`c/o` a marked name, then a Swedish address (the address marked alone)."""
        name = mark("PERSON", self.person())
        return f"c/o {name}, " + mark("ADDRESS", self.sv_address())

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_R).replace("{NL}", BREAK)
        for slot, values in EU_PARTS.items():
            while slot in text:
                text = text.replace(slot, self.rng.choice(values), 1)
        ranges = (
            ("{n}", 1, 260), ("{m}", 1, 24), ("{pc5}", 10000, 99999), ("{pc4}", 1000, 9999),
            ("{pc3}", 100, 999), ("{zip}", 55001, 99399),
        )  # fmt: skip
        for slot, low, high in ranges:
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        uk = f"{self.rng.choice(UK_OUTWARD)}{self.rng.randint(1, 39)} {self.rng.randint(1, 9)}{self.rng.choice(UK_INWARD)}"
        eir = f"{self.rng.choice('ACDEKPRTWY')}{self.rng.randint(10, 99)} {self.rng.choice('FHKNPX')}{self.rng.randint(100, 999)}"
        pl = f"{self.rng.randint(10, 99)}-{self.rng.randint(100, 999)}"
        for slot, value in (
            ("{ukp}", uk), ("{eir}", eir), ("{pcpl}", pl), ("{AA}", self.rng.choice(DUTCH_PAIRS)),
            ("{st}", self.rng.choice(US_STATES)),
        ):  # fmt: skip
            text = text.replace(slot, value)
        return text

    def one_line(self) -> str:
        for _ in range(20):
            text = self.eu_address() if self.rng.random() < 0.55 else self.sv_address()
            if BREAK not in text:
                return text
        return text.replace(BREAK, ", ")

    def any_address(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return self.sv_address()
        if roll < 0.62:
            return self.rural()
        if roll < 0.67:
            return self.box()
        return self.eu_address()

    def phone_r(self) -> str:
        d = "".join(str(self.rng.randint(0, 9)) for _ in range(10))
        forms = (
            f"07{self.rng.choice('02369')}-{d[:3]} {d[3:5]} {d[5:7]}",
            f"07{self.rng.choice('02369')} {d[:2]} {d[2:4]} {d[4:7]}",
            f"+46 7{self.rng.choice('0236')} {d[:3]} {d[3:7]}",
            f"0{self.rng.choice('1235689')}{d[0]}-{d[1:3]} {d[3:5]} {d[5:7]}",
            f"+44 (0)7{d[:3]} {d[3:9]}",
            f"+358 4{d[0]} {d[1:4]} {d[4:8]}",
            f"+47 {d[:3]} {d[3:5]} {d[5:8]}",
            f"+1 {self.rng.randint(201, 989)}-{d[:3]}-{d[3:7]}",
        )
        return self.rng.choice(forms)

    def mail_of(self, name: str) -> str:
        parts = [p for p in re.split(r"[\s,.'-]+", name.lower()) if p.isascii() and p.isalpha()]
        if not parts:
            local = f"medlem{self.rng.randint(100, 9999)}"
        else:
            style = self.rng.random()
            if style < 0.35:
                local = "_".join(parts[:2])
            elif style < 0.65:
                local = parts[0] + "." + parts[-1][:1]
            else:
                local = f"{parts[-1]}{self.rng.randint(1, 99)}"
        host = self.rng.choice(("example.se", "example.com", "post.example.org", "example.net"))
        return f"{local}@{host}"

    def named_mail(self) -> str:
        """`Name <mail>`, both marked (trailers, package metadata, `.mailmap`)."""
        name = self.person()
        return f"{mark('PERSON', name)} <{mark('EMAIL', self.mail_of(name))}>"


def extra(template: str, draw: DrawE) -> str:
    """R's own slots (see `templates_r.py`)."""
    assert isinstance(draw, DrawR)
    values: dict[str, Callable[[], str]] = {
        "{NM}": draw.named_mail,
        "{W}": lambda: mark("PERSON", draw.word_name()),
        "{w}": lambda: mark("PERSON", draw.word_name().lower()),
        "{WL}": lambda: mark("PERSON", f"{draw.word_name()} {draw.last()}"),
        "{SG}": lambda: mark("PERSON", draw.first("swedish")),
        "{sg}": lambda: mark("PERSON", draw.first("swedish").lower()),
        "{SN}": lambda: mark("PERSON", draw.last("swedish")),
        "{SP}": lambda: mark("PERSON", draw.sv_full()),
        "{sp}": lambda: mark("PERSON", draw.sv_full().lower()),
        "{PRT}": lambda: mark("PERSON", draw.with_particle()),
        "{LN}": lambda: mark("PERSON", draw.long_name()),
        "{INI}": lambda: mark("PERSON", draw.initialled()),
        "{RV}": lambda: mark("PERSON", draw.reversed_name()),
        "{CAP}": lambda: mark("PERSON", draw.person().upper()),
        "{GS}": lambda: draw.possessive(english=False),
        "{GE}": lambda: draw.possessive(english=True),
        "{AT}": draw.handle,
        "{AD}": lambda: mark("ADDRESS", draw.sv_address()),
        "{ST}": lambda: mark("ADDRESS", draw.street_only()),
        "{ad}": lambda: mark("ADDRESS", draw.chat_address()),
        "{RU}": lambda: mark("ADDRESS", draw.rural()),
        "{BOX}": lambda: mark("ADDRESS", draw.box()),
        "{EU}": lambda: mark("ADDRESS", draw.eu_address()),
        "{ONE}": lambda: mark("ADDRESS", draw.one_line()),
        "{ANY}": lambda: mark("ADDRESS", draw.any_address()),
        "{CO}": draw.co_address,
        "{TEL}": lambda: mark("PHONE", draw.phone_r()),
        "{MAIL}": lambda: mark("EMAIL", draw.mail_of(draw.person())),
        "{TS}": lambda: titled_from(draw, TITLES_SV),
        "{TE}": lambda: titled_from(draw, TITLES_EN),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def titled(draw: DrawE) -> str:
    return titled_from(draw, TITLES_R)


def titled_from(draw: DrawE, titles: tuple[str, ...]) -> str:
    """A title of `titles` and a marked name: a full name, a surname or a given name."""
    title = draw.rng.choice(titles)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.5 else draw.last() if roll < 0.85 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    rows = draw_rows(
        DrawR(seed), size, "heldout-r", (48, 28, 24), (0.09, 0.27), sets, titled, extra
    )
    for row in rows:  # one character for another: the spans' offsets stay
        row["text"] = str(row["text"]).replace(BREAK, "\n")
    return rows


def address_words() -> set[str]:
    """Every word of R's street bases, farms, villages, towns and foreign street parts and towns."""
    parts = [v for values in EU_PARTS.values() for v in values]
    texts = [*SV_BASES_R, *SV_TOWNS_R, *SV_FARMS_R, *SV_VILLAGES_R, *parts]
    words = {w for t in texts for w in re.findall(r"[^\W\d_]+", t)}
    return {w for w in words if not (w.islower() and len(w) <= 4)}


def build_pool() -> None:
    """Write `names-r.txt`: the words of R's split, per origin (rules in the module doc)."""
    from names_r import CANDIDATES
    from pools import write_pool

    bases = sorted(address_words())
    write_pool(
        "R", OUT, POOL, EARLIER_POOLS, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS, bases, strict=True
    )


def main() -> None:
    from pools import command_line

    command_line("r", OUT, build_pool, generate, write_rows)


if __name__ == "__main__":
    main()
