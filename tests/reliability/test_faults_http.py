"""Fault injection through the real `openai` backend against a misbehaving local upstream:
500, 429 with Retry-After, a hang, malformed JSON, and a stream that closes midway."""

from __future__ import annotations

import pytest

from rung._errors import BackendError, UpstreamTimeout
from rung.backends.openai import OpenAIBackend
from rung.config import OpenAIBackendConfig, Timeouts
from rung.patterns.fallback import Fallback
from rung.reliability import Breaker, BreakerPolicy, Resilient, RetryPolicy, wrap
from rung.types import Trace
from tests.servers import HANG, ScriptedServer, error, http_answer, ok, sse

from .helpers import Sleeps, request


def upstream(server: ScriptedServer, name: str = "up", first_byte: float = 5.0) -> OpenAIBackend:
    config = OpenAIBackendConfig(
        base_url=server.url, model="m", timeout=Timeouts(first_byte=first_byte, total=10)
    )
    return OpenAIBackend(name, config)


def resilient(backend: OpenAIBackend, retries: int = 2, **kw: object) -> Resilient:
    return wrap(backend, RetryPolicy(retries, backoff_base=0.01), **kw)  # type: ignore[arg-type]


async def test_500_is_retried() -> None:
    with ScriptedServer(error("500 Internal Server Error", "boom"), ok("recovered")) as server:
        backend = resilient(upstream(server))
        trace = Trace()
        from rung.backends.traced import traced_complete

        completion = await traced_complete(backend, request(), trace)
        await backend.close()
    assert completion.text == "recovered" and server.connections == 2
    assert [c.status for c in trace.calls] == ["retried", "ok"]
    assert "answered 500: boom" in (trace.calls[0].error or "")


async def test_429_retry_after_is_honoured() -> None:
    slow_down = error("429 Too Many Requests", "slow down", "retry-after: 1\r\n")
    sleeps = Sleeps()
    with ScriptedServer(slow_down, ok()) as server:
        backend = resilient(upstream(server), sleep=sleeps)
        completion = await backend.complete(request())
        await backend.close()
    assert completion.text == "fine" and server.connections == 2
    assert sleeps.pauses == [1.0]  # the upstream's Retry-After, not the 10 ms backoff


async def test_hang_times_out_and_is_retried() -> None:
    with ScriptedServer(HANG, ok("after the hang")) as server:
        backend = resilient(upstream(server, first_byte=0.3))
        completion = await backend.complete(request())
        await backend.close()
    assert completion.text == "after the hang" and server.connections == 2


async def test_hang_exhausts_retries_as_504() -> None:
    with ScriptedServer(HANG) as server:
        backend = resilient(upstream(server, first_byte=0.2), retries=1)
        with pytest.raises(UpstreamTimeout):
            await backend.complete(request())
        await backend.close()
    assert server.connections == 2


async def test_malformed_json_falls_over_to_the_next_backend() -> None:
    garbage = http_answer("200 OK", b'{"choices": [ not json')
    with ScriptedServer(garbage) as bad, ScriptedServer(ok("from the second")) as good:
        first, second = resilient(upstream(bad, "bad"), 1), resilient(upstream(good, "good"))
        trace = Trace()
        completion = await Fallback([first, second]).complete(request(), trace)
        await first.close()
        await second.close()
    assert completion.text == "from the second" and bad.connections == 2
    assert [(c.backend, c.status) for c in trace.calls] == [
        ("bad", "retried"), ("bad", "error"), ("good", "ok")
    ]  # fmt: skip
    assert "not a chat completion" in (trace.calls[1].error or "")


async def test_stream_closing_midway_is_not_retried_nor_failed_over() -> None:
    with ScriptedServer(sse(["Hel", "lo"], done=False)) as bad, ScriptedServer(ok()) as good:
        first, second = resilient(upstream(bad, "bad")), resilient(upstream(good, "good"))
        trace = Trace()
        received: list[str] = []
        with pytest.raises(BackendError, match="before \\[DONE\\]"):
            async for chunk in Fallback([first, second]).stream(request(stream=True), trace):
                received.append(chunk.delta_text)
        await first.close()
        await second.close()
    assert received == ["Hel", "lo"]
    assert bad.connections == 1 and good.connections == 0


async def test_stream_500_before_first_chunk_fails_over() -> None:
    with (
        ScriptedServer(error("502 Bad Gateway", "down")) as bad,
        ScriptedServer(sse(["All ", "good"])) as good,
    ):
        first, second = resilient(upstream(bad, "bad"), 0), resilient(upstream(good, "good"))
        trace = Trace()
        chunks = [c async for c in Fallback([first, second]).stream(request(), trace)]
        await first.close()
        await second.close()
    assert "".join(c.delta_text for c in chunks) == "All good"
    assert trace.answered_by == "good"


async def test_breaker_opens_on_a_failing_upstream_and_probes_after_cooldown() -> None:
    now = [0.0]
    breaker = Breaker("bad", BreakerPolicy(failures=2, window=60, cooldown=5), lambda: now[0])
    with (
        ScriptedServer(
            error("500 Internal Server Error", "boom"), error("503 x", "boom"), ok()
        ) as bad,
        ScriptedServer(ok("hosted")) as good,
    ):
        first = resilient(upstream(bad, "bad"), 1, breaker=breaker, sleep=Sleeps())
        second = resilient(upstream(good, "good"))
        pattern = Fallback([first, second])
        for _ in range(3):
            assert (await pattern.complete(request(), Trace())).text == "hosted"
        assert bad.connections == 2 and breaker.state == "open"
        now[0] += 6
        assert breaker.state == "half_open"
        assert (await pattern.complete(request(), Trace())).text == "fine"  # the probe
        assert breaker.state == "closed" and bad.connections == 3
        await first.close()
        await second.close()
