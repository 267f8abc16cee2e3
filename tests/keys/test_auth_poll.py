"""The gateway's check for keys changed by another process runs off the request path: in a
thread on a connection of its own when an event loop runs."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from rung._errors import Unauthorized
from rung.keys.auth import POLL_SECONDS, Authenticator
from rung.keys.store import KeySpec, KeyStore


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def bearer(secret: str) -> dict[bytes, bytes]:
    return {b"authorization": f"Bearer {secret}".encode()}


async def test_a_key_created_elsewhere_is_seen_after_a_check_behind_the_request(
    tmp_path: Path,
) -> None:
    log, clock = tmp_path / "log.db", Clock()
    other = KeyStore(log)  # as `rung keys create` in another process
    first = other.create_key(KeySpec(name="first"))[1]
    auth = Authenticator(log, clock=clock)
    auth.open()
    try:
        assert auth.resolve(bearer(first)).name == "first"
        second = other.create_key(KeySpec(name="second"))[1]
        clock.now += POLL_SECONDS
        with pytest.raises(Unauthorized):  # this request does not wait for the database
            auth.resolve(bearer(second))
        polling = auth._polling
        assert polling is not None
        await polling
        assert auth.resolve(bearer(second)).name == "second"  # the requests after it see it
        assert auth._poller is not None and auth._poller is not auth.store  # its own connection
    finally:
        auth.close()
        other.close()


async def test_a_check_begun_before_a_reload_is_not_applied_over_it(tmp_path: Path) -> None:
    log, clock = tmp_path / "log.db", Clock()
    other = KeyStore(log)
    auth = Authenticator(log, clock=clock)
    auth.open()
    try:
        clock.now += POLL_SECONDS
        auth.resolve({})  # starts a check behind
        polling = auth._polling
        assert polling is not None
        secret = other.create_key(KeySpec(name="admin-made"))[1]
        auth.reload()  # the admin API reloads at once
        reloads = auth._generation
        await asyncio.gather(polling)
        assert auth._generation == reloads  # the older check found a change but kept off
        assert auth.resolve(bearer(secret)).name == "admin-made"
    finally:
        auth.close()
        other.close()


def test_without_an_event_loop_the_check_runs_in_place(tmp_path: Path) -> None:
    log, clock = tmp_path / "log.db", Clock()
    other = KeyStore(log)
    auth = Authenticator(log, clock=clock)
    auth.open()
    try:
        secret = other.create_key(KeySpec(name="cli"))[1]
        clock.now += POLL_SECONDS
        assert auth.resolve(bearer(secret)).name == "cli"
        assert auth._polling is None and auth._poller is None
    finally:
        auth.close()
        other.close()
