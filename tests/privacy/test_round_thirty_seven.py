# ruff: noqa: E501
"""Round thirty-seven (issue 15): the rules read off the misses of the dev sets (dev-ad, dev-as,
dev-bt, dev-bw, dev-ck, dev-cm) and of the sets spent this round; made-up texts, in no set."""

from __future__ import annotations

import pytest

from rung.privacy.detect import Detector


def _of(detector: Detector, text: str, kind: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Contact 0709167258 after five.",
        "ring ägaren Lars Johansson på 0702837907, tack.",
        "Vår säljare: Jörgen Gustafsson, 0737313730.",
    ],
)
def test_ten_plain_digits_from_a_mobiles_prefix_are_a_phone(detector: Detector, text: str) -> None:
    """A Swedish mobile's ten digits make a valid personnummer too; with no personnummer's word
    before them they are a number to call."""
    assert len(_of(detector, text, "PHONE")) == 1
    assert _of(detector, text, "NATIONAL_ID") == []


@pytest.mark.parametrize(
    "text",
    [
        "Personnummer: 0709167258",
        "Pers.nr 0709167258",
        "Patient född 0709167258, inskriven i dag.",
        "Kontaktperson vid dödsfall: Eddie Andersson, 0212253538.",  # no mobile's prefix
    ],
)
def test_a_personnummer_keeps_its_kind(detector: Detector, text: str) -> None:
    assert len(_of(detector, text, "NATIONAL_ID")) == 1
    assert _of(detector, text, "PHONE") == []


def test_a_number_called_from_is_a_phone(detector: Detector) -> None:
    text = "Claim note: the owner called from 917 01 479 about the surgery."
    assert _of(detector, text, "PHONE") == ["917 01 479"]
    assert _of(detector, "We called from 2019 to 2021.", "PHONE") == []


@pytest.mark.parametrize(
    ("text", "address", "phone"),
    [
        # a Spanish number's first groups were taken for a postcode after the town
        ("Vet abroad: José Martínez, Calle Real 109, 29679 Marbella, 952 39 84 28", "Calle Real 109, 29679 Marbella", "952 39 84 28"),
        ("Tour operator: Amir Hodzic, Calle Larios 102\n29013 Málaga, 6902 587 623, info@example.com", "Calle Larios 102\n29013 Málaga", "6902 587 623"),
        # a US number without its area code after the ZIP
        ("Owner Ann Brown, 8768 Old Mill Road, Lexington, KY 40533, 555-0335.", "8768 Old Mill Road, Lexington, KY 40533", "555-0335"),
    ],
)  # fmt: skip
def test_a_number_after_an_address_is_no_part_of_it(
    detector: Detector, text: str, address: str, phone: str
) -> None:
    assert _of(detector, text, "ADDRESS") == [address]
    assert _of(detector, text, "PHONE") == [phone]


def test_a_postcode_and_town_after_a_street_stay_the_address(detector: Detector) -> None:
    text = "Storgatan 5, 123 45 Stockholm, 08-123 45 67"
    assert _of(detector, text, "ADDRESS") == ["Storgatan 5, 123 45 Stockholm"]
    assert _of(detector, text, "PHONE") == ["08-123 45 67"]
