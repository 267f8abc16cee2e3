"""Retries with exponential backoff and full jitter, honouring Retry-After.

An upstream that asks (429 with Retry-After) to be left alone longer than `retry_after_max` is
not retried early: the error is raised at once, so that a fallback moves on or the client gets
the 429 with its Retry-After.

`Resilient` wraps any backend: connection errors, timeouts, 429 and 5xx are retried up to
`num_retries` times; a 4xx (other than 429) is the client's fault and is raised at once. A
stream is retried only until its first chunk has been yielded: after that a retry would send
the client the start of the answer twice.

Every attempt is visible to the caller through an optional `on_retry` hook that `complete` and
`stream` accept beside the request (a backend never sees the trace). `rung.reliability.traced`
passes a hook that closes the failed attempt's `Call` in the trace and opens a new one, so each
attempt is a row of its own in the request log.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from rung._errors import BackendError, Overloaded, UpstreamTimeout
from rung.backends.base import Backend
from rung.backends.traced import close_stream
from rung.reliability.breaker import Breaker, BreakerPolicy, backend_fault
from rung.types import ChatRequest, Chunk, Completion, Trace

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to retry. Delays are in seconds."""

    num_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 30.0
    timeout: float | None = None  # one attempt's deadline (a stream's: its first chunk)

    def delay(self, attempt: int, error: BackendError, rand: Callable[[], float]) -> float:
        """The pause before retry number `attempt` (1-based): full jitter over an exponential
        ceiling, or the upstream's Retry-After when it gave one."""
        if isinstance(error, Overloaded):
            return max(error.retry_after, 0.0)
        ceiling = min(self.backoff_max, self.backoff_base * 2.0 ** (attempt - 1))
        return rand() * ceiling


@dataclass(frozen=True, slots=True)
class Attempt:
    """A failed attempt that will be retried: its number (1-based), why, and the pause."""

    number: int
    error: BackendError
    delay: float


RetryHook = Callable[[Attempt], None]


def retryable(error: BaseException) -> bool:
    """Whether another attempt at the same backend may succeed: connection errors, timeouts,
    429 and 5xx; not a 4xx, which says the request itself is wrong, nor an open breaker."""
    return backend_fault(error)


