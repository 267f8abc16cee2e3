"""Round thirty-eight (dev-cv, local news): who scored, by a sports report's results (rung.privacy.
detect):

- the scorers after a scorer's word, each a surname (or an initial and a surname, or a full name)
  before the goals or the minute (`Mål: Virtanen 2, Maria Andersson`, `Målen gjordes av Söder
  (66), Andersson (54)`, `Goals: A. Nowak 41`);
- a bowler's figures in brackets (`beat Stockport County 150 (Smith 4-22)`) and a Gaelic game's
  scorers (`Colin Alexander 0-7, Fields 1-0`), by a listed name only, since teams are written so
  too (`Clarecastle 2-14`);
- a place in a results list (`1. Strid 71, 2. Johansson 73, 3. R. Malmberg 74`).

Each name is one or two capitalised words, no stop word, place, label or thing of the lexicon.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding

_CAP = r"[A-ZÅÄÖØÆÉŁŚŻÇŞ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?"
_NAME = rf"(?:[A-ZÅÄÖ]\.[ \t]?)?{_CAP}(?:[ \t]{_CAP})?"
_SCORE = r"[ \t]*(?:\(\d{1,3}(?:[,:]\d{1,2})?\)|\d{1,3}(?:-\d{1,3})?)(?![\w:.-])"
_CUE = (
    r"(?i:mål|målen[ \t]+gjordes[ \t]+av|målskyttar|målskytt|assist|assists|goals|scorers|"
    r"scorer|poäng|points)"
)
# The cue, then the list: names with their goals, by commas, `och`, `and` or `&`; the first with
# its goals (not a court's case: `i mål KFM 87435-26`).
_SCORERS = re.compile(
    rf"(?<![\w-]){_CUE}:?[ \t]+(?P<list>{_NAME}{_SCORE}"
    rf"(?:(?:,[ \t]*|[ \t]+(?:och|and|&)[ \t]+){_NAME}(?:{_SCORE})?)*)"
)
_ITEM = re.compile(rf"(?P<name>{_NAME})(?:{_SCORE})?")
# A bowler's figures (`(Smith 4-22)`), a Gaelic scorer's (`, Fields 1-0`), a placing
# (`2. Johansson 73`); not a village's number after a comma (`Camilla Ekholm, Bo 117`).
_FIGURES = re.compile(
    rf"(?:\(|,[ \t]+)(?P<name>{_NAME})[ \t]+\d{{1,2}}-\d{{1,3}}(?=[),.;]|\Z)"
    rf"|\b\d{{1,2}}\.[ \t]+(?P<placed>{_NAME})[ \t]+\d{{2,3}}(?=[),.;]|[ \t]+\(|\Z)"
)


def scorers(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the scorers and placings above that no finding covers yet."""
    spans = []
    for match in _SCORERS.finditer(text):
        at = match.start("list")
        for item in _ITEM.finditer(match.group("list")):
            if _may_be_scorer(item.group("name"), listed=False):
                spans.append((at + item.start("name"), at + item.end("name")))
    for match in _FIGURES.finditer(text):
        group = "name" if match.group("name") else "placed"
        if _may_be_scorer(match.group(group), listed=True):
            spans.append(match.span(group))
    added: list[Finding] = []
    for start, end in spans:
        if not any(f.start < end and start < f.end for f in findings + added):
            added.append(Finding("PERSON", start, end, 0.55))
    return findings + added


def _may_be_scorer(name: str, listed: bool) -> bool:
    """No stop word, label, place or thing; the last word a listed name, or (without `listed`) a
    word no language uses much (not `Totalt`)."""
    from rung.privacy.name_words import EVERY_PLACE
    from rung.privacy.tagger import everyday_zipf
    from rung.privacy.thing_words import things

    words = [w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", name) if len(w) > 1]
    every, _ = things()
    if not words or name.casefold() in every or any(w.isupper() for w in name.split()[-1:]):
        return False
    if any(w in name_rules.stop_words() or w in name_rules.NOT_A_NAME for w in words):
        return False
    if any(w in EVERY_PLACE for w in words):
        return False
    return name_rules.listed(words[-1]) or (not listed and max(everyday_zipf(words[-1])) < 4)
