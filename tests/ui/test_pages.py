"""The dashboard's pages over a log written by rung's own `RequestLog` (no model, no browser):
what they show against `rung stats`, who may see them, how bad input is answered. The pages
that read the log run on both stores: a SQLite file and a real PostgreSQL database."""

from __future__ import annotations

import asyncio
import base64
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rung.cli import main
from rung.configure import parse
from rung.telemetry.log import Feedback, RequestLog, RequestRecord
from rung.telemetry.logstore import Target
from rung.telemetry.stats import stats
from rung.types import Call, Decision, Trace
from rung.ui import standalone_app

REASON = "json_schema: 'age' is a required property"
SECRET_VALUE = "Anna Lindqvist"


def config(log: Target, master: str | None = None) -> Any:
    data: dict[str, Any] = {
        "models": {
            "local": {"backend": "llamacpp"},
            "hosted": {
                "backend": "openai",
                "base_url": "http://127.0.0.1:9/v1",
                "model": "meta-llama/Llama-3.3-70B-Instruct",
                "residency": "eu",
            },
        },
        "routes": {
            "json": {"pattern": "cascade", "tiers": ["local", "hosted"], "verify": ["json_schema"]},
            "private": {
                "pattern": "fixed",
                "model": "hosted",
                "privacy": {"policy": "pseudonymize", "log_values": True},
            },
        },
        "log": {"url": log} if isinstance(log, str) else {"path": str(log)},
    }
    if master:
        data["auth"] = {"master_key": "env:UI_MASTER"}
    return parse(data, "<test>", env={"UI_MASTER": master or ""})


def call(backend: str, ms: float, cost: float) -> Call:
    c = Call(backend, backend)
    c.latency_ms, c.prompt_tokens, c.completion_tokens, c.cost = ms, 10, 20, cost
    return c


def record(i: int, escalated: bool) -> RequestRecord:
    trace = Trace(calls=[call("local", 100 + i, 0.0001)], escalated=escalated)
    outcome, code = ("failed", "verifier_failed") if escalated else ("passed", "verifier_passed")
    trace.decisions.append(
        Decision(
            "verify local", outcome, REASON if escalated else "ok", "verify", code, "json_schema"
        )
    )
    if escalated:
        trace.calls.append(call("hosted", 500, 0.002))
    return RequestRecord(
        id=f"req_{i:032x}",
        time=time.time() - i,
        route="json",
        pattern="cascade",
        latency_ms=100.0 + 7 * i,
        trace=trace,
        status=502 if i == 5 else 200,
    )


@pytest.fixture(params=["sqlite", "postgres"])
def log(request: pytest.FixtureRequest, tmp_path: Path) -> Target:
    """A seeded log: a SQLite file, or a PostgreSQL database (its URL)."""
    path: Target = tmp_path / "log.db"
    if request.param == "postgres":
        path = request.getfixturevalue("pg_url")
    writer = RequestLog(path)
    writer.start()
    for i in range(1, 13):
        writer.write(record(i, escalated=i % 3 == 0))
    private = RequestRecord(
        id="req_" + "f" * 32,
        time=time.time(),
        route="private",
        pattern="fixed",
        trace=Trace(calls=[call("hosted", 300, 0.001)]),
    )
    private.trace.audits.append(
        {
            "backend": "hosted",
            "residency": "eu",
            "policy": "pseudonymize",
            "action": "pseudonymized",
            "kinds": {"PERSON": 2},
            "sent_sha256": "0" * 64,
            "values": {"<PERSON_1>": SECRET_VALUE},
        }
    )
    writer.write(private)
    writer.write(Feedback(f"req_{1:032x}", "thumbs", 1.0, "up", time.time()))
    writer.close()
    return path


def get(
    app: Any, path: str, client: str = "127.0.0.1", **headers: str
) -> tuple[int, str, dict[bytes, bytes]]:
    raw_path, _, query = path.partition("?")
    scope = {
        "type": "http",
        "method": "GET",
        "path": raw_path,
        "query_string": query.encode(),
        "headers": [
            (b"host", b"127.0.0.1"),
            *((k.encode(), v.encode()) for k, v in headers.items()),
        ],
        "client": (client, 5000),
    }
    out: dict[str, Any] = {"body": b""}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            out["status"], out["headers"] = message["status"], dict(message["headers"])
        else:
            out["body"] += message.get("body", b"")

    asyncio.run(app(scope, receive, send))
    return out["status"], out["body"].decode(), out["headers"]


def test_overview_shows_what_rung_stats_counts(log: Target) -> None:
    expected = stats(log, 86400)["routes"]
    status, html, headers = get(standalone_app(config(log)), "/ui/")
    assert status == 200 and b"default-src 'none'" in headers[b"content-security-policy"]
    total = sum(r["requests"] for r in expected.values())
    assert f'data-figure="requests">{total}<' in html
    row = html.split('data-route="json"')[1].split("</tr>")[0]
    assert f"<td>{expected['json']['requests']}</td><td>{expected['json']['errors']}</td>" in row
    assert f"{expected['json']['escalation_rate']:.1%}" in row


