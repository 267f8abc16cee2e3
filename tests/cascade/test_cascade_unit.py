"""The cascade and draft-and-verify patterns with scripted backends: every branch, and the
trace that explains it."""

from __future__ import annotations

from rung import Overloaded
from rung.backends import MockBackend
from rung.patterns import Cascade, DraftVerify
from rung.types import ChatRequest, Trace
from rung.verifiers import JsonSchemaVerifier, JsonVerifier

SCHEMA = {"type": "object", "required": ["age"], "properties": {"age": {"type": "integer"}}}


def request(**fields: object) -> ChatRequest:
    return ChatRequest({"model": "r", "messages": [{"role": "user", "content": "x"}], **fields})


async def test_cheap_tier_passes_no_escalation() -> None:
    cheap, strong = MockBackend("cheap").enqueue('{"age": 3}'), MockBackend("strong")
    trace = Trace()
    answer = await Cascade([cheap, strong], JsonSchemaVerifier(schema=SCHEMA)).complete(
        request(), trace
    )
    assert answer.text == '{"age": 3}' and not strong.requests
    assert trace.answered_by == "cheap" and trace.escalated is False
    assert [d.outcome for d in trace.decisions] == ["passed"]


async def test_invalid_draft_escalates_with_the_reason() -> None:
    cheap = MockBackend("cheap").enqueue('{"name": "x"}')
    strong = MockBackend("strong").enqueue('{"age": 40}')
    trace = Trace()
    answer = await Cascade([cheap, strong], JsonSchemaVerifier(schema=SCHEMA)).complete(
        request(), trace
    )
    assert answer.text == '{"age": 40}' and trace.answered_by == "strong"
    assert trace.escalated is True
    first = trace.decisions[0]
    assert first.step == "verify cheap" and first.outcome == "failed"
    assert "'age' is a required property" in first.reason
    assert [c.backend for c in trace.calls] == ["cheap", "strong"]


async def test_none_passes_returns_last_and_says_so() -> None:
    cheap, strong = MockBackend("cheap").enqueue("nope"), MockBackend("strong").enqueue("no")
    trace = Trace()
    answer = await Cascade([cheap, strong], JsonVerifier()).complete(request(), trace)
    assert answer.text == "no" and trace.answered_by == "strong"
    assert trace.decisions[-1].outcome == "exhausted"


async def test_failing_cheap_backend_escalates() -> None:
    cheap = MockBackend("cheap").enqueue(Overloaded("full", backend="cheap"))
    strong = MockBackend("strong").enqueue("{}")
    trace = Trace()
    answer = await Cascade([cheap, strong], JsonVerifier()).complete(request(), trace)
    assert answer.text == "{}"
    assert trace.decisions[0].step == "call cheap" and trace.calls[0].status == "error"


async def test_stream_returns_the_verified_answer() -> None:
    cheap = MockBackend("cheap").enqueue("not json")
    strong = MockBackend("strong").enqueue('{"ok": true}')
    trace = Trace()
    chunks = [c async for c in Cascade([cheap, strong], JsonVerifier()).stream(request(), trace)]
    assert "".join(c.delta_text for c in chunks).strip() == '{"ok": true}'
    assert trace.answered_by == "strong"


async def test_stream_of_a_passing_cheap_answer_is_that_answer() -> None:
    cheap, strong = MockBackend("cheap").enqueue('{"a": 1}'), MockBackend("strong")
    trace = Trace()
    chunks = [c async for c in Cascade([cheap, strong], JsonVerifier()).stream(request(), trace)]
    assert "".join(c.delta_text for c in chunks) == '{"a": 1}'
    assert chunks[-1].usage is not None and not strong.requests


async def test_draft_verify_accepts_and_rejects() -> None:
    drafter, strong = MockBackend("local"), MockBackend("hosted")
    pattern = DraftVerify(drafter, JsonVerifier(), Cascade([strong], None))
    drafter.enqueue('{"x": 1}')
    accepted = Trace()
    assert (await pattern.complete(request(), accepted)).text == '{"x": 1}'
    assert accepted.answered_by == "local" and not strong.requests
    drafter.enqueue("prose")
    strong.enqueue('{"y": 2}')
    rejected = Trace()
    assert (await pattern.complete(request(), rejected)).text == '{"y": 2}'
    assert rejected.answered_by == "hosted"
    assert rejected.escalated is True
    assert rejected.decisions[0].outcome == "rejected"
