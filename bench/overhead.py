"""What rung adds to a request: the same load sent straight to a fast fake upstream and through
rung (a `fixed` route to that upstream), non-streaming and streaming.

    python bench/overhead.py [--requests 2000] [--concurrency 1 16] [--auth]

Prints p50/p99 latency (time to first byte for streams) and requests per second for both,
and their difference. rung runs as `rung serve` would: uvicorn, uvloop, httptools, one
worker, request log on. `--auth`: rung with a master key and one virtual key (team, rpm and
tpm limits set high enough never to refuse), every request carrying it: compare its `added p50`
with a run without to see what authentication and limits cost.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

HEADERS = {"content-type": "application/json"}

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


def start_rung(
    upstream: int, port: int, workdir: Path, log: bool, auth: bool = False
) -> subprocess.Popen[bytes]:
    config = workdir / "rung.yaml"
    config.write_text(
        f"models:\n  fake: {{backend: openai, base_url: 'http://127.0.0.1:{upstream}/v1',"
        " model: fake}\n"
        "routes:\n  bench: {pattern: fixed, model: fake}\n"
        f"log: {{path: '{workdir / 'log.db'}', enabled: {str(log).lower()}}}\n"
        + ("auth: {master_key: 'env:RUNG_BENCH_MASTER_KEY'}\n" if auth else "")
    )
    if auth:
        HEADERS["authorization"] = f"Bearer {create_key(workdir / 'log.db')}"
    env = {**os.environ, "RUNG_BENCH_MASTER_KEY": "sk-bench-master-" + "x" * 32}
    rung = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config)]
    return subprocess.Popen([*rung, "--port", str(port)], stderr=subprocess.DEVNULL, env=env)


def create_key(log: Path) -> str:
    """A virtual key in a team, with limits no benchmark reaches (so they are checked)."""
    rung = [sys.executable, "-m", "rung.cli"]
    limits = ["--rpm", "100000000", "--tpm", "1000000000000", "--budget", "1000000/month"]
    team = [*rung, "teams", "create", "--log", str(log), "--name", "bench", *limits]
    subprocess.run(team, check=True, capture_output=True)
    key = [*rung, "keys", "create", "--log", str(log), "--name", "bench", "--team", "bench"]
    made = subprocess.run([*key, *limits], check=True, capture_output=True, text=True)
    return made.stdout.strip().splitlines()[-1]


async def one(session: aiohttp.ClientSession, url: str, body: bytes, stream: bool) -> float:
    """Seconds to the whole answer, or to the first byte of the body when streaming."""
    started = time.perf_counter()
    async with session.post(url, data=body, headers=HEADERS) as r:
        if r.status != 200:
            raise RuntimeError(f"{url}: {r.status} {await r.text()}")
        if stream:
            await r.content.readany()
            first = time.perf_counter() - started
            await r.read()
            return first
        await r.read()
    return time.perf_counter() - started


async def load(url: str, stream: bool, requests: int, concurrency: int) -> dict[str, float]:
    body = BODY + (b',"stream":true}' if stream else b"}")
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        for _ in range(min(200, requests)):
            await one(session, url, body, stream)
        latencies: list[float] = []

        async def worker(count: int) -> None:
            for _ in range(count):
                latencies.append(await one(session, url, body, stream))

        started = time.perf_counter()
        await asyncio.gather(*(worker(requests // concurrency) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    return {"p50": q[49] * 1000, "p99": q[98] * 1000, "rps": len(latencies) / elapsed}


def row(name: str, direct: dict[str, float], rung: dict[str, float]) -> str:
    added = rung["p50"] - direct["p50"]
    return (
        f"{name:<28} {direct['p50']:8.3f} {direct['p99']:8.3f} {direct['rps']:8.0f}   "
        f"{rung['p50']:8.3f} {rung['p99']:8.3f} {rung['rps']:8.0f}   {added:+8.3f}"
    )


async def main_async(args: argparse.Namespace, upstream: int, gateway: int) -> None:
    print(f"{'':<28} {'direct (ms, req/s)':^26}   {'through rung':^26}   added p50")
    print(f"{'':<28} {'p50':>8} {'p99':>8} {'rps':>8}   {'p50':>8} {'p99':>8} {'rps':>8}")
    for concurrency in args.concurrency:
        for stream in (False, True):
            direct = await load(f"http://127.0.0.1:{upstream}/v1/chat/completions", stream,
                                args.requests, concurrency)  # fmt: skip
            rung = await load(f"http://127.0.0.1:{gateway}/v1/chat/completions", stream,
                              args.requests, concurrency)  # fmt: skip
            kind = "stream, first byte" if stream else "non-streaming"
            print(row(f"{kind}, {concurrency} conn", direct, rung), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 16])
    parser.add_argument("--no-log", action="store_true", help="Turn rung's request log off.")
    parser.add_argument("--auth", action="store_true", help="A virtual key on every request.")
    args = parser.parse_args()
    upstream, gateway = free_port(), free_port()
    with tempfile.TemporaryDirectory() as tmp:
        rung = start_rung(upstream, gateway, Path(tmp), log=not args.no_log, auth=args.auth)
        processes = [start_upstream(upstream), rung]
        try:
            wait_port(upstream)
            wait_port(gateway)
            print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, "
                  f"{args.requests} requests per cell after 200 warm-up, "
                  f"request log {'off' if args.no_log else 'on'}, "
                  f"authentication {'on' if args.auth else 'off'}")  # fmt: skip
            asyncio.run(main_async(args, upstream, gateway))
        finally:
            for process in processes:
                process.send_signal(signal.SIGINT)
                process.wait(timeout=20)


if __name__ == "__main__":
    main()
