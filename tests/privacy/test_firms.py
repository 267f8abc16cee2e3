"""Round twenty-nine: `rung.privacy.names_firms`, a small firm's owner named in its name is a
person (`Husseins Rör AB`); made-up firms, in no set."""

from __future__ import annotations

import pytest

from rung.privacy.detect import Detector


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Jag anlitade Husseins Rör AB för byte av toalettstol.", ["Hussein"]),
        ("QUOTE 32427\nMiller's Plumbing & Heating Ltd\nFor: Clyde Lopez",
         ["Miller", "Clyde Lopez"]),
        ("Grävning utförs av von Essens Mark & Schakt AB.", ["von Essen"]),
        ("Ring Anderssons Mark & Trädgård på 070-123 45 67", ["Andersson"]),
        ("Offert från Mikael Lindgrens Bygg & Fix AB", ["Mikael Lindgren"]),
        ("Utförare: Elfirma Birgit Andersson AB, org.nr 802979-2648", ["Birgit Andersson"]),
        ("FAKTURA\nJuha Korhonens Hästtransporter AB, org.nr 916279-3419", ["Juha Korhonen"]),
        ("Michał Jabłońskis Hästtransporter AB, org.nr", ["Michał Jabłoński"]),
        # no person's name in the genitive, or no firm after it; a name that ends as one does
        ("Ring Jonas Mark i morgon om bilen.", ["Jonas Mark"]),
        # a genitive that is a name itself is the owner whole (`Jonas`, not `Jona`)
        ("Offert från Jonas Bygg AB", ["Jonas"]),
        ("Niklas Måleri har semester vecka 29.", ["Niklas"]),
        ("Mälardalens Bygg AB har kontor i Västerås.", []),
        ("Vi åkte till Astrid Lindgrens Värld i somras.", []),
    ],
)  # fmt: skip
def test_a_firm_named_after_its_owner_names_a_person(
    detector: Detector, text: str, people: list[str]
) -> None:
    found = [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]
    assert found == people
