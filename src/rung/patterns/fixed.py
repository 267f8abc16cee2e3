"""Pattern 1, feature routing: a route names one backend, which answers every request."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import ClassVar

from rung.backends.base import Backend
from rung.config import RouteSection
from rung.patterns.base import Pattern, traced_complete, traced_stream
from rung.patterns.observe import ObserveSettings
from rung.section import Section
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


# ---- config --------------------------------------------------------------------------------


class FixedRoute(RouteSection):
    """`{pattern: fixed, model: NAME}` (`pattern` may be left out)."""

    pattern: str = "fixed"
    model: str
    observe: ObserveSettings | None = None  # evidence for `rung recommend` (patterns/observe.py)
    refs: ClassVar[tuple[str, ...]] = ("model",)


def build(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    assert isinstance(config, FixedRoute)
    return Fixed(backends[config.model])
