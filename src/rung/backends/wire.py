"""A lean HTTP/1.1 client for OpenAI-compatible upstreams: one keep-alive pool per backend.

aiohttp's client cost rung about 100 µs of CPU per request here (a bare uvicorn pass-through
proxy spent 160 µs per request with it and 56 µs with this: docs/call-path.md, "Round
four"), most of it in machinery a gateway's upstream call does not use: cookies, redirects,
proxies, multidict headers, timers per read. An upstream call is one POST of a JSON body to
one origin, and its answer read as it arrives. That is what this does, on asyncio's
transports with httptools (llhttp) parsing the answer:

- `Wire(base_url, ...)`: the pool of one origin. At most `limit` connections are in use at
  once (more requests wait for one); an idle connection is reused (keep-alive) unless the
  upstream closed it, said `connection: close`, or it was idle for `IDLE` seconds, below the
  5 s idle timeout of uvicorn and most servers. A request on a reused connection that the
  upstream closes before any byte of an answer (it closed the idle connection as the request
  went out) is sent once more on a new connection, as browsers do.
- `Answer`: status, reason, headers (lower-case names; repeated ones joined with ", "), and the
  body (`Body`) read block by block, line by line or whole. The body holds at most `HIGH` bytes
  not yet read: beyond that the connection stops reading from the socket until the reader
  catches up (backpressure from a slow client reaches the upstream).
- Answers are asked for uncompressed (`accept-encoding: identity`); a gzip or deflate body
  sent anyway is inflated, any other coding is an error.
- No cookies are kept or sent, no redirects followed; TLS with the system's certificates, host
  names checked. With a `proxy` (`rung.backends.proxy`), an https origin is reached through a
  CONNECT tunnel, an http one by requests in absolute form sent to the proxy.

Every failure to reach the upstream or to read its answer is a `WireError`; a timeout is the
caller's (`asyncio.timeout` around the call), as is a stall inside the body
(`rung.backends.stalls`).
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
import zlib
from collections import deque
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httptools

from rung.backends.proxy import Proxy, ProxyError, Tunnel, connect_request

IDLE = 4.0  # seconds a pooled connection may wait for its next request
HIGH = 1 << 17  # bytes of an answer held unread before the socket is paused (as aiohttp)
LOW = 1 << 15  # ... and resumed below this
LINGER = 1.0  # seconds a connection read to its last event waits for the answer's end marker
MAX_LINE = 4 << 20  # bytes one line of a body may take when read line by line


class WireError(Exception):
    """The upstream could not be reached, or its answer broke off or could not be read."""


class Body:
    """An answer's body as it arrives (see the module's docstring). `total_bytes`, `is_eof`,
    `exception`, `set_exception` and `waiting` let a watcher (`rung.backends.stalls`) tell a
    stalled upstream from a slow reader."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._blocks: deque[bytes] = deque()
        self._size = 0
        self.total_bytes = 0
        self._eof = False
        self._error: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None

    @property
    def waiting(self) -> bool:
        """Whether a reader is waiting for the next bytes."""
        return self._waiter is not None

    def feed(self, data: bytes) -> None:
        self._blocks.append(data)
        self._size += len(data)
        self.total_bytes += len(data)
        if self._size > HIGH:
            self._connection.pause()
        self._wake()

    def feed_eof(self) -> None:
        self._eof = True
        self._wake()

    def set_exception(self, error: BaseException) -> None:
        if self._error is None and not self._eof:
            self._error = error
            self._wake()

    def exception(self) -> BaseException | None:
        return self._error

    def is_eof(self) -> bool:
        """Whether the answer's end arrived and everything before it was read."""
        return self._eof and not self._blocks

    @property
    def ended(self) -> bool:
        """Whether the answer's end arrived (read or not)."""
        return self._eof

    @property
    def drained(self) -> bool:
        """Whether every byte that arrived was read."""
        return not self._blocks

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def readany(self) -> bytes:
        """The next bytes that arrived (what has arrived, at once), or b"" at the end."""
        while not self._blocks:
            if self._error is not None:
                raise self._error
            if self._eof:
                return b""
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        block = self._blocks.popleft()
        self._size -= len(block)
        if self._size < LOW:
            self._connection.resume()
        return block

    async def read(self) -> bytes:
        """The whole body."""
        parts = []
        while block := await self.readany():
            parts.append(block)
        return b"".join(parts)

    def __aiter__(self) -> Any:
        return self.lines()

    async def lines(self) -> Any:
        """The body line by line, each with its b"\\n" (the last one may lack it)."""
        tail = b""
        while block := await self.readany():
            data = tail + block if tail else block
            start = 0
            while (end := data.find(b"\n", start)) >= 0:
                yield data[start : end + 1]
                start = end + 1
            tail = data[start:]
            if len(tail) > MAX_LINE:
                raise WireError(f"a line of the answer passed {MAX_LINE} bytes")
        if tail:
            yield tail


