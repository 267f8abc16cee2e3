"""`rung serve --workers N`: refused with in-process state, N real processes on one port with
Redis, a dead worker replaced."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from rung.configure import parse
from rung.workers import refusal
from tests.conftest import free_port, wait_until_up
from tests.state.redis_server import RedisServer
from tests.state.replicas import Upstream, chat, write_config
from tests.waiting import poll

MODELS = {"models": {"m": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "x"}},
          "routes": {"chat": {"pattern": "fixed", "model": "m"}}}  # fmt: skip


def test_in_process_state_is_refused_with_more_than_one_worker() -> None:
    plain = parse(MODELS, "<test>")
    reason = refusal(plain, 2, per_worker=False)
    assert reason is not None and "--per-worker-state" in reason and "redis://" in reason
    assert refusal(plain, 1, per_worker=False) is None
    assert refusal(plain, 2, per_worker=True) is None
    accepted = parse({**MODELS, "state": {"per_worker": True}}, "<test>")
    assert refusal(accepted, 4, per_worker=False) is None
    shared = parse({**MODELS, "state": {"url": "redis://127.0.0.1:6379/0"}}, "<test>")
    assert refusal(shared, 4, per_worker=False) is None
    memory = parse({**MODELS, "state": {"url": "memory://"}}, "<test>")
    assert refusal(memory, 2, per_worker=False) is not None


def test_rung_serve_refuses_workers_without_shared_state(tmp_path: Path) -> None:
    config = tmp_path / "rung.yaml"
    config.write_text("models: {m: {backend: openai, base_url: 'http://127.0.0.1:9/v1', "
                      "model: x}}\nroutes: {chat: {pattern: fixed, model: m}}\n")  # fmt: skip
    command = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config), "--workers", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "with in-process state" in done.stderr and "--per-worker-state" in done.stderr


def children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def kill_a_worker(pid: int) -> int:
    """SIGKILL one of `pid`'s workers as they are now, and return it: under load the server may
    already have replaced a worker that missed its health check, so an earlier list may name a
    process that is gone."""
    for _ in range(50):
        alive = poll(lambda: children(pid), lambda c: len(c) == 2, timeout=30)
        if not alive:
            continue
        victim = alive[0]
        try:
            os.kill(victim, signal.SIGKILL)
        except ProcessLookupError:
            continue
        return victim
    raise AssertionError("no worker stayed alive long enough to be killed")


def test_two_workers_share_the_port_and_a_dead_one_is_replaced(
    tmp_path: Path, redis_server: RedisServer
) -> None:
    with Upstream() as upstream:
        config = write_config(tmp_path, upstream, redis_server.url)
        port = free_port()
        command = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config), "--quiet"]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
        with (tmp_path / "serve.stderr").open("wb") as stderr:
            serve = subprocess.Popen(
                [*command, "--port", str(port), "--workers", "2"], stderr=stderr, env=env
            )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_up(url + "/health", timeout=60)
            workers = poll(lambda: children(serve.pid), lambda c: len(c) == 2, timeout=30)
            assert len(workers) == 2
            first = httpx.post(url + "/v1/chat/completions", json={"model": "cached", **chat("q")})
            assert first.headers["x-rung-cache"] == "miss"
            hits = [
                httpx.post(url + "/v1/chat/completions", json={"model": "cached", **chat("q")})
                for _ in range(10)
            ]  # whichever worker answers, the cache is one
            assert {h.headers["x-rung-cache"] for h in hits} == {"hit"} and upstream.calls == 1
            victim = kill_a_worker(serve.pid)
            now = poll(
                lambda: children(serve.pid),
                lambda c: len(c) == 2 and victim not in c,
                timeout=30,
            )
            assert len(now) == 2 and victim not in now
            wait_until_up(url + "/health", timeout=60)
        finally:
            serve.send_signal(signal.SIGTERM)
            assert serve.wait(timeout=60) == 0
        assert poll(lambda: [p for p in now if Path(f"/proc/{p}").exists()], lambda p: not p) == []
