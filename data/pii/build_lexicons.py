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
Round forty-two: `surnames-words.txt`, the surnames among the census's 5,000 most frequent that
the rule above leaves out for being everyday words (`Smith`, `Good`, `French`, `Ring`), less the
words that name a place, a building, a direction or an office (`Street`, `Church`, `North`,
`Council`). The detector reads them only as a surname right after a known given name.
Round forty-three: `given-words.txt`, the same for the census's frequent given names (`Guy`,
`Billy`, `Willow`), read only as the given name of a `Surname, Given` cell.
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

from name_sources import CENSUS_SURNAMES, all_names, census_names  # noqa: E402

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
WORDS_HEADER = """\
# {what}: among the US Census 1990's 5,000 most frequent surnames, those that the
# Swedish or English word lists hold in lower case, less place, building, direction and office
# words (NOT_SURNAMES); written by data/pii/build_lexicons.py (do not edit). Census data as
# shipped by `names` 0.3.0 (MIT licence, Trey Hunner; US government, public domain). See
# LICENSE-public-names.txt. Read only as a surname right after a known given name.
# {count:,} words, casefolded.
"""
GIVEN_HEADER = """\
# {what}: among the US Census 1990's 1,000 most frequent women's and 600
# most frequent men's given names, those that the Swedish or English word lists hold in lower
# case, less NOT_GIVEN; written by data/pii/build_lexicons.py (do not edit). Census data as
# shipped by `names` 0.3.0 (MIT licence, Trey Hunner; US government, public domain). See
# LICENSE-public-names.txt. Read only as the given name of a `Surname, Given` cell.
# {count:,} words, casefolded.
"""
WORD_SURNAMES = 5_000  # surnames that are words, among the census's most frequent this many
# Words among them that after a given name are a place, a building, a direction or an office
# (`Albert Street`, `Maria Church`, `Anna North`), a date (`Anna May`) or a verb (`Emma Will`).
_NOT_SURNAMES = """
    street way place close house park church hall court hill hills grove lane field fields lake
    beach castle temple main mount spring falls forest ferry shore shores bay island villa
    camp bridge tower towers garden gardens meadows oaks woods branch chapel abbey square
    north south east west southern council post power boss law laws numbers case key keys deal
    light head hand may march august will see her new free true still low high best early quick
    fine back held word book money kitchen kitchens story register sessions sales service
    mayor justice judge major royal queen prince king duke lord earl baron priest bishop
    person people peoples friend guest child brothers cousins parent stock bank box card
    """
NOT_SURNAMES = frozenset(_NOT_SURNAMES.split())
# Round forty-three: given names that are words, among the census's most frequent women's and
# men's names, less the words that are no name after `Surname, ` in a list (`young`, `queen`).
WORD_GIVEN = (("dist.female.first", 1_000), ("dist.male.first", 600))
NOT_GIVEN = frozenset({"young", "queen", "gay", "junior", "israel", "angel"})


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


def word_surnames(everyday: set[str]) -> list[str]:
    """The census's frequent surnames that `keep` leaves out as everyday words."""
    _, census = census_names(WORD_SURNAMES)
    folded = {w.casefold() for w in census}
    return sorted(w for w in folded if len(w) > 2 and w in everyday and w not in NOT_SURNAMES)


def word_given(everyday: set[str]) -> list[str]:
    """Round forty-three: the census's frequent given names that `keep` leaves out as everyday
    words (`Guy`, `Billy`, `Willow`), less `NOT_GIVEN`."""
    import names

    folder = Path(names.__file__).parent
    found: set[str] = set()
    for name, limit in WORD_GIVEN:
        lines = (folder / name).read_text(encoding="ascii").splitlines()[:limit]
        found |= {line.split()[0].casefold() for line in lines if line.strip()}
    return sorted(w for w in found if len(w) > 2 and w in everyday and w not in NOT_GIVEN)


def write(name: str, what: str, words: list[str], header: str = HEADER) -> None:
    import faker

    body = textwrap.fill(" ".join(words), width=99, break_long_words=False)
    header = header.format(what=what, faker=faker.VERSION, census=CENSUS_SURNAMES, count=len(words))
    (OUT / name).write_text(header + body + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {OUT / name}")


def main() -> None:
    everyday = everyday_words()
    given_by_source, family_by_source = all_names()
    given = set().union(*given_by_source.values())
    family = set().union(*family_by_source.values())
    write("given-public.txt", "Given names", keep(given, everyday))
    write("surnames-public.txt", "Surnames", keep(family, everyday))
    write("surnames-words.txt", "Surnames that are words", word_surnames(everyday), WORDS_HEADER)
    write("given-words.txt", "Given names that are words", word_given(everyday), GIVEN_HEADER)


if __name__ == "__main__":
    main()
