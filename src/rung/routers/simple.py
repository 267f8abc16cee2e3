"""Routers that need no heavy library: a seeded random baseline and a length/keyword heuristic."""

from __future__ import annotations

import hashlib
import math
import re
from typing import Any

from rung.routers.base import Router

HARD_WORDS = (
    "prove",
    "derive",
    "calculate",
    "compute",
    "how many",
    "how much",
    "step by step",
    "explain why",
    "algorithm",
    "theorem",
    "integral",
    "probability",
    "optimi",
    "implement",
    "function",
    "debug",
    "statement 1",
    "which of the following",
    "except",
    "not",
)
FEATURES = ("bias", "log_chars", "log_numbers", "digit_share", "hard_words", "lines", "question")
DEFAULT_WEIGHTS = (-2.0, 0.25, 0.15, 2.0, 0.3, 0.05, 0.0)
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


class RandomRouter(Router):
    """The baseline: a uniform score in [0, 1) drawn from a hash of (seed, text).

    Deterministic per text, so an eval is reproducible and a request scores the same twice.
    """

    name = "random"

    def __init__(self, seed: int = 0) -> None:
        super().__init__()
        self.seed = seed

    def score(self, text: str) -> float:
        digest = hashlib.blake2b(f"{self.seed}\x00{text}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big") / 2**64

    def params(self) -> dict[str, Any]:
        return {"seed": self.seed}

    def restore(self, params: dict[str, Any], arrays: dict[str, Any]) -> None:
        self.seed = int(params["seed"])


def text_features(text: str) -> list[float]:
    """The heuristic's features, in the order of ``FEATURES``."""
    lowered = text.lower()
    digits = sum(ch.isdigit() for ch in text)
    return [
        1.0,
        math.log1p(len(text)),
        math.log1p(len(NUMBER.findall(text))),
        digits / max(len(text), 1),
        float(sum(lowered.count(word) for word in HARD_WORDS)),
        math.log1p(text.count("\n")),
        float(text.count("?")),
    ]


class HeuristicRouter(Router):
    """A logistic score on length and keyword features.

    Unfitted it uses hand-set weights (longer, more numeric, more "hard" words: more need);
    ``fit`` learns the weights of the same features by logistic regression.
    """

    name = "heuristic"

    def __init__(self) -> None:
        super().__init__()
        self.weights = list(DEFAULT_WEIGHTS)
        self.means = [0.0] * len(FEATURES)
        self.scales = [1.0] * len(FEATURES)

    def score(self, text: str) -> float:
        feats = text_features(text)
        total = sum(
            w * (f - m) / s
            for w, f, m, s in zip(self.weights, feats, self.means, self.scales, strict=True)
        )
        return sigmoid(total)

    def _fit(self, texts: list[str], labels: list[int]) -> None:
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        matrix = np.array([text_features(t) for t in texts])
        means = matrix.mean(axis=0)
        scales = matrix.std(axis=0)
        means[0], scales[0] = 0.0, 1.0
        scales[scales == 0] = 1.0
        model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=1000)
        model.fit((matrix - means) / scales, np.asarray(labels))
        self.weights = [float(w) for w in model.coef_[0]]
        self.means = [float(m) for m in means]
        self.scales = [float(s) for s in scales]

    def params(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "weights": self.weights,
            "means": self.means,
            "scales": self.scales,
        }

    def restore(self, params: dict[str, Any], arrays: dict[str, Any]) -> None:
        if list(params["features"]) != list(FEATURES):
            raise ValueError("heuristic router file names other features than this rung")
        self.weights = [float(v) for v in params["weights"]]
        self.means = [float(v) for v in params["means"]]
        self.scales = [float(v) for v in params["scales"]]