class Answer:
    """One upstream answer (see the module's docstring). `release` gives its connection back
    for the next request when the body was read to its end; `close` drops the connection (the
    upstream sees the client leave and stops generating)."""

    def __init__(
        self, connection: Connection, status: int, reason: str, headers: dict[str, str]
    ) -> None:
        self._connection = connection
        self.status, self.reason, self.headers = status, reason, headers
        self.content = Body(connection)
        self.closed = False
        self.on_close: Callable[[Answer], None] | None = None  # told once, when released or closed

    async def read(self) -> bytes:
        return await self.content.read()

    def release(self) -> None:
        """Done with the answer: its connection serves the next request if the answer was
        read to its end. A stream read to its last event whose end marker (a chunked body's
        last, empty chunk) is still on its way keeps the connection until it comes, for
        `LINGER` seconds at most."""
        if self.closed:
            return
        self._closed()
        content = self.content
        if content.exception() is None and content.drained and not content.ended:
            self._connection.linger()
        else:
            self._connection.done(reuse=content.is_eof() and content.exception() is None)

    def close(self) -> None:
        if not self.closed:
            self._closed()
            self._connection.done(reuse=False)

    def _closed(self) -> None:
        self.closed = True
        if self.on_close is not None:
            on_close, self.on_close = self.on_close, None
            on_close(self)

    def __del__(self) -> None:  # never read nor closed (a caller gone): free its connection
        if not self.closed:
            with contextlib.suppress(Exception):  # the loop may be gone already
                self.close()

    async def __aenter__(self) -> Answer:
        return self

    async def __aexit__(self, *_: object) -> None:
        self.release()


