"""Round fifty-seven (issue 15): the rules read off the misses and false finds of the sets spent
this round (dev-gz, dev-hb, dev-hd); made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy import names_forms
from rung.privacy.detect import Detector
from rung.privacy.findings import Finding
from rung.privacy.person_checks import lower_inside


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Invoice from Lindqvist Ceramics Ltd, paid 3 May.", ["Lindqvist"]),
        ("Leverantör: Nordberg Aquatics AB, Hamngatan 4, 211 22 Malmö.", ["Nordberg"]),
        ("Megan Rhodes's Yoga Studio\nopen Monday to Friday", ["Megan Rhodes"]),
    ],
)
def test_a_firm_named_after_its_owner_names_a_person(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "PERSON") == expected


def test_a_genitive_of_a_name_before_a_firm_is_still_the_owner(detector: Detector) -> None:
    assert found(detector, "Faktura från Ali Hussainis Fastigheter AB.", "PERSON") == [
        "Ali Hussaini"
    ]


def test_a_span_is_cut_at_a_short_word_no_name_has() -> None:
    """The model's span over `på` (`ring Elias O. på Djursjukhuset`) is cut there."""
    text = "Glöm inte: ring Tobias K. på Djursjukhuset om provsvaren."
    span = Finding("PERSON", text.index("Tobias"), text.index(" om"), 0.8)
    assert next(f.value(text) for f in lower_inside(span, text)) == "Tobias K"  # (the dot: later)


def test_a_surname_in_the_genitive_after_a_role(detector: Detector) -> None:
    assert found(detector, "Head keeper McBride's notes: the seals ate well.", "PERSON") == [
        "McBride"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inventor: 55 Teheran-ro, Gangnam-gu, Seoul 06236, Republic of Korea.",
            ["55 Teheran-ro, Gangnam-gu, Seoul 06236, Republic of Korea"],
        ),
        (
            "Inventor: Raj Mehta, 41 Brigade Road, Bengaluru 560001, Karnataka, India; Li Wei.",
            ["41 Brigade Road, Bengaluru 560001, Karnataka, India"],
        ),
        (
            "Protokoll styrgruppen 2027-03-02, Folkets Husväg 4\nNärvarande: Vera Holm, Aron Ek",
            ["Folkets Husväg 4"],
        ),
    ],
)
def test_addresses_further_abroad_and_a_peoples_street(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "ADDRESS") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Renewal list 2/11\nEP 3 812 455 B1 (SE, DE, FR) – owner Chen, Hao – due 2027-11-30",
        "Förnyelselista 3/11\nSE 541 220 C2 – ägare Holm, Vera – senast 4 december\n"
        "EP 3 812 455 B1 (SE, DE, FR) – ägare Chen, Hao – senast 2027-11-30",
    ],
)
def test_a_patents_number_is_no_address(detector: Detector, text: str) -> None:
    assert found(detector, text, "ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ansökan om registrering av varumärket HAVSBRIS (PRV 2027/10022) avslås.",
        "Ordmärket MOLNFRI vs figurmärket ISBLÅ: risk för förväxling.",
        "The trade mark: STARFORGE\nClasses: 9 and 42\nHi Dana, the renewal for STARFORGE is due.",
    ],
)
def test_a_trade_mark_in_capitals_is_no_name(detector: Detector, text: str) -> None:
    assert [p for p in found(detector, text, "PERSON") if p.isupper()] == []


def test_a_name_in_capitals_after_a_label_is_still_a_name(detector: Detector) -> None:
    text = "Märke: Volvo\nEfternamn: KOWALCZYK\nFörnamn: PIOTR"
    assert found(detector, text, "PERSON") == ["KOWALCZYK", "PIOTR"]


def test_overlapping_spans_over_a_list_are_merged_over_both() -> None:
    """A span over a list's first two lines gave way to a longer one over the next lines, and
    the first line's name reached the upstream (dev-gz)."""
    text = "Deltagarlista:\nBritt Elisabet Holm\nJonas Mattsson\nPekka Laine\nJari Heikkinen"
    first = text.index("Britt"), text.index("\nPekka")
    second = text.index("Jonas"), len(text)
    spans = [Finding("PERSON", *first, 0.8), Finding("PERSON", *second, 0.5)]
    assert [f.value(text) for f in names_forms.repair(spans, text)] == [text[first[0] :]]
