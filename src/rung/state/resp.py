"""`Pipe`: one connection to Redis for the request path, pipelined, without a pool.

redis-py's asyncio client takes a connection from its pool, packs the command, checks the
connection and parses the answer through several layers for every call: on a loopback Redis
that machinery costs more CPU than the round trip itself (bench/overhead.py --state redis;
docs/state.md "Cost"). Admission and settling use this instead: the command is packed once
(RESP, by hiredis's C packer), written on one long-lived connection, and its answer read in
order by hiredis's C reader (a hand-written Python parser took 10 µs per admission's reply,
hiredis 0.5; both come with redis-py's `hiredis` extra, which `rung[redis]` installs) (Redis
answers a connection's commands in the order they came, so concurrent requests share the
connection without waiting for each other). Everything else (cache, breakers) keeps
redis-py.

A call that gets no answer within `timeout` closes the connection (the answers still due
could no longer be matched to their calls): every call waiting on it fails with
`TimeoutError`; one on a connection that went away fails with `ConnectionError`. The next
call opens a new connection.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
from typing import Any, cast
from urllib.parse import unquote, urlsplit

try:
    import hiredis
except ModuleNotFoundError:  # rung without its `redis` extra: `open_state` refuses a Redis
    hiredis = None  # type: ignore[assignment]  # URL then, before anything here runs

Reply = bytes | int | list[Any] | None


class ReplyError(Exception):
    """An error answer (`-ERR ...`, `-NOSCRIPT ...`): the command ran and failed."""


def pack(*parts: bytes | str | int | float) -> bytes:
    """One command in RESP: an array of bulk strings (numbers written as `repr` writes them)."""
    packed: bytes = hiredis.pack_command(parts)  # type: ignore[arg-type]  # its stub: a 1-tuple
    return packed


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.waiting: collections.deque[asyncio.Future[Any]] = collections.deque()
        self.reader = hiredis.Reader(replyError=ReplyError)  # replies as they come, in order
        self.closed = False
        self.out: list[bytes] = []  # commands of this turn of the event loop, sent together

    def write(self, command: bytes) -> None:
        """Send `command` at the end of this turn of the event loop, with any others sent
        meanwhile (concurrent requests' commands): one system call for them all."""
        if not self.out:
            asyncio.get_running_loop().call_soon(self.flush)
        self.out.append(command)

    def flush(self) -> None:
        if self.out and not self.closed and self.transport is not None:
            self.transport.write(b"".join(self.out))
        self.out.clear()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        self.reader.feed(data)
        try:
            while self.waiting:
                reply = self.reader.gets()
                if reply is False:  # not whole yet
                    break
                future = self.waiting.popleft()
                if not future.done():
                    if isinstance(reply, ReplyError):
                        future.set_exception(reply)
                    else:
                        future.set_result(reply)
        except hiredis.ProtocolError as exc:
            self.fail(ConnectionError(f"Redis answered something unreadable: {exc}"))

    def connection_lost(self, exc: Exception | None) -> None:
        self.fail(ConnectionError(f"Redis closed the connection ({exc or 'end of stream'})"))

    def fail(self, error: Exception) -> None:
        """Close the connection; every call still waiting fails with `error`."""
        self.closed = True
        if self.transport is not None:
            self.transport.abort()
        while self.waiting:
            future = self.waiting.popleft()
            if not future.done():
                future.set_exception(error)


class Pipe:
    """One pipelined connection to the Redis of `url` (redis:// or unix://; not rediss://)."""

    def __init__(self, url: str, timeout: float = 1.0, connect_timeout: float = 1.0) -> None:
        self.url, self.timeout, self.connect_timeout = url, timeout, connect_timeout
        self._protocol: _Protocol | None = None
        self._connecting: asyncio.Lock | None = None

    @staticmethod
    def supports(url: str) -> bool:
        return url.startswith(("redis://", "unix://"))

    async def call(self, command: bytes) -> Any:
        """Send one packed command (`pack`) and return its answer (bytes, int, list, None);
        raise `ReplyError` for an error answer, `ConnectionError` / `TimeoutError` when
        Redis cannot be reached or does not answer in time."""
        protocol = self._protocol
        if protocol is None or protocol.closed:
            protocol = await self._connect()
        return await self._send(protocol, command)

    async def call_many(self, commands: list[bytes]) -> list[Any]:
        """Several commands in one write (one round trip); their answers, in order, an
        error answer as a `ReplyError` in its place."""
        protocol = self._protocol
        if protocol is None or protocol.closed:
            protocol = await self._connect()
        loop = asyncio.get_running_loop()
        futures = [loop.create_future() for _ in commands]
        protocol.waiting.extend(futures)
        protocol.write(b"".join(commands))
        timer = loop.call_later(self.timeout, _expire, protocol, futures[-1])
        try:
            replies = await asyncio.gather(*futures, return_exceptions=True)
        finally:
            timer.cancel()
        for reply in replies:
            if isinstance(reply, ConnectionError | TimeoutError):
                raise reply
        return replies

    async def _send(self, protocol: _Protocol, command: bytes) -> Any:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        protocol.waiting.append(future)
        protocol.write(command)
        timer = loop.call_later(self.timeout, _expire, protocol, future)
        try:
            return await future
        finally:
            timer.cancel()

    async def _connect(self) -> _Protocol:
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        async with self._connecting:  # one connection, however many calls wait for it
            if self._protocol is not None and not self._protocol.closed:
                return self._protocol
            self._protocol = await asyncio.wait_for(self._open(), self.connect_timeout)
            return self._protocol

    async def _open(self) -> _Protocol:
        loop = asyncio.get_running_loop()
        parts = urlsplit(self.url)
        if parts.scheme == "unix":
            _, protocol = await loop.create_unix_connection(_Protocol, parts.path)
        else:
            host, port = parts.hostname or "localhost", parts.port or 6379
            _, protocol = await loop.create_connection(_Protocol, host, port)
        setup = []
        if parts.password is not None:
            user = unquote(parts.username) if parts.username else "default"
            setup.append(pack("AUTH", user, unquote(parts.password)))
        db = _database(parts.path if parts.scheme != "unix" else "", parts.query)
        if db:
            setup.append(pack("SELECT", db))
        try:
            for command in setup:
                await self._send(protocol, command)
        except BaseException:
            protocol.fail(ConnectionError("Redis refused the connection's set-up"))
            raise
        return protocol

    def close(self) -> None:
        if self._protocol is not None:
            self._protocol.fail(ConnectionError("closed"))
            self._protocol = None


def _expire(protocol: _Protocol, future: asyncio.Future[Any]) -> None:
    if not future.done():
        protocol.fail(TimeoutError("Redis did not answer in time"))


def _database(path: str, query: str) -> int:
    """The database number of a URL (`redis://h:p/2`, `unix:///s.sock?db=2`), 0 if none."""
    number = path.strip("/")
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        if name == "db":
            number = value
    with contextlib.suppress(ValueError):
        return int(number) if number else 0
    return 0
