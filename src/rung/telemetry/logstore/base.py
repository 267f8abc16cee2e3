"""What the request log's writer needs of a store, and the rows it hands it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from rung.telemetry.logstore.schema import TABLES, columns

Rows = dict[str, list[Any]]  # table -> its rows, each a tuple (a list once read back)
logger = logging.getLogger("rung.log")
MERGE = 5_000  # rows of spilled or journaled batches written in one statement on replay


def count(rows: Rows) -> int:
    return sum(len(table_rows) for table_rows in rows.values())


def merged(batches: Sequence[Rows], replace: bool | None = None) -> Rows:
    """The batches' rows as one batch, oldest first. With `replace` set, one row per key:
    the newest (`True`, as a store's replace would leave) or the oldest (`False`)."""
    out: Rows = {}
    for rows in batches:
        for table, table_rows in rows.items():
            out.setdefault(table, []).extend(table_rows)
    if replace is None:
        return out
    for table, table_rows in out.items():
        key = TABLES[table][1] if table in TABLES else None
        if key is None or len(table_rows) < 2:
            continue
        names = columns(table)
        at = [names.index(k.strip()) for k in key.split(",")]
        unique: dict[tuple[Any, ...], Any] = {}
        for row in table_rows:
            mark = tuple(row[i] for i in at)
            if replace:
                unique.pop(mark, None)  # the newest goes last, as it came
                unique[mark] = row
            else:
                unique.setdefault(mark, row)
        out[table] = list(unique.values())
    return out


def replay_merged(
    batches: Iterable[Rows], part: Callable[[Rows], bool], replace: bool = True
) -> int:
    """Write spilled batches through `part` (one savepoint and statement a call, True when
    written), merged up to `MERGE` rows at a time. A merged part the schema refuses is
    halved until the refused batch is alone (a few more statements, not one per batch), so
    only that batch is lost (and logged). The number of batches written."""
    written, lines, size = 0, [], 0
    for rows in batches:
        lines.append(rows)
        size += count(rows)
        if size >= MERGE:
            written += _write_merged(lines, part, replace)
            lines, size = [], 0
    if lines:
        written += _write_merged(lines, part, replace)
    return written


def _write_merged(lines: list[Rows], part: Callable[[Rows], bool], replace: bool) -> int:
    if part(lines[0] if len(lines) == 1 else merged(lines, replace)):
        return len(lines)
    if len(lines) == 1:
        logger.error("LOST a spilled batch the log refuses: %.200r", lines[0])
        return 0
    half = len(lines) // 2
    return _write_merged(lines[:half], part, replace) + _write_merged(lines[half:], part, replace)


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
        """Write spilled batches in one transaction, merged into a few statements
        (`replay_merged`), skipping (and logging) a batch the schema refuses; the number
        written. Raises one of `errors` with nothing written. A row whose key is already
        there replaces it, or (`replace=False`, a journal's rows) is dropped."""

    def close(self) -> None: ...
