"""A route's cache in front of its pattern: exact and semantic hits answer without a call.

`Cache-Control: no-cache` skips the lookup but stores the answer; `no-store` does neither.
The outcome is in the `x-rung-cache` header (`hit`, `semantic; similarity=0.95`, `miss`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from rung.backends.base import Backend
from rung.backends.traced import completion_chunks
from rung.cache import Cache, CacheControl, CacheResult, assemble
from rung.patterns.base import Pattern
from rung.section import Section
from rung.types import ChatRequest, Chunk, Completion, Trace


class Cached(Pattern):
    def __init__(self, inner: Pattern, cache: Cache) -> None:
        self.inner, self.cache = inner, cache
        self.name = inner.name

    def backends(self) -> list[Backend]:
        return self.inner.backends()

    async def _lookup(self, request: ChatRequest, trace: Trace) -> tuple[CacheResult, CacheControl]:
        control = CacheControl.parse(request.headers.get("cache-control"))
        result = await self.cache.lookup(request, control)
        trace.cache = result.kind
        trace.headers["x-rung-cache"] = result.header()
        if result.hit:
            trace.answered_by = "cache"
        return result, control

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        result, control = await self._lookup(request, trace)
        if result.hit and result.completion is not None:
            return result.completion
        completion = await self.inner.complete(request, trace)
        await self.cache.store(request, completion, result, control)
        return completion

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        result, control = await self._lookup(request, trace)
        if result.hit and result.completion is not None:
            for chunk in completion_chunks(result.completion):
                yield chunk
            return
        chunks = []
        async for chunk in self.inner.stream(request, trace):
            chunks.append(chunk)
            yield chunk
        completion = assemble(chunks)
        if completion is not None:
            await self.cache.store(request, completion, result, control)


def cached(pattern: Pattern, spec: Section) -> Pattern:
    """`pattern` behind the cache its route's `spec` asks for (itself when none): the one
    place a route, top-level or an A/B variant, gets its cache."""
    settings = getattr(spec, "cache", None)
    return pattern if settings is None else Cached(pattern, Cache(settings))
