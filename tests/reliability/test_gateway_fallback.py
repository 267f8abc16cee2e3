"""The fallback route through the whole gateway, with a failing upstream in front of a real
llama.cpp server: retries, fail-over, the breaker, stream errors, and one log row each."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.servers import ScriptedServer, error, sse

pytestmark = pytest.mark.live

CHAT = {"model": "chat", "messages": [{"role": "user", "content": "Say hi"}], "max_tokens": 4}


def config(bad: ScriptedServer, good_url: str) -> dict[str, Any]:
    return {
        "models": {
            "bad": {"backend": "openai", "base_url": bad.url, "model": "m",
                    "breaker": {"failures": 2, "cooldown": 60}},
            "good": {"backend": "openai", "base_url": good_url, "model": "smollm2",
                     "residency": "local"},
        },
        "routes": {
            "chat": {"pattern": "fallback", "models": ["bad", "good"], "num_retries": 1,
                     "backoff_base": 0.01},
        },
    }  # fmt: skip


def test_fails_over_then_skips_the_open_backend(serve: Any, llama_server: str) -> None:
    with (
        ScriptedServer(error("500 Internal Server Error", "boom")) as bad,
        serve(config(bad, llama_server)) as gateway,
    ):
        first = httpx.post(gateway.url + "/v1/chat/completions", json=CHAT, timeout=60)
        assert first.status_code == 200, first.text
        assert first.headers["x-rung-model"] == "good"
        assert first.json()["choices"][0]["message"]["content"]
        assert bad.connections == 2  # one try and one retry; two failures open the breaker
        second = httpx.post(
            gateway.url + "/v1/chat/completions", json={**CHAT, "stream": True}, timeout=60
        )
        assert second.status_code == 200 and "data: [DONE]" in second.text
        assert bad.connections == 2  # skipped while open
        logged = sorted(rows(gateway, 2), key=lambda r: r["time"])
        calls = rows(gateway, 4, "calls")
    assert [r["status"] for r in logged] == [200, 200]
    assert [r["answered_by"] for r in logged] == ["good", "good"]
    first_calls = sorted((c for c in calls if c["request_id"] == logged[0]["id"]), key=_seq)
    assert [(c["backend"], c["status"]) for c in first_calls] == [
        ("bad", "retried"), ("bad", "error"), ("good", "ok")
    ]  # fmt: skip
    second_calls = [c for c in calls if c["request_id"] == logged[1]["id"]]
    assert [c["backend"] for c in second_calls] == ["good"]
    decisions = json.loads(logged[1]["decisions"])
    assert decisions[0]["step"] == "fallback bad" and decisions[0]["outcome"] == "skipped"


def test_stream_broken_midway_ends_with_an_error_event(serve: Any, llama_server: str) -> None:
    with (
        ScriptedServer(sse(["Hel"], done=False)) as bad,
        serve(config(bad, llama_server)) as gateway,
    ):
        response = httpx.post(
            gateway.url + "/v1/chat/completions", json={**CHAT, "stream": True}, timeout=60
        )
        assert response.status_code == 200
        events = [e for e in response.text.split("\n\n") if e]
        assert '"Hel"' in events[0] and '"error"' in events[-1]
        assert "data: [DONE]" not in response.text
        [row] = rows(gateway, 1)
    assert row["status"] == 502 and row["answered_by"] == "bad"
    assert bad.connections == 1


def rows(gateway: Any, count: int, table: str = "requests") -> list[dict[str, Any]]:
    """The log's rows once `count` are there: a row is written just after its response ends."""
    return gateway.log_rows(table, at_least=count)  # type: ignore[no-any-return]


def _seq(call: dict[str, Any]) -> int:
    return int(call["seq"])


def test_hanging_model_times_out_and_the_stream_fails_over(serve: Any, llama_server: str) -> None:
    with ScriptedServer(None) as hang:
        spec = config(hang, llama_server)
        spec["routes"]["chat"].update(num_retries=0, timeout=0.5)
        with serve(spec) as gateway:
            response = httpx.post(
                gateway.url + "/v1/chat/completions", json={**CHAT, "stream": True}, timeout=60
            )
            assert response.status_code == 200 and "data: [DONE]" in response.text
            assert response.headers["x-rung-model"] == "good"
            [row] = rows(gateway, 1)
            calls = rows(gateway, 2, "calls")
    assert row["status"] == 200
    assert [(c["backend"], c["status"]) for c in sorted(calls, key=_seq)] == [
        ("bad", "error"), ("good", "ok")
    ]  # fmt: skip
    assert "within the route's 0.5 s" in calls[0]["error"]


def test_429_everywhere_is_passed_on_with_retry_after(serve: Any) -> None:
    slow_down = error("429 Too Many Requests", "slow down", "retry-after: 7\r\n")
    with ScriptedServer(slow_down) as one, ScriptedServer(slow_down) as two:
        spec = config(one, two.url)
        spec["routes"]["chat"].update(num_retries=0)
        with serve(spec) as gateway:
            response = httpx.post(gateway.url + "/v1/chat/completions", json=CHAT, timeout=60)
            logged = rows(gateway, 1)
    assert response.status_code == 429 and response.headers["retry-after"] == "7"
    assert "slow down" in response.json()["error"]["message"]
    assert len(logged) == 1 and logged[0]["status"] == 429
    assert one.connections == 1 and two.connections == 1
