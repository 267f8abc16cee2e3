"""Round eighteen: names that a cue of their place marks, and findings that are no name, read
after every other name rule (`rung.privacy.names_late`).

- *A name by its place*: the worker of a rota's line before the person or address visited
  (`08:00 X -> <name>`, `Måndag 10:30 X – c/o <name>`);
  the author of a forum post (`Inlägg av x:`, `Posted by X:`); the first speaker of a chat export
  after the app's name (`whatsapp: x: ...`); a rare lower-case word that ends a list of names
  after `och`/`and` (`Love from A B och x.`); whom a caller introduces (`hi this is x y`, `it's x
  from`); the name after `Assigned:`/`Assignee:`; whom a Swish goes to (`Swish till X:`); two or
  three rare words in capitals that end a message in capitals (`RENT MARCH X Y.`).
- *No name*: a format's keyword after `BEGIN:`/`END:` (`VCARD`, `VEVENT`); a saint's name in a
  church or place (`Sankt Xs kyrka`, `St X's`); an abbreviation joined to a word (`Reg.nr`, `z.
  Hd.`); a thing after an indefinite article or a number (`en X`, `två X`, `a X shelf`); a
  letter's closing word (`Love,`, `Kram,`); a chat app's name and chat shorthand (`omw`); `bye`
  after `thanks`.
- *Repairs*: a lower-case word that is no particle before a capitalised name is no part of it
  (`holder X`, `pat X`); an initial's own dot is kept before a sentence's dot (`X, U..`); an
  ADDRESS ends before a dash that opens another field (`<street>, <town> – Assigned: X`); two
  one-word names `Surname, Given` before a comma and another value (`pat X, Y, <id>`) are one.
"""

from __future__ import annotations

import itertools
import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import AMBIGUOUS, words
from rung.privacy.name_words import CAPITALS as _CAP
from rung.privacy.names_forms import NO_SURNAME
from rung.privacy.names_worded import WORD_NAMES

_LOWER_OR_CAP = r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)?"
_DAY = (
    r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mån|tis|ons|tors|fre|lör|sön|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)
# A rota's line: a time, the worker's one word, then an arrow or a dash to the visit.
_ROTA = re.compile(
    rf"(?im)(?:^|(?<=[;:])[ \t]*|(?<=\n))[ \t]*(?:{_DAY}[ \t]+)?\d{{1,2}}[:.]\d{{2}}[ \t]+"
    rf"(?P<name>{_LOWER_OR_CAP})(?:[ \t]+\([^)\n]{{1,20}}\))?[ \t]*(?:->|→|=>|–|—|-)[ \t]"
)
# The author of a post (`Inlägg av x:`, `Posted by X:`, `Reply from x:`).
_AUTHOR = re.compile(
    r"(?i:inlägg|post|posted|postat|skrivet|skriven|svar|reply|kommentar|comment|written|"
    r"message|meddelande)[ \t]+(?i:av|by|från|from)[ \t]+"
    rf"(?P<name>{_LOWER_OR_CAP})(?=[ \t]*:)"
)
_APPS = words("whatsapp sms signal messenger telegram imessage viber wechat snapchat chatt chat")
_APP_SPEAKER = re.compile(
    r"(?im)^[ \t]*(?:whatsapp|sms|signal|messenger|telegram|imessage|viber|chatt|chat)[ \t]*:"
    rf"[ \t]*(?P<name>{_LOWER_OR_CAP}):"
)
_INTRODUCED = re.compile(
    r"\b(?i:this is|it's|it is|its|det är|detta är)[ \t]+"
    rf"(?P<name>[a-zåäöéüø{_CAP}][a-zåäöéüø-]+(?:[ \t][a-zåäöéüø{_CAP}][a-zåäöéüø-]+)?)"
    r"(?=[ \t]+(?:from|calling|here|jag|i'm|im|från|ringer|som)\b|,[ \t]+(?:new|ny|nytt)\b"
    r"|[ \t]+[–—-][ \t]+[a-zåäö])"  # round fifty-one (dev-fp): `hi its edith – running late`
)
# Round fifty-eight (dev-hh): a greeting, then who is writing, and the clause ends (`Hej det är
# per! Vi står utanför`): a given name of the lists, though a word too (`per`).
_GREETED_INTRO = re.compile(
    r"\b(?i:hej|hejsan|hallå|hi|hey|hello)[,!]?[ \t]+(?i:det är|it's|it’s|its|this is)[ \t]+"
    rf"(?P<name>[a-zåäöéüø{_CAP}][a-zåäöéüø]+)(?=[ \t]*[!.,](?:\s|$))"
)
_ASSIGNED = re.compile(
    r"(?i:assigned|assigned to|assignee|tilldelad|tilldelat|tilldelad till|owner):[ \t]+"
    rf"(?P<name>[{_CAP}][^\W\d_]+(?:[ \t][{_CAP}][^\W\d_]+)?)(?=[ \t]*(?:[.,;)]|$|\n))",
    re.M,
)
# Swedish payments: whom a Swish goes to (`Swish till X Y:`, `kan du swisha x för ...`; round
# fifty-three, dev-gf: before the number, `Swish till Opal on 070-...`).
_SWISH = re.compile(
    r"\b(?i:swish|swisha|swishade|swishar)[ \t]+(?:till[ \t]+)?"
    r"(?P<name>[^\W\d_][^\W\d_-]+(?:-[^\W\d_]+)?(?:[ \t][^\W\d_][^\W\d_-]+){0,2}?)"
    r"(?=[ \t]*(?::|,|\.|$)|[ \t](?:för|for|om|tack)\b|[ \t](?:on|på)[ \t]+[+(0])"
)
_UPPER_WORD = rf"[{_CAP}]{{2,}}(?:-[{_CAP}]{{2,}})?"
# A name in capitals that ends a line of capitals written as a message (`RENT MARCH X Y.`): two
# or three rare words after two everyday words or more, before the clause's end.
_CAPS_TAIL = re.compile(
    rf"(?<![\w-])(?P<head>(?:[{_CAP}]{{2,}}[ \t]){{2,}})"
    rf"(?P<name>{_UPPER_WORD}(?:[ \t]{_UPPER_WORD}){{1,2}})"
    r"(?=[ \t]*(?:[.,;]|$))",
    re.M,
)
_LIST_END = re.compile(
    r"[ \t](?:och|and|&)[ \t](?P<name>[a-zåäöéüø][a-zåäöéüø-]{2,})(?=[ \t]*(?:[.!?]|$|\n))"
)


