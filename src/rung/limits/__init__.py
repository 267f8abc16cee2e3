"""Budgets and rate limits of keys and teams (in this process).

The edge resolves a key to a `Principal`; `Limits.admit(principal, route, tokens_estimate,
cost_estimate)` runs before anything is sent upstream and either returns an `Admission` (its
`headers` are OpenAI's x-ratelimit-* headers for the response) or raises `BudgetExceeded` or
`RateLimited` (429, Retry-After). `Limits.settle(admission, tokens, cost)` runs once per
admission when the request is over, from any thread. A key's quota and its team's quota both
apply: a request must fit all of them.

Rate limits: requests and tokens per minute, over an exact sliding log of the last 60 seconds
(one entry per admitted request; no buckets, so requests per minute are exact at every instant).
A request counts for its `tokens_estimate` from admission, corrected to the real tokens at
settle. Rejected requests are not counted.

Budgets: spend per calendar UTC period (day from 00:00 UTC, week from Monday 00:00 UTC, month
from the 1st 00:00 UTC), charged at settle to the period in which the request settles.

Overshoot bound. Admission reserves `cost_estimate` in each budget until settle; a request is
admitted only if spent + reserved + cost_estimate <= budget (with cost_estimate 0: only if
spent + reserved < budget). Hence, for each budget, the period's final spend is at most

    budget + sum(cost_i - cost_estimate_i)  over the requests in flight when the period's
                                            last admitted request was admitted (it included)

(a request is charged to the period in which it settles; one admitted in the previous period
and still in flight counts among them, and if a period admits none, the bound is over those in
flight at its start), so with estimates at or above the real cost a budget is never exceeded,
and with no estimate (0) it is exceeded by at most the cost of the requests then in flight.

State lives in this process: a restart forgets the windows and the reservations; spend is
reseeded with `load_spend(spend_from_log(db, principals, now))`, summed from the request log.
`SharedLimits` (rung.limits.shared) keeps the same limits on shared state (Redis), for many
replicas; the gateway awaits `acquire` on either (docs/state.md).
"""

from rung.limits.budget import PERIODS, period_bounds
from rung.limits.limits import Admission, Limits, key_subject, team_subject
from rung.limits.seed import spend_from_log
from rung.limits.window import WINDOW, format_reset

__all__ = [
    "PERIODS",
    "WINDOW",
    "Admission",
    "Limits",
    "format_reset",
    "key_subject",
    "period_bounds",
    "spend_from_log",
    "team_subject",
]
