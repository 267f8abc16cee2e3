"""An ensemble of routers: each member's score is turned into a logit, standardised with the
mean and spread it had on the training prompts, and the weighted sum is squashed to [0, 1].

Members are registry routers (``features``, ``tfidf``, ``embedding``, ``heuristic``...). With
``per_benchmark=True`` the logistic members (features, tfidf, embedding) are fitted with one
intercept per training benchmark (``dataset.groups``), so that they learn what ranks rows
within a benchmark rather than which benchmark is harder (see ``features``).

Saved as one router file: the header lists the members (kind, params, weight, mean, scale),
their arrays are stored under ``m<i>__<name>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rung.routers.base import Arrays, Router

if TYPE_CHECKING:
    from rung.datasets.replay import ReplayDataset

DEFAULT_KINDS = ("features", "tfidf")
SEPARATOR = "__"


@dataclass(slots=True)
class Member:
    router: Router
    weight: float = 1.0
    mean: float = 0.0
    scale: float = 1.0


def logits(scores: Sequence[float]) -> Any:
    import numpy as np

    values = np.clip(np.asarray(scores, dtype="float64"), 1e-6, 1 - 1e-6)
    return np.log(values / (1 - values))


def fit_member(
    kind: str,
    dataset: ReplayDataset,
    per_benchmark: bool,
    embedder: Any,
    options: dict[str, Any] | None = None,
) -> Router:
    """A fitted member of kind ``kind`` (on ``dataset``'s default pair)."""
    from rung import routers
    from rung.routers.embedded import EmbeddingRouter, LogisticEmbeddingRouter
    from rung.routers.features import FeatureRouter, fit_grouped_logistic
    from rung.routers.tfidf import TfidfRouter

    weak, strong = dataset.default_pair
    labels = dataset.strong_needed(weak, strong)
    groups = dataset.groups if per_benchmark else []
    extra = dict(options or {})
    if embedder is not None and issubclass(routers.router_class(kind), EmbeddingRouter):
        extra["embedder"] = embedder
    router = routers.create(kind, **extra)
    router.weak, router.strong = weak, strong
    if isinstance(router, FeatureRouter):
        router.per_benchmark = per_benchmark
        router.fit_texts(dataset.prompts, labels, groups)
    elif isinstance(router, TfidfRouter):
        router.vectorizer = router._make_vectorizer()
        matrix = router.vectorizer.fit_transform(dataset.prompts)
        coef, router.intercept = fit_grouped_logistic(matrix, labels, groups, router.c, True)
        router.coef = coef.astype("float32")
    elif isinstance(router, LogisticEmbeddingRouter):
        vectors = router.embedder.encode(dataset.prompts, pooling=router.pooling)
        coef, router.intercept = fit_grouped_logistic(vectors, labels, groups, router.c, True)
        router.coef = coef.astype("float32")
    else:
        router.fit(dataset, weak, strong)
    return router


class EnsembleRouter(Router):
    """The weighted mean of the members' standardised logits, squashed to [0, 1]."""

    name = "ensemble"

    def __init__(
        self,
        kinds: Sequence[str] = DEFAULT_KINDS,
        weights: Sequence[float] | None = None,
        per_benchmark: bool = True,
        embedder: Any = None,
        options: Sequence[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__()
        self.kinds = list(kinds)
        self.weights = list(weights) if weights is not None else [1.0] * len(self.kinds)
        self.options = list(options) if options is not None else [{} for _ in self.kinds]
        if not len(self.weights) == len(self.options) == len(self.kinds):
            raise ValueError("ensemble: one weight and one options dict per member kind")
        self.per_benchmark = per_benchmark
        self.embedder = embedder
        self.members: list[Member] = []

    def fit(self, dataset: ReplayDataset, weak: str, strong: str) -> EnsembleRouter:
        dataset.check_pair(weak, strong)
        self.weak, self.strong = weak, strong
        self.members = []
        plan = zip(self.kinds, self.weights, self.options, strict=True)
        for kind, weight, options in plan:
            router = fit_member(kind, dataset, self.per_benchmark, self.embedder, options)
            values = logits(router.score_many(dataset.prompts))
            self.members.append(Member(router, weight, float(values.mean()), float(values.std())))
        return self

    def _combined(self, texts: Sequence[str]) -> Any:
        import numpy as np

        if not self.members:
            raise RuntimeError("ensemble router is not fitted")
        total = np.zeros(len(texts))
        for member in self.members:
            values = logits(member.router.score_many(texts))
            total += member.weight * (values - member.mean) / (member.scale or 1.0)
        return total / sum(m.weight for m in self.members)

    def score_many(self, texts: Sequence[str]) -> list[float]:
        import numpy as np

        return [float(v) for v in 1.0 / (1.0 + np.exp(-np.clip(self._combined(texts), -40, 40)))]

    def score(self, text: str) -> float:
        return self.score_many([text])[0]

    def params(self) -> dict[str, Any]:
        return {
            "per_benchmark": self.per_benchmark,
            "members": [
                {
                    "router": m.router.name,
                    "weak": m.router.weak,
                    "strong": m.router.strong,
                    "params": m.router.params(),
                    "weight": m.weight,
                    "mean": m.mean,
                    "scale": m.scale,
                }
                for m in self.members
            ],
        }

    def arrays(self) -> Arrays:
        out: Arrays = {}
        for i, member in enumerate(self.members):
            for key, value in member.router.arrays().items():
                out[f"m{i}{SEPARATOR}{key}"] = value
        return out

    def restore(self, params: dict[str, Any], arrays: Arrays) -> None:
        from rung import routers
        from rung.routers.embedded import EmbeddingRouter

        self.per_benchmark = bool(params["per_benchmark"])
        self.members = []
        for i, spec in enumerate(params["members"]):
            kind = str(spec["router"])
            options = {}
            if self.embedder is not None and issubclass(
                routers.router_class(kind), EmbeddingRouter
            ):
                options["embedder"] = self.embedder
            router = routers.create(kind, **options)
            router.weak, router.strong = str(spec["weak"]), str(spec["strong"])
            prefix = f"m{i}{SEPARATOR}"
            own = {k.removeprefix(prefix): v for k, v in arrays.items() if k.startswith(prefix)}
            router.restore(spec["params"], own)
            self.members.append(
                Member(router, float(spec["weight"]), float(spec["mean"]), float(spec["scale"]))
            )
        self.kinds = [m.router.name for m in self.members]
        self.weights = [m.weight for m in self.members]
