"""Upstream failures become OpenAI errors with the right status, never a 500, and are logged.

The faulty upstreams here are tiny local servers made to misbehave (fault injection)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import free_port
from tests.servers import HANG, Held, ScriptedServer, error, http_answer, ok, sse

CHAT = {"model": "chat", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 4}


def gateway_for(serve: Any, port: int, **timeout: float) -> Any:
    model: dict[str, Any] = {
        "backend": "openai",
        "base_url": f"http://127.0.0.1:{port}/v1",
        "model": "m",
        "api_key": "env:RUNG_TEST_SECRET",
        "num_retries": 0,  # each failure mapped as it is (tests/reliability covers retries)
    }
    if timeout:
        model["timeout"] = timeout
    return serve({"models": {"up": model}, "routes": {"chat": {"model": "up"}}})


@pytest.fixture
def secret(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("RUNG_TEST_SECRET", "sk-very-secret-value")
    yield "sk-very-secret-value"


def check(gateway: Any, status: int, words: str, secret: str, stream: bool = False) -> None:
    response = httpx.post(gateway.url + "/v1/chat/completions", json={**CHAT, "stream": stream})
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert words in error["message"]
    assert secret not in response.text
    [row] = gateway.log_rows()
    assert row["status"] == status
    assert secret not in (row["error"] or "")
    [call] = gateway.log_rows("calls")
    assert call["status"] == "error" and call["backend"] == "up"


@pytest.mark.parametrize("stream", [False, True])
def test_connection_refused_is_502(serve: Any, secret: str, stream: bool) -> None:
    with gateway_for(serve, free_port()) as gateway:
        check(gateway, 502, "cannot reach the upstream", secret, stream)


@pytest.mark.parametrize("stream", [False, True])
def test_hanging_upstream_is_504(serve: Any, secret: str, stream: bool) -> None:
    with ScriptedServer(HANG) as upstream, gateway_for(serve, upstream.port, first_byte=0.5) as gw:
        check(gw, 504, "no answer within the timeout", secret, stream)


def test_an_answer_that_starts_but_outlasts_total_is_504(serve: Any, secret: str) -> None:
    """Headers in time, then half a body and silence shorter than first_byte: the whole
    answer's deadline (`total`) ends it, not the stall sweep."""
    whole = ok()
    half = Held(whole[: len(whole) - 20])
    with (
        ScriptedServer(half) as upstream,
        gateway_for(serve, upstream.port, first_byte=30, total=0.5) as gateway,
    ):
        check(gateway, 504, "the answer took too long", secret)


def test_garbage_answer_is_502(serve: Any, secret: str) -> None:
    garbage = http_answer("200 OK", b"<html>surprise</html>")
    with ScriptedServer(garbage) as upstream, gateway_for(serve, upstream.port) as gateway:
        check(gateway, 502, "not a chat completion", secret)


def test_upstream_500_is_502(serve: Any, secret: str) -> None:
    failing = error("500 Internal Server Error", "boom")
    with ScriptedServer(failing) as upstream, gateway_for(serve, upstream.port) as gateway:
        check(gateway, 502, "answered 500: boom", secret)


def test_upstream_429_passes_retry_after(serve: Any, secret: str) -> None:
    limited = error("429 Too Many Requests", "slow down", "retry-after: 7\r\n")
    with ScriptedServer(limited) as upstream, gateway_for(serve, upstream.port) as gateway:
        response = httpx.post(gateway.url + "/v1/chat/completions", json=CHAT)
        assert response.status_code == 429
        assert response.headers["retry-after"] == "7"


def test_stream_broken_midway_ends_with_error_event(serve: Any, secret: str) -> None:
    cut = sse(["Hel"], done=False)  # closes without [DONE]
    with ScriptedServer(cut) as upstream, gateway_for(serve, upstream.port) as gateway:
        response = httpx.post(gateway.url + "/v1/chat/completions", json={**CHAT, "stream": True})
        assert response.status_code == 200
        events = [e for e in response.text.split("\n\n") if e]
        assert '"Hel"' in events[0]
        assert '"error"' in events[-1] and "data: [DONE]" not in response.text
        [row] = gateway.log_rows()
        assert row["status"] == 502
