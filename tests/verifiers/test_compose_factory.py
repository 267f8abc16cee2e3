"""AllOf / AnyOf and building verifiers from config entries."""

from __future__ import annotations

import pytest

from rung._errors import ConfigError
from rung.backends.base import Capabilities
from rung.backends.mock import MockBackend, completion_for
from rung.types import ChatRequest, Completion, Trace
from rung.verifiers import (
    AllOf,
    AnyOf,
    ConsistencyVerifier,
    JsonSchemaVerifier,
    JudgeVerifier,
    LogprobVerifier,
    PythonVerifier,
    RegexVerifier,
    Verdict,
    Verifier,
    build_verifier,
)


class Fixed(Verifier):
    def __init__(self, passed: bool, score: float, answer: Completion | None = None) -> None:
        self.passed, self.score, self.answer = passed, score, answer
        self.seen: list[str] = []

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        self.seen.append(completion.text)
        return Verdict(self.passed, self.score, f"fixed {self.passed}", self.answer)


def request() -> ChatRequest:
    return ChatRequest({"messages": [{"role": "user", "content": "hi"}]})


def text(value: str) -> Completion:
    return Completion(completion_for(value))


async def test_all_of_stops_at_the_first_failure_and_passes_answers_on() -> None:
    first, second, third = Fixed(True, 0.9, text("majority")), Fixed(False, 0.2), Fixed(True, 1)
    verdict = await AllOf([first, second, third]).check(request(), text("draft"))
    assert not verdict.passed and verdict.score == 0.2
    assert verdict.reason == "fixed True; fixed False"
    assert second.seen == ["majority"] and third.seen == []
    assert verdict.answer is not None and verdict.answer.text == "majority"


async def test_any_of_stops_at_the_first_pass() -> None:
    first, second, third = Fixed(False, 0.1), Fixed(True, 0.7), Fixed(True, 1.0)
    verdict = await AnyOf([first, second, third]).check(request(), text("draft"))
    assert verdict.passed and verdict.score == 0.7 and third.seen == []
    failing = await AnyOf([Fixed(False, 0.1), Fixed(False, 0.3)]).check(request(), text("d"))
    assert not failing.passed and failing.score == 0.3


BACKENDS = {
    "local": MockBackend("local"),
    "hosted": MockBackend("hosted", Capabilities(logprobs=True)),
}


def test_build_from_names_and_options() -> None:
    assert isinstance(build_verifier("json_schema", BACKENDS), JsonSchemaVerifier)
    schema = build_verifier({"json_schema": {"schema": {"type": "object"}}}, BACKENDS)
    assert isinstance(schema, JsonSchemaVerifier) and schema.schema == {"type": "object"}
    python = build_verifier({"python": {"tests": "assert f(1)", "timeout": 5}}, BACKENDS)
    assert isinstance(python, PythonVerifier)
    assert python.sandbox.limits.timeout == 5.0 and python.sandbox.limits.cpu_seconds == 5
    assert isinstance(build_verifier("python_tests", BACKENDS), PythonVerifier)
    judge = build_verifier({"judge": {"model": "hosted"}}, BACKENDS)
    assert isinstance(judge, JudgeVerifier) and judge.backend is BACKENDS["hosted"]
    logprob = build_verifier({"logprob": {"model": "hosted", "metric": "min"}}, BACKENDS)
    assert isinstance(logprob, LogprobVerifier)
    consistency = build_verifier(
        {"consistency": {"n": 3, "extractor": "number"}}, BACKENDS, default_model="local"
    )
    assert isinstance(consistency, ConsistencyVerifier) and consistency.n == 3
    nested = build_verifier(
        {"all": ["json", {"any": [{"regex": {"pattern": "a"}}, {"judge": {"model": "hosted"}}]}]},
        BACKENDS,
    )
    assert isinstance(nested, AllOf) and isinstance(nested.verifiers[1], AnyOf)
    assert isinstance(nested.verifiers[1].verifiers[0], RegexVerifier)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("no_such_verifier", "unknown verifier 'no_such_verifier'"),
        ({"python": {"tests": "x", "colour": 1}}, "unknown option 'colour'"),
        ({"python": {"timeout": "5"}}, "option 'timeout' has the wrong type"),
        ({"json": {"allow_fence": 1}}, "option 'allow_fence' has the wrong type"),
        ({"regex": {}}, "missing option 'pattern'"),
        ({"judge": {}}, "needs `model"),
        ({"judge": {"model": "nope"}}, "unknown model 'nope'"),
        ({"logprob": {"model": "local"}}, "cannot return logprobs"),
        ({"all": []}, "non-empty list"),
        ({"json": None, "regex": None}, "one-key mapping"),
        ({"json_schema": "schema"}, "options must be a mapping"),
    ],
)
def test_config_errors_are_clear(spec: object, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        build_verifier(spec, BACKENDS)  # type: ignore[arg-type]
