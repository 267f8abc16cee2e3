"""Routers: score a request before any model is called (the need for the strong tier, 0..1).

Registry by name; each router's module (and its heavy imports) loads only when asked for:

    random     seeded baseline (hash of the text)
    heuristic  length / keyword features, logistic weights
    tfidf      logistic regression on TF-IDF features (scikit-learn)
    embedding  logistic regression on a local MiniLM sentence embedding
    knn        k-nearest neighbours on that embedding
    mf         matrix factorisation as RouteLLM describes it (numpy)
    features   logistic on difficulty features and the query type (per-benchmark intercepts)
    ensemble   standardised logits of several routers, averaged

``create(name)`` makes an untrained router, ``load(path)`` reads a saved one (no network).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from rung.routers.base import FORMAT_VERSION, Arrays, Router, RouterFileError, read_router_file

REGISTRY: dict[str, str] = {
    "random": "rung.routers.simple:RandomRouter",
    "heuristic": "rung.routers.simple:HeuristicRouter",
    "tfidf": "rung.routers.tfidf:TfidfRouter",
    "embedding": "rung.routers.embedded:LogisticEmbeddingRouter",
    "knn": "rung.routers.embedded:KnnRouter",
    "mf": "rung.routers.mf:MatrixFactorisationRouter",
    "features": "rung.routers.features:FeatureRouter",
    "ensemble": "rung.routers.ensemble:EnsembleRouter",
}


def names() -> list[str]:
    return list(REGISTRY)


def router_class(name: str) -> type[Router]:
    if name not in REGISTRY:
        raise KeyError(f"unknown router {name!r}: use one of {', '.join(REGISTRY)}")
    module_name, _, attr = REGISTRY[name].partition(":")
    cls: type[Router] = getattr(importlib.import_module(module_name), attr)
    return cls


def create(name: str, **options: Any) -> Router:
    """An untrained router of kind ``name``; ``options`` go to its constructor."""
    return router_class(name)(**options)


def load(path: str | Path, **options: Any) -> Router:
    """A saved router, ready to score; refuses a file of another format version."""
    header, arrays = read_router_file(path)
    return from_saved(header, arrays, path, **options)


def from_saved(header: dict[str, Any], arrays: Arrays, path: str | Path, **options: Any) -> Router:
    """A router from a file's header and arrays as `read_router_file` returned them (so that
    a caller who looked at the header does not read the file a second time)."""
    router = create(str(header["router"]), **options)
    router.weak, router.strong = str(header["weak"]), str(header["strong"])
    router.threshold = float(header["threshold"])
    try:
        router.restore(header["params"], arrays)
    except (KeyError, ValueError) as exc:
        raise RouterFileError(f"{path}: {exc}") from exc
    return router


__all__ = [
    "FORMAT_VERSION",
    "REGISTRY",
    "Router",
    "RouterFileError",
    "create",
    "from_saved",
    "load",
    "names",
    "router_class",
]
