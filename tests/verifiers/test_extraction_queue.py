"""Code extraction stays linear and off the event loop; the verification queue is bounded."""

from __future__ import annotations

import asyncio
import os
import threading

import pytest

from rung._errors import Overloaded
from rung.types import ChatRequest, Completion
from rung.verifiers import Limits, PythonVerifier, Sandbox, pycode, python
from rung.verifiers.pycode import MAX_ANSWER, MAX_CUTS, extract_code, fenced_blocks

OPEN_CALL = "def f(\n" + "a,\n" * 8000  # 24 KB: held the event loop 7.4 s before
BACKTICKS = "`" * 100_000  # held it 7.9 s before
DEADLINE = 30.0  # generous: only a hang (or the old quadratic search) fails it


def request() -> ChatRequest:
    return ChatRequest({"messages": [{"role": "user", "content": "write f"}]})


def completion(text: str) -> Completion:
    return Completion({"choices": [{"message": {"content": text}}]})


def test_extraction_parses_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = pycode.syntax_error_line

    def counting(source: str) -> int | None:
        nonlocal calls
        calls += 1
        return real(source)

    monkeypatch.setattr(pycode, "syntax_error_line", counting)
    assert extract_code("Here it is:\n" + OPEN_CALL).startswith("def f(")
    assert calls <= MAX_CUTS  # the old search parsed once per line: 8,000 times


def test_fences_are_found_as_before() -> None:
    text = "a\n```python\ndef f():\n    return 1\n```\ntext ```py\nx = 2\n``` and ```js\nno\n```"
    assert fenced_blocks(text) == ["def f():\n    return 1\n", "x = 2\n"]
    assert fenced_blocks("```python\nunclosed = 1\n") == ["unclosed = 1\n"]
    assert fenced_blocks("[PYTHON]\ny = 3\n[/PYTHON]") == ["\ny = 3\n"]
    assert fenced_blocks(BACKTICKS) == []
    assert extract_code("def f():\n    return 1\nThat was it.\nBye") == "def f():\n    return 1"


@pytest.mark.parametrize("text", [OPEN_CALL, BACKTICKS], ids=["open_call", "backticks"])
async def test_extraction_leaves_the_event_loop_free(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """The extraction waits, once done, for the event loop to run a callback: it can only
    return True when it ran off the loop (on the loop it would wait out its 5 s and say False)."""
    loop = asyncio.get_running_loop()
    loop_ran = threading.Event()
    seen: list[bool] = []

    def extract_then_wait(answer: str, definitions_only: bool = False) -> str:
        code = extract_code(answer, definitions_only)
        loop.call_soon_threadsafe(loop_ran.set)
        seen.append(loop_ran.wait(5.0))
        return code

    monkeypatch.setattr(python, "extract_code", extract_then_wait)
    verifier = PythonVerifier("assert f(1) == 1", sandbox=Sandbox(Limits(timeout=5.0)))
    verdict = await asyncio.wait_for(verifier.check(request(), completion(text)), DEADLINE)
    assert seen == [True]
    assert not verdict.passed


async def test_fences_in_a_huge_answer_are_found_in_linear_time() -> None:
    """400 KB of backticks (the regex took 7.9 s on 100 KB, and 16 times that on 400 KB)."""
    blocks = await asyncio.wait_for(asyncio.to_thread(fenced_blocks, BACKTICKS * 4), DEADLINE)
    assert blocks == []
    many = "```python\nx = 1\n```\n" * 20_000
    assert len(await asyncio.wait_for(asyncio.to_thread(fenced_blocks, many), DEADLINE)) == 20_000


async def test_answers_over_the_cap_are_not_searched() -> None:
    verifier = PythonVerifier("assert f(1) == 1", sandbox=Sandbox(Limits(timeout=5.0)))
    verdict = await verifier.check(request(), completion("x" * (MAX_ANSWER + 1)))
    assert not verdict.passed and f"over {MAX_ANSWER} characters" in verdict.reason


@pytest.mark.skipif(os.geteuid() != 0, reason="the sandbox tests run as root, as CI")
async def test_a_full_queue_answers_overloaded() -> None:
    sandbox = Sandbox(Limits(timeout=1.0, cpu_seconds=2), concurrency=1, max_waiting=1)
    sleeper = "import time\ntime.sleep(30)\n"
    running = asyncio.create_task(sandbox.run(sleeper))
    waiting = asyncio.create_task(sandbox.run(sleeper))
    while not (sandbox.active == 1 and sandbox.waiting == 1):
        await asyncio.sleep(0)
    with pytest.raises(Overloaded) as full:
        await sandbox.run("x = 1\n")
    assert full.value.status == 429
    assert full.value.to_json()["error"]["type"] == "rate_limit_error"
    results = await asyncio.gather(running, waiting)
    assert [r.stage for r in results] == ["timeout", "timeout"]
    assert (await sandbox.run("x = 1\n")).passed  # room again once they ended
