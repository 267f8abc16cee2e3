"""The state interface: what replicas of one gateway must agree on, in a few operations.

`State` is implemented in this process (`MemoryState`) and on Redis (`RedisState`). The
cache, the circuit breakers and the limits are built on these operations only:

- `get`, `get_many`, `put` (with a TTL), `put_new` (SET NX with a TTL), `delete`: values;
- `index_add`, `index_since`: a time-ordered index (a sorted set), for the semantic cache;
- `count_event`: a sliding log of events, for breaker failures;
- `admit`, `settle` (`settle_many`: several in one round trip): rate-limit windows and budget
  spend, checked and reserved atomically (one Lua script on Redis), so that two replicas never
  both admit the request that crosses a limit; `release_many` undoes admissions no request
  used (a lease's slots, `rung.limits.lease`).

Every operation may raise `StateUnavailable` (Redis down); callers decide what that means
(the cache is off, limits fail open or closed as configured, breakers fall back to what this
replica sees).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from rung._errors import BackendError, retry_after_headers

WINDOW = 60.0  # seconds: rate limits are per minute
STALE = 900.0  # seconds: a reservation older than this is dropped (its replica died)


class StateUnavailable(BackendError):
    """The shared state store (Redis) cannot be reached. A request that needs it (a limit
    configured to fail closed) is answered 503 with Retry-After; it is nobody's fault that
    counts against a backend."""

    status = 503
    type = "server_error"
    code = "state_unavailable"
    backend_fault = False

    def __init__(self, message: str, *, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def headers(self) -> list[tuple[bytes, bytes]]:
        return retry_after_headers(self.retry_after)


@dataclass(frozen=True, slots=True)
class LimitCheck:
    """One subject (a key or a team) that a request must fit: its budget (None: none) in the
    period whose spend is kept under `spend_key`, and its requests / tokens per minute."""

    subject: str
    budget: float | None = None
    spend_key: str = ""  # the period's spend counter (`spend:<subject>:<period start>`)
    spend_ttl: float = 0.0  # seconds the period's counter must live (to its end, and a day)
    rpm: int | None = None
    tpm: int | None = None

    @property
    def rated(self) -> bool:
        return self.rpm is not None or self.tpm is not None


@dataclass(slots=True)
class WindowView:
    """A subject's last minute after the decision: requests, tokens, oldest entry's time."""

    count: int = 0
    tokens: int = 0
    oldest: float | None = None


@dataclass(slots=True)
class Decision:
    """What `admit` decided. Refused: `refused` is the index of the check that did not fit,
    `reason` one of "budget", "rpm", "tpm", "tpm_size", with `wait` (seconds) and, for a
    budget, `spent` and `reserved`. Admitted: `refused` is None and `room` is the least any
    budget has left after this request (None: no budget). `windows` holds each check's window
    (for the x-ratelimit-* headers)."""

    refused: int | None = None
    reason: str = ""
    wait: float = 0.0
    spent: float = 0.0
    reserved: float = 0.0
    windows: list[WindowView] = field(default_factory=list)
    room: float | None = None


@dataclass(frozen=True, slots=True)
class Ticket:
    """What `admit` reserved for one request, to hand to `settle`."""

    id: str
    time: float
    tokens: int
    estimate: float


Settle = tuple[Sequence[LimitCheck], Ticket, int, float]  # checks, ticket, tokens, cost
Release = tuple[Sequence[LimitCheck], Ticket]  # an admitted ticket no request used: undone


class State(Protocol):
    """The operations shared state offers (see the module docstring)."""

    shared: bool  # whether other processes see the same state

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def get(self, key: str) -> bytes | None: ...

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]: ...

    async def put(self, key: str, value: bytes, ttl: float | None = None) -> None: ...

    async def put_new(self, key: str, value: bytes, ttl: float) -> bool: ...

    async def delete(self, *keys: str) -> None: ...

    async def index_add(self, index: str, member: str, score: float, ttl: float) -> None: ...

    async def index_since(self, index: str, after: float) -> list[tuple[str, float]]: ...

    async def count_event(self, key: str, now: float, window: float) -> int: ...

    async def admit(self, checks: Sequence[LimitCheck], ticket: Ticket, now: float) -> Decision: ...

    async def admit_many(
        self, checks: Sequence[LimitCheck], tickets: Sequence[Ticket], now: float
    ) -> list[Decision]: ...

    async def settle(
        self, checks: Sequence[LimitCheck], ticket: Ticket, tokens: int, cost: float, now: float
    ) -> None: ...

    async def settle_many(self, batch: Sequence[Settle], now: float) -> None: ...

    async def release_many(self, batch: Sequence[Release], now: float) -> None: ...

    async def seed_spend(self, key: str, amount: float, ttl: float) -> None: ...


def member(ticket_id: str, amount: float | int) -> str:
    """A sorted-set member for one request: its id and an amount (tokens or cost)."""
    return f"{ticket_id}|{amount!r}"


def amount(member: str) -> float:
    return float(member.rpartition("|")[2])
