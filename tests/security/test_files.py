"""Files rung creates are private (issue 12, item 4): 0600 files in 0700 directories, whatever
the umask, so that no other local user (nor code that runs as another user) can read them."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rung.cache.store import Entry, SqliteStore
from rung.files import private_dir, private_file, private_open, private_umask
from rung.routers.simple import RandomRouter


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """The usual umask 022, which makes 0644 files unless rung says otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_cache_database_and_its_wal_are_private(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "new" / "cache" / "cache.db")
    store.put(Entry("k", b"{}", time.time()))
    try:
        files = sorted((tmp_path / "new" / "cache").iterdir())
        assert [f.name for f in files][:2] == ["cache.db", "cache.db-shm"]
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        assert mode(tmp_path / "new") == mode(tmp_path / "new" / "cache") == 0o700
    finally:
        store.close()


def test_a_saved_router_file_is_private(tmp_path: Path) -> None:
    router = RandomRouter(seed=3)
    router.weak, router.strong = "small", "big"
    saved = router.save(tmp_path / "routers" / "random.npz")
    assert mode(saved) == 0o600
    assert mode(tmp_path / "routers") == 0o700


def test_an_existing_directory_is_left_as_it_is(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    made = private_file(tmp_path / "a" / "b.db")
    assert mode(tmp_path) == 0o755
    assert (mode(tmp_path / "a"), mode(made)) == (0o700, 0o600)
    made.write_bytes(b"x")
    os.chmod(made, 0o644)
    private_file(made)  # an existing file is made private again, its content kept
    assert (mode(made), made.read_bytes()) == (0o600, b"x")


def test_private_open_and_umask(tmp_path: Path) -> None:
    with private_open(tmp_path / "d" / "f.bin") as handle:
        handle.write(b"data")
    assert mode(tmp_path / "d" / "f.bin") == 0o600
    with private_umask():
        (tmp_path / "u.txt").write_text("x")
        (tmp_path / "udir").mkdir()
    assert (mode(tmp_path / "u.txt"), mode(tmp_path / "udir")) == (0o600, 0o700)
    assert private_dir(tmp_path / "x" / "y") == tmp_path / "x" / "y"
    assert mode(tmp_path / "x") == 0o700
