"""An OpenAI-compatible test upstream that records exactly what it is sent (path, headers,
body) and answers by echoing the last user message, so that placeholders come back. Streams
are cut into pieces of `piece` characters, so a placeholder is split across SSE chunks."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

from aiohttp import web

from tests.conftest import free_port


class CaptureUpstream:
    def __init__(self, piece: int = 3) -> None:
        self.piece = piece
        self.requests: list[dict[str, Any]] = []
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> CaptureUpstream:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        runner = web.AppRunner(app)
        self._loop.run_until_complete(runner.setup())
        self._loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
        self._ready.set()
        self._loop.run_forever()

    def sent_text(self) -> str:
        """Everything the upstream received, as one string."""
        return "\n".join(r["raw"] for r in self.requests)

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        raw = await request.text()
        body = json.loads(raw)
        self.requests.append({"path": request.path, "headers": dict(request.headers),
                              "raw": raw, "body": body})  # fmt: skip
        users = [m for m in body["messages"] if m.get("role") in ("user", "tool")]
        answer = "You said: " + str(users[-1]["content"])
        if not body.get("stream"):
            return web.json_response(completion(answer))
        response = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await response.prepare(request)
        for i in range(0, len(answer), self.piece):
            delta = {"content": answer[i : i + self.piece]}
            await response.write(event({"choices": [{"index": 0, "delta": delta}]}))
        await response.write(event({"choices": [{"index": 0, "delta": {},
                                                  "finish_reason": "stop"}]}))  # fmt: skip
        await response.write(b"data: [DONE]\n\n")
        return response


def completion(text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-capture", "object": "chat.completion", "created": 1, "model": "capture",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }  # fmt: skip


def event(data: dict[str, Any]) -> bytes:
    chunk = {"id": "chatcmpl-capture", "object": "chat.completion.chunk", "created": 1,
             "model": "capture", **data}  # fmt: skip
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"
