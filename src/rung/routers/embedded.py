"""Routers on a local sentence embedding: logistic regression, k-nearest neighbours, and
matrix factorisation as RouteLLM describes it.

A text longer than the model's 256-token window is read under the router's ``pooling`` (see
``rung.routers.embedder``; default tail), saved in its file so that serving reads a
prompt as training did. A file saved before pooling existed read the head only, and still does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rung.routers.base import Arrays, Router
from rung.routers.embedder import (
    DEFAULT_MODEL,
    ROUTER_POOLING,
    Embedder,
    check_pooling,
    shared_embedder,
)


class EmbeddingRouter(Router):
    """Base for routers whose input is the query's embedding."""

    def __init__(
        self,
        embedder: Embedder | None = None,
        model: str = DEFAULT_MODEL,
        pooling: str = ROUTER_POOLING,
    ) -> None:
        super().__init__()
        self.embedder = embedder or shared_embedder(model)
        self.embedding_model = self.embedder.model
        self.pooling = check_pooling(pooling)
        self.progress: Any = None  # told of every n texts embedded while fitting

    def _fit(self, texts: list[str], labels: list[int]) -> None:
        import numpy as np

        vectors = self.embedder.encode(texts, pooling=self.pooling, progress=self.progress)
        self._fit_vectors(vectors, np.asarray(labels, dtype="float64"))

    def _fit_vectors(self, vectors: Any, labels: Any) -> None:
        raise NotImplementedError

    def _score_vectors(self, vectors: Any) -> Any:
        raise NotImplementedError

    def score(self, text: str) -> float:
        vector = self.embedder.encode_one(text, pooling=self.pooling)
        return float(self._score_vectors(vector[None, :])[0])

    def score_many(self, texts: Sequence[str]) -> list[float]:
        vectors = self.embedder.encode(list(texts), pooling=self.pooling, progress=self.progress)
        return [float(v) for v in self._score_vectors(vectors)]

    def params(self) -> dict[str, Any]:
        return {"embedding_model": self.embedding_model, "pooling": self.pooling}

    def restore(self, params: dict[str, Any], arrays: Arrays) -> None:
        if params["embedding_model"] != self.embedder.model:
            self.embedder = shared_embedder(params["embedding_model"])
        self.embedding_model = self.embedder.model
        self.pooling = check_pooling(str(params.get("pooling", "head")))  # older files: head


def _sigmoid(values: Any) -> Any:
    import numpy as np

    return 1.0 / (1.0 + np.exp(-np.clip(values, -40.0, 40.0)))


class LogisticEmbeddingRouter(EmbeddingRouter):
    """P(strong needed | embedding) from a logistic regression (scikit-learn)."""

    name = "embedding"

    def __init__(
        self, embedder: Embedder | None = None, c: float = 1.0, pooling: str = ROUTER_POOLING
    ) -> None:
        super().__init__(embedder, pooling=pooling)
        self.c = c
        self.coef: Any = None
        self.intercept = 0.0

    def _fit_vectors(self, vectors: Any, labels: Any) -> None:
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=self.c, max_iter=2000)
        model.fit(vectors, labels.astype(int))
        self.coef = model.coef_[0].astype("float32")
        self.intercept = float(model.intercept_[0])

    def _score_vectors(self, vectors: Any) -> Any:
        return _sigmoid(vectors @ self.coef + self.intercept)

    def params(self) -> dict[str, Any]:
        return {**super().params(), "c": self.c, "intercept": self.intercept}

    def arrays(self) -> Arrays:
        return {"coef": self.coef}

    def restore(self, params: dict[str, Any], arrays: Arrays) -> None:
        super().restore(params, arrays)
        self.c = float(params["c"])
        self.intercept = float(params["intercept"])
        self.coef = arrays["coef"]


class KnnRouter(EmbeddingRouter):
    """The smoothed share of "strong needed" among the k most similar training queries."""

    name = "knn"

    def __init__(
        self,
        embedder: Embedder | None = None,
        k: int = 50,
        prior: float = 2.0,
        pooling: str = ROUTER_POOLING,
    ) -> None:
        super().__init__(embedder, pooling=pooling)
        self.k = k
        self.prior = prior
        self.vectors: Any = None
        self.dense: Any = None
        self.labels: Any = None
        self.base_rate = 0.5

    def _fit_vectors(self, vectors: Any, labels: Any) -> None:
        self.vectors = vectors.astype("float16")
        self.dense = self.vectors.astype("float32")
        self.labels = labels.astype("uint8")
        self.base_rate = float(labels.mean()) if len(labels) else 0.5

    def _score_vectors(self, vectors: Any) -> Any:
        import numpy as np

        k = min(self.k, len(self.labels))
        out = np.empty(len(vectors))
        for start in range(0, len(vectors), 512):
            sims = vectors[start : start + 512] @ self.dense.T
            nearest = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            hits = self.labels[nearest].sum(axis=1)
            out[start : start + 512] = (hits + self.prior * self.base_rate) / (k + self.prior)
        return out

    def params(self) -> dict[str, Any]:
        return {**super().params(), "k": self.k, "prior": self.prior, "base_rate": self.base_rate}

    def arrays(self) -> Arrays:
        return {"vectors": self.vectors, "labels": self.labels}

    def restore(self, params: dict[str, Any], arrays: Arrays) -> None:
        super().restore(params, arrays)
        self.k, self.prior = int(params["k"]), float(params["prior"])
        self.base_rate = float(params["base_rate"])
        self.vectors, self.labels = arrays["vectors"], arrays["labels"]
        self.dense = self.vectors.astype("float32")
