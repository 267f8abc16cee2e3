"""OpenAI's legacy completions (`POST /v1/completions`): a prompt (and maybe a `suffix`, for
fill-in-the-middle) in, `text_completion` objects out.

The body is checked and kept as the client wrote it (it is a text request: `prompt`, no
`messages`), with OpenAI's default of 16 tokens when `max_tokens` is absent. The chat-shaped
answer is written back as `choices[].text`, with logprobs in the legacy shape (`tokens`,
`token_logprobs`, `top_logprobs` as dicts, `text_offset`).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import orjson

from rung._errors import RequestError
from rung.gateway.dialects.base import Dialect
from rung.gateway.dialects.fields import (
    BOOLEAN,
    INTEGER,
    NUMBER,
    OBJECT,
    STRING,
    STRINGS,
    Kind,
    Range,
    check_fields,
    check_strings,
)
from rung.gateway.http import SSE_DONE, Scope, sse_event
from rung.gateway.request import json_object
from rung.patterns.keepalive import KeepAlive
from rung.types import JSON, ChatRequest, Chunk, Completion, content_text

DEFAULT_MAX_TOKENS = 16  # OpenAI's default for legacy completions
FIELDS: dict[str, Kind] = {
    "model": STRING, "prompt": STRINGS, "suffix": STRING, "max_tokens": INTEGER,
    "temperature": NUMBER, "top_p": NUMBER, "n": INTEGER, "stream": BOOLEAN,
    "logprobs": INTEGER, "echo": BOOLEAN, "stop": STRINGS, "presence_penalty": NUMBER,
    "frequency_penalty": NUMBER, "best_of": INTEGER, "logit_bias": OBJECT, "user": STRING,
    "seed": INTEGER, "stream_options": OBJECT, "rung": OBJECT,
}  # fmt: skip
RANGES: dict[str, Range] = {
    "temperature": (0, 2), "top_p": (0, 1), "max_tokens": (1, 10**7), "n": (1, 128),
    "logprobs": (0, 5), "presence_penalty": (-2, 2), "frequency_penalty": (-2, 2),
    "best_of": (1, 128),
}  # fmt: skip


def parse_completion(raw: bytes) -> ChatRequest:
    """A text ChatRequest from a legacy completions body, or a 400 naming the bad field."""
    body = json_object(raw)
    if not isinstance(body.get("model"), str):
        raise RequestError("you must provide a model parameter", param="model")
    check_fields(body, FIELDS, RANGES)
    prompt = body.get("prompt")
    if prompt is None:
        raise RequestError("you must provide a prompt parameter", param="prompt")
    if isinstance(prompt, list) and not prompt:
        raise RequestError("'prompt' must not be an empty list", param="prompt")
    if isinstance(prompt, list) and not all(isinstance(p, str) for p in prompt):
        raise RequestError(
            "'prompt' must be a string or a list of strings (token ids are not accepted)",
            param="prompt",
        )
    check_strings(body.get("stop"), "stop", most=4)
    best_of = body.get("best_of")
    if best_of is not None and best_of != (body.get("n") or 1):
        raise RequestError("'best_of' other than 'n' is not supported", param="best_of")
    if body.get("stream_options") is not None and not body.get("stream"):
        raise RequestError(
            "'stream_options' is only allowed when 'stream' is true", param="stream_options"
        )
    if body.get("max_tokens") is None:
        body["max_tokens"] = DEFAULT_MAX_TOKENS
    return ChatRequest(body)


class CompletionsDialect(Dialect):
    """`POST /v1/completions`, as OpenAI's legacy completions API."""

    path = "/v1/completions"

    def parse(self, raw: bytes, scope: Scope) -> ChatRequest:
        return parse_completion(raw)

    def render(self, completion: Completion, request: ChatRequest) -> bytes:
        data = completion.data
        offsets = Offsets(request)
        choices = [text_choice(c, request, offsets) for c in data.get("choices") or []]
        answer = {**text_envelope(data), "choices": choices}
        if data.get("usage") is not None:
            answer["usage"] = data["usage"]
        return orjson.dumps(answer)

    async def frames(
        self, chunks: AsyncIterator[Chunk], request: ChatRequest
    ) -> AsyncIterator[bytes]:
        offsets = Offsets(request)
        async for chunk in chunks:
            if isinstance(chunk, KeepAlive):
                yield chunk.sse()
                continue
            data = text_chunk(chunk.data, request, offsets)
            if data is not None:
                yield sse_event(orjson.dumps(data))
        yield SSE_DONE


