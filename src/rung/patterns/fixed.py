"""Pattern 1, feature routing: a route names one backend, which answers every request.

Its streams are relayed as the upstream's bytes when nothing needs to read them (`relay`, the
rule in `rung.backends.relay`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import ClassVar

from rung.backends.base import Backend
from rung.backends.relay import Relay, relayable
from rung.backends.traced import relays, traced_relay
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

    def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        trace.answered_by = self.backend.name
        return traced_stream(self.backend, request, trace)  # no generator layer of its own

    async def relay(self, request: ChatRequest, trace: Trace) -> tuple[Relay, bytes] | None:
        """The stream as the upstream's bytes and its first block, or None when something
        must read its content (a privacy guard, logprobs, a text request, a local backend).
        The caller speaks OpenAI chat and nothing (no cache) stands in front of this route."""
        if trace.guard is not None or not relayable(request) or not relays(self.backend):
            return None
        trace.answered_by = self.backend.name
        return await traced_relay(self.backend, request, trace)

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
