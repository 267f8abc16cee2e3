"""`parallel: N` on the in-process llama.cpp backend: plain chat requests generated together in
one llama.cpp batch (`rung.backends.batched`), compared with the one-at-a-time path."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from rung.backends.batched import Sequence
from rung.backends.llamacpp import LlamaCppBackend
from rung.config import LlamaCppBackendConfig
from rung.types import ChatRequest

PROMPTS = ["Name three colours.", "What is the capital of France?", "Write a haiku about rain."]


def chat(prompt: str, **fields: Any) -> ChatRequest:
    body = {"model": "local", "messages": [{"role": "user", "content": prompt}]}
    return ChatRequest({**body, "temperature": 0, "max_tokens": 40, **fields})


@pytest.fixture(scope="module")
async def serial() -> AsyncIterator[LlamaCppBackend]:
    local = LlamaCppBackend("serial", LlamaCppBackendConfig(context_window=1024))
    await local.start()
    yield local
    await local.close()


@pytest.fixture(scope="module")
async def batch() -> AsyncIterator[LlamaCppBackend]:
    local = LlamaCppBackend("batch", LlamaCppBackendConfig(context_window=1024, parallel=4))
    await local.start()
    yield local
    await local.close()


async def answer(backend: LlamaCppBackend, request: ChatRequest) -> tuple[str, str, int]:
    """(text, finish reason, completion tokens) of a whole completion."""
    completion = await backend.complete(request)
    choice = completion.data["choices"][0]
    return choice["message"]["content"], choice["finish_reason"], completion.usage.completion_tokens


async def reference(serial: LlamaCppBackend, request: ChatRequest) -> tuple[str, str, int]:
    """The one-at-a-time path's answer from a cold cache: llama-cpp-python reuses the cached
    prefix of the previous prompt, and decoding only the rest of it can change the text."""
    serial._llm.reset()
    return await answer(serial, request)


async def streamed(backend: LlamaCppBackend, request: ChatRequest) -> tuple[str, list[Any]]:
    chunks = [chunk.data async for chunk in backend.stream(request)]
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    return text, chunks


@pytest.mark.live
async def test_three_prompts_at_once_give_the_serial_texts(
    serial: LlamaCppBackend, batch: LlamaCppBackend
) -> None:
    expected = [await reference(serial, chat(p)) for p in PROMPTS]
    before = batch.samples
    got = await asyncio.gather(*(answer(batch, chat(p)) for p in PROMPTS))
    assert got == expected
    assert batch.samples - before == 3  # all three went through the batch
    assert batch.slots_in_use == 0


@pytest.mark.live
async def test_a_batched_stream_is_shaped_as_the_serial_one(
    serial: LlamaCppBackend, batch: LlamaCppBackend
) -> None:
    serial._llm.reset()
    want, serial_chunks = await streamed(serial, chat(PROMPTS[0]))
    results = await asyncio.gather(*(streamed(batch, chat(p)) for p in PROMPTS))
    text, chunks = results[0]
    assert text == want
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant"}
    assert (
        chunks[-2]["choices"][0]["finish_reason"]
        == serial_chunks[-2]["choices"][0]["finish_reason"]
    )
    assert chunks[-1]["choices"] == []
    usage, serial_usage = chunks[-1]["usage"], serial_chunks[-1]["usage"]
    assert usage["completion_tokens"] == serial_usage["completion_tokens"]
    whole = await serial.complete(chat(PROMPTS[0]))  # (the serial stream counts one fewer)
    assert usage["prompt_tokens"] == whole.usage.prompt_tokens
    assert {c["id"] for c in chunks} == {chunks[0]["id"]}
    assert all(c["model"] == batch.model for c in chunks)


@pytest.mark.live
async def test_a_cancelled_stream_frees_its_sequence(batch: LlamaCppBackend) -> None:
    tokens = batch.tokens_generated
    stream = batch.stream(chat(PROMPTS[2], max_tokens=500, temperature=0.8, seed=1))
    got = [await anext(stream) for _ in range(3)]  # the role, then two pieces of text
    assert got[1].data["choices"][0]["delta"]["content"]
    await stream.aclose()  # the client goes away
    text, finish, second = await answer(batch, chat(PROMPTS[1]))  # steps: the cancelled ends
    assert text and finish in ("stop", "length")
    assert batch.slots_in_use == 0 and not batch._batcher.waiting  # type: ignore[union-attr]
    assert batch.tokens_generated - tokens - second < 500  # cut short, not run to the end


@pytest.mark.live
async def test_stop_strings_and_max_tokens_hold_per_sequence(
    serial: LlamaCppBackend, batch: LlamaCppBackend
) -> None:
    full, _, _ = await reference(serial, chat(PROMPTS[0]))
    stop = "Blue"
    assert stop in full
    requests = [
        chat(PROMPTS[0], stop=[stop]),
        chat(PROMPTS[1], max_tokens=5),
        chat(PROMPTS[2], stop="\n", max_tokens=30),
    ]
    expected = [await reference(serial, r) for r in requests]
    got = await asyncio.gather(*(answer(batch, r) for r in requests))
    assert got == expected
    assert got[0][0] == full[: full.index(stop)] and got[0][1] == "stop"
    assert got[1][1:] == ("length", 5)
    assert "\n" not in got[2][0]


@pytest.mark.live
async def test_a_grammar_request_among_batched_ones_runs_on_its_own(
    serial: LlamaCppBackend, batch: LlamaCppBackend
) -> None:
    expected = [await reference(serial, chat(p)) for p in PROMPTS[:2]]
    samples = batch.samples
    json_request = chat("Give a JSON object with a name.", response_format={"type": "json_object"})
    results = await asyncio.gather(
        answer(batch, chat(PROMPTS[0])),
        answer(batch, json_request),
        answer(batch, chat(PROMPTS[1])),
    )
    assert [results[0], results[2]] == expected
    text, _, _ = results[1]
    assert text.strip().startswith("{")  # the grammar held (40 tokens may cut the object)
    assert batch.samples - samples == 3
    assert batch.slots_in_use == 0


@pytest.mark.live
async def test_a_seeded_sample_repeats_in_the_batch(batch: LlamaCppBackend) -> None:
    request = chat(PROMPTS[2], temperature=0.9, seed=7, max_tokens=20)
    first, again = await asyncio.gather(answer(batch, request), answer(batch, request))
    assert first == again


def test_text_that_may_begin_a_stop_string_is_held_back() -> None:
    sent: list[Any] = []
    seq = Sequence([1], ["END"], 10, 0.0, 1.0, None, "m", sent.append)
    assert seq.add_text(b"abc E") is None
    assert [c["choices"][0]["delta"]["content"] for c in sent] == ["abc "]  # "E" held
    assert seq.add_text(b"N") is None and len(sent) == 1
    assert seq.add_text(b"Dx") == "stop"
    assert "".join(c["choices"][0]["delta"].get("content", "") for c in sent) == "abc "


def test_held_text_is_released_when_it_is_no_stop_string() -> None:
    sent: list[Any] = []
    seq = Sequence([1], ["END"], 10, 0.0, 1.0, None, "m", sent.append)
    seq.add_text(b"E")
    seq.add_text(b"x")
    assert "".join(c["choices"][0]["delta"]["content"] for c in sent) == "Ex"


def test_a_character_split_across_tokens_is_passed_on_whole() -> None:
    sent: list[Any] = []
    seq = Sequence([1], [], 10, 0.0, 1.0, None, "m", sent.append)
    euro = "€".encode()
    seq.add_text(euro[:2])
    seq.add_text(euro[2:])
    assert "".join(c["choices"][0]["delta"]["content"] for c in sent) == "€"
    assert json.dumps(sent)  # plain JSON


@pytest.mark.live
async def test_closing_frees_the_batch_context_and_ends_running_streams_with_an_error() -> None:
    from rung._errors import BackendError

    local = LlamaCppBackend("closing", LlamaCppBackendConfig(context_window=1024, parallel=2))
    await local.start()
    batcher = local._batcher
    assert batcher is not None and batcher.ctx is not None
    stream = local.stream(chat(PROMPTS[2], max_tokens=500, temperature=0.8, seed=1))
    got = [await anext(stream) for _ in range(2)]  # running on the model's thread now
    assert got[1].data["choices"][0]["delta"].get("content") is not None
    await local.close()
    with pytest.raises(BackendError, match="closed while generating"):
        async for _ in stream:
            pass
    assert await asyncio.to_thread(batcher.freed.wait, 60)  # on the model's thread
    assert batcher.ctx is None and not batcher.active and sorted(batcher.free) == [0, 1]
