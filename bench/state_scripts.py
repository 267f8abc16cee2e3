"""What the admission and settle scripts cost Redis: µs per call from Redis's own INFO
commandstats, for one key in a team (both with rpm, tpm and a budget), with `--in-flight`
admissions waiting to be settled (the log settles them in batches: at 100 ms a batch, tens).

    PYTHONPATH=src python bench/state_scripts.py [--in-flight 70] [--estimate 0.0001]
                                                 [--before OTHER_TREE/src]

Starts a redis-server on a free port, fills the windows with `--fill` admissions (the window
of a busy key holds a minute of requests), then times `--calls` admissions, settling them
`--in-flight` at a time as the log's thread does. Per script: Redis's µs per call, of which
the commands the script ran (the rest is the script's own Lua work and its calls'
overhead), and this client's CPU µs per admission. Each tree is measured in a child process
(this one's, and with --before another's `rung.state`), one after the other.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from overhead import free_port, wait_port

OWN = ("cmdstat_evalsha", "cmdstat_eval", "cmdstat_config|resetstat", "cmdstat_info")


async def measure(url: str, args: argparse.Namespace) -> dict[str, float]:
    from rung.state import LimitCheck, RedisState, Ticket

    state = RedisState(url)
    await state.start()
    checks = [
        LimitCheck(f"{kind}:bench", 1e9, f"spend:{kind}:bench:0", 1e6, 10**9, 2 * 10**9)
        for kind in ("key", "team")
    ]
    client: Any = state._client
    totals = {"admit": [0.0, 0.0, 0.0], "settle": [0.0, 0.0, 0.0]}

    async def counted(kind: str) -> None:
        info = await client.info("commandstats")
        evalsha = info.get("cmdstat_evalsha", {})
        inner = sum(v["usec"] for k, v in info.items() if k.startswith("cmdstat_") and k not in OWN)
        totals[kind][0] += evalsha.get("calls", 0)
        totals[kind][1] += evalsha.get("usec", 0)
        totals[kind][2] += inner
        await client.config_resetstat()

    async def batch(count: int, record: bool) -> float:
        tickets = [Ticket(uuid.uuid4().hex, time.time(), 30, args.estimate) for _ in range(count)]
        cpu = time.process_time()
        for ticket in tickets:
            await state.admit(checks, ticket, time.time())
        cpu = time.process_time() - cpu
        if record:
            await counted("admit")
        await state.settle_many([(checks, t, 25, args.estimate) for t in tickets], time.time())
        if record:
            await counted("settle")
        return cpu

    for _ in range(args.fill // args.in_flight):
        await batch(args.in_flight, False)
    await client.config_resetstat()
    cpu = sum([await batch(args.in_flight, True) for _ in range(args.calls // args.in_flight)])
    await state.close()
    out = {"client_cpu": cpu / totals["admit"][0] * 1e6}
    for kind, (calls, usec, inner) in totals.items():
        out[kind], out[kind + "_commands"] = usec / calls, inner / calls
    return out


def run_tree(src: Path, args: argparse.Namespace) -> dict[str, float]:
    """`measure` on its own redis-server, in a child process on the tree `src`."""
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir", tmp,
                   "--save", "", "--appendonly", "no"]  # fmt: skip
        redis = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        try:
            wait_port(port)
            url = f"redis://127.0.0.1:{port}/0"
            child = [sys.executable, __file__, "--child", url, *sys.argv[1:]]
            env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{Path(__file__).parent}"}
            out = subprocess.run(child, env=env, capture_output=True, text=True, check=True)
            return {k: float(v) for k, v in (p.split("=") for p in out.stdout.split())}
        finally:
            redis.terminate()
            redis.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--in-flight", type=int, default=70)
    parser.add_argument("--estimate", type=float, default=0.0001,
                        help="Cost reserved per admission (0: an unpriced route).")  # fmt: skip
    parser.add_argument("--fill", type=int, default=20_000)
    parser.add_argument("--calls", type=int, default=3_000)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import uvloop

        got = uvloop.run(measure(args.child, args))
        print(" ".join(f"{k}={v}" for k, v in got.items()))
        return
    if shutil.which("redis-server") is None:
        raise SystemExit("redis-server is not installed: run scripts/ci-deps.sh as root")
    print(f"{args.in_flight} admissions in flight, estimate {args.estimate}, windows of "
          f"{args.fill} entries, load average {os.getloadavg()[0]:.2f}")  # fmt: skip
    print(f"{'':<8} {'admit µs':>9} {'commands':>9} {'settle µs':>10} {'commands':>9}"
          f" {'client CPU µs/admit':>20}")  # fmt: skip
    trees = [("before", args.before.resolve())] if args.before else []
    here = Path(__file__).resolve().parent.parent / "src"
    for name, src in [*trees, ("after" if args.before else "this", here)]:
        got = run_tree(src, args)
        print(f"{name:<8} {got['admit']:9.1f} {got['admit_commands']:9.1f} {got['settle']:10.1f}"
              f" {got['settle_commands']:9.1f} {got['client_cpu']:20.1f}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
