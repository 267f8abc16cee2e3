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
    "tool_choice": ((str, dict), "a string or an object"),
    "parallel_tool_calls": ((bool,), "a boolean"),
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
    # a text with no more brackets than the limit cannot nest deeper (counting them is ~50x
    # cheaper than walking the parsed value; only a body with many brackets is walked)
    if raw.count(b"{") + raw.count(b"[") > MAX_JSON_DEPTH and too_deep(body):
        raise RequestError(f"the request body nests deeper than {MAX_JSON_DEPTH} levels")
    return body


def parse_chat(raw: bytes) -> ChatRequest:
    """A ChatRequest from a body, or a RequestError saying what is wrong and where."""
    body = json_object(raw)
    _check_fields(body)
    _check_messages(body.get("messages"))
    _check_tools(body)
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
            raise RequestError(
                f"'{where}.role' must be one of {sorted(ROLES)}", param=f"{where}.role"
            )
        _check_content(message, role, where)
        if message.get("name") is not None and not isinstance(message["name"], str):
            raise RequestError(f"'{where}.name' must be a string", param=f"{where}.name")
        if role == "assistant" and message.get("tool_calls") is not None:
            _check_tool_calls(message["tool_calls"], f"{where}.tool_calls")
        if role == "tool" and not isinstance(message.get("tool_call_id"), str):
            raise RequestError(
                f"'{where}.tool_call_id' is required on a tool message (a string)",
                param=f"{where}.tool_call_id",
            )


def _check_content(message: JSON, role: str, where: str) -> None:
    """Content is a string, a list of parts, or (assistant only, with tool calls or a
    function call) null or missing."""
    param = f"{where}.content"
    content = message.get("content")
    if content is None:
        calls = message.get("tool_calls") or message.get("function_call")
        if role == "assistant" and calls:
            return
        raise RequestError(f"Missing required parameter: '{param}'.", param=param)
    if isinstance(content, str):
        return
    if not isinstance(content, list):
        raise RequestError(f"'{param}' must be a string or a list of content parts", param=param)
    for j, part in enumerate(content):
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise RequestError(
                f"'{param}[{j}]' must be an object with a 'type'", param=f"{param}[{j}]"
            )
        if part["type"] == "text" and not isinstance(part.get("text"), str):
            raise RequestError(f"'{param}[{j}].text' must be a string", param=f"{param}[{j}].text")


def _check_tool_calls(calls: Any, where: str) -> None:
    if not isinstance(calls, list):
        raise RequestError(f"'{where}' must be a list", param=where)
    for j, call in enumerate(calls):
        at = f"{where}[{j}]"
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(call, dict) or not isinstance(call.get("id"), str):
            raise RequestError(f"'{at}.id' is required (a string)", param=f"{at}.id")
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise RequestError(
                f"'{at}.function.name' is required (a string)", param=f"{at}.function.name"
            )
        if not isinstance(function.get("arguments"), str):
            raise RequestError(
                f"'{at}.function.arguments' must be a string of JSON",
                param=f"{at}.function.arguments",
            )


def _check_tools(body: JSON) -> None:
    """Each tool is a function with a name; `tool_choice` names one of them."""
    tools = body.get("tools") or []
    names = []
    for j, tool in enumerate(tools):
        function = tool.get("function") if isinstance(tool, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise RequestError(
                f"'tools[{j}].function.name' is required (a string)",
                param=f"tools[{j}].function.name",
            )
        parameters = function.get("parameters")
        if parameters is not None and not isinstance(parameters, dict):
            raise RequestError(
                f"'tools[{j}].function.parameters' must be an object",
                param=f"tools[{j}].function.parameters",
            )
        names.append(function["name"])
    choice = body.get("tool_choice")
    if choice is None:
        return
    if not tools:
        raise RequestError(
            "'tool_choice' is only allowed when 'tools' are specified", param="tool_choice"
        )
    if isinstance(choice, str):
        if choice not in ("none", "auto", "required"):
            raise RequestError(
                "'tool_choice' must be none, auto, required or a named function",
                param="tool_choice",
            )
        return
    name = ((choice.get("function") or {}) if isinstance(choice, dict) else {}).get("name")
    if name not in names:
        raise RequestError(
            f"'tool_choice' names the function {name!r}, which is not in 'tools'",
            param="tool_choice",
        )


def _kind(value: Any) -> str:
    names = {str: "a string", bool: "a boolean", int: "an integer", float: "a number"}
    names |= {list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)