class Connection(asyncio.Protocol):
    """One connection to the upstream and the answer being read on it."""

    def __init__(self, wire: Wire) -> None:
        self.wire = wire
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.lost = False
        self.paused = False
        self.uses = 0
        self.idle_since = 0.0
        self.keep = False
        self.received = 0  # bytes of the current answer
        self.busy = False  # a request was sent and its answer is not done with
        self.heads: asyncio.Future[Answer] | None = None  # until the answer's head is in
        self.body: Body | None = None  # the answer's body (the connection never holds the
        # answer itself: an answer its caller dropped is collected at once, see Answer)
        self._reason = b""
        self._headers: list[tuple[bytes, bytes]] = []
        self._inflate: Any = None
        self._sized = False  # the answer's end is marked (a length or chunks), not the close
        self._linger: asyncio.TimerHandle | None = None  # see Answer.release

    # ---- asyncio.Protocol --------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a stream transport

    def data_received(self, data: bytes) -> None:
        if not self.busy:  # bytes nobody asked for: the connection is not reusable
            self.abort()
            return
        self.received += len(data)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail(WireError("the upstream switched protocols"))
        except httptools.HttpParserError as exc:
            self._fail(WireError(f"the upstream's answer is not valid HTTP: {exc}"))

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self.body is not None and not self._sized and not self.body.ended:
            self._finish()  # an answer without a length ends where the connection does
            return
        reason = f": {exc}" if exc else ""
        self._fail(WireError(f"the upstream closed the connection{reason}"))

    # ---- httptools callbacks ------------------------------------------------------------

    def on_status(self, status: bytes) -> None:
        self._reason += status

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name, value))

    def on_headers_complete(self) -> None:
        status = self.parser.get_status_code()
        if 100 <= status < 200:  # an interim answer; the real one follows
            self._reason, self._headers = b"", []
            return
        headers: dict[str, str] = {}
        for raw, value in self._headers:
            name, text = raw.decode("latin-1").lower(), value.decode("latin-1")
            headers[name] = f"{headers[name]}, {text}" if name in headers else text
        self._sized = "content-length" in headers or "chunked" in headers.get(
            "transfer-encoding", ""
        )
        coding = headers.get("content-encoding", "identity").strip().lower()
        if coding in ("gzip", "deflate", "x-gzip"):
            self._inflate = zlib.decompressobj(47)  # a gzip or zlib header, found by itself
        elif coding not in ("identity", ""):
            self._fail(WireError(f"the upstream answered in a coding rung cannot read ({coding})"))
            return
        answer = Answer(self, status, self._reason.decode("latin-1"), headers)
        self.body = answer.content
        if self.heads is not None and not self.heads.done():
            self.heads.set_result(answer)
        self.heads = None

    def on_body(self, body: bytes) -> None:
        if self.body is None:
            return
        if self._inflate is not None:
            try:
                body = self._inflate.decompress(body)
            except zlib.error as exc:
                self._fail(WireError(f"the upstream's compressed answer is broken: {exc}"))
                return
        if body:
            self.body.feed(body)

    def on_message_complete(self) -> None:
        if self.body is not None:
            self.keep = self.parser.should_keep_alive()
            self._finish()

    # ---- the request --------------------------------------------------------------------

    def send(self, request: bytes) -> asyncio.Future[Answer]:
        """Write one request; the future gets its answer's head."""
        assert self.transport is not None
        self.uses += 1
        self.received, self.keep, self.body, self._sized, self.busy = 0, False, None, False, True
        self._reason, self._headers, self._inflate = b"", [], None
        self.heads = asyncio.get_running_loop().create_future()
        self.transport.write(request)
        return self.heads

    def done(self, reuse: bool) -> None:
        """The answer was read (reuse: the connection may serve another request) or dropped;
        its slot in the pool's limit is given back (once, however often this is called)."""
        if not self.busy:
            return
        if self._linger is not None:
            self._linger.cancel()
            self._linger = None
        self.heads, self.body, self.busy = None, None, False
        if reuse and self.keep and not self.lost and not self.paused:
            self.idle_since = time.monotonic()
            self.wire.give_back(self)
        else:
            self.abort()
            self.wire.give_back(None)

    def pause(self) -> None:
        if not self.paused and self.transport is not None:
            self.paused = True
            self.transport.pause_reading()

    def resume(self) -> None:
        if self.paused and self.transport is not None:
            self.paused = False
            self.transport.resume_reading()

    def linger(self) -> None:
        """Give the connection back when its answer's end arrives (`_finish`), or close it
        after `LINGER` seconds."""
        if self._sized:
            loop = asyncio.get_running_loop()
            self._linger = loop.call_later(LINGER, self.done, False)
        else:  # an answer that ends with the connection: nothing to wait for
            self.done(reuse=False)

    def _finish(self) -> None:
        assert self.body is not None
        if self._inflate is not None:
            rest = self._inflate.flush()
            if rest:
                self.body.feed(rest)
        self.body.feed_eof()
        if self._linger is not None:
            self.done(reuse=True)

    def _fail(self, error: WireError) -> None:
        if self.heads is not None and not self.heads.done():
            self.heads.set_exception(error)
            self.heads.exception()  # retrieved here: a caller gone by then leaves no warning
        self.heads = None
        if self.body is not None:
            self.body.set_exception(error)
        self.abort()
        if self._linger is not None:  # nobody reads the answer any more: its slot goes back
            self.done(reuse=False)

    def abort(self) -> None:
        self.lost = True
        if self.transport is not None:
            self.transport.abort()


