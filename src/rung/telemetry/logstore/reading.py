"""Reading a PostgreSQL log with SQLite's SQL: `?` placeholders, rows by name or position."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, cast

import psycopg
from psycopg.rows import RowMaker

from rung.telemetry.logstore.postgres import applied, connect, describe
from rung.telemetry.logstore.schema import MIGRATIONS


class Row(tuple[Any, ...]):
    """A row read by position or by column name, like `sqlite3.Row` (`dict(row)` works)."""

    names: tuple[str, ...] = ()
    columns: dict[str, int] = {}  # noqa: RUF012  # set per query on a subclass

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self.columns[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self.names)


def _rows(cursor: psycopg.Cursor[Any]) -> RowMaker[Row]:
    names = tuple(c.name for c in cursor.description or ())
    kind = type("Row", (Row,), {"names": names, "columns": {n: i for i, n in enumerate(names)}})
    return cast(RowMaker[Row], kind)


class PgCursor:
    def __init__(self, cursor: psycopg.Cursor[Row]) -> None:
        self.cursor = cursor

    def fetchone(self) -> Any:
        return self.cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self.cursor.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self.cursor)


class PgConnection:
    """A psycopg connection (autocommit) that takes SQLite's `?` placeholders."""

    def __init__(self, db: psycopg.Connection[Any], url: str | None = None) -> None:
        self.db, self.url = db, url  # with a url, a lost connection is opened again

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        if self.url is not None and (self.db.closed or self.db.broken):
            self.db = connect(self.url, migrate=False)
        cursor = self.db.cursor(row_factory=_rows)
        if parameters:
            cursor.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(parameters))
        else:
            cursor.execute(sql)
        return PgCursor(cursor)

    def close(self) -> None:
        self.db.close()


def open_postgres_reader(url: str) -> PgConnection:
    from rung.telemetry.readonly import LogNotFound, LogUnreadable

    try:
        db = connect(url, migrate=False)
    except psycopg.Error as exc:
        raise LogUnreadable(f"cannot reach the request log at {describe(url)}: {exc}") from exc
    version = applied(db)
    if version is None:
        db.close()
        raise LogNotFound(
            f"no request log in {describe(url)}: nothing has been logged there yet "
            "(`rung serve` with `log: {url: ...}` creates it)"
        )
    if version < len(MIGRATIONS):
        db.close()
        raise LogUnreadable(
            f"the request log at {describe(url)} has schema {version} of {len(MIGRATIONS)}: "
            "it was written by an older rung; start `rung serve` on it once to upgrade it"
        )
    db.execute("SET default_transaction_read_only = on")
    return PgConnection(db)
