"""An OpenAI-compatible test upstream that records exactly what it is sent (path, headers,
body) and answers by echoing the last user message, so that placeholders come back. Streams
are cut into pieces of `piece` characters, so a placeholder is split across SSE chunks.
With `reply` set, it answers that text instead (an answer the request did not contain)."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from tests.servers import ThreadedApp


class CaptureUpstream(ThreadedApp):
    def __init__(self, piece: int = 3) -> None:
        super().__init__()
        self.piece = piece
        self.reply: str | None = None
        self.requests: list[dict[str, Any]] = []

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/chat/completions", self._chat)

    def sent_text(self) -> str:
        """Everything the upstream received, as one string."""
        return "\n".join(r["raw"] for r in self.requests)

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        raw = await request.text()
        body = json.loads(raw)
        self.requests.append({"path": request.path, "headers": dict(request.headers),
                              "raw": raw, "body": body})  # fmt: skip
        users = [m for m in body["messages"] if m.get("role") in ("user", "tool")]
        answer = self.reply if self.reply is not None else "You said: " + str(users[-1]["content"])
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
