"""Round twenty-three: names written surname first, in a list of such names (`deltagare: Ahmed,
Ali, Sundström, Frida, Singh, Pradeep`, `rad 14 DEMIR, ALI; rad 22 ÅKESSON, EVA.`, a roll of
`BALDWIN, Glenn` lines, `Palm, Per, 641215-6702` rows): each pair one PERSON, found whole even
where no other rule found either half.

A pair is two words (hyphenated or not) joined by a comma, in capitals or with one, the second
not in capitals unless the first is, in a cell of its own: after a list's start (a colon, a
comma, a dash, a semicolon, a line's start, a row's number or a lower-case word) and before the
cell's end. A strong pair is a listed or surname-shaped word that is no common given name, then
a listed given name (`Sundström, Frida`); a weak one a common given name as the surname (`Ahmed,
Ali`) or two rare words (`SAETANG, SOMCHAI`). The pairs count once the text holds two, one of
them strong, or one strong pair with its surname in capitals (`recipient JONES, John William`).

Round twenty-four: a side may have two words (`Johansson Forsell, Frida`, `JONES, John William`);
a list's number before a pair (`1. Abdullah, Dilshad 2. ...`) and an amount or a colon after it
(`Sjölund, Therese 48 208 kr`, `Davies, Nell: paid`) are a cell's bounds too; an address that
starts inside a pair (`Cornelia 4` of `Nordin, Cornelia 4. Lundin, Ebba`) gives way to it.

Round forty: two pairs joined by `och`/`and`/`&`/`to` count wherever a sentence holds them
(`Saetang, Siriporn och Virtanen, Hannu har flyttat`, `Fields, Paul to Cooper, Lawrence`).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import AMBIGUOUS, NAME_WORD
from rung.privacy.tagger import everyday_zipf

_PAIR = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[:,;–—-][ \t])|(?<=\d[ \t])|(?<=\d\.[ \t])|(?<=[a-zåäö][ \t]))[ \t]*"
    rf"(?P<surname>{NAME_WORD}(?:[ \t]{NAME_WORD})?),"
    rf"[ \t](?P<given>{NAME_WORD}(?:[ \t]{NAME_WORD})?)"
    r"(?=[ \t]*(?:[,;:\n(]|\.(?:\s|\Z)|\Z|[ \t](?:och|and|&)[ \t])|[ \t]+[\d£$€])"
)  # round twenty-four: two words a side, a list's number before, an amount or a colon after
# Round forty (dev-db, dev-dd): two pairs joined in a sentence (`Saetang, Siriporn och Virtanen,
# Hannu har flyttat`, `Fields, Paul to Cooper, Lawrence`), each a pair wherever the sentence goes.
_JOINED = re.compile(
    rf"(?<![\w,-])(?P<surname>{NAME_WORD}),[ \t](?P<given>{NAME_WORD})[ \t](?:och|and|&|to|till)"
    rf"[ \t](?P<surname2>{NAME_WORD}),[ \t](?P<given2>{NAME_WORD})(?![\w-])"
)
# Round fifty-two (dev-be): a pair in capitals alone in a record's cell, between a line's bounds,
# a label's colon or a bar or slash (`BOKNING TXY5G7 / NYSTRÖM, KARL / 2 VUXNA`); it counts alone.
_CAPITALS_CELL = re.compile(
    r"(?:(?<=^)|(?<=[\n:/|]))[ \t]*(?P<surname>[A-ZÅÄÖÆØÉ]{2,}),[ \t](?P<given>[A-ZÅÄÖÆØÉ]{2,})"
    r"(?=[ \t]*(?:\n|\Z|[/|][ \t]))"
)
_ENOUGH = 2  # pairs in one text, one of them strong (round twenty-four: was two strong, or three)


def pairs(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each pair of a list of surname-first names one PERSON; a PERSON that
    the pairs cover wholly (`Mustafa\nBALDWIN` over a roll's lines) is dropped, as is an address
    that starts inside a pair; any other finding drops the pairs it overlaps."""
    spans = _spans(text)
    if not spans:
        return findings
    people = [f for f in findings if f.kind == "PERSON"]
    covered = [f for f in people if _covered(f, spans, text)]
    covered += [f for f in findings if f.kind == "ADDRESS" and _starts_inside(f, spans)]
    kept = [f for f in findings if f not in covered]
    spans = [(s, e) for s, e in spans if not any(f.start < e and s < f.end for f in kept)]
    return kept + [Finding("PERSON", s, e, 0.7) for s, e in spans]


def _spans(text: str) -> list[tuple[int, int]]:
    """The pairs, when the text holds `_ENOUGH`, one of them strong (a surname that is no
    common given name), or one strong pair whose surname is in capitals (`JONES, John`): those
    with a listed given name after a surname, and those of two rare words."""
    strong, weak = [], []
    capitals = 0  # strong pairs of a surname in capitals and a given name not, or in a cell
    cells = {(m.start("surname"), m.end()) for m in _CAPITALS_CELL.finditer(text)}
    for surname, start, given_name, end in _candidates(text):
        surnames, givens = surname.split(), given_name.split()
        if len(surnames) == 2 and surnames[0].isupper() != surnames[1].isupper():
            start += len(surnames[0]) + 1  # `Recipient PARKER, Olivia`: the surname alone
            surnames = surnames[1:]
        if surnames[0].isupper() != givens[0].isupper() and not surnames[0].isupper():
            continue  # `Ahmed, EVIN`: written alike, or the surname in capitals
        if not all(map(_name, surnames)) or not all(_name(w) or _given(w) for w in givens):
            continue  # `Palm, Per`
        span = (start, end)
        if span in strong or span in weak:
            continue
        given = all(map(_given, givens))
        if given and all(_surname(w) and not _common_given(w) for w in surnames):
            strong.append(span)  # `Johansson Forsell, Frida`, `JONES, John William`
            capitals += surnames[0].isupper() and (not givens[0].isupper() or span in cells)
        elif len(surnames) == 1 and (given or (_rare(surnames[0]) and _rare(givens[0]))):
            weak.append(span)  # `Ahmed, Ali`, `SAETANG, SOMCHAI` beside `Nilsson, Karl`
    enough = (strong and len(strong) + len(weak) >= _ENOUGH) or capitals
    return sorted(strong + weak) if enough else []


def _candidates(text: str) -> list[tuple[str, int, str, int]]:
    """Each pair's surname, its start, given name and its end, by `_PAIR`, `_JOINED` and
    `_CAPITALS_CELL`."""
    found = []
    for match in [*_PAIR.finditer(text), *_JOINED.finditer(text), *_CAPITALS_CELL.finditer(text)]:
        for n in ("", "2") if "surname2" in match.groupdict() else ("",):
            surname, given = f"surname{n}", f"given{n}"
            found.append(
                (match.group(surname), match.start(surname), match.group(given), match.end(given))
            )
    return found


def _covered(finding: Finding, spans: list[tuple[int, int]], text: str) -> bool:
    """Every letter of `finding` inside a pair, and one pair at least inside `finding`."""
    inside = [(s, e) for s, e in spans if finding.start < e and s < finding.end]
    letters = [i for i in range(finding.start, finding.end) if text[i].isalpha()]
    return bool(inside) and all(any(s <= i < e for s, e in inside) for i in letters)


def _starts_inside(finding: Finding, spans: list[tuple[int, int]]) -> bool:
    """An address that starts in a pair's given name (`3. Jakobsson, Cornelia 4. Nilsson`)."""
    return any(s < finding.start < e for s, e in spans)


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
