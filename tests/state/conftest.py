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
        made = RedisState(server.url, prefix="test:")
    await made.start()
    try:
        yield made
    finally:
        await made.close()
