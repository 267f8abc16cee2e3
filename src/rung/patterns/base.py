"""The pattern contract, and the traced calls every pattern makes through."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator

from rung.backends.base import Backend
from rung.backends.traced import completion_chunks, traced_complete, traced_stream
from rung.tokens import estimate_tokens
from rung.types import ChatRequest, Chunk, Completion, Trace

__all__ = [
    "Pattern",
    "completion_chunks",
    "estimate_tokens",
    "traced_complete",
    "traced_stream",
]


class Pattern(ABC):
    """A strategy that answers a request by calling backends. It contains no transport code.

    `complete` returns the whole answer; `stream` yields it as chunks. Both record every call
    and decision in `trace`, and set `trace.answered_by` to the backend whose answer is
    returned.
    """

    name: str = "pattern"

    @abstractmethod
    async def complete(self, request: ChatRequest, trace: Trace) -> Completion: ...

    @abstractmethod
    def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]: ...

    def backends(self) -> list[Backend]:
        """The backends this pattern may call (for start-up and `rung models`)."""
        return []
