"""The in-process llama.cpp backend with the embedded model: the default local tier."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import openai
import pytest

from rung import Overloaded, RequestError
from rung.backends.llamacpp import LlamaCppBackend
from rung.config import LlamaCppBackendConfig
from rung.types import ChatRequest
from tests.waiting import poll

pytestmark = pytest.mark.live


def request(text: str, **fields: Any) -> ChatRequest:
    messages = [{"role": "user", "content": text}]
    return ChatRequest({"model": "local", "messages": messages, **fields})


@pytest.fixture(scope="module")
async def backend() -> AsyncIterator[LlamaCppBackend]:
    local = LlamaCppBackend("embedded", LlamaCppBackendConfig(n_ctx=2048, max_queue=1))
    await local.start()
    yield local
    await local.close()


async def test_complete_respects_max_tokens(backend: LlamaCppBackend) -> None:
    completion = await backend.complete(request("Tell me a long story.", max_tokens=5))
    assert completion.usage.completion_tokens == 5
    assert completion.data["choices"][0]["finish_reason"] == "length"
    assert completion.data["model"] == "embedded:smollm2-135m"


async def test_seed_makes_sampling_repeatable(backend: LlamaCppBackend) -> None:
    first = await backend.complete(request("Name a colour.", max_tokens=8, seed=7))
    second = await backend.complete(request("Name a colour.", max_tokens=8, seed=7))
    assert first.text == second.text


async def test_stop_sequence_cuts_the_answer(backend: LlamaCppBackend) -> None:
    body = {"max_tokens": 30, "temperature": 0}
    full = (await backend.complete(request("Count from 1 to 10.", **body))).text
    stop = full[len(full) // 2 :][:3]
    cut = (await backend.complete(request("Count from 1 to 10.", stop=[stop], **body))).text
    assert cut == full[: full.index(stop)]


async def test_json_schema_mode(backend: LlamaCppBackend) -> None:
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
        "required": ["name", "age"],
    }
    fmt = {"type": "json_schema", "json_schema": {"name": "person", "schema": schema}}
    completion = await backend.complete(
        request("Invent a person.", response_format=fmt, max_tokens=60, temperature=0)
    )
    data = json.loads(completion.text)
    assert isinstance(data["name"], str) and isinstance(data["age"], int)


async def test_logprobs(backend: LlamaCppBackend) -> None:
    completion = await backend.complete(
        request("Say yes.", max_tokens=3, logprobs=True, top_logprobs=3, temperature=0)
    )
    tokens = completion.logprobs
    assert len(tokens) == completion.usage.completion_tokens
    for token in tokens:
        assert isinstance(token["logprob"], float) and token["logprob"] <= 0
        assert token["top_logprobs"][0]["logprob"] >= token["logprob"] - 1e-6


async def test_stream_ends_with_usage(backend: LlamaCppBackend) -> None:
    chunks = [c async for c in backend.stream(request("Hi", max_tokens=6))]
    text = "".join(c.delta_text for c in chunks)
    assert text
    usage = chunks[-1].usage
    assert usage is not None and 0 < usage.completion_tokens <= 6 and usage.prompt_tokens > 5


async def test_context_overflow_is_a_request_error(backend: LlamaCppBackend) -> None:
    with pytest.raises(RequestError) as caught:
        await backend.complete(request("word " * 3000, max_tokens=5))
    assert caught.value.status == 400


async def test_full_queue_is_overloaded_with_retry_after(backend: LlamaCppBackend) -> None:
    """One generating + max_queue (1) waiting; the third concurrent request is refused."""
    calls = [backend.complete(request("Write a poem.", max_tokens=30)) for _ in range(3)]
    results = await asyncio.gather(*calls, return_exceptions=True)
    refused = [r for r in results if isinstance(r, Overloaded)]
    assert len(refused) == 1
    assert int(refused[0].headers()[0][1]) >= 1
    assert backend.queue_depth == 0


def test_full_queue_answers_429_through_the_gateway(serve: Any) -> None:
    config = {
        "models": {"local": {"backend": "llamacpp", "n_ctx": 1024, "max_queue": 0}},
        "routes": {"local": {"model": "local"}},
    }
    body = {"model": "local", "messages": [{"role": "user", "content": "A poem."}],
            "max_tokens": 40}  # fmt: skip

    async def burst(url: str) -> list[httpx.Response]:
        async with httpx.AsyncClient(timeout=60) as http:
            posts = [http.post(url, json=body) for _ in range(3)]
            return await asyncio.gather(*posts)

    with serve(config) as gateway:
        responses = asyncio.run(burst(gateway.url + "/v1/chat/completions"))
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200, 429, 429]
        refused = next(r for r in responses if r.status_code == 429)
        assert int(refused.headers["retry-after"]) >= 1
        assert refused.json()["error"]["type"] == "rate_limit_error"
        assert sorted(row["status"] for row in gateway.log_rows(at_least=3)) == [200, 429, 429]


def test_sdk_streams_from_the_embedded_model(serve: Any) -> None:
    config = {
        "models": {"local": {"backend": "llamacpp", "n_ctx": 1024}},
        "routes": {"autocomplete": {"model": "local"}},
    }
    with serve(config) as gateway:
        sdk = openai.OpenAI(base_url=gateway.url + "/v1", api_key="x", max_retries=0)
        stream = sdk.chat.completions.create(
            model="autocomplete",
            messages=[{"role": "user", "content": "def add(a, b):"}],
            max_tokens=10,
            stream=True,
            stream_options={"include_usage": True},
        )
        chunks = list(stream)
        assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens <= 10


def test_client_leaving_a_stream_stops_generation(serve: Any) -> None:
    config = {
        "models": {"local": {"backend": "llamacpp", "n_ctx": 1024}},
        "routes": {"local": {"model": "local"}},
    }
    # at temperature 0 this prompt runs to max_tokens when nothing stops it
    ask = "Write a long story about a dragon, at least 500 words."
    body = {"model": "local", "messages": [{"role": "user", "content": ask}],
            "max_tokens": 900, "temperature": 0, "stream": True}  # fmt: skip
    with serve(config) as gateway:
        url = gateway.url + "/v1/chat/completions"
        with httpx.stream("POST", url, json=body, timeout=60) as response:
            next(response.iter_lines())

        def depth() -> int:
            backends = httpx.get(gateway.url + "/health").json()["backends"]
            return int(backends["local"]["queue_depth"])

        assert poll(depth, lambda n: n == 0, timeout=120) == 0
        model = gateway.app.gateway.backends["local"]
        while not isinstance(model, LlamaCppBackend):  # under its retry and breaker wrappers
            model = model.inner
        evaluated = model._llm.n_tokens  # counted, not timed: the prompt and what was generated
        [row] = gateway.log_rows()
        assert row["status"] == 499
        [call] = gateway.log_rows("calls")
        assert call["error"] == "cancelled"
        prompt = httpx.post(url, json={**body, "max_tokens": 1, "stream": False}, timeout=60)
        generated = evaluated - prompt.json()["usage"]["prompt_tokens"]
        assert generated < 450, f"generation went on after the client left ({generated} tokens)"
