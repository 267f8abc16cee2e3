"""The Messages API read as a chat request and chat answers written back as Anthropic's, without
a server: every block type, every checked field's 400, and the event sequence of a stream."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest

from rung._errors import RequestError, UpstreamTimeout
from rung.gateway.dialects import DIALECTS
from rung.gateway.dialects.anthropic import AnthropicDialect, chat_body
from rung.patterns.keepalive import KeepAlive
from rung.types import ChatRequest, Chunk, Completion

DIALECT = AnthropicDialect()
BASE: dict[str, Any] = {"model": "chat", "max_tokens": 16}
WEATHER = {
    "name": "get_weather",
    "description": "The weather in a city.",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
}


def parse(**body: Any) -> ChatRequest:
    fields = {**BASE, "messages": [{"role": "user", "content": "hi"}], **body}
    return DIALECT.parse(orjson.dumps(fields), {})


def refused(body: dict[str, Any]) -> RequestError:
    with pytest.raises(RequestError) as caught:
        DIALECT.parse(orjson.dumps(body), {})
    return caught.value


def test_the_dialect_serves_v1_messages() -> None:
    assert isinstance(DIALECTS["/v1/messages"], AnthropicDialect)


def test_a_plain_request() -> None:
    request = parse(
        system="Be brief.", stop_sequences=["\n\n"], temperature=0.2, top_p=0.9, top_k=5,
        metadata={"user_id": "u-1"}, thinking={"type": "enabled", "budget_tokens": 1024},
    )  # fmt: skip
    assert request.body == {
        "model": "chat", "max_tokens": 16, "temperature": 0.2, "top_p": 0.9,
        "stop": ["\n\n"], "user": "u-1",
        "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}],
    }  # fmt: skip
    assert not request.stream and not request.is_text


def test_system_blocks_and_streaming() -> None:
    cached = {"type": "text", "text": "Two.", "cache_control": {"type": "ephemeral"}}
    system = [{"type": "text", "text": "One."}, cached]
    request = parse(system=system, stream=True)
    assert request.messages[0] == {"role": "system", "content": "One.\nTwo."}
    assert request.stream and request.body["stream_options"] == {"include_usage": True}


def test_images_become_image_url_parts() -> None:
    content = [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAA"}},
        {"type": "image", "source": {"type": "url", "url": "https://example.org/a.jpg"}},
        {"type": "text", "text": "What is this?"},
    ]
    [message] = parse(messages=[{"role": "user", "content": content}]).messages
    assert message == {"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAA"}},
        {"type": "image_url", "image_url": {"url": "https://example.org/a.jpg"}},
        {"type": "text", "text": "What is this?"},
    ]}  # fmt: skip


def test_a_tool_round_trip_becomes_tool_calls_and_tool_messages() -> None:
    messages = [
        {"role": "user", "content": "Weather in Paris and Oslo?"},
        {"role": "assistant", "content": [
            {"type": "thinking", "thinking": "hmm", "signature": "x"},
            {"type": "text", "text": "Looking."},
            {"type": "tool_use", "id": "toolu_1", "name": "get_weather",
             "input": {"city": "Paris"}},
            {"type": "tool_use", "id": "toolu_2", "name": "get_weather",
             "input": {"city": "Oslo"}},
        ]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_1", "content": "18 C"},
            {"type": "tool_result", "tool_use_id": "toolu_2", "is_error": True,
             "content": [{"type": "text", "text": "no station"},
                         {"type": "image", "source": {"type": "url", "url": "https://x/y.png"}}]},
            {"type": "text", "text": "And so?"},
        ]},
    ]  # fmt: skip
    request = parse(messages=messages, tools=[WEATHER], tool_choice={"type": "auto"})
    assert request.messages[1:] == [
        {"role": "assistant", "content": "Looking.", "tool_calls": [
            {"id": "toolu_1", "type": "function",
             "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'}},
            {"id": "toolu_2", "type": "function",
             "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'}},
        ]},
        {"role": "tool", "tool_call_id": "toolu_1", "content": "18 C"},
        {"role": "tool", "tool_call_id": "toolu_2", "content": "Error: no station"},
        {"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "https://x/y.png"}},
            {"type": "text", "text": "And so?"},
        ]},
    ]  # fmt: skip
    function = {"name": "get_weather", "description": "The weather in a city.",
                "parameters": WEATHER["input_schema"]}  # fmt: skip
    assert request.body["tools"] == [{"type": "function", "function": function}]
    assert request.body["tool_choice"] == "auto"


def test_an_assistant_turn_of_tool_calls_only_has_null_content() -> None:
    use = {"type": "tool_use", "id": "t", "name": "get_weather", "input": {}}
    messages = [{"role": "user", "content": "x"}, {"role": "assistant", "content": [use]}]
    assert parse(messages=messages, tools=[WEATHER]).messages[1]["content"] is None


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ({"type": "auto"}, {"tool_choice": "auto"}),
        ({"type": "any"}, {"tool_choice": "required"}),
        ({"type": "none"}, {"tool_choice": "none"}),
        ({"type": "tool", "name": "get_weather", "disable_parallel_tool_use": True},
         {"tool_choice": {"type": "function", "function": {"name": "get_weather"}},
          "parallel_tool_calls": False}),
    ],
)  # fmt: skip
def test_tool_choice(choice: dict[str, Any], expected: dict[str, Any]) -> None:
    body = parse(tools=[WEATHER], tool_choice=choice).body
    assert {k: body[k] for k in expected} == expected
    assert ("parallel_tool_calls" in body) == ("parallel_tool_calls" in expected)


HI = [{"role": "user", "content": "hi"}]


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": "chat", "messages": HI}, "max_tokens"),
        ({"max_tokens": 4, "messages": HI}, "model"),
        ({**BASE}, "messages"),
        ({**BASE, "messages": []}, "messages"),
        ({**BASE, "max_tokens": 0, "messages": HI}, "max_tokens"),
        ({**BASE, "max_tokens": "8", "messages": HI}, "max_tokens"),
        ({**BASE, "temperature": 1.5, "messages": HI}, "temperature"),
        ({**BASE, "stream": "yes", "messages": HI}, "stream"),
        ({**BASE, "stop_sequences": ["a", 3], "messages": HI}, "stop_sequences.1"),
        ({**BASE, "metadata": {"user_id": 7}, "messages": HI}, "metadata.user_id"),
        ({**BASE, "system": [{"type": "image"}], "messages": HI}, "system.0.type"),
        ({**BASE, "messages": [{"role": "system", "content": "x"}]}, "messages.0.role"),
        ({**BASE, "messages": [{"role": "user"}]}, "messages.0.content"),
        ({**BASE, "messages": [{"role": "user", "content": [{"type": "text", "text": "a"},
                                                            {"type": "bogus"}]}]},
         "messages.0.content.1.type"),
        ({**BASE, "messages": [{"role": "user", "content": [{"type": "text"}]}]},
         "messages.0.content.0.text"),
        ({**BASE, "messages": [{"role": "assistant", "content": [{"type": "tool_result",
                                                                 "tool_use_id": "t"}]}]},
         "messages.0.content.0.type"),
        ({**BASE, "messages": [{"role": "assistant", "content": [
            {"type": "tool_use", "id": "t", "name": "f", "input": "[]"}]}]},
         "messages.0.content.0.input"),
        ({**BASE, "messages": [{"role": "user", "content": [{"type": "image", "source": {
            "type": "base64", "media_type": "image/tiff", "data": "A"}}]}]},
         "messages.0.content.0.source.media_type"),
        ({**BASE, "messages": [{"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "t", "content": [{"type": "video"}]}]}]},
         "messages.0.content.0.content.0.type"),
        ({**BASE, "messages": HI, "tools": [{"name": "f"}]}, "tools.0.input_schema"),
        ({**BASE, "messages": HI, "tools": [{"name": "a b", "input_schema": {}}]},
         "tools.0.name"),
        ({**BASE, "messages": HI, "tools": [{"type": "web_search_20250305",
                                             "name": "web_search"}]}, "tools.0.type"),
        ({**BASE, "messages": HI, "tools": [WEATHER, WEATHER]}, "tools"),
        ({**BASE, "messages": HI, "tool_choice": {"type": "any"}}, "tool_choice"),
        ({**BASE, "messages": HI, "tools": [WEATHER], "tool_choice": {"type": "function"}},
         "tool_choice.type"),
        ({**BASE, "messages": HI, "tools": [WEATHER],
          "tool_choice": {"type": "tool", "name": "other"}}, "tool_choice.name"),
    ],
)  # fmt: skip
def test_a_wrong_field_is_a_400_naming_it(body: dict[str, Any], param: str) -> None:
    error = refused(body)
    assert error.status == 400 and error.param == param
    assert error.message.startswith(f"{param}: ")
    assert json.loads(DIALECT.error(error)) == {
        "type": "error",
        "error": {"type": "invalid_request_error", "message": error.message},
    }


def test_a_body_that_is_not_json_is_a_400() -> None:
    with pytest.raises(RequestError):
        DIALECT.parse(b"{not json", {})


def test_structured_output_becomes_response_format() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}}
    config = {"format": {"type": "json_schema", "schema": schema}, "effort": "low"}
    body = parse(output_config=config).body
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "output", "schema": schema},
    }
    assert "response_format" not in parse(output_config={"effort": "low"}).body
    bad = {**BASE, "messages": HI, "output_config": {"format": {"type": "xml"}}}
    assert refused(bad).param == "output_config.format.type"


def test_chat_body_never_passes_top_k_or_unknown_fields() -> None:
    body = chat_body({**BASE, "messages": HI, "top_k": 3, "service_tier": "auto"})
    assert "top_k" not in body and "service_tier" not in body


def routed(**body: Any) -> ChatRequest:
    request = parse(**body)
    request.route, request.request_id = "chat", "req_abc"
    return request


def test_a_whole_answer_with_text_and_tool_calls() -> None:
    calls = [{"id": "call_1", "type": "function",
              "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
             {"id": "call_2", "type": "function",
              "function": {"name": "get_weather", "arguments": "{city: Oslo"}}]  # fmt: skip
    answer = {"role": "assistant", "content": "Sure.", "tool_calls": calls}
    data = {"choices": [{"index": 0, "finish_reason": "tool_calls", "message": answer}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7}}  # fmt: skip
    message = json.loads(DIALECT.render(Completion(data), routed(tools=[WEATHER])))
    assert message == {
        "id": "msg_abc", "type": "message", "role": "assistant", "model": "chat",
        "content": [
            {"type": "text", "text": "Sure."},
            {"type": "tool_use", "id": "call_1", "name": "get_weather", "input": {"city": "Paris"}},
            {"type": "tool_use", "id": "call_2", "name": "get_weather",
             "input": {"_invalid_json": "{city: Oslo"}},
        ],
        "stop_reason": "tool_use", "stop_sequence": None,
        "usage": {"input_tokens": 11, "output_tokens": 7, "cache_creation_input_tokens": 0,
                  "cache_read_input_tokens": 0},
    }  # fmt: skip


@pytest.mark.parametrize(
    ("choice", "reason", "sequence"),
    [
        ({"finish_reason": "stop"}, "end_turn", None),
        ({"finish_reason": "length"}, "max_tokens", None),
        ({"finish_reason": "content_filter"}, "refusal", None),
        ({"finish_reason": "stop", "stop_reason": "END"}, "stop_sequence", "END"),
        ({"finish_reason": "stop", "stop_reason": 2}, "end_turn", None),  # a token id (vLLM)
    ],
)
def test_stop_reasons(choice: dict[str, Any], reason: str, sequence: str | None) -> None:
    data = {"choices": [{"index": 0, "message": {"content": "x"}, **choice}]}
    message = json.loads(DIALECT.render(Completion(data), routed(stop_sequences=["END"])))
    assert (message["stop_reason"], message["stop_sequence"]) == (reason, sequence)


def chunk(delta: dict[str, Any], finish: str | None = None) -> Chunk:
    return Chunk({"object": "chat.completion.chunk",
                  "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})  # fmt: skip


async def events(chunks: list[Chunk], request: ChatRequest) -> list[tuple[str, Any]]:
    async def source() -> AsyncIterator[Chunk]:
        for item in chunks:
            yield item

    found = []
    async for frame in DIALECT.frames(source(), request):
        assert frame.endswith(b"\n\n")
        name, data = frame.decode().strip().split("\n")
        assert name.startswith("event: ") and data.startswith("data: ")
        found.append((name[7:], json.loads(data[6:])))
    return found


async def test_a_stream_of_text_and_a_tool_call() -> None:
    first = {
        "index": 0,
        "id": "call_1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": '{"ci'},
    }
    rest = {"index": 0, "function": {"name": "get_weather", "arguments": 'ty": "Oslo"}'}}
    chunks = [
        KeepAlive.saying("waiting"),
        chunk({"role": "assistant", "content": ""}),
        chunk({"content": "Let me "}), chunk({"content": "look."}),
        chunk({"tool_calls": [first]}), chunk({"tool_calls": [rest]}),
        chunk({}, "tool_calls"),
        Chunk({"choices": [], "usage": {"prompt_tokens": 30, "completion_tokens": 9}}),
    ]  # fmt: skip
    found = await events(chunks, routed(tools=[WEATHER], stream=True))
    assert [name for name, _ in found] == [
        "message_start", "ping",
        "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop",
        "content_block_start", "content_block_delta", "content_block_stop",
        "message_delta", "message_stop",
    ]  # fmt: skip
    start = found[0][1]["message"]
    assert start["id"] == "msg_abc" and start["model"] == "chat" and start["content"] == []
    assert start["stop_reason"] is None and start["usage"]["output_tokens"] == 0
    assert found[1][1] == {"type": "ping"}
    assert found[2][1] == {"type": "content_block_start", "index": 0,
                           "content_block": {"type": "text", "text": ""}}  # fmt: skip
    assert found[4][1] == {"type": "content_block_delta", "index": 0,
                           "delta": {"type": "text_delta", "text": "look."}}  # fmt: skip
    assert found[6][1] == {"type": "content_block_start", "index": 1, "content_block": {
        "type": "tool_use", "id": "call_1", "name": "get_weather", "input": {}}}  # fmt: skip
    assert found[7][1]["delta"] == {"type": "input_json_delta", "partial_json": '{"city":"Oslo"}'}
    assert found[8][1] == {"type": "content_block_stop", "index": 1}
    assert found[9][1] == {
        "type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": None},
        "usage": {"input_tokens": 30, "output_tokens": 9, "cache_creation_input_tokens": 0,
                  "cache_read_input_tokens": 0},
    }  # fmt: skip


async def test_two_tool_calls_are_two_blocks() -> None:
    calls = [
        {"index": 0, "id": "a", "function": {"name": "get_weather", "arguments": '{"city":"A"}'}},
        {"index": 1, "id": "b", "function": {"name": "get_weather", "arguments": '{"city":"B"}'}},
    ]
    found = await events([chunk({"tool_calls": calls}, "tool_calls")], routed(tools=[WEATHER]))
    starts = [data for name, data in found if name == "content_block_start"]
    assert [(s["index"], s["content_block"]["id"]) for s in starts] == [(0, "a"), (1, "b")]


async def test_an_empty_stream_is_still_a_whole_message() -> None:
    found = await events([], routed(stream=True))
    assert [name for name, _ in found] == ["message_start", "message_delta", "message_stop"]
    assert found[1][1]["delta"]["stop_reason"] == "end_turn"


async def test_frames_wait_for_the_first_chunk() -> None:
    async def failing() -> AsyncIterator[Chunk]:
        raise UpstreamTimeout("too slow")
        yield chunk({})  # pragma: no cover

    frames = DIALECT.frames(failing(), routed(stream=True))
    with pytest.raises(UpstreamTimeout):
        await anext(frames)


def test_a_stream_error_is_an_error_event() -> None:
    frame = DIALECT.stream_error(UpstreamTimeout("no answer"))
    name, data = frame.decode().strip().split("\n")
    assert name == "event: error"
    error = {"type": "api_error", "message": "no answer"}
    assert json.loads(data[6:]) == {"type": "error", "error": error}
