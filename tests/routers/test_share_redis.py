"""Learned routes' live share across replicas: trackers on one real redis-server share one
window, so that replicas fed different traffic derive one threshold and the combined share
holds; Redis down -> each keeps its own window; Redis back -> shared again."""

from __future__ import annotations

import logging
import random
from pathlib import Path

import pytest

from rung.routers.share import Budget, ShareTracker
from rung.routers.share_redis import SharedShares, share_learned
from tests.state.redis_server import RedisServer

KEY = "tfidf.npz|local|hosted|0.3"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def streams(seed: int = 0, size: int = 1200) -> tuple[list[float], list[float]]:
    """Disjoint traffic: replica A sees easy prompts (around 0.3), B hard ones (around 0.7)."""
    rng = random.Random(seed)
    low = [min(1.0, max(0.0, rng.gauss(0.3, 0.08))) for _ in range(size)]
    high = [min(1.0, max(0.0, rng.gauss(0.7, 0.08))) for _ in range(size)]
    return low, high


def tracker(**options: object) -> ShareTracker:
    return ShareTracker(0.3, 0.5, window=150, warmup=50, key=KEY, **options)  # type: ignore[arg-type]


async def replicas(
    url: str, clock: Clock, count: int = 2
) -> list[tuple[SharedShares, ShareTracker]]:
    pairs = []
    for _ in range(count):
        hub = SharedShares(url, "test:", every=10, seconds=60.0, retry=5.0, clock=clock)
        pairs.append((hub, tracker()))
        hub.attach(pairs[-1][1])
        await hub.start()
    return pairs


async def feed(
    pairs: list[tuple[SharedShares, ShareTracker]],
    scores: list[list[float]],
    gaps: list[float] | None = None,
) -> list[list[bool]]:
    """Each replica decides its own scores, in turns; the exchanges run between turns.
    `gaps` gets the gap between the replicas' thresholds after each turn."""
    decided: list[list[bool]] = [[] for _ in pairs]
    for step in zip(*scores, strict=True):
        for (hub, live), score, out in zip(pairs, step, decided, strict=True):
            out.append(live.decide(score)[0])
            await hub.settle()
        if gaps is not None:
            gaps.append(abs(pairs[0][1].threshold() - pairs[1][1].threshold()))
    return decided


