"""Real `rung serve` processes sharing one Redis, and a fake upstream they call."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from aiohttp import web

from tests.conftest import free_port, wait_until_up
from tests.servers import ThreadedApp

MODEL = "fake-priced"  # priced in the configs below: 1 USD per output token


class Upstream(ThreadedApp):
    """An OpenAI-compatible upstream: counts calls, answers 500 while `failing`, and holds
    every answer while `held` (until `release`)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.waiting = 0
        self.failing = False
        self.held = False
        self._gate: asyncio.Event | None = None

    def routes(self, app: web.Application) -> None:
        self._gate = asyncio.Event()
        app.router.add_post("/v1/chat/completions", self.chat)

    async def chat(self, request: web.Request) -> web.Response:
        self.calls += 1
        number = self.calls
        await request.read()
        if self.failing:
            return web.json_response({"error": {"message": "upstream broke"}}, status=500)
        if self.held and self._gate is not None:
            self.waiting += 1
            await self._gate.wait()
        message = {"role": "assistant", "content": f"answer {number}"}
        return web.json_response({
            "id": f"chatcmpl-{number}", "object": "chat.completion", "created": 1, "model": MODEL,
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 5, "completion_tokens": 10, "total_tokens": 15},
        })  # fmt: skip

    def release(self) -> None:
        gate = self._gate
        assert gate is not None
        self._loop.call_soon_threadsafe(gate.set)


def write_config(directory: Path, upstream: Upstream, redis_url: str, **state: Any) -> Path:
    """One config both replicas read: one log (and key store), state on `redis_url`."""
    bad = {"backend": "openai", "base_url": upstream.url, "model": MODEL, "num_retries": 0,
           "breaker": {"failures": 3, "window": 60, "cooldown": 600}}  # fmt: skip
    config = {
        "models": {"up": {**bad, "breaker": {"failures": 50}}, "flaky": bad},
        "routes": {
            "cached": {"pattern": "fixed", "model": "up", "cache": {"exact": True}},
            "plain": {"pattern": "fixed", "model": "up"},
            "flaky": {"pattern": "fixed", "model": "flaky"},
        },
        "log": {"path": str(directory / "log.db")},
        "prices": {"models": {MODEL: {"input": 0, "output": 1_000_000}}},
        "state": {"url": redis_url, **state},
    }
    path = directory / "rung.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def create_key(config: Path, name: str, *limits: str) -> str:
    command = [sys.executable, "-m", "rung.cli", "keys", "create", "--config", str(config)]
    made = subprocess.run(
        [*command, "--name", name, *limits, "--json"], check=True, capture_output=True, text=True
    )
    return str(json.loads(made.stdout)["key"])


class Replica:
    """`rung serve` on a free port, its stderr kept in a file."""

    def __init__(self, config: Path, name: str, *options: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.stderr_path = config.parent / f"{name}.stderr"
        command = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config), "--quiet"]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                [*command, "--port", str(self.port), *options], stderr=stderr, env=env
            )

    def __enter__(self) -> Replica:
        wait_until_up(self.url + "/health", timeout=60)
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=40)

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")


def chat(content: str, **extra: Any) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": content}], "max_tokens": 10,
            "temperature": 0, **extra}  # fmt: skip
