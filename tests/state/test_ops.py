"""Each state operation, on both implementations (in-process and a real redis-server)."""

from __future__ import annotations

import asyncio

import pytest

from rung.state import LimitCheck, State, Ticket
from rung.state.base import STALE


async def expired(state: State, key: str) -> bool:
    for _ in range(200):  # a bound, not a timing: Redis expires on its own clock
        if await state.get(key) is None:
            return True
        await asyncio.sleep(0.01)
    return False


async def test_get_put_delete(state: State) -> None:
    assert await state.get("a") is None
    await state.put("a", b"1")
    await state.put("b", b"2", ttl=60)
    assert await state.get("a") == b"1"
    assert await state.get_many(["a", "missing", "b"]) == [b"1", None, b"2"]
    await state.delete("a", "b")
    assert await state.get_many(["a", "b"]) == [None, None]


async def test_put_with_ttl_expires(state: State) -> None:
    await state.put("short", b"x", ttl=0.05)
    assert await expired(state, "short")


async def test_put_new_only_once_until_it_expires(state: State) -> None:
    assert await state.put_new("probe", b"A", ttl=0.1) is True
    assert await state.put_new("probe", b"B", ttl=0.1) is False
    assert await state.get("probe") == b"A"
    assert await expired(state, "probe")
    assert await state.put_new("probe", b"B", ttl=10) is True
    assert await state.get("probe") == b"B"


async def test_index_since_returns_newer_members_in_order(state: State) -> None:
    await state.index_add("idx", "k2", 20.0, ttl=60)
    await state.index_add("idx", "k1", 10.0, ttl=60)
    await state.index_add("idx", "k3", 30.0, ttl=60)
    assert await state.index_since("idx", 0.0) == [("k1", 10.0), ("k2", 20.0), ("k3", 30.0)]
    assert await state.index_since("idx", 20.0) == [("k3", 30.0)]
    assert await state.index_since("other", 0.0) == []


async def test_count_event_is_a_sliding_window(state: State) -> None:
    assert await state.count_event("fails", 100.0, window=10) == 1
    assert await state.count_event("fails", 101.0, window=10) == 2
    assert await state.count_event("fails", 105.0, window=10) == 3
    assert await state.count_event("fails", 111.0, window=10) == 2  # 100 and 101 left
    await state.delete("fails")
    assert await state.count_event("fails", 112.0, window=10) == 1


def ticket(n: int, tokens: int = 10, estimate: float = 0.0, t: float = 1000.0) -> Ticket:
    return Ticket(f"r{n}", t, tokens, estimate)


async def test_admit_counts_requests_per_minute(state: State) -> None:
    checks = [LimitCheck("key:a", rpm=2)]
    first = await state.admit(checks, ticket(1), 1000.0)
    second = await state.admit(checks, ticket(2), 1001.0)
    third = await state.admit(checks, ticket(3), 1002.0)
    assert first.refused is None and second.refused is None
    assert second.windows[0].count == 2 and second.windows[0].oldest == 1000.0
    assert third.refused == 0 and third.reason == "rpm"
    assert third.wait == pytest.approx(58.0)
    assert (await state.admit(checks, ticket(4), 1060.5)).refused is None  # the first left


async def test_admit_tokens_per_minute_and_settle_corrects(state: State) -> None:
    checks = [LimitCheck("key:a", tpm=100)]
    assert (await state.admit(checks, ticket(1, tokens=80), 1000.0)).refused is None
    refused = await state.admit(checks, ticket(2, tokens=30), 1001.0)
    assert refused.reason == "tpm" and refused.wait == pytest.approx(59.0)
    assert (await state.admit(checks, ticket(3, tokens=101), 1001.0)).reason == "tpm_size"
    await state.settle(checks, ticket(1, tokens=80), 20, 0.0, 1002.0)  # used only 20
    admitted = await state.admit(checks, ticket(4, tokens=30), 1003.0)
    assert admitted.refused is None and admitted.windows[0].tokens == 50


