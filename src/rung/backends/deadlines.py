"""The deadlines of one backend's calls (the first byte's and the whole answer's), kept by one
sweep instead of a timer per call.

`asyncio.timeout` schedules a timer when it is entered and cancels it on leaving: with one for
the answer's headers and one for the whole answer, a proxied request paid for two timers, 4-5%
of the gateway's GIL time at 16 connections (py-spy --gil). Here a call registers its deadlines
(`start`), says when its headers came (`answered`), and leaves (`stop`): a dictionary entry;
one timer per backend sweeps the calls every `period` seconds and cancels the task of a call
past a deadline, so a deadline fires between its time and `period` later. After the task's
CancelledError, `expired` says which deadline it was (None: somebody else cancelled it, which
is passed on), as `asyncio.timeout` turns its own cancellation into a TimeoutError.
"""

from __future__ import annotations

import asyncio
import math


class Deadline:
    __slots__ = ("cancelling", "end", "fired", "first", "task", "undone")

    def __init__(self, task: asyncio.Task[object], first: float, end: float) -> None:
        self.task, self.first, self.end = task, first, end
        self.cancelling = task.cancelling()
        self.fired: str | None = None  # "first_byte" or "total" once the sweep cancelled it
        self.undone = False  # the sweep's cancellation taken back (`uncancel`)


class Deadlines:
    """The calls of one backend under way, and the one timer that sweeps them."""

    def __init__(self, first_byte: float, total: float) -> None:
        self.first_byte, self.total = first_byte, total
        self.period = min(max(min(first_byte, total) / 4, 0.05), 5.0)
        self.live: dict[Deadline, None] = {}
        self.timer: asyncio.TimerHandle | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> Deadline:
        """The current task's call starts now."""
        loop = asyncio.get_running_loop()
        if loop is not self.loop:  # a new loop (tests run one per test): start afresh there
            self.close()
            self.loop = loop
        task = asyncio.current_task()
        assert task is not None
        now = loop.time()
        deadline = Deadline(task, now + self.first_byte, now + self.total)
        self.live[deadline] = None
        if self.timer is None:
            self.timer = loop.call_later(self.period, self.sweep, loop)
        return deadline

    @staticmethod
    def answered(deadline: Deadline) -> None:
        """The call's headers came: only the whole answer's deadline is left."""
        deadline.first = math.inf

    def stop(self, deadline: Deadline) -> None:
        """The call is over (in a `finally`): a cancellation the sweep made and nobody read
        (the call ended before it was delivered) is taken back, as `asyncio.timeout` does."""
        self.live.pop(deadline, None)
        if deadline.fired is not None and not deadline.undone:
            deadline.undone = True
            deadline.task.uncancel()

    def sweep(self, loop: asyncio.AbstractEventLoop) -> None:
        now = loop.time()
        for deadline in [d for d in self.live if now >= d.first or now >= d.end]:
            del self.live[deadline]
            deadline.fired = "first_byte" if now >= deadline.first else "total"
            deadline.task.cancel()
        self.timer = loop.call_later(self.period, self.sweep, loop) if self.live else None

    @staticmethod
    def expired(deadline: Deadline) -> str | None:
        """After the call's CancelledError: the deadline that cancelled it, or None when it
        was cancelled by somebody else as well (the cancellation must go on)."""
        if deadline.fired is None or deadline.undone:
            return None
        deadline.undone = True
        if deadline.task.uncancel() > deadline.cancelling:
            return None
        return deadline.fired

    def close(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        self.live.clear()
