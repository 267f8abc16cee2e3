"""A name after a role (`Handläggare: August P.`, `värd Per`, `host Arun,`, `Protokollförare
A. Berg`), moved out of `names_near` in round forty-one, which had passed 600 lines; a word that
is no role is tried again as the role of what follows it (`20 min. Driver Fred.`).
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.name_words import CAPITALS as _CAP
from rung.privacy.name_words import TITLES, role_compound, words
from rung.privacy.names_cues import _ends_in_a_word, _known_given, _no_cue, _rare

INITIAL_SURNAME = rf"[{_CAP}]\.[ \t]?[{_CAP}][^\W\d_]+(?:-[{_CAP}][^\W\d_]+)?"
_GIVEN_AND_ONE = (
    rf"[{_CAP}][^\W\d_]+(?:-[{_CAP}][^\W\d_]+)?[ \t][{_CAP}][^\W\d_'’]+(?:-[{_CAP}][^\W\d_]+)?"
)
_GIVEN_ALONE = rf"[{_CAP}][^\W\d_]+(?=[ \t]*(?:[,.;)]|$))"  # `värd Per`, `host Arun,`
_GIVEN_INITIAL = rf"[{_CAP}][^\W\d_]+[ \t][{_CAP}]\."  # `Handläggare: August P.`
_AFTER_ROLE = re.compile(
    rf"(?<![\w-])(?P<role>[^\W\d_]+)\.?:?[ \t]+"
    rf"(?P<name>{INITIAL_SURNAME}|{_GIVEN_INITIAL}|{_GIVEN_AND_ONE}|{_GIVEN_ALONE})(?![\w'’-])",
    re.M,
)
# Roles a name follows, besides the titles (kept out of `TITLES`: the name tagger's features read
# that list, and its model is built from them).
_ROLES = TITLES | words(
    """
    protokollförare programledare presenter quizmaster claimant respondent defendant plaintiff
    kärande svarande ordförande kassör treasurer host värd värden personal staff
    """
)
# Round forty-six (dev-en): a title, then a listed surname alone, a town's too (`kyrkoherde Lund`,
# `präst Berg i kyrkan`), no capitalised word after it.
_TITLED_SURNAME = re.compile(
    r"(?<![\w'’-])(?i:kyrkoherde|kyrkoherden|komminister|präst|prästen|pastor|kantor|biskop|"
    r"advokat|advokaten|rektor|rektorn|tandläkare|domare|rådman|rådmannen)"
    rf"[ \t]+([{_CAP}][a-zåäöéü]+)(?![\w'’-])(?![ \t]+[{_CAP}])"
)


# Round fifty-five (dev-gn): an estate's heading names the dead (`Dödsbo Sträng:`, `dödsbo
# Nazari`); not `Dödsboservice Norr`, one word.
_ESTATE = re.compile(
    rf"(?<![\w-])(?i:dödsbo|dödsboet)[ \t]+(?P<name>[{_CAP}][^\W\d_]+(?:-[{_CAP}][^\W\d_]+)?)"
    r"(?![\w'’-])"
)


# Round fifty-four (dev-gl): a name with its role in brackets after it (`Tkachenko (handläggare)
# och Nellie Claesson (restaurangägare)`).
_ROLE_AFTER = re.compile(
    rf"(?<![\w'’-])(?P<name>[{_CAP}][^\W\d_]+(?:-[{_CAP}][^\W\d_]+)?)[ \t]+"
    r"\((?P<role>[^\W\d_]+)\)"
)


def _before_role(match: re.Match[str]) -> bool:
    """A role's word in the brackets, before them a known given name, a listed surname or one
    rare word that ends in no everyday word."""
    name = match.group("name")
    if match.group("role").casefold() not in _ROLES or not _no_cue(name):
        return False
    listed = name.casefold() in name_rules.family_names() or given(name)
    return listed or (_rare(name) and not _ends_in_a_word(name))


def after_roles(text: str) -> list[tuple[int, int]]:
    """The names after roles; a word that is no role is tried again as the role of what follows
    it (`20 min. Driver Fred.`, `log: Driver Fred`); a listed surname after a title; the dead
    of an estate; a name before its role in brackets."""
    spans = []
    match = _AFTER_ROLE.search(text)
    while match is not None:
        if _after_role(match):
            spans.append(match.span("name"))
            match = _AFTER_ROLE.search(text, match.end())
        else:
            match = _AFTER_ROLE.search(text, match.start("name"))
    listed = name_rules.family_names()
    spans += [m.span(1) for m in _TITLED_SURNAME.finditer(text) if m[1].casefold() in listed]
    spans += [m.span("name") for m in _ESTATE.finditer(text) if _no_cue(m["name"])]
    return spans + [m.span("name") for m in _ROLE_AFTER.finditer(text) if _before_role(m)]


def _after_role(match: re.Match[str]) -> bool:
    """A role's name: an initial, a known given name, or one rare word alone."""
    first, *rest = match.group("name").replace(".", ". ").split()
    cut = len(first) <= 4 and match.string[match.end("name") : match.end("name") + 1] == "."
    alone = not rest and _rare(first) and not _ends_in_a_word(first) and not cut  # `host Arun`
    initial = len(rest) == 1 and re.fullmatch(r"\w\.", rest[0]) and _known_given(first)
    return (
        (match.group("role").casefold() in _ROLES or role_compound(match.group("role")))
        and (bool(re.fullmatch(r"\w\.", first)) or given(first) or alone or bool(initial))
        and all(_no_cue(w) for w in rest)
    )


def given(word: str) -> bool:
    """A known given name, an everyday word or stop word too (`Per`, `Max`), but no place or
    cue."""
    return _known_given(word) and word.casefold() not in name_rules.NOT_A_NAME


_FIRST_WORD = re.compile(r"([^\W\d_]+)[ \t]+")


def after_role_word(text: str, start: int, end: int) -> int:
    """The start of a tagged name after the role's compound word that opens it (`Kursledaren
    Anna`; round fifty-five, dev-gp)."""
    first = _FIRST_WORD.match(text, start, end)
    if first is not None and role_compound(first[1]):
        return start if name_rules.known_name(first[1]) else first.end()
    return start
