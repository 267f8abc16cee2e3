"""Superseding: one in-flight autocomplete per client and route.

Editors send a fill-in-the-middle request on every keystroke; only the newest one matters. A
new FIM request (a text request with `suffix`) from the same client on the same route cancels
that client's previous one: still queued, it is dropped before it runs; running, its
generation stops at the next token (cancelling the pattern's call cancels the backend's, and
the local backend stops its generation). The old request still gets an answer, never an
error: an empty completion with finish_reason "stop" (a stream ends with such a chunk), the
header `x-rung-superseded: true` when its headers are not yet sent, and a decision in its
trace. A cancellation is no backend fault (no breaker, no retry).

The client is the key's id when keys are on, else the peer's address plus the body's `user`.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

from rung.backends.base import Backend
from rung.keys import ANONYMOUS, Principal
from rung.patterns import Pattern
from rung.types import JSON, ChatRequest, Chunk, Completion, Trace, Usage, close_stream

HEADER = "x-rung-superseded"
REASON = "a newer autocomplete request from the same client on this route"

Key = tuple[str, str]  # (route, client)


class Supersede:
    """The in-flight FIM request of each (route, client): the newest one cancels the rest."""

    def __init__(self) -> None:
        self._current: dict[Key, asyncio.Event] = {}
        self.superseded = 0  # requests superseded so far (for tests and benchmarks)

    def wrap(
        self, pattern: Pattern, request: ChatRequest, scope: Any, principal: Principal
    ) -> Pattern:
        """`pattern`, superseding for a FIM request; unchanged for any other."""
        if not (request.is_text and isinstance(request.body.get("suffix"), str)):
            return pattern
        return Superseding(pattern, self, (request.route, client_of(request, scope, principal)))

    @contextlib.contextmanager
    def ticket(self, key: Key) -> Iterator[asyncio.Event]:
        """Register a new request for `key`, superseding the one before; the event is set when
        a newer one supersedes this one."""
        previous = self._current.get(key)
        if previous is not None and not previous.is_set():
            previous.set()
            self.superseded += 1
        event = asyncio.Event()
        self._current[key] = event
        try:
            yield event
        finally:
            if self._current.get(key) is event:
                del self._current[key]

    @property
    def in_flight(self) -> int:
        return len(self._current)


def client_of(request: ChatRequest, scope: Any, principal: Principal) -> str:
    """Who sent the request: the key's id, else the peer's address and the `user` field."""
    if principal is not ANONYMOUS:
        return f"key:{principal.key_id}"
    client = scope.get("client") or ("", 0)
    user = request.body.get("user")
    return f"peer:{client[0]}|user:{user if isinstance(user, str) else ''}"


class Superseding(Pattern):
    """A route's pattern for one FIM request that a newer one from its client may cancel."""

    def __init__(self, pattern: Pattern, registry: Supersede, key: Key) -> None:
        self.pattern, self.registry, self.key = pattern, registry, key
        self.name = pattern.name

    def backends(self) -> list[Backend]:
        return self.pattern.backends()

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        with self.registry.ticket(self.key) as superseded:
            work = asyncio.ensure_future(self.pattern.complete(request, trace))
            if not await _first(work, superseded):
                return work.result()
            await _cancel(work)
            _record(trace, headers_sent=False)
            return Completion(empty_completion(request))

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        with self.registry.ticket(self.key) as superseded:
            source = self.pattern.stream(request, trace)
            sent, step = 0, None
            try:
                while True:
                    step = asyncio.ensure_future(anext(source))
                    if await _first(step, superseded):
                        break
                    try:
                        chunk = step.result()
                    except StopAsyncIteration:
                        return
                    sent += 1
                    yield chunk
            finally:
                if step is not None and not step.done():
                    await _cancel(step)  # the generator must stand still before it is closed
                await close_stream(source)
            _record(trace, headers_sent=sent > 0)
            for chunk in empty_chunks(request, sent):
                yield chunk


async def _first(work: asyncio.Future[Any], superseded: asyncio.Event) -> bool:
    """Wait for `work` or for the request to be superseded; True when superseded first."""
    if superseded.is_set():
        return True
    waiter = asyncio.ensure_future(superseded.wait())
    try:
        await asyncio.wait((work, waiter), return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        work.cancel()
        raise
    finally:
        waiter.cancel()
    return not work.done()


async def _cancel(work: asyncio.Future[Any]) -> None:
    work.cancel()
    with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration, Exception):
        await work


def _record(trace: Trace, *, headers_sent: bool) -> None:
    trace.decide("supersede", "superseded", REASON)
    trace.notes.append(f"superseded by {REASON}")
    if not headers_sent:
        trace.headers[HEADER] = "true"


def empty_completion(request: ChatRequest) -> JSON:
    """The answer a superseded request gets: no text, finish_reason "stop"."""
    return {
        "id": f"cmpl-superseded-{uuid.uuid4().hex[:16]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": str(request.body.get("model") or request.route),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": ""},
                "finish_reason": "stop",
            }
        ],
        "usage": Usage().to_json(),
    }


def empty_chunks(request: ChatRequest, sent: int) -> list[Chunk]:
    """How a superseded stream ends: a "stop" finish (with the role when nothing was sent
    yet) and a usage chunk."""
    whole = empty_completion(request)
    head = {k: whole[k] for k in ("id", "created", "model")}
    head["object"] = "chat.completion.chunk"
    delta: JSON = {} if sent else {"role": "assistant", "content": ""}
    finish = {"index": 0, "delta": delta, "finish_reason": "stop"}
    return [
        Chunk({**head, "choices": [finish]}),
        Chunk({**head, "choices": [], "usage": whole["usage"]}),
    ]
