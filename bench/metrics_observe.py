"""How long `Metrics.observe` takes for one finished request (it may run on the request path).

PYTHONPATH=src python bench/metrics_observe.py
"""

from __future__ import annotations

import time

from rung.telemetry.log import RequestRecord
from rung.telemetry.metrics import Metrics
from rung.types import Trace


def record() -> RequestRecord:
    trace = Trace(answered_by="hosted", escalated=True, cache="miss")
    for backend in ("local", "hosted"):
        call = trace.call(backend, "m")
        call.latency_ms, call.ttft_ms, call.prompt_tokens, call.completion_tokens = 300, 80, 20, 8
    trace.decide("verify local", "failed", "json_schema: x", code="verifier_failed",
                 subject="json_schema")  # fmt: skip
    return RequestRecord(id="r", time=time.time(), route="json", latency_ms=1250.0, trace=trace)


def main(n: int = 20000) -> None:
    metrics, one = Metrics(["json"], ["local", "hosted"]), record()
    started = time.perf_counter()
    for _ in range(n):
        metrics.observe(one)
    per = (time.perf_counter() - started) / n
    print(f"Metrics.observe: {n} records, {per * 1e6:.1f} µs per record")


if __name__ == "__main__":
    main()
