"""Generate held-out I for personal-data detection (issue 15, round nine).

    python data/pii/generate_i.py           # writes data/pii/generated-heldout-i.jsonl
    python data/pii/generate_i.py --pool    # rebuilds data/pii/names-i.txt (needs Faker, names)

Built at the start of round nine, BEFORE any change to the detector in that round, from issue
15's own description (its five genres, its name and address cases) without reading the
detector's code or rules; scored twice (a baseline and once at the end), aggregate figures
only, its errors never listed.

**The split I's values come from** (written down, so that no later lexicon or training text
draws from it): a name word is I's when
- it is not in any lexicon (`src/rung/privacy/lexicons/*.txt`, `names_sv.py`), and
- it is not in the tagger's training pool: either in none of the public lists
  (`name_sources.all_names`), or in their held-out eighth (`heldout_c`), and
- it is in no earlier set (no word of any `data/pii/*.jsonl` text, E's to H's included, nor of
  `generator_names.ROMANISED`) and not in E's, F's, G's or H's pool (`names-e.txt` ...
  `names-h.txt`).
Words come from what is left of the public lists' held-out eighth in locales no earlier pool
drew from (`en`, `de_LI`, `de_LU`, `fr_BE`, `fr_QC`, `es_CA`, `tw_GH`, `en_TH`) and from
romanised names written for I (`names_i.py`: Swedish, Finnish, Syrian, Iraqi, Afghan, Iranian,
Somali, Eritrean, Kurdish, Bosnian, Polish, Turkish, Ukrainian, Thai, Vietnamese, Chinese,
Indian, English, German, Chilean). `--pool` applies the rules and writes the words to
`names-i.txt`; the generator reads only that file (same seed, same bytes).
Streets, towns, titles and address formats are written here for I: the Swedish forms issue 15
names (`-vägen`, `-svängen`, `allé`, `backe`, `stig`, `torg`, `plan`, `gränd`), with and without
a number and postcode, and a street alone; and common European formats (French number first,
German, Austrian `Stiege`/`Tür`, Swiss `CH-`, Belgian `bte`, Dutch `-II`, Italian with the
province, Spanish `Plaza`, Portuguese `2.º Esq.`, Polish `lok.`, Norwegian, Danish, Finnish,
British, Irish). Templates: `templates_i.py` (with hand-written hard cases).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import write_rows  # noqa: E402
from generate_e import DrawE, draw_rows, mark  # noqa: E402
from templates_i import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 19909
SIZE = 620
OUT = HERE / "generated-heldout-i.jsonl"
POOL = HERE / "names-i.txt"
EARLIER_POOLS = tuple(HERE / f"names-{x}.txt" for x in "efgh")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {
    "english": ("en",),
    "german": ("de_LI", "de_LU"),
    "belgian": ("fr_BE",),
    "quebec": ("fr_QC",),
    "catalan": ("es_CA",),
    "ghanaian": ("tw_GH",),
    "thai": ("en_TH",),
}
WEIGHTS = {
    "swedish": 18, "finnish": 5, "syrian": 6, "iraqi": 5, "afghan": 4, "iranian": 5,
    "somali": 4, "eritrean": 3, "kurdish": 3, "bosnian": 4, "polish": 4, "turkish": 4,
    "ukrainian": 4, "thai": 2, "vietnamese": 2, "chinese": 2, "indian": 3, "english": 10,
    "german": 3, "chilean": 2, "belgian": 2, "quebec": 1, "catalan": 1, "ghanaian": 1,
}  # fmt: skip
SV_BASES_I = (
    "Rönnbärs", "Sädesärle", "Kopparslagar", "Fjällsippe", "Näckrose", "Vindfälle", "Rågkorns",
    "Pilgrims", "Tranmyre", "Spillkråke", "Dvärgbjörks", "Skogsstjärne", "Vedbods", "Klinthage",
)  # fmt: skip
SV_FORMS_I = (
    "{b}vägen", "{b}svängen", "{b} allé", "{b} backe", "{b} stig", "{b} torg", "{b} plan",
    "{b} gränd", "{b}gatan", "{b}stråket", "Nedre {b}vägen", "{b}s gränd",
)  # fmt: skip
SV_TOWNS_I = (
    "Spånga", "Bagarmossen", "Vällingby", "Rinkeby", "Gottsunda", "Hässelby", "Tensta",
    "Råslätt", "Navestad", "Bergsjön", "Kortedala", "Hageby", "Holma", "Araby", "Fittja",
    "Storvreten", "Skärholmen", "Gislaved", "Torsby", "Åmål", "Strömstad", "Arjeplog",
)  # fmt: skip
EU_FORMATS_I = (
    "{n} rue {fr}, {pc5} Paris", "{n} bis, avenue {fr}, {pc5} Marseille",
    "{de}straße {n}a, D-{pc5} Leipzig", "{at}gasse {n}/{d}/{m}, {pc4} Wien",
    "{ch}strasse {n}, CH-{pc4} Zürich", "Rue {be} {n} bte {d}, {pc4} Bruxelles",
    "{nl}laan {n}-II, {pc4} {uk2} Amsterdam", "Via {it} {n}, {pc5} Roma RM",
    "Plaza {es} {n}, {pc5} Madrid", "Rua {pt} {n}, {d}.º Esq., {pc4}-{pc3} Lisboa",
    "ul. {pl} {n} lok. {m}, {d}{d}-{pc3} Warszawa", "{no}veien {n}, 0{pc3} Oslo",
    "{dk}vej {n}, {d}. tv, {pc4} Aarhus C", "{fi}tie {n} A {m}, 00{d}{d}0 Helsinki",
    "Flat {m}, {n} {uk} Street, London SW{d}A {d}{uk2}", "{n} {ie} Terrace, Dublin {d}",
)  # fmt: skip
EU_PARTS = {
    "{fr}": ("des Maraîchers", "Mouffetard", "de la Roquette", "Oberkampf"),
    "{de}": ("Kirschblüten", "Holbein", "Pfarr"),
    "{at}": ("Zieglers", "Kandl", "Lerchen"),
    "{ch}": ("Lang", "Hohl", "Josef"),
    "{be}": ("du Midi", "Haute", "des Éperonniers"),
    "{nl}": ("Frederik Hendrik", "Overtoomse", "Stadhouders"),
    "{it}": ("Merulana", "dei Volsci", "Ostiense"),
    "{es}": ("de Olavide", "de Chamberí", "del Dos de Mayo"),
    "{pt}": ("dos Fanqueiros", "da Madalena", "de São Bento"),
    "{pl}": ("Hoża", "Wilcza", "Mokotowska"),
    "{no}": ("Kjelsås", "Trosterud", "Grefsen"),
    "{dk}": ("Ravnsborg", "Nøjsomheds", "Bispe"),
    "{fi}": ("Mannerheimin", "Hämeen", "Sturen"),
    "{uk}": ("Cromwell", "Tachbrook", "Lupus"),
    "{ie}": ("Leinster", "Rathmines", "Kenilworth"),
}
TITLES_I = (
    "VD", "vd", "ekonomichef", "sjukgymnast", "skolsköterska", "tandläkare", "psykolog",
    "biståndshandläggare", "avdelningschef", "lektor", "kontaktperson", "doktor", "fru",
    "herr", "Dr", "Prof", "Nurse", "Captain", "Coach", "Manager", "Registrar", "Frau",
    "Mme", "Señora", "CFO", "Line manager",
)  # fmt: skip


class DrawI(DrawE):
    """Values for I, from `names-i.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)

    def sv_street_alone(self) -> str:
        return self.rng.choice(SV_FORMS_I).format(b=self.rng.choice(SV_BASES_I))

    def sv_address(self) -> str:
        street = self.sv_street_alone()
        number = f"{self.rng.randint(1, 150)}{self.rng.choice(('', '', '', 'A', 'B', ' C'))}"
        postcode = f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"
        town = self.rng.choice(SV_TOWNS_I)
        roll = self.rng.random()
        if roll < 0.45:
            return f"{street} {number}, {postcode} {town}"
        if roll < 0.6:
            return f"{street} {number}, {town}"
        if roll < 0.7:
            return f"{street} {number} {postcode} {town}"
        if roll < 0.8:
            return f"{street}, {postcode} {town}"
        return f"{street} {number}"

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_I)
        for slot, values in EU_PARTS.items():
            text = text.replace(slot, self.rng.choice(values))
        for slot, low, high in (("{n}", 1, 190), ("{m}", 1, 40), ("{pc5}", 10000, 99999)):
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        for slot, low, high in (("{pc4}", 1000, 9999), ("{pc3}", 100, 999), ("{d}", 1, 9)):
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        two = "".join(self.rng.choice("ABDEFHJLNPRSTUWXZ") for _ in range(2))
        return text.replace("{uk2}", two)

    def reversed_name(self) -> str:
        origin = self.origin()
        return f"{self.last(origin)}, {self.first(origin)}"

    def initial(self) -> str:
        origin = self.origin()
        return f"{self.first(origin)[0]}. {self.last(origin)}"


def extra(template: str, draw: DrawE) -> str:
    """I's own slots (see `templates_i.py`)."""
    assert isinstance(draw, DrawI)
    values = {
        "{SS}": lambda: mark("ADDRESS", draw.sv_street_alone()),
        "{PR}": lambda: mark("PERSON", draw.reversed_name()),
        "{PU}": lambda: mark("PERSON", draw.person().upper()),
        "{PI}": lambda: mark("PERSON", draw.initial()),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def titled(draw: DrawE) -> str:
    title = draw.rng.choice(TITLES_I)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.5 else draw.last() if roll < 0.8 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    return draw_rows(
        DrawI(seed), size, "heldout-i", (40, 36, 24), (0.08, 0.27), sets, titled, extra
    )


def build_pool() -> None:
    """Write `names-i.txt`: the words of I's split, per origin (rules in the module doc)."""
    from names_i import CANDIDATES
    from pools import write_pool

    bases = [*SV_BASES_I, *SV_TOWNS_I, *(v for values in EU_PARTS.values() for v in values)]
    write_pool("I", OUT, POOL, EARLIER_POOLS, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS, bases)


def main() -> None:
    from pools import command_line

    command_line("i", OUT, build_pool, generate, write_rows)


if __name__ == "__main__":
    main()
