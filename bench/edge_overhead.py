"""What the edge (Host/Origin/content-type checks, body timeout, scrubbing) costs per request.

Calls one ASGI request through `Edge` around a handler that reads the body and answers, and the
same handler alone, N times in one event loop; prints microseconds per request.

    PYTHONPATH=src python bench/edge_overhead.py [N]
"""

from __future__ import annotations

import sys
import time
from types import SimpleNamespace
from typing import Any

from rung.config import ServerConfig
from rung.gateway.edge import Edge
from rung.gateway.http import Message, Receive, Scope, Send, read_body
from rung.secrets import Scrubber

BODY = b'{"model":"chat","messages":[{"role":"user","content":"Hi"}]}'
SCOPE = {
    "type": "http", "method": "POST", "path": "/v1/chat/completions",
    "headers": [(b"host", b"127.0.0.1:8080"), (b"user-agent", b"OpenAI/Python 1.0"),
                (b"content-type", b"application/json"), (b"authorization", b"Bearer x"),
                (b"content-length", str(len(BODY)).encode()), (b"accept", b"*/*")],
}  # fmt: skip


async def handler(scope: Scope, receive: Receive, send: Send) -> None:
    body = await read_body(scope, receive, 1 << 20)
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": body})


async def receive() -> Message:
    return {"type": "http.request", "body": BODY, "more_body": False}


async def send(message: Message) -> None:
    pass


async def timed(n: int, call: Any) -> float:
    start = time.perf_counter()
    for _ in range(n):
        await call(dict(SCOPE), receive, send)
    return (time.perf_counter() - start) / n * 1e6


def edge(secrets: list[str]) -> Edge:
    gateway: Any = SimpleNamespace(config=SimpleNamespace(server=ServerConfig()), log=None)
    return Edge(gateway, Scrubber(secrets))


async def main(n: int) -> None:
    plain, scrubbing = edge([]), edge(["sk-" + "x" * 40, "another-secret-value"])
    rows = [
        ("handler alone", lambda s, r, w: handler(s, r, w)),
        ("edge, no secrets", lambda s, r, w: plain(s, r, w, handler)),
        ("edge, 2 secrets", lambda s, r, w: scrubbing(s, r, w, handler)),
    ]
    for _ in range(2):  # warm-up round, then the measured one
        figures = [(name, await timed(n, call)) for name, call in rows]
    base = figures[0][1]
    print(f"{'':18} {'us/request':>10} {'added':>8}   (n={n})")
    for name, us in figures:
        print(f"{name:18} {us:10.2f} {us - base:8.2f}")


if __name__ == "__main__":
    import uvloop  # the loop `rung serve` runs

    uvloop.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000))
