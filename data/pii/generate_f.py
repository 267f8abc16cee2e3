"""Generate held-out F for personal-data detection (issue 15, round six).

    python data/pii/generate_f.py           # writes data/pii/generated-heldout-f.jsonl
    python data/pii/generate_f.py --pool    # rebuilds data/pii/names-f.txt (needs Faker, names)

Built at the start of round six, BEFORE any tuning of that round; scored twice (a baseline and
once at the end), aggregate figures only, its errors never listed.

**The split F's values come from** (written down, so that no later lexicon or training text
draws from it): a name word is F's when
- it is not in any lexicon (`src/rung/privacy/lexicons/*.txt`, `names_sv.py`), and
- it is not in the tagger's training pool: either in none of the public lists
  (`name_sources.all_names`), or in their held-out eighth (`heldout_c`), and
- it is in no earlier set (no word of any `data/pii/*.jsonl` text, E's included, nor of
  `generator_names.ROMANISED`) and not in E's pool (`names-e.txt`).
Words come from the public lists' held-out eighth (Swedish, Danish/Norwegian, Finnish, German,
French, Dutch, Polish, Balkan, Turkish, English locales and the census) and from romanised names
written for F (`names_f.py`). `--pool` applies the rules and writes the words to `names-f.txt`;
the generator reads only that file, so its output depends on nothing but the seed and this
directory (same seed, same bytes). Streets, towns, house names and the foreign formats are
written here for F (`--pool` prints any base that occurs in an earlier set). Templates
(`templates_f.py`) are new, with more addresses (Swedish streets with and without number,
postcode and town, `c/o`, `lgh`, `Box`, house names, a trailing country; Danish, Norwegian,
Finnish, German, French, Dutch and British formats) and English business and medical text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import write_rows  # noqa: E402
from generate_e import (  # noqa: E402
    DrawE,
    draw_rows,
    earlier_words,
    lexicon_words,
    mark,
    pool_lines,
)
from templates_f import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 16602
SIZE = 560
OUT = HERE / "generated-heldout-f.jsonl"
POOL = HERE / "names-f.txt"
POOL_E = HERE / "names-e.txt"
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {
    "swedish": ("sv_SE",),
    "nordic": ("no_NO", "da_DK"),
    "finnish": ("fi_FI",),
    "german": ("de_DE", "de_AT", "de_CH"),
    "french": ("fr_FR", "fr_CH", "fr_CA"),
    "dutch": ("nl_NL", "nl_BE"),
    "polish": ("pl_PL",),
    "bosnian": ("hr_HR", "bs_BA", "sr_Latn_RS", "sl_SI"),
    "turkish": ("tr_TR", "az_AZ"),
    "english": ("en_US", "en_GB", "en_IE", "en_NZ", "en_AU", "en_CA", "census"),
}
WEIGHTS = {
    "swedish": 20, "nordic": 5, "finnish": 6, "german": 5, "french": 4, "dutch": 3,
    "polish": 5, "bosnian": 5, "turkish": 5, "english": 16, "arabic": 9, "persian": 6,
    "somali": 5, "tigrinya": 4, "kurdish": 4,
}  # fmt: skip
SV_BASES_F = (
    "Snösätra", "Sjöviks", "Kvarnholms", "Flatens", "Tallkrogens", "Ljusne", "Ekebacka",
    "Myrängs", "Granlunds", "Hagalunds", "Lövsta", "Furulunds", "Stenhamra", "Strandängs",
    "Kolbotten", "Trädgårds", "Nybohovs", "Västangårds", "Sävja", "Klöverbergs",
)  # fmt: skip
SV_FORMS_F = (
    "{b}vägen", "{b}gatan", "{b}svängen", "{b} allé", "{b} torg", "{b}stigen", "{b}gränd",
    "{b} backe", "{b} plan", "{b}slingan", "{b}gången", "{b} väg", "{b}platsen", "{b}leden",
)  # fmt: skip
SV_TOWNS_F = (
    "Bandhagen", "Hägersten", "Mölndal", "Partille", "Lund", "Växjö", "Borås", "Halmstad",
    "Sundsvall", "Luleå", "Västerås", "Gävle", "Norrköping", "Visby", "Ystad", "Piteå",
)  # fmt: skip
HOUSES_F = ("Villa Solgläntan", "Gården Lillåsen", "Stugan Björkudden", "Fastigheten Kråkan 4")
EU_FORMATS_F = (
    "{dk}vej {n}, {pc4} Odense C", "{dk}gade {n}, {m}. th., {pc4} København K",
    "{dk}vej {n}, {pc4} Aalborg, Danmark", "{no}veien {n}, {pc4} Oslo",
    "{no} gate {n} B, {pc4} Trondheim", "{no}veien {n}, {pc4} Stavanger, Norge",
    "{fi}nkatu {n} A {m}, {pc5} Helsinki", "{fi}ntie {n}, {pc5} Turku",
    "{de}straße {n}, {pc5} München", "{de}allee {n}, {pc5} Berlin",
    "{de}weg {n}, {pc5} Stuttgart, Deutschland", "Am {de}hof {n}, {pc5} Leipzig",
    "{n} rue du {fr}, {pc5} Bordeaux", "{n}, boulevard {frb}, {pc5} Marseille",
    "{n} rue des {fr}, {pc5} Toulouse, France",
    "{nl}straat {n}, {pc4} {uk2} Rotterdam", "{nl}laan {n}, {pc4} {uk2} Den Haag",
    "{nl}gracht {n}-{m}, {pc4} {uk2} Amsterdam",
    "{n} {uk} Road, Leeds LS{m} {d}{uk2}", "Flat {m}, {n} {uk} Street, Manchester M{m} {d}{uk2}",
    "{n} {uk} Close, Norwich NR{m} {d}{uk2}, United Kingdom",
)  # fmt: skip
EU_PARTS = {
    "{dk}": ("Rosen", "Bøge", "Møllebakke", "Kirkebakke"),
    "{no}": ("Tollbu", "Bygdøy", "Kirkeveien", "Løkke"),
    "{fi}": ("Tehtaa", "Mannerheimi", "Runebergi", "Puistola"),
    "{de}": ("Linden", "Birken", "Ahorn", "Sonnen"),
    "{fr}": ("Pressoir", "Château", "Faubourg"),
    "{frb}": ("Gallieni", "Gambetta", "des Dames"),
    "{nl}": ("Prinsen", "Lindegracht", "Berken", "Kaneel"),
    "{uk}": ("Ashgrove", "Elmfield", "Willowbrook", "Kingsmead"),
}


class DrawF(DrawE):
    """Values for F, from `names-f.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)

    def sv_address(self) -> str:
        street = self.rng.choice(SV_FORMS_F).format(b=self.rng.choice(SV_BASES_F))
        number = str(self.rng.randint(1, 180)) + self.rng.choice(("", "", "", "B", "D"))
        postcode = f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"
        town = self.rng.choice(SV_TOWNS_F)
        roll = self.rng.random()
        forms = (
            (0.22, f"{street} {number}, {postcode} {town}"),
            (0.32, f"{street} {number}, lgh {self.rng.randint(1001, 1603)}, {postcode} {town}"),
            (0.40, f"{street}, {postcode} {town}"),
            (0.48, f"c/o {self.person()}, {street} {number}, {postcode} {town}"),
            (0.55, f"Box {self.rng.randint(2, 9999)}, {postcode} {town}"),
            (0.61, f"{self.rng.choice(HOUSES_F)}, {street} {number}, {postcode} {town}"),
            (0.67, f"{street} {number}, {postcode} {town}, Sverige"),
            (0.74, f"{street} {number} {town}"),
            (0.87, f"{street} {number}"),
        )
        for limit, text in forms:
            if roll < limit:
                return text
        return street

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_F)
        for slot, values in EU_PARTS.items():
            text = text.replace(slot, self.rng.choice(values))
        numbers = {
            "{n}": str(self.rng.randint(1, 160)),
            "{m}": str(self.rng.randint(1, 19)),
            "{d}": str(self.rng.randint(1, 9)),
            "{pc5}": f"{self.rng.randint(10000, 99999)}",
            "{pc4}": f"{self.rng.randint(1000, 9999)}",
            "{uk2}": "".join(self.rng.choice("ABDEFHJLNPRSTUWXY") for _ in range(2)),
        }
        for slot, value in numbers.items():
            text = text.replace(slot, value)
        return text


TITLES_F = (
    "Dr", "Dr.", "Prof.", "Mr", "Mrs", "Ms.", "Nurse", "Consultant", "Auditor", "Judge",
    "överläkare", "distriktsläkare", "sjuksköterska", "revisor", "handläggare", "rektor",
)  # fmt: skip


def titled(draw: DrawF) -> str:
    title = draw.rng.choice(TITLES_F)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.6 else draw.last() if roll < 0.9 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    return draw_rows(
        DrawF(seed),
        size,
        "heldout-f",
        (40, 38, 22),
        (0.08, 0.22),
        sets,
        titled,
    )


def build_pool() -> None:
    """Write `names-f.txt`: the words of F's split, per origin (rules in the module doc)."""
    from names_f import CANDIDATES

    OUT.unlink(missing_ok=True)  # F's own text is not an earlier set
    pool_e = {
        line.split("\t")[2].casefold()
        for line in POOL_E.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    banned = lexicon_words() | earlier_words_all() | pool_e
    lines = pool_lines("F", banned, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS)
    POOL.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} name words written to {POOL}")
    bases = list(SV_BASES_F) + [v for values in EU_PARTS.values() for v in values]
    streets = [b for b in bases if any(w.casefold() in banned for w in b.split())]
    print("street bases also in earlier sets or lexicons:", streets or "none")


def earlier_words_all() -> set[str]:
    """`generate_e.earlier_words`, plus the words of E's own text (E is a dev set now)."""
    import json
    import re

    words = earlier_words()
    for line in (HERE / "generated-heldout-e.jsonl").read_text(encoding="utf-8").splitlines():
        words |= {w.casefold() for w in re.findall(r"[^\W\d_]+", json.loads(line)["text"])}
    return words


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", action="store_true", help="rebuild names-f.txt first")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.pool:
        build_pool()
    write_rows(generate(), args.out)


if __name__ == "__main__":
    main()
