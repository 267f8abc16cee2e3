"""Round fifty (issue 15): the rules read off the misses of the sets spent this round and of
the names the earlier dev sets still leaked; made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@Ulf can you take the Kia after lunch? customer (hendricks) is waiting", "hendricks"),
        ("@Lena did the plumber (tjorvar?) turn up at the flat", "tjorvar"),
    ],
)
def test_a_name_in_brackets_after_a_role(detector: Detector, text: str, name: str) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    "text", ["the driver (ok?) left at six", "kunden (idag) ringde om bilen", "Guest (adult) x2"]
)
def test_no_name_in_brackets_after_a_role(detector: Detector, text: str) -> None:
    assert found(detector, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GET /api/v1/register?name=zoltanka&city=Umea HTTP/1.1", "zoltanka"),
        ("POST /form?first_name=Maja+Lindqvist&age=31", "Maja+Lindqvist"),
        ("GET /search?lang=sv&namn=Birgitta%20Holm&page=2", "Birgitta%20Holm"),
    ],
)
def test_a_name_in_a_query_string(detector: Detector, text: str, name: str) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("docker run --name=build -d nginx", "build"),
        ("GET /products?name=shoes&size=42", "shoes"),
        ("curl 'http://localhost/x?name=test&debug=1'", "test"),
    ],
)
def test_no_name_in_a_query_string(detector: Detector, text: str, value: str) -> None:
    assert value not in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("TEST DRIVE\nDriver: Ann Lee\nLicence checked by: Walker\nVehicle: Kia Ceed", "Walker"),
        ("Report 12\nReviewed by: Fisher\nStatus: ok", "Fisher"),
    ],
)
def test_the_agent_of_a_check_or_a_paper(detector: Detector, text: str, name: str) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("lina: elpriset är sjukt idag\ntomasz: kör tvättmaskinen i natt då", "kör tvättmaskinen"),
        (
            "Caller asked about her bill. Customer requested budget billing, enrolled.",
            "budget billing",
        ),
    ],
)
def test_everyday_words_in_lower_case_are_no_name(
    detector: Detector, text: str, words: str
) -> None:
    assert words not in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Engineer: Raymond Reed\nCustomer: Ms Jankowska\nAddress: 9 Elm Road",
            "Jankowska",
            "Customer",
        ),
        (
            "Solceller på taket. Installatör var Astrid Jakobsson på Solkraft AB.",
            "Astrid Jakobsson",
            "Installatör",
        ),
        (
            "Min pappa Staffan Åkesson skrev på. Pappas personnummer är okänt.",
            "Staffan Åkesson",
            "Pappas",
        ),
        ("Stormen Gudrun 2005 och stormen Per 2007 slog ut elen. /Åsa Lind", "Åsa Lind", "Per"),
        (
            "Kind regards,\nJacqueline Walton\nCustomer Service, Octopus Energy",
            "Jacqueline Walton",
            "Octopus",
        ),
        ("Hej från Studio Gläntan! Vi ses, Eva Berg", "Eva Berg", "Studio Gläntan"),
        (
            "Kristen Collins från Tryckhörnan skrev att allt är klart.",
            "Kristen Collins",
            "Tryckhörnan",
        ),
    ],
)
def test_things_named_like_people(detector: Detector, text: str, kept: str, dropped: str) -> None:
    people = found(detector, text, "PERSON")
    assert kept in people and dropped not in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Check the roof after the storm. Masooma Ahmadi, 01223 883229", "Masooma Ahmadi"),
        ("Book the shoot at Persson Studio, Anna", "Persson"),
        ("Fakturan gäller Haddads Energi, Storgatan 2", "Haddads Energi"),
        ("Standup: Anna – proofs för Eriksson-bröllopet; Per – print run.", "Eriksson"),
        (
            "Larmet gick 10:20. Keyholder Mikael-Bengt Berg (070-123 45 67) informed.",
            "Mikael-Bengt Berg",
        ),
    ],
)
def test_people_beside_those_things(detector: Detector, text: str, name: str) -> None:
    assert name in found(detector, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Jöns team klara med taket. Next stop: Phrommas garage på Ekeby 41.", "Phromma"),
        ("Bolagsverket har utsett en likvidator i Handelsbolaget Holmberg & Nilsson.", "Holmberg"),
    ],
)
def test_an_owners_name_before_a_trade_stays_covered(
    detector: Detector, text: str, owner: str
) -> None:
    """Narrowed after the dev comparison: a lower-case trade word after an owner's genitive and
    `-bolaget` before a surname leave the owner inside a PERSON."""
    start = text.index(owner)
    people = [f for f in detector.find(text) if f.kind == "PERSON"]
    assert any(f.start <= start and start + len(owner) <= f.end for f in people)
