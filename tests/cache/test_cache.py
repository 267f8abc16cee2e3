"""The cache: exact and semantic hits and misses, opt-out, TTL, the LRU bound, SQLite."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from rung.backends.mock import completion_for
from rung.cache import Cache, CacheControl, CacheSettings, MemoryStore, SqliteStore
from rung.types import ChatRequest, Completion

FRANCE = "What is the capital of France?"
FRANCE_AGAIN = "Which city is the capital of France?"
BREAD = "How do I bake bread?"


class TableEmbedder:
    """Fixed vectors for known texts (so similarities are known), and the thread it ran on."""

    def __init__(self) -> None:
        self.threads: list[int] = []
        self.table = {FRANCE: [1.0, 0.0, 0.0], FRANCE_AGAIN: [0.96, 0.28, 0.0], BREAD: [0, 0, 1.0]}

    def encode_one(self, text: str) -> Any:
        self.threads.append(threading.get_ident())
        return np.array(self.table.get(text, [0.0, 1.0, 0.0]))


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def ask(text: str, system: str | None = None, route: str = "chat", **body: Any) -> ChatRequest:
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": text})
    body.setdefault("temperature", 0)
    return ChatRequest({"model": route, "messages": messages, **body}, route=route)


def answer(text: str) -> Completion:
    return Completion(completion_for(text))


@pytest.fixture(params=["memory", "sqlite"])
def make(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """`make(**settings)` -> (cache, clock), in memory or on disk."""

    def build(**settings: Any) -> tuple[Cache, Clock]:
        config = CacheSettings(**settings)
        store: Any = MemoryStore(config.max_entries)
        if request.param == "sqlite":
            store = SqliteStore(tmp_path / "cache.db", config.max_entries)
        clock = Clock()
        return Cache(config, store, TableEmbedder(), clock), clock

    return build


async def test_exact_hit_and_miss(make: Any) -> None:
    cache, _ = make()
    assert (await cache.lookup(ask(FRANCE))).kind == "miss"
    assert await cache.store(ask(FRANCE), answer("Paris"))
    hit = await cache.lookup(ask(FRANCE, stream=True))  # how it travels does not matter
    assert hit.kind == "hit" and hit.completion is not None
    assert hit.completion.text == "Paris" and hit.similarity == 1.0 and hit.header() == "hit"
    assert (await cache.lookup(ask(FRANCE, max_tokens=5))).kind == "miss"  # shapes the answer
    assert (await cache.lookup(ask(FRANCE, route="other"))).kind == "miss"
    assert (await cache.lookup(ask(FRANCE_AGAIN))).kind == "miss"  # not semantic here


async def test_sampled_requests_are_not_cached_unless_asked(make: Any) -> None:
    cache, _ = make()
    hot = ask(FRANCE, temperature=0.7)
    unset = ChatRequest({"model": "chat", "messages": hot.messages}, route="chat")
    assert not await cache.store(hot, answer("Paris"))
    assert (await cache.lookup(hot)).kind == "off"
    assert (await cache.lookup(unset)).kind == "off"  # OpenAI's default temperature is 1
    sampled, _ = make(sampled=True)
    assert await sampled.store(hot, answer("Paris"))
    assert (await sampled.lookup(hot)).kind == "hit"


async def test_semantic_hit_reports_its_similarity(make: Any) -> None:
    cache, _ = make(semantic=True, threshold=0.9)
    await cache.store(ask(FRANCE), answer("Paris"))
    hit = await cache.lookup(ask(FRANCE_AGAIN))
    assert hit.kind == "semantic" and hit.completion is not None
    assert hit.completion.text == "Paris"
    assert hit.similarity == pytest.approx(0.96 / np.hypot(0.96, 0.28), abs=1e-4)
    assert hit.header() == f"semantic; similarity={hit.similarity:.3f}"
    miss = await cache.lookup(ask(BREAD))
    assert miss.kind == "miss" and miss.similarity == pytest.approx(0.0)


async def test_semantic_threshold(make: Any) -> None:
    cache, _ = make(semantic=True, threshold=0.99)
    await cache.store(ask(FRANCE), answer("Paris"))
    miss = await cache.lookup(ask(FRANCE_AGAIN))
    assert miss.kind == "miss" and miss.similarity == pytest.approx(0.96, abs=1e-3)


async def test_semantic_scope_is_route_and_system_prompt(make: Any) -> None:
    cache, _ = make(semantic=True, threshold=0.9)
    await cache.store(ask(FRANCE, system="Answer in French."), answer("Paris, bien sûr"))
    assert (await cache.lookup(ask(FRANCE_AGAIN, system="Answer in French."))).hit
    assert not (await cache.lookup(ask(FRANCE_AGAIN, system="Answer in German."))).hit
    assert not (await cache.lookup(ask(FRANCE_AGAIN))).hit
    assert not (await cache.lookup(ask(FRANCE_AGAIN, "Answer in French.", route="x"))).hit


async def test_no_cache_skips_the_lookup_but_stores(make: Any) -> None:
    cache, _ = make()
    await cache.store(ask(FRANCE), answer("old"))
    control = CacheControl.parse("no-cache")
    result = await cache.lookup(ask(FRANCE), control)
    assert result.kind == "bypass" and not result.hit
    assert await cache.store(ask(FRANCE), answer("fresh"), result, control)
    hit = await cache.lookup(ask(FRANCE))
    assert hit.completion is not None and hit.completion.text == "fresh"


async def test_no_store_neither_reads_nor_writes(make: Any) -> None:
    cache, _ = make(semantic=True)
    await cache.store(ask(FRANCE), answer("Paris"))
    control = CacheControl.parse("max-age=0, No-Store")
    assert control == CacheControl(no_cache=False, no_store=True)
    assert (await cache.lookup(ask(FRANCE), control)).kind == "bypass"
    assert not await cache.store(ask(BREAD), answer("flour"), None, control)
    assert (await cache.lookup(ask(BREAD))).kind == "miss"
    assert len(cache.storage) == 1


async def test_ttl_expiry(make: Any) -> None:
    cache, clock = make(ttl=60, semantic=True, threshold=0.9)
    await cache.store(ask(FRANCE), answer("Paris"))
    clock.now += 59
    assert (await cache.lookup(ask(FRANCE))).kind == "hit"
    assert (await cache.lookup(ask(FRANCE_AGAIN))).kind == "semantic"
    clock.now += 2
    assert (await cache.lookup(ask(FRANCE))).kind == "miss"
    assert (await cache.lookup(ask(FRANCE_AGAIN))).kind == "miss"
    assert len(cache.storage) == 0


async def test_size_bound_drops_the_least_recently_used(make: Any) -> None:
    cache, _ = make(max_entries=2)
    await cache.store(ask("a"), answer("A"))
    await cache.store(ask("b"), answer("B"))
    assert (await cache.lookup(ask("a"))).hit  # a is now more recent than b
    await cache.store(ask("c"), answer("C"))
    assert len(cache.storage) == 2
    assert [(await cache.lookup(ask(t))).hit for t in "abc"] == [True, False, True]


async def test_errors_and_empty_answers_are_not_stored(make: Any) -> None:
    cache, _ = make()
    assert not await cache.store(ask(FRANCE), Completion({"choices": []}))
    assert not await cache.store(ask("x"), Completion({"choices": [{"finish_reason": "error"}]}))


async def test_embedding_runs_off_the_event_loop() -> None:
    embedder = TableEmbedder()
    cache = Cache(CacheSettings(semantic=True), embedder=embedder)
    await cache.lookup(ask(FRANCE))
    assert embedder.threads and threading.get_ident() not in embedder.threads


async def test_sqlite_cache_outlives_the_process(tmp_path: Path) -> None:
    settings = CacheSettings(path=str(tmp_path / "c.db"), semantic=True, threshold=0.9)
    first = Cache(settings, embedder=TableEmbedder())
    await first.store(ask(FRANCE), answer("Paris"))
    assert isinstance(first.storage, SqliteStore)
    first.storage.close()
    again = Cache(settings, embedder=TableEmbedder())
    assert (await again.lookup(ask(FRANCE))).kind == "hit"
    assert (await again.lookup(ask(FRANCE_AGAIN))).kind == "semantic"
