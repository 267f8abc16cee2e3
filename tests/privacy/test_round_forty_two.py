"""Round forty-two (issue 15): the rules read off the misses of the dev sets and of the sets spent
this round; made-up texts, in no set."""

from __future__ import annotations

import pytest

from rung.privacy.detect import Detector


def _people(detector: Detector, text: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]


def _addresses(detector: Detector, text: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The new owner, Brenda Good, changed the locks.", "Brenda Good"),
        ("Please ask Harriet Sharp about the invoice.", "Harriet Sharp"),
        ("Handläggare Kerstin Bishop ringer upp dig.", "Kerstin Bishop"),
        ("A1 Mark French, 92 Fairfield Avenue", "Mark French"),
        ("grupp onsdag: Kristoffer Johansson på Tösen, Per Ring på Bella", "Per Ring"),
    ],
)
def test_a_surname_that_is_a_word_after_a_given_name_is_part_of_the_name(
    detector: Detector, text: str, name: str
) -> None:
    assert name in _people(detector, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We met on Albert Street yesterday.", "Street"),
        ("Ring Olivia Council om bygglovet.", "Council"),
    ],
)
def test_a_place_or_an_office_after_a_given_name_is_no_surname(
    detector: Detector, text: str, word: str
) -> None:
    assert not any(word in value.split() for value in _people(detector, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Timesheet approved for Black, Henry: 7,75 hours.", "Black, Henry"),
        ("Scaffold gang\nCortez, Barbara  47.5 hrs\nCross, Lauren  39 hrs", "Cross, Lauren"),
        (
            "Kontakter\nWang, Wei – +46 8 932 461 75\nAndersson, Bror – +46 70 121 60 11",
            "Andersson, Bror",
        ),
    ],
)
def test_surname_given_ends_at_a_colon_a_column_and_after_context_found_the_surname(
    detector: Detector, text: str, name: str
) -> None:
    assert name in _people(detector, text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("08:10 Packhuskajen – gate code broken", "Packhuskajen"),
        ("Ämne: Vattenskada Strandpromenaden", "Strandpromenaden"),
        ("Vi har Ängsliden nu", "Ängsliden"),
        ("Boende längs Kastanjeallén får parkera", "Kastanjeallén"),
    ],
)
def test_a_capitalised_word_of_a_streets_own_ending_is_an_address_anywhere(
    detector: Detector, text: str, street: str
) -> None:
    assert any(street in value for value in _addresses(detector, text))


def test_the_loading_dock_and_the_quiz_walk_are_no_streets(detector: Detector) -> None:
    text = "Lastkajen är stängd. Vi går Tipspromenaden sen."
    assert _addresses(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Apologies: Judith Boyd. Chambers to draft the letter to the council.", "Chambers"),
        ("Notes: Smith disputes the final written warning.", "Smith"),
        ("Snow clearing rota\nWeek 7: Smith at no. 32\nWeek 35: Ford at no. 53", "Ford"),
    ],
)
def test_a_surname_alone_as_minutes_and_rotas_write_it_is_a_name(
    detector: Detector, text: str, name: str
) -> None:
    assert name in _people(detector, text)


def test_words_that_open_a_sentence_like_a_minute_are_no_names(detector: Detector) -> None:
    assert _people(detector, "Hope to see you there. Driver will call on arrival.") == []


def test_a_word_surname_found_once_is_not_a_name_where_it_opens_a_sentence(
    detector: Detector,
) -> None:
    text = "Paketet till Isak Ring står hos mig. Ring 0738117083 så kan du hämta det."
    assert _people(detector, text) == ["Isak Ring"]


def test_an_event_of_a_season_is_no_name(detector: Detector) -> None:
    assert _people(detector, "Welcome to the Summer Fair on Saturday!") == []


def test_a_name_stops_at_a_teams_at_sign(detector: Detector) -> None:
    text = "Refund within 5 days. Best, Pia Hussein @ Customer Care"
    assert _people(detector, text) == ["Pia Hussein"]


def test_the_given_half_above_a_line_break_is_not_joined_to_the_next_rows_surname(
    detector: Detector,
) -> None:
    text = "Klasslista\nSaleh, Fatima\nNylander, Hugo\nTang, Lei\nKarlsson, Alexander\n"
    people = _people(detector, text)
    assert "Karlsson, Alexander" in people
    assert not any("\n" in person for person in people)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("min adress är nedre byn 86, 123 45 byn", "nedre byn 86"),
        ("skicka till lilla näs 150, 731 90 köping", "lilla näs 150, 731 90 köping"),
        ("första långgatan 8 är rätt", "första långgatan 8"),
    ],
)
def test_a_swedish_streets_first_word_belongs_to_it_in_any_case(
    detector: Detector, text: str, address: str
) -> None:
    assert any(address in value for value in _addresses(detector, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hantverkare: Björn Lundberg, Lindberg VVS, 031-679 63 79", "Lindberg"),
        ("väntar på quote från Korhonen Måleri", "Korhonen"),
        ("Letting agent: Leonard & Shah Lettings, 07700 900929", "Shah"),
        ("Solicitors: Rodriguez & Hawkins LLP, 13 Queens Road", "Hawkins"),
        ("I have asked Hadžić Drying Services to install dehumidifiers.", "Hadžić"),
        ("Bageri Krishnan & Dotter – beställ fredagsbröd", "Krishnan"),
        ("Johansson-Nilssons Guld & Ur\nRiitta Heikkinen, guldsmed", "Johansson-Nilsson"),
        ("james: kan du ta Nilsson-ärendet?", "Nilsson"),
    ],
)
def test_the_person_a_firm_or_a_case_is_named_after_is_a_name(
    detector: Detector, text: str, name: str
) -> None:
    assert any(name in value for value in _people(detector, text))


def test_a_family_firms_daughter_is_no_name(detector: Detector) -> None:
    assert "Dotter" not in _people(detector, "Bageri Krishnan & Dotter (+46 10 597 57 39)")


def test_a_street_after_a_co_operatives_name_is_still_an_address(detector: Detector) -> None:
    text = "Brf Vintergatan, Stortorget 2C lgh 1002, 392 73 Kalmar"
    assert _addresses(detector, text) == ["Stortorget 2C lgh 1002, 392 73 Kalmar"]


def test_a_lower_case_country_closes_a_lower_case_address(detector: Detector) -> None:
    text = "adressen är kopparsvängen 15, 420 28 göteborg, sverige /elisabeth"
    assert _addresses(detector, text) == ["kopparsvängen 15, 420 28 göteborg, sverige"]
