"""llama.cpp's `POST /infill` (for llama.vscode, llama.vim): fill in the middle between
`input_prefix` and `input_suffix`.

As llama.cpp's server: the `input_extra` chunks (`[{filename, text}]`) come before the prefix,
each after a `--- snippet ---` separator (llama.cpp's form for a model without repository
tokens); `prompt` is the start of the middle, so it follows the prefix. `n_predict` (-1: the
backend's default), `temperature`, `top_p`, `seed`, `stop` and `stream` are honoured; the
answer is llama.cpp's (`content`, `stop`, `stop_type`, `tokens_predicted`, `timings`, ...),
a stream its `data: {...}` events (no `[DONE]`), trimmed to `response_fields` when given.

`model` is optional, since llama.cpp serves one model: without it the request goes to the
route named `autocomplete` when there is one, else to the first route of the config.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from rung._errors import RequestError, RungError
from rung.gateway.dialects.base import Dialect
from rung.gateway.dialects.fields import (
    BOOLEAN,
    INTEGER,
    LIST,
    NUMBER,
    STRING,
    STRINGS,
    Kind,
    Range,
    check_fields,
    check_strings,
)
from rung.gateway.http import Scope, sse_event
from rung.gateway.request import json_object
from rung.patterns.keepalive import KeepAlive
from rung.types import JSON, ChatRequest, Chunk, Completion, Usage, content_text

DEFAULT_ROUTE = "autocomplete"
SNIPPET = "\n\n--- snippet ---\n\n"  # llama.cpp's separator before each input_extra chunk
FIELDS: dict[str, Kind] = {
    "model": STRING, "input_prefix": STRING, "input_suffix": STRING, "input_extra": LIST,
    "prompt": STRING, "n_predict": INTEGER, "temperature": NUMBER, "top_p": NUMBER,
    "seed": INTEGER, "stop": STRINGS, "stream": BOOLEAN, "response_fields": LIST,
}  # fmt: skip
RANGES: dict[str, Range] = {"temperature": (0, 2), "top_p": (0, 1)}
STOP_TYPES = {"length": "limit", "stop": "eos"}


@dataclass(slots=True)
class InfillRequest(ChatRequest):
    """A request as rung runs it, with when it was read (for `timings`) and the fields the
    client wants back (`response_fields`; all when empty)."""

    started: float = field(default_factory=time.perf_counter)
    fields: list[str] = field(default_factory=list)


def default_route(scope: Scope) -> str:
    routes = scope.get("state", {}).get("routes") or ()
    if DEFAULT_ROUTE in routes or not routes:
        return DEFAULT_ROUTE
    return str(next(iter(routes)))


def infill_body(body: JSON, route: str) -> JSON:
    """The text request (`prompt` = extra context + prefix + prompt, `suffix`) for a body."""
    check_fields(body, FIELDS, RANGES)
    check_strings(body.get("stop"), "stop")
    prompt = extra_text(body.get("input_extra") or [])
    prompt += (body.get("input_prefix") or "") + (body.get("prompt") or "")
    out: JSON = {"model": route, "prompt": prompt, "suffix": body.get("input_suffix") or ""}
    out["stream"] = bool(body.get("stream"))
    if out["stream"]:
        out["stream_options"] = {"include_usage": True}
    for key in ("temperature", "top_p", "seed"):
        if body.get(key) is not None:
            out[key] = body[key]
    if body.get("stop"):
        out["stop"] = [body["stop"]] if isinstance(body["stop"], str) else body["stop"]
    predict = body.get("n_predict")
    if isinstance(predict, int) and predict > 0:
        out["max_tokens"] = predict
    return out


def extra_text(chunks: list[Any]) -> str:
    """The `input_extra` chunks as the text before the prefix."""
    parts = []
    for i, chunk in enumerate(chunks):
        if not isinstance(chunk, dict) or not isinstance(chunk.get("text", ""), str):
            where = f"input_extra[{i}]"
            raise RequestError(f"'{where}' must be an object with a 'text' string", param=where)
        parts.append(SNIPPET + chunk.get("text", ""))
    return "".join(parts)


class InfillDialect(Dialect):
    """`POST /infill`, as llama.cpp's server offers it."""

    path = "/infill"

    def parse(self, raw: bytes, scope: Scope) -> ChatRequest:
        body = json_object(raw)
        route = body.get("model") or default_route(scope)
        fields = body.get("response_fields")
        if fields is not None and not all(isinstance(f, str) for f in fields):
            raise RequestError(
                "'response_fields' must be a list of strings", param="response_fields"
            )
        return InfillRequest(infill_body(body, str(route)), fields=fields or [])

    def render(self, completion: Completion, request: ChatRequest) -> bytes:
        data = completion.data
        choice = (data.get("choices") or [{}])[0]
        content = content_text((choice.get("message") or {}).get("content"))
        answer: JSON = {
            "index": 0, "content": content, "tokens": [], "id_slot": 0, "stop": True,
            "model": data.get("model") or request.route, "has_new_line": "\n" in content,
            "truncated": False, "stopping_word": "", "tokens_cached": 0,
        }  # fmt: skip
        answer.update(_end(request, choice.get("finish_reason"), completion.usage))
        return orjson.dumps(_selected(answer, request))

    async def frames(
        self, chunks: AsyncIterator[Chunk], request: ChatRequest
    ) -> AsyncIterator[bytes]:
        finish, usage, predicted, first = None, Usage(), 0, None
        async for chunk in chunks:
            if isinstance(chunk, KeepAlive):
                yield chunk.sse()
                continue
            usage = chunk.usage or usage
            for choice in (chunk.data.get("choices") or [])[:1]:
                finish = choice.get("finish_reason") or finish
                text = (choice.get("delta") or {}).get("content") or ""
                if text:
                    first = first or time.perf_counter()
                    predicted += 1
                    event: JSON = {"index": 0, "content": text, "tokens": [], "stop": False,
                             "id_slot": -1, "tokens_predicted": predicted}  # fmt: skip
                    yield sse_event(orjson.dumps(_selected(event, request)))
        last = {"index": 0, "content": "", "tokens": [], "stop": True, "id_slot": 0,
                "model": request.route, "stopping_word": "", "tokens_cached": 0}  # fmt: skip
        last.update(_end(request, finish, usage, first))
        yield sse_event(orjson.dumps(_selected(last, request)))

    def error(self, error: RungError) -> bytes:
        """llama.cpp's error object: `{"error": {"code", "message", "type"}}`."""
        kind = error.type if error.status < 500 else "server_error"
        return orjson.dumps(
            {"error": {"code": error.status, "message": error.message, "type": kind}}
        )

    def stream_error(self, error: RungError) -> bytes:
        return sse_event(self.error(error))


