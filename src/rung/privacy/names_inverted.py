"""Round forty-one: the half of `Surname, Given` that nothing found, when the other half is a
PERSON and the cell ends after the given name (`names_cues.CELL_END`):
- a given name that is also a word after a listed surname (`Andersson, Per`, `Jones, Willow`,
  `Olsson, August.`), or one no list holds and no everyday word (`Nilsson, Lisen`);
- a surname before a found given name, at a row's or a label's start (`1. Jenkins, David –`,
  `ägare Modig, Lena (...)`, `DEATHS. ALI, Abigail, of ...`);
- round forty-six: both halves, neither found, at a list row's start before a phone number
  (`Engdahl, Dag – 0798693090`);
- round forty-nine: rows that start with a clock time, a desk's number, a cell's bar, a
  bracketed item's number or a new sentence, and cells that end at a passenger's title, a mark,
  or (on such a row) a verb (`2) Nielsen, Michelle vill ändra ...`).
The two halves become one PERSON, as `names_cues.inverted` makes them when both were found.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import PLACES, words
from rung.privacy.names_cues import CELL_END
from rung.privacy.names_forms import NO_SURNAME
from rung.privacy.names_worded import WORD_NAMES

# A capitalised word (or one in capitals) after `Surname, `.
_GIVEN_AFTER = re.compile(r",[ \t]([A-ZÅÄÖ][a-zåäöéü]+|[A-ZÅÄÖ]{2,})(?![\w'’-])")
_SURNAME_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÅÄÖ][a-zåäöéü]+|[A-ZÅÄÖ]{2,}),[ \t]\Z")
# What a row's or a label's surname may follow: the line's start (a bullet or a number
# before it), a colon, a bracket, a semicolon, a dash, or a lower-case word.
# Round forty-nine (dev-dz, dev-et, dev-r, dev-y): or a clock time at the line's start
# (`08.00 SCOTT, Laura`), a lower-case word and a number (`desk 2`, `bänk 4`), a cell's bar, or
# a sentence's end (`... Nordström. Brewer, Robin kommer`).
_NEW_ITEM = r"[a-zåäö)][.!?][ \t]+\Z|(?<![\w.])\d{1,2}\)[ \t]+\Z"  # `..., 2) Nielsen, Michelle`
_ROW_START = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•]|\d{1,3}[.)]|[A-Z]{2,}\.|[0-2]?\d[.:][0-5]\d)?[ \t]*\Z"
    r"|[:(;|][ \t]*\Z|[ \t][–-][ \t]*\Z|(?<![\w'’-])[a-zåäö]{2,}(?:[ \t]\d{1,3})?[ \t]+\Z"
    rf"|{_NEW_ITEM}"
)
_VERB_AFTER = re.compile(r"[ \t]+[a-zåäö]{2,}(?![\w'’-])")
# Where a row surely starts, so that a verb may end its name: a line's start, a bracketed item's
# number, a new sentence (not a lower-case word: `Clyde on Dolly, David on Conker`).
_SURE_START = re.compile(
    rf"(?:^|\n)[ \t]*(?:[-*•]|\d{{1,3}}[.)]|[0-2]?\d[.:][0-5]\d)?[ \t]*\Z|{_NEW_ITEM}"
)
# Round forty-nine (dev-x, dev-ep): a cell also ends at a passenger's title (`Lewis, Ivy MR`)
# or at a mark after the name (`Simpson, Don 72, Li, ...`).
_MORE_CELL_END = re.compile(r"[ \t](?:MR|MRS|MS|MISS|MSTR)\b|[ \t]\d{1,3}(?:[,;.]|[ \t]*$)", re.M)
_PLACED = words("i in från from till to på at vid near")


def completed(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each `Surname, Given` whose one half was found and the other was not (or
    was found as a PERSON of its own) made one PERSON, and the rows of names and phones."""
    result = list(findings)
    values = {f.start for f in findings if f.kind != "PERSON"}
    for person in [f for f in findings if f.kind == "PERSON"]:
        value = person.value(text)
        after = _GIVEN_AFTER.match(text, person.end)
        opens = _SURE_START.search(text, max(0, person.start - 40), person.start) is not None
        opens = opens and not value.isupper()
        if (
            after is not None
            and _surnames(value)
            and _cell_ends(text, after.end(), values, opens)
            and _given_word(after.group(1))
        ):
            result = _joined(result, person, after.span(1))
        before = _SURNAME_BEFORE.search(text, max(0, person.start - 40), person.start)
        if before is None:
            continue
        low = max(0, before.start() - 40)
        sure = _SURE_START.search(text, low, before.start()) is not None
        sure = sure and not before.group(1).isupper()  # `OBS, Maria kommer sent`: a note's word
        if (
            " " not in value
            and name_rules.given(value)
            and _ROW_START.search(text, low, before.start()) is not None
            and _cell_ends(text, person.end, values, sure)
            and _surname_word(before.group(1), value, text[low : before.start()])
        ):
            result = _joined(result, person, before.span(1))
    return _phone_rows(result, text)


