"""The command line: `rung chat` streams through the gateway's own code path; `rung models`
and `rung logs list` read the config and the log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rung.cli import main

CONFIG = """\
models:
  local: {backend: llamacpp, n_ctx: 1024}
routes:
  autocomplete: {model: local}
log: {path: LOG}
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "rung.yaml"
    path.write_text(CONFIG.replace("LOG", str(tmp_path / "log.db")))
    return path


@pytest.mark.live
def test_chat_then_logs(config: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        main, ["chat", "--config", str(config), "autocomplete", "Say hi", "--max-tokens", "8"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert "x-rung-model: local" in result.stderr
    listed = runner.invoke(main, ["logs", "list", "--config", str(config), "--json"])
    [row] = json.loads(listed.output)
    assert row["route"] == "autocomplete" and row["status"] == 200 and row["stream"] == 1
    assert row["calls"][0]["backend"] == "local" and row["calls"][0]["completion_tokens"] <= 8
    table = runner.invoke(main, ["logs", "list", "--config", str(config)])
    assert "autocomplete" in table.output


def test_chat_unknown_route_fails_clearly(config: Path) -> None:
    result = CliRunner().invoke(main, ["chat", "--config", str(config), "nope", "hi"])
    assert result.exit_code == 1
    assert "error 404: the route 'nope' does not exist" in result.stderr


def test_models_lists_routes(config: Path) -> None:
    result = CliRunner().invoke(main, ["models", "--config", str(config)])
    assert result.output.startswith("autocomplete\tfixed\t")


@pytest.mark.live
def test_default_config_says_when_no_key_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BERGET_API_KEY", raising=False)
    monkeypatch.delenv("RUNG_CONFIG", raising=False)
    monkeypatch.setenv("RUNG_LOG", str(tmp_path / "log.db"))
    result = CliRunner().invoke(main, ["chat", "chat", "Hi", "--max-tokens", "4"])
    assert result.exit_code == 0, result.output
    assert "x-rung-model: embedded" in result.stderr
    assert "x-rung-notice: BERGET_API_KEY is not set" in result.stderr
