"""Every chat request shape the OpenAI API accepts round-trips through a live gateway, on
both backends, driven by the official openai SDK; the shapes it rejects are a 400 naming the
parameter, and never count against the backend."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.conformance.conftest import DEFAULT_MAX_TOKENS, Live

pytestmark = pytest.mark.live

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}
ADD = {
    "type": "function",
    "function": {
        "name": "add",
        "description": "Add two integers",
        "parameters": {
            "type": "object",
            "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
            "required": ["a", "b"],
        },
    },
}
ASK = [{"role": "user", "content": "What is the weather in Paris?"}]
CALLED = {
    "role": "assistant",
    "content": None,
    "tool_calls": [
        {"id": "call_1", "type": "function",
         "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
    ],
}  # fmt: skip
RESULT = {"role": "tool", "tool_call_id": "call_1", "content": '{"temperature_c": 18}'}


def chat(live: Live, messages: list[Any], **fields: Any) -> Any:
    fields.setdefault("max_tokens", 8)
    return live.sdk.chat.completions.create(model="chat", messages=messages, **fields)


def assert_text_answer(completion: Any) -> None:
    choice = completion.choices[0]
    assert isinstance(choice.message.content, str)
    assert choice.finish_reason in ("stop", "length")
    assert completion.usage.prompt_tokens > 0 and completion.usage.completion_tokens > 0


def test_content_string(live: Live) -> None:
    assert_text_answer(chat(live, [{"role": "user", "content": "Say hi."}]))


def test_content_parts(live: Live) -> None:
    parts = [{"type": "text", "text": "Say"}, {"type": "text", "text": " hi."}]
    assert_text_answer(chat(live, [{"role": "user", "content": parts}]))


def test_system_developer_and_name(live: Live) -> None:
    messages = [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "name": "ada", "content": "Say hi."},
        {"role": "assistant", "name": "bot", "content": "Hi."},
        {"role": "user", "name": "ada", "content": "Again."},
    ]
    assert_text_answer(chat(live, messages))


def test_tool_round_trip_with_content_null(live: Live) -> None:
    assert_text_answer(chat(live, [*ASK, CALLED, RESULT], tools=[WEATHER]))


def test_tool_calls_without_a_content_key(live: Live) -> None:
    called = {k: v for k, v in CALLED.items() if k != "content"}
    assert_text_answer(chat(live, [*ASK, called, RESULT], tools=[WEATHER]))


def test_parallel_tool_calls_in_history(live: Live) -> None:
    second = {"id": "call_2", "type": "function",
              "function": {"name": "add", "arguments": '{"a": 2, "b": 3}'}}  # fmt: skip
    called = {**CALLED, "tool_calls": [*CALLED["tool_calls"], second]}
    results = [RESULT, {"role": "tool", "tool_call_id": "call_2", "content": "5"}]
    assert_text_answer(chat(live, [*ASK, called, *results], tools=[WEATHER, ADD]))


def test_tool_choice_none_answers_in_text(live: Live) -> None:
    completion = chat(live, ASK, tools=[WEATHER], tool_choice="none")
    assert not completion.choices[0].message.tool_calls
    assert_text_answer(completion)


def test_tool_choice_auto_is_accepted(live: Live) -> None:
    completion = chat(live, ASK, tools=[WEATHER, ADD], tool_choice="auto", max_tokens=40)
    choice = completion.choices[0]
    for call in choice.message.tool_calls or []:
        assert call.function.name in ("get_weather", "add")
    assert completion.usage.completion_tokens > 0


def test_tool_choice_required_forces_a_call(live: Live) -> None:
    completion = chat(live, ASK, tools=[WEATHER, ADD], tool_choice="required", max_tokens=40)
    if live.kind == "upstream":  # llama.cpp's server does not enforce "required": accepted
        assert completion.choices[0].finish_reason in ("stop", "length", "tool_calls")
        return
    assert_valid_calls(completion, {"get_weather", "add"})


def test_named_tool_choice_forces_that_call(live: Live) -> None:
    named = {"type": "function", "function": {"name": "add"}}
    completion = chat(live, ASK, tools=[WEATHER, ADD], tool_choice=named, max_tokens=40)
    assert_valid_calls(completion, {"add"})


def assert_valid_calls(completion: Any, names: set[str]) -> None:
    calls = completion.choices[0].message.tool_calls
    assert calls and completion.choices[0].finish_reason in ("tool_calls", "length")
    required = {"get_weather": {"city": str}, "add": {"a": int, "b": int}}
    for call in calls:
        assert call.function.name in names and call.id
        arguments = json.loads(call.function.arguments)
        for key, kind in required[call.function.name].items():
            assert isinstance(arguments[key], kind)
    assert completion.usage.completion_tokens > 0


def test_n_two_gives_two_indexed_choices(live: Live) -> None:
    completion = chat(live, [{"role": "user", "content": "Name a fruit."}], n=2, seed=1)
    if live.kind == "upstream":  # llama.cpp's server answers one choice whatever n says
        assert [c.index for c in completion.choices] == list(range(len(completion.choices)))
        return
    assert [c.index for c in completion.choices] == [0, 1]
    assert all(isinstance(c.message.content, str) for c in completion.choices)


def test_logprobs_have_exactly_top_logprobs_entries(live: Live) -> None:
    messages = [{"role": "user", "content": "Write a sentence about the sea."}]
    completion = chat(live, messages, logprobs=True, top_logprobs=3, max_tokens=12)
    tokens = completion.choices[0].logprobs.content
    assert tokens
    for token in tokens:
        assert len(token.top_logprobs) == 3
        values = [t.logprob for t in token.top_logprobs]
        assert values == sorted(values, reverse=True)


def test_stream_carries_usage(live: Live) -> None:
    stream = chat(live, [{"role": "user", "content": "Say hi."}], stream=True,
                  stream_options={"include_usage": True})  # fmt: skip
    chunks = list(stream)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    usage = chunks[-1].usage
    assert usage is not None and usage.completion_tokens > 0 and usage.prompt_tokens > 0


def test_streamed_tool_call_carries_usage(live: Live) -> None:
    named = {"type": "function", "function": {"name": "get_weather"}}
    stream = chat(live, ASK, tools=[WEATHER], tool_choice=named, max_tokens=40, stream=True,
                  stream_options={"include_usage": True})  # fmt: skip
    chunks = list(stream)
    arguments = "".join(
        call.function.arguments or ""
        for c in chunks if c.choices
        for call in c.choices[0].delta.tool_calls or []
    )  # fmt: skip
    assert isinstance(json.loads(arguments)["city"], str)
    usage = chunks[-1].usage
    assert usage is not None and usage.completion_tokens > 0


def test_max_tokens_absent_uses_the_backend_default(live: Live) -> None:
    completion = live.sdk.chat.completions.create(
        model="chat", messages=[{"role": "user", "content": "Tell me a very long story."}]
    )
    assert 0 < completion.usage.completion_tokens <= DEFAULT_MAX_TOKENS
    assert completion.choices[0].finish_reason == "length"


def test_models_by_id(live: Live) -> None:
    model = live.sdk.models.retrieve("chat")
    assert model.id == "chat" and model.object == "model"
    response = httpx.get(live.url + "/v1/models/nope")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "model_not_found"


BAD_SHAPES = [
    ([{"role": "user"}], {}, "messages[0].content"),
    ([{"role": "user", "content": None}], {}, "messages[0].content"),
    ([*ASK, {"role": "assistant", "content": None}], {}, "messages[1].content"),
    ([*ASK, CALLED, {"role": "tool", "content": "18"}], {}, "messages[2].tool_call_id"),
    ([*ASK, {**CALLED, "tool_calls": [{"id": "c", "type": "function"}]}], {},
     "messages[1].tool_calls[0].function.name"),
    ([{"role": "user", "content": [{"text": "hi"}]}], {}, "messages[0].content[0]"),
    (ASK, {"tool_choice": "required"}, "tool_choice"),
    (ASK, {"tools": [WEATHER], "tool_choice": {"type": "function", "function": {"name": "x"}}},
     "tool_choice"),
    (ASK, {"tools": [WEATHER], "tool_choice": "always"}, "tool_choice"),
]  # fmt: skip


@pytest.mark.parametrize(("messages", "fields", "param"), BAD_SHAPES)
def test_rejected_shapes_are_a_400_naming_the_param(
    live: Live, messages: list[Any], fields: dict[str, Any], param: str
) -> None:
    response = live.post({"model": "chat", "messages": messages, "max_tokens": 4, **fields})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and error["param"] == param
    assert all(b["state"] == "closed" and b["failures"] == 0 for b in live.breakers().values())
