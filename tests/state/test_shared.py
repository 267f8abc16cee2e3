"""The cache, the breakers and the limits on shared state: two instances on one state stand
for two replicas (on each implementation: in this process and on a real redis-server)."""

from __future__ import annotations

import asyncio
from typing import Any

import numpy as np
import pytest

from rung._errors import BackendUnavailable, BudgetExceeded, RateLimited, UpstreamStatus
from rung.cache.shared import SharedStore
from rung.cache.store import Entry
from rung.keys.principal import Principal, Quota
from rung.limits import Limits
from rung.limits.shared import SETTLE_CHUNK, SharedLimits
from rung.reliability.breaker import BreakerPolicy, SharedBreaker
from rung.state import RedisState, State, StateUnavailable
from tests.conftest import free_port
from tests.state.redis_server import RedisServer


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def unit(*values: float) -> np.ndarray:
    vector = np.asarray(values, dtype="float32")
    return vector / np.linalg.norm(vector)


async def test_an_entry_stored_by_one_replica_is_found_by_the_other(state: State) -> None:
    a, b = SharedStore(state, "chat", ttl=60), SharedStore(state, "chat", ttl=60)
    await a.put(Entry("k1", b'{"answer": 1}', 100.0))
    await a.flush()  # stored in the background: landed once flushed
    found = await b.get("k1", oldest=50.0)
    assert found is not None and found.body == b'{"answer": 1}' and found.created == 100.0
    assert await b.get("k1", oldest=150.0) is None  # older than the TTL allows
    other_route = SharedStore(state, "code", ttl=60)
    assert await other_route.get("k1", oldest=0.0) is None


async def test_an_entry_is_stored_behind_the_answer(state: State) -> None:
    a, b = SharedStore(state, "chat", ttl=60), SharedStore(state, "chat", ttl=60)
    await a.put(Entry("k2", b"later", 100.0))  # returns before the write (no await on it)
    assert len(a._writes) == 1
    await a.flush()
    assert not a._writes
    found = await b.get("k2", oldest=50.0)
    assert found is not None and found.body == b"later"


async def test_semantic_search_sees_the_other_replicas_entries(state: State) -> None:
    a, b = SharedStore(state, "chat", ttl=60), SharedStore(state, "chat", ttl=60)
    assert await b.nearest("scope", unit(1, 0), oldest=0.0) is None
    await a.put(Entry("near", b"N", 100.0, "scope", unit(1, 0.1)))
    await a.put(Entry("far", b"F", 101.0, "scope", unit(0, 1)))
    await a.flush()
    found = await b.nearest("scope", unit(1, 0), oldest=0.0)
    assert found is not None and found[0].key == "near" and found[0].body == b"N"
    assert found[1] == pytest.approx(float(unit(1, 0.1) @ unit(1, 0)))
    await a.put(Entry("exact", b"E", 102.0, "scope", unit(1, 0)))  # after b's first look
    await a.flush()
    found = await b.nearest("scope", unit(1, 0), oldest=0.0)
    assert found is not None and found[0].key == "exact" and found[1] == pytest.approx(1.0)
    assert await b.nearest("other scope", unit(1, 0), oldest=0.0) is None


def failure() -> UpstreamStatus:
    return UpstreamStatus("upstream answered 500", status=500, backend="up")


async def test_failures_on_one_replica_open_the_breaker_for_both(state: State) -> None:
    clock = Clock()
    policy = BreakerPolicy(failures=3, window=60, cooldown=30)
    a, b = (SharedBreaker("up", policy, state, clock, refresh=0) for _ in range(2))
    for _ in range(2):
        await a.claim()
        await a.failed(failure())
    await b.claim()
    await b.failed(failure())  # the third failure, seen by B: open for both
    with pytest.raises(BackendUnavailable):
        await a.claim()
    assert a.state == "open"
    clock.now += 31  # half-open: one replica only takes the probe
    await b.claim()
    with pytest.raises(BackendUnavailable):
        await a.claim()
    await b.succeeded()
    await a.claim()  # closed for both
    assert a.state == "closed" and b.state == "closed"


async def test_a_breaker_read_a_moment_ago_is_read_again_off_the_call_path(state: State) -> None:
    clock = Clock()
    policy = BreakerPolicy(failures=1, window=60, cooldown=30)
    a, b = (SharedBreaker("up", policy, state, clock, refresh=10.0) for _ in range(2))
    await b.claim()  # never read: read on the call's path
    assert b._reading is None and b.state == "closed"
    await a.claim()
    await a.failed(failure())  # open for both; B read it closed a moment ago
    await b.claim()  # within `refresh`: no read at all
    assert b._reading is None
    b._read_at -= 15.0  # read between refresh and STALE_READS x refresh ago
    await b.claim()  # goes ahead on the last read, and reads again behind it
    reading = b._reading
    assert reading is not None
    await reading
    with pytest.raises(BackendUnavailable):
        await b.claim()  # the calls after it see A's opening
    b._opened_at, b._read_at = None, b._read_at - 60.0  # too old a read: on the path again
    with pytest.raises(BackendUnavailable):
        await b.claim()


