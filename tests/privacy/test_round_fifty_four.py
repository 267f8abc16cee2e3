"""Round fifty-four (issue 15): the rules read off the misses and false names of the sets spent
this round (dev-gh, dev-gj, dev-gl); made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector


def test_who_moved_from_a_labelled_address_is_no_part_of_it(detector: Detector) -> None:
    text = (
        "Change of address: Moira Fenton has moved from Ivy Cottage, 12 Mill Lane, York YO1 7HH "
        "to\n4 Bridge Street\nLeeds\nLS1 4AB\nfrom 3 March."
    )
    assert "Moira Fenton" in found(detector, text, "PERSON")
    assert "Ivy Cottage, 12 Mill Lane, York YO1 7HH" in found(detector, text, "ADDRESS")


def test_a_labelled_address_that_opens_with_surname_given_leaves_the_name(
    detector: Detector,
) -> None:
    text = "Fakturaadress: Lindqvist, Agneta\nKvarngatan 9\n652 24 Karlstad"
    assert found(detector, text, "PERSON") == ["Lindqvist, Agneta"]
    assert found(detector, text, "ADDRESS") == ["Kvarngatan 9\n652 24 Karlstad"]


def test_a_town_with_a_romance_link_word(detector: Detector) -> None:
    text = (
        "Tastings at Via Roma 4, 53017 Radda in Chianti and at Carrer Major 12, 08720 Vilafranca."
    )
    assert "Via Roma 4, 53017 Radda in Chianti" in found(detector, text, "ADDRESS")


def test_no_town_taken_over_a_month_after_in(detector: Detector) -> None:
    text = "Deliver to 14 Kirk Road, Perth PH1 5AB in May please."
    assert found(detector, text, "ADDRESS") == ["14 Kirk Road, Perth PH1 5AB"]


def test_a_british_flat_without_a_number_before_the_street(detector: Detector) -> None:
    text = "Reading at The Story Shop, Top Flat, 9 Castle Street, Hay-on-Wye HR3 5DF tonight."
    assert found(detector, text, "ADDRESS") == ["Top Flat, 9 Castle Street, Hay-on-Wye HR3 5DF"]


def test_particles_in_capitals_before_a_surname_in_capitals(detector: Detector) -> None:
    text = "Semesterlista\nAF UGGLAS, Margit v. 28–30\nSTRÖM, Ove v. 31–32\nBERG, Anita v. 29"
    assert "AF UGGLAS, Margit" in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vi köper allt kaffe från Eva Holm Vinimport AB numera.", "Eva Holm"),
        ("Hämta kostymen hos Wallins Skrädderi & Kemtvätt på fredag.", "Wallin"),
        ("Boken finns hos Kowalskis Bokhandel i centrum.", "Kowalski"),
    ],
)
def test_a_dry_cleaner_a_bookshop_or_an_importer_named_after_its_owner(
    detector: Detector, text: str, name: str
) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Hämta mattorna hos Mangelstugan Väster eller Bokhandeln Kvisten före 18.",
        "We stock Moonrise Books, Harbour Laundry and Fernwood Press titles.",
        "Tasting: Hazy IPA, Oatmeal Stout, Pinot Noir och Grüner Veltliner.",
        "Nytt i sortimentet: Riesling Kabinett och Vinho Verde.",
    ],
)
def test_no_name_from_a_shop_a_publisher_a_beer_or_a_wine(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


def test_a_timed_row_whose_name_ends_its_line(detector: Detector) -> None:
    text = (
        "Tvättstugan, bokningslista 4 maj\n8.30 Forsberg\n11.30 Andersson\n16.00 Mohammed (salen)"
    )
    assert "Forsberg" in found(detector, text, "PERSON")


def test_a_surname_after_a_paragraph_number_in_minutes(detector: Detector) -> None:
    text = "Protokoll\n§ 2 Lindgren tar fram en budget till nästa möte.\n§ 3 Övriga frågor."
    assert found(detector, text, "PERSON") == ["Lindgren"]


def test_a_name_before_its_role_in_brackets(detector: Detector) -> None:
    text = "Mötet: Kovalenko (handläggare) och Sara Berg gick igenom ansökan."
    assert "Kovalenko" in found(detector, text, "PERSON")


def test_no_name_from_a_word_before_a_role_in_brackets(detector: Detector) -> None:
    text = "Ärendet (handläggare) ska vara klart i veckan."
    assert found(detector, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Utbetalningar\nNowak, Ewa 12 400 kr\nLind, Per 9 100 kr\nZhou, Wen 8 300 kr",
            "Zhou, Wen",
        ),
        (
            "Kunder\nBerg, Anna; Storgatan 3, 111 22 Stockholm\nEdwards, Nia; 5 Park Row, Leeds "
            "LS1 5HD\nEk, Bo; Kvarnvägen 2, 702 10 Örebro",
            "Edwards, Nia",
        ),
    ],
)
def test_a_row_that_opens_with_surname_given_among_such_rows(
    detector: Detector, text: str, name: str
) -> None:
    assert name in found(detector, text, "PERSON")


def test_no_name_from_a_row_of_a_thing_and_a_size(detector: Detector) -> None:
    text = "Lager\nEk, Anna 3 st\nBerg, Per 4 st\nSkruvar, M6 200 st"
    assert not any("Skruvar" in name for name in found(detector, text, "PERSON"))


def test_a_surname_signed_after_a_dash_that_ends_the_text(detector: Detector) -> None:
    text = "Thanks for closing up yesterday. Stocktake is on Monday. - Wachtmeister"
    assert "Wachtmeister" in found(detector, text, "PERSON")


def test_no_name_from_a_place_or_a_body_signed_after_a_dash(detector: Detector) -> None:
    text = "Klart för i dag. - Styrelsen"
    assert found(detector, text, "PERSON") == []


def test_a_lower_case_name_of_no_list_before_a_verb_in_chat(detector: Detector) -> None:
    text = "andreas: toppen! har inte läst den än\nfatima: dilnoza tar med kaka"
    assert "dilnoza" in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Anna: rörmokaren kommer kl 9, kan du vara hemma?",
        "Per: timesheets are due on Friday",
    ],
)
def test_no_name_from_a_noun_of_no_list_before_a_verb_in_chat(
    detector: Detector, text: str
) -> None:
    noun = text.split()[1]
    assert noun not in found(detector, text, "PERSON")
