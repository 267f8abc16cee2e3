"""Round fifty-three (issue 15): the rules read off the misses and false names of the sets spent
this round (dev-gb, dev-gd, dev-gf) and of what the earlier dev sets still leaked; made-up texts,
in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@Tove kan du ta Hildas 15:00 imorgon? hon är sjuk /Jonna", "Hilda"),
        ("Vem tar Majkens 14.00 i morgon? Hon har blivit sjuk.", "Majken"),
        ("@Ruth can you swap with me? I'll do Kelly's Sunday shift", "Kelly"),
    ],
)
def test_a_given_name_in_the_genitive_before_a_booked_time_or_a_weekday(
    detector: Detector, text: str, name: str
) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Öppettider: Fredags 10:00 till 18:00, lördagar stängt.",
        "Karies 36 d. noterad vid kontroll kl 14:30.",
    ],
)
def test_no_name_from_a_genitive_that_is_a_word_before_a_time(
    detector: Detector, text: str
) -> None:
    assert found(detector, text, "PERSON") == []


def test_a_name_greeted_with_yo(detector: Detector) -> None:
    assert "gunvor" in found(detector, "Yo gunvor, kan du byta pass med mig på fredag?", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bilar i dag: bil 3 (Björn) tar Ringvägen 5, bil 8 (Tove) har jouren", "Björn"),
        ("Ombokad till 12/11, samma artist (Wanchai). Handpenningen följer med.", "Wanchai"),
        (
            "Dagens bokningar: 09:00 ansikte (Nazanin), 10:30 massage (Tove Lind), 13:00 "
            "fransar (Gunilla).",
            "Nazanin",
        ),
    ],
)
def test_a_name_in_brackets_after_a_van_an_artist_or_beside_other_names_in_brackets(
    detector: Detector, text: str, name: str
) -> None:
    assert name in found(detector, text, "PERSON")


def test_no_name_from_a_word_in_brackets_beside_names_in_brackets(detector: Detector) -> None:
    text = "Pass i dag: 09:00 (Shirin), 10:30 (Tove Lind), 13:00 (Gunilla), kassan (Stängd)."
    assert "Stängd" not in found(detector, text, "PERSON")


def test_whom_a_swish_goes_to_before_the_number(detector: Detector) -> None:
    text = "Vi samlar till en present, Swish till Opal på 070-123 45 67 senast fredag."
    assert "Opal" in found(detector, text, "PERSON")


def test_a_date_after_an_address_is_no_part_of_it(detector: Detector) -> None:
    text = "Välkommen till oss på Västanå 226, 434 95 Kungsbacka 26 oktober kl. 13.15."
    assert found(detector, text, "ADDRESS") == ["Västanå 226, 434 95 Kungsbacka"]


def test_a_name_spoken_to_after_an_address_is_no_town(detector: Detector) -> None:
    text = "Kan du mäta upp luckorna hos Anna Nowak på Hattmakargränd 5, Eva? Hon är hemma."
    assert found(detector, text, "ADDRESS") == ["Hattmakargränd 5"]
    assert "Eva" in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dispatch: Mark, next stop 12 Elm Road. Customer Gail Porter.", "Mark"),
        ("Pick-up booked at 10:45 pm. Driver: Ed (silver Polestar 2). Call if late.", "Ed"),
    ],
)
def test_a_word_name_after_a_role_and_a_colon(detector: Detector, text: str, name: str) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pick rates today: Anna Berg 142, Lisa Holm 131, Karin Ek 118, Will 96.", "Will"),
        ("rsvp: anna yes, lisa yes, bo no, tilda maybe", "bo"),
    ],
)
def test_a_name_in_a_list_of_names_each_with_a_value(
    detector: Detector, text: str, name: str
) -> None:
    assert name in found(detector, text, "PERSON")


def test_no_name_from_a_list_of_places_with_values(detector: Detector) -> None:
    text = "Snödjup i dag: Sälen 45, Idre 60, Vemdalen 38, Åre 52."
    assert found(detector, text, "PERSON") == []


def test_a_name_in_the_english_genitive_without_its_apostrophe(detector: Detector) -> None:
    text = "hey, can you feed connors horses tonight? she's stuck in Leeds."
    assert "connor" in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "the jacks were loose again on the trailer",
        "i think victors car is outside",
        "Failed: 3 users (duplicate alias in the directory).",
    ],
)
def test_no_name_from_an_english_plural_that_is_a_word(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Monter 3: Svart Nål Tatuering, Sjövägen 34, 582 32 Linköping",
        "FROM: Orchid Tattoo Supply, 812 Broadway, Boston, MA 02129",
        "Invoice from Brightside Solar, paid in full.",
        "Keystone HVAC will call you tomorrow.",
        "Vill betala med friskvårdsbidraget via Epassi eller Benify.",
        "Leo, ägare, Ankaret Tattoo & Piercing",
    ],
)
def test_no_name_from_a_studio_a_trade_or_a_benefit_service(detector: Detector, text: str) -> None:
    names = found(detector, text, "PERSON")
    assert not any(
        w in " ".join(names)
        for w in ("Tatuering", "Supply", "Solar", "HVAC", "Epassi", "Benify", "Piercing")
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Call Patel Solar about the panels.", "Patel"),
        ("They agreed to use Lindroth Bygg for the fit-out.", "Lindroth"),
        ("Vi anlitar Shevchenko Bygg för altanen.", "Shevchenko"),
    ],
)
def test_a_trade_named_after_its_owner_keeps_the_name(
    detector: Detector, text: str, name: str
) -> None:
    assert any(name in value for value in found(detector, text, "PERSON"))
