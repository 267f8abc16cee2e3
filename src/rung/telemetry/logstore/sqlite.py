"""The request log in a SQLite file (the default store)."""

from __future__ import annotations

import functools
import itertools
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rung.telemetry.logstore.base import Rows, replay_merged
from rung.telemetry.logstore.schema import APPLIED, MIGRATIONS, MIGRATIONS_TABLE, TABLES
from rung.telemetry.logstore.spill import private_files

logger = logging.getLogger("rung.log")
MAX_ROWS = 512  # rows in one INSERT statement (fewer if SQLite allows fewer variables)


def connect(path: Path) -> sqlite3.Connection:
    """Open the log file, creating it and applying any migrations it lacks.

    The file, its -wal and -shm, and any directory created for it are private (0600 / 0700).
    """
    with private_files():
        path.parent.mkdir(parents=True, exist_ok=True)
        for name in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            if name.exists() and name.stat().st_mode & 0o077:
                name.chmod(0o600)  # made by an older rung
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        _migrate(db)
    return db


def _migrate(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; no fsync per commit
    db.execute("PRAGMA busy_timeout=5000")
    db.execute(MIGRATIONS_TABLE)
    done = {row[0] for row in db.execute("SELECT version FROM migrations")}
    for version, script in enumerate(MIGRATIONS, start=1):
        if version not in done:
            db.executescript(f"BEGIN; {script}; {APPLIED.format(version=version)}; COMMIT;")


@functools.cache
def _values(table: str, rows: int, replace: bool = True) -> str:
    columns, key = TABLES[table]
    verb = "INSERT" if key is None else "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    one = "(" + ",".join("?" * (columns.count(",") + 1)) + ")"
    return f"{verb} INTO {table} ({columns}) VALUES {','.join([one] * rows)}"


class SqliteDatabase:
    """The writer's side of a SQLite log.

    Up to 512 rows per INSERT statement: each statement lets go of the GIL once; with
    `executemany` every row did, and each hand-back waited up to the switch interval for the
    busy event loop (1,400 rows/s against one spinning thread, 316,000 without).
    """

    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    data_errors: tuple[type[BaseException], ...] = (
        sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError,
    )  # fmt: skip

    def __init__(self, path: Path) -> None:
        self.where = str(path)
        self.db = connect(path)

    def insert(self, rows: Rows) -> None:
        with _transaction(self.db):
            self._insert_tables(rows)

    def replay(self, batches: Iterable[Rows], replace: bool = True) -> int:
        with _transaction(self.db):
            return replay_merged(batches, lambda rows: self._part(rows, replace), replace)

    def _part(self, rows: Rows, replace: bool) -> bool:
        """Write `rows` in a savepoint; False (nothing written) if the schema refuses them."""
        refused: tuple[type[BaseException], ...] = (*self.data_errors, ValueError, TypeError)
        self.db.execute("SAVEPOINT part")
        try:
            self._insert_tables(rows, replace)
        except refused:
            self.db.execute("ROLLBACK TO part")
            return False
        finally:
            self.db.execute("RELEASE part")
        return True

    def _insert_tables(self, rows: Rows, replace: bool = True) -> None:
        limit = self.db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        for table, (columns, _) in TABLES.items():
            pending = rows.get(table) or []
            most = min(MAX_ROWS, limit // (columns.count(",") + 1))
            start = 0
            while start < len(pending):
                size = min(most, 1 << (len(pending) - start).bit_length() - 1)  # a power of 2
                part = pending[start : start + size]
                self.db.execute(
                    _values(table, size, replace), list(itertools.chain.from_iterable(part))
                )
                start += size

    def close(self) -> None:
        self.db.close()


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
