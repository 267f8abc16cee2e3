"""Check digits of the identifiers rung detects: Luhn (cards, Swedish personnummer), IBAN mod 97.

Pure functions on strings, no imports beyond the standard library, so tests and the labelled
set's builder can use them without loading Presidio.
"""

from __future__ import annotations

import datetime as dt
import re

_PERSONNUMMER = re.compile(r"^(\d{2})?(\d{2})(\d{2})(\d{2})([-+ ]?)(\d{3})(\d)$")


def digits_of(text: str) -> str:
    """The digits of `text`, in order (separators dropped)."""
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(number: str) -> bool:
    """Whether the digit string `number` passes the Luhn check (its last digit checks the rest)."""
    if not number.isdigit() or len(number) < 2:
        return False
    total = 0
    for position, char in enumerate(reversed(number)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    """The Luhn check digit that makes `body + digit` valid."""
    for digit in "0123456789":
        if luhn_ok(body + digit):
            return digit
    raise ValueError(f"no Luhn digit for {body!r}")


def _date_ok(century: str | None, year: str, month: str, day: str) -> bool:
    """Whether the date exists; without a century, any year of 1900-2099 that fits will do."""
    years = [int(century + year)] if century else [1900 + int(year), 2000 + int(year)]
    for full_year in years:
        try:
            dt.date(full_year, int(month), int(day))
        except ValueError:
            continue
        return True
    return False


def swedish_id_kind(text: str) -> str | None:
    """'personnummer' or 'samordningsnummer' when `text` is a valid one, else None.

    Accepts YYMMDD-NNNN, YYMMDD+NNNN, YYMMDD NNNN, YYMMDDNNNN and the 12-digit forms with the
    century.
    A samordningsnummer is a personnummer whose day is raised by 60. The Luhn check covers the
    ten digits after the century.
    """
    match = _PERSONNUMMER.match(text.strip())
    if match is None:
        return None
    century, year, month, day, _sep, serial, check = match.groups()
    if century is not None and century not in ("18", "19", "20"):
        return None
    kind = "personnummer"
    day_number = int(day)
    if day_number > 60:
        kind, day_number = "samordningsnummer", day_number - 60
    if not _date_ok(century, year, month, f"{day_number:02d}"):
        return None
    if not luhn_ok(year + month + day + serial + check):
        return None
    return kind


def iban_ok(text: str) -> bool:
    """Whether `text` (spaces allowed) is an IBAN whose mod-97 check holds."""
    compact = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits that make `country + digits + bban` a valid IBAN."""
    rearranged = bban.upper() + country.upper() + "00"
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(number) % 97:02d}"
