"""`SharedLimits`: the same budgets and rate limits as `Limits`, kept on shared state
(`rung.state`, Redis in production) so that every replica counts every request.

Admission is one atomic step on the state (`State.admit`, a Lua script on Redis): the budgets
and windows of the key and of its team are checked and, if all fit, reserved together, so two
replicas never both admit the request that crosses a limit. Settling (real tokens and cost)
runs in the background on the event loop, from whatever thread the log's hooks run on. The
window, the periods and the overshoot bound are those of `rung.limits` (see its docstring);
one difference: a reservation older than 15 minutes is dropped (its replica died before it
settled), so a killed replica cannot hold a budget for ever.

When the state is unavailable, a request whose key or team has a budget is refused (503, the
default, `budgets_fail: closed`) or admitted (`open`); one with rate limits only is admitted
(the default, `rates_fail: open`) or refused (`closed`). Spend is still charged at settle if
the state has returned by then.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
import uuid
from collections.abc import Mapping, Sequence

from rung._errors import BudgetExceeded, RateLimited
from rung.keys.principal import Principal
from rung.limits.budget import Spend, period_bounds
from rung.limits.lease import Leases
from rung.limits.limits import Admission, Clock, _budget_message, _Subject, _subjects
from rung.limits.window import WINDOW, reset_bytes
from rung.state import Decision, LimitCheck, State, StateUnavailable, Ticket, WindowView

logger = logging.getLogger("rung")
DAY = 86_400.0
# Settles per round trip: a log batch holds tens of them, and an admission sent meanwhile on
# the same connection waits for those Redis runs before it; in chunks it waits for one chunk.
SETTLE_CHUNK = 16


class SharedLimits:
    """Budgets and rate limits of keys and teams on `state`. `acquire` is a coroutine; `settle`
    may be called from any thread."""

    def __init__(
        self,
        state: State,
        rates_fail: str = "open",
        budgets_fail: str = "closed",
        clock: Clock = time.time,
        leases: bool | None = None,
    ) -> None:
        self.state, self.clock = state, clock
        # Leases (rung.limits.lease) save a round trip to a remote state; by default only there.
        lease = state.shared if leases is None else leases
        self.leases = Leases(state, clock) if lease else None
        self.rates_open, self.budgets_open = rates_fail == "open", budgets_fail == "open"
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()  # settle runs on the log's thread too
        self._queue: list[tuple[list[_Subject], Ticket, bool, int, float]] = []
        self._flushing = False
        self._flush_task: asyncio.Task[None] | None = None

    async def acquire(
        self, principal: Principal, route: str, tokens_estimate: int, cost_estimate: float = 0.0
    ) -> Admission:
        """Admit one request or raise BudgetExceeded / RateLimited (429), or StateUnavailable
        (503) when the state is down and a limit that applies fails closed."""
        self._loop = asyncio.get_running_loop()
        subjects = _subjects(principal)
        now = self.clock()
        checks = [_check(s, now) for s in subjects]
        tokens, cost = max(0, tokens_estimate), max(0.0, cost_estimate)
        if not any(c.budget is not None or c.rated for c in checks):
            admission = Admission([], cost)
            admission.shared = (subjects, Ticket(uuid.uuid4().hex, now, tokens, cost), False)
            return admission  # only spend, charged at settle
        leases, who = self.leases, tuple(s.subject for s in subjects)
        leased = leases.take(who, tokens, cost, now) if leases is not None else None
        if leased is not None:
            ticket, decision = leased
        else:
            ticket = Ticket(uuid.uuid4().hex, now, tokens, cost)
            try:
                decision = await self.state.admit(checks, ticket, now)
            except StateUnavailable as exc:
                self._fail(checks, exc)
                admission = Admission([], ticket.estimate)
                admission.shared = (subjects, ticket, False)
                return admission
            if decision.refused is not None:
                raise _refusal(subjects, checks, decision, ticket, now)
        if leases is not None and leases.low(who):
            leases.fill(who, checks, decision, tokens, cost, now)
        admission = Admission(_headers(subjects, decision.windows, now), ticket.estimate)
        admission.shared = (subjects, ticket, True)
        return admission

    def _fail(self, checks: Sequence[LimitCheck], exc: StateUnavailable) -> None:
        """Raise when a limit that applies fails closed (the state being down)."""
        if not self.budgets_open and any(c.budget is not None for c in checks):
            raise StateUnavailable(
                f"budgets cannot be checked: {exc.message}; try again shortly",
                retry_after=exc.retry_after,
            ) from exc
        if not self.rates_open and any(c.rated for c in checks):
            raise StateUnavailable(
                f"rate limits cannot be checked: {exc.message}; try again shortly",
                retry_after=exc.retry_after,
            ) from exc

    def settle(self, admission: Admission, tokens: int, cost: float) -> None:
        """Replace an admission's estimates with the real tokens and cost, in the background
        (once; a second settle of the same admission does nothing). Settles arriving together
        (a batch of the log's thread) go to the state together, `SETTLE_CHUNK` per round
        trip."""
        loop = self._loop
        if admission.settled or admission.shared is None or loop is None or loop.is_closed():
            return
        admission.settled = True
        subjects, ticket, reserved = admission.shared
        with self._lock:  # a flush on the loop may be swapping the queue out meanwhile
            self._queue.append((subjects, ticket, reserved, max(0, tokens), max(0.0, cost)))
            if self._flushing:
                return
            self._flushing = True
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._start_flush()
        else:
            loop.call_soon_threadsafe(self._start_flush)

    def _start_flush(self) -> None:
        self._flush_task = asyncio.get_running_loop().create_task(self._flush())

    async def _flush(self) -> None:
        """Settle what is queued, batch after batch, until the queue is empty."""
        while True:
            with self._lock:
                if not self._queue:
                    self._flushing = False
                    return
                items, self._queue = self._queue, []
            now = self.clock()
            batch = []
            for subjects, ticket, reserved, tokens, cost in items:
                checks = [_check(s, now) for s in subjects]
                if not reserved:  # admitted without the state: charge the spend only
                    checks = [LimitCheck(c.subject, None, c.spend_key, c.spend_ttl) for c in checks]
                batch.append((checks, ticket, tokens, cost))
            # Down: logged once by the state; the reservations expire, the log keeps the cost.
            with contextlib.suppress(StateUnavailable):
                for start in range(0, len(batch), SETTLE_CHUNK):
                    await self.state.settle_many(batch[start : start + SETTLE_CHUNK], now)

    async def drain(self) -> None:
        """Give back leased slots and wait for the settles under way (at shutdown, before the
        state closes)."""
        if self.leases is not None:
            await self.leases.drain()
        await asyncio.sleep(0)  # a flush scheduled from another thread starts
        task = self._flush_task
        if task is not None and not task.done():
            await asyncio.gather(task, return_exceptions=True)

    async def seed(self, spend: Mapping[str, float], principals: Sequence[Principal]) -> None:
        """Give the state the spend this period already logged, for every subject it has no
        count of yet (another replica may have seeded it, or counted since)."""
        now = self.clock()
        for principal in principals:
            for subject in _subjects(principal):
                check = _check(subject, now)
                amount = spend.get(subject.subject, 0.0)
                try:
                    await self.state.seed_spend(check.spend_key, amount, check.spend_ttl)
                except StateUnavailable:
                    return

    async def spend(self, subject: str, period: str = "day") -> float:
        """The settled spend of `subject` in its current `period` (0 if none)."""
        start = period_bounds(period, self.clock())[0]
        raw = await self.state.get(f"spend:{subject}:{start:.0f}")
        return float(raw) if raw else 0.0


_bounds: dict[str, tuple[float, float]] = {}


def _period(period: str, now: float) -> tuple[float, float]:
    """`period_bounds`, remembered while `now` is in the period (a calendar computation once
    a period instead of on every request)."""
    known = _bounds.get(period)
    if known is None or not known[0] <= now < known[1]:
        known = _bounds[period] = period_bounds(period, now)
    return known


def _check(subject: _Subject, now: float) -> LimitCheck:
    quota = subject.quota
    start, end = _period(quota.period, now)
    spend_key = f"spend:{subject.subject}:{start:.0f}"
    ttl = end - now + DAY
    return LimitCheck(subject.subject, quota.budget, spend_key, ttl, quota.rpm, quota.tpm)


def _refusal(
    subjects: list[_Subject],
    checks: list[LimitCheck],
    decision: Decision,
    ticket: Ticket,
    now: float,
) -> BudgetExceeded | RateLimited:
    i = decision.refused
    assert i is not None
    subject, check = subjects[i], checks[i]
    if decision.reason == "budget":
        assert check.budget is not None
        state = Spend(decision.spent, updated=now)
        state.roll(subject.quota.period, now)
        state.reserved = decision.reserved
        message = _budget_message(subject, state, check.budget, ticket.estimate)
        return BudgetExceeded(message, retry_after=state.end - now)
    view = decision.windows[i]
    tokens = ticket.tokens
    if decision.reason == "rpm":
        message = f"{subject.label} is over its limit of {check.rpm} requests per minute"
    elif decision.reason == "tpm_size":
        message = (
            f"this request may use {tokens} tokens, more than the limit of {check.tpm} tokens "
            f"per minute of {subject.label}: ask for fewer (max_tokens, a shorter prompt)"
        )
    else:
        message = (
            f"{subject.label} is over its limit of {check.tpm} tokens per minute "
            f"({view.tokens} used, this request may use {tokens})"
        )
    seconds = max(1, -int(-decision.wait // 1))
    headers = _headers([subject], [view], now)
    return RateLimited(message, retry_after=seconds, extra_headers=headers)


def _headers(
    subjects: list[_Subject], views: list[WindowView], now: float
) -> list[tuple[bytes, bytes]]:
    """OpenAI's x-ratelimit-* headers for the tightest limit of each kind (as `Limits`)."""
    out: list[tuple[bytes, bytes]] = []
    for kind in ("requests", "tokens"):
        tightest: tuple[int, int, WindowView] | None = None
        for subject, view in zip(subjects, views, strict=False):
            limit = subject.quota.rpm if kind == "requests" else subject.quota.tpm
            if limit is None:
                continue
            remaining = limit - (view.count if kind == "requests" else view.tokens)
            if tightest is None or remaining < tightest[0]:
                tightest = (remaining, limit, view)
        if tightest is not None:
            remaining, limit, view = tightest
            reset = view.oldest + WINDOW - now if view.oldest is not None else 0.0
            name = kind.encode()
            out += [
                (b"x-ratelimit-limit-" + name, b"%d" % limit),
                (b"x-ratelimit-remaining-" + name, b"%d" % max(0, remaining)),
                (b"x-ratelimit-reset-" + name, reset_bytes(reset)),
            ]
    return out


__all__ = ["SharedLimits"]
