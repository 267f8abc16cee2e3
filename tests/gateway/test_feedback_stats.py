"""`POST /v1/feedback` stores a quality signal beside its request; `rung stats` sums the log."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from rung.cli import main

pytestmark = pytest.mark.live

CONFIG = {
    "models": {"local": {"backend": "llamacpp", "n_ctx": 512}},
    "routes": {"a": {"model": "local"}, "b": {"model": "local"}},
}


def ask(url: str, route: str) -> str:
    body = {"model": route, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2}
    response = httpx.post(url + "/v1/chat/completions", json=body, timeout=60)
    assert response.status_code == 200
    return response.headers["x-request-id"]


def test_feedback_and_stats(serve: Any, tmp_path: Any) -> None:
    with serve(CONFIG) as gateway:
        first, second, third = ask(gateway.url, "a"), ask(gateway.url, "a"), ask(gateway.url, "b")

        def post(body: dict[str, Any]) -> httpx.Response:
            return httpx.post(gateway.url + "/v1/feedback", json=body)

        assert post({"request_id": first, "value": "up"}).json()["value"] == 1.0
        tests_passed = {"request_id": second, "value": False, "name": "tests_passed"}
        assert post(tests_passed).status_code == 200
        assert post({"request_id": "req_nope", "value": 1}).status_code == 404
        bad = post({"request_id": third, "value": "meh"})
        assert bad.status_code == 400 and bad.json()["error"]["param"] == "value"
        assert post({"value": 1}).json()["error"]["param"] == "request_id"
        rows = gateway.log_rows("feedback")
        assert sorted((r["request_id"], r["value"]) for r in rows) == sorted(
            [(first, 1.0), (second, 0.0)]
        )
        config = tmp_path / "c.yaml"
        config.write_text(json.dumps({**CONFIG, "log": {"path": str(gateway.log_path)}}))
        result = CliRunner().invoke(main, ["stats", "--config", str(config), "--json"])
        data = json.loads(result.output)
        assert data["routes"]["a"]["requests"] == 2 and data["routes"]["b"]["requests"] == 1
        assert data["routes"]["a"]["feedback_rate"] == 1.0
        assert data["routes"]["a"]["feedback_score"] == 0.5
        assert data["routes"]["b"]["feedback_score"] is None
        assert data["backends"]["local"]["calls"] == 3
        assert data["backends"]["local"]["completion_tokens"] <= 6
        table = CliRunner().invoke(main, ["stats", "--config", str(config)])
        assert "routes" in table.output and "local" in table.output


def test_prompts_are_logged_only_when_asked_and_never_on_private_routes(serve: Any) -> None:
    config = {
        "models": CONFIG["models"],
        "routes": {"a": {"model": "local"},
                   "private": {"model": "local", "privacy": {"policy": "local_only"}}},
        "log": {"prompts": True},
    }  # fmt: skip
    with serve(config) as gateway:
        plain, private = ask(gateway.url, "a"), ask(gateway.url, "private")
        rows = {r["id"]: r for r in gateway.log_rows(at_least=2)}
    assert rows[plain]["prompt"] == "Hi"
    assert rows[private]["prompt"] is None
