"""Round twenty-three: names written surname first, in a list of such names (`deltagare: Ahmed,
Ali, Sundström, Frida, Singh, Pradeep`, `rad 14 DEMIR, ALI; rad 22 ÅKESSON, EVA.`, a roll of
`BALDWIN, Glenn` lines, `Palm, Per, 641215-6702` rows): each pair one PERSON, found whole even
where no other rule found either half.

A pair is two words (hyphenated or not) joined by a comma, in capitals or with one, the second
not in capitals unless the first is, in a cell of its own: after a list's start (a colon, a
comma, a dash, a semicolon, a line's start, a row's number or a lower-case word) and before the
cell's end. A strong pair is a listed or surname-shaped word that is no common given name, then
a listed given name (`Sundström, Frida`); a weak one a common given name as the surname (`Ahmed,
Ali`) or two rare words (`SAETANG, SOMCHAI`). The pairs count once the text holds two strong
pairs, or one and two more.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import AMBIGUOUS, NAME_WORD
from rung.privacy.tagger import everyday_zipf

_PAIR = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[:,;–—-][ \t])|(?<=\d[ \t])|(?<=[a-zåäö][ \t]))[ \t]*"
    rf"(?P<surname>{NAME_WORD}),[ \t](?P<given>{NAME_WORD})"
    r"(?=[ \t]*(?:[,;\n(]|\.(?:\s|\Z)|\Z|[ \t](?:och|and|&)[ \t]))"
)
_ENOUGH = 2  # strong pairs in one text (or one strong and two more)


def pairs(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each pair of a list of surname-first names one PERSON; a PERSON that
    the pairs cover wholly (`Mustafa\nBALDWIN` over a roll's lines) is dropped, one that they do
    not drops the pairs it overlaps."""
    spans = _spans(text)
    if not spans:
        return findings
    people = [f for f in findings if f.kind == "PERSON"]
    covered = [f for f in people if _covered(f, spans, text)]
    kept = [f for f in findings if f not in covered]
    spans = [(s, e) for s, e in spans if not any(f.start < e and s < f.end for f in kept)]
    return kept + [Finding("PERSON", s, e, 0.7) for s, e in spans]


def _spans(text: str) -> list[tuple[int, int]]:
    """The pairs, when the text holds `_ENOUGH` whose surname is no common given name (or one,
    and two other pairs): those with a listed given name after a surname, and those of two rare
    words."""
    strong, weak = [], []
    for match in _PAIR.finditer(text):
        surname, given = match.group("surname"), match.group("given")
        if surname.isupper() != given.isupper() and not surname.isupper():
            continue  # `Ahmed, EVIN`: written alike, or the surname in capitals
        if not (_name(surname) and (_name(given) or _given(given))):  # `Palm, Per`
            continue
        span = (match.start("surname"), match.end("given"))
        if _given(given) and _surname(surname) and not _common_given(surname):
            strong.append(span)
        elif _given(given) or (_rare(surname) and _rare(given)):
            weak.append(span)  # `Ahmed, Ali`, `SAETANG, SOMCHAI` beside `Nilsson, Karl`
    enough = len(strong) >= _ENOUGH or (strong and len(strong) + len(weak) > _ENOUGH)
    return sorted(strong + weak) if enough else []


def _covered(finding: Finding, spans: list[tuple[int, int]], text: str) -> bool:
    """Every letter of `finding` inside a pair, and one pair at least inside `finding`."""
    inside = [(s, e) for s, e in spans if finding.start < e and s < finding.end]
    letters = [i for i in range(finding.start, finding.end) if text[i].isalpha()]
    return bool(inside) and all(any(s <= i < e for s, e in inside) for i in letters)


def _name(word: str) -> bool:
    key = word.casefold()
    return key not in name_rules.stop_words() and key not in name_rules.NOT_A_NAME


def _given(word: str) -> bool:
    return all(p in name_rules.given_names() for p in word.casefold().split("-"))


def _surname(word: str) -> bool:
    return name_rules.listed(word) or name_rules.surname(word)


def _common_given(word: str) -> bool:
    key = word.casefold()
    return (key in name_rules.lexicon("given.txt") or key in AMBIGUOUS) and not word.isupper()


def _rare(word: str) -> bool:
    return max(everyday_zipf(word.casefold())) < 3
