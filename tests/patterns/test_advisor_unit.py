"""The advisor pattern against scripted backends: the tool loop, the budget, what the client
sees, the orchestrated form, the verifier skip, and keep-alives while streaming."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from rung._errors import BackendError
from rung.backends.base import Capabilities
from rung.patterns.advisor import NO_MORE, Advisor
from rung.patterns.keepalive import KeepAlive
from rung.patterns.toolcalls import CONSULT
from rung.types import ChatRequest, Chunk, Completion, Trace
from rung.verifiers.base import Verdict, Verifier
from tests.patterns.conftest import Scripted, tool_call
from tests.waiting import timed, virtual_time

TOOLS = Capabilities(tools=True)
WEATHER = {
    "type": "function",
    "function": {"name": "get_weather", "parameters": {"type": "object"}},
}


def ask(text: str = "Prove that sqrt(2) is irrational.", **body: object) -> ChatRequest:
    return ChatRequest({"model": "agent", "messages": [{"role": "user", "content": text}], **body})


def consult(question: str, call_id: str = "c1") -> dict[str, Any]:
    return tool_call(CONSULT, orjson.dumps({"question": question}).decode(), call_id)


async def collect(pattern: Advisor, request: ChatRequest, trace: Trace) -> list[Chunk]:
    return [chunk async for chunk in pattern.stream(request, trace)]


async def test_tool_form_consults_and_hides_the_tool() -> None:
    executor = Scripted("small", capabilities=TOOLS)
    executor.enqueue(consult("Which proof is shortest?"), "By contradiction: assume p/q.")
    helper = Scripted("big").enqueue("Use the parity argument.")
    trace = Trace()
    answer = await Advisor(executor, helper).complete(ask(tools=[WEATHER]), trace)
    assert answer.text == "By contradiction: assume p/q."
    assert "tool_calls" not in answer.message
    first, second = executor.requests
    names = [t["function"]["name"] for t in first.body["tools"]]
    assert names == ["get_weather", CONSULT]  # the client's tool kept beside the advisor's
    tool_message = second.messages[-1]
    assert tool_message["role"] == "tool" and tool_message["content"].startswith("Use the parity")
    assert second.messages[-2]["tool_calls"][0]["id"] == tool_message["tool_call_id"]
    advisor_prompt = helper.requests[0].messages[-1]["content"]
    assert "Prove that sqrt(2)" in advisor_prompt and "Which proof is shortest?" in advisor_prompt
    decision = next(d for d in trace.decisions if d.step == "consult 1")
    assert decision.outcome == "advised" and "Which proof is shortest?" in decision.reason
    assert [c.backend for c in trace.calls] == ["small", "big", "small"]
    assert trace.answered_by == "small"
    assert answer.usage.prompt_tokens == 20  # both executor calls


async def test_max_consults_withdraws_the_tool_and_refuses_more() -> None:
    executor = Scripted("small", capabilities=TOOLS)
    executor.enqueue(consult("q1", "a"), consult("q2", "b"), consult("q3", "c"), "done")
    helper = Scripted("big").enqueue("advice 1", "advice 2")
    trace = Trace()
    answer = await Advisor(executor, helper, max_consults=2).complete(ask(), trace)
    assert answer.text == "done"
    assert len(helper.requests) == 2
    offered = [CONSULT in str(r.body.get("tools")) for r in executor.requests]
    assert offered == [True, True, False, False]
    assert "last consultation" in executor.requests[2].messages[-1]["content"]
    assert executor.requests[3].messages[-1]["content"] == NO_MORE
    assert [d.outcome for d in trace.decisions if d.step.startswith("consult")] == [
        "advised", "advised", "refused"
    ]  # fmt: skip


async def test_client_tool_calls_reach_the_client() -> None:
    executor = Scripted("small", capabilities=TOOLS)
    executor.enqueue(tool_call("get_weather", '{"city": "Umea"}'))
    answer = await Advisor(executor, Scripted("big")).complete(ask(tools=[WEATHER]), Trace())
    assert answer.message["tool_calls"][0]["function"]["name"] == "get_weather"
    assert answer.data["choices"][0]["finish_reason"] == "tool_calls"


async def test_a_failing_advisor_does_not_fail_the_request() -> None:
    executor = Scripted("small", capabilities=TOOLS).enqueue(consult("q"), "answer anyway")
    helper = Scripted("big").enqueue(BackendError("upstream down", backend="big"))
    trace = Trace()
    answer = await Advisor(executor, helper).complete(ask(), trace)
    assert answer.text == "answer anyway"
    assert "could not be reached" in executor.requests[1].messages[-1]["content"]
    assert any(d.outcome == "failed" for d in trace.decisions)


async def test_compressed_context_clips_older_messages() -> None:
    long_turn = "word " * 600
    messages = [
        {"role": "user", "content": long_turn},
        {"role": "assistant", "content": long_turn},
        {"role": "user", "content": "And now the hard part?"},
    ]
    executor = Scripted("small", capabilities=TOOLS)
    sizes = {}
    for form in ("full", "compressed"):
        executor.enqueue(consult("how?"), "ok")
        helper = Scripted("big").enqueue("hint")
        request = ChatRequest({"model": "agent", "messages": messages})
        await Advisor(executor, helper, context=form).complete(request, Trace())
        sizes[form] = len(helper.requests[0].messages[-1]["content"])
    assert sizes["compressed"] < sizes["full"] / 3


async def test_orchestrated_form_drafts_reviews_revises() -> None:
    executor = Scripted("small").enqueue("draft answer", "better answer")
    helper = Scripted("big").enqueue("You forgot the base case.")
    trace = Trace()
    answer = await Advisor(executor, helper, max_consults=1).complete(ask(), trace)
    assert answer.text == "better answer"
    assert "draft answer" in helper.requests[0].messages[-1]["content"]
    revision = executor.requests[1].messages
    assert revision[-2] == {"role": "assistant", "content": "draft answer"}
    assert "You forgot the base case." in revision[-1]["content"]
    assert trace.decisions[0].outcome == "orchestrated"


async def test_orchestrated_form_stops_when_the_advisor_says_ok() -> None:
    executor = Scripted("small").enqueue("fine draft")
    helper = Scripted("big").enqueue("OK.")
    answer = await Advisor(executor, helper, max_consults=3).complete(ask(), Trace())
    assert answer.text == "fine draft" and len(executor.requests) == 1


class Passes(Verifier):
    name = "always"

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        return Verdict("draft" in completion.text, 1.0, "contains 'draft'")


async def test_orchestrated_form_skips_the_advisor_when_the_verifier_passes() -> None:
    executor = Scripted("small").enqueue("a draft")
    helper = Scripted("big")
    trace = Trace()
    answer = await Advisor(executor, helper, verifier=Passes()).complete(ask(), trace)
    assert answer.text == "a draft" and helper.requests == []
    assert any(d.step == "verify draft" and d.outcome == "passed" for d in trace.decisions)


def test_tool_stream_pauses_with_keepalives_and_hides_the_tool() -> None:
    executor = Scripted("small", capabilities=TOOLS)
    executor.enqueue(consult("which lemma?"), "Use Euclid's lemma.")
    helper = Scripted("big", delay=4.5).enqueue("Euclid.")
    pattern = Advisor(executor, helper, keepalive_seconds=1.0)
    chunks, seconds = virtual_time(timed(collect(pattern, ask(stream=True), Trace())))
    assert seconds == pytest.approx(4.5)  # on the virtual clock: no real time passed
    keepalives = [c for c in chunks if isinstance(c, KeepAlive)]
    assert len(keepalives) == 5  # one at once, then one each second of the 4.5 s wait
    assert {k.sse() for k in keepalives} == {b": consulting advisor\n\n"}
    events = [c for c in chunks if not isinstance(c, KeepAlive)]
    assert "consult_advisor" not in b"".join(c.to_bytes() for c in events).decode()
    text = "".join(c.delta_text for c in events)
    assert text.strip() == "Use Euclid's lemma."
    finishes = [c.data["choices"][0]["finish_reason"] for c in events if c.data["choices"]]
    assert [f for f in finishes if f] == ["stop"]
    assert events[-1].usage is not None and events[-1].usage.prompt_tokens == 20
    roles = [c for c in events if c.data["choices"] and "role" in c.data["choices"][0]["delta"]]
    assert len(roles) == 1  # the role once, though the executor spoke twice


async def test_tool_stream_passes_client_tool_calls() -> None:
    executor = Scripted("small", capabilities=TOOLS)
    executor.enqueue(tool_call("get_weather", '{"city": "Lund"}', "w1"))
    chunks = await collect(Advisor(executor, Scripted("big")), ask(stream=True), Trace())
    deltas = [c.data["choices"][0]["delta"] for c in chunks if c.data.get("choices")]
    calls = [d["tool_calls"][0] for d in deltas if d.get("tool_calls")]
    assert calls[0]["function"]["name"] == "get_weather" and calls[0]["index"] == 0
    assert "Lund" in "".join(c["function"].get("arguments", "") for c in calls)
    assert chunks[-2].data["choices"][0]["finish_reason"] == "tool_calls"


def test_orchestrated_stream_streams_the_revision_after_keepalives() -> None:
    executor = Scripted("small", delay=2.5).enqueue("draft", "the revised answer")
    helper = Scripted("big", delay=2.5).enqueue("Add an example.")
    pattern = Advisor(executor, helper, max_consults=1, keepalive_seconds=1.0)
    chunks = virtual_time(collect(pattern, ask(stream=True), Trace()))
    comments = [c.comment for c in chunks if isinstance(c, KeepAlive)]
    # at 0, 1 and 2 s of each 2.5 s wait; none while the last revision streams live
    assert comments == ["drafting"] * 3 + ["consulting advisor"] * 3
    text = "".join(c.delta_text for c in chunks if not isinstance(c, KeepAlive))
    assert text.strip() == "the revised answer"
    usage = chunks[-1].usage
    assert usage is not None and usage.prompt_tokens == 20  # the draft's and the revision's


@pytest.mark.parametrize("form", ["tool", "orchestrated"])
async def test_zero_consults_never_calls_the_advisor(form: str) -> None:
    executor = Scripted("small", capabilities=TOOLS).enqueue("plain answer")
    helper = Scripted("big")
    answer = await Advisor(executor, helper, max_consults=0, form=form).complete(ask(), Trace())
    assert answer.text == "plain answer" and helper.requests == []
    assert "tools" not in executor.requests[0].body


def test_tool_stream_with_whole_rounds_still_streams_after_the_budget() -> None:
    executor = Scripted("small", capabilities=TOOLS, delay=2.5)
    executor.enqueue(consult("hint?"), "final words here")
    helper = Scripted("big").enqueue("a hint")
    pattern = Advisor(
        executor, helper, max_consults=1, keepalive_seconds=1.0, stream_tool_rounds=False
    )
    trace = Trace()
    chunks = virtual_time(collect(pattern, ask(stream=True), trace))
    comments = [c.comment for c in chunks if isinstance(c, KeepAlive)]
    # the whole first round: at 0, 1 and 2 s; an advisor that answers at once: one
    assert comments == ["working"] * 3 + ["consulting advisor"]
    words = [c.delta_text for c in chunks if c.delta_text]
    assert len(words) == 3  # the last round, with the tool withdrawn, streamed word by word
    assert "tools" not in executor.requests[1].body and executor.requests[1].stream


async def test_orchestrated_form_stops_at_max_consults() -> None:
    executor = Scripted("small").enqueue("v1", "v2", "v3")
    helper = Scripted("big").enqueue("fix a", "fix b")
    trace = Trace()
    answer = await Advisor(executor, helper, max_consults=2).complete(ask(), trace)
    assert answer.text == "v3" and len(helper.requests) == 2 and len(executor.requests) == 3
    assert "v2" in helper.requests[1].messages[-1]["content"]  # the second review reads v2


async def test_a_turn_calling_both_tools_sends_the_client_tool_and_drops_the_consult() -> None:
    both = consult("why?")
    weather = tool_call("get_weather", '{"city": "Kiruna"}', "w1")
    both["choices"][0]["message"]["tool_calls"] += weather["choices"][0]["message"]["tool_calls"]
    executor = Scripted("small", capabilities=TOOLS).enqueue(both)
    helper = Scripted("big")
    trace = Trace()
    answer = await Advisor(executor, helper).complete(ask(tools=[WEATHER]), trace)
    assert [c["function"]["name"] for c in answer.message["tool_calls"]] == ["get_weather"]
    assert helper.requests == [] and any(d.outcome == "dropped" for d in trace.decisions)
