"""Fixtures of the shared-state tests: a real redis-server per session (flushed per test)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from rung.state import MemoryState, RedisState, State
from tests.state.redis_server import MISSING, RedisServer, installed


@pytest.fixture(scope="session")
def redis_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    if not installed():
        pytest.skip(MISSING)
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_server(redis_session: RedisServer) -> RedisServer:
    """The session's redis-server, empty."""
    redis_session.flush()
    return redis_session


@pytest.fixture(params=["memory", "redis"])
async def state(request: pytest.FixtureRequest) -> AsyncIterator[State]:
    """The state on each implementation: in this process, and on the real redis-server."""
    if request.param == "memory":
        made: State = MemoryState()
    else:
        server: RedisServer = request.getfixturevalue("redis_server")
        # These tests are about what the state decides, not about outages (test_replicas): a
        # shared machine under load can keep a healthy redis-server past the 1 s default,
        # which would count as the state being down and admit without a check.
        made = RedisState(server.url, prefix="test:", timeout=30.0)
    await made.start()
    try:
        yield made
    finally:
        await made.close()
