"""The checks a name that only the name tagger found must pass before the detector adds it
(`Detector._with_tagger`): not an everyday word of one language, a loanword with a Swedish
ending, a contraction, an identifier, a term in capitals or a verb after `att`. Moved out of
`person_checks` in round thirty-nine, which had passed 600 lines."""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy import names_lowercase
from rung.privacy.name_words import WEEKDAYS
from rung.privacy.person_checks import capital_term, contraction, one_language_only
from rung.privacy.tagger import everyday_zipf


def no_name(value: str, window: str, start: int, end: int) -> bool:
    """Whether the tagger's name `value` at `window[start:end]` is no name after all."""
    lower = window.islower()
    return (
        (lower and common_one_language(value))  # "thaer akkad owes me lunch": not `owes`
        or (lower and everyday_unnamed(value))  # "no names at all": not `names`
        or (value.islower() and names_lowercase.everyday_word(value.casefold()))  # "bästa tiden"
        or lower_loanword(value)  # "när builden är grön": not `builden`
        or swedish_inflection(value)  # "har hämtats", "har du swishat": a verb's form
        or contraction(value)  # "he hasn't replied"
        or kebab_slug(value)  # "record pedal-lantern-handle-rung-mantle": an identifier
        or capital_term(value, window, end)  # "RUT-avdrag": a term
        or after_infinitive_mark(value, window, start)  # "tur att fodra": a verb
        or (not lower and mostly_one_language(value))  # "Brevet kom i retur"
        or (not lower and one_language_only(value))  # "Inbetalning", "Prescribed"
        or re.sub(r"['’]s?\Z", "", value.casefold()) in WEEKDAYS  # "after Sunday's game" (r. 44)
        or _house_before_street(value, window, end)  # `Rose Cottage, The Paddock` (r. 51)
    )


_HOUSE = re.compile(r"[ \t](?:Cottage|House|Lodge|Farm|Farmhouse|Barn|Manor|Grange|Rectory)\Z")
_PART_AFTER = re.compile(r"[ \t]*[,\n][ \t]*[A-Z0-9]")


def _house_before_street(value: str, window: str, end: int) -> bool:
    """A British house's name before the rest of its address (`Rose Cottage, The Paddock,
    Exeter ...`, `Holly Cottage, The Parade\nCambridge`; round fifty-one, dev-fp, dev-ft)."""
    return _HOUSE.search(value) is not None and _PART_AFTER.match(window, end) is not None


def common_one_language(value: str) -> bool:
    """One word of one language only and common in it (Zipf 3+: `owes`, `mejlet`), not a name."""
    words = name_rules.WORD.findall(value)
    return len(words) == 1 and one_language_only(value) and max(everyday_zipf(words[0])) >= 3


def everyday_unnamed(value: str) -> bool:
    """One everyday word (Zipf 4+ in Swedish or English: `names`, `files`) that is no known
    given name or surname: in lower-case chat the tagger alone does not make it a name. (In a
    text that capitalises, a lower-case find must be no word of the name lists at all:
    `names_lowercase.everyday_word`, round forty.)"""
    words = name_rules.WORD.findall(value)
    return (
        len(words) == 1
        and max(everyday_zipf(words[0])) >= 4
        and not name_rules.known_name(words[0])
    )


_SWEDISH_ENDINGS = ("arna", "erna", "en", "et", "ade")  # not `-a`, `-n`: names end so


def lower_loanword(value: str) -> bool:
    """A lower-case word of chat that is no name: one letter, two that make an everyday word
    (`sa`), or an English word with a Swedish ending (`builden`, `ticketen`, `pushade`: a stem
    of four letters or more, common in English, Zipf 3+, and no known name), unless a known
    given name."""
    words = name_rules.WORD.findall(value)
    if len(words) != 1 or not value.islower():
        return False
    word = words[0]
    if len(word) <= 2:
        return len(word) == 1 or max(everyday_zipf(word)) >= 3  # not `li`
    if name_rules.given(word):
        return False
    for ending in _SWEDISH_ENDINGS:
        stem = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(stem) >= 4
            and everyday_zipf(stem)[1] >= 3
            and not name_rules.known_name(stem)  # `louisa`, `alvina`: a name's form
        ):
            return True
    return False


_INFLECTIONS = (("ats", "a"), ("ades", "a"), ("ade", "a"), ("at", "a"), ("at", ""))


def swedish_inflection(value: str) -> bool:
    """A lower-case word that is a Swedish verb's participle or past (`hämtats`, `swishat`,
    `pushade`): its stem, with `-a` or bare, is an everyday Swedish word (Zipf 3+) and no known
    name, nor is the word (round forty)."""
    if not value.islower() or not value.isalpha() or name_rules.known_name(value):
        return False
    for ending, stem_end in _INFLECTIONS:
        stem = value[: -len(ending)] + stem_end
        if (
            value.endswith(ending)
            and len(stem) >= 4
            and everyday_zipf(stem)[0] >= 3
            and not name_rules.known_name(stem)
        ):
            return True
    return False


_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}")


def kebab_slug(value: str) -> bool:
    """One lower-case token of three or more parts joined by hyphens, none of them a known
    name: an identifier (`pedal-lantern-handle-rung-mantle`, `fix-login-timeout`), not a
    name. A hyphenated name written in lower case has two parts (`khanh-vy`, `al-naqeeb`)
    or a known name among them."""
    return bool(_KEBAB.fullmatch(value)) and not any(
        name_rules.known_name(part) for part in value.split("-")
    )


def mostly_one_language(value: str) -> bool:
    """One capitalised word much more common in one language than in the other (Zipf 3+, and
    2 more than in the other: `Brevet`, `Appen`, `Kund`), not a known name: a noun."""
    words = name_rules.WORD.findall(value)
    if len(words) != 1 or name_rules.known_name(words[0]):
        return False
    swedish, english = everyday_zipf(words[0])
    return max(swedish, english) >= 3 and abs(swedish - english) >= 2


def after_infinitive_mark(value: str, text: str, start: int) -> bool:
    """An unknown lower-case word in `-a` after `att`, Swedish's mark of the infinitive: a verb
    (`tur att fodra`), which the rebuilt tagger of round thirty-nine took for a name (of the dev
    sets' unknown lower-case names after `att`, none ends in `-a`: `naheed`, `shufen`, `diyar`)."""
    if not value.islower() or not value.endswith("a") or name_rules.known_name(value):
        return False
    return _ATT_BEFORE.search(text, max(0, start - 8), start) is not None


_ATT_BEFORE = re.compile(r"(?<![\w-])att[ \t]+\Z")
