"""The texts of a chat request a model reads, and rewriting them.

A model reads: a text request's `prompt` and `suffix` and an embedding request's `input` (each a
string or a list of strings), each message's `content` (a string, or the `text` of its content
parts), the `function.arguments` of each assistant `tool_calls` entry, and tool-role results
(which are messages with content too). Tool-call arguments are JSON text: when they parse, each
string value inside is a text of its own (path `.../arguments/key/0`), so that escaped
characters (`Bj\\u00f6rn`) are seen decoded; when they do not parse, the whole string is one text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from rung.types import JSON

PLAIN_FIELDS = ("prompt", "suffix", "input")  # fields that are text (or lists of texts) as a whole
Rewrite = Callable[[str, str], str]
"""Called with (path, text); returns the text to put in its place."""


def text_slots(body: JSON) -> Iterator[tuple[str, str]]:
    """Every (path, text) of a request body that a model would read, in order."""
    found: list[tuple[str, str]] = []

    def collect(path: str, text: str) -> str:
        found.append((path, text))
        return text

    map_texts(body, collect)
    yield from found


def map_texts(body: JSON, rewrite: Rewrite) -> JSON:
    """A copy of `body` whose every model-read text is replaced by `rewrite(path, text)`.

    Parts that hold no text are shared with `body`, not copied; `body` is never changed.
    """
    new = dict(body)
    messages = body.get("messages")
    if isinstance(messages, list):
        new["messages"] = [
            _map_message(f"messages[{i}]", m, rewrite) if isinstance(m, dict) else m
            for i, m in enumerate(messages)
        ]
    for name in PLAIN_FIELDS:  # a text request's prompt and suffix, an embedding's input
        value = body.get(name)
        if isinstance(value, str):
            new[name] = rewrite(name, value)
        elif isinstance(value, list):
            new[name] = [
                rewrite(f"{name}[{i}]", v) if isinstance(v, str) else v for i, v in enumerate(value)
            ]
    return new


def _map_message(path: str, message: JSON, rewrite: Rewrite) -> JSON:
    new = dict(message)
    content = message.get("content")
    if isinstance(content, str):
        new["content"] = rewrite(f"{path}.content", content)
    elif isinstance(content, list):
        new["content"] = [
            _map_part(f"{path}.content[{i}]", part, rewrite) for i, part in enumerate(content)
        ]
    tool_calls = message.get("tool_calls")
    if isinstance(tool_calls, list):
        new["tool_calls"] = [
            _map_tool_call(f"{path}.tool_calls[{i}]", call, rewrite)
            for i, call in enumerate(tool_calls)
        ]
    return new


def _map_part(path: str, part: Any, rewrite: Rewrite) -> Any:
    if isinstance(part, dict) and isinstance(part.get("text"), str):
        return {**part, "text": rewrite(f"{path}.text", part["text"])}
    return part


def _map_tool_call(path: str, call: Any, rewrite: Rewrite) -> Any:
    function = call.get("function") if isinstance(call, dict) else None
    if not isinstance(function, dict) or not isinstance(function.get("arguments"), str):
        return call
    arguments = map_arguments(f"{path}.function.arguments", function["arguments"], rewrite)
    return {**call, "function": {**function, "arguments": arguments}}


def map_arguments(path: str, arguments: str, rewrite: Rewrite) -> str:
    """Rewrite the string values inside JSON `arguments` (the whole string if not JSON).

    The arguments are serialised again only when a value changed."""
    try:
        parsed = json.loads(arguments)
    except ValueError:
        return rewrite(path, arguments)
    changed = [False]
    result = _map_json(path, parsed, rewrite, changed)
    return json.dumps(result, ensure_ascii=False) if changed[0] else arguments


def _map_json(path: str, value: Any, rewrite: Rewrite, changed: list[bool]) -> Any:
    if isinstance(value, str):
        new = rewrite(path, value)
        changed[0] = changed[0] or new != value
        return new
    if isinstance(value, list):
        return [_map_json(f"{path}/{i}", item, rewrite, changed) for i, item in enumerate(value)]
    if isinstance(value, dict):
        return {
            key: _map_json(f"{path}/{_pointer_escape(key)}", item, rewrite, changed)
            for key, item in value.items()
        }
    return value


def _pointer_escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
