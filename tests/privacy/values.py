"""What the detector finds in a text, per kind: the values the round tests assert on."""

from __future__ import annotations

from rung.privacy import Detector


def found(detector: Detector, text: str, kind: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == kind]


def people(detector: Detector, text: str) -> list[str]:
    return found(detector, text, "PERSON")


def addresses(detector: Detector, text: str) -> list[str]:
    return found(detector, text, "ADDRESS")
