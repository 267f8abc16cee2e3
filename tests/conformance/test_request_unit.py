"""Request validation and the local model's message rendering, without a model."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import orjson
import pytest

from rung import Overloaded, RequestError
from rung.backends.llamacpp import LlamaCppBackend
from rung.backends.localchat import chat_messages, parse_calls, plan_tools
from rung.backends.localsample import trim_logprobs
from rung.config import LlamaCppBackendConfig
from rung.gateway.request import parse_chat
from tests.conformance.test_shapes import ADD, ASK, BAD_SHAPES, CALLED, RESULT, WEATHER


def body(messages: list[Any], **fields: Any) -> bytes:
    return orjson.dumps({"model": "m", "messages": messages, **fields})


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "user", "content": "hi"}],
        [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
        [{"role": "developer", "content": "be brief"}, {"role": "user", "content": "hi"}],
        [*ASK, CALLED, RESULT],
        [*ASK, {k: v for k, v in CALLED.items() if k != "content"}, RESULT],
        [{"role": "user", "name": "ada", "content": "hi"}],
        [*ASK, {"role": "assistant", "function_call": {"name": "f", "arguments": "{}"}},
         {"role": "function", "name": "f", "content": "1"}],
    ],
)  # fmt: skip
def test_accepted_shapes(messages: list[Any]) -> None:
    assert parse_chat(body(messages, tools=[WEATHER])).messages == messages


@pytest.mark.parametrize(("messages", "fields", "param"), BAD_SHAPES)
def test_rejected_shapes(messages: list[Any], fields: dict[str, Any], param: str) -> None:
    with pytest.raises(RequestError) as caught:
        parse_chat(body(messages, **fields))
    assert caught.value.param == param and caught.value.status == 400


@pytest.mark.parametrize("extra", [0, 1, 50])
def test_depth_is_refused_past_the_limit_exactly(extra: int) -> None:
    """The body itself is level 1: 99 lists inside it make 100 levels (passed), 100 lists make
    101 (refused), however few or many other brackets the text holds besides."""
    pads = ",".join(["[]"] * extra)

    def nested(lists: int) -> bytes:
        inner = "[" * lists + "]" * lists
        message = '{"role":"user","content":"hi"}'
        text = f'{{"model":"m","messages":[{message}],"x":{inner},"pad":[{pads}]}}'
        return text.encode()

    assert parse_chat(nested(99)).body["x"]  # 100 levels: the body and x's 99 lists
    with pytest.raises(RequestError, match="nests deeper than 100"):
        parse_chat(nested(100))  # 101 levels


def test_every_message_renders_as_plain_strings() -> None:
    request = {"messages": [*ASK, CALLED, RESULT], "tools": [WEATHER]}
    messages = chat_messages(request, plan_tools(request))
    assert all(isinstance(m["content"], str) for m in messages)
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "tool"]
    assert json.loads(messages[2]["content"]) == [
        {"name": "get_weather", "arguments": {"city": "Paris"}}
    ]


def test_tool_plans() -> None:
    assert plan_tools({"tools": [WEATHER], "tool_choice": "none"}).mode is None
    assert plan_tools({"tools": [WEATHER]}).mode == "auto"
    forced = plan_tools({"tools": [WEATHER, ADD], "tool_choice": "required"})
    assert forced.mode == "forced" and forced.schema is not None
    assert len(forced.schema["items"]["anyOf"]) == 2
    named = plan_tools(
        {"tools": [WEATHER, ADD], "tool_choice": {"type": "function", "function": {"name": "add"}},
         "parallel_tool_calls": False}
    )  # fmt: skip
    assert named.schema == {"type": "array", "items": named.schema["items"], "minItems": 1,
                            "maxItems": 1}  # fmt: skip
    assert named.schema["items"]["properties"]["name"] == {"const": "add"}


def test_parse_calls() -> None:
    calls = parse_calls('[{"name": "add", "arguments": {"a": 1, "b": 2}}, {"name": "x"}]')
    assert calls is not None and [c["function"]["name"] for c in calls] == ["add", "x"]
    assert json.loads(calls[0]["function"]["arguments"]) == {"a": 1, "b": 2}
    assert parse_calls("Hello [1]") is None and parse_calls("[1, 2]") is None


def test_top_logprobs_trimmed_to_exactly_the_count() -> None:
    alternatives = [{"token": t, "logprob": p} for t, p in (("a", -3), ("b", -1), ("c", -2))]
    alternatives.append({"token": "d", "logprob": -0.5})
    choice = {"logprobs": {"content": [{"token": "d", "logprob": -0.5,
                                        "top_logprobs": alternatives}]}}  # fmt: skip
    trim_logprobs(choice, 3)
    assert [t["token"] for t in choice["logprobs"]["content"][0]["top_logprobs"]] == [
        "d", "b", "c"
    ]  # fmt: skip


async def test_retry_after_is_the_measured_time_of_one_request() -> None:
    """Three requests of 1.5 s each (by the injected clock), then a fourth running with no
    room to wait: the refusal says to come back in about one request's time."""
    now = [0.0]
    local = LlamaCppBackend("local", LlamaCppBackendConfig(max_queue=0), clock=lambda: now[0])

    def job(seconds: float, release: threading.Event) -> None:
        release.wait(10)
        now[0] += seconds

    for _ in range(3):
        done = threading.Event()
        done.set()
        await asyncio.wrap_future(local._submit(lambda d=done: job(1.5, d)))  # type: ignore[misc]
    hold = threading.Event()
    running = local._submit(lambda: job(1.5, hold))  # max_queue 0: one running, none waiting
    with pytest.raises(Overloaded) as caught:
        local._submit(lambda: None)
    hold.set()
    await asyncio.wrap_future(running)
    assert 1.0 < caught.value.retry_after < 2.0
    await local.close()
