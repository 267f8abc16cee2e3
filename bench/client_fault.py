"""One client's malformed request against the local model, 20 times: what it gets, and what
it leaves for everyone else (the local backend's breaker, /health, whether the next client's
request is admitted). Runs the gateway in-process on the embedded model; the request
(an assistant turn with `content: null` and `tool_calls`, as SDKs send in a tool round
trip) fails in the chat template, before any generation.

    PYTHONPATH=src python bench/client_fault.py [--stand-in]

`--stand-in` replaces the loaded llama.cpp model (only the model object, not rung's backend
code around it) with one that fails as llama-cpp-python does on `content: null` and answers
anything else: for a machine whose llama.cpp build cannot run.
"""

from __future__ import annotations

import asyncio
import collections
import sys
import tempfile
from typing import Any

import httpx

from rung.backends.llamacpp import LlamaCppBackend
from rung.gateway import create_app

try:  # config reads routes with the patterns it is given
    from rung.configure import parse
except ImportError:  # before that change (for a before/after run on an older tree)
    from rung.config import parse  # type: ignore[assignment]

MALFORMED = {
    "model": "chat",
    "max_tokens": 4,
    "messages": [
        {"role": "user", "content": "Weather in Oslo?"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function",
            "function": {"name": "weather", "arguments": "{\"city\": \"Oslo\"}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "12 C"},
    ],
}  # fmt: skip


class StandIn:
    """A loaded model that fails like llama-cpp-python's chat formatter on `content: null`."""

    def create_chat_completion(self, messages: list[dict[str, Any]], **_: Any) -> Any:
        text = ""
        for message in messages:
            text += message["role"] + ": " + message["content"]  # TypeError on None
        message = {"role": "assistant", "content": "ok"}
        usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
        choice = {"index": 0, "message": message, "finish_reason": "stop"}
        return {"id": "x", "object": "chat.completion", "created": 0, "model": "m",
                "choices": [choice], "usage": usage}  # fmt: skip


VALID = {"model": "chat", "max_tokens": 4, "messages": [{"role": "user", "content": "Hi"}]}


async def main() -> None:
    if "--stand-in" in sys.argv:
        LlamaCppBackend._load = lambda self, logits_all=False: StandIn()  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp:
        config = {
            "models": {"local": {"backend": "llamacpp", "n_ctx": 512}},
            "routes": {"chat": {"pattern": "fixed", "model": "local"}},
            "log": {"path": f"{tmp}/log.db"},
        }
        app = create_app(parse(config, "<bench>"))
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
            statuses: collections.Counter[int] = collections.Counter()
            for _ in range(20):
                response = await client.post("/v1/chat/completions", json=MALFORMED)
                statuses[response.status_code] += 1
            health = (await client.get("/health")).json()
            second = await client.post("/v1/chat/completions", json=VALID)
        backend = app.gateway.backends["local"]
        breaker = getattr(backend, "breaker", None)
        await app.gateway.close()
    print(f"20 malformed requests answered: {dict(sorted(statuses.items()))}")
    print(f"/health status: {health['status']}")
    print(f"local breaker: {breaker.state if breaker else None}")
    print(f"a second client's valid request: {second.status_code}")


if __name__ == "__main__":
    asyncio.run(main())
