"""One client's malformed request against the local model, 20 times: what it gets, and what
it leaves for everyone else (the local backend's breaker, /health, whether the next client's
request is admitted). Runs the gateway in-process on the embedded model; the malformed
request fails in the chat template, before any generation.

    PYTHONPATH=src python bench/client_fault.py
"""

from __future__ import annotations

import asyncio
import collections
import tempfile

import httpx

from rung.config import parse
from rung.gateway import create_app

MALFORMED = {
    "model": "chat",
    "max_tokens": 4,
    "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant"},
                 {"role": "user", "content": "And?"}],
}  # fmt: skip


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        config = {
            "models": {"local": {"backend": "llamacpp", "n_ctx": 512}},
            "routes": {"chat": {"pattern": "fixed", "model": "local"}},
            "log": {"path": f"{tmp}/log.db"},
        }
        app = create_app(parse(config, "<bench>"))
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://rung") as client:
            statuses: collections.Counter[int] = collections.Counter()
            for _ in range(20):
                response = await client.post("/v1/chat/completions", json=MALFORMED)
                statuses[response.status_code] += 1
            health = (await client.get("/health")).json()
        backend = app.gateway.backends["local"]
        breaker = getattr(backend, "breaker", None)
        await app.gateway.close()
    print(f"20 malformed requests answered: {dict(sorted(statuses.items()))}")
    print(f"/health status: {health['status']}")
    print(f"local breaker: {breaker.state if breaker else None}")
    print(f"a second client's request admitted: {breaker.allows() if breaker else True}")


if __name__ == "__main__":
    asyncio.run(main())
