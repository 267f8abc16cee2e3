"""Where one request's time goes at one connection: rung and the bare proxy (the floor) in
the same run, phase by phase, on the server's own clock.

    python bench/phases.py [--seconds 6] [--rounds 2] [--log journal,no-journal,off]

A fast fake upstream answers (bench/overhead.py's); wrk (or, without it, a plain Python
client) sends one request at a time to each server in turn. Each server runs in a process of
its own with five stamps put on uvicorn's and rung's upstream client's methods, and reports
the p50 of each phase of a request:

    arrive -> app        the request's bytes came; uvicorn parsed them and called the app
    app -> sent          the app's work before the upstream: rung's edge, parsing, routing
    sent -> back         the request written to the upstream, until its answer's first bytes
    back -> answered     the upstream's answer read, until the client's answer is written
    answered -> done     what the app does after the answer is written

The stamps cost a microsecond or two each, alike on both sides. Each server's CPU time per
request (all its threads: the request log's writer too, from /proc) is printed below the
phases: on a busy machine it is steadier than any latency. What rung adds over the
floor, phase by phase, is the gateway's own work on the request's way.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from overhead import (
    BARE,
    BODY,
    JSON,
    cpu_seconds,
    free_port,
    start_upstream,
    wait_port,
    write_config,
)

PHASES = (("arrive", "app"), ("app", "sent"), ("sent", "back"), ("back", "answered"),
          ("answered", "done"))  # fmt: skip
CHAT_PATH = "/v1/chat/completions"


class Stamps:
    """The stamps of the request under way, and of every request done."""

    def __init__(self) -> None:
        self.now: dict[str, int] = {}
        self.done: list[dict[str, int]] = []

    def first(self, name: str) -> None:
        self.now.setdefault(name, time.perf_counter_ns())

    def summary(self) -> dict[str, float]:
        """Each phase's p50 in µs over the requests that have all their stamps."""
        names = {name for phase in PHASES for name in phase}
        whole = [row for row in self.done if names <= row.keys()]
        figures = {"requests": float(len(whole))}
        for start, end in PHASES:
            figures[f"{start}-{end}"] = statistics.median(r[end] - r[start] for r in whole) / 1e3
        figures["total"] = statistics.median(r["done"] - r["arrive"] for r in whole) / 1e3
        return figures


def install(stamps: Stamps) -> Callable[[Any], Any]:
    """Stamp uvicorn's protocol and rung's upstream client; returns a wrapper for the app."""
    import uvicorn.protocols.http.httptools_impl as uv

    from rung.backends import wire

    received = uv.HttpToolsProtocol.data_received

    def data_received(self: Any, data: bytes) -> None:
        if "done" in stamps.now:
            stamps.done.append(stamps.now)
            stamps.now = {}
        stamps.first("arrive")
        received(self, data)

    written = wire.Connection.send

    def send(self: Any, request: bytes) -> Any:
        stamps.first("sent")
        return written(self, request)

    answered = wire.Connection.data_received

    def back(self: Any, data: bytes) -> None:
        stamps.first("back")
        answered(self, data)

    cycle_send = uv.RequestResponseCycle.send

    async def respond(self: Any, message: Any) -> None:
        await cycle_send(self, message)
        if message["type"] == "http.response.body" and "back" in stamps.now:
            stamps.first("answered")

    uv.HttpToolsProtocol.data_received = data_received  # type: ignore[method-assign]
    wire.Connection.send = send  # type: ignore[method-assign]
    wire.Connection.data_received = back  # type: ignore[method-assign]
    uv.RequestResponseCycle.send = respond  # type: ignore[method-assign]

    def wrap(app: Any) -> Any:
        async def stamped(scope: Any, receive: Any, send: Any) -> None:
            chat = scope["type"] == "http" and scope["path"] == CHAT_PATH
            if chat:
                stamps.first("app")
            try:
                await app(scope, receive, send)
            finally:
                if chat:
                    stamps.first("done")

        return stamped

    return wrap


def serve(target: str, port: int, upstream: int, out: Path, config: Path | None) -> None:
    """Run one stamped server until SIGINT, then write its summary to `out`."""
    stamps = Stamps()
    wrap = install(stamps)
    import uvicorn

    def write_summary() -> None:
        out.write_text(json.dumps(stamps.summary()))

    if target == "bare":
        code = BARE.replace("{UPSTREAM}", str(upstream)).replace("{PORT}", str(port))
        code = code.replace("uvicorn.Config(app,", "uvicorn.Config(wrap(app),")
        try:
            exec(compile(code, "bare", "exec"), {"wrap": wrap, "__name__": "bare"})
        finally:
            write_summary()
        return
    from rung.cli_common import load_config
    from rung.gateway import create_app
    from rung.gateway.access import AccessLog, ConsoleLines
    from rung.gateway.edge import header_timeout_protocol

    assert config is not None
    settings = load_config(str(config))
    with open(os.devnull, "w") as console:  # access lines batched, as `rung serve` does
        gateway = create_app(settings)
        gateway.freeze_after_start = True  # as `rung serve` does
        app = AccessLog(gateway, write=ConsoleLines(console, ""))
        try:
            uvicorn.run(wrap(app), host="127.0.0.1", port=port, loop="uvloop",
                        http=header_timeout_protocol(settings.server.header_timeout),
                        lifespan="on", access_log=False, log_level="warning")  # fmt: skip
        finally:
            write_summary()


