"""Round thirty-five (issue 15): the rules read off the misses of the sets spent this round
(dev-cj: utilities, energy and installers; dev-ck: IT work that touches homes); made-up texts,
in no set. The learned second opinion on pets' names is tested in test_pets_model."""

from __future__ import annotations

import pytest

from rung.privacy.detect import Detector


def _people(detector: Detector, text: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]


def _found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value(text)) for f in detector.find(text)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a known name in the genitive before any firm's name and its form
        ("Offert från Bergqvists Elteknik AB: 33 000 kr.", ["Bergqvist"]),
        ("Porter's Electric LLC\nInvoice 31836", ["Porter"]),
        ("Installer: Singh's Solar Ltd, booked for May.", ["Singh"]),
        ("Köp den på Clas Ohlsons Lager AB i stan.", []),  # a chain's founder, a brand now
        # things no list of names holds, whatever cue stands before them
        ("Tips för nyinflyttade: ring Telenor och fråga om fiber.", []),
        ("hej Fortum! min faktura är fel", []),
        ("Hej Dr Boston, tack för sist.", ["Boston"]),  # a listed name after a cue
        # a product of two or more words, one of them a thing of the lexicon
        ("Uppdrag: installera laddbox Easee Home, säkring 25 A.", []),
        ("Skrivaren Konica Minolta på plan 1 är trasig, säger Anna Telenor.", ["Anna Telenor"]),
        ("Sune fick sin vaccination (Purevax RCPCh FeLV) i september.", ["Sune"]),
        # a key of snake case, a MAC address's label
        ("assigned_to: Lund, Petra\nmac: D6:3F:44:F6:A4:4D", ["Lund, Petra"]),
        # an everyday word that no list of names holds, cut from a name's start
        ("User Preston, Joe – mobile +48 717 227 994", ["Preston, Joe"]),
        ("Gamla numret sägs upp. Beställt av Nils-Erik J.", ["Nils-Erik J."]),
        ("Manager Lisa Berg signed it.", ["Lisa Berg"]),
        # the speakers of a lower-case chat log, one of them a given name
        ("leon: kommer du i kväll?\ncissi: ja! efter sju\nleon: toppen", None),
        ("anm: ring först\nadress: storgatan 3", []),
    ],
)  # fmt: skip
def test_names_of_round_thirty_five(
    detector: Detector, text: str, people: list[str] | None
) -> None:
    found = _people(detector, text)
    if people is None:
        assert sorted(set(found)) == ["cissi", "leon"]
    else:
        assert found == people


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # English streets named in a row without numbers
        ("Planned power cut\nAffected: Church Lane, Elm Grove and parts of Leeds",
         ["Church Lane", "Elm Grove"]),
        ("Thanks for the Apple Music playlist", []),
        # a house number and a street in lower case
        ("tech: hi, i'm outside 80 albert terrace with your router", ["80 albert terrace"]),
        ("it took a 20 minute drive to get there", []),
        # a street that names a workplace by a hyphen
        ("hej, wifi funkar inte på Kvarnvägen-kontoret sen i morse.", ["Kvarnvägen"]),
    ],
)  # fmt: skip
def test_addresses_of_round_thirty_five(
    detector: Detector, text: str, addresses: list[str]
) -> None:
    assert [v for k, v in _found(detector, text) if k == "ADDRESS"] == addresses
