"""Upstreams for the stream tests: one that writes a scripted SSE body in the pieces given and
records what it was sent, and one that streams without end on a raw socket and notes when the
reader stops taking its bytes (for backpressure) and when the reader goes away."""

from __future__ import annotations

import asyncio
import select
import socket
import threading
from typing import Any

import orjson
from aiohttp import web

from tests.servers import ThreadedApp, read_request

HEAD = {"id": "chatcmpl-7", "object": "chat.completion.chunk", "created": 7, "model": "up-m"}


def event(data: Any, spaced: bool = False) -> bytes:
    """One SSE event; `spaced` writes the JSON with spaces, as some upstreams do."""
    text = orjson.dumps(data)
    if spaced:
        text = text.replace(b'":', b'": ').replace(b",", b", ")
    return b"data: " + text + b"\n\n"


def content(text: str, finish: str | None = None) -> dict[str, Any]:
    delta = {"content": text} if text else {}
    return {**HEAD, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            "usage": None}  # fmt: skip


def usage(prompt: int, completion: int) -> dict[str, Any]:
    tokens = {"prompt_tokens": prompt, "completion_tokens": completion}
    return {**HEAD, "choices": [], "usage": {**tokens, "total_tokens": prompt + completion}}


DONE = b"data: [DONE]\n\n"


HOLD = None  # in ScriptedSSE's pieces: send nothing more, keep the connection open


class ScriptedSSE(ThreadedApp):
    """Answers every POST with `pieces` (bytes written one by one, flushed each), as an SSE
    stream, up to a HOLD if there is one; a JSON body when `json` is set. `bodies` holds the
    requests' JSON bodies."""

    def __init__(self, pieces: list[bytes | None], json: bytes | None = None) -> None:
        super().__init__()
        self.pieces, self.json = pieces, json
        self.bodies: list[Any] = []

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/chat/completions", self._answer)
        app.router.add_post("/v1/completions", self._answer)

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        self.bodies.append(orjson.loads(await request.read()))
        if self.json is not None:
            return web.Response(body=self.json, content_type="application/json")
        response = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await response.prepare(request)
        for piece in self.pieces:
            if piece is None:  # HOLD
                await asyncio.Event().wait()  # until the server is closed
            else:
                await response.write(piece)
        await response.write_eof()
        return response


class EndlessSSE:
    """Streams content events to one connection, on a thread, until `limit` bytes are sent or
    the reader takes nothing for `patience` seconds (`stalled`: set with `written`, the bytes
    sent by then) or goes away (`gone`). `settled` is set by whichever comes first."""

    def __init__(self, limit: int, patience: float = 2.0) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1"
        self.limit, self.patience = limit, patience
        self.written = 0
        self.stalled, self.gone, self.settled = (threading.Event() for _ in range(3))
        self.release = threading.Event()  # set by the test: stop waiting, close
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> EndlessSSE:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.thread.join(10)
        self.sock.close()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            read_request(conn)
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 16384)
            conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\n")
            conn.setblocking(False)
            self._pour(conn)
        self.settled.set()

    def _pour(self, conn: socket.socket) -> None:
        block = event(content("x" * 1000)) * 16
        pending = memoryview(block)
        while self.written < self.limit and not self.release.is_set():
            _, writable, _ = select.select([], [conn], [], self.patience)
            if not writable:
                self.stalled.set()
                self.settled.set()
                continue
            try:
                sent = conn.send(pending)
            except BlockingIOError:
                continue
            except OSError:
                self.gone.set()
                self.settled.set()
                return
            self.written += sent
            pending = pending[sent:] or memoryview(block)
