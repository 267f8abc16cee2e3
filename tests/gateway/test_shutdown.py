"""On SIGTERM the gateway stops accepting, finishes what is in flight, logs it, and exits;
every request answered has its row in the log, also when SIGTERM comes in the middle of load."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import orjson
import pytest

from rung.backends.mock import completion_for
from tests.conftest import free_port, wait_until_up
from tests.waiting import poll

ROOT = Path(__file__).resolve().parents[2]
ANSWER = orjson.dumps(completion_for("fine", "up"))
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    + f"content-length: {len(ANSWER)}\r\n\r\n".encode()
    + ANSWER
)


class FastUpstream(asyncio.Protocol):
    """A keep-alive OpenAI-compatible upstream that answers every request at once."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport, self.buffer = transport, b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end].lower()
            at = head.find(b"content-length:")
            length = int(head[at + 15 :].split(b"\r\n")[0]) if at >= 0 else 0
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            self.transport.write(RESPONSE)


def serve_upstream(port: int) -> None:
    async def main() -> None:
        server = await asyncio.get_running_loop().create_server(FastUpstream, "127.0.0.1", port)
        await server.serve_forever()

    asyncio.run(main())


def start_upstream() -> tuple[subprocess.Popen[bytes], int]:
    """The fake upstream, listening: a gateway sent load before it listens would open its
    breaker and answer 503 (seen on a loaded machine)."""
    port = free_port()
    code = f"from tests.gateway.test_shutdown import serve_upstream; serve_upstream({port})"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env)

    def listening() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            return False
        return True

    if not poll(listening, bool, timeout=60):
        process.kill()
        raise RuntimeError(f"the fake upstream did not listen on {port} within 60 s")
    return process, port


async def load(url: str, server: subprocess.Popen[bytes], clients: int, total: int,
               sigterm_after: int) -> list[str]:  # fmt: skip
    """`clients` concurrent clients send up to `total` requests; after `sigterm_after`
    answers the server gets SIGTERM and the clients go on until it refuses them. The ids of
    the answers (their x-request-id)."""
    ids: list[str] = []
    body = {"model": "up", "messages": [{"role": "user", "content": "Hi."}], "max_tokens": 8}
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:

        async def one_client() -> None:
            while len(ids) < total:
                try:
                    answer = await client.post(url, json=body)
                except httpx.HTTPError:
                    return  # the server is going away
                if "x-request-id" in answer.headers:
                    ids.append(answer.headers["x-request-id"])
                if len(ids) == sigterm_after:
                    server.send_signal(signal.SIGTERM)

        await asyncio.gather(*(one_client() for _ in range(clients)))
    return ids


def test_sigterm_under_load_loses_no_log_row(tmp_path: Path) -> None:
    upstream, upstream_port = start_upstream()
    port = free_port()
    config = tmp_path / "rung.yaml"
    config.write_text(
        f"models: {{up: {{backend: openai, base_url: 'http://127.0.0.1:{upstream_port}/v1',"
        " model: gpt-4o-mini}}\n"
        "routes: {up: {model: up}}\n"
        f"log: {{path: '{tmp_path / 'log.db'}'}}\n"
    )
    command = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config)]
    server = subprocess.Popen([*command, "--port", str(port)], stderr=subprocess.DEVNULL)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/health")
        url = f"http://127.0.0.1:{port}/v1/chat/completions"
        ids = asyncio.run(load(url, server, clients=16, total=20_000, sigterm_after=3_000))
        assert server.wait(timeout=60) in (0, -signal.SIGTERM)
    finally:
        server.kill()
        upstream.kill()
        upstream.wait()
    assert 3_000 <= len(ids) < 20_000  # SIGTERM came mid-load and ended it
    assert len(set(ids)) == len(ids)
    with sqlite3.connect(tmp_path / "log.db") as db:
        rows = dict(db.execute("SELECT id, status FROM requests").fetchall())
    missing = [i for i in ids if i not in rows]
    assert missing == [], f"{len(missing)} of {len(ids)} answered requests have no row"
    assert {rows[i] for i in ids} == {200}


@pytest.mark.live
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
