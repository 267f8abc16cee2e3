"""Context passing: what part of a conversation another model is shown.

- `transcript` renders messages as plain text (images, tool calls and tool results named),
  whole or with older messages clipped (the advisor's `compressed` form).
- `last_k` keeps the system messages and the last k messages (a specialist's `last_k`).
- `summarized` keeps the system messages, a summary of the earlier turns written by a model
  (the generalist), and the last turn (a specialist's `summary`).
"""

from __future__ import annotations

from collections.abc import Callable

from rung.backends.base import Backend
from rung.patterns.base import traced_complete
from rung.types import JSON, ChatRequest, Trace, message_text

CLIP_CHARS = 400
SUMMARY_PROMPT = (
    "Summarise the conversation below in a few sentences. Keep names, numbers, decisions and "
    "open questions; leave out pleasantries. Write only the summary."
)


def _label(message: JSON) -> str:
    role = str(message.get("role", "user"))
    return f"tool result ({message['name']})" if role == "tool" and message.get("name") else role


def clip(text: str, limit: int = CLIP_CHARS) -> str:
    """`text` cut to about `limit` characters, keeping its start and end."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return f"{text[:half]} [... {len(text) - 2 * half} characters left out ...] {text[-half:]}"


def transcript(messages: list[JSON], compressed: bool = False) -> str:
    """The conversation as text, one block per message. `compressed` clips every message but
    the last user message to about CLIP_CHARS characters."""
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=-1)
    blocks = []
    for i, message in enumerate(messages):
        text = message_text(message)
        if compressed and i != last_user:
            text = clip(text)
        blocks.append(f"{_label(message)}: {text}")
    return "\n\n".join(blocks)


def split_system(messages: list[JSON]) -> tuple[list[JSON], list[JSON]]:
    """(the system and developer messages, the others), each in order."""
    system = [m for m in messages if m.get("role") in ("system", "developer")]
    return system, [m for m in messages if m.get("role") not in ("system", "developer")]


def last_k(messages: list[JSON], k: int) -> list[JSON]:
    """The system messages and the last `k` other messages. A tool result is never kept
    without the assistant message that called it."""
    system, rest = split_system(messages)
    start = max(0, len(rest) - k)
    while start > 0 and rest[start].get("role") == "tool":
        start -= 1
    return system + rest[start:]


def last_turn(messages: list[JSON]) -> tuple[list[JSON], list[JSON]]:
    """(the earlier messages, the last turn: the last user message and what follows it),
    system messages left out of both."""
    _, rest = split_system(messages)
    starts = [i for i, m in enumerate(rest) if m.get("role") == "user"]
    cut = starts[-1] if starts else max(0, len(rest) - 1)
    return rest[:cut], rest[cut:]


async def summarize(
    backend: Backend,
    earlier: list[JSON],
    trace: Trace,
    max_tokens: int,
    fit: Callable[[str], str] | None = None,
) -> str:
    """A summary of `earlier` written by `backend` (recorded in the trace). `fit` shortens the
    transcript to what the backend's context window holds."""
    text = transcript(earlier)
    if fit is not None:
        shorter = fit(text)
        if len(shorter) < len(text):
            trace.notes.append(
                f"summary: the earlier turns were cut to their last {len(shorter)} of "
                f"{len(text)} characters to fit {backend.name}'s context window"
            )
        text = shorter
    body: JSON = {
        "model": backend.model,
        "messages": [
            {"role": "system", "content": SUMMARY_PROMPT},
            {"role": "user", "content": text},
        ],
        "max_tokens": max_tokens,
        "temperature": 0.0,
    }
    completion = await traced_complete(backend, ChatRequest(body), trace)
    return completion.text.strip()


def summarized(system: list[JSON], summary: str, turn: list[JSON]) -> list[JSON]:
    """The messages a specialist gets in the `summary` form: one system message (the client's
    instructions, then the summary) and the last turn."""
    if not summary:
        return [*system, *turn]
    texts = [message_text(m) for m in system]
    note = "\n\n".join([*texts, f"Summary of the earlier conversation: {summary}"])
    return [{"role": "system", "content": note}, *turn]
