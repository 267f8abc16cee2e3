from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from rung.datasets import ReplayDataset

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


class HashEmbedder:
    """A stand-in for the MiniLM embedder: bag of hashed words, unit length, no model."""

    model = "minilm"

    def encode(self, texts: list[str], pooling: str = "head", progress: Any = None) -> Any:
        return np.stack([self.encode_one(t) for t in texts]) if texts else np.zeros((0, 64))

    def encode_one(self, text: str, pooling: str = "head") -> Any:
        vector = np.zeros(64, dtype="float32")
        for word in text.lower().split():
            vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % 64] += 1.0
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector


def toy_dataset(size: int = 400, seed: int = 0) -> ReplayDataset:
    """Queries whose words say whether the weak model fails: 'hard' ones need the strong model."""
    rng = np.random.default_rng(seed)
    prompts, weak, strong = [], [], []
    for i in range(size):
        hard = bool(rng.random() < 0.3)
        topic = "integral proof theorem" if hard else "capital colour animal"
        prompts.append(f"question {i} about {topic} {rng.integers(1000)}")
        weak.append(0.0 if hard and rng.random() < 0.9 else 1.0)
        strong.append(1.0 if rng.random() < 0.95 else 0.0)
    return ReplayDataset(
        name="toy",
        prompts=prompts,
        outcomes={"weak": weak, "strong": strong},
        costs={"weak": [0.001] * size, "strong": [0.03] * size},
        cost_source="measured",
        default_pair=("weak", "strong"),
    )


@pytest.fixture
def toy() -> ReplayDataset:
    return toy_dataset()


@pytest.fixture
def embedder() -> HashEmbedder:
    return HashEmbedder()
