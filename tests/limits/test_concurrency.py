"""The overshoot bound under concurrency: 50 requests at once against a budget of 10 requests'
cost. `admit` reserves each request's estimated cost, so the period's spend is at most
budget + sum(cost - estimate) over the requests in flight (see rung.limits)."""

from __future__ import annotations

import asyncio
import threading

import pytest

from rung._errors import BudgetExceeded
from rung.keys.principal import Quota
from rung.limits import Admission, Limits, key_subject, team_subject

from .helpers import FakeClock, principal

COST = 0.1  # one request's real cost; not exact in binary floating point, on purpose
BUDGET = 10 * COST
N = 50


def run_in_flight(limits: Limits, estimate: float) -> list[Admission]:
    """N threads admit at once; all settle (at the real COST) only after every admit is done,
    so every admitted request is in flight together: the worst case."""
    who = principal(team="search", team_quota=Quota(budget=BUDGET))
    start, admitted_all = threading.Barrier(N), threading.Barrier(N)
    admitted: list[Admission] = []

    def one() -> None:
        start.wait()
        try:
            admission: Admission | None = limits.admit(who, "chat", 0, cost_estimate=estimate)
        except BudgetExceeded:
            admission = None
        admitted_all.wait()
        if admission is not None:
            admitted.append(admission)
            limits.settle(admission, 10, COST)

    threads = [threading.Thread(target=one) for _ in range(N)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return admitted


@pytest.mark.parametrize(
    ("estimate", "bound"),
    [
        (COST, 10),  # estimate = cost: never over the budget
        (2 * COST, 5),  # estimate above cost: fewer admitted, under the budget
        (COST / 2, 20),  # estimate half the cost: 20 admitted, overshoot 20 x COST/2 = budget
    ],
)
def test_concurrent_admits_overshoot_by_exactly_the_stated_bound(
    estimate: float, bound: int
) -> None:
    limits = Limits(FakeClock())
    admitted = run_in_flight(limits, estimate)
    assert len(admitted) == bound
    spend = limits.spend(team_subject("search"))
    assert spend == pytest.approx(bound * COST)
    overshoot = sum(max(0.0, COST - estimate) for _ in admitted)
    assert spend <= BUDGET + overshoot + 1e-9


def test_without_an_estimate_every_request_in_flight_is_admitted_and_none_after() -> None:
    limits = Limits(FakeClock())
    admitted = run_in_flight(limits, 0.0)
    assert len(admitted) == N  # nothing was spent yet when they were admitted
    assert limits.spend(team_subject("search")) == pytest.approx(N * COST)  # budget + 40 x COST
    with pytest.raises(BudgetExceeded):
        limits.admit(principal(team="search", team_quota=Quota(budget=BUDGET)), "chat", 0)


def test_interleaved_admit_and_settle_admits_exactly_the_budget() -> None:
    """Each thread admits and settles at once, racing the others: whatever the interleaving,
    exactly 10 requests' cost is admitted."""
    limits = Limits(FakeClock())
    who = principal(key_quota=Quota(budget=BUDGET, rpm=1000, tpm=10**6))
    start = threading.Barrier(N)
    results: list[bool] = []

    def one() -> None:
        start.wait()
        for _ in range(4):
            try:
                admission = limits.admit(who, "chat", 7, cost_estimate=COST)
            except BudgetExceeded:
                results.append(False)
                continue
            results.append(True)
            limits.settle(admission, 3, COST)

    threads = [threading.Thread(target=one) for _ in range(N)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 10 and len(results) == 4 * N
    assert limits.spend(key_subject("k1")) == pytest.approx(BUDGET)


async def test_asyncio_tasks_with_settle_from_a_thread() -> None:
    """admit on the event loop, settle on another thread (as the log writer does)."""
    limits = Limits(FakeClock())
    who = principal(key_quota=Quota(budget=BUDGET))

    async def one() -> Admission | None:
        try:
            admission = limits.admit(who, "chat", 0, cost_estimate=COST)
        except BudgetExceeded:
            return None
        await asyncio.sleep(0)  # in flight while the others are admitted
        return admission

    admissions = await asyncio.gather(*(one() for _ in range(N)))
    admitted = [a for a in admissions if a is not None]
    assert len(admitted) == 10
    settler = threading.Thread(target=lambda: [limits.settle(a, 1, COST) for a in admitted])
    settler.start()
    await asyncio.to_thread(settler.join)
    assert limits.spend(key_subject("k1")) == pytest.approx(BUDGET)
