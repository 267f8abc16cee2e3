"""Public name lists with a licence, and the split that keeps held-out C apart from the lexicons.

Sources (both installable offline from PyPI):
- Faker's person providers (`faker`, MIT licence): given names and surnames of every locale
  written in Latin letters (sv_SE, fi_FI, no_NO, da_DK, pl_PL, tr_TR, az_AZ, hr_HR, en_*, es_*,
  de_*, fr_*, it_IT, pt_*, ro_RO, cs_CZ, sk_SK, sl_SI, hu_HU, en_IN, en_PK, en_KE, en_NG, yo_NG,
  ha_NG, ig_NG, zu_ZA, sw, id_ID, vi_VN, ...).
- US Census 1990 name frequencies, as shipped by the `names` package (MIT licence; the census
  lists are public-domain US government data): all given names, the most frequent surnames.

Every word of these lists falls on one side of a stable hash (`heldout_c`): one eighth of the
words is kept for held-out C (`data/pii/generate_c.py`) and never enters a lexicon; the rest is
what `build_lexicons.py` writes into `src/rung/privacy/lexicons/`. So lexicon and held-out C
never share a value.
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
import re
from pathlib import Path

LAST_NAME_LISTS = (
    "last_names",
    "last_names_female",
    "last_names_male",
    "male_last_names",
    "unisex_last_names",
)
FIRST_NAME_LISTS = (
    "first_names",
    "first_names_female",
    "first_names_male",
    "first_names_unisex",
    "first_names_nonbinary",
)
CENSUS_SURNAMES = 20_000  # the most frequent census surnames (of 88,799)
LATIN_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’]{2,}$")
PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
    ]
)


def heldout_c(word: str) -> bool:
    """Whether a name word belongs to held-out C (one eighth), not to the lexicons."""
    digest = hashlib.sha256(("rung-heldout-c:" + word.casefold()).encode()).digest()
    return digest[0] % 8 == 0


def _words(value: str) -> list[str]:
    """The name words of one list entry ('Ann-Marie' -> Ann, Marie; 'van Dijk' -> Dijk)."""
    parts = re.split(r"[\s\-]+", value.strip())
    return [p for p in parts if LATIN_WORD.match(p) and p.casefold() not in PARTICLES]


def _values(provider: object, attributes: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for attribute in attributes:
        try:
            values = getattr(provider, attribute, ())
        except Exception:  # some providers compute lists from others
            continue
        if isinstance(values, dict):
            values = tuple(values)
        if isinstance(values, (list, tuple, set, frozenset)):
            found |= {v for v in values if isinstance(v, str) and "{" not in v}
    return found


def faker_locales() -> list[str]:
    import faker.providers.person as person

    return sorted(m.name for m in pkgutil.iter_modules(person.__path__))


def faker_names(locale: str) -> tuple[set[str], set[str]]:
    """(given-name words, surname words) of one Faker locale, in Latin letters."""
    module = importlib.import_module(f"faker.providers.person.{locale}")
    provider = module.Provider
    given = {w for v in _values(provider, FIRST_NAME_LISTS) for w in _words(v)}
    family = {w for v in _values(provider, LAST_NAME_LISTS) for w in _words(v)}
    return given, family


def census_names(surnames: int = CENSUS_SURNAMES) -> tuple[set[str], set[str]]:
    """(given names, the most frequent surnames) of the US Census lists in `names`."""
    import names

    folder = Path(names.__file__).parent

    def read(name: str, limit: int | None = None) -> set[str]:
        lines = (folder / name).read_text(encoding="ascii").splitlines()
        return {line.split()[0].title() for line in lines[:limit] if line.strip()}

    given = read("dist.female.first") | read("dist.male.first")
    return given, read("dist.all.last", surnames)


def all_names() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Given-name and surname words by source ('census' or a Faker locale)."""
    given: dict[str, set[str]] = {}
    family: dict[str, set[str]] = {}
    given["census"], family["census"] = census_names()
    for locale in faker_locales():
        given[locale], family[locale] = faker_names(locale)
    return given, family
