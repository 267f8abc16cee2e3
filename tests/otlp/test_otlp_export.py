"""OTLP export of request traces to a real receiver process (tests/otlp/receiver.py, built on
the OpenTelemetry proto package): a cascade that escalated becomes one trace, id = request id,
with a SERVER span, a CLIENT span per backend call and a span per verdict (GenAI conventions)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from rung.telemetry.otlp import enabled, trace_export
from tests.conftest import free_port, wait_until_up
from tests.waiting import poll

SCHEMA = {"type": "object", "properties": {"age": {"type": "integer"}}, "required": ["age"]}
SERVER, CLIENT = 2, 3  # OTLP span kinds


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port, out = free_port(), tmp_path / "spans.jsonl"
    out.touch()
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.otlp.receiver", str(port), str(out)], cwd=root
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}", out
    finally:
        process.terminate()
        process.wait(timeout=10)


def read(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text().splitlines() if line.strip()]


def test_off_by_default_and_by_the_standard_switches() -> None:
    assert trace_export(env={}).hooks == []
    assert not enabled({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://x", "OTEL_SDK_DISABLED": "true"})
    assert not enabled({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://x", "OTEL_TRACES_EXPORTER": "none"})
    assert enabled({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://x/v1/traces"})


@pytest.mark.live
def test_an_escalated_cascade_is_one_trace_with_calls_and_verdicts(
    receiver: tuple[str, Path], llama_server: str, serve: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, out = receiver
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", url)
    monkeypatch.setenv("OTEL_SERVICE_NAME", "rung-test")
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "50")
    config = {
        "models": {
            "local": {"backend": "llamacpp", "context_window": 1024},
            "hosted": {"backend": "openai", "base_url": llama_server, "model": "smollm2"},
        },
        "routes": {
            "json": {
                "pattern": "cascade",
                "tiers": ["local", "hosted"],
                "verify": [{"json_schema": {"schema": SCHEMA}}],
            }
        },
    }
    body = {
        "model": "json",
        "messages": [{"role": "user", "content": "Say hello."}],
        "max_tokens": 12,
        "temperature": 0,
    }
    with serve(config) as gateway:
        answer = httpx.post(gateway.url + "/v1/chat/completions", json=body, timeout=120)
        assert answer.status_code == 200 and answer.headers["x-rung-escalated"] == "true"
        request_id = answer.headers["x-request-id"]
        calls = gateway.log_rows("calls", at_least=2)
        spans = poll(lambda: read(out), lambda s: len(s) >= 5, 30)
    trace = [s for s in spans if s["trace_id"] == request_id.removeprefix("req_")]
    [root] = [s for s in trace if s["parent_span_id"] == ""]
    assert root["name"] == "chat json" and root["kind"] == SERVER
    assert root["resource"]["service.name"] == "rung-test"
    attrs = root["attributes"]
    assert attrs["rung.request_id"] == request_id and attrs["rung.escalated"] is True
    assert attrs["gen_ai.operation.name"] == "chat" and attrs["http.response.status_code"] == 200
    assert "verifier_failed" in {e["attributes"]["rung.code"] for e in root["events"]}
    children = [s for s in trace if s["parent_span_id"] == root["span_id"]]
    clients = sorted((s for s in children if s["kind"] == CLIENT), key=lambda s: s["start"])
    assert [c["attributes"]["rung.backend"] for c in clients] == ["local", "hosted"]
    assert [c["attributes"]["gen_ai.provider.name"] for c in clients] == ["llama_cpp", "openai"]
    for span, row in zip(clients, sorted(calls, key=lambda r: r["seq"]), strict=True):
        assert span["attributes"]["gen_ai.usage.input_tokens"] == row["prompt_tokens"]
        assert span["attributes"]["gen_ai.usage.output_tokens"] == row["completion_tokens"]
        assert root["start"] <= span["start"] <= span["end"] <= root["end"] + 1_000_000
    verdicts = [s for s in children if s["name"].startswith("verify ")]
    assert verdicts and verdicts[0]["attributes"]["rung.outcome"] == "failed"
    assert verdicts[0]["attributes"]["rung.reason"].startswith("json_schema")
    assert "Say hello" not in json.dumps(trace)  # no prompt leaves in a span
