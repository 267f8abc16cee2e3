"""Leases (rung.limits.lease): far from its limits a keyed request is admitted from slots leased
ahead of use, without a round trip to the state; every slot is a real admission, so replicas
still never pass a limit together, and unused slots are given back (on each implementation:
in this process and on a real redis-server)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from rung._errors import BudgetExceeded, RateLimited
from rung.keys.principal import Principal, Quota
from rung.limits.lease import LIFE, SLOTS, Leases
from rung.limits.shared import SharedLimits
from rung.state import State
from tests.state.test_shared import Clock


def who(key: Quota, team: Quota | None = None) -> Principal:
    return Principal("k1", "alice", "search", key_quota=key, team_quota=team or Quota())


def counting(state: State) -> list[int]:
    """Count the state's single admissions (a lease's slots go through admit_many)."""
    calls = [0]
    admit = state.admit

    async def counted(*args: Any) -> Any:
        calls[0] += 1
        return await admit(*args)

    state.admit = counted  # type: ignore[method-assign]
    return calls


def remaining(headers: list[tuple[bytes, bytes]], kind: bytes) -> int:
    return int(dict(headers)[b"x-ratelimit-remaining-" + kind])


async def test_far_from_its_limits_a_key_is_admitted_from_leased_slots(state: State) -> None:
    clock, big = Clock(), Quota(rpm=10**6, tpm=10**9, budget=1000.0, period="day")
    shared = SharedLimits(state, clock=clock, leases=True)
    admits = counting(state)
    first = await shared.acquire(who(big, big), "chat", 50, 0.01)
    assert shared.leases is not None
    await shared.leases.wait()
    assert admits[0] == 1 and shared.leases.held() == SLOTS
    rest = [await shared.acquire(who(big, big), "chat", 50, 0.01) for _ in range(SLOTS)]
    assert admits[0] == 1  # every one from a slot (the lease refilled when half was gone)
    for admission in [first, *rest]:
        shared.settle(admission, 7, 0.002)
    await shared.drain()
    assert shared.leases.held() == 0
    # What the state holds now is exactly the requests made, with their real figures.
    other = SharedLimits(state, clock=clock, leases=False)
    seen = await other.acquire(who(big, big), "chat", 50, 0.01)
    made = 1 + SLOTS
    assert remaining(seen.headers, b"requests") == 10**6 - made - 1
    assert remaining(seen.headers, b"tokens") == 10**9 - 7 * made - 50
    assert await shared.spend("key:k1") == pytest.approx(0.002 * made)


async def test_near_a_limit_nothing_is_leased_and_the_count_is_exact(state: State) -> None:
    shared = SharedLimits(state, clock=Clock(), leases=True)
    admits = counting(state)
    quota = Quota(rpm=100)

    async def one() -> bool:
        try:
            await shared.acquire(who(quota), "chat", 10)
        except RateLimited:
            return False
        return True

    results = await asyncio.gather(*(one() for _ in range(130)))
    assert shared.leases is not None
    await shared.leases.wait()
    assert sum(results) == 100 and admits[0] == 130 and shared.leases.held() == 0


async def test_two_replicas_leasing_never_pass_a_limit_together(state: State) -> None:
    clock, quota = Clock(), Quota(rpm=1500)
    a = SharedLimits(state, clock=clock, leases=True)
    b = SharedLimits(state, clock=clock, leases=True)

    async def one(limits: SharedLimits) -> bool:
        try:
            await limits.acquire(who(quota), "chat", 10)
        except RateLimited:
            return False
        return True

    admitted = 0
    for _ in range(36):  # waves of 50 requests over both replicas, 1,800 in all
        wave = await asyncio.gather(*(one(a if i % 3 else b) for i in range(50)))
        admitted += sum(wave)
    assert a.leases is not None and b.leases is not None
    await a.leases.wait()
    await b.leases.wait()
    held = a.leases.held() + b.leases.held()
    assert admitted + held == 1500  # every request the state admitted, used or still held
    assert held <= 2 * SLOTS
    await a.drain()
    await b.drain()
    probe = SharedLimits(state, clock=clock, leases=False)
    try:
        seen = await probe.acquire(who(quota), "chat", 1)
    except RateLimited:
        assert admitted == 1500  # no slot was left over: the window is full
    else:
        assert remaining(seen.headers, b"requests") == 1500 - admitted - 1  # slots given back


async def test_unused_slots_and_their_reservations_are_given_back(state: State) -> None:
    clock, steady = Clock(), Clock(0.0)
    quota = Quota(budget=1.0, period="day")
    shared = SharedLimits(state, clock=clock, leases=True)
    shared.leases = Leases(state, clock, steady)
    first = await shared.acquire(who(quota), "chat", 10, 0.001)
    await shared.leases.wait()
    assert shared.leases.held() >= 2
    strict = SharedLimits(state, clock=clock, leases=False)
    with pytest.raises(BudgetExceeded):  # the slots' reservations hold part of the budget
        await strict.acquire(who(quota), "chat", 10, 0.999)
    steady.now += LIFE
    shared.leases.expire()
    await shared.leases.wait()
    assert shared.leases.held() == 0
    await strict.acquire(who(quota), "chat", 10, 0.999)  # 0.001 (the first) + 0.999 fits
    shared.settle(first, 10, 0.0)
    await shared.drain()
