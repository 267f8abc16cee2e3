"""Round fifty-nine (issue 15): the rules read off the leaks of the older dev sets (squares alone,
a list's item shaped as its named items, a chat's speakers after a clock time); made-up texts,
in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy import phones
from rung.privacy.detect import Detector
from rung.privacy.findings import Finding


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grind C (Järntorget): Olle Berg", ["Järntorget"]),
        ("Sotning sker Lilla torget och kvarteren runt om.", ["Lilla torget"]),
        ("Marknad Kornhamnstorg varje lördag i maj.", ["Kornhamnstorg"]),
        ("Torget är fullt av folk idag.", []),
    ],
)
def test_a_square_alone_is_an_address(detector: Detector, text: str, expected: list[str]) -> None:
    assert found(detector, text, "ADDRESS") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Städschema: Ylva (kök), Juni (kök), Maja (hall), Petra (hall)",
            ["Ylva", "Juni", "Maja", "Petra"],
        ),
        ("Kassaschema: mån Elin, tis Oskar, ons Mo, tor Saga", ["Elin", "Oskar", "Mo", "Saga"]),
        # the other items are no names: words of the lists only where named items outnumber them
        ("Skiftschema: Kök (dag), Bar (kväll), Lina (natt), Eva (dag)", ["Lina", "Eva"]),
    ],
)
def test_an_item_shaped_as_the_named_items_of_its_list(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "PERSON") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[19:02] julia: who has the key?\n[19:03] ray: me, omw", ["julia", "ray"]),
        ("08:15 ivy: jag tar kassan\n08:16 per: ok", ["ivy", "per"]),
        ("ray: is the vet still coming?\ntone: yep, after lunch", ["ray"]),
        ("anm: ring först\nobs: stängt på fredag", []),
    ],
)
def test_a_chats_speakers_after_a_clock_time_and_names_that_are_words(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "PERSON") == expected


def test_a_row_shaped_as_the_named_rows_above_it(detector: Detector) -> None:
    text = (
        "Hembesök fredag:\nBondarenko, Läkarvägen 1, 871 29 Härnösand\n"
        "Nilsson, Nötskrikesvängen 22, 271 79 Ystad\nNorling, Bäckebo 97, 791 91 Falun"
    )
    assert found(detector, text, "PERSON") == ["Bondarenko", "Nilsson", "Norling"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for your email about High Street. We grit it first.", ["High Street"]),
        ("Route 4: the roundabout, then Glen Road and the school.", ["Glen Road"]),
        ("Resurfacing of The Crescent starts on Monday.", ["The Crescent"]),
        ("Baker Street station is closed for repairs.", []),
        ("Kan du beställa The Road via Libris?", []),
    ],
)
def test_an_english_street_alone(detector: Detector, text: str, expected: list[str]) -> None:
    assert found(detector, text, "ADDRESS") == expected


def test_the_line_of_digits_below_an_address_is_a_phone_whatever_took_the_address() -> None:
    """Round fifty-eight's `Kraków\n972 74 354` held only while the address tagger took the line
    into the address; the retrained tagger stops before it, and the line is a phone still."""
    text = "Marta Zielińska\nul. Długa 14/2, 80-827 Gdańsk\n583 21 907\nmarta.z@example.pl"
    start = text.index("ul.")
    expected = [("ADDRESS", "ul. Długa 14/2, 80-827 Gdańsk"), ("PHONE", "583 21 907")]
    for end in (text.index("\n583"), text.index("\nmarta")):  # the line left out, or taken in
        found = phones.cut_addresses([Finding("ADDRESS", start, end, 0.8)], text)
        assert sorted((f.kind, f.value(text)) for f in found) == expected
        assert phones.cut_addresses(found, text) == found  # once: a second pass adds no phone
