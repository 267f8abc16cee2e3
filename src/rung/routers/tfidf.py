"""Logistic regression on TF-IDF word and bigram features (scikit-learn)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rung.routers.base import Arrays, Router

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer

VECTORIZER: dict[str, Any] = {
    "ngram_range": [1, 2],
    "min_df": 2,
    "max_features": 50000,
    "sublinear_tf": True,
}


class TfidfRouter(Router):
    """P(strong needed | text) from a logistic regression on TF-IDF features."""

    name = "tfidf"

    def __init__(self, c: float = 1.0) -> None:
        super().__init__()
        self.c = c
        self.vectorizer: TfidfVectorizer | None = None
        self.coef: Any = None
        self.intercept = 0.0

    def _make_vectorizer(self, vocabulary: dict[str, int] | None = None) -> TfidfVectorizer:
        from sklearn.feature_extraction.text import TfidfVectorizer

        options: dict[str, Any] = dict(VECTORIZER)
        options["ngram_range"] = tuple(options["ngram_range"])
        if vocabulary is not None:
            options.pop("max_features")
            options.pop("min_df")
        return TfidfVectorizer(vocabulary=vocabulary, **options)

    def _fit(self, texts: list[str], labels: list[int]) -> None:
        from sklearn.linear_model import LogisticRegression

        self.vectorizer = self._make_vectorizer()
        matrix = self.vectorizer.fit_transform(texts)
        model = LogisticRegression(C=self.c, max_iter=2000)
        model.fit(matrix, labels)
        self.coef = model.coef_[0].astype("float32")
        self.intercept = float(model.intercept_[0])

    def score_many(self, texts: Sequence[str]) -> list[float]:
        import numpy as np

        if self.vectorizer is None:
            raise RuntimeError("tfidf router is not fitted")
        logits = self.vectorizer.transform(list(texts)) @ self.coef + self.intercept
        return [float(v) for v in 1.0 / (1.0 + np.exp(-np.asarray(logits, dtype="float64")))]

    def score(self, text: str) -> float:
        return self.score_many([text])[0]

    def params(self) -> dict[str, Any]:
        return {"c": self.c, "vectorizer": VECTORIZER, "intercept": self.intercept}

    def arrays(self) -> Arrays:
        import numpy as np

        if self.vectorizer is None:
            raise RuntimeError("tfidf router is not fitted")
        terms = sorted(self.vectorizer.vocabulary_, key=self.vectorizer.vocabulary_.__getitem__)
        return {
            "terms": np.array(terms, dtype=str),
            "idf": self.vectorizer.idf_.astype("float64"),
            "coef": np.asarray(self.coef, dtype="float32"),
        }

    def restore(self, params: dict[str, Any], arrays: Arrays) -> None:
        if params["vectorizer"] != VECTORIZER:
            raise ValueError("tfidf router file uses other vectorizer settings than this rung")
        self.c = float(params["c"])
        self.intercept = float(params["intercept"])
        terms = [str(t) for t in arrays["terms"]]
        self.vectorizer = self._make_vectorizer({t: i for i, t in enumerate(terms)})
        self.vectorizer.idf_ = arrays["idf"]
        self.coef = arrays["coef"]
