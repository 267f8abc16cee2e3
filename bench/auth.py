"""What authentication costs per request, in process: `Authenticator.resolve` for a virtual key
among N keys (SHA-256 of the key, one dict lookup, expiry check, the once-a-second DB poll).
The end-to-end figure (edge, route permission, limits) is `bench/overhead.py --auth`.

    python bench/auth.py [--keys 1000] [--rounds 200000]

Prints p50/p99 in microseconds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rung.keys.auth import Authenticator
from rung.keys.store import KeySpec, KeyStore


def timings(call: Callable[[], object], rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        started = time.perf_counter_ns()
        call()
        out.append((time.perf_counter_ns() - started) / 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keys", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "log.db"
        store = KeyStore(path)
        store.create_team("search", rpm=600, budget="500/month")
        secrets = [
            store.create_key(KeySpec(name=f"k{i}", team="search", routes=("chat",), rpm=60))[1]
            for i in range(args.keys)
        ]
        store.close()
        auth = Authenticator(path, master="m" * 40)
        auth.open()
        headers = {b"authorization": f"Bearer {secrets[len(secrets) // 2]}".encode()}
        samples = timings(lambda: auth.resolve(headers), args.rounds)
        q = statistics.quantiles(samples, n=100)
        print(f"resolve one virtual key among {args.keys} ({args.rounds} rounds, DB poll once a s)")
        print(
            f"  p50 {q[49]:.2f} us   p99 {q[98]:.2f} us   mean {statistics.fmean(samples):.2f} us"
        )
        auth.close()


if __name__ == "__main__":
    main()
