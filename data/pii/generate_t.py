# ruff: noqa: E501
"""Generate held-out T for personal-data detection (issue 15).

    python data/pii/generate_t.py           # writes data/pii/generated-heldout-t.jsonl
    python data/pii/generate_t.py --pool    # rebuilds data/pii/names-t.txt (needs Faker, names)

Written by a helper who does not tune the detector, while another helper tuned it (on the dev
sets, O, P, Q, R and S among them) without opening these files: the writer of T read neither the
detector's rules, lexicons and tagger (`src/rung/privacy/`) nor the kept rules of earlier rounds
nor any dev set's error listing, and never ran the detector on T. T is built from forms O to S
used little or not at all: SMS threads and iMessage exports, school platform messages and
pick-up authorisations, viewing lists and bidding logs, insurance adjusters' call notes, RSVP
form exports, funeral notices, thank-you cards and GEDCOM genealogy, auto-captioned meetings
(WEBVTT), OCR'd scans, vCard 2.1 and ICS with escaped commas, raw mail headers, `git blame` and
bug reports, courier SMS, forum threads with quotes, mail-merge labels, guardianship reports,
marina and allotment registers, radio dedications, dog-show catalogues and crash paths.

**The split T's values come from** (S's rules, S's text and pool added to what is banned): a name
word is T's when it is in no lexicon, in no earlier set's text, in no earlier pool (E ... S)
and not in the tagger's training pool. All of T's names are romanised names written for T
(`names_t.py`). `--pool` applies the rules (`pools.write_pool`, strict) and writes the words to
`names-t.txt`; the generator reads only that file (same seed, same bytes). Street bases, farms,
villages, towns and foreign street parts and towns are written here for T: `--pool` refuses to
write the pool while any of their words is in an earlier set, an earlier pool or a lexicon.
The name forms, handles, mail and phone shapes are drawn by R's `DrawR` (imported, not copied);
every address part, title and template is T's own. Templates: `templates_t.py`.
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
from generate_r import BREAK, DrawR, extra  # noqa: E402
from templates_t import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 71129
SIZE = 620
OUT = HERE / "generated-heldout-t.jsonl"
POOL = HERE / "names-t.txt"
EARLIER_POOLS = tuple(HERE / f"names-{x}.txt" for x in "efghijklmnopqrs")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {}
WEIGHTS = {
    "swedish": 20, "finnish": 4, "norwegian_icelandic": 2, "danish": 2,
    "german_austrian_swiss": 2, "dutch_flemish": 1, "french_belgian_swiss": 1,
    "italian_spanish": 2, "polish_czech": 3, "balkan_albanian": 3, "romanian_hungarian": 2,
    "greek_cypriot": 1, "turkish_kurdish": 4, "arabic_assyrian": 5, "persian_dari_afghan": 3,
    "somali_horn": 3, "english": 6, "scottish_irish_welsh": 2, "baltic_ukrainian": 2,
    "asian_south_asian": 2, "latin_american_portuguese": 1, "west_african_east_african": 2,
    "sami_kven": 1, "caucasus_armenian_georgian": 1,
}  # fmt: skip
# Names that are also everyday words (drawn only when `--pool` kept them).
WORD_NAMES = (
    "Gullviva", "Vitsippa", "Kaprifol", "Nattviol", "Havtorn", "Snöklocka", "Solglimt",
    "Vårflod", "Lärkdrill", "Ljusmåne", "Lärkträd", "Skogsrået", "Kittiwake", "Ptarmigan",
    "Nightjar", "Turnstone", "Quince", "Medlar", "Damson", "Samphire", "Rowanberry",
    "Greengrass", "Honeybone", "Sweetlove", "Catchpole", "Gathergood", "Bellringer",
    "Cheesewright", "Beaivi",
)  # fmt: skip

SV_BASES_T = (
    "Tjärbrännar", "Kalkbrännar", "Pärlfiskar", "Sämskmakar", "Knappmakar", "Bleckslagar",
    "Tenngjutar", "Vantstickar", "Sotarmästar", "Remslagar", "Lindragar", "Flottkarls",
    "Vedhuggar", "Klensmeds", "Spikmakar", "Nålmakar", "Tegelslagar", "Myrlilje",
    "Vattenklöver", "Strandaster", "Sävsparv", "Pungmes", "Brushane", "Myrsnäppe",
    "Smålom", "Storlom", "Porfyr", "Diabas", "Täljstens", "Blyglans",
    "Fältgentiana", "Slåtterfibbla", "Ängsskära", "Jungfrulin", "Kattfot", "Hönsbär",
    "Myrlök", "Vildlin", "Fjällviol", "Stenfalk", "Lärkfalk", "Gnejs",
    "Hälleflint",
)  # fmt: skip
SV_FORMS_T = (
    "{b}vägen", "{b}gatan", "{b}gränd", "{b}backe", "{b}backen", "{b}stig", "{b}stigen",
    "{b} torg", "{b}torget", "{b} plan", "{b}planen", "{b} allé", "{b}allén", "{b}svängen",
    "{b}gången", "{b}slingan", "{b}ringen", "{b}höjden", "{b}liden", "{b}vägen", "{b}gatan",
    "{b}kroken", "{b}brinken", "{b}lyckan", "Östra {b}gatan", "Norra {b}vägen",
    "Nedre {b}gränd", "Gamla {b}vägen",
)  # fmt: skip
SV_TOWNS_T = (
    "Svenstavik", "Hammarstrand", "Bispgården", "Kåge", "Ånäset", "Själevad", "Långsele",
    "Näsåker", "Ljungaverk", "Borgsjö", "Lillhärdal", "Bruksvallarna", "Tänndalen", "Glimåkra",
    "Knislinge", "Hjärsås", "Vittsjö", "Bjärnum", "Lönsboda", "Jämshög", "Urshult",
    "Storsjö", "Hackås", "Kälarne", "Gällö", "Fjällsjö", "Tåsjö", "Bodum",
    "Offerdal", "Kaxås", "Trångsviken", "Oviken", "Myssjö", "Vemhån", "Ytterån",
    "Rätan", "Åsarna", "Klövsjö", "Kvarnsjö", "Laxsjö", "Tullingsås", "Kristineberg",
    "Björksele", "Örträsk", "Holmsund", "Täfteå", "Brännland",
)  # fmt: skip
SV_FARMS_T = (
    "Sotarmästargården", "Remslagartorpet", "Tjärbrännarstugan", "Kalkbrännarhemmanet",
    "Pärlfiskartorpet", "Knappmakargården", "Tenngjutarstugan", "Vedhuggartorpet",
    "Vantstickargården", "Sämskmakarhemmanet",
)  # fmt: skip
SV_VILLAGES_T = (
    "Lärkfalksliden", "Myrsnäppemyran", "Smålomtjärn", "Porfyrberget", "Diabasåsen",
    "Kattfotsheden", "Hönsbärsmyren", "Pungmesviken", "Blyglansgruvan", "Storlomsvattnet",
)  # fmt: skip
EU_FORMATS_T = (
    # UK, Ireland
    "The Old {ukb}, {n} {uk} Lane, {ukv}, {ukt} {ukp}",
    "{n}a {uk} Mews{NL}{ukt}{NL}{ukp}",
    "{uk} Cottage, {ie}, Co. {iec}, {eir}",
    "{n} {ie} Terrace, {iet}, Co. {iec}",
    # Germany, Austria, Switzerland
    "{de}straße {n}a, {pc5} {det}",
    "{de}str. {n}, 3. OG, {pc5} {det}, Deutschland",
    "{at}weg {n}/{m}, A-{pc4} {att}",
    "{ch}strasse {n}{NL}{pc4} {cht} GR",
    # France, Belgium, the Netherlands, Luxembourg
    "{n} quater, avenue des {frp}, {pc5} {frt} CEDEX",
    "Résidence les {frp}, bât. B, {n} rue du {fr}, {pc5} {frt}",
    "{be}straat {n} bus {m}, B-{pc4} {bet}",
    "{nl}gracht {n}-{m}{NL}{pc4}{AA} {nlt}",
    "{n}, um {lux}, L-{pc4} {lut}",
    # Nordics
    "{dk}vej {n}, 2. th., {pc4} {dkt}",
    "{no}veien {n} H0{m}01, N-{pc4} {not}",
    "{fi}katu {n} as. {m}, FI-{pc5} {fit}",
    # Poland, Baltics
    "os. {pl} {n} m. {m}, {pcpl} {plt}",
    "{lt} g. {n}-{m}, LT-{pc5} {ltt}",
    "{ee} tn {n}-{m}, {pc5} {eet}, Eesti",
    # Italy, Spain, Portugal
    "Vicolo dei {it} {n}/A, {pc5} {itt} (TR)",
    "C/ {es}, {n}, {m}º B, {pc5} {est}",
    "Travessa das {pt}, {n}, {pc4}-{pc3} {ptt}",
    # US
    "{n} {us} Rd, Unit {m}, {ust}, {st} {zip}",
    "{n} {us} Road{NL}{ust}, {st} {zip}",
)  # fmt: skip
EU_PARTS = {
    "{ukb}": ("Forge", "Granary", "Dairy"),
    "{uk}": ("Cobbler", "Chandler", "Drovers", "Tinkers", "Ropemakers"),
    "{ukv}": ("Bibury", "Windrush", "Sherston", "Bledington"),
    "{ukt}": ("Malmesbury", "Tetbury", "Nailsworth", "Painswick", "Minchinhampton", "Dursley"),
    "{ie}": ("Kilmacduagh", "Ballyconneely", "Roundstone", "Carna"),
    "{iec}": ("Westmeath", "Cavan"),
    "{iet}": ("Oughterard", "Athenry", "Letterfrack", "Leenane", "Renvyle", "Cleggan"),
    "{de}": ("Wiedehopf", "Neuntöter", "Pirol", "Goldammer"),
    "{det}": ("Tönning", "Niebüll", "Bredstedt", "Friedrichstadt", "Garding", "Tating", "Süderlügum", "Ladelund", "Hattstedt", "Schwabstedt"),
    "{at}": ("Speik", "Almrausch", "Edelraute", "Silberwurz"),
    "{att}": ("Murau", "Tamsweg", "Knittelfeld", "Schladming", "Gröbming", "Irdning"),
    "{ch}": ("Bergahorn", "Vogelbeer", "Heidelbeer"),
    "{cht}": ("Disentis", "Ilanz", "Thusis", "Savognin", "Brigels", "Trun"),
    "{fr}": ("Vannier", "Sabotier", "Tonnelier"),
    "{frp}": ("Genêts", "Bruyères", "Arbousiers", "Cornouillers"),
    "{frt}": ("Rodez", "Espalion", "Figeac", "Laguiole", "Marvejols", "Langogne", "Nasbinals"),
    "{be}": ("Populier", "Wilgen", "Lijsterbes"),
    "{bet}": ("Lokeren", "Zele", "Hamme", "Temse", "Berlare", "Wichelen"),
    "{nl}": ("Linden", "Bloem", "Pottenbakkers"),
    "{nlt}": ("Makkum", "Koudum", "Akkrum", "Grou", "Wirdum", "Appelscha", "Oldeberkoop", "Noordwolde"),
    "{lux}": ("Mullerthal",),
    "{lut}": ("Larochette", "Berdorf", "Consdorf", "Hosingen"),
    "{dk}": ("Hvidtjørn", "Slåen", "Tjørne", "Hyldebær"),
    "{dkt}": ("Ribe", "Varde", "Grindsted", "Bramming", "Gørding", "Skærbæk", "Toftlund"),
    "{no}": ("Tyttebær", "Multe", "Krekling", "Røsslyng"),
    "{not}": ("Tynset", "Alvdal", "Folldal", "Ringebu", "Vinstra", "Lesja", "Dombås"),
    "{fi}": ("Suopursu", "Vaivaiskoivu", "Vaahtera"),
    "{fit}": ("Kuhmo", "Sotkamo", "Suomussalmi", "Ristijärvi", "Hyrynsalmi", "Puolanka"),
    "{pl}": ("Kasztanowe", "Jarzębinowe", "Słonecznikowe"),
    "{plt}": ("Sanok", "Ustrzyki Dolne", "Olszanica", "Baligród", "Cisna", "Rymanów", "Dukla"),
    "{lt}": ("Putinų", "Šermukšnių", "Ąžuolyno"),
    "{ltt}": ("Anykščiai", "Zarasai", "Molėtai", "Ignalina", "Rokiškis"),
    "{ee}": ("Remmelga", "Lepiku", "Piiluri"),
    "{eet}": ("Otepää", "Elva", "Mustvee"),
    "{it}": ("Cestai", "Fornai", "Scalpellini", "Vasai", "Orafi"),
    "{itt}": ("Orvieto", "Todi", "Narni", "Montefalco", "Bevagna", "Trevi", "Cascia"),
    "{es}": ("Castaños", "Tejos"),
    "{est}": ("Zafra", "Llerena", "Fregenal", "Azuaga", "Olivenza"),
    "{pt}": ("Castanheiros", "Sobreiros", "Oleiros"),
    "{ptt}": ("Loulé", "Silves", "Mértola", "Alcoutim", "Monchique", "Aljezur"),
    "{us}": ("Sumac", "Tupelo", "Serviceberry", "Bittersweet"),
    "{ust}": ("Escanaba", "Ishpeming", "Negaunee", "Munising", "Manistique", "Calumet"),
}  # fmt: skip
US_STATES = ("MI", "WI", "MN")
# Postcode letters come from fixed lists: a random pair can spell an earlier set's name word.
DUTCH_PAIRS = ("BX", "GZ", "KX", "NZ", "RZ", "XG", "ZB")
UK_OUTWARD = ("GL", "SN", "BS")
UK_INWARD = ("BQ", "DW", "GJ", "JX", "PZ", "WQ", "XZ")
TITLES_SV = (
    "mäklare", "fastighetsmäklare", "skadereglerare", "rektor", "mentor", "förskollärare",
    "kurator", "komminister", "kyrkoherde", "begravningsentreprenör", "handläggare",
    "god man", "hamnkapten", "domare", "utställare", "Fil. dr", "Överläkare", "Kantor",
)  # fmt: skip
TITLES_EN = (
    "Mrs", "Miss", "Rev.", "Revd", "Cllr", "Dr.", "Nurse", "Coach", "Capt.", "Det. Sgt",
    "Agent", "Harbourmaster", "Judge", "Registrar", "Ms.", "Mr.",
)  # fmt: skip


class DrawT(DrawR):
    """Values for T, from `names-t.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        DrawE.__init__(self, seed, POOL, WEIGHTS)
        pooled = {w for table in (self.given, self.family) for ws in table.values() for w in ws}
        self.word_names = [w for w in WORD_NAMES if w in pooled]

    def initialled(self) -> str:
        """Initials: `G. Surname`, `G.H. Surname`, `Given S.`, `Surname G.`, `G. H. Surname`
        (two initials never run together: `GH` could spell a word of an earlier set's text)."""
        origin = self.origin()
        first, last = self.first(origin), self.last(origin)
        forms = (
            f"{first[0]}. {last}",
            f"{first[0]}.{self.first(origin)[0]}. {last}",
            f"{first} {last[0]}.",
            f"{last} {first[0]}.",
            f"{first[0]}. {self.first(origin)[0]}. {last}",
        )
        return self.rng.choice(forms)

    def street(self) -> str:
        return self.rng.choice(SV_FORMS_T).format(b=self.rng.choice(SV_BASES_T))

    def town(self) -> str:
        return self.rng.choice(SV_TOWNS_T)

    def sv_address(self) -> str:
        street, number, postcode, town = self.street(), self.number(), self.postcode(), self.town()
        lgh, tr = self.rng.randint(1001, 1803), self.rng.randint(1, 9)
        forms = (
            f"{street} {number}, {postcode} {town}",
            f"{street} {number}, lgh {lgh}, {postcode} {town}",
            f"{street} {number} {tr} tr, {postcode} {town}",
            f"{street} {number}, {tr} trappor ög, {town}",
            f"{street} {number}{BREAK}{postcode} {town}",
            f"{street} {number}{BREAK}lgh {lgh}{BREAK}{postcode} {town.upper()}",
            f"{street} {number} uppg. B, {postcode} {town}",
            f"{street} {number}",
            f"{street} {number}, BV, {postcode.replace(' ', '')} {town}",
            f"{street.upper()} {number}, {postcode} {town.upper()}",
            f"{street} {number}, SE-{postcode.replace(' ', '')} {town}",
        )
        return self.rng.choice(forms)

    def rural(self) -> str:
        number = self.rng.randint(1012, 9987)
        town = self.town()
        if self.rng.random() < 0.5:
            place = self.rng.choice(SV_FARMS_T)
        else:
            place = f"{self.rng.choice(SV_VILLAGES_T)} by"
        forms = (
            f"{place} {number}, {self.postcode()} {town}",
            f"{place} {number}{BREAK}{self.postcode()} {town.upper()}",
            f"{place} {number}",
            f"{place} {number}, {town}",
            f"{place.lower()} {number}",
            f"{place} {number} ({town})",
            f"{place} {number}, {self.postcode().replace(' ', '')} {town}",
        )
        return self.rng.choice(forms)

    def box(self) -> str:
        n, town = self.rng.randint(2, 9811), self.town()
        forms = (
            f"Box {n}, {self.postcode()} {town}",
            f"Box {n}{BREAK}{self.postcode()} {town.upper()}",
            f"c/o Advokatbyrån, Box {n}, {self.postcode()} {town}",
            f"Postbox {n}, {self.postcode()} {town}",
            f"PO Box {n}, {self.rng.choice(EU_PARTS['{ust}'])}, MI {self.rng.randint(49801, 49971)}",
        )
        return self.rng.choice(forms)

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_T).replace("{NL}", BREAK)
        for slot, values in EU_PARTS.items():
            while slot in text:
                text = text.replace(slot, self.rng.choice(values), 1)
        ranges = (
            ("{n}", 1, 230), ("{m}", 1, 18), ("{pc5}", 10000, 99999), ("{pc4}", 1000, 9999),
            ("{pc3}", 100, 999), ("{zip}", 49801, 49971),
        )  # fmt: skip
        for slot, low, high in ranges:
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        uk = f"{self.rng.choice(UK_OUTWARD)}{self.rng.randint(1, 16)} {self.rng.randint(1, 9)}{self.rng.choice(UK_INWARD)}"
        eir = f"{self.rng.choice('HF')}{self.rng.randint(10, 99)} {self.rng.choice('KTWX')}{self.rng.randint(100, 999)}"
        pl = f"{self.rng.randint(38, 38)}-{self.rng.randint(100, 999)}"
        for slot, value in (
            ("{ukp}", uk), ("{eir}", eir), ("{pcpl}", pl), ("{AA}", self.rng.choice(DUTCH_PAIRS)),
            ("{st}", self.rng.choice(US_STATES)),
        ):  # fmt: skip
            text = text.replace(slot, value)
        return text

    def ics_address(self) -> str:
        """An address as an ICS `LOCATION:` holds it: commas escaped (`\\,`), on one line."""
        return self.one_line().replace(",", "\\,")

    def vcard_address(self) -> str:
        """A vCard `ADR` value from the street on: `Street 4;Town;;123 45` (the country apart)."""
        return f"{self.street()} {self.number()};{self.town()};;{self.postcode()}"

    def header_name(self) -> str:
        """A mail header's display name in quotes, `"Surname, Given" <mail>` (both marked)."""
        origin = self.origin()
        first, last = self.first(origin), self.last(origin)
        name = f"{last}, {first}" if self.rng.random() < 0.5 else f"{first} {last}"
        mail = self.mail_of(f"{first} {last}")
        return f'"{mark("PERSON", name)}" <{mark("EMAIL", mail)}>'


def extra_t(template: str, draw: DrawE) -> str:
    """T's titles and slots, then R's slots (see `templates_t.py`)."""
    assert isinstance(draw, DrawT)
    for slot, titles in (("{TS}", TITLES_SV), ("{TE}", TITLES_EN)):
        while slot in template:
            title = draw.rng.choice(titles)
            roll = draw.rng.random()
            name = draw.person() if roll < 0.5 else draw.last() if roll < 0.8 else draw.first()
            template = template.replace(slot, f"{title} {mark('PERSON', name)}", 1)
    values: dict[str, Callable[[], str]] = {
        "{ICS}": lambda: mark("ADDRESS", draw.ics_address()),
        "{VADR}": lambda: mark("ADDRESS", draw.vcard_address()),
        "{QH}": draw.header_name,
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return extra(template, draw)


def titled(draw: DrawE) -> str:
    title = draw.rng.choice(TITLES_SV + TITLES_EN)
    return f"{title} {mark('PERSON', draw.person())}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    rows = draw_rows(
        DrawT(seed), size, "heldout-t", (46, 28, 26), (0.09, 0.3), sets, titled, extra_t
    )
    for row in rows:  # one character for another: the spans' offsets stay
        row["text"] = str(row["text"]).replace(BREAK, "\n")
    return rows


def address_words() -> set[str]:
    """Every word of T's street bases, farms, villages, towns and foreign street parts and towns."""
    parts = [v for values in EU_PARTS.values() for v in values]
    texts = [*SV_BASES_T, *SV_TOWNS_T, *SV_FARMS_T, *SV_VILLAGES_T, *parts]
    words = {w for t in texts for w in re.findall(r"[^\W\d_]+", t)}
    return {w for w in words if not (w.islower() and len(w) <= 4)}


def build_pool() -> None:
    """Write `names-t.txt`: the words of T's split, per origin (rules in the module doc)."""
    from names_t import CANDIDATES
    from pools import write_pool

    bases = sorted(address_words())
    write_pool(
        "T", OUT, POOL, EARLIER_POOLS, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS, bases, strict=True
    )


def main() -> None:
    from pools import command_line

    command_line("t", OUT, build_pool, generate, write_rows)


if __name__ == "__main__":
    main()
