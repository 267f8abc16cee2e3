"""On SIGTERM the gateway stops accepting, finishes what is in flight, logs it, and exits."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port, wait_until_up

pytestmark = pytest.mark.live


def test_sigterm_finishes_in_flight_requests(tmp_path: Path) -> None:
    port = free_port()
    config = tmp_path / "rung.yaml"
    config.write_text(
        "models: {local: {backend: llamacpp, n_ctx: 512}}\n"
        "routes: {local: {model: local}}\n"
        f"log: {{path: '{tmp_path / 'log.db'}'}}\n"
    )
    command = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config)]
    server = subprocess.Popen([*command, "--port", str(port)], stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url + "/health")
        body = {"model": "local", "messages": [{"role": "user", "content": "Tell a story."}],
                "max_tokens": 60, "stream": True}  # fmt: skip
        with httpx.stream("POST", url + "/v1/chat/completions", json=body, timeout=60) as stream:
            lines = stream.iter_lines()
            assert next(lines).startswith("data: ")
            server.send_signal(signal.SIGTERM)
            rest = [line for line in lines if line]
        assert rest[-1] == "data: [DONE]"
        # uvicorn shuts down gracefully, then re-raises the signal it caught
        assert server.wait(timeout=30) in (0, -signal.SIGTERM)
        with pytest.raises(httpx.ConnectError):
            httpx.get(url + "/health")
    finally:
        server.kill()
    with sqlite3.connect(tmp_path / "log.db") as db:
        assert db.execute("SELECT status FROM requests").fetchall() == [(200,)]
