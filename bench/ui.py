"""Dashboard page-load times with 100,000 requests in the log, on SQLite and on PostgreSQL.

Writes a synthetic log through rung's own `RequestLog` (a cascade route that escalates about a
third of its requests with a verifier's reason, a fixed route, an A/B route; feedback on one
request in ten), spread evenly over `--days` days, into each store (`--log`: a SQLite file, a
throwaway PostgreSQL server from `overhead.start_postgres`, or both: the same records in each),
then serves every dashboard page over HTTP (uvicorn on a free port, `rung ui`'s app, one per
store) and prints how long the background computation of the default window's figures took at
start, then each page's time: the first load, and the median of the next `--repeat` loads,
taken in alternating rounds (a round loads every page from each store in turn), so both stores
see the same load on a shared machine; the load average is printed with the figures.

    python bench/ui.py                 # 100,000 rows over 30 days, both stores (window: 24h)
    python bench/ui.py --days 1        # all 100,000 rows inside the 24-hour window
    python bench/ui.py --log sqlite    # one store only
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).parent))
from overhead import start_postgres
from rung.configure import parse
from rung.telemetry.log import Feedback, RequestLog, RequestRecord
from rung.telemetry.logstore import Target
from rung.types import Call, Decision, Trace
from rung.ui import Standalone, standalone_app

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
        id=f"req_{rng.getrandbits(128):032x}", time=now - rng.uniform(0, span), route=route,
        pattern=pattern, status=502 if rng.random() < 0.02 else 200,
        latency_ms=sum(c.latency_ms for c in trace.calls), trace=trace,
    )  # fmt: skip


def seed(target: Target, rows: int, days: float, now: float) -> str:
    """`rows` records into one log (the same ones for the same `now`: ids and figures come
    from a seeded generator), flushed every 5,000 so the writer never falls behind into its
    spill file; the id of an escalated request in the default window (for its trace)."""
    rng = random.Random(7)
    log = RequestLog(target)
    log.start()
    escalated = ""
    for n in range(rows):
        item = record(rng, now, days * 86400)
        if item.trace.escalated and now - item.time < 86400:
            escalated = item.id
        log.write(item)
        if rng.random() < 0.1:
            log.write(Feedback(item.id, "thumbs", float(rng.random() < 0.7), "up", now))
        if n % 5000 == 4999:
            log.flush()
    log.close()
    return escalated


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(app: Standalone) -> tuple[str, uvicorn.Server, threading.Thread]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))  # fmt: skip
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server, thread


def get(client: httpx.Client, url: str) -> tuple[int, float]:
    start = time.perf_counter()
    status = client.get(url).status_code
    return status, (time.perf_counter() - start) * 1000


def measure(urls: dict[str, str], pages: list[str], repeat: int) -> dict[str, Any]:
    """store -> page -> (status, first ms, [later ms]); rounds alternate between the stores."""
    out: dict[str, dict[str, Any]] = {store: {} for store in urls}
    with httpx.Client(timeout=120) as client:
        for store, url in urls.items():
            for page in pages:
                status, first = get(client, url + page)
                out[store][page] = (status, first, [])
        for _ in range(repeat):
            for store, url in urls.items():
                for page in pages:
                    out[store][page][2].append(get(client, url + page)[1])
    return out


def analyze(url: str) -> None:
    """Fresh statistics for the planner (autovacuum would gather them soon after a bulk load)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--days", type=float, default=30.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--log", choices=["sqlite", "postgres", "both"], default="both")
    args = parser.parse_args()
    stores = ["sqlite", "postgres"] if args.log == "both" else [args.log]
    with tempfile.TemporaryDirectory() as tmp:
        targets: dict[str, Target] = {}
        stop_postgres = None
        if "sqlite" in stores:
            targets["sqlite"] = Path(tmp) / "log.db"
        if "postgres" in stores:
            pg_dir = Path(tmp) / "pgtmp"
            pg_dir.mkdir()
            os.environ.setdefault("RUNG_SPILL_DIR", str(Path(tmp) / "spill"))
            [targets["postgres"]], stop_postgres = start_postgres(pg_dir, 1)
        try:
            run(args, targets)
        finally:
            if stop_postgres is not None:
                stop_postgres()


def run(args: argparse.Namespace, targets: dict[str, Target]) -> None:
    now = time.time()
    for store, target in targets.items():
        start = time.perf_counter()
        escalated = seed(target, args.rows, args.days, now)
        took = time.perf_counter() - start
        print(f"seeded {args.rows:,} requests over {args.days:g} days into {store} "
              f"in {took:.1f} s", file=sys.stderr)  # fmt: skip
    if "postgres" in targets:
        analyze(str(targets["postgres"]))
    warm, urls, running = {}, {}, []
    for store, target in targets.items():
        log = {"url": target} if store == "postgres" else {"path": str(target)}
        start = time.perf_counter()
        app = standalone_app(parse({**CONFIG, "log": log}, "<bench>"))  # warms the 24h window
        app.dashboard.pages.warmed.wait()
        warm[store] = time.perf_counter() - start
        url, server, thread = serve(app)
        urls[store] = url
        running.append((server, thread))
    try:
        results = measure(urls, [*PAGES, f"/ui/requests/{escalated}"], args.repeat)
    finally:
        for server, thread in running:
            server.should_exit = True
            thread.join()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{args.rows:,} rows over {args.days:g} days; default window 24h; "
          f"load average {load} (2 cores, shared)")  # fmt: skip
    for store in targets:
        print(f"{store}: the 24h window's figures, computed in the background at start: "
              f"{warm[store] * 1000:.0f} ms")  # fmt: skip
    stores = list(targets)
    head = "".join(f" {s + ' first':>16} {s + ' median':>17}" for s in stores)
    print(f"{'page':42} {'status':>6}{head}")
    for page in results[stores[0]]:
        cells = "".join(
            f" {results[s][page][1]:16.1f} {statistics.median(results[s][page][2]):17.1f}"
            for s in stores
        )
        status = "/".join(str(results[s][page][0]) for s in stores)
        label = page if not page.startswith("/ui/requests/req_") else "/ui/requests/<escalated>"
        print(f"{label:42} {status:>6}{cells}")


if __name__ == "__main__":
    main()
