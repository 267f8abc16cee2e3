"""Round forty-seven (issue 15): the rules read off the misses of the sets spent this round
(dev-er, dev-et, dev-ev); made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector


def test_a_phone_in_a_column_after_a_count(detector: Detector) -> None:
    text = (
        "Tid    Namn    Pers    Tel\n"
        "17.30  Lindqvist, Maja  6  072 318 40 95\n"
        "19.00  Berg, Oskar  12  08-631 207 44"
    )
    assert found(detector, text, "PHONE") == ["072 318 40 95", "08-631 207 44"]


def test_columns_of_other_numbers_are_no_phones(detector: Detector) -> None:
    text = "Konto  0012 345 678  Summa  12 400\nOrder  556677-8899  Antal  20"
    assert found(detector, text, "PHONE") == []


def test_a_surname_in_capitals_before_a_given_name_is_one_person(detector: Detector) -> None:
    text = "FYI SANDBERG, Märit har bytt adress, please update the register."
    assert found(detector, text, "PERSON") == ["SANDBERG, Märit"]
    assert found(detector, "OBS, Maria kommer sent idag.", "PERSON") == ["Maria"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kind regards\nOffice Manager | Nyström Driving School\nT: 0800 123 456", "Nyström"),
        ("Hi Tom, it's Jack from Murphy's School of Motoring, see you at six.", "Murphy"),
        ("Vi på Lindbloms Trafikskola hälsar alla nya elever välkomna.", "Lindblom"),
        ("Möte med Berglund & Partners Trafikskola på fredag.", "Berglund"),
        ("Testing station: Lindqvist Motors, Unit 4, Bletchley", "Lindqvist"),
    ],
)
def test_the_owner_of_a_driving_school_or_a_garage(
    detector: Detector, text: str, name: str
) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Trafikskolan Vägvisaren AB har flyttat sina lektioner till lördagar.",
        "Items: Ventolin HFA x 2 (refill)\nCopay: $12.40",
        "Din beställning från Apotea har skickats. Hälsningar Apotea",
        "Dispatched with Royal Mail Special Delivery today.",
        "Usual pharmacy: Harbourside Chemist, or the Old Town Apothecary on Sundays.",
        "Lunch at Lakeside Diner, then coffee at Harbour Kitchen.",
        "Boka bord på Taverna Mythos eller Konditori Kronan.",
    ],
)
def test_pharmacies_medicines_and_venues_name_no_one(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


def test_a_lower_case_name_signed_after_a_sentence(detector: Detector) -> None:
    text = "Jag hämtar ut dina mediciner på fredag. Kram ingvar"
    assert found(detector, text, "PERSON") == ["ingvar"]


def test_a_reply_paid_box_is_an_address(detector: Detector) -> None:
    text = "Returns to: Apoteket AB, Svarspost 204518\n831 20 Östersund. Thank you!"
    assert found(detector, text, "ADDRESS") == ["Svarspost 204518\n831 20 Östersund"]


def test_a_lower_case_street_with_an_accent(detector: Detector) -> None:
    text = "kan du köra ut till lena på odéngatan efter lunch?"
    assert "odéngatan" in found(detector, text, "ADDRESS")


def test_an_english_street_in_lower_case_after_a_place_word(detector: Detector) -> None:
    text = "leaflets for the new bakery go to the flats on baker road"
    assert found(detector, text, "ADDRESS") == ["baker road"]
    assert found(detector, "we live on the street near you, left on main road", "ADDRESS") == []


def test_a_zip_plus_four_is_the_address_s(detector: Detector) -> None:
    text = "Offices: 2210 N Maple Avenue, Montpelier, VT 05602-3318 – 1-888-555-0142"
    assert found(detector, text, "ADDRESS") == ["2210 N Maple Avenue, Montpelier, VT 05602-3318"]
    assert found(detector, text, "PHONE") == ["1-888-555-0142"]


def test_a_word_of_the_things_lexicon_in_lower_case_chat(detector: Detector) -> None:
    text = "@sofia har du nycklarna till övningsbil 2? oskar behöver den kl 10"
    assert found(detector, text, "PERSON") == ["sofia", "oskar"]


def test_a_date_after_a_surname_of_a_dutch_street_s_ending(detector: Detector) -> None:
    text = "Minnesstund efter Karin Holmberg 22/5 i församlingshemmet."
    assert found(detector, text, "PERSON") == ["Karin Holmberg"]
    assert found(detector, text, "ADDRESS") == []


def test_a_surname_after_the_brothers_of_a_firm(detector: Detector) -> None:
    text = "Offert från Bröderna Wongsakul Catering AB avseende studentmottagningen."
    assert found(detector, text, "PERSON") == ["Wongsakul"]


@pytest.mark.parametrize(
    "text",
    [
        "Patients with Huntington's disease or Tourette's syndrome get a review.",
        "Menières sjukdom och Sjögrens syndrom ingår i förmånen.",
    ],
)
def test_a_disease_named_after_its_finder_names_no_one(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


def test_a_cafe_named_after_its_owner_keeps_the_name(detector: Detector) -> None:
    text = "Vi tar över bokföringen för Lindqvists Café & Bageri från december."
    assert any("Lindqvist" in v for v in found(detector, text, "PERSON"))
