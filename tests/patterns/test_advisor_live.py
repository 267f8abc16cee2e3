"""The advisor with real models: SmolLM2 served by llama-cpp-python.

The embedded model in-process cannot choose to call a tool (llama-cpp-python's default chat
handler emits tool calls only when `tool_choice` forces one), so the tool form runs with a
llama.cpp server started with `--chat_format chatml-function-calling` as the executor; the
advisor is the plain llama.cpp server. The orchestrated form runs with the embedded model
in-process as the executor.
"""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest

from rung.patterns.advisor import Advisor
from rung.patterns.keepalive import KeepAlive
from rung.patterns.toolcalls import CONSULT
from rung.types import ChatRequest, Trace
from tests.patterns.conftest import openai_backend

pytestmark = pytest.mark.live

HINT = "You are a helpful assistant. For any hard question, call consult_advisor first."
HARD = "What is the integral of x^2 sin(x)? This is hard."


def hard_request(**body: Any) -> ChatRequest:
    messages = [{"role": "system", "content": HINT}, {"role": "user", "content": HARD}]
    return ChatRequest({"model": "agent", "messages": messages, "max_tokens": 24, **body})


@pytest.fixture
def tool_pair(tool_server: str, llama_server: str) -> tuple[Any, Any]:
    executor = openai_backend("executor", tool_server, tools=True)
    advisor = openai_backend("advisor", llama_server)
    return executor, advisor


async def test_tool_form_consults_once_then_withdraws_the_tool(tool_pair: Any) -> None:
    executor, advisor = tool_pair
    pattern = Advisor(executor, advisor, max_consults=1, advice_max_tokens=24)
    trace = Trace()
    try:
        answer = await pattern.complete(hard_request(temperature=0), trace)
    finally:
        await executor.close()
        await advisor.close()
    first, second = executor.requests
    assert [t["function"]["name"] for t in first.body["tools"]] == [CONSULT]
    assert "tools" not in second.body  # max_consults=1: withdrawn after one consultation
    assert len(advisor.requests) == 1
    call, result = second.messages[-2], second.messages[-1]
    assert call["tool_calls"][0]["function"]["name"] == CONSULT  # the real model called it
    question = orjson.loads(call["tool_calls"][0]["function"]["arguments"])["question"]
    assert question and question in advisor.requests[0].messages[-1]["content"]
    assert result["role"] == "tool" and result["content"]  # the real advisor's advice
    assert "tool_calls" not in answer.message and isinstance(answer.message["content"], str)
    decision = next(d for d in trace.decisions if d.step == "consult 1")
    assert decision.outcome == "advised" and "advice" in decision.reason
    assert [c.backend for c in trace.calls] == ["executor", "advisor", "executor"]
    assert trace.calls[1].completion_tokens > 0


async def test_tool_form_streams_with_keepalives_during_the_consultation(tool_pair: Any) -> None:
    executor, advisor = tool_pair
    # llama-cpp-python cannot stream a tool choice ("Automatic streaming tool choice is not
    # supported"), so the rounds that offer the tool are generated whole.
    pattern = Advisor(
        executor, advisor, max_consults=1, advice_max_tokens=24, keepalive_seconds=0.2,
        stream_tool_rounds=False,
    )  # fmt: skip
    try:
        chunks = [c async for c in pattern.stream(hard_request(stream=True), Trace())]
    finally:
        await executor.close()
        await advisor.close()
    comments = [c.sse() for c in chunks if isinstance(c, KeepAlive)]
    assert b": consulting advisor\n\n" in comments and b": working\n\n" in comments
    events = [c for c in chunks if not isinstance(c, KeepAlive)]
    assert CONSULT not in b"".join(c.to_bytes() for c in events).decode()
    assert sum(bool(c.delta_text) for c in events) > 1  # the last round streamed live
    first_text = next(i for i, c in enumerate(chunks) if c.delta_text)
    assert any(isinstance(c, KeepAlive) for c in chunks[:first_text])  # paused, then spoke


async def test_orchestrated_form_through_the_gateway(serve: Any, llama_server: str) -> None:
    config = {
        "models": {
            "local": {"backend": "llamacpp", "n_ctx": 1024},
            "hosted": {"backend": "openai", "base_url": llama_server, "model": "smollm2"},
        },
        "routes": {
            "agent": {
                "pattern": "advisor", "executor": "local", "advisor": "hosted",
                "max_consults": 1, "advice_max_tokens": 32, "keepalive_seconds": 0.2,
            }
        },
    }  # fmt: skip
    question = {"role": "user", "content": "Name three prime numbers above 100."}
    body = {"model": "agent", "max_tokens": 24, "temperature": 0, "messages": [question]}
    with serve(config) as gateway:
        reply = httpx.post(gateway.url + "/v1/chat/completions", json=body, timeout=300)
        assert reply.status_code == 200, reply.text
        assert reply.headers["x-rung-model"] == "local"
        lines = _stream_lines(gateway.url, {**body, "stream": True})
        rows = gateway.log_rows()
        calls = gateway.log_rows("calls")
    assert reply.json()["choices"][0]["message"]["content"]
    first = [c["backend"] for c in calls if c["request_id"] == rows[0]["id"]]
    decisions = orjson.loads(rows[0]["decisions"])
    review = next(d for d in decisions if d["step"] == "consult 1")
    if review["outcome"] == "advised" and not _said_ok(decisions):
        assert first == ["local", "hosted", "local"]  # draft, review, revision
    else:
        assert first == ["local", "hosted"]
    _check_stream(lines)


def _said_ok(decisions: list[dict[str, str]]) -> bool:
    return any(d["step"] == "review 1" and d["outcome"] == "accepted" for d in decisions)


def _stream_lines(url: str, body: dict[str, Any]) -> list[str]:
    with httpx.stream("POST", url + "/v1/chat/completions", json=body, timeout=300) as reply:
        assert reply.status_code == 200
        return [line for line in reply.iter_lines() if line]


def _check_stream(lines: list[str]) -> None:
    """Keep-alives are on the wire, as SSE comment lines, before the text."""
    comments = [line for line in lines if line.startswith(":")]
    assert {": drafting", ": consulting advisor"} <= set(comments)
    first_text = next(i for i, line in enumerate(lines) if '"content":' in line)
    assert lines.index(": consulting advisor") < first_text
    events = [orjson.loads(line[6:]) for line in lines if line.startswith("data: {")]
    assert not [e for e in events if e.get("choices") == [] and "usage" not in e]
    deltas = [e["choices"][0]["delta"] for e in events if e["choices"]]
    assert "".join(d.get("content") or "" for d in deltas).strip()
    assert lines[-1] == "data: [DONE]"
