"""The cost of shared state and the gain of workers, side by side (run by bench/overhead.py):

    python bench/overhead.py --state redis --workers 2 [--requests 2000]

Servers of the same `fixed` route to a fast fake upstream: straight to the upstream (no
rung); a bare pass-through proxy (uvicorn + aiohttp, no rung) as 1 process and as N processes
sharing the port with SO_REUSEPORT (what N processes of any Python proxy give on this machine,
with the load generator, the upstream and Redis on the same cores); and rungs, each with one
virtual key in a team, both with requests and tokens per minute and a budget no request
reaches (admission and settling run on every request): rung with its embedded defaults
(in-process state), rung with `state: {url: redis://...}` (a redis-server started here on a
free port), and `rung serve --workers N` (on Redis with --state redis, else with
--per-worker-state). Per server: p50 at 1 connection and requests per second at 16, measured
in rounds A B C .. C B A so that a shared machine's drift falls on all alike.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from overhead import (
    cpu_seconds,
    create_key,
    free_port,
    start_bare,
    start_postgres,
    start_rung,
    start_upstream,
    summary,
    timings,
    wait_port,
    write_config,
    wrk_rps,
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


# server -> CPU seconds of it, of redis, the upstream, postgres and wrk; requests (at 16 conn)
loads: dict[int, list[float]] = {}


def children_cpu() -> float:
    """CPU seconds of this process's finished children (wrk)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


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
    shared: tuple[int, list[int]],
) -> list[tuple[dict[str, float], dict[str, float], tuple[float, float]]]:
    """(p50 at 1 connection, rps at 16, CPU µs per request of the server's own processes and
    of redis-server) per url, in rounds A B C .. C B A. Throughput by wrk when it is
    installed (else this process's client); during wrk, also the CPU of every process a
    request goes through (`shared`: the upstream's pid and PostgreSQL's), in `loads`."""
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
            upstream, postgres = shared
            was = [cpu(pids[which][0]), cpu(pids[which][1]), cpu_seconds(upstream),
                   cpu(family(postgres[0]) if postgres else []), children_cpu()]  # fmt: skip
            rps = wrk_rps(urls[which], keys[which], 5.0, tmp)
            now = [cpu(pids[which][0]), cpu(pids[which][1]), cpu_seconds(upstream),
                   cpu(family(postgres[0]) if postgres else []), children_cpu()]  # fmt: skip
            total = loads.setdefault(which, [0.0] * 6)
            for i, (a, b) in enumerate(zip(was, now, strict=True)):
                total[i] += b - a
            total[5] += rps * 5
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


@dataclass(frozen=True)
class Server:
    """One server of the comparison: a rung (`state`: None for the embedded defaults, else
    on the state asked for; `workers` processes; from the source tree `src`) or a bare
    pass-through proxy (`bare`) of `workers` processes; `base` is the row its "x 1 process"
    ratio divides by."""

    name: str
    state: str | None = None
    workers: int = 1
    src: Path | None = None
    bare: bool = False
    base: int | None = None


def servers(args: argparse.Namespace) -> list[Server]:
    """The bare proxy in 1 and N processes (what any Python proxy gets from N processes on
    this machine), the embedded defaults, one process on the state (and log) asked for, N
    workers on it, and with --before the one process from another source tree."""
    workers = args.workers or 2
    redis = args.state == "redis"
    on = ("Redis" + (" (unix)" if args.redis_unix else "") if redis else "memory://") + (
        "+Postgres" if args.log == "postgres" else ""
    )
    if not redis:
        on = "per-worker state" + ("+Postgres" if args.log == "postgres" else "")
    out = [
        Server("bare proxy (no rung), 1 process", bare=True),
        Server(f"bare proxy (no rung), {workers} processes", workers=workers, bare=True, base=0),
        Server("rung, embedded defaults"),
        Server(f"rung, 1 worker, {on}", "shared"),
        Server(f"rung --workers {workers}, {on}", "shared", workers, base=3),
    ]
    if args.before:
        out.append(Server(f"  same, before ({args.before})", "shared", 1, args.before.resolve()))
    return out


