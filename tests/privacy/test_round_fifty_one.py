"""Round fifty-one (issue 15): the rules read off the misses of the sets spent this round and of
the names the earlier dev sets still leaked; made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kassan v.12:\nmån 10-19 Yasmin, Per\ntis 07-16 Gunilla", "Per"),
        ("Rum: Leyla & Omar, Hanna & Ebba, Per solo. Incheckning 15.00", "Per"),
        ("Hej Ritu! Tack för PR:en, Per mergar efter lunchen.", "Per"),
        ("Vi saknade dig idag kl 9.15, Bo. Ring oss så bokar vi en ny tid.", "Bo"),
        ("Feedback (Lejla): strong hire. (Sten): hire. (Arvid): no hire", "Sten"),
    ],
)
def test_an_ambiguous_given_name_alone_inside_a_sentence(
    detector: Detector, text: str, name: str
) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Per timme kostar städningen 450 kr, per natt 900 kr.",
        "Kan någon låsa upp sal Tor åt gruppen i eftermiddag?",
        "Stormen Gudrun 2005 och stormen Per 2007 slog ut elen.",
        "Per capita har länet flest föreningar i landet.",
        "Seminariet hålls i sal Tor, ta med datorn.",
    ],
)
def test_no_name_from_an_ambiguous_word(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


def test_a_street_named_after_a_person_stays_an_address(detector: Detector) -> None:
    text = "Läckage i källaren på Per Albin Hanssons väg 9, ventilen i undercentralen."
    assert found(detector, text, "PERSON") == []
    assert found(detector, text, "ADDRESS") == ["Per Albin Hanssons väg 9"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kommer ni på kalaset på lördag? finns det några allergier? /billy", "billy"),
        ("kan ni skicka en bärgare? bilen står vid macken /per 0708821234", "per"),
        ("nytt nummer men samma mejl (042-61 22 33). /hanne", "hanne"),
    ],
)
def test_a_lower_case_signature_after_a_slash(detector: Detector, text: str, name: str) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "skriv /me vinkar eller /help i chatten",
        "loggarna ligger i /tmp och /home",
        "glöm inte att köpa mjölk på vägen hem /mamma",
        "Päron 35 kr /st",
    ],
)
def test_no_signature_from_a_command_a_path_kin_or_a_unit(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "SMS 2027-03-14: Hej! Din kavaj är klar att hämta.",
        "Sotning av stugan på Lillbyn 12, 792 92 Mora, 2027-09-30. Lämna nyckel hos grannen.",
    ],
)
def test_a_date_after_a_cue_or_a_town_is_no_phone(detector: Detector, text: str) -> None:
    assert found(detector, text, "PHONE") == []


def test_a_date_after_a_town_ends_the_address(detector: Detector) -> None:
    text = "Sotning av stugan på Lillbyn 12, 792 92 Mora, 2027-09-30. Lämna nyckel hos grannen."
    assert found(detector, text, "ADDRESS") == ["Lillbyn 12, 792 92 Mora"]


def test_a_number_after_a_town_is_still_a_phone(detector: Detector) -> None:
    text = "Kund: Storgatan 9, 792 30 Mora, 0701234567"
    assert found(detector, text, "PHONE") == ["0701234567"]


@pytest.mark.parametrize(
    "text",
    [
        "Ej hämtat: rock, lapp B-4412\nRing kunden innan fredag.",
        "Subject: Complaint – ticket A-551\n\nHello,",
        "Delivery note D-3307\nFrom: the shop",
    ],
)
def test_a_tickets_number_is_no_postcode(detector: Detector, text: str) -> None:
    assert found(detector, text, "ADDRESS") == []


def test_a_postcode_with_its_country_stays_an_address(detector: Detector) -> None:
    text = "Ny adress: Mariahilfer Straße 12, A-1070 Wien"
    assert found(detector, text, "ADDRESS") == ["Mariahilfer Straße 12, A-1070 Wien"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Property: Ivy Cottage, The Paddock, Exeter EX2 4RP\nIssue: mice in the loft",
            "Ivy Cottage, The Paddock, Exeter EX2 4RP",
        ),
        (
            "Callout: Ivy Cottage, Station Approach, Leeds LS4 2AB. Wasps.",
            "Ivy Cottage, Station Approach, Leeds LS4 2AB",
        ),
    ],
)
def test_a_british_house_and_its_street(detector: Detector, text: str, address: str) -> None:
    assert found(detector, text, "ADDRESS") == [address]
    assert found(detector, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quotes so far: Singh Tree Care £1,200 and a local man for £900 cash.", "Singh"),
        ("Trädfällning Jonas Bergkvist AB\nSkogsvägen 4\nOrg.nr 559123-4567", "Jonas Bergkvist"),
        ("Any problems, call me. Cheers, Owen (Hughes Chimney Services)", "Hughes"),
    ],
)
def test_a_person_who_owns_a_trade(detector: Detector, text: str, name: str) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Your coat is ready at Tick Tock Shoe Repair. Quick Cobbler is closed on Mondays.",
        "Skomakeriet har stängt i juli. Urmakeriet öppnar klockan 10.",
        "Hämtas hos Kemtvätten Centrum eller på Trädgårdscentret Ängsbacken.",
    ],
)
def test_a_shops_name_is_no_person(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


def test_a_caller_who_introduces_themself_before_a_dash(detector: Detector) -> None:
    text = "hey its margit – stuck in traffic, there by 15:00. pls wait!!"
    assert found(detector, text, "PERSON") == ["margit"]


def test_a_given_name_that_speaks_is_no_town(detector: Detector) -> None:
    text = "Vi parkerade i uppfarten på Björkvägen 17, Sune sa att det gick bra."
    assert found(detector, text, "ADDRESS") == ["Björkvägen 17"]
    assert "Sune" in found(detector, text, "PERSON")


def test_a_neighbour_is_no_part_of_the_name(detector: Detector) -> None:
    text = "Policyholder: Ann Price. Neighbour Gail Morton, 12 Oak Grove, Leeds LS6 2AB."
    assert "Gail Morton" in found(detector, text, "PERSON")


def test_a_venues_name_is_no_street(detector: Detector) -> None:
    text = "Avtal förnyat – Hotell Lärkudden\nOrg.nr 559437-1461"
    assert found(detector, text, "ADDRESS") == []
