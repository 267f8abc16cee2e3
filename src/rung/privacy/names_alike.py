"""Round fifty-nine: a list's item written as its named items are (dev-ao, dev-bb, dev-ai, dev-be,
dev-hl): `1 Burns, 2 Saarinen, 3 González`, `Jasmina (dag), Juni (dag), Lina (kväll)`, `mån Jojje,
tis Lars, ons Mo`, and rows (`Norling, Bäckebo 97` under `Bondarenko, Läkarvägen 1, 871 29
Härnösand` and `Nilsson, Nötskrikesvängen 22, ...`). An item whose shape (its words' and numbers'
classes and its marks; the name's words as one slot, another finding's as its kind, a row's label as
written) is that of two named items of its list at least, and of more named items than unnamed ones,
names a person in the same slot when the word there may be a name: one of the name lists or of no
everyday list, no stop word or place. In lower case only where the named items are in lower case
too, and only a given name.
"""

from __future__ import annotations

import re
from collections import Counter

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import PLACES, SHORT_DAYS, WEEKDAYS
from rung.privacy.names_worded import MONTHS, WORD_NAMES

# A list runs from a colon or a sentence's start to the next (`Scorers: A 1-4, B 0-5.`); its
# items are split at commas, semicolons and `och`/`and`/`&`.
_LIST_END = re.compile(r"[ \t]*(?::[ \t]+|(?<=[^\W\d_]{2})[.!?][ \t]+)")
_SEPARATOR = re.compile(r"[ \t]*(?:[,;][ \t]+|[ \t](?:och|and|&)[ \t]+)[ \t]*")
# A row's label: words and a colon at its start (`Avdelning: Spårare` is no `Målsman: Per Berg`).
_LABEL = re.compile(r"[^\W\d_][^:\n]{0,30}:[ \t]")
_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\w\s]")

Shape = tuple[str, ...]


def alike(findings: list[Finding], text: str) -> list[tuple[int, int]]:
    """The spans of one-word names in items shaped as the named items of their list are: the
    items of each list in a line, and the lines of the text (rows)."""
    spans: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*[^\s][^\n]*", text)]
    for start, end in lines:
        left = start
        for stop in _LIST_END.finditer(text, start, end):
            spans += _in_list(text, _items(text, left, stop.start()), findings)
            left = stop.end()
        spans += _in_list(text, _items(text, left, end), findings)
    return spans + _in_list(text, lines, findings)


def _in_list(
    text: str, items: list[tuple[int, int]], findings: list[Finding]
) -> list[tuple[int, int]]:
    """The names of one list's unnamed items (three items at least), as the module says."""
    if len(items) < 3:
        return []
    named: Counter[Shape] = Counter()
    lower: dict[Shape, bool] = {}
    unnamed: list[list[tuple[Shape, tuple[int, int]]]] = []
    for s, e in items:
        inside = [f for f in findings if f.start < e and s < f.end]
        people = [f for f in inside if f.kind == "PERSON"]
        others = [f for f in inside if f.kind != "PERSON"]
        tokens = [m.span() for m in _TOKEN.finditer(text, s, e)]
        label = _LABEL.match(text, s, e)
        head: Shape = ()
        if label is not None and not any(f.start < label.end() for f in people):
            head = (_label_key(label[0]),)  # a form's row: its label as written (`Målsman: N`)
            tokens = [t for t in tokens if t[0] >= label.end()]
        if not people:
            free = [t for t in tokens if _free(text, t, others)]
            unnamed.append([((*head, *_shape(text, tokens, t, others)), t) for t in free])
        elif len(people) == 1 and s <= people[0].start and people[0].end <= e:
            person = people[0]
            shape = (*head, *_shape(text, tokens, (person.start, person.end), others))
            named[shape] += 1
            lower[shape] = lower.get(shape, True) and text[person.start : person.end].islower()
    found = []
    candidates = Counter(shape for options in unnamed for shape, _ in options)
    for options in unnamed:
        fits = [(shape, span) for shape, span in options if _fits(shape, named, candidates)]
        if len(fits) != 1:
            continue
        shape, span = fits[0]
        if _may_be_name(text[span[0] : span[1]], lower[shape]):
            found.append(span)
    return found


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A list's items between `start` and `end`, stripped of spaces and of a sentence's end."""
    items = []
    left = start
    for sep in _SEPARATOR.finditer(text, start, end):
        if sep.start() > left:
            items.append((left, sep.start()))
        left = sep.end()
    if end > left:
        right = end
        while right > left and text[right - 1] in " \t.!?":
            right -= 1
        if right > left:
            items.append((left, right))
    return items


def _shape(
    text: str, tokens: list[tuple[int, int]], slot: tuple[int, int], others: list[Finding]
) -> Shape:
    """The classes of an item's tokens: `N` for the slot's, another finding's kind for its
    tokens, `9` a number, `A` a capitalised word, `a` a word in lower case, a mark itself; a
    run of one slot's or finding's tokens as one."""
    shape: list[str] = []
    for s, e in tokens:
        other = next((f for f in others if f.start <= s and e <= f.end), None)
        if (slot[0] <= s and e <= slot[1]) or other is not None:
            tag = "N" if other is None else other.kind
            if not shape or shape[-1] != tag:
                shape.append(tag)
            continue
        token = text[s:e]
        if token.isdigit():
            shape.append("9")
        elif token[0].isalpha():
            shape.append("a" if token.islower() else "A")
        else:
            shape.append(token)
    return tuple(shape)


def _label_key(label: str) -> str:
    """A row's label as its shape reads it: as written, but a day's or a time's as its class
    (`Tue: Pat` under `Mon: Ann`, `tis 07–10: ANDERSSON` under `mån 07–10: HOLMQVIST`)."""
    if any(c.isdigit() for c in label):
        return "TIME:"
    first = label.split()[0].rstrip(":.").casefold()
    return "DAY:" if first in WEEKDAYS or first in SHORT_DAYS else label.casefold()


def _free(text: str, token: tuple[int, int], others: list[Finding]) -> bool:
    """A word of two letters or more that no other finding covers: a slot a name may fill."""
    start, end = token
    covered = any(f.start < end and start < f.end for f in others)
    return text[start].isalpha() and end - start >= 2 and not covered


def _fits(shape: Shape, named: Counter[Shape], candidates: Counter[Shape]) -> bool:
    """Two named items of the shape at least, more than the unnamed ones, and more than the
    slot alone (a bare list of words is `names_lists`')."""
    return len(shape) >= 2 and named[shape] >= 2 and named[shape] > candidates[shape]


def _may_be_name(word: str, lower: bool) -> bool:
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    if key in name_rules.stop_words() or key in PLACES:
        return False
    if key in name_rules.NOT_A_NAME and key not in MONTHS:
        return False  # a day, a role, a country; a month may be a name here (`Juni (dag)`)
    if word.islower():
        return lower and (key in name_rules.given_names() or key in WORD_NAMES)
    if not word[0].isupper():
        return False
    return name_rules.listed(key) or key in WORD_NAMES or max(everyday_zipf(key)) < 3
