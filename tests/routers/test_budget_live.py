"""A learned route with a budget per 1,000 requests, served by the gateway in front of a real
llama.cpp OpenAI-compatible server: each answered request is priced from its real tokens and
the route's budget learns what each tier costs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.live


def test_priced_requests_teach_the_budget(serve: Any, llama_server: str, tmp_path: Path) -> None:
    upstream = {"backend": "openai", "base_url": llama_server, "model": "smollm2"}
    config = {
        "models": {"cheap": upstream, "dear": upstream},
        "prices": {
            "models": {
                "cheap": {"input": 0.1, "output": 0.2},
                "dear": {"input": 10.0, "output": 30.0},
            }
        },
        "routes": {
            "r": {
                "pattern": "learned",
                "router": "random",
                "weak": "cheap",
                "strong": "dear",
                "budget_per_1000": 0.2,
                "share_warmup": 0,
                "share_window": 50,
                "share_state": str(tmp_path / "share.json"),
            }
        },
    }
    body = {"model": "r", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 3}
    with serve(config) as gateway:
        tracker = gateway.app.gateway.routes["r"].tracker
        answered = []
        with httpx.Client(base_url=gateway.url, timeout=60) as client:
            for _ in range(12):
                response = client.post("/v1/chat/completions", json=body)
                assert response.status_code == 200
                answered.append(response.headers["x-rung-model"])
            assert gateway.app.gateway.log.flush()  # priced on the log's thread
            budget = tracker.budget
            for tier in ("cheap", "dear"):
                seen = list(budget.costs[tier == "dear"])
                assert len(seen) == answered.count(tier)  # each priced once
                assert all(cost > 0 for cost in seen)
            if answered.count("dear") and answered.count("cheap"):
                assert budget.mean(True) > 20 * budget.mean(False)  # the prices' ratio
                assert tracker.target == pytest.approx(budget.share())
            last = client.post("/v1/chat/completions", json=body)
        assert last.status_code == 200
        [row] = gateway.log_rows(where=lambda r: r["id"] == last.headers["x-request-id"])
        assert "budget $0.2 per 1,000 requests, recent spend $" in row["decisions"]
