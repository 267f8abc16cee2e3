"""A backend that answers from a queue, for unit tests of patterns and verifiers."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable

from rung._errors import RungError
from rung.backends.base import Backend, Capabilities
from rung.types import JSON, ChatRequest, Chunk, Completion


def completion_for(text: str, model: str = "mock", logprobs: list[JSON] | None = None) -> JSON:
    """A chat.completion object answering `text`."""
    choice: JSON = {
        "index": 0,
        "message": {"role": "assistant", "content": text},
        "finish_reason": "stop",
    }
    if logprobs is not None:
        choice["logprobs"] = {"content": logprobs}
    words = max(1, len(text.split()))
    return {
        "id": "chatcmpl-mock",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [choice],
        "usage": {"prompt_tokens": 10, "completion_tokens": words, "total_tokens": 10 + words},
    }


Sleep = Callable[[float], Awaitable[object]]


class MockBackend(Backend):
    """Answers each call with the next enqueued text (or raises the next enqueued error).

    `requests` keeps every request it was sent, so a test can check what reached it. With a
    `delay`, each call first awaits `sleep(delay)`: `asyncio.sleep` by default, which a test
    runs on a virtual clock (tests/waiting.py) or replaces, so no test waits for real.
    """

    def __init__(
        self,
        name: str = "mock",
        capabilities: Capabilities | None = None,
        *,
        delay: float = 0.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.name = name
        self.model = name
        self.capabilities = capabilities or Capabilities()
        self.queue: deque[str | RungError | JSON] = deque()
        self.requests: list[ChatRequest] = []
        self.delay, self.sleep = delay, sleep

    def enqueue(self, *answers: str | RungError | JSON) -> MockBackend:
        self.queue.extend(answers)
        return self

    def _next(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        if not self.queue:
            raise AssertionError(f"MockBackend {self.name!r} was called with nothing enqueued")
        answer = self.queue.popleft()
        if isinstance(answer, RungError):
            raise answer
        data = answer if isinstance(answer, dict) else completion_for(answer, self.model)
        return Completion(data)

    async def answer(self, request: ChatRequest) -> Completion:
        """The next answer, after the backend's `delay`."""
        if self.delay:
            await self.sleep(self.delay)
        return self._next(request)

    async def complete(self, request: ChatRequest) -> Completion:
        return await self.answer(request)

    async def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]:
        completion = await self.answer(request)
        base = {"id": "chatcmpl-mock", "object": "chat.completion.chunk", "model": self.model}
        for word in completion.text.split(" "):
            delta = {"content": word + " "}
            yield Chunk({**base, "choices": [{"index": 0, "delta": delta}]})
        yield Chunk({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
