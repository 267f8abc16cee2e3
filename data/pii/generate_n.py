# ruff: noqa: E501
"""Generate held-out N for personal-data detection (issue 15, round fourteen).

    python data/pii/generate_n.py           # writes data/pii/generated-heldout-n.jsonl
    python data/pii/generate_n.py --pool    # rebuilds data/pii/names-n.txt (needs Faker, names)

Built at the start of round fourteen, BEFORE any change to the detector in that round, from
issue 15's own description and from how Swedish and English business, chat, medical and HR text
names people and gives addresses (the round's subjects: Swedish names first, then addresses),
without reading the detector's rules; scored twice (a baseline and once at the end), aggregate
figures only. N holds at least 450 names and 120 addresses; at least 40% of its rows are Swedish.

**The split N's values come from**: a name word is N's when
- it is not in any lexicon (`src/rung/privacy/lexicons/*.txt`, `names_sv.py`), and
- it is not in the tagger's training pool: either in none of the public lists
  (`name_sources.all_names`), or in their held-out eighth (`heldout_c`), and
- it is in no earlier set (no word of any `data/pii/*.jsonl` text, M's included, nor of
  `generator_names.ROMANISED`) and not in E's to M's pools (`names-e.txt` ... `names-m.txt`).
No public source is drawn from; all of N's names are romanised names written for N
(`names_n.py`). `--pool` applies the rules and writes the words to `names-n.txt`; the generator
reads only that file (same seed, same bytes). Streets, villages, farms, towns and foreign street
parts are written here for N and checked apart like M's: `--pool` refuses to write the pool
while any of their words is in an earlier set, an earlier pool or a lexicon. Templates:
`templates_n.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import write_rows  # noqa: E402
from generate_e import DrawE, draw_rows, mark  # noqa: E402
from templates_n import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 51414
SIZE = 580
OUT = HERE / "generated-heldout-n.jsonl"
POOL = HERE / "names-n.txt"
EARLIER_POOLS = tuple(HERE / f"names-{x}.txt" for x in "efghijklm")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {}
WEIGHTS = {
    "swedish": 18, "sami": 2, "syrian": 4, "iraqi": 3, "afghan": 3, "bosnian": 3, "chilean": 2,
    "oromo": 2, "chinese": 2, "japanese": 1, "russian": 2, "czech": 1, "latvian": 1, "german": 2,
    "pakistani": 2, "sinhala": 1, "nepali": 1, "akan": 1, "lingala": 1, "zulu": 1, "malay": 1,
    "english": 6,
}  # fmt: skip
SV_BASES_N = (
    "Knölsvans", "Skäggdoppings", "Järnsparvs", "Stjärtmes", "Rödvingetrast", "Storspovs",
    "Krickands", "Tofsvipe", "Lappmesens", "Dvärgbjörk", "Jungfrulin", "Kärrviols",
    "Bockrots", "Nattviols",
)  # fmt: skip
SV_FORMS_N = (
    "{b}vägen", "{b}gatan", "{b}stigen", "{b} väg", "{b}backen", "{b}slingan", "{b}gränd",
    "{b}vägen", "{b}gatan", "Övre {b}vägen", "Norra {b}gatan", "{b}ringen", "{b} plats",
    "{b}parken", "{b}hagen", "{b} gata",
)  # fmt: skip
SV_TOWNS_N = (
    "Norsjö", "Älvkarleby", "Heby", "Knivsta", "Vallentuna", "Nykvarn", "Trosa", "Vingåker",
    "Ödeshög", "Ydre", "Olofström", "Munkedal", "Essunga", "Tibro", "Orust", "Tjörn",
    "Lysekil", "Tanum", "Härryda", "Mullsjö", "Habo", "Aneby", "Gnosjö",
    "Uppvidinge", "Borgholm", "Nybro", "Älmhult",
)  # fmt: skip
SV_VILLAGES_N = (
    "Orrmyrberget", "Kalvmyrheden", "Tjäderlidbacken", "Svartbäcksbyn", "Granlidmyran",
    "Lomtjärnsnäset",
)  # fmt: skip
SV_FARMS_N = ("Backtorpet", "Lillhemmet", "Östergärdet")
EU_FORMATS_N = (
    "{n} {uk} Road{NL}{ukt}{NL}{ukp}", "{n} {uk} Close, {ukt} {ukp}", "Flat {m}, {n} {uk} Court{NL}{ukt} {ukp}",
    "{de}straße {n}{NL}{pc5} Kassel", "{no} {n}, {pc4} Stavanger", "{dk} {n}, {m}. th.{NL}{pc4} Aalborg",
    "{fi}vägen {n} B {m}, {pc5} Jakobstad", "{n} avenue {fr}, {pc5} Nantes", "{ch}strasse {n}, CH-{pc4} Luzern",
    "{ee} tn {n}-{m}, {pc5} Tartu", "{n} {us} Avenue, Unit {m}{NL}Fargo, ND 581{d}{d}", "{ie} Road, Galway H91 {ie2}",
)  # fmt: skip
EU_PARTS = {
    "{uk}": ("Tamworth", "Earlsdon", "Kenilworth"),
    "{ukt}": ("Coventry", "Leicester", "Loughborough"),
    "{de}": ("Wilhelmshöher", "Kölnische"),
    "{no}": ("Klubbgata", "Pedersgata"),
    "{dk}": ("Bispensgade", "Vesterbro"),
    "{fi}": ("Korsholms", "Smedsby"),
    "{fr}": ("Cambronne", "Dobrée"),
    "{ch}": ("Pilatus", "Haldenstrasse"),
    "{ee}": ("Rüütli", "Küüni"),
    "{us}": ("Kittson", "Sheyenne"),
    "{ie}": ("Salthill", "Knocknacarra"),
}
# A line break inside one marked value (see generate_k.py): drawn as this stand-in character and
# put in after parsing, so that the span's offsets stay.
NEWLINE = "\ue000"
TITLES_N = (
    "sjuksköterskan", "läkaren", "kuratorn", "biståndshandläggare", "enhetschef",
    "mottagningssköterska", "fysioterapeut", "vårdnadshavare", "god man", "advokat",
    "rektor", "lärare", "kollegan", "chefen", "Dr.", "Nurse", "Mrs", "Miss", "Counsellor",
    "Coach", "Supervisor", "Agent", "Father", "Consultant",
)  # fmt: skip


class DrawN(DrawE):
    """Values for N, from `names-n.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)

    def postcode(self) -> str:
        return f"{self.rng.randint(112, 985)} {self.rng.randint(30, 97)}"

    def street(self) -> str:
        return self.rng.choice(SV_FORMS_N).format(b=self.rng.choice(SV_BASES_N))

    def number(self) -> str:
        return f"{self.rng.randint(1, 210)}{self.rng.choice(('', '', '', '', '', 'B', 'c'))}"

    def town(self) -> str:
        return self.rng.choice(SV_TOWNS_N)

    def sv_street_alone(self) -> str:
        if self.rng.random() < 0.4:
            return self.street()
        return f"{self.street()} {self.number()}"

    def sv_address(self) -> str:
        street, number = self.street(), self.number()
        postcode, town = self.postcode(), self.town()
        roll = self.rng.random()
        if roll < 0.25:
            return f"{street} {number}, {postcode} {town}"
        if roll < 0.38:
            return f"{street} {number}{NEWLINE}{postcode} {town}"
        if roll < 0.46:
            return f"{street} {number} lgh {self.rng.randint(1001, 1604)}, {postcode} {town}"
        if roll < 0.54:
            return f"{street} {number}, {self.rng.choice(('1 tr', 'bv', '3 tr ö.g.', 'port 2'))}, {postcode} {town}"
        if roll < 0.62:
            return f"{street} {number} i {town}"
        if roll < 0.7:
            return f"{street} {number}, {town}"
        if roll < 0.78:
            return f"{postcode} {town}, {street} {number}"
        if roll < 0.86:
            return f"{street} {number}{NEWLINE}SE-{postcode.replace(' ', '')} {town.upper()}"
        return f"{street} {number}"

    def rural(self) -> str:
        village = self.rng.choice(SV_VILLAGES_N)
        postcode = f"{self.rng.randint(820, 985)} {self.rng.randint(90, 99)}"
        town = self.town()
        roll = self.rng.random()
        if roll < 0.4:
            return f"{village} {self.rng.randint(110, 480)}, {postcode} {town}"
        if roll < 0.6:
            return f"{self.rng.choice(SV_FARMS_N)} {village}, {postcode} {town}"
        if roll < 0.8:
            return f"{village} {self.rng.randint(3, 80)}{NEWLINE}{postcode} {town}"
        return f"{village} {self.rng.randint(110, 480)}"

    def box(self) -> str:
        town = self.town()
        n = self.rng.randint(4, 8890)
        choices = (
            f"Box {n}, {self.postcode()} {town}",
            f"Box {n}{NEWLINE}{self.postcode()} {town}",
            f"Postlåda {n}, {self.postcode()} {town}",
            f"PO Box {n}, Leicester LE{self.rng.randint(1, 9)} {self.rng.randint(1, 9)}RT",
            f"Postboks {n}, {self.rng.randint(1000, 9999)} Stavanger",
        )
        return self.rng.choice(choices)

    def care_of(self) -> str:
        street, number = self.street(), self.number()
        postcode, town = self.postcode(), self.town()
        person = self.person()
        if self.rng.random() < 0.6:
            return f"c/o {person}, {street} {number}, {postcode} {town}"
        return f"C/O {person.upper()}{NEWLINE}{street.upper()} {number}{NEWLINE}{postcode} {town.upper()}"

    def lower_address(self) -> str:
        street = self.street().lower()
        roll = self.rng.random()
        if roll < 0.5:
            return f"{street} {self.number()}"
        if roll < 0.75:
            return street
        return f"{street} {self.number()} {self.town().lower()}"

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_N).replace("{NL}", NEWLINE)
        for slot, values in EU_PARTS.items():
            while slot in text:
                text = text.replace(slot, self.rng.choice(values), 1)
        for slot, low, high in (("{n}", 1, 260), ("{m}", 1, 24), ("{pc5}", 10000, 99999)):
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        for slot, low, high in (("{pc4}", 1000, 9999), ("{d}", 0, 9)):
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        uk = f"{self.rng.choice(('CV', 'LE', 'NG'))}{self.rng.randint(1, 19)} {self.rng.randint(1, 9)}{''.join(self.rng.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2))}"
        ie = "".join(self.rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return text.replace("{ukp}", uk).replace("{ie2}", ie)

    def initialled(self) -> str:
        origin = self.origin()
        return (
            f"{self.first(origin)} {self.rng.choice('ABCDEFGHIJKLMNOPRSTUVW')}. {self.last(origin)}"
        )

    def initial_last(self) -> str:
        origin = self.origin()
        return f"{self.first(origin)[0]}. {self.last(origin)}"

    def reversed_name(self) -> str:
        origin = self.origin()
        return f"{self.last(origin)}, {self.first(origin)}"

    def swedish_first(self) -> str:
        return self.first("swedish")

    def swedish_person(self) -> str:
        first, last = self.first("swedish"), self.last("swedish")
        if self.rng.random() < 0.15:
            return f"{first} {self.first('swedish')} {last}"
        return f"{first} {last}"


def extra(template: str, draw: DrawE) -> str:
    """N's own slots (see `templates_n.py`)."""
    assert isinstance(draw, DrawN)
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
        "{SF}": lambda: mark("PERSON", draw.swedish_first()),
        "{SP}": lambda: mark("PERSON", draw.swedish_person()),
        "{sf}": lambda: mark("PERSON", draw.swedish_first().lower()),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def titled(draw: DrawE) -> str:
    title = draw.rng.choice(TITLES_N)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.55 else draw.last() if roll < 0.8 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    rows = draw_rows(
        DrawN(seed), size, "heldout-n", (46, 30, 24), (0.07, 0.24), sets, titled, extra
    )
    for row in rows:  # one character for another: the spans' offsets stay
        row["text"] = str(row["text"]).replace(NEWLINE, "\n")
    return rows


def address_words() -> set[str]:
    """Every word of N's street bases, villages, farms, towns and foreign street parts."""
    import re

    parts = [v for values in EU_PARTS.values() for v in values]
    texts = [*SV_BASES_N, *SV_TOWNS_N, *SV_VILLAGES_N, *SV_FARMS_N, *parts]
    words = {w for t in texts for w in re.findall(r"[^\W\d_]+", t)}
    return {w for w in words if not (w.islower() and len(w) <= 3)}


def build_pool() -> None:
    """Write `names-n.txt`: the words of N's split, per origin (rules in the module doc)."""
    from names_n import CANDIDATES
    from pools import write_pool

    bases = sorted(address_words())
    write_pool(
        "N", OUT, POOL, EARLIER_POOLS, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS, bases, strict=True
    )


def main() -> None:
    from pools import command_line

    command_line("n", OUT, build_pool, generate, write_rows)


if __name__ == "__main__":
    main()
