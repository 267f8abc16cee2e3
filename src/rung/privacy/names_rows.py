"""Round twenty-one: the heads of a list's rows or a chat log's lines, when the other rows'
heads are names (`derrick - bins` under `Anna - bathroom`; `[10:23] mike young: cant` among
lines whose speakers were found; `13:52 Li hämtar` above `13:53 Anna vid ...`).

A row is a line that starts with a head of one to three words, maybe after a bullet, a time
or a bracketed stamp, and a separator: a colon, a dash between spaces, or (after a time) a
space. Rows of the same shape form a group; when one of a group's heads is found as a name
already, the others are names too, unless a head holds a stop word, a weekday, a month, a
place or a label; and when fewer than half were found, or the separator is a space after a
time, only a head of known names or rare words (`derrick`, `sue`, `Li`).

The values of labelled rows too (`GK: Welch` over `DEF: <name>, <name>` and `MID: <name>,
Sanders`): when half or more of the pieces after the rows' colons (split at commas,
semicolons and `och`/`and`) are names found, a piece of one capitalised word that is no common
word is a name as well.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import EVERY_PLACE, NO_NAME_ALONE, words
from rung.privacy.names_late import list_pieces
from rung.privacy.thing_words import things

_HEAD = r"[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2}"
_ROW = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<prefix>\[[^\]\n]{1,25}\][ \t]*|\d{1,2}[:.]\d\d[ \t]+)?"
    rf"(?P<head>{_HEAD})(?P<sep>[ \t]*:[ \t]|[ \t]+[-–—][ \t]+)",
    re.M,
)
# Round fifty-four (dev-gh): a capitalised head may end its line, or come before a bracket or a
# question (`8.30 Forsberg` over `11.30 Andersson`, `16.00 Mohammed (stora mangeln)`).
_TIMED = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d\d[ \t]+(?P<head>[^\W\d_][\w'’-]*(?=[ \t]+[^\W\d_])"
    r"|[A-ZÅÄÖ][\w'’-]*(?=[ \t]*(?:[(?]|$)))",
    re.M,
)


def _rows(text: str) -> dict[str, list[re.Match[str]]]:
    """The rows of `text` by their shape: the kind of prefix and separator."""
    groups: dict[str, list[re.Match[str]]] = {"spaced": list(_TIMED.finditer(text))}
    for match in _ROW.finditer(text):
        prefix = match.group("prefix") or ""
        kind = "stamp" if prefix.startswith("[") else "time" if prefix else ""
        groups.setdefault(kind + match.group("sep").strip(), []).append(match)
    return groups


def _no_name(key: str) -> bool:
    """A stop word, weekday, month, place, label or a word that is no name alone, or a thing of
    the things lexicon that is no surname too (`07:30 PagerDuty alert`; round thirty-two)."""
    if key in name_rules.stop_words() or key in name_rules.NOT_A_NAME or key in NO_NAME_ALONE:
        return True
    every, surnames = things()
    return key in every and key not in surnames


def _found(start: int, end: int, people: list[Finding], text: str) -> bool:
    """A name found from the head's start, over the head, on its line."""
    return any(
        f.start == start and end <= f.end and "\n" not in text[start : f.end] for f in people
    )


def _may_be_name(head: str, strict: bool) -> bool:
    """No stop word, weekday, month, place or label; a known name, or no role or label
    (`Växel:`, `Sopran:`): no word of one language only, no compound; when `strict`, every
    word a known name (`sue`, `Li`) or rare (`derrick`), else a known name or a rare word
    among them (not `Kund:`); not one letter (`Q:`)."""
    from rung.privacy.person_checks import _swedish_compound, one_language_only
    from rung.privacy.tagger import everyday_zipf

    keys = [w.casefold() for w in head.split()]
    if len(head) < 2 or any(_no_name(k) for k in keys):
        return False
    if all(map(name_rules.listed, keys)):
        return True
    if one_language_only(head) or _swedish_compound(head):
        return False
    if strict:
        return all(name_rules.listed(k) or max(everyday_zipf(k)) < 3.5 for k in keys)
    return any(map(name_rules.listed, keys)) or any(max(everyday_zipf(k)) < 3 for k in keys)


_ONE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _pieces(text: str) -> list[tuple[int, int]]:
    """The spans of the pieces after the colon of every labelled row (`list_pieces`)."""
    spans = []
    for row in _ROW.finditer(text):
        if row.group("sep").strip() == ":" and not row.group("prefix"):
            end = text.find("\n", row.end())
            spans += list_pieces(text, row.end(), len(text) if end < 0 else end)
    return spans