def _rare(value: str, strong: bool = False) -> bool:
    """Each word a known name or no everyday word (Zipf under 3, or under 4 after a strong cue
    when the word is no word of one language only); no stop word, place or cue."""
    from rung.privacy.names_chat import rare
    from rung.privacy.tagger import everyday_zipf

    parts = value.split()
    if not parts:
        return False
    for part in parts:
        key = part.casefold()
        if not _no_cue(part) or key in _APPS:
            return False
        if strong and rare(key):
            continue
        if not (name_rules.known_name(part) or max(everyday_zipf(key)) < 3):
            return False
    return True


def _no_cue(word: str) -> bool:
    """No stop word, place, cue or greeting (`Hej, Lars MR` is greeted)."""
    key = word.casefold()
    return key not in name_rules.NOT_A_NAME and key not in name_rules.stop_words()


def _ends_in_a_word(word: str) -> bool:
    """A word whose last five letters or more, after three at least, are a common Swedish word
    (Zipf 4+): a compound (`företagshälsovården`), no name."""
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    return any(everyday_zipf(key[cut:])[0] >= 4 for cut in range(3, len(key) - 4))


def _everyday_all(words_: list[str]) -> bool:
    from rung.privacy.tagger import everyday_zipf

    return all(max(everyday_zipf(w)) >= 3 and not name_rules.known_name(w.title()) for w in words_)


