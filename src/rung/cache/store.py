"""Where cached answers live: in memory (default) or in a SQLite file. Both expire entries
after a TTL and keep at most `max_entries`, dropping the least recently used.

Stores are synchronous; `Cache` runs the SQLite one in a worker thread.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from rung.files import private_file


@dataclass(slots=True)
class Entry:
    key: str
    body: bytes  # the chat.completion JSON
    created: float
    scope: str | None = None  # the semantic scope, when the entry is semantically searchable
    vector: Any = None  # its unit float32 vector (numpy), when semantic


class Store(Protocol):
    def get(self, key: str, oldest: float) -> Entry | None: ...

    def nearest(self, scope: str, vector: Any, oldest: float) -> tuple[Entry, float] | None: ...

    def put(self, entry: Entry) -> None: ...

    def close(self) -> None: ...

    def __len__(self) -> int: ...


def best_match(entries: list[Entry], vector: Any) -> tuple[Entry, float] | None:
    """The entry whose vector is most similar (cosine; all are unit vectors) to `vector`."""
    import numpy as np

    if not entries:
        return None
    similarities = np.stack([e.vector for e in entries]) @ vector
    best = int(np.argmax(similarities))
    return entries[best], float(similarities[best])


class MemoryStore:
    """An LRU dict of entries, with an index of the semantic ones by scope."""

    def __init__(self, max_entries: int = 10_000) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._scopes: dict[str, dict[str, None]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def close(self) -> None:
        """Nothing to release: the entries go with the process."""

    def get(self, key: str, oldest: float) -> Entry | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.created < oldest:
            self._remove(key)
            return None
        self._entries.move_to_end(key)
        return entry

    def nearest(self, scope: str, vector: Any, oldest: float) -> tuple[Entry, float] | None:
        live: list[Entry] = []
        for key in list(self._scopes.get(scope, ())):
            entry = self._entries[key]
            if entry.created < oldest:
                self._remove(key)
            else:
                live.append(entry)
        found = best_match(live, vector)
        if found is not None:
            self._entries.move_to_end(found[0].key)
        return found

    def put(self, entry: Entry) -> None:
        self._remove(entry.key)
        self._entries[entry.key] = entry
        if entry.scope is not None and entry.vector is not None:
            self._scopes.setdefault(entry.scope, {})[entry.key] = None
        while len(self._entries) > self.max_entries:
            self._remove(next(iter(self._entries)))

    def _remove(self, key: str) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None and entry.scope is not None:
            scope = self._scopes.get(entry.scope, {})
            scope.pop(key, None)
            if not scope:
                self._scopes.pop(entry.scope, None)


# Append-only, numbered migrations; a file's `PRAGMA user_version` is how many it has had.
# Never edit one that has shipped: add the next.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE IF NOT EXISTS cache (
        key TEXT PRIMARY KEY,
        body BLOB NOT NULL,
        created REAL NOT NULL,
        accessed INTEGER NOT NULL,
        scope TEXT,
        vector BLOB
    );
    CREATE INDEX IF NOT EXISTS cache_scope ON cache(scope);
    CREATE INDEX IF NOT EXISTS cache_accessed ON cache(accessed)
    """,
]


def migrate(db: sqlite3.Connection, path: Path) -> int:
    """Apply the migrations a cache file lacks, each in its own transaction; its version."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"the cache file {path} has schema {version}, newer than this rung knows "
            f"({len(MIGRATIONS)}): use a newer rung or another cache path"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    return len(MIGRATIONS)


class SqliteStore:
    """Entries in a SQLite file, so that the cache outlives the process. Recency of use is a
    counter (`accessed`), bumped on every hit."""

    def __init__(self, path: str | Path, max_entries: int = 10_000) -> None:
        self.path, self.max_entries = Path(path), max_entries
        private_file(self.path)  # 0600 (its -wal and -shm files follow), in a 0700 directory
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        migrate(self._db, self.path)
        self._lock = threading.Lock()
        row = self._db.execute("SELECT max(accessed) FROM cache").fetchone()
        self._tick = int(row[0] or 0)

    def close(self) -> None:
        """Close the file; the store is not used afterwards (the gateway closes it at exit)."""
        with self._lock:
            self._db.close()

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM cache").fetchone()[0])

    def _touch(self, key: str) -> None:
        self._tick += 1
        self._db.execute("UPDATE cache SET accessed = ? WHERE key = ?", (self._tick, key))

    def get(self, key: str, oldest: float) -> Entry | None:
        with self._lock:
            row = self._db.execute(
                "SELECT key, body, created, scope, vector FROM cache WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                return None
            if row[2] < oldest:
                self._db.execute("DELETE FROM cache WHERE key = ?", (key,))
                return None
            self._touch(key)
            return _entry(row)

    def nearest(self, scope: str, vector: Any, oldest: float) -> tuple[Entry, float] | None:
        with self._lock:
            self._db.execute("DELETE FROM cache WHERE scope = ? AND created < ?", (scope, oldest))
            rows = self._db.execute(
                "SELECT key, body, created, scope, vector FROM cache "
                "WHERE scope = ? AND vector IS NOT NULL",
                (scope,),
            ).fetchall()
            found = best_match([_entry(r) for r in rows], vector)
            if found is not None:
                self._touch(found[0].key)
            return found

    def put(self, entry: Entry) -> None:
        vector = None if entry.vector is None else entry.vector.astype("float32").tobytes()
        with self._lock:
            self._tick += 1
            self._db.execute(
                "INSERT OR REPLACE INTO cache VALUES (?, ?, ?, ?, ?, ?)",
                (entry.key, entry.body, entry.created, self._tick, entry.scope, vector),
            )
            excess = self._db.execute("SELECT count(*) FROM cache").fetchone()[0]
            excess -= self.max_entries
            if excess > 0:
                self._db.execute(
                    "DELETE FROM cache WHERE key IN "
                    "(SELECT key FROM cache ORDER BY accessed ASC LIMIT ?)",
                    (excess,),
                )


def _entry(row: tuple[Any, ...]) -> Entry:
    import numpy as np

    key, body, created, scope, vector = row
    array = None if vector is None else np.frombuffer(vector, dtype="float32")
    return Entry(key, bytes(body), float(created), scope, array)
