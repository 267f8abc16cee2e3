from __future__ import annotations

import pytest

from rung.privacy.checksums import (
    iban_check_digits,
    iban_ok,
    luhn_digit,
    luhn_ok,
    swedish_id_kind,
)


def test_luhn_accepts_known_card_and_rejects_one_digit_off() -> None:
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")
    assert luhn_digit("411111111111111") == "1"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("121212-1212", "personnummer"),
        ("1212121212", "personnummer"),
        ("19121212-1212", "personnummer"),
        ("191212121212", "personnummer"),
        ("121212+1212", "personnummer"),
        ("121212 1212", "personnummer"),
        ("850374-1236", "samordningsnummer"),
        ("198307686116", "samordningsnummer"),
    ],
)
def test_swedish_id_forms(text: str, kind: str) -> None:
    assert swedish_id_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "121212-1213",  # wrong check digit
        "19121212-1213",
        "556036-0793",  # organisationsnummer: month 60
        "850231-1234",  # 31 February, whatever the check digit
        "17121212-1212",  # no such century
        "12121-21212",
        "121212  1212",  # two spaces: no one form
        "121212 1213",  # a space, the wrong check digit
        "850394-1230",  # samordningsnummer day 34
    ],
)
def test_swedish_id_rejects(text: str) -> None:
    assert swedish_id_kind(text) is None


def test_samordningsnummer_is_personnummer_day_plus_sixty() -> None:
    body = "850314123"
    coordination = "850374123"
    assert swedish_id_kind(body[:6] + "-" + body[6:] + luhn_digit(body)) == "personnummer"
    number = coordination[:6] + "-" + coordination[6:] + luhn_digit(coordination)
    assert swedish_id_kind(number) == "samordningsnummer"


def test_iban_mod97() -> None:
    assert iban_ok("SE45 5000 0000 0583 9825 7466")
    assert iban_ok("GB82WEST12345698765432")
    assert not iban_ok("SE46 5000 0000 0583 9825 7466")
    digits = iban_check_digits("DE", "370400440532013000")
    assert iban_ok(f"DE{digits}370400440532013000")
