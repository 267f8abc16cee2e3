"""Generate held-out J for personal-data detection (issue 15, round ten).

    python data/pii/generate_j.py           # writes data/pii/generated-heldout-j.jsonl
    python data/pii/generate_j.py --pool    # rebuilds data/pii/names-j.txt (needs Faker, names)

Built at the start of round ten, BEFORE any change to the detector in that round, from issue
15's own description and from how personal data appears in real business text (forms, tables,
signatures, letters, tickets, chat, HR and medical notes, invoices), without reading the
detector's rules; scored twice (a baseline and once at the end), aggregate figures only.

**The split J's values come from**: a name word is J's when
- it is not in any lexicon (`src/rung/privacy/lexicons/*.txt`, `names_sv.py`), and
- it is not in the tagger's training pool: either in none of the public lists
  (`name_sources.all_names`), or in their held-out eighth (`heldout_c`), and
- it is in no earlier set (no word of any `data/pii/*.jsonl` text, I's included, nor of
  `generator_names.ROMANISED`) and not in E's to I's pools (`names-e.txt` ... `names-i.txt`).
Every Faker locale with Latin names was drawn from by an earlier pool; J's public words come
only from what is left of the US Census lists' held-out eighth (`census`, English); the rest are
romanised names written for J (`names_j.py`). `--pool` applies the rules and writes the words
to `names-j.txt`; the generator reads only that file (same seed, same bytes).
Streets, towns and address formats are written here for J. Templates: `templates_j.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import write_rows  # noqa: E402
from generate_e import DrawE, draw_rows, mark  # noqa: E402
from templates_j import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 20101
SIZE = 640
OUT = HERE / "generated-heldout-j.jsonl"
POOL = HERE / "names-j.txt"
EARLIER_POOLS = tuple(HERE / f"names-{x}.txt" for x in "efghi")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {"english": ("census",)}
WEIGHTS = {
    "swedish": 18, "finnish": 5, "syrian": 5, "iraqi": 5, "afghan": 4, "iranian": 5,
    "somali": 4, "eritrean": 3, "kurdish": 3, "bosnian": 4, "polish": 4, "turkish": 4,
    "ukrainian": 4, "thai": 2, "vietnamese": 2, "chinese": 2, "indian": 3, "english": 10,
    "german": 3, "chilean": 2,
}  # fmt: skip
SV_BASES_J = (
    "Blåklints", "Hjortrons", "Murkla", "Ekorrbo", "Tjäderspels", "Mjölnar", "Vildapels",
    "Kvarnbäcks", "Slånbärs", "Lodjurs", "Humlegårds", "Kardborre", "Skvaltkvarns", "Videbacks",
)  # fmt: skip
SV_FORMS_J = (
    "{b}vägen", "{b}gatan", "{b}gränd", "{b} allé", "{b}backen", "{b}stigen", "{b}torget",
    "{b}platsen", "{b}slingan", "{b}leden", "Övre {b}vägen", "{b}s väg",
)  # fmt: skip
SV_TOWNS_J = (
    "Hallstahammar", "Kristinehamn", "Oxelösund", "Tranemo", "Hofors", "Ljusdal", "Vännäs",
    "Bjuv", "Tidaholm", "Mörbylånga", "Lessebo", "Sollefteå", "Årjäng", "Haparanda",
    "Sundbyberg", "Alby", "Hjulsta", "Rosengård", "Angered", "Hovsjö",
)  # fmt: skip
EU_FORMATS_J = (
    "{n}, rue {fr}, {pc5} Lyon", "{de}weg {n}, {pc5} Köln", "{de}platz {n}, {pc5} Bremen",
    "{at}straße {n}/{m}, A-{pc4} Graz", "{ch}gasse {n}, {pc4} Bern",
    "Avenue {be} {n}/{d}, B-{pc4} Liège", "{nl}straat {n} hs, {pc4} {uk2} Utrecht",
    "Corso {it} {n}, {pc5} Torino TO", "Calle {es} {n}, {d}º B, {pc5} Sevilla",
    "Avenida {pt} {n}, {pc4}-{pc3} Porto", "ul. {pl} {n}/{m}, {d}{d}-{pc3} Kraków",
    "{no}gata {n}, {pc4} Bergen", "{dk}gade {n}, st. th., {pc4} Odense C",
    "{fi}katu {n} B {m}, {pc5} Tampere", "{n} {uk} Road, Manchester M{d} {d}{uk2}",
    "Apt {m}, {n} {ie} Avenue, Cork",
)  # fmt: skip
EU_PARTS = {
    "{fr}": ("Paul Bert", "des Tanneurs", "Mercière", "du Plat"),
    "{de}": ("Lindenthaler", "Ehrenfelder", "Sögestraßen"),
    "{at}": ("Annen", "Grieskai", "Leonhard"),
    "{ch}": ("Brunn", "Kramgasse", "Postgasse"),
    "{be}": ("Rogier", "de la Sauvenière", "Blonden"),
    "{nl}": ("Oudegracht", "Lange Nieuw", "Twijnstra"),
    "{it}": ("Vittorio Emanuele II", "Casale", "Regina Margherita"),
    "{es}": ("Betis", "Feria", "San Jacinto"),
    "{pt}": ("dos Aliados", "da Boavista", "Rodrigues de Freitas"),
    "{pl}": ("Karmelicka", "Dietla", "Starowiślna"),
    "{no}": ("Nygårds", "Kalfarveien", "Strandkai"),
    "{dk}": ("Vester", "Kongens", "Overgade"),
    "{fi}": ("Hämeenpuisto", "Pyynikin", "Satakunnan"),
    "{uk}": ("Wilmslow", "Oxford", "Burton"),
    "{ie}": ("Wellington", "Douglas", "Blackrock"),
}
TITLES_J = (
    "vd", "HR-chef", "ekonomichef", "undersköterska", "distriktssköterska", "överläkare",
    "enhetschef", "rektor", "handläggare", "kurator", "Dr.", "dr", "Prof.", "Mr", "Mrs",
    "Ms", "Mx", "Sister", "Head of HR", "Consultant", "Senior Engineer", "Herr", "Dott.",
    "Ing.", "Pani", "Bay",
)  # fmt: skip


class DrawJ(DrawE):
    """Values for J, from `names-j.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)

    def sv_street_alone(self) -> str:
        return self.rng.choice(SV_FORMS_J).format(b=self.rng.choice(SV_BASES_J))

    def sv_address(self) -> str:
        street = self.sv_street_alone()
        number = f"{self.rng.randint(1, 120)}{self.rng.choice(('', '', '', 'A', 'b', ' lgh 1102'))}"
        postcode = f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"
        town = self.rng.choice(SV_TOWNS_J)
        roll = self.rng.random()
        if roll < 0.4:
            return f"{street} {number}, {postcode} {town}"
        if roll < 0.55:
            return f"{street} {number}\n{postcode} {town.upper()}"
        if roll < 0.65:
            return f"{street} {number}, {town}"
        if roll < 0.75:
            return f"{street} {number}, SE-{postcode.replace(' ', '')} {town}"
        if roll < 0.85:
            return f"Box {self.rng.randint(10, 9999)}, {postcode} {town}"
        return f"{street} {number}"

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_J)
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

    def reversed_name(self, caps: bool = False) -> str:
        origin = self.origin()
        last = self.last(origin)
        return f"{last.upper() if caps else last}, {self.first(origin)}"

    def initial(self) -> str:
        origin = self.origin()
        return f"{self.first(origin)[0]}. {self.last(origin)}"

    def initials(self) -> str:
        origin = self.origin()
        one, two = self.first(origin), self.first(origin)
        if self.rng.random() < 0.5:
            return f"{one[0]}-{two[0]}. {self.last(origin)}"
        return f"{one[0]}.{two[0]}. {self.last(origin)}"

    def last_initial(self) -> str:
        origin = self.origin()
        return f"{self.last(origin)} {self.first(origin)[0]}."


def extra(template: str, draw: DrawE) -> str:
    """J's own slots (see `templates_j.py`)."""
    assert isinstance(draw, DrawJ)
    values = {
        "{SS}": lambda: mark("ADDRESS", draw.sv_street_alone()),
        "{PRU}": lambda: mark("PERSON", draw.reversed_name(caps=True)),
        "{PR}": lambda: mark("PERSON", draw.reversed_name(caps=draw.rng.random() < 0.2)),
        "{PU}": lambda: mark("PERSON", draw.person().upper()),
        "{LU}": lambda: mark("PERSON", draw.last().upper()),
        "{PIH}": lambda: mark("PERSON", draw.initials()),
        "{PI}": lambda: mark("PERSON", draw.initial()),
        "{PLI}": lambda: mark("PERSON", draw.last_initial()),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def titled(draw: DrawE) -> str:
    title = draw.rng.choice(TITLES_J)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.5 else draw.last() if roll < 0.8 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    return draw_rows(
        DrawJ(seed), size, "heldout-j", (40, 36, 24), (0.08, 0.25), sets, titled, extra
    )


def build_pool() -> None:
    """Write `names-j.txt`: the words of J's split, per origin (rules in the module doc)."""
    from names_j import CANDIDATES
    from pools import write_pool

    bases = [*SV_BASES_J, *SV_TOWNS_J, *(v for values in EU_PARTS.values() for v in values)]
    write_pool("J", OUT, POOL, EARLIER_POOLS, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS, bases)


def main() -> None:
    from pools import command_line

    command_line("j", OUT, build_pool, generate, write_rows)


if __name__ == "__main__":
    main()
