"""Two real `rung serve` replicas sharing one PostgreSQL log, behind a real nginx that
retries a request on the other replica when one cannot answer it (deploy/nginx.conf's
policy, with test ports)."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

from tests.conftest import free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[2]
NGINX_CONF = """
daemon off;
master_process on;
worker_processes 1;
{user}
pid {dir}/nginx.pid;
error_log {dir}/nginx-error.log info;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    upstream rung {{
        server 127.0.0.1:{a} max_fails=1 fail_timeout=30s;
        server 127.0.0.1:{b} max_fails=1 fail_timeout=30s;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://rung;
            proxy_http_version 1.1;
            proxy_set_header Host 127.0.0.1;
            proxy_buffering off;
            proxy_read_timeout 120s;
            proxy_next_upstream error timeout non_idempotent;
            proxy_next_upstream_tries 2;
            proxy_next_upstream_timeout 30s;
            add_header x-upstream $upstream_addr always;
        }}
    }}
}}
"""


BODY = {"model": "up", "messages": [{"role": "user", "content": "Hi."}], "max_tokens": 8}


async def drive(
    cluster: Cluster, total: int, on_answer: Callable[[int], Awaitable[None]]
) -> list[httpx.Response]:
    """16 clients send `total` requests through the load balancer; `on_answer(n)` is awaited
    after the n-th answer (to stop a replica or a server there). Every response, whatever its
    status."""
    answers: list[httpx.Response] = []
    sent = 0
    async with httpx.AsyncClient(base_url=cluster.url, timeout=60) as client:

        async def one_client() -> None:
            nonlocal sent
            while sent < total:
                sent += 1
                try:
                    answers.append(await client.post("/v1/chat/completions", json=BODY))
                except httpx.TransportError as exc:  # a lost request: say what each side saw
                    lost = f"{type(exc).__name__} {exc!r} after {len(answers)} answers"
                    raise AssertionError(f"{lost}\n{cluster.diagnostics()}") from exc
                await on_answer(len(answers))

        await asyncio.gather(*(one_client() for _ in range(16)))
    return answers


def nginx() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx",) if os.path.exists(p)), None
    )


class Cluster:
    def __init__(self, tmp: Path, log_url: str, upstream_port: int) -> None:
        self.tmp = tmp
        self.ports = [free_port(), free_port()]
        self.port = free_port()
        config = tmp / "rung.yaml"
        config.write_text(
            f"models: {{up: {{backend: openai, base_url: 'http://127.0.0.1:{upstream_port}/v1',"
            " model: gpt-4o-mini}}\n"
            "routes: {up: {model: up}}\n"
            f"log: {{url: '{log_url}'}}\n"
        )
        self.replicas: list[subprocess.Popen[bytes]] = []
        for index, port in enumerate(self.ports):
            env = {**os.environ, "RUNG_SPILL_DIR": str(tmp / f"spill-{index}"),
                   "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}  # fmt: skip
            command = [sys.executable, "-m", "rung.cli", "serve", "--config", str(config),
                       "--port", str(port), "--quiet"]  # fmt: skip
            log = (tmp / f"replica-{index}.log").open("wb")
            self.replicas.append(subprocess.Popen(command, env=env, stderr=log, stdout=log))
        self.nginx: subprocess.Popen[bytes] | None = None
        try:
            self._start_nginx()
        except BaseException:
            self.close()  # no replica outlives a failed start
            raise

    def _start_nginx(self) -> None:
        tmp = self.tmp
        for port in self.ports:
            wait_until_up(f"http://127.0.0.1:{port}/health")
        conf = tmp / "nginx.conf"
        user = "user nobody nogroup;" if os.geteuid() == 0 else ""  # workers never as root
        conf.write_text(NGINX_CONF.format(dir=tmp, user=user, a=self.ports[0],
                                          b=self.ports[1], port=self.port))  # fmt: skip
        binary = nginx()
        assert binary is not None
        self.nginx = subprocess.Popen([binary, "-p", str(tmp), "-c", str(conf)],
                                      stderr=(tmp / "nginx.out").open("wb"))  # fmt: skip
        wait_until_up(f"http://127.0.0.1:{self.port}/health")
        self.url = f"http://127.0.0.1:{self.port}"

    def diagnostics(self, lines: int = 40) -> str:
        """nginx's error log (at `info`: it names connections closed or reset, on either
        side) and the last `lines` of each replica's log, for a failure's message."""
        parts = []
        for name in ["nginx-error.log", *(f"replica-{i}.log" for i in range(len(self.ports)))]:
            path = self.tmp / name
            text = path.read_text(errors="replace") if path.exists() else "(none)"
            tail = [line for line in text.splitlines() if "rung.access" not in line][-lines:]
            parts.append(f"--- {name}, last {len(tail)} lines:\n" + "\n".join(tail))
        return "\n".join(parts)

    def stop_replica(self, index: int, sig: int) -> None:
        self.replicas[index].send_signal(sig)

    def close(self) -> None:
        """Replicas get SIGTERM (they drain and write their logs), then nginx stops."""
        for replica in self.replicas:
            if replica.poll() is None:
                replica.send_signal(signal.SIGTERM)
        for replica in self.replicas:
            try:
                replica.wait(timeout=60)
            except subprocess.TimeoutExpired:
                replica.kill()
        if self.nginx is not None:
            self.nginx.terminate()
            self.nginx.wait(timeout=30)
