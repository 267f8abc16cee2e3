"""The backend contract: one model behind one protocol. A backend calls and reports; it never
decides anything."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from rung.types import ChatRequest, Chunk, Completion


@dataclass(slots=True)
class Capabilities:
    """What a backend declares about itself; patterns and policies read these."""

    context_window: int = 8192
    vision: bool = False
    tools: bool = False
    logprobs: bool = False
    residency: str = "local"
    tags: frozenset[str] = field(default_factory=frozenset)
    local: bool = False  # runs on this machine (priced by busy time, not by tokens)


class Backend(ABC):
    """One model behind one protocol.

    `complete` returns a whole chat.completion; `stream` yields chat.completion.chunk objects.
    Failures are raised as `rung.BackendError` subclasses (see `rung._errors`).
    """

    name: str
    model: str
    capabilities: Capabilities

    @abstractmethod
    async def complete(self, request: ChatRequest) -> Completion: ...

    @abstractmethod
    def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]: ...

    async def start(self) -> None:
        """Open pools or load weights; called once before the first request."""

    async def close(self) -> None:
        """Release what `start` took."""
