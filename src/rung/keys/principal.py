"""Who is calling: the key a request authenticated with, and its team.

This is the contract between authentication (`rung.keys`) and limits (`rung.limits`): the
edge resolves a bearer key to a `Principal`; limits and budgets only ever see this object, never
the key itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Quota:
    """The limits of one key or one team; None means unlimited."""

    rpm: int | None = None  # requests per minute (sliding window)
    tpm: int | None = None  # tokens per minute (sliding window)
    budget: float | None = None  # spend per period, in the same currency as prices
    period: str = "month"  # day | week | month (calendar, UTC)


@dataclass(frozen=True, slots=True)
class Principal:
    """A caller. `key_id` is the stored id of the key (never the secret); `team` may be None.
    `routes` None means every route. `privacy` is the minimum privacy policy of the key or its
    team (`local_only`, `pseudonymize`, `block`), None for none. `admin` is the master key.
    `request_tests`: whether the key may send tests for the sandbox to run (off by default)."""

    key_id: str
    name: str
    team: str | None = None
    routes: frozenset[str] | None = None
    key_quota: Quota = field(default_factory=Quota)
    team_quota: Quota = field(default_factory=Quota)
    privacy: str | None = None
    admin: bool = False
    request_tests: bool = False  # may send code to run (`rung.tests`) on routes that allow it

    def may_use(self, route: str) -> bool:
        return self.routes is None or route in self.routes


# With no keys configured (loopback only), whether a request's tests run is the route's choice.
ANONYMOUS = Principal(key_id="-", name="anonymous", request_tests=True)
