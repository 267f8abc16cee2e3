"""Parsing and checking a chat-completions request body, as the OpenAI API defines it.

Only the fields rung reads are checked; every other field is passed on untouched.
"""

from __future__ import annotations

import math
from typing import Any

import orjson

from rung._errors import RequestError
from rung.gateway.http import MAX_JSON_DEPTH, too_deep
from rung.types import JSON, ChatRequest

ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
NUMBERS = (int, float)
# field -> (accepted types, description for the error message)
FIELD_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "model": ((str,), "a string"),
    "stream": ((bool,), "a boolean"),
    "max_tokens": ((int,), "an integer"),
    "max_completion_tokens": ((int,), "an integer"),
    "temperature": (NUMBERS, "a number"),
    "top_p": (NUMBERS, "a number"),
    "n": ((int,), "an integer"),
    "seed": ((int,), "an integer"),
    "logprobs": ((bool,), "a boolean"),
    "top_logprobs": ((int,), "an integer"),
    "stop": ((str, list), "a string or a list of strings"),
    "response_format": ((dict,), "an object"),
    "stream_options": ((dict,), "an object"),
    "tools": ((list,), "a list"),
    "rung": ((dict,), "an object"),
}
RANGES: dict[str, tuple[float, float]] = {
    "temperature": (0, 2),
    "top_p": (0, 1),
    "max_tokens": (1, 10**7),
    "max_completion_tokens": (1, 10**7),
    "n": (1, 128),
    "top_logprobs": (0, 20),
}


def json_object(raw: bytes) -> JSON:
    """A request body that must be a JSON object, or a RequestError saying why not."""
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise RequestError(f"the request body is not valid JSON: {exc}") from exc
    if not isinstance(body, dict):
        raise RequestError("the request body must be a JSON object")
    if too_deep(body):
        raise RequestError(f"the request body nests deeper than {MAX_JSON_DEPTH} levels")
    return body


def parse_chat(raw: bytes) -> ChatRequest:
    """A ChatRequest from a body, or a RequestError saying what is wrong and where."""
    body = json_object(raw)
    _check_fields(body)
    _check_messages(body.get("messages"))
    return ChatRequest(body)


def _check_fields(body: JSON) -> None:
    if "model" not in body:
        raise RequestError("you must provide a model parameter", param="model")
    for name, value in body.items():
        expected = FIELD_TYPES.get(name)
        if expected is None or value is None:
            continue
        types, description = expected
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise RequestError(f"'{name}' must be {description}, not {_kind(value)}", param=name)
        low, high = RANGES.get(name, (-math.inf, math.inf))
        if isinstance(value, int | float) and not low <= value <= high:
            raise RequestError(f"'{name}' must be between {low} and {high}", param=name)


def _check_messages(messages: Any) -> None:
    if not isinstance(messages, list) or not messages:
        raise RequestError("'messages' must be a non-empty list", param="messages")
    for i, message in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(message, dict):
            raise RequestError(f"'{where}' must be an object", param=where)
        role = message.get("role")
        if role not in ROLES:
            raise RequestError(f"'{where}.role' must be one of {sorted(ROLES)}", param=where)
        content = message.get("content")
        if content is not None and not isinstance(content, str | list):
            raise RequestError(
                f"'{where}.content' must be a string or a list of content parts", param=where
            )
        if isinstance(content, list) and not all(isinstance(p, dict) for p in content):
            raise RequestError(f"'{where}.content' parts must be objects", param=where)


def _kind(value: Any) -> str:
    names = {str: "a string", bool: "a boolean", int: "an integer", float: "a number"}
    names |= {list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)