class Retrier:
    """Runs attempts under a policy; the clock (`sleep`) and `rand` are injectable."""

    def __init__(
        self,
        policy: RetryPolicy,
        sleep: Sleep = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.policy, self.sleep, self.rand = policy, sleep, rand

    async def pause(self, number: int, error: BackendError, hook: RetryHook | None) -> None:
        """Report the failed attempt and wait before the next; re-raise when out of retries."""
        if number > self.policy.num_retries or not retryable(error):
            raise error
        delay = self.policy.delay(number, error, self.rand)
        if delay > self.policy.retry_after_max:  # asked to wait longer than we will: give up
            raise error
        if hook is not None:
            hook(Attempt(number, error, delay))
        await self.sleep(delay)

    async def call(self, attempt: Callable[[], Awaitable[T]], hook: RetryHook | None = None) -> T:
        number = 0
        while True:
            number += 1
            try:
                return await attempt()
            except BackendError as exc:
                await self.pause(number, exc, hook)

    async def stream(
        self, open_stream: Callable[[], AsyncIterator[Chunk]], hook: RetryHook | None = None
    ) -> AsyncIterator[Chunk]:
        """The chunks of the first attempt that yields one; later failures propagate."""
        number = 0
        while True:
            number += 1
            chunks = open_stream()
            try:
                first = await anext(chunks)
            except StopAsyncIteration:
                return
            except BackendError as exc:
                await close_stream(chunks)
                await self.pause(number, exc, hook)
                continue
            break
        try:
            yield first
            async for chunk in chunks:
                yield chunk
        finally:
            await close_stream(chunks)


class Resilient(Backend):
    """`inner` with retries and, when given, a circuit breaker consulted before each attempt.

    It stands in for `inner` everywhere: same name, model and capabilities, and it passes on
    `count_tokens` and `queue_depth` when `inner` has them.
    """

    def __init__(
        self,
        inner: Backend,
        policy: RetryPolicy | None = None,
        breaker: Breaker | None = None,
        *,
        sleep: Sleep = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.inner = inner
        self.name, self.model, self.capabilities = inner.name, inner.model, inner.capabilities
        self.policy = policy or RetryPolicy()
        self.breaker = breaker
        self._sleep, self._rand = sleep, rand

    def for_trace(self, trace: Trace) -> Backend:
        from rung.reliability.traced import Hooked

        return Hooked(self, trace, None)

    def retrier(self, policy: RetryPolicy | None = None) -> Retrier:
        return Retrier(policy or self.policy, self._sleep, self._rand)

    def __getattr__(self, name: str) -> Any:  # count_tokens, queue_depth, ...
        if name in ("count_tokens", "queue_depth"):
            return getattr(self.inner, name)
        raise AttributeError(name)

    async def start(self) -> None:
        await self.inner.start()

    async def close(self) -> None:
        await self.inner.close()

    async def _within(self, answer: Awaitable[T], timeout: float | None) -> T:
        if timeout is None:
            return await answer
        try:
            async with asyncio.timeout(timeout):
                return await answer
        except TimeoutError as exc:
            raise UpstreamTimeout(
                f"{self.name}: no answer within the route's {timeout:g} s", backend=self.name
            ) from exc

    async def _once(self, request: ChatRequest, timeout: float | None) -> Completion:
        breaker = self.breaker
        if breaker is None:
            return await self._within(self.inner.complete(request), timeout)
        breaker.before_call()
        try:
            completion = await self._within(self.inner.complete(request), timeout)
        except BackendError as exc:
            breaker.after_failure(exc)
            raise
        except BaseException:
            breaker.release()
            raise
        breaker.after_success()
        return completion

    async def complete(
        self,
        request: ChatRequest,
        on_retry: RetryHook | None = None,
        policy: RetryPolicy | None = None,
    ) -> Completion:
        retrier = self.retrier(policy)
        timeout = retrier.policy.timeout
        return await retrier.call(lambda: self._once(request, timeout), on_retry)

    async def _stream_once(
        self, request: ChatRequest, timeout: float | None
    ) -> AsyncIterator[Chunk]:
        """One attempt; the breaker judges it by whether a first chunk comes (in time)."""
        breaker = self.breaker
        if breaker is not None:
            breaker.before_call()
        chunks = self.inner.stream(request)
        try:
            try:
                first = await self._within(anext(chunks), timeout)
            except StopAsyncIteration:
                if breaker is not None:
                    breaker.after_success()
                return
            except BackendError as exc:
                if breaker is not None:
                    breaker.after_failure(exc)
                raise
            except BaseException:
                if breaker is not None:
                    breaker.release()
                raise
            if breaker is not None:
                breaker.after_success()
            yield first
            async for chunk in chunks:
                yield chunk
        finally:
            await close_stream(chunks)

    def stream(
        self,
        request: ChatRequest,
        on_retry: RetryHook | None = None,
        policy: RetryPolicy | None = None,
    ) -> AsyncIterator[Chunk]:
        retrier = self.retrier(policy)
        timeout = retrier.policy.timeout
        return retrier.stream(lambda: self._stream_once(request, timeout), on_retry)


def protect(
    backends: dict[str, Backend],
    policy: RetryPolicy | None = None,
    breaker_policy: BreakerPolicy | None = None,
) -> dict[str, Backend]:
    """Each backend wrapped once in `Resilient` with a breaker of its own, shared by every
    route that uses it (what a gateway does at start-up); already wrapped ones are kept."""
    return {
        name: backend
        if isinstance(backend, Resilient)
        else Resilient(backend, policy, Breaker(name, breaker_policy))
        for name, backend in backends.items()
    }
