"""What a request needs of a model: reading images, a context window of some size, or a
custom capability (maths) that a rule or a scorer detects."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from rung.backends.base import Backend
from rung.patterns.base import estimate_tokens
from rung.patterns.context import is_image, message_text
from rung.types import JSON, ChatRequest

IMAGE_TOKENS = 765  # an image part: what OpenAI charges for a 1024x1024 image in high detail
MESSAGE_OVERHEAD = 4  # role and separator tokens a chat template adds to each message


def image_count(messages: Sequence[JSON]) -> int:
    count = 0
    for message in messages:
        content = message.get("content")
        if isinstance(content, list):
            count += sum(1 for part in content if is_image(part))
    return count


def prompt_tokens(backend: Backend, messages: list[JSON]) -> tuple[int, str]:
    """The prompt's size in `backend`'s tokens, and how it was counted: with the backend's
    own counter when it has one (`count_tokens`: the in-process model's tokenizer), else a
    conservative estimate (three bytes a token)."""
    images = image_count(messages) * IMAGE_TOKENS
    count = getattr(backend, "count_tokens", None)
    if count is not None:
        text = sum(count(message_text(m)) + MESSAGE_OVERHEAD for m in messages)
        return text + images, "tokenizer"
    plain = [{"content": message_text(m)} for m in messages]
    return estimate_tokens(ChatRequest({"messages": plain})) + images, "estimate"


def output_tokens(request: ChatRequest, default: int) -> int:
    body = request.body
    value = body.get("max_completion_tokens") or body.get("max_tokens")
    return int(value) if isinstance(value, int) and value > 0 else default


@dataclass(frozen=True, slots=True)
class Size:
    """A request's size against one backend's context window."""

    prompt: int
    output: int
    window: int
    counted_by: str

    @property
    def needed(self) -> int:
        return self.prompt + self.output

    @property
    def fits(self) -> bool:
        return self.needed <= self.window

    def describe(self, name: str) -> str:
        return (
            f"{name}: {self.prompt} prompt tokens ({self.counted_by}) + {self.output} output = "
            f"{self.needed} against a window of {self.window}"
        )


def size(backend: Backend, messages: list[JSON], output: int) -> Size:
    prompt, how = prompt_tokens(backend, messages)
    return Size(prompt, output, backend.capabilities.context_window, how)


class Scorer(Protocol):
    """Anything that scores a text in [0, 1] (a rung router, a small classifier)."""

    def score(self, text: str) -> float: ...


@dataclass(slots=True)
class CustomNeed:
    """A need named by a tag (`math`), detected by a regex, keywords or a scorer."""

    tag: str
    pattern: re.Pattern[str] | None = None
    keywords: tuple[str, ...] = ()
    scorer: Scorer | None = None
    threshold: float = 0.5

    def match(self, text: str) -> str | None:
        """Why `text` has this need, or None when it does not."""
        if self.pattern is not None and (found := self.pattern.search(text)):
            return f"rule matched {found.group(0)!r}"
        lowered = text.lower()
        for word in self.keywords:
            if re.search(rf"\b{re.escape(word.lower())}\b", lowered):
                return f"keyword {word!r}"
        if self.scorer is not None:
            score = float(self.scorer.score(text))
            if score >= self.threshold:
                return f"scorer {score:.2f} >= {self.threshold:.2f}"
        return None
