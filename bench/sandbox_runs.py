"""What one sandboxed verification costs, and what running two at once buys.

Runs N verifications of a right answer through `Sandbox.run` for three kinds of tests: split
tests decided in rung (`assert f(2) == 4`), split tests that need the judge process
(`assert math.isclose(...)`), and tests that run in-process (`def check(...)`); each serially
(concurrency 1) and with concurrency 2. Prints p50 / p90 of one run's wall time and the
throughput. Needs root and the sandbox's pieces (see docs/verifiers.md).

    python bench/sandbox_runs.py [--runs 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from rung.verifiers import Limits, Sandbox

CODE = "import math\ndef f(x):\n    return 2 * x\n"
KINDS = {
    "split, decided in rung": "assert f(2) == 4\nassert f(3) == 6",
    "split, judge process": "assert math.isclose(f(2), 4.0)",
    "in-process harness": "def check(g):\n    assert g(2) == 4\ncheck(f)",
}


async def measure(tests: str, runs: int, concurrency: int) -> tuple[list[float], float]:
    sandbox = Sandbox(Limits(timeout=20.0), concurrency=concurrency, max_waiting=runs)
    missing = sandbox.jail.missing()
    if missing:
        raise SystemExit(f"sandbox unavailable: {missing}")
    durations: list[float] = []

    async def one() -> None:
        result = await sandbox.run(CODE, tests)
        if not result.passed:
            raise SystemExit(f"a right answer failed: {result.reason}")
        durations.append(result.duration)

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(runs)))
    return durations, runs / (time.perf_counter() - started)


def quantile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    print(f"{'tests':<24} {'concurrency':>11} {'p50 ms':>8} {'p90 ms':>8} {'runs/s':>7}")
    for kind, tests in KINDS.items():
        for concurrency in (1, 2):
            durations, rate = asyncio.run(measure(tests, args.runs, concurrency))
            p50, p90 = (1000 * quantile(durations, q) for q in (0.5, 0.9))
            print(f"{kind:<24} {concurrency:>11} {p50:>8.0f} {p90:>8.0f} {rate:>7.1f}")
    print(f"(mean of one run over all: {1000 * statistics.mean(durations):.0f} ms)")


if __name__ == "__main__":
    main()
