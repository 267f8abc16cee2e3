"""Ollama's bodies as the requests rung runs, and chat-shaped answers as Ollama's lines,
without a model."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest

from rung import RequestError
from rung._errors import UnknownRoute
from rung.gateway.dialects.ollama import ChatDialect, GenerateDialect, OllamaRequest, route_of
from rung.types import ChatRequest, Chunk, Completion

GENERATE, CHAT = GenerateDialect(), ChatDialect()
SCOPE = {"state": {"routes": {"code": None, "odd:7b": None}}}
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(16)).decode()
JPEG = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(16)).decode()


def generate(**fields: Any) -> ChatRequest:
    return GENERATE.parse(orjson.dumps({"model": "code", **fields}), SCOPE)


def chat(messages: list[Any], **fields: Any) -> ChatRequest:
    return CHAT.parse(orjson.dumps({"model": "code:latest", "messages": messages, **fields}), SCOPE)


def test_model_names_with_a_tag_name_their_route() -> None:
    routes = SCOPE["state"]["routes"]
    assert route_of("code:latest", routes) == "code" and route_of("code", routes) == "code"
    assert route_of("odd:7b", routes) == "odd:7b"  # a route whose own name has a tag
    assert route_of("other:7b", routes) == "other:7b"  # unknown: a 404 from the gateway
    request = chat([{"role": "user", "content": "hi"}])
    assert request.body["model"] == "code"
    assert isinstance(request, OllamaRequest) and request.name == "code:latest"


def test_generate_is_a_chat_with_system_and_images_streamed_by_default() -> None:
    request = generate(
        prompt="describe", system="be brief", images=[PNG, JPEG], format="json",
        options={"temperature": 0.2, "num_predict": 9, "stop": ["\n"], "seed": 3, "top_k": 5},
        keep_alive="5m", template="ignored",
    )  # fmt: skip
    body = request.body
    assert not request.is_text and body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}  # the last line's counts
    assert body["messages"][0] == {"role": "system", "content": "be brief"}
    parts = body["messages"][1]["content"]
    assert parts[0] == {"type": "text", "text": "describe"}
    assert [p["image_url"]["url"].split(";")[0] for p in parts[1:]] == [
        "data:image/png", "data:image/jpeg",
    ]  # fmt: skip
    assert body["response_format"] == {"type": "json_object"}
    assert (body["temperature"], body["max_tokens"], body["stop"], body["seed"]) == (
        0.2, 9, ["\n"], 3,
    )  # fmt: skip
    assert "top_k" not in body and "keep_alive" not in body and "template" not in body


def test_raw_or_a_suffix_makes_a_text_request() -> None:
    fim = generate(prompt="def f(", suffix="\n    return 1", stream=False, logprobs=True,
                   top_logprobs=2, options={"num_predict": -1})  # fmt: skip
    assert fim.is_text and fim.body == {
        "model": "code", "stream": False, "prompt": "def f(", "suffix": "\n    return 1",
        "logprobs": 2,
    }  # fmt: skip
    raw = generate(prompt="<|im_start|>user", raw=True, system="ignored when raw")
    assert raw.is_text and "suffix" not in raw.body and raw.body["prompt"] == "<|im_start|>user"


def test_a_json_schema_format_becomes_a_json_schema_response_format() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}}
    body = chat([{"role": "user", "content": "hi"}], format=schema).body
    assert body["response_format"] == {
        "type": "json_schema", "json_schema": {"name": "format", "schema": schema},
    }  # fmt: skip


def test_chat_tool_calls_get_ids_and_tool_messages_answer_them() -> None:
    weather = {"type": "function", "function": {"name": "weather", "parameters": {}}}
    messages = [
        {"role": "user", "content": "weather in Paris and Oslo?", "images": [PNG]},
        {"role": "assistant", "content": "", "tool_calls": [
            {"function": {"name": "weather", "arguments": {"city": "Paris"}}},
            {"function": {"name": "time", "arguments": {"zone": "CET"}}},
        ]},
        {"role": "tool", "content": "12:00", "tool_name": "time"},
        {"role": "tool", "content": "sunny"},
    ]  # fmt: skip
    body = chat(messages, tools=[weather], stream=False).body
    assert body["tools"] == [weather] and "stream_options" not in body
    calls = body["messages"][1]["tool_calls"]
    assert [c["function"] for c in calls] == [
        {"name": "weather", "arguments": '{"city":"Paris"}'},
        {"name": "time", "arguments": '{"zone":"CET"}'},
    ]
    assert body["messages"][1]["content"] is None
    assert [m["tool_call_id"] for m in body["messages"][2:]] == [calls[1]["id"], calls[0]["id"]]
    assert body["messages"][0]["content"][1]["type"] == "image_url"


def test_ids_given_by_the_client_are_kept() -> None:
    called = {"role": "assistant", "tool_calls": [
        {"id": "a", "function": {"name": "f", "arguments": {}}},
        {"id": "b", "function": {"name": "f", "arguments": {}}},
    ]}  # fmt: skip
    answers = [
        {"role": "tool", "content": "2", "tool_call_id": "b"},
        {"role": "tool", "content": "1"},
    ]
    body = chat([{"role": "user", "content": "go"}, called, *answers]).body
    assert [c["id"] for c in body["messages"][1]["tool_calls"]] == ["a", "b"]
    assert [m["tool_call_id"] for m in body["messages"][2:]] == ["b", "a"]


@pytest.mark.parametrize(
    ("dialect", "fields", "param"),
    [
        (GENERATE, {"model": ""}, "model"),
        (GENERATE, {"prompt": 3}, "prompt"),
        (GENERATE, {"options": {"temperature": "hot"}}, "options.temperature"),
        (GENERATE, {"options": {"num_predict": 1.5}}, "options.num_predict"),
        (GENERATE, {"options": {"stop": [1]}}, "options.stop"),
        (GENERATE, {"options": []}, "options"),
        (GENERATE, {"format": "yaml"}, "format"),
        (GENERATE, {"images": ["not base64!"]}, "images[0]"),
        (GENERATE, {"stream": "yes"}, "stream"),
        (CHAT, {"messages": [{"role": "robot", "content": "x"}]}, "messages[0]"),
        (CHAT, {"messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
        (CHAT, {"messages": "hi"}, "messages"),
        (CHAT, {"messages": [{"role": "user", "content": "x"}], "tools": [{"type": "function"}]},
         "tools[0].function.name"),
    ],
)  # fmt: skip
def test_a_bad_body_is_a_400_naming_the_field(
    dialect: GenerateDialect | ChatDialect, fields: dict[str, Any], param: str
) -> None:
    with pytest.raises(RequestError) as caught:
        dialect.parse(orjson.dumps({"model": "code", **fields}), SCOPE)
    assert caught.value.status == 400 and caught.value.param == param


def test_errors_are_ollamas_error_objects() -> None:
    error = RequestError("model is required")
    assert orjson.loads(GENERATE.error(error)) == {"error": "model is required"}
    assert GENERATE.stream_error(error) == b'{"error":"model is required"}\n'
    missing = orjson.loads(CHAT.error(UnknownRoute("the route 'x' does not exist")))
    assert missing == {"error": "model not found: the route 'x' does not exist"}


ANSWER = {
    "id": "chatcmpl-1", "model": "smollm2",
    "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
        "role": "assistant", "content": None,
        "tool_calls": [{"id": "c1", "type": "function",
                        "function": {"name": "weather", "arguments": '{"city": "Oslo"}'}}],
    }}],
    "usage": {"prompt_tokens": 11, "completion_tokens": 4},
}  # fmt: skip


def test_a_whole_chat_answer_is_one_done_object_with_tool_arguments_as_objects() -> None:
    request = chat([{"role": "user", "content": "weather?"}], stream=False)
    line = orjson.loads(CHAT.render(Completion(ANSWER), request))
    assert line["model"] == "code:latest" and line["done"] is True
    assert line["created_at"].endswith("Z")
    assert line["message"] == {
        "role": "assistant", "content": "",
        "tool_calls": [{"id": "c1", "function": {"index": 0, "name": "weather",
                                                 "arguments": {"city": "Oslo"}}}],
    }  # fmt: skip
    assert (line["done_reason"], line["prompt_eval_count"], line["eval_count"]) == ("stop", 11, 4)
    assert line["total_duration"] >= 0 and line["load_duration"] == 0


async def chunks(*items: dict[str, Any]) -> AsyncIterator[Chunk]:
    for item in items:
        yield Chunk(item)


def lines(dialect: GenerateDialect | ChatDialect, request: ChatRequest, *items: Any) -> list[Any]:
    async def collect() -> list[bytes]:
        return [frame async for frame in dialect.frames(chunks(*items), request)]

    frames = asyncio.run(collect())
    assert all(f.endswith(b"\n") and f.count(b"\n") == 1 for f in frames)  # NDJSON
    return [orjson.loads(f) for f in frames]


def delta(**fields: Any) -> dict[str, Any]:
    finish = fields.pop("finish_reason", None)
    return {"choices": [{"index": 0, "delta": fields, "finish_reason": finish}]}


def test_a_generate_stream_is_ndjson_ending_with_the_counts() -> None:
    request = generate(prompt="hi")
    usage = {"choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 2}}
    out = lines(GENERATE, request, delta(role="assistant"), delta(content="He"),
                delta(content="llo"), delta(finish_reason="length"), usage)  # fmt: skip
    assert [(o["response"], o["done"]) for o in out] == [("He", False), ("llo", False), ("", True)]
    last = out[-1]
    assert (last["done_reason"], last["prompt_eval_count"], last["eval_count"]) == ("length", 5, 2)
    assert {"total_duration", "prompt_eval_duration", "eval_duration"} <= set(last)


def test_streamed_tool_call_fragments_arrive_as_one_message() -> None:
    request = chat([{"role": "user", "content": "weather?"}])
    first = {"index": 0, "id": "c9", "function": {"name": "weather", "arguments": '{"ci'}}
    rest = {"index": 0, "function": {"arguments": 'ty": "Oslo"}'}}
    out = lines(CHAT, request, delta(tool_calls=[first]), delta(tool_calls=[rest]),
                delta(finish_reason="tool_calls"))  # fmt: skip
    assert len(out) == 2 and out[1]["done"] is True
    assert out[0]["message"]["tool_calls"] == [
        {"id": "c9", "function": {"index": 0, "name": "weather", "arguments": {"city": "Oslo"}}}
    ]


def test_a_request_without_a_prompt_only_loads_the_model() -> None:
    request = generate()
    assert isinstance(request, OllamaRequest) and request.load
    assert request.body["max_tokens"] == 1 and request.body["stream"] is False
    answer = {"choices": [{"message": {"content": "x"}, "finish_reason": "length"}]}
    line = orjson.loads(GENERATE.render(Completion(answer), request))
    assert (line["response"], line["done"], line["done_reason"]) == ("", True, "load")
