"""What a pattern of `rung.privacy.addresses` took that is no address (rounds thirty-six and
thirty-seven): an addressee's name on an address label's line above a `c/o` line, a date where a
house number would stand, a signer's initial and surname before a day and month.
"""

from __future__ import annotations

import re

# Round thirty-seven (dev-cq): a label's line without a digit above a `c/o` line holds the
# addressee (`Fakturaadress: Hampus Hermansson\nc/o Hjördis Persson\nBäcksvängen 15 ...`).
_CARE_OF_NEXT = re.compile(r"[ \t]*\n[ \t]*(?i:c/o)[ \t]")


def addressee_line(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    return not any(c.isdigit() for c in value) and _CARE_OF_NEXT.match(text, end) is not None


# Round thirty-six (dev-ck): a surname after an initial, then a day and month or a number
# (`Kontrollerad av K. Sandberg 4/5`): a person who signed, not a street.
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-ZÅÄÖ]\.[ \t]+\Z")
_WORD_AND_NUMBER = re.compile(r"[^\W\d_]+[ \t]\d{1,2}(?:/\d{1,2})?")


def _initialled(text: str, start: int, end: int) -> bool:
    return bool(
        _INITIAL_BEFORE.search(text[max(0, start - 4) : start])
        and _WORD_AND_NUMBER.fullmatch(text, start, end)
    )


# Round thirty-six (dev-cn): a date where a house number would stand (`Hearing 2027-11-04`,
# `avliden 2027-04-06`, `Ludvika 2027-03-01`).
# Round thirty-seven (dev-cq): a day, a month and a year with dots (`Rondering 25.7.2027`).
_DATE_AS_NUMBER = re.compile(
    r"(?<![\d-])(?:(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)(?![\d-])"
)


def _dated(text: str, start: int, end: int) -> bool:
    """Whether the first number of the address from `start` to `end` begins a date."""
    first = re.search(r"\d", text[start:end])
    return first is not None and _DATE_AS_NUMBER.match(text, start + first.start()) is not None


def no_address(text: str, start: int, end: int) -> bool:
    """Whether the match from `start` to `end` is a date's or a signer's (above)."""
    return _dated(text, start, end) or _initialled(text, start, end)
