"""Two real `rung serve` processes against one real Redis: they share the cache, the circuit
breakers and the limits, and keep serving while Redis is down."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.state.redis_server import RedisServer
from tests.state.replicas import Replica, Upstream, chat, create_key, write_config


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    with Upstream() as server:
        yield server


def post(
    replica: Replica, route: str, body: dict[str, object], key: str | None = None
) -> httpx.Response:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    return httpx.post(
        replica.url + "/v1/chat/completions", json={"model": route, **body}, headers=headers,
        timeout=30,
    )  # fmt: skip


def test_a_cache_hit_on_b_for_a_request_answered_on_a(
    tmp_path: Path, redis_server: RedisServer, upstream: Upstream
) -> None:
    config = write_config(tmp_path, upstream, redis_server.url)
    with Replica(config, "a") as a, Replica(config, "b") as b:
        first = post(a, "cached", chat("what is shared state?"))
        assert first.status_code == 200 and first.headers["x-rung-cache"] == "miss"
        again = post(b, "cached", chat("what is shared state?"))
        assert again.status_code == 200 and again.headers["x-rung-cache"] == "hit"
        assert again.json()["choices"] == first.json()["choices"]
        assert upstream.calls == 1
        other = post(b, "cached", chat("another question"))
        assert other.headers["x-rung-cache"] == "miss" and upstream.calls == 2


def test_a_breaker_opened_by_failures_on_a_skips_the_backend_on_b(
    tmp_path: Path, redis_server: RedisServer, upstream: Upstream
) -> None:
    config = write_config(tmp_path, upstream, redis_server.url)
    upstream.failing = True
    with Replica(config, "a") as a, Replica(config, "b") as b:
        for n in range(3):  # the breaker opens after 3 failures
            assert post(a, "flaky", chat(f"fail {n}")).status_code == 502
        assert upstream.calls == 3
        skipped = post(b, "flaky", chat("on b"))
        assert skipped.status_code == 503
        assert skipped.json()["error"]["code"] == "backend_cooling_down"
        assert upstream.calls == 3  # B never called the backend
        assert "breaker flaky opened" in a.stderr()


async def burst(
    replicas: list[Replica], key: str, count: int, upstream: Upstream | None = None
) -> list[int]:
    """`count` concurrent requests, alternating over `replicas`; their statuses. With
    `upstream`, it holds every answer until each request is either refused or waiting there,
    so that none settles before all are decided."""
    limits = httpx.Limits(max_connections=count)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:

        async def one(n: int) -> int:
            replica = replicas[n % len(replicas)]
            answer = await client.post(
                replica.url + "/v1/chat/completions",
                json={"model": "plain", **chat(f"request {n}")},
                headers={"authorization": f"Bearer {key}"},
            )
            return answer.status_code

        if upstream is not None:
            upstream.held = True
        tasks = [asyncio.ensure_future(one(n)) for n in range(count)]
        if upstream is not None:
            for _ in range(1200):  # a bound; the test asserts on the statuses
                if upstream.waiting + sum(t.done() for t in tasks) >= count:
                    break
                await asyncio.sleep(0.05)
            upstream.release()
        return list(await asyncio.gather(*tasks))


def test_200_concurrent_requests_over_two_replicas_admit_exactly_the_limit(
    tmp_path: Path, redis_server: RedisServer, upstream: Upstream
) -> None:
    config = write_config(tmp_path, upstream, redis_server.url)
    rated = create_key(config, "rated", "--rpm", "37")
    budgeted = create_key(config, "budgeted", "--budget", "235/day")  # 10 USD a request
    with Replica(config, "a") as a, Replica(config, "b") as b:
        statuses = asyncio.run(burst([a, b], rated, 200))
        assert statuses.count(200) == 37 and statuses.count(429) == 163
        statuses = asyncio.run(burst([a, b], budgeted, 200, upstream))
        assert statuses.count(200) == 23 and statuses.count(429) == 177
        assert upstream.calls == 37 + 23


class Load:
    """Requests sent without pause by a few clients over the replicas, until stopped."""

    def __init__(self, replicas: list[Replica], key: str, clients: int = 4) -> None:
        self.replicas, self.key = replicas, key
        self.statuses: list[int] = []
        self.stopped = asyncio.Event()
        self.tasks = [asyncio.ensure_future(self._client(n)) for n in range(clients)]

    async def _client(self, n: int) -> None:
        async with httpx.AsyncClient(timeout=30) as client:
            sent = 0
            while not self.stopped.is_set():
                replica = self.replicas[(n + sent) % len(self.replicas)]
                answer = await client.post(
                    replica.url + "/v1/chat/completions",
                    json={"model": "cached", **chat(f"load {n} {sent}")},
                    headers={"authorization": f"Bearer {self.key}"},
                )
                self.statuses.append(answer.status_code)
                sent += 1

    async def stop(self) -> list[int]:
        self.stopped.set()
        await asyncio.gather(*self.tasks)
        return self.statuses


async def send(replica: Replica, route: str, body: dict[str, object], key: str) -> httpx.Response:
    async with httpx.AsyncClient(timeout=30) as client:
        return await client.post(
            replica.url + "/v1/chat/completions",
            json={"model": route, **body},
            headers={"authorization": f"Bearer {key}"},
        )


async def shared_cache_works(a: Replica, b: Replica, key: str, tries: int = 100) -> bool:
    """Whether a request answered on A is soon a cache hit on B (bounded tries)."""
    for n in range(tries):
        await send(a, "cached", chat(f"probe {n}"), key)
        if (await send(b, "cached", chat(f"probe {n}"), key)).headers["x-rung-cache"] == "hit":
            return True
        await asyncio.sleep(0.05)
    return False


async def outage(a: Replica, b: Replica, redis: RedisServer, rated: str, budgeted: str) -> None:
    load = Load([a, b], rated)
    assert await shared_cache_works(a, b, rated)
    await asyncio.to_thread(redis.stop)
    down = [await send(r, "plain", chat(f"down {n}"), rated) for n in range(10) for r in (a, b)]
    assert [r.status_code for r in down] == [200] * 20  # rate limits fail open
    refused = await send(a, "plain", chat("budget while down"), budgeted)
    assert refused.status_code == 503  # budgets fail closed
    assert refused.json()["error"]["code"] == "state_unavailable"
    await send(a, "cached", chat("twice while down"), rated)
    again = await send(a, "cached", chat("twice while down"), rated)
    assert again.headers["x-rung-cache"] == "miss"  # the cache is off
    await asyncio.to_thread(redis.start)
    assert await shared_cache_works(a, b, rated)  # back: shared again
    assert (await send(b, "plain", chat("budget again"), budgeted)).status_code == 200
    statuses = await load.stop()
    assert len(statuses) > 20 and set(statuses) == {200}  # serving went on throughout


def test_redis_stopped_and_restarted_under_load(
    tmp_path: Path, own_redis: RedisServer, upstream: Upstream
) -> None:
    config = write_config(tmp_path, upstream, own_redis.url)
    rated = create_key(config, "rated", "--rpm", "1000000")
    budgeted = create_key(config, "budgeted", "--budget", "1000000/day")
    with Replica(config, "a") as a, Replica(config, "b") as b:
        asyncio.run(outage(a, b, own_redis, rated, budgeted))
    for replica in (a, b):  # each says it once, not per request
        assert replica.stderr().count("cannot be reached") == 1, replica.stderr()
        assert replica.stderr().count("is back after") == 1
