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


# Round twenty-nine: numbers from dev-bn and dev-bo's kinds of text and libphonenumber's example
# numbers of every region; made-up numbers, in no set.
@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # dots between the groups of an international number: a phone, not an IP address
        ("Tél: +33.6.12.34.56.78, après 18h", "+33.6.12.34.56.78"),
        ("Tel: +46.70.123.45.67", "+46.70.123.45.67"),
        ("Ring 0041.21.234.56.78 i morgon", "0041.21.234.56.78"),
        # the phone library's match began with the space after `/`: the second number was dropped
        ("Tolk: Fatemeh Najafi, 021 4491 5464 / 073 32 62 531.", "073 32 62 531"),
        ("Kontakt: Anna Berg [070-123 45 67]", "070-123 45 67"),
        # a number as dialled at home abroad, after a word that asks for it or a person's name
        ("Tlf: 40-61-23-45 etter kl 16", "40-61-23-45"),
        ("Ring mig på 40 61 23 45 efter fyra.", "40 61 23 45"),
        ("Her number is 65 04 52 71; call after six.", "65 04 52 71"),
        ("Hennes nummer är 591 911 605, hon pratar engelska.", "591 911 605"),
        ("Vet there: Katarzyna Nowak, 541 295 395.", "541 295 395"),
        ("Contact Maria Fuentes 984935163 about shipping.", "984935163"),
    ],
)
def test_a_phone_number_in_a_form_the_detector_missed_is_hidden(
    detector: Detector, text: str, phone: str
) -> None:
    assert ("PHONE", phone) in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Betala till bankgiro 041-3886, ange OCR 0344 4829 4889 46.",
        "Vid frågor, ange kundnummer 0633447.",
        "Customer (account 0647047) has moved. Direct debit ref 0086052496.",
        "Work order SO0267910, site visit Monday.",
        "Claim 012-553-080 / skadenr S57560003",
        "Plusgiro 02 36 86-1",
        "Your order number 12345678 has shipped.",
        "Chip nr 752 098 100 123 456",
        "Anna Berg 2024 12 01",
        "Server 10.0.0.12 svarar inte",
    ],
)
def test_a_number_that_a_label_names_otherwise_is_no_phone(detector: Detector, text: str) -> None:
    assert not [value for kind, value in _found(detector, text) if kind == "PHONE"]


@pytest.mark.parametrize("text", ["Server 10.0.0.12 svarar inte", "IP: 192.168.1.20, port 22"])
def test_an_ip_address_is_still_one(detector: Detector, text: str) -> None:
    assert [kind for kind, _ in _found(detector, text)] == ["IP_ADDRESS"]
