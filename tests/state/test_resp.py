"""`rung.state.resp`: the pipelined connection that admission and settling use."""

from __future__ import annotations

import asyncio

import pytest

from rung.state import LimitCheck, RedisState, StateUnavailable, Ticket
from rung.state.resp import Pipe, ReplyError, _Protocol, pack
from tests.state.redis_server import RedisServer


def test_a_reply_is_handed_over_only_when_whole() -> None:
    loop = asyncio.new_event_loop()
    protocol = _Protocol()
    calls = [loop.create_future() for _ in range(3)]
    protocol.waiting.extend(calls)
    whole = b"*3\r\n$3\r\nabc\r\n:-7\r\n$-1\r\n+OK\r\n-NOSCRIPT no such script\r\n"
    for i in range(len(whole)):  # one byte at a time
        assert calls[0].done() == (i >= 23)  # the array is 23 bytes
        protocol.data_received(whole[i : i + 1])
    assert calls[0].result() == [b"abc", -7, None] and calls[1].result() == b"OK"
    error = calls[2].exception()
    assert isinstance(error, ReplyError) and str(error) == "NOSCRIPT no such script"
    loop.close()


def test_pack_is_resp() -> None:
    assert (
        pack("SET", b"k\r\n", 3, 0.5)
        == b"*4\r\n$3\r\nSET\r\n$3\r\nk\r\n\r\n$1\r\n3\r\n$3\r\n0.5\r\n"
    )


async def test_concurrent_calls_get_their_own_answers(redis_server: RedisServer) -> None:
    pipe = Pipe(redis_server.url)
    try:
        await asyncio.gather(*(pipe.call(pack("SET", f"k{i}", i)) for i in range(300)))
        got = await asyncio.gather(*(pipe.call(pack("GET", f"k{i}")) for i in range(300)))
        assert got == [str(i).encode() for i in range(300)]
        replies = await pipe.call_many([pack("INCR", "k1"), pack("LPUSH", "k1", "x")])
        assert replies[0] == 2 and isinstance(replies[1], ReplyError)  # WRONGTYPE, in place
        with pytest.raises(ReplyError):
            await pipe.call(pack("NOSUCHCOMMAND"))
        assert await pipe.call(pack("GET", "k2")) == b"2"  # the connection still in step
    finally:
        pipe.close()


async def test_a_silent_server_times_out_every_waiting_call() -> None:
    accepted: list[asyncio.StreamWriter] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.append(writer)  # reads nothing, answers nothing

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    pipe = Pipe(f"redis://127.0.0.1:{port}/0", timeout=0.2)
    try:
        calls = [asyncio.ensure_future(pipe.call(pack("PING"))) for _ in range(3)]
        results = await asyncio.gather(*calls, return_exceptions=True)
        assert all(isinstance(r, TimeoutError) for r in results)
    finally:
        pipe.close()
        server.close()


async def test_a_restarted_redis_is_reached_again(own_redis: RedisServer) -> None:
    state = RedisState(own_redis.url, retry_every=0.0)
    await state.start()
    try:
        checks = [LimitCheck("k", rpm=100)]
        assert (await state.admit(checks, Ticket("a", 1.0, 1, 0.0), 1.0)).refused is None
        own_redis.stop()
        with pytest.raises(StateUnavailable):
            await state.admit(checks, Ticket("b", 2.0, 1, 0.0), 2.0)
        own_redis.start()  # empty, without the scripts: EVALSHA falls back to EVAL
        decision = await state.admit(checks, Ticket("c", 3.0, 1, 0.0), 3.0)
        assert decision.refused is None and decision.windows[0].count == 1
        await state.settle(checks, Ticket("c", 3.0, 1, 0.0), 2, 0.0, 4.0)
        assert (await state.admit(checks, Ticket("d", 5.0, 1, 0.0), 5.0)).windows[0].tokens == 3
    finally:
        await state.close()
