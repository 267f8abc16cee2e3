"""Faults are classified where a backend raises them: a client's bad request (400) and a bug in
rung (500) are answered to that client only; neither is retried nor counts toward a breaker,
so one client's malformed requests never take a backend away from the others."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from rung._errors import BackendBug, BackendRejected, UpstreamStatus
from rung.backends.mock import MockBackend
from rung.patterns.fallback import Fallback
from rung.reliability import BreakerPolicy, RetryPolicy, backend_fault, wrap
from rung.types import Trace

from .helpers import Sleeps, request


@pytest.mark.parametrize(
    ("error", "fault"),
    [
        (BackendRejected("bad message shape"), False),
        (BackendBug("TypeError inside the model's code"), False),
        (UpstreamStatus("bad request", status=400), False),
        (UpstreamStatus("boom", status=500), True),
    ],
)
def test_only_the_backends_own_faults_count(error: Exception, fault: bool) -> None:
    assert backend_fault(error) is fault


@pytest.mark.parametrize("error", [BackendRejected("no content"), BackendBug("TypeError")])
async def test_twenty_bad_requests_leave_the_breaker_closed(error: Exception) -> None:
    local = MockBackend("local").enqueue(*[error] * 20, "hello, second client")
    hosted = MockBackend("hosted")
    backend = wrap(local, RetryPolicy(2), BreakerPolicy(failures=2), sleep=Sleeps())
    route = Fallback([backend, wrap(hosted)])
    for _ in range(20):
        with pytest.raises(type(error)):  # raised to this client, not passed to the next model
            await route.complete(request("malformed"), Trace())
    assert len(local.requests) == 20 and hosted.requests == []  # no retries, no fail-over
    assert backend.breaker.state == "closed"
    trace = Trace()
    assert (await route.complete(request("valid"), trace)).text == "hello, second client"
    assert trace.answered_by == "local"


def test_breaker_open_and_close_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    from rung.reliability import Breaker

    now = [0.0]
    breaker = Breaker("hosted", BreakerPolicy(failures=1, cooldown=5), clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="rung"):
        breaker.before_call()
        breaker.after_failure(UpstreamStatus("boom", status=500))
        now[0] = 6.0
        breaker.before_call()
        breaker.after_success()
    lines = [r.getMessage() for r in caplog.records if r.name == "rung"]
    assert any("breaker hosted opened" in line for line in lines), lines
    assert any("breaker hosted closed" in line for line in lines), lines


LOCAL = {
    "models": {"local": {"backend": "llamacpp", "n_ctx": 512, "breaker": {"failures": 2}}},
    "routes": {"chat": {"pattern": "fixed", "model": "local"}},
}
# What SDKs send in a tool round trip with a message missing `content`: the local model's
# chat template cannot render it.
MALFORMED = {
    "model": "chat",
    "max_tokens": 4,
    "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant"},
                 {"role": "user", "content": "And?"}],
}  # fmt: skip
VALID = {"model": "chat", "max_tokens": 4, "messages": [{"role": "user", "content": "Hi"}]}


@pytest.mark.live
def test_a_malformed_request_on_the_local_model_harms_no_other_client(serve: Any) -> None:
    with serve(LOCAL) as gateway:
        url = gateway.url + "/v1/chat/completions"
        statuses = [httpx.post(url, json=MALFORMED, timeout=60).status_code for _ in range(20)]
        health = httpx.get(gateway.url + "/health", timeout=10).json()
        second = httpx.post(url, json=VALID, timeout=60)
    assert not {502, 503} & set(statuses), statuses  # never blamed on the model
    assert health["status"] == "ok" and health["backends"]["local"]["breaker"]["state"] == "closed"
    assert second.status_code == 200, second.text
