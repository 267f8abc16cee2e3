"""Through the gateway in-process: `/health` says "degraded" while a breaker is open, and
route names a client invents are logged and counted under one label."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx

from rung._errors import UpstreamStatus
from rung.configure import parse
from rung.gateway import create_app

CONFIG = {
    "models": {"hosted": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m",
                          "breaker": {"failures": 1, "cooldown": 60}}},
    "routes": {"chat": {"pattern": "fixed", "model": "hosted"}},
}  # fmt: skip


def client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://localhost")


async def test_health_is_degraded_while_a_breaker_is_open(tmp_path: Path) -> None:
    app = create_app(parse({**CONFIG, "log": {"enabled": False}}, "<test>"))
    async with client(app) as http:
        before = (await http.get("/health")).json()
        breaker = app.gateway.backends["hosted"].breaker  # type: ignore[attr-defined]
        breaker.before_call()
        breaker.after_failure(UpstreamStatus("boom", status=500))
        during = await http.get("/health")
    assert before["status"] == "ok" and before["degraded"] == []
    assert during.status_code == 200  # still serving: other routes and backends may answer
    assert during.json()["status"] == "degraded" and during.json()["degraded"] == ["hosted"]


async def test_invented_routes_share_one_label_in_metrics_and_the_log(tmp_path: Path) -> None:
    log = tmp_path / "log.db"
    app = create_app(parse({**CONFIG, "log": {"path": str(log)}}, "<test>"))
    await app.gateway.start()
    async with client(app) as http:
        for n in range(30):
            body = {"model": f"invented-{n}", "messages": [{"role": "user", "content": "hi"}]}
            response = await http.post("/v1/chat/completions", json=body)
            assert response.status_code == 404 and f"invented-{n}" in response.text
    await app.gateway.close()
    metrics = app.gateway.metrics.render().decode()
    assert "invented" not in metrics
    assert 'rung_requests_total{route="unknown",backend="",status="404"} 30' in metrics
    with sqlite3.connect(log) as db:
        routes = db.execute("SELECT route, COUNT(*) FROM requests GROUP BY route").fetchall()
    assert routes == [("unknown", 30)]
