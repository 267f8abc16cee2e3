"""`RedisState`: the state operations on a Redis server, shared by every replica using it.

redis-py's asyncio client, one connection pool per process; admission and settling, on every
keyed request, go instead through one pipelined connection of our own (`rung.state.resp`),
far cheaper per call. Limits run as Lua scripts (see `rung.state.lua`), each one atomic on the
server.

When Redis cannot be reached, or answers that it cannot serve now (out of memory, loading,
read-only: `REFUSALS`), every operation raises `StateUnavailable` at once, without
waiting on the network, for `retry_every` seconds; then one call tries again (the others keep
failing fast) and, if it succeeds, the state is back. The outage and the recovery are each
logged once, on the "rung" logger, with what the gateway does meanwhile (`consequences`).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar
from urllib.parse import urlsplit

from rung.state import lua
from rung.state.base import (
    STALE,
    WINDOW,
    Decision,
    LimitCheck,
    Release,
    Settle,
    StateUnavailable,
    Ticket,
    WindowView,
    member,
)
from rung.state.resp import Pipe, ReplyError, pack

logger = logging.getLogger("rung")
T = TypeVar("T")


def where(url: str) -> str:
    """A URL as logs may show it: scheme, host, port and database, never a password."""
    parts = urlsplit(url)
    host = parts.hostname or parts.path or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path if parts.hostname else ''}"


class RedisState:
    shared = True

    def __init__(
        self,
        url: str,
        prefix: str = "rung:",
        *,
        timeout: float = 1.0,
        connect_timeout: float = 1.0,
        max_connections: int = 32,
        retry_every: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url, self.prefix, self.where = url, prefix, where(url)
        self.timeout, self.connect_timeout, self.retry_every = timeout, connect_timeout, retry_every
        self.clock, self.max_connections = clock, max_connections
        self.consequences = ""  # what the gateway does while Redis is down (said in the log)
        self._client: Any = None
        self._scripts: dict[str, Any] = {}
        self._pipe: Pipe | None = None  # admission and settling: one pipelined connection
        self._down_since: float | None = None
        self._why = ""
        self._retry_at = 0.0
        self._trying = False

    @property
    def up(self) -> bool:
        return self._down_since is None

    async def start(self) -> None:
        """Make the client (in the running event loop) and check that Redis answers; a Redis
        that is down is logged, not fatal: the gateway serves without it until it returns."""
        import redis.asyncio as aioredis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        # A command on a pooled connection that died with the server (a restart) is sent once
        # more on a new one. The retry is the connections' own: redis-py ignores a client's
        # `retry` when it is given a pool.
        pool = aioredis.BlockingConnectionPool.from_url(
            self.url,
            max_connections=self.max_connections,  # requests beyond wait for a connection
            timeout=5 * self.timeout,
            socket_timeout=self.timeout,
            socket_connect_timeout=self.connect_timeout,
            retry=Retry(NoBackoff(), 1),
        )
        self._client = aioredis.Redis(connection_pool=pool)
        self._scripts = {
            name: self._client.register_script(getattr(lua, name))
            for name in ("ADMIT", "SETTLE", "COUNT_EVENT")
        }
        if Pipe.supports(self.url):
            self._pipe = Pipe(self.url, self.timeout, self.connect_timeout)
        with contextlib.suppress(StateUnavailable):
            await self._call(lambda: self._client.ping())

    async def close(self) -> None:
        if self._pipe is not None:
            self._pipe.close()
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _key(self, key: str) -> str:
        return self.prefix + key

    async def _call(self, op: Callable[[], Awaitable[T]]) -> T:
        """Run `op` unless Redis is known to be down; note an outage and a recovery."""
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import OutOfMemoryError, ReadOnlyError, ResponseError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        if self._client is None:
            raise StateUnavailable(f"the state store {self.where} is not started")
        trying = False
        if self._down_since is not None:
            if self._trying or self.clock() < self._retry_at:
                raise self._unavailable()
            self._trying = trying = True
        try:
            result = await op()
        except (ReplyError, ResponseError) as exc:
            refused = isinstance(exc, OutOfMemoryError | ReadOnlyError)  # redis-py cuts the code
            if not refused and not str(exc).startswith(REFUSALS):
                raise  # a command rung got wrong: a bug, not the state being away
            self._went_down(exc)  # full, loading, read-only: out of use until it answers again
            raise self._unavailable() from exc
        except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
            # The pipe is ours and closes safely under its calls; the pool's connections are
            # left alone: closing one another call is writing on makes redis-py fail that
            # call with AttributeError (a 500, not StateUnavailable). A dead one is opened
            # again by the retry above when next used.
            if self._went_down(exc) and self._pipe is not None:
                self._pipe.close()
            raise self._unavailable() from exc
        finally:
            if trying:
                self._trying = False
        if self._down_since is not None:
            logger.warning(
                "state: %s is back after %.1f s; shared state in use again",
                self.where,
                self.clock() - self._down_since,
            )
            self._down_since = None
        return result

    def _went_down(self, exc: BaseException) -> bool:
        """Note a failure; whether it starts an outage (logged then)."""
        now = self.clock()
        self._retry_at = now + self.retry_every
        if self._down_since is not None:
            return False
        self._down_since = now
        self._why = f"{type(exc).__name__}: {str(exc)[:120]}"
        logger.warning(
            "state: %s cannot be reached (%s)%s; trying again every %g s",
            self.where,
            self._why,
            f"; meanwhile {self.consequences}" if self.consequences else "",
            self.retry_every,
        )
        return True

    def _unavailable(self) -> StateUnavailable:
        wait = max(self._retry_at - self.clock(), 0.0) + 1.0
        return StateUnavailable(
            f"the shared state store ({self.where}) is unavailable", retry_after=wait
        )

    async def get(self, key: str) -> bytes | None:
        value: bytes | None = await self._call(lambda: self._client.get(self._key(key)))
        return value

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        if not keys:
            return []
        names = [self._key(k) for k in keys]
        values: list[bytes | None] = await self._call(lambda: self._client.mget(names))
        return values

    async def put(self, key: str, value: bytes, ttl: float | None = None) -> None:
        px = None if ttl is None else max(1, int(ttl * 1000))
        await self._call(lambda: self._client.set(self._key(key), value, px=px))

    async def put_new(self, key: str, value: bytes, ttl: float) -> bool:
        px = max(1, int(ttl * 1000))
        done = await self._call(lambda: self._client.set(self._key(key), value, px=px, nx=True))
        return bool(done)

    async def delete(self, *keys: str) -> None:
        if keys:
            await self._call(lambda: self._client.delete(*(self._key(k) for k in keys)))

    async def index_add(self, index: str, member: str, score: float, ttl: float) -> None:
        async def op() -> None:
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.zadd(self._key(index), {member: score})
                pipe.pexpire(self._key(index), max(1, int(ttl * 1000)))
                await pipe.execute()

        await self._call(op)

    async def index_since(self, index: str, after: float) -> list[tuple[str, float]]:
        name, low = self._key(index), f"({after!r}"
        rows = await self._call(
            lambda: self._client.zrangebyscore(name, low, "+inf", withscores=True)
        )
        return [(m.decode() if isinstance(m, bytes) else str(m), float(s)) for m, s in rows]

    async def count_event(self, key: str, now: float, window: float) -> int:
        import uuid

        script = self._scripts["COUNT_EVENT"]
        args = [repr(now), repr(window), f"{now!r}|{uuid.uuid4().hex}"]
        count = await self._call(lambda: script(keys=[self._key(key)], args=args))
        return int(count)

    def _limit_keys(self, checks: Sequence[LimitCheck]) -> list[str]:
        keys = []
        for check in checks:
            spend = check.spend_key or "spend:" + check.subject
            keys += [self._key("win:" + check.subject), self._key("wtok:" + check.subject)]
            keys.append(self._key("res:" + check.subject))
            keys += [self._key(spend), self._key("held:" + check.subject)]
        return keys

    def _admit_args(self, checks: Sequence[LimitCheck], ticket: Ticket, now: float) -> list[Any]:
        args: list[Any] = [repr(now), len(checks), repr(WINDOW), repr(STALE)]
        args += [member(ticket.id, ticket.tokens), member(ticket.id, ticket.estimate)]
        args += [ticket.tokens, repr(ticket.estimate)]
        for check in checks:
            args += [_opt(check.budget), _opt(check.rpm), _opt(check.tpm)]
        return args

    async def admit(self, checks: Sequence[LimitCheck], ticket: Ticket, now: float) -> Decision:
        args = self._admit_args(checks, ticket, now)
        keys = self._limit_keys(checks)
        if self._pipe is not None:
            out = await self._call(lambda: self._eval("ADMIT", keys, args))
        else:
            script = self._scripts["ADMIT"]
            out = await self._call(lambda: script(keys=keys, args=args))
        return _decision([_text(v) for v in out])

    async def _eval(self, name: str, keys: list[str], args: list[Any]) -> Any:
        """One script on the pipe: EVALSHA, or EVAL when Redis does not know it (yet)."""
        assert self._pipe is not None
        try:
            return await self._pipe.call(pack("EVALSHA", SHA[name], len(keys), *keys, *args))
        except ReplyError as exc:
            if not str(exc).startswith("NOSCRIPT"):
                raise
        return await self._pipe.call(pack("EVAL", getattr(lua, name), len(keys), *keys, *args))

    def _settle_args(
        self, checks: Sequence[LimitCheck], ticket: Ticket, tokens: int, cost: float, now: float
    ) -> list[Any]:
        """SETTLE's arguments; with `tokens` -1 a release: the ticket's entries removed, none
        put back (the script's empty new member)."""
        extra = member(ticket.id + "+", tokens - ticket.tokens) if tokens > ticket.tokens else ""
        replaced = member(ticket.id, tokens) if tokens >= 0 else ""
        args: list[Any] = [len(checks), repr(ticket.time), repr(now)]
        args += [member(ticket.id, ticket.tokens), replaced, extra]
        args += [member(ticket.id, ticket.estimate), repr(float(cost))]
        args += [ticket.tokens, max(0, tokens)]
        for check in checks:
            args += [_opt(check.budget), "1" if check.rated else "", repr(check.spend_ttl)]
        return args

    async def settle(
        self, checks: Sequence[LimitCheck], ticket: Ticket, tokens: int, cost: float, now: float
    ) -> None:
        await self.settle_many([(checks, ticket, tokens, cost)], now)

    async def settle_many(self, batch: Sequence[Settle], now: float) -> None:
        """Several settles in one pipeline (one round trip; each script atomic)."""
        if self._pipe is not None and batch:
            await self._call(lambda: self._settle_pipe(batch, now))
            return
        script = self._scripts["SETTLE"]

        async def op() -> None:
            async with self._client.pipeline(transaction=False) as pipe:
                for checks, ticket, tokens, cost in batch:
                    args = self._settle_args(checks, ticket, tokens, cost, now)
                    await script(keys=self._limit_keys(checks), args=args, client=pipe)
                await pipe.execute()

        if batch:
            await self._call(op)

    async def release_many(self, batch: Sequence[Release], now: float) -> None:
        """Undo admissions no request used: SETTLE with no tokens put back and no cost."""
        await self.settle_many([(checks, ticket, -1, 0.0) for checks, ticket in batch], now)

    async def admit_many(
        self, checks: Sequence[LimitCheck], tickets: Sequence[Ticket], now: float
    ) -> list[Decision]:
        """`admit` for each ticket in one round trip (each script atomic on its own)."""
        if self._pipe is None:
            return [await self.admit(checks, ticket, now) for ticket in tickets]
        keys = self._limit_keys(checks)
        commands = [(keys, self._admit_args(checks, ticket, now)) for ticket in tickets]
        replies = await self._call(lambda: self._pipe_many("ADMIT", commands))
        return [_decision([_text(v) for v in reply]) for reply in replies]

    async def _pipe_many(self, name: str, commands: list[tuple[list[str], list[Any]]]) -> list[Any]:
        """Scripts `name` with each (keys, args), pipelined; EVAL where Redis lost the script."""
        assert self._pipe is not None
        replies = await self._pipe.call_many(
            [pack("EVALSHA", SHA[name], len(k), *k, *a) for k, a in commands]
        )
        out = []
        for (keys, args), reply in zip(commands, replies, strict=True):
            if isinstance(reply, ReplyError):
                if not str(reply).startswith("NOSCRIPT"):
                    raise reply
                reply = await self._eval(name, keys, args)  # Redis restarted since it was loaded
            out.append(reply)
        return out

    async def _settle_pipe(self, batch: Sequence[Settle], now: float) -> None:
        commands = [
            (self._limit_keys(checks), self._settle_args(checks, ticket, tokens, cost, now))
            for checks, ticket, tokens, cost in batch
        ]
        await self._pipe_many("SETTLE", commands)

    async def seed_spend(self, key: str, amount: float, ttl: float) -> None:
        await self.put_new(key, repr(float(amount)).encode(), ttl)


# Error answers that say the server cannot serve now, not that the command was wrong: out of
# memory under `noeviction`, loading its data after a restart, a replica or a failed save that
# refuses writes, a script running too long, a cluster or a master away.
REFUSALS = (
    "OOM", "LOADING", "READONLY", "MISCONF", "BUSY", "MASTERDOWN", "TRYAGAIN", "CLUSTERDOWN",
    "NOREPLICAS",
)  # fmt: skip
SHA = {name: hashlib.sha1(getattr(lua, name).encode()).hexdigest() for name in ("ADMIT", "SETTLE")}


def _text(value: Any) -> Any:
    return value.decode() if isinstance(value, bytes) else value


def _opt(value: float | int | None) -> str:
    return "" if value is None else repr(value)


def _decision(out: list[Any]) -> Decision:
    """The admit script's answer: reason, check index, wait, spent, reserved, then each
    check's window as (count, tokens, oldest) triples."""
    views = [
        WindowView(int(out[j]), int(float(out[j + 1])), float(out[j + 2]) if out[j + 2] else None)
        for j in range(5, len(out), 3)
    ]
    if out[0] == "ok":
        return Decision(windows=views, room=float(out[3]) if out[3] != "" else None)
    return Decision(int(out[1]), str(out[0]), float(out[2]), float(out[3]), float(out[4]), views)
