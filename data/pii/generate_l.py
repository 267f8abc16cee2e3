# ruff: noqa: E501
"""Generate held-out L for personal-data detection (issue 15, round twelve).

    python data/pii/generate_l.py           # writes data/pii/generated-heldout-l.jsonl
    python data/pii/generate_l.py --pool    # rebuilds data/pii/names-l.txt (needs Faker, names)

Built at the start of round twelve, BEFORE any change to the detector in that round, from issue
15's own description and from how addresses and names appear in real business text (Swedish,
English and mixed: letters and envelopes, invoices and delivery notes, forms, registers,
tickets, chat, HR and medical notes), without reading the detector's rules; scored twice (a
baseline and once at the end), aggregate figures only. L holds many addresses (at least 200
values): street alone, rural village addresses, a town after a unit, multi-line addresses,
European formats, P.O. boxes and c/o lines.

**The split L's values come from**: a name word is L's when
- it is not in any lexicon (`src/rung/privacy/lexicons/*.txt`, `names_sv.py`), and
- it is not in the tagger's training pool: either in none of the public lists
  (`name_sources.all_names`), or in their held-out eighth (`heldout_c`), and
- it is in no earlier set (no word of any `data/pii/*.jsonl` text, K's included, nor of
  `generator_names.ROMANISED`) and not in E's to K's pools (`names-e.txt` ... `names-k.txt`).
No public source is drawn from; all of L's names are romanised names written for L
(`names_l.py`). `--pool` applies the rules and writes the words to `names-l.txt`; the generator
reads only that file (same seed, same bytes). Streets, villages, farms, towns and foreign street
parts are written here for L and checked apart like K's: `--pool` refuses to write the pool
while any of their words is in an earlier set, an earlier pool or a lexicon. Templates:
`templates_l.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import write_rows  # noqa: E402
from generate_e import DrawE, draw_rows, mark  # noqa: E402
from templates_l import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 31212
SIZE = 560
OUT = HERE / "generated-heldout-l.jsonl"
POOL = HERE / "names-l.txt"
EARLIER_POOLS = tuple(HERE / f"names-{x}.txt" for x in "efghijk")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {}
WEIGHTS = {
    "swedish": 16, "finnish": 4, "estonian": 2, "icelandic": 1, "irish": 2, "welsh": 1,
    "french": 3, "portuguese": 2, "basque": 1, "albanian": 3, "serbian": 3, "bulgarian": 2,
    "georgian": 1, "armenian": 2, "uzbek": 2, "tamil": 2, "bengali": 2, "amharic": 3,
    "yoruba": 2, "moroccan": 3, "lebanese": 3, "mongolian": 1, "thai": 2, "indonesian": 1,
    "english": 6,
}  # fmt: skip
SV_BASES_L = (
    "Tjärdals", "Hallonsnårs", "Kråkbärs", "Vitmosse", "Kvarnhjuls", "Tallkotts",
    "Näckrosdamms", "Ormbunks", "Lavskogs", "Skvattramms", "Blåbärsris", "Tuvstarrs",
    "Källsprångs", "Rallarros", "Dunörts",
)  # fmt: skip
SV_FORMS_L = (
    "{b}vägen", "{b}gatan", "{b}svängen", "{b} allé", "{b}backen", "{b}stigen", "{b}torget",
    "{b} plan", "{b}gränd", "{b}slingan", "{b}vägen", "{b}gatan", "Norra {b}gatan",
    "Östra {b}vägen", "Stora {b}gränd", "{b}kajen", "{b}strand", "{b}höjden",
)  # fmt: skip
SV_TOWNS_L = (
    "Ragunda", "Bräcke", "Pajala", "Överkalix", "Vansbro", "Ljusnarsberg", "Hällefors",
    "Askersund", "Valdemarsvik", "Högsby", "Torsås", "Bromölla", "Perstorp",
    "Örkelljunga", "Tomelilla", "Herrljunga", "Gullspång", "Töreboda", "Bengtsfors",
    "Färgelanda",
)  # fmt: skip
SV_VILLAGES_L = ("Kusmark", "Degerbyn", "Rävsjönäs", "Granträsket", "Lillsjöhöjden", "Bodviken")
SV_FARMS_L = ("Tjärnbacken", "Kvarnlyckan", "Ängsbo")
EU_FORMATS_L = (
    "{n} rue {fr}, {pc5} Nantes", "{n}, avenue {fr}, {pc5} Montpellier",
    "{de}straße {n}, Hinterhaus, {pc5} Leipzig", "{de}str. {n}{NL}{pc5} Hannover",
    "{at}gasse {n}/{m}/{m}, {pc4} Graz", "{ch}strasse {n}, CH-{pc4} Basel",
    "{nl}straat {n} bis, {pc4} {uk2} Utrecht", "{be}straat {n}/{m}, B-{pc4} Gent",
    "Via {it} {n}, int. {m}, {pc5} Padova PD", "Avda. de {es}, {n}, {d}º, {pc5} Sevilla",
    "Rua {pt}, {n}, {d}º Dto., {pc4}-{pc3} Porto", "ul. {pl} {n}/{m}, {d}{d}-{pc3} Gdańsk",
    "{cz} {n}/{m}, {pc3} 02 Ostrava", "{lv} iela {n}-{m}, Rīga, LV-{pc4}",
    "{no} gate {n}, {pc4} Bergen", "{dk}gade {n}, 3. sal, {pc4} Esbjerg",
    "{fi}katu {n} B {m}, {pc5} Tampere", "Flat {m}, {n} {uk} Road, Leeds LS{d} {d}{uk2}",
    "{n} {uk} Road{NL}Leeds{NL}LS{d} {d}{uk2}", "Apartment {m}, {n} {ie} Avenue, Douglas, Cork",
    "{sk} {n}, {pc3} {d}{d} Bratislava", "{si} cesta {n}, {pc4} Ljubljana",
    "{n} {us} Avenue, Suite {m}{NL}Madison, WI 537{d}{d}",
)  # fmt: skip
EU_PARTS = {
    "{fr}": ("Voltaire-Crébillon", "Talensac-Mellinet", "Bréa-Pavés"),
    "{de}": ("Zschocher", "Gohliser", "Eutritzscher"),
    "{at}": ("Sporgassen", "Mariahilfer-Glacis", "Leonharder"),
    "{ch}": ("Spalenberg", "Gellert", "Riehentor"),
    "{nl}": ("Oudegracht", "Lijnmarkt", "Nobel"),
    "{be}": ("Korenlei", "Overpoort", "Brabantdam"),
    "{it}": ("Altinate", "Belzoni", "Euganea"),
    "{es}": ("la Palmera", "Hytasa", "la Buhaira"),
    "{pt}": ("de Cedofeita", "do Almada", "do Bolhão"),
    "{pl}": ("Ogarna", "Mariacka-Piwna", "Chlebnicka"),
    "{cz}": ("Nádražní", "Stodolní", "Masarykovo"),
    "{lv}": ("Skolas", "Brīvības", "Krišjāņa"),
    "{no}": ("Møhlenpris", "Kalfarveien-Sandviks", "Fjellsiden"),
    "{dk}": ("Kongens-Torve", "Jyllands", "Smedegårds"),
    "{fi}": ("Hämeen", "Satakunnan", "Pyynikin"),
    "{uk}": ("Headingley", "Kirkstall", "Chapeltown"),
    "{ie}": ("Ballyvolane", "Maryborough", "Ballinure"),
    "{sk}": ("Obchodná", "Palisády", "Štúrova"),
    "{si}": ("Celovška", "Vojkova", "Tržaška"),
    "{us}": ("Monona", "Winnebago", "Mendota"),
}
# A line break inside one marked value (see generate_k.py): drawn as this stand-in character and
# put in after parsing, so that the span's offsets stay.
NEWLINE = "\ue000"
TITLES_L = (
    "enhetschef", "kurator", "distriktssköterska", "biståndshandläggare", "fastighetsskötare",
    "leg. läkare", "rektor", "förvaltare", "ombudet", "advokat", "VD", "sekreteraren",
    "Mme", "Herr", "Doña", "Mevrouw", "Fru", "Monsieur", "Capt.", "Cllr", "Councillor",
    "Care Coordinator", "Account Manager", "Solicitor", "Landlord", "Caseworker",
)  # fmt: skip


class DrawL(DrawE):
    """Values for L, from `names-l.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)

    def postcode(self) -> str:
        return f"{self.rng.randint(111, 984)} {self.rng.randint(10, 99)}"

    def street(self) -> str:
        return self.rng.choice(SV_FORMS_L).format(b=self.rng.choice(SV_BASES_L))

    def number(self) -> str:
        return f"{self.rng.randint(1, 190)}{self.rng.choice(('', '', '', '', 'A', 'b'))}"

    def sv_street_alone(self) -> str:
        if self.rng.random() < 0.45:
            return self.street()
        return f"{self.street()} {self.number()}"

    def sv_address(self) -> str:
        street, number = self.street(), self.number()
        postcode, town = self.postcode(), self.rng.choice(SV_TOWNS_L)
        roll = self.rng.random()
        if roll < 0.2:
            return f"{street} {number}, {postcode} {town}"
        if roll < 0.3:
            return f"{street} {number}{NEWLINE}{postcode} {town}"
        if roll < 0.38:
            return f"{street} {number}, lgh {self.rng.randint(1001, 1703)} {town}"
        if roll < 0.46:
            return f"{street} {number}, {self.rng.choice(('nb', 'vån 2', '4 tr', 'uppg. B'))}, {postcode} {town}"
        if roll < 0.54:
            return f"{street.upper()} {number}{NEWLINE}{postcode} {town.upper()}"
        if roll < 0.62:
            return f"{street} {number}, SE-{postcode.replace(' ', '')} {town}, Sweden"
        if roll < 0.7:
            return f"{street} {number}, {town}"
        if roll < 0.78:
            return f"{street} {number}{NEWLINE}{postcode} {town}{NEWLINE}Sverige"
        if roll < 0.86:
            return f"{street} {number} {postcode} {town}"
        return f"{street} {number}"

    def rural(self) -> str:
        village = self.rng.choice(SV_VILLAGES_L)
        postcode = f"{self.rng.randint(780, 984)} {self.rng.randint(90, 99)}"
        town = self.rng.choice(SV_TOWNS_L)
        roll = self.rng.random()
        if roll < 0.35:
            return f"{village} {self.rng.randint(101, 420)}, {postcode} {town}"
        if roll < 0.55:
            return f"{self.rng.choice(SV_FARMS_L)}, {village} {self.rng.randint(2, 90)}, {postcode} {town}"
        if roll < 0.75:
            return f"{village} {self.rng.randint(101, 420)}{NEWLINE}{postcode} {town}"
        return f"{village} {self.rng.randint(2, 60)}"

    def box(self) -> str:
        town = self.rng.choice(SV_TOWNS_L)
        n = self.rng.randint(3, 9890)
        choices = (
            f"Box {n}, {self.postcode()} {town}",
            f"Box {n}{NEWLINE}{self.postcode()} {town.upper()}",
            f"Postbox {n}, {self.postcode()} {town}",
            f"BP {n}, {self.rng.randint(10000, 99999)} Nantes Cedex {self.rng.randint(1, 9)}",
            f"Postfach {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}, {self.rng.randint(10000, 99999)} Leipzig",
            f"P.O. Box {n}, Leeds LS{self.rng.randint(1, 9)} {self.rng.randint(1, 9)}XZ",
            f"PL {n}, {self.rng.randint(10000, 99999)} Tampere",
            f"Apartado {n}, {self.rng.randint(1000, 9999)}-{self.rng.randint(100, 999)} Porto",
        )
        return self.rng.choice(choices)

    def care_of(self) -> str:
        street, number = self.street(), self.number()
        postcode, town = self.postcode(), self.rng.choice(SV_TOWNS_L)
        person = self.person()
        if self.rng.random() < 0.5:
            return f"c/o {person}, {street} {number}, {postcode} {town}"
        return f"c/o {person}{NEWLINE}{street} {number}{NEWLINE}{postcode} {town}"

    def lower_address(self) -> str:
        street = self.street().lower()
        if self.rng.random() < 0.5:
            return f"{street} {self.number()}"
        return f"{street} {self.number()} i {self.rng.choice(SV_TOWNS_L).lower()}"

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_L).replace("{NL}", NEWLINE)
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

    def reversed_name(self) -> str:
        origin = self.origin()
        return f"{self.last(origin)}, {self.first(origin)}"


def extra(template: str, draw: DrawE) -> str:
    """L's own slots (see `templates_l.py`)."""
    assert isinstance(draw, DrawL)
    values = {
        "{SS}": lambda: mark("ADDRESS", draw.sv_street_alone()),
        "{RA}": lambda: mark("ADDRESS", draw.rural()),
        "{BOX}": lambda: mark("ADDRESS", draw.box()),
        "{CO}": lambda: mark("ADDRESS", draw.care_of()),
        "{la}": lambda: mark("ADDRESS", draw.lower_address()),
        "{PR}": lambda: mark("PERSON", draw.reversed_name()),
        "{PU}": lambda: mark("PERSON", draw.person().upper()),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def titled(draw: DrawE) -> str:
    title = draw.rng.choice(TITLES_L)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.5 else draw.last() if roll < 0.8 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    rows = draw_rows(DrawL(seed), size, "heldout-l", (38, 34, 28), (0.07, 0.2), sets, titled, extra)
    for row in rows:  # one character for another: the spans' offsets stay
        row["text"] = str(row["text"]).replace(NEWLINE, "\n")
    return rows


def address_words() -> set[str]:
    """Every word of L's street bases, villages, farms, towns and foreign street parts."""
    import re

    parts = [v for values in EU_PARTS.values() for v in values]
    texts = [*SV_BASES_L, *SV_TOWNS_L, *SV_VILLAGES_L, *SV_FARMS_L, *parts]
    words = {w for t in texts for w in re.findall(r"[^\W\d_]+", t)}
    return {w for w in words if not (w.islower() and len(w) <= 3)}  # not `de`, `la`, `do`


def build_pool() -> None:
    """Write `names-l.txt`: the words of L's split, per origin (rules in the module doc)."""
    from names_l import CANDIDATES
    from pools import write_pool

    bases = sorted(address_words())
    write_pool(
        "L", OUT, POOL, EARLIER_POOLS, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS, bases, strict=True
    )


def main() -> None:
    from pools import command_line

    command_line("l", OUT, build_pool, generate, write_rows)


if __name__ == "__main__":
    main()
