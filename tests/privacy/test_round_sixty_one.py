"""Round sixty-one (issue 15): the rules read off dev-ib's leaks (a care firm named after its
owner; a key list's next row taken for a postcode and town); made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FAKTURA 3302\nDemir Home Care Ltd\nClient: Ruth", ["Demir", "Ruth"]),
        ("Anordnare: Baker Care AB, org.nr 556000-0000", ["Baker"]),
        ("Hej, det är Maja från Lindholm Omsorg. Vi kommer kl 9.", ["Maja", "Lindholm"]),
        ("Ref: Sara Holt, Director, Okafor Care Services Ltd, Leeds", ["Sara Holt", "Okafor"]),
        ("Utbetalt till Bergqvists Hemtjänst & Omsorg AB i mars", ["Bergqvist"]),
        # a care firm named after no one
        ("Ansökan skickas till Nordic Care AB, Box 1", []),
        ("We use Primary Care Services Ltd for cover.", []),
    ],
)
def test_a_care_firm_names_its_owner(detector: Detector, text: str, expected: list[str]) -> None:
    assert found(detector, text, "PERSON") == expected


@pytest.mark.parametrize(
    ("text", "names", "addresses"),
    [
        (
            "Nycklar\nA-12 Holm, Greta, Syrenvägen 4\nHT-22-310 Strand, Ivar, Lärkgatan 9",
            ["Holm, Greta", "Strand, Ivar"],
            ["Syrenvägen 4", "Lärkgatan 9"],
        ),
        (
            "Rapport\nBlåbärsvägen 3\n1102 Berglund, Anna 204,3",
            ["Berglund, Anna"],
            ["Blåbärsvägen 3"],
        ),
        # a postcode and town on the line after the street, then a name: the address keeps them
        (
            "Skicka till:\nBlåbärsvägen 3\n123 45 Ort\nMvh Anna Berg",
            ["Anna Berg"],
            ["Blåbärsvägen 3\n123 45 Ort"],
        ),
    ],
)
def test_a_rows_code_and_surname_are_no_postcode_and_town(
    detector: Detector, text: str, names: list[str], addresses: list[str]
) -> None:
    assert found(detector, text, "PERSON") == names
    assert found(detector, text, "ADDRESS") == addresses
