"""Waiting in tests without depending on the wall clock.

- `virtual_time(coro)` runs `coro` on an event loop whose clock is virtual: when every task is
  waiting on a timer, the clock jumps to the next one at once. `asyncio.sleep(5)` returns
  immediately yet `loop.time()` advances by exactly 5, so timings (keep-alive intervals, slow
  backends, timeouts) are exact and a test never waits for them. Sockets between tasks of the
  same loop still work; a wait on another thread or process does not belong here (the clock
  would jump past it to the next timer).
- `poll(probe, done)` calls `probe` until `done(value)` holds or a deadline passes, for what
  another thread or process finishes later (a log row written after the response). The
  deadline is a bound, never an assertion: the caller asserts on the value it gets.
"""

from __future__ import annotations

import asyncio
import selectors
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

IDLE_LIMIT = 30.0
"""Real seconds the virtual loop waits when nothing at all is scheduled (a thread's answer)."""


class _JumpingSelector(selectors.DefaultSelector):
    """A selector that, instead of sleeping until the next timer, advances `now` to it."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = super().select(0)
        if ready or timeout == 0:
            return ready
        if timeout is None:  # no timer at all: only a thread or real I/O can wake the loop
            ready = super().select(IDLE_LIMIT)
            if not ready:
                raise RuntimeError(f"virtual_time: nothing to do for {IDLE_LIMIT} s (deadlock)")
            return ready
        self.now += timeout
        return []


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    """An event loop whose `time()` starts at 0 and jumps from timer to timer."""

    def __init__(self) -> None:
        self._jumping = _JumpingSelector()
        super().__init__(self._jumping)

    def time(self) -> float:
        return self._jumping.now


def virtual_time(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` to its end on a fresh `VirtualTimeLoop` and return its value."""
    loop = VirtualTimeLoop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()


async def timed(coro: Coroutine[Any, Any, T]) -> tuple[T, float]:
    """`coro`'s value and the seconds it took on the running loop's clock (virtual under
    `virtual_time`, where they are exact)."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    value = await coro
    return value, loop.time() - started


def poll(
    probe: Callable[[], T],
    done: Callable[[T], bool],
    timeout: float = 10.0,
    every: float = 0.05,
) -> T:
    """`probe()`'s first value for which `done` holds, or its last one after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if done(value) or time.monotonic() > deadline:
            return value
        time.sleep(every)
