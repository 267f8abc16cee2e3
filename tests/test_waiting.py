"""The test helpers that replace waiting: the virtual clock and the polling helper."""

from __future__ import annotations

import asyncio

import pytest

from rung.backends.mock import MockBackend
from rung.types import ChatRequest
from tests.waiting import poll, timed, virtual_time


def test_the_virtual_clock_jumps_from_timer_to_timer_in_order() -> None:
    order: list[tuple[str, float]] = []

    async def sleeper(name: str, seconds: float) -> None:
        await asyncio.sleep(seconds)
        order.append((name, asyncio.get_running_loop().time()))

    async def main() -> None:
        await asyncio.gather(sleeper("hour", 3600), sleeper("second", 1), sleeper("now", 0))

    _, seconds = virtual_time(timed(main()))
    assert order == [("now", 0.0), ("second", 1.0), ("hour", 3600.0)]
    assert seconds == 3600.0


def test_timeouts_fire_on_the_virtual_clock() -> None:
    async def main() -> float:
        loop = asyncio.get_running_loop()
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(asyncio.sleep(30), timeout=5)
        return loop.time()

    assert virtual_time(main()) == 5.0


def test_sockets_within_the_loop_still_work() -> None:
    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(await reader.readline())
        await writer.drain()
        writer.close()

    async def main() -> bytes:
        server = await asyncio.start_server(echo, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"ping\n")
        line = await asyncio.wait_for(reader.readline(), timeout=60)
        writer.close()
        server.close()
        return line

    assert virtual_time(main()) == b"ping\n"


def test_a_mock_backend_waits_its_delay_on_the_injected_sleep() -> None:
    pauses: list[float] = []

    async def sleep(seconds: float) -> None:
        pauses.append(seconds)

    mock = MockBackend("m", delay=2.5, sleep=sleep).enqueue("hi")
    request = ChatRequest({"model": "m", "messages": [{"role": "user", "content": "x"}]})
    assert asyncio.run(mock.complete(request)).text == "hi" and pauses == [2.5]


def test_poll_returns_the_first_value_that_is_done_or_the_last_one() -> None:
    values = iter(range(100))
    assert poll(lambda: next(values), lambda n: n == 3, every=0) == 3
    assert poll(lambda: "never", lambda v: v == "done", timeout=0, every=0) == "never"
