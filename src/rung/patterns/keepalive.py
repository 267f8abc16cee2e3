"""Keep-alive while a pattern waits: an SSE comment chunk, and a helper that emits one every
few seconds while an awaited call runs.

A `KeepAlive` is a `Chunk` so that it travels through a pattern's `stream()` like any other.
The gateway writes it as an SSE comment (`: consulting advisor`), which OpenAI clients and
proxies ignore but which resets their idle timers. A gateway that does not recognise it writes
its `to_bytes()` as a normal event: a chunk with no choices, which clients also skip.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass
from typing import Generic, TypeVar

from rung.types import Chunk

T = TypeVar("T")

KEEPALIVE_SECONDS = 5.0
"""How often a pattern that makes a streaming client wait sends a keep-alive, unless its route
sets `keepalive_seconds`: the one default for every pattern (advisor, specialist)."""


@dataclass(slots=True)
class KeepAlive(Chunk):
    """An SSE comment line; `sse()` is the exact bytes to write."""

    comment: str = "keep-alive"

    @classmethod
    def saying(cls, comment: str) -> KeepAlive:
        data = {"object": "chat.completion.chunk", "created": int(time.time()), "choices": []}
        return cls(data, None, comment)

    def sse(self) -> bytes:
        text = " ".join(self.comment.split())  # one line: no newline may end the comment early
        return b": " + text.encode() + b"\n\n"


class Waiting(Generic[T]):
    """`job`, run while keep-alives are yielded: iterate it (a KeepAlive at once, then one
    every `interval` seconds until the job ends; the job's exception is raised there), then
    `result()` is the job's value. When the consumer stops early, the job is cancelled."""

    def __init__(self, job: Awaitable[T], comment: str, interval: float) -> None:
        self.job, self.comment, self.interval = job, comment, interval
        self.task: asyncio.Future[T] | None = None

    async def __aiter__(self) -> AsyncIterator[KeepAlive]:
        task = self.task = asyncio.ensure_future(self.job)
        try:
            yield KeepAlive.saying(self.comment)
            while True:
                done, _ = await asyncio.wait({task}, timeout=self.interval)
                if done:
                    task.result()  # the job's exception, raised to the consumer
                    return
                yield KeepAlive.saying(self.comment)
        finally:
            if not task.done():
                task.cancel()

    def result(self) -> T:
        """The job's value, once the iteration has ended."""
        assert self.task is not None and self.task.done(), "iterate the Waiting first"
        return self.task.result()


def waiting(job: Awaitable[T], comment: str, interval: float) -> Waiting[T]:
    """Run `job` with keep-alives meanwhile: `async for` the keep-alives, then `.result()`."""
    return Waiting(job, comment, interval)
