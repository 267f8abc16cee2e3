"""Ollama's request bodies (`/api/generate`, `/api/chat`) as the OpenAI-shaped bodies rung runs.

- `generate` with `raw: true` or a `suffix` is a text request (`prompt`, `suffix`: the backend
  builds the fill-in-the-middle prompt); otherwise a chat with `system` and the prompt as the
  user's message (with its `images`). `template`, `context`, `keep_alive` and `think` are
  ignored: rung's backends apply their own templates and keep their models loaded.
- `chat` messages: `images` (base64) become image parts; tool calls (arguments as objects)
  become OpenAI tool calls with ids (their own when given), and a `tool` message answers the
  call of its `tool_call_id`, else the call it names (`tool_name`), else the first unanswered.
- `options`: temperature, top_p, num_predict (> 0: max_tokens), stop, seed, presence_penalty
  and frequency_penalty are honoured; Ollama's other options (top_k, num_ctx, ...) are ignored.
- `format`: "json" -> a JSON object answer; a JSON Schema -> `response_format.json_schema`.
- Streaming is the default (`stream` absent means true), as in Ollama.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

import orjson

from rung._errors import RequestError
from rung.gateway.dialects.fields import (
    BOOLEAN,
    INTEGER,
    LIST,
    NUMBER,
    STRING,
    Kind,
    Range,
    check_fields,
    check_strings,
)
from rung.types import JSON

GENERATE_FIELDS: dict[str, Kind] = {
    "model": STRING, "prompt": STRING, "suffix": STRING, "system": STRING, "template": STRING,
    "raw": BOOLEAN, "stream": BOOLEAN, "images": LIST, "options": ((dict,), "an object"),
    "format": ((str, dict), "\"json\" or a JSON Schema object"), "logprobs": BOOLEAN,
    "top_logprobs": INTEGER,
}  # fmt: skip
CHAT_FIELDS: dict[str, Kind] = {
    "model": STRING, "messages": LIST, "tools": LIST, "stream": BOOLEAN,
    "options": ((dict,), "an object"), "format": ((str, dict), "\"json\" or a JSON Schema object"),
    "logprobs": BOOLEAN, "top_logprobs": INTEGER,
}  # fmt: skip
OPTION_FIELDS: dict[str, Kind] = {
    "temperature": NUMBER, "top_p": NUMBER, "num_predict": INTEGER, "seed": INTEGER,
    "stop": ((str, list), "a string or a list of strings"), "presence_penalty": NUMBER,
    "frequency_penalty": NUMBER,
}  # fmt: skip
RANGES: dict[str, Range] = {
    "temperature": (0, 2), "top_p": (0, 1), "presence_penalty": (-2, 2),
    "frequency_penalty": (-2, 2), "top_logprobs": (0, 20),
}  # fmt: skip
ROLES = ("system", "user", "assistant", "tool")
SAMPLING = ("temperature", "top_p", "seed", "presence_penalty", "frequency_penalty")
IMAGE_TYPES = {
    b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif",
}  # fmt: skip


def check_model(body: JSON) -> str:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise RequestError("model is required", param="model")
    return model


def generate_body(body: JSON, route: str) -> JSON:
    """The OpenAI-shaped body for an `/api/generate` body (a text or a chat request)."""
    check_fields(body, GENERATE_FIELDS, RANGES)
    prompt, suffix = body.get("prompt") or "", body.get("suffix")
    out: JSON = {"model": route, "stream": body.get("stream", True) is not False}
    out.update(sampling(body.get("options") or {}))
    if body.get("raw") or suffix is not None:
        out["prompt"] = prompt
        if suffix is not None:
            out["suffix"] = suffix
        if body.get("logprobs"):
            out["logprobs"] = int(body.get("top_logprobs") or 0)
        return _streamed(out)
    content: Any = prompt
    if body.get("images"):
        content = [{"type": "text", "text": prompt}, *_images(body["images"], "images")]
    messages = [{"role": "user", "content": content}]
    if body.get("system"):
        messages.insert(0, {"role": "system", "content": body["system"]})
    out["messages"] = messages
    out.update(_chat_extras(body))
    return _streamed(out)


def chat_body(body: JSON, route: str) -> JSON:
    """The OpenAI chat body for an `/api/chat` body."""
    check_fields(body, CHAT_FIELDS, RANGES)
    out: JSON = {"model": route, "stream": body.get("stream", True) is not False}
    out.update(sampling(body.get("options") or {}))
    out["messages"] = chat_messages(body.get("messages") or [])
    if body.get("tools"):
        out["tools"] = [_tool(t, f"tools[{i}]") for i, t in enumerate(body["tools"])]
    out.update(_chat_extras(body))
    return _streamed(out)


def sampling(options: JSON) -> JSON:
    """Ollama's `options` as OpenAI's sampling fields."""
    check_fields(options, OPTION_FIELDS, RANGES, "options.")
    check_strings(options.get("stop"), "options.stop")
    out = {k: options[k] for k in SAMPLING if options.get(k) is not None}
    predict = options.get("num_predict")
    if isinstance(predict, int) and predict > 0:  # -1 (no limit) and -2 (fill): the default
        out["max_tokens"] = predict
    if options.get("stop"):
        stop = options["stop"]
        out["stop"] = [stop] if isinstance(stop, str) else stop
    return out


def _chat_extras(body: JSON) -> JSON:
    """`format` and `logprobs` of a chat request, as OpenAI's fields."""
    out: JSON = {}
    fmt = body.get("format")
    if fmt == "json":
        out["response_format"] = {"type": "json_object"}
    elif isinstance(fmt, dict):
        schema = {"name": "format", "schema": fmt}
        out["response_format"] = {"type": "json_schema", "json_schema": schema}
    elif fmt not in (None, ""):
        raise RequestError(
            f'invalid format {fmt!r}: use "json" or a JSON Schema object', param="format"
        )
    if body.get("logprobs"):
        out["logprobs"] = True
        if body.get("top_logprobs"):
            out["top_logprobs"] = body["top_logprobs"]
    return out


