"""Anthropic's Messages API (`POST /v1/messages`), read as a chat request and written back.

A Messages body becomes an OpenAI chat body that runs through the same routes, patterns,
privacy guard, keys, log and metrics as chat does: `system` becomes the first system message;
text and image blocks become content parts (an image's base64 or url source an `image_url`);
an assistant's `tool_use` blocks become its `tool_calls`; a user's `tool_result` blocks become
`tool` messages (placed before the rest of that user turn, as OpenAI orders them); `tools`
become function tools and `tool_choice` auto/any/tool/none becomes auto/required/named/none;
`stop_sequences` becomes `stop`, `metadata.user_id` becomes `user`, and structured output
(`output_config.format`, a JSON schema) becomes `response_format`. `top_k` is dropped (the
chat API has no such field), and so are `thinking` blocks, which only the model that wrote them
reads. Fields rung does not use (`thinking`, `service_tier`, `cache_control`, ...) are accepted
and ignored, so that clients such as Claude Code work unchanged; the fields rung uses are
checked, and a wrong one is a 400 naming it the way Anthropic does (`messages.0.content.1.type:
...`), in Anthropic's error format. The answer is written back by `anthropic_stream`.
"""

from __future__ import annotations

import math
import re
from collections.abc import AsyncIterator
from typing import Any

import orjson

from rung._errors import RequestError, RungError
from rung.gateway.dialects.anthropic_stream import event, message_frames, message_json
from rung.gateway.dialects.base import Dialect
from rung.gateway.http import Scope, error_json
from rung.gateway.request import json_object
from rung.tokens import estimate_tokens
from rung.types import JSON, ChatRequest, Chunk, Completion

PATH = "/v1/messages"
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
SKIPPED = frozenset({"thinking", "redacted_thinking"})  # only their own model reads them
USER_BLOCKS = ("text", "image", "tool_result")
ASSISTANT_BLOCKS = ("text", "tool_use")
TOOL_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,128}$")
CHOICES = {"auto": "auto", "any": "required", "none": "none"}
NUMBERS = (int, float)
# field -> (accepted types, description, lowest, highest)
FIELDS: dict[str, tuple[tuple[type, ...], str, float, float]] = {
    "model": ((str,), "a valid string", -math.inf, math.inf),
    "max_tokens": ((int,), "a valid integer", 1, 10**7),
    "system": ((str, list), "a valid string or a list of text blocks", -math.inf, math.inf),
    "messages": ((list,), "a valid list", -math.inf, math.inf),
    "tools": ((list,), "a valid list", -math.inf, math.inf),
    "tool_choice": ((dict,), "a valid dictionary", -math.inf, math.inf),
    "stop_sequences": ((list,), "a valid list", -math.inf, math.inf),
    "temperature": (NUMBERS, "a valid number", 0, 1),
    "top_p": (NUMBERS, "a valid number", 0, 1),
    "top_k": ((int,), "a valid integer", 0, math.inf),
    "stream": ((bool,), "a valid boolean", -math.inf, math.inf),
    "metadata": ((dict,), "a valid dictionary", -math.inf, math.inf),
    "output_config": ((dict,), "a valid dictionary", -math.inf, math.inf),
    "rung": ((dict,), "a valid dictionary", -math.inf, math.inf),
}
REQUIRED = ("model", "max_tokens", "messages")


class AnthropicDialect(Dialect):
    """Anthropic's Messages API onto rung's routes and patterns, both ways."""

    path = PATH

    def parse(self, raw: bytes, scope: Scope) -> ChatRequest:
        return ChatRequest(chat_body(json_object(raw)))

    def render(self, completion: Completion, request: ChatRequest) -> bytes:
        return orjson.dumps(message_json(completion, request))

    def frames(self, chunks: AsyncIterator[Chunk], request: ChatRequest) -> AsyncIterator[bytes]:
        return message_frames(chunks, request)

    def stream_error(self, error: RungError) -> bytes:
        return event("error", error_json(error, self.path))


