"""The few pieces of raw ASGI the gateway needs: read a bounded body, send JSON, send SSE."""

from __future__ import annotations

import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import orjson

from rung._errors import BodyTooLarge, RequestError, RungError, UnsupportedMediaType

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Headers = list[tuple[bytes, bytes]]
# How deeply a request's JSON may nest. orjson reads 1,024 levels but writes only 254, and
# Python's json and jsonschema recurse per level: deeper bodies are refused with a 400.
MAX_JSON_DEPTH = 100
CONTAINERS = (dict, list)  # a tuple: isinstance checks it faster than `dict | list`

JSON_TYPE = (b"content-type", b"application/json")
SSE_HEADERS: Headers = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]


def header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return value  # type: ignore[no-any-return]
    return None


# Request bodies a client may compress (`content-encoding`): gzip, or zlib's deflate; the
# window size 32 + 15 reads either header.
COMPRESSED = (b"gzip", b"x-gzip", b"deflate")


async def read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    """The whole request body, decompressed when the client compressed it; BodyTooLarge as soon
    as it passes `limit` bytes, sent or decompressed (a small bomb is refused too)."""
    return decoded(await _read(scope, receive, limit), header(scope, b"content-encoding"), limit)


GZIP_MAGIC = b"\x1f\x8b"


def decoded(body: bytes, encoding: bytes | None, limit: int) -> bytes:
    """`body` as it was before its `content-encoding`: gzip, deflate or none; another coding is
    a 415, a body that does not decompress a 400, more than `limit` bytes a 413."""
    codings = [c.strip().lower() for c in (encoding or b"").split(b",")]
    codings = [c for c in codings if c and c != b"identity"]
    if not codings:
        return body
    if len(codings) > 1 or codings[0] not in COMPRESSED:
        name = quoted(b", ".join(codings).decode("latin-1"))
        raise UnsupportedMediaType(
            f"the request's content-encoding {name} is not supported: send gzip, deflate or none"
        )
    plain, rest, name = b"", body, codings[0].decode()
    while True:  # gzip may hold several members, one after the other (as `cat a.gz b.gz`)
        inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)
        try:
            plain += inflater.decompress(rest, limit + 1 - len(plain))
        except zlib.error as exc:
            raise RequestError(f"the request body is not valid {name}: {exc}") from None
        if len(plain) > limit:
            raise BodyTooLarge(f"the request body passes the limit of {limit} bytes decompressed")
        if not inflater.eof:
            raise RequestError(f"the request body is not valid {name}: it is cut off")
        rest = inflater.unused_data
        if not rest.strip(b"\0"):  # the end, or the zeros some writers pad with
            return plain
        if not rest.startswith(GZIP_MAGIC):
            raise RequestError(f"the request body is not valid {name}: data after its end")


async def _read(scope: Scope, receive: Receive, limit: int) -> bytes:
    length = header(scope, b"content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise BodyTooLarge(f"the request body is {int(length)} bytes; the limit is {limit}")
    parts: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ConnectionResetError("the client went away")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"the request body passes the limit of {limit} bytes")
        parts.append(chunk)
        if not message.get("more_body", False):
            return parts[0] if len(parts) == 1 else b"".join(parts)


def too_deep(value: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether `value` (parsed JSON) nests lists and objects deeper than `limit` levels."""
    level: list[Any] = [value]
    for _ in range(limit):
        level = [
            child
            for item in level
            if isinstance(item, CONTAINERS)
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, CONTAINERS)
        ]
        if not level:
            return False
    return True


async def send_bytes(send: Send, status: int, body: bytes, headers: Headers) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def send_json(send: Send, status: int, data: Any, headers: Headers | None = None) -> None:
    await send_bytes(send, status, orjson.dumps(data), [JSON_TYPE, *(headers or [])])


# Anthropic's error types by status (https://docs.anthropic.com/en/api/errors)
ANTHROPIC_ERRORS = {
    400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
    404: "not_found_error", 413: "request_too_large", 429: "rate_limit_error",
    529: "overloaded_error",
}  # fmt: skip


def quoted(name: str, limit: int = 100) -> str:
    """A name a client sent, as an error quotes it: its first `limit` characters (an error,
    and the log row it goes into, do not grow with what a client sends)."""
    return repr(name) if len(name) <= limit else repr(name[:limit]) + f"... ({len(name)} chars)"


def error_json(error: RungError, path: str = "") -> Any:
    """The error's body in the format of the API `path` belongs to: Anthropic's for
    `/v1/messages`, Ollama's (`{"error": "..."}`) for `/api/...`, else OpenAI's."""
    if path.startswith("/v1/messages"):
        kind = ANTHROPIC_ERRORS.get(error.status, "api_error")
        return {"type": "error", "error": {"type": kind, "message": error.message}}
    if path.startswith("/api/"):
        return {"error": error.message}
    return error.to_json()


async def send_error(
    send: Send, error: RungError, headers: Headers | None = None, path: str = ""
) -> None:
    """The error response, in the format of the API `path` belongs to (see `error_json`)."""
    body = error_json(error, path)
    await send_json(send, error.status, body, [*error.headers(), *(headers or [])])


def sse_event(payload: bytes) -> bytes:
    return b"data: " + payload + b"\n\n"


SSE_DONE = b"data: [DONE]\n\n"