# Round forty-six (dev-el): a row of a list, `Surname, Given – <phone>`, neither half found
# (`Engdahl, Dag – 0798693090` under `Hansen, Per-Olof – 0950-...`).
_PHONE_ROW = re.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]*|\d{1,3}[.)][ \t]+)?([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?),"
    r"[ \t]([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)[ \t]*[–—:-][ \t]*"
)


def _phone_rows(findings: list[Finding], text: str) -> list[Finding]:
    phones = {f.start for f in findings if f.kind == "PHONE"}
    added = []
    for match in _PHONE_ROW.finditer(text):
        start, end = match.span(1)[0], match.span(2)[1]
        if match.end() not in phones or any(f.start < end and start < f.end for f in findings):
            continue
        if _surnames(match.group(1)) and _given_word(match.group(2)):
            added.append(Finding("PERSON", start, end, 0.6))
    return findings + added if added else findings


def _cell_ends(text: str, end: int, values: set[int], opens: bool = False) -> bool:
    """The cell ends at `end` (`CELL_END`), or another kind of value follows after a comma
    (round forty-three, dev-dt: `Karlsson, Dag, Ekbackssvängen 6 A`), or (round forty-nine,
    dev-ff) a verb follows a name that surely `opens` a row (`2) Nielsen, Michelle vill ...`)."""
    comma = re.match(r",[ \t]+", text[end : end + 4])
    return (
        CELL_END.match(text, end) is not None
        or _MORE_CELL_END.match(text, end) is not None
        or (comma is not None and end + comma.end() in values)
        or (opens and _VERB_AFTER.match(text, end) is not None)
    )


def _joined(findings: list[Finding], person: Finding, span: tuple[int, int]) -> list[Finding]:
    """`findings` with `person` widened over the word at `span`, unless another kind covers the
    word or a PERSON other than the word alone does."""
    over = [f for f in findings if f.start < span[1] and span[0] < f.end]
    if person not in findings or any((f.start, f.end) != span or f.kind != "PERSON" for f in over):
        return findings
    whole = Finding("PERSON", min(person.start, span[0]), max(person.end, span[1]), person.score)
    return [f for f in findings if f is not person and f not in over] + [whole]


def _surnames(value: str) -> bool:
    """One or two words, each a listed surname (or every part of a hyphenated one) and no common
    given name here (`given.txt`; `Johnson` is a given name of the Census lists)."""
    parts = value.casefold().split()
    return 0 < len(parts) <= 2 and all(
        all(p in name_rules.family_names() for p in w.split("-"))
        and w not in name_rules.lexicon("given.txt")
        for w in parts
    )


def _given_word(word: str) -> bool:
    """A given name, one that is also a word (`Per`, `Willow`) included, or a word no list of
    names, places or everyday words holds (`Lisen`)."""
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    if key in name_rules.given_names() or key in WORD_NAMES or key in name_rules.word_given_names():
        return True  # round forty-three: `Pearson, Guy`
    listed = key in name_rules.family_names() or key in PLACES or key in name_rules.stop_words()
    return not listed and max(everyday_zipf(key)) < 3


def _surname_word(word: str, given: str, before: str) -> bool:
    """A listed surname or a word of no everyday list (`Jenkins`, `MA`, `Posse`), no given name
    (unless in capitals before one that is not: `ALI, Abigail`), no place, nor an answer's or a
    greeting's word; not after `i`/`from`."""
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    previous = before.split()[-1].casefold() if before.split() else ""
    if key in NO_SURNAME or previous in _PLACED:
        return False
    if key in PLACES:  # round forty-three: a town that is a listed surname before a given name
        return key in name_rules.family_names() and name_rules.given(given)  # `– Lund, Jonna`
    if name_rules.given(word) and not (word.isupper() and not given.isupper()):
        return False
    if key in name_rules.stop_words():
        return False
    if key in name_rules.family_names() or key in name_rules.word_surnames() or word.isupper():
        return True  # round forty-two: a surname that is a word too (`Black, Henry`)
    return max(everyday_zipf(key)) < 4
