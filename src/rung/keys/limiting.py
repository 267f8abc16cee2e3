"""The gateway's side of rung.limits: seed spend from the log at start, estimate what a request
may cost before it runs, and settle an admission after pricing.

rung.limits (budgets and rate limits) is one small interface, in this process (`Limits`) or on
the shared state (`SharedLimits`, see docs/state.md): `await acquire(principal, route,
tokens_estimate, cost_estimate) -> Admission` before the pattern runs (raises a 429),
`Admission.headers` on the response, and `settle(admission, tokens, cost)` once the request's
cost is known (from any thread).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from rung.backends.base import Backend
from rung.limits import Limits, spend_from_log
from rung.limits.shared import SharedLimits
from rung.telemetry.log import RequestRecord
from rung.telemetry.prices import Price, PricesConfig, price_for

if TYPE_CHECKING:
    from rung.keys.auth import Authenticator

logger = logging.getLogger("rung")


async def seed(limits: Limits | SharedLimits, auth: Authenticator) -> None:
    """Give `limits` the spend this period already logged per key and team (at start: the
    counters are in memory, the spend is in the log). Shared limits take it only for the
    subjects the state has no count of yet (the first replica to start seeds them)."""
    if auth.store is None:
        return
    principals = [entry.principal for entry in auth.entries.values()]
    spend = spend_from_log(auth.store.db, principals, time.time())
    if isinstance(limits, SharedLimits):
        await limits.seed(spend, principals)
    else:
        limits.load_spend(spend)


def route_price(
    backends: Iterable[Backend], kinds: Mapping[str, str], overrides: PricesConfig | None
) -> Price:
    """An upper bound of a route's price per token: the sum over its hosted backends (a
    cascade or a fallback may call every one of them). Local backends are priced by busy
    time, which a token count cannot bound; they count 0 here."""
    prices = [
        price_for(b.name, b.model, overrides) for b in backends if kinds.get(b.name) != "local"
    ]
    known = [p for p in prices if p is not None]
    return Price(sum(p.input for p in known), sum(p.output for p in known), "estimate")


def settle(limits: Limits | SharedLimits, record: RequestRecord) -> None:
    """Settle `record`'s admission with its real token count and cost (every call's)."""
    calls = record.trace.calls
    tokens = sum((c.prompt_tokens or 0) + (c.completion_tokens or 0) for c in calls)
    cost = sum(c.cost for c in calls)
    try:
        limits.settle(record.admission, tokens, cost)
    except Exception:  # the log thread must go on
        logger.exception("could not settle the limits of request %s", record.id)


__all__ = ["route_price", "seed", "settle"]
