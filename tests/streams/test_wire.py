"""The upstream HTTP client (`rung.backends.wire`) against a real socket server whose bytes each
test writes: keep-alive, the ways an answer's end is marked, compression, broken answers, a
kept-alive connection the upstream closed, the connection limit, backpressure and TLS."""

from __future__ import annotations

import asyncio
import gzip
import ssl
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from rung.backends import wire
from rung.backends.wire import Wire, WireError

Handler = Callable[[bytes, asyncio.StreamWriter, int], Awaitable[None]]


class Upstream:
    """A TCP server on a free port: each request (head and body read whole) goes to `handler`
    with the number of the connection it came on."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.connections = 0
        self.open = 0
        self.most_open = 0
        self.requests: list[bytes] = []
        self.server: asyncio.Server | None = None

    async def __aenter__(self) -> Upstream:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self.server is not None
        self.server.close()

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/v1"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        number = self.connections
        self.open += 1
        self.most_open = max(self.most_open, self.open)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
                request = head + await reader.readexactly(length)
                self.requests.append(request)
                await self.handler(request, writer, number)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self.open -= 1
            writer.close()


def client(url: str, limit: int = 10, **headers: str) -> Wire:
    return Wire(url, limit=limit, connect_timeout=5.0, headers=headers)


def answer(body: bytes, *head: str) -> bytes:
    lines = ["HTTP/1.1 200 OK", f"content-length: {len(body)}", *head]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def fixed(request: bytes, writer: asyncio.StreamWriter, number: int) -> None:
    writer.write(answer(b'{"n": %d}' % number, "content-type: application/json"))


def test_a_connection_is_kept_alive_and_reused() -> None:
    async def run() -> None:
        async with Upstream(fixed) as up:
            pool = client(up.url + "/chat/completions", authorization="Bearer k")
            for _ in range(3):
                async with await pool.post(up.url + "/chat/completions", b"{}") as got:
                    assert (got.status, await got.read()) == (200, b'{"n": 1}')
                    assert got.headers["content-type"] == "application/json"
            pool.close()
        assert up.connections == 1 and len(up.requests) == 3
        head = up.requests[0].split(b"\r\n\r\n")[0].lower()
        assert head.startswith(b"post /v1/chat/completions http/1.1\r\n")
        assert b"\r\nauthorization: bearer k" in head and b"\r\ncontent-length: 2" in head
        assert b"\r\nhost: 127.0.0.1:" in head and b"cookie" not in head

    asyncio.run(run())


@pytest.mark.parametrize(
    "raw",
    [
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"
        b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
        answer(gzip.compress(b"hello world"), "content-encoding: gzip"),
        b"HTTP/1.1 200 OK\r\nconnection: close\r\n\r\nhello world",  # ends with the connection
    ],
    ids=["chunked", "gzip", "until-close"],
)
def test_every_way_of_ending_an_answer_is_read(raw: bytes) -> None:
    async def send(request: bytes, writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(raw)
        if b"connection: close" in raw:
            writer.close()

    async def run() -> None:
        async with Upstream(send) as up:
            pool = client(up.url)
            for _ in range(2):
                got = await pool.post(up.url + "/x", b"{}")
                assert await got.read() == b"hello world"
                got.release()
            pool.close()
            closing = b"connection: close" in raw
            assert up.connections == (2 if closing else 1)

    asyncio.run(run())


def test_an_answer_read_line_by_line_keeps_its_line_ends() -> None:
    async def send(request: bytes, writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(answer(b"data: a\n\ndata: b\r\n\ntail"))

    async def run() -> list[bytes]:
        async with Upstream(send) as up:
            pool = client(up.url)
            async with await pool.post(up.url, b"{}") as got:
                return [line async for line in got.content]

    assert asyncio.run(run()) == [b"data: a\n", b"\n", b"data: b\r\n", b"\n", b"tail"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (answer(b"x", "content-encoding: br"), r"a coding rung cannot read \(br\)"),
        (answer(b"not gzip", "content-encoding: gzip"), "compressed answer is broken"),
        (b"HTTP/1.1 2OO OK\r\n\r\n", "not valid HTTP"),
        (b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nshort", "closed the connection"),
    ],
    ids=["unknown-coding", "broken-gzip", "bad-status", "cut-off"],
)
def test_a_broken_answer_is_a_wire_error_and_its_connection_is_not_reused(
    raw: bytes, message: str
) -> None:
    async def send(request: bytes, writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(raw if number == 1 else answer(b"fine"))
        if number == 1 and raw.endswith(b"short"):
            await writer.drain()
            writer.close()

    async def run() -> None:
        async with Upstream(send) as up:
            pool = client(up.url)
            with pytest.raises(WireError, match=message):
                got = await pool.post(up.url, b"{}")
                try:
                    await got.read()
                finally:
                    got.release()
            async with await pool.post(up.url, b"{}") as again:
                assert await again.read() == b"fine"
            assert up.connections == 2

    asyncio.run(run())


def test_a_kept_alive_connection_closed_by_the_upstream_is_replaced_once() -> None:
    """The upstream closes the connection on its second request without answering (an idle
    close racing the request): the request goes once more on a new connection. A new
    connection closed the same way is the upstream's failure, not retried."""

    async def send(request: bytes, writer: asyncio.StreamWriter, number: int) -> None:
        if (len(served) == 1 and number == 1) or b"fail" in request:
            served.append(number)
            writer.close()
            return
        served.append(number)
        writer.write(answer(b"ok"))

    served: list[int] = []

    async def run() -> None:
        async with Upstream(send) as up:
            pool = client(up.url)
            for _ in range(2):
                async with await pool.post(up.url, b"{}") as got:
                    assert await got.read() == b"ok"
            assert served == [1, 1, 2]
            with pytest.raises(WireError, match="closed the connection"):
                await pool.post(up.url, b'"fail"')  # on connection 2, kept alive: retried once
            assert served[-2:] == [2, 3]

    asyncio.run(run())


