"""The response cache: exact and semantic, in memory or in SQLite, with TTL and LRU bound."""

from __future__ import annotations

from rung.cache.assemble import assemble
from rung.cache.cache import Cache, CacheControl, CacheResult, Embedder
from rung.cache.keys import exact_key, semantic_scope
from rung.cache.store import Entry, MemoryStore, SqliteStore, Store
from rung.config import CacheSettings  # the route's `cache:` section

__all__ = [
    "Cache",
    "CacheControl",
    "CacheResult",
    "CacheSettings",
    "Embedder",
    "Entry",
    "MemoryStore",
    "SqliteStore",
    "Store",
    "assemble",
    "exact_key",
    "semantic_scope",
]