class Offsets:
    """Where each choice's next token starts in the text (`text_offset`): after the prompt,
    or at 0 when the prompt is echoed (its tokens are then part of the choice's logprobs)."""

    def __init__(self, request: ChatRequest) -> None:
        prompt = request.body.get("prompt")
        self.prompts = prompt if isinstance(prompt, list) else [str(prompt or "")]
        self.echo = bool(request.body.get("echo"))
        self.n = int(request.body.get("n") or 1)
        self.next: dict[int, int] = {}

    def take(self, index: int, tokens: list[str]) -> list[int]:
        """The offsets of `tokens`, the next ones of choice `index`."""
        if index not in self.next:
            prompt = self.prompts[min(index // self.n, len(self.prompts) - 1)]
            self.next[index] = 0 if self.echo else len(prompt)
        offsets = []
        for token in tokens:
            offsets.append(self.next[index])
            self.next[index] += len(token)
        return offsets


def text_envelope(data: JSON) -> JSON:
    """The fields of a text_completion (or one of its chunks) besides its choices."""
    chat_id = str(data.get("id") or "")
    envelope: JSON = {
        "id": _text_id(chat_id),
        "object": "text_completion",
        "created": data.get("created") or int(time.time()),
        "model": data.get("model") or "",
    }
    if data.get("system_fingerprint"):
        envelope["system_fingerprint"] = data["system_fingerprint"]
    return envelope


def _text_id(chat_id: str) -> str:
    """A text completion's id (`cmpl-...`) for a chat completion's (`chatcmpl-...`)."""
    if chat_id.startswith("cmpl-"):
        return chat_id
    return "cmpl-" + chat_id.removeprefix("chatcmpl-") if chat_id else "cmpl-rung"


def text_choice(choice: JSON, request: ChatRequest, offsets: Offsets) -> JSON:
    """A chat choice as a text_completion choice."""
    index = int(choice.get("index") or 0)
    message = choice.get("message") or {}
    return {
        "text": content_text(message.get("content")),
        "index": index,
        "logprobs": legacy_logprobs(choice, request, offsets, index),
        "finish_reason": _finish(choice.get("finish_reason")),
    }


def text_chunk(data: JSON, request: ChatRequest, offsets: Offsets) -> JSON | None:
    """A chat.completion.chunk as a text_completion chunk; None when it carries nothing the
    client reads (the role-only first delta)."""
    choices = []
    for choice in data.get("choices") or []:
        index = int(choice.get("index") or 0)
        text = (choice.get("delta") or {}).get("content") or ""
        finish = choice.get("finish_reason")
        if not text and finish is None:
            continue
        logprobs = legacy_logprobs(choice, request, offsets, index)
        choices.append(
            {"text": text, "index": index, "logprobs": logprobs, "finish_reason": _finish(finish)}
        )
    usage = data.get("usage")
    if not choices and not usage:
        return None
    chunk = {**text_envelope(data), "choices": choices}
    if usage:
        chunk["usage"] = usage
    return chunk


def legacy_logprobs(
    choice: JSON, request: ChatRequest, offsets: Offsets, index: int
) -> JSON | None:
    """Chat logprobs (`content[{token, logprob, top_logprobs}]`) in the legacy shape; None
    when the client did not ask for them."""
    if request.body.get("logprobs") is None:
        return None
    content = (choice.get("logprobs") or {}).get("content") or []
    tokens = [str(t.get("token", "")) for t in content]
    return {
        "tokens": tokens,
        "token_logprobs": [t.get("logprob") for t in content],
        "top_logprobs": [
            {str(a.get("token", "")): a.get("logprob") for a in t.get("top_logprobs") or []}
            for t in content
        ],
        "text_offset": offsets.take(index, tokens),
    }


def _finish(reason: object) -> str | None:
    """The finish reasons legacy completions know: stop, length (and content_filter)."""
    if reason is None:
        return None
    return (
        str(reason) if reason in ("length", "content_filter") else "stop"
    )  # tool_calls and anything else: the text simply ended
