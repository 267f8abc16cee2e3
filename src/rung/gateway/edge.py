"""The gateway's edge: what every HTTP request passes before the app sees it.

No web page can drive rung (see docs/security.md):
- `Host` must be loopback (`localhost`, `127.0.0.1`, `[::1]`, with any port), the configured
  listening address, or one of `server.allowed_hosts` (DNS-rebinding defence): else 403.
- A request with an `Origin` not in `server.allowed_origins` is refused (403); an allowed origin
  gets CORS headers, and its preflight (`OPTIONS` with `Access-Control-Request-Method`) is
  answered here. A cross-site request without `Origin` (`Sec-Fetch-Site`) is refused too.
- `POST` bodies must be `application/json` (415 otherwise), so that no "simple" cross-site
  request (text/plain, a form) reaches a handler.
- The request body must arrive within `server.body_timeout` seconds (408, connection closed).

Every refusal, and every error response the app sends outside the chat path (404, 405, ...), is
written to the request log. Every response body and header passes the secret scrubber.
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import orjson

from rung._errors import BodyTimeout, Refused, RequestError, RungError, UnsupportedMediaType
from rung.gateway.corked import CorkedTransport
from rung.gateway.http import (
    Headers,
    Message,
    Receive,
    Scope,
    Send,
    error_json,
    header,
    send_error,
)
from rung.secrets import Scrubber
from rung.telemetry.log import RequestRecord
from rung.telemetry.records import new_request_id

if TYPE_CHECKING:
    from rung.config import ServerConfig
    from rung.gateway.app import Gateway

Handler = Callable[[Scope, Receive, Send], Awaitable[None]]
# The paths whose handler writes its own request-log row (one per request, as chat does).
EXCHANGE_PATHS = frozenset(
    {
        "/v1/chat/completions", "/v1/completions", "/v1/messages", "/v1/embeddings",
        "/api/generate", "/api/chat", "/api/embed", "/api/embeddings", "/infill",
    }
)  # fmt: skip
HEALTH_PATH = "/health"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost"})
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
JSON_MEDIA = b"application/json"
ALLOW_METHODS = b"GET, POST, OPTIONS"
EXPOSE_HEADERS = (
    b"x-request-id, x-rung-route, x-rung-model, x-rung-escalated, x-rung-notice, retry-after, "
    b"x-ratelimit-limit-requests, x-ratelimit-remaining-requests, x-ratelimit-reset-requests, "
    b"x-ratelimit-limit-tokens, x-ratelimit-remaining-tokens, x-ratelimit-reset-tokens"
)
CROSS_SITE = frozenset({b"cross-site", b"same-site"})
WILDCARDS = frozenset({"0.0.0.0", "::", ""})


def host_name(value: bytes) -> str:
    """The name in a Host header, without its port and brackets, lower case."""
    text = value.decode("latin-1").strip().lower()
    if text.startswith("["):
        return text[1 : text.find("]")] if "]" in text else text
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


def is_loopback(name: str) -> bool:
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class Policy:
    """The edge's rules, from the `server:` section."""

    def __init__(self, server: ServerConfig) -> None:
        self.origins = frozenset(o.rstrip("/").lower() for o in server.allowed_origins)
        hosts = {h.lower().strip("[]") for h in server.allowed_hosts}
        if server.host not in WILDCARDS:
            hosts.add(server.host.lower().strip("[]"))
        self.any_host = "*" in hosts
        self.hosts = frozenset(hosts)
        self.seen: dict[bytes, bool] = {}
        self.body_timeout = server.body_timeout

    def host_allowed(self, value: bytes | None) -> bool:
        if value is None or self.any_host:  # no Host: HTTP/1.0, never a browser
            return True
        known = self.seen.get(value)
        if known is None:
            name = host_name(value)
            known = name in self.hosts or is_loopback(name)
            if len(self.seen) < 256:  # the few Host values real clients send
                self.seen[value] = known
        return known

    def origin_allowed(self, origin: bytes) -> bool:
        return origin.decode("latin-1").rstrip("/").lower() in self.origins


def host_notice(server: ServerConfig) -> str | None:
    """A warning when rung listens on every address but accepts only loopback Host names."""
    if server.host in WILDCARDS and not server.allowed_hosts:
        return (
            f"listening on {server.host!r}, but only requests naming a loopback Host are served; "
            "list the names clients use in server.allowed_hosts"
        )
    return None