def start_servers(
    rows: list[Server], ports: list[int], upstream: int, configs: dict[int, Path]
) -> list[list[subprocess.Popen[bytes]]]:
    """Each row's server on its port: the bare proxy, `rung serve --workers N`, or one rung."""
    started: list[list[subprocess.Popen[bytes]]] = []
    for i, (row, port) in enumerate(zip(rows, ports, strict=True)):
        if row.bare:
            started.append(start_bare(upstream, port, row.workers))
        elif row.workers > 1:
            started.append([start_workers(configs[i], port, row.workers)])
        else:
            started.append([start_rung(configs[i], port, quiet=True, src=row.src)])
    return started


def process_ids(
    rows: list[Server],
    started: list[list[subprocess.Popen[bytes]]],
    upstream: int,
    redis: int | None,
) -> list[tuple[list[int], list[int]]]:
    """Per measured server (the upstream first): its processes, and the redis-server it uses."""
    pids: list[tuple[list[int], list[int]]] = [([upstream], [])]
    for row, group in zip(rows, started, strict=True):
        own = [pid for p in group for pid in family(p.pid)]
        pids.append((own, [redis] if redis is not None and row.state is not None else []))
    return pids


def postgres_pids(tmp: Path) -> list[int]:
    """The postmaster started under `tmp`, if any."""
    postmaster = tmp / "pg" / "pg" / "postmaster.pid"
    return [int(postmaster.read_text().split()[0])] if postmaster.exists() else []


def report_split(
    rows: list[Server], pids: list[tuple[list[int], list[int]]], split: dict[int, list[float]]
) -> None:
    """How the CPU of each multi-process server divided between its serving processes."""
    for i, before in split.items():
        serving = workers_of(pids[i][0])
        used = [cpu_seconds(p) - was for p, was in zip(serving, before, strict=True)]
        print(f"CPU seconds per process of {rows[i - 1].name} (each one serves): "
              + " / ".join(f"{s:.1f}" for s in used))  # fmt: skip


def compare(args: argparse.Namespace) -> None:
    redis = args.state == "redis"
    upstream, redis_port = free_port(), free_port()
    rows = servers(args)
    rungs_at = [i for i, row in enumerate(rows) if not row.bare]
    ports = [upstream, *(free_port() for _ in rows)]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"redis://127.0.0.1:{redis_port}/0" if redis else "memory://"
        if redis and args.redis_unix:
            url = f"unix://{Path(tmp) / 'redis.sock'}"
        processes = [start_upstream(upstream)]
        stop_postgres: Callable[[], None] = lambda: None  # noqa: E731
        try:
            logs: dict[int, str | None] = dict.fromkeys(rungs_at)
            on_postgres = [i for i in rungs_at if rows[i].state is not None]
            if args.log == "postgres":
                (Path(tmp) / "pg").mkdir()
                found, stop_postgres = start_postgres(Path(tmp) / "pg", len(on_postgres))
                logs.update(zip(on_postgres, found, strict=True))
                os.environ["RUNG_SPILL_DIR"] = str(Path(tmp) / "spill")
            if redis:
                processes.append(start_redis(Path(tmp), redis_port))
            keys: list[str | None] = [None] * (len(rows) + 1)  # direct and bare: no key
            configs: dict[int, Path] = {}
            for i in rungs_at:
                workdir = Path(tmp) / f"rung{i}"
                workdir.mkdir()
                config = write_config(upstream, workdir, log=not args.no_log, log_url=logs[i])
                shared = rows[i].state is not None
                state = url if shared and redis else None
                configs[i] = with_state(config, state, per_worker=shared and not redis)
                keys[i + 1] = create_key(configs[i])
            started = start_servers(rows, ports[1:], upstream, configs)
            processes += [process for group in started for process in group]
            for port in ports:
                wait_port(port)
            time.sleep(1.0)  # every worker up, not only the first to listen
            print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, "
                  f"{args.requests} requests per cell after 200 warm-up, request log "
                  f"{'off' if args.no_log else args.log}, keyed requests under rpm/tpm/budget, "
                  f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")  # fmt: skip
            urls = [f"http://127.0.0.1:{p}/v1/chat/completions" for p in ports]
            pids = process_ids(rows, started, processes[0].pid, processes[1].pid if redis else None)
            split = {  # multi-process servers: each serving process's CPU so far
                i: [cpu_seconds(pid) for pid in workers_of(pids[i][0])]
                for i, row in enumerate(rows, 1) if row.workers > 1
            }  # fmt: skip
            others = (processes[0].pid, postgres_pids(Path(tmp)))
            results = asyncio.run(measure(urls, keys, args.requests, pids, Path(tmp), others))
            tool = "wrk" if shutil.which("wrk") else "aiohttp"
            load = " ".join(f"{x:.2f}" for x in os.getloadavg())
            print(f"throughput at 16 connections by {tool}, load average after {load}")
            report(rows, results)
            report_loads(rows)
            report_split(rows, pids, split)
        finally:
            for process in processes:
                process.send_signal(signal.SIGINT)
                process.wait(timeout=40)
            stop_postgres()


