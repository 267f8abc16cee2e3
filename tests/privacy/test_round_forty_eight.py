"""Round forty-eight (issue 15): the rules read off the misses of the sets spent this round
(dev-ex, dev-ez, dev-fb); made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Asbestos removal by Robinson Environmental Ltd, licence 4471.", "Robinson"),
        ("Ställningen hyrs från Lindahl Ställningar AB från måndag.", "Lindahl"),
        ("Water damage: contractor appointed, Harris Restoration Ltd.", "Harris"),
        ("Catering by Helen Carter Events Ltd, see the menu attached.", "Helen Carter"),
        ("Removal by Ruiz Morales Environmental Ltd next week.", "Ruiz Morales"),
    ],
)
def test_a_surname_before_any_words_of_a_firm_and_its_form(
    detector: Detector, text: str, name: str
) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Kunder: Northwind Logistics Ltd och Red Lion Events Ltd.",
        "Hyresvärden Sami Khalidis Fastigheter AB äger huset.",
    ],
)
def test_no_owner_where_no_surname_leads_the_firm(detector: Detector, text: str) -> None:
    people = found(detector, text, "PERSON")
    assert all(name not in people for name in ("Northwind", "Red Lion", "Sami"))


@pytest.mark.parametrize(
    "text",
    [
        "Delegates from Silverline Airlines and Harbour Software joined the Baltic Energy Summit.",
        "Middag på Grand Hôtel kl 19, därefter mingel med Nordic Robotics Alliance.",
        "Arbetet utfördes av Snickeriet på Öland AB och besiktades i maj.",
        "Elen dras av Elteknik i Dalarna AB; kakel från Kakel & Klinker Väst AB.",
    ],
)
def test_firms_and_events_are_no_people(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


def test_a_name_before_a_partner_of_a_firm_stays_a_name(detector: Detector) -> None:
    text = "The estate is ready. Kovacevic & Mohammad LLP will handle the UK side."
    assert "Kovacevic" in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Till alla i stallet: Majros i box 7 har kvarka-misstanke. Veterinär Eva Lund kommer.",
        "Night notes: Pickles in kennel 4 ate his supper, Bramble in kennel 9 did not.",
        "Kan någon kolla dosen till Bosse? 31,5 kg. Veterinären väntar i receptionen.",
        "Visit: Winston, 13y Goldendoodle, at the home of Jane Smith.",
        "Utställningen i Kalmar: BIR Sotis, BIM Pixie. Domare Eva Lund.",
    ],
)
def test_animals_kept_weighed_aged_or_awarded(detector: Detector, text: str) -> None:
    people = found(detector, text, "PERSON")
    assert all(pet not in " ".join(people) for pet in ("Majros", "Pickles", "Bramble"))
    assert all(pet not in " ".join(people) for pet in ("Bosse", "Winston", "Sotis", "Pixie"))


def test_people_keep_their_age_and_weight(detector: Detector) -> None:
    assert found(detector, "Pat: Jonas, 34 y, male, chest pain.", "PERSON") == ["Jonas"]
    text = "Grattis! Lisa och Omar välkomnar Elvira, 3,4 kg, född i natt."
    assert "Elvira" in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Does anyone know a roofer near Station Approach? Ours moved.", "Station Approach"),
        ("Did you book the skip for Albert Road? The other one is full.", "Albert Road"),
        ("The new flats on Orchard Rise are nearly done.", "Orchard Rise"),
    ],
)
def test_an_english_street_of_no_number(detector: Detector, text: str, street: str) -> None:
    assert street in found(detector, text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Bygglov för tillbyggnad, kv. Tallmon 12, beviljat.",
        "Thanks to everyone at Mill Lane Veterinary Surgery for looking after us.",
        "Lägg namnbrickan vid Evas plats i receptionen.",
    ],
)
def test_a_block_a_firm_or_a_seat_is_no_address(detector: Detector, text: str) -> None:
    assert found(detector, text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hej Dina! Har du bokat rummen till konferensen?", "Dina"),
        ("Hej Virginia,\nhär kommer kvittona från resan.", "Virginia"),
    ],
)
def test_a_greeted_name_that_is_also_a_word_or_a_place(
    detector: Detector, text: str, name: str
) -> None:
    assert found(detector, text, "PERSON") == [name]


def test_a_word_like_dina_is_no_name_unless_greeted(detector: Detector) -> None:
    assert found(detector, "Ta med dina papper till mötet.", "PERSON") == []
