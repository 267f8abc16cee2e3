"""Dashboard page-load times with 100,000 requests in the log.

Writes a synthetic log through rung's own `RequestLog` (a cascade route that escalates about a
third of its requests with a verifier's reason, a fixed route, an A/B route; feedback on one
request in ten), spread evenly over `--days` days, then serves every dashboard page over HTTP
(uvicorn on a free port, `rung ui`'s app) and prints how long the background computation of the
default window's figures took at start, then each page's time: the first load and the median
of the next `--repeat` loads.

    python bench/ui.py                 # 100,000 rows over 30 days (the default windows: 24h)
    python bench/ui.py --days 1        # all 100,000 rows inside the 24-hour window
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import uvicorn

from rung.configure import parse
from rung.telemetry.log import Feedback, RequestLog, RequestRecord
from rung.types import Call, Decision, Trace
from rung.ui import standalone_app

CONFIG = {
    "models": {
        "local": {"backend": "llamacpp", "model": "embedded:smollm2-135m"},
        "hosted": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1",
                   "model": "meta-llama/Llama-3.3-70B-Instruct", "residency": "eu"},
    },
    "routes": {
        "json": {"pattern": "cascade", "tiers": ["local", "hosted"], "verify": ["json_schema"]},
        "chat": {"pattern": "fixed", "model": "local"},
        "exp": {"pattern": "ab", "variants": {
            "a": {"weight": 1, "route": {"pattern": "fixed", "model": "local"}},
            "b": {"weight": 1, "route": {"pattern": "fixed", "model": "hosted"}}}},
    },
}  # fmt: skip
PAGES = ["/ui/", "/ui/routes", "/ui/routes/json", "/ui/requests",
         "/ui/requests?route=json&escalated=yes", "/ui/experiments", "/ui/keys",
         "/ui/backends"]  # fmt: skip
REASON = "json_schema: 'age' is a required property"


def call(backend: str, model: str, rng: random.Random, low: float, high: float) -> Call:
    c = Call(backend, model)
    c.latency_ms = rng.uniform(low, high)
    c.ttft_ms = c.latency_ms / 4
    c.prompt_tokens, c.completion_tokens = rng.randint(20, 400), rng.randint(5, 300)
    return c


def record(rng: random.Random, now: float, span: float) -> RequestRecord:
    route, pattern = rng.choice([("json", "cascade"), ("chat", "fixed"), ("exp", "ab")])
    trace = Trace(calls=[call("local", "smollm2", rng, 40, 400)])
    if route == "json":
        up = rng.random() < 0.3
        trace.decisions.append(Decision(
            "verify local", "failed" if up else "passed", REASON if up else "json_schema: valid",
            "verify", "verifier_failed" if up else "verifier_passed", "json_schema"))  # fmt: skip
        if up:
            trace.calls.append(call("hosted", "meta-llama/Llama-3.3-70B-Instruct", rng, 300, 1500))
        trace.escalated = up
    elif route == "exp":
        trace.variant = rng.choice(["a", "b"])
    for c in trace.calls:
        c.cost = (c.prompt_tokens + c.completion_tokens) * (1e-6 if c.backend == "hosted" else 1e-8)
    return RequestRecord(
        id=f"req_{uuid.uuid4().hex}", time=now - rng.uniform(0, span), route=route,
        pattern=pattern, status=502 if rng.random() < 0.02 else 200,
        latency_ms=sum(c.latency_ms for c in trace.calls), trace=trace,
    )  # fmt: skip


def seed(path: Path, rows: int, days: float) -> None:
    rng, now = random.Random(7), time.time()
    log = RequestLog(path)
    log.start()
    for _ in range(rows):
        item = record(rng, now, days * 86400)
        log.write(item)
        if rng.random() < 0.1:
            log.write(Feedback(item.id, "thumbs", float(rng.random() < 0.7), "up", now))
    log.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure(url: str, repeat: int) -> list[tuple[str, int, float, float]]:
    out = []
    with httpx.Client(base_url=url, timeout=120) as client:
        for page in PAGES:
            start = time.perf_counter()
            status = client.get(page).status_code
            first = (time.perf_counter() - start) * 1000
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                client.get(page).raise_for_status()
                times.append((time.perf_counter() - start) * 1000)
            out.append((page, status, first, statistics.median(times)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--days", type=float, default=30.0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "log.db"
        start = time.perf_counter()
        seed(path, args.rows, args.days)
        print(f"seeded {args.rows:,} requests over {args.days:g} days in "
              f"{time.perf_counter() - start:.1f} s", file=sys.stderr)  # fmt: skip
        config = parse({**CONFIG, "log": {"path": str(path)}}, "<bench>")
        port = free_port()
        start = time.perf_counter()
        app = standalone_app(config)  # starts computing the 24h window's figures
        app.dashboard.pages.warmed.wait()
        warm = time.perf_counter() - start
        server = uvicorn.Server(uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))  # fmt: skip
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            results = measure(f"http://127.0.0.1:{port}", args.repeat)
        finally:
            server.should_exit = True
            thread.join()
    print(f"{args.rows:,} rows over {args.days:g} days; default window 24h")
    print(f"the 24h window's figures, computed in the background at start: {warm * 1000:.0f} ms")
    print(f"{'page':42} {'status':>6} {'first ms':>9} {'median ms':>10}")
    for page, status, first, median in results:
        print(f"{page:42} {status:>6} {first:9.1f} {median:10.1f}")


if __name__ == "__main__":
    main()
