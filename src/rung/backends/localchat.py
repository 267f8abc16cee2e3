"""OpenAI chat messages and tools for a local model's chat template.

A chat template reads plain `{role, content}` messages with string content, so every message
shape the OpenAI API accepts is rewritten to that: null or missing content becomes "", parts
become their text, an assistant's tool calls are written into its content as JSON, tool and
function results become `tool` turns. Tools are described in a system message; the model calls
them by answering a JSON list of `{"name", "arguments"}` objects. When the request says
`tool_choice: required` or names a function, a grammar built from the tools' parameter
schemas forces that answer, so the call is always well formed.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from rung.types import JSON, content_text

MAX_PARALLEL = 4  # tool calls one forced answer may hold


@dataclass(slots=True)
class ToolPlan:
    """What a request asks of the tools: `mode` is None (no tools offered), "auto" (the model
    may call) or "forced" (a grammar makes it call)."""

    mode: str | None
    schema: JSON | None = None  # the JSON schema the forced answer follows


def plan_tools(body: JSON) -> ToolPlan:
    tools = _functions(body.get("tools"))
    choice = body.get("tool_choice") or "auto"
    if not tools or choice == "none":
        return ToolPlan(None)
    if choice == "auto":
        return ToolPlan("auto")
    parallel = body.get("parallel_tool_calls") is not False
    if isinstance(choice, dict):  # a named function: one call of it, as OpenAI answers
        name = (choice.get("function") or {}).get("name")
        tools, parallel = [t for t in tools if t.get("name") == name], False
    return ToolPlan("forced", _calls_schema(tools, parallel))


def chat_messages(body: JSON, plan: ToolPlan) -> list[JSON]:
    """The request's messages as a chat template reads them, tools described up front."""
    messages = [_plain_message(m) for m in body["messages"]]
    if plan.mode is None:
        return messages
    prompt = _tools_prompt(_functions(body.get("tools")))
    if messages and messages[0]["role"] == "system":
        first = messages[0]
        return [{**first, "content": f"{first['content']}\n\n{prompt}"}, *messages[1:]]
    return [{"role": "system", "content": prompt}, *messages]


def _functions(tools: Any) -> list[JSON]:
    return [t["function"] for t in tools or [] if isinstance(t, dict) and t.get("function")]


def _plain_message(message: JSON) -> JSON:
    role = message.get("role")
    text = content_text(message.get("content"))
    if role == "developer":
        role = "system"
    if role == "function":
        role = "tool"
    if role == "assistant":
        calls = message.get("tool_calls") or []
        if message.get("function_call"):
            calls = [*calls, {"function": message["function_call"]}]
        if calls:
            written = json.dumps([_written_call(c) for c in calls], ensure_ascii=False)
            text = f"{text}\n{written}" if text else written
    return {"role": role, "content": text}


def _written_call(call: JSON) -> JSON:
    function = call.get("function") or {}
    arguments: Any = function.get("arguments") or "{}"
    with contextlib.suppress(TypeError, ValueError):
        arguments = json.loads(arguments)
    return {"name": function.get("name", ""), "arguments": arguments}


def _tools_prompt(functions: list[JSON]) -> str:
    described = "\n".join(json.dumps(f, ensure_ascii=False) for f in functions)
    return (
        "You can call these functions:\n"
        f"{described}\n"
        "To call functions, answer only with a JSON list of calls, like "
        '[{"name": "function_name", "arguments": {"argument": "value"}}]. '
        "Otherwise answer normally. A function's result comes back as a tool message."
    )


def _calls_schema(functions: list[JSON], parallel: bool) -> JSON:
    calls = [
        {
            "type": "object",
            "properties": {
                "name": {"const": f["name"]},
                "arguments": f.get("parameters") or {"type": "object"},
            },
            "required": ["name", "arguments"],
        }
        for f in functions
    ]
    item = calls[0] if len(calls) == 1 else {"anyOf": calls}
    return {
        "type": "array",
        "items": item,
        "minItems": 1,
        "maxItems": MAX_PARALLEL if parallel else 1,
    }


def grammar(schema: JSON) -> Any:
    """A llama.cpp grammar for `schema`; one for any JSON list of calls when the schema uses
    something the converter does not know."""
    from llama_cpp.llama_grammar import LlamaGrammar  # heavy: only when a local model is used

    try:
        return LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)
    except Exception:  # the converter's own errors are plain Exceptions
        loose = {"type": "array", "items": {"type": "object"}, "minItems": 1}
        return LlamaGrammar.from_json_schema(json.dumps(loose), verbose=False)


def parse_calls(text: str) -> list[JSON] | None:
    """The tool calls an answer makes (OpenAI's shape), or None when it makes none."""
    stripped = text.strip()
    if not stripped.startswith(("[", "{")):
        return None
    try:
        value = json.loads(stripped)
    except ValueError:
        value = _complete_items(stripped)
    items = value if isinstance(value, list) else [value]
    if not items or not all(_is_call(item) for item in items):
        return None
    return [
        {
            "id": f"call_{uuid.uuid4().hex[:24]}",
            "type": "function",
            "function": {
                "name": item["name"],
                "arguments": json.dumps(item.get("arguments") or {}, ensure_ascii=False),
            },
        }
        for item in items
    ]


def _complete_items(text: str) -> list[Any]:
    """The whole items at the start of a JSON list cut off by `max_tokens`."""
    decoder, items, at = json.JSONDecoder(), [], 1
    while text.startswith("[") and at < len(text):
        at = len(text) - len(text[at:].lstrip(" \n,"))
        try:
            item, at = decoder.raw_decode(text, at)
        except ValueError:
            break
        items.append(item)
    return items


def _is_call(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("name"), str)
        and isinstance(item.get("arguments", {}), dict)
    )


def may_be_calls(text: str) -> bool:
    """Whether an answer that begins with `text` may turn out to be tool calls."""
    stripped = text.lstrip()
    return not stripped or stripped[0] in "[{"
