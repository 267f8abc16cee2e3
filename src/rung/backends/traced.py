"""The one call path to a backend. Every call any pattern or verifier makes goes through
`traced_complete` or `traced_stream`, which read top to bottom:

1. the privacy guard (when the route has one) masks the request for this backend;
2. a `Call` is opened in the trace;
3. the backend is called. A backend the gateway wrapped (`rung.reliability.wrap`: retries and
   a circuit breaker) is handed a hook that records each failed attempt as a call of its own
   (status "retried") and a decision saying why and how long rung waited;
4. the call is closed with its latency, time to first token, tokens or error, and the answer
   is unmasked.

`traced_relay` is the byte pass-through of a stream (`rung.backends.relay`): steps 2 to 4,
with no guard (a route under one never relays), the call closed when the relay ends.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from rung._errors import RungError
from rung.backends.base import Backend
from rung.backends.relay import Relay
from rung.reliability.retry import Attempt, Resilient, RetryPolicy
from rung.tokens import estimate_tokens
from rung.types import (
    Call,
    ChatRequest,
    Chunk,
    Completion,
    Trace,
    Usage,
    close_stream,
    envelope,
)


class AttemptLog:
    """The retry hook of one traced call: closes the failed attempt, reopens the live one."""

    def __init__(self, trace: Trace, live: Call) -> None:
        self.trace, self.live = trace, live

    def __call__(self, attempt: Attempt) -> None:
        live, trace = self.live, self.trace
        failed = Call(live.backend, live.model, started=live.started)
        failed.finish(error=attempt.error.message)
        failed.status = "retried"
        trace.calls.insert(trace.calls.index(live), failed)
        live.started = time.perf_counter() + attempt.delay
        trace.decide(
            f"retry {live.backend}",
            f"attempt {attempt.number + 1}",
            f"{attempt.error.message}; retrying in {attempt.delay:.2f} s",
            code="retry",
            subject=live.backend,
        )


async def traced_complete(
    backend: Backend, request: ChatRequest, trace: Trace, policy: RetryPolicy | None = None
) -> Completion:
    """`backend.complete`, recorded in the trace (`policy` overrides a wrapped backend's
    retry policy for this call)."""
    guard, mapping = trace.guard, None
    if guard is not None:
        request, mapping = await guard.outbound(backend, request, trace)
    call = trace.call(backend.name, backend.model)
    try:
        if isinstance(backend, Resilient):
            completion = await backend.complete(request, AttemptLog(trace, call), policy)
        else:
            completion = await backend.complete(request)
    except RungError as exc:
        call.finish(error=exc.message)
        raise
    call.finish(completion.usage)
    call.ttft_ms = call.latency_ms
    call.finish_reason = _finish_reason((completion.data.get("choices") or [None])[0])
    return completion if mapping is None else guard.inbound(completion, mapping)


async def traced_stream(
    backend: Backend, request: ChatRequest, trace: Trace, policy: RetryPolicy | None = None
) -> AsyncIterator[Chunk]:
    """`backend.stream`, recorded in the trace with time to first token and usage."""
    restorer = None
    if trace.guard is not None:
        request, mapping = await trace.guard.outbound(backend, request, trace)
        restorer = trace.guard.restorer(mapping)
    call = trace.call(backend.name, backend.model)
    if isinstance(backend, Resilient):
        chunks = backend.stream(request, AttemptLog(trace, call), policy)
    else:
        chunks = backend.stream(request)
    usage, last, texts = None, None, 0
    try:
        async for chunk in chunks:
            if restorer is not None:
                chunk = Chunk(restorer.restore(chunk.data))
            data = chunk.data
            if data.get("usage"):
                usage = chunk.usage
            elif call.ttft_ms is None:
                call.first_token()
            choices = data.get("choices")
            if choices and (finish := _finish_reason(choices[0])):
                call.finish_reason = finish
            texts += bool(chunk.delta_text)
            last = chunk
            yield chunk
    except RungError as exc:
        call.finish(usage, error=exc.message)
        raise
    except BaseException:
        call.finish(usage, error="cancelled")
        raise
    finally:
        await close_stream(chunks)
    held = restorer.flush() if restorer is not None else []
    if held and last is not None:  # text held back in case it began a placeholder
        yield Chunk({**envelope(last.data), "choices": held})
    if usage is None and last is not None:  # the upstream sent none: estimate, and say so
        usage = Usage(estimate_tokens(request), texts)
        trace.notes.append(f"{backend.name}: token counts estimated (the stream carried none)")
        yield Chunk({**envelope(last.data), "choices": [], "usage": usage.to_json()})
    call.finish(usage)


def _finish_reason(choice: object) -> str | None:
    reason = choice.get("finish_reason") if isinstance(choice, dict) else None
    return str(reason) if reason else None


def relays(backend: Backend) -> bool:
    """Whether `backend` can relay a stream as bytes (an OpenAI-compatible upstream)."""
    if isinstance(backend, Resilient):
        return backend.relays
    return callable(getattr(backend, "relay", None))


async def traced_relay(backend: Backend, request: ChatRequest, trace: Trace) -> tuple[Relay, bytes]:
    """`backend.relay` (see `relays`), recorded in the trace like `traced_stream`: the relay
    and its first block. The call is closed when the relay ends, fails or is closed."""
    call = trace.call(backend.name, backend.model)
    try:
        if isinstance(backend, Resilient):
            relay, first = await backend.relay(request, AttemptLog(trace, call))
        else:
            relay, first = await backend.relay(request)  # type: ignore[attr-defined]
    except RungError as exc:
        call.finish(error=exc.message)
        raise
    except BaseException:
        call.finish(error="cancelled")
        raise
    call.first_token()

    def ended(usage: Usage | None, error: str | None) -> None:
        call.finish(usage, error=error)
        call.finish_reason = relay.finish
        if relay.estimated:
            trace.notes.append(f"{backend.name}: token counts estimated (the stream carried none)")

    relay.ended = ended
    return relay, first


def completion_chunks(completion: Completion) -> list[Chunk]:
    """A whole completion as the chunks of a stream: the message, the finish, the usage."""
    data = completion.data
    head = {"id": data.get("id", ""), "object": "chat.completion.chunk",
            "created": data.get("created", 0), "model": data.get("model", "")}  # fmt: skip
    choice = (data.get("choices") or [{}])[0]
    delta = {k: v for k, v in (choice.get("message") or {}).items() if v is not None}
    if delta.get("tool_calls"):
        delta["tool_calls"] = [{"index": i, **call} for i, call in enumerate(delta["tool_calls"])]
    finish = choice.get("finish_reason") or "stop"
    return [
        Chunk({**head, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}),
        Chunk({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}),
        Chunk({**head, "choices": [], "usage": completion.usage.to_json()}),
    ]


__all__ = [
    "AttemptLog",
    "close_stream",
    "completion_chunks",
    "envelope",
    "estimate_tokens",
    "relays",
    "traced_complete",
    "traced_relay",
    "traced_stream",
]
