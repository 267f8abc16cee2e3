"""Retries with exponential backoff and full jitter, honouring Retry-After.

An upstream that asks (429 with Retry-After) to be left alone longer than `retry_after_max` is
not retried early: the error is raised at once, so that a fallback moves on or the client gets
the 429 with its Retry-After.

`Resilient` wraps any backend: the backend's own faults (`backend_fault`: connection errors,
timeouts, 429, 5xx) are retried up to `num_retries` times; the client's mistakes and rung's own
bugs are raised at once. A
stream is retried only until its first chunk has been yielded: after that a retry would send
the client the start of the answer twice.

Every backend is wrapped the same way, once, by `wrap` (retries and a circuit breaker of its
own). Every attempt is visible to the caller through an optional `on_retry` hook that
`complete` and `stream` accept beside the request (a backend never sees the trace):
`rung.backends.traced` passes one that records each failed attempt as a call of its own.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from rung._errors import BackendError, Overloaded, RungError, UpstreamTimeout
from rung.backends.base import Backend, Embeddings, EmbedRequest
from rung.reliability.breaker import Breaker, BreakerPolicy, backend_fault
from rung.types import ChatRequest, Chunk, Completion, close_stream

if TYPE_CHECKING:
    from rung.backends.relay import Relay

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


class Retrier:
    """Runs attempts under a policy; the clock (`sleep`) and `rand` are injectable."""

    def __init__(
        self,
        policy: RetryPolicy,
        sleep: Sleep = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.policy, self.sleep, self.rand = policy, sleep, rand

    async def pause(self, number: int, error: RungError, hook: RetryHook | None) -> None:
        """Report the failed attempt and wait before the next; re-raise when out of retries
        or when another attempt cannot help (not the backend's fault)."""
        if number > self.policy.num_retries or not isinstance(error, BackendError):
            raise error
        if not backend_fault(error):
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
            except RungError as exc:
                await self.pause(number, exc, hook)

    async def stream(
        self,
        open_stream: Callable[[], AsyncIterator[Chunk]],
        hook: RetryHook | None = None,
        first_of: Callable[[AsyncIterator[Chunk]], Awaitable[Chunk]] | None = None,
    ) -> AsyncIterator[Chunk]:
        """The chunks of the first attempt that yields one; later failures propagate.
        `first_of` awaits an attempt's first chunk (by default `anext`): a breaker and a
        deadline judge the attempt there, and the rest is read straight from the stream."""
        number = 0
        while True:
            number += 1
            chunks = open_stream()
            try:
                first = await (anext(chunks) if first_of is None else first_of(chunks))
            except StopAsyncIteration:
                return
            except RungError as exc:
                await close_stream(chunks)
                await self.pause(number, exc, hook)
                continue
            except BaseException:
                await close_stream(chunks)
                raise
            break
        try:
            yield first
            async for chunk in chunks:
                yield chunk
        finally:
            await close_stream(chunks)


class Resilient(Backend):
    """`inner` with retries and a circuit breaker consulted before each attempt. Made by
    `wrap`, the one way a backend gets them.

    It stands in for `inner` everywhere: same name, model and capabilities, and it passes on
    `count_tokens` and `queue_depth` when `inner` has them.
    """

    def __init__(
        self,
        inner: Backend,
        policy: RetryPolicy,
        breaker: Breaker,
        sleep: Sleep = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.inner, self.policy, self.breaker = inner, policy, breaker
        self.name, self.model, self.capabilities = inner.name, inner.model, inner.capabilities
        self._sleep, self._rand = sleep, rand

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

    async def complete(
        self,
        request: ChatRequest,
        on_retry: RetryHook | None = None,
        policy: RetryPolicy | None = None,
    ) -> Completion:
        retrier = self.retrier(policy)
        timeout = retrier.policy.timeout
        return await retrier.call(
            lambda: self._attempt(lambda: self.inner.complete(request), timeout), on_retry
        )

    def stream(
        self,
        request: ChatRequest,
        on_retry: RetryHook | None = None,
        policy: RetryPolicy | None = None,
    ) -> AsyncIterator[Chunk]:
        retrier = self.retrier(policy)
        timeout = retrier.policy.timeout

        def first_of(chunks: AsyncIterator[Chunk]) -> Awaitable[Chunk]:
            return self._attempt(lambda: anext(chunks), timeout)

        return retrier.stream(lambda: self.inner.stream(request), on_retry, first_of)

    async def relay(
        self,
        request: ChatRequest,
        on_retry: RetryHook | None = None,
        policy: RetryPolicy | None = None,
    ) -> tuple[Relay, bytes]:
        """`inner.relay`: the stream as bytes, its first block read under the same retries,
        breaker and first-chunk deadline as `stream`."""
        retrier = self.retrier(policy)
        timeout = retrier.policy.timeout
        opened = getattr(self.inner, "relay")  # noqa: B009 - only an OpenAI-compatible backend
        return await retrier.call(lambda: self._attempt(lambda: opened(request), timeout), on_retry)

    @property
    def relays(self) -> bool:
        """Whether `inner` can relay a stream as bytes (`rung.backends.relay`)."""
        return callable(getattr(self.inner, "relay", None))

    async def embed(
        self,
        request: EmbedRequest,
        on_retry: RetryHook | None = None,
        policy: RetryPolicy | None = None,
    ) -> Embeddings:
        """`inner.embed` with the same retries and breaker as `complete`."""
        retrier = self.retrier(policy)
        timeout = retrier.policy.timeout
        return await retrier.call(
            lambda: self._attempt(lambda: self.inner.embed(request), timeout), on_retry
        )

    @property
    def embeds(self) -> bool:
        return self.inner.embeds

    async def _attempt(self, call: Callable[[], Awaitable[T]], timeout: float | None) -> T:
        """One call under the breaker and the attempt's deadline. The breaker counts only the
        backend's own faults; a client's mistake or a cancellation gives back its claim."""
        breaker = self.breaker
        await breaker.claim()
        try:
            result = await self._within(call(), timeout)
        except StopAsyncIteration:  # an empty stream: the backend answered
            await breaker.succeeded()
            raise
        except RungError as exc:
            await breaker.failed(exc)
            raise
        except BaseException:
            breaker.release()
            raise
        await breaker.succeeded()
        return result

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


def wrap(
    backend: Backend,
    retry: RetryPolicy | None = None,
    breaker: Breaker | BreakerPolicy | None = None,
    *,
    sleep: Sleep = asyncio.sleep,
    rand: Callable[[], float] = random.random,
) -> Resilient:
    """`backend` with its retries and a circuit breaker of its own: the one way rung wraps a
    backend (the gateway at start-up, a pattern built without a gateway, tests). A backend
    already wrapped is returned as it is, so wrapping twice changes nothing."""
    if isinstance(backend, Resilient):
        return backend
    if not isinstance(breaker, Breaker):
        breaker = Breaker(backend.name, breaker)
    return Resilient(backend, retry or RetryPolicy(), breaker, sleep, rand)