async def test_a_failed_probe_opens_it_again_and_a_client_error_counts_nothing(
    state: State,
) -> None:
    clock = Clock()
    policy = BreakerPolicy(failures=1, window=60, cooldown=30)
    a, b = (SharedBreaker("up", policy, state, clock, refresh=0) for _ in range(2))
    await a.claim()
    await a.failed(BudgetExceeded("a client's limit"))  # not the backend's fault
    await b.claim()
    await b.failed(failure())
    clock.now += 31
    await a.claim()
    await a.failed(failure())  # the probe failed: open again, for a new cooldown
    with pytest.raises(BackendUnavailable):
        await b.claim()
    clock.now += 31
    await b.claim()  # B's turn to probe
    assert b.state == "half_open"


def principal(key: Quota, team: Quota | None = None) -> Principal:
    if team is None:
        return Principal("k1", "alice", key_quota=key)
    return Principal("k1", "alice", "search", key_quota=key, team_quota=team)


async def test_shared_limits_say_what_in_process_limits_say(state: State) -> None:
    clock = Clock()
    quota = Quota(rpm=2, tpm=1000)
    shared, local = SharedLimits(state, clock=clock), Limits(clock)
    who = principal(quota, Quota(rpm=5))
    for _ in range(2):
        got = await shared.acquire(who, "chat", 100)
        assert got.headers == local.admit(who, "chat", 100).headers
    clock.now += 1.5
    with pytest.raises(RateLimited) as from_shared:
        await shared.acquire(who, "chat", 100)
    with pytest.raises(RateLimited) as from_local:
        local.admit(who, "chat", 100)
    assert from_shared.value.message == from_local.value.message
    assert from_shared.value.headers() == from_local.value.headers()


async def test_settles_of_one_batch_go_in_chunks_and_all_are_charged(state: State) -> None:
    clock = Clock()
    shared = SharedLimits(state, clock=clock, leases=False)  # a lease's release settles too
    who = principal(Quota(budget=100.0, period="day", rpm=1000))
    admitted = [await shared.acquire(who, "chat", 10, 0.01) for _ in range(SETTLE_CHUNK * 2 + 3)]
    sizes: list[int] = []
    settle_many = state.settle_many

    async def counted(batch: Any, now: float) -> None:
        sizes.append(len(batch))
        await settle_many(batch, now)

    state.settle_many = counted  # type: ignore[method-assign]
    for admission in admitted:  # one batch of the log's thread
        shared.settle(admission, 10, 0.5)
    await shared.drain()
    assert sizes == [SETTLE_CHUNK, SETTLE_CHUNK, 3]  # an admission can slip in between
    assert await shared.spend("key:k1") == pytest.approx(0.5 * len(admitted))


async def test_shared_budget_message_matches_and_settle_charges(state: State) -> None:
    clock = Clock()
    who = principal(Quota(budget=1.0, period="day"))
    shared, local = SharedLimits(state, clock=clock), Limits(clock)
    first = await shared.acquire(who, "chat", 10, 0.75)
    local.admit(who, "chat", 10, 0.75)
    with pytest.raises(BudgetExceeded) as from_shared:
        await shared.acquire(who, "chat", 10, 0.5)
    with pytest.raises(BudgetExceeded) as from_local:
        local.admit(who, "chat", 10, 0.5)
    assert from_shared.value.message == from_local.value.message
    shared.settle(first, 10, 0.25)
    await shared.drain()
    assert await shared.spend("key:k1", "day") == pytest.approx(0.25)
    await shared.acquire(who, "chat", 10, 0.5)  # 0.25 spent, 0.5 fits now


