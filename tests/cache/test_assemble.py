"""Streams put back together for the cache."""

from __future__ import annotations

from rung.backends.mock import MockBackend
from rung.cache import assemble
from rung.types import ChatRequest, Chunk

REQUEST = ChatRequest({"model": "m", "messages": [{"role": "user", "content": "hi"}]})


async def test_a_stream_becomes_its_completion() -> None:
    mock = MockBackend("m").enqueue("the whole answer")
    chunks = [c async for c in mock.stream(REQUEST)]
    usage = Chunk({"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 4}})
    completion = assemble([*chunks, usage])
    assert completion is not None
    assert completion.text == "the whole answer "
    assert completion.data["choices"][0]["finish_reason"] == "stop"
    assert completion.usage.completion_tokens == 4 and completion.data["model"] == "m"


def test_unfinished_or_tool_streams_are_not_rebuilt() -> None:
    part = Chunk({"choices": [{"index": 0, "delta": {"content": "Hel"}}]})
    assert assemble([part]) is None
    tool = Chunk({"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0}]},
                               "finish_reason": "tool_calls"}]})  # fmt: skip
    assert assemble([part, tool]) is None
