"""Pattern 1, feature routing: a route names one backend, which answers every request."""

from __future__ import annotations

from collections.abc import AsyncIterator

from rung.backends.base import Backend
from rung.patterns.base import Pattern, traced_complete, traced_stream
from rung.types import ChatRequest, Chunk, Completion, Trace


class Fixed(Pattern):
    name = "fixed"

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        trace.answered_by = self.backend.name
        return await traced_complete(self.backend, request, trace)

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        trace.answered_by = self.backend.name
        async for chunk in traced_stream(self.backend, request, trace):
            yield chunk

    def backends(self) -> list[Backend]:
        return [self.backend]