async def test_redis_down_budgets_fail_closed_rates_open_cache_off() -> None:
    down = RedisState(f"redis://127.0.0.1:{free_port()}/0", retry_every=60)
    await down.start()  # logged, not fatal
    try:
        limits = SharedLimits(down)
        with pytest.raises(StateUnavailable) as refused:
            await limits.acquire(principal(Quota(budget=5.0)), "chat", 10, 0.1)
        assert refused.value.status == 503 and "budgets cannot be checked" in refused.value.message
        admitted = await limits.acquire(principal(Quota(rpm=1)), "chat", 10)
        assert admitted.headers == []  # admitted unchecked: rates fail open
        closed = SharedLimits(down, rates_fail="closed", budgets_fail="open")
        with pytest.raises(StateUnavailable):
            await closed.acquire(principal(Quota(rpm=1)), "chat", 10)
        await closed.acquire(principal(Quota(budget=5.0)), "chat", 10, 0.1)
        store = SharedStore(down, "chat", ttl=60)
        await store.put(Entry("k", b"x", 1.0))
        await store.flush()  # the write failed quietly: the cache is off
        assert await store.get("k", 0.0) is None
        breaker = SharedBreaker("up", BreakerPolicy(failures=1), down)
        await breaker.claim()  # decided by this replica alone
        await breaker.failed(failure())
        assert breaker.state == "open"
    finally:
        await down.close()


async def test_an_outage_noticed_by_one_call_leaves_other_calls_connections_open(
    redis_server: RedisServer,
) -> None:
    """A failed call marks the state down, but a connection another call holds stays open
    under it: closing a connection while a command is being written on it makes redis-py fail
    that command with AttributeError, answered as 500 instead of the state being down (seen
    once in CI, under load, with Redis stopped)."""
    from redis.exceptions import ConnectionError as RedisConnectionError

    state = RedisState(redis_server.url, prefix="test:", retry_every=60)
    await state.start()
    pool = state._client.connection_pool
    held = await pool.get_connection()  # another call's connection, mid-command
    try:
        await held.send_command("CLIENT", "ID")
        before = await held.read_response()

        async def broken() -> None:
            raise RedisConnectionError("injected")

        with pytest.raises(StateUnavailable):
            await state._call(broken)
        assert not state.up
        await held.send_command("CLIENT", "ID")
        assert await held.read_response() == before  # the same connection, never closed
    finally:
        await pool.release(held)
        await state.close()


async def test_after_a_restart_the_first_call_is_answered_on_new_connections(
    own_redis: RedisServer,
) -> None:
    """Connections pooled before Redis restarted are dead; each is opened again when next used
    and its command sent once more, so the state does not go down again for `retry_every`."""
    clock = Clock(0.0)
    state = RedisState(own_redis.url, prefix="test:", retry_every=1.0, clock=clock)
    await state.start()
    try:
        await asyncio.gather(*(state.put(f"k{n}", b"v") for n in range(8)))  # 8 pooled
        assert len(state._client.connection_pool._available_connections) > 1
        await asyncio.to_thread(own_redis.stop)
        with pytest.raises(StateUnavailable):
            await state.get("k0")
        await asyncio.to_thread(own_redis.start)
        clock.now += 2.0  # past retry_every: the next call tries
        assert await state.get("k0") is None  # answered (the restart emptied Redis)
        assert state.up
        answers = await asyncio.gather(*(state.get(f"k{n}") for n in range(8)))
        assert answers == [None] * 8 and state.up
    finally:
        await state.close()


def _config_set(server: RedisServer, name: str, value: str) -> None:
    import socket

    with socket.create_connection(("127.0.0.1", server.port), timeout=2) as conn:
        conn.sendall(f"CONFIG SET {name} {value}\r\n".encode())
        assert conn.recv(16).startswith(b"+OK")


async def test_a_full_redis_is_the_state_down_not_a_500(own_redis: RedisServer) -> None:
    """Redis out of memory (`noeviction`) answers writes with an error: the state is down for
    `retry_every` (budgets fail closed, rates open, the cache misses), then back when it has
    room; a command rung got wrong is still raised as it is (a bug, not an outage)."""
    from redis.exceptions import ResponseError

    clock = Clock(0.0)
    state = RedisState(own_redis.url, prefix="test:", retry_every=1.0, clock=clock)
    await state.start()
    try:
        with pytest.raises(ResponseError):
            await state._call(lambda: state._client.execute_command("NO.SUCH.COMMAND"))
        assert state.up
        _config_set(own_redis, "maxmemory", "1")
        limits = SharedLimits(state)
        with pytest.raises(StateUnavailable) as refused:
            await limits.acquire(principal(Quota(budget=5.0)), "chat", 10, 0.1)
        assert refused.value.status == 503 and not state.up
        assert (await limits.acquire(principal(Quota(rpm=5)), "chat", 10)).headers == []
        store = SharedStore(state, "chat", ttl=60)
        assert await store.get("k", 0.0) is None
        _config_set(own_redis, "maxmemory", "0")
        clock.now += 2.0
        admitted = await limits.acquire(principal(Quota(rpm=5)), "chat", 10)
        assert state.up and admitted.headers  # checked against Redis again
    finally:
        await state.close()