def drive(url: str, seconds: float, directory: Path) -> None:
    """One connection, one request at a time, for `seconds`: wrk when installed."""
    if shutil.which("wrk"):
        from overhead import wrk_run

        wrk_run(url, None, seconds, directory, connections=1)
        return
    import aiohttp

    async def loop() -> None:
        async with aiohttp.ClientSession() as session:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                async with session.post(url, data=BODY + b"}", headers=JSON) as r:
                    await r.read()

    asyncio.run(loop())


def measure(
    target: str, upstream: int, seconds: float, tmp: Path, log: str = "journal"
) -> dict[str, float]:
    """One server's phases: the bare proxy, or rung with its request log as `log` says."""
    port, out = free_port(), tmp / f"{target}-{log}.json"
    command = [sys.executable, __file__, "--serve", target, "--port", str(port),
               "--upstream", str(upstream), "--out", str(out)]  # fmt: skip
    if target == "rung":
        config = write_config(upstream, tmp, log=log != "off", journal=log == "journal")
        command += ["--config", str(config)]
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    try:
        wait_port(port)
        drive(f"http://127.0.0.1:{port}{CHAT_PATH}", 1.0, tmp)  # warm up
        cpu = cpu_seconds(server.pid)
        drive(f"http://127.0.0.1:{port}{CHAT_PATH}", seconds, tmp)
        cpu = cpu_seconds(server.pid) - cpu
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
    figures: dict[str, float] = json.loads(out.read_text())
    figures["cpu"] = cpu / figures["requests"] * 1e6  # every thread's, over the measured run
    return figures


LOGS = ("journal", "no-journal", "off")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--log", default="journal",
                        help="rung's request log, one column each (comma-separated): journal "
                        "(on, with its journal: the default), no-journal, off")  # fmt: skip
    parser.add_argument("--serve", choices=("bare", "rung"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--upstream", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.port, args.upstream, args.out, args.config)
        return
    logs = args.log.split(",")
    if unknown := [log for log in logs if log not in LOGS]:
        parser.error(f"--log: unknown {', '.join(unknown)}; choose from {', '.join(LOGS)}")
    columns = [("bare", "")] + [("rung", log) for log in logs]
    runs: dict[tuple[str, str], list[dict[str, float]]] = {column: [] for column in columns}
    upstream_port = free_port()
    upstream = start_upstream(upstream_port)
    try:
        wait_port(upstream_port)
        with tempfile.TemporaryDirectory() as name:
            for _ in range(args.rounds):  # each round: every server in turn
                for target, log in columns:
                    figures = measure(target, upstream_port, args.seconds, Path(name), log)
                    runs[target, log].append(figures)
    finally:
        upstream.terminate()
        upstream.wait()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"p50 of each phase of a request at one connection, and the server's CPU time per "
          f"request (every thread), µs: the median of {args.rounds} rounds [lowest, highest]; "
          f"rung adds: its figure minus the bare proxy's in the same round (load average "
          f"{load})")  # fmt: skip
    heads = ["bare proxy"] + [f"rung ({log})" for log in logs] + [f"adds ({log})" for log in logs]
    print(f"{'phase':<18}" + "".join(f"{head:>22}" for head in heads))  # µs
    for key in [f"{a}-{b}" for a, b in PHASES] + ["total", "cpu"]:
        bare = [run[key] for run in runs["bare", ""]]
        name = "CPU per request" if key == "cpu" else key.replace("-", " -> ")
        line = f"{name:<18}{span(bare):>22}"
        for log in logs:
            line += f"{span([run[key] for run in runs['rung', log]]):>22}"
        for log in logs:
            adds = [run[key] - b for run, b in zip(runs["rung", log], bare, strict=True)]
            line += f"{span(adds, sign=True):>22}"
        print(line)
    counts = [int(run["requests"]) for column in runs.values() for run in column]
    print(f"requests per run: {min(counts)}-{max(counts)}")


def span(values: list[float], sign: bool = False) -> str:
    """The median over the rounds, and [the lowest, the highest] when there are several."""
    form = "{:+.0f}" if sign else "{:.0f}"
    middle = form.format(statistics.median(values))
    if len(values) == 1:
        return middle
    return f"{middle} [{form.format(min(values))}, {form.format(max(values))}]"


if __name__ == "__main__":
    main()