class Wire:
    """The connection pool of one origin (see the module's docstring)."""

    def __init__(
        self,
        base_url: str,
        *,
        limit: int,
        connect_timeout: float,
        headers: dict[str, str],
        proxy: Proxy | None = None,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {base_url}")
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.tls: ssl.SSLContext | None = (
            ssl.create_default_context() if parts.scheme == "https" else None
        )
        self.connect_timeout = connect_timeout
        name = f"[{self.host}]" if ":" in self.host else self.host
        default = (parts.scheme == "https" and self.port == 443) or self.port == 80
        host = name if default else f"{name}:{self.port}"
        fixed = {"host": host, "user-agent": "rung", "accept": "*/*",
                 "accept-encoding": "identity", **headers}  # fmt: skip
        self.proxy = proxy
        self._origin = b""  # an http origin's requests to a proxy name it (absolute form)
        if proxy is not None and self.tls is None:
            self._origin = f"http://{host}".encode("latin-1")
            if proxy.authorization is not None:  # (through a tunnel, only CONNECT carries it)
                fixed["proxy-authorization"] = proxy.authorization.decode("latin-1")
        for name, value in fixed.items():  # a line break would end the header early
            if any(c in value for c in "\r\n\0"):  # (the value may be a key: never said)
                raise ValueError(f"the {name} header holds a line break or NUL")
        self._fixed = "".join(f"{k}: {v}\r\n" for k, v in fixed.items()).encode("latin-1")
        self._idle: list[Connection] = []
        self._slots = asyncio.Semaphore(limit)
        self.closed = False

    async def post(self, url: str, body: bytes) -> Answer:
        """POST `body` to `url` (a URL of this origin); the answer once its head arrived."""
        path = urlsplit(url)
        target = (path.path or "/") + (f"?{path.query}" if path.query else "")
        request = b"POST %s%s HTTP/1.1\r\n%scontent-length: %d\r\n\r\n%s" % (
            self._origin, target.encode("latin-1"), self._fixed, len(body), body)  # fmt: skip
        await self._slots.acquire()
        connection = None
        try:
            connection = self._pooled()
            if connection is not None:
                try:
                    return await connection.send(request)
                except WireError:
                    if connection.received:
                        raise
                # the upstream closed this kept-alive connection as the request went out
                connection.abort()
            connection = await self._connect()
            return await connection.send(request)
        except BaseException:  # the slot goes back with the connection, or alone
            if connection is not None and connection.busy:
                connection.done(reuse=False)
            else:
                self._slots.release()
            raise

    def _pooled(self) -> Connection | None:
        now = time.monotonic()
        while self._idle:
            connection = self._idle.pop()
            if not connection.lost and now - connection.idle_since < IDLE:
                return connection
            connection.abort()
        return None

    async def _connect(self) -> Connection:
        loop = asyncio.get_running_loop()
        proxy = self.proxy
        where = f"{self.host}:{self.port}" + (f" through the proxy {proxy.name}" if proxy else "")
        try:
            async with asyncio.timeout(self.connect_timeout):
                if proxy is not None and self.tls is not None:
                    return await self._tunnel(loop, proxy, self.tls)
                _, connection = await loop.create_connection(
                    lambda: Connection(self),
                    proxy.host if proxy else self.host,
                    proxy.port if proxy else self.port,
                    ssl=self.tls,
                    server_hostname=self.host if self.tls else None,
                )
        except (OSError, ProxyError) as exc:  # a TimeoutError too, which says nothing
            reason = str(exc) or f"no connection within {self.connect_timeout:g} s"
            raise WireError(f"cannot connect to {where}: {reason}") from exc
        return connection

    async def _tunnel(
        self, loop: asyncio.AbstractEventLoop, proxy: Proxy, tls: ssl.SSLContext
    ) -> Connection:
        """A connection to this origin through a CONNECT tunnel, TLS inside it."""
        transport, tunnel = await loop.create_connection(Tunnel, proxy.host, proxy.port)
        try:
            transport.write(connect_request(proxy, self.host, self.port))
            await tunnel.opened
            connection = Connection(self)
            inner = await loop.start_tls(transport, connection, tls, server_hostname=self.host)
        except BaseException:
            transport.abort()
            raise
        assert inner is not None
        connection.connection_made(inner)
        return connection

    def give_back(self, connection: Connection | None) -> None:
        """A request's connection is free again (None: it was closed)."""
        self._slots.release()
        if connection is not None and not self.closed:
            self._idle.append(connection)
        elif connection is not None:
            connection.abort()

    def close(self) -> None:
        self.closed = True
        for connection in self._idle:
            connection.abort()
        self._idle.clear()
