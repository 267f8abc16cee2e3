"""What rate limits and budgets cost per request: `Limits.admit` + `Limits.settle` for one key
in a team, each with requests and tokens per minute and a budget (the full path), and for a key
with no quota (the cheapest path). Each pair is timed alone; prints p50 and p99 in µs.

    PYTHONPATH=src python bench/limits.py [N]

The rates are high enough that every request is admitted, so the sliding log grows to every
request of the last minute (the real clock runs): the pruning cost is included.

Where rung.keys' authentication is there, one more row times the edge's whole per-request work
for a keyed request: resolve the bearer key (SHA-256, map lookup), then admit + settle.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

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


Resolve = Callable[[], Principal]


def timed(limits: Limits, resolve: Resolve, n: int) -> list[float]:
    """Microseconds of each (resolve +) admit + settle."""
    clock, figures = time.perf_counter_ns, []
    for _ in range(n):
        start = clock()
        admission = limits.admit(resolve(), "chat", 300, cost_estimate=0.001)
        limits.settle(admission, 250, 0.0008)
        figures.append((clock() - start) / 1000)
    return figures


def authenticated(workdir: Path) -> Resolve | None:
    """A key in a team (rpm, tpm, budget on both) in a real key store, resolved per call as the
    edge does; None when rung.keys has no authentication here."""
    try:
        from rung.keys.auth import Authenticator
        from rung.keys.store import KeySpec, KeyStore
    except ImportError:
        return None
    path = workdir / "log.db"
    store = KeyStore(path)
    high = {"rpm": 10**9, "tpm": 10**12, "budget": "1000000/month"}
    store.create_team("search", **high)  # type: ignore[arg-type]
    _, secret = store.create_key(KeySpec(name="alice", team="search", **high))  # type: ignore[arg-type]
    store.close()
    auth = Authenticator(path)
    auth.open()
    headers = {b"authorization": b"Bearer " + secret.encode()}
    return lambda: auth.resolve(headers)


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows: list[tuple[str, Resolve]] = [
            ("key + team, rpm+tpm+budget", lambda: FULL),
            ("key, no quota", lambda: BARE),
        ]
        keyed = authenticated(Path(tmp))
        if keyed is not None:
            rows.append(("resolve key + the same", keyed))
        print(f"python {sys.version.split()[0]}, n={n} per row after {n // 10} warm-up")
        print(f"{'admit + settle':<28} {'p50 µs':>8} {'p99 µs':>8} {'mean µs':>8}")
        for name, resolve in rows:
            limits = Limits()
            timed(limits, resolve, n // 10)
            figures = timed(limits, resolve, n)
            q = statistics.quantiles(figures, n=100)
            print(f"{name:<28} {q[49]:8.2f} {q[98]:8.2f} {statistics.fmean(figures):8.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