def _uncommon(word: str) -> bool:
    """A name among names: not a common word (Zipf under 4: `Welch`, `Wade`, `Modig`, not
    `Möte`), no stop word, weekday, place or label, no word of one language, no compound."""
    from rung.privacy.person_checks import _swedish_compound, one_language_only
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    if _no_name(key) or len(key) < 2:
        return False
    if one_language_only(word) or _swedish_compound(word):
        return False
    return key in name_rules.given_names() or max(everyday_zipf(key)) < 4


# Round twenty-five: a label whose value names a body, not a person (`Company: Mace`).
_BODY_LABELS = words(
    """
    company företag firma bolag employer arbetsgivare butik store shop entreprenör contractor
    subcontractor supplier leverantör bank school skola club klubb förening organisation
    organization avdelning department division site arbetsplats projekt project domstol court
    carrier transportör speditör courier märke brand produkt product vendor agency
    bemanningsföretag kedja chain hotel hotell airline flygbolag insurer försäkringsbolag
    """
)


def _body_label(text: str, start: int) -> bool:
    """Whether the label of the row holding `start` names a body (`Company:`, `Butik:`)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    label = re.findall(r"[^\W\d_]+", line.partition(":")[0])
    return bool(label) and label[-1].casefold() in _BODY_LABELS


def row_values(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the one-word values of labelled rows whose other values are names (not
    after a label that names a body: `Company: Mace`)."""
    pieces = _pieces(text)
    if len(pieces) < 3:
        return findings
    people = [f for f in findings if f.kind == "PERSON"]
    rota = len(_DAY_ROW.findall(text)) >= 3
    named = [p for p in pieces if any(_named(p, f, rota) for f in people)]
    if 2 * len(named) < len(pieces):
        return findings
    added = []
    for start, end in pieces:
        value = text[start:end]
        if (start, end) in named or not _ONE_WORD.fullmatch(value) or not value[0].isupper():
            continue
        if _body_label(text, start):
            continue
        if not any(f.start < end and start < f.end for f in findings) and _uncommon(value):
            added.append(Finding("PERSON", start, end, 0.55))
    return findings + added


# Round fifty-two (dev-cd, dev-bo): a rota's rows by weekday (`Mån: Lars (fm)`, `tors: Edward –
# byter med Rune`), where a piece that a name starts counts as a name among the values.
_DAY_ROW = re.compile(
    r"^[ \t]*(?i:mån|tis|ons|tor|fre|lör|sön|mon|tue|wed|thu|fri|sat|sun)[\wåäö]*"
    r"(?:[ \t]*[–-][ \t]*[\wåäö]+)?[ \t]*:",
    re.M,
)


def _named(piece: tuple[int, int], finding: Finding, rota: bool) -> bool:
    """A name covers the piece, or in a rota starts it (`Lars (fm)`, `Hugo + Lena`)."""
    if rota and finding.start == piece[0]:
        return True
    return finding.start <= piece[0] and piece[1] <= finding.end


def _labels_a_name(end: int, people: list[Finding], text: str) -> bool:
    """A head that ends at `end` labels the name found after it, which ends its line or its
    line's first field (`Conductor: Gemma Hawkins`, `Föräldrakontakt: Marie Andersson, 073...`;
    round forty-four); not a chat's speaker (`mark: amy took them home`)."""
    name = next((f for f in people if f.start == end), None)
    if name is None:
        return False
    line_end = text.find("\n", name.end)
    rest = text[name.end : line_end if line_end >= 0 else len(text)].strip(" \t")
    return not rest or rest[0] in ",;|(" or rest[0].isdigit()


