"""The SQLite cache store's schema version (PRAGMA user_version, numbered migrations) and its
closing when the gateway closes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rung.cache import SqliteStore
from rung.cache.store import MIGRATIONS, Entry
from rung.configure import parse
from rung.gateway import Gateway
from rung.patterns.cached import Cached

UNVERSIONED = """
CREATE TABLE cache (key TEXT PRIMARY KEY, body BLOB NOT NULL, created REAL NOT NULL,
                    accessed INTEGER NOT NULL, scope TEXT, vector BLOB);
INSERT INTO cache VALUES ('k', X'7B7D', 1.0, 1, NULL, NULL);
"""


def user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def test_a_new_file_records_every_migration(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.db")
    store.put(Entry("k", b"{}", 5.0))
    store.close()
    assert user_version(tmp_path / "c.db") == len(MIGRATIONS) >= 1
    again = SqliteStore(tmp_path / "c.db")
    entry = again.get("k", oldest=0.0)
    again.close()
    assert entry is not None and entry.body == b"{}"


def test_a_file_from_before_versions_is_migrated_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(UNVERSIONED)
    db.close()
    assert user_version(path) == 0
    store = SqliteStore(path)
    entry = store.get("k", oldest=0.0)
    store.close()
    assert entry is not None and entry.body == b"{}"
    assert user_version(path) == len(MIGRATIONS)


def test_a_file_from_a_newer_rung_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(RuntimeError, match="newer than this rung knows"):
        SqliteStore(path)


async def test_the_gateway_closes_its_cache_files(tmp_path: Path) -> None:
    config = parse(
        {
            "models": {
                "up": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"}
            },
            "routes": {"r": {"model": "up", "cache": {"path": str(tmp_path / "c.db")}}},
            "log": {"enabled": False},
        },
        "test",
    )
    gateway = Gateway(config)
    pattern = gateway.routes["r"]
    assert isinstance(pattern, Cached) and isinstance(pattern.cache.storage, SqliteStore)
    assert len(pattern.cache.storage) == 0
    await gateway.close()
    with pytest.raises(sqlite3.ProgrammingError):
        len(pattern.cache.storage)
