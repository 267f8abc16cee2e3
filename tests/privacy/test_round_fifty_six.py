"""Round fifty-six (issue 15): the rules read off the misses and false finds of the sets spent
this round (dev-gt, dev-gv, dev-gx) and of older dev sets; made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy import names
from rung.privacy.detect import Detector


@pytest.mark.parametrize(
    "text",
    [
        "Deltagare S-0417 rapporterade huvudvärk efter dos två.",
        "Ärende IT-40912 är stängt.",
        "Föremål: cykeldator (S/N K7PQ2ZT9), hittad i omklädningsrummet.",
        "Vaccinationslista 75+\nbokas via receptionen",
    ],
)
def test_a_code_or_a_list_heading_is_no_address(detector: Detector, text: str) -> None:
    assert found(detector, text, "ADDRESS") == []


def test_a_street_beside_a_list_heading_is_still_found(detector: Detector) -> None:
    text = "Klasslista 4\nHolm, Ebbe, Tallvägen 3, 312 31 Laholm"
    assert found(detector, text, "ADDRESS") == ["Tallvägen 3, 312 31 Laholm"]


@pytest.mark.parametrize(
    "text",
    [
        "Jag fick remissen via Solhems vårdcentral.",
        "Dr Emma Lind, distriktsläkare\nHälsocentralen Frösön, tel. 010-123 45 67",
        "Proverna skickas till Biobank Sverige.",
    ],
)
def test_a_health_centre_or_a_biobank_is_no_address(detector: Detector, text: str) -> None:
    assert found(detector, text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vaccination lördag\n09:00 Holm, Ebbe\n09:05 Ward, Cerys\n09:10 Lindqvist, Maja",
            ["Holm, Ebbe", "Ward, Cerys", "Lindqvist, Maja"],
        ),
        (
            "Återuppringningar:\n1. Berg, Jöns – 070-111 22 33 – provsvar\n"
            "2. Holm, Sara – 070-222 33 44 – recept\n3. Ek, Lars – 070-333 44 55 – intyg",
            ["Berg, Jöns", "Holm, Sara", "Ek, Lars"],
        ),
        (
            "Callbacks\nMoss, Elsie +44 7700 900111\nHughes, Nell +44 7700 900222\n"
            "Cross, Ivy +44 7700 900333",
            ["Moss, Elsie", "Hughes, Nell", "Cross, Ivy"],
        ),
        (
            "Flu clinic\n08:00 Li, Min\n08:10 Berg, Anna\n08:20 Ek, Sara",
            ["Li, Min", "Berg, Anna", "Ek, Sara"],
        ),
    ],
)
def test_rows_of_surname_and_given_name_after_a_time_or_a_number(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "PERSON") == expected


def test_a_swedish_compound_in_ska_is_no_polish_surname() -> None:
    assert not names.known_name("Studiesjuksköterska")
    assert not names.shaped_surname("Barnsjuksköterska")
    assert names.known_name("Kowalska")
    assert names.shaped_surname("Wiśniewska")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please ask Dr Cross to ring me back today.", "Cross"),
        ("Mrs Price rang about the results.", "Price"),
    ],
)
def test_a_surname_that_is_a_word_after_an_honorific(
    detector: Detector, text: str, name: str
) -> None:
    assert found(detector, text, "PERSON") == [name]


def test_a_given_name_genitive_whose_word_is_a_surname(detector: Detector) -> None:
    assert found(detector, "Lämna pärmen på Michaels skrivbord.", "PERSON") == ["Michael"]


def test_a_given_name_genitive_whose_word_is_a_given_name_stays_whole(
    detector: Detector,
) -> None:
    assert found(detector, "Det var Jens bil som stod där.", "PERSON") == ["Jens"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Hej! Jag heter Sara Holm och söker jobbet. Bor på lindallé.", "lindallé"),
        ("Hej! Jag heter Sara Holm och söker jobbet. Bor på sjökajen.", "sjökajen"),
        ("cykeln stod vid brunnsplan hela natten", "brunnsplan"),
    ],
)
def test_a_lower_case_street_alone(detector: Detector, text: str, street: str) -> None:
    assert found(detector, text, "ADDRESS") == [street]


def test_a_turning_place_is_no_street(detector: Detector) -> None:
    assert found(detector, "bussen vände vid vändplan och åkte tillbaka", "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Plats: i parken bakom Fisktorget", "Fisktorget"),
        ("Cykelparkering finns på Gröna gången.", "Gröna gången"),
    ],
)
def test_a_capitalised_square_or_path_alone(detector: Detector, text: str, street: str) -> None:
    assert found(detector, text, "ADDRESS") == [street]


def test_a_particle_after_a_list_row_number(detector: Detector) -> None:
    text = (
        "Utskick\n1. Berg, Åsa, Tallvägen 5, 216 10 Malmö\n"
        "2. von Essen, Carl, Kyrkvägen 3, 432 98 Varberg"
    )
    assert "von Essen, Carl" in found(detector, text, "PERSON")


def test_an_english_surname_in_s_before_an_english_noun_stays_whole(detector: Detector) -> None:
    text = "Technician notes: Edwards residence, 12 Oak Avenue"
    assert found(detector, text, "PERSON") == ["Edwards"]
