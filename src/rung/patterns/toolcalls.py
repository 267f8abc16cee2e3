"""The advisor's tool: its definition, and how its calls are told apart from the client's
tools in whole completions and in streamed deltas, and removed from what the client sees."""

from __future__ import annotations

from dataclasses import dataclass, field

import orjson

from rung.types import JSON, Chunk, Completion, Usage, envelope

CONSULT = "consult_advisor"
CONSULT_TOOL: JSON = {
    "type": "function",
    "function": {
        "name": CONSULT,
        "description": (
            "Ask a stronger expert model for advice on a hard part of the task. Ask one precise "
            "question; the advice comes back as this tool's result."
        ),
        "parameters": {
            "type": "object",
            "properties": {
                "question": {"type": "string", "description": "what you need advice on"}
            },
            "required": ["question"],
        },
    },
}


def call_name(call: JSON) -> str:
    return str((call.get("function") or {}).get("name") or "")


def split_calls(message: JSON) -> tuple[list[JSON], list[JSON]]:
    """(the consult_advisor calls, the client's tool calls) of an assistant message."""
    calls = message.get("tool_calls") or []
    consults = [c for c in calls if call_name(c) == CONSULT]
    return consults, [c for c in calls if call_name(c) != CONSULT]


def question_of(call: JSON) -> str:
    """The question a consult_advisor call asks (its raw arguments when they are not JSON)."""
    arguments = (call.get("function") or {}).get("arguments") or ""
    try:
        parsed = orjson.loads(arguments) if isinstance(arguments, str) else arguments
    except orjson.JSONDecodeError:
        return str(arguments).strip()
    if isinstance(parsed, dict) and isinstance(parsed.get("question"), str):
        return str(parsed["question"]).strip()
    return str(arguments).strip()


def with_ids(calls: list[JSON], first: int) -> list[JSON]:
    """The calls, each with an `id` (numbered from `first` where the executor gave none)."""
    return [
        {
            "id": c.get("id") or f"call_consult_{first + i}",
            "type": "function",
            "function": {"name": CONSULT, "arguments": (c.get("function") or {}).get("arguments")},
        }
        for i, c in enumerate(calls)
    ]


def assistant_turn(content: str | None, calls: list[JSON]) -> JSON:
    """The executor's tool-calling turn. Its content is "" rather than null when empty:
    OpenAI accepts both, llama-cpp-python's server only a string."""
    return {"role": "assistant", "content": content or "", "tool_calls": calls}


def tool_result(call: JSON, text: str) -> JSON:
    return {"role": "tool", "tool_call_id": call["id"], "name": CONSULT, "content": text}


def add(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        total.prompt_tokens + more.prompt_tokens,
        total.completion_tokens + more.completion_tokens,
    )


def client_view(completion: Completion, usage: Usage) -> Completion:
    """The completion without any consult_advisor call, carrying `usage` (every executor call
    of the request)."""
    data = dict(completion.data)
    choices = [dict(c) for c in data.get("choices") or [{}]]
    message = dict(choices[0].get("message") or {"role": "assistant"})
    _, client_calls = split_calls(message)
    if client_calls:
        message["tool_calls"] = client_calls
    else:
        message.pop("tool_calls", None)
        if choices[0].get("finish_reason") == "tool_calls":
            choices[0]["finish_reason"] = "stop"
        message["content"] = message.get("content") or ""
    function_call = message.get("function_call")
    if isinstance(function_call, dict) and str(function_call.get("name", "")).startswith(CONSULT):
        del message["function_call"]  # llama-cpp-python's legacy echo of the tool call
    choices[0]["message"] = message
    data["choices"], data["usage"] = choices, usage.to_json()
    return Completion(data)


@dataclass
class RoundStream:
    """One streamed executor turn, sorted: content and the client's tool calls pass on (their
    indices renumbered), consult_advisor calls are held back and assembled, and the finish
    and usage are kept for the end of the whole answer."""

    consults: dict[int, JSON] = field(default_factory=dict)
    client: dict[int, int] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    finish: str | None = None
    usage: Usage | None = None
    last: JSON = field(default_factory=dict)
    role_sent: bool = False  # an earlier turn already told the client the role

    def take(self, chunk: Chunk) -> Chunk | None:
        """The chunk to send on for `chunk`, or None when nothing of it is for the client."""
        choices = chunk.data.get("choices") or []
        if not choices:
            if chunk.usage is not None:
                self.usage = chunk.usage
                return None
            return chunk
        self.last = envelope(chunk.data)
        choice = choices[0]
        self.finish = choice.get("finish_reason") or self.finish
        delta = choice.get("delta") or {}
        out = {k: v for k, v in delta.items() if k not in ("tool_calls", "function_call")}
        calls = [self._sort(call, i) for i, call in enumerate(delta.get("tool_calls") or [])]
        if any(calls):
            out["tool_calls"] = [c for c in calls if c is not None]
        if out.get("content"):
            self.text.append(str(out["content"]))
        if self.role_sent:
            out.pop("role", None)
        if not any(v for v in out.values()):
            return None
        self.role_sent = self.role_sent or "role" in out
        return Chunk({**self.last, "choices": [{"index": 0, "delta": out, "finish_reason": None}]})

    def _sort(self, call: JSON, position: int) -> JSON | None:
        index = int(call.get("index", position))
        if index in self.consults or (index not in self.client and call_name(call) == CONSULT):
            held = self.consults.setdefault(
                index, {"id": None, "type": "function", "function": {"name": CONSULT}}
            )
            held["id"] = call.get("id") or held["id"]
            part = (call.get("function") or {}).get("arguments") or ""
            held["function"]["arguments"] = held["function"].get("arguments", "") + part
            return None
        self.client.setdefault(index, len(self.client))
        return {**call, "index": self.client[index]}

    def consult_calls(self) -> list[JSON]:
        return [self.consults[i] for i in sorted(self.consults)]

    def closing(self, usage: Usage) -> list[Chunk]:
        """The finish chunk and the usage chunk that end the client's stream."""
        finish = "tool_calls" if self.client else self.finish or "stop"
        if finish == "tool_calls" and not self.client:
            finish = "stop"
        base = {**self.last, "object": "chat.completion.chunk"}
        return [
            Chunk({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}),
            Chunk({**base, "choices": [], "usage": usage.to_json()}),
        ]
