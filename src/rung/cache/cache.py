"""The response cache: exact first, then semantic.

- **Exact**: the same route, messages and answer-shaping fields (see `keys`). Requests that
  sample (temperature > 0, OpenAI's default when unset) are not cached unless the route says
  `sampled: true`: two sampled answers to one prompt are meant to differ.
- **Semantic**: the last user turn's embedding against those cached in the same scope (route,
  system prompt, earlier turns, fields); the most similar at or above `threshold` is a hit.

Opt-out per request, as HTTP's `Cache-Control` says: `no-cache` skips the lookup but stores
the fresh answer; `no-store` does neither. Embedding and the SQLite store run off the event
loop (`asyncio.to_thread`).
"""

from __future__ import annotations

import asyncio
import inspect
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeVar

from rung.cache.keys import exact_key, semantic_scope, temperature
from rung.cache.shared import SharedStore
from rung.cache.store import Entry, MemoryStore, SqliteStore, Store
from rung.config import CacheSettings  # the route's `cache:` section
from rung.types import ChatRequest, Completion

Kind = Literal["hit", "semantic", "miss", "bypass", "off"]
T = TypeVar("T")


class Embedder(Protocol):
    """Anything that turns a text into a vector (`rung.routers.embedder.Embedder` does)."""

    def encode_one(self, text: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class CacheControl:
    """A request's opt-out: `no_cache` skips the lookup, `no_store` also skips storing."""

    no_cache: bool = False
    no_store: bool = False

    @classmethod
    def parse(cls, header: str | None) -> CacheControl:
        """From a `Cache-Control` header value (`no-cache`, `no-store`, comma separated)."""
        words = {w.strip().lower() for w in (header or "").split(",")}
        return cls(no_cache="no-cache" in words, no_store="no-store" in words)


@dataclass(slots=True)
class CacheResult:
    """What a lookup found. `completion` is set on a hit ("hit" or "semantic")."""

    kind: Kind
    completion: Completion | None = None
    similarity: float | None = None
    key: str | None = None
    scope: str | None = None
    vector: Any = None  # the last user turn's vector, reused when the answer is stored

    @property
    def hit(self) -> bool:
        return self.completion is not None

    def header(self) -> str:
        """The value of a response header saying what the cache did."""
        if self.kind == "semantic" and self.similarity is not None:
            return f"semantic; similarity={self.similarity:.3f}"
        return self.kind


class Cache:
    """One route's cache over a store (in memory unless `settings.path` names a file)."""

    def __init__(
        self,
        settings: CacheSettings | None = None,
        store: Store | None = None,
        embedder: Embedder | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings = settings or CacheSettings()
        if store is None:
            path = settings.path
            store = (
                SqliteStore(os.path.expanduser(path), settings.max_entries)
                if path
                else MemoryStore(settings.max_entries)
            )
        self.storage: Store | SharedStore = store
        self._embedder = embedder
        self.clock = clock

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            from rung.routers.embedder import shared_embedder

            self._embedder = shared_embedder(self.settings.embedding_model, threads=1)
        return self._embedder

    def close(self) -> None:
        """Release the store (a SQLite file's connection); called when the gateway closes."""
        self.storage.close()

    async def warm(self) -> None:
        """Load the embedding model now (a second or more), not on the first request."""
        if self.settings.semantic:
            await asyncio.to_thread(self.embedder.encode_one, "warm up")

    def applies(self, request: ChatRequest) -> bool:
        """Whether this request may be answered from (and stored in) the cache at all."""
        settings = self.settings
        if not (settings.exact or settings.semantic):
            return False
        return settings.sampled or temperature(request) <= 0

    async def _io(self, fn: Callable[..., Any], *args: Any) -> Any:
        if inspect.iscoroutinefunction(fn):  # a store on the shared state (cache.shared)
            return await fn(*args)
        if isinstance(self.storage, MemoryStore):
            return fn(*args)
        return await asyncio.to_thread(fn, *args)

    async def _vector(self, text: str) -> Any:
        import numpy as np

        raw = await asyncio.to_thread(self.embedder.encode_one, text)
        vector = np.asarray(raw, dtype="float32").reshape(-1)
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    async def lookup(
        self, request: ChatRequest, control: CacheControl | None = None
    ) -> CacheResult:
        """Look for a cached answer: an exact hit, else a semantic one, else a miss."""
        control = control or CacheControl()
        if not self.applies(request):
            return CacheResult("off")
        key = exact_key(request)
        scope = semantic_scope(request) if self.settings.semantic else None
        if control.no_cache or control.no_store:
            return CacheResult("bypass", key=key, scope=scope)
        oldest = self.clock() - self.settings.ttl
        if self.settings.exact:
            entry = await self._io(self.storage.get, key, oldest)
            if entry is not None:
                return CacheResult("hit", Completion.from_bytes(entry.body), 1.0, key, scope)
        if scope is None:
            return CacheResult("miss", key=key)
        vector = await self._vector(request.last_user_text())
        found = await self._io(self.storage.nearest, scope, vector, oldest)
        if found is not None and found[1] >= self.settings.threshold:
            entry, similarity = found
            return CacheResult(
                "semantic", Completion.from_bytes(entry.body), similarity, key, scope, vector
            )
        best = None if found is None else found[1]
        return CacheResult("miss", similarity=best, key=key, scope=scope, vector=vector)

    async def store(
        self,
        request: ChatRequest,
        completion: Completion,
        looked_up: CacheResult | None = None,
        control: CacheControl | None = None,
    ) -> bool:
        """Keep `completion` as the answer to `request`; False when it may not be kept."""
        control = control or CacheControl()
        if control.no_store or not self.applies(request) or not _cacheable(completion):
            return False
        key = looked_up.key if looked_up and looked_up.key else exact_key(request)
        scope = semantic_scope(request) if self.settings.semantic else None
        vector = None
        if scope is not None:
            vector = looked_up.vector if looked_up is not None else None
            if vector is None:
                vector = await self._vector(request.last_user_text())
        entry = Entry(key, completion.to_bytes(), self.clock(), scope, vector)
        await self._io(self.storage.put, entry)
        return True


def _cacheable(completion: Completion) -> bool:
    """Only whole answers: a choice with a message, not cut off by an error."""
    choices = completion.data.get("choices")
    if not isinstance(choices, list) or not choices:
        return False
    return all(c.get("finish_reason") not in ("error", "content_filter") for c in choices)