def test_routes_rank_escalation_reasons_and_tier_pass_rates(log: Target) -> None:
    status, html, _ = get(standalone_app(config(log)), "/ui/routes/json")
    assert status == 200
    assert "json_schema failed</strong>: 4 requests" in html
    assert REASON.replace("'", "&#39;") in html
    assert '<th scope="row">verify local</th><td>12</td><td>8</td>' in html


def test_a_trace_shows_privacy_kinds_and_counts_never_values(log: Target) -> None:
    status, html, _ = get(standalone_app(config(log)), "/ui/requests/req_" + "f" * 32)
    assert status == 200 and "PERSON × 2" in html
    assert SECRET_VALUE not in html


def test_request_list_filters(log: Target) -> None:
    app = standalone_app(config(log))
    _, html, _ = get(app, "/ui/requests?route=json&escalated=yes")
    assert html.count("/ui/requests/req_") == 4
    _, html, _ = get(app, "/ui/requests?status=error")
    assert html.count("/ui/requests/req_") == 1
    _, html, _ = get(app, "/ui/requests?id=req_fff")
    assert html.count("/ui/requests/req_") == 1 and "req_ffff" in html


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/ui/?window=2y", 400),
        ("/ui/requests?status=maybe", 400),
        ("/ui/requests/req_nope", 404),
        ("/ui/routes/nope", 404),
        ("/ui/nothing", 404),
        ("/ui/static/../../config.py", 404),
    ],
)
def test_bad_input_is_a_clear_4xx(log: Target, path: str, status: int) -> None:
    code, html, _ = get(standalone_app(config(log)), path)
    assert code == status and 'role="alert"' in html


def test_open_on_loopback_only_without_keys(log: Target) -> None:
    app = standalone_app(config(log))
    assert get(app, "/ui/", client="10.1.2.3")[0] == 403
    assert get(app, "/ui/", client="::1")[0] == 200


def test_with_a_master_key_it_asks_for_it(log: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UI_MASTER", "sk-master")
    app = standalone_app(config(log, master="sk-master"))
    status, _, headers = get(app, "/ui/")
    assert status == 401 and headers[b"www-authenticate"].startswith(b"Basic")
    basic = "Basic " + base64.b64encode(b"me:sk-master").decode()
    assert get(app, "/ui/", client="10.1.2.3", authorization=basic)[0] == 200
    wrong = "Basic " + base64.b64encode(b"me:nope").decode()
    assert get(app, "/ui/", authorization=wrong)[0] == 401


def test_rung_ui_refuses_a_missing_log(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ui", "--log", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no request log" in result.output


def test_rung_ui_refuses_a_database_without_a_log_naming_it_without_its_password(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = pg_url.replace("://rung@", "://rung:hunter2@")  # trust auth: any password will do
    monkeypatch.setenv("UI_LOG_URL", url)
    conf = tmp_path / "rung.yaml"
    conf.write_text(
        "models: {local: {backend: llamacpp}}\n"
        "routes: {chat: {pattern: fixed, model: local}}\n"
        "log: {url: 'env:UI_LOG_URL'}\n"
    )
    result = CliRunner().invoke(main, ["ui", "--config", str(conf)])
    assert result.exit_code == 1 and "no request log in postgresql://rung:***@" in result.output
    assert "hunter2" not in result.output


def test_experiments_draw_each_difference_with_its_interval(tmp_path: Path) -> None:
    path = tmp_path / "ab.db"
    writer = RequestLog(path)
    writer.start()
    for i in range(80):
        arm = "a" if i % 2 else "b"
        trace = Trace(calls=[call("local", 100, 0.001 if arm == "a" else 0.002)], variant=arm)
        writer.write(
            RequestRecord(
                id=f"req_{i:032x}",
                time=time.time() - i,
                route="json",
                pattern="ab",
                latency_ms=100.0 + i,
                trace=trace,
            )
        )
    writer.close()
    status, html, _ = get(standalone_app(config(path)), "/ui/experiments")
    assert status == 200 and "baseline: a" in html
    assert html.count('<svg class="interval"') >= 2  # cost and latency of b against a
    assert "+100.0%" in html  # b's cost per request: twice a's


def test_recommendations_say_what_rung_recommend_says(log: Target) -> None:
    from rung.recommend import recommend

    expected = recommend(log, 30 * 86400, config(log))
    status, html, _ = get(standalone_app(config(log)), "/ui/recommendations")
    assert status == 200
    assert [r.route for r in expected] == ["json", "private"]
    for item in expected:
        assert f'<a href="/ui/routes/{item.route}">{item.route}</a>' in html
        assert item.action.replace("_", " ") in html
    # the cascade's 11 answered requests (one of the 12 failed) are under the 30 needed
    assert "too thin: 11 requests; at least 30 are needed" in html
    assert "observe: {shadow:" in html  # the fixed route is told how to collect evidence
    assert 'href="/ui/recommendations" aria-current="page"' in html


def test_the_gateway_serves_the_dashboard_on_the_log_it_writes(log: Target) -> None:
    """`rung serve`'s own /ui reads the log its config names (a file or a database)."""
    from rung.gateway.app import create_app

    expected = stats(log, 86400)["routes"]
    status, html, _ = get(create_app(config(log)), "/ui/")
    assert status == 200
    assert f'data-figure="requests">{sum(r["requests"] for r in expected.values())}<' in html
