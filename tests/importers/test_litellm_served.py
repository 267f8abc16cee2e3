"""`rung import litellm` from the command line, and its output served: a request to a route whose
first upstream is down is answered through the fallback LiteLLM's config named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from click.testing import CliRunner

from rung import configure
from rung.cli import main
from rung.importers import convert
from tests.conftest import free_port

DATA = Path(__file__).parent / "data"
CHAT = {"model": "chat", "messages": [{"role": "user", "content": "Say hi"}], "max_tokens": 4}


def test_cli_prints_the_config_and_reports_on_stderr(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["import", "litellm", str(DATA / "quick-start.yaml")])
    assert result.exit_code == 0, result.output
    config = yaml.safe_load(result.stdout)
    assert list(config["routes"]) == ["vllm-models"]
    lines = result.stderr.splitlines()
    assert len(lines) == 10 and all(line.startswith("rung import litellm: ") for line in lines)
    assert any("general_settings.master_key: a literal key" in line for line in lines)
    out = tmp_path / "rung.yaml"
    written = CliRunner().invoke(
        main, ["import", "litellm", str(DATA / "quick-start.yaml"), "-o", str(out)]
    )
    assert written.exit_code == 0 and written.stdout == ""
    assert list(configure.load(out).routes) == ["vllm-models"]
    check = CliRunner().invoke(main, ["check", str(out)])
    assert check.exit_code == 0 and "ok (1 models, 1 routes)" in check.stdout


def test_cli_refuses_what_is_not_a_litellm_config(tmp_path: Path) -> None:
    path = tmp_path / "other.yaml"
    path.write_text("models: {}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "litellm", str(path)])
    assert result.exit_code == 1
    assert "not a LiteLLM proxy config" in result.stderr and result.stdout == ""


@pytest.mark.live
def test_converted_config_answers_through_the_fallback(
    serve: Any, llama_server: str, tmp_path: Path
) -> None:
    dead = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there

    def deployment(group: str, url: str) -> dict[str, Any]:
        return {
            "model_name": group,
            "litellm_params": {"model": "hosted_vllm/smollm2", "api_base": url},
        }

    litellm_config = {
        "model_list": [deployment("chat", dead), deployment("backup", llama_server)],
        "router_settings": {"fallbacks": [{"chat": ["backup"]}], "num_retries": 0, "timeout": 60},
    }
    source = tmp_path / "litellm.yaml"
    source.write_text(yaml.safe_dump(litellm_config), encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "litellm", str(source)])
    assert result.exit_code == 0, result.output
    converted = yaml.safe_load(result.stdout)
    assert converted["routes"]["chat"] == {"pattern": "fallback", "models": ["chat", "backup"]}
    with serve(converted) as gateway:
        plain = httpx.post(gateway.url + "/v1/chat/completions", json=CHAT, timeout=60)
        streamed = httpx.post(
            gateway.url + "/v1/chat/completions", json={**CHAT, "stream": True}, timeout=60
        )
        [*rows] = gateway.log_rows("calls", at_least=4)
    assert plain.status_code == 200, plain.text
    assert plain.headers["x-rung-route"] == "chat" and plain.headers["x-rung-model"] == "backup"
    assert plain.json()["choices"][0]["message"]["content"]
    assert streamed.status_code == 200 and "data: [DONE]" in streamed.text
    assert streamed.headers["x-rung-model"] == "backup"
    assert sorted((r["backend"], r["status"]) for r in rows) == [
        ("backup", "ok"), ("backup", "ok"), ("chat", "error"), ("chat", "error")
    ]  # fmt: skip


@pytest.mark.live
def test_load_balanced_group_answers_whichever_deployment_is_picked(
    serve: Any, llama_server: str
) -> None:
    """Two deployments under one model_name, one of them down: rung picks one at random (an
    `ab` route) and, like LiteLLM, moves on to the group's other deployment when it fails."""
    dead = f"http://127.0.0.1:{free_port()}/v1"
    deployments = [
        {"model_name": "lb", "litellm_params": {"model": "hosted_vllm/smollm2", "api_base": url}}
        for url in (dead, llama_server)
    ]
    conversion = convert({"model_list": deployments, "router_settings": {"num_retries": 0}})
    route = conversion.config["routes"]["lb"]
    assert route["pattern"] == "ab" and set(route["variants"]) == {"lb", "lb-2"}
    with serve(conversion.config) as gateway:
        answers = [
            httpx.post(
                gateway.url + "/v1/chat/completions", json={**CHAT, "model": "lb"}, timeout=60
            )
            for _ in range(4)
        ]
        picked = [a.headers.get("x-rung-variant") for a in answers]
        calls = gateway.log_rows("calls", at_least=4 + picked.count("lb"))
    assert [a.status_code for a in answers] == [200] * 4
    assert {a.headers["x-rung-model"] for a in answers} == {"lb-2"}
    assert set(picked) <= {"lb", "lb-2"}
    failed = [c for c in calls if c["backend"] == "lb"]
    assert len(failed) == picked.count("lb") and all(c["status"] == "error" for c in failed)
