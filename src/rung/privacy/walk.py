"""Every field of a request that reaches a backend: scanned, passed, or refused.

A model reads: a text request's `prompt` and `suffix` and an embedding request's `input` (each a
string or a list of strings), each message's `content` (a string, or the `text` of its content
parts), the `function.arguments` of each assistant `tool_calls` entry, and tool-role results
(which are messages with content too). Tool-call arguments are JSON text: when they parse, each
string value inside is a text of its own (path `.../arguments/key/0`), so that escaped
characters (`Bj\\u00f6rn`) are seen decoded; when they do not parse, the whole string is one text.

Every other field is decided here, one rule per field (docs/privacy.md has the table):

- `PASSED`: sampling and protocol settings (`temperature`, `max_tokens`, `stream`, ...) pass
  as they are while their value is a number, a boolean or null; a string or an object there is
  scanned like an unknown field. `model` is replaced by the backend's model id and `rung` is
  removed before any upstream call (`rung.backends.openai`), so both pass.
- Everything else (`tools`, `functions`, `tool_choice`, `response_format`, `metadata`, `user`,
  `stop`, `prediction`, unknown fields such as `session_note`, and message fields other than
  `role`, `content`, `tool_calls` and `tool_call_id`) is scanned as a JSON tree: each string
  value and each object key is a text of its own (keys and values that are JSON Schema
  vocabulary, `type`, `object`, `string` ..., are skipped). A value under a `name` key, and a
  message's `name`, is an identifier (`^[A-Za-z0-9_-]+$` in OpenAI's API): a placeholder there
  loses its angle brackets (`PERSON_1`).
- `unreadable(body)`: content parts rung cannot read (images, audio, files, unknown part types).
  A private route refuses a request that has one (`rung.privacy.guard`): 400 naming the field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from rung.types import JSON

PLAIN_FIELDS = ("prompt", "suffix", "input")  # fields that are text (or lists of texts) as a whole
PASSED = frozenset(
    {
        "model", "rung", "temperature", "top_p", "top_k", "min_p", "typical_p", "tfs_z",
        "max_tokens", "max_completion_tokens", "n", "best_of", "stream", "stream_options",
        "presence_penalty", "frequency_penalty", "repeat_penalty", "repetition_penalty",
        "logprobs", "top_logprobs", "seed", "parallel_tool_calls", "logit_bias", "echo",
        "service_tier", "store", "reasoning_effort", "modalities", "encoding_format",
        "dimensions", "mirostat", "mirostat_tau", "mirostat_eta", "keep_alive",
    }
)  # fmt: skip
ALWAYS_PASSED = frozenset({"model", "rung"})  # replaced or removed before any upstream call
MESSAGE_PASSED = frozenset({"role", "tool_call_id"})
# JSON Schema and OpenAI vocabulary: skipped as keys and as values in scanned trees.
VOCABULARY = frozenset(
    {
        "type", "object", "string", "integer", "number", "boolean", "array", "null",
        "function", "functions", "properties", "items", "required", "description", "title",
        "enum", "default", "examples", "format", "pattern", "name", "parameters", "strict",
        "additionalProperties", "anyOf", "oneOf", "allOf", "$ref", "$defs", "definitions",
        "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "const",
        "json_schema", "json_object", "text", "schema", "auto", "none", "date", "date-time",
        "email", "uri", "content", "arguments",
    }
)  # fmt: skip
TEXT_PART = "text"
BLOB_FIELDS = frozenset({"images"})  # Ollama's base64 images, beside `content` or `prompt`
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
    """A copy of `body` whose every text a backend may read is replaced by `rewrite(path,
    text)`: message contents and tool-call arguments, prompts, inputs, and every other field
    not in `PASSED` (as a JSON tree).

    Parts that hold no text are shared with `body`, not copied; `body` is never changed.
    """
    new = dict(body)
    for key, value in body.items():
        if key == "messages" and isinstance(value, list):
            new[key] = [
                _map_message(f"messages[{i}]", m, rewrite) if isinstance(m, dict) else m
                for i, m in enumerate(value)
            ]
        elif key in PLAIN_FIELDS:  # a text request's prompt and suffix, an embedding's input
            new[key] = _map_plain(key, value, rewrite)
        elif key not in BLOB_FIELDS and not _passes(key, value):
            new[key] = _map_tree(key, value, rewrite)
    return new


def _passes(key: str, value: Any) -> bool:
    if key in ALWAYS_PASSED:
        return True
    return key in PASSED and (value is None or isinstance(value, bool | int | float))


def _map_plain(name: str, value: Any, rewrite: Rewrite) -> Any:
    if isinstance(value, str):
        return rewrite(name, value)
    if isinstance(value, list):
        return [
            rewrite(f"{name}[{i}]", v) if isinstance(v, str) else v for i, v in enumerate(value)
        ]
    return _map_tree(name, value, rewrite)


def _map_tree(path: str, value: Any, rewrite: Rewrite, key: str = "") -> Any:
    """Every string value and object key of a JSON tree rewritten (vocabulary skipped)."""
    if isinstance(value, str):
        if value in VOCABULARY or not value.strip() or is_blob(value):
            return value
        new = rewrite(path, value)
        return identifier(new) if key == "name" and new != value else new
    if isinstance(value, list):
        return [_map_tree(f"{path}[{i}]", item, rewrite, key) for i, item in enumerate(value)]
    if isinstance(value, dict):
        result = {}
        for name, item in value.items():
            new_name = name if name in VOCABULARY else rewrite(f"{path}.{name}#key", name)
            result[new_name] = _map_tree(f"{path}.{name}", item, rewrite, name)
        return result
    return value


def identifier(text: str) -> str:
    """A rewritten identifier without the angle brackets of its placeholders."""
    return text.replace("<", "").replace(">", "")


def is_blob(text: str) -> bool:
    """A data URL (`data:image/png;base64,...`): not text, and not scanned."""
    return text.startswith("data:") and ";base64," in text[:200]


def unreadable(body: JSON) -> list[str]:
    """The places rung cannot read: content parts other than text (images, audio, files,
    unknown types), Ollama's `images` (in a message or a text request), and data URLs."""
    places = [f"{name} (images)" for name in BLOB_FIELDS if body.get(name)]
    for i, message in enumerate(body.get("messages") or []):
        if not isinstance(message, dict):
            continue
        places += [f"messages[{i}].{name} (images)" for name in BLOB_FIELDS if message.get(name)]
        content = message.get("content")
        for j, part in enumerate(content if isinstance(content, list) else []):
            kind = part.get("type") if isinstance(part, dict) else None
            if kind != TEXT_PART or not isinstance(part.get("text"), str):
                places.append(f"messages[{i}].content[{j}] ({kind or 'not a part'})")
    places += [f"{path} (data URL)" for path in _blobs("", body)]
    return places


