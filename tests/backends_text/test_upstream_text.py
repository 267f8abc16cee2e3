"""Text requests on the `openai` backend, against a real llama.cpp server as upstream: sent
to its `/completions`, answered chat-shaped."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from rung._errors import RungError
from rung.backends.openai import OpenAIBackend
from rung.config import OpenAIBackendConfig
from rung.types import ChatRequest
from tests.recording import RecordingProxy

pytestmark = pytest.mark.live


def text(prompt: Any, **fields: Any) -> ChatRequest:
    body = {"model": "autocomplete", "prompt": prompt, "temperature": 0, "rung": {}, **fields}
    return ChatRequest(body)


def direct(url: str, **body: Any) -> dict[str, Any]:
    answer = httpx.post(f"{url}/completions", json={"model": "smollm2", **body}, timeout=60)
    answer.raise_for_status()
    data: dict[str, Any] = answer.json()
    return data


@pytest.fixture(scope="module")
async def upstream(llama_server: str) -> AsyncIterator[OpenAIBackend]:
    backend = OpenAIBackend("up", OpenAIBackendConfig(base_url=llama_server, model="smollm2"))
    await backend.start()
    yield backend
    await backend.close()


async def test_complete_posts_to_completions_and_answers_chat_shaped(
    upstream: OpenAIBackend, llama_server: str
) -> None:
    completion = await upstream.complete(text("The capital of France is", max_tokens=5))
    data = completion.data
    assert data["object"] == "chat.completion"
    choice = data["choices"][0]
    assert choice["message"]["role"] == "assistant"
    assert choice["finish_reason"] == "length"
    expected = direct(llama_server, prompt="The capital of France is", max_tokens=5, temperature=0)
    assert choice["message"]["content"] == expected["choices"][0]["text"]
    assert completion.usage.completion_tokens == 5


async def test_body_sent_is_the_text_request_with_the_upstreams_model(
    llama_server: str,
) -> None:
    with RecordingProxy(llama_server) as proxy:
        config = OpenAIBackendConfig(base_url=proxy.url, model="smollm2")
        backend = OpenAIBackend("up", config)
        try:
            await backend.complete(text("def f(", suffix="\n    return x\n", max_tokens=3))
        finally:
            await backend.close()
    body = proxy.bodies[-1]  # (the server's /chat/completions would refuse a body without messages)
    assert body["model"] == "smollm2" and "rung" not in body and "messages" not in body
    assert body["prompt"] == "def f(" and body["suffix"] == "\n    return x\n"


async def test_logprobs_take_the_chat_shape(upstream: OpenAIBackend) -> None:
    completion = await upstream.complete(text("The sky is", max_tokens=3, logprobs=2))
    tokens = completion.logprobs
    assert len(tokens) == 3
    assert "".join(t["token"] for t in tokens) == completion.text
    assert all(len(t["top_logprobs"]) == 2 for t in tokens)
    assert all(isinstance(t["logprob"], float) for t in tokens)


async def test_stream_is_chat_chunks_with_usage(upstream: OpenAIBackend) -> None:
    prompt = "The capital of France is"
    whole = await upstream.complete(text(prompt, max_tokens=5))
    chunks = [c async for c in upstream.stream(text(prompt, max_tokens=5, stream=True))]
    assert all(c.data["object"] == "chat.completion.chunk" for c in chunks)
    assert chunks[0].data["choices"][0]["delta"].get("role") == "assistant"
    assert "".join(c.delta_text for c in chunks) == whole.text
    usage = chunks[-1].usage
    assert chunks[-1].data["choices"] == [] and usage is not None
    assert usage.completion_tokens == 5


async def test_upstream_rejection_is_the_clients_mistake(upstream: OpenAIBackend) -> None:
    with pytest.raises(RungError) as caught:
        await upstream.complete(text("word " * 3000, max_tokens=2))
    assert caught.value.status == 400 and not caught.value.backend_fault
