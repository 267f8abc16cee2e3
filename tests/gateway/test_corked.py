"""CorkedTransport: what one turn of the event loop writes goes out in one write."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import orjson
import pytest

from rung.gateway.corked import CorkedTransport
from tests.security.test_hygiene import HeaderTimeoutServed, read_until_closed
from tests.security.upstreams import config
from tests.servers import ScriptedServer, ok


class Recorder:
    """The part of a transport CorkedTransport uses, recording each write."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closing = False

    def write(self, data: bytes) -> None:
        self.writes.append(data)

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self.closing = True

    def get_extra_info(self, name: str) -> Any:
        return f"info:{name}"


async def next_turn() -> None:
    """Let the loop run the callbacks already scheduled (the flush among them)."""
    await asyncio.sleep(0)


async def test_headers_go_out_with_the_body_at_once_and_in_order() -> None:
    raw = Recorder()
    corked = CorkedTransport(raw, asyncio.get_running_loop())  # type: ignore[arg-type]
    corked.write(b"HTTP/1.1 200 OK\r\n\r\n")
    assert raw.writes == []  # held for what follows
    corked.writelines([b"hello ", b"world"])
    assert raw.writes == [b"HTTP/1.1 200 OK\r\n\r\nhello world"]  # one write, not waiting
    await next_turn()
    assert len(raw.writes) == 1  # the turn's flush found nothing held
    corked.write(b"next event")  # a body part alone (a stream's next event) goes out at once
    assert raw.writes[1:] == [b"next event"]
    corked.write(b"HTTP/1.1 200 OK\r\n\r\n")  # a head alone goes out when the turn ends
    assert len(raw.writes) == 2
    await next_turn()
    assert raw.writes[2:] == [b"HTTP/1.1 200 OK\r\n\r\n"]


async def test_close_sends_what_is_held_first_and_a_closed_connection_gets_nothing() -> None:
    raw = Recorder()
    corked = CorkedTransport(raw, asyncio.get_running_loop())  # type: ignore[arg-type]
    corked.write(b"last words")
    corked.close()
    assert raw.writes == [b"last words"] and raw.closing
    corked.write(b"too late")
    await next_turn()
    assert raw.writes == [b"last words"]
    assert corked.get_extra_info("peername") == "info:peername"  # the rest is the transport's


@pytest.fixture
def upstream() -> Any:
    with ScriptedServer(ok("[]")) as server:
        yield server


def test_an_answer_arrives_whole_on_a_kept_alive_connection(
    upstream: ScriptedServer, tmp_path: Path
) -> None:
    """Through the gateway's real protocol: two requests on one connection, each answered
    whole and in order (its status line, headers, one chunk of JSON and the last chunk)."""
    ask = b"GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n"
    with (
        HeaderTimeoutServed(config(upstream), tmp_path / "log.db", 5) as gw,
        socket.create_connection(("127.0.0.1", gw.port)) as sock,
    ):
        sock.sendall(ask + ask[:-2] + b"connection: close\r\n\r\n")
        answer = read_until_closed(sock)
    answers = answer.split(b"HTTP/1.1 ")[1:]
    assert len(answers) == 2
    for one in answers:
        head, _, body = one.partition(b"\r\n\r\n")
        assert head.startswith(b"200 ") and b"transfer-encoding: chunked" in head
        size, _, rest = body.partition(b"\r\n")
        chunk, end = rest[: int(size, 16)], rest[int(size, 16) :]
        assert orjson.loads(chunk)["status"] == "ok"
        assert end == b"\r\n0\r\n\r\n"
