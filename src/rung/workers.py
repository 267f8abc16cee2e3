"""`rung serve --workers N`: N gateway processes on one machine, sharing one listening socket.

The parent binds the port once (holding it), then starts N workers (`python -m rung.workers
FD`), each a whole gateway (`create_app`) served by uvicorn. Each worker listens on a socket
of its own bound to the same address with SO_REUSEPORT, so that the kernel spreads new
connections evenly over the workers; with one shared listening socket, whichever worker wakes
first accepts, and one worker took twice the other's load (bench/overhead.py --workers 2).
Where SO_REUSEPORT is missing, the workers share the parent's listening socket. The parent
only supervises: a worker that dies is started again (connections still queued on its socket
are reset), and SIGTERM / SIGINT stops them all (each finishes its requests, up to 30 s).

Replicas must agree on their state (cache, circuit breakers, rate-limit windows, budget
spend): with more than one worker, in-process state is refused unless `state.url` names a
shared store (Redis; docs/state.md) or the user accepts per-worker state explicitly
(`--per-worker-state`, or `state: {per_worker: true}`).
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
from typing import Any

from rung.config import Config

ENV_CONFIG, ENV_HOST, ENV_QUIET = "RUNG_SERVE_CONFIG", "RUNG_SERVE_HOST", "RUNG_SERVE_QUIET"
logger = logging.getLogger("rung")


def refusal(config: Config, workers: int, per_worker: bool) -> str | None:
    """Why `workers` processes may not serve `config`, or None when they may."""
    url = config.state.url
    if workers <= 1 or (url is not None and not url.startswith("memory://")):
        return None
    if per_worker or config.state.per_worker:
        return None
    return (
        f"--workers {workers} with in-process state: each worker would keep its own cache, "
        f"circuit breakers, rate-limit windows and budget spend (a key could spend {workers} "
        "times its budget). Share them on Redis with `state: {url: redis://HOST:PORT/0}` in "
        "the config (see docs/state.md), or accept per-worker state with --per-worker-state "
        "(or `state: {per_worker: true}`)"
    )


REUSEPORT = hasattr(socket, "SO_REUSEPORT")


def bind(host: str, port: int) -> socket.socket:
    """The socket holding the port, inheritable by the workers: bound with SO_REUSEPORT (each
    worker listens on its own, `listen_like`), else listening, shared by them."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if REUSEPORT:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    if not REUSEPORT:
        sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def listen_like(held: socket.socket) -> socket.socket:
    """A worker's listening socket on the address of the parent's `held` one."""
    if not REUSEPORT:
        return held
    sock = socket.socket(held.family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(held.getsockname())
    sock.listen(2048)
    held.close()  # this worker's copy only: the parent keeps holding the port
    return sock


class _Stop(Exception):
    pass


def _stop(signum: int, frame: Any) -> None:
    raise _Stop


def supervise(sock: socket.socket, workers: int, env: dict[str, str]) -> int:
    """Run `workers` worker processes on `sock` until SIGTERM or SIGINT; restart any that
    dies meanwhile. The exit status: 0 after a requested stop."""
    fd = sock.fileno()

    def start() -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "rung.workers", str(fd)]
        return subprocess.Popen(command, pass_fds=[fd], env=env)

    running = {p.pid: p for p in (start() for _ in range(workers))}
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        while True:
            pid, status = os.wait()
            if running.pop(pid, None) is not None:
                logger.warning("worker %d exited (status %d): starting another", pid, status)
                worker = start()
                running[worker.pid] = worker
    except _Stop:
        pass
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for worker in running.values():
            worker.send_signal(signal.SIGTERM)
        for worker in running.values():
            worker.wait(timeout=40)
    return 0


def serve_worker(fd: int) -> None:
    """One worker: the gateway of the parent's config, on the inherited socket `fd`."""
    import uvicorn

    from rung.cli_common import load_config
    from rung.gateway import create_app
    from rung.gateway.access import AccessLog, ConsoleLines
    from rung.gateway.edge import header_timeout_protocol

    logging.basicConfig(
        level=logging.INFO, format=f"%(levelname)s %(name)s[{os.getpid()}]: %(message)s"
    )
    config = load_config(os.environ.get(ENV_CONFIG) or None)
    if host := os.environ.get(ENV_HOST):
        config.server = config.server.model_copy(update={"host": host})
    app: Any = create_app(config)
    app.freeze_after_start = True  # see App
    console = ConsoleLines(sys.stderr, f"INFO rung.access[{os.getpid()}]: ")
    settings = uvicorn.Config(
        app if os.environ.get(ENV_QUIET) else AccessLog(app, write=console),
        loop="uvloop",
        http=header_timeout_protocol(config.server.header_timeout),
        lifespan="on",
        access_log=False,
        timeout_keep_alive=config.server.keep_alive_timeout,
        timeout_graceful_shutdown=30,
    )
    uvicorn.Server(settings).run(sockets=[listen_like(socket.socket(fileno=fd))])


if __name__ == "__main__":
    serve_worker(int(sys.argv[1]))
