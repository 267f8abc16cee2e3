"""`MemoryState`: the state operations in this process (one replica, or a test's reference).

The same semantics as `RedisState`, op for op (tests/state runs one suite on both). Values
expire by the injected clock; sorted sets are dicts of member -> score. Single-threaded by
design: every operation runs on the event loop, without awaiting in between, so each one is
atomic as a Lua script is on Redis.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from rung.state.base import (
    STALE,
    WINDOW,
    Decision,
    LimitCheck,
    Release,
    Settle,
    Ticket,
    WindowView,
    amount,
    member,
)


class MemoryState:
    shared = False

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self._values: dict[str, bytes] = {}
        self._sets: dict[str, dict[str, float]] = {}
        self._expires: dict[str, float] = {}

    async def start(self) -> None:
        """Nothing to connect to."""

    async def close(self) -> None:
        self._values.clear()
        self._sets.clear()
        self._expires.clear()

    def _live(self, key: str) -> bool:
        until = self._expires.get(key)
        if until is not None and until <= self.clock():
            self._values.pop(key, None)
            self._sets.pop(key, None)
            del self._expires[key]
            return False
        return key in self._values or key in self._sets

    def _expire(self, key: str, ttl: float | None) -> None:
        if ttl is None:
            self._expires.pop(key, None)
        else:
            self._expires[key] = self.clock() + ttl

    def _zset(self, key: str) -> dict[str, float]:
        self._live(key)
        return self._sets.setdefault(key, {})

    async def get(self, key: str) -> bytes | None:
        return self._values.get(key) if self._live(key) else None

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        return [self._values.get(k) if self._live(k) else None for k in keys]

    async def put(self, key: str, value: bytes, ttl: float | None = None) -> None:
        self._values[key] = value
        self._expire(key, ttl)

    async def put_new(self, key: str, value: bytes, ttl: float) -> bool:
        if self._live(key):
            return False
        await self.put(key, value, ttl)
        return True

    async def delete(self, *keys: str) -> None:
        for key in keys:
            self._values.pop(key, None)
            self._sets.pop(key, None)
            self._expires.pop(key, None)

    async def index_add(self, index: str, member: str, score: float, ttl: float) -> None:
        self._zset(index)[member] = score
        self._expire(index, ttl)

    async def index_since(self, index: str, after: float) -> list[tuple[str, float]]:
        found = [(m, s) for m, s in self._zset(index).items() if s > after]
        return sorted(found, key=lambda pair: (pair[1], pair[0]))

    async def count_event(self, key: str, now: float, window: float) -> int:
        events = self._zset(key)
        _prune(events, now - window)
        events[f"{now!r}|{len(events)}|{id(events)}"] = now
        self._expire(key, window)
        return len(events)

    async def admit(self, checks: Sequence[LimitCheck], ticket: Ticket, now: float) -> Decision:
        return self._admit(checks, ticket, now)

    def _admit(self, checks: Sequence[LimitCheck], ticket: Ticket, now: float) -> Decision:
        decision = Decision()
        for i, check in enumerate(checks):
            if check.budget is not None:
                reservations = self._zset("res:" + check.subject)
                _prune(reservations, now - STALE)
                spent = float(
                    self._values.get(check.spend_key, b"0") if self._live(check.spend_key) else 0.0
                )
                reserved = sum(amount(m) for m in reservations)
                if not _fits(check.budget, spent, reserved, ticket.estimate):
                    return Decision(i, "budget", 0.0, spent, reserved, decision.windows)
                left = check.budget - spent - reserved - ticket.estimate
                decision.room = left if decision.room is None else min(decision.room, left)
            view = WindowView()
            if check.rated:
                window = self._zset("win:" + check.subject)
                _prune(window, now - WINDOW)
                ordered = sorted(window.items(), key=lambda pair: pair[1])
                refused = _rate(check, ordered, ticket.tokens, now, view)
                decision.windows.append(view)
                if refused is not None:
                    reason, wait = refused
                    return Decision(i, reason, wait, windows=decision.windows)
            else:
                decision.windows.append(view)
        for check, view in zip(checks, decision.windows, strict=True):
            if check.budget is not None:
                self._zset("res:" + check.subject)[member(ticket.id, ticket.estimate)] = now
                self._expire("res:" + check.subject, STALE)
            if check.rated:
                self._zset("win:" + check.subject)[member(ticket.id, ticket.tokens)] = now
                self._expire("win:" + check.subject, 2 * WINDOW)
                view.count, view.tokens = view.count + 1, view.tokens + ticket.tokens
                view.oldest = now if view.oldest is None else view.oldest
        return decision

    async def settle(
        self, checks: Sequence[LimitCheck], ticket: Ticket, tokens: int, cost: float, now: float
    ) -> None:
        for check in checks:
            if check.budget is not None:
                self._zset("res:" + check.subject).pop(member(ticket.id, ticket.estimate), None)
            if check.spend_key:
                old = (
                    float(self._values.get(check.spend_key, b"0"))
                    if self._live(check.spend_key)
                    else 0.0
                )
                await self.put(check.spend_key, repr(old + cost).encode(), check.spend_ttl)
            if check.rated:
                window = self._zset("win:" + check.subject)
                if window.pop(member(ticket.id, ticket.tokens), None) is not None:
                    window[member(ticket.id, tokens)] = ticket.time
                elif tokens > ticket.tokens:
                    window[member(ticket.id + "+", tokens - ticket.tokens)] = now

    async def settle_many(self, batch: Sequence[Settle], now: float) -> None:
        for checks, ticket, tokens, cost in batch:
            await self.settle(checks, ticket, tokens, cost, now)

    async def admit_many(
        self, checks: Sequence[LimitCheck], tickets: Sequence[Ticket], now: float
    ) -> list[Decision]:
        return [self._admit(checks, ticket, now) for ticket in tickets]

    async def release_many(self, batch: Sequence[Release], now: float) -> None:
        for checks, ticket in batch:
            for check in checks:
                if check.budget is not None:
                    self._zset("res:" + check.subject).pop(member(ticket.id, ticket.estimate), None)
                if check.rated:
                    self._zset("win:" + check.subject).pop(member(ticket.id, ticket.tokens), None)

    async def seed_spend(self, key: str, amount: float, ttl: float) -> None:
        await self.put_new(key, repr(float(amount)).encode(), ttl)


def _prune(entries: dict[str, float], edge: float) -> None:
    for key in [k for k, score in entries.items() if score <= edge]:
        del entries[key]


def _fits(budget: float, spent: float, reserved: float, estimate: float) -> bool:
    """Whether a request reserving `estimate` fits (with 0: whether any budget is left)."""
    slack = 1e-9 * max(1.0, abs(budget))
    if estimate > 0:
        return spent + reserved + estimate <= budget + slack
    return spent + reserved < budget - slack


def _rate(
    check: LimitCheck, ordered: list[tuple[str, float]], tokens: int, now: float, view: WindowView
) -> tuple[str, float] | None:
    """Fill `view` with the window; the reason and wait when the request does not fit."""
    view.count = len(ordered)
    view.tokens = int(sum(amount(m) for m, _ in ordered))
    view.oldest = ordered[0][1] if ordered else None
    rpm, tpm = check.rpm, check.tpm
    if rpm is not None and view.count >= rpm:
        wait = WINDOW if rpm <= 0 else ordered[view.count - rpm][1] + WINDOW - now
        return "rpm", wait
    if tpm is not None and tokens > tpm:
        return "tpm_size", WINDOW
    if tpm is not None and view.tokens + tokens > tpm:
        excess = view.tokens + tokens - tpm
        for entry, t in ordered:
            excess -= int(amount(entry))
            if excess <= 0:
                return "tpm", t + WINDOW - now
        return "tpm", WINDOW
    return None
