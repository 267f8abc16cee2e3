"""A scripted misbehaving HTTP upstream: each connection gets the next scripted answer."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from typing import Self

import orjson
from aiohttp import web

from rung.backends.mock import completion_for

HANG = None  # a scripted answer of None: read the request, never answer


class Held(bytes):
    """A scripted answer sent, after which the connection is held open, silent."""


def http_answer(status: str, body: bytes, headers: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\n{headers}"
    return (head + f"content-length: {len(body)}\r\nconnection: close\r\n\r\n").encode() + body


def ok(text: str = "fine") -> bytes:
    return http_answer("200 OK", orjson.dumps(completion_for(text, "up")))


def error(status: str, message: str, headers: str = "") -> bytes:
    return http_answer(status, orjson.dumps({"error": {"message": message}}), headers)


def sse(texts: list[str], done: bool = True) -> bytes:
    """A streamed answer of `texts`; without `done` it stops midway (no [DONE])."""
    head = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n"
    events = b""
    for text in texts:
        chunk = {"id": "c", "object": "chat.completion.chunk", "model": "up",
                 "choices": [{"index": 0, "delta": {"content": text}}]}  # fmt: skip
        events += b"data: " + orjson.dumps(chunk) + b"\n\n"
    return head + events + (b"data: [DONE]\n\n" if done else b"")


class ScriptedServer:
    """Answers the n-th connection with `script[n]` (the last entry repeats)."""

    def __init__(self, *script: bytes | None) -> None:
        self.script = list(script)
        self.connections = 0
        self.heads: list[str] = []  # each request's line and headers, in order
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        held: list[socket.socket] = []
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            answer = self.script[min(self.connections, len(self.script) - 1)]
            self.connections += 1
            self.heads.append(read_request(conn))
            if answer is None or isinstance(answer, Held):
                conn.sendall(answer or b"")
                held.append(conn)
                continue
            conn.sendall(answer)
            time.sleep(0.01)
            conn.close()
        for conn in held:
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.sock.close()

    def __enter__(self) -> ScriptedServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_request(conn: socket.socket) -> str:
    """Read one HTTP request (head and Content-Length body) from `conn`; return the head."""
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        part = conn.recv(65536)
        if not part:
            break
        data += part
    head, _, body = data.partition(b"\r\n\r\n")
    text = head.decode("latin-1")
    length = 0
    for line in text.split("\r\n"):
        if line.lower().startswith("content-length:"):
            length = int(line.split(":")[1])
    while len(body) < length:
        part = conn.recv(65536)
        if not part:
            break
        body += part
    return text


async def _cancel_the_rest() -> None:
    """Cancel the loop's other tasks (handlers still answering) and wait until they end."""
    tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


class ThreadedApp:
    """An aiohttp app on a free port, served by a thread with its own event loop. A subclass
    adds its routes in `routes`; `url` is its `/v1` base URL."""

    def __init__(self) -> None:
        from tests.conftest import free_port

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError(f"{type(self).__name__} did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(_cancel_the_rest(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application(client_max_size=8 * 1024 * 1024)
        self.routes(app)
        runner = web.AppRunner(app)
        self._loop.run_until_complete(runner.setup())
        self._loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
        self._ready.set()
        self._loop.run_forever()
