from __future__ import annotations

from collections.abc import AsyncIterator

from rung._errors import BackendError
from rung.backends.mock import MockBackend
from rung.types import ChatRequest, Chunk


def request(text: str = "Hi", **body: object) -> ChatRequest:
    return ChatRequest({"model": "r", "messages": [{"role": "user", "content": text}], **body})


class Sleeps:
    """A stand-in for asyncio.sleep that records the pauses and does not wait."""

    def __init__(self) -> None:
        self.pauses: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.pauses.append(seconds)


class BreaksMidway(MockBackend):
    """Streams `words`, then fails (an upstream that closes the stream midway)."""

    def __init__(self, name: str, words: list[str]) -> None:
        super().__init__(name)
        self.words = words
        self.calls = 0

    async def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]:
        self.calls += 1
        self.requests.append(request)
        for word in self.words:
            yield Chunk({"object": "chat.completion.chunk",
                         "choices": [{"index": 0, "delta": {"content": word}}]})  # fmt: skip
        raise BackendError(f"{self.name}: the stream ended before [DONE]", backend=self.name)
