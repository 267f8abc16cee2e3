"""The checks a phone number the library found must pass before the detector keeps it, and
the trims that cut it to the number: brackets and spaces around it, digits glued before it, an
extension or a full stop after it; dates, hours, years, SSN-shaped and bare digit runs are no
phone numbers (docs/privacy.md, rounds two, twenty-six, twenty-nine, thirty-six, forty-five)."""

from __future__ import annotations

import re

from rung.privacy.findings import Finding

_DATE_LIKE = re.compile(r"^(?:19|20)\d\d[-./ ]\d{1,4}(?:[-./ ]\d{1,2})?$")
_SSN_LIKE = re.compile(r"^\d{3}-\d{2}-\d{4}$")
# Round twenty-six: opening hours and a date written day first (`07.00–17.00`, `01.04.1960`).
_CLOCK_OR_DAY = re.compile(
    r"^(?:[0-2]?\d[.:][0-5]\d ?[–-] ?[0-2]?\d[.:][0-5]\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)$"
)
_YEARS = re.compile(r"^\(?(?:1[5-9]|20)\d\d ?[–-] ?(?:1[5-9]|20)\d\d\)?$")  # `(1864–1931)`
_DIGIT_BEFORE = re.compile(r"\d[ -]?\Z")  # \Z: a digit ending the line before is apart
_DIGIT_AFTER = re.compile(r"[ -]?\d")


def inside_digits(finding: Finding, text: str) -> bool:
    """A digit right before or after the finding (a part of a longer number)."""
    before = _DIGIT_BEFORE.search(text, max(0, finding.start - 2), finding.start)
    return before is not None or _DIGIT_AFTER.match(text, finding.end) is not None


_NANP = re.compile(r"^(?:1[-. ])?\d{3}[-. ]\d{3}[-. ]\d{4}$")  # `1-515-262-1158` too
# An extension after the number (`0117 496 0403 ext. 214`): no part of the number found.
_EXTENSION = re.compile(
    r"[ \t]*,?[ \t]*(?i:ext|extn|extension|x|ankn|anknytning)\.?[ \t]*\d{1,6}\Z"
)

_OPEN_BRACKET = re.compile(r"\((?=[0+])[^)]*\Z")  # `(072 240 62 75` of `kl 10 (072 ...)`
_AROUND_PHONE = " \t\n[]"  # round twenty-nine: not part of a phone number the library takes in
# Round thirty-six (dev-bx): the end of a model's number and a dash the library took in.
# Round thirty-seven (dev-cq): or a floor's or a list's number and a full stop before a number
# from 0 (`Mossstigen 7D vån 1. 0723525713`).
_GLUED = re.compile(r"[1-9][^+(]*[ \t][–—][ \t]+(?=[+(\d])|\d{1,3}\.[ \t]+(?=0\d)")
# Round forty-five (dev-ef): a full stop, a space and a number after a dotted US number.
_FULL_STOP = re.compile(r"\.[ \t]+\d{1,3}\Z")
# Round forty-nine (dev-fh): an NHS number that fails its check is still no phone number.
_NHS_BEFORE = re.compile(r"(?i:nhs)[ \t]*(?i:number|no\.?|nr\.?|#)?[ \t]*:?[ \t]*\Z")
IN_PHONE = re.compile(r"(?:\+\d{0,3}[.]?|\d[.])$")  # after `+` or in a longer dotted run


def plausible_phone(value: str) -> bool:
    """A phone number is written with a trunk or international prefix, in brackets, or as
    NNN-NNN-NNNN; dates, hours, years of a life, SSN-shaped numbers, hex and bare digit runs
    are not phone numbers, nor is a piece of a longer run of digit groups (a card number or IBAN
    that failed its check)."""
    if any(p.match(value) for p in (_DATE_LIKE, _CLOCK_OR_DAY, _SSN_LIKE, _YEARS)):
        return False
    if sum(c.isdigit() for c in value) < 7:
        return False
    if any(ch.isalpha() for ch in value):
        return False
    digits = re.sub(r"\D", "", value)
    if len(digits) == 10 and digits.startswith("123"):
        return False  # round forty-five (dev-ef): a firm's Swish number (`(123 698 99 01)`)
    return value.startswith(("+", "0", "(")) or bool(_NANP.match(value))


def clean_phone(finding: Finding, text: str) -> Finding | None:
    """Trim a phone number the library found to the number, or drop it as no phone number."""
    if _NHS_BEFORE.search(text, max(0, finding.start - 20), finding.start):
        return None
    value = finding.value(text)
    if value != value.strip(_AROUND_PHONE):  # the library's ` 073 32 62 531` after `5464
        start = finding.start + len(value) - len(value.lstrip(_AROUND_PHONE))  # /`, `[070-`
        finding = Finding("PHONE", start, start + len(value.strip(_AROUND_PHONE)), finding.score)
        value = finding.value(text)
    glued = _GLUED.match(value)  # `X50 – (073) 200 38 76`: a model's digits, a dash, a number
    if glued is not None:
        finding = Finding("PHONE", finding.start + glued.end(), finding.end, finding.score)
        value = finding.value(text)
    extension = _EXTENSION.search(value)
    if extension is not None:
        finding = Finding(
            finding.kind, finding.start, finding.start + extension.start(), finding.score
        )
        value = finding.value(text)
    ended = _FULL_STOP.search(value)  # `773.555.0136. 37 boxes`: the sentence ended
    if ended is not None and plausible_phone(value[: ended.start()]):
        finding = Finding("PHONE", finding.start, finding.start + ended.start(), finding.score)
        value = finding.value(text)
    if not plausible_phone(value):
        return None
    # `kl 10 (072 240 62 75)`: the bracket opens the number, no digit before it is a part
    if inside_digits(finding, text) and _OPEN_BRACKET.match(value):
        finding = Finding("PHONE", finding.start + 1, finding.end, finding.score)
    return None if inside_digits(finding, text) else finding
