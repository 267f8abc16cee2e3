"""A superseded fill-in-the-middle request (`rung.gateway.supersede`: an editor's newer
keystroke replaced it) still gets a well-formed answer in every text dialect: no text, a
plain stop, whole or streamed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import orjson
import pytest

from rung.gateway.dialects import DIALECTS
from rung.gateway.supersede import empty_chunks, empty_completion
from rung.types import Chunk, Completion

BODIES = {
    "/v1/completions": {"model": "code", "prompt": "def f(", "suffix": "\n"},
    "/api/generate": {"model": "code", "prompt": "def f(", "suffix": "\n"},
    "/infill": {"model": "code", "input_prefix": "def f(", "input_suffix": "\n"},
}
SCOPE = {"state": {"routes": {"code": None}}}


def text_of(path: str, answer: dict[str, object]) -> object:
    if path == "/v1/completions":
        choices = answer["choices"]
        assert isinstance(choices, list)
        return (choices[0]["text"], choices[0]["finish_reason"])
    if path == "/api/generate":
        return (answer["response"], answer["done_reason"])
    return (answer["content"], answer["stop_type"])


STOPPED = {"/v1/completions": ("", "stop"), "/api/generate": ("", "stop"), "/infill": ("", "eos")}


@pytest.mark.parametrize("path", list(BODIES))
def test_a_superseded_answer_is_empty_and_stopped(path: str) -> None:
    dialect = DIALECTS[path]
    request = dialect.parse(orjson.dumps({**BODIES[path], "stream": False}), SCOPE)
    request.route = "code"
    answer = orjson.loads(dialect.render(Completion(empty_completion(request)), request))
    assert text_of(path, answer) == STOPPED[path]
    if path == "/v1/completions":
        assert answer["id"].startswith("cmpl-superseded-")


@pytest.mark.parametrize("path", list(BODIES))
def test_a_superseded_stream_ends_cleanly(path: str) -> None:
    dialect = DIALECTS[path]
    request = dialect.parse(orjson.dumps({**BODIES[path], "stream": True}), SCOPE)
    request.route = "code"

    async def chunks() -> AsyncIterator[Chunk]:
        for chunk in empty_chunks(request, 0):
            yield chunk

    async def collect() -> list[bytes]:
        return [frame async for frame in dialect.frames(chunks(), request)]

    frames = asyncio.run(collect())
    payloads = [f.removeprefix(b"data: ").strip() for f in frames]
    events = [orjson.loads(p) for p in payloads if p != b"[DONE]"]
    final = events[-1] if path != "/v1/completions" else events[0]
    assert text_of(path, final) == STOPPED[path]