def test_no_more_than_the_limit_of_connections_are_open_at_once() -> None:
    async def send(request: bytes, writer: asyncio.StreamWriter, number: int) -> None:
        await release.wait()
        writer.write(answer(b"ok"))

    release = asyncio.Event()

    async def one(pool: Wire, url: str) -> bytes:
        async with await pool.post(url, b"{}") as got:
            return await got.read()

    async def run() -> None:
        async with Upstream(send) as up:
            pool = client(up.url, limit=2)
            calls = [asyncio.create_task(one(pool, up.url)) for _ in range(5)]
            while len(up.requests) < 2:
                await asyncio.sleep(0)
            for _ in range(100):
                await asyncio.sleep(0)
            assert len(up.requests) == 2  # the other three wait for a connection
            release.set()
            assert await asyncio.gather(*calls) == [b"ok"] * 5
            assert up.most_open == 2

    asyncio.run(run())


def test_an_answer_dropped_unread_frees_its_connection_once() -> None:
    async def run() -> None:
        async with Upstream(fixed) as up:
            pool = client(up.url, limit=1)
            got = await pool.post(up.url, b"{}")
            connection = got._connection
            del got  # never read, never closed: the limit's one connection comes back
            async with await pool.post(up.url, b"{}") as again:
                assert again.status == 200
                connection.done(reuse=False)  # a late second "done": no second slot
                assert pool._slots.locked()
            again.close()
            assert not pool._slots.locked()

    asyncio.run(run())


def test_a_reader_that_stops_reading_pauses_the_socket() -> None:
    """8 MiB sent at once to a reader that reads nothing: the client holds at most about
    `HIGH` bytes of it, and everything arrives once the reader reads."""
    size = 8 << 20

    async def send(request: bytes, writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(answer(b"x" * size))
        await writer.drain()

    async def run() -> None:
        async with Upstream(send) as up:
            pool = client(up.url)
            got = await pool.post(up.url, b"{}")
            while not got._connection.paused:
                await asyncio.sleep(0)
            for _ in range(100):  # the loop goes on turning: nothing more is read
                await asyncio.sleep(0)
            assert got.content.total_bytes <= wire.HIGH + (1 << 20)
            assert len(await got.read()) == size
            got.release()

    asyncio.run(run())


def test_a_refused_connection_names_the_upstream() -> None:
    async def run() -> None:
        async with Upstream(fixed) as up:
            url = up.url
        pool = client(url)
        with pytest.raises(WireError, match=r"cannot connect to 127\.0\.0\.1:\d+"):
            await pool.post(url, b"{}")
        with pytest.raises(WireError):  # the slot was given back: a second call fails alike
            await pool.post(url, b"{}")

    asyncio.run(run())


def self_signed(directory: Path) -> tuple[Path, ssl.SSLContext]:
    """A certificate for `localhost` (its file, to trust) and a server context holding it."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return cert, context


def test_tls_checks_the_upstreams_certificate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, context = self_signed(tmp_path)

    async def run() -> None:
        server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=context)
        url = f"https://localhost:{server.sockets[0].getsockname()[1]}/v1"
        with pytest.raises(WireError, match="certificate verify failed"):
            await client(url).post(url, b"{}")
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # now trusted
        async with await client(url).post(url, b"{}") as got:
            assert await got.read() == b"secure"
        server.close()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n{}")
            writer.write(answer(b"secure"))
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass
        writer.close()

    asyncio.run(run())


def test_a_header_value_with_a_line_break_is_refused_without_being_quoted() -> None:
    with pytest.raises(ValueError, match="authorization header") as refused:
        client("http://127.0.0.1:1/v1", authorization="Bearer sk-abc\r\nx-evil: 1")
    assert "sk-abc" not in str(refused.value)


def test_a_stream_released_before_its_end_marker_keeps_its_connection_for_the_next(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reader stops at its last event; the chunked body's empty last chunk comes after
    (nginx often sends it apart): the connection waits for it and serves the next request.
    When it never comes, the connection is closed after LINGER and its slot freed."""
    monkeypatch.setattr(wire, "LINGER", 0.2)
    head = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n"

    async def send(request: bytes, writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(head)
        await writer.drain()
        if b"never" not in request:
            await end.wait()
            writer.write(b"0\r\n\r\n")

    end = asyncio.Event()

    async def run() -> None:
        async with Upstream(send) as up:
            pool = client(up.url, limit=1)
            got = await pool.post(up.url, b"{}")
            assert await got.content.readany() == b"hello"
            got.release()  # the last event read; the end marker not yet
            end.set()
            async with await pool.post(up.url, b"{}") as again:  # waits for the slot
                assert await again.content.readany() == b"hello"
                end.set()
            assert up.connections == 1  # the same connection served both
            got = await pool.post(up.url, b'"never"')
            await got.content.readany()
            got.release()
            async with await pool.post(up.url, b"{}") as last:  # the slot, after LINGER
                assert last.status == 200
            assert up.connections == 2

    asyncio.run(run())
