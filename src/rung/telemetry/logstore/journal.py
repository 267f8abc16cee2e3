"""Rows handed to the writer but not yet in the store, appended to a local journal file so a
process killed outright (SIGKILL, the OOM killer) loses none of them.

Each row is one JSON line, appended with one `os.write` on an `O_APPEND` descriptor before
the client can have seen the end of its answer. No fsync per row (unless `fsync`): the page
cache survives the death of a process, which is the failure this is for; a machine crash can
lose the last rows written.

The journal lives in the writer's spill slot (`logstore.spill`) and is covered by the same
`flock`: its files are `<slot>.journal-<generation>`. When every row of a generation is in
the store (or in the fsynced spill file), the generation is emptied (the current one) or
deleted (an older one); a generation is closed and a new one opened past `ROTATE` bytes, so
the journal stays small under any load. A process that finds journal files in a slot no one
holds (its owner died) replays them into the store with "insert, or keep the row already
there" (a row the dead process had committed is not written twice, nor replaced by its
earlier journal copy), then deletes them.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import orjson

from rung.telemetry.logstore.base import Database, Rows

logger = logging.getLogger("rung.log")
ROTATE = 1 << 20  # bytes in one generation before the next one is opened
SUFFIX = ".journal-"


def generations(slot: Path, names: list[str] | None = None) -> list[Path]:
    """The journal files of a spill slot, oldest first (`names`: the directory's, if read)."""
    prefix = slot.name + SUFFIX
    if names is None:
        try:
            names = os.listdir(slot.parent)
        except FileNotFoundError:
            return []
    found = [n for n in names if n.startswith(prefix) and n[len(prefix) :].isdigit()]
    return [slot.with_name(n) for n in sorted(found, key=lambda n: int(n[len(prefix) :]))]


class Journal:
    """This process's journal in its spill slot `slot` (whose lock the caller holds).

    `append` is called from any thread (the event loop's, mostly); `done` from the writer's
    once rows are safe elsewhere. One lock orders them, so a generation is only emptied or
    deleted when no row in it is still waiting.
    """

    def __init__(self, slot: Path, fsync: bool = False) -> None:
        self.slot = slot
        self.fsync = fsync
        self.leftovers = generations(slot)  # a dead predecessor's, in the slot this one took
        self._lock = threading.Lock()
        self.first = _number(self.leftovers[-1]) + 1 if self.leftovers else 0  # this one's
        self._generation = self.first
        self._fd = -1
        self._size = 0
        self._waiting: dict[str, int] = {}  # request id -> the generation holding its row
        self._counts: dict[int, int] = {}  # generation -> rows in it not yet safe
        self.broken = False

    def path(self, generation: int) -> Path:
        return self.slot.with_name(f"{self.slot.name}{SUFFIX}{generation}")

    def __contains__(self, request_id: str) -> bool:
        return request_id in self._waiting

    def append(self, request_id: str, rows: Rows) -> None:
        """Journal the rows of one request (once: a second call for the same id is a no-op)."""
        if request_id in self._waiting or self.broken:
            return
        line = orjson.dumps(rows) + b"\n"
        with self._lock:
            try:
                if self._fd < 0:
                    self._open()
                view = memoryview(line)
                while view:
                    view = view[os.write(self._fd, view) :]
                if self.fsync:
                    os.fsync(self._fd)
            except OSError:
                self.broken = True  # said once; the rows still go to the store as before
                logger.exception("the log journal %s cannot be written; journal off", self.slot)
                return
            self._size += len(line)
            self._waiting[request_id] = self._generation
            self._counts[self._generation] = self._counts.get(self._generation, 0) + 1

    def _open(self) -> None:
        self._fd = os.open(self.path(self._generation), os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                           0o600)  # fmt: skip
        self._size = os.fstat(self._fd).st_size

    def done(self, request_ids: list[str]) -> None:
        """These requests' rows are in the store (or spilled): forget them; empty or delete
        the generations left with no row waiting, and open a new one past `ROTATE` bytes."""
        with self._lock:
            for request_id in request_ids:
                generation = self._waiting.pop(request_id, None)
                if generation is not None:
                    self._counts[generation] -= 1
            for generation in [g for g, n in self._counts.items() if n == 0]:
                del self._counts[generation]
                if generation != self._generation:
                    self.path(generation).unlink(missing_ok=True)
            try:
                self._settle_current()
            except OSError:
                logger.exception("could not empty the log journal %s", self.slot)

    def _settle_current(self) -> None:
        if self._fd < 0 or self._size == 0:
            return
        if self._generation not in self._counts:  # every row in it is safe
            os.ftruncate(self._fd, 0)
            self._size = 0
        elif self._size >= ROTATE:
            os.close(self._fd)
            self._fd = -1
            self._generation += 1

    def close(self) -> None:
        """At a clean stop, with every row in the store or spilled: delete the journal."""
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1
            if self._waiting:
                logger.warning("the log journal keeps %d rows not written", len(self._waiting))
                return
            for path in generations(self.slot):
                if _number(path) >= self.first:  # a predecessor's wait for their replay
                    path.unlink(missing_ok=True)


def _number(path: Path) -> int:
    return int(path.name.rsplit("-", 1)[1])


def replay(db: Database, paths: list[Path]) -> int:
    """Write journal files into the store (a row already there is kept), then delete them;
    the number of rows written. Raises one of `db.errors` with the files kept."""
    if not paths:
        return 0
    written = db.replay(_lines(paths), replace=False)
    for path in paths:
        path.unlink(missing_ok=True)
    return written


def _lines(paths: list[Path]) -> Iterator[Rows]:
    for path in paths:
        with path.open("rb") as lines:
            for line in lines:
                if not line.endswith(b"\n"):  # the process was killed mid-write
                    logger.warning("skipped a torn last line of the log journal %s", path)
                    continue
                try:
                    yield orjson.loads(line)
                except ValueError:
                    logger.warning("skipped a log journal line that is not JSON: %.200r", line)
