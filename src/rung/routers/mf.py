"""Matrix factorisation as RouteLLM describes it (Ong et al. 2024, §4.1), trained with numpy.

A query's embedding ``e`` is projected to ``h = P e + b``; each model ``m`` has a learned
vector ``v_m``; the model's score on the query is the bilinear ``s(m, q) = w · (v_m ⊙ h)``. The
router's score is ``sigmoid(s(strong, q) - s(weak, q) + c)``, the chance the strong model is
needed. Trained by Adam on the binary cross-entropy against the "strong needed" label, with
an L2 penalty. No torch needed; the query embedding is the same local MiniLM the other
embedding routers use (RouteLLM used OpenAI's text-embedding-3-small).
"""

from __future__ import annotations

from typing import Any

from rung.routers.base import Arrays
from rung.routers.embedded import EmbeddingRouter, _sigmoid
from rung.routers.embedder import ROUTER_POOLING, Embedder

PARAM_NAMES = ("proj", "bias", "weak_vec", "strong_vec", "out")


class MatrixFactorisationRouter(EmbeddingRouter):
    """sigmoid of the difference of the strong and weak model's bilinear scores."""

    name = "mf"

    def __init__(
        self,
        embedder: Embedder | None = None,
        dim: int = 64,
        epochs: int = 300,
        lr: float = 0.01,
        l2: float = 1e-4,
        seed: int = 0,
        pooling: str = ROUTER_POOLING,
    ) -> None:
        super().__init__(embedder, pooling=pooling)
        self.dim, self.epochs, self.lr, self.l2, self.seed = dim, epochs, lr, l2, seed
        self.weights: dict[str, Any] = {}
        self.offset = 0.0

    def _init_weights(self, width: int) -> dict[str, Any]:
        import numpy as np

        rng = np.random.default_rng(self.seed)
        return {
            "proj": rng.normal(0.0, 1.0 / np.sqrt(width), (width, self.dim)),
            "bias": np.zeros(self.dim),
            "weak_vec": rng.normal(0.0, 0.1, self.dim),
            "strong_vec": rng.normal(0.0, 0.1, self.dim),
            "out": rng.normal(0.0, 0.1, self.dim),
        }

    def _logits(self, vectors: Any, weights: dict[str, Any]) -> Any:
        # w · ((v_s - v_w) ⊙ (P e + b)) = e · (P (w ⊙ gap)) + b · (w ⊙ gap): one matrix-vector
        # product per batch instead of projecting every query.
        mixed = weights["out"] * (weights["strong_vec"] - weights["weak_vec"])
        return vectors @ (weights["proj"] @ mixed) + weights["bias"] @ mixed + self.offset

    def _gradients(self, vectors: Any, labels: Any, weights: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        gap = weights["strong_vec"] - weights["weak_vec"]
        mixed = weights["out"] * gap
        error = (_sigmoid(self._logits(vectors, weights)) - labels) / len(labels)
        pulled = error @ vectors
        total = error.sum()
        pooled = pulled @ weights["proj"] + total * weights["bias"]
        grads = {
            "proj": np.outer(pulled, mixed),
            "bias": total * mixed,
            "strong_vec": pooled * weights["out"],
            "weak_vec": -pooled * weights["out"],
            "out": pooled * gap,
        }
        return {name: grad + self.l2 * weights[name] for name, grad in grads.items()}

    def _fit_vectors(self, vectors: Any, labels: Any) -> None:
        import numpy as np

        rate = float(np.clip(labels.mean(), 1e-3, 1 - 1e-3))
        self.offset = float(np.log(rate / (1.0 - rate)))
        weights = self._init_weights(vectors.shape[1])
        first = {k: np.zeros_like(v) for k, v in weights.items()}
        second = {k: np.zeros_like(v) for k, v in weights.items()}
        data = vectors.astype("float64")
        for step in range(1, self.epochs + 1):
            grads = self._gradients(data, labels, weights)
            for name, grad in grads.items():
                first[name] = 0.9 * first[name] + 0.1 * grad
                second[name] = 0.999 * second[name] + 0.001 * grad**2
                corrected = first[name] / (1 - 0.9**step)
                scale = np.sqrt(second[name] / (1 - 0.999**step)) + 1e-8
                weights[name] = weights[name] - self.lr * corrected / scale
        self.weights = {k: v.astype("float32") for k, v in weights.items()}

    def _score_vectors(self, vectors: Any) -> Any:
        return _sigmoid(self._logits(vectors, self.weights))

    def params(self) -> dict[str, Any]:
        settings = {"dim": self.dim, "epochs": self.epochs, "lr": self.lr, "l2": self.l2}
        return {**super().params(), **settings, "seed": self.seed, "offset": self.offset}

    def arrays(self) -> Arrays:
        return dict(self.weights)

    def restore(self, params: dict[str, Any], arrays: Arrays) -> None:
        super().restore(params, arrays)
        self.dim, self.epochs = int(params["dim"]), int(params["epochs"])
        self.lr, self.l2, self.seed = float(params["lr"]), float(params["l2"]), int(params["seed"])
        self.offset = float(params["offset"])
        self.weights = {name: arrays[name] for name in PARAM_NAMES}
