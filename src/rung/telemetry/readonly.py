"""Opening the request log to read it: never creates a directory or a file, never migrates.

The commands that only read the log (`rung logs list`, `rung logs stats`, `rung ab report`,
`--data log:PATH`) open it with SQLite's URI `mode=ro`. A missing file or a file written by an
older rung (fewer migrations than this one knows) is a clear error, not a new empty log.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class LogNotFound(FileNotFoundError):
    """No request log at the path: nothing has been logged there yet."""


class LogUnreadable(ValueError):
    """A file that is not a request log this rung can read as it is."""


def missing_message(path: Path) -> str:
    return (
        f"no request log at {path}: nothing has been logged there yet "
        "(`rung serve` and `rung chat` write it; `--log PATH` or `log: {path: ...}` "
        "in the config name another)"
    )


def open_readonly(path: Path) -> sqlite3.Connection:
    """An existing request log, opened read-only, with every migration this rung knows."""
    from rung.telemetry.logstore.schema import MIGRATIONS

    path = Path(path).expanduser()
    if not path.is_file():
        raise LogNotFound(missing_message(path))
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        db.execute("PRAGMA busy_timeout=5000")
        version = _applied(db, path)
    except BaseException:
        db.close()
        raise
    if version < len(MIGRATIONS):
        db.close()
        raise LogUnreadable(
            f"the request log at {path} has schema {version} of {len(MIGRATIONS)}: "
            "it was written by an older rung; start `rung serve` on it once to upgrade it"
        )
    return db


def _applied(db: sqlite3.Connection, path: Path) -> int:
    try:
        row = db.execute("SELECT max(version) FROM migrations").fetchone()
    except sqlite3.DatabaseError as exc:
        raise LogUnreadable(f"{path} is not a rung request log ({exc})") from exc
    return int(row[0] or 0)
