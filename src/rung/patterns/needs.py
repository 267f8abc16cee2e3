"""What a request needs of a model: reading images, a context window of some size, or a
custom capability (maths) that a rule or a scorer detects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from rung.backends.base import Backend
from rung.tokens import image_count, output_tokens, prompt_tokens
from rung.types import JSON


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


__all__ = ["CustomNeed", "Scorer", "Size", "image_count", "output_tokens", "prompt_tokens", "size"]
