"""deploy/ stays what tests/replicas runs: the same nginx retry policy, and a compose file with
the five services, both replicas on the shared log and state, each with its own spill volume."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from rung.configure import load
from tests.replicas.cluster import NGINX_CONF

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def directives(text: str) -> set[str]:
    wanted = ("proxy_next_upstream", "proxy_buffering", "proxy_http_version", "max_fails")
    lines = {re.sub(r"\s+", " ", line.split("#")[0].strip()) for line in text.splitlines()}
    return {line for line in lines if any(w in line for w in wanted) and "server " not in line}


def test_the_load_balancer_policy_is_the_tested_one() -> None:
    deployed = directives((DEPLOY / "nginx.conf").read_text())
    assert "proxy_next_upstream error timeout non_idempotent;" in deployed
    assert directives(NGINX_CONF) == deployed


def test_compose_runs_two_replicas_on_shared_state_and_log() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"lb", "postgres", "redis", "rung-a", "rung-b"}
    for name in ("rung-a", "rung-b"):
        env = services[name]["environment"]
        assert (
            env["RUNG_LOG_URL"].startswith("postgresql://") and "@postgres:" in env["RUNG_LOG_URL"]
        )
        assert env["RUNG_STATE_URL"].startswith("redis://redis:")
        assert services[name]["volumes"] == [f"{name}-spill:/var/lib/rung/spill"]


def test_the_deployed_config_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("UPSTREAM_API_KEY", "RUNG_MASTER_KEY"):
        monkeypatch.setenv(name, "x")
    monkeypatch.setenv("RUNG_LOG_URL", "postgresql://rung:pw@postgres:5432/rung")
    monkeypatch.setenv("RUNG_STATE_URL", "redis://redis:6379/0")
    try:
        config = load(str(DEPLOY / "rung.yaml"))
    except Exception as exc:  # `state:` arrives with the Redis change (issue 17, part A)
        if "state" in str(exc):
            pytest.skip(f"this branch has no `state:` section yet: {exc}")
        raise
    assert config.log.url == "env:RUNG_LOG_URL"
