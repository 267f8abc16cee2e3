"""The Redis scripts decide as the in-process state does: one random sequence of admissions
and settles (keys and a team, rates, budgets, priced and unpriced, settled late, some never,
time moving past windows and stale reservations) run on both, every decision compared."""

from __future__ import annotations

import random

import pytest

from rung.state import LimitCheck, MemoryState, RedisState, Ticket
from rung.state.base import STALE, Decision
from tests.state.redis_server import RedisServer


def checks(rng: random.Random) -> list[LimitCheck]:
    key = LimitCheck("key:a", budget=2.0, spend_key="spend:key:a:0", spend_ttl=5000.0,
                     rpm=25, tpm=900)  # fmt: skip
    team = LimitCheck("team:t", budget=3.0, spend_key="spend:team:t:0", spend_ttl=5000.0,
                      rpm=40)  # fmt: skip
    rated = LimitCheck("key:b", rpm=30, tpm=700)
    return rng.choice([[key, team], [key], [rated, team], [rated]])


def same(a: Decision, b: Decision) -> bool:
    if (a.refused, a.reason) != (b.refused, b.reason) or len(a.windows) != len(b.windows):
        return False
    numbers = [(a.wait, b.wait), (a.spent, b.spent), (a.reserved, b.reserved)]
    for x, y in zip(a.windows, b.windows, strict=True):
        numbers += [(x.count, y.count), (x.tokens, y.tokens), (x.oldest or 0, y.oldest or 0)]
    return all(x == pytest.approx(y, abs=1e-6) for x, y in numbers)


@pytest.mark.parametrize("seed", range(4))
async def test_a_random_sequence_decides_the_same_on_redis_and_in_process(
    redis_server: RedisServer, seed: int
) -> None:
    rng = random.Random(seed)
    memory, redis = (
        MemoryState(),
        RedisState(redis_server.url, prefix=f"parity{seed}:", timeout=30.0),
    )
    await memory.start()
    await redis.start()
    try:
        now = 1000.0
        open_: list[tuple[list[LimitCheck], Ticket]] = []
        for n in range(600):
            now += rng.choice([0.0, 0.01, 0.5, 2.0, 7.0, 61.0, STALE + 1]) if n % 50 else 0.0
            if open_ and rng.random() < 0.4:
                subject, ticket = open_.pop(rng.randrange(len(open_)))
                tokens, cost = rng.randrange(0, 120), rng.choice([0.0, 0.01, 0.2])
                for state in (memory, redis):
                    await state.settle(subject, ticket, tokens, cost, now)
                continue
            subject = checks(rng)
            estimate = rng.choice([0.0, 0.0, 0.05, 0.3])
            ticket = Ticket(f"r{n}", now, rng.randrange(0, 150), estimate)
            got = [await state.admit(subject, ticket, now) for state in (memory, redis)]
            assert same(*got), (n, got)
            if got[0].refused is None and rng.random() < 0.9:  # some never settle
                open_.append((subject, ticket))
    finally:
        await redis.close()
        await memory.close()
