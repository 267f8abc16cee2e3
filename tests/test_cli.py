"""The command line: `rung chat` streams through the gateway's own code path; `rung routes`
reads the config; `rung logs list|path|stats` read the log, never create or migrate it."""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

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


# ---- nouns, aliases, the log path and read-only log commands -------------------------------


def write_log(path: Path) -> None:
    from rung.telemetry.log import RequestLog, RequestRecord
    from rung.types import Call, Trace

    log = RequestLog(path)
    log.start()
    trace = Trace(answered_by="local")
    trace.calls.append(Call("local", "m"))
    log.write(RequestRecord("r1", time.time(), route="autocomplete", latency_ms=12.0, trace=trace))
    assert log.flush()
    log.close()


def test_routes_and_its_old_spelling_models(config: Path) -> None:
    runner = CliRunner()
    for command in ("routes", "models"):
        result = runner.invoke(main, [command, "--config", str(config)])
        assert result.exit_code == 0, result.output
        assert result.output.startswith("autocomplete\tfixed\t")
    listed = runner.invoke(main, ["--help"]).output
    assert "\n  routes " in listed and "\n  models " not in listed  # the alias works, unlisted


def test_old_spellings_of_eval_and_stats_still_work() -> None:
    runner = CliRunner()
    for args in (["routers", "eval"], ["eval", "routers"], ["logs", "stats"], ["stats"]):
        result = runner.invoke(main, [*args, "--help"])
        assert result.exit_code == 0, (args, result.output)
    assert "Replay routers" in runner.invoke(main, ["routers", "eval", "--help"]).output
    assert "--log" in runner.invoke(main, ["stats", "--help"]).output


def test_logs_path_shows_the_resolved_path(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    monkeypatch.delenv("RUNG_CONFIG", raising=False)
    monkeypatch.delenv("RUNG_LOG", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    default = runner.invoke(main, ["logs", "path"])
    assert default.exit_code == 0
    assert default.stdout.strip() == str(tmp_path / "share" / "rung" / "logs.db")
    assert "does not exist yet" in default.stderr
    assert not (tmp_path / "share").exists()
    configured = runner.invoke(main, ["logs", "path", "--config", str(config)])
    assert configured.stdout.strip() == str(tmp_path / "log.db")
    given = runner.invoke(main, ["logs", "path", "--config", str(config), "--log", "x.db"])
    assert given.stdout.strip() == "x.db"


@pytest.mark.parametrize(
    "command",
    [
        ["logs", "list"],
        ["logs", "stats"],
        ["stats"],
        ["ab", "report"],
        ["routers", "train", "--data", "log", "--router", "random", "--share", "0.3", "-o", "x"],
    ],
)
def test_reading_a_missing_log_creates_nothing(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "no" / "such" / "log.db"
    result = CliRunner().invoke(main, [*command, "--log", str(missing)])
    assert result.exit_code == 1
    assert f"no request log at {missing}" in result.stderr
    assert not (tmp_path / "no").exists()


def test_log_option_overrides_the_config(config: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    write_log(other)
    runner = CliRunner()
    missing = runner.invoke(main, ["logs", "list", "--config", str(config)])
    assert missing.exit_code == 1 and str(tmp_path / "log.db") in missing.stderr
    listed = runner.invoke(
        main, ["logs", "list", "--config", str(config), "--log", str(other), "--json"]
    )
    assert listed.exit_code == 0, listed.output
    [row] = json.loads(listed.stdout)
    assert row["id"] == "r1" and row["calls"][0]["backend"] == "local"
    for command in (["stats"], ["logs", "stats"]):
        stats = runner.invoke(main, [*command, "--log", str(other), "--json"])
        assert stats.exit_code == 0, stats.output
        assert json.loads(stats.stdout)["routes"]["autocomplete"]["requests"] == 1


def test_an_older_log_is_refused_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE migrations (version INTEGER PRIMARY KEY, applied REAL);"
        "INSERT INTO migrations VALUES (1, 0);"
    )
    db.close()
    result = CliRunner().invoke(main, ["logs", "list", "--log", str(path)])
    assert result.exit_code == 1
    assert "written by an older rung" in result.stderr
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM migrations").fetchone()[0] == 1
    db.close()


def test_a_missing_extra_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m.startswith("sklearn.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "sklearn", None)  # as if scikit-learn were not installed
    result = CliRunner().invoke(
        main,
        [
            "routers",
            "train",
            "--data",
            "mbpp",
            "--router",
            "tfidf",
            "--share",
            "0.3",
            "-o",
            str(tmp_path / "r.rung"),
        ],
    )
    assert result.exit_code == 1, result.output
    assert "install rung[routers]" in result.stderr
    assert not isinstance(result.exception, ModuleNotFoundError)


def test_serve_wraps_the_app_in_the_access_log_unless_quiet(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    from rung.gateway.access import AccessLog

    served: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append({"app": app, **kw}))
    runner = CliRunner()
    assert runner.invoke(main, ["serve", "--config", str(config)]).exit_code == 0
    assert runner.invoke(main, ["serve", "--config", str(config), "--quiet"]).exit_code == 0
    loud, quiet = served
    assert isinstance(loud["app"], AccessLog) and not isinstance(quiet["app"], AccessLog)
    assert loud["access_log"] is False and quiet["access_log"] is False
    assert loud["app"].app.freeze_after_start and quiet["app"].freeze_after_start


def test_a_served_app_moves_what_it_loaded_out_of_the_collectors_way() -> None:
    """`freeze_after_start` (set by `rung serve`): after start-up, gc.freeze; not otherwise."""
    import asyncio
    import gc

    from rung.gateway import create_app

    async def start_and_stop(freeze: bool) -> int:
        app = create_app()
        app.freeze_after_start = freeze
        messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
        frozen: list[int] = []

        async def receive() -> dict[str, str]:
            return next(messages)

        async def send(message: dict[str, str]) -> None:
            if message["type"] == "lifespan.startup.complete":
                frozen.append(gc.get_freeze_count())

        await app({"type": "lifespan"}, receive, send)
        return frozen[0]

    try:
        assert asyncio.run(start_and_stop(False)) == 0
        assert asyncio.run(start_and_stop(True)) > 1000  # the gateway and what it loaded
    finally:
        gc.unfreeze()