def invalid(param: str, problem: str) -> RequestError:
    """A 400 naming `param` first, as Anthropic's messages do."""
    return RequestError(f"{param}: {problem}", param=param)


def chat_body(body: JSON) -> JSON:
    """The OpenAI chat body a Messages body asks for, or a RequestError naming what is wrong."""
    _check_fields(body)
    tools = _tools(body.get("tools"))
    system = _system(body.get("system"))
    chat: JSON = {
        "model": body["model"],
        "max_tokens": body["max_tokens"],
        "messages": [*system, *_messages(body["messages"])],
    }
    for name in ("temperature", "top_p", "rung"):
        if body.get(name) is not None:
            chat[name] = body[name]
    if tools:
        chat["tools"] = tools
    chat.update(_tool_choice(body.get("tool_choice"), [t["function"]["name"] for t in tools]))
    stops = _strings(body.get("stop_sequences"), "stop_sequences")
    if stops:
        chat["stop"] = stops
    output = _output_format(body.get("output_config"))
    if output is not None:
        chat["response_format"] = output
    user = _user_id(body.get("metadata"))
    if user is not None:
        chat["user"] = user
    if body.get("stream"):
        chat["stream"] = True
        chat["stream_options"] = {"include_usage": True}  # the usage message_delta reports
    return chat


def _check_fields(body: JSON) -> None:
    for name in REQUIRED:
        if body.get(name) is None:
            raise invalid(name, "Field required")
    for name, (types, description, low, high) in FIELDS.items():
        value = body.get(name)
        if value is None:
            continue
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise invalid(name, f"Input should be {description}")
        if isinstance(value, int | float) and not isinstance(value, bool) and not low <= value:
            raise invalid(name, f"Input should be greater than or equal to {low:g}")
        if isinstance(value, int | float) and not isinstance(value, bool) and value > high:
            raise invalid(name, f"Input should be less than or equal to {high:g}")


def _string(block: JSON, key: str, where: str) -> str:
    value = block.get(key)
    if not isinstance(value, str):
        problem = "Field required" if value is None else "Input should be a valid string"
        raise invalid(f"{where}.{key}", problem)
    return value


def _strings(value: Any, where: str) -> list[str]:
    for i, item in enumerate(value or []):
        if not isinstance(item, str):
            raise invalid(f"{where}.{i}", "Input should be a valid string")
    return list(value or [])


def _user_id(metadata: JSON | None) -> str | None:
    user = (metadata or {}).get("user_id")
    if user is not None and not isinstance(user, str):
        raise invalid("metadata.user_id", "Input should be a valid string")
    return user


def _output_format(config: JSON | None) -> JSON | None:
    """`output_config.format` (structured output) as the chat API's `response_format`."""
    found = (config or {}).get("format")
    if found is None:
        return None
    if not isinstance(found, dict) or found.get("type") != "json_schema":
        raise invalid("output_config.format.type", "Input should be 'json_schema'")
    schema = found.get("schema")
    if not isinstance(schema, dict):
        raise invalid("output_config.format.schema", "Input should be a valid dictionary")
    return {"type": "json_schema", "json_schema": {"name": "output", "schema": schema}}


def _system(system: str | list[Any] | None) -> list[JSON]:
    if isinstance(system, str):
        return [{"role": "system", "content": system}] if system else []
    texts = []
    for j, block in enumerate(system or []):
        _block_type(block, f"system.{j}", ("text",))
        texts.append(_string(block, "text", f"system.{j}"))
    return [{"role": "system", "content": "\n".join(texts)}] if texts else []


