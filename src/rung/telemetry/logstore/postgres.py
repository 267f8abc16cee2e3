"""The request log in PostgreSQL (`log: {url: postgresql://...}`), through psycopg 3.

Why psycopg 3 and one statement per batch: the writer is a thread, so a synchronous driver
fits it without an event loop of its own; and `bench/logstore_drivers.py` measured (request
rows into a local server, fsync on, 2 shared cores; docs/logstore.md) that the rows of a
batch as one JSON parameter of one prepared `INSERT ... SELECT FROM jsonb_array_elements(...)
ON CONFLICT` beat both `executemany` and `COPY` into a temporary table plus an upsert (what
the writer did before), in rows per second and even more in the client's CPU per row, most
of all for the small batches of a lightly loaded gateway. `ON CONFLICT` keeps SQLite's "a
row with the same key replaces the old one" (a replayed batch that had in fact been
committed writes nothing twice).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import orjson
import psycopg
from psycopg import sql as pgsql

from rung.telemetry.logstore.base import Rows, replay_merged
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
                for part in filter(str.strip, postgres(script, version).split(";")):
                    db.execute(postgres(part))
                db.execute(postgres(APPLIED.format(version=version)))


def applied(db: psycopg.Connection[Any]) -> int | None:
    """The newest migration the database has, None if it has no request log at all."""
    exists = db.execute("SELECT to_regclass('migrations')").fetchone()
    if exists is None or exists[0] is None:
        return None
    row = db.execute("SELECT max(version) FROM migrations").fetchone()
    return int(row[0] or 0) if row else 0


def _types(db: psycopg.Connection[Any], table: str) -> dict[str, str]:
    """Each column of a log table and its type, as the database has it (after migrations)."""
    found = db.execute(
        "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
        "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
        (table,),
    ).fetchall()
    return {str(name): str(kind) for name, kind in found}


def _upsert(table: str, kinds: dict[str, str], replace: bool = True) -> pgsql.Composed:
    """One table's rows, from a JSON array of arrays (one parameter), into the table: a row
    whose key is there replaces it (or, `replace=False`, is dropped)."""
    names = columns(table)
    key = TABLES[table][1]
    values = pgsql.SQL(", ").join(
        pgsql.SQL("(e->>{})::{}").format(pgsql.Literal(i), pgsql.SQL(kinds[name]))
        for i, name in enumerate(names)
    )
    head = pgsql.SQL("INSERT INTO {} ({}) SELECT {} FROM jsonb_array_elements({}::jsonb) e").format(
        pgsql.Identifier(table),
        pgsql.SQL(", ").join(map(pgsql.Identifier, names)),
        values,
        pgsql.Placeholder(table),
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


def statement(db: psycopg.Connection[Any], replace: bool = True) -> bytes:
    """The one statement that writes a batch into every table: one data-modifying CTE per
    table, each fed one JSON parameter (an empty array for a table without rows). One
    statement is one round trip and, in autocommit, one transaction; composed once per
    connection and prepared by the server on its first use."""
    parts = [
        pgsql.SQL("{} AS ({})").format(
            pgsql.Identifier(f"put_{table}"), _upsert(table, _types(db, table), replace)
        )
        for table in TABLES
    ]
    query = pgsql.SQL("WITH {} SELECT 1").format(pgsql.SQL(", ").join(parts))
    return query.as_bytes(db)


class PostgresDatabase:
    """The writer's side of a PostgreSQL log: each batch is one prepared statement (one round
    trip, one transaction) whose parameters are each table's rows as one JSON array
    (`orjson`, in C: no Python work per row or value); the server reads them with
    `jsonb_array_elements` and moves them into the tables with `INSERT ... ON CONFLICT`.
    A lost connection is opened again on the next batch."""

    errors: tuple[type[BaseException], ...] = (psycopg.OperationalError, psycopg.InterfaceError)
    data_errors: tuple[type[BaseException], ...] = (
        psycopg.DataError, psycopg.IntegrityError, psycopg.ProgrammingError,
    )  # fmt: skip

    def __init__(self, url: str) -> None:
        self.url = url
        self.where = describe(url)
        self.db: psycopg.Connection[Any] | None = None
        self._statements: dict[bool, bytes] = {}
        self._connection()

    def _connection(self) -> psycopg.Connection[Any]:
        if self.db is None or self.db.closed or self.db.broken:
            self.close()
            self.db = connect(self.url)
            try:
                self._statements = {r: statement(self.db, r) for r in (True, False)}
            except BaseException:
                self.close()
                raise
        return self.db

    def insert(self, rows: Rows) -> None:
        db = self._connection()
        try:
            self._write(db, rows)
        except self.errors:
            self.close()
            raise

    def replay(self, batches: Iterable[Rows], replace: bool = True) -> int:
        db = self._connection()
        try:
            with db.transaction():
                return replay_merged(batches, lambda rows: self._part(db, rows, replace), replace)
        except self.errors:
            self.close()
            raise

    def _part(self, db: psycopg.Connection[Any], rows: Rows, replace: bool) -> bool:
        """Write `rows` in a savepoint; False (nothing written) if the schema refuses them."""
        try:
            with db.transaction():  # a savepoint
                self._write(db, rows, replace)
        except self.data_errors:
            return False
        return True

    def _write(self, db: psycopg.Connection[Any], rows: Rows, replace: bool = True) -> None:
        try:
            params = {table: orjson.dumps(rows.get(table) or ()).decode() for table in TABLES}
        except TypeError as exc:  # a value JSON cannot hold: the schema's refusal
            raise psycopg.DataError(str(exc)) from exc
        db.execute(self._statements[replace], params, prepare=True)

    def close(self) -> None:
        if self.db is not None:
            with contextlib.suppress(psycopg.Error):
                self.db.close()
            self.db = None
