"""The legacy completions dialect without a model: body checks, and the chat-shaped answer
written back as text_completion objects (logprobs in the legacy shape)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest

from rung import RequestError
from rung.gateway.dialects.completions import CompletionsDialect, parse_completion
from rung.types import ChatRequest, Chunk, Completion

DIALECT = CompletionsDialect()


def parse(**fields: Any) -> ChatRequest:
    return parse_completion(orjson.dumps({"model": "m", "prompt": "def f(", **fields}))


def test_a_text_request_keeps_the_body_with_openais_default_length() -> None:
    request = parse(suffix="\n    return x", temperature=0, logprobs=2, echo=False, user="u")
    assert request.is_text
    assert request.body["suffix"] == "\n    return x" and request.body["logprobs"] == 2
    assert request.body["max_tokens"] == 16  # OpenAI's default for legacy completions
    assert parse(max_tokens=40).body["max_tokens"] == 40
    assert parse(prompt=["a", "b"]).body["prompt"] == ["a", "b"]


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"prompt": None}, "prompt"),
        ({"prompt": []}, "prompt"),
        ({"prompt": [1, 2, 3]}, "prompt"),
        ({"prompt": 7}, "prompt"),
        ({"suffix": 3}, "suffix"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"max_tokens": "many"}, "max_tokens"),
        ({"temperature": 2.5}, "temperature"),
        ({"top_p": -0.1}, "top_p"),
        ({"logprobs": 6}, "logprobs"),
        ({"logprobs": True}, "logprobs"),
        ({"echo": "yes"}, "echo"),
        ({"stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"stop": [1]}, "stop"),
        ({"n": 0}, "n"),
        ({"best_of": 3}, "best_of"),
        ({"seed": 1.5}, "seed"),
        ({"user": 5}, "user"),
        ({"stream_options": {"include_usage": True}}, "stream_options"),
        ({"model": None}, "model"),
    ],
)
def test_a_bad_field_is_a_400_naming_it(fields: dict[str, Any], param: str) -> None:
    with pytest.raises(RequestError) as caught:
        parse(**fields)
    assert caught.value.status == 400 and caught.value.param == param


def test_a_body_that_is_not_an_object_is_a_400() -> None:
    with pytest.raises(RequestError):
        parse_completion(b"[1, 2]")


def token(text: str, logprob: float, *alternatives: tuple[str, float]) -> dict[str, Any]:
    top = [{"token": t, "logprob": p} for t, p in alternatives]
    return {"token": text, "logprob": logprob, "top_logprobs": top}


CHAT_ANSWER = {
    "id": "chatcmpl-42", "object": "chat.completion", "created": 7, "model": "smollm2",
    "choices": [{
        "index": 0, "finish_reason": "length",
        "message": {"role": "assistant", "content": "x, y"},
        "logprobs": {"content": [token("x", -0.5, ("x", -0.5), ("a", -2.0)),
                                 token(", y", -1.0, (", y", -1.0), (")", -1.5))]},
    }],
    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
}  # fmt: skip


def test_a_chat_answer_is_written_as_a_text_completion_with_legacy_logprobs() -> None:
    request = parse(logprobs=2)
    answer = orjson.loads(DIALECT.render(Completion(CHAT_ANSWER), request))
    assert answer["object"] == "text_completion" and answer["id"] == "cmpl-42"
    assert answer["usage"] == CHAT_ANSWER["usage"] and answer["model"] == "smollm2"
    (choice,) = answer["choices"]
    assert choice["text"] == "x, y" and choice["finish_reason"] == "length"
    assert choice["logprobs"] == {
        "tokens": ["x", ", y"],
        "token_logprobs": [-0.5, -1.0],
        "top_logprobs": [{"x": -0.5, "a": -2.0}, {", y": -1.0, ")": -1.5}],
        "text_offset": [6, 7],  # after the prompt "def f(" (6 characters)
    }


def test_without_logprobs_asked_for_a_choice_has_null_logprobs() -> None:
    answer = orjson.loads(DIALECT.render(Completion(CHAT_ANSWER), parse()))
    assert answer["choices"][0]["logprobs"] is None


def test_an_echoed_prompt_counts_offsets_from_the_start() -> None:
    answer = orjson.loads(DIALECT.render(Completion(CHAT_ANSWER), parse(logprobs=0, echo=True)))
    assert answer["choices"][0]["logprobs"]["text_offset"] == [0, 1]


async def chunks(*items: dict[str, Any]) -> AsyncIterator[Chunk]:
    for item in items:
        yield Chunk(item)


def stream(request: ChatRequest, *items: dict[str, Any]) -> list[Any]:
    async def collect() -> list[bytes]:
        return [frame async for frame in DIALECT.frames(chunks(*items), request)]

    frames = asyncio.run(collect())
    assert frames[-1] == b"data: [DONE]\n\n"
    return [orjson.loads(f.removeprefix(b"data: ")) for f in frames[:-1]]


def test_a_stream_is_text_completion_chunks_then_done() -> None:
    head = {"id": "chatcmpl-9", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    role = {**head, "choices": [{"index": 0, "delta": {"role": "assistant"}}]}
    text = [{**head, "choices": [{"index": 0, "delta": {"content": t},
                                  "logprobs": {"content": [token(t, -0.1)]}}]}
            for t in ("ab", "c")]  # fmt: skip
    end = {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
    usage = {**head, "choices": [], "usage": {"prompt_tokens": 2, "completion_tokens": 2}}
    events = stream(parse(prompt="xy", logprobs=0, stream=True), role, *text, end, usage)
    assert [e["object"] for e in events] == ["text_completion"] * 4  # no role-only chunk
    assert [c["text"] for e in events[:3] for c in e["choices"]] == ["ab", "c", ""]
    assert [e["choices"][0]["logprobs"]["text_offset"] for e in events[:2]] == [[2], [4]]
    assert events[2]["choices"][0]["finish_reason"] == "stop"
    assert events[3]["choices"] == [] and events[3]["usage"]["completion_tokens"] == 2
    assert {e["id"] for e in events} == {"cmpl-9"}
