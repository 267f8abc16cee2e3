"""A replica killed in the middle of a stream: the client's stream ends cut (no
`data: [DONE]`), nginx does not (cannot) retry a response already started, the client's retry
is answered whole by the other replica, and the log has one row: the retry's."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import httpx
import orjson
import psycopg
import pytest
from aiohttp import web

from tests.replicas.cluster import Cluster, nginx
from tests.servers import ThreadedApp

CHUNK = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {"content": "tok "}}]}  # fmt: skip
ANSWER = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m",
          "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"},
                       "finish_reason": "stop"}],
          "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4}}  # fmt: skip


class SlowStream(ThreadedApp):
    """An upstream that streams 40 chunks, 50 ms apart (its pace, not a wait of the test)."""

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/chat/completions", self.complete)

    async def complete(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        if not body.get("stream"):
            return web.json_response(ANSWER)
        response = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await response.prepare(request)
        for _ in range(40):
            await response.write(b"data: " + orjson.dumps(CHUNK) + b"\n\n")
            await asyncio.sleep(0.05)
        await response.write(b"data: [DONE]\n\n")
        return response


BODY = {"model": "up", "stream": True, "max_tokens": 40,
        "messages": [{"role": "user", "content": "Count."}]}  # fmt: skip


def stream_once(cluster: Cluster, kill: bool) -> tuple[str, str, list[str], bool]:
    """One streamed request: (request id, replica address, data lines, cut short). With
    `kill`, the replica answering it is SIGKILLed after the first chunk."""
    lines: list[str] = []
    cut = False
    with httpx.stream("POST", cluster.url + "/v1/chat/completions", json=BODY, timeout=60) as r:
        assert r.status_code == 200
        upstream = r.headers["x-upstream"]
        try:
            for line in r.iter_lines():
                if line.startswith("data: "):
                    lines.append(line)
                    if kill and len(lines) == 1:
                        index = [f"127.0.0.1:{p}" for p in cluster.ports].index(upstream)
                        cluster.stop_replica(index, signal.SIGKILL)
        except httpx.HTTPError:
            cut = True
    return r.headers["x-request-id"], upstream, lines, cut


def test_a_replica_killed_mid_stream(pg_url: str, tmp_path: Path) -> None:
    if nginx() is None:
        pytest.skip("nginx is not installed (Debian's nginx-light; scripts/ci-deps.sh)")
    with SlowStream() as upstream:
        cluster = Cluster(tmp_path, pg_url, upstream.port)
        try:
            first_id, first_at, first, cut = stream_once(cluster, kill=True)
            retry_id, retry_at, retry, retry_cut = stream_once(cluster, kill=False)
        finally:
            cluster.close()
    assert first and first[-1] != "data: [DONE]" and len(first) < 41  # cut, not retried
    assert cut or first[-1] != "data: [DONE]"
    assert retry_at != first_at and not retry_cut
    assert retry[-1] == "data: [DONE]" and len(retry) == 41  # whole, from the other replica
    with psycopg.connect(pg_url) as db:
        logged = [r[0] for r in db.execute("SELECT id FROM requests")]
    assert logged == [retry_id]  # the killed replica logged nothing; no row twice
    assert first_id != retry_id
