"""Round twenty-two: names written as accounts. A user's folder in a path (`/home/per/`,
`C:\\Users\\ammar.ali\\`), a user name of a given name and a surname joined by a dot
(`ralph.brown`, not `config.yaml` nor a mail's domain), and a given name after a word for an
account (`Konto anders låstes`, `Mitt användarnamn är aina`, `Account louis locked`) and the
value of a name's key in a query string (`?name=yaaba&`; round fifty) are PERSONs, whole: no
part of them is left in the clear.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import words
from rung.privacy.tagger import everyday_zipf

_HOME = re.compile(r"(?:/home/|/Users/|\\Users\\)(?P<name>[^\W\d_][\w.-]*?)(?=[/\\]|\s|\Z)")
# Folders under a home that are no person's.
_NO_USER = words(
    """
    shared public admin administrator root runner ubuntu user users default guest app www git
    ci build deploy service svc test demo all everyone
    """
)
# Round thirty-two: joined by an underscore too (`samuel_nicholls`), and after an `@` that starts
# a mention (`@per.lundh`; not a mail's domain).
_DOTTED = re.compile(
    r"(?<![\w.@-])@?(?P<name>[a-zåäöéü]{2,}[._][a-zåäöéü]{2,}(?:-[a-zåäöéü]{2,})?)(?![\w@]|\.\w)"
)
_ACCOUNT = re.compile(
    r"(?i:konto|kontot|account|user|username|användare|användarnamn|login|disable|deactivate|"
    r"inaktivera|avaktivera|profile[ \t]+for)"
    r"(?:[ \t]+(?i:är|is|was|var))?[:=]?[ \t]*['\"]?(?P<name>[a-zåäöéü]{2,})(?![\w.@-])"
)
# Round fifty (dev-r): a name in a query string or a log's pair (`?name=yaaba&`,
# `first_name=Anna+Berg`); words joined by `+` or `%20`.
_NAME_PAIR = re.compile(
    r"(?<![\w-])(?i:name|namn|fname|lname|first_?name|last_?name|full_?name|given_?name|"
    r"family_?name|display_?name|förnamn|efternamn)="
    r"(?P<name>[^\W\d_][\w'’-]*(?:(?:\+|%20)[^\W\d_][\w'’-]*){0,3})(?=[&\s;,]|\Z)"
)
# A column of user names in a table's head (`username,display_name,email`).
_USER_COLUMN = words("username användarnamn user login account konto uid")


def _given(word: str) -> bool:
    return word.casefold() in name_rules.given_names()


def _dotted(value: str) -> bool:
    """A given name, a dot or an underscore and a surname: listed, or shaped like one, or a
    word of no language of four letters or more (`maria.kwiatkowska`; not `max.length`)."""
    first, _, last = value.replace("_", ".").partition(".")
    if "_" in value and all(everyday_zipf(part)[1] >= 4 for part in (first, last)):
        return False  # not `per_page`: two English words of code
    if "_" in value:  # not `max_retries`: a listed surname after an underscore
        return _given(first) and all(name_rules.listed(part) for part in last.split("-"))
    return _given(first) and all(_surname(part) for part in last.split("-"))


def _surname(part: str) -> bool:
    if name_rules.listed(part):
        return True
    return len(part) >= 4 and (name_rules.surname(part) or name_rules.no_word(part))


def _user_name(value: str) -> bool:
    """A user name made of a name (round thirty-two): a given name, or a name with one initial
    before or after it (`skumar`, `perssonl`, `annaj`), or a name joined by a dot."""
    if "." in value or "_" in value:
        return _dotted(value)
    if _given(value):
        return True
    if len(value) < 4 or not name_rules.no_word(value):  # not `locked`, `banners`
        return False
    return name_rules.listed(value[1:]) or name_rules.listed(value[:-1])


def _pair_word(word: str) -> bool:
    """A listed name, or a word of no language of three letters or more (`yaaba`; not `test`)."""
    return name_rules.listed(word) or (len(word) >= 3 and name_rules.no_word(word))


def _user_cells(text: str) -> list[tuple[int, int]]:
    """The cells under a table's column of user names whose values are made of names."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    if len(lines) < 2:
        return []
    sep = next((c for c in ",;\t|" if c in lines[0][1]), None)
    if sep is None:
        return []
    heads = [h.strip().casefold() for h in lines[0][1].split(sep)]
    column = next((i for i, h in enumerate(heads) if h in _USER_COLUMN), None)
    if column is None:
        return []
    spans = []
    for start, line in lines[1:]:
        cells = line.split(sep)
        if len(cells) != len(heads):
            continue
        offset = start + sum(len(c) + 1 for c in cells[:column])
        value = cells[column].strip()
        if re.fullmatch(r"[a-zåäöéü._]{3,30}", value) and _user_name(value):
            begin = offset + cells[column].index(value)
            spans.append((begin, begin + len(value)))
    return spans


def accounts(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the accounts of the module's kinds as whole PERSONs (over any PERSON
    found inside one or across its edge: `nilsson msg` of `user=annika_nilsson msg=`)."""
    spans = []
    for match in _HOME.finditer(text):
        if match.group("name").casefold() not in _NO_USER:
            spans.append(match.span("name"))
    for match in _DOTTED.finditer(text):
        if _dotted(match.group("name")):
            spans.append(match.span("name"))
    for match in _ACCOUNT.finditer(text):
        if _user_name(match.group("name")):
            spans.append(match.span("name"))
    for match in _NAME_PAIR.finditer(text):
        parts = re.split(r"\+|%20", match.group("name"))
        if all(_pair_word(part) for part in parts):
            spans.append(match.span("name"))
    spans += _user_cells(text)
    if not spans:
        return findings
    kept = [
        f
        for f in findings
        if not (f.kind == "PERSON" and any(s < f.end and f.start < e for s, e in spans))
    ]
    taken = [(f.start, f.end) for f in kept]
    added = [
        Finding("PERSON", s, e, 0.7)
        for s, e in dict.fromkeys(spans)
        if not any(a < e and s < b for a, b in taken)
    ]
    return kept + added
