"""Ollama's API (`/api/generate`, `/api/chat`), streamed as Ollama streams: NDJSON, one JSON
object a line, the last one `done: true` with the reason, the token counts and the durations
(nanoseconds, measured by rung from when the request was read; `load_duration` is 0: rung's
models stay loaded).

The model names a route; Ollama's clients send `name:tag`, so `route:latest` names the route
`route` (a route whose own name has a tag is matched first). An unknown model is a 404
`{"error": ...}`, as Ollama answers; a bad body a 400. `/api/tags`, `/api/show` and
`/api/version` are in `rung.gateway.dialects.ollama_info`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from rung._errors import RungError, UnknownRoute
from rung.gateway.dialects.base import Dialect
from rung.gateway.dialects.ollama_parse import chat_body, check_model, generate_body
from rung.gateway.http import Headers, Scope, error_json
from rung.gateway.request import json_object, parse_chat
from rung.patterns.keepalive import KeepAlive
from rung.types import JSON, ChatRequest, Chunk, Completion, Usage, content_text

NDJSON_HEADERS: Headers = [
    (b"content-type", b"application/x-ndjson"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]


@dataclass(slots=True)
class OllamaRequest(ChatRequest):
    """A request as rung runs it, plus what the Ollama answer repeats: the model's name as the
    client wrote it, and when the request was read (for the durations)."""

    name: str = ""
    started: float = field(default_factory=time.perf_counter)
    load: bool = False  # no prompt: Ollama's "load the model" request


def route_of(name: str, routes: Collection[str]) -> str:
    """The route an Ollama model name names: itself, or without its `:latest` tag."""
    if name in routes or not name.endswith(":latest"):
        return name
    return name.removesuffix(":latest")


def created_at() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


class OllamaDialect(Dialect):
    """What `/api/generate` and `/api/chat` share: NDJSON streams, Ollama's errors."""

    stream_headers = NDJSON_HEADERS

    def build(self, body: JSON, route: str) -> JSON:
        raise NotImplementedError

    def load(self, body: JSON) -> bool:
        """Whether `body` only asks to load the model (no prompt, no messages)."""
        raise NotImplementedError

    def answer(self, request: OllamaRequest, text: str, choice: JSON) -> JSON:
        """The fields that carry the answer (`response`, or `message`)."""
        raise NotImplementedError

    def parse(self, raw: bytes, scope: Scope) -> ChatRequest:
        body = json_object(raw)
        name = check_model(body)
        openai = self.build(body, route_of(name, scope.get("state", {}).get("routes") or ()))
        load = self.load(body)
        if load:  # Ollama answers at once; rung asks its backend for one token, unstreamed
            openai.pop("stream_options", None)
            openai.update(max_tokens=1, stream=False)
        request = parse_chat(orjson.dumps(openai)) if "messages" in openai else None
        return OllamaRequest(request.body if request else openai, name=name, load=load)

    def render(self, completion: Completion, request: ChatRequest) -> bytes:
        data = completion.data
        choice = (data.get("choices") or [{}])[0]
        text = content_text((choice.get("message") or {}).get("content"))
        fields = self._answer(request, text, choice)
        fields.update(_final(request, choice.get("finish_reason"), completion.usage))
        return orjson.dumps({**self._head(request), **fields, "done": True})

    async def frames(
        self, chunks: AsyncIterator[Chunk], request: ChatRequest
    ) -> AsyncIterator[bytes]:
        finish, usage = None, Usage()
        calls: dict[int, JSON] = {}
        first: float | None = None
        async for chunk in chunks:
            if isinstance(chunk, KeepAlive):
                continue  # NDJSON has no comments; Ollama's clients would choke on one
            usage = chunk.usage or usage
            for choice in (chunk.data.get("choices") or [])[:1]:
                delta = choice.get("delta") or {}
                _gather_calls(calls, delta.get("tool_calls"))
                finish = choice.get("finish_reason") or finish
                text = delta.get("content") or ""
                if text or choice.get("logprobs"):
                    first = first or time.perf_counter()
                    yield self._line(request, self._answer(request, text, choice), False)
        if calls:  # tool calls come whole, in one line before the last (as Ollama sends them)
            message = {"role": "assistant", "content": "", "tool_calls": list(calls.values())}
            yield self._line(request, self._answer(request, "", {"message": message}), False)
        fields = {**self._answer(request, "", {}), **_final(request, finish, usage, first)}
        yield self._line(request, fields, True)

    def _line(self, request: ChatRequest, fields: JSON, done: bool) -> bytes:
        return orjson.dumps({**self._head(request), **fields, "done": done}) + b"\n"

    def _head(self, request: ChatRequest) -> JSON:
        name = request.name if isinstance(request, OllamaRequest) else request.route
        return {"model": name, "created_at": created_at()}

    def _answer(self, request: ChatRequest, text: str, choice: JSON) -> JSON:
        assert isinstance(request, OllamaRequest)
        fields = self.answer(request, "" if request.load else text, choice)
        logprobs = (choice.get("logprobs") or {}).get("content")
        if logprobs and not request.load:
            fields["logprobs"] = [_logprob(t) for t in logprobs]
        return fields

    def error(self, error: RungError) -> bytes:
        """Ollama's `{"error": ...}`; an unknown model says "not found", as Ollama's does."""
        if isinstance(error, UnknownRoute):
            return orjson.dumps({"error": f"model not found: {error.message}"})
        return orjson.dumps(error_json(error, self.path))

    def stream_error(self, error: RungError) -> bytes:
        """Ollama ends a failed stream with a line holding only `error`."""
        return orjson.dumps({"error": error.message}) + b"\n"


