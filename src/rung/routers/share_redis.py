"""One live share for every replica: learned routes' trackers share their window on Redis.

Without shared state each replica's ``ShareTracker`` follows the scores it sees itself. When the
gateway has a Redis state (``state: {url: redis://...}``), ``share_learned`` links every
learned route's tracker to Redis (``SharedShares``, one connection per gateway):

- each decision (score, strong or weak) and, on a budget route, each priced request's cost and
  tier is noted in an outbox, under the tracker's lock, at no cost to the request;
- every ``every`` decisions, or ``seconds`` after the last exchange, one exchange runs on the
  event loop, off the request path: the outbox goes to Redis (RPUSH, then LTRIM to the route's
  window; INCRBY of the all-time counts) and the fleet's window comes back (LRANGE), all in one
  pipelined round trip (``rung.state.resp.Pipe``; redis-py for ``rediss://``);
- the tracker's window becomes the fleet's window plus what this replica decided since it was
  read (``ShareTracker.replace_window``), so every replica derives its threshold from the same
  scores and the *combined* share of strong calls holds the target; a budget route's costs
  are the fleet's too.

Redis keeps the window and the counts (30 days after the last exchange), so a restarted
replica, or a new one, starts from the fleet's window (the first exchange runs at start-up).
When Redis cannot be reached, each replica's window goes on with its own decisions (the
in-process behaviour), the outage is logged once, the outbox keeps the last window of
decisions, and one exchange every ``retry`` seconds tries again; the first that succeeds sends
the outbox and takes the fleet's window again (logged once).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from rung.routers.share import ShareTracker
from rung.state.redis import where
from rung.state.resp import Pipe, ReplyError, pack

logger = logging.getLogger("rung")
EVERY = 10  # decisions between two exchanges with Redis
SECONDS = 1.0  # or seconds since the last one
RETRY = 1.0  # seconds between tries while Redis is down
KEEP_MS = 30 * 86_400 * 1000  # the shared window outlives its last exchange by 30 days
TIERS = ("weak", "strong", "recent")  # a budget route's cost windows: each tier's, and all
Command = tuple[str | int | float, ...]


class SharedShares:
    """The Redis link of every learned route's tracker in one gateway."""

    def __init__(
        self,
        url: str,
        prefix: str = "rung:",
        *,
        every: int = EVERY,
        seconds: float = SECONDS,
        retry: float = RETRY,
        timeout: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url, self.prefix, self.where = url, prefix, where(url)
        self.every, self.seconds, self.retry, self.timeout = every, seconds, retry, timeout
        self.clock = clock
        self.links: list[SharedTracker] = []
        self.down = False  # the last exchange failed (logged once per outage)
        self._pipe: Pipe | None = None
        self._client: Any = None  # redis-py, for rediss:// (TLS), which the pipe does not speak
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def attach(self, tracker: ShareTracker) -> SharedTracker:
        link = SharedTracker(self, tracker)
        self.links.append(link)
        return link

    async def start(self) -> None:
        """Open the connection and read each route's shared window (a Redis that is down
        is logged, not fatal: the trackers keep their own windows until it returns)."""
        if not self.links:
            return
        self._loop = asyncio.get_running_loop()
        if Pipe.supports(self.url):
            self._pipe = Pipe(self.url, self.timeout, self.timeout)
        else:
            import redis.asyncio as aioredis

            self._client = aioredis.Redis.from_url(
                self.url, socket_timeout=self.timeout, socket_connect_timeout=self.timeout
            )
        await asyncio.gather(*(link.exchange() for link in self.links))

    async def close(self) -> None:
        """Let the exchanges under way finish, send what is left (once), close."""
        if self._loop is None:
            return
        await self.settle()
        if not self.down:
            await asyncio.gather(*(link.exchange() for link in self.links if link.outbox))
        if self._pipe is not None:
            self._pipe.close()
        if self._client is not None:
            await self._client.aclose()
        self._loop = None

    async def settle(self) -> None:
        """Wait for the exchanges scheduled or under way (tests, shutdown)."""
        await asyncio.sleep(0)  # an exchange scheduled from a thread starts on this turn
        while self._tasks:
            await asyncio.gather(*self._tasks)

    def schedule(self, link: SharedTracker) -> None:
        """Start `link`'s exchange on the event loop (from any thread)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            link.scheduled = False
            return
        loop.call_soon_threadsafe(self._spawn, link)

    def _spawn(self, link: SharedTracker) -> None:
        task = asyncio.get_running_loop().create_task(link.exchange())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def run(self, commands: Sequence[Command]) -> list[Any]:
        """The commands in one round trip; their replies in order. Raises ConnectionError,
        TimeoutError, OSError or ReplyError (redis-py's errors as ConnectionError)."""
        if self._pipe is not None:
            replies = await self._pipe.call_many([pack(*c) for c in commands])
            for reply in replies:
                if isinstance(reply, ReplyError):
                    raise reply
            return replies
        from redis.exceptions import RedisError

        try:
            async with self._client.pipeline(transaction=False) as pipe:
                for command in commands:
                    pipe.execute_command(*command)
                return list(await pipe.execute())
        except RedisError as exc:
            raise ConnectionError(str(exc)) from exc

    def failed(self, exc: BaseException) -> None:
        if not self.down:
            self.down = True
            logger.warning(
                "learned share: %s cannot be reached (%s: %s); each replica's learned routes "
                "follow their own traffic until it returns (trying every %g s)",
                self.where, type(exc).__name__, str(exc)[:120], self.retry,
            )  # fmt: skip

    def succeeded(self) -> None:
        if self.down:
            self.down = False
            logger.warning("learned share: %s is back; the routes share one window again",
                           self.where)  # fmt: skip


class SharedTracker:
    """One tracker's outbox and its exchanges with Redis."""

    def __init__(self, hub: SharedShares, tracker: ShareTracker) -> None:
        self.hub, self.tracker = hub, tracker
        base = hub.prefix + "share:" + hashlib.sha256(tracker.key.encode()).hexdigest()[:16]
        names = ("window", "seen", "strong", "cost:weak", "cost:strong", "cost:recent")
        self.keys = {name: f"{base}:{name}" for name in names}
        self.outbox: deque[tuple[float, bool]] = deque(maxlen=tracker.window)
        self.costs: deque[tuple[bool, float]] = deque(maxlen=tracker.window)
        self.unsent = [0, 0]  # decisions not yet in the shared counts: all, strong
        self.last = -float("inf")  # when the last exchange ended
        self.scheduled = False
        self.shared = False  # the window is the fleet's (the last exchange succeeded)
        tracker.on_decided = self.decided
        tracker.on_spent = self.spent

    def decided(self, score: float, strong: bool) -> None:
        """A decision (under the tracker's lock): into the outbox; an exchange if due."""
        self.outbox.append((score, strong))
        self.unsent[0] += 1
        self.unsent[1] += int(strong)
        self._maybe_schedule()

    def spent(self, strong: bool, cost: float) -> None:
        self.costs.append((strong, max(0.0, cost)))

    def _maybe_schedule(self) -> None:
        if self.scheduled:
            return
        elapsed = self.hub.clock() - self.last
        if self.hub.down:
            due = elapsed >= self.hub.retry
        else:
            due = len(self.outbox) >= self.hub.every or elapsed >= self.hub.seconds
        if due:
            self.scheduled = True
            self.hub.schedule(self)

    async def exchange(self) -> None:
        """Send the outbox, read the fleet's window, put it in place (one round trip)."""
        with self.tracker.lock:
            sent, costs, unsent = list(self.outbox), list(self.costs), list(self.unsent)
            self.outbox.clear()
            self.costs.clear()
            self.unsent = [0, 0]
        try:
            replies = await self.hub.run(self._commands(sent, costs, unsent))
        except (ConnectionError, TimeoutError, OSError, ReplyError) as exc:
            with self.tracker.lock:  # keep them for the next try (the newest window's worth)
                self.outbox = deque([*sent, *self.outbox], maxlen=self.tracker.window)
                self.costs = deque([*costs, *self.costs], maxlen=self.tracker.window)
                self.unsent = [a + b for a, b in zip(unsent, self.unsent, strict=True)]
            self.shared = False
            self.hub.failed(exc)
        else:
            self._adopt(replies[-len(self._reads()) - len(self.keys) : -len(self.keys)])
            self.shared = True
            self.hub.succeeded()
        finally:
            self.last = self.hub.clock()
            self.scheduled = False

    def _reads(self) -> list[Command]:
        keys = self.keys
        reads: list[Command] = [("LRANGE", keys["window"], 0, -1)]
        reads += [("GET", keys["seen"]), ("GET", keys["strong"])]
        if self.tracker.budget is not None:
            reads += [("LRANGE", keys["cost:" + tier], 0, -1) for tier in TIERS]
        return reads

    def _commands(
        self, sent: list[tuple[float, bool]], costs: list[tuple[bool, float]], unsent: list[int]
    ) -> list[Command]:
        keys, size = self.keys, self.tracker.window
        commands: list[Command] = []
        if sent:
            commands.append(("RPUSH", keys["window"], *(f"{s!r}|{int(d)}" for s, d in sent)))
            commands.append(("LTRIM", keys["window"], -size, -1))
        if unsent[0]:
            commands += [("INCRBY", keys["seen"], unsent[0]), ("INCRBY", keys["strong"], unsent[1])]
        tiers = [[c for s, c in costs if not s], [c for s, c in costs if s], [c for _, c in costs]]
        for tier, values in zip(TIERS, tiers, strict=True):
            if values:
                key = keys["cost:" + tier]
                commands += [("RPUSH", key, *(repr(v) for v in values)), ("LTRIM", key, -size, -1)]
        commands += self._reads()
        commands += [("PEXPIRE", key, KEEP_MS) for key in self.keys.values()]
        return commands

    def _adopt(self, replies: list[Any]) -> None:
        """The fleet's window (then what this replica decided since) in place of this one."""
        window, seen, strong = _decisions(replies[0]), _int(replies[1]), _int(replies[2])
        tracker = self.tracker
        with tracker.lock:
            if tracker.budget is not None:
                weak_costs, strong_costs, recent = (_floats(r) for r in replies[3:6])
                pending = list(self.costs)
                tracker.budget.replace(
                    weak_costs + [c for s, c in pending if not s],
                    strong_costs + [c for s, c in pending if s],
                    recent + [c for _, c in pending],
                )
            seen, strong = seen + self.unsent[0], strong + self.unsent[1]
            if seen < tracker.seen:  # Redis lost its counts (restarted without persistence)
                seen, strong = tracker.seen, tracker.strong
            tracker.replace_window(window + list(self.outbox), seen, strong)


def share_learned(routes: dict[str, Any], state: Any) -> SharedShares:
    """Link every learned route's tracker in `routes` (patterns; their A/B arms, shadows and
    cached inner patterns too) to the Redis of `state`; no link without a Redis state."""
    from rung.state.redis import RedisState

    if not isinstance(state, RedisState):
        return SharedShares("redis://unused")  # no links: start and close do nothing
    hub = SharedShares(state.url, state.prefix, timeout=state.timeout)
    for tracker in _trackers(routes.values()):
        hub.attach(tracker)
    return hub


def _trackers(patterns: Iterable[Any]) -> Iterable[ShareTracker]:
    for pattern in patterns:
        tracker = getattr(pattern, "tracker", None)
        if isinstance(tracker, ShareTracker):
            yield tracker
        yield from _trackers(arm.pattern for arm in getattr(pattern, "arms", ()))
        shadow = getattr(pattern, "shadow", None)
        if isinstance(shadow, tuple):
            yield from _trackers([shadow[1]])
        inner = getattr(pattern, "inner", None)
        if inner is not None:
            yield from _trackers([inner])


def _decisions(reply: Any) -> list[tuple[float, bool]]:
    decided = []
    for item in reply or []:
        score, _, strong = bytes(item).decode().partition("|")
        with contextlib.suppress(ValueError):
            decided.append((float(score), strong == "1"))
    return decided


def _floats(reply: Any) -> list[float]:
    values = []
    for item in reply or []:
        with contextlib.suppress(ValueError):
            values.append(float(item))
    return values


def _int(reply: Any) -> int:
    try:
        return int(reply or 0)
    except ValueError:
        return 0
