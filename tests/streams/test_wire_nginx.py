"""rung's upstream client against a different real HTTP server: nginx between rung and the
upstream, as a hosted endpoint's front usually is. nginx re-chunks the streams, keeps rung's
connections alive, and ends each one after `keepalive_requests` answers (with `connection:
close`); its access log tells which of rung's connections carried each request."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from tests.conftest import free_port
from tests.replicas.cluster import nginx
from tests.streams.test_relay import CHAT, post_raw
from tests.streams.upstream import DONE, ScriptedSSE, content, event
from tests.waiting import poll

CONF = """
daemon off;
{user}
worker_processes 1;
error_log {dir}/error.log warn;
pid {dir}/nginx.pid;
events {{ worker_connections 64; }}
http {{
    log_format conn '$connection $connection_requests $status';
    access_log {dir}/access.log conn;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    keepalive_requests 3;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://127.0.0.1:{upstream};
            proxy_http_version 1.1;
            proxy_buffering off;
        }}
    }}
}}
"""


@pytest.fixture
def front(tmp_path: Path) -> Any:
    """nginx on a free port in front of a scripted upstream; yields (url, access log path)."""
    binary = nginx()
    if binary is None:
        pytest.skip("nginx is not installed (scripts/ci-deps.sh installs nginx-light)")
    pieces = [event(content("Hel")), event(content("lo", "stop")), DONE]
    answer = orjson.dumps({"id": "c1", "object": "chat.completion", "model": "up-m",
                           "choices": [{"index": 0, "finish_reason": "stop", "message":
                                        {"role": "assistant", "content": "Hello"}}]})  # fmt: skip
    with ScriptedSSE(pieces) as streams, ScriptedSSE([], json=answer) as whole:
        fronts = []
        for upstream in (streams, whole):
            port, directory = free_port(), tmp_path / f"nginx-{len(fronts)}"
            directory.mkdir()
            if os.geteuid() == 0:
                directory.chmod(0o777)
            user = "user nobody nogroup;" if os.geteuid() == 0 else ""
            conf = directory / "nginx.conf"
            upstream_port = int(upstream.url.rsplit(":", 1)[1].split("/")[0])
            text = CONF.format(dir=directory, user=user, port=port, upstream=upstream_port)
            conf.write_text(text)
            process = subprocess.Popen([binary, "-p", str(directory), "-c", str(conf)],
                                       stderr=(directory / "nginx.out").open("wb"))  # fmt: skip
            fronts.append((process, f"http://127.0.0.1:{port}/v1", directory / "access.log"))
        try:
            for _, url, _ in fronts:
                assert poll(lambda u=url: _up(u), bool), "nginx did not start"
            yield [(url, log) for _, url, log in fronts]
        finally:
            for process, _, _ in fronts:
                process.terminate()
                process.wait(timeout=30)


def _up(url: str) -> bool:
    try:
        httpx.get(url, timeout=1)
    except httpx.HTTPError:
        return False
    return True


def test_streams_and_answers_through_nginx_reuse_connections_it_keeps(
    serve: Any, front: Any
) -> None:
    (streams, stream_log), (whole, whole_log) = front
    models = {name: {"backend": "openai", "base_url": url, "model": "up-m", "num_retries": 0}
              for name, url in (("s", streams), ("w", whole))}  # fmt: skip
    routes = {"stream": {"model": "s"}, "whole": {"model": "w"}}
    with serve({"models": models, "routes": routes}) as gw:
        for _ in range(7):
            got = post_raw(gw, {**CHAT, "model": "stream"})
            assert got.endswith(DONE) and b'"Hel"' in got and b'"lo"' in got
            answer = httpx.post(
                gw.url + "/v1/chat/completions",
                json={**CHAT, "model": "whole", "stream": False},
                timeout=30,
            )
            assert answer.status_code == 200
            assert answer.json()["choices"][0]["message"]["content"] == "Hello"
        rows = gw.log_rows()
    assert [r["status"] for r in rows] == [200] * 14
    for log in (stream_log, whole_log):
        lines = poll(lambda p=log: p.read_text().split("\n")[:-1], lambda x: len(x) >= 7)
        served = [line.split() for line in lines if line.endswith(" 200")]
        counts = [int(n) for _, n, _ in served]  # the n-th request on its connection
        # kept alive up to nginx's keepalive_requests (3), then a new connection: 1 2 3 1 2 3 1
        # when every connection lives its full course
        assert max(counts) == 3 and sum(n > 1 for n in counts) >= 4, counts
