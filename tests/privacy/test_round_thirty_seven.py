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


def _people(detector: Detector, text: str) -> list[str]:
    return _of(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # English streets alone: a notice's heading after a dash, before a building's word,
        # after a place's word, in a row with `and`, numbered as Americans number them
        ("NOTICE TO ALL RESIDENTS – Riverside Walk\nThe water will be off on Sunday.", "Riverside Walk"),
        ("Laundry room rules – Spring Street building. Please be quick.", "Spring Street"),
        ("Laundry room rules – 3rd Avenue building.", "3rd Avenue"),
        ("Lost & found is on E 12th Street.", "E 12th Street"),
        ("The snow plough starts at Sunset Boulevard at 5 am.", "Sunset Boulevard"),
        # a direction before a capitalised `Ringen`
        ("OVK-protokollet för Västra Ringen 15?", "Västra Ringen 15"),
        # a lower-case street after `i`
        ("hej det är Anna i tallvägen. elementet är kallt", "tallvägen"),
    ],
)  # fmt: skip
def test_streets_of_round_thirty_seven(detector: Detector, text: str, address: str) -> None:
    assert _of(detector, text, "ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks – Mark Lane",  # a given name and a street's word: a person signs
        "The hearing is at Crown Court on Monday.",
        "han står i vägen",
        "Rondering 25.7.2027 – en runda i huset",  # a date, no house number
        "1 x fob #B-8128, handed over at noon",  # a tag's number, no Belgian postcode
    ],
)
def test_no_street_there(detector: Detector, text: str) -> None:
    assert _of(detector, text, "ADDRESS") == []


def test_an_addressee_above_care_of_is_a_person(detector: Detector) -> None:
    text = "Fakturaadress: Hampus Hermansson\nc/o Hjördis Persson\nBäcksvängen 15\n392 28 Kalmar"
    assert _people(detector, text) == ["Hampus Hermansson", "Hjördis Persson"]
    assert _of(detector, text, "ADDRESS") == ["Bäcksvängen 15\n392 28 Kalmar"]


def test_a_firm_after_care_of_is_no_person(detector: Detector) -> None:
    text = "Invoice address: Anna Kowalska\nc/o Castlegate Estates\nApartment 21, Orchard House, Park Road\nOxford\nOX4 9ER"
    assert _people(detector, text) == ["Anna Kowalska"]
    assert len(_of(detector, text, "ADDRESS")) == 1


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a resident in capitals in brackets after a flat's number
        ("Brandlarm, orsak: matlagning i lgh 1402 (ALI). Räddningstjänsten på plats.", ["ALI"]),
        # the next line opens with `SURNAME, Given`: two people, not one over the line
        ("handed over by Dorothy Lee\nMORALES, John: 1 x mailbox key", ["Dorothy Lee", "MORALES, John"]),
        # a surname before a pet's trade and a firm's form
        ("INVOICE 2027-059\nNordström Pet Care AB\nOrg.nr 556238-2366", ["Nordström"]),
        # a kennel's row: the keeper in brackets, the animals before it no people
        ("Dagrapport\nBox 2: Sixten och Doris (Lindgren) – lös mage", ["Lindgren"]),
        # who is walked in a text about animals
        ("Faktura: hundpromenader\nDog walks for Lennart in september: 13 x 45 min", []),
        ("Kan du ta Enzo på promenad torsdag? Hunden är snäll.", []),
    ],
)  # fmt: skip
def test_names_of_round_thirty_seven(detector: Detector, text: str, people: list[str]) -> None:
    assert _people(detector, text) == people


def test_a_person_taken_for_a_walk_stays_a_person(detector: Detector) -> None:
    """No animal is named: Greta may be a resident of a home."""
    assert _people(detector, "Kan du ta Greta på promenad i parken efter lunch?") == ["Greta"]


def test_a_floors_number_and_a_stop_are_no_part_of_a_phone(detector: Detector) -> None:
    text = "Kari Kinnunen, Mossstigen 7D vån 1. 0723525713"
    assert _of(detector, text, "PHONE") == ["0723525713"]
    assert _of(detector, text, "ADDRESS") == ["Mossstigen 7D vån 1"]
