"""What rung adds to a request: the same load sent straight to a fast fake upstream and through
rung (a `fixed` route to that upstream), non-streaming and streaming.

    python bench/overhead.py [--requests 2000] [--concurrency 1 16] [--log postgres]
    python bench/overhead.py [--auth | --before SRC]
    python bench/overhead.py --state redis [--log postgres] [--redis-unix] --workers 2
    python bench/overhead.py --journal [--log postgres] [--requests 4000]

Prints p50/p99 latency (time to first byte for streams) and requests per second for both,
and their difference. rung runs as `rung serve` would: uvicorn, uvloop, httptools, one
worker, request log on.

With --auth a second rung runs the same route with authentication and rate limiting on: a
virtual key in a team, both with requests and tokens per minute and a budget (high enough that
every request is admitted), made with `rung teams create` / `rung keys create`. Its columns
show what authentication plus limits add over the plain rung: p50 and, less noisy on a busy
machine, the CPU time the rung process spends per request (from /proc, 10 ms ticks: use a few
thousand requests). The two rungs are measured in alternating rounds (A B B A). On a machine
shared with other work, compare with the spread between two identical rungs before trusting a
difference of tens of microseconds; `bench/limits.py` times the same work in-process.

With --state redis and/or --workers N, one run compares side by side the embedded defaults
(in-process state), the state on Redis (a redis-server started on a free port), and N worker
processes (`rung serve --workers N`, on Redis when --state redis, else per-worker state): each
with a keyed request under rate limits and a budget (so that admission and settling go through
the state), its p50 at 1 connection and its throughput at 16 (see `bench/state.py`).

With --before SRC a second rung runs the same route from another source tree (a worktree of
an earlier commit): "before" and "after" (this tree) are measured in the same alternating
rounds, with each one's p50, p99, requests per second and CPU time per request, and the
after/before ratio of requests per second. When wrk is installed, two last lines give, as wrk
measures them (a C client: this process's own client takes CPU the servers then lack), the
non-streaming p50 at one connection, direct and what the bare proxy, before and after add to
it, and the requests per second at 16 connections.

With --journal two rungs run the same route, one with `log: {journal: false}` and one with
the journal on (the default: each request's row appended to a local file before its answer
ends, `rung.telemetry.logstore.journal`), measured in the same alternating rounds; the
columns are each one's p50, p99, requests per second and CPU time per request, and what the
journal adds (p50 and CPU µs per request). The load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import aiohttp

ANSWER = (
    b'{"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"fake",'
    b'"choices":[{"index":0,"message":{"role":"assistant","content":"Hello there!"},'
    b'"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}}'
)
CHUNK = (
    b'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"fake",'
    b'"choices":[{"index":0,"delta":{"content":"tok "}}]}\n\n'
)
USAGE = (
    b'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"fake",'
    b'"choices":[],"usage":{"prompt_tokens":9,"completion_tokens":8,"total_tokens":17}}\n\n'
)
BODY = (
    b'{"model":"bench","messages":[{"role":"system","content":"You are terse."},'
    b'{"role":"user","content":"Say hello to the benchmark, please."}],"max_tokens":16'
)


async def fake_upstream(scope: dict, receive, send) -> None:  # type: ignore[no-untyped-def]
    """A minimal OpenAI-compatible upstream: a fixed answer, or 8 chunks when streaming."""
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    if b'"stream":true' in body:
        start = {"type": "http.response.start", "status": 200}
        await send({**start, "headers": [(b"content-type", b"text/event-stream")]})
        for _ in range(8):
            await send({"type": "http.response.body", "body": CHUNK, "more_body": True})
        await send({"type": "http.response.body", "body": USAGE + b"data: [DONE]\n\n"})
        return
    headers = [(b"content-type", b"application/json")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": ANSWER})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listening on {port}")


def start_upstream(port: int) -> subprocess.Popen[bytes]:
    code = (
        "import sys, uvicorn; sys.path.insert(0, 'bench'); from overhead import fake_upstream;"
        f"uvicorn.run(fake_upstream, port={port}, loop='uvloop', http='httptools',"
        " log_level='warning', access_log=False, lifespan='off')"
    )
    return subprocess.Popen([sys.executable, "-c", code])


BARE = """
import uvicorn
from rung.backends.wire import Wire
URL = "http://127.0.0.1:{UPSTREAM}/v1/chat/completions"
held = {}

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    if "wire" not in held:
        json = {"content-type": "application/json"}
        held["wire"] = Wire(URL, limit=1000, connect_timeout=5.0, headers=json)
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    async with await held["wire"].post(URL, body) as answer:
        kind = answer.headers["content-type"].encode()
        start = {"type": "http.response.start", "status": answer.status}
        await send({**start, "headers": [(b"content-type", kind)]})
        while piece := await answer.content.readany():
            await send({"type": "http.response.body", "body": piece, "more_body": True})
        await send({"type": "http.response.body", "body": b""})