def _blobs(path: str, value: Any) -> Iterator[str]:
    if isinstance(value, str) and is_blob(value):
        yield path
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _blobs(f"{path}[{i}]", item)
    elif isinstance(value, dict):
        for key, item in value.items():
            reported = key in BLOB_FIELDS or key == "content"  # as images or content parts
            if not (reported and isinstance(item, list)):
                yield from _blobs(f"{path}.{key}" if path else key, item)


def _map_message(path: str, message: JSON, rewrite: Rewrite) -> JSON:
    new = dict(message)
    for key, value in message.items():
        if key in MESSAGE_PASSED or key in BLOB_FIELDS:
            continue
        if key == "content" and isinstance(value, str):
            new[key] = rewrite(f"{path}.content", value)
        elif key == "content" and isinstance(value, list):
            new[key] = [
                _map_part(f"{path}.content[{i}]", part, rewrite) for i, part in enumerate(value)
            ]
        elif key == "tool_calls" and isinstance(value, list):
            new[key] = [
                _map_tool_call(f"{path}.tool_calls[{i}]", call, rewrite)
                for i, call in enumerate(value)
            ]
        else:  # name, refusal, reasoning, legacy function_call, unknown fields
            new[key] = _map_tree(f"{path}.{key}", value, rewrite, key)
    return new


def _map_part(path: str, part: Any, rewrite: Rewrite) -> Any:
    if isinstance(part, dict) and isinstance(part.get("text"), str):
        return {**part, "text": rewrite(f"{path}.text", part["text"])}
    return part


def _map_tool_call(path: str, call: Any, rewrite: Rewrite) -> Any:
    function = call.get("function") if isinstance(call, dict) else None
    if not isinstance(function, dict):
        return call
    new = dict(function)
    if isinstance(function.get("arguments"), str):
        arguments = map_arguments(f"{path}.function.arguments", function["arguments"], rewrite)
        new["arguments"] = arguments
    if isinstance(function.get("name"), str):
        new["name"] = _map_tree(f"{path}.function.name", function["name"], rewrite, "name")
    return {**call, "function": new}


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
