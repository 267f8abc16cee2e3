"""One migration list on both stores: a new PostgreSQL database gets the same tables and
columns as a new SQLite file, an older database is brought up to date keeping its rows, and
readers refuse a log that is missing or older."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import psycopg
import pytest

from rung.telemetry.logstore import open_database, open_reader
from rung.telemetry.logstore.schema import MIGRATIONS
from rung.telemetry.readonly import LogNotFound, LogUnreadable
from tests.logstore.postgres_server import at_schema

TABLES = ("requests", "calls", "feedback", "audit", "keys", "teams", "migrations")


def sqlite_columns(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as db:
        return {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")] for t in TABLES}


def pg_columns(url: str) -> dict[str, list[str]]:
    with psycopg.connect(url) as db:
        return {
            t: [r[0] for r in db.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "ORDER BY ordinal_position", (t,))]
            for t in TABLES
        }  # fmt: skip


def versions(url: str) -> list[int]:
    with psycopg.connect(url) as db:
        return [r[0] for r in db.execute("SELECT version FROM migrations ORDER BY version")]


def test_a_new_database_gets_every_migration_and_the_same_columns_as_sqlite(
    pg_url: str, tmp_path: Path
) -> None:
    open_database(pg_url).close()
    open_database(tmp_path / "log.db").close()
    assert versions(pg_url) == list(range(1, len(MIGRATIONS) + 1))
    assert pg_columns(pg_url) == sqlite_columns(tmp_path / "log.db")
    open_database(pg_url).close()  # again: nothing left to apply, nothing fails
    assert versions(pg_url) == list(range(1, len(MIGRATIONS) + 1))


def test_an_older_database_is_upgraded_and_keeps_its_rows(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as db:  # what an old rung (3 migrations) made
        at_schema(db, 3)
        db.execute("INSERT INTO requests (id, time, status) VALUES ('old', 1.0, 200)")
    with pytest.raises(LogUnreadable, match="schema 3 of"):
        open_reader(pg_url)  # a reader never migrates
    open_database(pg_url).close()
    assert versions(pg_url) == list(range(1, len(MIGRATIONS) + 1))
    reader = open_reader(pg_url)
    try:
        row = reader.execute("SELECT id, cost, key_id, variant FROM requests").fetchone()
        assert dict(row) == {"id": "old", "cost": 0.0, "key_id": None, "variant": None}
        assert row[0] == "old"
    finally:
        reader.close()


def test_replicas_starting_together_migrate_once(pg_url: str) -> None:
    errors: list[BaseException] = []

    def start() -> None:
        try:
            open_database(pg_url).close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert versions(pg_url) == list(range(1, len(MIGRATIONS) + 1))


def test_a_database_without_a_log_is_not_found(pg_url: str) -> None:
    with pytest.raises(LogNotFound, match="no request log in"):
        open_reader(pg_url)


def test_an_unreachable_database_is_a_clear_error_without_the_password() -> None:
    from tests.conftest import free_port

    url = f"postgresql://rung:hunter2@127.0.0.1:{free_port()}/x"
    with pytest.raises(LogUnreadable, match="cannot reach the request log") as info:
        open_reader(url)
    assert "hunter2" not in str(info.value)
