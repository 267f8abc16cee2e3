"""A cache store on the shared state (`rung.state`), so that every replica answers from the
entries any of them stored.

- **Entries** (the answer, its time, and for a semantic entry its vector) live in the state
  under the cache's namespace, each with the route's TTL: an exact hit on replica B for a
  request first answered on replica A is one GET. An entry is stored in the background
  (write-behind), off the path of the answer that made it.
- **Vectors stay per replica, as a mirror**: each replica keeps the vectors of the scopes it
  searched, and before each semantic search reads from the state only the entries added to
  that scope since its last look (a sorted set by time; five seconds of overlap catch an entry
  stored late). So the search sees every replica's entries, as one replica's would, and moves
  over the network only what is new. Redis's own vector index (RediSearch) is not part of
  Debian's redis-server, so the search itself stays in the process; see docs/state.md.

When the state is unavailable the cache is off: lookups miss, answers are not stored (the
state logs the outage once).
"""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

from rung.cache.store import Entry, best_match
from rung.state import State, StateUnavailable

OVERLAP = 5.0  # seconds re-read from a scope's index at each look, for entries stored late


class SharedStore:
    """Entries in `state` under `namespace`; vectors mirrored in this process (at most
    `max_entries` of them)."""

    def __init__(self, state: State, namespace: str, ttl: float, max_entries: int = 10_000):
        self.state, self.ttl, self.max_entries = state, ttl, max_entries
        self.prefix = "cache:" + hashlib.sha256(namespace.encode()).hexdigest()[:16] + ":"
        self._vectors: dict[str, dict[str, tuple[Any, float]]] = {}  # scope -> key -> (v, t)
        self._seen: dict[str, float] = {}  # scope -> newest time read from its index
        self._count = 0
        self._writes: set[asyncio.Task[None]] = set()  # entries being stored

    def __len__(self) -> int:
        return self._count

    def close(self) -> None:
        """Nothing to release here: the state is closed by the gateway."""

    async def get(self, key: str, oldest: float) -> Entry | None:
        try:
            raw = await self.state.get(self.prefix + "e:" + key)
        except StateUnavailable:
            return None
        entry = None if raw is None else _unpack(key, raw)
        return entry if entry is not None and entry.created >= oldest else None

    async def nearest(self, scope: str, vector: Any, oldest: float) -> tuple[Entry, float] | None:
        try:
            mirror = await self._refresh(scope, oldest)
        except StateUnavailable:
            return None
        live = [Entry(k, b"", t, scope, v) for k, (v, t) in mirror.items()]
        found = best_match(live, vector)
        if found is None:
            return None
        try:
            raw = await self.state.get(self.prefix + "e:" + found[0].key)
        except StateUnavailable:
            return None
        if raw is None:  # expired or evicted in the state: forget it here too
            self._forget(scope, found[0].key)
            return None
        entry = _unpack(found[0].key, raw)
        return (entry, found[1]) if entry is not None else None

    async def _refresh(self, scope: str, oldest: float) -> dict[str, tuple[Any, float]]:
        """The scope's mirror, with what other replicas added since the last look."""
        import numpy as np

        mirror = self._vectors.setdefault(scope, {})
        since = max(self._seen.get(scope, 0.0) - OVERLAP, oldest)
        added = [(k, t) for k, t in await self.state.index_since(self.prefix + "s:" + scope, since)
                 if k not in mirror]  # fmt: skip
        if added:
            raws = await self.state.get_many([self.prefix + "v:" + k for k, _ in added])
            for (key, t), raw in zip(added, raws, strict=True):
                if raw is not None:
                    mirror[key] = (np.frombuffer(raw, dtype="float32"), t)
                    self._count += 1
            self._seen[scope] = max(self._seen.get(scope, 0.0), max(t for _, t in added))
        for key in [k for k, (_, t) in mirror.items() if t < oldest]:
            self._forget(scope, key)
        self._bound()
        return mirror

    def _forget(self, scope: str, key: str) -> None:
        if self._vectors.get(scope, {}).pop(key, None) is not None:
            self._count -= 1

    def _bound(self) -> None:
        """Drop the oldest mirrored vectors beyond `max_entries`."""
        if self._count <= self.max_entries:
            return
        every = sorted((t, s, k) for s, m in self._vectors.items() for k, (_, t) in m.items())
        for _, scope, key in every[: self._count - self.max_entries]:
            self._forget(scope, key)

    async def put(self, entry: Entry) -> None:
        """Store `entry` in the background (write-behind): the answer that made it goes to its
        client without waiting for Redis. A later request on any replica finds it once the
        write has landed (within a round trip); `flush` waits for the writes under way."""
        task = asyncio.get_running_loop().create_task(self._put(entry))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def flush(self) -> None:
        """Wait for the entries being stored."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)

    async def _put(self, entry: Entry) -> None:
        try:
            await self.state.put(self.prefix + "e:" + entry.key, _pack(entry), self.ttl)
            if entry.scope is not None and entry.vector is not None:
                vector = entry.vector.astype("float32").tobytes()
                await self.state.put(self.prefix + "v:" + entry.key, vector, self.ttl)
                index = self.prefix + "s:" + entry.scope
                await self.state.index_add(index, entry.key, entry.created, self.ttl)
        except StateUnavailable:
            return


def _pack(entry: Entry) -> bytes:
    return repr(entry.created).encode() + b"\n" + entry.body


def _unpack(key: str, raw: bytes) -> Entry | None:
    created, sep, body = raw.partition(b"\n")
    if not sep:
        return None
    return Entry(key, body, float(created))


def share_caches(pattern: Any, state: State, namespace: str) -> None:
    """Put every cache in `pattern` (a route's, its A/B arms' and shadow's) on `state`, each
    under its own namespace (`namespace`, the route's name, then the arm's)."""
    from rung.cache.cache import Cache

    cache = getattr(pattern, "cache", None)
    if isinstance(cache, Cache):
        settings = cache.settings
        cache.storage = SharedStore(state, namespace, settings.ttl, settings.max_entries)
    for arm in getattr(pattern, "arms", ()):
        share_caches(arm.pattern, state, f"{namespace}/{arm.name}")
    shadow = getattr(pattern, "shadow", None)
    if isinstance(shadow, tuple):
        share_caches(shadow[1], state, f"{namespace}/shadow")
    inner = getattr(pattern, "inner", None)
    if inner is not None:
        share_caches(inner, state, namespace)
