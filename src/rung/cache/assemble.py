"""A streamed answer put back together as one chat.completion, so that it can be cached (and a
later request, streamed or not, answered from it)."""

from __future__ import annotations

from collections.abc import Iterable

from rung.types import JSON, Chunk, Completion


def assemble(chunks: Iterable[Chunk]) -> Completion | None:
    """The completion the chunks spell out, or None when it cannot be rebuilt faithfully
    (several choices, tool calls, an error) and should not be cached."""
    text: list[str] = []
    head: JSON = {}
    finish: str | None = None
    usage: JSON | None = None
    for chunk in chunks:
        data = chunk.data
        head = head or {k: data[k] for k in ("id", "created", "model") if k in data}
        if data.get("usage"):
            usage = data["usage"]
        for choice in data.get("choices") or []:
            delta = choice.get("delta") or {}
            if choice.get("index", 0) != 0 or delta.get("tool_calls") or "error" in data:
                return None
            text.append(delta.get("content") or "")
            finish = choice.get("finish_reason") or finish
    if finish is None:
        return None  # never finished: a broken stream
    message = {"role": "assistant", "content": "".join(text)}
    data = {**head, "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": finish}]}  # fmt: skip
    if usage is not None:
        data["usage"] = usage
    return Completion(data)