def cued(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the names of the cues above that no finding covers."""
    spans: list[tuple[int, int]] = []
    for pattern in (_AUTHOR, _APP_SPEAKER, _INTRODUCED, _ASSIGNED, _SWISH):
        for match in pattern.finditer(text):
            if _rare(match.group("name"), strong=True):
                spans.append(match.span("name"))
    for match in _GREETED_INTRO.finditer(text):
        if match.group("name").casefold() in name_rules.given_names():
            spans.append(match.span("name"))
    for match in _CAPS_TAIL.finditer(text):
        head = match.group("head").split()
        if _everyday_all(head[-2:]) and _rare(match.group("name").title()):
            spans.append(match.span("name"))
    for match in _ROTA.finditer(text):  # a visit: a person or an address after the arrow
        visit = match.end() + (4 if text[match.end() : match.end() + 4].casefold() == "c/o " else 0)
        if _rare(match.group("name")) and any(f.start in (match.end(), visit) for f in findings):
            spans.append(match.span("name"))
    for match in _LIST_END.finditer(text):
        name = match.group("name")
        if (
            _rare(name)
            and not _ends_in_a_word(name)
            and any(f.kind == "PERSON" and f.end == match.start() for f in findings)
        ):
            spans.append(match.span("name"))
    added = [
        Finding("PERSON", start, end, 0.6)
        for start, end in spans
        if not any(f.start < end and start < f.end for f in findings)
    ]
    return findings + added


_FIELD_AFTER = re.compile(r"[ \t][–—|][ \t]+[^\W\d_][^\W\d_ /]{1,20}(?:/[^\W\d_]+)?:[ \t]")


# Round forty-three: the label of the next field on a name's line (`Förnamn: Johan Efternamn:
# Lundell`, `Namn: Johan Telefon: 070...`), with the word before it of a two-word label.
_LABEL_AFTER_NAME = re.compile(
    r"[ \t]+(?:(?i:first|last|family|given|middle|full)[ \t]+)?(?i:efternamn|förnamn|"
    r"tilltalsnamn|mellannamn|surname|forenames?|nachname|vorname|namn|name|telefon|tel|mobil|"
    r"mobilnummer|phone|mobile|adress|address|e-post|epost|e-mail|email|mejl|personnummer|pnr|"
    r"född|born|dob|ålder|age|roll|role|titel|title|avdelning|department|ort|town|city)"
    r"[ \t]*:"
)


def fields_apart(findings: list[Finding], text: str) -> list[Finding]:
    """An ADDRESS cut before a dash or bar that opens another field (`<street>, <town> –
    Assigned: X`): the field and its value are no part of the address. A PERSON cut before the
    label of the next field on its line (`Johan Efternamn:`)."""
    cut = []
    for finding in findings:
        field = _FIELD_AFTER.search(text, finding.start, finding.end)
        if finding.kind == "ADDRESS" and field is not None and field.start() > finding.start:
            finding = Finding("ADDRESS", finding.start, field.start(), finding.score)
        label = _LABEL_AFTER_NAME.search(text, finding.start, finding.end + 1)
        if finding.kind == "PERSON" and label is not None and label.start() > finding.start:
            finding = Finding("PERSON", finding.start, label.start(), finding.score)
        cut.append(finding)
    return cut


_INVERTED = re.compile(r",[ \t]")
# Where a `Surname, Given` cell ends (round twenty-two): a semicolon, an arrow, a bracket (round
# thirty-two: a closing one, `(ägare Karlsson, Kristina)`), the
# line's or sentence's end, the next item's number, `och`/`and`, or a comma before a lower-case
# word or a number (`Eriksson, Ella ↔ Karlsson, Annika, vecka 21`, `1. Johnson, Sarah 2. ...`).
CELL_END = re.compile(
    r"[ \t]*(?:[;↔\n()|]|\Z|\.(?:[ \t]|\Z)|[ \t]\d{1,2}\.[ \t]|[ \t](?:och|and|&)[ \t]"
    r"|,[ \t]+[a-zåäö\d]|[ \t](?:med|with|[–-])[ \t]"  # round thirty: `Harris, Andrew with Elsa`
    r"|:[ \t]|[ \t]{2,}\S)"  # round forty-two: `Black, Henry: 7,75 h`, `Cross, Lauren  39 hrs`
)


def inverted(findings: list[Finding], text: str) -> list[Finding]:
    """Two one-word PERSONs `Surname, Given` joined when the first is no known given name and
    what follows the second is a comma and another kind of value (a personal number, a phone,
    an address): `pat X, Y, <id>`, `Owner: X, Y, <street>`; or when the first is a listed
    surname, the second a known given name, and the cell ends after it (`_surname_given`)."""
    people = sorted((f for f in findings if f.kind == "PERSON"), key=lambda f: f.start)
    starts = {f.start: f for f in findings if f.kind != "PERSON"}
    joined: dict[int, Finding] = {}
    for first, second in itertools.pairwise(people):
        one_word = " " not in first.value(text) and " " not in second.value(text)
        if not one_word or not _INVERTED.fullmatch(text, first.end, second.start):
            continue
        comma = _INVERTED.match(text, second.end)
        # not `Anna, Bo, <street>`: two given names
        before_value = comma is not None and comma.end() in starts
        if before_value and _given_first(first.value(text), second.value(text)):
            before_value = False
        capitals = _capital_surname_given(first.value(text), second.value(text), text)
        if not before_value and not capitals and not _surname_given(first, second, text):
            continue
        joined[first.start] = Finding("PERSON", first.start, second.end, max(first.score, 0.6))
        joined[second.start] = joined[first.start]
    if not joined:
        return findings
    merged = [f for f in findings if not (f.kind == "PERSON" and f.start in joined)]
    return merged + list({id(f): f for f in joined.values()}.values())


def _given_first(first: str, second: str) -> bool:
    """Whether `first, second` are two given names (`Anna, Bo, <street>`): the first a given name
    and, round thirty-two, no listed surname that is rare as a given name before a given name
    that is no surname (`Wilson, Emily, <street>`)."""
    if not name_rules.given(first):
        return False
    key = first.casefold()
    rare_given = key not in name_rules.lexicon("given.txt") and key in name_rules.family_names()
    return not (rare_given and name_rules.given(second) and not name_rules.surname(second))


def _capital_surname_given(surname: str, given: str, text: str) -> bool:
    """`FYI ERIKSSON, Märit har bytt adress`: a listed surname in capitals that is no given name,
    in a text that is not all capitals, then a name as names are written (found as one: the
    two are one person; round forty-seven, dev-et)."""
    family = name_rules.family_names()
    return (
        len(surname) > 1
        and surname.isupper()
        and not given.isupper()
        and not text.isupper()
        and surname.casefold() in family
        and not name_rules.given(surname.title())  # not `ANNA, Bo`: two given names
        and given[:1].isupper()
    )


def _surname_given(first: Finding, second: Finding, text: str) -> bool:
    """`Johnson, Sarah`: a listed surname (a part of a hyphenated one) that is no common given
    name here (`given.txt`), then
    a listed given name, and the cell ends (`CELL_END`)."""
    surname, given = first.value(text).casefold(), second.value(text).casefold()
    family = name_rules.family_names()
    if not any(part in family for part in surname.split("-")):  # `Lindqvist-Prytz` too
        return False
    if given not in name_rules.given_names():
        return False
    common_given = surname in name_rules.lexicon("given.txt") or surname in AMBIGUOUS
    return not common_given and CELL_END.match(text, second.end) is not None


# A row of a list, a log or a manifest: its start, maybe its number or time (`2. `, `13:10 `).
_ROW = (  # `202 ` a room; `Kund: ` a label
    r"[ \t]*(?:\d{1,3}[.)][ \t]*|\d{1,2}[:.]\d\d[ \t]+|\d{1,4}[ \t]+"
    r"|[A-ZÅÄÖ][a-zåäö]{1,20}:[ \t]+)?"
)
# A cell of a row: after a label's colon, a semicolon, a bar or a tab (`Sökande: X, Y, <id>`,
# `A – giltigt; Karlsson, Per – saknar`).
# Round thirty-one: maybe after a contact's word in the cell (`| kontakt Eriksson, Dag |`).
_CELL = (
    r"(?:.*(?:[:;|\t]|[ \t][–—][ \t])[ \t]*"  # round thirty-one: `Stable 3: Ines – Dickinson, Ruby`
    r"(?:(?i:kontakt|kontaktperson|contact|ansvarig|attn)[ \t]+)?)?"
)
_ROW_HEAD = re.compile(rf"{_ROW}|{_CELL}")
_ROW_SURNAME = re.compile(rf"(?:{_ROW}|{_CELL})(?P<name>{_LOWER_OR_CAP}),[ \t]")
# Where the name's row or cell ends: a comma, a colon, a dash, a slash, the line's end, or a
# number after a space (a phone, a personal number: `Alm, Inger 070-...`).
_ENDS = r"[ \t]*(?:[,;:|]|[ \t][-–—/][ \t]|\n|\Z)|[ \t]+(?=[+(]?\d)"
_ROW_END = re.compile(_ENDS)
# A passenger list's title after the name (`2. King, Ella MRS`): the row is a person's whatever
# the surname's word.
_TITLE_AFTER = r"[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR|Mr|Mrs|Ms|Miss|Dr)\.?(?=[ \t]*(?:[,;]|\n|\Z))"
_ROW_TITLE = re.compile(_TITLE_AFTER)
_GIVEN_AFTER = re.compile(
    rf",[ \t](?P<name>{_LOWER_OR_CAP}(?:[ \t]{_LOWER_OR_CAP})?)(?={_ENDS}|{_TITLE_AFTER})"
)


def inverted_halves(findings: list[Finding], text: str) -> list[Finding]:
    """A row `Surname, Given` of a list or a manifest (`2. Lindahl, Viktoria`, `JONES, WALLACE`,
    `Hamoud, Huda, <phone>`, `202 Eklund, Anna / Berg, Lisa`) of which one half was found:
    widened to both, when the other half is a known given name after the comma, or a rare
    capitalised word before it and the row or its cell ends after the name (not `Obs, Maria
    kommer sent`), or any capitalised word when a passenger's title follows (`King, Ella MRS`).
    The row may be a cell after a label or a semicolon, and end at a number (`Sökande: Tell,
    Per-Olof, <id>`, `Alm, Inger 070-...`); a surname that is a word too is one when it is in the
    lists of surnames or written in capitals (`SMITH, Judith`), or when a phone or a personal
    number follows (`Woods, Russell: <phone>`) or a known given name (`Kund: Fält, Peder;`). After a
    surname that is also a given name, the given name after the comma is its own name (`Ahmad,
    Hawar <id>`)."""
    values = {f.start for f in findings if f.kind not in ("PERSON", "ADDRESS")}
    result = []
    for finding in findings:
        result += _other_half(finding, text, values) if finding.kind == "PERSON" else [finding]
    return result


def _other_half(finding: Finding, text: str, values: set[int]) -> list[Finding]:
    line_start = text.rfind("\n", 0, finding.start) + 1
    title = _ROW_TITLE.search(text, finding.start, finding.end)
    if title is not None and title.end() == finding.end:  # `Ella MRS`: the title left out
        finding = Finding("PERSON", finding.start, title.start(), finding.score)
    value = finding.value(text)
    before = _ROW_SURNAME.fullmatch(text, line_start, finding.start)
    capitals = None
    if before is None and _known_given(value):  # `Please remove SMITH, Judith from`
        before = capitals = _CAPITALS_BEFORE.search(text, max(0, finding.start - 40), finding.start)
    titled = _ROW_TITLE.match(text, finding.end) is not None
    valued = _valued(text, finding.end, values)  # `Woods, Russell: <phone>`
    if (
        before is not None
        and "," not in value
        and (titled or capitals or _ROW_END.match(text, finding.end))
        and before.group("name")[:1].isupper()
        and (
            _surname(before.group("name"))
            or ((titled or valued or _known_given(value)) and _no_cue(before.group("name")))
        )
        and before.group("name").casefold() not in NO_SURNAME  # `Br, Jonas` (round 49)
        and not name_rules.given(before.group("name").title())  # `Anna, Bo`: two given names
        and (_rare(value.split()[0].title()) or _known_given(value))
    ):
        return [Finding("PERSON", before.start("name"), finding.end, finding.score)]
    after = _GIVEN_AFTER.match(text, finding.end)
    if (
        after is not None
        and _ROW_HEAD.fullmatch(text, line_start, finding.start)
        and " " not in value
        and value.casefold() not in NO_SURNAME  # `Br, Jonas` (round forty-nine)
        and all(
            _known_given(w) or (_rare(w) and _valued(text, after.end(), values))
            for w in after.group("name").split()
        )
    ):
        if name_rules.given(value):  # `Anna, Bo`, `Ahmad, Hawar`: a name each
            return [finding, Finding("PERSON", *after.span("name"), finding.score)]
        return [Finding("PERSON", finding.start, after.end("name"), finding.score)]
    return [finding]


_CAPITALS_BEFORE = re.compile(r"(?<![\w-])(?P<name>[A-ZÅÄÖ]{2,}),[ \t]\Z")
_TO_VALUE = re.compile(r"[ \t]*[,:;]?[ \t]*")


def _valued(text: str, end: int, values: set[int]) -> bool:
    """Another kind of value (a phone, a personal number, an e-mail) follows the name."""
    match = _TO_VALUE.match(text, end)
    return match is not None and match.end() in values


def _surname(word: str) -> bool:
    """A surname before `, Given`: no everyday word, or one in the lists of surnames or written in
    capitals (`Woods`, `SMITH`), but no cue or greeting (`Hej`, `OBS`)."""
    listed = word.casefold() in name_rules.family_names() or (word.isupper() and len(word) > 1)
    return _rare(word.title()) or (listed and _no_cue(word))


def _known_given(word: str) -> bool:
    """A known given name, every part of a hyphenated one, an everyday word or not (`Maj-Britt`)."""
    parts = word.casefold().split("-")
    return word[:1].isupper() and all(
        p in name_rules.given_names() or p in WORD_NAMES for p in parts
    )


_FORMAT_KEY = re.compile(r"(?:BEGIN|END):\Z")
_SAINT = re.compile(r"(?:\b(?:Sankt|Saint|Sainte|S:t|St\.?|San|Santa|São)[ \t]+)\Z")
_SAINT_HEAD = re.compile(r"(?:Sankt|Saint|Sainte|S:t|St\.?)[ \t]")
_ARTICLE = re.compile(
    r"(?:^|[\s(])(?:en|ett|två|tre|fyra|a|an|one|two|three|four|another|en till)[ \t]+\Z"
)
_CLOSINGS = words("love kram kramar hälsningar mvh cheers regards best thanks tack xoxo")
_SHORTHAND = words("omw brb btw lol idk imo tbh ttyl fyi thx asap np ty")
_BYE = words("bye byebye hejdå hejsan ciao")


def no_name(finding: Finding, text: str) -> bool:
    """A PERSON that is no name where it stands (see the module's docstring)."""
    if finding.kind != "PERSON":
        return False
    value = finding.value(text)
    before = text[max(0, finding.start - 12) : finding.start]
    after = text[finding.end : finding.end + 3]
    parts = value.split()
    if not parts:
        return False
    key = value.casefold()
    if _FORMAT_KEY.search(before):
        return True
    if (_SAINT.search(before) or _SAINT_HEAD.match(value)) and re.match(r"['’]?s\b", after):
        return True  # `Sankt Olofs kyrka`, `St Mary's`: a church or a place
    if len(parts) == 1 and re.match(r"\.[a-zåäö]", after):
        return True  # `Reg.nr`, `Tel.nr`: an abbreviation joined to a word
    if len(value) <= 2 and after[:1] == "." and re.search(r"\b[a-zåäö]\.[ \t]\Z", before):
        return True  # `z. Hd.`: an abbreviation's second letter
    if key in _APPS or key in _SHORTHAND:
        return True
    if len(parts) == 1 and _ARTICLE.search(before) and not name_rules.given(value):
        return True  # `en X`, `två X`, `a X shelf`: a thing
    if key in _CLOSINGS and after[:1] == ",":
        return True  # `Love, A and B`: a letter's closing
    return key in _BYE and bool(re.search(r"\b(?:thanks|thank you|tack)[ \t]+\Z", before))


_PARTICLES = words("de da di del van von der den ter bin ibn al el la le du dos das af zu ó ní")


def repaired(finding: Finding, text: str) -> Finding:
    """A PERSON without a letter's closing (`Kram Anna`) or a lower-case word (no particle)
    before its capitalised name, and with an initial's dot kept before a sentence's dot."""
    if finding.kind != "PERSON":
        return finding
    value = finding.value(text)
    closing = re.match(rf"([^\W\d_]+),?[ \t]+(?=[{_CAP}])", value)
    if closing and closing.group(1).casefold() in _CLOSINGS and not _known_given(closing.group(1)):
        # `Kram Anna`: the closing is cut (not `Love Andersson`, where Love is a given name)
        finding = Finding("PERSON", finding.start + closing.end(), finding.end, finding.score)
        value = finding.value(text)
    head = re.match(rf"([a-zåäö]+)[ \t]+(?=[{_CAP}])", value)
    if head and head.group(1) not in _PARTICLES and not name_rules.known_name(head.group(1)):
        finding = Finding("PERSON", finding.start + head.end(), finding.end, finding.score)
        value = finding.value(text)
    if re.search(rf"(?:^|[ \t,])[{_CAP}]\Z", value) and text[finding.end : finding.end + 2] == "..":
        finding = Finding("PERSON", finding.start, finding.end + 1, finding.score)
    return finding
