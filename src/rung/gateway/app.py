"""The gateway: a pure ASGI app built by `create_app(config)`.

No work happens at import time and nothing is shared between apps: each `Gateway` owns its
backends, routes and request log. Every chat request gets one response and one log row.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncGenerator, AsyncIterator

import orjson

from rung._errors import RequestError, RungError, UnknownRoute
from rung.backends import Backend, build_backend
from rung.config import Config
from rung.defaults import default_config
from rung.gateway.http import (
    JSON_TYPE,
    SSE_DONE,
    SSE_HEADERS,
    Headers,
    Receive,
    Scope,
    Send,
    header,
    read_body,
    send_bytes,
    send_error,
    send_json,
    sse_event,
)
from rung.gateway.request import parse_chat
from rung.patterns import Pattern, build_pattern
from rung.telemetry.feedback import parse_feedback
from rung.telemetry.log import RequestLog, RequestRecord
from rung.types import ChatRequest, Chunk

logger = logging.getLogger("rung")


class Gateway:
    """What one app owns: backends, routes (patterns) and the request log."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.backends: dict[str, Backend] = {
            name: build_backend(name, spec) for name, spec in config.models.items()
        }
        self.routes: dict[str, Pattern] = {
            name: build_pattern(spec, self.backends) for name, spec in config.routes.items()
        }
        self.log = RequestLog(config.log_path()) if config.log.enabled else None
        self.route_header = config.server.route_header.lower().encode()

    async def start(self, routes: list[str] | None = None) -> None:
        """Start the backends of `routes` (all routes by default) and the request log."""
        for notice in self.config.notices:
            logger.warning("%s", notice)
        chosen = [self.routes[r] for r in routes or self.routes if r in self.routes]
        used = {b.name: b for p in chosen for b in p.backends()}
        for backend in used.values():
            await backend.start()
        if self.log is not None:
            self.log.start()

    async def close(self) -> None:
        for backend in self.backends.values():
            await backend.close()
        if self.log is not None:
            self.log.close()

    def route_name(self, scope: Scope, request: ChatRequest) -> str:
        """The route a request names: the route header when set, else the `model` field."""
        chosen = header(scope, self.route_header)
        return chosen.decode("latin-1") if chosen else str(request.body["model"])

    def pattern(self, route: str) -> Pattern:
        pattern = self.routes.get(route)
        if pattern is None:
            raise UnknownRoute(
                f"the route {route!r} does not exist; routes: {', '.join(self.routes)}",
                param="model",
            )
        return pattern