def row_heads(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the heads of rows whose groups' other heads are names."""
    if "\n" not in text:
        return findings
    people = [f for f in findings if f.kind == "PERSON"]
    added = []
    for shape, rows in _rows(text).items():
        named = [r for r in rows if _found(*r.span("head"), people, text)]
        if len(rows) < 2 or not named:
            continue
        strict = shape == "spaced" or 2 * len(named) < len(rows)  # a time, or few names
        for row in rows:
            start, end = row.span("head")
            if row in named or any(f.start < end and start < f.end for f in findings):
                continue
            if shape.endswith(":") and _labels_a_name(row.end(), people, text):
                continue  # `Conductor: Gemma Hawkins`
            if _may_be_name(row.group("head"), strict):
                added.append(Finding("PERSON", start, end, 0.55))
    return findings + added


# Round twenty-five: a chat's turns on one line, `who: words`, each after the last one's end
# (`Anna: kommer du? björn: can't, working.`).
_WHO = r"[^\W\d_][\w'’-]{1,20}"
_TURN = re.compile(rf"(?:^|(?<=[.!?]) )[ \t]*(?P<who>{_WHO}(?:[ \t]{_WHO})?):[ \t]+(?=\S)", re.M)


def turns(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the speakers of a chat's other turns, when one speaker is a name found
    (`Anna Berg:` counts as one): each one word, a known name or a rare word, no label (`Obs:`,
    `Tel:`)."""
    matches = list(_TURN.finditer(text))
    if len(matches) < 2:
        return findings
    people = [f for f in findings if f.kind == "PERSON"]
    named = [m for m in matches if _found(*m.span("who"), people, text)]
    if not named:
        return findings
    added = []
    for match in matches:
        start, end = match.span("who")
        if match in named or any(f.start < end and start < f.end for f in findings):
            continue
        if _labels_a_name(match.end(), people, text):
            continue  # `Conductor: Gemma Hawkins`
        if " " not in match.group("who") and _may_be_name(match.group("who"), strict=True):
            added.append(Finding("PERSON", start, end, 0.55))
    return findings + added


# Round thirty-one: a numbered list of surnames alone (a team's line-up, `4 Petrovic`), one
# name of one or two capitalised words on each line after its number.
_NUMBERED = re.compile(
    r"^[ \t]*\d{1,3}\.?[ \t]+(?P<name>[A-ZÅÄÖØÆÉ][^\W\d_]+(?:[ -][A-ZÅÄÖØÆÉ][^\W\d_]+)?)[ \t]*$",
    re.M,
)


def numbered(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the names of a numbered list of three or more lines of which half or more
    are found or listed names; an address found on such a line (`9 Hagström`) gives way."""
    lines = list(_NUMBERED.finditer(text))
    if len(lines) < 3:
        return findings
    people = [f for f in findings if f.kind == "PERSON"]
    named = [
        m
        for m in lines
        if any(f.start <= m.start("name") and m.end("name") <= f.end for f in people)
        or m.group("name").casefold() in name_rules.family_names()
    ]
    if 2 * len(named) < len(lines):
        return findings
    kept = list(findings)
    for line in lines:
        start, end = line.span("name")
        over = [f for f in kept if f.start < end and start < f.end]
        if any(f.kind == "PERSON" for f in over) or not _uncommon(line.group("name").split()[0]):
            continue
        if all(f.kind == "ADDRESS" and line.start() <= f.start and f.end <= end for f in over):
            kept = [f for f in kept if f not in over] + [Finding("PERSON", start, end, 0.55)]
    return kept


# Round thirty-eight (dev-cs, dev-ct): a list's row that names a person surname first (`– Brewer,
# Dan (wine glasses)`, `1. Jenkins, Wilbur – mail`), of which only the given name was found; round
# forty-four (dev-dz): or after a time (`10.15 Hassan, Fatima – root canal`), the surname found
# apart.
_SURNAME_FIRST = re.compile(
    r"^[ \t]*(?:[-–—*•][ \t]*|\d{1,3}[.)][ \t]+|\d{1,2}[.:]\d\d[ \t]+)"
    r"(?P<surname>[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?),[ \t]+",
    re.M,
)


def surname_first(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each given name found after a row's `Surname, ` grown over the surname:
    one capitalised word, a surname (listed or by its shape) or a word no language uses much
    (`Nancarrow`), and no stop word or label (not `Obs, Anna`)."""
    starts = {f.start: f for f in findings if f.kind == "PERSON"}
    grown = {}
    for match in _SURNAME_FIRST.finditer(text):
        given = starts.get(match.end())
        if given is None or " " in given.value(text) or not _row_surname(match["surname"]):
            continue
        grown[given] = Finding("PERSON", match.start("surname"), given.end, given.score)
    inside = [
        f
        for f in findings
        for g in grown.values()
        if f.kind == "PERSON" and g.start <= f.start and f.end < g.end
    ]
    return [grown.get(f, f) for f in findings if f not in inside]


# Round fifty-four (dev-gh, dev-gj): rows that open with `Surname, Given` and then a field
# (`Edwards, Ffion; 58 Cromwell Terrace, ...`, `Liu, Lei 20 744 kr` among `Król, Ewa 74 157 kr`).
# Round fifty-six (dev-gt): after a row's number or clock time (`2. Johansson, Jöns – 073-...`,
# `09:05 Price, Cerys`) or a code's column, and before a dash, a phone number's `+` (`Cross, Nell
# +49 ...`) or a column's two spaces (`Begić, Amra  Biomedicinsk analytiker`; dev-gx).
_LETTERS = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_INVERTED_ROW = re.compile(
    r"^[ \t]*(?:[-–—*•][ \t]*|\d{1,3}[.)][ \t]+|[0-2]?\d[:.][0-5]\d[ \t]+|[\w-]{1,12}[ \t]{2,})?"
    rf"(?P<head>{_LETTERS}(?:[ \t]{_LETTERS})?,[ \t](?=[A-ZÅÄÖ]){_LETTERS})"
    r"(?=[ \t]*(?:[;|\t]|[ \t][\d+]|[ \t][–—-][ \t])|[ \t]{2}|[ \t]*$)",
    re.M,
)


def inverted_rows(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the other heads of rows like these, when two or more of them and half or
    more were found whole (or, round fifty-six, half by half: `Hughes` and `Nell`): each of
    known names or rare words (`_may_be_name`, strictly), in place of the part of it found
    (`Hassan` of `Hassan, Sherwan`)."""
    rows = list(_INVERTED_ROW.finditer(text))
    people = [f for f in findings if f.kind == "PERSON"]
    whole = [r for r in rows if _found(*r.span("head"), people, text)]
    halves = [r for r in rows if r not in whole and _found_by_halves(r, people)]
    if len(whole) + len(halves) < 2 or 2 * (len(whole) + len(halves)) < len(rows):
        return findings
    kept = list(findings)
    for row in rows:
        start, end = row.span("head")
        over = [f for f in kept if f.start < end and start < f.end]
        if row in whole or any(f.kind != "PERSON" or f.end > end for f in over):
            continue
        head = row.group("head").replace(",", "")
        if row in halves or _may_be_name(head, strict=True) or _half_found(row, over):
            kept = [f for f in kept if f not in over] + [Finding("PERSON", start, end, 0.55)]
    return kept


def _halves(row: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The spans of the surname and the given name of the row's `Surname, Given`."""
    surname, _, given = row.group("head").partition(", ")
    start, end = row.span("head")
    return (start, start + len(surname)), (end - len(given), end)


def _found_by_halves(row: re.Match[str], people: list[Finding]) -> bool:
    """The row's surname and given name found as two names, each whole."""
    spans = {(f.start, f.end) for f in people}
    return all(half in spans for half in _halves(row))


def _half_found(row: re.Match[str], over: list[Finding]) -> bool:
    """One half of the row's `Surname, Given` found as a name, and the other no place and no word
    that is never a name alone: a given name that is a word as well (`Wu, Min`, `Cross, Nell`
    among rows of names; round fifty-six)."""
    found = [(f.start, f.end) for f in over]
    halves = _halves(row)
    if len(found) != 1 or found[0] not in halves:
        return False
    start, end = next(half for half in halves if half != found[0])
    rest = row.string[start:end].split()
    return all(w.casefold() not in EVERY_PLACE and w.casefold() not in NO_NAME_ALONE for w in rest)


def _row_surname(word: str) -> bool:
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    if key in name_rules.stop_words() or key in name_rules.NOT_A_NAME or key in NO_NAME_ALONE:
        return False
    return name_rules.surname(word) or max(everyday_zipf(key)) < 3.5


# Round forty-four (dev-eb): a register's export, one field to a value (`441104-0019;ANDERSSON;
# JOHAN-GOTTFRID;Spelmansstigen 58, ...`), of which only the given name was found.
_FIELD = re.compile(r"[^;|\t\n]+")
_NAME_FIELD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def cells(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and each field of a row of semicolons, bars or tabs that is a listed surname
    beside a field found as a given name alone, or a listed given name beside a surname alone
    (not a pet's name beside its owner's: `| Charlie | Melissa Adams |`)."""
    people = {(f.start, f.end) for f in findings if f.kind == "PERSON"}
    added = []
    for line in re.finditer(r"[^\n]*[;|\t][^\n]*", text):
        fields = []
        for field in _FIELD.finditer(line.group()):
            value = field.group().strip(" ")
            start = line.start() + field.start() + field.group().find(value)
            fields.append((start, start + len(value), value))
        for index, (start, end, value) in enumerate(fields):
            if not _NAME_FIELD.fullmatch(value) or value.casefold() in EVERY_PLACE:
                continue  # not a town (`Stockholm;Anna;Lund`)
            if any(f.start < end and start < f.end for f in findings):
                continue
            beside = fields[max(0, index - 1) : index] + fields[index + 1 : index + 2]
            found = [v for s, e, v in beside if (s, e) in people and _NAME_FIELD.fullmatch(v)]
            surname = name_rules.surname(value) and any(map(name_rules.given, found))
            given = name_rules.given(value) and any(map(name_rules.surname, found))
            if surname or given:
                added.append(Finding("PERSON", start, end, 0.55))
    return findings + added
