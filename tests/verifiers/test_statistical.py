"""consistency, logprob and judge, with MockBackend."""

from __future__ import annotations

import math

import pytest

from rung._errors import ConfigError
from rung.backends.base import Capabilities
from rung.backends.mock import MockBackend, completion_for
from rung.types import ChatRequest, Completion
from rung.verifiers import ConsistencyVerifier, JudgeVerifier, LogprobVerifier
from rung.verifiers.consistency import choice_letter, final_code_block, last_number, normalise


def request(**extra: object) -> ChatRequest:
    return ChatRequest({"messages": [{"role": "user", "content": "What is 6 * 7?"}], **extra})


def text(value: str) -> Completion:
    return Completion(completion_for(value))


def test_extractors() -> None:
    assert last_number("so 1,000 + 234 = 1,234.0 apples") == "1234"
    assert last_number("pi is about 3.14") == "3.14"
    assert last_number("none") is None
    assert choice_letter("I think the answer is (C).") == "C"
    assert choice_letter("B) because of x") == "B"
    assert choice_letter("no letter here, really") is None
    assert normalise("  The Answer.  ") == "the answer"
    same = final_code_block("```python\ndef f( x ):\n    return x  # c\n```")
    assert same == final_code_block("```\ndef f(x):\n    return x\n```")


async def test_majority_answer_is_returned() -> None:
    backend = MockBackend("cheap").enqueue("It is 42.", "42", "I get 41", "Answer: 42")
    verifier = ConsistencyVerifier(backend, n=5, temperature=0.9, extractor="number")
    verdict = await verifier.check(request(stream=True), text("Maybe 41"))
    assert verdict.passed and verdict.score == pytest.approx(3 / 5)
    assert "3/5 agree on '42'" in verdict.reason
    assert verdict.answer is not None and verdict.answer.text == "It is 42."
    assert len(backend.requests) == 4
    sent = backend.requests[0].body
    assert sent["temperature"] == 0.9 and "stream" not in sent


async def test_draft_is_kept_when_in_the_majority_and_low_agreement_fails() -> None:
    backend = MockBackend().enqueue("42", "7")
    verdict = await ConsistencyVerifier(backend, n=3, extractor="number").check(
        request(), text("The answer: 42")
    )
    assert verdict.answer is not None and verdict.answer.text == "The answer: 42"
    backend.enqueue("1", "2", "3")
    verifier = ConsistencyVerifier(backend, n=4, extractor="number", threshold=0.5)
    verdict = await verifier.check(request(), text("4"))
    assert not verdict.passed and verdict.score == 0.25


async def test_custom_extractor_and_config_errors() -> None:
    backend = MockBackend().enqueue("YES", "no")
    verifier = ConsistencyVerifier(backend, n=3, extractor=lambda t: t.lower()[:1])
    assert (await verifier.check(request(), text("yep"))).passed
    with pytest.raises(ConfigError, match="unknown extractor"):
        ConsistencyVerifier(backend, extractor="vibes")
    with pytest.raises(ConfigError):
        ConsistencyVerifier(backend, n=1)


def logprobs(*values: float, top: int = 0) -> Completion:
    tokens = []
    for value in values:
        token: dict[str, object] = {"token": "x", "logprob": value}
        if top:
            rest = math.log(max(1e-9, (1 - math.exp(value)) / (top - 1)))
            token["top_logprobs"] = [{"token": "x", "logprob": value}] + [
                {"token": f"y{i}", "logprob": rest} for i in range(top - 1)
            ]
        tokens.append(token)
    return Completion(completion_for("x" * len(values), logprobs=tokens))


async def test_logprob_mean_min_and_entropy() -> None:
    confident = logprobs(-0.01, -0.02, -0.9)
    assert (await LogprobVerifier("mean", -0.5).check(request(), confident)).passed
    verdict = await LogprobVerifier("min", -0.5).check(request(), confident)
    assert not verdict.passed and "min -0.900" in verdict.reason
    assert verdict.score == pytest.approx(math.exp(-0.9))
    sharp, flat = logprobs(-0.01, top=5), logprobs(math.log(0.2), top=5)
    entropy = LogprobVerifier("entropy", 0.5)
    assert (await entropy.check(request(), sharp)).passed
    flat_verdict = await entropy.check(request(), flat)
    assert not flat_verdict.passed and f"{math.log(5):.3f}" in flat_verdict.reason


async def test_logprob_errors_are_clear() -> None:
    with pytest.raises(ConfigError, match="cannot return logprobs"):
        LogprobVerifier(supported=False, backend_name="local")
    with pytest.raises(ConfigError, match="carries no logprobs"):
        await LogprobVerifier().check(request(), text("no logprobs here"))
    with pytest.raises(ConfigError, match="unknown metric"):
        LogprobVerifier("median")
    prepared = LogprobVerifier("entropy").prepare(request())
    assert prepared.body["logprobs"] is True and prepared.body["top_logprobs"] == 5


def judged(token_probs: dict[str, float], answer: str = "Yes") -> dict[str, object]:
    top = [{"token": t, "logprob": math.log(p)} for t, p in token_probs.items()]
    first = {"token": answer, "logprob": top[0]["logprob"], "top_logprobs": top}
    return completion_for(answer, "strong", logprobs=[first])


async def test_judge_reads_p_yes_from_top_logprobs() -> None:
    strong = MockBackend("strong", Capabilities(logprobs=True))
    strong.enqueue(judged({"Yes": 0.6, " yes": 0.1, "No": 0.2, "Maybe": 0.1}))
    verdict = await JudgeVerifier(strong).check(request(), text("42"))
    assert verdict.passed and verdict.score == pytest.approx(0.7 / 0.9)
    sent = strong.requests[0].body
    assert sent["max_tokens"] == 1 and sent["temperature"] == 0
    assert sent["logprobs"] is True and sent["top_logprobs"] == 5
    assert "42" in sent["messages"][-1]["content"]
    assert "What is 6 * 7?" in sent["messages"][-1]["content"]
    strong.enqueue(judged({"no": 0.9, "yes": 0.05}, answer="no"))
    rejected = await JudgeVerifier(strong).check(request(), text("41"))
    assert not rejected.passed and rejected.score == pytest.approx(0.05 / 0.95)


async def test_judge_falls_back_to_the_text() -> None:
    strong = MockBackend("strong").enqueue("No.", "Yes", "Perhaps")
    judge = JudgeVerifier(strong)
    no = await judge.check(request(), text("41"))
    assert not no.passed and no.score == 0.0 and "from text" in no.reason
    assert (await judge.check(request(), text("42"))).score == 1.0
    unsure = await judge.check(request(), text("42"))
    assert not unsure.passed and "not yes/no" in unsure.reason
