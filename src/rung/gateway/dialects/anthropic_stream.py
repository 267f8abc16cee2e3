"""rung's chat-shaped answers written as Anthropic Messages: a whole `message`, or its stream.

A stream is Anthropic's event sequence: `message_start`, then per content block
`content_block_start`, `content_block_delta` (`text_delta`, or `input_json_delta` for a
tool_use block) and `content_block_stop`, then `message_delta` (stop_reason, usage) and
`message_stop`; rung's keep-alives are `ping` events, and a failure after the start is an
`error` event (written by the dialect). A tool call's arguments are sent as one
`input_json_delta` once the call is complete, always a JSON object, even when an upstream
model wrote arguments that are not JSON (they are then kept, as text, under `_invalid_json`).

`stop_sequence` is reported when the backend says which stop sequence ended the answer (vLLM's
`stop_reason`); OpenAI's API and llama.cpp do not say, and their answer ends as `end_turn`.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import orjson

from rung.patterns.keepalive import KeepAlive
from rung.tokens import estimate_tokens
from rung.types import JSON, ChatRequest, Chunk, Completion, content_text

STOP_REASONS = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}
PING = b'event: ping\ndata: {"type":"ping"}\n\n'


def event(name: str, data: Any) -> bytes:
    """One server-sent event, named as Anthropic names it."""
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


def message_id(request: ChatRequest) -> str:
    """`msg_<hex>`, the same hex as the request's `x-request-id` (`req_<hex>`)."""
    suffix = request.request_id.removeprefix("req_") or uuid.uuid4().hex
    return f"msg_{suffix}"


def stop_reason(choice: JSON, request: ChatRequest) -> tuple[str, str | None]:
    """Anthropic's stop_reason and stop_sequence for a choice's finish_reason."""
    finish = choice.get("finish_reason") or "stop"
    matched = choice.get("stop_reason")  # vLLM: the stop string that ended the answer
    if (
        finish == "stop"
        and isinstance(matched, str)
        and matched in (request.body.get("stop") or [])
    ):
        return "stop_sequence", matched
    return STOP_REASONS.get(finish, "end_turn"), None


def tool_input(arguments: Any) -> JSON:
    """A tool call's arguments as the object Anthropic's `input` is."""
    if isinstance(arguments, dict):
        return arguments
    text = arguments if isinstance(arguments, str) else ""
    try:
        value = orjson.loads(text) if text.strip() else {}
    except orjson.JSONDecodeError:
        value = None
    return value if isinstance(value, dict) else {"_invalid_json": text}


def tool_block(call: JSON) -> JSON:
    function = call.get("function") or {}
    return {
        "type": "tool_use",
        "id": call.get("id") or f"toolu_{uuid.uuid4().hex[:24]}",
        "name": function.get("name") or "",
        "input": tool_input(function.get("arguments")),
    }


def usage_json(input_tokens: int, output_tokens: int) -> JSON:
    return {
        "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
    }


