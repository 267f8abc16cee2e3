"""The circuit breaker: opens after N failures in a window, cools down, probes, closes."""

from __future__ import annotations

import pytest

from rung._errors import BackendError, UpstreamStatus
from rung.backends.mock import MockBackend
from rung.reliability import (
    BackendUnavailable,
    Breaker,
    BreakerPolicy,
    RetryPolicy,
    wrap,
)

from .helpers import Sleeps, request


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def breaker(clock: Clock, failures: int = 3) -> Breaker:
    return Breaker("up", BreakerPolicy(failures=failures, window=10, cooldown=30), clock)


def fail(b: Breaker, error: BaseException | None = None) -> None:
    b.before_call()
    b.after_failure(error or BackendError("refused"))


def test_opens_after_n_failures_then_half_opens_and_closes() -> None:
    clock = Clock()
    b = breaker(clock)
    fail(b)
    fail(b)
    assert b.state == "closed" and b.snapshot()["failures"] == 2
    fail(b)
    assert b.state == "open"
    with pytest.raises(BackendUnavailable) as info:
        b.before_call()
    assert info.value.status == 503 and 29 <= info.value.retry_after <= 30
    snapshot = b.snapshot()
    assert snapshot["state"] == "open" and snapshot["opens_until"] is not None
    clock.now += 31
    assert b.state == "half_open"
    b.before_call()  # the one probe
    with pytest.raises(BackendUnavailable):
        b.before_call()  # no second probe while the first is out
    b.after_success()
    assert b.state == "closed" and b.snapshot()["failures"] == 0


def test_a_failed_probe_opens_again() -> None:
    clock = Clock()
    b = breaker(clock, failures=1)
    fail(b)
    clock.now += 31
    fail(b)  # the probe
    assert b.state == "open"
    assert b.retry_after() == pytest.approx(30)


def test_failures_outside_the_window_do_not_count() -> None:
    clock = Clock()
    b = breaker(clock)
    fail(b)
    fail(b)
    clock.now += 11
    fail(b)
    assert b.state == "closed" and b.snapshot()["failures"] == 1


def test_client_errors_do_not_count() -> None:
    clock = Clock()
    b = breaker(clock, failures=1)
    fail(b, UpstreamStatus("bad request", status=400))
    assert b.state == "closed"
    fail(b, UpstreamStatus("boom", status=500))
    assert b.state == "open"


async def test_resilient_skips_an_open_backend_without_calling_it() -> None:
    clock = Clock()
    mock = MockBackend("up").enqueue(*[UpstreamStatus("boom", status=500) for _ in range(3)])
    backend = wrap(mock, RetryPolicy(5), breaker(clock), sleep=Sleeps())
    with pytest.raises(BackendUnavailable):  # the third failure opens it: no fourth attempt
        await backend.complete(request())
    assert len(mock.requests) == 3
    with pytest.raises(BackendUnavailable):
        await backend.complete(request())
    assert len(mock.requests) == 3
    clock.now += 31
    mock.enqueue("back again")
    assert (await backend.complete(request())).text == "back again"
    assert backend.breaker is not None and backend.breaker.state == "closed"


async def test_a_cancelled_probe_is_given_back() -> None:
    clock = Clock()
    b = breaker(clock, failures=1)
    fail(b)
    clock.now += 31
    b.before_call()
    b.release()
    b.before_call()  # a new probe may go


def test_breaker_states_for_health() -> None:
    from rung.reliability import breaker_states

    clock = Clock()
    b = breaker(clock, failures=1)
    fail(b)
    backends = {"up": wrap(MockBackend("up"), breaker=b), "plain": MockBackend("plain")}
    states = breaker_states(backends)
    assert list(states) == ["up"]
    assert states["up"]["state"] == "open" and states["up"]["last_error"] == "refused"


async def test_wrap_shares_one_breaker_per_backend_across_routes() -> None:
    from rung.patterns.fallback import Fallback
    from rung.types import Trace

    local = MockBackend("local").enqueue(*[UpstreamStatus("boom", status=500)] * 2)
    hosted = MockBackend("hosted").enqueue("a", "b")
    backends = {
        name: wrap(b, RetryPolicy(0), BreakerPolicy(2))
        for name, b in (("local", local), ("hosted", hosted))
    }
    assert all(wrap(b) is b for b in backends.values())  # wrapping twice changes nothing
    chat, code = (
        Fallback([backends["local"], backends["hosted"]]),
        Fallback(list(backends.values())),
    )
    await chat.complete(request(), Trace())
    await code.complete(request(), Trace())  # second failure, through another route: opens
    with pytest.raises(BackendUnavailable):
        await backends["local"].complete(request())
    assert len(local.requests) == 2
