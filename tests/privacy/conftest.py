"""One detector for the whole privacy test session: loading spaCy takes seconds."""

from __future__ import annotations

import pytest

from rung.privacy import Detector


@pytest.fixture(scope="session")
def detector() -> Detector:
    found = Detector()
    found.load()
    return found
