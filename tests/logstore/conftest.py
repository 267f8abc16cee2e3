from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.logstore.postgres_server import PostgresServer, running

_names = itertools.count()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    with running() as server:
        yield server


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the session's server."""
    return postgres_server.database(f"t{next(_names)}")


@pytest.fixture(autouse=True)
def spill_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database's spill files go under the test's directory, not the user's state dir."""
    monkeypatch.setenv("RUNG_SPILL_DIR", str(tmp_path / "spill"))
