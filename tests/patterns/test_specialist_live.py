"""The specialist pattern with real models: the embedded SmolLM2 in-process as the generalist
(window 512) and llama.cpp servers as the specialists.

No vision model can be loaded here (nothing may be downloaded), so the vision specialist is the
llama.cpp server *declared* `vision: true`. The routing is real; the server itself cannot read
image parts and answers 500, which the gateway returns as 502 from that backend.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from rung.backends.base import Backend
from rung.patterns.needs import prompt_tokens
from rung.patterns.specialist import Specialist, Specialists
from rung.types import ChatRequest, Trace
from tests.patterns.conftest import openai_backend

pytestmark = pytest.mark.live

PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwAD"
    "hgGAWjR9awAAAABJRU5ErkJggg=="
)
MBPP = Path(__file__).parents[2] / "data" / "mbpp" / "sanitized-mbpp.json"


def gateway_config(server: str) -> dict[str, Any]:
    def hosted(**fields: Any) -> dict[str, Any]:
        return {"backend": "openai", "base_url": server, "model": "smollm2", **fields}

    specialists = [
        {"model": "eyes", "when": "vision"},
        {"model": "big", "when": "long_context"},
        {"model": "maths", "when": {"tag": "math", "keywords": ["integral", "derivative"]}},
    ]
    return {
        "models": {
            "local": {"backend": "llamacpp", "n_ctx": 512},
            "eyes": hosted(vision=True, context_window=2048),
            "big": hosted(context_window=2048),
            "maths": hosted(context_window=2048, tags=["math"]),
        },
        "routes": {
            "ask": {"pattern": "specialist", "generalist": "local", "specialists": specialists}
        },
    }


def post(url: str, content: Any) -> httpx.Response:
    body = {"model": "ask", "max_tokens": 8, "messages": [{"role": "user", "content": content}]}
    return httpx.post(url + "/v1/chat/completions", json=body, timeout=300)


def test_needs_route_through_the_gateway(serve: Any, llama_server: str) -> None:
    long_text = "Summarise this. " + "The river runs north past the old mill. " * 60
    with serve(gateway_config(llama_server)) as gateway:
        plain = post(gateway.url, "Say hi.")
        maths = post(gateway.url, "What is the derivative of x^3?")
        long = post(gateway.url, long_text)
        too_long = post(gateway.url, long_text * 4)
        image = post(gateway.url, [{"type": "text", "text": "What is this?"},
                                   {"type": "image_url", "image_url": {"url": PIXEL}}])  # fmt: skip
        rows = {r["id"]: r for r in gateway.log_rows()}
        calls = gateway.log_rows("calls")
    assert plain.status_code == 200 and plain.headers["x-rung-model"] == "local"
    assert maths.status_code == 200 and maths.headers["x-rung-model"] == "maths"
    assert long.status_code == 200 and long.headers["x-rung-model"] == "big"
    why = orjson.loads(rows[long.headers["x-request-id"]]["decisions"])[0]["reason"]
    assert "(tokenizer)" in why and "against a window of 512" in why  # the local tokenizer
    assert too_long.status_code == 400
    message = too_long.json()["error"]["message"]
    assert "window of 512" in message and "window of 2048" in message
    assert image.headers["x-rung-model"] == "eyes"  # routed to the declared vision backend
    image_calls = [c for c in calls if c["request_id"] == image.headers["x-request-id"]]
    assert image_calls and {c["backend"] for c in image_calls} == {"eyes"}  # with its retries
    assert image.status_code == 502  # the stand-in reads no images: its 500, passed on


def long_conversation(backend: Backend, target: int) -> list[dict[str, Any]]:
    """Real coding turns (MBPP prompts and reference solutions) until about `target` tokens."""
    tasks = json.loads(MBPP.read_text())
    messages: list[dict[str, Any]] = [{"role": "system", "content": "You write Python."}]
    for task in tasks:
        turn = [{"role": "user", "content": task["prompt"]},
                {"role": "assistant", "content": task["code"]}]  # fmt: skip
        if prompt_tokens(backend, messages + turn)[0] > target:
            break
        messages += turn
    return [*messages, {"role": "user", "content": "Now write tests for the last function."}]


async def test_context_forms_and_what_they_cost(local_model: Backend, llama_server: str) -> None:
    messages = long_conversation(local_model, 1000)
    full_tokens = prompt_tokens(local_model, messages)[0]
    assert full_tokens > 512  # the generalist cannot take it
    rows = []
    for form in ("full", "last_k", "summary"):
        big = openai_backend("big", llama_server, context_window=2048)
        pattern = Specialists(
            local_model, [Specialist(big, "long_context", form, 4)], summary_max_tokens=64
        )
        request = ChatRequest({"model": "ask", "messages": messages, "max_tokens": 8})
        trace = Trace()
        try:
            await pattern.complete(request, trace)
        finally:
            await big.close()
        sent = big.requests[0].messages
        specialist = next(c for c in trace.calls if c.backend == "big")
        summary = [c for c in trace.calls if c.backend == "local"]
        extra = sum(c.prompt_tokens + c.completion_tokens for c in summary)
        seconds = sum(c.latency_ms for c in trace.calls) / 1000
        rows.append((form, len(sent), specialist.prompt_tokens, extra, seconds))
        _check_form(form, messages, sent, summary)
    print("\ncontext form | messages sent | specialist prompt tokens | summary tokens | seconds")
    for form, count, tokens, extra, seconds in rows:
        print(f"{form:12} | {count:13} | {tokens:24} | {extra:14} | {seconds:7.1f}")
    full, last, summary_form = (r[2] for r in rows)
    assert last < full / 3 and summary_form < full / 2


def _check_form(form: str, messages: list[Any], sent: list[Any], summary: list[Any]) -> None:
    if form == "full":
        assert sent == messages and not summary
    elif form == "last_k":
        assert sent == [messages[0], *messages[-4:]] and not summary
    else:
        assert len(summary) == 1 and summary[0].completion_tokens > 0  # written by local
        assert "Summary of the earlier conversation:" in sent[0]["content"]
        assert sent[1:] == messages[-1:]