def _streamed(out: JSON) -> JSON:
    """A stream's last chunk carries the token counts (Ollama's final line reports them)."""
    if out["stream"]:
        out["stream_options"] = {"include_usage": True}
    return out


def chat_messages(messages: list[Any]) -> list[JSON]:
    """Ollama's chat messages as OpenAI's."""
    out: list[JSON] = []
    pending: list[tuple[str, str]] = []  # (id, name) of calls not answered yet
    for i, message in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(message, dict):
            raise RequestError(f"'{where}' must be an object", param=where)
        role = message.get("role")
        if role not in ROLES:
            raise RequestError(f"'{where}.role' must be one of {', '.join(ROLES)}", param=where)
        content = message.get("content") or ""
        if not isinstance(content, str):
            raise RequestError(f"'{where}.content' must be a string", param=f"{where}.content")
        converted: JSON = {"role": role, "content": content}
        if message.get("images"):
            images = _images(message["images"], f"{where}.images")
            converted["content"] = [{"type": "text", "text": content}, *images]
        if role == "assistant" and message.get("tool_calls"):
            calls = _calls(message["tool_calls"], f"{where}.tool_calls", len(out))
            converted["tool_calls"] = calls
            converted["content"] = content or None
            pending = [(c["id"], c["function"]["name"]) for c in calls]
        if role == "tool":
            given = message.get("tool_call_id")
            answered = _answered(pending, message.get("tool_name"), i, given)
            converted["tool_call_id"] = answered
        out.append(converted)
    return out


def _calls(calls: Any, where: str, at: int) -> list[JSON]:
    if not isinstance(calls, list):
        raise RequestError(f"'{where}' must be a list", param=where)
    out = []
    for j, call in enumerate(calls):
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise RequestError(f"'{where}[{j}].function.name' is required", param=where)
        arguments = function.get("arguments") or {}
        text = arguments if isinstance(arguments, str) else orjson.dumps(arguments).decode()
        call_id = call.get("id") if isinstance(call.get("id"), str) else f"call_{at}_{j}"
        spec = {"name": function["name"], "arguments": text}
        out.append({"id": call_id, "type": "function", "function": spec})
    return out


def _answered(pending: list[tuple[str, str]], name: Any, index: int, given: Any = None) -> str:
    """The id of the call a tool message answers: its own `tool_call_id`, else the pending
    call it names (`tool_name`), else the first pending one."""
    if isinstance(given, str) and given:
        pending[:] = [p for p in pending if p[0] != given]
        return given
    for k, (call_id, call_name) in enumerate(pending):
        if name is None or call_name == name:
            del pending[k]
            return call_id
    if pending:
        return pending.pop(0)[0]
    return f"call_tool_{index}"


def _tool(tool: Any, where: str) -> JSON:
    function = tool.get("function") if isinstance(tool, dict) else None
    if not isinstance(function, dict) or not isinstance(function.get("name"), str):
        raise RequestError(f"'{where}.function.name' is required", param=f"{where}.function.name")
    return {"type": "function", "function": function}


def _images(images: Any, where: str) -> list[JSON]:
    """Ollama's base64 images as OpenAI image parts (data URLs)."""
    if not isinstance(images, list):
        raise RequestError(f"'{where}' must be a list of base64 strings", param=where)
    parts = []
    for j, image in enumerate(images):
        if not isinstance(image, str):
            raise RequestError(f"'{where}[{j}]' must be a base64 string", param=where)
        url = f"data:{_image_type(image, f'{where}[{j}]')};base64,{image}"
        parts.append({"type": "image_url", "image_url": {"url": url}})
    return parts


def _image_type(image: str, where: str) -> str:
    try:
        head = base64.b64decode(image[:16], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise RequestError(f"'{where}' is not base64 image data", param=where) from exc
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for magic, kind in IMAGE_TYPES.items():
        if head.startswith(magic):
            return kind
    return "image/png"
