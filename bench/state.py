"""The cost of shared state and the gain of workers, side by side (run by bench/overhead.py):

    python bench/overhead.py --state redis --workers 2 [--requests 2000]

Four servers of the same `fixed` route to a fast fake upstream, each with one virtual key in a
team, both with requests and tokens per minute and a budget no request reaches (admission and
settling run on every request): straight to the upstream (no rung), rung with its embedded
defaults (in-process state), rung with `state: {url: redis://...}` (a redis-server started
here on a free port), and `rung serve --workers N` (on Redis with --state redis, else with
--per-worker-state). Per server: p50 at 1 connection and requests per second at 16, measured
in rounds A B C C B A so that a shared machine's drift falls on all alike.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from overhead import (
    BODY,
    cpu_seconds,
    create_key,
    free_port,
    start_postgres,
    start_rung,
    start_upstream,
    summary,
    timings,
    wait_port,
    write_config,
)


def start_redis(directory: Path, port: int) -> subprocess.Popen[bytes]:
    """redis-server on `port`, and on the unix socket `directory`/redis.sock."""
    if shutil.which("redis-server") is None:
        raise SystemExit("redis-server is not installed: run scripts/ci-deps.sh as root")
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir",
               str(directory), "--save", "", "--appendonly", "no",
               "--unixsocket", str(directory / "redis.sock")]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.DEVNULL)


def with_state(config: Path, url: str | None, per_worker: bool = False) -> Path:
    text = config.read_text()
    if url is not None:
        text += f"state: {{url: '{url}'}}\n"
    elif per_worker:
        text += "state: {per_worker: true}\n"
    config.write_text(text)
    return config


def start_workers(config: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    rung = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config), "--quiet"]
    options = ["--port", str(port), "--workers", str(workers)]
    return subprocess.Popen([*rung, *options], stderr=subprocess.DEVNULL)


def wrk_rps(url: str, key: str | None, seconds: float, directory: Path) -> float:
    """Requests per second at 16 connections as wrk measures them (a C client: it leaves the
    cores to the servers), failing loudly on any non-2xx answer."""
    script = directory / f"post-{key or 'none'}.lua"
    lines = ['wrk.method = "POST"', f"wrk.body = [[{(BODY + b'}').decode()}]]",
             'wrk.headers["content-type"] = "application/json"']  # fmt: skip
    if key:
        lines.append(f'wrk.headers["authorization"] = "Bearer {key}"')
    script.write_text("\n".join(lines) + "\n")
    command = ["wrk", "-t2", "-c16", f"-d{seconds:g}s", "-s", str(script), url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"{url}: answers other than 200 under wrk:\n{out}")
    return float(out.split("Requests/sec:")[1].split()[0])


def family(pid: int) -> list[int]:
    """`pid` and its children (a `--workers` supervisor's workers)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [pid, *(int(c) for c in children)]


def cpu(pids: list[int]) -> float:
    return sum(cpu_seconds(pid) for pid in pids)


async def measure(
    urls: list[str],
    keys: list[str | None],
    requests: int,
    pids: list[tuple[list[int], list[int]]],
    tmp: Path,
) -> list[tuple[dict[str, float], dict[str, float], tuple[float, float]]]:
    """(p50 at 1 connection, rps at 16, CPU µs per request of the server's own processes and
    of redis-server) per url, in rounds A B C .. C B A. Throughput by wrk when it is
    installed (else this process's client)."""
    order = list(range(len(urls)))
    rounds = order + order[::-1]
    one: list[list[float]] = [[] for _ in urls]
    many: list[tuple[list[float], float]] = [([], 0.0) for _ in urls]
    used = [(0.0, 0.0) for _ in urls]
    for which in rounds:
        before = cpu(pids[which][0]), cpu(pids[which][1])
        got = await timings(urls[which], False, requests // 2, 1, keys[which])
        one[which] += got[0]
        if shutil.which("wrk"):
            rps = wrk_rps(urls[which], keys[which], 5.0, tmp)
            many[which] = (many[which][0] + [0.0] * int(rps * 5), many[which][1] + 5.0)
        else:
            got = await timings(urls[which], False, requests // 2, 16, keys[which])
            many[which] = (many[which][0] + got[0], many[which][1] + got[1])
        own, other = cpu(pids[which][0]) - before[0], cpu(pids[which][1]) - before[1]
        used[which] = (used[which][0] + own, used[which][1] + other)
    out = []
    for i in range(len(urls)):
        count = len(one[i]) + len(many[i][0])
        per = (used[i][0] / count * 1e6, used[i][1] / count * 1e6)
        out.append((summary(one[i], 1.0), summary(*many[i]), per))
    return out


def servers(args: argparse.Namespace) -> list[tuple[str, str | None, int, Path | None]]:
    """(name, state URL marker, workers, source tree) per rung: the embedded defaults, one
    process on the state (and log) asked for, N workers on it, and with --before the one
    process from another source tree."""
    workers = args.workers or 2
    redis = args.state == "redis"
    on = ("Redis" + (" (unix)" if args.redis_unix else "") if redis else "memory://") + (
        "+Postgres" if args.log == "postgres" else ""
    )
    if not redis:
        on = "per-worker state" + ("+Postgres" if args.log == "postgres" else "")
    out: list[tuple[str, str | None, int, Path | None]] = [
        ("rung, embedded defaults", None, 1, None),
        (f"rung, 1 worker, {on}", "shared", 1, None),
        (f"rung --workers {workers}, {on}", "shared", workers, None),
    ]
    if args.before:
        out.append((f"  same, before ({args.before})", "shared", 1, args.before.resolve()))
    return out


def compare(args: argparse.Namespace) -> None:
    redis = args.state == "redis"
    upstream, redis_port = free_port(), free_port()
    rows = servers(args)
    ports = [upstream, *(free_port() for _ in rows)]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"redis://127.0.0.1:{redis_port}/0" if redis else "memory://"
        if redis and args.redis_unix:
            url = f"unix://{Path(tmp) / 'redis.sock'}"
        processes = [start_upstream(upstream)]
        stop_postgres: Callable[[], None] = lambda: None  # noqa: E731
        try:
            logs: list[str | None] = [None] * len(rows)
            if args.log == "postgres":
                (Path(tmp) / "pg").mkdir()
                found, stop_postgres = start_postgres(Path(tmp) / "pg", len(rows) - 1)
                logs[1:] = found
                os.environ["RUNG_SPILL_DIR"] = str(Path(tmp) / "spill")
            if redis:
                processes.append(start_redis(Path(tmp), redis_port))
            configs = []
            for i, (_, shared, _, _) in enumerate(rows):
                workdir = Path(tmp) / f"rung{i}"
                workdir.mkdir()
                config = write_config(upstream, workdir, log=not args.no_log, log_url=logs[i])
                state = url if shared and redis else None
                configs.append(with_state(config, state, per_worker=bool(shared) and not redis))
            keys: list[str | None] = [None, *(create_key(c) for c in configs)]
            rungs = []
            for (_, _, workers, src), config, port in zip(rows, configs, ports[1:], strict=True):
                if workers > 1:
                    rungs.append(start_workers(config, port, workers))
                else:
                    rungs.append(start_rung(config, port, quiet=True, src=src))
            processes += rungs
            for port in ports:
                wait_port(port)
            time.sleep(1.0)  # every worker up, not only the first to listen
            print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, "
                  f"{args.requests} requests per cell after 200 warm-up, request log "
                  f"{'off' if args.no_log else args.log}, keyed requests under rpm/tpm/budget, "
                  f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
            urls = [f"http://127.0.0.1:{p}/v1/chat/completions" for p in ports]
            redis_pids = [processes[1].pid] if redis else []
            pids: list[tuple[list[int], list[int]]] = [([processes[0].pid], [])]
            for (_, shared, _, _), process in zip(rows, rungs, strict=True):
                pids.append((family(process.pid), redis_pids if shared else []))
            split = [cpu_seconds(pid) for pid in pids[3][0][1:]]
            results = asyncio.run(measure(urls, keys, args.requests, pids, Path(tmp)))
            split = [cpu_seconds(pid) - was for pid, was in zip(pids[3][0][1:], split, strict=True)]
            print(f"throughput at 16 connections by {'wrk' if shutil.which('wrk') else 'aiohttp'}, "
                  f"load average after {os.getloadavg()[0]:.1f}")  # fmt: skip
            report(["direct (no rung)", *(row[0] for row in rows)], results)
            print("CPU seconds per worker of --workers (each one serves): "
                  + " / ".join(f"{s:.1f}" for s in split))  # fmt: skip
        finally:
            for process in processes:
                process.send_signal(signal.SIGINT)
                process.wait(timeout=40)
            stop_postgres()


def report(
    names: list[str], results: list[tuple[dict[str, float], dict[str, float], tuple[float, float]]]
) -> None:
    """One line per server. CPU: µs per request of the server's processes, and of
    redis-server, from /proc in 10 ms ticks; steadier than latency on a busy machine."""
    direct, defaults = results[0][0]["p50"], results[1]
    one_worker = results[2][1]["rps"]
    print(f"{'':<42} {'p50 @1 conn':>12} {'added p50':>10} {'vs defaults':>12} "
          f"{'req/s @16':>10} {'x defaults':>11} {'x 1 worker':>11} "
          f"{'CPU µs/req: rung + redis':>25}")  # fmt: skip
    for i, (name, (one, many, (own, other))) in enumerate(zip(names, results, strict=True)):
        added = one["p50"] - direct
        versus = one["p50"] - defaults[0]["p50"]
        ratio = many["rps"] / defaults[1]["rps"]
        workers = f"{many['rps'] / one_worker:10.2f}x" if i >= 2 else f"{'':>11}"
        line = f"{name:<42} {one['p50']:10.3f}ms {added:+9.3f} {versus:+11.3f} "
        line += f"{many['rps']:10.0f} {ratio:10.2f}x {workers} {own:15.0f} + {other:5.0f}"
        print(line, flush=True)
