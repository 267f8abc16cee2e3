"""What the Prometheus metrics cost per request: `Metrics.observe` for a finished request, and
`Metrics.render` (one `/metrics` scrape) after many routes and backends were seen.

    PYTHONPATH=src python bench/metrics.py [--requests 20000] [--rounds 5]

Three records: a plain answer, a cascade that escalated after a failed check, and a failed
request. Prints microseconds per `observe` (median and best of the rounds) and milliseconds per
`render`. (This was once a test's `< 1 ms` assertion; a speed is a figure, not a test.)
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial

from rung.telemetry.log import RequestRecord
from rung.telemetry.metrics import Metrics
from rung.types import Trace


def plain() -> RequestRecord:
    trace = Trace(answered_by="local")
    call = trace.call("local", "smollm2")
    call.latency_ms, call.prompt_tokens, call.completion_tokens = 120.0, 20, 8
    return RequestRecord(id="p", time=time.time(), route="chat", latency_ms=125.0, trace=trace)


def escalated() -> RequestRecord:
    trace = Trace(answered_by="hosted")
    local = trace.call("local", "smollm2")
    local.latency_ms, local.prompt_tokens, local.completion_tokens = 300.0, 20, 8
    hosted = trace.call("hosted", "llama-70b")
    hosted.latency_ms, hosted.ttft_ms = 900.0, 250.0
    hosted.prompt_tokens, hosted.completion_tokens, hosted.cost = 20, 30, 0.0005
    trace.decide("verify local", "failed", "json_schema: 'age' is required")
    trace.decide("verify hosted", "passed", "json_schema: valid")
    trace.escalated = True
    return RequestRecord(id="e", time=time.time(), route="json", latency_ms=1250.0, trace=trace)


def failed() -> RequestRecord:
    record = RequestRecord(id="f", time=time.time(), route="json", status=502, latency_ms=40)
    record.trace.answered_by = "hosted"
    record.trace.call("hosted", "llama-70b").status = "error"
    return record


def per_call(action: Callable[[], object], times: int, rounds: int) -> list[float]:
    """Seconds per call of `action`, one figure per round."""
    figures = []
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(times):
            action()
        figures.append((time.perf_counter() - started) / times)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=20000, help="observe calls per round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(f"{args.requests} observe calls per round, {args.rounds} rounds")
    print(f"{'observe':<22} {'median µs':>10} {'best µs':>10}")
    for name, make in (("plain answer", plain), ("escalated cascade", escalated),
                       ("failed (502)", failed)):  # fmt: skip
        metrics, record = Metrics(), make()
        figures = per_call(partial(metrics.observe, record), args.requests, args.rounds)
        median, best = statistics.median(figures) * 1e6, min(figures) * 1e6
        print(f"{name:<22} {median:10.1f} {best:10.1f}")
    metrics = Metrics()
    for i in range(50):  # 50 routes x 2 backends of label sets
        for record in (plain(), escalated(), failed()):
            record.route = f"route{i}"
            metrics.observe(record)
    figures = per_call(metrics.render, 200, args.rounds)
    size = len(metrics.render())
    print(f"render, 50 routes ({size} bytes): median {statistics.median(figures) * 1e3:.2f} ms,"
          f" best {min(figures) * 1e3:.2f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