import socket
sock = socket.socket()  # SO_REUSEPORT: several such processes share the port, as rung's workers
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
sock.bind(("127.0.0.1", {PORT}))
sock.listen(2048)
config = uvicorn.Config(app, loop="uvloop", http="httptools", log_level="warning",
                        access_log=False, lifespan="off")
uvicorn.Server(config).run(sockets=[sock])
"""


def start_bare(upstream: int, port: int, processes: int = 1) -> list[subprocess.Popen[bytes]]:
    """The floor: a bare pass-through proxy to the upstream (uvicorn and rung's upstream client,
    `rung.backends.wire`, without any of rung's gateway logic; until 2026-12-01 it used
    aiohttp's client, which cost about 100 µs more per request), as
    `processes` processes sharing the port with SO_REUSEPORT (the kernel spreads connections
    over them by a hash, as over `rung serve --workers N`)."""
    code = BARE.replace("{UPSTREAM}", str(upstream)).replace("{PORT}", str(port))
    command = [sys.executable, "-c", code]
    return [subprocess.Popen(command, stderr=subprocess.DEVNULL) for _ in range(processes)]


def write_config(
    upstream: int, workdir: Path, log: bool, log_url: str | None = None, journal: bool = True
) -> Path:
    config = workdir / "rung.yaml"
    where = f"url: '{log_url}'" if log_url else f"path: '{workdir / 'log.db'}'"
    where += "" if journal else ", journal: false"  # the default key-less: older trees run it
    config.write_text(
        f"models:\n  fake: {{backend: openai, base_url: 'http://127.0.0.1:{upstream}/v1',"
        " model: fake}\n"
        "routes:\n  bench: {pattern: fixed, model: fake}\n"
        f"log: {{{where}, enabled: {str(log).lower()}}}\n"
    )
    return config


def start_postgres(tmp: Path, databases: int) -> tuple[list[str], Callable[[], None]]:
    """--log postgres: a throwaway PostgreSQL server (Debian's `postgresql`) in `tmp` on a
    free port, run as `nobody` when we are root, with durable commits (fsync on, as a
    production server); one database per rung. Its URLs and how to stop it."""
    import glob
    import shutil

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    if not found:
        raise SystemExit("--log postgres needs PostgreSQL (scripts/ci-deps.sh installs it)")
    bindir, port, data = Path(found[0]).parent, free_port(), tmp / "pg"
    root = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    if root:
        tmp.parent.chmod(0o711)  # the temporary directory: let `nobody` through to `tmp`
        shutil.chown(tmp, "nobody")

    def run(*command: str) -> None:
        subprocess.run([*root, *command], check=True, capture_output=True)

    run(str(bindir / "initdb"), "-D", str(data), "-U", "rung", "-A", "trust", "--no-sync")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(tmp / "pg.log"), "-w", "start",
        "-o", f"-p {port} -h 127.0.0.1 -k {tmp}")  # fmt: skip
    urls = []
    for i in range(databases):
        run(str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "rung", f"b{i}")
        urls.append(f"postgresql://rung@127.0.0.1:{port}/b{i}")
    return urls, lambda: run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop")


def start_rung(
    config: Path, port: int, quiet: bool = False, src: Path | None = None
) -> subprocess.Popen[bytes]:
    """`rung serve` on `port`; from the source tree `src` when given."""
    rung = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config)]
    rung += ["--quiet"] if quiet else []  # no access log line per request
    env = {**os.environ, "PYTHONPATH": str(src)} if src is not None else None
    return subprocess.Popen([*rung, "--port", str(port)], stderr=subprocess.DEVNULL, env=env)


def create_key(config: Path) -> str:
    """A team and a key in it, each with rpm, tpm and a budget no request reaches; the key."""
    cli = [sys.executable, "-m", "rung.cli"]
    limits = ["--rpm", str(10**9), "--tpm", str(2 * 10**9), "--budget", "1000000/month"]
    where = ["--config", str(config), "--name", "bench"]
    for command in (["teams", "create", *where, *limits],
                    ["keys", "create", *where, "--team", "bench", *limits, "--json"]):  # fmt: skip
        made = subprocess.run([*cli, *command], capture_output=True, text=True)
        if made.returncode != 0:
            raise SystemExit(f"rung {' '.join(command[:2])} failed:\n{made.stderr[-2000:]}")
    return str(json.loads(made.stdout)["key"])


async def check_auth(url: str, key: str) -> None:
    """The keyed rung refuses a request without the key and admits it with the key, with
    x-ratelimit-* headers: the bench measures what it says it measures."""
    body = BODY + b"}"
    async with aiohttp.ClientSession() as session:
        async with session.post(url, data=body, headers=JSON) as r:
            if r.status != 401:
                raise RuntimeError(f"without a key: {r.status}, expected 401")
        async with session.post(url, data=body, headers={**JSON, **bearer(key)}) as r:
            limit = r.headers.get("x-ratelimit-limit-requests")
            if r.status != 200 or limit is None:
                raise RuntimeError(f"with the key: {r.status}, x-ratelimit-limit-requests {limit}")


JSON = {"content-type": "application/json"}


def bearer(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}"}


async def one(
    session: aiohttp.ClientSession, url: str, body: bytes, stream: bool, headers: dict[str, str]
) -> float:
    """Seconds to the whole answer, or to the first byte of the body when streaming."""
    started = time.perf_counter()
    async with session.post(url, data=body, headers=headers) as r:
        if r.status != 200:
            raise RuntimeError(f"{url}: {r.status} {await r.text()}")
        if stream:
            await r.content.readany()
            first = time.perf_counter() - started
            await r.read()
            return first
        await r.read()
    return time.perf_counter() - started


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc; 10 ms ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def timings(
    url: str, stream: bool, requests: int, concurrency: int, key: str | None = None, pid: int = 0
) -> tuple[list[float], float, float]:
    """Each request's latency (s), the wall time of them all, and the CPU time the server
    process `pid` used meanwhile (0 without a pid)."""
    body = BODY + (b',"stream":true}' if stream else b"}")
    headers = {**JSON, **bearer(key)} if key else JSON
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        for _ in range(min(200, requests)):
            await one(session, url, body, stream, headers)
        latencies: list[float] = []

        async def worker(count: int) -> None:
            for _ in range(count):
                latencies.append(await one(session, url, body, stream, headers))

        cpu = cpu_seconds(pid) if pid else 0.0
        started = time.perf_counter()
        await asyncio.gather(*(worker(requests // concurrency) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(pid) - cpu if pid else 0.0
    return latencies, elapsed, cpu


def summary(latencies: list[float], elapsed: float, cpu: float = 0.0) -> dict[str, float]:
    q = statistics.quantiles(latencies, n=100)
    return {"p50": q[49] * 1000, "p99": q[98] * 1000, "rps": len(latencies) / elapsed,
            "cpu_us": cpu / len(latencies) * 1e6}  # fmt: skip


async def load(url: str, stream: bool, requests: int, concurrency: int) -> dict[str, float]:
    return summary(*await timings(url, stream, requests, concurrency))


async def paired(
    urls: list[str],
    pids: list[int],
    key: str | None,
    stream: bool,
    requests: int,
    concurrency: int,
) -> tuple[dict[str, float], dict[str, float]]:
    """rung without and with a key (`urls`, `pids`: plain first), in rounds A B B A of half
    the requests each, so that a shared machine's drift falls on both alike. Also the CPU time
    each rung process spends per request: less noisy than latency on a busy machine."""
    runs: list[tuple[list[float], float, float]] = [([], 0.0, 0.0), ([], 0.0, 0.0)]
    for which in (0, 1, 1, 0):
        got = await timings(urls[which], stream, requests // 2, concurrency,
                            key if which else None, pids[which])  # fmt: skip
        runs[which] = (runs[which][0] + got[0], runs[which][1] + got[1], runs[which][2] + got[2])
    return summary(*runs[0]), summary(*runs[1])


def cells(figures: dict[str, float]) -> str:
    return f"{figures['p50']:8.3f} {figures['p99']:8.3f} {figures['rps']:8.0f}"


async def main_async(
    args: argparse.Namespace, upstream: int, gateways: list[int], key: str | None, pids: list[int]
) -> None:
    top = f"{'':<28} {'direct (ms, req/s)':^26}   {'through rung':^26}   added p50"
    names = f"{'':<28} {'p50':>8} {'p99':>8} {'rps':>8}   {'p50':>8} {'p99':>8} {'rps':>8}"
    if key is not None:
        top += f"   {'rung + auth + limits':^26}   added p50   rung CPU µs/request"
        names += f"   {'':>9}   {'p50':>8} {'p99':>8} {'rps':>8}   {'':>9}   plain  keyed  added"
    if args.before:
        await compare(args, upstream, gateways, pids)
        return
    if args.journal:
        await journal_compare(args, upstream, gateways, pids)
        return
    print(top)
    print(names)
    for concurrency in args.concurrency:
        for stream in (False, True):
            urls = [
                f"http://127.0.0.1:{port}/v1/chat/completions" for port in [upstream, *gateways]
            ]
            direct = await load(urls[0], stream, args.requests, concurrency)
            if key is None:
                rung = await load(urls[1], stream, args.requests, concurrency)
            else:
                rung, auth = await paired(urls[1:], pids, key, stream, args.requests, concurrency)
            kind = "stream, first byte" if stream else "non-streaming"
            line = f"{kind + f', {concurrency} conn':<28} {cells(direct)}   {cells(rung)}   "
            line += f"{rung['p50'] - direct['p50']:+8.3f}"
            if key is not None:
                line += f"   {cells(auth)}   {(auth['p50'] - rung['p50']) * 1000:+7.0f}us"
                cpu = rung["cpu_us"], auth["cpu_us"], auth["cpu_us"] - rung["cpu_us"]
                line += "   {:7.0f}{:7.0f}{:+7.0f}".format(*cpu)
            print(line, flush=True)


def wrk_run(
    url: str, key: str | None, seconds: float, directory: Path, connections: int = 16
) -> str:
    """wrk's report of `connections` connections for `seconds` (with latency percentiles),
    failing loudly on any non-2xx answer."""
    script = directory / f"post-{key or 'none'}.lua"
    lines = ['wrk.method = "POST"', f"wrk.body = [[{(BODY + b'}').decode()}]]",
             'wrk.headers["content-type"] = "application/json"']  # fmt: skip
    if key:
        lines.append(f'wrk.headers["authorization"] = "Bearer {key}"')
    script.write_text("\n".join(lines) + "\n")
    threads = "-t1" if connections == 1 else "-t2"
    command = ["wrk", threads, f"-c{connections}", f"-d{seconds:g}s", "--latency", "-s",
               str(script), url]  # fmt: skip
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"{url}: answers other than 200 under wrk:\n{out}")
    return out


def wrk_rps(url: str, key: str | None, seconds: float, directory: Path) -> float:
    """Requests per second at 16 connections as wrk measures them (a C client: it leaves the
    cores to the servers)."""
    out = wrk_run(url, key, seconds, directory)
    return float(out.split("Requests/sec:")[1].split()[0])


def wrk_p50_ms(url: str, seconds: float, directory: Path) -> float:
    """The p50 latency at one connection as wrk measures it, in ms."""
    out = wrk_run(url, None, seconds, directory, connections=1)
    text = out.split(" 50%")[1].split()[0]
    for unit, scale in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit):
            return float(text.removesuffix(unit)) * scale
    raise RuntimeError(f"{url}: cannot read wrk's p50 {text!r}")


async def compare(
    args: argparse.Namespace, upstream: int, gateways: list[int], pids: list[int]
) -> None:
    """direct, a bare proxy, then rung before and after in rounds (`gateways`, `pids`: bare,
    before, after)."""
    cols = f"{'p50':>8} {'p99':>8} {'rps':>8}"
    print(f"{'':<28} {'direct':^26}   {'bare proxy':^35}   {'rung before':^35}   "
          f"{'rung after':^35}   after/before")  # fmt: skip
    print(f"{'':<28} {cols}   {cols} {'CPU µs':>8}   {cols} {'CPU µs':>8}   {cols} {'CPU µs':>8}"
          f"   {'rps':>6} added p50 (ms): bare before after")  # fmt: skip
    for concurrency in args.concurrency:
        for stream in (False, True):
            urls = [
                f"http://127.0.0.1:{port}/v1/chat/completions" for port in [upstream, *gateways]
            ]
            direct = await load(urls[0], stream, args.requests, concurrency)
            bare = summary(*await timings(urls[1], stream, args.requests, concurrency, None,
                                          pids[0]))  # fmt: skip
            before, after = await paired(
                urls[2:], pids[1:], None, stream, args.requests, concurrency
            )
            kind = "stream, first byte" if stream else "non-streaming"
            line = f"{kind + f', {concurrency} conn':<28} {cells(direct)}"
            for figures in (bare, before, after):
                line += f"   {cells(figures)} {figures['cpu_us']:8.0f}"
            line += f"   {after['rps'] / before['rps']:6.2f}     "
            line += " ".join(f"{f['p50'] - direct['p50']:+6.3f}" for f in (bare, before, after))
            print(line, flush=True)
    if shutil.which("wrk"):
        compare_wrk(urls)


def compare_wrk(urls: list[str], rounds: int = 2) -> None:
    """By wrk (a C client, which leaves the cores to the servers; the table above measures
    with this process's client, which takes CPU of its own), non-streaming: the p50 at one
    connection (direct, bare, before, after: each one's lowest of `rounds` runs of 3 s) and
    requests per second at 16 connections (bare, before, after: each one's best), in rounds
    A B C C B A."""
    p50 = [math.inf] * len(urls)
    best = [0.0] * len(urls)
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(rounds):
            for which in (*range(len(urls)), *reversed(range(len(urls)))):
                p50[which] = min(p50[which], wrk_p50_ms(urls[which], 3.0, Path(tmp)))
                if which:
                    best[which] = max(best[which], wrk_rps(urls[which], None, 4.0, Path(tmp)))
    direct = p50[0]
    names = ("bare", "before", "after")
    added = ", ".join(
        f"{name} {(ms - direct) * 1000:+.0f} µs" for name, ms in zip(names, p50[1:], strict=True)
    )
    print(f"non-streaming, 1 conn, wrk: p50 direct {direct * 1000:.0f} µs; added: {added}")
    _, bare, before, after = best
    print(f"non-streaming, 16 conn, wrk: req/s bare {bare:.0f}, before {before:.0f}, "
          f"after {after:.0f}; after/before {after / before:.2f}", flush=True)  # fmt: skip


async def journal_compare(
    args: argparse.Namespace, upstream: int, gateways: list[int], pids: list[int]
) -> None:
    """rung with the journal off, then on (`gateways`, `pids` in that order), in rounds."""
    cols = f"{'p50':>8} {'p99':>8} {'rps':>8} {'CPU µs':>8}"
    print(f"{'':<28} {'journal off':^35}   {'journal on':^35}   journal adds")
    print(f"{'':<28} {cols}   {cols}   {'p50 µs':>7} {'CPU µs':>7}   load avg")
    for concurrency in args.concurrency:
        for stream in (False, True):
            urls = [f"http://127.0.0.1:{port}/v1/chat/completions" for port in gateways]
            off, on = await paired(urls, pids, None, stream, args.requests, concurrency)
            kind = "stream, first byte" if stream else "non-streaming"
            line = f"{kind + f', {concurrency} conn':<28}"
            for figures in (off, on):
                line += f" {cells(figures)} {figures['cpu_us']:8.0f}  "
            line += f" {(on['p50'] - off['p50']) * 1000:+7.0f} {on['cpu_us'] - off['cpu_us']:+7.0f}"
            line += "   " + " ".join(f"{x:.2f}" for x in os.getloadavg())
            print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 16])
    parser.add_argument("--no-log", action="store_true", help="Turn rung's request log off.")
    parser.add_argument("--log", choices=["sqlite", "postgres"], default="sqlite",
                        help="Where the request log is written.")  # fmt: skip
    parser.add_argument("--quiet", action="store_true", help="rung serve --quiet: no access log.")
    parser.add_argument(
        "--auth", action="store_true", help="Also run rung with a virtual key and rate limits."
    )
    parser.add_argument(
        "--state",
        choices=["memory", "redis"],
        default=None,
        help="Compare the defaults with the state on Redis (and --workers).",
    )
    parser.add_argument("--redis-unix", action="store_true",
                        help="With --state redis: reach Redis on a unix socket.")  # fmt: skip
    parser.add_argument("--workers", type=int, default=None,
                        help="Compare with `rung serve --workers N` too.")  # fmt: skip
    parser.add_argument("--before", type=Path, help="Another rung's src directory to compare.")
    parser.add_argument("--journal", action="store_true",
                        help="Compare rung with the log journal off and on.")  # fmt: skip
    args = parser.parse_args()
    if args.state or args.workers:
        from state import compare  # bench/state.py

        compare(args)
        return
    upstream = free_port()
    gateways = [free_port() for _ in range(2 if args.auth or args.before or args.journal else 1)]
    with tempfile.TemporaryDirectory() as tmp:
        dirs = [Path(tmp) / f"rung{i}" for i in range(len(gateways))]
        urls: list[str | None] = [None] * len(dirs)
        stop_postgres: Callable[[], None] = lambda: None  # noqa: E731
        if args.log == "postgres":
            (Path(tmp) / "pg").mkdir()
            urls[:], stop_postgres = start_postgres(Path(tmp) / "pg", len(dirs))
            os.environ["RUNG_SPILL_DIR"] = str(Path(tmp) / "spill")  # for the rungs started
        configs = []
        for index, (workdir, url) in enumerate(zip(dirs, urls, strict=True)):
            workdir.mkdir()
            journal = not args.journal or index == 1  # --journal: off on the first rung
            configs.append(write_config(upstream, workdir, not args.no_log, url, journal))
        key = create_key(configs[1]) if args.auth else None
        processes = [start_upstream(upstream)]
        if args.before:  # the floor first: a bare proxy, on a port of its own
            gateways.insert(0, free_port())
            processes += start_bare(upstream, gateways[0])
        here = Path(__file__).resolve().parent.parent / "src"  # "after": this tree
        sources = [args.before.resolve(), here] if args.before else [None, None]
        sources = [here, here] if args.journal else sources
        processes += [
            start_rung(c, port, args.quiet, src)
            for c, port, src in zip(configs, gateways[-len(configs) :], sources, strict=False)
        ]
        try:
            for port in [upstream, *gateways]:
                wait_port(port)
            if key is not None:
                asyncio.run(check_auth(f"http://127.0.0.1:{gateways[1]}/v1/chat/completions", key))
            print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, "
                  f"{args.requests} requests per cell after 200 warm-up, "
                  f"request log {'off' if args.no_log else args.log}")  # fmt: skip
            pids = [process.pid for process in processes[1:]]
            asyncio.run(main_async(args, upstream, gateways, key, pids))
        finally:
            for process in processes:
                process.send_signal(signal.SIGINT)
                process.wait(timeout=20)
            stop_postgres()


if __name__ == "__main__":
    main()
