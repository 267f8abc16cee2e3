"""A dialect: how one client API is read and written (OpenAI chat completions by default).

Every request, whichever API the client speaks, runs as a `ChatRequest` through the same
routes, patterns, privacy guard, keys, log and metrics (`rung.gateway.exchange`). A dialect
only translates at the two ends: the client's body into a `ChatRequest` (`parse`), and the
chat-shaped answer back into the client's form (`render` for a whole answer, `frames` for a
stream, `error` for a failure). Its error bodies follow `rung.gateway.http.error_json`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import orjson

from rung._errors import RungError
from rung.gateway.http import SSE_DONE, SSE_HEADERS, Headers, Scope, error_json, sse_event
from rung.gateway.request import parse_chat
from rung.patterns.keepalive import KeepAlive
from rung.types import ChatRequest, Chunk, Completion


class Dialect:
    """OpenAI's chat completions; other APIs subclass it and override what differs."""

    path = "/v1/chat/completions"
    stream_headers: Headers = SSE_HEADERS

    def parse(self, raw: bytes, scope: Scope) -> ChatRequest:
        """The request as rung runs it, or a RequestError naming what is wrong and where."""
        return parse_chat(raw)

    def render(self, completion: Completion, request: ChatRequest) -> bytes:
        """A whole answer's response body."""
        return completion.to_bytes()

    async def frames(
        self, chunks: AsyncIterator[Chunk], request: ChatRequest
    ) -> AsyncIterator[bytes]:
        """A stream's body, frame by frame. The first frame is yielded only once the first
        chunk has come, so that a failure before it is still a plain error response."""
        async for chunk in chunks:
            yield chunk.sse() if isinstance(chunk, KeepAlive) else sse_event(chunk.to_bytes())
        yield SSE_DONE

    def error(self, error: RungError) -> bytes:
        """An error response's body."""
        return orjson.dumps(error_json(error, self.path))

    def stream_error(self, error: RungError) -> bytes:
        """The frame that ends a stream that has begun, when it fails: never silently."""
        return sse_event(self.error(error))
