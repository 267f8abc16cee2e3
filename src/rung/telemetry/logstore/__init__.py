"""Where the request log lives: a SQLite file (the default) or a PostgreSQL database
(`log: {url: postgresql://...}`), with one schema and one list of migrations
(`rung.telemetry.logstore.schema`) and one way to read either.

A *target* names a log: a `Path` (SQLite) or a `postgresql://` URL (a `str`). The writer
(`rung.telemetry.log.RequestLog`) takes a `Database` from `open_database`; the commands that
only read (`rung logs`, `rung stats`, `rung ab report`, `--data log:...`) take a connection
from `open_reader`, whose `execute(sql, params)` takes SQLite's SQL with `?` placeholders on
both stores and yields rows read by column name (`row["route"]`) or position.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from rung.telemetry.logstore.base import Database, Rows, count
from rung.telemetry.logstore.schema import MIGRATIONS

if TYPE_CHECKING:
    from rung.config import Config

__all__ = [
    "MIGRATIONS", "Database", "LogConnection", "Rows", "Target", "count", "describe",
    "is_url", "log_target", "open_database", "open_reader", "open_store", "spill_base",
    "target_of",
]  # fmt: skip

Target = Path | str  # a SQLite file, or a postgresql:// URL
SCHEMES = ("postgresql://", "postgres://")


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class LogConnection(Protocol):
    """What readers and the key store use: SQLite's `execute` with `?` placeholders."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...
    def close(self) -> None: ...


def is_url(target: Target | None) -> bool:
    return isinstance(target, str) and target.startswith(SCHEMES)


def target_of(text: str) -> Target:
    """A `--log` argument: a URL stays as it is, anything else is a file."""
    return text if is_url(text) else Path(text).expanduser()


def log_target(config: Config) -> Target:
    """The log a config names: `log.url` (an `env:` reference is read now) or its file."""
    url = config.log.url
    if not url:
        return config.log_path()
    if url.startswith("env:"):
        value = os.environ.get(url[4:])
        if not value:
            raise ValueError(f"log.url refers to {url[4:]}, which is not set")
        if not is_url(value):
            raise ValueError(f"log.url: ${url[4:]} is not a postgresql:// URL")
        return str(value)
    return url


def describe(target: Target) -> str:
    """How messages name the log (a URL without its password)."""
    if is_url(target):
        from rung.telemetry.logstore.postgres import describe as describe_url

        return describe_url(str(target))
    return str(target)


def spill_base(target: Target) -> Path:
    """The path the spill files of a log are named after: beside a SQLite file; for a
    database, in rung's data directory, one name per database (so a replica restarted on
    the same machine replays what its predecessor spilled)."""
    if not is_url(target):
        return Path(target)
    import hashlib

    digest = hashlib.sha256(describe(target).encode()).hexdigest()[:16]
    state = os.environ.get("RUNG_SPILL_DIR") or os.path.join(
        os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state"), "rung"
    )
    return Path(state) / f"log-{digest}"


def open_database(target: Target) -> Database:
    """The writer's side of the log, migrated (created if new)."""
    if is_url(target):
        from rung.telemetry.logstore.postgres import PostgresDatabase

        return PostgresDatabase(str(target))
    from rung.telemetry.logstore.sqlite import SqliteDatabase

    return SqliteDatabase(Path(target))


def open_store(target: Target) -> LogConnection:
    """A read-write connection (the key store's), migrated."""
    if is_url(target):
        from rung.telemetry.logstore.postgres import connect as pg_connect
        from rung.telemetry.logstore.reading import PgConnection

        return PgConnection(pg_connect(str(target)), url=str(target))
    import sqlite3

    from rung.telemetry.logstore.sqlite import connect

    db = connect(Path(target))
    db.row_factory = sqlite3.Row
    return db


def open_reader(target: Target) -> LogConnection:
    """An existing log with every migration this rung knows, to read; never creates or
    migrates one (LogNotFound, LogUnreadable otherwise)."""
    if is_url(target):
        from rung.telemetry.logstore.reading import open_postgres_reader

        return open_postgres_reader(str(target))
    import sqlite3

    from rung.telemetry.readonly import open_readonly

    db = open_readonly(Path(target))
    db.row_factory = sqlite3.Row
    return db
