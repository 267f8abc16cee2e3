"""Names in a list of names (`names_near.near` reads them; split out of it in round fifty-four).

- One word between names in a list (`Lag: A B, Frank, C D.`, `(Drew, X)`, `Avbytare: A B,
  Modig`) is a name when it is in a list of names, though it is also a word (round nineteen); a
  list's capitalised given name that is also a word (`A B, Per, C D`, round twenty).
- A list's item of a given name and a surname (`A B, C D, June Jenkins`); a rota's names after
  weekdays (`Monday Amy, Friday Rob`) (round twenty-three).
- A value after each list's item (`Pick rates: Ann 142, Bo 131`, `rsvp: eva yes, bo no`) (round
  fifty-three).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import NAME_WORD, WEEKDAYS, words
from rung.privacy.names_cues import _CLOSINGS, _no_cue
from rung.privacy.names_late import list_pieces
from rung.privacy.names_roles import given as _given
from rung.privacy.names_worded import MONTHS, WORD_NAMES

_WORD = r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)?"
# A clause: no line break, colon, sentence end or bracket inside; its items are cut as a labelled
# list's are (`names_late.list_pieces`).
_CLAUSE = re.compile(r"[^\n:.!?()\[\]]+")
_TIGHT_COMMA = re.compile(r",[^\s\d]")
_TWO = re.compile(rf"({NAME_WORD}) ({NAME_WORD})")
# A weekday before a list's item (a rota: `Monday Amy, Tuesday Tom, Friday Rob`).
_DAY_FIRST = re.compile(rf"(?i:{'|'.join(sorted(WEEKDAYS))})[ \t]+(?=[^\W\d_])")
_ONE_WORD = re.compile(_WORD)
# Round fifty-three (dev-ai, dev-at): a value after each list's item (`Pick rates: Ann 142, Bo
# 131, Will 96`, `rsvp: eva yes, bo no, nick maybe`).
_VALUE_LAST = re.compile(r"[ \t]+(?:\d[\d.,:–-]*|yes|no|maybe|ja|nej|kanske)[ \t]*\Z")
# Seasons (months and days are in `NOT_A_NAME`, which `_no_cue` and `_given` read).
_SEASONS = words("vår sommar höst vinter spring summer autumn winter")


def name_word(word: str) -> bool:
    """A word of the name lists, an everyday word too or not; no cue, place, month, day, season
    or closing."""
    key = word.casefold()
    listed = name_rules.listed(key)
    ok = _no_cue(word) and key not in _SEASONS and key not in _CLOSINGS
    return (listed or key in WORD_NAMES) and ok


def signed(word: str) -> bool:
    """A known given name that is no closing, month or day (`Frank`, not `Love` or `May`)."""
    return _given(word) and word.casefold() not in (*_CLOSINGS, *_SEASONS)


def in_lists(findings: list[Finding], text: str) -> list[tuple[int, int]]:
    """One-word items next to a name in a list of names: two items at least, every other item
    (but words like it) a whole name; in two items, the other one."""
    people = [f for f in findings if f.kind == "PERSON"]
    spans = []
    for clause in _CLAUSE.finditer(text):
        if _TIGHT_COMMA.search(text, clause.start(), clause.end()):
            continue  # a CSV row is no list (`Ruth,Brown,Cambridge`)
        items = list_pieces(text, clause.start(), clause.end())
        if len(items) < 2:
            continue
        days = [_DAY_FIRST.match(text, s, e) for s, e in items]
        rota = sum(d is not None for d in days) >= 2  # `Monday Amy, Tuesday Tom, Friday Rob`
        if rota:
            items = [(d.end(), e) if d else (s, e) for d, (s, e) in zip(days, items, strict=True)]
        values = [_VALUE_LAST.search(text, s, e) for s, e in items]
        if sum(v is not None for v in values) >= 2:
            ends = [v.start() if v else e for v, (_, e) in zip(values, items, strict=True)]
            items = [(s, end) for (s, _), end in zip(items, ends, strict=True)]
        named = [any(f.start <= s and e <= f.end for f in people) for s, e in items]
        rota = rota and any(named)
        if sum(named) < min(2, len(items) - 1) and not rota:
            continue
        for i, (s, e) in enumerate(items):
            word = text[s:e]
            beside = (i > 0 and named[i - 1]) or (i + 1 < len(items) and named[i + 1])
            beside = beside or (rota and days[i] is not None)
            if named[i] or not beside:
                continue
            if _two_words(word):
                spans.append((s, e))  # `A B, C D, June Jenkins`
                continue
            if not _ONE_WORD.fullmatch(word):
                continue
            capital = word[:1].isupper() and signed(word)  # `A B, Per, C D`; not `Love,`
            if capital or (
                (word[:1].isupper() or (word.islower() and _lower_list(text, items, named)))
                and name_word(word)
            ):
                spans.append((s, e))
    return spans


def _two_words(item: str) -> bool:
    """A list's item of a given name (or a month that is one) and a listed surname, both
    capitalised (`June Jenkins`, `Tom Hart` beside other names)."""
    match = _TWO.fullmatch(item)
    if match is None:
        return False
    first, second = match.group(1), match.group(2)
    return (
        (_given(first) or first.casefold() in MONTHS)
        and second.casefold() in name_rules.family_names()
        and second.casefold() not in name_rules.stop_words()
    )


def _lower_list(text: str, items: list[tuple[int, int]], named: list[bool]) -> bool:
    """A list whose names are written in lower case (a chat)."""
    return all(text[s:e].islower() for (s, e), n in zip(items, named, strict=True) if n)
