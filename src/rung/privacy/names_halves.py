"""Round thirty: a given name and the PERSON one space after it are one name (`Eva` `Nordberg` of
`Ansvarig: Eva Nordberg 070-457 79 23`, where the surname and the phone number's first digits had
been taken for a street and its number, and the address cut before the phone number left the
surname apart). Round forty-one: a given name that is also a word before a surname that is
none, in the same case (`hans mårtensson`, `mark thompson`, `Per Engman`). Round forty-two: or
before a capitalised surname that is a word too (`Mark French`, `Per Ring`).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.names import SEASONS
from rung.privacy.names_animals import ANIMAL_WORD
from rung.privacy.names_worded import WORD_NAMES

_PAIR = re.compile(r"(?<![\w'’@./-])([^\W\d_]{2,})(?= ([^\W\d_]{3,})(?![\w'’@-]))")


def joined(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` in order, with each PERSON of one given name joined to the PERSON one space
    after it."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        last = out[-1] if out else None
        if (
            last is not None
            and f.kind == last.kind == "PERSON"
            and text[last.end : f.start] == " "
            and name_rules.given(last.value(text))
        ):
            out[-1] = Finding("PERSON", last.start, f.end, max(last.score, f.score))
        else:
            out.append(f)
    return out


def word_given(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each given name that is also a word (`per`, `Mark`, `hans`) one space
    before a surname of the public lists (which hold no word of the spelling lists: not `berg`),
    written in the same case, or one of the surnames that are words when both are capitalised
    (`Mark French`), made one PERSON with it (the surname found or not)."""
    result = list(findings)
    for match in _PAIR.finditer(text):
        given, family = match.group(1), match.group(2)
        key = family.casefold()
        if (
            given.casefold() not in WORD_NAMES
            or re.fullmatch(ANIMAL_WORD, f"{given} {family}")  # `Jack Russell`, a breed
            or given[0].isupper() != family[0].isupper()
            or not (given[1:].islower() and family[1:].islower())
            or not _surname(key, capital=given[0].isupper() and given.casefold() not in SEASONS)
            or key in name_rules.stop_words()
        ):
            continue
        start, end = match.start(1), match.end(2)
        over = [f for f in result if f.start < end and start < f.end]
        if all(f.kind == "PERSON" and start <= f.start and f.end <= end for f in over):
            result = [f for f in result if f not in over] + [Finding("PERSON", start, end, 0.6)]
    return result


# Round forty-three (dev-dv): a row of a list that holds a name in lower case and maybe a time or
# a number (`esme woods 9:10`, `robert powers 9:25`).
_ROW_PAIR = re.compile(r"(?m)^[ \t]*([a-zåäöéü]{2,}) ([a-zåäöéü]{3,})(?=[ \t]+\d|[ \t]*$)")


def row_word_surnames(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with a lower-case given name found at a row's start widened over a surname that
    is a word too after it (`esme woods 9:10`), when the row holds nothing else but a number."""
    result = list(findings)
    for match in _ROW_PAIR.finditer(text):
        given = next(
            (f for f in result if (f.start, f.end) == match.span(1) and f.kind == "PERSON"), None
        )
        family = match.group(2)
        if given is None or family not in name_rules.word_surnames():
            continue
        if any(f.start < match.end(2) and match.start(2) < f.end for f in result):
            continue
        result = [f for f in result if f is not given]
        result.append(Finding("PERSON", match.start(1), match.end(2), given.score))
    return result


def _surname(key: str, capital: bool) -> bool:
    """A surname of the public lists, or (capitalised) one that is a word too."""
    public = key in name_rules.lexicon("surnames-public.txt")
    return public or (capital and key in name_rules.word_surnames())
