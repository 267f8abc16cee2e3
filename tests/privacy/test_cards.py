"""vCard and iCalendar lines (rung.privacy.cards; docs/privacy.md, "Held-out T"): an address's
parts apart with `;`, commas escaped with a backslash, a structured name. Made-up values, in no
set."""

from __future__ import annotations

import pytest

from rung.privacy import Detector
from rung.privacy.cards import back, view
from rung.privacy.findings import Finding

VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nFN:Tjelvar Oskarsbo\nN:Ramsöbacke;Tjelvar;;;\n"
    "ADR;TYPE=HOME:;;Kvarnbäcksgränd 14B;Tärendö;;957 91;Sverige\n"
    "EMAIL:t.ramsobacke@example.se\nEND:VCARD"
)
EVENT = (
    "BEGIN:VEVENT\nSUMMARY:Föräldramöte\n"
    "LOCATION:Rua dos Castanheiros\\, 41\\, 3810-224 Aveiro\nEND:VEVENT"
)


def _found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value(text)) for f in detector.find(text)]


def test_a_vcard_address_and_name_are_found_within_their_lines(detector: Detector) -> None:
    found = _found(detector, VCARD)
    assert ("ADDRESS", "Kvarnbäcksgränd 14B;Tärendö;;957 91;Sverige") in found
    assert ("PERSON", "Ramsöbacke;Tjelvar") in found
    assert not any("\n" in value for _, value in found)


def test_an_icalendar_location_with_escaped_commas_is_one_address(detector: Detector) -> None:
    assert ("ADDRESS", "Rua dos Castanheiros\\, 41\\, 3810-224 Aveiro") in _found(detector, EVENT)


@pytest.mark.parametrize("text", [VCARD, EVENT, "LABEL:Storgatan 5\\nLund", "ingen rad här: a;b"])
def test_the_view_keeps_every_character_in_its_place(text: str) -> None:
    plain, origin = view(text)
    assert len(plain) == len(text)
    if origin is None:
        assert plain == text
        return
    assert len(origin) == len(text) + 1
    for i, char in enumerate(plain):  # but separators and padding, the one it came from
        assert char in "\n " or char == text[origin[i]]


def test_a_finding_in_the_view_is_put_back_on_the_text() -> None:
    plain, origin = view(EVENT)
    start = plain.index("Rua")
    end = plain.index("Aveiro") + len("Aveiro")
    (finding,) = back([Finding("ADDRESS", start, end, 1.0)], origin, EVENT)
    assert finding.value(EVENT) == "Rua dos Castanheiros\\, 41\\, 3810-224 Aveiro"


def test_a_mail_label_is_no_card_line(detector: Detector) -> None:
    """`Location:` in a mail is a label, and its address may go on over the next line."""
    text = "Location: Kvarnbäcksgränd 14B\n957 91 Tärendö\nSee you there!"
    assert view(text) == (text, None)
    assert ("ADDRESS", "Kvarnbäcksgränd 14B\n957 91 Tärendö") in _found(detector, text)
