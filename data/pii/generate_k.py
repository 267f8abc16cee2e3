"""Generate held-out K for personal-data detection (issue 15, round eleven).

    python data/pii/generate_k.py           # writes data/pii/generated-heldout-k.jsonl
    python data/pii/generate_k.py --pool    # rebuilds data/pii/names-k.txt (needs Faker, names)

Built at the start of round eleven, BEFORE any change to the detector in that round, from issue
15's own description and from how personal data appears in real business text (forms, tables,
signatures, letters, tickets, chat, HR and medical notes, invoices, CVs, meeting minutes),
without reading the detector's rules; scored twice (a baseline and once at the end), aggregate
figures only.

**The split K's values come from**: a name word is K's when
- it is not in any lexicon (`src/rung/privacy/lexicons/*.txt`, `names_sv.py`), and
- it is not in the tagger's training pool: either in none of the public lists
  (`name_sources.all_names`), or in their held-out eighth (`heldout_c`), and
- it is in no earlier set (no word of any `data/pii/*.jsonl` text, J's included, nor of
  `generator_names.ROMANISED`) and not in E's to J's pools (`names-e.txt` ... `names-j.txt`).
No public source is drawn from (every Faker locale with Latin names and the census lists were
used by earlier pools); all of K's names are romanised names written for K (`names_k.py`).
`--pool` applies the rules and writes the words to `names-k.txt`; the generator reads only that
file (same seed, same bytes). Streets, villages, towns and foreign street parts are written here
for K; unlike J's, each is checked apart: `--pool` refuses to write the pool while any of their
words is in an earlier set, an earlier pool or a lexicon. Templates: `templates_k.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import write_rows  # noqa: E402
from generate_e import DrawE, draw_rows, mark  # noqa: E402
from templates_k import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 21111
SIZE = 600
OUT = HERE / "generated-heldout-k.jsonl"
POOL = HERE / "names-k.txt"
EARLIER_POOLS = tuple(HERE / f"names-{x}.txt" for x in "efghij")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {}
WEIGHTS = {
    "swedish": 16, "finnish": 4, "norwegian": 3, "syrian": 4, "iraqi": 4, "afghan": 3,
    "iranian": 4, "somali": 4, "eritrean": 3, "kurdish": 3, "bosnian": 3, "romanian": 3,
    "greek": 2, "hungarian": 2, "baltic": 2, "nigerian": 2, "korean": 1, "japanese": 1,
    "filipino": 1, "pakistani": 2, "english": 6, "scottish": 2, "german": 3, "dutch": 2,
    "italian": 2, "brazilian": 2, "vietnamese": 2, "chinese": 2, "indian": 3, "ukrainian": 3,
    "turkish": 4, "polish": 4,
}  # fmt: skip
SV_BASES_K = (
    "Lingonris", "Kråkvilans", "Tranbärs", "Getapels", "Skogsnäve", "Sälgbuske",
    "Ripsnårs", "Ljungtuve", "Bäverdamms", "Mossgrops", "Smultronbacke", "Granrisets",
    "Älgstigs", "Näverlurs", "Kolmile",
)  # fmt: skip
SV_FORMS_K = (
    "{b}vägen", "{b}gatan", "{b}svängen", "{b} allé", "{b} backe", "{b}stig", "{b} torg",
    "{b} plan", "{b}gränd", "{b}gången", "{b}liden", "{b}ringen", "{b}kroken",
    "{b}promenaden", "Lilla {b}gatan", "Västra {b}vägen",
)  # fmt: skip
SV_TOWNS_K = (
    "Sorsele", "Åsele", "Övertorneå", "Storuman", "Ockelbo", "Boxholm", "Hultsfred",
    "Emmaboda", "Munkfors", "Grästorp", "Malå", "Bjurholm", "Nordmaling",
    "Skinnskatteberg", "Gnosjö", "Tingsryd",
)  # fmt: skip
SV_VILLAGES_K = ("Ösmoträsk", "Lillögern", "Björkvattnet", "Getholmsjön", "Stensjönäs")
EU_FORMATS_K = (
    "{n} boulevard {fr}, {pc5} Rennes", "{de}straße {n}a, {pc5} Dresden",
    "{at}gasse {n}/{m}, {pc4} Linz", "{ch}weg {n}, CH-{pc4} Luzern",
    "{nl}laan {n}-{m}, {pc4} {uk2} Eindhoven", "{be}straat {n} bus {m}, {pc4} Leuven",
    "Via {it} {n}, {pc5} Bologna BO", "C/ {es} {n}, {d}º {d}ª, {pc5} Valencia",
    "Rua {pt} {n}, {d}.º Esq., {pc4}-{pc3} Coimbra", "ul. {pl} {n} m. {m}, {d}{d}-{pc3} Wrocław",
    "{cz} {n}/{m}, {pc3} 00 Brno", "{ee} tn {n}-{m}, {pc5} Tartu",
    "{lt} g. {n}-{m}, LT-{pc5} Kaunas", "{no}veien {n} B, {pc4} Trondheim",
    "{dk}vej {n}, 2. tv., {pc4} Aalborg", "{fi}tie {n} as. {m}, {pc5} Oulu",
    "{is} {n}, {pc3} Reykjavík", "{n} {uk} Close, Norwich NR{d} {d}{uk2}",
    "{n} {ie} Park, Galway H91 {d}{uk2}{d}", "{n} {us} Street, Apt {m}, Portland, OR 97{pc3}",
)  # fmt: skip
EU_PARTS = {
    "{fr}": ("Laënnec", "Oberthür", "des Trente"),
    "{de}": ("Löbtauer", "Kesselsdorfer", "Tharandter"),
    "{at}": ("Spittelwiese", "Klammstraßen", "Bethlehem"),
    "{ch}": ("Dreilinden", "Bramberg", "Gütsch"),
    "{nl}": ("Kastanjelaan", "Vestdijk", "Stratumsedijk"),
    "{be}": ("Naamse", "Tiense", "Brusselse"),
    "{it}": ("Zamboni", "del Pratello", "Saragozza"),
    "{es}": ("Sueca", "Ruzafa", "Quart"),
    "{pt}": ("de Montarroio", "dos Gatos", "do Brasil"),
    "{pl}": ("Ruska", "Kuźnicza", "Świdnicka"),
    "{cz}": ("Údolní", "Pekařská", "Kounicova"),
    "{ee}": ("Rüütli", "Küüni", "Vanemuise"),
    "{lt}": ("Laisvės", "Vilniaus", "Savanorių"),
    "{no}": ("Byåsen", "Elgeseter", "Lade"),
    "{dk}": ("Hasseris", "Vesterbro", "Hobro"),
    "{fi}": ("Kajaanin", "Raksilan", "Myllyojan"),
    "{is}": ("Skólavörðustígur", "Laufásvegur", "Hverfisgata"),
    "{uk}": ("Unthank", "Earlham", "Mousehold"),
    "{ie}": ("Knocknacarra", "Salthill", "Renmore"),
    "{us}": ("Alder", "Tillamook", "Multnomah"),
}
# A line break inside one marked value: `build.parse` reads a mark up to the end of its line
# (J's multi-line addresses were left as raw `{{ADDRESS:...` text by it), so a value spanning
# lines is drawn with this stand-in and the line break put in after parsing.
NEWLINE = "\ue000"
TITLES_K = (
    "avdelningschef", "skolsköterska", "socialsekreterare", "arbetsterapeut", "tandläkare",
    "leg. psykolog", "controller", "ordförande", "doktor", "Dr", "sjuksköterska", "chefen",
    "Fr.", "Hr.", "Dipl.-Ing.", "Sra.", "Signora", "Pan", "Rev.", "Sgt.", "Matron",
    "Nurse Practitioner", "Site Manager", "Team Lead", "Paralegal", "Professor",
)  # fmt: skip
AFTER_TITLES_K = (
    "leg. sjuksköterska", "ekonomiassistent", "verksamhetschef", "fackligt ombud",
    "Head of Operations", "Senior Accountant", "Clinical Lead", "HR Business Partner",
)  # fmt: skip


class DrawK(DrawE):
    """Values for K, from `names-k.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)

    def sv_street_alone(self) -> str:
        return self.rng.choice(SV_FORMS_K).format(b=self.rng.choice(SV_BASES_K))

    def sv_address(self) -> str:
        street = self.sv_street_alone()
        number = f"{self.rng.randint(1, 160)}{self.rng.choice(('', '', '', 'B', 'c'))}"
        postcode = f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"
        town = self.rng.choice(SV_TOWNS_K)
        roll = self.rng.random()
        if roll < 0.3:
            return f"{street} {number}, {postcode} {town}"
        if roll < 0.42:
            return f"{street} {number}, {self.rng.randint(1, 6)} tr, {postcode} {town}"
        if roll < 0.54:
            return f"{street} {number}{NEWLINE}{postcode} {town}"
        if roll < 0.64:
            return f"{street} {number} lgh {self.rng.randint(1001, 1604)}, {town}"
        if roll < 0.72:
            return f"c/o {self.person()}, {street} {number}, {postcode} {town}"
        if roll < 0.8:
            return f"{street} {number}, {postcode} {town.upper()}, Sverige"
        if roll < 0.88:
            return f"{street} {number} i {town}"
        return f"{street} {number}"

    def rural(self) -> str:
        village = self.rng.choice(SV_VILLAGES_K)
        postcode = f"{self.rng.randint(800, 984)} {self.rng.randint(90, 99)}"
        town = self.rng.choice(SV_TOWNS_K)
        if self.rng.random() < 0.6:
            return f"{village} {self.rng.randint(101, 380)}, {postcode} {town}"
        return f"{village} {self.rng.randint(2, 60)}"

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_K)
        for slot, values in EU_PARTS.items():
            text = text.replace(slot, self.rng.choice(values))
        for slot, low, high in (("{n}", 1, 240), ("{m}", 1, 30), ("{pc5}", 10000, 99999)):
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        for slot, low, high in (("{pc4}", 1000, 9999), ("{pc3}", 100, 999), ("{d}", 1, 9)):
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        two = "".join(self.rng.choice("ABDEFHJLNPRSTUWXY") for _ in range(2))
        return text.replace("{uk2}", two)

    def reversed_name(self, comma: bool = True) -> str:
        origin = self.origin()
        last, first = self.last(origin), self.first(origin)
        return f"{last}, {first}" if comma else f"{last} {first}"

    def middle_initial(self) -> str:
        origin = self.origin()
        return f"{self.first(origin)} {self.first(origin)[0]}. {self.last(origin)}"

    def initial(self) -> str:
        origin = self.origin()
        return f"{self.first(origin)[0]}. {self.last(origin)}"

    def titled_after(self) -> str:
        return f"{mark('PERSON', self.person())}, {self.rng.choice(AFTER_TITLES_K)}"


def extra(template: str, draw: DrawE) -> str:
    """K's own slots (see `templates_k.py`)."""
    assert isinstance(draw, DrawK)
    values = {
        "{SS}": lambda: mark("ADDRESS", draw.sv_street_alone()),
        "{RA}": lambda: mark("ADDRESS", draw.rural()),
        "{PR}": lambda: mark("PERSON", draw.reversed_name()),
        "{PN}": lambda: mark("PERSON", draw.reversed_name(comma=False)),
        "{PMI}": lambda: mark("PERSON", draw.middle_initial()),
        "{PU}": lambda: mark("PERSON", draw.person().upper()),
        "{PI}": lambda: mark("PERSON", draw.initial()),
        "{FT}": draw.titled_after,
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def titled(draw: DrawE) -> str:
    title = draw.rng.choice(TITLES_K)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.5 else draw.last() if roll < 0.8 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    rows = draw_rows(
        DrawK(seed), size, "heldout-k", (40, 36, 24), (0.08, 0.25), sets, titled, extra
    )
    for row in rows:  # one character for another: the spans' offsets stay
        row["text"] = str(row["text"]).replace(NEWLINE, "\n")
    return rows


def address_words() -> set[str]:
    """Every word of K's street bases, villages, towns and foreign street parts."""
    import re

    parts = [v for values in EU_PARTS.values() for v in values]
    texts = [*SV_BASES_K, *SV_TOWNS_K, *SV_VILLAGES_K, *parts]
    words = {w for t in texts for w in re.findall(r"[^\W\d_]+", t)}
    return {w for w in words if not (w.islower() and len(w) <= 3)}  # not `de`, `la`, `dos`


def build_pool() -> None:
    """Write `names-k.txt`: the words of K's split, per origin (rules in the module doc)."""
    from names_k import CANDIDATES
    from pools import write_pool

    bases = sorted(address_words())
    write_pool(
        "K", OUT, POOL, EARLIER_POOLS, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS, bases, strict=True
    )


def main() -> None:
    from pools import command_line

    command_line("k", OUT, build_pool, generate, write_rows)


if __name__ == "__main__":
    main()
