"""Upstream answers that stop arriving, found by one sweep per backend.

A read timeout that creates and cancels a timer for every read from the socket (aiohttp's
`sock_read`, which rung used before `rung.backends.wire`) was 8% of the gateway's CPU with a
thousand streams each sending a chunk every 20 ms. Instead,
each answer's body reader is watched (`watch`) and a sweep every `period` seconds compares how
many bytes it has received with what it had: a reader that is waiting for data and got no byte
for `seconds` fails with `StreamStalled` (a TimeoutError, as the read timeout's was), which the
reading code turns into the backend's "the stream stalled" (504, retried, counted by the
breaker). A reader nobody is waiting on (a slow client: the connection stops reading the socket
while its buffer is full) is not stalled: its clock starts again. A stall is noticed between
`seconds` and `seconds + period` after the last byte. An answer leaves the watch as soon as it
is released or closed (`Answer.on_close`): kept until the next sweep, every answer of the last
`period` seconds stayed alive (thousands at a few thousand requests a second), and the garbage
collector went through all of them again and again.
"""

from __future__ import annotations

import asyncio

from rung.backends.wire import Answer, Body


class StreamStalled(TimeoutError):
    """No byte of an upstream's answer arrived within the backend's `first_byte` seconds."""


class Stalls:
    """The answers of one backend being read, and the one timer that sweeps them."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.period = min(max(seconds / 4, 0.05), 5.0)
        self.watched: dict[Answer, tuple[int, float]] = {}
        self.timer: asyncio.TimerHandle | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def watch(self, response: Answer) -> None:
        """Watch `response`'s body until it is read to the end or the response is closed."""
        loop = asyncio.get_running_loop()
        if loop is not self.loop:  # a new loop (tests run one per test): start afresh there
            self.close()
            self.loop = loop
        self.watched[response] = (response.content.total_bytes, loop.time())
        response.on_close = self.forget
        if self.timer is None:
            self.timer = loop.call_later(self.period, self.sweep, loop)

    def forget(self, response: Answer) -> None:
        """`response` was released or closed: nothing reads it any more."""
        self.watched.pop(response, None)

    def sweep(self, loop: asyncio.AbstractEventLoop) -> None:
        now = loop.time()
        for response, (seen, since) in list(self.watched.items()):
            content = response.content
            if response.closed or content.is_eof() or content.exception() is not None:
                del self.watched[response]
            elif content.total_bytes != seen or not _waiting(content):
                self.watched[response] = (content.total_bytes, now)
            elif now - since >= self.seconds:
                del self.watched[response]
                content.set_exception(
                    StreamStalled(f"no data from the upstream for {self.seconds:g} s")
                )
        self.timer = loop.call_later(self.period, self.sweep, loop) if self.watched else None

    def close(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        self.watched.clear()


def _waiting(content: Body) -> bool:
    """Whether a reader is waiting for data."""
    return content.waiting
