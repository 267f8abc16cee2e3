"""llama.cpp's /infill without a model: the text request it becomes, and its answer's shape."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest

from rung import RequestError
from rung.gateway.dialects.infill import InfillDialect, InfillRequest
from rung.types import ChatRequest, Chunk, Completion

INFILL = InfillDialect()


def parse(routes: tuple[str, ...] = ("chat", "autocomplete"), **fields: Any) -> ChatRequest:
    return INFILL.parse(orjson.dumps(fields), {"state": {"routes": routes}})


def test_extra_context_and_prompt_surround_the_prefix_as_llama_cpp_lays_them_out() -> None:
    request = parse(
        input_extra=[{"filename": "a.py", "text": "A = 1"}, {"text": "B = 2"}],
        input_prefix="def f():\n", prompt="    return", input_suffix="\n\nf()",
        n_predict=24, temperature=0.1, top_p=0.9, seed=4, stop=["\n\n"], samplers=["top_k"],
        cache_prompt=True, t_max_predict_ms=500,
    )  # fmt: skip
    snippet = "\n\n--- snippet ---\n\n"
    assert request.is_text and request.body == {
        "model": "autocomplete",
        "prompt": f"{snippet}A = 1{snippet}B = 2def f():\n    return",
        "suffix": "\n\nf()", "stream": False, "temperature": 0.1, "top_p": 0.9, "seed": 4,
        "stop": ["\n\n"], "max_tokens": 24,
    }  # fmt: skip


def test_the_default_route_is_autocomplete_else_the_first() -> None:
    assert parse(input_prefix="x").body["model"] == "autocomplete"
    assert parse(("chat", "code"), input_prefix="x").body["model"] == "chat"
    assert parse(model="code", input_prefix="x").body["model"] == "code"
    empty = parse(input_prefix="x", n_predict=-1, stream=True).body
    assert empty["suffix"] == "" and "max_tokens" not in empty  # still fill-in-the-middle
    assert empty["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"input_prefix": 1}, "input_prefix"),
        ({"input_extra": [{"text": 3}]}, "input_extra[0]"),
        ({"input_extra": "text"}, "input_extra"),
        ({"n_predict": "8"}, "n_predict"),
        ({"temperature": -1}, "temperature"),
        ({"stop": [None]}, "stop"),
        ({"response_fields": [1]}, "response_fields"),
    ],
)
def test_a_bad_field_is_a_400_naming_it(fields: dict[str, Any], param: str) -> None:
    with pytest.raises(RequestError) as caught:
        parse(**fields)
    assert caught.value.status == 400 and caught.value.param == param


def test_errors_are_llama_cpps_error_objects() -> None:
    error = orjson.loads(INFILL.error(RequestError("bad", param="x")))
    assert error == {"error": {"code": 400, "message": "bad", "type": "invalid_request_error"}}


ANSWER = {
    "model": "smollm2",
    "choices": [{"message": {"role": "assistant", "content": " x\n"}, "finish_reason": "length"}],
    "usage": {"prompt_tokens": 30, "completion_tokens": 2},
}


def test_a_whole_answer_has_llama_cpps_fields() -> None:
    request = parse(input_prefix="a")
    answer = orjson.loads(INFILL.render(Completion(ANSWER), request))
    assert (answer["content"], answer["stop"], answer["stop_type"]) == (" x\n", True, "limit")
    assert (answer["tokens_predicted"], answer["tokens_evaluated"]) == (2, 30)
    assert answer["has_new_line"] is True and answer["timings"]["predicted_n"] == 2


def test_response_fields_pick_and_unnest_fields() -> None:
    request = parse(input_prefix="a", response_fields=["content", "timings/prompt_n"])
    assert isinstance(request, InfillRequest) and "response_fields" not in request.body
    answer = orjson.loads(INFILL.render(Completion(ANSWER), request))
    assert answer == {"content": " x\n", "prompt_n": 30}


async def chunks(*items: dict[str, Any]) -> AsyncIterator[Chunk]:
    for item in items:
        yield Chunk(item)


def test_a_stream_is_data_events_ending_with_stop_true() -> None:
    request = parse(input_prefix="a", stream=True)
    texts = [{"choices": [{"index": 0, "delta": {"content": t}}]} for t in ("b", "c")]
    end = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
    usage = {"choices": [], "usage": {"prompt_tokens": 4, "completion_tokens": 2}}

    async def collect() -> list[bytes]:
        return [f async for f in INFILL.frames(chunks(*texts, end, usage), request)]

    frames = asyncio.run(collect())
    assert all(f.startswith(b"data: {") and f.endswith(b"\n\n") for f in frames)  # no [DONE]
    events = [orjson.loads(f.removeprefix(b"data: ")) for f in frames]
    assert [(e["content"], e["stop"]) for e in events] == [("b", False), ("c", False), ("", True)]
    assert events[-1]["stop_type"] == "eos" and events[-1]["tokens_predicted"] == 2
