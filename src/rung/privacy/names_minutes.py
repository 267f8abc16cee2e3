"""Round forty-two: a surname alone as minutes, rotas and ladders write it (`Chambers to draft the
letter`, `Smith disputes the warning`, `Week 7: Smith at no. 32`), and a case named after its
person (`kan du ta Qvist-ärendet?`, dev-dr). Over the 94 dev sets, a listed surname or one
that is a word too (`names.word_surnames`), no given name, in the first two places is a labelled
name 37 times and something else 0 times, less the words left out below (`Hope to see you`,
`Driver will call`, `Leak reported`); a known name before `-ärendet` 3 times and 0."""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import words

# At a sentence's or a line's start: an action (`to draft`) or a verb of the minutes.
_ACTS = re.compile(
    r"(?:^|(?<=[.:;])[ \t]|\n)(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t](?:to[ \t][a-z]{3,}|"
    r"(?:disputes|disputed|agreed|asked|reported|said|says|noted|proposed|will|thanked|"
    r"confirmed|raised|clocked)[ \t])"
)
# Anywhere: a house on a rota (`Smith at no. 32`).
_AT_NUMBER = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+)[ \t]at[ \t](?:no\.|number|nr)[ \t]?\d")
_NOT_NAMES = words("hope good driver leak nice great happy glad time")
# Round fifty-four (dev-gj): after a paragraph's number in Swedish minutes, before a word in lower
# case (`§ 4 Eklund tar kontakt med översättaren`).
_PARAGRAPH = re.compile(
    r"§[ \t]?\d{1,3}[.:]?[ \t]+(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)"
    r"[ \t]+(?=[a-zåäö])"
)
# A case named after its person: a known name before `-ärendet` (`Nilsson-ärendet`,
# `Svensson-Nilsson-ärendet`).
_CASE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)-(?:ärendet|ärendets|ärende|"
    r"fallet|skadan)(?![\w-])"
)


def surnames(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and each surname above that no finding covers."""
    found = list(findings)
    matches = (_ACTS, _AT_NUMBER, _CASE, _PARAGRAPH)
    for match in (m for pattern in matches for m in pattern.finditer(text)):
        start, end = match.span("name")
        if any(f.start < end and start < f.end for f in found):
            continue
        case = match.re is _CASE and all(map(name_rules.known_name, match["name"].split("-")))
        if case or (match.re is not _CASE and _surname(match["name"])):
            found.append(Finding("PERSON", start, end, 0.6))
    return found


def _surname(word: str) -> bool:
    """A listed surname or one that is a word too, no given name and no word left out above."""
    key = word.casefold()
    if key in _NOT_NAMES or key in name_rules.stop_words() or key in name_rules.given_names():
        return False
    parts = key.split("-")
    return all(p in name_rules.family_names() or p in name_rules.word_surnames() for p in parts)
