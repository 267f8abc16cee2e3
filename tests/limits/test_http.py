"""Rate limits and budgets over real HTTP with the openai SDK: a gateway served by uvicorn,
virtual keys from rung.keys (skipped where authentication is not there), a recording
OpenAI-compatible upstream, and the real `Limits` (real clock: the window is a minute, the
test takes a few seconds)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import openai
import pytest

from rung.limits import key_subject, team_subject
from tests.privacy_gateway.capture import CaptureUpstream
from tests.waiting import poll

store = pytest.importorskip("rung.keys.store", reason="needs rung.keys authentication")


@pytest.fixture(scope="module")
def upstream() -> Iterator[CaptureUpstream]:
    with CaptureUpstream() as capture:
        yield capture


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("limits") / "log.db"
    keys = store.KeyStore(path)
    keys.create_team("broke", budget="0/day")
    made = {
        "rpm": keys.create_key(store.KeySpec(name="rpm2", rpm=2, tpm=100_000)),
        "broke": keys.create_key(store.KeySpec(name="member", team="broke")),
        "tiny": keys.create_key(store.KeySpec(name="tiny", budget="0.015/month")),  # one request
    }
    keys.close()
    return path, {name: {"id": row["id"], "key": secret} for name, (row, secret) in made.items()}


def config(upstream: CaptureUpstream) -> dict[str, Any]:
    return {
        "models": {"hosted": {"backend": "openai", "base_url": upstream.url, "model": "m",
                              "num_retries": 0}},
        "routes": {"chat": {"model": "hosted"}},
        "prices": {"models": {"hosted": {"input": 1000.0, "output": 1000.0}}},
    }  # fmt: skip


@pytest.fixture(scope="module")
def gateway(upstream: CaptureUpstream, keys: Any) -> Iterator[Any]:
    from tests.conftest import Served

    with Served(config(upstream), keys[0]) as served:
        yield served


def ask(gateway: Any, key: str) -> Any:
    client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=key, max_retries=0)
    messages: Any = [{"role": "user", "content": "hello"}]
    return client.chat.completions.with_raw_response.create(
        model="chat", messages=messages, max_tokens=4
    )


def test_over_the_rate_is_429_with_retry_after_and_openai_headers(
    gateway: Any, keys: Any, upstream: CaptureUpstream
) -> None:
    key = keys[1]["rpm"]["key"]
    sent = len(upstream.requests)
    first, second = ask(gateway, key), ask(gateway, key)
    assert first.headers["x-ratelimit-limit-requests"] == "2"
    assert first.headers["x-ratelimit-remaining-requests"] == "1"
    assert second.headers["x-ratelimit-remaining-requests"] == "0"
    assert first.headers["x-ratelimit-limit-tokens"] == "100000"
    assert int(second.headers["x-ratelimit-remaining-tokens"]) < 100_000
    assert second.headers["x-ratelimit-reset-requests"].endswith("s")
    with pytest.raises(openai.RateLimitError) as caught:
        ask(gateway, key)
    error = caught.value
    assert error.code == "rate_limit_exceeded"
    assert "key 'rpm2' is over its limit of 2 requests per minute" in error.message
    assert 1 <= int(error.response.headers["retry-after"]) <= 60
    assert error.response.headers["x-ratelimit-remaining-requests"] == "0"
    assert key not in error.message
    assert len(upstream.requests) == sent + 2  # the refused request was never sent upstream
    health = httpx.get(gateway.url + "/health").json()  # a client's limit is no backend fault
    assert health["backends"]["hosted"]["breaker"]["state"] == "closed"


def test_a_spent_team_budget_is_429_budget_exceeded_with_the_reset_time(
    gateway: Any, keys: Any, upstream: CaptureUpstream
) -> None:
    sent = len(upstream.requests)
    with pytest.raises(openai.RateLimitError) as caught:
        ask(gateway, keys[1]["broke"]["key"])
    error = caught.value
    assert error.code == "budget_exceeded"
    midnight = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    reset = (midnight + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert "team 'broke' has spent its budget for this day" in error.message
    assert f"resets at {reset}" in error.message
    assert 1 <= int(error.response.headers["retry-after"]) <= 86_400
    assert len(upstream.requests) == sent


def test_spend_settles_after_pricing_and_then_the_budget_refuses(gateway: Any, keys: Any) -> None:
    tiny = keys[1]["tiny"]
    limits = gateway.app.gateway.limits
    assert ask(gateway, tiny["key"]).parse().choices  # nothing spent yet: admitted
    spent = poll(lambda: limits.spend(key_subject(tiny["id"])), lambda s: s > 0)
    assert spent > 0.000001  # priced at 1000 USD per million tokens
    with pytest.raises(openai.RateLimitError) as caught:
        ask(gateway, tiny["key"])
    assert caught.value.code == "budget_exceeded"
    assert limits.spend(team_subject("broke")) == 0.0


def test_a_restarted_gateway_reseeds_spend_from_the_log(
    gateway: Any, keys: Any, upstream: CaptureUpstream
) -> None:
    from tests.conftest import Served

    tiny = keys[1]["tiny"]
    if gateway.app.gateway.limits.spend(key_subject(tiny["id"])) == 0:
        ask(gateway, tiny["key"])  # run alone: spend something first
    assert gateway.log_rows(where=lambda r: r.get("key_id") == tiny["id"] and r["cost"] > 0)
    with Served(config(upstream), keys[0]) as restarted:  # the same log, a fresh process state
        spent = restarted.app.gateway.limits.spend(key_subject(tiny["id"]))
        assert spent > 0.000001
        with pytest.raises(openai.RateLimitError) as caught:
            ask(restarted, tiny["key"])
        assert caught.value.code == "budget_exceeded"
