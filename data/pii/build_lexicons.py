"""Regenerate rung's public name lexicons from name lists with a licence.

    pip install faker==40.63.0 names==0.3.0   # both MIT, from PyPI
    apt-get install wamerican wbritish wswedish  # word lists, used only to leave words out
    python data/pii/build_lexicons.py

Writes `src/rung/privacy/lexicons/given-public.txt` and `surnames-public.txt`: the name words
of `name_sources.py` (Faker's locale lists, the US Census lists of `names`), except
- the eighth kept for held-out C (`name_sources.heldout_c`), so lexicon and held-out C never
  share a value;
- words that the Swedish or English spelling dictionaries list in lower case (everyday words
  such as `will`, `linda`, `bo`): the dictionaries only decide what is left out, nothing of
  them is copied;
- one- and two-letter words.
Same inputs, same output.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from name_sources import CENSUS_SURNAMES, all_names, heldout_c  # noqa: E402

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
# government, public domain). See LICENSE-public-names.txt. Left out: held-out C's eighth
# (data/pii/name_sources.py) and everyday words of the Swedish and English word lists.
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
    return sorted(w for w in folded if len(w) > 2 and w not in everyday and not heldout_c(w))


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
