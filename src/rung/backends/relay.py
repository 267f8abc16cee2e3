"""A stream forwarded as the upstream's bytes: the pass-through path of an OpenAI chat stream.

When nothing needs to read or change a stream's content, rung forwards the upstream's SSE
events as they came instead of parsing each one into a `Chunk` and writing it again. The rule
(`relayable`, and `rung.patterns.fixed.Fixed.relay`): the client speaks OpenAI chat
(`/v1/chat/completions`), the route is `fixed` with no cache in front of it (a cache write
needs the parsed answer), no privacy guard on the trace (masking and answer scanning read the
content), the backend is an OpenAI-compatible upstream, and the request is a chat (not a text
completion, which is rewritten into chat chunks) without `logprobs` (whose alternatives are
trimmed). Everything else takes the parse-and-rebuild path.

What changes between the upstream's bytes and the client's: nothing, except
- the usage-only event rung asked for (`stream_options.include_usage`) is dropped when the
  client did not ask for it itself, and an estimated one is added when the upstream sent none
  and the client asked for usage;
- events are forwarded whole (a read that ends inside an event keeps its tail for the next),
  CRLF line ends as LF;
- an upstream error event ends the stream with the gateway's error frame, as on the parsed path.

rung rewrites no `model` and no ids on either path: the upstream's are passed on as they are.

Per read, the work is a few byte searches over what arrived (`_marked`): only a block that
holds `[DONE]`, a non-null `usage`, `error` or `finish_reason` is split into events and those
events parsed. The trace gets what it needs from that: time to first token, usage (or an
estimate from the number of events), the finish reason.

Backpressure: the relay reads the next block only when the gateway asks for it, which it does
only after the client's transport took the previous one; so a slow client holds at most the
transport's write buffer, the upstream answer's unread bytes (`rung.backends.wire.HIGH`) and
one block per stream.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, NoReturn

import orjson

from rung._errors import BackendError, UpstreamTimeout
from rung.backends.wire import Answer, WireError
from rung.secrets import Scrubber
from rung.tokens import estimate_tokens
from rung.types import JSON, ChatRequest, Usage

VALUED = (b'"usage"', b'"finish_reason"')  # null in most events; a value only in a few
NULLED = tuple((key, key + b":null", key + b": null") for key in VALUED)
MAX_EVENT = 4 << 20  # bytes one event may take (an upstream that never ends one is broken)
Ended = Callable[[Usage | None, str | None], None]


def relayable(request: ChatRequest) -> bool:
    """Whether a request's answer may be relayed as bytes (see the module's docstring)."""
    body = request.body
    return "messages" in body and not body.get("logprobs")


class Relay:
    """One upstream stream, read block by block (`next`) as complete SSE events.

    `ended(usage, error)` is called once when the stream ends, fails or is closed.
    """

    def __init__(
        self,
        name: str,
        response: Answer,
        request: ChatRequest,
        scrub: Scrubber,
    ) -> None:
        self.name, self.response, self.request, self.scrub = name, response, request, scrub
        options = request.body.get("stream_options") or {}
        self.include_usage = bool(options.get("include_usage"))
        self.tail = b""
        self.events = 0
        self.usage: Usage | None = None
        self.finish: str | None = None
        self.estimated = False
        self.envelope: JSON | None = None
        self.done = False
        self.error: BackendError | None = None  # raised after the events before it are sent
        self.ended: Ended | None = None
        self.closed = False

    async def start(self) -> bytes:
        """The first block of events (a retry may still replace this attempt until then)."""
        block = await self.next()
        return b"" if block is None else block

    async def next(self) -> bytes | None:
        """The next complete events to forward, or None when the stream has ended."""
        if self.error is not None:
            self._fail(self.error)
        if self.done:
            self._end(None)
            return None
        try:
            while True:
                block = await self.response.content.readany()
                if not block:
                    self._fail(BackendError(f"{self.name}: the stream ended before [DONE]",
                                            backend=self.name))  # fmt: skip
                out = self._take(block)
                if out:
                    return out
                if self.error is not None:
                    self._fail(self.error)
                if self.done:
                    self._end(None)
                    return None
        except TimeoutError as exc:
            self._fail(UpstreamTimeout(f"{self.name}: the stream stalled", backend=self.name), exc)
        except WireError as exc:
            reason = str(exc) or type(exc).__name__
            self._fail(BackendError(f"{self.name}: the stream broke off: {reason}",
                                    backend=self.name), exc)  # fmt: skip

    def _take(self, block: bytes) -> bytes:
        """The complete events of `tail + block`, as they will be forwarded."""
        data = self.tail + block if self.tail else block
        if b"\r" in data:
            data = data.replace(b"\r\n", b"\n")
        cut = data.rfind(b"\n\n")
        if cut < 0:
            if len(data) > MAX_EVENT:
                self._fail(BackendError(f"{self.name}: a stream event passed {MAX_EVENT} bytes",
                                        backend=self.name))  # fmt: skip
            self.tail = data
            return b""
        events, self.tail = data[: cut + 2], data[cut + 2 :]
        if self.envelope is None:
            self.envelope = _envelope(events)
        if not _marked(events):
            self.events += events.count(b"data:")
            return events
        return self._special(events)

    def _special(self, events: bytes) -> bytes:
        """Events holding a marker, one by one: read what the trace needs, drop what the
        client did not ask for, stop at [DONE] or an error."""
        kept: list[bytes] = []
        for event in events.split(b"\n\n")[:-1]:
            payload = _payload(event)
            if payload is None:
                kept.append(event)
                continue
            if payload == b"[DONE]":
                kept.extend(self._closing())
                kept.append(event)
                self.done = True
                break
            data = self._parse(payload)
            if "error" in data:
                message = _message(data.get("error"))
                self.error = BackendError(
                    f"{self.name}: the upstream reported an error mid-stream: "
                    f"{self.scrub(message)}",
                    backend=self.name,
                )
                break
            if self._read(data):
                kept.append(event)
        return b"".join(e + b"\n\n" for e in kept)

    def _read(self, data: JSON) -> bool:
        """Note usage and finish reason; whether the event goes to the client."""
        usage = data.get("usage")
        choices = data.get("choices") or []
        for choice in choices:
            if isinstance(choice, dict) and choice.get("finish_reason"):
                self.finish = str(choice["finish_reason"])
        if usage:
            self.usage = Usage.from_json(usage)
            return self.include_usage or bool(choices)
        self.events += any(_generates(choice) for choice in choices)
        return True

    def _closing(self) -> list[bytes]:
        """The estimated usage event, when the upstream sent none and the client asked."""
        if self.usage is not None or self.envelope is None:
            return []
        self.usage = Usage(estimate_tokens(self.request), self.events)
        self.estimated = True
        if not self.include_usage:
            return []
        chunk = {**self.envelope, "choices": [], "usage": self.usage.to_json()}
        return [b"data: " + orjson.dumps(chunk)]

    def _parse(self, payload: bytes) -> JSON:
        data: Any = None
        with contextlib.suppress(orjson.JSONDecodeError):
            data = orjson.loads(payload)
        if not isinstance(data, dict):
            self._fail(BackendError(f"{self.name}: the upstream sent a malformed stream event",
                                    backend=self.name))  # fmt: skip
        return data

    def _fail(self, error: BackendError, cause: BaseException | None = None) -> NoReturn:
        self._end(error.message)
        raise error from cause

    def _end(self, error: str | None) -> None:
        if self.ended is not None:
            ended, self.ended = self.ended, None
            ended(self.usage, error)

    async def aclose(self) -> None:
        """Stop reading: the upstream connection is closed (its generation stops) unless the
        stream ended, when it goes back to the pool."""
        if self.closed:
            return
        self.closed = True
        if self.done and not self.tail:
            self.response.release()
        else:
            self.response.close()
        self._end(None if self.done else "cancelled")


def _marked(events: bytes) -> bool:
    """Whether `events` may hold `[DONE]`, an error, usage or a finish reason. A superset (a
    false alarm only costs a parse): a few C-speed byte searches, cheaper than one regex."""
    if b"[DONE]" in events or b'"error"' in events:
        return True
    for key, null, spaced in NULLED:
        count = events.count(key)
        if count and count != events.count(null) + events.count(spaced):
            return True
    return False


def _generates(choice: object) -> bool:
    """Whether a choice's delta carries generated text or tool-call arguments."""
    delta = choice.get("delta") if isinstance(choice, dict) else None
    return isinstance(delta, dict) and bool(delta.get("content") or delta.get("tool_calls"))


def _payload(event: bytes) -> bytes | None:
    """The `data:` payload of one event (lines joined), None for a comment or no data."""
    lines = [line[5:].strip() for line in event.split(b"\n") if line.startswith(b"data:")]
    return b"\n".join(lines) if lines else None


def _envelope(events: bytes) -> JSON:
    """id, object, created and model of a stream, from its first event."""
    payload = _payload(events.split(b"\n\n", 1)[0]) or b"{}"
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return {}
    if not isinstance(data, dict):
        return {}
    head = {k: data[k] for k in ("id", "created", "model") if k in data}
    return {**head, "object": "chat.completion.chunk"}


def _message(error: object) -> str:
    if isinstance(error, dict):
        return str(error.get("message", ""))[:500]
    return str(error)[:500]