def _end(request: ChatRequest, finish: Any, usage: Usage, first: float | None = None) -> JSON:
    """What the last answer says: why it stopped, the token counts and `timings` (ms)."""
    now = time.perf_counter()
    started = request.started if isinstance(request, InfillRequest) else now
    first = first or now
    prompt_ms, predicted_ms = (first - started) * 1000, (now - first) * 1000
    predicted = usage.completion_tokens
    timings = {
        "prompt_n": usage.prompt_tokens, "prompt_ms": prompt_ms,
        "predicted_n": predicted, "predicted_ms": predicted_ms,
        "predicted_per_second": predicted / predicted_ms * 1000 if predicted_ms else 0.0,
    }  # fmt: skip
    return {
        "stop_type": STOP_TYPES.get(str(finish), "eos"),
        "tokens_predicted": predicted,
        "tokens_evaluated": usage.prompt_tokens,
        "timings": timings,
    }


def _selected(answer: JSON, request: ChatRequest) -> JSON:
    """Only the `response_fields` asked for (`timings/prompt_n` -> `prompt_n`), as llama.cpp."""
    fields = request.fields if isinstance(request, InfillRequest) else []
    if not fields:
        return answer
    out: JSON = {}
    for name in fields:
        value: Any = answer
        for part in name.split("/"):
            value = value.get(part) if isinstance(value, dict) else None
        if value is not None:
            out[name.split("/")[-1]] = value
    return out