def refusal(scope: Scope, policy: Policy, headers: dict[bytes, bytes]) -> RungError | None:
    """Why the edge refuses this request (`headers`: its headers as a dict), or None."""
    if not policy.host_allowed(headers.get(b"host")):
        return Refused("the Host header names no address this gateway serves")
    origin = headers.get(b"origin")
    if origin is not None and not policy.origin_allowed(origin):
        return Refused("requests from this Origin are not allowed (see server.allowed_origins)")
    if origin is None and headers.get(b"sec-fetch-site") in CROSS_SITE:
        return Refused("cross-site requests are not allowed")
    if scope["method"] in BODY_METHODS and not _is_json(headers.get(b"content-type")):
        return UnsupportedMediaType("the request body must be JSON: content-type application/json")
    return None


def _is_json(value: bytes | None) -> bool:
    return value is not None and value.split(b";", 1)[0].strip().lower() == JSON_MEDIA


def _is_preflight(scope: Scope) -> bool:
    return scope["method"] == "OPTIONS" and bool(header(scope, b"access-control-request-method"))


def cors_headers(origin: bytes) -> Headers:
    return [
        (b"access-control-allow-origin", origin),
        (b"vary", b"Origin"),
        (b"access-control-expose-headers", EXPOSE_HEADERS),
    ]


def preflight_headers(scope: Scope, origin: bytes) -> Headers:
    asked = header(scope, b"access-control-request-headers") or b"authorization, content-type"
    return [
        (b"access-control-allow-origin", origin),
        (b"access-control-allow-methods", ALLOW_METHODS),
        (b"access-control-allow-headers", asked),
        (b"access-control-max-age", b"600"),
        (b"vary", b"Origin"),
    ]


class BodyClock:
    """`receive`, bounded: the whole body must arrive within `seconds` of the first call.

    One timer per request (not one per receive, which costs more than the rest of the edge): when
    it fires while the request waits on `receive`, the wait is cancelled and BodyTimeout raised.
    """

    def __init__(self, receive: Receive, seconds: float) -> None:
        self.receive, self.seconds = receive, seconds
        self.timer: asyncio.TimerHandle | None = None
        self.task: asyncio.Task[Any] | None = None
        self.waiting = self.expired = self.complete = False

    async def __call__(self) -> Message:
        if self.complete:
            return await self.receive()
        if self.timer is None:
            self.task = asyncio.current_task()
            self.timer = asyncio.get_running_loop().call_later(self.seconds, self._expire)
        if self.expired:
            raise self._error()
        self.waiting = True
        try:
            message = await self.receive()
        except asyncio.CancelledError:
            if not self.expired or self.task is None or self.task.uncancel() > 0:
                raise
            raise self._error() from None
        finally:
            self.waiting = False
        if message["type"] != "http.request" or not message.get("more_body", False):
            self.complete = True
            self.timer.cancel()
        return message

    def _expire(self) -> None:
        self.expired = True
        if self.waiting and self.task is not None:
            self.task.cancel()

    def _error(self) -> BodyTimeout:
        return BodyTimeout(f"the request body did not arrive within {self.seconds:g} s")

    def close(self) -> None:
        if self.timer is not None:
            self.timer.cancel()


