"""Token counting, once for all of rung: a prompt's size in a backend's tokens (with its own
tokenizer when it has one, else a conservative estimate), images and tool calls included, and
the answer's size a request asks for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rung.types import JSON, ChatRequest, is_image, message_text

IMAGE_TOKENS = 765  # an image part: what OpenAI charges for a 1024x1024 image in high detail
MESSAGE_OVERHEAD = 4  # role and separator tokens a chat template adds to each message


def estimate_text(text: str) -> int:
    """Three bytes a token, rounded up: an overestimate for most tokenizers."""
    return -(-len(text.encode()) // 3)


def image_count(messages: Sequence[JSON]) -> int:
    count = 0
    for message in messages:
        content = message.get("content")
        if isinstance(content, list):
            count += sum(1 for part in content if is_image(part))
    return count


def prompt_tokens(backend: Any, messages: Sequence[JSON]) -> tuple[int, str]:
    """The prompt's size in `backend`'s tokens, and how it was counted: "tokenizer" with the
    backend's own counter (`count_tokens`, the in-process model's), else "estimate". Tool
    calls count as their text; each image as `IMAGE_TOKENS`."""
    count = getattr(backend, "count_tokens", None)
    how = "estimate" if count is None else "tokenizer"
    counter = estimate_text if count is None else count
    text = sum(counter(message_text(m)) + MESSAGE_OVERHEAD for m in messages)
    return text + image_count(messages) * IMAGE_TOKENS, how


def estimate_tokens(request: ChatRequest) -> int:
    """A conservative token count for a request's messages, with no tokenizer at hand."""
    return prompt_tokens(None, request.messages)[0]


def output_tokens(request: ChatRequest, default: int) -> int:
    """The answer's size the request asks for (`max_completion_tokens`, `max_tokens`)."""
    body = request.body
    value = body.get("max_completion_tokens") or body.get("max_tokens")
    return int(value) if isinstance(value, int | float) and value > 0 else default
