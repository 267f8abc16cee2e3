"""The values that travel through rung: a chat request, a completion, a stream chunk, a trace.

Requests and responses stay OpenAI-shaped dicts: fields rung does not know are passed through
untouched. The raw upstream bytes are kept beside the parsed form so that a pass-through route
can send them back without serialising again.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import orjson

JSON = dict[str, Any]


@dataclass(slots=True)
class ChatRequest:
    """An OpenAI chat-completions request body (already validated) and where it is going.

    A *text* request (`/v1/completions`, fill-in-the-middle, Ollama's `generate`, `/infill`)
    has `prompt` (and maybe `suffix`) in its body instead of `messages`; backends run it as a
    plain completion, and everything else reads it through `messages`, which then holds one
    user message with the prompt's text. Answers are chat-shaped either way: the client's API
    (its dialect, `rung.gateway.dialects`) turns them into the form that API speaks.
    """

    body: JSON
    route: str = ""
    request_id: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # the request headers patterns read

    @property
    def is_text(self) -> bool:
        """A plain (or fill-in-the-middle) text completion rather than a chat."""
        return "messages" not in self.body

    @property
    def messages(self) -> list[JSON]:
        if "messages" not in self.body:  # a text request, read as one user message
            return [{"role": "user", "content": prompt_text(self.body)}]
        messages: list[JSON] = self.body["messages"]
        return messages

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream", False))

    @property
    def rung_options(self) -> JSON:
        """The `rung` extension field (`extra_body={"rung": {...}}`), empty when absent."""
        value = self.body.get("rung")
        return value if isinstance(value, dict) else {}

    def last_user_text(self) -> str:
        for message in reversed(self.messages):
            if message.get("role") == "user":
                return content_text(message.get("content"))
        return ""

    def replace(self, **fields: Any) -> ChatRequest:
        """A copy whose body has `fields` set (a value of None removes the field)."""
        body = {k: v for k, v in self.body.items() if k not in fields}
        body.update({k: v for k, v in fields.items() if v is not None})
        return ChatRequest(body, self.route, self.request_id, self.headers)


def prompt_text(body: JSON) -> str:
    """The text a text request's model reads: its prompt (several joined) and its suffix."""
    prompt = body.get("prompt")
    text = "\n".join(prompt) if isinstance(prompt, list) else str(prompt or "")
    suffix = body.get("suffix")
    return text + suffix if isinstance(suffix, str) else text


def content_text(content: Any) -> str:
    """The text of a message's content, whether a string or a list of content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def is_image(part: object) -> bool:
    return isinstance(part, dict) and part.get("type") in ("image_url", "input_image", "image")


def _part_text(part: object) -> str:
    if is_image(part):
        return "[image]"
    return str(part.get("text", "")) if isinstance(part, dict) else ""


def message_text(message: JSON) -> str:
    """A message's text, with image parts and tool calls named so that nothing vanishes."""
    content = message.get("content")
    if isinstance(content, list):
        text = "".join(_part_text(p) for p in content)
    else:
        text = content_text(content)
    calls = []
    for call in message.get("tool_calls") or []:
        function = call.get("function") or {}
        calls.append(f"[calls {function.get('name')}({function.get('arguments', '')})]")
    return "\n".join(p for p in (text, *calls) if p)


@dataclass(slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @classmethod
    def from_json(cls, data: Any) -> Usage:
        if not isinstance(data, dict):
            return cls()
        return cls(int(data.get("prompt_tokens") or 0), int(data.get("completion_tokens") or 0))

    def to_json(self) -> JSON:
        prompt, completion = self.prompt_tokens, self.completion_tokens
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        }


@dataclass(slots=True)
class Completion:
    """A chat.completion object. `raw` holds the bytes it came as, while they still match."""

    data: JSON
    raw: bytes | None = None

    @classmethod
    def from_bytes(cls, raw: bytes) -> Completion:
        data = orjson.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("a chat completion must be a JSON object")
        return cls(data, raw)

    @property
    def text(self) -> str:
        """The first choice's message content ('' when there is none)."""
        message = self.message
        return content_text(message.get("content")) if message else ""

    @property
    def message(self) -> JSON:
        choices = self.data.get("choices") or [{}]
        return choices[0].get("message") or {}

    @property
    def usage(self) -> Usage:
        return Usage.from_json(self.data.get("usage"))

    @property
    def logprobs(self) -> list[JSON]:
        """The first choice's per-token logprobs (`[{token, logprob, top_logprobs}]`), or []."""
        choices = self.data.get("choices") or [{}]
        content = (choices[0].get("logprobs") or {}).get("content")
        return content if isinstance(content, list) else []

    def to_bytes(self) -> bytes:
        return self.raw if self.raw is not None else orjson.dumps(self.data)


@dataclass(slots=True)
class Chunk:
    """One chat.completion.chunk of a stream, with the bytes of its SSE `data:` payload."""

    data: JSON
    raw: bytes | None = None

    @classmethod
    def from_bytes(cls, raw: bytes) -> Chunk:
        data = orjson.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("a stream chunk must be a JSON object")
        return cls(data, raw)

    @property
    def delta_text(self) -> str:
        choices = self.data.get("choices") or [{}]
        return (choices[0].get("delta") or {}).get("content") or ""

    @property
    def usage(self) -> Usage | None:
        usage = self.data.get("usage")
        return Usage.from_json(usage) if usage else None

    def to_bytes(self) -> bytes:
        return self.raw if self.raw is not None else orjson.dumps(self.data)


@dataclass(slots=True)
class Call:
    """One backend call as the trace records it."""

    backend: str
    model: str
    started: float = field(default_factory=time.perf_counter)
    latency_ms: float = 0.0
    ttft_ms: float | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    status: str = "ok"
    error: str | None = None
    cost: float = 0.0
    finish_reason: str | None = None  # why the answer ended ("stop", "length"), when known

    def finish(self, usage: Usage | None = None, error: str | None = None) -> None:
        self.latency_ms = (time.perf_counter() - self.started) * 1000
        if usage is not None:
            self.prompt_tokens, self.completion_tokens = (
                usage.prompt_tokens,
                usage.completion_tokens,
            )
        if error is not None:
            self.status, self.error = "error", error

    def first_token(self) -> None:
        if self.ttft_ms is None:
            self.ttft_ms = (time.perf_counter() - self.started) * 1000


@dataclass(slots=True)
class Decision:
    """A choice a pattern made: the human text (`reason`, "json_schema failed: 'age' is
    required") and structured fields for programs: `kind` (what was decided: "verify",
    "fallback", "retry", ...; by default the step's first word), `code` (why, one of `CODES`
    or ""), and `subject` (the verifier or backend it is about)."""

    step: str
    outcome: str
    reason: str
    kind: str = ""
    code: str = ""
    subject: str = ""


# Reason codes a decision may carry; metrics and reports read these, never the text.
CODES = frozenset(
    {
        "verifier_passed",  # subject: the verifier
        "verifier_failed",  # subject: the verifier
        "circuit_open",  # a backend skipped because its breaker is open
        "context_window",  # a backend skipped or failed: the prompt does not fit
        "backend_error",  # a backend call failed
        "retry",  # a failed attempt, tried again
    }
)


@dataclass(slots=True)
class Trace:
    """Everything one request did: the calls it made and each decision with its reason."""

    calls: list[Call] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    answered_by: str = ""
    notes: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # added to the response's headers
    escalated: bool | None = None  # past the first tier? None: the pattern has no tiers
    cache: str | None = None  # the cache's outcome, when the route has a cache
    guard: Any = None  # a rung.privacy.PrivacyGuard, asked before every call on this trace
    audits: list[JSON] = field(default_factory=list)  # one per non-local call under a guard
    variant: str | None = None  # the A/B arm that answered, when the route splits traffic
    log: Any = None  # the request log's `write`, for records of work done beside the answer
    spent: Any = None  # called with the request's total cost once priced (the log's thread)

    def call(self, backend: str, model: str) -> Call:
        record = Call(backend, model)
        self.calls.append(record)
        return record

    def decide(
        self, step: str, outcome: str, reason: str, *, code: str = "", subject: str = ""
    ) -> None:
        """Record a decision; `code` is one of `CODES` (or "" when none fits)."""
        assert not code or code in CODES, code
        kind = step.split(" ", 1)[0]
        self.decisions.append(Decision(step, outcome, reason, kind, code, subject))


async def close_stream(iterator: AsyncIterator[Any]) -> None:
    """Close a stream early (an async generator stops the generation behind it)."""
    aclose = getattr(iterator, "aclose", None)
    if aclose is not None:
        await aclose()


def envelope(data: JSON) -> JSON:
    """The fields every chunk of one stream shares: id, object, created, model."""
    return {k: data[k] for k in ("id", "object", "created", "model") if k in data}
