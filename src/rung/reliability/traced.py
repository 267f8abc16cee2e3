"""Traced calls that show every retry: each failed attempt becomes a `Call` of its own in the
trace (status "retried", with its error and latency) and a decision saying why and how long
rung waited, before the attempt that finally answered or failed.

These wrap `rung.backends.traced.traced_complete` / `traced_stream`, so usage, time to first
token and estimated token counts are recorded exactly as for any other call. For a backend
that is not `Resilient` they are those functions unchanged.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from rung.backends import traced as base
from rung.backends.base import Backend
from rung.reliability.retry import Attempt, Resilient, RetryPolicy
from rung.types import Call, ChatRequest, Chunk, Completion, Trace


class _AttemptLog:
    """The retry hook for one traced call: closes the failed attempt, reopens the live one."""

    def __init__(self, trace: Trace) -> None:
        self.trace = trace
        self.live = trace.calls[-1]  # the Call `traced_*` opened just before calling

    def __call__(self, attempt: Attempt) -> None:
        live, trace = self.live, self.trace
        failed = Call(live.backend, live.model, started=live.started)
        failed.finish(error=attempt.error.message)
        failed.status = "retried"
        index = next(i for i, c in enumerate(trace.calls) if c is live)
        trace.calls.insert(index, failed)
        live.started = time.perf_counter() + attempt.delay
        trace.decide(
            f"retry {live.backend}",
            f"attempt {attempt.number + 1}",
            f"{attempt.error.message}; retrying in {attempt.delay:.2f} s",
        )


class Hooked(Backend):
    """A Resilient backend seen through one trace: its retries are logged there."""

    def __init__(self, inner: Resilient, trace: Trace, policy: RetryPolicy | None) -> None:
        self.inner, self.trace, self.policy = inner, trace, policy
        self.name, self.model, self.capabilities = inner.name, inner.model, inner.capabilities

    async def complete(self, request: ChatRequest) -> Completion:
        return await self.inner.complete(request, _AttemptLog(self.trace), self.policy)

    def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]:
        return self.inner.stream(request, _AttemptLog(self.trace), self.policy)


async def traced_complete(
    backend: Backend, request: ChatRequest, trace: Trace, policy: RetryPolicy | None = None
) -> Completion:
    """`backend.complete`, with each attempt recorded (`policy` overrides the backend's)."""
    if isinstance(backend, Resilient):
        backend = Hooked(backend, trace, policy)
    return await base.traced_complete(backend, request, trace)


def traced_stream(
    backend: Backend, request: ChatRequest, trace: Trace, policy: RetryPolicy | None = None
) -> AsyncIterator[Chunk]:
    """`backend.stream`, with each attempt before the first chunk recorded."""
    if isinstance(backend, Resilient):
        backend = Hooked(backend, trace, policy)
    return base.traced_stream(backend, request, trace)
