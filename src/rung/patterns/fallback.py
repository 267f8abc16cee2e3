"""The fallback pattern: the route's models are tried in order until one answers.

```yaml
routes:
  chat: {pattern: fallback, models: [local, hosted], num_retries: 1}
```

Each model is retried on its own first (connection errors, timeouts, 429, 5xx; `num_retries`
with exponential backoff and jitter), then the next one is tried. A model is skipped without a
call when its circuit breaker is open, or when the prompt does not fit its context window
(counted with the backend's tokenizer when it has one, else estimated conservatively). A model
that answers that the context is too long is passed over the same way. A client error (a 4xx
that is not about length, or a malformed request) is not retried elsewhere: it is raised.

Streams fail over only before their first chunk: after it, the answer has begun and an error
propagates (the gateway ends the stream with an error event). Every attempt is a call in the
trace, and every move to the next model is a decision with its reason.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import ClassVar

from pydantic import Field

from rung._errors import (
    BackendError,
    BackendUnavailable,
    ContextTooLong,
    RequestError,
    RungError,
    UpstreamStatus,
    failure_code,
)
from rung.backends.base import Backend
from rung.backends.traced import close_stream, traced_complete, traced_stream
from rung.config import RouteSection
from rung.patterns.base import Pattern
from rung.reliability.breaker import Breaker
from rung.reliability.retry import RetryPolicy, wrap
from rung.section import Section
from rung.tokens import output_tokens, prompt_tokens
from rung.types import ChatRequest, Chunk, Completion, Trace

_CONTEXT_WORDS = re.compile(
    r"context.{0,20}(length|window|size)|maximum context|too many tokens|prompt is too long"
    r"|input is too long|exceeds? the (model'?s? )?(max|context)",
    re.IGNORECASE,
)
# Upstream 4xx answers that are about this backend, not the request: try the next one.
_BACKEND_4XX = frozenset({401, 402, 403, 404, 408, 409, 413, 429})


class FallbackRoute(RouteSection):
    """`models` in the order they are tried, and the retries each gets here (the default:
    each backend's own `num_retries`)."""

    pattern: str = "fallback"
    models: list[str] = Field(min_length=1)
    num_retries: int | None = Field(default=None, ge=0, le=10)
    backoff_base: float = Field(default=0.5, ge=0)
    backoff_max: float = Field(default=8.0, ge=0)
    retry_after_max: float = Field(default=30.0, ge=0)
    timeout: float | None = Field(default=None, gt=0)
    refs: ClassVar[tuple[str, ...]] = ("models",)

    def retry_policy(self, default_retries: int = 1) -> RetryPolicy:
        retries = default_retries if self.num_retries is None else self.num_retries
        return RetryPolicy(
            retries, self.backoff_base, self.backoff_max, self.retry_after_max, self.timeout
        )

    def route_policy(self) -> RetryPolicy | None:
        """The route's retry policy, or None to keep each backend's own."""
        if self.num_retries is None and self.timeout is None:
            return None
        return self.retry_policy()


def context_error(error: RungError) -> bool:
    """Whether `error` says the prompt is too long for the backend."""
    if error.code == "context_length_exceeded":
        return True
    if isinstance(error, UpstreamStatus) and error.upstream_status in (400, 413, 422):
        return bool(_CONTEXT_WORDS.search(error.message))
    return False


def moves_on(error: RungError) -> bool:
    """Whether the next model may succeed where this one failed."""
    if context_error(error):
        return True
    if isinstance(error, UpstreamStatus):
        return error.upstream_status >= 500 or error.upstream_status in _BACKEND_4XX
    return isinstance(error, BackendError)


class Fallback(Pattern):
    name = "fallback"

    def __init__(self, models: Sequence[Backend], policy: RetryPolicy | None = None) -> None:
        if not models:
            raise ValueError("a fallback route needs at least one model")
        self.models = list(models)
        self.policy = policy

    def backends(self) -> list[Backend]:
        return list(self.models)

    def skip_reason(self, backend: Backend, request: ChatRequest, last: bool) -> RungError | None:
        """Why `backend` is passed over without a call (as the error it would give), or None."""
        breaker = getattr(backend, "breaker", None)
        if isinstance(breaker, Breaker) and not breaker.allows():
            return breaker.unavailable()
        tokens, how = prompt_tokens(backend, request.messages)
        needed, window = tokens + output_tokens(request, 0), backend.capabilities.context_window
        exact = how == "tokenizer"
        if needed > window and (exact or not last):
            about = "" if exact else "about "
            return ContextTooLong(
                f"{backend.name}: the prompt needs {about}{needed} tokens with the answer; "
                f"its context window is {window}",
                param="messages",
            )
        return None

    def _candidates(
        self, request: ChatRequest, trace: Trace, errors: list[RungError]
    ) -> Iterator[tuple[int, Backend]]:
        """The models to call, in order; each one skipped is recorded, its reason kept."""
        for index, backend in enumerate(self.models):
            reason = self.skip_reason(backend, request, last=index == len(self.models) - 1)
            if reason is None:
                yield index, backend
                continue
            trace.decide(
                f"fallback {backend.name}", "skipped", reason.message,
                code=failure_code(reason), subject=backend.name,
            )  # fmt: skip
            errors.append(reason)

    def _failed(self, backend: Backend, error: RungError, trace: Trace) -> None:
        if not moves_on(error):
            raise error
        why = "context too long" if context_error(error) else "failed"
        trace.decide(
            f"fallback {backend.name}", why, error.message, code=failure_code(error),
            subject=backend.name,
        )  # fmt: skip

    def _answered(self, index: int, trace: Trace) -> None:
        trace.answered_by = self.models[index].name
        trace.escalated = index > 0
        if index > 0:
            trace.decide("fallback", "answered", f"{self.models[index].name} answered")

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        errors: list[RungError] = []
        for index, backend in self._candidates(request, trace, errors):
            try:
                completion = await traced_complete(backend, request, trace, self.policy)
            except RungError as exc:
                self._failed(backend, exc, trace)
                errors.append(exc)
                continue
            self._answered(index, trace)
            return completion
        raise _exhausted(errors, trace)

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        errors: list[RungError] = []
        for index, backend in self._candidates(request, trace, errors):
            chunks = traced_stream(backend, request, trace, self.policy)
            try:
                first = await anext(chunks)
            except StopAsyncIteration:
                self._answered(index, trace)
                return
            except RungError as exc:
                self._failed(backend, exc, trace)
                errors.append(exc)
                continue
            self._answered(index, trace)
            try:
                yield first
                async for chunk in chunks:  # from here on, an error ends the stream
                    yield chunk
            finally:
                await close_stream(chunks)
            return
        raise _exhausted(errors, trace)


def _exhausted(errors: list[RungError], trace: Trace) -> RungError:
    """The error to answer with when no model answered: the last real call's failure, else
    the last reason a model was skipped."""
    trace.decide("fallback", "exhausted", f"none of {len(errors)} models answered")
    called = [e for e in errors if not isinstance(e, BackendUnavailable | RequestError)]
    return (called or errors)[-1]


def build(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    """The pattern for a `fallback` route. Backends the gateway already wrapped keep their own
    breaker (set per backend in config, shared by every route); `wrap` gives others one."""
    assert isinstance(config, FallbackRoute)
    models = [wrap(backends[name], config.retry_policy()) for name in config.models]
    return Fallback(models, config.route_policy())