def _block_type(block: Any, where: str, allowed: tuple[str, ...]) -> str:
    """A content block's type, one of `allowed` or a skipped one, or a 400 naming it."""
    if not isinstance(block, dict):
        raise invalid(where, "Input should be a valid dictionary")
    kind = block.get("type")
    if kind in allowed or kind in SKIPPED:
        return str(kind)
    if kind is None:
        raise invalid(f"{where}.type", "Field required")
    names = ", ".join(repr(a) for a in allowed)
    raise invalid(f"{where}.type", f"Input should be one of {names}; got {kind!r}")


def _messages(messages: list[Any]) -> list[JSON]:
    if not messages:
        raise invalid("messages", "List should have at least 1 item")
    chat: list[JSON] = []
    for i, message in enumerate(messages):
        where = f"messages.{i}"
        if not isinstance(message, dict):
            raise invalid(where, "Input should be a valid dictionary")
        role = message.get("role")
        if role not in ("user", "assistant"):
            raise invalid(f"{where}.role", "Input should be 'user' or 'assistant'")
        content = message.get("content")
        if isinstance(content, str):
            chat.append({"role": role, "content": content})
        elif not isinstance(content, list) or not content:
            problem = "Input should be a valid string or a non-empty list of content blocks"
            raise invalid(f"{where}.content", "Field required" if content is None else problem)
        elif role == "user":
            chat.extend(_user_turn(content, f"{where}.content"))
        else:
            chat.append(_assistant_turn(content, f"{where}.content"))
    return chat


def _user_turn(content: list[Any], where: str) -> list[JSON]:
    """Tool messages for the turn's tool results, then a user message with the rest."""
    results: list[JSON] = []
    parts: list[JSON] = []
    for j, block in enumerate(content):
        at = f"{where}.{j}"
        kind = _block_type(block, at, USER_BLOCKS)
        if kind == "text":
            parts.append({"type": "text", "text": _string(block, "text", at)})
        elif kind == "image":
            parts.append(_image(block, at))
        elif kind == "tool_result":
            message, images = _tool_result(block, at)
            results.append(message)
            parts.extend(images)  # a tool message holds only text: its images follow it
    return [*results, *([{"role": "user", "content": parts}] if parts else [])]


def _assistant_turn(content: list[Any], where: str) -> JSON:
    """One assistant message: its text, and its tool_use blocks as tool calls."""
    texts: list[str] = []
    calls: list[JSON] = []
    for j, block in enumerate(content):
        at = f"{where}.{j}"
        kind = _block_type(block, at, ASSISTANT_BLOCKS)
        if kind == "text":
            texts.append(_string(block, "text", at))
        elif kind == "tool_use":
            name, arguments = _string(block, "name", at), block.get("input")
            if not isinstance(arguments, dict):
                raise invalid(f"{at}.input", "Input should be a valid dictionary")
            function = {"name": name, "arguments": orjson.dumps(arguments).decode()}
            calls.append({"id": _string(block, "id", at), "type": "function", "function": function})
    message: JSON = {"role": "assistant", "content": "".join(texts) if texts or not calls else None}
    if calls:
        message["tool_calls"] = calls
    return message


def _image(block: JSON, where: str) -> JSON:
    """An image block as an OpenAI `image_url` part (a base64 source as a data URL)."""
    source = block.get("source")
    if not isinstance(source, dict):
        raise invalid(f"{where}.source", "Field required")
    kind = source.get("type")
    if kind == "url":
        return {
            "type": "image_url",
            "image_url": {"url": _string(source, "url", f"{where}.source")},
        }
    if kind != "base64":
        raise invalid(f"{where}.source.type", "Input should be 'base64' or 'url'")
    media = source.get("media_type")
    if media not in IMAGE_TYPES:
        names = ", ".join(repr(t) for t in IMAGE_TYPES)
        raise invalid(f"{where}.source.media_type", f"Input should be one of {names}")
    data = _string(source, "data", f"{where}.source")
    return {"type": "image_url", "image_url": {"url": f"data:{media};base64,{data}"}}


