"""The python verifier end to end through the sandbox."""

from __future__ import annotations

import pytest

from rung._errors import ConfigError, RequestError
from rung.types import ChatRequest, Completion
from rung.verifiers import Limits, PythonVerifier, Sandbox

SANDBOX = Limits(timeout=5.0, cpu_seconds=2)
TESTS = 'assert remove_Occ("hello","l") == "heo"\nassert remove_Occ("abcda","a") == "bcd"'


def completion(text: str) -> Completion:
    return Completion({"choices": [{"message": {"content": text}}]})


def request(rung: dict[str, object] | None = None) -> ChatRequest:
    body: dict[str, object] = {"messages": [{"role": "user", "content": "remove a char"}]}
    if rung is not None:
        body["rung"] = rung
    return ChatRequest(body)


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SANDBOX)


async def test_binds_the_tests_name_to_the_answers_function(sandbox: Sandbox) -> None:
    answer = completion(
        "```python\ndef remove_occurrence(s, ch):\n    return s.replace(ch, '')\n```"
    )
    verdict = await PythonVerifier(TESTS, sandbox=sandbox).check(request(), answer)
    assert verdict.passed, verdict.reason
    assert "2 tests passed" in verdict.reason
    assert "bound remove_Occ to remove_occurrence" in verdict.reason


async def test_a_failing_test_is_named(sandbox: Sandbox) -> None:
    # removes only the first occurrence: the second test fails
    answer = completion("def remove_occurrence(s, ch):\n    return s.replace(ch, '', 1)\n")
    verdict = await PythonVerifier(TESTS, sandbox=sandbox).check(request(), answer)
    assert not verdict.passed and verdict.score == 0.0
    assert verdict.reason.startswith("python tests failed: AssertionError")
    assert 'remove_Occ("hello","l")' in verdict.reason


async def test_request_tests_override_config(sandbox: Sandbox) -> None:
    verifier = PythonVerifier("assert f(1) == 'never'", sandbox=sandbox, allow_request_tests=True)
    answer = completion("```python\ndef f(x):\n    return x + 1\n```")
    assert not (await verifier.check(request(), answer)).passed
    own = request({"tests": ["assert f(1) == 2", "assert f(2) == 3"]})
    verdict = await verifier.check(own, answer)
    assert verdict.passed and "2 tests passed" in verdict.reason


async def test_without_tests_it_compiles_and_imports(sandbox: Sandbox) -> None:
    verifier = PythonVerifier(sandbox=sandbox)
    assert (await verifier.check(request(), completion("```python\nx = 1\n```"))).passed
    broken = await verifier.check(request(), completion("```python\ndef f(:\n    pass\n```"))
    assert not broken.passed
    crash = await verifier.check(request(), completion("```python\nraise ValueError('boom')\n```"))
    assert not crash.passed and crash.reason == "python import failed: ValueError: boom"
    none = await verifier.check(request(), completion("I cannot help with that."))
    assert not none.passed and "no code" in none.reason


def test_bad_config_tests_are_a_config_error() -> None:
    with pytest.raises(ConfigError):
        PythonVerifier("assert (", sandbox=Sandbox(SANDBOX))
    with pytest.raises(ConfigError):
        PythonVerifier([1, 2], sandbox=Sandbox(SANDBOX))  # type: ignore[list-item]


async def test_request_tests_are_refused_unless_the_route_allows_them(sandbox: Sandbox) -> None:
    verifier = PythonVerifier("assert f(1) == 2", sandbox=sandbox)
    hostile = request({"tests": "import os\nos.system('touch /tmp/pwned')"})
    with pytest.raises(RequestError) as refused:
        verifier.prepare(hostile)  # before any model is asked
    assert refused.value.status == 400
    body = refused.value.to_json()["error"]
    assert body["type"] == "invalid_request_error" and body["param"] == "rung.tests"
    assert "allow_request_tests" in body["message"]
    answer = completion("def f(x):\n    return x + 1\n")
    with pytest.raises(RequestError):  # and never run, even by a pattern that skips prepare
        await verifier.check(hostile, answer)
    assert (await verifier.check(request(), answer)).passed  # config tests still run


def test_allow_request_tests_is_a_python_option() -> None:
    from rung.verifiers import build_verifier

    allowed = build_verifier({"python": {"allow_request_tests": True}}, {})
    assert isinstance(allowed, PythonVerifier) and allowed.allow_request_tests
    default = build_verifier("python", {})
    assert isinstance(default, PythonVerifier) and not default.allow_request_tests


async def test_a_cascade_refuses_request_tests_before_asking_any_model(sandbox: Sandbox) -> None:
    from rung.backends import MockBackend
    from rung.patterns import Cascade
    from rung.types import Trace

    cheap, strong = MockBackend("cheap").enqueue("def f(x): return x"), MockBackend("strong")
    cascade = Cascade([cheap, strong], PythonVerifier(sandbox=sandbox))
    body = {"model": "code", "messages": [{"role": "user", "content": "x"}]}
    hostile = ChatRequest({**body, "rung": {"tests": "import os\nos.system('id')"}})
    with pytest.raises(RequestError):
        await cascade.complete(hostile, Trace())
    assert cheap.requests == [] and strong.requests == []