def message_json(completion: Completion, request: ChatRequest) -> JSON:
    """A whole answer as an Anthropic `message`."""
    choice = (completion.data.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    text = content_text(message.get("content"))
    content: list[JSON] = [{"type": "text", "text": text}] if text else []
    calls = list(message.get("tool_calls") or [])
    if message.get("function_call") and not calls:  # llama.cpp's server sends both forms
        calls.append({"function": message["function_call"]})
    content.extend(tool_block(call) for call in calls)
    reason, sequence = stop_reason(choice, request)
    usage = completion.usage
    return {
        "id": message_id(request),
        "type": "message",
        "role": "assistant",
        "model": request.route or request.body.get("model", ""),
        "content": content,
        "stop_reason": reason,
        "stop_sequence": sequence,
        "usage": usage_json(usage.prompt_tokens, usage.completion_tokens),
    }


class MessageStream:
    """Chat chunks in, Anthropic events out: one content block open at a time."""

    def __init__(self, request: ChatRequest) -> None:
        self.request = request
        self.blocks = 0  # content blocks begun so far
        self.open: str | None = None  # "text", "tool_use" or None
        self.call: JSON = {}  # the tool call being gathered: id, index, name, arguments
        self.finish: JSON = {}  # the choice that said why the answer ended
        self.usage: JSON | None = None

    def start(self) -> bytes:
        message: JSON = {
            "id": message_id(self.request),
            "type": "message",
            "role": "assistant",
            "model": self.request.route or self.request.body.get("model", ""),
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": usage_json(estimate_tokens(self.request), 0),
        }
        return event("message_start", {"type": "message_start", "message": message})

    def take(self, chunk: Chunk) -> list[bytes]:
        """The events a chunk makes (none while a tool call is being gathered)."""
        frames: list[bytes] = []
        if chunk.usage is not None:
            self.usage = usage_json(chunk.usage.prompt_tokens, chunk.usage.completion_tokens)
        for choice in chunk.data.get("choices") or []:
            if choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            if isinstance(delta.get("content"), str) and delta["content"]:
                frames.extend(self._text(delta["content"]))
            for call in delta.get("tool_calls") or []:
                frames.extend(self._call(call))
            if choice.get("finish_reason"):
                self.finish = choice
        return frames

    def end(self) -> list[bytes]:
        """The events that close the message."""
        frames = self._close()
        reason, sequence = stop_reason(self.finish, self.request)
        usage = self.usage or {"output_tokens": 0}
        delta = {"stop_reason": reason, "stop_sequence": sequence}
        ending = {"type": "message_delta", "delta": delta, "usage": usage}
        frames.append(event("message_delta", ending))
        frames.append(event("message_stop", {"type": "message_stop"}))
        return frames

    def _text(self, text: str) -> list[bytes]:
        frames: list[bytes] = []
        if self.open != "text":
            frames = self._close()
            block = {"type": "text", "text": ""}
            frames.append(self._block_event("content_block_start", content_block=block))
            self.open = "text"
        delta = {"type": "text_delta", "text": text}
        frames.append(self._block_event("content_block_delta", delta=delta))
        return frames

    def _call(self, call: JSON) -> list[bytes]:
        frames: list[bytes] = []
        index, call_id = call.get("index", 0), call.get("id")
        current = self.call
        if (
            self.open != "tool_use"
            or index != current["index"]
            or call_id not in (None, current["id"])
        ):
            frames = self._close()
            self.open, self.call = (
                "tool_use",
                {"index": index, "id": call_id, "name": "", "args": ""},
            )
        function = call.get("function") or {}
        self.call["name"] = self.call["name"] or function.get("name") or ""  # some repeat it
        self.call["args"] += function.get("arguments") or ""
        return frames

    def _close(self) -> list[bytes]:
        """The events that end the open block (a tool call's whole block, gathered)."""
        frames: list[bytes] = []
        if self.open == "tool_use":
            call = self.call
            function = {"name": call["name"], "arguments": call["args"]}
            whole = tool_block({"id": call["id"], "function": function})
            arguments = orjson.dumps(whole["input"]).decode()
            start = {**whole, "input": {}}
            frames.append(self._block_event("content_block_start", content_block=start))
            delta = {"type": "input_json_delta", "partial_json": arguments}
            frames.append(self._block_event("content_block_delta", delta=delta))
        if self.open is not None:
            frames.append(self._block_event("content_block_stop"))
            self.blocks += 1
        self.open = None
        return frames

    def _block_event(self, kind: str, **fields: Any) -> bytes:
        return event(kind, {"type": kind, "index": self.blocks, **fields})


async def message_frames(
    chunks: AsyncIterator[Chunk], request: ChatRequest
) -> AsyncIterator[bytes]:
    """The stream's events; the first only once the first chunk has come."""
    stream = MessageStream(request)
    started = False
    async for chunk in chunks:
        if not started:
            started = True
            yield stream.start()
        if isinstance(chunk, KeepAlive):
            yield PING
            continue
        for frame in stream.take(chunk):
            yield frame
    if not started:
        yield stream.start()
    for frame in stream.end():
        yield frame
