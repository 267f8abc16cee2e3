"""Text requests (`prompt`, no `messages`) on the in-process llama.cpp backend: a plain
completion, answered chat-shaped."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from rung import RequestError
from rung.backends.llamacpp import LlamaCppBackend
from rung.config import LlamaCppBackendConfig
from rung.types import ChatRequest

pytestmark = pytest.mark.live


def text(prompt: Any, **fields: Any) -> ChatRequest:
    return ChatRequest({"model": "local", "prompt": prompt, "temperature": 0, **fields})


@pytest.fixture(scope="module")
async def backend() -> AsyncIterator[LlamaCppBackend]:
    local = LlamaCppBackend("embedded", LlamaCppBackendConfig(context_window=2048))
    await local.start()
    yield local
    await local.close()


async def test_plain_completion_continues_the_prompt_not_a_chat(backend: LlamaCppBackend) -> None:
    prompt = "The capital of France is"
    completion = await backend.complete(text(prompt, max_tokens=6))
    data = completion.data
    assert data["object"] == "chat.completion"
    choice = data["choices"][0]
    assert choice["index"] == 0 and choice["finish_reason"] == "length"
    assert choice["message"]["role"] == "assistant"
    assert completion.usage.completion_tokens == 6
    assert completion.usage.prompt_tokens == backend.count_tokens(prompt)
    # the very same continuation as the library's plain completion: no chat template around it
    direct = backend._llm.create_completion(prompt=prompt, max_tokens=6, temperature=0)
    assert choice["message"]["content"] == direct["choices"][0]["text"]


async def test_list_prompt_gives_one_choice_per_prompt(backend: LlamaCppBackend) -> None:
    prompts = ["def add(a, b):", "The sky is"]
    completion = await backend.complete(text(prompts, max_tokens=4))
    choices = completion.data["choices"]
    assert [c["index"] for c in choices] == [0, 1]
    for prompt, choice in zip(prompts, choices, strict=True):
        direct = backend._llm.create_completion(prompt=prompt, max_tokens=4, temperature=0)
        assert choice["message"]["content"] == direct["choices"][0]["text"]
    assert completion.usage.completion_tokens == 8
    assert completion.usage.prompt_tokens == sum(backend.count_tokens(p) for p in prompts)


async def test_n_samples_of_each_prompt_are_indexed_prompt_by_prompt(
    backend: LlamaCppBackend,
) -> None:
    completion = await backend.complete(text(["a", "b"], n=2, max_tokens=1, seed=3))
    assert [c["index"] for c in completion.data["choices"]] == [0, 1, 2, 3]


async def test_echo_prepends_the_prompt(backend: LlamaCppBackend) -> None:
    prompt = "Once upon a time"
    plain = await backend.complete(text(prompt, max_tokens=5))
    echoed = await backend.complete(text(prompt, max_tokens=5, echo=True))
    assert echoed.text == prompt + plain.text
    chunks = [c async for c in backend.stream(text(prompt, max_tokens=5, echo=True))]
    assert "".join(c.delta_text for c in chunks) == prompt + plain.text


async def test_logprobs_take_the_chat_shape(backend: LlamaCppBackend) -> None:
    completion = await backend.complete(text("The sky is", max_tokens=4, logprobs=2))
    tokens = completion.logprobs
    assert len(tokens) == 4
    assert "".join(t["token"] for t in tokens) == completion.text
    for token in tokens:
        assert isinstance(token["logprob"], float) and token["logprob"] <= 0
        alternatives = token["top_logprobs"]
        assert len(alternatives) == 2
        assert alternatives[0]["logprob"] >= alternatives[1]["logprob"]
        assert token["logprob"] <= alternatives[0]["logprob"] + 1e-4  # greedy: the likeliest
    plain = await backend.complete(text("The sky is", max_tokens=4))
    assert "logprobs" not in plain.data["choices"][0]


async def test_stream_is_chat_chunks_with_a_final_usage_chunk(backend: LlamaCppBackend) -> None:
    prompt = "The capital of France is"
    whole = await backend.complete(text(prompt, max_tokens=6))
    chunks = [c async for c in backend.stream(text(prompt, max_tokens=6, stream=True))]
    assert all(c.data["object"] == "chat.completion.chunk" for c in chunks)
    assert chunks[0].data["choices"][0]["delta"]["role"] == "assistant"
    assert "".join(c.delta_text for c in chunks) == whole.text
    finishes = [ch["finish_reason"] for c in chunks for ch in c.data["choices"]]
    assert finishes[-1] == "length"
    usage = chunks[-1].usage
    assert chunks[-1].data["choices"] == [] and usage is not None
    assert (usage.prompt_tokens, usage.completion_tokens) == (whole.usage.prompt_tokens, 6)


async def test_stream_of_a_list_prompt_indexes_each_prompt(backend: LlamaCppBackend) -> None:
    chunks = [c async for c in backend.stream(text(["x = 1", "y = 2"], max_tokens=2))]
    indexes = {ch["index"] for c in chunks for ch in c.data["choices"]}
    assert indexes == {0, 1}


async def test_too_long_a_prompt_is_the_clients_mistake(backend: LlamaCppBackend) -> None:
    with pytest.raises(RequestError) as caught:
        await backend.complete(text("word " * 3000, max_tokens=2))
    assert caught.value.status == 400 and not caught.value.backend_fault
