"""The gateway's side of the shared state: what it builds on the state, what it says when the
state goes away, and the order of shutting down."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rung.cache.shared import share_caches
from rung.config import Config
from rung.state.base import State
from rung.state.redis import RedisState

if TYPE_CHECKING:
    from rung.limits import Limits
    from rung.limits.shared import SharedLimits


def shared_limits(config: Config, state: State | None) -> SharedLimits | None:
    """Limits on the shared state, or None without one (the caller keeps `Limits`)."""
    from rung.limits.shared import SharedLimits

    if state is None:
        return None
    settings = config.state
    leases = settings.leases and state.shared
    return SharedLimits(state, settings.rates_fail, settings.budgets_fail, leases=leases)


def consequences(config: Config) -> str:
    """What the gateway does while the state is down, as the outage's log line says it."""
    settings = config.state
    budgets = "refused (503)" if settings.budgets_fail == "closed" else "not checked"
    rates = "not checked" if settings.rates_fail == "open" else "refused (503)"
    return (
        f"the cache is off, requests of keys with budgets are {budgets}, rate limits are "
        f"{rates}, and circuit breakers count this replica's calls only"
    )


async def start_state(state: State, config: Config) -> None:
    if isinstance(state, RedisState):
        state.consequences = consequences(config)
    await state.start()


async def close_state(state: State, limits: Limits | SharedLimits) -> None:
    """Let the settles under way finish, then close the state."""
    drain = getattr(limits, "drain", None)
    if drain is not None:
        await drain()
    await state.close()


__all__ = ["close_state", "consequences", "share_caches", "shared_limits", "start_state"]