async def test_admit_reserves_budget_and_settle_charges_spend(state: State) -> None:
    check = LimitCheck("key:a", budget=1.0, spend_key="spend:key:a:0", spend_ttl=600)
    assert (await state.admit([check], ticket(1, estimate=0.6), 1000.0)).refused is None
    refused = await state.admit([check], ticket(2, estimate=0.6), 1000.0)  # 0.6 reserved
    assert refused.reason == "budget" and refused.reserved == pytest.approx(0.6)
    await state.settle([check], ticket(1, estimate=0.6), 0, 0.25, 1001.0)
    assert float(await state.get("spend:key:a:0") or b"0") == pytest.approx(0.25)
    assert (await state.admit([check], ticket(3, estimate=0.6), 1002.0)).refused is None
    last = await state.admit([check], ticket(4, estimate=0.6), 1002.0)
    assert last.reason == "budget" and last.spent == pytest.approx(0.25)


async def test_admit_with_no_estimate_stops_once_spent(state: State) -> None:
    check = LimitCheck("team:t", budget=0.5, spend_key="spend:team:t:0", spend_ttl=600)
    await state.seed_spend("spend:team:t:0", 0.5, ttl=600)
    await state.seed_spend("spend:team:t:0", 0.0, ttl=600)  # a seed never overwrites
    assert (await state.admit([check], ticket(1), 1000.0)).reason == "budget"


async def test_admit_is_all_or_nothing_over_key_and_team(state: State) -> None:
    key, team = LimitCheck("key:a", rpm=5), LimitCheck("team:t", rpm=1)
    assert (await state.admit([key, team], ticket(1), 1000.0)).refused is None
    refused = await state.admit([key, team], ticket(2), 1000.0)
    assert refused.refused == 1 and refused.reason == "rpm"
    assert refused.windows[0].count == 1  # the key's window kept no entry for the refusal
    alone = await state.admit([key], ticket(3), 1000.0)
    assert alone.windows[0].count == 2


async def test_concurrent_admits_never_cross_the_limit(state: State) -> None:
    checks = [LimitCheck("key:a", rpm=17)]
    decisions = await asyncio.gather(*(state.admit(checks, ticket(n), 1000.0) for n in range(60)))
    assert sum(d.refused is None for d in decisions) == 17


async def test_settle_many_settles_each(state: State) -> None:
    checks = [LimitCheck("key:a", budget=10.0, spend_key="spend:a", spend_ttl=600, rpm=100)]
    tickets = [ticket(n, tokens=10, estimate=1.0) for n in range(3)]
    for t in tickets:
        assert (await state.admit(checks, t, 1000.0)).refused is None
    await state.settle_many([(checks, t, 5, 0.5) for t in tickets], 1001.0)
    assert float(await state.get("spend:a") or b"0") == pytest.approx(1.5)
    after = await state.admit(checks, ticket(9, tokens=0, estimate=8.5), 1002.0)
    assert after.refused is None and after.windows[0].tokens == 15  # 3 x 5, corrected


async def test_reservations_in_flight_add_up_and_a_stale_one_is_dropped_once(
    state: State,
) -> None:
    check = LimitCheck("key:a", budget=1.0, spend_key="spend:key:a:0", spend_ttl=5000)
    for n in range(3):
        assert (await state.admit([check], ticket(n, estimate=0.3), 1000.0)).refused is None
    full = await state.admit([check], ticket(3, estimate=0.3), 1000.0)
    assert full.reason == "budget" and full.reserved == pytest.approx(0.9)
    await state.settle([check], ticket(0, estimate=0.3), 0, 0.0, 1001.0)
    after = await state.admit([check], ticket(4, estimate=0.5), 1001.0)
    assert after.reason == "budget" and after.reserved == pytest.approx(0.6)
    later = 1000.0 + STALE + 1  # r1 and r2 were never settled: their replica died
    assert (await state.admit([check], ticket(5, estimate=0.9), later)).refused is None
    await state.settle([check], ticket(1, estimate=0.3), 0, 0.0, later)  # late: dropped already
    last = await state.admit([check], ticket(6, estimate=0.2), later)
    assert last.reason == "budget" and last.reserved == pytest.approx(0.9)
