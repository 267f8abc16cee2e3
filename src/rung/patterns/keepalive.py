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
from typing import TypeVar

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


async def waiting(
    job: Awaitable[T], comment: str, interval: float, result: list[T]
) -> AsyncIterator[KeepAlive]:
    """Run `job`, yielding a KeepAlive at once and then every `interval` seconds until it ends.

    Its value is appended to `result` (an async generator cannot return one); its exception is
    raised. When the consumer stops early, the job is cancelled.
    """
    task = asyncio.ensure_future(job)
    try:
        yield KeepAlive.saying(comment)
        while True:
            done, _ = await asyncio.wait({task}, timeout=interval)
            if done:
                result.append(task.result())
                return
            yield KeepAlive.saying(comment)
    finally:
        if not task.done():
            task.cancel()
