"""Many long-lived streams at once: a slow-streaming fake upstream (50 chunks, 20 ms apart)
held open by C clients at once, straight and through rung (a `fixed` route to it).

    python bench/streams.py [--streams 100 500 1000] [--before /path/to/other/rung/src]
                            [--rounds N]

For each C it prints, per target, how many streams completed (status 200, every chunk, then
[DONE]) or failed, the first chunk's and the whole stream's p50/p99 (from sending the request),
the gateway's CPU seconds per 1,000 chunks (from /proc, 10 ms ticks) and its peak RSS while
those streams ran (sampled every 20 ms), and how many of the machine's cores were busy
meanwhile (all processes, from /proc/stat: near the core count, the machine is saturated and
any extra hop's CPU lengthens every stream). With --before a second rung runs the same route from
another source tree (e.g. a worktree of main), so that before and after are measured side by
side in one run; targets run one after the other, never at the same time. The upstream, each
rung and this client are separate processes: on a small machine they share its cores.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).parent))
import contextlib

from overhead import BODY, JSON, cpu_seconds, free_port, start_bare, wait_port

CHUNKS = 50
GAP = 0.02  # seconds between two chunks
UPSTREAM = f"""
import asyncio, uvicorn
HEAD = b'data: {{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"fake",'
CHUNK = HEAD + b'"choices":[{{"index":0,"delta":{{"content":"tok "}},'
CHUNK += b'"finish_reason":null}}]}}\\n\\n'
LAST = HEAD + b'"choices":[{{"index":0,"delta":{{}},"finish_reason":"stop"}}]}}\\n\\n'
USAGE = HEAD + b'"choices":[],"usage":{{"prompt_tokens":9,"completion_tokens":{CHUNKS},'
USAGE += b'"total_tokens":{CHUNKS + 9}}}}}\\n\\ndata: [DONE]\\n\\n'

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    headers = [(b"content-type", b"text/event-stream")]
    await send({{"type": "http.response.start", "status": 200, "headers": headers}})
    for _ in range({CHUNKS}):
        await send({{"type": "http.response.body", "body": CHUNK, "more_body": True}})
        await asyncio.sleep({GAP})
    await send({{"type": "http.response.body", "body": LAST + USAGE}})

uvicorn.run(app, port=PORT, loop="uvloop", http="httptools", log_level="warning",
            access_log=False, lifespan="off", backlog=4096)
"""


@dataclass
class Result:
    first: list[float] = field(default_factory=list)
    whole: list[float] = field(default_factory=list)
    failed: int = 0
    errors: dict[str, int] = field(default_factory=dict)


def start_upstream(port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", UPSTREAM.replace("PORT", str(port))])


def start_rung(src: Path, upstream: int, port: int, workdir: Path) -> subprocess.Popen[bytes]:
    workdir.mkdir()
    config = workdir / "rung.yaml"
    config.write_text(
        f"models:\n  fake: {{backend: openai, base_url: 'http://127.0.0.1:{upstream}/v1',"
        " model: fake}\n"
        "routes:\n  bench: {pattern: fixed, model: fake}\n"
        f"log: {{path: '{workdir / 'log.db'}'}}\n"
    )
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config), "--quiet"]
    return subprocess.Popen([*command, "--port", str(port)], env=env, stderr=subprocess.DEVNULL)


def machine_busy() -> tuple[float, float]:
    """Busy and total jiffies of all cores together, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    total = sum(fields[:8])  # user nice system idle iowait irq softirq steal
    return total - fields[3] - fields[4], total


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def one(session: aiohttp.ClientSession, url: str, result: Result) -> None:
    body = BODY + b',"stream":true}'
    started = time.perf_counter()
    try:
        async with session.post(url, data=body, headers=JSON) as response:
            if response.status != 200:
                raise RuntimeError(f"status {response.status}")
            first = None
            data = b""
            async for piece in response.content.iter_any():
                if first is None:
                    first = time.perf_counter() - started
                data += piece
            if data.count(b'"content":"tok "') != CHUNKS or not data.endswith(b"[DONE]\n\n"):
                raise RuntimeError("incomplete stream")
        assert first is not None
        result.first.append(first)
        result.whole.append(time.perf_counter() - started)
    except Exception as exc:
        result.failed += 1
        kind = type(exc).__name__ + (f": {exc}" if isinstance(exc, RuntimeError) else "")
        result.errors[kind] = result.errors.get(kind, 0) + 1


async def sample_rss(pid: int, peak: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], rss_mb(pid))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 0.02)


