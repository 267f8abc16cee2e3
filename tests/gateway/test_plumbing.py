"""Caching, cost, metrics and breaker state, wired through the whole gateway (a real
llama.cpp server upstream, the embedded model in-process)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.live

PRICE = {"input": 3.0, "output": 15.0}  # USD per million tokens, set for the test's model
LOCAL = {"hardware_per_hour": 3.6, "watts": 0, "electricity_per_kwh": 0}  # 0.001 USD/s


@pytest.fixture(scope="module")
def gateway(llama_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tests.conftest import Served

    config = {
        "models": {
            "hosted": {"backend": "openai", "base_url": llama_server, "model": "smollm2",
                       "residency": "eu"},
            "local": {"backend": "llamacpp", "n_ctx": 512},
        },
        "routes": {
            "cached": {"model": "hosted", "cache": {"exact": True, "semantic": True,
                                                    "threshold": 0.85}},
            "hosted": {"model": "hosted"},
            "local": {"model": "local"},
        },
        "prices": {"models": {"smollm2": PRICE}, "local": LOCAL},
    }  # fmt: skip
    with Served(config, tmp_path_factory.mktemp("plumbing") / "log.db") as served:
        yield served


def ask(gateway: Any, route: str, text: str, **headers: str) -> httpx.Response:
    body = {"model": route, "messages": [{"role": "user", "content": text}],
            "max_tokens": 8, "temperature": 0}  # fmt: skip
    response = httpx.post(gateway.url + "/v1/chat/completions", json=body, headers=headers,
                          timeout=60)  # fmt: skip
    assert response.status_code == 200, response.text
    return response


def test_exact_and_semantic_cache_hits(gateway: Any) -> None:
    first = ask(gateway, "cached", "What is the capital of France?")
    assert first.headers["x-rung-cache"].startswith("miss")
    again = ask(gateway, "cached", "What is the capital of France?")
    assert again.headers["x-rung-cache"] == "hit" and again.headers["x-rung-model"] == "cache"
    assert again.json()["choices"] == first.json()["choices"]
    similar = ask(gateway, "cached", "Which city is the capital of France?")
    kind, similarity = similar.headers["x-rung-cache"].split("; similarity=")
    assert kind == "semantic" and 0.85 <= float(similarity) < 1
    other = ask(gateway, "cached", "How many legs does a spider have?")
    assert other.headers["x-rung-cache"].startswith("miss")
    fresh = ask(
        gateway, "cached", "What is the capital of France?", **{"cache-control": "no-cache"}
    )
    assert fresh.headers["x-rung-cache"] == "bypass" and fresh.headers["x-rung-model"] == "hosted"


def test_stored_cost_is_tokens_times_price_and_local_busy_time(gateway: Any) -> None:
    hosted = ask(gateway, "hosted", "Say one word.").headers["x-request-id"]
    local = ask(gateway, "local", "Say one word.").headers["x-request-id"]
    calls = {c["request_id"]: c for c in gateway.log_rows("calls", at_least=2)}
    call = calls[hosted]
    expected = (call["prompt_tokens"] * PRICE["input"]
                + call["completion_tokens"] * PRICE["output"]) / 1e6  # fmt: skip
    assert call["prompt_tokens"] > 0 and call["cost"] == pytest.approx(expected)
    call = calls[local]
    assert call["cost"] == pytest.approx(call["latency_ms"] / 1000 * 0.001)
    requests = {r["id"]: r for r in gateway.log_rows()}
    assert requests[hosted]["cost"] == pytest.approx(calls[hosted]["cost"])


def test_metrics_and_health(gateway: Any) -> None:
    ask(gateway, "local", "Hi")
    gateway.log_rows()  # the metrics are updated on the log's thread
    text = httpx.get(gateway.url + "/metrics").text
    assert 'rung_requests_total{route="local",backend="local",status="200"}' in text
    assert "rung_time_to_first_token_seconds_bucket" in text
    assert 'rung_breaker_state{backend="hosted",state="closed"} 1' in text
    health = httpx.get(gateway.url + "/health").json()
    assert health["backends"]["hosted"]["breaker"]["state"] == "closed"
