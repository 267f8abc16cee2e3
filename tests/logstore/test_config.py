"""`log: {url: ...}` in the config: a postgresql:// URL without a password, or an `env:`
reference read when the log is opened; anything else is a config error."""

from __future__ import annotations

from pathlib import Path

import pytest

from rung._errors import ConfigError
from rung.configure import parse
from rung.telemetry.logstore import describe, log_target, target_of


def config(log: dict[str, object]) -> object:
    return parse({"models": {"a": {"backend": "openai", "base_url": "http://x/v1", "model": "m"}},
                  "routes": {"r": {"model": "a"}}, "log": log}, "rung.yaml")  # fmt: skip


def test_a_url_or_a_reference_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    assert log_target(config({"url": "postgresql://rung@db/rung"})) == "postgresql://rung@db/rung"  # type: ignore[arg-type]
    monkeypatch.setenv("PG_URL", "postgresql://rung:secret@db/rung")
    assert log_target(config({"url": "env:PG_URL"})) == "postgresql://rung:secret@db/rung"  # type: ignore[arg-type]
    assert describe("postgresql://rung:secret@db:5433/rung") == "postgresql://rung:***@db:5433/rung"
    assert log_target(config({"path": "/tmp/x.db"})) == Path("/tmp/x.db")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "message"),
    [("postgresql://rung:pw@db/rung", "no password in log.url"),
     ("mysql://db/rung", "postgresql:// URL or an `env:NAME`")],
)  # fmt: skip
def test_a_password_or_another_scheme_is_refused(url: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        config({"url": url})


def test_an_unset_reference_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_SUCH_URL", raising=False)
    with pytest.raises(ValueError, match="NO_SUCH_URL, which is not set"):
        log_target(config({"url": "env:NO_SUCH_URL"}))  # type: ignore[arg-type]


def test_a_log_argument_is_a_url_or_a_file() -> None:
    assert target_of("postgresql://h/db") == "postgresql://h/db"
    assert target_of("~/x.db") == Path("~/x.db").expanduser()
