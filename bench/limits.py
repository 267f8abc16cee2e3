"""What rate limits and budgets cost per request: `Limits.admit` + `Limits.settle` for one key
in a team, each with requests and tokens per minute and a budget (the full path), and for a key
with no quota (the cheapest path). Each pair is timed alone; prints p50 and p99 in µs.

    PYTHONPATH=src python bench/limits.py [N]

The rates are high enough that every request is admitted, so the sliding log grows to every
request of the last minute (the real clock runs): the pruning cost is included.
"""

from __future__ import annotations

import statistics
import sys
import time

from rung.keys.principal import Principal, Quota
from rung.limits import Limits

FULL = Principal(
    key_id="k1",
    name="alice",
    team="search",
    key_quota=Quota(rpm=10**9, tpm=10**12, budget=1e12, period="month"),
    team_quota=Quota(rpm=10**9, tpm=10**12, budget=1e12, period="day"),
)
BARE = Principal(key_id="k2", name="bob")


def timed(limits: Limits, who: Principal, n: int) -> list[float]:
    """Microseconds of each admit+settle pair."""
    clock, figures = time.perf_counter_ns, []
    for _ in range(n):
        start = clock()
        admission = limits.admit(who, "chat", 300, cost_estimate=0.001)
        limits.settle(admission, 250, 0.0008)
        figures.append((clock() - start) / 1000)
    return figures


def main(n: int) -> None:
    rows = [("key + team, rpm+tpm+budget", FULL), ("key, no quota", BARE)]
    print(f"python {sys.version.split()[0]}, n={n} per row after {n // 10} warm-up")
    print(f"{'admit + settle':<28} {'p50 µs':>8} {'p99 µs':>8} {'mean µs':>8}")
    for name, who in rows:
        limits = Limits()
        timed(limits, who, n // 10)
        figures = timed(limits, who, n)
        q = statistics.quantiles(figures, n=100)
        print(f"{name:<28} {q[49]:8.2f} {q[98]:8.2f} {statistics.fmean(figures):8.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
