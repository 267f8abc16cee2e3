"""What the request log's writer needs of a store, and the rows it hands it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

Rows = dict[str, list[Any]]  # table -> its rows, each a tuple (a list once read back)


def count(rows: Rows) -> int:
    return sum(len(table_rows) for table_rows in rows.values())


class Database(Protocol):
    """One store the writer writes to (SQLite or PostgreSQL), from the writer's thread only.

    `errors`: the store cannot take rows now (down, locked, full); the rows wait and are
    written later. `data_errors`: the store refuses these rows (the schema); the writer then
    writes the batch row by row so only the refused row is lost.
    """

    where: str  # how messages name it (never with a password)
    errors: tuple[type[BaseException], ...]
    data_errors: tuple[type[BaseException], ...]

    def insert(self, rows: Rows) -> None:
        """Write the rows in one transaction (all or none)."""

    def replay(self, batches: Iterable[Rows], replace: bool = True) -> int:
        """Write spilled batches in one transaction, skipping (and logging) a batch the
        schema refuses; the number written. Raises one of `errors` with nothing written.
        A row whose key is already there replaces it, or (`replace=False`, a journal's
        rows) is dropped."""

    def close(self) -> None: ...
