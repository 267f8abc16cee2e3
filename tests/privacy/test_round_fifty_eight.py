"""Round fifty-eight (issue 15): the rules read off the misses and false finds of the sets spent
this round (dev-hf, dev-hh, dev-hj) and of older dev sets' phones; made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector
from rung.privacy.name_spans import widen


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bake sale Saturday: call Marge at 482-7716 to help out.", ["482-7716"]),
        ("Ring Hanna Lind på 070 314 22 90 om nyckeln.", ["070 314 22 90"]),
        ("Tom has the farrier's number: 31 614 2290.", ["31 614 2290"]),
    ],
)
def test_a_number_after_a_cue_a_name_and_at(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "PHONE") == expected


def test_a_signature_line_of_digits_after_an_address_is_a_phone(detector: Detector) -> None:
    text = "Marta Zielińska\nul. Długa 14/2, 80-827 Gdańsk\n583 21 907\nmarta.z@example.pl"
    assert found(detector, text, "ADDRESS") == ["ul. Długa 14/2, 80-827 Gdańsk"]
    assert found(detector, text, "PHONE") == ["583 21 907"]


def test_a_street_after_a_venue_and_a_comma_is_its_address(detector: Detector) -> None:
    assert found(detector, "Nästa träff på Ekbackens förskola, Björkvägen.", "ADDRESS") == [
        "Björkvägen"
    ]
    assert found(detector, "Vi bor på Hotell Sjöudden hela juli.", "ADDRESS") == []


def test_both_streets_of_a_junction(detector: Detector) -> None:
    text = "Skada upptäckt i korsningen Lövstigen/Kyrkplan vid grävningen."
    assert found(detector, text, "ADDRESS") == ["Lövstigen", "Kyrkplan"]


def test_a_house_name_before_a_street_of_two_words(detector: Detector) -> None:
    text = "Base for the week: The Old Vicarage, Mill End, Kendal LA9 4QT. Parking in the yard."
    assert found(detector, text, "ADDRESS") == ["The Old Vicarage, Mill End, Kendal LA9 4QT"]
    assert found(detector, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Layer 14 | fill of ditch [301] | recorded by K. May | checked by Eva N.", ["K. May"]),
        (
            "Närvarande: Sara Holm (ordf.), Gudmar Lund, J. Ek",
            ["Sara Holm", "Gudmar Lund", "J. Ek"],
        ),
    ],
)
def test_a_surname_that_is_a_word_or_a_town_stays_in_the_span(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "PERSON")[: len(expected)] == expected


def test_a_given_name_that_is_a_place_too_before_two_more(detector: Detector) -> None:
    text = "We certify that Virginia Louise Hamilton completed the course on 3 May."
    assert found(detector, text, "PERSON") == ["Virginia Louise Hamilton"]
    assert found(detector, "She moved to Virginia. Louise Hamilton stayed.", "PERSON") == [
        "Louise Hamilton"
    ]


def test_a_numbered_list_does_not_cut_the_name_before_the_next_number() -> None:
    """Span repair reads the next line's `2.` as no house number after the name."""
    text = "Deltagare:\n1. Anastasiia Polishchuk\n2. Åke Berg"
    start = text.index("Anastasiia")
    assert text[slice(*widen(text, start, start + len("Anastasiia")))] == "Anastasiia Polishchuk"


def test_who_writes_after_a_greeting(detector: Detector) -> None:
    assert found(detector, "Hej det är per! Vi väntar vid grinden.", "PERSON") == ["per"]
    assert found(detector, "hej det är bra! ses sen", "PERSON") == []
