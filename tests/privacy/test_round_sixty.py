"""Round sixty (issue 15): the rules read off dev-hr's leaks (a firm's owner after any word of the
firm, a team named after its captain); made-up texts, in no set."""

from __future__ import annotations

import pytest
from tests.privacy.values import found

from rung.privacy.detect import Detector


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verkstad: Gräsklippare Hämäläinen AB, tel. vxl", ["Hämäläinen"]),
        ("Leverantör: Trädgårdsservice Mikael Holmberg AB", ["Mikael Holmberg"]),
        ("Sponsor: Bilvårdsfirma Eva Lindqvist AB, Box 12, 123 45 Ort", ["Eva Lindqvist"]),
        ("Hyr en släp hos Maskinuthyrning Kowalczyk AB i Borås", ["Kowalczyk"]),
        # a quarter, a word that is no surname, capitals, a brand of several words: no owner
        ("Entreprenör: Byggservice Nord AB, ombud", []),
        ("Kund: Hotell Norrsken AB", []),
        ("ANNONS: BYGGMÄSTARE NORDIN AB söker snickare", []),
        ("Order from Red Lion Golfmaskiner Ltd", []),
    ],
)
def test_a_firms_owner_after_any_word_of_the_firm(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "PERSON") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resultat: 1. Team Lindqvist – 54, 2. Team Kowalczyk – 57", ["Lindqvist", "Kowalczyk"]),
        ("Vann gjorde lag Hämäläinen, före laget Bergqvist.", ["Hämäläinen", "Bergqvist"]),
        # a team named after no one, or after a given name
        ("Team Alpha vann, före Team Sverige och Team Falcon.", []),
        ("Finalen: Team Greta mot Team Sture", []),
    ],
)
def test_a_team_named_after_its_captain(detector: Detector, text: str, expected: list[str]) -> None:
    assert found(detector, text, "PERSON") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:12 Agent Ingfrid: Vi skickar en ny laddare i dag.", ["Ingfrid"]),
        ("[10.30] Kundservice/Dag: Hej! Ordern är på väg.", ["Dag"]),
        ("Kund: min faktura är fel\nSten (Kundtjänst): Jag kollar på det.", ["Sten"]),
        ("Live chat\nKit (agent): Hello, how can I help?", ["Kit"]),
        # a desk named after no one, a customer in brackets
        ("Kundtjänst Kustbanken: Er ansökan är mottagen.", []),
        ("Agent (Kund): hej igen", []),
    ],
)
def test_a_desks_speaker_is_a_person(detector: Detector, text: str, expected: list[str]) -> None:
    assert found(detector, text, "PERSON") == expected
