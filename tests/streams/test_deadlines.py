"""Deadlines kept by one sweep (rung.backends.deadlines): the first byte's and the whole
answer's fire as the call's own cancellation, told apart from anybody else's."""

from __future__ import annotations

import asyncio

import pytest

from rung.backends.deadlines import Deadlines


async def call(deadlines: Deadlines, headers: asyncio.Future[None] | None = None) -> str:
    """A call that waits for headers (if given) and then for a body that never comes."""
    deadline = deadlines.start()
    try:
        if headers is not None:
            await headers
            Deadlines.answered(deadline)
        await asyncio.get_running_loop().create_future()
        return "answered"
    except asyncio.CancelledError:
        fired = Deadlines.expired(deadline)
        if fired is None:
            raise
        return fired
    finally:
        deadlines.stop(deadline)


async def test_no_header_in_time_is_the_first_byte_deadline() -> None:
    deadlines = Deadlines(first_byte=0.05, total=30)
    assert await call(deadlines) == "first_byte"
    task = asyncio.current_task()
    assert task is not None and task.cancelling() == 0  # the cancellation was taken back


async def test_headers_in_time_then_a_slow_body_is_the_total_deadline() -> None:
    deadlines = Deadlines(first_byte=0.05, total=0.15)
    headers = asyncio.get_running_loop().create_future()
    headers.set_result(None)
    assert await call(deadlines, headers) == "total"
    assert not deadlines.live and deadlines.timer is None  # nothing left to sweep: no timer


async def test_somebody_else_s_cancellation_goes_on() -> None:
    deadlines = Deadlines(first_byte=30, total=30)
    task = asyncio.ensure_future(call(deadlines))
    await asyncio.sleep(0)  # the call registered
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not deadlines.live