async def test_two_replicas_on_one_redis_share_one_threshold(own_redis: RedisServer) -> None:
    low, high = streams()
    alone = [tracker(), tracker()]  # without Redis: each holds 30% of its own traffic
    for score_a, score_b in zip(low, high, strict=True):
        alone[0].decide(score_a)
        alone[1].decide(score_b)
    assert alone[1].threshold() - alone[0].threshold() > 0.3

    pairs = await replicas(own_redis.url, Clock())
    gaps: list[float] = []
    a, b = await feed(pairs, [low, high], gaps)
    (hub_a, live_a), (hub_b, live_b) = pairs
    assert hub_a.links[0].shared and hub_b.links[0].shared
    # between exchanges each sees up to 9 of its own decisions the other has not yet read
    assert sorted(gaps[300:])[len(gaps[300:]) // 2] < 0.05  # the median gap; alone: > 0.3
    for link in (hub_a.links[0], hub_b.links[0], hub_a.links[0]):
        await link.exchange()
    assert live_a.threshold() == live_b.threshold()  # one window, one threshold
    later = a[300:] + b[300:]  # after the warm-up and a few windows
    assert sum(later) / len(later) == pytest.approx(0.3, abs=0.05)  # the combined share
    assert sum(a[300:]) / len(a[300:]) < 0.05  # A's easy traffic stays weak
    assert live_a.seen == live_b.seen == 2 * len(low)  # the counts are the fleet's
    for hub, _ in pairs:
        await hub.close()


async def test_redis_keeps_the_window_for_a_restarted_replica(own_redis: RedisServer) -> None:
    low, high = streams(1, 400)
    pairs = await replicas(own_redis.url, Clock())
    await feed(pairs, [low, high])
    threshold = pairs[1][1].threshold()
    for hub, _ in pairs:
        await hub.close()
    (hub, fresh), *_ = await replicas(own_redis.url, Clock(), count=1)  # a new process: empty
    assert fresh.seen == 800 and not fresh.warming_up
    assert fresh.threshold() == pytest.approx(threshold, abs=0.02)
    await hub.close()


async def test_redis_down_falls_back_to_the_local_window_then_shares_again(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    low, high = streams(2, 300)
    clock = Clock()
    pairs = await replicas(own_redis.url, clock)
    await feed(pairs, [low, high])
    own_redis.stop()
    caplog.set_level(logging.WARNING, logger="rung")
    clock.now += 10  # past the retry time: every replica tries, fails and logs
    a, _ = await feed(pairs, [low[:200], high[:200]])
    (hub_a, live_a), (hub_b, live_b) = pairs
    assert hub_a.down and not hub_a.links[0].shared
    outage = [r for r in caplog.records if "cannot be reached" in r.getMessage()]
    assert len(outage) == 2  # once per replica, however many tries
    assert "redis://127.0.0.1" in outage[0].getMessage()
    # each holds the target on its own traffic again: 30% of each, two thresholds
    assert sum(a[150:]) / 50 == pytest.approx(0.3, abs=0.15)
    assert live_b.threshold() - live_a.threshold() > 0.3
    assert len(hub_a.links[0].outbox) == 150  # the newest window's worth, kept for Redis

    own_redis.start()  # the same address, empty (the fixture stops it)
    clock.now += 10
    await feed(pairs, [low[:30], high[:30]])
    assert not hub_a.down and hub_a.links[0].shared and hub_b.links[0].shared
    assert sum("is back" in r.getMessage() for r in caplog.records) == 2
    for link in (hub_a.links[0], hub_b.links[0], hub_a.links[0]):
        await link.exchange()
    assert live_a.threshold() == live_b.threshold()  # one window again
    for hub, _ in pairs:
        await hub.close()


async def test_budget_costs_are_the_fleets(own_redis: RedisServer) -> None:
    clock = Clock()
    hubs, trackers = [], []
    for _ in range(2):
        hub = SharedShares(own_redis.url, "test:", every=1, seconds=60.0, clock=clock)
        live = ShareTracker(0.1, 0.5, window=50, warmup=0, key="b", budget=Budget(1.0, 50))
        hub.attach(live)
        await hub.start()
        hubs.append(hub)
        trackers.append(live)
    # only replica A priced requests: weak $0.0005, strong $0.0045 each
    for strong in [False] * 8 + [True] * 2:
        trackers[0].spent(strong, 0.0045 if strong else 0.0005)
    trackers[0].decide(0.5)
    await hubs[0].settle()
    trackers[1].decide(0.5)
    await hubs[1].settle()
    budget_a, budget_b = trackers[0].budget, trackers[1].budget
    assert budget_a is not None and budget_b is not None
    assert budget_b.mean(True) == pytest.approx(0.0045)  # B learned A's costs
    assert trackers[1].target == pytest.approx(trackers[0].target)
    for hub in hubs:
        await hub.close()


async def test_no_redis_state_no_links() -> None:
    from rung.state import MemoryState

    hub = share_learned({"r": object()}, MemoryState())
    assert hub.links == []
    await hub.start()
    await hub.close()


async def test_two_gateways_on_one_redis_share_their_learned_route(
    own_redis: RedisServer, tmp_path: Path
) -> None:
    """The wiring: a gateway with a Redis state links its learned routes' trackers."""
    from rung.configure import parse
    from rung.gateway.app import Gateway
    from rung.patterns.learned import Learned

    models = {name: {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"}
              for name in ("local", "hosted")}  # fmt: skip
    gateways = []
    for name in ("a", "b"):
        route = {"pattern": "learned", "router": "heuristic", "weak": "local",
                 "strong": "hosted", "share": 0.3, "share_warmup": 10,
                 "share_state": str(tmp_path / f"{name}.json")}  # fmt: skip
        config = parse(
            {"models": models, "routes": {"r": route}, "state": {"url": own_redis.url},
             "log": {"enabled": False}}, "<test>",
        )  # fmt: skip
        gateway = Gateway(config)
        await gateway.start()
        gateways.append(gateway)
    patterns = [g.routes["r"] for g in gateways]
    assert all(isinstance(p, Learned) for p in patterns)
    assert [len(g.shares.links) for g in gateways] == [1, 1]
    texts = ["hi", "prove that the integral of this function converges, step by step " * 5]
    for i in range(60):
        for gateway, pattern, text in zip(gateways, patterns, texts, strict=True):
            pattern.decide(f"{text} {i}")  # type: ignore[attr-defined]
            await gateway.shares.settle()
    links = [g.shares.links[0] for g in gateways]
    for link in (links[0], links[1], links[0]):
        await link.exchange()
    trackers = [link.tracker for link in links]
    assert [t.seen for t in trackers] == [120, 120]  # each counts the other's requests too
    assert trackers[0].threshold() == trackers[1].threshold()
    for gateway in gateways:
        await gateway.close()
