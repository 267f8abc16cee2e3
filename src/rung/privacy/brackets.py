"""Round thirty-two: brackets kept whole. A phone number that opens a bracket it does not close
starts after it (`(072-744 47 47)` gives `072-744 47 47`; `(072) 744 47 47` stays whole). An
address closes the bracket it opens (`Vicolo dei Cestai 79/A, 75064 Orvieto (TR)`, `Diabasåsen by
3270 (Hackås)`) and takes in a region or a town in brackets right after its postcode and town
(`Lindenweg 57, 27283 Verden (Aller)`), with whatever was found inside it."""

from __future__ import annotations

import re

from rung.privacy.findings import Finding
from rung.privacy.names import NO_NAME_WORDS, given, known_name
from rung.privacy.tagger import everyday_zipf

# A region or a town in brackets: one to three capitalised words (`(Aller)`, `(TR)`).
_REGION = re.compile(r"[ \t]*\([A-ZÅÄÖÉ][\w-]*(?:[ \t][A-ZÅÄÖÉ][\w-]*){0,2}\)")
_POSTCODE = re.compile(r"(?<!\d)(?:\d{3}[ \t]?\d{2}|\d{4,5})(?!\d)")


def balanced(found: list[Finding], text: str) -> list[Finding]:
    """`found` with each phone number and address kept to whole brackets (see the module)."""
    people = [f for f in found if f.kind == "PERSON"]
    out = [_balanced(f, text, people) for f in found]
    grown = [(old.end, new.end) for old, new in zip(found, out, strict=True) if new.end > old.end]
    return [f for f in out if not any(s <= f.start and f.end <= e for s, e in grown)]


def _balanced(f: Finding, text: str, people: list[Finding]) -> Finding:
    value = f.value(text)
    if f.kind == "PHONE" and value.startswith("(") and ")" not in value:
        return Finding("PHONE", f.start + 1, f.end, f.score)
    if f.kind != "ADDRESS":
        return f
    if value.count("(") > value.count(")") and text.startswith(")", f.end):
        return Finding("ADDRESS", f.start, f.end + 1, f.score)
    region = _REGION.match(text, f.end)
    if (
        region is not None
        and _POSTCODE.search(value)
        and not _everyday(region.group().strip(" \t()"))
        and not any(f.end <= p.start < region.end() and _person(p, value, text) for p in people)
    ):
        return Finding("ADDRESS", f.start, region.end(), f.score)
    return f


def _everyday(words_in: str) -> bool:
    """Words of which one is an everyday word (`(Kunden)`, `(Leverantören)`: no region)."""
    return any(not w.isupper() and max(everyday_zipf(w.casefold())) >= 3 for w in words_in.split())


# A Swedish postcode and town, after which no region is written in brackets.
_SWEDISH_POSTCODE = re.compile(r"(?<!\d)\d{3}[ \t]\d{2}[ \t]+[^\W\d_]+\Z")


def _person(found: Finding, address: str, text: str) -> bool:
    """A PERSON that is one: two words or more, or a known given name (`(Anna)`; not `(Aller)`),
    or (round forty-nine, dev-fd) a listed name no place's after a Swedish postcode and town
    (`611 22 Nyköping (Kaczmarek)`)."""
    value = found.value(text)
    listed = known_name(value) and value.casefold() not in NO_NAME_WORDS
    return (
        " " in value or given(value) or (listed and _SWEDISH_POSTCODE.search(address) is not None)
    )