class Edge:
    """The checks above, around the app's HTTP handler, for one gateway."""

    def __init__(self, gateway: Gateway, scrub: Scrubber | None = None) -> None:
        self.gateway = gateway
        self.policy = Policy(gateway.config.server)
        self.scrub = scrub or Scrubber(())

    async def __call__(self, scope: Scope, receive: Receive, send: Send, app: Handler) -> None:
        headers = dict(scope["headers"])
        origin = headers.get(b"origin")
        error = refusal(scope, self.policy, headers)
        if error is not None:
            request_id = new_request_id()
            ids = [(b"x-request-id", request_id.encode())]
            await send_error(self._send(send), error, ids, scope["path"])
            self._log(scope, request_id, error.status, error.message)
            return
        if origin is not None and _is_preflight(scope):
            start = {"type": "http.response.start", "status": 204}
            await send({**start, "headers": preflight_headers(scope, origin)})
            await send({"type": "http.response.body", "body": b""})
            return
        extra = cors_headers(origin) if origin is not None else []
        if scope["path"] != HEALTH_PATH and not _own_auth(scope["path"]):
            try:
                principal = self.gateway.auth.resolve(headers)
            except RungError as refused:  # no key, or one rung does not accept: 401
                request_id = new_request_id()
                ids = [(b"x-request-id", request_id.encode())]
                await send_error(self._send(send, extra), refused, ids, scope["path"])
                self._log(scope, request_id, refused.status, refused.message)
                return
            scope.setdefault("state", {})["principal"] = principal
        exchange = scope["path"] in EXCHANGE_PATHS and scope["method"] == "POST"
        outcome: dict[str, Any] = {}
        out = self._send(send, extra, None if exchange else outcome)
        clock = BodyClock(receive, self.policy.body_timeout)
        try:
            await app(scope, clock, out)
        finally:
            clock.close()
        if "status" in outcome:
            self._log(scope, outcome["id"], outcome["status"], _message(outcome["body"]))

    def _send(
        self,
        send: Send,
        extra: Headers | None = None,
        outcome: dict[str, Any] | None = None,
    ) -> Send:
        """`send`, with the CORS headers, scrubbed, and noting an error answer in `outcome`."""
        scrub = self.scrub if self.scrub else None
        if not extra and outcome is None and scrub is None:
            return send

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), *(extra or [])]
                if outcome is not None and message["status"] >= 400:
                    outcome.update(status=message["status"], id=new_request_id(), body=b"")
                    headers.append((b"x-request-id", outcome["id"].encode()))
                if scrub is not None:
                    headers = [(k, scrub.bytes(v)) for k, v in headers if k != b"content-length"]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                if scrub is not None:
                    message = {**message, "body": scrub.bytes(message.get("body", b""))}
                if outcome is not None and "status" in outcome and len(outcome["body"]) < 4096:
                    outcome["body"] += message.get("body", b"")[:4096]
            await send(message)

        return wrapped

    def _log(self, scope: Scope, request_id: str, status: int, message: str) -> None:
        """One request-log row for a request answered with an error outside the chat path."""
        record = RequestRecord(id=request_id, time=time.time(), status=status)
        record.error = f"{scope['method']} {scope['path']}: {message}"[:1000]
        who = scope.get("state", {}).get("principal")
        if who is not None and who.key_id != "-":
            record.key_id, record.key_name, record.team = who.key_id, who.name, who.team
        self.gateway.log.write(record)


def _own_auth(path: str) -> bool:
    """The dashboard (`/ui`) checks keys itself: a browser sends the master key by Basic auth."""
    return path == "/ui" or path.startswith("/ui/")


def _message(body: bytes) -> str:
    try:
        error = orjson.loads(body)["error"]  # OpenAI's and Anthropic's format, or Ollama's
        return error if isinstance(error, str) else str(error["message"])
    except (ValueError, KeyError, TypeError):
        return body[:200].decode("utf-8", "replace")


def header_timeout_protocol(seconds: float) -> type[asyncio.Protocol]:
    """uvicorn's httptools protocol, closing a connection whose request line and headers do
    not arrive within `seconds` (uvicorn itself has no such timeout; its keep-alive timeout only
    covers idle time between requests), and answering a request that is not valid HTTP (a
    control character in a header, a malformed request line) with a 400 in the format of the
    API its path belongs to, as JSON, instead of uvicorn's plain-text one. What one turn of the
    event loop writes to a connection goes out in one system call (`CorkedTransport`)."""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class HeaderTimeoutProtocol(HttpToolsProtocol):
        header_timer: asyncio.TimerHandle | None = None

        def send_400_response(self, msg: str) -> None:
            path = urlsplit(getattr(self, "url", b"") or b"/").path.decode("latin-1")
            error = RequestError(f"the request is not valid HTTP/1.1: {msg.rstrip('.').lower()}")
            body = orjson.dumps(error_json(error, path))
            head = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n"
            head += b"content-length: %d\r\nconnection: close\r\n\r\n" % len(body)
            self.transport.write(head + body)
            self.transport.close()

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self.transport = CorkedTransport(transport, self.loop)  # type: ignore[assignment]
            self._arm()

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._arm()

        def on_headers_complete(self) -> None:
            self._disarm()
            super().on_headers_complete()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self.header_timer is None:
                self.header_timer = self.loop.call_later(seconds, self._headers_late)

        def _disarm(self) -> None:
            if self.header_timer is not None:
                self.header_timer.cancel()
                self.header_timer = None

        def _headers_late(self) -> None:
            self.header_timer = None
            if not self.transport.is_closing():
                self.transport.close()

    return HeaderTimeoutProtocol


__all__ = [
    "BodyClock",
    "BodyTimeout",
    "Edge",
    "Policy",
    "Refused",
    "UnsupportedMediaType",
    "header_timeout_protocol",
    "host_name",
    "host_notice",
    "is_loopback",
    "refusal",
]
