"""The gateway's side of rung.limits: build one `Limits`, and settle an admission after pricing.

rung.limits (budgets and rate limits, in-process for now) is one small interface:
`admit(principal, route, tokens_estimate) -> Admission` before the pattern runs (raises a 429),
`Admission.headers` on the response, and `settle(admission, tokens, cost)` once the request's
cost is known. A later issue puts its counters in shared storage behind the same interface.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from rung.telemetry.log import RequestRecord

if TYPE_CHECKING:
    from rung.keys.auth import Authenticator

logger = logging.getLogger("rung")


def build_limits() -> Any:
    """A new `rung.limits.Limits`, or None when that package is not there."""
    try:
        from rung.limits import Limits
    except ImportError:
        return None
    return Limits()


def seed(limits: Any, auth: Authenticator) -> None:
    """Give `limits` the spend this period already logged per key and team (at start: the
    counters are in memory, the spend is in the log)."""
    if limits is None or auth.store is None:
        return
    try:
        from rung.limits import spend_from_log
    except ImportError:
        return
    principals = [entry.principal for entry in auth.entries.values()]
    limits.load_spend(spend_from_log(auth.store.db, principals, time.time()))


def settle(limits: Any, record: RequestRecord) -> None:
    """Settle `record`'s admission with its real token count and cost (every call's)."""
    calls = record.trace.calls
    tokens = sum((c.prompt_tokens or 0) + (c.completion_tokens or 0) for c in calls)
    cost = sum(c.cost for c in calls)
    try:
        limits.settle(record.admission, tokens, cost)
    except Exception:  # the log thread must go on
        logger.exception("could not settle the limits of request %s", record.id)


__all__ = ["build_limits", "seed", "settle"]
