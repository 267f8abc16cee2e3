"""Retries: which errors are retried, the backoff and Retry-After, and the trace of attempts."""

from __future__ import annotations

import pytest

from rung._errors import BackendError, Overloaded, UpstreamStatus, UpstreamTimeout
from rung.backends.mock import MockBackend
from rung.backends.traced import traced_complete, traced_stream
from rung.reliability import BreakerPolicy, Resilient, RetryPolicy, backend_fault, wrap
from rung.types import Trace

from .helpers import BreaksMidway, Sleeps, request


def resilient(mock: MockBackend, sleeps: Sleeps, retries: int = 2, **policy: float) -> Resilient:
    return wrap(mock, RetryPolicy(retries, **policy), sleep=sleeps, rand=lambda: 0.5)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (BackendError("refused"), True),
        (UpstreamTimeout("slow"), True),
        (Overloaded("429", retry_after=2), True),
        (UpstreamStatus("boom", status=500), True),
        (UpstreamStatus("bad gateway", status=503), True),
        (UpstreamStatus("bad request", status=400), False),
        (UpstreamStatus("unauthorised", status=401), False),
        (ValueError("not a backend error"), False),
    ],
)
def test_what_is_retried(error: BaseException, expected: bool) -> None:
    assert backend_fault(error) is expected


async def test_retries_5xx_then_answers() -> None:
    mock = MockBackend("up").enqueue(UpstreamStatus("boom", status=500), "hello there")
    sleeps = Sleeps()
    completion = await resilient(mock, sleeps).complete(request())
    assert completion.text == "hello there"
    assert len(mock.requests) == 2
    assert sleeps.pauses == [0.5 * 0.5]  # full jitter: rand() x base x 2^0


async def test_backoff_grows_exponentially_and_is_capped() -> None:
    errors = [BackendError("refused") for _ in range(5)]
    mock = MockBackend("up").enqueue(*errors, "ok")
    sleeps = Sleeps()
    policy = RetryPolicy(5, backoff_base=1.0, backoff_max=5.0)
    backend = wrap(mock, policy, BreakerPolicy(failures=10), sleep=sleeps, rand=lambda: 1.0)
    assert (await backend.complete(request())).text == "ok"
    assert sleeps.pauses == [1.0, 2.0, 4.0, 5.0, 5.0]


async def test_jitter_draws_below_the_ceiling() -> None:
    mock = MockBackend("up").enqueue(*[BackendError("x") for _ in range(6)], "ok")
    sleeps = Sleeps()
    backend = wrap(mock, RetryPolicy(6, backoff_base=0.1), BreakerPolicy(10), sleep=sleeps)
    await backend.complete(request())
    ceilings = [0.1 * 2**i for i in range(6)]
    assert all(0 <= p <= c for p, c in zip(sleeps.pauses, ceilings, strict=True))
    assert len(set(sleeps.pauses)) > 1  # random, not a constant


async def test_429_waits_retry_after() -> None:
    mock = MockBackend("up").enqueue(
        Overloaded("slow down", retry_after=3), Overloaded("slow down", retry_after=7), "ok"
    )
    sleeps = Sleeps()
    assert (await resilient(mock, sleeps, retry_after_max=10).complete(request())).text == "ok"
    assert sleeps.pauses == [3, 7]


async def test_429_asking_for_too_long_a_wait_is_not_retried_early() -> None:
    mock = MockBackend("up").enqueue(Overloaded("busy", retry_after=120), "too early")
    sleeps = Sleeps()
    with pytest.raises(Overloaded) as info:
        await resilient(mock, sleeps, retry_after_max=10).complete(request())
    assert info.value.retry_after == 120 and sleeps.pauses == [] and len(mock.requests) == 1


async def test_client_errors_are_not_retried() -> None:
    mock = MockBackend("up").enqueue(UpstreamStatus("bad field", status=400), "never")
    with pytest.raises(UpstreamStatus):
        await resilient(mock, Sleeps()).complete(request())
    assert len(mock.requests) == 1


async def test_gives_up_after_num_retries() -> None:
    mock = MockBackend("up").enqueue(*[UpstreamStatus(f"boom {i}", status=502) for i in range(4)])
    sleeps = Sleeps()
    with pytest.raises(UpstreamStatus, match="boom 2"):
        await resilient(mock, sleeps, retries=2).complete(request())
    assert len(mock.requests) == 3 and len(sleeps.pauses) == 2


async def test_each_attempt_is_a_call_in_the_trace() -> None:
    mock = MockBackend("up").enqueue(BackendError("refused"), UpstreamTimeout("slow"), "ok")
    trace = Trace()
    await traced_complete(resilient(mock, Sleeps()), request(), trace)
    assert [c.status for c in trace.calls] == ["retried", "retried", "ok"]
    assert [c.error for c in trace.calls] == ["refused", "slow", None]
    assert trace.calls[-1].completion_tokens == 1
    assert [d.outcome for d in trace.decisions] == ["attempt 2", "attempt 3"]
    assert "refused" in trace.decisions[0].reason


async def test_route_policy_overrides_the_backend_policy() -> None:
    mock = MockBackend("up").enqueue(BackendError("a"), BackendError("b"), "ok")
    trace = Trace()
    with pytest.raises(BackendError, match="a"):
        await traced_complete(resilient(mock, Sleeps()), request(), trace, RetryPolicy(0))
    assert [c.status for c in trace.calls] == ["error"]


async def test_stream_retried_before_the_first_chunk() -> None:
    mock = MockBackend("up").enqueue(UpstreamStatus("boom", status=500), "one two")
    trace = Trace()
    chunks = [c async for c in traced_stream(resilient(mock, Sleeps()), request(), trace)]
    assert "".join(c.delta_text for c in chunks) == "one two "
    assert [c.status for c in trace.calls] == ["retried", "ok"]


async def test_stream_not_retried_after_the_first_chunk() -> None:
    broken = BreaksMidway("up", ["Hel", "lo"])
    received: list[str] = []
    with pytest.raises(BackendError, match="before \\[DONE\\]"):
        async for chunk in resilient(broken, Sleeps()).stream(request()):
            received.append(chunk.delta_text)
    assert received == ["Hel", "lo"]
    assert broken.calls == 1
