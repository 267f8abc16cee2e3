"""Regenerate rung's public name lexicons from name lists with a licence.

    pip install faker==40.63.0 names==0.3.0   # both MIT, from PyPI
    apt-get install wamerican wbritish wswedish  # word lists, used only to leave words out
    python data/pii/build_lexicons.py

Writes `src/rung/privacy/lexicons/given-public.txt` and `surnames-public.txt`: the name words
of `name_sources.py` (Faker's locale lists, the US Census lists of `names`), except
- words that the Swedish or English spelling dictionaries list in lower case (everyday words
  such as `will`, `linda`, `bo`): the dictionaries only decide what is left out, nothing of
  them is copied;
- one- and two-letter words.
Same inputs, same output. Until 2026-12-02 the eighth of the words that held-out C drew from
(`name_sources.heldout_c`) was left out too, so that C's names were in no lexicon; it cost every
real text an eighth of the public names (`Christine`, `Harold`, `Simmons`, `Borg`), and it is in
since (docs/privacy.md, "Held-out C's eighth into the lexicons").
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from name_sources import CENSUS_SURNAMES, all_names  # noqa: E402

OUT = HERE.parents[1] / "src" / "rung" / "privacy" / "lexicons"
DICTIONARIES = (
    "/usr/share/dict/american-english",
    "/usr/share/dict/british-english",
    "/usr/share/dict/swedish",
)
HEADER = """\
# {what}: name words from public lists, written by data/pii/build_lexicons.py (do not edit).
# Sources: Faker {faker} person providers, all locales in Latin letters (MIT licence,
# Copyright (c) 2012 Daniele Faraglia); US Census 1990 given names and the {census:,} most
# frequent surnames as shipped by `names` 0.3.0 (MIT licence, Trey Hunner; census data: US
# government, public domain). See LICENSE-public-names.txt. Left out: everyday words of the
# Swedish and English word lists.
# {count:,} words, casefolded.
"""


def everyday_words() -> set[str]:
    words: set[str] = set()
    for path in DICTIONARIES:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            word = line.strip()
            if word and word[0].islower() and "'" not in word:
                words.add(word.casefold())
    return words


def keep(words: set[str], everyday: set[str]) -> list[str]:
    folded = {w.casefold().replace("’", "'") for w in words}
    return sorted(w for w in folded if len(w) > 2 and w not in everyday)


def write(name: str, what: str, words: list[str]) -> None:
    import faker

    body = textwrap.fill(" ".join(words), width=99, break_long_words=False)
    header = HEADER.format(what=what, faker=faker.VERSION, census=CENSUS_SURNAMES, count=len(words))
    (OUT / name).write_text(header + body + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {OUT / name}")


def main() -> None:
    everyday = everyday_words()
    given_by_source, family_by_source = all_names()
    given = set().union(*given_by_source.values())
    family = set().union(*family_by_source.values())
    write("given-public.txt", "Given names", keep(given, everyday))
    write("surnames-public.txt", "Surnames", keep(family, everyday))


if __name__ == "__main__":
    main()
