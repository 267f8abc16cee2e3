"""Logprobs on the in-process llama.cpp backend: read from the last position's logits while
sampling, on the one model instance, and equal to what a `logits_all` instance computes."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from typing import Any

import pytest

from rung.backends.embedded import model_path
from rung.backends.llamacpp import LlamaCppBackend
from rung.config import LlamaCppBackendConfig
from rung.types import ChatRequest

pytestmark = pytest.mark.live

MESSAGES = [{"role": "user", "content": "Name three colours."}]


@pytest.fixture(scope="module")
async def backend() -> AsyncIterator[LlamaCppBackend]:
    local = LlamaCppBackend("embedded", LlamaCppBackendConfig(context_window=1024))
    await local.start()
    yield local
    await local.close()


@pytest.fixture(scope="module")
def reference() -> Any:
    """The library's own logprobs, from an instance that keeps every position's logits."""
    from llama_cpp import Llama

    path = model_path("embedded:smollm2-135m")
    return Llama(str(path), n_ctx=1024, logits_all=True, verbose=False)


def chat(**fields: Any) -> ChatRequest:
    return ChatRequest({"model": "local", "messages": MESSAGES, "temperature": 0, **fields})


async def test_logprobs_equal_the_logits_all_reference(
    backend: LlamaCppBackend, reference: Any
) -> None:
    completion = await backend.complete(chat(max_tokens=12, logprobs=True, top_logprobs=5))
    expected = reference.create_chat_completion(
        MESSAGES, temperature=0, max_tokens=12, logprobs=True, top_logprobs=5
    )["choices"][0]
    assert completion.text == expected["message"]["content"]
    ours, theirs = completion.logprobs, expected["logprobs"]["content"]
    assert [t["token"] for t in ours] == [t["token"] for t in theirs] and len(ours) == 12
    for mine, library in zip(ours, theirs, strict=True):
        assert mine["logprob"] == pytest.approx(float(library["logprob"]), abs=1e-3)
        alternatives = sorted(library["top_logprobs"], key=lambda t: -float(t["logprob"]))[:5]
        assert [a["token"] for a in mine["top_logprobs"]] == [a["token"] for a in alternatives]
        for a, b in zip(mine["top_logprobs"], alternatives, strict=True):
            assert a["logprob"] == pytest.approx(float(b["logprob"]), abs=1e-3)
        assert mine["bytes"] == list(mine["token"].encode())
    # one instance serves both: no second model was loaded for logprobs
    assert not hasattr(backend, "_llm_logprobs")
    assert backend._llm._logits_all is False


async def test_probabilities_of_a_token_sum_to_at_most_one(backend: LlamaCppBackend) -> None:
    completion = await backend.complete(chat(max_tokens=6, logprobs=True, top_logprobs=20))
    for token in completion.logprobs:
        mass = sum(math.exp(a["logprob"]) for a in token["top_logprobs"])
        assert len(token["top_logprobs"]) == 20 and 0 < mass <= 1 + 1e-6


async def test_stream_carries_each_tokens_logprobs_with_its_text(
    backend: LlamaCppBackend,
) -> None:
    request = chat(max_tokens=10, logprobs=True, top_logprobs=2, stream=True)
    chunks = [c async for c in backend.stream(request)]
    text, tokens = "", []
    for chunk in chunks:
        for choice in chunk.data["choices"]:
            content = (choice.get("delta") or {}).get("content") or ""
            entries = (choice.get("logprobs") or {}).get("content") or []
            assert "".join(e["token"] for e in entries) == content
            text, tokens = text + content, tokens + entries
    assert len(tokens) == 10 and all(len(t["top_logprobs"]) == 2 for t in tokens)


async def test_stop_sequence_cuts_the_logprobs_with_the_text(backend: LlamaCppBackend) -> None:
    whole = await backend.complete(chat(max_tokens=12, logprobs=True))
    stop = whole.logprobs[3]["token"]
    cut = await backend.complete(chat(max_tokens=12, logprobs=True, stop=[stop]))
    assert "".join(t["token"] for t in cut.logprobs) == cut.text
    assert len(cut.logprobs) < len(whole.logprobs)
    plain = await backend.complete(chat(max_tokens=4))
    assert "logprobs" not in plain.data["choices"][0]


async def test_text_echo_gives_the_prompts_logprobs(
    backend: LlamaCppBackend, reference: Any
) -> None:
    prompt = "The sky is"
    body = {"model": "local", "prompt": prompt, "temperature": 0, "max_tokens": 3}
    completion = await backend.complete(ChatRequest({**body, "logprobs": 1, "echo": True}))
    tokens = completion.logprobs
    assert "".join(t["token"] for t in tokens) == completion.text
    assert completion.text.startswith(prompt) and tokens[0]["logprob"] is None
    # " sky" after "The", scored by the reference's full distribution at that position
    ids = reference.tokenize(prompt.encode(), add_bos=True, special=True)
    reference.reset()
    reference.eval(ids)
    scores = reference.scores[: len(ids)]
    row = scores[0] - scores[0].max()
    expected = float(row[ids[1]] - math.log(sum(math.exp(float(v)) for v in row)))
    assert tokens[1]["token"] == " sky"
    assert tokens[1]["logprob"] == pytest.approx(expected, abs=1e-3)
    plain = await backend.complete(ChatRequest({**body, "echo": True}))
    assert plain.text == completion.text


async def test_logprob_verifier_and_judge_read_the_local_models_logprobs(
    backend: LlamaCppBackend,
) -> None:
    from rung.backends.mock import completion_for
    from rung.types import Completion
    from rung.verifiers import JudgeVerifier, LogprobVerifier

    question = ChatRequest({"messages": [{"role": "user", "content": "What is 2 + 2?"}]})
    verifier = LogprobVerifier("entropy", 0.5)
    asked = verifier.prepare(ChatRequest({**question.body, "max_tokens": 6, "temperature": 0}))
    draft = await backend.complete(asked)
    verdict = await verifier.check(question, draft)
    assert "entropy" in verdict.reason and 0 <= verdict.score <= 1
    judge = JudgeVerifier(backend)
    judged = await judge.check(question, Completion(completion_for("4")))
    # P(yes) read from the first token's top alternatives: strictly between 0 and 1
    assert 0 < judged.score < 1 and judged.score not in (0.5,)