class GenerateDialect(OllamaDialect):
    """`POST /api/generate`."""

    path = "/api/generate"

    def build(self, body: JSON, route: str) -> JSON:
        return generate_body(body, route)

    def load(self, body: JSON) -> bool:
        return not body.get("prompt") and body.get("suffix") is None

    def answer(self, request: OllamaRequest, text: str, choice: JSON) -> JSON:
        return {"response": text}


class ChatDialect(OllamaDialect):
    """`POST /api/chat`."""

    path = "/api/chat"

    def build(self, body: JSON, route: str) -> JSON:
        openai = chat_body(body, route)
        if self.load(body):
            openai["messages"] = [{"role": "user", "content": ""}]
        return openai

    def load(self, body: JSON) -> bool:
        return not body.get("messages")

    def answer(self, request: OllamaRequest, text: str, choice: JSON) -> JSON:
        message: JSON = {"role": "assistant", "content": text}
        calls = (choice.get("message") or {}).get("tool_calls")
        if calls and not request.load:
            message["tool_calls"] = _ollama_calls(calls)
        return {"message": message}


def _final(request: ChatRequest, finish: Any, usage: Usage, first: float | None = None) -> JSON:
    """The last line's reason, counts and durations (ns)."""
    now = time.perf_counter()
    started = request.started if isinstance(request, OllamaRequest) else now
    load = isinstance(request, OllamaRequest) and request.load
    fields: JSON = {
        "done_reason": "load" if load else ("length" if finish == "length" else "stop"),
        "total_duration": int((now - started) * 1e9),
        "load_duration": 0,
        "prompt_eval_count": usage.prompt_tokens,
        "eval_count": 0 if load else usage.completion_tokens,
    }
    if first is not None:  # a stream: the wait for the first token is the prompt's evaluation
        fields["prompt_eval_duration"] = int((first - started) * 1e9)
        fields["eval_duration"] = int((now - first) * 1e9)
    else:
        fields["eval_duration"] = fields["total_duration"]
    return fields


def _gather_calls(calls: dict[int, JSON], deltas: Any) -> None:
    """Put streamed tool-call fragments together (OpenAI streams them in pieces)."""
    for delta in deltas or []:
        call = calls.setdefault(int(delta.get("index") or 0), {"function": {"arguments": ""}})
        if delta.get("id"):
            call["id"] = delta["id"]
        function = delta.get("function") or {}
        if function.get("name"):
            call["function"]["name"] = function["name"]
        call["function"]["arguments"] += function.get("arguments") or ""


def _ollama_calls(calls: list[JSON]) -> list[JSON]:
    """OpenAI tool calls as Ollama's: arguments as an object, not a string of JSON."""
    out = []
    for index, call in enumerate(calls):
        function = call.get("function") or {}
        try:
            arguments = orjson.loads(function.get("arguments") or "{}")
        except orjson.JSONDecodeError:
            arguments = {}
        spec = {"index": index, "name": function.get("name", ""), "arguments": arguments}
        out.append({**({"id": call["id"]} if call.get("id") else {}), "function": spec})
    return out


def _logprob(token: JSON) -> JSON:
    top = [
        {"token": t.get("token"), "logprob": t.get("logprob")}
        for t in token.get("top_logprobs") or []
    ]
    return {"token": token.get("token"), "logprob": token.get("logprob"), "top_logprobs": top}
