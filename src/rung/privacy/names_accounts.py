"""Round twenty-two: names written as accounts. A user's folder in a path (`/home/per/`,
`C:\\Users\\ammar.ali\\`), a user name of a given name and a surname joined by a dot
(`ralph.brown`, not `config.yaml` nor a mail's domain), and a given name after a word for an
account (`Konto anders låstes`, `Mitt användarnamn är aina`, `Account louis locked`) are
PERSONs, whole: no part of them is left in the clear.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import words

_HOME = re.compile(r"(?:/home/|/Users/|\\Users\\)(?P<name>[^\W\d_][\w.-]*?)(?=[/\\]|\s|\Z)")
# Folders under a home that are no person's.
_NO_USER = words(
    """
    shared public admin administrator root runner ubuntu user users default guest app www git
    ci build deploy service svc test demo all everyone
    """
)
_DOTTED = re.compile(
    r"(?<![\w.@-])(?P<name>[a-zåäöéü]{2,}\.[a-zåäöéü]{2,}(?:-[a-zåäöéü]{2,})?)(?![\w@]|\.\w)"
)
_ACCOUNT = re.compile(
    r"(?i:konto|kontot|account|user|username|användare|användarnamn|login)"
    r"(?:[ \t]+(?i:är|is|was|var))?:?[ \t]+(?P<name>[a-zåäöéü]{2,})(?![\w.@-])"
)


def _given(word: str) -> bool:
    return word.casefold() in name_rules.given_names()


def _dotted(value: str) -> bool:
    first, _, last = value.partition(".")
    return _given(first) and all(name_rules.listed(part) for part in last.split("-"))


def accounts(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the accounts of the module's kinds as whole PERSONs (over any PERSON
    found inside one)."""
    spans = []
    for match in _HOME.finditer(text):
        if match.group("name").casefold() not in _NO_USER:
            spans.append(match.span("name"))
    for match in _DOTTED.finditer(text):
        if _dotted(match.group("name")):
            spans.append(match.span("name"))
    for match in _ACCOUNT.finditer(text):
        if _given(match.group("name")):
            spans.append(match.span("name"))
    if not spans:
        return findings
    kept = [
        f
        for f in findings
        if not (f.kind == "PERSON" and any(s <= f.start and f.end <= e for s, e in spans))
    ]
    taken = [(f.start, f.end) for f in kept]
    added = [
        Finding("PERSON", s, e, 0.7)
        for s, e in dict.fromkeys(spans)
        if not any(a < e and s < b for a, b in taken)
    ]
    return kept + added
