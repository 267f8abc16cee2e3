"""A real redis-server (Debian's package) on a free port in a temporary directory."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

from tests.conftest import free_port
from tests.waiting import poll

MISSING = (
    "redis-server is not installed: run scripts/ci-deps.sh as root (it installs Debian's "
    "redis-server package)"
)


def installed() -> bool:
    return shutil.which("redis-server") is not None


class RedisServer:
    """`start()` / `stop()` a redis-server with no persistence, on `port`, in `directory`."""

    def __init__(self, directory: Path, port: int | None = None) -> None:
        self.directory, self.port = directory, port or free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> RedisServer:
        command = [
            "redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir",
            str(self.directory), "--save", "", "--appendonly", "no", "--protected-mode", "no",
        ]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        if not poll(self._answers, bool, 10.0, every=0.02):
            raise RuntimeError(f"redis-server did not start on port {self.port}")
        return self

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def flush(self) -> None:
        with socket.create_connection(("127.0.0.1", self.port), timeout=2) as conn:
            conn.sendall(b"FLUSHALL\r\n")
            deadline = time.monotonic() + 2
            while not conn.recv(16).startswith(b"+OK") and time.monotonic() < deadline:
                pass
