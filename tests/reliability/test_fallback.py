"""The fallback pattern with MockBackends: order, retries, breakers, context windows, streams."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from rung._errors import BackendError, RequestError, UpstreamStatus
from rung.backends.base import Capabilities
from rung.backends.mock import MockBackend
from rung.configure import parse
from rung.patterns import REGISTRY
from rung.patterns.fallback import Fallback, FallbackRoute, build, context_error
from rung.reliability import BreakerPolicy, RetryPolicy, wrap
from rung.types import ChatRequest, Chunk, Completion, Trace

from .helpers import BreaksMidway, Sleeps, request


def chain(*mocks: MockBackend, retries: int = 1, breakers: bool = False) -> Fallback:
    policy = BreakerPolicy(2) if breakers else BreakerPolicy(100)  # 100: never opens here
    wrapped = [wrap(m, RetryPolicy(retries), policy, sleep=Sleeps()) for m in mocks]
    return Fallback(wrapped)


async def test_first_model_answers() -> None:
    local, hosted = MockBackend("local").enqueue("small answer"), MockBackend("hosted")
    trace = Trace()
    completion = await chain(local, hosted).complete(request(), trace)
    assert completion.text == "small answer" and trace.answered_by == "local"
    assert hosted.requests == [] and trace.escalated is False


async def test_retries_then_falls_over_to_the_next() -> None:
    local = MockBackend("local").enqueue(*[UpstreamStatus("boom", status=500)] * 2)
    hosted = MockBackend("hosted").enqueue("big answer")
    trace = Trace()
    completion = await chain(local, hosted, retries=1).complete(request(), trace)
    assert completion.text == "big answer" and trace.answered_by == "hosted"
    assert [(c.backend, c.status) for c in trace.calls] == [
        ("local", "retried"), ("local", "error"), ("hosted", "ok")
    ]  # fmt: skip
    moved = [d for d in trace.decisions if d.step == "fallback local"]
    assert moved[0].outcome == "failed" and "boom" in moved[0].reason
    assert trace.escalated is True


async def test_client_error_is_not_passed_on() -> None:
    local = MockBackend("local").enqueue(UpstreamStatus("'messages' is required", status=400))
    hosted = MockBackend("hosted").enqueue("never")
    with pytest.raises(UpstreamStatus):
        await chain(local, hosted).complete(request(), Trace())
    assert hosted.requests == []


async def test_all_fail_raises_the_last_error() -> None:
    local = MockBackend("local").enqueue(BackendError("refused"))
    hosted = MockBackend("hosted").enqueue(UpstreamStatus("hosted down", status=503))
    trace = Trace()
    with pytest.raises(UpstreamStatus, match="hosted down"):
        await chain(local, hosted, retries=0).complete(request(), trace)
    assert trace.decisions[-1].outcome == "exhausted"


async def test_open_breaker_is_skipped_without_a_call() -> None:
    local = MockBackend("local").enqueue(*[BackendError("refused")] * 2)
    hosted = MockBackend("hosted").enqueue("one", "two")
    pattern = chain(local, hosted, retries=1, breakers=True)
    await pattern.complete(request(), Trace())  # two failures open local's breaker
    trace = Trace()
    assert (await pattern.complete(request(), trace)).text == "two"
    assert len(local.requests) == 2
    assert [c.backend for c in trace.calls] == ["hosted"]
    skipped = trace.decisions[0]
    assert skipped.step == "fallback local" and skipped.outcome == "skipped"
    assert "circuit open" in skipped.reason
    assert (skipped.kind, skipped.code, skipped.subject) == ("fallback", "circuit_open", "local")


async def test_prompt_too_long_goes_to_a_model_that_fits() -> None:
    small = MockBackend("local", Capabilities(context_window=64))
    small.count_tokens = lambda text: len(text.split())  # type: ignore[attr-defined]
    big = MockBackend("hosted", Capabilities(context_window=100_000)).enqueue("read it all")
    trace = Trace()
    long_prompt = "word " * 200
    completion = await chain(small, big).complete(request(long_prompt), trace)
    assert completion.text == "read it all" and small.requests == []
    assert trace.decisions[0].outcome == "skipped"
    assert "needs 204 tokens" in trace.decisions[0].reason  # exact count: 200 words + 4


async def test_a_short_prompt_stays_local() -> None:
    small = MockBackend("local", Capabilities(context_window=64)).enqueue("short")
    small.count_tokens = lambda text: len(text.split())  # type: ignore[attr-defined]
    trace = Trace()
    assert (await chain(small, MockBackend("hosted")).complete(request(), trace)).text == "short"


async def test_max_tokens_counts_against_the_window() -> None:
    small = MockBackend("local", Capabilities(context_window=64))
    small.count_tokens = lambda text: len(text.split())  # type: ignore[attr-defined]
    big = MockBackend("hosted").enqueue("long answer")
    trace = Trace()
    await chain(small, big).complete(request("hi", max_tokens=100), trace)
    assert small.requests == [] and trace.answered_by == "hosted"


async def test_context_length_400_moves_on() -> None:
    message = "This model's maximum context length is 8192 tokens. However, you requested 9000"
    local = MockBackend("local").enqueue(UpstreamStatus(message, status=400))
    hosted = MockBackend("hosted").enqueue("fits here")
    trace = Trace()
    assert (await chain(local, hosted).complete(request(), trace)).text == "fits here"
    assert len(local.requests) == 1  # a 400 is not retried
    assert trace.decisions[0].outcome == "context too long"


def test_context_errors_are_recognised() -> None:
    local = RequestError("Requested tokens (5000) exceed context window of 4096")
    local.code = "context_length_exceeded"
    assert context_error(local)
    assert context_error(UpstreamStatus("prompt is too long: 210000 tokens", status=400))
    assert not context_error(UpstreamStatus("'messages' is required", status=400))
    assert not context_error(UpstreamStatus("context length exceeded", status=500))


async def test_nothing_fits_is_a_400() -> None:
    small = MockBackend("local", Capabilities(context_window=8))
    small.count_tokens = lambda text: len(text.split())  # type: ignore[attr-defined]
    with pytest.raises(RequestError) as info:
        await chain(small).complete(request("word " * 50), Trace())
    assert info.value.code == "context_length_exceeded" and info.value.status == 400


async def test_stream_fails_over_before_the_first_chunk() -> None:
    local = MockBackend("local").enqueue(UpstreamStatus("boom", status=500))
    hosted = MockBackend("hosted").enqueue("streamed answer")
    trace = Trace()
    chunks = [c async for c in chain(local, hosted, retries=0).stream(request(), trace)]
    assert "".join(c.delta_text for c in chunks) == "streamed answer "
    assert trace.answered_by == "hosted"
    assert [(c.backend, c.status) for c in trace.calls] == [("local", "error"), ("hosted", "ok")]


async def test_stream_error_after_the_first_chunk_propagates() -> None:
    local = BreaksMidway("local", ["Hel"])
    hosted = MockBackend("hosted").enqueue("never")
    trace = Trace()
    received: list[str] = []
    with pytest.raises(BackendError, match="before \\[DONE\\]"):
        async for chunk in chain(local, hosted).stream(request(), trace):
            received.append(chunk.delta_text)
    assert received == ["Hel"] and hosted.requests == [] and local.calls == 1
    assert trace.answered_by == "local" and trace.calls[-1].status == "error"


def test_config_and_builder() -> None:
    config = parse(
        {
            "models": {"a": {"backend": "openai", "base_url": "http://x/v1", "model": "m"},
                       "b": {"backend": "llamacpp"}},
            "routes": {"chat": {"pattern": "fallback", "models": ["a", "b"], "num_retries": 3}},
        },
        "<test>",
    )  # fmt: skip
    route = config.routes["chat"]
    assert isinstance(route, FallbackRoute) and "fallback" in REGISTRY
    pattern = build(route, {"a": MockBackend("a"), "b": MockBackend("b")})
    assert isinstance(pattern, Fallback)
    assert [b.name for b in pattern.backends()] == ["a", "b"]
    assert pattern.policy == RetryPolicy(3)


def test_config_names_a_missing_model() -> None:
    from rung._errors import ConfigError

    with pytest.raises(ConfigError, match=r"routes\.chat\.models\.1: model 'nope'"):
        parse(
            {"models": {"a": {"backend": "llamacpp"}},
             "routes": {"chat": {"pattern": "fallback", "models": ["a", "nope"]}}},
            "<test>",
        )  # fmt: skip


class Slow(MockBackend):
    """Takes `seconds` before answering (or before its first chunk)."""

    def __init__(self, name: str, seconds: float) -> None:
        super().__init__(name)
        self.seconds = seconds

    async def complete(self, request: ChatRequest) -> Completion:
        await asyncio.sleep(self.seconds)
        return await super().complete(request)

    async def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]:
        await asyncio.sleep(self.seconds)
        async for chunk in super().stream(request):
            yield chunk


@pytest.mark.parametrize("stream", [False, True])
async def test_route_timeout_moves_on(stream: bool) -> None:
    slow = Slow("local", 30).enqueue("too late", "too late")
    hosted = MockBackend("hosted").enqueue("in time")
    pattern = Fallback([wrap(slow, sleep=Sleeps()), wrap(hosted)], RetryPolicy(1, timeout=0.05))
    trace = Trace()
    if stream:
        text = "".join([c.delta_text async for c in pattern.stream(request(), trace)])
    else:
        text = (await pattern.complete(request(), trace)).text
    assert text.strip() == "in time"
    assert [(c.backend, c.status) for c in trace.calls][:2] == [
        ("local", "retried"), ("local", "error")
    ]  # fmt: skip
    assert "within the route's 0.05 s" in (trace.calls[1].error or "")
