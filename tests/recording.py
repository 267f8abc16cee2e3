"""A recording proxy for tests: put it in front of a real OpenAI-compatible upstream (the
llama.cpp server fixture) and it keeps the exact body of every request it forwards, so a test
can assert what the upstream RECEIVED, while the real upstream still answers (streams too)."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from aiohttp import web

from tests.servers import ThreadedApp

HOP_BY_HOP = {"connection", "content-length", "transfer-encoding", "keep-alive"}


class RecordingProxy(ThreadedApp):
    """`with RecordingProxy(upstream_v1_url) as proxy:` serves `proxy.url` (a `/v1` base URL);
    `proxy.bodies` holds the parsed JSON body of each forwarded request, in order."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = target.rstrip("/")
        self.bodies: list[dict[str, Any]] = []

    def routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/v1/{path:.*}", self._forward)

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