def _tool_result(block: JSON, where: str) -> tuple[JSON, list[JSON]]:
    """A tool_result block as a tool message (an error result says so), and its images."""
    call_id = _string(block, "tool_use_id", where)
    content = block.get("content")
    texts: list[str] = []
    images: list[JSON] = []
    if isinstance(content, str):
        texts.append(content)
    elif isinstance(content, list):
        for j, part in enumerate(content):
            at = f"{where}.content.{j}"
            if _block_type(part, at, ("text", "image")) == "image":
                images.append(_image(part, at))
            elif part["type"] == "text":
                texts.append(_string(part, "text", at))
    elif content is not None:
        raise invalid(f"{where}.content", "Input should be a valid string or a list of blocks")
    is_error = block.get("is_error")
    if is_error is not None and not isinstance(is_error, bool):
        raise invalid(f"{where}.is_error", "Input should be a valid boolean")
    text = "\n".join(texts)
    if is_error:
        text = f"Error: {text}" if text else "Error"
    return {"role": "tool", "tool_call_id": call_id, "content": text}, images


def _tools(tools: list[Any] | None) -> list[JSON]:
    """Custom tools as OpenAI function tools; Anthropic's own server tools are refused."""
    chat: list[JSON] = []
    for j, tool in enumerate(tools or []):
        at = f"tools.{j}"
        if not isinstance(tool, dict):
            raise invalid(at, "Input should be a valid dictionary")
        kind = tool.get("type")
        if kind not in (None, "custom"):
            raise invalid(
                f"{at}.type",
                f"rung runs custom tools only (name, description, input_schema), not {kind!r}",
            )
        name = _string(tool, "name", at)
        if not TOOL_NAME.match(name):
            raise invalid(f"{at}.name", "String should match pattern '^[a-zA-Z0-9_-]{1,128}$'")
        schema = tool.get("input_schema")
        if not isinstance(schema, dict):
            problem = "Field required" if schema is None else "Input should be a valid dictionary"
            raise invalid(f"{at}.input_schema", problem)
        function: JSON = {"name": name, "parameters": schema}
        if tool.get("description") is not None:
            function["description"] = _string(tool, "description", at)
        chat.append({"type": "function", "function": function})
    names = [t["function"]["name"] for t in chat]
    if len(set(names)) < len(names):
        raise invalid("tools", "Tool names must be unique")
    return chat


def _tool_choice(choice: JSON | None, names: list[str]) -> JSON:
    """`tool_choice` (and `parallel_tool_calls`) in the chat API's terms."""
    if choice is None:
        return {}
    kind = choice.get("type")
    if kind not in ("auto", "any", "tool", "none"):
        raise invalid("tool_choice.type", "Input should be 'auto', 'any', 'tool' or 'none'")
    if not names:
        if kind == "none":
            return {}
        raise invalid("tool_choice", "tool_choice may only be specified while providing tools")
    chat: JSON = {"tool_choice": CHOICES.get(str(kind))}
    if kind == "tool":
        name = choice.get("name")
        if name not in names:
            raise invalid("tool_choice.name", f"the tool {name!r} is not in 'tools'")
        chat["tool_choice"] = {"type": "function", "function": {"name": name}}
    serial = choice.get("disable_parallel_tool_use")
    if serial is not None and not isinstance(serial, bool):
        raise invalid("tool_choice.disable_parallel_tool_use", "Input should be a valid boolean")
    if serial and kind != "none":
        chat["parallel_tool_calls"] = False
    return chat


def count_tokens(raw: bytes) -> tuple[str, JSON]:
    """`POST /v1/messages/count_tokens`: the route named and the prompt's size in tokens
    (rung's conservative estimate, the one its limits reserve with)."""
    body = json_object(raw)
    body.setdefault("max_tokens", 1)  # not part of this call's body in Anthropic's API
    request = ChatRequest(chat_body(body))
    return str(body["model"]), {"input_tokens": estimate_tokens(request)}
