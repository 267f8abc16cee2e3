"""Round thirty: the name after `c/o` is a PERSON of its own, and the address starts at the
street (`c/o Asha Osman, Björnvägen 3, 756 55 Uppsala`: `Asha Osman` a PERSON, `Björnvägen 3,
756 55 Uppsala` an ADDRESS, `c/o` neither). The writers of BH on, and the briefs of every writer
since, label it so; some earlier writers kept the name inside the address, and the scorer reads
their labels in this one convention too (`rung.privacy.evaluate.score_example`). Hidden either
way: the kind changes, not what reaches an upstream.

Round thirty-one: a person's name before the street, at an address's start or at a line's start
inside it, is a PERSON the same way (`Rose-Marie Törnqvist, Lindvägen 4 lgh 1104`, `Change of
address: Ravi Patel moved from 213 Quarry Road, ...`, a list of `Name, Street N` lines that the
address tagger took as one): two to four capitalised words, the first a listed given name and
no street's first word (`Rua Melissa Oliveira, 68`), no house's word in them (`Rose Cottage`),
then a comma (maybe `formerly of`, `from`) or `moved from`, and a number on the rest of the line.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import words
from rung.privacy.names_forms import NOT_PEOPLE

# Round forty-nine (dev-fh): `att.` and `attn` (for the attention of) the same way.
_CARE_OF = re.compile(
    r"(?i:c/o|c/o:|att\.|att:|attn\.?|attn:)[ \t]+(?P<name>[^\d,\n]{2,60}?)"
    r"[ \t]*(?:,[ \t]*|\n[ \t]*)(?=[\w])"
)


def split(address: Finding, text: str) -> tuple[Finding | None, Finding] | None:
    """The PERSON (None for a firm's name) and the ADDRESS of an ADDRESS that starts with `c/o
    <name>`, or None."""
    match = _CARE_OF.match(text, address.start, address.end)
    if address.kind != "ADDRESS" or match is None or match.end() >= address.end:
        return None
    person = Finding("PERSON", match.start("name"), match.end("name"), address.score)
    rest = Finding("ADDRESS", match.end(), address.end, address.score)
    return (None if _a_firm(match.group("name")) else person), rest


def _a_firm(name: str) -> bool:
    """A firm or a body after `c/o`, by its last word (`c/o Castlegate Estates`, `c/o Riverside
    Housing`; round thirty-seven, dev-cq), or after an article (`c/o the funeral directors`): no
    person, though the address still starts after it."""
    from rung.privacy.names_things import body_word

    words = name.split()
    if words and words[0] in ("the", "a", "an", "our", "my", "your", "vår", "min", "din", "er"):
        return True  # round thirty-eight (dev-cs): `c/o the funeral directors`
    return bool(words) and body_word(words[-1])


def apart(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each ADDRESS that starts with `c/o <name>` cut in two (`split`)."""
    out: list[Finding] = []
    for f in findings:
        parts = split(f, text)
        out.extend((p for p in parts if p is not None) if parts is not None else (f,))
    return out


_WORD = r"[A-ZÅÄÖÉØÆ][\w'’-]+"
_LINE_BREAK = re.compile(r"\n[ \t]*")
_NAME_FIRST = re.compile(
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})"
    r"(?:,[ \t]*(?:(?i:formerly[ \t]+of|from)[ \t]+)?|[ \t]+(?i:moved[ \t]+from)[ \t]+)(?=\S)"
)
# A line inside an address that is a name alone, maybe after a flat's number (`1101 Lena
# Bergqvist` in a list of tenants that the address tagger took in with the street above it).
_NAME_LINE = re.compile(
    rf"(?:\d{{1,5}}[ \t]+)?(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*(?=\n|\Z)"
)
# The words of a street's name that come first (`Rua Melissa Oliveira, 68`, `Via Roma, 3`).
_WAYS_FIRST = words(
    "rua avenida travessa alameda estrada praça largo via viale piazza piazzale corso vicolo "
    "strada contrada borgo canale incrocio rotonda calle carrer avinguda plaza paseo camino rue "
    "avenue boulevard chemin allée place quai impasse route ulica aleja odos"
)
# The words of a house's or a farm's name (`Rose Cottage`, `Villa Björkhagen`).
_HOUSES = words(
    "cottage house farm lodge villa manor hall barn mill court park grange gård torp hus"
)


def _person_first(text: str, start: int, end: int, inner: bool) -> re.Match[str] | None:
    """A person's name first at `start`, before a street on the same line (see the module);
    on a line inside an address, with a listed surname last (not `Nong Prue, Bang Lamung`)."""
    match = _NAME_FIRST.match(text, start, end)
    alone = match is None and inner
    if alone:
        match = _NAME_LINE.match(text[:end], start)
    if match is None:
        return None
    parts = match.group("name").casefold().split()
    given = all(part in name_rules.given_names() for part in parts[0].split("-"))
    if not given or parts[0] in _WAYS_FIRST or (_HOUSES | NOT_PEOPLE) & set(parts):
        return None  # not `Rose Cottage, ...`, `Rua Melissa Oliveira, 68`, `Hartwell Lane LLP`
    last = match.group("name").split()[-1]
    if alone:  # a name alone on its line: a surname's shape or any listed name last
        return match if name_rules.surname(last) or name_rules.listed(last) else None
    if inner and parts[-1] not in name_rules.family_names():
        return None
    line_end = text.find("\n", match.end(), end)
    rest = text[match.end() : end if line_end < 0 else line_end]
    return match if re.search(r"\d", rest) else None


def people_apart(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the person's names taken out of each ADDRESS (see the module): the name a
    PERSON, what lies between the names an ADDRESS each."""
    out: list[Finding] = []
    for f in findings:
        if f.kind != "ADDRESS":
            out.append(f)
            continue
        starts = [f.start] + [m.end() for m in _LINE_BREAK.finditer(text, f.start, f.end)]
        cuts = [m for s in starts if (m := _person_first(text, s, f.end, s > f.start)) is not None]
        if not cuts:
            out.append(f)
            continue
        begin = f.start
        for cut in cuts:
            piece = text[begin : cut.start()].rstrip()
            if piece.strip():
                out.append(Finding("ADDRESS", begin, begin + len(piece), f.score))
            out.append(Finding("PERSON", *cut.span("name"), f.score))
            begin = cut.end()
            begin += len(text[begin : f.end]) - len(text[begin : f.end].lstrip())
        if text[begin : f.end].strip():
            out.append(Finding("ADDRESS", begin, f.end, f.score))
    return out
