"""The request log in PostgreSQL (`log: {url: postgresql://...}`), through psycopg 3.

Why psycopg 3 and COPY: the writer is a thread, so a synchronous driver fits it without an
event loop of its own; and `bench/logstore_drivers.py` measured, 20,000 request rows in
batches of 1,000 into a local server (fsync on, 2 shared cores), rows/s: psycopg
`executemany` (pipelined) 11,900, asyncpg `executemany` 16,600, psycopg `COPY` into a
temporary table then one `INSERT ... ON CONFLICT` 21,000. The writer uses the last: it keeps
SQLite's "a row with the same key replaces the old one" (a replayed batch that had in fact
been committed writes nothing twice).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql as pgsql

from rung.telemetry.logstore.base import Rows
from rung.telemetry.logstore.schema import (
    APPLIED,
    MIGRATIONS,
    MIGRATIONS_TABLE,
    TABLES,
    columns,
    postgres,
)

logger = logging.getLogger("rung.log")
CONNECT_TIMEOUT = 3  # seconds; a store that does not answer is down
MIGRATION_LOCK = 0x72756E67  # pg_advisory_xact_lock: replicas starting together migrate once


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def connect(url: str, migrate: bool = True) -> psycopg.Connection[Any]:
    """A connection in autocommit mode (transactions are explicit), migrated unless told."""
    db = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
    if migrate:
        try:
            _migrate(db)
        except BaseException:
            db.close()
            raise
    return db


def _migrate(db: psycopg.Connection[Any]) -> None:
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        db.execute(postgres(MIGRATIONS_TABLE))
        done = {row[0] for row in db.execute("SELECT version FROM migrations")}
        for version, script in enumerate(MIGRATIONS, start=1):
            if version not in done:
                for statement in filter(str.strip, script.split(";")):
                    db.execute(postgres(statement))
                db.execute(postgres(APPLIED.format(version=version)))


def applied(db: psycopg.Connection[Any]) -> int | None:
    """The newest migration the database has, None if it has no request log at all."""
    exists = db.execute("SELECT to_regclass('migrations')").fetchone()
    if exists is None or exists[0] is None:
        return None
    row = db.execute("SELECT max(version) FROM migrations").fetchone()
    return int(row[0] or 0) if row else 0


def _upsert(table: str, source: str, replace: bool = True) -> pgsql.Composed:
    names = columns(table)
    key = TABLES[table][1]
    head = pgsql.SQL("INSERT INTO {} ({}) SELECT {} FROM {}").format(
        pgsql.Identifier(table),
        pgsql.SQL(", ").join(map(pgsql.Identifier, names)),
        pgsql.SQL(", ").join(map(pgsql.Identifier, names)),
        pgsql.Identifier(source),
    )
    if key is None:
        return head
    keys = [k.strip() for k in key.split(",")]
    if not replace:  # a journal's row: the one already there (committed, final) stays
        return pgsql.SQL("{} ON CONFLICT ({}) DO NOTHING").format(
            head, pgsql.SQL(", ").join(map(pgsql.Identifier, keys))
        )
    updates = pgsql.SQL(", ").join(
        pgsql.SQL("{0} = excluded.{0}").format(pgsql.Identifier(c)) for c in names if c not in keys
    )
    return pgsql.SQL("{} ON CONFLICT ({}) DO UPDATE SET {}").format(
        head, pgsql.SQL(", ").join(map(pgsql.Identifier, keys)), updates
    )


def _staged(db: psycopg.Connection[Any]) -> psycopg.Connection[Any]:
    """`db` with a temporary table per log table: the same columns, none of the constraints."""
    for table in TABLES:
        names = pgsql.SQL(", ").join(map(pgsql.Identifier, columns(table)))
        db.execute(
            pgsql.SQL("CREATE TEMP TABLE {} ON COMMIT DELETE ROWS AS "
                      "SELECT {} FROM {} WITH NO DATA")
            .format(pgsql.Identifier(f"stage_{table}"), names, pgsql.Identifier(table))
        )  # fmt: skip
    return db


class PostgresDatabase:
    """The writer's side of a PostgreSQL log: each batch is COPYed into a temporary table
    per table and moved into it with one `INSERT ... ON CONFLICT` (one round trip a table).
    A lost connection is opened again on the next batch."""

    errors: tuple[type[BaseException], ...] = (psycopg.OperationalError, psycopg.InterfaceError)
    data_errors: tuple[type[BaseException], ...] = (
        psycopg.DataError, psycopg.IntegrityError, psycopg.ProgrammingError,
    )  # fmt: skip

    def __init__(self, url: str) -> None:
        self.url = url
        self.where = describe(url)
        self.db: psycopg.Connection[Any] | None = _staged(connect(url))

    def _connection(self) -> psycopg.Connection[Any]:
        if self.db is None or self.db.closed or self.db.broken:
            self.close()
            self.db = _staged(connect(self.url))
        return self.db

    def insert(self, rows: Rows) -> None:
        db = self._connection()
        try:
            with db.transaction():
                self._insert_tables(db, rows)
        except self.errors:
            self.close()
            raise

    def replay(self, batches: Iterable[Rows], replace: bool = True) -> int:
        db = self._connection()
        written = 0
        try:
            with db.transaction():
                for rows in batches:
                    try:
                        with db.transaction():  # a savepoint
                            self._insert_tables(db, rows, clear=True, replace=replace)
                        written += 1
                    except self.data_errors:
                        logger.exception("LOST a spilled batch the log refuses: %.200r", rows)
                    except (ValueError, TypeError):
                        logger.exception("LOST a spilled batch the log refuses: %.200r", rows)
        except self.errors:
            self.close()
            raise
        return written

    def _insert_tables(
        self, db: psycopg.Connection[Any], rows: Rows, clear: bool = False, replace: bool = True
    ) -> None:
        """COPY each table's rows into its stage, then upsert them. The stages empty
        themselves at commit; `clear` empties them after each table too (several batches in
        one transaction)."""
        for table in TABLES:
            pending: Sequence[Sequence[Any]] = rows.get(table) or []
            if not pending:
                continue
            stage = f"stage_{table}"
            names = pgsql.SQL(", ").join(map(pgsql.Identifier, columns(table)))
            copy = pgsql.SQL("COPY {} ({}) FROM STDIN").format(pgsql.Identifier(stage), names)
            with db.cursor().copy(copy) as writer:
                for row in pending:
                    writer.write_row(row)
            db.execute(_upsert(table, stage, replace))
            if clear:
                db.execute(pgsql.SQL("TRUNCATE {}").format(pgsql.Identifier(stage)))

    def close(self) -> None:
        if self.db is not None:
            with contextlib.suppress(psycopg.Error):
                self.db.close()
            self.db = None
