"""Phone numbers before a date or a time, years of a life, and an address that runs into a phone
number (rung.privacy.phones; docs/privacy.md, "Held-out T"). Made-up numbers, in no set."""

from __future__ import annotations

import pytest

from rung.privacy import Detector


def _found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value(text)) for f in detector.find(text)]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("SMS från 070 55 12 345 2026-05-01 08:15: kommer sent", "070 55 12 345"),
        ("Missat samtal +47 912 34 567 12.03.2026", "+47 912 34 567"),
        ("Call log: +44 20 7946 0321, 09:40, no answer", "+44 20 7946 0321"),
        # the phone library takes the hour into the number: hidden all the same
        ("Röstmeddelande från 031-71 22 90 14:05", "031-71 22 90"),
    ],
)
def test_a_phone_number_before_a_date_or_a_time(detector: Detector, text: str, phone: str) -> None:
    assert any(kind == "PHONE" and phone in value for kind, value in _found(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kort 0123 4567 8901 2346 2026-03-08 nekades",  # a failed card number, not a phone
        "Order 0441 22 2026-03-08 skickad",  # too few digits
        "Tora Vinde (1864–1931) gifte sig 1889.",  # years of a life
        "Edvin Kask (1901-1977), snickare",
    ],
)
def test_no_phone_number_where_none_is(detector: Detector, text: str) -> None:
    assert not [value for kind, value in _found(detector, text) if kind == "PHONE"]


@pytest.mark.parametrize(
    ("text", "address", "phone"),
    [
        ("Adress: Storgatan 5, 411 38 Göteborg, 070 123 45 67.",
         "Storgatan 5, 411 38 Göteborg", "070 123 45 67"),
        ("Vårdnadshavare: Lindvägen 21B\n173 18 Bjärnum, 076 14 35 346.",
         "Lindvägen 21B\n173 18 Bjärnum", "076 14 35 346"),
    ],
)  # fmt: skip
def test_an_address_ends_before_a_phone_number(
    detector: Detector, text: str, address: str, phone: str
) -> None:
    assert _found(detector, text) == [("ADDRESS", address), ("PHONE", phone)]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Ring mig på +44 20 7946 311326 i morgon.", "+44 20 7946 311326"),  # a digit too many
        ("(kontakt: +44 161 496 508871)", "+44 161 496 508871"),
    ],
)
def test_an_international_number_the_library_finds_impossible_is_hidden(
    detector: Detector, text: str, phone: str
) -> None:
    found = [(f.kind, f.value(text)) for f in detector.find(text)]
    assert ("PHONE", phone) in found


@pytest.mark.parametrize(
    "text", ["Version +1 2 3 is out.", "Score +12 points", "+99999 12 34 56 is no number"]
)
def test_a_plus_and_digits_without_a_calling_code_or_length_is_no_phone(
    detector: Detector, text: str
) -> None:
    assert "PHONE" not in {f.kind for f in detector.find(text)}


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # an extension right after the number no longer hides it, and is hidden with it
        # (round twenty: `phones.with_extensions`; after a comma it is left alone)
        ("Please call the practice on 0117 496 0403 ext. 214 and ask.", "0117 496 0403 ext. 214"),
        ("On-site contact: 0045 51528551 ext. 208.", "0045 51528551 ext. 208"),
        ("Call 020 7946 0958, ext 214 tomorrow.", "020 7946 0958"),
        # a North American number with its country code `1-`
        ("Phone: 1-515-262-1158. Referred by Dr. Smith.", "1-515-262-1158"),
    ],
)
def test_a_number_with_an_extension_or_a_country_code_one_is_hidden(
    detector: Detector, text: str, phone: str
) -> None:
    assert ("PHONE", phone) in [(f.kind, f.value(text)) for f in detector.find(text)]
