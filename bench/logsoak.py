"""No log row lost: how fast the request log writes, and a SIGTERM after a soak under load.

    python bench/logsoak.py [--duration 60] [--connections 16] [--src DIR] [--records 50000]
    python bench/logsoak.py --journal [--records 10000]

Part 1, the writer alone: `--records` request records (one call, one decision each) go
through a `RequestLog` with the gateway's own hooks (`_price`, `_observe`), once with the
thread idle and once while the main thread keeps the GIL busy as a loaded event loop does;
prints rows/s for each, and the hooks' cost per record.

Part 2, the soak: `rung serve` (uvicorn, uvloop, one worker, log on) in front of a fast fake
upstream (bench/overhead.py's), driven by `wrk -t2 -c16 -d60s` posting chat requests; the
moment wrk ends, SIGTERM. Prints the requests wrk completed, the rows in the log after rung
exited, the rows lost, how long the shutdown took, the peak RSS of rung, and the most the
backlog held (sampled from /proc every 0.5 s; peak RSS is VmHWM).

`--journal` (alone; no wrk needed): what the log journal costs the caller of
`RequestLog.write` (the event loop) per request: µs per `write` with `journal: false` and
with the journal on, in alternating rounds (off on on off, x2), medians, and the load average.

`--src DIR` runs both parts against another checkout's code (e.g. `--src /work/main/src` for
the figure before this change). Needs `wrk` (Debian: `apt-get install wrk`, or
`bash scripts/ci-deps.sh wrk`, which installs it only when missing); no test needs it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from overhead import free_port, start_upstream, wait_port  # noqa: E402

LUA = """
wrk.method = "POST"
wrk.headers["content-type"] = "application/json"
wrk.body = '{"model":"bench","messages":[{"role":"user","content":"Say hello."}],"max_tokens":16}'
"""


def config_text(upstream: int, log: Path) -> str:
    return (
        f"models:\n  fake: {{backend: openai, base_url: 'http://127.0.0.1:{upstream}/v1',"
        " model: gpt-4o-mini}\n"
        "routes:\n  bench: {pattern: fixed, model: fake}\n"
        f"log: {{path: '{log}'}}\n"
    )


def records(count: int) -> list[Any]:
    from rung.telemetry.log import RequestRecord
    from rung.types import Call, Decision, Trace

    out = []
    for i in range(count):
        call = Call("fake", "gpt-4o-mini", latency_ms=3.5, ttft_ms=1.2, prompt_tokens=9,
                    completion_tokens=3)  # fmt: skip
        trace = Trace(calls=[call], decisions=[Decision("fixed", "answered", "one tier")],
                      answered_by="fake")  # fmt: skip
        out.append(RequestRecord(f"req-{i}", time.time(), "bench", "fixed", latency_ms=4.0,
                                 trace=trace))  # fmt: skip
    return out


def gateway(path: Path) -> Any:
    """A gateway for the config file at `path` (not started: only its hooks are used)."""
    from rung.gateway.app import Gateway

    try:
        from rung.configure import load  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # older checkouts (--src)
        from rung.config import load
    return Gateway(load(str(path)))


def writer_rate(workdir: Path, count: int, busy: bool) -> float:
    """Records/s of the request log with the gateway's hooks, optionally under GIL pressure."""
    from rung.telemetry.log import RequestLog

    log = workdir / f"writer-{busy}.db"
    (workdir / "writer.yaml").write_text(config_text(9, log))
    hooks = gateway(workdir / "writer.yaml")
    batch = records(count)
    writer = RequestLog(log, hooks=[hooks._price, hooks._observe])
    writer.start()
    stop = threading.Event()

    def spin() -> None:  # pure-Python work holding the GIL, as a loaded event loop does
        while not stop.is_set():
            sum(range(200))

    spinner = threading.Thread(target=spin)
    if busy:
        spinner.start()
    started = time.perf_counter()
    for record in batch:
        writer.write(record)
    writer.flush(timeout=3600)
    elapsed = time.perf_counter() - started
    stop.set()
    if busy:
        spinner.join()
    writer.close()
    with sqlite3.connect(log) as db:
        rows = db.execute("SELECT count(*) FROM requests").fetchone()[0]
    assert rows == count, f"{rows} rows for {count} records"
    return count / elapsed


def hook_cost(workdir: Path, count: int) -> float:
    """Microseconds the gateway's two hooks take per record."""
    hooks = gateway(workdir / "writer.yaml")
    batch = records(count)
    started = time.perf_counter()
    for record in batch:
        hooks._price(record)
        hooks._observe(record)
    return (time.perf_counter() - started) / count * 1e6


def journal_cost(workdir: Path, count: int) -> tuple[float, float]:
    """Median µs per `RequestLog.write` on the caller's thread, journal off and on, measured
    in alternating rounds so a shared machine's drift falls on both alike."""
    from rung.telemetry.log import RequestLog

    times: dict[bool, list[float]] = {False: [], True: []}
    for n, on in enumerate([False, True, True, False] * 2):
        log = RequestLog(workdir / f"journal-{n}.db", journal=on)
        log.start()
        batch = records(count)
        started = time.perf_counter()
        for record in batch:
            log.write(record)
        times[on].append((time.perf_counter() - started) / count * 1e6)
        assert log.flush(timeout=3600)
        log.close()
    return statistics.median(times[False]), statistics.median(times[True])