async def run(url: str, streams: int, pid: int | None) -> tuple[Result, float, float, float]:
    """C streams at once against `url`; the result, CPU seconds per 1,000 chunks and peak RSS
    (MB) of process `pid` (0, 0 without one), and how many of the machine's cores were busy
    (every process, this client included) while the streams ran."""
    result = Result()
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await one(session, url, Result())  # warm-up: a connection, the route, the upstream pool
        peak, stop = [0.0], asyncio.Event()
        sampler = asyncio.ensure_future(sample_rss(pid, peak, stop)) if pid else None
        cpu = cpu_seconds(pid) if pid else 0.0
        busy, total = machine_busy()
        await asyncio.gather(*(one(session, url, result) for _ in range(streams)))
        cpu = cpu_seconds(pid) - cpu if pid else 0.0
        busy, total = machine_busy()[0] - busy, machine_busy()[1] - total
        stop.set()
        if sampler is not None:
            await sampler
    chunks = streams * CHUNKS
    cores = (os.cpu_count() or 1) * busy / total if total else 0.0
    return result, cpu / chunks * 1000, peak[0], cores


def quantile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100)[q - 1]


def line(name: str, streams: int, result: Result, cpu: float, rss: float, cores: float) -> str:
    ms = [quantile(result.first, 50), quantile(result.first, 99)]
    s = [quantile(result.whole, 50), quantile(result.whole, 99)]
    done = len(result.whole)
    text = f"{streams:>5} {name:<8} {done:>5} {result.failed:>4}   "
    text += f"{ms[0] * 1000:8.1f} {ms[1] * 1000:8.1f}   {s[0]:6.2f} {s[1]:6.2f}   {cores:5.2f}"
    if rss:
        text += f"   {cpu:8.3f} {rss:7.1f}"
    if result.errors:
        text += "   " + ", ".join(f"{k} x{v}" for k, v in result.errors.items())
    return text


async def main_async(
    targets: list[tuple[str, str, int | None]], counts: list[int], rounds: int
) -> None:
    print(f"{'C':>5} {'target':<8} {'done':>5} {'fail':>4}   {'first chunk (ms)':^17}   "
          f"{'whole (s)':^13}   {'cores':>5}   {'CPU s/1k':>8} {'RSS MB':>7}")  # fmt: skip
    print(f"{'':>5} {'':<8} {'':>5} {'':>4}   {'p50':>8} {'p99':>8}   {'p50':>6} {'p99':>6}")
    for streams in counts:
        for number in range(rounds):  # rounds alternate the order: A B C, C B A, ...
            for name, url, pid in targets if number % 2 == 0 else targets[::-1]:
                result, cpu, rss, cores = await run(url, streams, pid)
                print(line(name, streams, result, cpu, rss, cores), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--streams", type=int, nargs="+", default=[100, 500, 1000])
    parser.add_argument("--before", type=Path, help="Another rung's src directory to compare.")
    parser.add_argument("--rounds", type=int, default=1, help="Measure each C this many times.")
    parser.add_argument(
        "--bare",
        action="store_true",
        help="Also a bare proxy (uvicorn + rung.backends.wire, no gateway logic): the floor.",
    )
    args = parser.parse_args()
    here = Path(__file__).resolve().parent.parent / "src"
    upstream = free_port()
    sources = [("before", args.before.resolve())] if args.before else []
    sources.append(("after" if args.before else "rung", here))
    ports = [free_port() for _ in sources]
    with tempfile.TemporaryDirectory() as tmp:
        processes = [start_upstream(upstream)]
        bare = free_port() if args.bare else None
        if bare is not None:
            processes += start_bare(upstream, bare)
        processes += [
            start_rung(src, upstream, port, Path(tmp) / name)
            for (name, src), port in zip(sources, ports, strict=True)
        ]
        try:
            for port in [upstream, *([bare] if bare else []), *ports]:
                wait_port(port)
            path = "/v1/chat/completions"
            targets: list[tuple[str, str, int | None]] = [
                ("direct", f"http://127.0.0.1:{upstream}{path}", None)
            ]
            if bare is not None:
                targets.append(("bare", f"http://127.0.0.1:{bare}{path}", processes[1].pid))
            targets += [
                (name, f"http://127.0.0.1:{port}{path}", process.pid)
                for (name, _), port, process in zip(
                    sources, ports, processes[-len(sources) :], strict=True
                )
            ]
            print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, "
                  f"{CHUNKS} chunks {GAP * 1000:.0f} ms apart per stream")  # fmt: skip
            asyncio.run(main_async(targets, args.streams, args.rounds))
        finally:
            for process in processes:
                process.send_signal(signal.SIGINT)
                process.wait(timeout=30)


if __name__ == "__main__":
    main()
