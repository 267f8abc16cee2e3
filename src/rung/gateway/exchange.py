"""One request, from body to response and log row, in the client's API (its dialect)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator
from typing import TYPE_CHECKING

from rung._errors import RequestTestsNotAllowed, RouteNotAllowed, RungError
from rung.backends.relay import Relay
from rung.gateway.dialects import Dialect
from rung.gateway.http import (
    JSON_TYPE,
    SSE_DONE,
    Headers,
    Receive,
    Scope,
    Send,
    header,
    quoted,
    read_body,
    send_bytes,
)
from rung.gateway.logged import LoggedRequest
from rung.keys.floor import guard_for
from rung.patterns import Pattern
from rung.patterns.fixed import Fixed
from rung.telemetry.metrics import UNKNOWN
from rung.tokens import estimate_tokens, output_tokens
from rung.types import ChatRequest, Chunk, close_stream

if TYPE_CHECKING:
    from rung.gateway.app import Gateway

PASSED_HEADERS = (b"cache-control", b"x-rung-user")  # request headers patterns may read


class Exchange(LoggedRequest):
    """One request, from body to response and log row, in the client's API (`dialect`)."""

    def __init__(
        self,
        gateway: Gateway,
        scope: Scope,
        receive: Receive,
        send: Send,
        dialect: Dialect | None = None,
    ) -> None:
        super().__init__(gateway, scope, receive, send)
        self.dialect = dialect or Dialect()
        self.responded = False

    async def _answer(self) -> None:
        gateway = self.gateway
        body = await read_body(self.scope, self.receive, gateway.config.server.max_body_bytes)
        request = self.dialect.parse(body, self.scope)
        record = self.record
        route = gateway.route_name(self.scope, request)
        record.route = route if route in gateway.routes else UNKNOWN  # labels stay bounded
        if not self.principal.may_use(route):
            raise RouteNotAllowed(f"this key may not use the route {quoted(route)}", param="model")
        if "tests" in request.rung_options and not self.principal.request_tests:
            raise RequestTestsNotAllowed(
                "this key may not send tests to run (`rung.tests`); see rung keys create "
                "--allow-request-tests",
                param="rung.tests",
            )
        pattern = gateway.pattern(route)
        request.route, request.request_id = route, record.id
        pattern = gateway.supersede.wrap(pattern, request, self.scope, self.principal)  # FIM only
        for name in PASSED_HEADERS:
            value = header(self.scope, name)
            if value is not None:
                request.headers[name.decode()] = value.decode("latin-1")
        record.pattern, record.stream = pattern.name, request.stream
        self.headers.append((b"x-rung-route", route.encode()))
        privacy = gateway.privacy.get(route)
        if gateway.config.log.prompts and (privacy is None or privacy.log_values):
            record.prompt = request.last_user_text()  # never raw personal data unless asked
        record.trace.guard = await guard_for(gateway, request, privacy, self.principal)
        await self._admit(route, lambda: (estimate_tokens(request), output_tokens(request, 0)))
        notice = gateway.config.route_notices.get(route)
        if notice:
            self.headers.append((b"x-rung-notice", notice.encode()))
        if request.stream:
            await self._stream(request, pattern)
            return
        completion = await pattern.complete(request, record.trace)
        self.responded = True
        body = self.dialect.render(completion, request)
        await send_bytes(self.send, 200, body, [JSON_TYPE, *self._answer_headers()])

    def _answer_headers(self) -> Headers:
        trace = self.record.trace
        extra = [(k.encode(), v.encode()) for k, v in trace.headers.items()]
        if trace.escalated is not None:
            extra.append((b"x-rung-escalated", b"true" if trace.escalated else b"false"))
        return [*self.headers, (b"x-rung-model", trace.answered_by.encode()), *extra]

    async def _stream(self, request: ChatRequest, pattern: Pattern) -> None:
        """Stream the pattern's chunks; stop generating as soon as the client goes away."""
        pump = asyncio.ensure_future(self._pump(request, pattern))
        gone = asyncio.ensure_future(_disconnected(self.receive))
        try:
            await asyncio.wait((pump, gone), return_when=asyncio.FIRST_COMPLETED)
        finally:
            gone.cancel()
        if not pump.done():
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump
            raise ConnectionResetError("the client went away mid-stream")
        pump.result()

    async def _pump(self, request: ChatRequest, pattern: Pattern) -> None:
        if isinstance(pattern, Fixed) and type(self.dialect) is Dialect:  # OpenAI chat, no cache
            opened = await pattern.relay(request, self.record.trace)
            if opened is not None:
                await self._relay(*opened)
                return
        await self._chunks(request, pattern)

    async def _relay(self, relay: Relay, first: bytes) -> None:
        """The upstream's events as they came (`rung.backends.relay`): one block per send,
        the next read only once the client's transport took it. OpenAI's events only, so the
        row is journaled here before the block that ends with `[DONE]` (`plain` send: no
        check of every block for the end markers of every dialect)."""
        send = self.plain
        journal = self.journal if self.gateway.log.journaling else None
        try:
            self.responded = True
            start = {"type": "http.response.start", "status": 200}
            headers = [*self.dialect.stream_headers, *self._answer_headers()]
            await send({**start, "headers": headers})
            block: bytes | None = first
            while block is not None:
                if journal is not None and block.endswith(SSE_DONE):
                    journal()
                await send({"type": "http.response.body", "body": block, "more_body": True})
                block = await relay.next()
            if journal is not None:
                journal()  # once per request: a stream without [DONE] ends here
            await send({"type": "http.response.body", "body": b""})
        finally:
            await relay.aclose()  # closes the upstream connection unless the stream ended

    async def _chunks(self, request: ChatRequest, pattern: Pattern) -> None:
        """The pattern's chunks, parsed, in the client's API (its dialect's frames)."""
        options = request.body.get("stream_options") or {}
        source = pattern.stream(request, self.record.trace)
        chunks = _client_chunks(source, options)
        frames = self.dialect.frames(chunks, request)
        try:
            first = await anext(frames, None)  # a failure before the first byte is a plain error
            self.responded = True
            start = {"type": "http.response.start", "status": 200}
            headers = [*self.dialect.stream_headers, *self._answer_headers()]
            await self.send({**start, "headers": headers})
            if first is not None:
                await self._frame(first)
            async for frame in frames:
                await self._frame(frame)
            await self.send({"type": "http.response.body", "body": b""})
        finally:
            await frames.aclose()  # type: ignore[attr-defined]
            await chunks.aclose()
            await close_stream(source)  # stops the backend's generation when the client has gone

    async def _frame(self, frame: bytes) -> None:
        await self.send({"type": "http.response.body", "body": frame, "more_body": True})

    async def _error(self, error: RungError) -> None:
        if not self.responded:
            self.responded = True
            answered = self.record.trace.answered_by
            headers = self._answer_headers() if answered else self.headers
            headers = [JSON_TYPE, *error.headers(), *headers]
            await send_bytes(self.send, error.status, self.dialect.error(error), headers)
            return
        # The stream has begun: end it with an error frame in the client's format, never silently.
        try:
            event = self.dialect.stream_error(error)
            await self.send({"type": "http.response.body", "body": event})
        except OSError:
            pass


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _client_chunks(
    chunks: AsyncIterator[Chunk], options: dict[str, object]
) -> AsyncGenerator[Chunk, None]:
    """The chunks the client asked for: the usage-only chunk only with include_usage."""
    include_usage = bool(options.get("include_usage"))
    async for chunk in chunks:
        if not include_usage and chunk.usage is not None and not chunk.data.get("choices"):
            continue
        yield chunk
