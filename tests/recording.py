"""A recording proxy for tests: put it in front of a real OpenAI-compatible upstream (the
llama.cpp server fixture) and it keeps the exact body of every request it forwards, so a test
can assert what the upstream RECEIVED, while the real upstream still answers (streams too)."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import aiohttp
from aiohttp import web

from tests.conftest import free_port

HOP_BY_HOP = {"connection", "content-length", "transfer-encoding", "keep-alive"}


class RecordingProxy:
    """`with RecordingProxy(upstream_v1_url) as proxy:` serves `proxy.url` (a `/v1` base URL);
    `proxy.bodies` holds the parsed JSON body of each forwarded request, in order."""

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self.bodies: list[dict[str, Any]] = []
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RecordingProxy:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the recording proxy did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application(client_max_size=8 * 1024 * 1024)
        app.router.add_route("*", "/v1/{path:.*}", self._forward)
        runner = web.AppRunner(app)
        self._loop.run_until_complete(runner.setup())
        self._loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
        self._ready.set()
        self._loop.run_forever()

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        if raw:
            self.bodies.append(json.loads(raw))
        url = f"{self.target}/{request.match_info['path']}"
        headers = {"content-type": request.headers.get("content-type", "application/json")}
        async with (
            aiohttp.ClientSession() as session,
            session.request(request.method, url, data=raw, headers=headers) as upstream,
        ):
            kept = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP}
            response = web.StreamResponse(status=upstream.status, headers=kept)
            await response.prepare(request)
            async for piece in upstream.content.iter_any():
                await response.write(piece)
            await response.write_eof()
            return response