def workers_of(pids: list[int]) -> list[int]:
    """The serving processes of a server: its workers (a supervisor's children), or itself."""
    return pids[1:] if len(pids) > 1 and len(family(pids[0])) > 1 else pids


def report(
    rows: list[Server],
    results: list[tuple[dict[str, float], dict[str, float], tuple[float, float]]],
) -> None:
    """One line per server. CPU: µs per request of the server's processes, and of
    redis-server, from /proc in 10 ms ticks; steadier than latency on a busy machine."""
    names = ["direct (no rung)", *(row.name for row in rows)]
    direct = results[0][0]["p50"]
    defaults = results[1 + next(i for i, row in enumerate(rows) if not row.bare)]
    print(f"{'':<42} {'p50 @1 conn':>12} {'p99':>8} {'added p50':>10} {'vs defaults':>12} "
          f"{'req/s @16':>10} {'x defaults':>11} {'x 1 process':>12} "
          f"{'CPU µs/req: own + redis':>24}")  # fmt: skip
    for i, (name, (one, many, (own, other))) in enumerate(zip(names, results, strict=True)):
        base = rows[i - 1].base if i else None
        added = one["p50"] - direct
        versus = one["p50"] - defaults[0]["p50"]
        ratio = many["rps"] / defaults[1]["rps"]
        scale = f"{many['rps'] / results[base + 1][1]['rps']:11.2f}x" if base is not None else ""
        line = f"{name:<42} {one['p50']:10.3f}ms {one['p99']:6.3f}ms {added:+9.3f} {versus:+11.3f} "
        line += f"{many['rps']:10.0f} {ratio:10.2f}x {scale:>12} {own:14.0f} + {other:5.0f}"
        print(line, flush=True)


def report_loads(rows: list[Server]) -> None:
    """Per server, during wrk's 16 connections: CPU µs per request of each process a request
    goes through, and how many of the machine's cores they kept busy together (the ceiling:
    when that is the machine's core count, no server can go faster here)."""
    if not loads:
        return
    names = ["direct (no rung)", *(row.name for row in rows)]
    print(f"\nat 16 connections, CPU µs per request: {'':<4} {'server':>7} {'redis':>6} "
          f"{'upstream':>9} {'postgres':>9} {'wrk':>6} {'total':>7}   cores busy")  # fmt: skip
    for which, (own, redis, upstream, postgres, wrk, count) in sorted(loads.items()):
        parts = [x / count * 1e6 for x in (own, redis, upstream, postgres, wrk)]
        own_is_upstream = which == 0  # direct: the server is the upstream
        if own_is_upstream:
            parts[2] = 0.0
        busy = sum(parts) * count / 1e6 / 10.0  # two rounds of 5 s each
        print(f"{names[which]:<42} {parts[0]:7.0f} {parts[1]:6.0f} {parts[2]:9.0f} "
              f"{parts[3]:9.0f} {parts[4]:6.0f} {sum(parts):7.0f}   {busy:5.2f} of "
              f"{os.cpu_count()}")  # fmt: skip
