"""Round forty-five (issue 15): the rules read off the misses of the sets spent this round
(dev-ef, dev-eh, dev-ej); made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector


def test_a_dotted_us_number_before_a_full_stop_and_a_number_is_a_phone(
    detector: Detector,
) -> None:
    text = "Pickup: Rosa Lindahl, 88 Elm Street, Peoria, IL 61602, 309.555.0148. 12 boxes."
    assert found(detector, text, "PHONE") == ["309.555.0148"]


@pytest.mark.parametrize(
    "text",
    [
        "Insamling till en present via Swish till Gunnel (123 417 22 90).",  # a Swish number
        "3. Lindroth, Maja 14 350 000 kr 12/3 kl 9.30",  # a bid
        "Djur: SE 041187-3390-2, kviga",  # an ear tag
    ],
)
def test_numbers_that_are_no_phone_numbers(detector: Detector, text: str) -> None:
    assert found(detector, text, "PHONE") == []


def test_a_phone_number_before_a_smile_or_a_word_like_an_amount_stays_one(
    detector: Detector,
) -> None:
    assert found(detector, "Ring mig på 073-518 22 40 :-) /Eva", "PHONE") == ["073-518 22 40"]
    assert found(detector, "Nummer 08-660 12 90 kr 9-17", "PHONE") == ["08-660 12 90"]


def test_bracketed_phone_numbers_stay_phones(detector: Detector) -> None:
    text = "Ring (070) 214 33 90, (0)31-70 12 45, (312) 555-0190 eller (+46) 70 214 33 90."
    assert len(found(detector, text, "PHONE")) == 4
    text = "Pickup list: Ann Holt (1-217-555-0143), Bo Ek (559-555-0178), Al Ray (515.555.0110)."
    assert len(found(detector, text, "PHONE")) == 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tack för mejlet om Pålsson-släkten, vi har kyrkböckerna här.", "Pålsson"),
        ("Hon vill se Hedlund-släktens arkiv i morgon.", "Hedlund"),
        ("Brevet gällde Korhonen-familjen i Haparanda.", "Korhonen"),
    ],
)
def test_a_kin_by_its_surname_before_a_hyphen(detector: Detector, text: str, name: str) -> None:
    assert name in found(detector, text, "PERSON")


def test_who_is_paid_by_swish_before_a_firms_number(detector: Detector) -> None:
    text = "Insamling till en present via Swish till Björn (123 417 22 90)."
    assert found(detector, text, "PERSON") == ["Björn"]


def test_a_thanked_person_at_a_firm(detector: Detector) -> None:
    text = "Vi vill tacka Jamal på Mäklarhuset för hjälpen med försäljningen."
    assert "Jamal" in found(detector, text, "PERSON")


def test_a_ewe_is_still_an_animal(detector: Detector) -> None:
    assert found(detector, "Tackan Stina lammade i natt, två bagglamm.", "PERSON") == []


def test_a_title_makes_a_town_a_surname(detector: Detector) -> None:
    text = "Tack doktor Falkenberg för besöket i går, kalven mår bra."
    assert found(detector, text, "PERSON") == ["Falkenberg"]


def test_an_english_month_after_a_given_name_is_a_surname(detector: Detector) -> None:
    text = "Completion: Daniel Pryce (buyer) and Helen May (seller). Keys on May 14."
    assert "Helen May" in found(detector, text, "PERSON")
    assert "May 14" not in " ".join(found(detector, text, "PERSON"))


def test_two_initials_joined_by_a_hyphen(detector: Detector) -> None:
    text = "Nya i lagret: Olle Brink och K.-E. Sandström. Välkomna!"
    assert "K.-E. Sandström" in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vi anlitar Whitfield's Estate Agents i Leeds.", ["Whitfield"]),
        ("Persson & Okonkwo Fastighetsförmedling\nTelefon 08-123 45 67", ["Persson", "Okonkwo"]),
        ("Mäklarbyrån Sandberg & Partner AB", ["Sandberg"]),
    ],
)
def test_estate_agents_named_after_their_owners(
    detector: Detector, text: str, names: list[str]
) -> None:
    assert found(detector, text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "Beställ från Maple Grove Dairy och Sunny Ridge Ranch.",
        "Öppet i Norrbygdens Gårdsbutik på lördag.",
        "Boken finns på Elmwood Library.",
        "Vi föder upp Charolais och Texel.",
        "Djurhållarens telefon är avstängd.",
    ],
)
def test_farms_libraries_breeds_and_doers_are_no_names(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Skörden hämtas vid Hallaby Västergård 4 på fredag.", "Västergård 4"),
        ("vi står hos Ove, lilla ekeby 14 ikväll", "lilla ekeby 14"),
        ("The archive moved to 7c Westgate\nHexham\nNE46 3NB. Call us.", "7c Westgate"),
        (
            "left the trailer at mill farm, church lane, little hutton, york yo26 9tr this morning",
            "mill farm, church lane, little hutton, york yo26 9tr",
        ),
        (
            "Hire from Dale Plant, Low Barn, Kirk Street, Burnham on the Sea, Ripon HG4 2QE.",
            "Low Barn, Kirk Street, Burnham on the Sea, Ripon HG4 2QE",
        ),
    ],
)
def test_farms_villages_and_streets_named_like_people(
    detector: Detector, text: str, address: str
) -> None:
    assert any(address in a for a in found(detector, text, "ADDRESS"))


@pytest.mark.parametrize(
    "text",
    [
        "Kvitto: 2 kg potatis, 400 g ost, 1 l mjölk.",
        "Hovvård bokad hos Lars Berglund 21/8 kl 18.00.",
        "Gravstensinventering 22\nKvarter 4: klart",
    ],
)
def test_quantities_dates_and_headings_are_no_addresses(detector: Detector, text: str) -> None:
    assert found(detector, text, "ADDRESS") == []
