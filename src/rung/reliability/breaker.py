"""A circuit breaker per backend: after `failures` failures within `window` seconds the backend
is skipped for `cooldown` seconds (open); then one probe request is let through (half-open);
its success closes the breaker, its failure opens it again.

Only the backend's own faults count (`backend_fault`): connection errors, timeouts, 429, 5xx and
malformed upstream output. A client's mistake (`RequestError`, an upstream 4xx) and a bug in
rung (`BackendBug`) neither open nor close anything. Opening and closing are logged as warnings
on the "rung" logger.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rung._errors import BackendUnavailable, RungError

if TYPE_CHECKING:
    from rung.state import State as SharedState

State = Literal["closed", "open", "half_open"]
logger = logging.getLogger("rung")
STALE_READS = 4  # x refresh: older than this, a closed breaker is read on the call's path


def backend_fault(error: BaseException) -> bool:
    """Whether `error` is the backend's own fault (retried; counts against its breaker). The
    error's class and status decide, once, where the backend raised it (see `rung._errors`)."""
    return isinstance(error, RungError) and error.backend_fault


@dataclass(frozen=True, slots=True)
class BreakerPolicy:
    failures: int = 5
    window: float = 60.0
    cooldown: float = 30.0


class Breaker:
    """The breaker of one backend. `clock` is injectable (monotonic seconds)."""

    def __init__(
        self,
        name: str = "",
        policy: BreakerPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.policy = policy or BreakerPolicy()
        self.clock = clock
        self._failures: deque[float] = deque()
        self._opened_at: float | None = None
        self._probing = False
        self.last_error: str | None = None
        self.scrub: Callable[[str], str] = str  # the gateway's secret scrubber

    @property
    def state(self) -> State:
        if self._opened_at is None:
            return "closed"
        if self.clock() < self._opened_at + self.policy.cooldown:
            return "open"
        return "half_open"

    def allows(self) -> bool:
        """Whether a call may go now (without claiming the half-open probe)."""
        state = self.state
        return state == "closed" or (state == "half_open" and not self._probing)

    def before_call(self) -> None:
        """Claim a call: raise BackendUnavailable when open, or half-open with a probe out."""
        state = self.state
        if state == "closed":
            return
        if state == "half_open" and not self._probing:
            self._probing = True
            return
        raise self.unavailable()

    def unavailable(self) -> BackendUnavailable:
        """The error a call skipped by this open breaker answers with."""
        return BackendUnavailable(
            f"{self.name}: circuit open after repeated failures, skipped for another "
            f"{self.retry_after():.1f} s (last error: {self.last_error})",
            backend=self.name,
            retry_after=self.retry_after(),
        )

    def retry_after(self) -> float:
        if self._opened_at is None:
            return 0.0
        return max(0.0, self._opened_at + self.policy.cooldown - self.clock())

    def after_success(self) -> None:
        self._failures.clear()
        if self._opened_at is not None:
            logger.warning("breaker %s closed: a probe call succeeded", self.name)
        self._opened_at, self._probing = None, False

    def after_failure(self, error: BaseException) -> None:
        """Record how a claimed call ended in an error (one not the backend's fault is
        neutral: it only gives back the half-open probe)."""
        probing, self._probing = self._probing, False
        if not backend_fault(error):
            return
        now = self.clock()
        self.last_error = self.scrub(str(error))[:200]
        if probing:
            self._open(now)
            return
        self._failures.append(now)
        self._prune(now)
        if len(self._failures) >= self.policy.failures:
            self._open(now)

    def _prune(self, now: float) -> None:
        while self._failures and self._failures[0] <= now - self.policy.window:
            self._failures.popleft()

    def release(self) -> None:
        """A claimed call ended without a verdict (cancelled): give back the probe."""
        self._probing = False

    def _open(self, now: float) -> None:
        self._opened_at = now
        self._failures.clear()
        logger.warning(
            "breaker %s opened for %g s: %s", self.name, self.policy.cooldown, self.last_error
        )

    # The async face `Resilient` calls: the same steps, awaitable so that a breaker on shared
    # state (`SharedBreaker`) can ask the state store.
    async def claim(self) -> None:
        self.before_call()

    async def succeeded(self) -> None:
        self.after_success()

    async def failed(self, error: BaseException) -> None:
        self.after_failure(error)

    def snapshot(self) -> dict[str, object]:
        """The state for `/health`: state, recent failures, and until when it stays open
        (seconds from now, and wall-clock epoch seconds)."""
        state = self.state
        self._prune(self.clock())
        remaining = self.retry_after() if state == "open" else 0.0
        return {
            "state": state,
            "failures": len(self._failures),
            "opens_until": time.time() + remaining if state == "open" else None,
            "retry_after": round(remaining, 3),
            "last_error": self.last_error,
        }


def breaker_states(backends: Mapping[str, object]) -> dict[str, dict[str, object]]:
    """The breaker snapshot of each backend that has one, by name (for `/health`)."""
    out = {}
    for name, backend in backends.items():
        breaker = getattr(backend, "breaker", None)
        if isinstance(breaker, Breaker):
            out[name] = breaker.snapshot()
    return out


class SharedBreaker(Breaker):
    """A breaker whose state every replica shares, on `rung.state`: failures seen by any
    replica count toward opening it (a sliding log of failure times), an open breaker is
    skipped by all, and when the cooldown ends one replica only takes the half-open probe (a
    SET NX with a TTL, `probe_ttl`, so that a replica that dies mid-probe does not hold it for
    ever). Times are wall-clock seconds (replicas must share a clock; NTP is enough).

    A claim reads the shared state (one GET; one SET NX when half-open), except that a breaker
    read closed less than `refresh` seconds ago is taken as still closed, and one read closed
    less than `STALE_READS` x `refresh` ago is read again in the background while the call
    goes ahead (so a busy backend costs a few reads a second, none of them on a request's
    path, and another replica's opening is seen within `refresh` plus one call, and within
    `STALE_READS` x `refresh` at most);
    `state`, `allows` and `snapshot` tell what the last read saw. When the state store is down, the
    breaker decides from what this replica sees alone (the in-process breaker) until it
    returns."""

    def __init__(
        self,
        name: str,
        policy: BreakerPolicy | None,
        shared: SharedState,
        clock: Callable[[], float] = time.time,
        probe_ttl: float = 60.0,
        refresh: float = 0.25,
    ) -> None:
        super().__init__(name, policy, clock)
        self.shared, self.probe_ttl, self.refresh = shared, probe_ttl, refresh
        self._read_at = -refresh  # time.monotonic() of the last read of the shared state
        self._keys = tuple(f"breaker:{name}:{part}" for part in ("open", "probe", "failures"))
        self._shared_failures = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._reading: asyncio.Task[None] | None = None  # a read in the background

    async def claim(self) -> None:
        from rung.state import StateUnavailable

        probe_key = self._keys[1]
        if self._opened_at is None:
            age = time.monotonic() - self._read_at
            if age < self.refresh:
                return  # closed a moment ago: not read again on every call
            if age < STALE_READS * self.refresh:
                self._refresh_behind()  # read for the next calls, off this call's path
                return
        try:
            await self._read()
            state = self.state
            if state == "closed":
                return
            if state == "half_open" and await self.shared.put_new(probe_key, b"1", self.probe_ttl):
                self._probing = True
                return
        except StateUnavailable:
            self.before_call()  # this replica decides alone
            return
        raise self.unavailable()

    async def _read(self) -> None:
        raw = await self.shared.get(self._keys[0])
        self._read_at = time.monotonic()
        self._opened_at = None if raw is None else float(raw)

    def _refresh_behind(self) -> None:
        """Read the shared state in the background (one read at a time): a call on a breaker
        read closed between `refresh` and `STALE_READS` x `refresh` ago goes ahead on that
        read, and the calls after it see the new one."""
        if self._reading is not None:
            return

        async def read() -> None:
            from rung.state import StateUnavailable

            try:
                if self._opened_at is None:  # a call in between may have read or opened it
                    await self._read()
            except StateUnavailable:
                pass  # the next call reads it on its path, and falls back to this replica
            finally:
                self._reading = None

        self._reading = asyncio.get_running_loop().create_task(read())

    async def succeeded(self) -> None:
        from rung.state import StateUnavailable

        probing, self._probing = self._probing, False
        if probing or self._opened_at is not None or self._shared_failures:
            with contextlib.suppress(StateUnavailable):
                await self.shared.delete(*self._keys)
            if probing or self._opened_at is not None:
                logger.warning("breaker %s closed: a probe call succeeded", self.name)
        self._shared_failures = 0
        self._failures.clear()
        self._opened_at = None

    async def failed(self, error: BaseException) -> None:
        from rung.state import StateUnavailable

        probing, self._probing = self._probing, False
        if not backend_fault(error):
            if probing:
                self._forget_probe()
            return
        now = self.clock()
        self.last_error = self.scrub(str(error))[:200]
        open_key, probe_key, failures_key = self._keys
        try:
            if not probing:
                count = await self.shared.count_event(failures_key, now, self.policy.window)
                self._shared_failures = count
                if count < self.policy.failures:
                    return
            await self.shared.put(open_key, repr(now).encode(), ttl=86_400.0)
            await self.shared.delete(probe_key, failures_key)
        except StateUnavailable:
            self._probing = probing
            self.after_failure(error)  # counted by this replica alone
            return
        self._shared_failures = 0
        self._open(now)

    def release(self) -> None:
        probing = self._probing
        super().release()
        if probing:
            self._forget_probe()

    def _forget_probe(self) -> None:
        """Give back the half-open probe (in the background: this may run while cancelled)."""

        async def forget() -> None:
            from rung.state import StateUnavailable

            with contextlib.suppress(StateUnavailable):  # else it expires after probe_ttl
                await self.shared.delete(self._keys[1])

        try:
            task = asyncio.get_running_loop().create_task(forget())
        except RuntimeError:
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