class App:
    """The ASGI callable. `create_app` builds one."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.gateway.start()
                except Exception as exc:
                    logger.exception("start-up failed")
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.gateway.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        path, method = scope["path"], scope["method"]
        if path == "/v1/chat/completions":
            if method == "POST":
                await Exchange(self.gateway, scope, receive, send).run()
                return
            await _not_allowed(send, "POST")
        elif path == "/v1/feedback":
            if method == "POST":
                await self._feedback(scope, receive, send)
                return
            await _not_allowed(send, "POST")
        elif path == "/v1/models":
            await send_json(send, 200, self.models())
        elif path == "/health":
            await send_json(send, 200, self.health())
        else:
            error = RungError(f"no such path: {path}")
            error.status, error.type, error.code = 404, "invalid_request_error", "not_found"
            await send_error(send, error)

    async def _feedback(self, scope: Scope, receive: Receive, send: Send) -> None:
        """`POST /v1/feedback`: a quality signal about an earlier request, stored beside it."""
        log = self.gateway.log
        try:
            feedback = parse_feedback(await read_body(scope, receive, 64 * 1024))
            if log is None:
                raise RequestError("the request log is off, so feedback cannot be stored")
            if not await asyncio.to_thread(log.known, feedback.request_id):
                error = UnknownRoute(f"no request with id {feedback.request_id!r}")
                error.code = "request_not_found"
                raise error
        except RungError as exc:
            await send_error(send, exc)
            return
        log.write(feedback)
        await send_json(send, 200, {"object": "feedback", "request_id": feedback.request_id,
                                    "name": feedback.name, "value": feedback.value})  # fmt: skip

    def models(self) -> dict[str, object]:
        data = [
            {"id": name, "object": "model", "created": 0, "owned_by": "rung"}
            for name in self.gateway.routes
        ]
        return {"object": "list", "data": data}

    def health(self) -> dict[str, object]:
        backends = {
            name: {
                "queue_depth": getattr(b, "queue_depth", 0),
                "residency": b.capabilities.residency,
            }
            for name, b in self.gateway.backends.items()
        }
        return {"status": "ok", "routes": list(self.gateway.routes), "backends": backends}


async def _not_allowed(send: Send, allowed: str) -> None:
    error = RungError(f"method not allowed; use {allowed}")
    error.status, error.type, error.code = 405, "invalid_request_error", "method_not_allowed"
    await send_error(send, error, [(b"allow", allowed.encode())])


class Exchange:
    """One chat request, from body to response and log row."""

    def __init__(self, gateway: Gateway, scope: Scope, receive: Receive, send: Send) -> None:
        self.gateway, self.scope, self.receive, self.send = gateway, scope, receive, send
        self.started = time.perf_counter()
        self.record = RequestRecord(id=f"req_{uuid.uuid4().hex}", time=time.time())
        self.headers: Headers = [(b"x-request-id", self.record.id.encode())]
        self.responded = False

    async def run(self) -> None:
        record = self.record
        try:
            await self._answer()
        except RungError as exc:
            record.status, record.error = exc.status, exc.message
            await self._error(exc)
        except OSError as exc:  # the client went away
            record.status, record.error = 499, f"client disconnected: {exc}"
        except Exception as exc:
            logger.exception("request %s failed", record.id)
            record.status, record.error = 500, f"internal error: {type(exc).__name__}"
            await self._error(RungError("internal error; the request id is in x-request-id"))
        finally:
            record.latency_ms = (time.perf_counter() - self.started) * 1000
            if self.gateway.log is not None:
                self.gateway.log.write(record)

    async def _answer(self) -> None:
        gateway = self.gateway
        body = await read_body(self.scope, self.receive, gateway.config.server.max_body_bytes)
        request = parse_chat(body)
        record = self.record
        record.route = route = gateway.route_name(self.scope, request)
        pattern = gateway.pattern(route)
        request.route, request.request_id = route, record.id
        record.pattern, record.stream = pattern.name, request.stream
        self.headers.append((b"x-rung-route", route.encode()))
        notice = gateway.config.route_notices.get(route)
        if notice:
            self.headers.append((b"x-rung-notice", notice.encode()))
        if request.stream:
            await self._stream(request, pattern)
            return
        completion = await pattern.complete(request, record.trace)
        self.responded = True
        await send_bytes(
            self.send, 200, completion.to_bytes(), [JSON_TYPE, *self._answer_headers()]
        )

    def _answer_headers(self) -> Headers:
        trace = self.record.trace
        extra = [(k.encode(), v.encode()) for k, v in trace.headers.items()]
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
        options = request.body.get("stream_options") or {}
        source = pattern.stream(request, self.record.trace)
        chunks = _client_chunks(source, options)
        try:
            first = await anext(chunks, None)  # a failure before the first byte is a plain error
            self.responded = True
            start = {"type": "http.response.start", "status": 200}
            await self.send({**start, "headers": [*SSE_HEADERS, *self._answer_headers()]})
            if first is not None:
                await self._event(first.to_bytes())
            async for chunk in chunks:
                await self._event(chunk.to_bytes())
            await self.send({"type": "http.response.body", "body": SSE_DONE})
        finally:
            await chunks.aclose()
            await _close(source)  # stops the backend's generation when the client has gone

    async def _event(self, payload: bytes) -> None:
        await self.send(
            {"type": "http.response.body", "body": sse_event(payload), "more_body": True}
        )

    async def _error(self, error: RungError) -> None:
        if not self.responded:
            self.responded = True
            answered = self.record.trace.answered_by
            await send_error(self.send, error, self._answer_headers() if answered else self.headers)
            return
        # The stream has begun: end it with an error event in OpenAI's format, never silently.
        try:
            event = sse_event(orjson.dumps(error.to_json()))
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


async def _close(iterator: AsyncIterator[Chunk]) -> None:
    aclose = getattr(iterator, "aclose", None)
    if aclose is not None:
        await aclose()


def create_app(config: Config | None = None) -> App:
    """The ASGI app for `config` (the embedded default when None)."""
    return App(Gateway(config or default_config()))


__all__ = ["App", "Gateway", "create_app"]
