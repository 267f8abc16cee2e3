"""A third party's gateway conformance check, `pii-leak-benchmark selfcheck` (PyPI), run as its
README describes: its capture server is the upstream of a live rung `pseudonymize` route, its
client streams a prompt with an email, an SSN, a card number and (default profile) AWS, GitHub
and Slack credentials, and it checks that no value reached the capture and that the client got
every value back, with one-character SSE events. It must print CLEAN and exit 0."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Served, free_port

pytest.importorskip("pii_leak_benchmark")


def selfcheck(gateway_url: str, capture_port: int, *extra: str) -> subprocess.CompletedProcess[str]:
    command = shutil.which("pii-leak-benchmark") or ""
    args = [command] if command else [sys.executable, "-m", "pii_leak_benchmark.cli"]
    args += ["selfcheck", "--target-base-url", f"{gateway_url}/v1", "--capture-port",
             str(capture_port), "--target-model", "conformance", *extra]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFORMANCE_")}
    return subprocess.run(args, capture_output=True, text=True, timeout=120, env=env)


def config(capture_port: int, policy: str) -> dict[str, Any]:
    return {
        "models": {
            "capture": {"backend": "openai", "base_url": f"http://127.0.0.1:{capture_port}/v1",
                        "model": "capture", "residency": "eu", "num_retries": 0},
        },
        "routes": {"conformance": {"model": "capture", "privacy": {"policy": policy}}},
    }  # fmt: skip


def test_selfcheck_default_profile_is_clean(tmp_path: Path) -> None:
    capture_port = free_port()
    with Served(config(capture_port, "pseudonymize"), tmp_path / "log.db") as gateway:
        result = selfcheck(gateway.url, capture_port)
    print(result.stdout)
    assert "CLEAN" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr


def test_selfcheck_sees_a_leak_under_allow(tmp_path: Path) -> None:
    """The negative control through rung: the same route under `allow` must LEAK."""
    capture_port = free_port()
    with Served(config(capture_port, "allow"), tmp_path / "log.db") as gateway:
        result = selfcheck(gateway.url, capture_port)
    assert "LEAK" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 1
