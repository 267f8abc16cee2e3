# ruff: noqa: E501
"""Round thirty-six (issue 15): the rules read off the misses of the sets spent this round
(dev-cm: travel, hotels and hospitality; dev-cn: law, estates and money at home); made-up
texts, in no set."""

from __future__ import annotations

import pytest

from rung.privacy.credentials import find_secrets
from rung.privacy.detect import Detector


def _people(detector: Detector, text: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]


def _of(detector: Detector, text: str, kind: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a role's name in brackets opens a chat line, and then its own lines
        ("me: hi, my router is dead\nagent (rose): sorry! your name?\nme: nils\nrose: thanks", ["rose", "nils", "rose"]),
        # a role's genitive, no name
        ("can i take the account holder's name and postcode?", []),
        # an initial, not `Calle`
        ("Kontrollerad av K. Sandberg 4/5.", ["K. Sandberg"]),
        # a department on the line under a signature
        ("Kind regards,\nTarik Osman\nGuest Relations", ["Tarik Osman"]),
        # lodgings are no people
        ("Vi bor på Hostel Linden i Lund och sedan Pension Alpenblick.", []),
        ("Thank you for choosing Harbourside Inn.", []),
        # a form's surname field in capitals
        ("REGISTRATION\nSurname: COOMBES\nFirst name: ROSALIND", ["COOMBES", "ROSALIND"]),
        # guests before their rooms' numbers in a labelled list
        ("Utcheckade: 412 Backlund, 118 Vikström, 207 Hashemi.", ["Backlund", "Vikström", "Hashemi"]),
        # a guest in brackets after a room, a table's name before its party
        ("Klagomål från 512 (Atkinson) om ljud.", ["Atkinson"]),
        ("Bord ikväll: Lindqvist, 6 pers, 19:30.", ["Lindqvist"]),
        # any capitalised word and `av`/`by` before a name
        ("Tvätten levereras i morgon. Levereras av Greta.", ["Greta"]),
        # a genitive after a sentence that ends in a piece of furniture
        ("Gästen vill ha en extra säng. Karins man kommer sent.", ["Karin"]),
        # the owner of a law office, of a firm after its word, of solicitors
        ("Sjöbergs Juristbyrå\nTel 010-123 45 67", ["Sjöberg"]),
        ("Hälsningar, Advokatbyrån Lindqvist", ["Lindqvist"]),
        ("The will is held by Lane Solicitors in Leeds.", ["Lane"]),
        # people listed with `+`, `/` and `./.`, each `Surname, Given`
        ("Rum:\n339 Olsson, Claes + Johansson, Agda", ["Olsson, Claes", "Johansson, Agda"]),
        ("Mål: Håkansson, Lisa ./. Abrahamsson, Jack, tingsrätten.", ["Håkansson, Lisa", "Abrahamsson, Jack"]),
        # roles of an estate and a court
        ("Executor's contact details follow. The Claimant agrees.", []),
    ],
)  # fmt: skip
def test_names_of_round_thirty_six(detector: Detector, text: str, people: list[str]) -> None:
    assert _people(detector, text) == people


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Hotel: 9/3 Moo 3, Rawai, Mueang Phuket, Phuket 83130.", "9/3 Moo 3, Rawai, Mueang Phuket, Phuket 83130"),
        ("Adressen: 112 Sukhumvit Soi 11\nKhlong Toei Nuea, Watthana, Bangkok 10110. Kram", "112 Sukhumvit Soi 11\nKhlong Toei Nuea, Watthana, Bangkok 10110"),
        ("Ryokan: 2-23-7 Asakusa, Taito-ku, Tokyo 111-0032.", "2-23-7 Asakusa, Taito-ku, Tokyo 111-0032"),
        ("omg we're at calle larios 84, 29017 málaga and nobody's here", "calle larios 84, 29017 málaga"),
        ("we're at rua augusta 7, 1100-091 lisboa now", "rua augusta 7, 1100-091 lisboa"),
        ("Our address is 8 promenade des Anglais, 06000 Nice, and", "8 promenade des Anglais, 06000 Nice"),
        ("Nytt hotell: Rruga e Durrësit 72, 1001 Tiranë.", "Rruga e Durrësit 72, 1001 Tiranë"),
        ("Adress: Kalkan Mah. Şehitler Cad. No:60\n07960 Kaş/Antalya. Tel", "Kalkan Mah. Şehitler Cad. No:60\n07960 Kaş/Antalya"),
        ("Boende: Albergo del Sole, Marmontova ulica 24\n21000 Split.", "Marmontova ulica 24\n21000 Split"),
        ("KÄRANDE: Anna Berg, Inre Hamnkajen 8 lgh 1005, SE-121 20 Stockholm", "Inre Hamnkajen 8 lgh 1005, SE-121 20 Stockholm"),
        ("Fullmaktshavare: Eva Holm, Norra Promenaden 7 A 505 42 Borås, tel", "Norra Promenaden 7 A 505 42 Borås"),
        ("posten går fortfarande till inre hamnkajen 6.", "inre hamnkajen 6"),
        ("flytten från hammarby allé 20, uppg. b, 461 51 trollhättan", "hammarby allé 20, uppg. b, 461 51 trollhättan"),
    ],
)  # fmt: skip
def test_addresses_of_round_thirty_six(detector: Detector, text: str, address: str) -> None:
    assert _of(detector, text, "ADDRESS") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Hearing 2027-11-04 at the county court.",
        "Kristina Andersson, avliden 2027-04-06. Den som vill klandra",
        "Envío a C. Mayor 5 en Madrid",  # no postcode, no `de`: an initial's shape, not found
    ],
)
def test_dates_and_initials_are_no_addresses(detector: Detector, text: str) -> None:
    assert _of(detector, text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Booking 4T48QF\nPhone: 6984 476 376\nEmail:", "6984 476 376"),  # a Greek mobile
        ("Ambassaden ringde ang. hans nödpass: 070-542 69 88.", "070-542 69 88"),
        ("Ställföreträdare: Roger Johansson\nTelefon: 0907674451\nE-post:", "0907674451"),
        ("Her husband Terje is on 443 66 630.", "443 66 630"),  # as dialled in Norway
        ("Emma has the vet's number: 353 3036983.", "353 3036983"),
        ("Contact the farm on 829 9631 or by mail.", "829 9631"),
        ("Kontakt på plats: Peter Müller 0172/8212158", "0172/8212158"),
        ("Chaufför: Edward, utlandsnr 97446461", "97446461"),
        # a number before an address, not the address's house number (dev-ak)
        (
            "Landlord: John Jones, +90 591 054 52 98, Rue Neuve 37, 1000 Bruxelles.",
            "+90 591 054 52 98",
        ),
        # a model's digits and a dash before it (dev-bx)
        ("Nair, Rahul – Poly Studio X50 – (073) 200 38 76", "(073) 200 38 76"),
    ],
)
def test_phones_of_round_thirty_six(detector: Detector, text: str, phone: str) -> None:
    assert _of(detector, text, "PHONE") == [phone]
    assert _of(detector, text, "SECRET") == _of(detector, text, "NATIONAL_ID") == []


def test_a_table_column_headed_phone_holds_phones(detector: Detector) -> None:
    text = "Policy | Animal | Insured | Phone\n4693-AG | Nova | Ann Lee | 15 29 22 80\n"
    assert _of(detector, text, "PHONE") == ["15 29 22 80"]
    assert _of(detector, "Swish only, nummer 123 545 65 98.", "PHONE") == []


def test_a_word_ending_in_pass_is_no_password_key() -> None:
    assert find_secrets("nödpass: 0701234567, bypass: 0532 811 12 12") == []
    assert find_secrets("compass: hunter2222") == []
    for text in ("db_pass: hunter2222", "dbpass=hunter2222", "PASS=hunter2222"):
        assert [f.kind for f in find_secrets(text)] == ["SECRET"]
