"""Round fifty-one (issue 15): the rules read off the misses of the sets spent this round and of
the names the earlier dev sets still leaked; made-up texts, in no set."""

from __future__ import annotations

import pytest

from rung.privacy.detect import Detector


def _values(detector: Detector, text: str, kind: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == kind]


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
    assert name in _values(detector, text, "PERSON")


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
    assert _values(detector, text, "PERSON") == []


def test_a_street_named_after_a_person_stays_an_address(detector: Detector) -> None:
    text = "Läckage i källaren på Per Albin Hanssons väg 9, ventilen i undercentralen."
    assert _values(detector, text, "PERSON") == []
    assert _values(detector, text, "ADDRESS") == ["Per Albin Hanssons väg 9"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kommer ni på kalaset på lördag? finns det några allergier? /billy", "billy"),
        ("kan ni skicka en bärgare? bilen står vid macken /per 0708821234", "per"),
        ("nytt nummer men samma mejl (042-61 22 33). /hanne", "hanne"),
    ],
)
def test_a_lower_case_signature_after_a_slash(detector: Detector, text: str, name: str) -> None:
    assert name in _values(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "skriv /me vinkar eller /help i chatten",
        "loggarna ligger i /tmp och /home",
        "glöm inte att köpa mjölk på vägen hem /mamma",
    ],
)
def test_no_signature_from_a_command_a_path_or_kin(detector: Detector, text: str) -> None:
    assert _values(detector, text, "PERSON") == []
