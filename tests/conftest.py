"""Shared fixtures: the embedded model, a real llama.cpp OpenAI-compatible server, and a
gateway served by uvicorn on a free port."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from rung.backends.embedded import model_path
from rung.configure import parse
from rung.gateway import create_app
from tests.waiting import poll


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(url: str, timeout: float = 120.0) -> None:
    def status() -> int:
        try:
            return httpx.get(url, timeout=2).status_code
        except httpx.HTTPError:
            return 599

    if poll(status, lambda code: code < 500, timeout, every=0.2) >= 500:
        raise RuntimeError(f"{url} did not come up within {timeout} s")


@pytest.fixture(scope="session")
def embedded_path() -> Path:
    return model_path("embedded:smollm2-135m")


@contextlib.contextmanager
def llama_cpp_server(model: Path, *options: str) -> Iterator[str]:
    """llama-cpp-python's own OpenAI-compatible server for `model` on a free port; yields its
    `/v1` base URL."""
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
        "--port", str(port), "--n_ctx", "2048", "--model_alias", "smollm2", *options,
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/v1/models")
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def llama_server(embedded_path: Path) -> Iterator[str]:
    """A real llama.cpp OpenAI-compatible server, keeping all logits (for logprobs)."""
    with llama_cpp_server(embedded_path, "--logits_all", "true") as url:
        yield url


class Served:
    """A gateway app served by uvicorn in a thread."""

    def __init__(
        self, config: dict[str, Any], log_path: Path, wrap: Callable[[Any], Any] | None = None
    ) -> None:
        config = {**config, "log": {**config.get("log", {}), "path": str(log_path)}}
        self.config = parse(config, "<test>")
        self.app = create_app(self.config)
        served = wrap(self.app) if wrap is not None else self.app  # e.g. to watch what it sends
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        settings = uvicorn.Config(
            served, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on"
        )
        self.server = uvicorn.Server(settings)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        wait_until_up(self.url + "/health")
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)

    def log_rows(
        self,
        table: str = "requests",
        at_least: int = 1,
        where: Callable[[dict[str, Any]], bool] | None = None,
        timeout: float = 10.0,
    ) -> list[dict[str, Any]]:
        """Rows of a log table (those for which `where` holds). A row is written just after its
        response ends (shadows and audits later still), so wait until there are `at_least` of
        them, for `timeout` seconds at most; then return what there is, for the test to judge."""

        def read() -> list[dict[str, Any]]:
            assert self.app.gateway.log.flush()
            with contextlib.closing(sqlite3.connect(self.log_path)) as db:
                db.row_factory = sqlite3.Row
                rows = [dict(r) for r in db.execute(f"SELECT * FROM {table}")]
            return [r for r in rows if where is None or where(r)]

        return poll(read, lambda rows: len(rows) >= at_least, timeout)


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Any]:
    """`with serve(config) as gw:` runs a gateway for `config` on a free port (`wrap`: an
    ASGI wrapper around the app, e.g. to watch what it sends)."""
    served: list[Served] = []

    def start(config: dict[str, Any], wrap: Callable[[Any], Any] | None = None) -> Served:
        item = Served(config, tmp_path / f"log{len(served)}.db", wrap)
        served.append(item)
        return item

    yield start


def run(coro: Any) -> Any:
    return asyncio.run(coro)


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[Any]:
    """A redis-server of this test's own, to stop and start again (tests/state/redis_server)."""
    from tests.state.redis_server import MISSING, RedisServer, installed

    if not installed():
        pytest.skip(MISSING)
    server = RedisServer(tmp_path).start()
    try:
        yield server
    finally:
        server.stop()
