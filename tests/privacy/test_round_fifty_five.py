"""Round fifty-five (issue 15): the rules read off the misses and false names of the sets spent
this round (dev-gn, dev-gp, dev-gr) and of older dev sets; made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector
from rung.privacy.name_words import finnish_shaped, role_compound


@pytest.mark.parametrize(
    "text",
    [
        "Föreningen har godkänt tidplanen för stambytet.",
        "Vi har skickat tidplanen till alla boende.",
        "Vi har stängt huvudkranen i källaren.",
        "Jourtelefonen är öppen dygnet runt.",
    ],
)
def test_a_swedish_definite_noun_in_nen_is_no_finnish_surname(
    detector: Detector, text: str
) -> None:
    assert found(detector, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("frågar tove om rantanen kan ta kvällspasset", "rantanen"),
        ("det var kemppainen som ringde om bilen", "kemppainen"),
    ],
)
def test_a_lower_case_finnish_surname_is_still_found(
    detector: Detector, text: str, name: str
) -> None:
    assert name in found(detector, text, "PERSON")


def test_the_finnish_shape() -> None:
    assert [finnish_shaped(w) for w in ("virtanen", "kärkkäinen", "pulkkinen")] == [True] * 3
    assert [finnish_shaped(w) for w in ("planen", "tidplanen", "kranen", "grusplanen")] == [
        False
    ] * 4


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cirkelledaren Britt-Inger har bokat lokalen.", "Britt-Inger"),
        ("Kursledaren Lise-Lott har kursplanen.", "Lise-Lott"),
        ("Kursansvarig Anna-Lena Berg svarar på frågor.", "Anna-Lena Berg"),
    ],
)
def test_a_name_after_a_role_compound_leaves_the_role_out(
    detector: Detector, text: str, name: str
) -> None:
    assert found(detector, text, "PERSON") == [name]


def test_role_compounds_in_both_forms() -> None:
    assert role_compound("Kursledaren") and role_compound("Jaktledare")
    assert role_compound("valsamordnaren") and not role_compound("Ledaren")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dödsbo Sträng: besiktning på tisdag.", "Sträng"),
        ("Vi tömmer dödsbo Vinter nästa vecka.", "Vinter"),
    ],
)
def test_the_dead_of_an_estate_heading(detector: Detector, text: str, name: str) -> None:
    assert name in found(detector, text, "PERSON")


def test_an_estate_firm_in_one_word_is_no_name(detector: Detector) -> None:
    assert found(detector, "Dödsboservice Syd hämtar möblerna i morgon.", "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Värderingen gjordes av Upplands Auktionskammare och Dalarnas Auktionsverk.",
        "Lämna klockan hos Stadens Pantbank före fredag.",
        "Ask Fenland Auctioneers or Riverbank Valuers about the reserve.",
        "Stipendiet kommer från Stiftelsen Lönnlövet i år.",
        "Maten delas ut av Matbanken Syd på torsdag.",
    ],
)
def test_auction_houses_pawnbrokers_and_foundations_are_no_people(
    detector: Detector, text: str
) -> None:
    assert found(detector, text, "PERSON") == []


def test_an_auction_house_named_after_its_owner_keeps_the_name(detector: Detector) -> None:
    people = found(detector, "Vi lämnar in tavlan hos Lindqvists Auktioner i morgon.", "PERSON")
    assert any("Lindqvist" in name for name in people)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Till: Medlemsservice <info@forening.example.se>", []),
        ("Svara gärna till Fadderservice, Box 12, 141 44 Huddinge.", []),
        ("Julinsamling på lagret: Rolf, Amanda och Niklas.", ["Rolf", "Amanda", "Niklas"]),
        ("Gift Aid queries: Ruth Campbell, Finance Officer.", ["Ruth Campbell"]),
    ],
)
def test_a_department_a_drive_or_a_scheme_is_no_person(
    detector: Detector, text: str, names: list[str]
) -> None:
    assert found(detector, text, "PERSON") == names


def test_a_workshop_named_after_its_owner_keeps_the_name(detector: Detector) -> None:
    people = found(detector, "Hämta bilen hos Nordqvist Bilservice i morgon.", "PERSON")
    assert any("Nordqvist" in name for name in people)
