"""Files rung creates are private to the user running it: 0600 files, 0700 directories.

One approach everywhere: a file is created with its private mode from the start (never
created 0644 and narrowed later, which leaves a window), and a directory rung creates is
created 0700. Directories that already exist (the user's own, `/tmp`) are left as they are.

- `private_dir(path)`: make `path` and any missing parents, each 0700.
- `private_file(path)`: make sure `path` exists as a 0600 file (creating its directory); call it
  before `sqlite3.connect(path)`: SQLite gives its `-wal`, `-shm` and journal files the mode of
  the database file.
- `private_open(path, "wb")`: open for writing, created 0600.
- `private_umask()`: a context manager setting the umask to 077, for code that creates files
  itself (numpy's savez with a name); the umask is process-wide, so keep the block short.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: str | os.PathLike[str]) -> Path:
    """`path` as a directory; those of it and its parents that are created are 0700."""
    target = Path(path)
    missing: list[Path] = []
    for candidate in (target, *target.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for directory in reversed(missing):
        with contextlib.suppress(FileExistsError):
            directory.mkdir(mode=DIR_MODE)
            os.chmod(directory, DIR_MODE)  # mkdir's mode is narrowed by the umask only
    return target


def private_file(path: str | os.PathLike[str]) -> Path:
    """`path` as an existing file of mode 0600 (created empty if missing)."""
    target = Path(path)
    private_dir(target.parent)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return target


def private_open(path: str | os.PathLike[str], mode: str = "wb") -> IO[bytes]:
    """`path` opened for binary writing ("wb" or "ab"), created 0600 with its directory."""
    if mode not in ("wb", "ab"):
        raise ValueError("private_open writes bytes: mode 'wb' or 'ab'")
    target = Path(path)
    private_dir(target.parent)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if mode == "wb" else os.O_APPEND)
    fd = os.open(target, flags, FILE_MODE)
    os.fchmod(fd, FILE_MODE)
    return os.fdopen(fd, mode)


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files and directories created inside the block get no group or other permissions."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


__all__ = ["DIR_MODE", "FILE_MODE", "private_dir", "private_file", "private_open", "private_umask"]
