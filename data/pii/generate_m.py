# ruff: noqa: E501
"""Generate held-out M for personal-data detection (issue 15, round thirteen).

    python data/pii/generate_m.py           # writes data/pii/generated-heldout-m.jsonl
    python data/pii/generate_m.py --pool    # rebuilds data/pii/names-m.txt (needs Faker, names)

Built at the start of round thirteen, BEFORE any change to the detector in that round, from
issue 15's own description and from how names (the round's subject) and addresses appear in
business text (Swedish, English and mixed: greetings and sign-offs, minutes and action lists,
rosters and tables, tickets, chat in lower case, HR and medical notes, letters, invoices),
without reading the detector's rules; scored twice (a baseline and once at the end), aggregate
figures only. M holds many names (at least 450 values): a name alone at a sentence start, in
lower case, in capitals, surname first, in genitives, with initials, hyphenated, in several
parts, in lists and table cells, after titles and greetings.

**The split M's values come from**: a name word is M's when
- it is not in any lexicon (`src/rung/privacy/lexicons/*.txt`, `names_sv.py`), and
- it is not in the tagger's training pool: either in none of the public lists
  (`name_sources.all_names`), or in their held-out eighth (`heldout_c`), and
- it is in no earlier set (no word of any `data/pii/*.jsonl` text, L's included, nor of
  `generator_names.ROMANISED`) and not in E's to L's pools (`names-e.txt` ... `names-l.txt`).
No public source is drawn from; all of M's names are romanised names written for M
(`names_m.py`). `--pool` applies the rules and writes the words to `names-m.txt`; the generator
reads only that file (same seed, same bytes). Streets, villages, farms, towns and foreign street
parts are written here for M and checked apart like L's: `--pool` refuses to write the pool
while any of their words is in an earlier set, an earlier pool or a lexicon. Templates:
`templates_m.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import write_rows  # noqa: E402
from generate_e import DrawE, draw_rows, mark  # noqa: E402
from templates_m import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 41313
SIZE = 560
OUT = HERE / "generated-heldout-m.jsonl"
POOL = HERE / "names-m.txt"
EARLIER_POOLS = tuple(HERE / f"names-{x}.txt" for x in "efghijkl")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {}
WEIGHTS = {
    "swedish": 14, "norwegian": 3, "danish": 2, "lithuanian": 2, "hungarian": 2, "romanian": 2,
    "greek": 3, "turkish": 4, "kurdish": 3, "persian": 3, "somali": 4, "tigrinya": 3,
    "swahili": 2, "hausa": 1, "igbo": 2, "vietnamese": 2, "filipino": 2, "korean": 1,
    "polish": 3, "ukrainian": 3, "italian": 2, "spanish": 2, "dutch": 1, "scottish": 2,
    "english": 6,
}  # fmt: skip
SV_BASES_M = (
    "Pilgrimsstavs", "Kattfotens", "Smörbollsängs", "Getrams", "Fräkenkärrs", "Kabbelöks",
    "Lingonrevs", "Vattenklövers", "Sileshårs", "Harkranka", "Gullvive", "Backsipps",
)  # fmt: skip
SV_FORMS_M = (
    "{b}vägen", "{b}gatan", "{b}stigen", "{b} allé", "{b}backe", "{b}gången", "{b}torget",
    "{b}gränd", "{b}ringen", "{b}vägen", "{b}gatan", "Västra {b}gatan", "Lilla {b}vägen",
    "{b}udden", "{b}liden", "{b}kroken",
)  # fmt: skip
SV_TOWNS_M = (
    "Lycksele", "Vindeln", "Robertsfors", "Krokom", "Strömsund", "Gagnef", "Leksand",
    "Smedjebacken", "Hedemora", "Fagersta", "Kungsör", "Lindesberg", "Hallsberg", "Storfors",
    "Filipstad", "Mellerud", "Sotenäs", "Svenljunga", "Vaggeryd", "Markaryd",
)  # fmt: skip
SV_VILLAGES_M = (
    "Tväråselet",
    "Gargnäsbyn",
    "Lillkorsträsk",
    "Rödåsmyren",
    "Stensundsviken",
    "Kvarnbergsmark",
)
SV_FARMS_M = ("Lövstugan", "Norrgården-Nybo", "Kvarnstugan")
EU_FORMATS_M = (
    "{n} rue {fr}, {pc5} Rennes", "{de}weg {n}, {pc5} Dresden", "{at}platz {n}/{m}, {pc4} Linz",
    "{nl}laan {n}, {pc4} {uk2} Groningen", "Via {it} {n}, {pc5} Bologna BO",
    "Calle {es} {n}, {d}º {m}ª, {pc5} Zaragoza", "ul. {pl} {n} m. {m}, {d}{d}-{pc3} Poznań",
    "{fi}tie {n} A {m}, {pc5} Oulu", "{n} {uk} Lane, Bristol BS{d} {d}{uk2}",
    "{no}veien {n}, {pc4} Trondheim", "{dk}vej {n}, st. tv., {pc4} Aarhus",
    "{n} {us} Street, Apt {m}{NL}Duluth, MN 558{d}{d}",
)  # fmt: skip
EU_PARTS = {
    "{fr}": ("Vasselot", "Hoche"),
    "{de}": ("Pillnitzer", "Loschwitzer"),
    "{at}": ("Pöstling", "Hauptplatzl"),
    "{nl}": ("Zaagmolen", "Herebinnensingel"),
    "{it}": ("Petronio", "Saragozza"),
    "{es}": ("Predicadores", "Coso"),
    "{pl}": ("Półwiejska", "Wrocławska"),
    "{fi}": ("Kajaanin", "Hiukkavaaran"),
    "{uk}": ("Redland", "Whiteladies"),
    "{no}": ("Bakklandet", "Singsaker"),
    "{dk}": ("Frederiksbjerg", "Trøjborg"),
    "{us}": ("Superior", "Lakewalk"),
}
# A line break inside one marked value (see generate_k.py): drawn as this stand-in character and
# put in after parsing, so that the span's offsets stay.
NEWLINE = "\ue000"
TITLES_M = (
    "handläggare", "undersköterska", "överläkare", "skolsköterska", "kammarrättsrådet",
    "nämndeman", "ordförande", "kassören", "lektor", "doc.", "tandläkare", "fröken",
    "Sig.ra", "Frau", "Señor", "Meneer", "Pani", "Dame", "Rev.", "Sgt", "Professor",
    "Team Lead", "Line Manager", "Key Worker", "Midwife", "Paralegal",
)  # fmt: skip


class DrawM(DrawE):
    """Values for M, from `names-m.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)

    def postcode(self) -> str:
        return f"{self.rng.randint(111, 984)} {self.rng.randint(10, 99)}"

    def street(self) -> str:
        return self.rng.choice(SV_FORMS_M).format(b=self.rng.choice(SV_BASES_M))

    def number(self) -> str:
        return f"{self.rng.randint(1, 190)}{self.rng.choice(('', '', '', '', 'A', 'b'))}"

    def sv_street_alone(self) -> str:
        if self.rng.random() < 0.45:
            return self.street()
        return f"{self.street()} {self.number()}"

    def sv_address(self) -> str:
        street, number = self.street(), self.number()
        postcode, town = self.postcode(), self.rng.choice(SV_TOWNS_M)
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
        village = self.rng.choice(SV_VILLAGES_M)
        postcode = f"{self.rng.randint(780, 984)} {self.rng.randint(90, 99)}"
        town = self.rng.choice(SV_TOWNS_M)
        roll = self.rng.random()
        if roll < 0.35:
            return f"{village} {self.rng.randint(101, 420)}, {postcode} {town}"
        if roll < 0.55:
            return f"{self.rng.choice(SV_FARMS_M)}, {village} {self.rng.randint(2, 90)}, {postcode} {town}"
        if roll < 0.75:
            return f"{village} {self.rng.randint(101, 420)}{NEWLINE}{postcode} {town}"
        return f"{village} {self.rng.randint(2, 60)}"

    def box(self) -> str:
        town = self.rng.choice(SV_TOWNS_M)
        n = self.rng.randint(3, 9890)
        choices = (
            f"Box {n}, {self.postcode()} {town}",
            f"Box {n}{NEWLINE}{self.postcode()} {town.upper()}",
            f"Postbox {n}, {self.postcode()} {town}",
            f"BP {n}, {self.rng.randint(10000, 99999)} Rennes Cedex {self.rng.randint(1, 9)}",
            f"Postfach {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}, {self.rng.randint(10000, 99999)} Dresden",
            f"P.O. Box {n}, Bristol BS{self.rng.randint(1, 9)} {self.rng.randint(1, 9)}XZ",
            f"PL {n}, {self.rng.randint(10000, 99999)} Oulu",
            f"Apartado {n}, {self.rng.randint(1000, 9999)}-{self.rng.randint(100, 999)} Zaragoza",
        )
        return self.rng.choice(choices)

    def care_of(self) -> str:
        street, number = self.street(), self.number()
        postcode, town = self.postcode(), self.rng.choice(SV_TOWNS_M)
        person = self.person()
        if self.rng.random() < 0.5:
            return f"c/o {person}, {street} {number}, {postcode} {town}"
        return f"c/o {person}{NEWLINE}{street} {number}{NEWLINE}{postcode} {town}"

    def lower_address(self) -> str:
        street = self.street().lower()
        if self.rng.random() < 0.5:
            return f"{street} {self.number()}"
        return f"{street} {self.number()} i {self.rng.choice(SV_TOWNS_M).lower()}"

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_M).replace("{NL}", NEWLINE)
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

    def initialled(self) -> str:
        origin = self.origin()
        initial = self.rng.choice("ABDEGHJKLMNRST")
        return f"{self.first(origin)} {initial}. {self.last(origin)}"

    def initial_last(self) -> str:
        origin = self.origin()
        return f"{self.first(origin)[0]}. {self.last(origin)}"

    def reversed_name(self) -> str:
        origin = self.origin()
        return f"{self.last(origin)}, {self.first(origin)}"


def extra(template: str, draw: DrawE) -> str:
    """M's own slots (see `templates_l.py`)."""
    assert isinstance(draw, DrawM)
    values = {
        "{SS}": lambda: mark("ADDRESS", draw.sv_street_alone()),
        "{RA}": lambda: mark("ADDRESS", draw.rural()),
        "{BOX}": lambda: mark("ADDRESS", draw.box()),
        "{CO}": lambda: mark("ADDRESS", draw.care_of()),
        "{la}": lambda: mark("ADDRESS", draw.lower_address()),
        "{PR}": lambda: mark("PERSON", draw.reversed_name()),
        "{PU}": lambda: mark("PERSON", draw.person().upper()),
        "{PI}": lambda: mark("PERSON", draw.initialled()),
        "{IL}": lambda: mark("PERSON", draw.initial_last()),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def titled(draw: DrawE) -> str:
    title = draw.rng.choice(TITLES_M)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.5 else draw.last() if roll < 0.8 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    rows = draw_rows(
        DrawM(seed), size, "heldout-m", (38, 34, 28), (0.07, 0.25), sets, titled, extra
    )
    for row in rows:  # one character for another: the spans' offsets stay
        row["text"] = str(row["text"]).replace(NEWLINE, "\n")
    return rows


def address_words() -> set[str]:
    """Every word of M's street bases, villages, farms, towns and foreign street parts."""
    import re

    parts = [v for values in EU_PARTS.values() for v in values]
    texts = [*SV_BASES_M, *SV_TOWNS_M, *SV_VILLAGES_M, *SV_FARMS_M, *parts]
    words = {w for t in texts for w in re.findall(r"[^\W\d_]+", t)}
    return {w for w in words if not (w.islower() and len(w) <= 3)}  # not `de`, `la`, `do`


def build_pool() -> None:
    """Write `names-m.txt`: the words of M's split, per origin (rules in the module doc)."""
    from names_m import CANDIDATES
    from pools import write_pool

    bases = sorted(address_words())
    write_pool(
        "L", OUT, POOL, EARLIER_POOLS, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS, bases, strict=True
    )


def main() -> None:
    from pools import command_line

    command_line("m", OUT, build_pool, generate, write_rows)


if __name__ == "__main__":
    main()
