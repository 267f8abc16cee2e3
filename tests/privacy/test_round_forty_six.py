"""Round forty-six (issue 15): the rules read off the misses of the sets spent this round
(dev-el, dev-en, dev-ep); made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector


def test_a_full_name_after_the_reception_is_someone_there(detector: Detector) -> None:
    text = "Fråga efter kontaktperson i receptionen Erik Lundgren, 0413-22 11 09."
    assert "Erik Lundgren" in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tandläkarna Lövgren & Parker AB, Storgatan 3, 451 30 Uddevalla", ["Lövgren", "Parker"]),
        (
            "Tandläkare Sandberg & Eriksson-Lind AB\nTel 010-249 83 39",
            ["Sandberg", "Eriksson-Lind"],
        ),
        ("Patel & Hughes Dental Care\n12 High Street, Leeds LS1 4AB", ["Patel", "Hughes"]),
    ],
)
def test_partners_of_a_dentists_firm(detector: Detector, text: str, names: list[str]) -> None:
    people = found(detector, text, "PERSON")
    assert all(name in people for name in names), people


def test_a_firm_of_everyday_words_names_no_one(detector: Detector) -> None:
    assert found(detector, "Advokatbyrån Ek & Sten AB har skickat fakturan.", "PERSON") == []


def test_a_surname_in_lower_case_after_a_title_in_chat(detector: Detector) -> None:
    text = "nora: dr wozniak is running 40 mins late\nsam: ok I'll call maria and push her to 7:15"
    assert found(detector, text, "PERSON") == ["nora", "wozniak", "sam", "maria"]
    assert found(detector, "the dr said to rest for a week", "PERSON") == []


def test_a_surname_by_its_ending_in_the_genitive(detector: Detector) -> None:
    text = "Hon börjar som doktorand i Rosenblads grupp i höst."
    assert "Rosenblad" in found(detector, text, "PERSON")


def test_a_priests_surname_that_is_a_town(detector: Detector) -> None:
    text = "Dopet förrättas av kyrkoherde Lund i Domkyrkan."
    assert found(detector, text, "PERSON") == ["Lund"]


def test_a_british_postcode_in_lower_case_is_no_weight(detector: Detector) -> None:
    text = "my new address is 22 mill lane, leeds ls6 9hg if you need it"
    assert found(detector, text, "ADDRESS") == ["22 mill lane, leeds ls6 9hg"]
    assert found(detector, "Född på Akademiska sjukhuset, 3 540 g", "ADDRESS") == []


def test_a_lower_case_name_ends_before_said(detector: Detector) -> None:
    text = "great news. cecilia said you need the form back by friday"
    assert found(detector, text, "PERSON") == ["cecilia"]


def test_rows_of_surname_given_and_phone(detector: Detector) -> None:
    text = "Ring listan:\nLindqvist, Dag – 070-123 45 67\nNyberg, Per – 073-555 12 12"
    assert found(detector, text, "PERSON") == ["Lindqvist, Dag", "Nyberg, Per"]


def test_whom_to_message_before_a_phone_number(detector: Detector) -> None:
    text = "Room free from May, £900 a month. Message Bill on +44 7700 900456."
    assert "Bill" in found(detector, text, "PERSON")


def test_a_given_name_before_a_noble_particle(detector: Detector) -> None:
    text = "Kursansvarig: Per af Klintberg."
    assert found(detector, text, "PERSON") == ["Per af Klintberg"]


@pytest.mark.parametrize(
    "text",
    [
        "Remiss skickad till Tandhälsan Norr i går.",
        "Vi har bokat Ängsö Events för festen.",
        "Ansökan: Antagen. Program: BSc Psychology.",
        "Tandstenen togs bort. Sterilen är stängd i dag.",
    ],
)
def test_clinics_events_and_degrees_are_no_one(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


def test_a_full_name_before_where_the_person_is(detector: Detector) -> None:
    text = "Practitioner from the US will shadow Anders Andersén på Folktandvården Centrum i maj."
    assert found(detector, text, "PERSON") == ["Anders Andersén"]