def rss_watch(pid: int, peak: dict[str, float], stop: threading.Event) -> None:
    while not stop.wait(0.5):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return
        match = re.search(r"VmHWM:\s+(\d+) kB", status)
        if match:
            peak["rss_mb"] = int(match.group(1)) / 1024


def soak(workdir: Path, args: argparse.Namespace, env: dict[str, str]) -> dict[str, float]:
    upstream, port = free_port(), free_port()
    log = workdir / "soak.db"
    (workdir / "rung.yaml").write_text(config_text(upstream, log))
    (workdir / "post.lua").write_text(LUA)
    fake = start_upstream(upstream)
    command = [sys.executable, "-m", "rung.cli", "serve", "--config", str(workdir / "rung.yaml")]
    rung = subprocess.Popen([*command, "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    peak: dict[str, float] = {}
    stop = threading.Event()
    watcher = threading.Thread(target=rss_watch, args=(rung.pid, peak, stop))
    try:
        wait_port(upstream)
        wait_port(port)
        watcher.start()
        url = f"http://127.0.0.1:{port}/v1/chat/completions"
        wrk = subprocess.run(
            ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "-s",
             str(workdir / "post.lua"), url],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        sigterm = time.perf_counter()
        rung.send_signal(signal.SIGTERM)
        rung.wait(timeout=3600)
        shutdown = time.perf_counter() - sigterm
    finally:
        stop.set()
        if watcher.is_alive():
            watcher.join()
        rung.kill()
        fake.send_signal(signal.SIGINT)
        fake.wait(timeout=20)
    sent = int(re.search(r"(\d+) requests in", wrk.stdout).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk.stdout)
    with sqlite3.connect(log) as db:
        rows = db.execute("SELECT count(*) FROM requests").fetchone()[0]
    spill = log.with_name(log.name + ".spill.jsonl")
    return {"sent": sent, "non2xx": int(errors.group(1)) if errors else 0, "rows": rows,
            "shutdown_s": shutdown, "rss_mb": peak.get("rss_mb", 0.0),
            "spill_bytes": spill.stat().st_size if spill.exists() else 0}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="Seconds of wrk load.")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--records", type=int, default=50_000, help="For the writer alone.")
    parser.add_argument("--src", help="Run this checkout's src/ instead of the installed rung.")
    parser.add_argument("--skip-writer", action="store_true")
    parser.add_argument("--journal", action="store_true", help="Only the journal's cost.")
    args = parser.parse_args()
    if args.journal:
        with tempfile.TemporaryDirectory() as tmp:
            off, on = journal_cost(Path(tmp), min(args.records, 15_000))
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"RequestLog.write, µs per request on the caller's thread (medians of 4 rounds "
              f"each, alternating; load avg {load}):")  # fmt: skip
        print(f"  journal off {off:7.1f}   journal on {on:7.1f}   journal adds {on - off:+7.1f}")
        return
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk (scripts/ci-deps.sh)")
    env = dict(os.environ)
    if args.src:
        sys.path.insert(0, args.src)
        env["PYTHONPATH"] = args.src
    import rung

    print(f"rung from {Path(rung.__file__).parent}; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores, SQLite {sqlite3.sqlite_version}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if not args.skip_writer:
            idle = writer_rate(workdir, args.records, busy=False)
            busy = writer_rate(workdir, args.records, busy=True)
            print(f"writer, {args.records} records (a requests row + a calls row each), hooks on:")
            print(f"  idle main thread     {idle:10,.0f} records/s")
            print(f"  busy main thread     {busy:10,.0f} records/s")
            print(f"  hooks (_price+_observe) {hook_cost(workdir, args.records):7.1f} us/record")
        result = soak(workdir, args, env)
    lost = result["sent"] - result["rows"]
    print(f"soak: wrk -t2 -c{args.connections} -d{args.duration}s, then SIGTERM")
    print(
        f"  requests completed (wrk)  {result['sent']:>10,}  "
        f"({result['sent'] / args.duration:,.0f}/s; non-2xx {result['non2xx']:,})"
    )
    print(f"  rows in the log           {result['rows']:>10,}")
    print(f"  rows lost                 {max(0, lost):>10,}  ({max(0, lost) / result['sent']:.1%})")
    if lost < 0:  # wrk stops with requests in flight: rung answers and logs them, wrk drops them
        print(f"  rows of requests wrk cut  {-lost:>10,}  (answered after wrk stopped counting)")
    print(f"  shutdown after SIGTERM    {result['shutdown_s']:>10.1f} s")
    print(f"  peak RSS of rung          {result['rss_mb']:>10.0f} MB")
    print(f"  spill file left           {result['spill_bytes']:>10,} bytes")  # fmt: skip


if __name__ == "__main__":
    main()
