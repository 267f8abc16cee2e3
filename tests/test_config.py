"""The configuration file: strict checks whose errors name the file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from rung import ConfigError
from rung.cli import main
from rung.configure import load
from rung.defaults import BERGET_URL, default_config

GOOD = """\
models:
  local: {backend: llamacpp, model: "embedded:smollm2-135m"}
  hosted:
    backend: openai
    base_url: https://api.berget.ai/v1
    model: some-model
    api_key: env:BERGET_API_KEY
    residency: eu
routes:
  autocomplete: {pattern: fixed, model: local}
  chat: {model: hosted}
"""


@pytest.fixture(autouse=True)
def berget_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """GOOD refers to `env:BERGET_API_KEY`; an unset secret is an error (tested below)."""
    monkeypatch.setenv("BERGET_API_KEY", "sk-test")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rung.yaml"
    path.write_text(text)
    return path


def error_of(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load(path)
    return caught.value.message.replace(str(path), "FILE")


def test_good_file_loads(tmp_path: Path) -> None:
    config = load(write(tmp_path, GOOD))
    assert set(config.routes) == {"autocomplete", "chat"}
    assert config.models["hosted"].residency == "eu"  # type: ignore[attr-defined]


def test_unknown_key_names_file_line_and_key(tmp_path: Path) -> None:
    text = GOOD.replace("    residency: eu\n", "    residency: eu\n    temprature: 3\n")
    assert error_of(tmp_path, text) == "FILE:9: models.hosted.temprature: unknown key"


def test_dangling_reference(tmp_path: Path) -> None:
    text = GOOD.replace("chat: {model: hosted}", "chat: {model: hostd}")
    message = error_of(tmp_path, text)
    assert message == "FILE:11: routes.chat.model: model 'hostd' is not defined under `models`"


def test_wrong_type(tmp_path: Path) -> None:
    text = GOOD + "server: {port: eighty}\n"
    assert error_of(tmp_path, text).startswith("FILE:12: server.port: Input should be a valid")


def test_secret_values_are_refused(tmp_path: Path) -> None:
    text = GOOD.replace("env:BERGET_API_KEY", "sk-abc123")
    message = error_of(tmp_path, text)
    assert message.startswith("FILE:7: models.hosted.api_key:") and "env:" in message
    assert "sk-abc123" not in message


def test_unknown_pattern_and_backend(tmp_path: Path) -> None:
    text = GOOD.replace("pattern: fixed", "pattern: magic").replace("backend: openai", "backend: x")
    lines = error_of(tmp_path, text).splitlines()
    assert lines[0].startswith("FILE:4: models.hosted.backend: unknown backend 'x'")
    assert lines[1].startswith("FILE:10: routes.autocomplete.pattern: unknown pattern 'magic'")


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    assert error_of(tmp_path, GOOD + "  bad: [unclosed\n").startswith("FILE:")


def test_default_without_key_uses_the_embedded_model() -> None:
    config = default_config({})
    assert set(config.routes) == {"local", "chat", "default"}
    assert config.routes["chat"].model == "embedded"  # type: ignore[attr-defined]
    assert "BERGET_API_KEY" in config.route_notices["chat"]
    assert "local" not in config.route_notices


def test_default_with_key_uses_berget() -> None:
    config = default_config({"BERGET_API_KEY": "k"})
    assert config.routes["chat"].model == "berget"  # type: ignore[attr-defined]
    assert config.models["berget"].base_url == BERGET_URL  # type: ignore[attr-defined]
    assert config.models["berget"].api_key == "env:BERGET_API_KEY"  # type: ignore[attr-defined]
    assert config.routes["local"].model == "embedded"  # type: ignore[attr-defined]
    assert not config.route_notices


def test_rung_check(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["check", str(write(tmp_path, GOOD))])
    assert ok.exit_code == 0 and "ok (2 models, 2 routes)" in ok.output
    bad = runner.invoke(main, ["check", str(write(tmp_path, GOOD + "extra: 1\n"))])
    assert bad.exit_code == 1 and "rung.yaml:12: extra: unknown key" in bad.output


@pytest.mark.parametrize("path", sorted(Path(__file__).parents[1].glob("examples/*.yaml")))
def test_example_configs_are_valid(path: Path) -> None:
    config = load(path)
    assert config.routes and config.models
