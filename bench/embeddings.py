"""Embeddings on the local MiniLM: the model called in-process, and the same texts through a
`rung serve` (`POST /v1/embeddings`, a `fixed` route to a `backend: embedding` model), for one
text and for a batch.

    python bench/embeddings.py [--requests 200] [--batch 16]

Prints p50 and p90 latency per case and what rung adds at p50 (HTTP, parsing, the route, the
log row, JSON of the vectors); then, from rung's own log, its time per request besides the
model call. rung runs as `rung serve` would (uvicorn, one worker, request
log on); requests are sent one at a time over one keep-alive connection. The in-process figures
use one torch thread, as the backend does.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

TEXT = "def load_config(path):\n    with open(path) as handle:\n        return yaml.load(handle)\n"
CONFIG = """\
models:
  minilm: {backend: embedding}
routes:
  embed: {model: minilm}
log: {path: LOG}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def timed(call: Callable[[], object], n: int) -> list[float]:
    call()  # warm
    out = []
    for _ in range(n):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def start_rung(directory: Path, port: int) -> subprocess.Popen[bytes]:
    config = directory / "rung.yaml"
    config.write_text(CONFIG.replace("LOG", str(directory / "log.db")))
    command = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config), "--quiet"]
    process = subprocess.Popen([*command, "--port", str(port)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise SystemExit("rung did not come up")


def quantiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=10)
    return statistics.median(samples), cuts[8]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--batch", type=int, default=16)
    args = parser.parse_args()
    from rung.routers.embedder import shared_embedder

    embedder = shared_embedder("minilm", threads=1)
    cases = {"1 text": [TEXT], f"{args.batch} texts": [TEXT] * args.batch}
    direct = {
        name: timed(lambda t=texts: embedder.encode_uncached(t), args.requests)
        for name, texts in cases.items()
    }
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        process = start_rung(Path(tmp), port)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:

                def post(texts: list[str]) -> None:
                    body = {"model": "embed", "input": texts, "encoding_format": "float"}
                    client.post("/v1/embeddings", json=body).raise_for_status()

                served = {
                    name: timed(lambda t=texts: post(t), args.requests)
                    for name, texts in cases.items()
                }
        finally:
            process.terminate()
            process.wait(10)
        inside = rung_time(Path(tmp) / "log.db")
    print(f"{'case':<10} {'in-process p50':>15} {'p90':>8} {'via rung p50':>13} {'p90':>8}"
          f" {'added p50':>10}")  # fmt: skip
    for name in cases:
        d50, d90 = quantiles(direct[name])
        r50, r90 = quantiles(served[name])
        print(f"{name:<10} {d50:>12.2f} ms {d90:>5.2f} ms {r50:>10.2f} ms {r90:>5.2f} ms"
              f" {r50 - d50:>7.2f} ms")  # fmt: skip
    print(f"({args.requests} requests per case, one at a time)")
    print(f"rung's own time per request around the model call (log: request - call latency): "
          f"p50 {statistics.median(inside):.2f} ms, p90 {quantiles(inside)[1]:.2f} ms")  # fmt: skip


def rung_time(log: Path) -> list[float]:
    """Per request, the time rung spent besides the model call, from its own log (steadier
    than a difference of two latencies on a busy machine)."""
    query = "SELECT r.latency_ms - c.latency_ms FROM requests r JOIN calls c ON c.request_id = r.id"
    with contextlib.closing(sqlite3.connect(log)) as db:
        return [float(value) for (value,) in db.execute(query)]


if __name__ == "__main__":
    main()
